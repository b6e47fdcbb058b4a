#![doc = include_str!("../README.md")]
#![no_std]
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]

extern crate alloc;

#[doc(hidden)]
pub mod __private;
mod catalog;
pub mod codes;
mod diagnostic;
mod error;
mod hash;
mod language;
mod likely;
mod macros;
pub mod rest;
mod sdk;
#[cfg(feature = "serde")]
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
pub mod serde;
mod variant;
pub mod web;

pub use catalog::{Catalog, CodeRef, Group, IntoCode, NoGroup, RawCode, Retired};
pub use codes::Codes;
pub use error::Error;
pub use macros::catalog;
pub use sdk::{
    ChatError, ErrorCode, ErrorCodeGroup, ErrorCodeRetired, Result, UnknownErrorCode,
    UnknownErrorCodeName,
};
