//! The impl of the runtime crate's `Catalog` trait (and of `Group` for the group enum): every
//! method forwards to the enum's own of the same name, so the impl is the same few lines whatever
//! the catalog's size.

use core::fmt::Write as _;

use super::Context;
use crate::generated::{self, Item, Kind};

pub(super) fn catalog_impl(cx: &Context<'_>) -> String {
    let (enum_name, rt) = (cx.enum_name(), &cx.rt);
    let catalog = cx.catalog;
    let code_type = catalog.code_type;
    let code = match code_type {
        crate::model::CodeType::Int(int) => int.name().to_owned(),
        crate::model::CodeType::String => format!("{rt}::String"),
    };
    let (code_ref, code_ref_static) = (code_type.parameter_type(), code_type.rust_type());
    let group_enum = format!("{enum_name}Group");
    let has_groups = !catalog.groups.is_empty();
    let group_type = if has_groups {
        group_enum.clone()
    } else {
        format!("{rt}::NoGroup")
    };
    let mut items = String::new();
    for item in generated::ITEMS.iter().filter(|item| item.in_trait) {
        let _ = write!(
            items,
            "{}",
            forward(cx, *item, code_ref, code_ref_static, &group_type)
        );
    }
    let group_of_code = if has_groups {
        format!("{group_enum}::of_code(code)")
    } else {
        "let _ = code;\n        ::core::option::Option::None".to_owned()
    };
    let group_impl = if has_groups {
        format!(
            "
#[automatically_derived]
impl {rt}::Sealed for {group_enum} {{}}

#[automatically_derived]
impl {rt}::Group for {group_enum} {{
    const ALL: &'static [Self] = {group_enum}::ALL;
    fn name(self) -> &'static str {{
        {group_enum}::name(self)
    }}
    fn title(self) -> &'static str {{
        {group_enum}::title(self)
    }}
}}
"
        )
    } else {
        String::new()
    };
    format!(
        "
#[automatically_derived]
impl {rt}::Sealed for {enum_name} {{}}

#[automatically_derived]
#[allow(deprecated)]
impl {rt}::Catalog for {enum_name} {{
    type Code = {code};
    type Group = {group_type};
    const NAME: &'static str = {enum_name:?};{items}
    fn group_of_code(code: {code_ref}) -> ::core::option::Option<{group_type}> {{
        {group_of_code}
    }}
    fn __from_index(index: usize) -> ::core::option::Option<Self> {{
        {enum_name}::__from_index(index)
    }}
    fn __template(self, language: &str) -> ::core::option::Option<&'static [{rt}::Segment]> {{
        {enum_name}::__template(self, language)
    }}
}}
{group_impl}"
    )
}

/// The trait's item `item`, forwarding to the enum's own.
fn forward(
    cx: &Context<'_>,
    item: Item,
    code_ref: &str,
    code_ref_static: &str,
    group_type: &str,
) -> String {
    let (enum_name, rt, name) = (cx.enum_name(), &cx.rt, item.name);
    let texts = "::core::option::Option<&'static str>";
    if item.kind == Kind::Const {
        let ty = match item {
            generated::ALL => format!("{rt}::Codes<Self>"),
            generated::FLAGS => "&'static [(&'static str, &'static str)]".to_owned(),
            generated::DOMAIN => "::core::option::Option<&'static str>".to_owned(),
            generated::STAMP => "&'static str".to_owned(),
            _ => "&'static [&'static str]".to_owned(),
        };
        return format!("\n    const {name}: {ty} = {enum_name}::{name};");
    }
    let (signature, call) = match item {
        generated::CODE => (format!("(self) -> {code_ref_static}"), "(self)"),
        generated::FROM_CODE => (
            format!("(code: {code_ref}) -> ::core::option::Option<Self>"),
            "(code)",
        ),
        generated::FROM_NAME => (
            "(name: &str) -> ::core::option::Option<Self>".to_owned(),
            "(name)",
        ),
        generated::NAME | generated::DESCRIPTION => ("(self) -> &'static str".to_owned(), "(self)"),
        generated::ALIASES | generated::FLAGS_OF => {
            ("(self) -> &'static [&'static str]".to_owned(), "(self)")
        }
        generated::CAUSE
        | generated::NOTE
        | generated::DEPRECATED
        | generated::DOCS_URL
        | generated::PROBLEM_TYPE => (format!("(self) -> {texts}"), "(self)"),
        generated::HTTP_STATUS => ("(self) -> ::core::option::Option<u16>".to_owned(), "(self)"),
        generated::GRPC_CODE => (
            format!("(self) -> ::core::option::Option<{rt}::GrpcCode>"),
            "(self)",
        ),
        generated::DESCRIPTION_IN | generated::CAUSE_IN | generated::NOTE_IN => {
            (format!("(self, tag: &str) -> {texts}"), "(self, tag)")
        }
        generated::PLATFORM_NAME => (
            format!("(self, platform: &str) -> {texts}"),
            "(self, platform)",
        ),
        generated::RESOLVE_LANGUAGE => (format!("(tag: &str) -> {texts}"), "(tag)"),
        generated::ARGS => (format!("(self) -> &'static [{rt}::Arg]"), "(self)"),
        generated::GROUP => {
            let body = if cx.catalog.groups.is_empty() {
                "::core::option::Option::None".to_owned()
            } else {
                format!("::core::option::Option::Some({enum_name}::{name}(self))")
            };
            return format!(
                "
    fn {name}(self) -> ::core::option::Option<{group_type}> {{
        {body}
    }}"
            );
        }
        generated::RETIRED_OF => {
            return format!(
                "
    fn {name}(code: {code_ref}) -> ::core::option::Option<{rt}::Retired> {{
        {enum_name}::{name}(code).map(|retired| {rt}::Retired {{
            name: retired.name,
            reason: retired.reason,
            since: retired.since,
        }})
    }}"
            );
        }
        other => unreachable!("the trait has no item `{}`", other.name),
    };
    format!(
        "
    fn {name}{signature} {{
        {enum_name}::{name}{call}
    }}"
    )
}
