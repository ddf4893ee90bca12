//! Cutting a list into pages: which cards a page shows, and the windowed
//! pagination every list page carries (the news list, the programs of a
//! status, the programs and news of an organization or a term). One rule
//! for all, so that no list grows a page without bound.

use std::ops::Range;

use super::super::view::{PageLink, Pagination};

/// A list of `len` cards shown `per_page` at a time.
#[derive(Debug, Clone, Copy)]
pub(super) struct Pages {
    pub len: usize,
    pub per_page: usize,
}

impl Pages {
    /// How many pages: at least one, so an empty list still has its page.
    pub fn total(self) -> usize {
        self.len.div_ceil(self.per_page).max(1)
    }

    /// Which cards page `page` (from 1) shows.
    pub fn range(self, page: usize) -> Range<usize> {
        let start = ((page - 1) * self.per_page).min(self.len);
        start..(page * self.per_page).min(self.len)
    }

    /// The cards of page 1 of `items` (a page that shows a list's first
    /// cards and links to the rest).
    pub fn first<T>(self, items: &[T]) -> &[T] {
        &items[self.range(1)]
    }

    /// Whether the list needs more than one page.
    pub fn overflows(self) -> bool {
        self.len > self.per_page
    }
}

/// The pagination of page `page` of `total`, page `n` being at `url(n)`.
pub(super) fn pagination(page: usize, total: usize, url: impl Fn(usize) -> String) -> Pagination {
    Pagination {
        current: page,
        total,
        prev_url: (page > 1).then(|| url(page - 1)),
        next_url: (page < total).then(|| url(page + 1)),
        // The first, the last and the two on either side of this one: a
        // list of every page would grow with the square of the list.
        pages: (1..=total)
            .filter(|n| *n == 1 || *n == total || n.abs_diff(page) <= 2)
            .map(|n| PageLink {
                number: n,
                url: url(n),
                current: n == page,
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_cover_the_list_once() {
        let p = Pages {
            len: 23,
            per_page: 10,
        };
        assert_eq!(p.total(), 3);
        assert_eq!(p.range(1), 0..10);
        assert_eq!(p.range(3), 20..23);
        assert!(p.overflows());
        let empty = Pages {
            len: 0,
            per_page: 10,
        };
        assert_eq!((empty.total(), empty.range(1)), (1, 0..0));
        assert!(!empty.overflows());
    }

    #[test]
    fn the_window_keeps_first_last_and_neighbours() {
        let p = pagination(6, 20, |n| n.to_string());
        let numbers: Vec<usize> = p.pages.iter().map(|l| l.number).collect();
        assert_eq!(numbers, [1, 4, 5, 6, 7, 8, 20]);
        assert_eq!(
            (p.prev_url.as_deref(), p.next_url.as_deref()),
            (Some("5"), Some("7"))
        );
        assert_eq!(pagination(1, 1, |n| n.to_string()).next_url, None);
    }
}
