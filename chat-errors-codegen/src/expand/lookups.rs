//! `impl E`: the entry's code and name, and the lookups by code and by name.

use super::Context;
use crate::literal::Literal;
use crate::model::CodeType;

pub(super) fn all(cx: &Context<'_>) -> String {
    let enum_name = cx.enum_name();
    if cx.huge() {
        return format!(
            "
    /// Every code of the catalog, in catalog order: an iterator of values, as a catalog this
    /// large makes a slice cost rustc time in the square of its length.
    pub const ALL: {enum_name}All = {enum_name}All {{
        front: 0,
        back: {},
    }};
",
            cx.entries().len()
        );
    }
    let (values, count) = cx.array_of(|_| true);
    format!(
        "
    /// Every code of the catalog, in catalog order.
    pub const ALL: &'static [{enum_name}] = {{
        // A `static` is built once; a `const` array would be rebuilt wherever it is used.
        static ALL: [{enum_name}; {count}] = {values};
        &ALL
    }};
",
        enum_name = cx.enum_name()
    )
}

pub(super) fn code(cx: &Context<'_>) -> String {
    let body = match cx.catalog.code_type {
        _ if cx.entries().is_empty() => "match self {}".to_owned(),
        CodeType::Int(int) => format!("self as {}", int.name()),
        CodeType::String => cx.per_entry("&str", |entry| Some(entry.code.literal()), ""),
    };
    format!(
        "
    /// The code.
    #[must_use]
    pub const fn code(self) -> {} {{
        {body}
    }}
",
        cx.code_type()
    )
}

pub(super) fn name(cx: &Context<'_>) -> String {
    let body = cx.per_entry("&str", |entry| Some(Literal(&entry.name).to_string()), "");
    format!(
        "
    /// The SDK name, such as `\"NETWORK_ERROR\"`.
    #[must_use]
    pub const fn name(self) -> &'static str {{
        {body}
    }}
"
    )
}

pub(super) fn from_code(cx: &Context<'_>) -> String {
    let doc = "/// The entry with this code, or `None` for a code the catalog does not have.";
    match cx.catalog.code_type {
        CodeType::Int(int) if cx.huge() => format!(
            "
    {doc}
    #[must_use]
    pub const fn from_code(code: {int}) -> ::core::option::Option<Self> {{
        match Self::__index_of(code) {{
            ::core::option::Option::Some(index) => Self::__from_index(index),
            ::core::option::Option::None => ::core::option::Option::None,
        }}
    }}
",
            int = int.name(),
        ),
        CodeType::Int(int) => format!(
            "
    {doc}
    #[must_use]
    pub const fn from_code(code: {int}) -> ::core::option::Option<Self> {{
        {body}
    }}
",
            int = int.name(),
            body = crate::names::match_code(cx.catalog),
        ),
        CodeType::String => format!(
            "
    {doc}
    #[must_use]
    pub fn from_code(code: &str) -> ::core::option::Option<Self> {{
        {body}
    }}
",
            body = crate::names::from_str_code_body(cx.catalog, cx.huge()),
        ),
    }
}

pub(super) fn from_name(cx: &Context<'_>) -> String {
    format!(
        "
    /// The entry with this name, alias or platform name (exact match), or `None`.
    #[must_use]
    pub fn from_name(name: &str) -> ::core::option::Option<Self> {{
        {}
    }}
",
        crate::names::from_name_body(cx.catalog, cx.huge())
    )
}
