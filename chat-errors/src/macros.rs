//! The front door: `agora_errors!` and `#[catalog]`, which expand a catalog through the proc
//! macro and bind this crate for the expansion, and the flag helpers the Agora errors share.

#[doc = include_str!("../doc/reference.md")]
#[macro_export]
macro_rules! agora_errors {
    // Any input goes on, so a wrong one gets the proc macro's own message.
    ($($input:tt)*) => {
        $crate::__private::agora_errors! { @runtime($crate) $($input)* }
    };
}

/// The attribute form of [`agora_errors!`](crate::agora_errors): the enum is declared in your
/// source, with your visibility, name, doc comments and other attributes (derives from other
/// crates see the generated variants), and the catalog gives its variants and API.
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
/// The argument is the catalog's path, as for `agora_errors!`. The catalog's `enum` key, if it
/// has one, must be the declared name. The enum takes no generics, no variants (the braces stay
/// empty), no `repr` (the code type gives it) and no derive of what it implements itself
/// (`Clone`, `Copy`, `PartialEq`, `Eq`, `Hash`, `PartialOrd`, `Ord`, `Debug`); each is a compile
/// error at what you wrote. Every type the expansion adds (the group enum, the error types) takes
/// the enum's visibility. A crate that renames the `chat-errors` dependency says so:
/// `#[chat_errors::catalog("…", crate = "errors_runtime")]`.
#[doc(inline)]
pub use chat_errors_macros::catalog;

/// `is_retryable`, `is_relogin` and `is_invalid_argument` on the error value of an Agora catalog
/// whose enum is `$enum`: the flags the three catalogs share.
#[cfg(feature = "agora")]
macro_rules! flag_helpers {
    ($enum:ident) => {
        impl $crate::Error<$enum> {
            /// Whether the same call, made again later, may succeed. `false` for an unknown code.
            #[must_use]
            pub fn is_retryable(&self) -> bool {
                self.kind().is_some_and($enum::is_retryable)
            }

            /// Whether the user has to log in again. `false` for an unknown code.
            #[must_use]
            pub fn is_relogin(&self) -> bool {
                self.kind().is_some_and($enum::is_relogin)
            }

            /// Whether the call itself is wrong and must be fixed before it is made again.
            /// `false` for an unknown code.
            #[must_use]
            pub fn is_invalid_argument(&self) -> bool {
                self.kind().is_some_and($enum::is_invalid_argument)
            }
        }
    };
}

#[cfg(feature = "agora")]
pub(crate) use flag_helpers;
