//! The trait impls of the enum (`Debug`, `Display`, `Error`, the conversions) and the error types
//! of its conversions.

use super::Context;
use crate::generated;
use crate::model::CodeType;

/// What the error types of the conversions derive.
const VALUE_DERIVES: &str = "#[derive(
    ::core::fmt::Debug,
    ::core::clone::Clone,
    ::core::marker::Copy,
    ::core::cmp::PartialEq,
    ::core::cmp::Eq,
    ::core::hash::Hash,
)]";

/// `Debug` writes the variant's name, as the derive would. The variant is spelt from `name()` by
/// the rule that names it rather than from a table of its own: the derive generates a call per
/// variant (at 20,000 codes, 9.6 GB of a 10.1 GB build), a table as many strings again.
pub(super) fn debug_impl(cx: &Context<'_>) -> String {
    format!(
        "
#[automatically_derived]
impl ::core::fmt::Debug for {enum_name} {{
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {{
        {rt}::debug_variant(f, {enum_name}::{name}(*self))
    }}
}}
",
        enum_name = cx.enum_name(),
        rt = cx.rt,
        name = generated::NAME.name,
    )
}

pub(super) fn display_impl(cx: &Context<'_>) -> String {
    format!(
        "
#[automatically_derived]
impl ::core::fmt::Display for {enum_name} {{
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {{
        ::core::write!(
            f,
            \"{{}} {{}}: {{}}\",
            {enum_name}::code(*self),
            {enum_name}::name(*self),
            {enum_name}::description(*self)
        )
    }}
}}

#[automatically_derived]
impl ::core::error::Error for {enum_name} {{}}
",
        enum_name = cx.enum_name()
    )
}

/// `From<E> for T` and `TryFrom<T>` for integer codes of type `T`, `TryFrom<&str>` for string
/// codes; `FromStr` by name; `AsRef<str>`, the name.
pub(super) fn conversion_impls(cx: &Context<'_>) -> String {
    let enum_name = cx.enum_name();
    let by_code = match cx.catalog.code_type {
        CodeType::Int(int) => format!(
            "
#[automatically_derived]
impl ::core::convert::From<{enum_name}> for {int} {{
    fn from(code: {enum_name}) -> {int} {{
        code.code()
    }}
}}

#[automatically_derived]
impl ::core::convert::TryFrom<{int}> for {enum_name} {{
    type Error = Unknown{enum_name};

    fn try_from(code: {int}) -> ::core::result::Result<Self, Unknown{enum_name}> {{
        Self::from_code(code).ok_or(Unknown{enum_name}(code))
    }}
}}
",
            int = int.name()
        ),
        CodeType::String => format!(
            "
#[automatically_derived]
impl<'a> ::core::convert::TryFrom<&'a str> for {enum_name} {{
    type Error = Unknown{enum_name}<'a>;

    fn try_from(code: &'a str) -> ::core::result::Result<Self, Unknown{enum_name}<'a>> {{
        Self::from_code(code).ok_or(Unknown{enum_name}(code))
    }}
}}
"
        ),
    };
    format!(
        "{by_code}
#[automatically_derived]
impl ::core::str::FromStr for {enum_name} {{
    type Err = Unknown{enum_name}Name;

    fn from_str(name: &str) -> ::core::result::Result<Self, Unknown{enum_name}Name> {{
        Self::from_name(name).ok_or(Unknown{enum_name}Name(()))
    }}
}}

/// The name, as [`name`]({enum_name}::name) gives it.
#[automatically_derived]
impl ::core::convert::AsRef<str> for {enum_name} {{
    fn as_ref(&self) -> &str {{
        {enum_name}::name(*self)
    }}
}}
"
    )
}

/// `Unknown{E}`: the error of `TryFrom`, which keeps the code.
pub(super) fn unknown_code(cx: &Context<'_>) -> String {
    let enum_name = cx.enum_name();
    let vis = cx.vis;
    let (generics, code_type, from) = match cx.catalog.code_type {
        CodeType::Int(int) => ("", int.name(), int.name()),
        CodeType::String => ("<'a>", "&'a str", "&str"),
    };
    let doc = format!(
        "A code that is not in [`{enum_name}`]'s catalog: the error of its `TryFrom<{from}>`, which keeps the code."
    );
    format!(
        "
#[doc = {doc:?}]
{VALUE_DERIVES}
{vis} struct Unknown{enum_name}{generics}(pub {code_type});

#[automatically_derived]
impl{generics} ::core::fmt::Display for Unknown{enum_name}{generics} {{
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {{
        ::core::write!(f, \"unknown error code {{}}\", self.0)
    }}
}}

#[automatically_derived]
impl{generics} ::core::error::Error for Unknown{enum_name}{generics} {{}}
"
    )
}

/// `Unknown{E}Name`: the error of `FromStr`.
pub(super) fn unknown_name(cx: &Context<'_>) -> String {
    let enum_name = cx.enum_name();
    let vis = cx.vis;
    let doc = format!(
        "A name that is not a name, alias or platform name in [`{enum_name}`]'s catalog: the error of its `FromStr`."
    );
    format!(
        "
#[doc = {doc:?}]
{VALUE_DERIVES}
{vis} struct Unknown{enum_name}Name(());

#[automatically_derived]
impl ::core::fmt::Display for Unknown{enum_name}Name {{
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {{
        f.write_str(\"unknown error name\")
    }}
}}

#[automatically_derived]
impl ::core::error::Error for Unknown{enum_name}Name {{}}
"
    )
}
