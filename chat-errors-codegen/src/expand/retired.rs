//! Codes that are entries no more: their record type, `RETIRED` and `retired(code)`.

use core::fmt::Write as _;

use super::Context;
use crate::generated;
use crate::literal::Literal;
use crate::model::CodeType;

/// `{E}Retired`, `E::RETIRED` and `E::retired(code)`: the codes that are entries no more.
pub(super) fn retired(cx: &Context<'_>) -> String {
    let enum_name = cx.enum_name();
    let code_type = cx.code_type();
    let mut records = String::new();
    for retired in &cx.catalog.retired {
        let since = match &retired.since {
            Some(since) => format!("::core::option::Option::Some({})", Literal(since)),
            None => "::core::option::Option::None".to_owned(),
        };
        let _ = write!(
            records,
            "\n        {enum_name}Retired {{ code: {}, name: {}, reason: {}, since: {since} }},",
            retired.code.literal(),
            Literal(&retired.name),
            Literal(&retired.reason),
        );
    }
    let (signature, body) = match cx.catalog.code_type {
        CodeType::Int(int) => (
            format!(
                "pub const fn {name}(code: {}) -> ::core::option::Option<&'static {enum_name}Retired>",
                int.name(),
                name = generated::RETIRED_OF.name,
            ),
            format!(
                "let mut index = 0;
        while index < Self::{table}.len() {{
            if Self::{table}[index].code == code {{
                return ::core::option::Option::Some(&Self::{table}[index]);
            }}
            index += 1;
        }}
        ::core::option::Option::None",
                table = generated::RETIRED.name,
            ),
        ),
        CodeType::String => (
            format!(
                "pub fn {name}(code: &str) -> ::core::option::Option<&'static {enum_name}Retired>",
                name = generated::RETIRED_OF.name,
            ),
            format!(
                "Self::{}.iter().find(|retired| retired.code == code)",
                generated::RETIRED.name
            ),
        ),
    };
    format!(
        "
/// A code that [`{enum_name}`]'s catalog retired: no variant has it, and no entry may take its
/// code or name again.
#[derive(::core::fmt::Debug, ::core::clone::Clone, ::core::marker::Copy, ::core::cmp::PartialEq, ::core::cmp::Eq, ::core::hash::Hash)]
{vis} struct {enum_name}Retired {{
    /// The code it had.
    pub code: {code_type},
    /// The name it had.
    pub name: &'static str,
    /// Why it is no entry any more.
    pub reason: &'static str,
    /// The version it was retired in, where the catalog says.
    pub since: ::core::option::Option<&'static str>,
}}

impl {enum_name} {{
    /// The codes that are entries no more, in catalog order: their codes and names stay
    /// reserved, and [`from_code`](Self::from_code) gives `None` for them.
    pub const {table}: &'static [{enum_name}Retired] = &[{records}
    ];

    /// The retired code `code`, with its name and the reason, or `None` when it is not one.
    #[must_use]
    {signature} {{
        {body}
    }}
}}
",
        vis = cx.vis,
        table = generated::RETIRED.name,
    )
}
