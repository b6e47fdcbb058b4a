//! Typed error codes of the Agora Chat SDK.
//!
//! The SDK reports a failure as a number, through a failed call's return value and through the
//! `onError(code, message)` callback. This crate gives every documented number a variant of
//! [`ErrorCode`] with its SDK name and its description and cause in Chinese (`zh`, the default
//! language) and English (`en`), and [`ChatError`] for the value a failure hands over, which keeps
//! codes this catalog does not know.
//!
//! ```
//! use chat_errors::{ChatError, ErrorCode};
//!
//! let muted = ErrorCode::from_code(215).unwrap();
//! assert_eq!(muted, ErrorCode::UserMuted);
//! assert_eq!(muted.name(), "USER_MUTED");
//! assert_eq!(muted.description_in("en"), Some("The user is muted."));
//!
//! let error = ChatError::new(99_999, "from a newer server");
//! assert_eq!(error.code(), 99_999);
//! assert_eq!(error.kind(), None);
//! ```
//!
//! The enum is generated at compile time from the catalog `errors.toml` by
//! [`agora_errors!`], which is re-exported so a crate can generate the same API from its own
//! catalog.
#![no_std]
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]

extern crate alloc;

mod chat_error;
pub mod rest;
#[cfg(feature = "serde")]
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
pub mod serde;

pub use chat_error::{ChatError, Result};
pub use chat_errors_macros::agora_errors;

agora_errors!("errors.toml");
