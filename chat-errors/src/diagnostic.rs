//! `miette::Diagnostic` for every catalog: the code and name as the diagnostic's code, the cause
//! as its help, the docs URL as its URL. The enums get it from their expansion through
//! `chat_errors::agora_errors!`, which calls [`__miette_impl!`](crate::__miette_impl) (empty
//! without the `miette` feature); `Error<E>` gets it here.

use alloc::boxed::Box;
use alloc::format;
use core::fmt::Display;

use crate::{Catalog, Error};

/// `215 USER_MUTED`, or the code alone where it spells the name (`NoSuchBucket`): what a report
/// shows as the code.
pub fn code<'a, E: Catalog>(entry: E) -> Option<Box<dyn Display + 'a>> {
    let code = format!("{}", entry.code());
    if code.eq_ignore_ascii_case(entry.name()) {
        return Some(Box::new(code));
    }
    Some(Box::new(format!("{code} {}", entry.name())))
}

/// The cause, in the catalog's default language.
pub fn help<'a, E: Catalog>(entry: E) -> Option<Box<dyn Display + 'a>> {
    entry
        .cause()
        .map(|cause| Box::new(cause) as Box<dyn Display>)
}

/// The docs URL, where the catalog has a template.
pub fn url<'a, E: Catalog>(entry: E) -> Option<Box<dyn Display + 'a>> {
    entry
        .docs_url()
        .map(|url| Box::new(url) as Box<dyn Display>)
}

/// A known code reports as its entry; an unknown one as its raw code, with no help or URL.
impl<E: Catalog> miette::Diagnostic for Error<E> {
    fn code<'a>(&'a self) -> Option<Box<dyn Display + 'a>> {
        match self.kind() {
            Some(kind) => code(kind),
            None => Some(Box::new(format!("{}", self.code()))),
        }
    }

    fn help<'a>(&'a self) -> Option<Box<dyn Display + 'a>> {
        self.kind().and_then(help)
    }

    fn url<'a>(&'a self) -> Option<Box<dyn Display + 'a>> {
        self.kind().and_then(url)
    }
}

/// `impl miette::Diagnostic for E`, by the functions above.
#[doc(hidden)]
#[macro_export]
macro_rules! __miette_impl {
    ($enum:ty) => {
        #[automatically_derived]
        impl $crate::__private::miette::Diagnostic for $enum {
            fn code<'a>(
                &'a self,
            ) -> ::core::option::Option<$crate::__private::Box<dyn ::core::fmt::Display + 'a>> {
                $crate::__private::diagnostic::code(*self)
            }
            fn help<'a>(
                &'a self,
            ) -> ::core::option::Option<$crate::__private::Box<dyn ::core::fmt::Display + 'a>> {
                $crate::__private::diagnostic::help(*self)
            }
            fn url<'a>(
                &'a self,
            ) -> ::core::option::Option<$crate::__private::Box<dyn ::core::fmt::Display + 'a>> {
                $crate::__private::diagnostic::url(*self)
            }
        }
    };
}
