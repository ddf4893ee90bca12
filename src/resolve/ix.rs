//! Typed references between records: an index into one of the site's lists,
//! of a type of its own for each list, so that a program's index cannot be
//! passed where an organization's is expected.
//!
//! The types are distinct, so the compiler refuses the mix-ups a bare
//! `usize` let through: `fn organizer(o: OrgIx)` called with a `ProgramIx`,
//! or `site.organizations[p]` with `p: ProgramIx` (only `[Program]` is
//! indexed by a `ProgramIx`). A list still reads as a list:
//! `site.programs[p]`. The `Site`'s lists are [`super::Records`], which a
//! bare `usize` cannot index at all; the impls on `[T]` and `Vec<T>` here
//! are for resolve's lists while it sorts and links them.

use std::ops::{Index, IndexMut};

use super::image::ImageSource;
use super::site::{NewsItem, Organization, Program, Venue};

/// A typed index, as [`super::Records`] needs one: made from a position in
/// its list, and read back as one.
pub trait Position: Copy {
    fn at(i: usize) -> Self;
    fn position(self) -> usize;
}

macro_rules! record_index {
    ($(#[$doc:meta])* $name:ident => $record:ty) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name(usize);

        impl $name {
            /// The record at position `i` of its list.
            pub const fn new(i: usize) -> Self {
                $name(i)
            }

            /// The position in its list, for what counts or compares places.
            pub const fn get(self) -> usize {
                self.0
            }

            /// Each record of `list` with its index.
            pub fn enumerate(list: &[$record]) -> impl Iterator<Item = ($name, &$record)> {
                list.iter().enumerate().map(|(i, r)| ($name(i), r))
            }
        }

        impl Position for $name {
            fn at(i: usize) -> Self {
                $name(i)
            }
            fn position(self) -> usize {
                self.0
            }
        }

        impl Index<$name> for [$record] {
            type Output = $record;
            fn index(&self, i: $name) -> &$record {
                &self[i.0]
            }
        }

        impl IndexMut<$name> for [$record] {
            fn index_mut(&mut self, i: $name) -> &mut $record {
                &mut self[i.0]
            }
        }

        impl Index<$name> for Vec<$record> {
            type Output = $record;
            fn index(&self, i: $name) -> &$record {
                &self[i.0]
            }
        }

        impl IndexMut<$name> for Vec<$record> {
            fn index_mut(&mut self, i: $name) -> &mut $record {
                &mut self[i.0]
            }
        }
    };
}

record_index!(
    /// An index into `Site::organizations`.
    OrgIx => Organization
);
record_index!(
    /// An index into `Site::programs`.
    ProgramIx => Program
);
record_index!(
    /// An index into `Site::news`.
    NewsIx => NewsItem
);
record_index!(
    /// An index into `Site::images`: one photo file of the site.
    ImageIx => ImageSource
);
record_index!(
    /// An index into one program's `venues`.
    VenueIx => Venue
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_typed_index_reads_its_own_list() {
        let venues = vec![
            Venue {
                name: "Balai".into(),
                address: None,
                role: None,
                geo: None,
            },
            Venue {
                name: "Aula".into(),
                address: None,
                role: None,
                geo: None,
            },
        ];
        let aula = VenueIx::new(1);
        assert_eq!(venues[aula].name, "Aula");
        assert_eq!(venues.as_slice()[aula].name, "Aula");
        let found: Vec<(VenueIx, &str)> = VenueIx::enumerate(&venues)
            .map(|(i, v)| (i, v.name.as_str()))
            .collect();
        assert_eq!(found, [(VenueIx::new(0), "Balai"), (aula, "Aula")]);
    }
}
