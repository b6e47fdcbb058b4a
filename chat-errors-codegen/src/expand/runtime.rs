//! The impl of the runtime crate's `Catalog` trait (and of `Group` for the group enum), for an
//! expansion through `chat_errors::agora_errors!`: every method calls the enum's own, so the impl
//! is the same few lines whatever the catalog's size.

use super::Context;
use crate::literal::Literal;
use crate::model::CodeType;

/// The path the impls name the runtime crate's items by. The macro binds it to the runtime
/// crate's hidden module (`use $crate::__private as …;`), which `$crate` names however the user
/// renamed the dependency.
pub(crate) const RUNTIME: &str = "__chat_errors_runtime";

pub(super) fn catalog_impl(cx: &Context<'_>) -> String {
    let enum_name = cx.enum_name();
    let catalog = cx.catalog;
    let (code, code_ref) = match catalog.code_type {
        CodeType::Int(int) => (int.name().to_owned(), int.name()),
        CodeType::String => (format!("{RUNTIME}::String"), "&str"),
    };
    let all = if cx.huge() {
        "Self::ALL"
    } else {
        "Self::ALL.iter().copied()"
    };
    let flags: Vec<String> = catalog
        .flags
        .iter()
        .map(|flag| format!("({:?}, {})", flag.name, Literal(&flag.meaning)))
        .collect();
    let (group_type, group, group_of_code, group_impl) = if catalog.groups.is_empty() {
        (
            format!("{RUNTIME}::NoGroup"),
            "::core::option::Option::None".to_owned(),
            "let _ = code;\n        ::core::option::Option::None".to_owned(),
            String::new(),
        )
    } else {
        let group_enum = format!("{enum_name}Group");
        (
            group_enum.clone(),
            format!("::core::option::Option::Some({enum_name}::group(self))"),
            format!("{group_enum}::of_code(code)"),
            format!(
                "
#[automatically_derived]
impl {RUNTIME}::Group for {group_enum} {{
    const ALL: &'static [Self] = {group_enum}::ALL;
    fn name(self) -> &'static str {{
        {group_enum}::name(self)
    }}
    fn title(self) -> &'static str {{
        {group_enum}::title(self)
    }}
}}
"
            ),
        )
    };
    format!(
        "
#[automatically_derived]
impl {RUNTIME}::Catalog for {enum_name} {{
    type Code = {code};
    type Group = {group_type};
    const NAME: &'static str = {enum_name:?};
    const LANGUAGES: &'static [&'static str] = {enum_name}::LANGUAGES;
    const PLATFORMS: &'static [&'static str] = {enum_name}::PLATFORMS;
    const FLAGS: &'static [(&'static str, &'static str)] = &[{flags}];
    fn all() -> impl ::core::iter::ExactSizeIterator<Item = Self> + ::core::iter::DoubleEndedIterator {{
        {all}
    }}
    fn code(self) -> {code_ref_static} {{
        {enum_name}::code(self)
    }}
    fn from_code(code: {code_ref}) -> ::core::option::Option<Self> {{
        {enum_name}::from_code(code)
    }}
    fn from_name(name: &str) -> ::core::option::Option<Self> {{
        {enum_name}::from_name(name)
    }}
    fn name(self) -> &'static str {{
        {enum_name}::name(self)
    }}
    fn aliases(self) -> &'static [&'static str] {{
        {enum_name}::aliases(self)
    }}
    fn platform_name(self, platform: &str) -> ::core::option::Option<&'static str> {{
        {enum_name}::platform_name(self, platform)
    }}
    fn description(self) -> &'static str {{
        {enum_name}::description(self)
    }}
    fn description_in(self, tag: &str) -> ::core::option::Option<&'static str> {{
        {enum_name}::description_in(self, tag)
    }}
    fn cause(self) -> ::core::option::Option<&'static str> {{
        {enum_name}::cause(self)
    }}
    fn cause_in(self, tag: &str) -> ::core::option::Option<&'static str> {{
        {enum_name}::cause_in(self, tag)
    }}
    fn note(self) -> ::core::option::Option<&'static str> {{
        {enum_name}::note(self)
    }}
    fn note_in(self, tag: &str) -> ::core::option::Option<&'static str> {{
        {enum_name}::note_in(self, tag)
    }}
    fn deprecated(self) -> ::core::option::Option<&'static str> {{
        {enum_name}::deprecated(self)
    }}
    fn flags(self) -> &'static [&'static str] {{
        {enum_name}::flags(self)
    }}
    fn docs_url(self) -> ::core::option::Option<&'static str> {{
        {enum_name}::docs_url(self)
    }}
    fn group(self) -> ::core::option::Option<{group_type}> {{
        {group}
    }}
    fn group_of_code(code: {code_ref}) -> ::core::option::Option<{group_type}> {{
        {group_of_code}
    }}
    fn resolve_language(tag: &str) -> ::core::option::Option<&'static str> {{
        {enum_name}::resolve_language(tag)
    }}
    fn retired(code: {code_ref}) -> ::core::option::Option<{RUNTIME}::Retired> {{
        {enum_name}::retired(code).map(|retired| {RUNTIME}::Retired {{
            name: retired.name,
            reason: retired.reason,
            since: retired.since,
        }})
    }}
}}
{RUNTIME}::miette_impl!({enum_name});
{group_impl}",
        flags = flags.join(", "),
        code_ref_static = code_ref.replace('&', "&'static "),
    )
}
