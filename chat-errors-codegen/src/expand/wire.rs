//! What an error is on the wire: `DOMAIN`, `http_status`, `grpc_code` and `problem_type`. A
//! value the catalog gives on `[catalog]` is the lookup's `_` arm, so only entries (and groups'
//! entries) that differ from it have arms of their own.

use super::Context;
use crate::generated;
use crate::literal::Literal;
use crate::model::Entry;

/// `DOMAIN`: the catalog's AIP-193 domain.
pub(super) fn domain(cx: &Context<'_>) -> String {
    let value = match &cx.catalog.domain {
        Some(domain) => format!("::core::option::Option::Some({})", Literal(domain)),
        None => "::core::option::Option::None".to_owned(),
    };
    format!(
        "
    /// The domain of the catalog's errors, as AIP-193's `ErrorInfo.domain` names it.
    pub const {name}: ::core::option::Option<&'static str> = {value};
",
        name = generated::DOMAIN.name,
    )
}

/// `STAMP`: what a client generated from the same catalog compares its own with.
pub(super) fn stamp(cx: &Context<'_>) -> String {
    format!(
        "
    /// The catalog's stamp: the enum's name and a hash of its content. Every export of the
    /// catalog to another language (`chat-errors export`) carries the same, so a client and this
    /// server can check that they were generated from the same catalog.
    pub const {name}: &'static str = {value};
",
        name = generated::STAMP.name,
        value = Literal(&cx.catalog.stamp()),
    )
}

/// `http_status` and `grpc_code`.
pub(super) fn lookups(cx: &Context<'_>) -> String {
    let catalog = cx.catalog;
    let http_status = resolved(
        cx,
        "u16",
        catalog.wire.http_status.map(|status| status.to_string()),
        &|entry| Some(catalog.wire(entry).http_status?.to_string()),
    );
    let grpc = |code: crate::GrpcCode| format!("{}::GrpcCode::{code:?}", cx.rt);
    let grpc_code = resolved(
        cx,
        &format!("{}::GrpcCode", cx.rt),
        catalog.wire.grpc_code.map(grpc),
        &|entry| Some(grpc(catalog.wire(entry).grpc_code?)),
    );
    format!(
        "
    /// The HTTP status of the entry's errors: the entry's `http_status`, else its group's, else
    /// the catalog's; `None` where none is given.
    #[must_use]
    pub const fn {http_status_name}(self) -> ::core::option::Option<u16> {{
        {http_status}
    }}

    /// The gRPC status code of the entry's errors: the entry's `grpc_code`, else its group's,
    /// else the catalog's; `None` where none is given.
    #[must_use]
    pub const fn {grpc_code_name}(self) -> ::core::option::Option<{rt}::GrpcCode> {{
        {grpc_code}
    }}
",
        http_status_name = generated::HTTP_STATUS.name,
        grpc_code_name = generated::GRPC_CODE.name,
        rt = cx.rt,
    )
}

/// A value every entry resolves to from its own, its group's or the catalog's (`default`): one
/// `Some` around a lookup whose `_` arm is the catalog's, or a lookup that can miss where the
/// catalog gives none.
fn resolved(
    cx: &Context<'_>,
    ty: &str,
    default: Option<String>,
    value: &dyn Fn(&Entry) -> Option<String>,
) -> String {
    match default {
        Some(default) => {
            let differs = |entry: &Entry| value(entry).filter(|value| *value != default);
            format!(
                "::core::option::Option::Some({})",
                cx.per_entry(ty, &differs, &default)
            )
        }
        None => cx.per_entry_option(ty, value),
    }
}

/// `problem_type`: the catalog's template filled in, or else the docs URL.
pub(super) fn problem_type(cx: &Context<'_>) -> String {
    let body = match &cx.catalog.problem_type {
        Some(template) => cx.per_entry_option("&str", &|entry| {
            Some(Literal(&entry.docs_url(template)).to_string())
        }),
        None => format!("Self::{}(self)", generated::DOCS_URL.name),
    };
    format!(
        "
    /// The URI that identifies the entry's errors as RFC 9457 problems (their `type`): the
    /// catalog's `problem_type` filled in, else the docs URL; `None` without either.
    #[must_use]
    pub const fn {name}(self) -> ::core::option::Option<&'static str> {{
        {body}
    }}
",
        name = generated::PROBLEM_TYPE.name,
    )
}
