//! Texts in every language, and how a language tag finds one.

use core::fmt::Write as _;

use super::{Context, text_in};
use crate::generated::{self, Item};
use crate::literal::Literal;
use crate::model::{Entry, Texts};
use crate::runtime;

pub(super) fn languages(cx: &Context<'_>) -> String {
    format!(
        "
    /// Every language tag the catalog's texts use, the default language first.
    pub const {}: &'static [&'static str] = &{:?};
",
        generated::LANGUAGES.name,
        cx.catalog.languages
    )
}

pub(super) fn resolve_language(cx: &Context<'_>) -> String {
    let languages = &cx.catalog.languages;
    let (negotiate, likely) = if runtime::needs_likely(languages) {
        (
            "negotiate_likely",
            " Then, by CLDR's likely subtags, a catalog language of the same language and script, \
             the same region first.",
        )
    } else {
        ("negotiate", "")
    };
    let doc = format!(
        "The catalog language (one of {}) that a language tag asks for, as apps and browsers \
         write tags: the tag in any letter case and with `-` or `_`, then ever shorter prefixes{}.\
         {likely} A `;q=` weight is ignored. `None` when no catalog language matches.",
        code_list(languages),
        example_tags(languages),
    );
    format!(
        "
    #[doc = {doc:?}]
    #[must_use]
    pub fn {name}(tag: &str) -> ::core::option::Option<&'static str> {{
        {rt}::{negotiate}(Self::{languages_const}, tag)
    }}
",
        name = generated::RESOLVE_LANGUAGE.name,
        rt = cx.rt,
        languages_const = generated::LANGUAGES.name,
    )
}

/// `` `zh`, `en` ``.
fn code_list(items: &[String]) -> String {
    let items: Vec<String> = items.iter().map(|item| format!("`{item}`")).collect();
    items.join(", ")
}

/// `, so `en-US` finds `en` and `ZH_cn` finds `zh``: what the negotiation does with tags of the
/// catalog's first two languages, as it does it: the first with the region it is most spoken in,
/// the second in other letter cases and with `_`.
fn example_tags(languages: &[String]) -> String {
    let all: Vec<&str> = languages.iter().map(String::as_str).collect();
    let mut examples = Vec::new();
    for (index, &language) in all.iter().take(2).enumerate() {
        let region = REGIONS
            .iter()
            .find(|(each, _)| *each == language)
            .map(|(_, region)| *region);
        let tag = match (index, region) {
            (0, Some(region)) => format!("{language}-{region}"),
            (_, Some(region)) => format!(
                "{}_{}",
                language.to_ascii_uppercase(),
                region.to_ascii_lowercase()
            ),
            (_, None) => language.to_ascii_uppercase().replace('-', "_"),
        };
        let found = runtime::negotiate_language(&all, &tag) == Some(language);
        if found && tag != language {
            examples.push(format!("`{tag}` finds `{language}`"));
        }
    }
    if examples.is_empty() {
        String::new()
    } else {
        format!(", so {}", examples.join(" and "))
    }
}

/// The region a bare language tag is most often sent with, for the examples in the docs.
const REGIONS: &[(&str, &str)] = &[
    ("ar", "EG"),
    ("de", "DE"),
    ("en", "US"),
    ("es", "ES"),
    ("fr", "FR"),
    ("hi", "IN"),
    ("id", "ID"),
    ("it", "IT"),
    ("ja", "JP"),
    ("ko", "KR"),
    ("nl", "NL"),
    ("pl", "PL"),
    ("pt", "BR"),
    ("ru", "RU"),
    ("th", "TH"),
    ("tr", "TR"),
    ("vi", "VN"),
    ("zh", "CN"),
];

pub(super) fn best_language(cx: &Context<'_>) -> String {
    format!(
        "
    /// The first language of `preferences` (tags in order of preference, as a user's settings or
    /// an Accept-Language header list them) that [`{resolve}`](Self::{resolve})
    /// finds in the catalog, or else the default language, `{default:?}`.
    #[must_use]
    pub fn {name}(preferences: &[&str]) -> &'static str {{
        for tag in preferences {{
            if let ::core::option::Option::Some(language) = Self::{resolve}(tag) {{
                return language;
            }}
        }}
        {default:?}
    }}
",
        name = generated::BEST_LANGUAGE.name,
        resolve = generated::RESOLVE_LANGUAGE.name,
        default = cx.default_language(),
    )
}

pub(super) fn description(cx: &Context<'_>) -> String {
    let language = cx.default_language();
    let mut doc = format!("What the error means, in the catalog's default language (`{language}`)");
    if let Some(entry) = cx.entries().first() {
        let _ = write!(
            doc,
            ": `{:?}` for [`{variant}`](Self::{variant})",
            text_in(&entry.description, language).replace('`', "'"),
            variant = entry.variant
        );
    }
    doc.push('.');
    let body = cx.per_entry(
        "&str",
        &|entry| Some(Literal(text_in(&entry.description, language)).to_string()),
        "",
    );
    format!(
        "
    #[doc = {doc:?}]
    #[must_use]
    pub const fn {name}(self) -> &'static str {{
        {body}
    }}
",
        name = generated::DESCRIPTION.name,
    )
}

/// `cause()` or `note()`: the optional text `texts` gives, in the default language.
fn optional_text(
    cx: &Context<'_>,
    item: Item,
    what: &str,
    texts: impl Fn(&Entry) -> Option<&Texts>,
) -> String {
    let language = cx.default_language();
    let doc = format!(
        "{what}, in the catalog's default language (`{language}`), where the catalog says."
    );
    let body = cx.optional_texts(&|entry| texts(entry)?.get(language));
    format!(
        "
    #[doc = {doc:?}]
    #[must_use]
    pub const fn {name}(self) -> ::core::option::Option<&'static str> {{
        {body}
    }}
",
        name = item.name,
    )
}

pub(super) fn cause(cx: &Context<'_>) -> String {
    optional_text(
        cx,
        generated::CAUSE,
        "Why the error happens and what to do about it",
        |entry| entry.cause.as_ref(),
    )
}

pub(super) fn note(cx: &Context<'_>) -> String {
    optional_text(
        cx,
        generated::NOTE,
        "What else to know about the entry",
        |entry| entry.note.as_ref(),
    )
}

pub(super) fn description_in(cx: &Context<'_>) -> String {
    let in_default = format!(
        "::core::option::Option::Some(self.{}())",
        generated::DESCRIPTION.name
    );
    text_in_language(
        cx,
        generated::DESCRIPTION_IN,
        "description",
        &in_default,
        |entry| Some(&entry.description),
    )
}

pub(super) fn cause_in(cx: &Context<'_>) -> String {
    let in_default = format!("self.{}()", generated::CAUSE.name);
    text_in_language(cx, generated::CAUSE_IN, "cause", &in_default, |entry| {
        entry.cause.as_ref()
    })
}

pub(super) fn note_in(cx: &Context<'_>) -> String {
    let in_default = format!("self.{}()", generated::NOTE.name);
    text_in_language(cx, generated::NOTE_IN, "note", &in_default, |entry| {
        entry.note.as_ref()
    })
}

/// A `*_in` lookup: `match resolve_language(language)? { default => in_default, "en" => match self
/// { … }, … }`, one table per language besides the default.
fn text_in_language(
    cx: &Context<'_>,
    item: Item,
    what: &str,
    in_default: &str,
    texts: impl Fn(&Entry) -> Option<&Texts>,
) -> String {
    let languages = &cx.catalog.languages;
    let doc = format!(
        "The {what} in the language that `tag` asks for, of the catalog's {}, as \
         [`{resolve}`](Self::{resolve}) finds it{}. `None` where no language matches or the \
         catalog has no such text.",
        code_list(languages),
        example_tags(languages),
        resolve = generated::RESOLVE_LANGUAGE.name,
    );
    let mut arms = String::new();
    for language in &languages[1..] {
        let table = cx.optional_texts(&|entry| texts(entry)?.get(language));
        let _ = write!(arms, "\n    {language:?} => {table},");
    }
    format!(
        "
    #[doc = {doc:?}]
    #[must_use]
    pub fn {name}(self, tag: &str) -> ::core::option::Option<&'static str> {{
        match Self::{resolve}(tag)? {{
            {default:?} => {in_default},{arms}
            _ => ::core::option::Option::None,
        }}
    }}
",
        name = item.name,
        resolve = generated::RESOLVE_LANGUAGE.name,
        default = cx.default_language(),
    )
}
