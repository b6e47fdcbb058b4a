use alloc::string::String;
use core::fmt;
use core::marker::PhantomData;

use crate::catalog::{Catalog, CodeRef, IntoCode, RawCode};

/// What a failed call hands over, for any catalog `E`: the raw code and the message that came
/// with it.
///
/// The code is kept as it was received, so a code the catalog does not know (a newer server, a
/// private deployment) is never lost: [`code`](Self::code) still has it, [`kind`](Self::kind) is
/// `None`, and [`group`](Self::group) still classifies it where a group's range owns it. With the
/// `serde` feature it (de)serializes as `{"code": …, "message": …}`.
///
/// ```
/// use chat_errors::{Error, ErrorCode, ErrorCodeGroup};
///
/// let error = Error::<ErrorCode>::new(408, "a newer SDK's file error");
/// assert_eq!(error.code(), 408);
/// assert_eq!(error.kind(), None);
/// assert_eq!(error.group(), Some(ErrorCodeGroup::File));
/// assert_eq!(error.to_string(), "408: a newer SDK's file error");
/// ```
pub struct Error<E: Catalog> {
    code: E::Code,
    message: String,
    catalog: PhantomData<fn() -> E>,
}

impl<E: Catalog> Error<E> {
    /// The error for `code` with the `message` that came with it. The code is the catalog's
    /// integer, or for string codes a `&str` or a `String`:
    ///
    /// ```
    /// use chat_errors::Error;
    ///
    /// chat_errors::agora_errors!("doc/sqlstate.toml");
    ///
    /// let error = Error::<PgState>::new("23505", "duplicate key value violates unique constraint");
    /// assert_eq!(error.kind(), Some(PgState::UniqueViolation));
    /// let unknown = Error::<PgState>::new(String::from("XX999"), "");
    /// assert_eq!(unknown.code(), "XX999");
    /// ```
    pub fn new(code: impl IntoCode<E::Code>, message: impl Into<String>) -> Self {
        Error::owned(code.into_code(), message.into())
    }

    fn owned(code: E::Code, message: String) -> Self {
        Error {
            code,
            message,
            catalog: PhantomData,
        }
    }

    /// The raw code, as received, whether or not the catalog knows it.
    #[must_use]
    pub fn code(&self) -> CodeRef<'_, E> {
        self.code.as_code()
    }

    /// The catalog's entry for the code, or `None` for a code the catalog does not know.
    #[must_use]
    pub fn kind(&self) -> Option<E> {
        E::from_code(self.code())
    }

    /// The message that came with the code.
    #[must_use]
    pub fn message(&self) -> &str {
        &self.message
    }

    /// The group of the code, listed or not (by the groups' ranges, or by its entry); `None`
    /// for a code that no group owns.
    #[must_use]
    pub fn group(&self) -> Option<E::Group> {
        E::group_of_code(self.code())
    }

    /// The retired code this is, with the reason it was retired, or `None`: a client older
    /// than the catalog may still send one.
    #[must_use]
    pub fn retired(&self) -> Option<crate::Retired> {
        E::retired(self.code())
    }

    /// The names of the entry's flags; none for an unknown code.
    #[must_use]
    pub fn flags(&self) -> &'static [&'static str] {
        self.kind().map_or(&[], E::flags)
    }

    /// Whether the code's entry carries `flag`, such as `"retryable"`; `false` for an unknown
    /// code.
    #[must_use]
    pub fn has_flag(&self, flag: &str) -> bool {
        self.kind().is_some_and(|kind| kind.has_flag(flag))
    }
}

/// `215 USER_MUTED: <message>` for a known code (the name left out where it spells the code),
/// `99999: <message>` for an unknown one.
impl<E: Catalog> fmt::Display for Error<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.code, f)?;
        if let Some(kind) = self.kind() {
            let code: String = alloc::string::ToString::to_string(&self.code);
            if !code.eq_ignore_ascii_case(kind.name()) {
                f.write_str(" ")?;
                f.write_str(kind.name())?;
            }
        }
        if !self.message.is_empty() {
            f.write_str(": ")?;
            f.write_str(&self.message)?;
        }
        Ok(())
    }
}

impl<E: Catalog> fmt::Debug for Error<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Error")
            .field("code", &self.code)
            .field("kind", &self.kind())
            .field("message", &self.message)
            .finish()
    }
}

impl<E: Catalog> core::error::Error for Error<E> {}

/// An error raised on this side, with the catalog's description as its message.
impl<E: Catalog> From<E> for Error<E> {
    fn from(kind: E) -> Self {
        Error::owned(E::Code::own(kind.code()), kind.description().into())
    }
}

impl<E: Catalog> Clone for Error<E> {
    fn clone(&self) -> Self {
        Error::owned(self.code.clone(), self.message.clone())
    }
}

impl<E: Catalog> PartialEq for Error<E> {
    fn eq(&self, other: &Self) -> bool {
        self.code == other.code && self.message == other.message
    }
}

impl<E: Catalog> Eq for Error<E> {}

impl<E: Catalog> core::hash::Hash for Error<E> {
    fn hash<H: core::hash::Hasher>(&self, state: &mut H) {
        self.code.hash(state);
        self.message.hash(state);
    }
}

#[cfg(feature = "serde")]
mod serde_impls {
    use alloc::string::String;

    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    use super::Error;
    use crate::catalog::Catalog;

    #[derive(Serialize)]
    struct Borrowed<'a, C> {
        code: &'a C,
        message: &'a str,
    }

    #[derive(Deserialize)]
    struct Owned<C> {
        code: C,
        message: String,
    }

    /// `{"code": …, "message": …}`, the code as the catalog types it.
    impl<E: Catalog> Serialize for Error<E> {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            Borrowed {
                code: &self.code,
                message: &self.message,
            }
            .serialize(serializer)
        }
    }

    /// `{"code": …, "message": …}`; a code the catalog does not know is kept.
    impl<'de, E: Catalog> Deserialize<'de> for Error<E> {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            let Owned { code, message } = Owned::<E::Code>::deserialize(deserializer)?;
            Ok(Error::owned(code, message))
        }
    }
}
