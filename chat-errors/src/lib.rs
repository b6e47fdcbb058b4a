#![doc = include_str!("../README.md")]
#![no_std]
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]

extern crate alloc;
#[cfg(feature = "tonic-0-14")]
extern crate std;

#[doc(hidden)]
pub mod __private;
#[cfg(feature = "actix-web-4")]
#[cfg_attr(docsrs, doc(cfg(feature = "actix-web-4")))]
pub mod actix;
mod args;
#[cfg(feature = "axum-0-8")]
#[cfg_attr(docsrs, doc(cfg(feature = "axum-0-8")))]
pub mod axum;
mod catalog;
pub mod codes;
mod diagnostic;
mod error;
#[cfg(feature = "tonic-0-14")]
mod grpc;
mod hash;
mod language;
mod likely;
mod macros;
#[cfg(feature = "problem")]
#[cfg_attr(docsrs, doc(cfg(feature = "problem")))]
pub mod problem;
#[cfg(any(feature = "axum-0-8", feature = "actix-web-4"))]
mod respond;
#[cfg(feature = "agora")]
#[cfg_attr(docsrs, doc(cfg(feature = "agora")))]
pub mod rest;
#[cfg(feature = "agora")]
mod sdk;
#[cfg(feature = "serde")]
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
pub mod serde;
mod variant;
#[cfg(feature = "agora")]
#[cfg_attr(docsrs, doc(cfg(feature = "agora")))]
pub mod web;
mod wire;

pub use args::{Arg, ArgError, ArgType, ArgValue};
pub use catalog::{Catalog, CodeRef, Group, IntoCode, NoGroup, RawCode, Retired};
pub use codes::Codes;
pub use error::Error;
pub use macros::catalog;
#[cfg(feature = "agora")]
pub use sdk::{
    ChatError, ErrorCode, ErrorCodeGroup, ErrorCodeRetired, Result, UnknownErrorCode,
    UnknownErrorCodeName,
};
pub use wire::GrpcCode;
