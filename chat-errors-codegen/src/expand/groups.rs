//! The group enum, `group()`, and the group of any code by the groups' ranges or prefixes.

use core::fmt::Write as _;

use super::Context;
use super::enum_def::{ENUM_DERIVES, non_exhaustive};
use crate::generated;
use crate::literal::Literal;
use crate::markdown::inline;
use crate::model::CodeType;

/// `{E}Group` and `{E}::group()`, when the catalog declares groups.
pub(super) fn groups(cx: &Context<'_>) -> String {
    let catalog = cx.catalog;
    if catalog.groups.is_empty() {
        return String::new();
    }
    let enum_name = cx.enum_name();
    let group_enum = format!("{enum_name}Group");
    let mut variants = String::new();
    let mut names = String::new();
    let mut titles = String::new();
    for group in &catalog.groups {
        let variant = &group.variant;
        let mut doc = inline(&group.title);
        if let Some(text) = &group.doc {
            doc.push_str("\n\n");
            doc.push_str(text);
        }
        if let Some(owned) = group.owned() {
            let _ = write!(doc, "\n\nOwns the codes {}, listed or not.", inline(&owned));
        }
        let _ = write!(variants, "\n    #[doc = {doc:?}]\n    {variant},");
        let _ = write!(names, "\n            Self::{variant} => {:?},", group.name);
        let _ = write!(
            titles,
            "\n            Self::{variant} => {:?},",
            group.title
        );
    }
    let codes = group_codes(cx);
    let of_code = group_of_code(cx);
    let all: Vec<String> = catalog
        .groups
        .iter()
        .map(|group| format!("Self::{}", group.variant))
        .collect();
    let group_of = cx.per_entry(
        &group_enum,
        &|entry| Some(format!("{group_enum}::{}", catalog.group(entry)?.variant)),
        "::core::unreachable!()",
    );
    let doc = format!("The groups of [`{enum_name}`]'s codes; see [`{enum_name}::group`].");
    format!(
        "
#[doc = {doc:?}]{non_exhaustive}
{ENUM_DERIVES}
#[derive(::core::fmt::Debug)]
{vis} enum {group_enum} {{{variants}
}}

impl {group_enum} {{
    /// Every group, in catalog order.
    pub const ALL: &'static [{group_enum}] = &[{all}];

    /// The group's name in the catalog, such as `{first_name:?}`.
    #[must_use]
    pub const fn name(self) -> &'static str {{
        match self {{{names}
        }}
    }}

    /// The group's title, as the docs head it.
    #[must_use]
    pub const fn title(self) -> &'static str {{
        match self {{{titles}
        }}
    }}

    /// The codes in the group, in catalog order.
    #[must_use]
    pub const fn codes(self) -> {rt}::Codes<{enum_name}> {{
        {codes}
    }}
{of_code}
}}

#[automatically_derived]
impl ::core::fmt::Display for {group_enum} {{
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {{
        f.write_str({group_enum}::title(*self))
    }}
}}

#[allow(deprecated)]
impl {enum_name} {{
    /// The group the entry belongs to.
    #[must_use]
    pub const fn {group_fn}(self) -> {group_enum} {{
        {group_of}
    }}
}}
",
        first_name = catalog.groups[0].name,
        rt = cx.rt,
        group_fn = generated::GROUP.name,
        all = all.join(", "),
        non_exhaustive = non_exhaustive(cx),
        vis = cx.vis,
    )
}

/// `of_code` of the group enum: the groups' ranges or prefixes first, so a code the catalog
/// does not list still has a group, then the group of the entry with the code.
pub(super) fn group_of_code(cx: &Context<'_>) -> String {
    let enum_name = cx.enum_name();
    let groups = &cx.catalog.groups;
    // `Option::map` is no `const fn`.
    let by_entry = format!(
        "match {enum_name}::from_code(code) {{
            ::core::option::Option::Some(entry) => ::core::option::Option::Some(entry.group()),
            ::core::option::Option::None => ::core::option::Option::None,
        }}"
    );
    let doc =
        "/// The group of any code, listed or not: the group that owns it by its codes, or else the
    /// group of the catalog's entry with it. `None` for a code neither gives a group.";
    match cx.catalog.code_type {
        CodeType::Int(int) => {
            let mut arms = String::new();
            for group in groups.iter().filter(|group| !group.ranges.is_empty()) {
                let patterns: Vec<String> = group
                    .ranges
                    .iter()
                    .map(|(low, high)| format!("{low}..={high}"))
                    .collect();
                let _ = write!(
                    arms,
                    "\n            {} => Self::{},",
                    patterns.join(" | "),
                    group.variant
                );
            }
            let body = if arms.is_empty() {
                by_entry
            } else {
                format!(
                    "::core::option::Option::Some(match code {{{arms}
            _ => return {by_entry},
        }})"
                )
            };
            format!(
                "
    {doc}
    #[must_use]
    pub const fn of_code(code: {int}) -> ::core::option::Option<Self> {{
        {body}
    }}",
                int = int.name()
            )
        }
        CodeType::String => {
            let mut tests = String::new();
            for group in groups {
                if let Some(prefix) = &group.prefix {
                    let _ = write!(
                        tests,
                        "
        if code.as_bytes().starts_with({}.as_bytes()) {{
            return ::core::option::Option::Some(Self::{});
        }}",
                        Literal(prefix),
                        group.variant
                    );
                }
            }
            format!(
                "
    {doc}
    #[must_use]
    pub fn of_code(code: &str) -> ::core::option::Option<Self> {{{tests}
        {enum_name}::from_code(code).map({enum_name}::group)
    }}"
            )
        }
    }
}

/// The body of the group enum's `codes()`: a group whose entries follow each other in the
/// catalog is a run of `ALL`; another lists its entries' places, a table of integers that rustc
/// checks in no time, unlike one of enum values.
fn group_codes(cx: &Context<'_>) -> String {
    let mut arms = String::new();
    for (index, group) in cx.catalog.groups.iter().enumerate() {
        let places: Vec<usize> = cx
            .entries()
            .iter()
            .enumerate()
            .filter(|(_, entry)| entry.group == Some(index))
            .map(|(place, _)| place)
            .collect();
        let codes = match (places.first(), places.last()) {
            (Some(&first), Some(&last)) if last - first + 1 == places.len() => {
                format!("{}::Codes::__run({first}, {})", cx.rt, last + 1)
            }
            _ => {
                let places: Vec<String> = places.iter().map(ToString::to_string).collect();
                format!("{}::Codes::__listed(&[{}])", cx.rt, places.join(", "))
            }
        };
        let _ = write!(arms, "\n            Self::{} => {codes},", group.variant);
    }
    format!("match self {{{arms}\n        }}")
}
