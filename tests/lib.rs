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

/// Codes beyond `i32`: `u32` codes with names as Windows spells them, and `i64` codes.
pub mod wide {
    chat_errors::agora_errors!("catalogs/wide_codes.toml");
    chat_errors::agora_errors!("catalogs/ledger_codes.toml");
}

/// PostgreSQL's SQLSTATE codes: string codes, lowercase condition names, classes as groups.
pub mod sqlstate {
    include!(concat!(env!("OUT_DIR"), "/sqlstate.rs"));
}

/// The IANA registry of HTTP status codes, as `u16` codes.
pub mod http {
    include!(concat!(env!("OUT_DIR"), "/http.rs"));
}

/// A large synthetic catalog (3,000 codes), whose `from_name` uses a perfect hash.
pub mod large {
    include!(concat!(env!("OUT_DIR"), "/large.rs"));
}

/// Huge synthetic catalogs (12,000 integer codes, 10,000 string codes): the shape without
/// `match`es of every code.
pub mod huge {
    include!(concat!(env!("OUT_DIR"), "/huge.rs"));
    include!(concat!(env!("OUT_DIR"), "/huge_strings.rs"));
}

/// MariaDB's error messages in 26 languages, their printf directives turned into arguments.
pub mod mariadb {
    include!(concat!(env!("OUT_DIR"), "/mariadb.rs"));
}

/// A service's catalog, its HTTP statuses and gRPC codes set on the catalog, on groups and on
/// some entries, and the errors the service tests' handlers fail with.
pub mod orders {
    extern crate alloc;

    use chat_errors::Error;

    chat_errors::agora_errors!("catalogs/orders.toml");

    /// What a handler answering `route` fails with: an entry with arguments (`order`, `stock`),
    /// one without (`quantity`), one without French texts (`warehouse`), a code the catalog does
    /// not know (`unknown`); `None` for any other route, which succeeds.
    pub fn failure(route: &str) -> Option<Error<OrderError>> {
        Some(match route {
            "order" => order_error::NoSuchOrder {
                order: "A17".into(),
            }
            .into(),
            "stock" => order_error::OutOfStock {
                item: "apples".into(),
                wanted: 5,
                left: 2,
            }
            .into(),
            "quantity" => OrderError::BadQuantity.into(),
            "warehouse" => OrderError::WarehouseDown.into(),
            "unknown" => Error::new(7777, "a newer server's error"),
            _ => return None,
        })
    }
}

/// String codes owned by prefixes, three languages, flags, arguments of every kind and texts with
/// quotes, braces and a dollar: the catalog the exports to other languages are tested with.
pub mod tickets {
    chat_errors::agora_errors!("catalogs/tickets.toml");
}
