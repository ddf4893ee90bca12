//! One of the site's lists of records, read only by its own typed index.
//!
//! `Site::programs` is a `Records<ProgramIx, Program>`: `site.programs[p]`
//! compiles for `p: ProgramIx` and for nothing else, so a bare `usize` (a
//! loop counter, a position in another list) cannot pick a program by
//! mistake. There is no `Deref` to a slice, nor `as_slice`, on purpose:
//! the slice's `Index<usize>` would be one `*` away.
//! Reading the list whole stays easy: `iter`, `len`, `enumerate` (which
//! hands out the typed indexes), `for p in &site.programs`.
//!
//! The compiler is the check, and these doc tests keep it one: the
//! site's lists are read with their own typed ids,
//!
//! ```
//! use warta::resolve::{NewsIx, NewsItem, OrgIx, Organization, Program, ProgramIx, Site};
//! fn program(site: &Site, i: ProgramIx) -> &Program { &site.programs[i] }
//! fn news(site: &Site, i: NewsIx) -> &NewsItem { &site.news[i] }
//! fn org(site: &Site, i: OrgIx) -> &Organization { &site.organizations[i] }
//! ```
//!
//! not with a bare position,
//!
//! ```compile_fail
//! use warta::resolve::{Program, Site};
//! fn program(site: &Site, i: usize) -> &Program { &site.programs[i] }
//! ```
//!
//! ```compile_fail
//! use warta::resolve::{NewsItem, Site};
//! fn news(site: &Site, i: usize) -> &NewsItem { &site.news[i] }
//! ```
//!
//! ```compile_fail
//! use warta::resolve::{Organization, Site};
//! fn org(site: &Site, i: usize) -> &Organization { &site.organizations[i] }
//! ```
//!
//! nor with another list's id.
//!
//! ```compile_fail
//! use warta::resolve::{NewsIx, Program, Site};
//! fn program(site: &Site, i: NewsIx) -> &Program { &site.programs[i] }
//! ```

use std::marker::PhantomData;
use std::ops::{Index, IndexMut};

use rayon::prelude::*;

use super::ix::Position;

/// A list of `T` indexed by `I` only.
pub struct Records<I, T> {
    list: Vec<T>,
    // `fn() -> I`: a `Records` owns no `I`, and is `Send`/`Sync` whatever `I` is.
    ix: PhantomData<fn() -> I>,
}

impl<I: Position, T> Records<I, T> {
    /// Each record, in order.
    pub fn iter(&self) -> std::slice::Iter<'_, T> {
        self.list.iter()
    }

    /// Each record, on every core.
    pub fn par_iter(&self) -> rayon::slice::Iter<'_, T>
    where
        T: Sync,
    {
        self.list.par_iter()
    }

    /// [`Records::enumerate`] on every core.
    pub fn par_enumerate(&self) -> impl IndexedParallelIterator<Item = (I, &T)>
    where
        I: Send,
        T: Sync,
    {
        self.list.par_iter().enumerate().map(|(i, r)| (I::at(i), r))
    }

    /// Each record, to change in place.
    pub fn iter_mut(&mut self) -> std::slice::IterMut<'_, T> {
        self.list.iter_mut()
    }

    /// Sorts the records by `key` (made once per record) and says where
    /// each went: the new index of the record that was at each old one.
    pub fn sort_by_cached_key<K: Ord>(&mut self, mut key: impl FnMut(&T) -> K) -> Vec<I> {
        let mut numbered: Vec<(usize, T)> = std::mem::take(&mut self.list)
            .into_iter()
            .enumerate()
            .collect();
        numbered.sort_by_cached_key(|(_, record)| key(record));
        let mut moved_to: Vec<I> = (0..numbered.len()).map(I::at).collect();
        for (new, (old, _)) in numbered.iter().enumerate() {
            moved_to[*old] = I::at(new);
        }
        self.list = numbered.into_iter().map(|(_, record)| record).collect();
        moved_to
    }

    /// The records in order, for what takes a plain list.
    pub fn as_slice(&self) -> &[T] {
        &self.list
    }

    pub fn len(&self) -> usize {
        self.list.len()
    }

    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    /// Each record with its typed index.
    pub fn enumerate(&self) -> impl DoubleEndedIterator<Item = (I, &T)> + ExactSizeIterator {
        self.list.iter().enumerate().map(|(i, r)| (I::at(i), r))
    }
}

impl<I: Position, T> Index<I> for Records<I, T> {
    type Output = T;
    fn index(&self, i: I) -> &T {
        &self.list[i.position()]
    }
}

impl<I: Position, T> IndexMut<I> for Records<I, T> {
    fn index_mut(&mut self, i: I) -> &mut T {
        &mut self.list[i.position()]
    }
}

impl<I, T> From<Vec<T>> for Records<I, T> {
    fn from(list: Vec<T>) -> Self {
        Records {
            list,
            ix: PhantomData,
        }
    }
}

impl<I, T> FromIterator<T> for Records<I, T> {
    fn from_iter<It: IntoIterator<Item = T>>(records: It) -> Self {
        records.into_iter().collect::<Vec<T>>().into()
    }
}

impl<I, T: Clone> Clone for Records<I, T> {
    fn clone(&self) -> Self {
        self.list.clone().into()
    }
}

impl<I, T: std::fmt::Debug> std::fmt::Debug for Records<I, T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.list.fmt(f)
    }
}

impl<'a, I, T> IntoIterator for &'a Records<I, T> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;
    fn into_iter(self) -> Self::IntoIter {
        self.list.iter()
    }
}

#[cfg(test)]
mod tests {
    use super::super::ix::VenueIx;
    use super::super::site::Venue;
    use super::*;

    fn venue(name: &str) -> Venue {
        Venue {
            name: name.into(),
            address: None,
            role: None,
            geo: None,
        }
    }

    #[test]
    fn records_are_read_by_their_typed_index_and_listed_in_order() {
        let mut venues: Records<VenueIx, Venue> = vec![venue("Balai"), venue("Aula")].into();
        let aula = VenueIx::new(1);
        assert_eq!(venues[aula].name, "Aula");
        venues[aula].name = "Aula Utama".into();
        let found: Vec<(VenueIx, &str)> = venues
            .enumerate()
            .map(|(i, v)| (i, v.name.as_str()))
            .collect();
        assert_eq!(found, [(VenueIx::new(0), "Balai"), (aula, "Aula Utama")]);
        assert_eq!((&venues).into_iter().count(), venues.len());
    }
}
