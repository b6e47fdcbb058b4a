//! The impls a catalog opts into (`serde = true`, `miette = true`, or either behind a feature of
//! the invoking crate): they name the crate the user depends on, so no feature of `chat-errors`
//! adds an impl to a user's enum.

use super::Context;
use crate::model::{CodeType, IntType, OptIn};

/// `#[cfg(feature = "…")]` for an integration behind a feature, nothing for one that is always
/// on; `None` for one that is off.
fn cfg(opt_in: &OptIn) -> Option<String> {
    match opt_in {
        OptIn::Off => None,
        OptIn::On => Some(String::new()),
        OptIn::Feature(feature) => Some(format!("\n#[cfg(feature = {feature:?})]")),
    }
}

/// `Serialize` and `Deserialize` by code, when the catalog asks for them: an unknown code is an
/// error that quotes it.
pub(super) fn serde_impls(cx: &Context<'_>) -> String {
    let Some(cfg) = cfg(&cx.catalog.serde) else {
        return String::new();
    };
    let enum_name = cx.enum_name();
    let expecting = format!("a code of {enum_name}");
    let (serialize, deserialize) = match cx.catalog.code_type {
        CodeType::Int(int) => {
            let (unexpected, wide) = match int {
                IntType::U8 | IntType::U16 | IntType::U32 | IntType::U64 => ("Unsigned", "u64"),
                _ => ("Signed", "i64"),
            };
            (
                format!("serializer.serialize_{int}(Self::code(*self))", int = int.name()),
                format!(
                    "let code = <{int} as ::serde::Deserialize<'de>>::deserialize(deserializer)?;
        Self::from_code(code).ok_or_else(|| {{
            <D::Error as ::serde::de::Error>::invalid_value(
                ::serde::de::Unexpected::{unexpected}({wide}::from(code)),
                &{expecting:?},
            )
        }})",
                    int = int.name()
                ),
            )
        }
        CodeType::String => (
            "serializer.serialize_str(Self::code(*self))".to_owned(),
            format!(
                "struct Code;
        impl<'de> ::serde::de::Visitor<'de> for Code {{
            type Value = {enum_name};

            fn expecting(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {{
                f.write_str({expecting:?})
            }}

            fn visit_str<E: ::serde::de::Error>(self, code: &str) -> ::core::result::Result<{enum_name}, E> {{
                {enum_name}::from_code(code)
                    .ok_or_else(|| E::invalid_value(::serde::de::Unexpected::Str(code), &self))
            }}
        }}
        deserializer.deserialize_str(Code)"
            ),
        ),
    };
    // In a block of its own: a crate that expands the catalog without having the feature is not
    // wrong, and the `allow` must sit on an item that the `cfg` does not remove.
    format!(
        "
#[allow(unexpected_cfgs)]
const _: () = {{{cfg}
#[automatically_derived]
impl ::serde::Serialize for {enum_name} {{
    fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error> {{
        {serialize}
    }}
}}
{cfg}
#[automatically_derived]
impl<'de> ::serde::Deserialize<'de> for {enum_name} {{
    fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> ::core::result::Result<Self, D::Error> {{
        {deserialize}
    }}
}}
}};
"
    )
}

/// `miette::Diagnostic`, when the catalog asks for it: the code and name as the diagnostic's
/// code, the cause as its help, the docs URL as its URL, by the runtime crate's functions.
pub(super) fn miette_impl(cx: &Context<'_>) -> String {
    let Some(cfg) = cfg(&cx.catalog.miette) else {
        return String::new();
    };
    let (enum_name, rt) = (cx.enum_name(), &cx.rt);
    let method = |name: &str| {
        format!(
            "
    fn {name}<'a>(&'a self) -> ::core::option::Option<{rt}::Box<dyn ::core::fmt::Display + 'a>> {{
        {rt}::diagnostic::{name}(*self)
    }}"
        )
    };
    format!(
        "
#[allow(unexpected_cfgs)]
const _: () = {{{cfg}
#[automatically_derived]
impl ::miette::Diagnostic for {enum_name} {{{}{}{}
}}
}};
",
        method("code"),
        method("help"),
        method("url"),
    )
}
