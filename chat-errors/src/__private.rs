//! What the expansion of [`agora_errors!`](crate::agora_errors) names, compiled here once rather
//! than pasted into every catalog; not a public API.

pub use alloc::boxed::Box;
pub use alloc::string::String;
pub use chat_errors_macros::agora_errors;

pub use crate::args::{
    Arg, ArgError, ArgType, ArgValue, Segment, field, message_in, write_default,
};
pub use crate::catalog::{Catalog, Group, NoGroup, Retired, Sealed};
pub use crate::codes::Codes;
pub use crate::error::Error;
/// What a catalog's `miette::Diagnostic` shows.
pub mod diagnostic {
    pub use crate::diagnostic::{code, help, url};
}
pub use crate::hash::{hash, hash_integer, same, slot};
pub use crate::language::negotiate;
pub use crate::likely::negotiate_likely;
pub use crate::variant::debug_variant;
pub use crate::wire::GrpcCode;
