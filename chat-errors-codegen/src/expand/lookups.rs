//! `impl E`: every entry, the entry's code and name, and the lookups by code, by name and by the
//! entry's place in the catalog.

use core::fmt::Write as _;

use super::{CHUNK, Context};
use crate::generated;
use crate::literal::Literal;
use crate::model::CodeType;

pub(super) fn all(cx: &Context<'_>) -> String {
    format!(
        "
    /// Every entry of the catalog, in catalog order.
    pub const {name}: {rt}::Codes<{enum_name}> = {rt}::Codes::__run(0, {count});
",
        name = generated::ALL.name,
        rt = cx.rt,
        enum_name = cx.enum_name(),
        count = cx.entries().len(),
    )
}

pub(super) fn code(cx: &Context<'_>) -> String {
    let body = match cx.catalog.code_type {
        _ if cx.entries().is_empty() => "match self {}".to_owned(),
        CodeType::Int(int) => format!("self as {}", int.name()),
        CodeType::String => cx.per_entry("&str", &|entry| Some(entry.code.literal()), ""),
    };
    let mut doc = String::from("The code");
    if let Some(entry) = cx.entries().first() {
        let _ = write!(
            doc,
            ": `{}` for [`{variant}`](Self::{variant})",
            entry.code.literal(),
            variant = entry.variant
        );
    }
    format!(
        "
    #[doc = {doc:?}]
    #[must_use]
    pub const fn {name}(self) -> {ty} {{
        {body}
    }}
",
        doc = doc + ".",
        name = generated::CODE.name,
        ty = cx.catalog.code_type.rust_type(),
    )
}

pub(super) fn name(cx: &Context<'_>) -> String {
    let body = cx.per_entry("&str", &|entry| Some(Literal(&entry.name).to_string()), "");
    let mut doc = String::from("The name");
    if let Some(entry) = cx.entries().first() {
        let _ = write!(
            doc,
            ": `{:?}` for [`{variant}`](Self::{variant})",
            entry.name,
            variant = entry.variant
        );
    }
    format!(
        "
    #[doc = {doc:?}]
    #[must_use]
    pub const fn {name}(self) -> &'static str {{
        {body}
    }}
",
        doc = doc + ".",
        name = generated::NAME.name,
    )
}

pub(super) fn from_code(cx: &Context<'_>) -> String {
    let doc = "/// The entry with this code, or `None` for a code the catalog does not have.";
    let name = generated::FROM_CODE.name;
    match cx.catalog.code_type {
        CodeType::Int(int) if cx.huge() => format!(
            "
    {doc}
    #[must_use]
    pub const fn {name}(code: {int}) -> ::core::option::Option<Self> {{
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
    pub const fn {name}(code: {int}) -> ::core::option::Option<Self> {{
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
    pub fn {name}(code: &str) -> ::core::option::Option<Self> {{
        {body}
    }}
",
            body = crate::names::from_str_code_body(cx.catalog, &cx.rt),
        ),
    }
}

pub(super) fn from_name(cx: &Context<'_>) -> String {
    format!(
        "
    /// The entry with this name, alias or platform name (exact match), or `None`.
    #[must_use]
    pub fn {name}(name: &str) -> ::core::option::Option<Self> {{
        {body}
    }}
",
        name = generated::FROM_NAME.name,
        body = crate::names::from_name_body(cx.catalog, &cx.rt),
    )
}

/// `__from_index(index)`: the entry at an index of the catalog, through which `ALL`, a group's
/// codes and the hashed lookups turn a place into a value. Never a static table of enum values,
/// which rustc validates in time that grows with the square of its length: below [`HUGE`](super::HUGE) codes,
/// integer codes are a table of integers that `from_code` turns into entries; other catalogs, and
/// huge ones whose `from_code` comes here, a function per [`CHUNK`] entries.
pub(super) fn from_index(cx: &Context<'_>) -> String {
    let enum_name = cx.enum_name();
    if let (CodeType::Int(int), false) = (cx.catalog.code_type, cx.huge()) {
        let mut codes = String::with_capacity(cx.entries().len() * 8);
        for entry in cx.entries() {
            let _ = write!(codes, "{},", entry.code.literal());
        }
        return format!(
            "
    const fn __from_index(index: usize) -> ::core::option::Option<Self> {{
        static CODES: [{int}; {count}] = [{codes}];
        if index < CODES.len() {{
            Self::{from_code}(CODES[index])
        }} else {{
            ::core::option::Option::None
        }}
    }}
",
            int = int.name(),
            count = cx.entries().len(),
            from_code = generated::FROM_CODE.name,
        );
    }
    let mut chunks = String::new();
    let mut dispatch = String::new();
    for (chunk, entries) in cx.entries().chunks(CHUNK).enumerate() {
        let body = crate::names::some_match(
            "offset",
            enum_name,
            entries
                .iter()
                .enumerate()
                .map(|(offset, entry)| (offset.to_string(), entry.variant.as_str())),
        );
        let _ = write!(
            chunks,
            "\n        const fn chunk_{chunk}(offset: usize) -> ::core::option::Option<{enum_name}> {{\n{body}\n}}"
        );
        let _ = write!(
            dispatch,
            "\n            {chunk} => chunk_{chunk}(index % {CHUNK}),"
        );
    }
    format!(
        "
    const fn __from_index(index: usize) -> ::core::option::Option<Self> {{{chunks}
        match index / {CHUNK} {{{dispatch}
            _ => ::core::option::Option::None,
        }}
    }}
"
    )
}
