//! A list of a catalog's entries, as `E::ALL` and a group's `codes()` give it.

use core::fmt;
use core::iter::FusedIterator;
use core::marker::PhantomData;

use crate::Catalog;

/// Entries of the catalog `E`, in catalog order: every entry (`E::ALL`), or a group's
/// (`codes()`). The same type at every catalog size.
///
/// It has what a slice of values has for reading: [`len`](Self::len), [`get`](Self::get),
/// [`first`](Self::first), [`last`](Self::last), [`contains`](Self::contains),
/// [`iter`](Self::iter) and `for code in E::ALL`.
/// What it has not is `[i]`: indexing hands out a reference into a table of enum values, and
/// rustc checks such a table in time that grows with the square of its length (22 s for 60,000
/// codes, BENCHMARKS.md), so `get(i)` gives the value instead.
///
/// ```
/// use chat_errors::{ErrorCode, ErrorCodeGroup};
///
/// assert_eq!(ErrorCode::ALL.first(), Some(ErrorCode::EmNoError));
/// assert_eq!(ErrorCode::ALL.get(1), ErrorCode::from_code(1));
/// let muted: Vec<ErrorCode> = ErrorCodeGroup::User.codes().iter().filter(|code| code.name().contains("MUTED")).collect();
/// assert!(muted.contains(&ErrorCode::UserMuted));
/// assert!(ErrorCodeGroup::User.codes().contains(&ErrorCode::UserMuted));
/// for code in ErrorCode::ALL {
///     assert_eq!(ErrorCode::from_code(code.code()), Some(code));
/// }
/// ```
pub struct Codes<E> {
    positions: Positions,
    catalog: PhantomData<fn() -> E>,
}

/// Where the entries are in the catalog: a run of them, or a list.
#[derive(Clone, Copy)]
enum Positions {
    Run { start: u32, end: u32 },
    Listed(&'static [u32]),
}

impl<E> Codes<E> {
    #[doc(hidden)]
    pub const fn __run(start: u32, end: u32) -> Self {
        Codes {
            positions: Positions::Run { start, end },
            catalog: PhantomData,
        }
    }

    #[doc(hidden)]
    pub const fn __listed(positions: &'static [u32]) -> Self {
        Codes {
            positions: Positions::Listed(positions),
            catalog: PhantomData,
        }
    }

    /// How many entries there are.
    #[must_use]
    pub const fn len(&self) -> usize {
        match self.positions {
            Positions::Run { start, end } => (end - start) as usize,
            Positions::Listed(positions) => positions.len(),
        }
    }

    /// Whether there are none.
    #[must_use]
    pub const fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The position in the catalog of the `index`th entry.
    const fn position(&self, index: usize) -> Option<usize> {
        if index >= self.len() {
            return None;
        }
        Some(match self.positions {
            Positions::Run { start, .. } => start as usize + index,
            Positions::Listed(positions) => positions[index] as usize,
        })
    }
}

impl<E: Catalog> Codes<E> {
    /// The entry at `index`, or `None` past the end.
    #[must_use]
    pub fn get(&self, index: usize) -> Option<E> {
        E::__from_index(self.position(index)?)
    }

    /// The first entry, or `None` when there is none.
    #[must_use]
    pub fn first(&self) -> Option<E> {
        self.get(0)
    }

    /// The last entry, or `None` when there is none.
    #[must_use]
    pub fn last(&self) -> Option<E> {
        self.get(self.len().checked_sub(1)?)
    }

    /// Whether `entry` is one of them.
    #[must_use]
    pub fn contains(&self, entry: &E) -> bool {
        self.iter().any(|each| each == *entry)
    }

    /// The entries, in catalog order.
    #[must_use]
    pub fn iter(&self) -> Iter<E> {
        Iter {
            codes: *self,
            front: 0,
            back: self.len(),
        }
    }
}

impl<E> Clone for Codes<E> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<E> Copy for Codes<E> {}

/// The entries, as a list.
impl<E: Catalog> fmt::Debug for Codes<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl<E: Catalog> IntoIterator for Codes<E> {
    type Item = E;
    type IntoIter = Iter<E>;

    fn into_iter(self) -> Iter<E> {
        self.iter()
    }
}

impl<E: Catalog> IntoIterator for &Codes<E> {
    type Item = E;
    type IntoIter = Iter<E>;

    fn into_iter(self) -> Iter<E> {
        self.iter()
    }
}

/// The iterator over [`Codes`], from either end.
pub struct Iter<E> {
    codes: Codes<E>,
    front: usize,
    back: usize,
}

impl<E> Clone for Iter<E> {
    fn clone(&self) -> Self {
        Iter {
            codes: self.codes,
            front: self.front,
            back: self.back,
        }
    }
}

impl<E: Catalog> fmt::Debug for Iter<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.clone()).finish()
    }
}

impl<E: Catalog> Iterator for Iter<E> {
    type Item = E;

    fn next(&mut self) -> Option<E> {
        if self.front == self.back {
            return None;
        }
        self.front += 1;
        self.codes.get(self.front - 1)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let len = self.back - self.front;
        (len, Some(len))
    }

    fn nth(&mut self, n: usize) -> Option<E> {
        self.front = self.front.saturating_add(n).min(self.back);
        self.next()
    }
}

impl<E: Catalog> DoubleEndedIterator for Iter<E> {
    fn next_back(&mut self) -> Option<E> {
        if self.front == self.back {
            return None;
        }
        self.back -= 1;
        self.codes.get(self.back)
    }
}

impl<E: Catalog> ExactSizeIterator for Iter<E> {}

impl<E: Catalog> FusedIterator for Iter<E> {}
