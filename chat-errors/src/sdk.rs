//! The native SDKs' codes (`errors.toml`), and the value a failed call of theirs gives.

use crate::Error;

crate::agora_errors!("errors.toml");

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

crate::macros::flag_helpers!(ErrorCode);
