//! Catalogs expanded under the strictest settings a user may have: `no_std`, no unsafe code,
//! every lint an error, docs required, and two catalogs side by side in one module.
#![no_std]
#![forbid(unsafe_code)]
#![deny(missing_docs, warnings)]

/// The Agora catalog, expanded again in this crate.
pub mod agora {
    chat_errors::agora_errors!("catalogs/agora.toml");
}

/// Two catalogs in one module; one of them has deprecated entries and aliases.
pub mod side_by_side {
    chat_errors::agora_errors!("catalogs/agora.toml");
    chat_errors::agora_errors!("catalogs/payments.toml");
}

/// The payments catalog through a build script and `include!` instead of the macro.
pub mod from_build_script {
    include!(concat!(env!("OUT_DIR"), "/payments.rs"));
}

/// A large synthetic catalog (3,000 codes), whose `from_name` uses a perfect hash.
pub mod large {
    include!(concat!(env!("OUT_DIR"), "/large.rs"));
}
