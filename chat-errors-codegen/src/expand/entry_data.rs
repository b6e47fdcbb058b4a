//! What the catalog says of each entry besides its texts: other names, deprecation, docs URL,
//! flags and fields.

use core::fmt::Write as _;

use super::Context;
use crate::generated::{self, FLAG_PREFIX};
use crate::literal::Literal;
use crate::markdown::inline;
use crate::model::{Entry, Value};

pub(super) fn platforms(cx: &Context<'_>) -> String {
    format!(
        "
    /// The platforms whose own names [`{platform_name}`](Self::{platform_name}) gives.
    pub const {name}: &'static [&'static str] = &{platforms:?};
",
        name = generated::PLATFORMS.name,
        platform_name = generated::PLATFORM_NAME.name,
        platforms = cx.catalog.platforms,
    )
}

/// `FLAGS`: every flag the catalog declares, with what it means.
pub(super) fn flag_table(cx: &Context<'_>) -> String {
    let flags: Vec<String> = cx
        .catalog
        .flags
        .iter()
        .map(|flag| format!("({:?}, {})", flag.name, Literal(&flag.meaning)))
        .collect();
    format!(
        "
    /// Every flag the catalog declares, with what it means for the caller.
    pub const {name}: &'static [(&'static str, &'static str)] = &[{flags}];
",
        name = generated::FLAGS.name,
        flags = flags.join(", "),
    )
}

pub(super) fn aliases(cx: &Context<'_>) -> String {
    let body = cx.string_lists(&|entry| &entry.aliases);
    format!(
        "
    /// The other names [`{from_name}`](Self::{from_name}) accepts for this entry.
    #[must_use]
    pub const fn {name}(self) -> &'static [&'static str] {{
        {body}
    }}
",
        name = generated::ALIASES.name,
        from_name = generated::FROM_NAME.name,
    )
}

/// `match platform { "ios" => match self { … }, … }`.
pub(super) fn platform_name(cx: &Context<'_>) -> String {
    let mut arms = String::new();
    for platform in &cx.catalog.platforms {
        let table = cx.optional_texts(&|entry| entry.platform_name(platform));
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
    /// What `platform` (one of [`{platforms}`](Self::{platforms})) calls the entry, where that
    /// differs from [`{name_fn}`](Self::{name_fn}) and the catalog says;
    /// [`{from_name}`](Self::{from_name}) accepts it too.
    #[must_use]
    pub fn {name}(self, platform: &str) -> ::core::option::Option<&'static str> {{
        {body}
    }}
",
        name = generated::PLATFORM_NAME.name,
        platforms = generated::PLATFORMS.name,
        name_fn = generated::NAME.name,
        from_name = generated::FROM_NAME.name,
    )
}

pub(super) fn deprecated(cx: &Context<'_>) -> String {
    let body = cx.optional_texts(&|entry| entry.deprecated.as_deref());
    format!(
        "
    /// Why the entry is deprecated, if it is; its variant is then `#[deprecated]`.
    #[must_use]
    pub const fn {name}(self) -> ::core::option::Option<&'static str> {{
        {body}
    }}
",
        name = generated::DEPRECATED.name,
    )
}

pub(super) fn docs_url(cx: &Context<'_>) -> String {
    let body = match &cx.catalog.docs_url {
        Some(template) => cx.per_entry_option("&str", &|entry| {
            Some(Literal(&entry.docs_url(template)).to_string())
        }),
        None => "::core::option::Option::None".to_owned(),
    };
    format!(
        "
    /// Where the entry is documented, from the catalog's `docs_url`; `None` without one.
    #[must_use]
    pub const fn {name}(self) -> ::core::option::Option<&'static str> {{
        {body}
    }}
",
        name = generated::DOCS_URL.name,
    )
}

pub(super) fn flags(cx: &Context<'_>) -> String {
    let body = cx.string_lists(&|entry| &entry.flags);
    format!(
        "
    /// The names of the entry's flags; each has its own `{FLAG_PREFIX}…` method.
    #[must_use]
    pub const fn {name}(self) -> &'static [&'static str] {{
        {body}
    }}
",
        name = generated::FLAGS_OF.name,
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
    pub const fn {FLAG_PREFIX}{name}(self) -> bool {{
        {body}
    }}
",
            name = flag.name,
            body = cx.matches_self(&|entry| entry.flags.contains(&flag.name)),
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
            let body = cx.per_entry_list(field.ty.item.static_type(), &items, !field.required);
            let ty = if field.required {
                ty
            } else {
                format!("::core::option::Option<{ty}>")
            };
            (ty, body)
        } else if field.required {
            let body = cx.per_entry(field.ty.item.static_type(), &value, "");
            (ty, body)
        } else {
            (
                format!("::core::option::Option<{ty}>"),
                cx.per_entry_option(field.ty.item.static_type(), &value),
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
