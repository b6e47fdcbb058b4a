//! What the catalog says of each entry besides its texts: other names, deprecation, docs URL,
//! flags and fields.

use core::fmt::Write as _;

use super::Context;
use crate::literal::Literal;
use crate::markdown::inline;
use crate::model::{Entry, Value};

pub(super) fn platforms(cx: &Context<'_>) -> String {
    format!(
        "
    /// The platforms whose own names [`platform_name`](Self::platform_name) gives.
    pub const PLATFORMS: &'static [&'static str] = &{:?};
",
        cx.catalog.platforms
    )
}

pub(super) fn aliases(cx: &Context<'_>) -> String {
    let body = cx.string_lists(|entry| &entry.aliases);
    format!(
        "
    /// The other names [`from_name`](Self::from_name) accepts for this entry.
    #[must_use]
    pub const fn aliases(self) -> &'static [&'static str] {{
        {body}
    }}
"
    )
}

/// `match platform { "ios" => match self { … }, … }`.
pub(super) fn platform_name(cx: &Context<'_>) -> String {
    let mut arms = String::new();
    for platform in &cx.catalog.platforms {
        let table = cx.optional_texts(|entry| entry.platform_name(platform));
        let _ = write!(arms, "\n            {platform:?} => {table},");
    }
    let body = if arms.is_empty() {
        "let _ = platform;\n        ::core::option::Option::None".to_owned()
    } else {
        format!(
            "match platform {{{arms}\n            _ => ::core::option::Option::None,\n        }}"
        )
    };
    format!(
        "
    /// What `platform` (one of [`PLATFORMS`](Self::PLATFORMS)) calls the entry, where that
    /// differs from [`name`](Self::name) and the catalog says; [`from_name`](Self::from_name)
    /// accepts it too.
    #[must_use]
    pub fn platform_name(self, platform: &str) -> ::core::option::Option<&'static str> {{
        {body}
    }}
"
    )
}

pub(super) fn deprecated(cx: &Context<'_>) -> String {
    let body = cx.optional_texts(|entry| entry.deprecated.as_deref());
    format!(
        "
    /// Why the entry is deprecated, if it is; its variant is then `#[deprecated]`.
    #[must_use]
    pub const fn deprecated(self) -> ::core::option::Option<&'static str> {{
        {body}
    }}
"
    )
}

pub(super) fn docs_url(cx: &Context<'_>) -> String {
    let body = match &cx.catalog.docs_url {
        Some(template) => cx.per_entry_option("&str", |entry| {
            Some(Literal(&entry.docs_url(template)).to_string())
        }),
        None => "::core::option::Option::None".to_owned(),
    };
    format!(
        "
    /// Where the entry is documented, from the catalog's `docs_url`; `None` without one.
    #[must_use]
    pub const fn docs_url(self) -> ::core::option::Option<&'static str> {{
        {body}
    }}
"
    )
}

pub(super) fn flags(cx: &Context<'_>) -> String {
    let body = cx.string_lists(|entry| &entry.flags);
    format!(
        "
    /// The names of the entry's flags; each has its own `is_…` method.
    #[must_use]
    pub const fn flags(self) -> &'static [&'static str] {{
        {body}
    }}
"
    )
}

/// `const fn is_<flag>(self) -> bool` for every flag the catalog declares.
pub(super) fn flag_predicates(cx: &Context<'_>) -> String {
    let mut out = String::new();
    for flag in &cx.catalog.flags {
        let doc = format!(
            "Whether the entry is flagged `{}`: {}",
            flag.name,
            inline(&flag.meaning)
        );
        let _ = write!(
            out,
            "
    #[doc = {doc:?}]
    #[must_use]
    pub const fn is_{name}(self) -> bool {{
        {body}
    }}
",
            name = flag.name,
            body = cx.matches_self(|entry| entry.flags.contains(&flag.name)),
        );
    }
    out
}

/// `const fn <field>(self) -> T` for every field the catalog declares: `T` for a required field,
/// `Option<T>` for another.
pub(super) fn field_lookups(cx: &Context<'_>) -> String {
    let mut out = String::new();
    for (index, field) in cx.catalog.fields.iter().enumerate() {
        let ty = field.ty.rust_type();
        let value = |entry: &Entry| entry.fields[index].as_ref().map(|value| value.literal());
        let (ty, body) = if field.ty.list {
            let items = |entry: &Entry| match entry.fields[index].as_ref()? {
                Value::List(items) => Some(items.iter().map(Value::literal).collect()),
                _ => None,
            };
            let item = field.ty.item.rust_type().replace("'static ", "");
            let body = cx.per_entry_list(&item, items, !field.required);
            let ty = if field.required {
                ty
            } else {
                format!("::core::option::Option<{ty}>")
            };
            (ty, body)
        } else if field.required {
            let body = cx.per_entry(&ty.replace("'static ", ""), value, "");
            (ty, body)
        } else {
            (
                format!("::core::option::Option<{ty}>"),
                cx.per_entry_option(&ty.replace("'static ", ""), value),
            )
        };
        let _ = write!(
            out,
            "
    #[doc = {doc:?}]
    #[must_use]
    pub const fn {name}(self) -> {ty} {{
        {body}
    }}
",
            doc = inline(&field.doc),
            name = field.name,
        );
    }
    out
}
