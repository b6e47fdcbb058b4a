//! The errors of the Agora Chat Web SDK (the npm package `agora-chat`), for Rust that reaches it
//! through WebAssembly front ends or a Tauri web view.
//!
//! The Web SDK numbers its errors on its own: [`WebErrorCode`] is its `StatusCode.Code` (1.4.0),
//! with negative codes for failed HTTP requests, and numbers such as 208 and 512 that mean
//! something else in the native SDKs' [`ErrorCode`](crate::ErrorCode). Never look a Web code up
//! in `ErrorCode`. [`WebError`] keeps a code this catalog does not know, with its message.
//!
//! ```
//! use chat_errors::web::{WebError, WebErrorCode, WebErrorCodeGroup};
//!
//! assert_eq!(WebErrorCode::from_code(-1), Some(WebErrorCode::RequestTimeout));
//! assert_eq!(
//!     WebErrorCode::from_name("WEBIM_CONNCTION_USER_NOT_ASSIGN_ERROR"),
//!     WebErrorCode::from_code(0),
//!     "the two names of 0"
//! );
//! assert_eq!(WebErrorCode::WebimUserAlreadyLogin.code(), 208);
//! assert_eq!(chat_errors::ErrorCode::from_code(208), Some(chat_errors::ErrorCode::UserRegFailed));
//!
//! let error = WebError::new(599, "a newer SDK's message error");
//! assert_eq!(error.kind(), None);
//! assert_eq!(error.group(), Some(WebErrorCodeGroup::Message));
//! assert!(WebError::new(-1, "request timeout").is_retryable());
//! ```

crate::agora_errors!("web-errors.toml");

/// What a failed call or the `onError` callback of the Web SDK hands over: the raw code (`type`)
/// and the message, kept whether or not [`WebErrorCode`] lists the code.
pub type WebError = crate::Error<WebErrorCode>;

crate::macros::flag_helpers!(WebErrorCode);
