#![doc = include_str!("../README.md")]
#![no_std]
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]

extern crate alloc;

mod catalog;
#[cfg(feature = "miette")]
#[doc(hidden)]
pub mod diagnostic;
mod error;
pub mod rest;
#[cfg(feature = "serde")]
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
pub mod serde;
pub mod web;

pub use catalog::{Catalog, CodeRef, Group, NoGroup, RawCode, Retired};
pub use error::Error;

/// Expands a TOML catalog of error codes into a typed enum, as
/// [`chat_errors_macros::agora_errors!`] does (its documentation is the catalog's reference), and
/// implements [`Catalog`] for it, so that [`Error`], `serde::by_name` (with the `serde` feature)
/// and every generic function over catalogs serve it too.
///
/// ```
/// chat_errors::agora_errors!("doc/payments.toml");
///
/// let error = chat_errors::Error::<PaymentError>::new(5_104, "a newer card network's code");
/// assert_eq!(error.kind(), None);
/// assert_eq!(error.group(), Some(PaymentErrorGroup::Card));
/// assert_eq!(<PaymentError as chat_errors::Catalog>::NAME, "PaymentError");
/// ```
#[macro_export]
macro_rules! agora_errors {
    // Any input goes on, so a wrong one gets the proc macro's own message.
    ($($input:tt)*) => {
        $crate::__private::agora_errors! { @runtime($crate) $($input)* }
    };
}

/// The attribute form of [`agora_errors!`]: the enum is declared in your source, with your
/// visibility, name, doc comments and attributes, and implements [`Catalog`] too.
///
/// ```
/// /// A payment service's errors.
/// #[chat_errors::catalog("doc/payments.toml")]
/// #[derive(serde::Serialize)]
/// pub(crate) enum PaymentError {}
///
/// let error = chat_errors::Error::<PaymentError>::new(5_001, "");
/// assert_eq!(error.kind(), Some(PaymentError::CardDeclined));
/// assert_eq!(serde_json::to_string(&PaymentError::CardDeclined).unwrap(), "\"CardDeclined\"");
/// ```
///
/// The rules for the item are those of `chat_errors_macros::catalog`.
#[doc(inline)]
pub use chat_errors_macros::catalog_with_runtime as catalog;

/// What the expansion of [`agora_errors!`] names; not a public API.
#[doc(hidden)]
pub mod __private {
    pub use crate::{Catalog, Group, NoGroup, RawCode, Retired};
    pub use alloc::boxed::Box;
    pub use alloc::string::String;
    pub use chat_errors_macros::agora_errors;

    #[cfg(feature = "miette")]
    pub use crate::__miette_impl as miette_impl;
    #[cfg(feature = "miette")]
    pub use crate::diagnostic;
    #[cfg(feature = "miette")]
    pub use miette;

    /// Without the `miette` feature, no `miette::Diagnostic`.
    #[cfg(not(feature = "miette"))]
    #[macro_export]
    #[doc(hidden)]
    macro_rules! __no_miette_impl {
        ($enum:ty) => {};
    }
    #[cfg(not(feature = "miette"))]
    pub use crate::__no_miette_impl as miette_impl;
}

agora_errors!("errors.toml");

/// What a failed call or an `onError(code, message)` callback of the Agora Chat SDK hands over:
/// the raw code and the server's message, kept whether or not [`ErrorCode`] lists the code.
///
/// ```
/// use chat_errors::{ChatError, ErrorCode, ErrorCodeGroup};
///
/// let error = ChatError::new(215, "muted in this group");
/// assert_eq!(error.kind(), Some(ErrorCode::UserMuted));
/// assert_eq!(error.to_string(), "215 USER_MUTED: muted in this group");
///
/// let newer = ChatError::new(408, "");
/// assert_eq!(newer.kind(), None);
/// assert_eq!(newer.group(), Some(ErrorCodeGroup::File), "400–499 are file errors");
/// ```
pub type ChatError = Error<ErrorCode>;

/// A `Result` whose error is a [`ChatError`] unless said otherwise.
pub type Result<T, E = ChatError> = core::result::Result<T, E>;

impl ChatError {
    /// Whether the same call, made again later, may succeed. `false` for an unknown code.
    #[must_use]
    pub fn is_retryable(&self) -> bool {
        self.kind().is_some_and(ErrorCode::is_retryable)
    }

    /// Whether the user has to log in again. `false` for an unknown code.
    #[must_use]
    pub fn is_relogin(&self) -> bool {
        self.kind().is_some_and(ErrorCode::is_relogin)
    }

    /// Whether the call itself is wrong and must be fixed before it is made again. `false` for
    /// an unknown code.
    #[must_use]
    pub fn is_invalid_argument(&self) -> bool {
        self.kind().is_some_and(ErrorCode::is_invalid_argument)
    }
}
