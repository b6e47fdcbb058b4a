use alloc::string::String;
use core::fmt;

use crate::{ErrorCode, ErrorCodeGroup};

/// What a failed call or an `onError(code, message)` callback hands over: the raw code and the
/// server's message.
///
/// The code is kept as the number it was, so a code this catalog does not know (a newer server,
/// a private deployment) is never lost: [`code`](Self::code) still has it and
/// [`kind`](Self::kind) is `None`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct ChatError {
    code: i32,
    message: String,
}

/// A `Result` whose error is a [`ChatError`] unless said otherwise.
pub type Result<T, E = ChatError> = core::result::Result<T, E>;

impl ChatError {
    /// The error for `code` with the server's `message`.
    pub fn new(code: i32, message: impl Into<String>) -> Self {
        ChatError {
            code,
            message: message.into(),
        }
    }

    /// The raw code, as received, whether or not the catalog knows it.
    #[must_use]
    pub const fn code(&self) -> i32 {
        self.code
    }

    /// The catalog's entry for the code, or `None` for a code the catalog does not know.
    #[must_use]
    pub const fn kind(&self) -> Option<ErrorCode> {
        ErrorCode::from_code(self.code)
    }

    /// The message that came with the code.
    #[must_use]
    pub fn message(&self) -> &str {
        &self.message
    }

    /// The group of the code (user, server, message, …), or `None` for an unknown code.
    #[must_use]
    pub fn group(&self) -> Option<ErrorCodeGroup> {
        self.kind().map(ErrorCode::group)
    }

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

/// `215 USER_MUTED: <message>` for a known code, `99999: <message>` for an unknown one.
impl fmt::Display for ChatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.code)?;
        if let Some(kind) = self.kind() {
            write!(f, " {}", kind.name())?;
        }
        if !self.message.is_empty() {
            f.write_str(": ")?;
            f.write_str(&self.message)?;
        }
        Ok(())
    }
}

impl core::error::Error for ChatError {}

/// An error raised on this side, with the catalog's description as its message.
impl From<ErrorCode> for ChatError {
    fn from(kind: ErrorCode) -> Self {
        ChatError::new(kind.code(), kind.description())
    }
}
