//! What a catalog's entry shows as a `miette::Diagnostic`: the code and name as its code, the cause
//! as its help, the docs URL as its URL. An enum whose catalog says `miette = true` implements
//! `miette::Diagnostic` by these functions, which need no `miette` of their own; with the `miette`
//! feature, `Error<E>` implements it too.

use alloc::boxed::Box;
use alloc::format;
use core::fmt::Display;

use crate::Catalog;

/// `215 USER_MUTED`, or the code alone where it spells the name (`NoSuchBucket`): what a report
/// shows as the code.
#[doc(hidden)]
pub fn code<E: Catalog>(entry: E) -> Option<Box<dyn Display>> {
    let code = format!("{}", entry.code());
    if code.eq_ignore_ascii_case(entry.name()) {
        return Some(Box::new(code));
    }
    Some(Box::new(format!("{code} {}", entry.name())))
}

/// The cause, in the catalog's default language.
#[doc(hidden)]
pub fn help<E: Catalog>(entry: E) -> Option<Box<dyn Display>> {
    entry
        .cause()
        .map(|cause| Box::new(cause) as Box<dyn Display>)
}

/// The docs URL, where the catalog has a template.
#[doc(hidden)]
pub fn url<E: Catalog>(entry: E) -> Option<Box<dyn Display>> {
    entry
        .docs_url()
        .map(|url| Box::new(url) as Box<dyn Display>)
}

/// A known code reports as its entry; an unknown one as its raw code, with no help or URL.
#[cfg(feature = "miette")]
#[cfg_attr(docsrs, doc(cfg(feature = "miette")))]
impl<E: Catalog> miette::Diagnostic for crate::Error<E> {
    fn code<'a>(&'a self) -> Option<Box<dyn Display + 'a>> {
        match self.kind() {
            Some(kind) => code(kind).map(|code| code as Box<dyn Display + 'a>),
            None => Some(Box::new(format!("{}", self.code()))),
        }
    }

    /// The cause, with this error's values where its entry takes arguments.
    fn help<'a>(&'a self) -> Option<Box<dyn Display + 'a>> {
        let kind = self.kind()?;
        if kind.args().is_empty() {
            return help(kind).map(|help| help as Box<dyn Display + 'a>);
        }
        let cause = crate::args::fill(kind.cause()?, |name| self.arg(name));
        Some(Box::new(cause))
    }

    fn url<'a>(&'a self) -> Option<Box<dyn Display + 'a>> {
        self.kind()
            .and_then(url)
            .map(|url| url as Box<dyn Display + 'a>)
    }
}
