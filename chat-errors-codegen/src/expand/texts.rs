//! Texts in every language, and how a language tag finds one.

use core::fmt::Write as _;

use super::{Context, text_in};
use crate::literal::Literal;
use crate::model::{Entry, Texts};

pub(super) fn languages(cx: &Context<'_>) -> String {
    format!(
        "
    /// Every language tag the catalog's texts use, the default language first.
    pub const LANGUAGES: &'static [&'static str] = &{:?};
",
        cx.catalog.languages
    )
}

/// How `*_in` lookups understand a language tag (`language.rs`), and by likely subtags
/// (`likely.rs`) for the catalogs that need it.
const NEGOTIATION: &str = include_str!("../language.rs");
const LIKELY: &str = include_str!("../likely.rs");

/// The languages whose tags another code also names, which `alias` in `likely.rs` maps.
const ALIASED: [&str; 8] = ["nb", "no", "he", "iw", "id", "in", "yi", "ji"];

/// Whether the catalog's languages need likely subtags to be found: some language has a script
/// or a region (`zh-CN`, `sr-Latn`), or another code names it (`no` for `nb`). For the others
/// (`zh`, `en`), ever shorter prefixes of a tag find every language it can mean, and the
/// expansion is spared the tables.
pub(crate) fn needs_likely(languages: &[String]) -> bool {
    languages.iter().any(|language| {
        language.contains(['-', '_']) || ALIASED.contains(&language.to_ascii_lowercase().as_str())
    })
}

pub(super) fn resolve_language(cx: &Context<'_>) -> String {
    let (likely, negotiate) = if needs_likely(&cx.catalog.languages) {
        (LIKELY, "negotiate_likely")
    } else {
        ("", "negotiate")
    };
    format!(
        "
    /// The catalog language (one of [`LANGUAGES`](Self::LANGUAGES)) that a language tag asks for,
    /// as apps and browsers write tags: the tag itself, then ever shorter prefixes (`zh-Hans-CN`,
    /// `zh-Hans`, `zh`), in any letter case and with `-` or `_`, so `zh-CN`, `zh_CN` and `ZH` find
    /// `zh`, and `en-US` finds `en`; a tag with a region tries the script the region writes
    /// (`zh-TW` finds `zh-Hant`). Then CLDR's likely subtags: a catalog language of the same
    /// language (`no` and `nb` alike) and script, the same region first, so that `zh`, `zh-Hans`
    /// and `zh-SG` find `zh-CN`, `zh-Hant`, `zh-HK` and `zh-MO` find `zh-TW`, `sr` finds `sr-Cyrl`
    /// but never `sr-Latn`, and `pt` finds `pt-BR`. A `;q=` weight is ignored. `None` when no
    /// catalog language matches.
    #[must_use]
    pub fn resolve_language(tag: &str) -> ::core::option::Option<&'static str> {{
        {NEGOTIATION}{likely}
        {negotiate}(Self::LANGUAGES, tag)
    }}
"
    )
}

pub(super) fn best_language(cx: &Context<'_>) -> String {
    format!(
        "
    /// The first language of `preferences` (tags in order of preference, as a user's settings or
    /// an Accept-Language header list them) that [`resolve_language`](Self::resolve_language)
    /// finds in the catalog, or else the default language, `{default:?}`.
    #[must_use]
    pub fn best_language(preferences: &[&str]) -> &'static str {{
        for tag in preferences {{
            if let ::core::option::Option::Some(language) = Self::resolve_language(tag) {{
                return language;
            }}
        }}
        {default:?}
    }}
",
        default = cx.default_language(),
    )
}

pub(super) fn description(cx: &Context<'_>) -> String {
    let language = cx.default_language();
    let doc = format!("What the error means, in the catalog's default language (`{language}`).");
    let body = cx.per_entry(
        "&str",
        |entry| Some(Literal(text_in(&entry.description, language)).to_string()),
        "",
    );
    format!(
        "
    #[doc = {doc:?}]
    #[must_use]
    pub const fn description(self) -> &'static str {{
        {body}
    }}
"
    )
}

pub(super) fn cause(cx: &Context<'_>) -> String {
    let language = cx.default_language();
    let doc = format!(
        "Why the error happens and what to do, in the catalog's default language \
         (`{language}`), where the catalog says."
    );
    let body = cx.optional_texts(|entry| entry.cause.as_ref()?.get(language));
    format!(
        "
    #[doc = {doc:?}]
    #[must_use]
    pub const fn cause(self) -> ::core::option::Option<&'static str> {{
        {body}
    }}
"
    )
}

pub(super) fn description_in(cx: &Context<'_>) -> String {
    let doc = texts_in_doc("description", cx);
    let body = texts_in(
        cx,
        "::core::option::Option::Some(self.description())",
        |entry| Some(&entry.description),
    );
    format!(
        "
    #[doc = {doc:?}]
    #[must_use]
    pub fn description_in(self, language: &str) -> ::core::option::Option<&'static str> {{
        {body}
    }}
"
    )
}

pub(super) fn cause_in(cx: &Context<'_>) -> String {
    let doc = texts_in_doc("cause", cx);
    let body = texts_in(cx, "self.cause()", |entry| entry.cause.as_ref());
    format!(
        "
    #[doc = {doc:?}]
    #[must_use]
    pub fn cause_in(self, language: &str) -> ::core::option::Option<&'static str> {{
        {body}
    }}
"
    )
}

pub(super) fn texts_in_doc(what: &str, cx: &Context<'_>) -> String {
    format!(
        "The {what} in `language`: a language tag such as `zh-CN` or `en_US`, which \
         [`resolve_language`](Self::resolve_language) matches against the catalog's `{}`. `None` \
         where no language matches or the catalog has no such text.",
        cx.catalog.languages.join("`, `")
    )
}

/// `match resolve_language(language)? { default => in_default, "en" => match self { … }, … }`:
/// the body of a `*_in` lookup, one table per language besides the default.
pub(super) fn texts_in(
    cx: &Context<'_>,
    in_default: &str,
    texts: impl Fn(&Entry) -> Option<&Texts>,
) -> String {
    let mut arms = String::new();
    for language in &cx.catalog.languages[1..] {
        let table = cx.optional_texts(|entry| texts(entry)?.get(language));
        let _ = write!(arms, "\n    {language:?} => {table},");
    }
    format!(
        "match Self::resolve_language(language)? {{
    {default:?} => {in_default},{arms}
    _ => ::core::option::Option::None,
}}",
        default = cx.default_language(),
    )
}

pub(super) fn note(cx: &Context<'_>) -> String {
    let language = cx.default_language();
    let doc = format!(
        "What else to know about the entry, such as where sources disagree, in the catalog's \
         default language (`{language}`), where the catalog says."
    );
    let body = cx.optional_texts(|entry| entry.note.as_ref()?.get(language));
    format!(
        "
    #[doc = {doc:?}]
    #[must_use]
    pub const fn note(self) -> ::core::option::Option<&'static str> {{
        {body}
    }}
"
    )
}

pub(super) fn note_in(cx: &Context<'_>) -> String {
    let doc = texts_in_doc("note", cx);
    let body = texts_in(cx, "self.note()", |entry| entry.note.as_ref());
    format!(
        "
    #[doc = {doc:?}]
    #[must_use]
    pub fn note_in(self, language: &str) -> ::core::option::Option<&'static str> {{
        {body}
    }}
"
    )
}
