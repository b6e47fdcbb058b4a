//! The errors of the Agora Chat RESTful API, for servers that call it.
//!
//! A failed call answers with an HTTP status and a JSON body whose `error` field names the error
//! (`forbidden_op`, `auth_bad_access_token`, …) and whose `error_description` explains it.
//! [`RestErrorCode`] is the catalog of those strings (`rest-errors.toml`), with the statuses each
//! comes with and what to do about it; [`RestError`] is the value a failed call gives, which keeps
//! the status, the raw string (known or not) and the server's description.
//!
//! ```
//! use chat_errors::rest::{RestError, RestErrorCode};
//!
//! let error = RestError::new(403, "forbidden_op", "user is already in the group");
//! assert_eq!(error.kind(), Some(RestErrorCode::ForbiddenOp));
//! assert_eq!(RestErrorCode::ForbiddenOp.http_status(), [400, 403]);
//! assert_eq!(error.to_string(), "403 forbidden_op: user is already in the group");
//!
//! let newer = RestError::new(429, "too_many_requests_per_app", "");
//! assert_eq!(newer.kind(), None);
//! assert!(newer.is_retryable(), "an unknown string falls back on its status");
//! ```

use alloc::string::String;
use core::fmt;

crate::agora_errors!("rest-errors.toml");

/// What a failed call of the RESTful API hands over: the HTTP status, the `error` string of its
/// body and the server's `error_description`.
///
/// The string is kept as it came, so one this catalog does not know is never lost:
/// [`error`](Self::error) still has it and [`kind`](Self::kind) is `None`. With the `serde`
/// feature, the error body the API returns deserializes into a `RestError` (its other fields
/// ignored); the status is not in the body, so add it with [`with_status`](Self::with_status).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
pub struct RestError {
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    status: Option<u16>,
    error: String,
    #[cfg_attr(feature = "serde", serde(rename = "error_description", default))]
    description: String,
}

impl RestError {
    /// The error a call answered with `status` and a body of `error` and `description`.
    pub fn new(status: u16, error: impl Into<String>, description: impl Into<String>) -> Self {
        RestError {
            status: Some(status),
            error: error.into(),
            description: description.into(),
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
    pub fn error(&self) -> &str {
        &self.error
    }

    /// The server's `error_description`.
    #[must_use]
    pub fn description(&self) -> &str {
        &self.description
    }

    /// The catalog's entry for the `error` string, or `None` for a string it does not know.
    #[must_use]
    pub fn kind(&self) -> Option<RestErrorCode> {
        RestErrorCode::from_code(&self.error)
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
}

/// `403 forbidden_op: <description>`; without a status, `forbidden_op: <description>`.
impl fmt::Display for RestError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(status) = self.status {
            write!(f, "{status} ")?;
        }
        f.write_str(&self.error)?;
        if !self.description.is_empty() {
            f.write_str(": ")?;
            f.write_str(&self.description)?;
        }
        Ok(())
    }
}

impl core::error::Error for RestError {}

/// An error raised on this side: the first status the catalog gives it, and its description.
impl From<RestErrorCode> for RestError {
    fn from(kind: RestErrorCode) -> Self {
        RestError {
            status: kind.http_status().first().copied(),
            error: kind.code().into(),
            description: kind.description().into(),
        }
    }
}
