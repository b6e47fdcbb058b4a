//! The engine behind `chat_errors::agora_errors!`: a TOML catalog of error codes in, Rust source
//! out.
//!
//! It is a plain library (no `proc_macro`), so the same expansion serves the macro, a build
//! script, tests and tools. The stages:
//!
//! ```text
//! TOML text ──load──▶ raw entries with spans ──check──▶ Catalog ──expand──▶ Rust source
//!                                                  └─▶ Diagnostics (FILE:LINE:COLUMN)
//! Catalog × Catalog ──diff──▶ changes, each with its semver level
//! ```

#![cfg_attr(docsrs, feature(doc_cfg))]

mod check;
mod diag;
#[cfg(feature = "diff")]
mod diff;
mod expand;
mod generate;
mod generated;
mod literal;
mod load;
mod markdown;
mod model;
mod names;
mod parse;
mod runtime;
pub mod template;
mod wire;

pub use diag::{Diagnostic, Location};
#[cfg(feature = "diff")]
#[cfg_attr(docsrs, doc(cfg(feature = "diff")))]
pub use diff::{Change, ChangeKind, Diff, Level, Section, diff};
pub use generate::{
    Expansion, Structs, expand, expand_parts, fallback, fallback_catalog, generate, runtime_alias,
};
#[doc(hidden)]
pub use generated::{reference_table, reserved_names};
pub use load::keys;
pub use markdown::inline as markdown_inline;
pub use model::{
    Arg, Catalog, Code, CodeType, Entry, Field, FieldType, Flag, Group, IntType, ItemType, OptIn,
    Retired, Texts, Value, Visibility, upper_camel_case,
};
pub use parse::{Rejected, decode, parse, parse_declared};
pub use runtime::negotiate_language;
pub use wire::{GrpcCode, Wire};
