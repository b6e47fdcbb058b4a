//! The errors of the Agora Chat RESTful API, for servers that call it.
//!
//! A failed call answers with an HTTP status and a JSON body whose `error` field names the error
//! (`forbidden_op`, `auth_bad_access_token`, …) and whose `error_description` explains it.
//! [`RestErrorCode`] is the catalog of those strings (`rest-errors.toml`), with the statuses each
//! comes with and what to do about it; [`RestError`] is the value a failed call gives, which keeps
//! the status, the raw string (known or not) and the server's description.
//!
//! ```
//! use chat_errors::rest::{RestError, RestErrorCode, RestErrorCodeGroup};
//!
//! let error = RestError::new(403, "forbidden_op", "user is already in the group");
//! assert_eq!(error.kind(), Some(RestErrorCode::ForbiddenOp));
//! assert_eq!(error.group(), Some(RestErrorCodeGroup::BadRequest));
//! assert_eq!(RestErrorCode::ForbiddenOp.http_status(), Some(400));
//! assert_eq!(RestErrorCode::ForbiddenOp.statuses(), [400, 403]);
//! assert_eq!(error.to_string(), "403 forbidden_op: user is already in the group");
//!
//! let newer = RestError::new(429, "too_many_requests_per_app", "");
//! assert_eq!(newer.kind(), None);
//! assert!(newer.is_retryable(), "an unknown string falls back on its status");
//! ```

use alloc::string::String;
use core::fmt;

use crate::Error;

crate::agora_errors!("rest-errors.toml");

/// What a failed call of the RESTful API hands over: the HTTP status, the `error` string of its
/// body and the server's `error_description`.
///
/// It has what [`Error`] has for the other catalogs, and the status. The string is kept as it
/// came, so one this catalog does not know is never lost: [`code`](Self::code) still has it and
/// [`kind`](Self::kind) is `None`. With the `serde` feature, the error body the API returns
/// deserializes into a `RestError` (its other fields ignored); the status is not in the body, so
/// add it with [`with_status`](Self::with_status).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct RestError {
    status: Option<u16>,
    error: Error<RestErrorCode>,
}

impl RestError {
    /// The error a call answered with `status` and a body of `error` and `description`.
    pub fn new(status: u16, error: impl Into<String>, description: impl Into<String>) -> Self {
        RestError {
            status: Some(status),
            error: Error::new(error.into(), description),
        }
    }

    /// The same error with the HTTP status it came with, for one read from a body alone.
    #[must_use]
    pub fn with_status(mut self, status: u16) -> Self {
        self.status = Some(status);
        self
    }

    /// The HTTP status, where it is known.
    #[must_use]
    pub const fn status(&self) -> Option<u16> {
        self.status
    }

    /// The `error` string, as received, whether or not the catalog knows it.
    #[must_use]
    pub fn code(&self) -> &str {
        self.error.code()
    }

    /// The server's `error_description`.
    #[must_use]
    pub fn message(&self) -> &str {
        self.error.message()
    }

    /// The catalog's entry for the `error` string, or `None` for a string it does not know.
    #[must_use]
    pub fn kind(&self) -> Option<RestErrorCode> {
        self.error.kind()
    }

    /// The group of the entry; `None` for a string the catalog does not know.
    #[must_use]
    pub fn group(&self) -> Option<RestErrorCodeGroup> {
        self.error.group()
    }

    /// The names of the entry's flags; none for a string the catalog does not know.
    #[must_use]
    pub fn flags(&self) -> &'static [&'static str] {
        self.error.flags()
    }

    /// Whether the entry carries `flag`, such as `"retryable"`; `false` for a string the catalog
    /// does not know.
    #[must_use]
    pub fn has_flag(&self, flag: &str) -> bool {
        self.error.has_flag(flag)
    }

    /// Whether the same request, sent again later, may succeed. For a string the catalog does
    /// not know, whether the status says so: 408, 429, 502, 503 or 504.
    #[must_use]
    pub fn is_retryable(&self) -> bool {
        self.flag(RestErrorCode::is_retryable, &[408, 429, 502, 503, 504])
    }

    /// Whether the app token must be renewed. For a string the catalog does not know, whether
    /// the status is 401.
    #[must_use]
    pub fn is_relogin(&self) -> bool {
        self.flag(RestErrorCode::is_relogin, &[401])
    }

    /// Whether the request itself is wrong. For a string the catalog does not know, whether the
    /// status is 400, 413 or 415.
    #[must_use]
    pub fn is_invalid_argument(&self) -> bool {
        self.flag(RestErrorCode::is_invalid_argument, &[400, 413, 415])
    }

    fn flag(&self, known: fn(RestErrorCode) -> bool, statuses: &[u16]) -> bool {
        match self.kind() {
            Some(kind) => known(kind),
            None => self.status.is_some_and(|status| statuses.contains(&status)),
        }
    }

    /// The error without its status, as every other catalog's value is.
    #[must_use]
    pub fn into_error(self) -> Error<RestErrorCode> {
        self.error
    }
}

/// `403 forbidden_op: <description>`; without a status, `forbidden_op: <description>`.
impl fmt::Display for RestError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(status) = self.status {
            write!(f, "{status} ")?;
        }
        f.write_str(self.code())?;
        if !self.message().is_empty() {
            f.write_str(": ")?;
            f.write_str(self.message())?;
        }
        Ok(())
    }
}

impl core::error::Error for RestError {}

/// An error raised on this side: the entry's HTTP status, and its description.
impl From<RestErrorCode> for RestError {
    fn from(kind: RestErrorCode) -> Self {
        RestError {
            status: kind.http_status(),
            error: kind.into(),
        }
    }
}

#[cfg(feature = "serde")]
mod serde_impls {
    use alloc::string::String;

    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    use super::RestError;
    use crate::Error;

    /// The API's error body, and the status where it is known.
    #[derive(Serialize, Deserialize)]
    struct Body<S> {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        status: Option<u16>,
        error: S,
        #[serde(rename = "error_description", default)]
        description: S,
    }

    /// `{"error": …, "error_description": …}`, with `"status"` where it is known.
    impl Serialize for RestError {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            Body {
                status: self.status,
                error: self.code(),
                description: self.message(),
            }
            .serialize(serializer)
        }
    }

    /// The API's error body; a string the catalog does not know is kept.
    impl<'de> Deserialize<'de> for RestError {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            let body = Body::<String>::deserialize(deserializer)?;
            Ok(RestError {
                status: body.status,
                error: Error::new(body.error, body.description),
            })
        }
    }
}
