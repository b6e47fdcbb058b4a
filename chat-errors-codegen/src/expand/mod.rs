//! [`Catalog`] → Rust source: the enum, its lookups, its trait impls and its rustdoc, one function
//! per generated item.
//!
//! The expansion is written as source text, which the macro hands to rustc's lexer in one call.
//! rustc lexes optimised even in a debug build, whereas building tokens one by one (or having
//! proc-macro2 check the text first) runs in the macro's own unoptimised code: for 5,000 codes
//! that was most of the macro's time (BENCHMARKS.md). In the templates, `{{`/`}}` are braces of the
//! generated code; the texts of entries go in as [`Literal`]s, the few others as `{text:?}`.

mod huge;
mod runtime;
mod rustdoc;
mod traits;

pub(crate) use runtime::RUNTIME;

use core::fmt::Write as _;

use self::huge::{all_iterator, index_helpers};
use self::rustdoc::{enum_doc, variant_doc};
use self::traits::{
    conversion_impls, debug_impl, display_impl, serde_impls, unknown_code, unknown_name,
};
use crate::literal::Literal;
use crate::markdown::inline;
use crate::model::{Catalog, Code, CodeType, Entry, Texts, Value};

/// From this many codes on, a catalog is large and its expansion takes a leaner shape; the API
/// is the same. BENCHMARKS.md has the measurements behind each change:
///
/// - A code that is one more than the previous one is left implicit: the discriminant is the
///   same, and rustc's const evaluation, which looks an enum value's variant up by walking the
///   discriminants, evaluates an implicit one without a query of its own. With 5,000 codes in
///   runs of fifty, a crate defining the enum and using `E::ALL` compiled in 0.3 s instead of
///   1.8 s.
/// - The enum's rustdoc leaves out its table of every code: rustdoc lists the variants below it,
///   each with its code, name and description, and at 5,000 codes the table was a fifth of the
///   expansion, lexed, hashed and written to the crate's metadata at every build.
const LARGE: usize = 1000;

/// From this many codes on, a catalog is huge: rustc checks a `match` of n arms, and validates a
/// static table of n enum values, in time that grows with n², so the expansion has neither. Every
/// per-entry lookup reads a static table by the entry's index in the catalog, which comes from
/// the code through a perfect hash of the codes (or, for string codes, is the discriminant); the
/// index becomes the entry through `match`es of at most 256 arms; and `ALL` is an iterator rather
/// than a slice. `name()` then costs 3 ns instead of 1, `from_code` 19 (BENCHMARKS.md).
const HUGE: usize = 10_000;

pub(crate) fn expand(catalog: &Catalog) -> String {
    let cx = Context {
        catalog,
        vis: "pub",
    };
    let (attributes, body) = enum_def(&cx);
    let mut out = String::with_capacity(catalog.entries.len() * 1024 + 16 * 1024);
    let _ = write!(out, "{attributes}\npub enum {} {body}\n", catalog.enum_name);
    out.push_str(&items(&cx));
    out
}

/// The parts of an expansion for an enum the user declares: the enum's attributes and its body
/// (`{ variants }`), to go around the user's visibility and name, and every other item, which
/// takes the user's visibility `vis`.
pub(crate) fn expand_parts(catalog: &Catalog, vis: &str) -> crate::Expansion {
    let cx = Context { catalog, vis };
    let (attributes, body) = enum_def(&cx);
    crate::Expansion {
        attributes,
        body,
        items: items(&cx),
    }
}

/// Everything but the enum itself.
fn items(cx: &Context<'_>) -> String {
    let mut out = String::with_capacity(cx.entries().len() * 512 + 16 * 1024);
    for item in [
        inherent_impl(cx),
        debug_impl(cx),
        display_impl(cx),
        conversion_impls(cx),
        unknown_code(cx),
        unknown_name(cx),
        all_iterator(cx),
        serde_impls(cx),
        groups(cx),
        retired(cx),
    ] {
        out.push_str(&item);
    }
    out
}

/// The impl of the runtime crate's `Catalog` trait, naming its items through [`RUNTIME`].
pub(crate) fn catalog_impl(catalog: &Catalog) -> String {
    runtime::catalog_impl(&Context {
        catalog,
        vis: "pub",
    })
}

/// The catalog, and the tables every lookup is made of.
struct Context<'a> {
    catalog: &'a Catalog,
    /// The visibility of the generated types: the enum's, `pub` unless the user declares it.
    vis: &'a str,
}

impl<'a> Context<'a> {
    fn entries(&self) -> &'a [Entry] {
        &self.catalog.entries
    }

    fn enum_name(&self) -> &'a str {
        &self.catalog.enum_name
    }

    fn default_language(&self) -> &'a str {
        &self.catalog.default_language
    }

    /// The type `code()` returns, and `from_code` takes (`&str` for string codes).
    fn code_type(&self) -> &'static str {
        self.catalog.code_type.rust_type()
    }

    /// Whether the catalog takes the large shape (see [`LARGE`]).
    fn large(&self) -> bool {
        self.entries().len() >= LARGE
    }

    /// Whether the catalog takes the huge shape (see [`HUGE`]).
    fn huge(&self) -> bool {
        self.entries().len() >= HUGE
    }

    /// A value per entry, of type `ty`, as an expression on `self`: `value` gives an entry's, and
    /// `default` is every other's. It is a `match self` with an arm for every entry that `value`
    /// gives a value, and one `_` arm with `default` for the rest (none when every entry has a
    /// value, and no `match` at all when none has); in a huge catalog, a read of a static table
    /// by the entry's index.
    fn per_entry(
        &self,
        ty: &str,
        value: impl Fn(&Entry) -> Option<String>,
        default: &str,
    ) -> String {
        let entries = self.entries();
        if self.huge() && entries.iter().any(|entry| value(entry).is_some()) {
            let mut table = String::with_capacity(entries.len() * 48);
            let _ = write!(table, "{{\nstatic TABLE: [{ty}; {}] = [", entries.len());
            for entry in entries {
                let value = value(entry);
                let _ = write!(table, "\n{},", value.as_deref().unwrap_or(default));
            }
            table.push_str("\n];\nTABLE[self.__index()]\n}");
            return table;
        }
        let mut out = String::with_capacity(entries.len() * 48);
        out.push_str("match self {");
        let mut arms = 0;
        for entry in entries {
            if let Some(value) = value(entry) {
                let _ = write!(out, "\n{}::{} => {value},", self.enum_name(), entry.variant);
                arms += 1;
            }
        }
        if arms == 0 && !entries.is_empty() {
            return default.to_owned();
        }
        if arms < entries.len() {
            let _ = write!(out, "\n_ => {default},");
        }
        out.push_str("\n}");
        out
    }

    /// A value per entry, of type `Option<ty>`, as what the function returns: `Some(value)`
    /// where `value` gives one, `None` for the rest. Outside a huge catalog that is one `Some`
    /// around a `match` whose other arm returns `None` (see [`crate::names::some_match`]); in a
    /// huge one, a table of the values there are and one of each entry's place among them
    /// (`u32::MAX` for none), as a table of `Option`s would be a `Some` per entry in one body.
    fn per_entry_option(&self, ty: &str, value: impl Fn(&Entry) -> Option<String>) -> String {
        const NONE: &str = "::core::option::Option::None";
        if !self.huge() {
            const MISS: &str = "return ::core::option::Option::None";
            let lookup = self.per_entry(ty, value, MISS);
            // `per_entry` gives the default alone when no entry has a value.
            return if self.entries().is_empty() || lookup == MISS {
                NONE.to_owned()
            } else {
                format!("::core::option::Option::Some({lookup})")
            };
        }
        let (mut values, mut places, mut count) = (String::new(), String::new(), 0);
        for entry in self.entries() {
            match value(entry) {
                Some(value) => {
                    let _ = write!(values, "\n{value},");
                    let _ = write!(places, "{count},");
                    count += 1;
                }
                None => places.push_str("u32::MAX,"),
            }
        }
        if count == 0 {
            return NONE.to_owned();
        }
        format!(
            "{{
static VALUES: [{ty}; {count}] = [{values}
];
static PLACES: [u32; {entries}] = [{places}];
let place = PLACES[self.__index()];
if place == u32::MAX {{
    {NONE}
}} else {{
    ::core::option::Option::Some(VALUES[place as usize])
}}
}}",
            entries = self.entries().len()
        )
    }

    /// `Some("text")` where `text` gives one, `None` otherwise.
    fn optional_texts(&self, text: impl Fn(&Entry) -> Option<&str>) -> String {
        self.per_entry_option("&str", |entry| Some(Literal(text(entry)?).to_string()))
    }

    /// `&["a", "b"]` where `list` is not empty, `&[]` otherwise.
    fn string_lists(&self, list: impl Fn(&Entry) -> &[String]) -> String {
        self.per_entry_list(
            "&str",
            |entry| {
                let list = list(entry);
                (!list.is_empty())
                    .then(|| list.iter().map(|item| Literal(item).to_string()).collect())
            },
            false,
        )
    }

    /// A list per entry, of items of type `item`, as an expression on `self`: `&[a, b]` where
    /// `items` gives literals, otherwise `&[]` or, when `optional`, `None` (and the lists
    /// `Some`). In a huge catalog, every item is in one static table and each entry's are a part
    /// of it: a table of `&[…]` costs rustc time in the square of its length to promote.
    fn per_entry_list(
        &self,
        item: &str,
        items: impl Fn(&Entry) -> Option<Vec<String>>,
        optional: bool,
    ) -> String {
        let default = if optional {
            "::core::option::Option::None"
        } else {
            "&[]"
        };
        if !self.huge() {
            let list = |entry: &Entry| Some(format!("&[{}]", items(entry)?.join(", ")));
            return if optional {
                self.per_entry_option(&format!("&[{item}]"), list)
            } else {
                self.per_entry(&format!("&[{item}]"), list, default)
            };
        }
        let lists: Vec<Option<Vec<String>>> = self.entries().iter().map(items).collect();
        if lists.iter().all(Option::is_none) {
            return default.to_owned();
        }
        let mut table = String::new();
        let mut spans = String::new();
        let mut count = 0;
        for list in lists {
            match list {
                Some(items) => {
                    let _ = write!(spans, "\n({count}, {}),", items.len());
                    for item in &items {
                        let _ = write!(table, "\n{item},");
                    }
                    count += items.len();
                }
                None => spans.push_str("\n(usize::MAX, 0),"),
            }
        }
        let list = "ITEMS.split_at(start).1.split_at(len).0";
        let list = if optional {
            format!("::core::option::Option::Some({list})")
        } else {
            list.to_owned()
        };
        format!(
            "{{
static ITEMS: [{item}; {count}] = [{table}
];
// Where each entry's items start in `ITEMS`, and how many there are; `usize::MAX` for none.
static SPANS: [(usize, usize); {entries}] = [{spans}
];
let (start, len) = SPANS[self.__index()];
if start == usize::MAX {{
    {default}
}} else {{
    {list}
}}
}}",
            entries = self.entries().len(),
        )
    }

    /// `matches!(self, Self::A | Self::B)` for the entries `include` picks.
    fn matches_self(&self, include: impl Fn(&Entry) -> bool) -> String {
        if self.huge() {
            return self.per_entry(
                "bool",
                |entry| include(entry).then(|| "true".into()),
                "false",
            );
        }
        let mut patterns = String::new();
        for entry in self.entries().iter().filter(|entry| include(entry)) {
            if !patterns.is_empty() {
                patterns.push_str(" | ");
            }
            let _ = write!(patterns, "{}::{}", self.enum_name(), entry.variant);
        }
        if patterns.is_empty() {
            return "false".to_owned();
        }
        format!("::core::matches!(self, {patterns})")
    }

    /// `[E::A, E::B]` for the entries `include` picks, and how many there are.
    fn array_of(&self, include: impl Fn(&Entry) -> bool) -> (String, usize) {
        let mut out = String::from("[");
        let mut count = 0;
        for entry in self.entries().iter().filter(|entry| include(entry)) {
            let _ = write!(out, "{}::{}, ", self.enum_name(), entry.variant);
            count += 1;
        }
        out.push(']');
        (out, count)
    }
}

/// The enum's attributes, and its body: one documented variant per entry, the code as its
/// discriminant.
fn enum_def(cx: &Context<'_>) -> (String, String) {
    let catalog = cx.catalog;
    let count = cx.entries().len();
    let mut variants = String::with_capacity(count * 512);
    let mut previous_code = None;
    for entry in cx.entries() {
        let _ = write!(
            variants,
            "\n#[doc = {}]",
            Literal(&variant_doc(catalog, entry))
        );
        if entry.variant != entry.name {
            let _ = write!(variants, "\n#[doc(alias = {})]", Literal(&entry.name));
        }
        for (_, name) in &entry.platform_names {
            let _ = write!(variants, "\n#[doc(alias = {})]", Literal(name));
        }
        if let Some(note) = &entry.deprecated {
            let _ = write!(variants, "\n#[deprecated(note = {})]", Literal(note));
        }
        let _ = write!(variants, "\n{}", entry.variant);
        if let Code::Int(code) = entry.code {
            let follows = previous_code.map(|previous: i128| previous + 1) == Some(code);
            if !(follows && cx.large()) {
                let _ = write!(variants, " = {code}");
            }
            previous_code = Some(code);
        }
        variants.push(',');
    }
    // A zero-variant enum cannot have a `repr`; only the fallback after an error has none.
    let repr = match cx.catalog.code_type {
        CodeType::Int(int) if count > 0 => format!("\n#[repr({})]", int.name()),
        _ => String::new(),
    };
    let attributes = format!(
        "
#[doc = {doc}]{repr}{non_exhaustive}
{derives}",
        non_exhaustive = non_exhaustive(cx),
        doc = Literal(&enum_doc(catalog)),
        derives = ENUM_DERIVES,
    );
    (attributes, format!("{{{variants}\n}}"))
}

/// The constants and lookups of `impl E`.
fn inherent_impl(cx: &Context<'_>) -> String {
    let items = [
        all(cx),
        languages(cx),
        resolve_language(cx),
        best_language(cx),
        platforms(cx),
        code(cx),
        name(cx),
        from_code(cx),
        from_name(cx),
        description(cx),
        cause(cx),
        description_in(cx),
        cause_in(cx),
        note(cx),
        note_in(cx),
        aliases(cx),
        platform_name(cx),
        deprecated(cx),
        docs_url(cx),
        flags(cx),
        flag_predicates(cx),
        field_lookups(cx),
        index_helpers(cx),
    ];
    format!(
        "
#[allow(deprecated)]
impl {} {{{}
}}
",
        cx.enum_name(),
        items.concat()
    )
}

fn all(cx: &Context<'_>) -> String {
    let enum_name = cx.enum_name();
    if cx.huge() {
        return format!(
            "
    /// Every code of the catalog, in catalog order: an iterator of values, as a catalog this
    /// large makes a slice cost rustc time in the square of its length.
    pub const ALL: {enum_name}All = {enum_name}All {{
        front: 0,
        back: {},
    }};
",
            cx.entries().len()
        );
    }
    let (values, count) = cx.array_of(|_| true);
    format!(
        "
    /// Every code of the catalog, in catalog order.
    pub const ALL: &'static [{enum_name}] = {{
        // A `static` is built once; a `const` array would be rebuilt wherever it is used.
        static ALL: [{enum_name}; {count}] = {values};
        &ALL
    }};
",
        enum_name = cx.enum_name()
    )
}

fn languages(cx: &Context<'_>) -> String {
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

fn resolve_language(cx: &Context<'_>) -> String {
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

fn best_language(cx: &Context<'_>) -> String {
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

fn platforms(cx: &Context<'_>) -> String {
    format!(
        "
    /// The platforms whose own names [`platform_name`](Self::platform_name) gives.
    pub const PLATFORMS: &'static [&'static str] = &{:?};
",
        cx.catalog.platforms
    )
}

fn code(cx: &Context<'_>) -> String {
    let body = match cx.catalog.code_type {
        _ if cx.entries().is_empty() => "match self {}".to_owned(),
        CodeType::Int(int) => format!("self as {}", int.name()),
        CodeType::String => cx.per_entry("&str", |entry| Some(entry.code.literal()), ""),
    };
    format!(
        "
    /// The code.
    #[must_use]
    pub const fn code(self) -> {} {{
        {body}
    }}
",
        cx.code_type()
    )
}

fn name(cx: &Context<'_>) -> String {
    let body = cx.per_entry("&str", |entry| Some(Literal(&entry.name).to_string()), "");
    format!(
        "
    /// The SDK name, such as `\"NETWORK_ERROR\"`.
    #[must_use]
    pub const fn name(self) -> &'static str {{
        {body}
    }}
"
    )
}

fn from_code(cx: &Context<'_>) -> String {
    let doc = "/// The entry with this code, or `None` for a code the catalog does not have.";
    match cx.catalog.code_type {
        CodeType::Int(int) if cx.huge() => format!(
            "
    {doc}
    #[must_use]
    pub const fn from_code(code: {int}) -> ::core::option::Option<Self> {{
        match Self::__index_of(code) {{
            ::core::option::Option::Some(index) => Self::__from_index(index),
            ::core::option::Option::None => ::core::option::Option::None,
        }}
    }}
",
            int = int.name(),
        ),
        CodeType::Int(int) => format!(
            "
    {doc}
    #[must_use]
    pub const fn from_code(code: {int}) -> ::core::option::Option<Self> {{
        {body}
    }}
",
            int = int.name(),
            body = crate::names::match_code(cx.catalog),
        ),
        CodeType::String => format!(
            "
    {doc}
    #[must_use]
    pub fn from_code(code: &str) -> ::core::option::Option<Self> {{
        {body}
    }}
",
            body = crate::names::from_str_code_body(cx.catalog, cx.huge()),
        ),
    }
}

fn from_name(cx: &Context<'_>) -> String {
    format!(
        "
    /// The entry with this name, alias or platform name (exact match), or `None`.
    #[must_use]
    pub fn from_name(name: &str) -> ::core::option::Option<Self> {{
        {}
    }}
",
        crate::names::from_name_body(cx.catalog, cx.huge())
    )
}

fn description(cx: &Context<'_>) -> String {
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

fn cause(cx: &Context<'_>) -> String {
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

fn description_in(cx: &Context<'_>) -> String {
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

fn cause_in(cx: &Context<'_>) -> String {
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

fn texts_in_doc(what: &str, cx: &Context<'_>) -> String {
    format!(
        "The {what} in `language`: a language tag such as `zh-CN` or `en_US`, which \
         [`resolve_language`](Self::resolve_language) matches against the catalog's `{}`. `None` \
         where no language matches or the catalog has no such text.",
        cx.catalog.languages.join("`, `")
    )
}

/// `match resolve_language(language)? { default => in_default, "en" => match self { … }, … }`:
/// the body of a `*_in` lookup, one table per language besides the default.
fn texts_in(
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

fn note(cx: &Context<'_>) -> String {
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

fn note_in(cx: &Context<'_>) -> String {
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

fn aliases(cx: &Context<'_>) -> String {
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
fn platform_name(cx: &Context<'_>) -> String {
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

fn deprecated(cx: &Context<'_>) -> String {
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

fn docs_url(cx: &Context<'_>) -> String {
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

fn flags(cx: &Context<'_>) -> String {
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
fn flag_predicates(cx: &Context<'_>) -> String {
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
fn field_lookups(cx: &Context<'_>) -> String {
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

/// `{E}Group` and `{E}::group()`, when the catalog declares groups.
fn groups(cx: &Context<'_>) -> String {
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
        |entry| {
            let group = catalog
                .groups
                .iter()
                .find(|group| Some(&group.name) == entry.group.as_ref())?;
            Some(format!("{group_enum}::{}", group.variant))
        },
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

    /// The group's name in the catalog, such as `\"user\"`.
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
    #[allow(deprecated)]
    {codes}
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
    pub const fn group(self) -> {group_enum} {{
        {group_of}
    }}
}}
",
        all = all.join(", "),
        non_exhaustive = non_exhaustive(cx),
        vis = cx.vis,
    )
}

/// `#[non_exhaustive]`, unless the catalog says its set of codes is closed: then users match
/// without a wildcard arm, and a new code is a breaking change.
fn non_exhaustive(cx: &Context<'_>) -> &'static str {
    if cx.catalog.exhaustive {
        ""
    } else {
        "\n#[non_exhaustive]"
    }
}

/// `of_code` of the group enum: the groups' ranges or prefixes first, so a code the catalog
/// does not list still has a group, then the group of the entry with the code.
fn group_of_code(cx: &Context<'_>) -> String {
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

/// `{E}Retired`, `E::RETIRED` and `E::retired(code)`: the codes that are entries no more.
fn retired(cx: &Context<'_>) -> String {
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
                "pub const fn retired(code: {}) -> ::core::option::Option<&'static {enum_name}Retired>",
                int.name()
            ),
            "let mut index = 0;
        while index < Self::RETIRED.len() {
            if Self::RETIRED[index].code == code {
                return ::core::option::Option::Some(&Self::RETIRED[index]);
            }
            index += 1;
        }
        ::core::option::Option::None"
                .to_owned(),
        ),
        CodeType::String => (
            format!(
                "pub fn retired(code: &str) -> ::core::option::Option<&'static {enum_name}Retired>"
            ),
            "Self::RETIRED.iter().find(|retired| retired.code == code)".to_owned(),
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
    pub const RETIRED: &'static [{enum_name}Retired] = &[{records}
    ];

    /// The retired code `code`, with its name and the reason, or `None` when it is not one.
    #[must_use]
    {signature} {{
        {body}
    }}
}}
",
        vis = cx.vis,
    )
}

/// `codes()` of the group enum: a static array per group, or past [`HUGE`] codes an iterator
/// that filters `ALL`, which keeps the catalog's size out of the number of arrays rustc checks.
fn group_codes(cx: &Context<'_>) -> String {
    let enum_name = cx.enum_name();
    if cx.huge() {
        return format!(
            "pub fn codes(self) -> impl ::core::iter::Iterator<Item = {enum_name}> {{
        {enum_name}::ALL.filter(move |code| code.group() == self)
    }}"
        );
    }
    let mut arms = String::new();
    for group in &cx.catalog.groups {
        let member = |entry: &Entry| entry.group.as_ref() == Some(&group.name);
        let first = cx.entries().iter().position(member).unwrap_or(0);
        let count = cx.entries().iter().filter(|entry| member(entry)).count();
        // A group whose codes follow each other in the catalog is a part of `ALL`: no table of
        // its own, for rustc to build and validate.
        let codes = if cx.entries()[first..].iter().take(count).all(member) {
            format!("&{enum_name}::ALL[{first}..{}]", first + count)
        } else {
            let (members, count) = cx.array_of(member);
            format!(
                "{{
                static CODES: [{enum_name}; {count}] = {members};
                &CODES
            }}"
            )
        };
        let _ = write!(arms, "\n            Self::{} => {codes},", group.variant);
    }
    format!(
        "#[must_use]
    pub fn codes(self) -> &'static [{enum_name}] {{
        match self {{{arms}
        }}
    }}"
    )
}

/// What a field-less enum of codes or groups derives: it is a value to copy, compare, sort and
/// hash. `Debug` is written out for the codes (see [`debug_impl`]).
const ENUM_DERIVES: &str = "#[derive(
    ::core::clone::Clone,
    ::core::marker::Copy,
    ::core::cmp::PartialEq,
    ::core::cmp::Eq,
    ::core::hash::Hash,
    ::core::cmp::PartialOrd,
    ::core::cmp::Ord,
)]";

fn text_in<'a>(texts: &'a Texts, language: &str) -> &'a str {
    // `check` guarantees every text has the default language.
    texts.get(language).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    mod negotiation {
        /// What a catalog with these languages pastes and calls.
        use crate::negotiate_language as resolve;

        #[test]
        fn only_catalogs_in_regional_variants_or_aliased_languages_need_likely_subtags() {
            let needs = |languages: &[&str]| {
                super::super::needs_likely(
                    &languages
                        .iter()
                        .map(|each| (*each).to_owned())
                        .collect::<Vec<_>>(),
                )
            };
            assert!(!needs(&["zh", "en"]));
            assert!(!needs(&["en", "de", "fr", "pt"]));
            assert!(needs(&["zh-CN", "en"]));
            assert!(needs(&["en", "sr_Latn"]));
            assert!(needs(&["en", "nb"]));
            assert!(needs(&["NO"]));
        }

        const ZH_EN: &[&str] = &["zh", "en"];
        const SCRIPTS: &[&str] = &["en", "zh-Hans", "zh-Hant", "zh"];

        #[test]
        fn exact_tags_in_any_case_and_either_separator() {
            for (tag, language) in [("zh", "zh"), ("ZH", "zh"), ("En", "en"), (" en ", "en")] {
                assert_eq!(resolve(ZH_EN, tag), Some(language), "{tag}");
            }
            assert_eq!(resolve(SCRIPTS, "zh_hant"), Some("zh-Hant"));
            assert_eq!(resolve(SCRIPTS, "ZH-HANS"), Some("zh-Hans"));
        }

        #[test]
        fn shorter_prefixes_after_the_tag() {
            for (tag, language) in [
                ("zh-CN", "zh"),
                ("zh_CN", "zh"),
                ("zh-Hans-CN", "zh"),
                ("en-US", "en"),
                ("en_GB", "en"),
                ("en-Latn-US-x-private", "en"),
            ] {
                assert_eq!(resolve(ZH_EN, tag), Some(language), "{tag}");
            }
            assert_eq!(resolve(SCRIPTS, "zh-Hant-TW"), Some("zh-Hant"));
            assert_eq!(resolve(SCRIPTS, "zh-Hans-SG"), Some("zh-Hans"));
        }

        #[test]
        fn chinese_regions_go_to_their_script_where_the_catalog_has_it() {
            for region in ["TW", "hk", "MO"] {
                let tag = format!("zh-{region}");
                assert_eq!(resolve(SCRIPTS, &tag), Some("zh-Hant"), "{tag}");
                assert_eq!(resolve(ZH_EN, &tag), Some("zh"), "{tag}");
            }
            for region in ["CN", "sg", "MY"] {
                let tag = format!("zh_{region}");
                assert_eq!(resolve(SCRIPTS, &tag), Some("zh-Hans"), "{tag}");
            }
            assert_eq!(resolve(SCRIPTS, "zh-US"), Some("zh"));
            assert_eq!(resolve(&["zh-Hant", "zh-TW"], "zh_tw"), Some("zh-TW"));
        }

        /// A catalog written in regional variants, as real ones are.
        const REGIONAL: &[&str] = &["zh-CN", "zh-TW", "en", "nb", "pt-BR", "sr-Latn", "sr-Cyrl"];

        #[test]
        fn likely_subtags_find_regional_catalog_languages() {
            for (tag, language) in [
                ("zh", Some("zh-CN")),
                ("zh-Hans", Some("zh-CN")),
                ("zh-SG", Some("zh-CN")),
                ("zh-Hans-SG", Some("zh-CN")),
                ("zh-Hant", Some("zh-TW")),
                ("zh-HK", Some("zh-TW")),
                ("zh-MO", Some("zh-TW")),
                ("zh-Hant-TW", Some("zh-TW")),
                ("zh-Hant-HK", Some("zh-TW")),
                ("no", Some("nb")),
                ("no-NO", Some("nb")),
                ("nb-NO", Some("nb")),
                ("pt", Some("pt-BR")),
                ("pt-PT", Some("pt-BR")),
                ("sr", Some("sr-Cyrl")),
                ("sr-RS", Some("sr-Cyrl")),
                ("sr-ME", Some("sr-Latn")),
                ("sr-Latn", Some("sr-Latn")),
                ("sr-Latn-RS", Some("sr-Latn")),
                ("sr-Cyrl-BA", Some("sr-Cyrl")),
                ("en-GB", Some("en")),
                ("fr", None),
                ("zz-Hant", None),
            ] {
                assert_eq!(resolve(REGIONAL, tag), language, "{tag}");
            }
            // Each way round: `nb` finds `no`, and `pt-BR` finds `pt`.
            assert_eq!(resolve(&["no", "en"], "nb-NO"), Some("no"));
            assert_eq!(resolve(&["pt", "en"], "pt-BR"), Some("pt"));
            // Two scripts are never mixed, and of two regions the tag's, or the likely one, wins.
            assert_eq!(resolve(&["sr-Latn"], "sr-Cyrl"), None);
            assert_eq!(resolve(&["zh-TW"], "zh-CN"), None);
            assert_eq!(resolve(&["pt-PT", "pt-BR"], "pt"), Some("pt-BR"));
            assert_eq!(resolve(&["pt-PT", "pt-BR"], "pt-PT"), Some("pt-PT"));
            assert_eq!(resolve(&["en-GB", "en-US"], "en"), Some("en-US"));
            assert_eq!(resolve(&["en-GB", "en-US"], "en-AU"), Some("en-GB"));
        }

        #[test]
        fn weights_are_ignored_and_misses_are_none() {
            assert_eq!(resolve(ZH_EN, "en-US;q=0.8"), Some("en"));
            assert_eq!(resolve(ZH_EN, " zh-CN ;q=0.5"), Some("zh"));
            for tag in ["", "fr", "fr-FR", "*", "z", "-", "zh-", ";q=1", "e"] {
                let expected = if tag == "zh-" { Some("zh") } else { None };
                assert_eq!(resolve(ZH_EN, tag), expected, "{tag:?}");
            }
            assert_eq!(resolve(&["zh-CN"], "ZH_cn"), Some("zh-CN"));
            assert_eq!(resolve(ZH_EN, "zhxCN"), None);
            assert_eq!(
                resolve(&["en-US"], "en-USA"),
                Some("en-US"),
                "a broken region, by likely subtags"
            );
        }
    }

    pub(super) fn tricky_catalog() -> Catalog {
        let texts =
            |zh: &str, en: &str| Texts(vec![("zh".into(), zh.into()), ("en".into(), en.into())]);
        Catalog {
            enum_name: "Tricky".into(),
            default_language: "zh".into(),
            languages: vec!["zh".into(), "en".into()],
            doc: Some("The tricky catalog.".into()),
            docs_url: None,
            exhaustive: false,
            code_type: CodeType::default(),
            serde: crate::model::Serde::Off,
            platforms: vec!["ios".into()],
            flags: vec![crate::model::Flag {
                name: "retryable".into(),
                meaning: "Try <again> later.".into(),
            }],
            groups: vec![crate::model::Group {
                name: "odd_ones".into(),
                variant: "OddOnes".into(),
                title: "Odd [ones]".into(),
                doc: Some("Codes with *odd* texts.".into()),
                ranges: vec![(-9, -1)],
                prefix: None,
            }],
            entries: vec![Entry {
                code: Code::Int(-7),
                name: "TRICKY_TEXT".into(),
                variant: "TrickyText".into(),
                description: texts("见[文档](https://d.example/x) <b>粗</b>", "a | pipe & [b]"),
                cause: Some(texts("    缩进的行\n```\n围栏\n```", "# heading *star*")),
                note: Some(texts("注意 *这里*", "mind [this]")),
                aliases: vec!["OLD_TRICKY".into()],
                platform_names: vec![("ios".into(), "TrickyErrorText".into())],
                deprecated: Some("use [NEW] instead".into()),
                group: Some("odd_ones".into()),
                flags: vec!["retryable".into()],
                fields: vec![Some(crate::model::Value::List(vec![
                    crate::model::Value::Int(400),
                    crate::model::Value::Int(403),
                ]))],
            }],
            fields: vec![crate::model::Field {
                name: "http_status".into(),
                ty: crate::model::FieldType {
                    item: crate::model::ItemType::Int(crate::model::IntType::U16),
                    list: true,
                },
                doc: "The HTTP *statuses*.".into(),
                required: true,
            }],
            retired: Vec::new(),
        }
    }

    #[test]
    fn the_sdk_name_is_a_doc_alias_unless_it_is_the_variant() {
        let source = expand(&tricky_catalog());
        assert!(
            source.contains("#[doc(alias = \"TRICKY_TEXT\")]"),
            "{source}"
        );
        assert!(source.contains("#[deprecated(note = \"use [NEW] instead\")]"));
        assert!(
            source.contains("::core::matches!(self, Tricky::TrickyText)"),
            "{source}"
        );
        assert!(source.contains("pub enum TrickyGroup"));
    }
}
