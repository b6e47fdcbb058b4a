//! [`Catalog`] → Rust source: the enum, its lookups, its trait impls and its rustdoc, one function
//! per generated item.
//!
//! The expansion is written as source text, which the macro hands to rustc's lexer in one call.
//! rustc lexes optimised even in a debug build, whereas building tokens one by one (or having
//! proc-macro2 check the text first) runs in the macro's own unoptimised code: for 5,000 codes
//! that was most of the macro's time (BENCHMARKS.md). In the templates, `{{`/`}}` are braces of the
//! generated code; the texts of entries go in as [`Literal`]s, the few others as `{text:?}`.

use core::fmt::Write as _;

use crate::literal::Literal;
use crate::markdown::inline;
use crate::model::{Catalog, Code, CodeType, Entry, IntType, Serde, Texts, Value};

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
/// the code by a binary search (or, for string codes, is the discriminant); the index becomes the
/// entry through `match`es of at most 256 arms; and `ALL` is an iterator rather than a slice. A
/// lookup then costs a binary search, some nanoseconds more than a jump table.
const HUGE: usize = 10_000;

pub(crate) fn expand(catalog: &Catalog) -> String {
    let cx = Context { catalog };
    let mut out = String::with_capacity(catalog.entries.len() * 1024 + 16 * 1024);
    for item in [
        enum_def(&cx),
        inherent_impl(&cx),
        debug_impl(&cx),
        display_impl(&cx),
        conversion_impls(&cx),
        unknown_code(&cx),
        unknown_name(&cx),
        all_iterator(&cx),
        serde_impls(&cx),
        groups(&cx),
    ] {
        out.push_str(&item);
    }
    out
}

/// The catalog, and the tables every lookup is made of.
struct Context<'a> {
    catalog: &'a Catalog,
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

    /// `Some("text")` where `text` gives one, `None` otherwise.
    fn optional_texts(&self, text: impl Fn(&Entry) -> Option<&str>) -> String {
        self.per_entry(
            "::core::option::Option<&str>",
            |entry| {
                text(entry).map(|text| format!("::core::option::Option::Some({})", Literal(text)))
            },
            "::core::option::Option::None",
        )
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
        let wrap = |list: String| {
            if optional {
                format!("::core::option::Option::Some({list})")
            } else {
                list
            }
        };
        let default = if optional {
            "::core::option::Option::None"
        } else {
            "&[]"
        };
        if !self.huge() {
            let ty = if optional {
                format!("::core::option::Option<&[{item}]>")
            } else {
                format!("&[{item}]")
            };
            return self.per_entry(
                &ty,
                |entry| Some(wrap(format!("&[{}]", items(entry)?.join(", ")))),
                default,
            );
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
        let list = wrap("ITEMS.split_at(start).1.split_at(len).0".to_owned());
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

/// The enum: one documented variant per entry, the code as its discriminant.
fn enum_def(cx: &Context<'_>) -> String {
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
            if !(follows && count >= LARGE) {
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
    format!(
        "
#[doc = {doc}]{repr}
#[non_exhaustive]
{derives}
pub enum {enum_name} {{{variants}
}}
",
        doc = Literal(&enum_doc(catalog)),
        derives = ENUM_DERIVES,
        enum_name = cx.enum_name(),
    )
}

/// The constants and lookups of `impl E`.
fn inherent_impl(cx: &Context<'_>) -> String {
    let items = [
        all(cx),
        languages(cx),
        resolve_language(),
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

/// How `*_in` lookups understand a language tag (`language.rs`).
const NEGOTIATION: &str = include_str!("language.rs");

fn resolve_language() -> String {
    format!(
        "
    /// The catalog language (one of [`LANGUAGES`](Self::LANGUAGES)) that a language tag asks for,
    /// as apps and browsers write tags: the tag itself, then ever shorter prefixes (`zh-Hans-CN`,
    /// `zh-Hans`, `zh`), in any letter case and with `-` or `_`, so `zh-CN`, `zh_CN` and `ZH` find
    /// `zh`, and `en-US` finds `en`. A Chinese tag with a region goes to the script the region
    /// writes where the catalog has it: `zh-TW`, `zh-HK` and `zh-MO` to `zh-Hant`, `zh-CN` and
    /// `zh-SG` to `zh-Hans`. A `;q=` weight is ignored. `None` when no catalog language matches.
    #[must_use]
    pub fn resolve_language(tag: &str) -> ::core::option::Option<&'static str> {{
        {NEGOTIATION}
        negotiate(Self::LANGUAGES, tag)
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
        crate::names::from_name_body(cx.catalog)
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
    /// Why the code is retired, if it is; its variant is then `#[deprecated]`.
    #[must_use]
    pub const fn deprecated(self) -> ::core::option::Option<&'static str> {{
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
            let optional = format!("::core::option::Option<{ty}>");
            (
                optional.clone(),
                cx.per_entry(
                    &optional.replace("'static ", ""),
                    |entry| Some(format!("::core::option::Option::Some({})", value(entry)?)),
                    "::core::option::Option::None",
                ),
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

/// For a huge catalog: `__index(self)`, the entry's index in the catalog; `__index_of(code)`,
/// the index of the entry with that integer code; `__from_index(index)`, the entry at an index.
fn index_helpers(cx: &Context<'_>) -> String {
    if !cx.huge() {
        return String::new();
    }
    let count = cx.entries().len();
    // A function per 256 entries: rustc's borrow checking of one body grows faster than its size.
    let mut chunks = String::new();
    let mut dispatch = String::new();
    for (chunk, entries) in cx.entries().chunks(256).enumerate() {
        let _ = write!(
            chunks,
            "\nconst fn chunk_{chunk}(offset: usize) -> Option<{}> {{\nmatch offset {{",
            cx.enum_name()
        );
        for (offset, entry) in entries.iter().enumerate() {
            let _ = write!(
                chunks,
                "\n{offset} => Some({}::{}),",
                cx.enum_name(),
                entry.variant
            );
        }
        chunks.push_str("\n_ => None,\n}\n}");
        let _ = write!(dispatch, "\n{chunk} => chunk_{chunk}(index % 256),");
    }
    let from_index = format!(
        "
    const fn __from_index(index: usize) -> ::core::option::Option<Self> {{
        use ::core::option::Option::{{None, Some}};{chunks}
        match index / 256 {{{dispatch}
            _ => None,
        }}
    }}
"
    );
    let CodeType::Int(int) = cx.catalog.code_type else {
        // String codes have no discriminants of their own: each is its index.
        return format!(
            "{from_index}
    const fn __index(self) -> usize {{
        self as usize
    }}
"
        );
    };
    let mut by_code: Vec<(i128, usize)> = cx
        .entries()
        .iter()
        .enumerate()
        .map(|(index, entry)| match entry.code {
            Code::Int(code) => (code, index),
            Code::Str(_) => (0, index),
        })
        .collect();
    by_code.sort_unstable();
    let mut pairs = String::with_capacity(count * 16);
    for (code, index) in by_code {
        let _ = write!(pairs, "\n({code}, {index}),");
    }
    format!(
        "{from_index}
    const fn __index_of(code: {int}) -> ::core::option::Option<usize> {{
        // Every code with its entry's index, by code.
        static BY_CODE: [({int}, usize); {count}] = [{pairs}
        ];
        let (mut low, mut high) = (0, BY_CODE.len());
        while low < high {{
            let middle = low + (high - low) / 2;
            let (candidate, index) = BY_CODE[middle];
            if candidate == code {{
                return ::core::option::Option::Some(index);
            }}
            if candidate < code {{
                low = middle + 1;
            }} else {{
                high = middle;
            }}
        }}
        ::core::option::Option::None
    }}

    const fn __index(self) -> usize {{
        match Self::__index_of(self as {int}) {{
            ::core::option::Option::Some(index) => index,
            ::core::option::Option::None => 0,
        }}
    }}
",
        int = int.name(),
    )
}

/// `Debug` writes the variant's name, as the derive would. The variant is the name in
/// UpperCamelCase, so it is spelt from `name()` rather than from a table of its own: the derive
/// generates a call per variant (at 20,000 codes, 9.6 GB of a 10.1 GB build), a table as many
/// strings again.
fn debug_impl(cx: &Context<'_>) -> String {
    format!(
        "
#[automatically_derived]
impl ::core::fmt::Debug for {} {{
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {{
        for word in self.name().split('_') {{
            let mut chars = word.chars();
            if let ::core::option::Option::Some(first) = chars.next() {{
                ::core::fmt::Write::write_char(f, first.to_ascii_uppercase())?;
                for c in chars {{
                    ::core::fmt::Write::write_char(f, c.to_ascii_lowercase())?;
                }}
            }}
        }}
        ::core::result::Result::Ok(())
    }}
}}
",
        cx.enum_name()
    )
}

fn display_impl(cx: &Context<'_>) -> String {
    format!(
        "
#[automatically_derived]
impl ::core::fmt::Display for {enum_name} {{
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {{
        ::core::write!(f, \"{{}} {{}}: {{}}\", self.code(), self.name(), self.description())
    }}
}}

#[automatically_derived]
impl ::core::error::Error for {enum_name} {{}}
",
        enum_name = cx.enum_name()
    )
}

/// `From<E> for T` and `TryFrom<T>` for integer codes of type `T`, `TryFrom<&str>` for string
/// codes; `FromStr` by name; `AsRef<str>`, the name.
fn conversion_impls(cx: &Context<'_>) -> String {
    let enum_name = cx.enum_name();
    let by_code = match cx.catalog.code_type {
        CodeType::Int(int) => format!(
            "
#[automatically_derived]
impl ::core::convert::From<{enum_name}> for {int} {{
    fn from(code: {enum_name}) -> {int} {{
        code.code()
    }}
}}

#[automatically_derived]
impl ::core::convert::TryFrom<{int}> for {enum_name} {{
    type Error = Unknown{enum_name};

    fn try_from(code: {int}) -> ::core::result::Result<Self, Unknown{enum_name}> {{
        Self::from_code(code).ok_or(Unknown{enum_name}(code))
    }}
}}
",
            int = int.name()
        ),
        CodeType::String => format!(
            "
#[automatically_derived]
impl<'a> ::core::convert::TryFrom<&'a str> for {enum_name} {{
    type Error = Unknown{enum_name}<'a>;

    fn try_from(code: &'a str) -> ::core::result::Result<Self, Unknown{enum_name}<'a>> {{
        Self::from_code(code).ok_or(Unknown{enum_name}(code))
    }}
}}
"
        ),
    };
    format!(
        "{by_code}
#[automatically_derived]
impl ::core::str::FromStr for {enum_name} {{
    type Err = Unknown{enum_name}Name;

    fn from_str(name: &str) -> ::core::result::Result<Self, Unknown{enum_name}Name> {{
        Self::from_name(name).ok_or(Unknown{enum_name}Name(()))
    }}
}}

/// The name, as [`name`]({enum_name}::name) gives it.
#[automatically_derived]
impl ::core::convert::AsRef<str> for {enum_name} {{
    fn as_ref(&self) -> &str {{
        self.name()
    }}
}}
"
    )
}

/// `Unknown{E}`: the error of `TryFrom`, which keeps the code.
fn unknown_code(cx: &Context<'_>) -> String {
    let enum_name = cx.enum_name();
    let (generics, code_type, from) = match cx.catalog.code_type {
        CodeType::Int(int) => ("", int.name(), int.name()),
        CodeType::String => ("<'a>", "&'a str", "&str"),
    };
    let doc = format!(
        "A code that is not in [`{enum_name}`]'s catalog: the error of its `TryFrom<{from}>`, which keeps the code."
    );
    format!(
        "
#[doc = {doc:?}]
{VALUE_DERIVES}
pub struct Unknown{enum_name}{generics}(pub {code_type});

#[automatically_derived]
impl{generics} ::core::fmt::Display for Unknown{enum_name}{generics} {{
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {{
        ::core::write!(f, \"unknown error code {{}}\", self.0)
    }}
}}

#[automatically_derived]
impl{generics} ::core::error::Error for Unknown{enum_name}{generics} {{}}
"
    )
}

/// `Unknown{E}Name`: the error of `FromStr`.
fn unknown_name(cx: &Context<'_>) -> String {
    let enum_name = cx.enum_name();
    let doc = format!(
        "A name that is not a name, alias or platform name in [`{enum_name}`]'s catalog: the error of its `FromStr`."
    );
    format!(
        "
#[doc = {doc:?}]
{VALUE_DERIVES}
pub struct Unknown{enum_name}Name(());

#[automatically_derived]
impl ::core::fmt::Display for Unknown{enum_name}Name {{
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {{
        f.write_str(\"unknown error name\")
    }}
}}

#[automatically_derived]
impl ::core::error::Error for Unknown{enum_name}Name {{}}
"
    )
}

/// `{E}All`, the type of `ALL` in a huge catalog.
fn all_iterator(cx: &Context<'_>) -> String {
    if !cx.huge() {
        return String::new();
    }
    let enum_name = cx.enum_name();
    let doc = format!(
        "Every code of [`{enum_name}`], in catalog order: the type of [`{enum_name}::ALL`]. An \
         iterator of values, with `len`, `get` and `iter` as a slice has them: a slice of \
         {HUGE} codes or more would cost rustc time in the square of its length."
    );
    format!(
        "
#[doc = {doc:?}]
#[derive(::core::fmt::Debug, ::core::clone::Clone)]
pub struct {enum_name}All {{
    front: usize,
    back: usize,
}}

impl {enum_name}All {{
    /// How many codes are left.
    #[must_use]
    pub const fn len(&self) -> usize {{
        self.back - self.front
    }}

    /// Whether no code is left.
    #[must_use]
    pub const fn is_empty(&self) -> bool {{
        self.front == self.back
    }}

    /// The code at `index` among those left, or `None` past the end.
    #[must_use]
    pub const fn get(&self, index: usize) -> ::core::option::Option<{enum_name}> {{
        if index < self.len() {{
            {enum_name}::__from_index(self.front + index)
        }} else {{
            ::core::option::Option::None
        }}
    }}

    /// The same codes, to iterate without using this up.
    #[must_use]
    pub const fn iter(&self) -> Self {{
        {enum_name}All {{
            front: self.front,
            back: self.back,
        }}
    }}
}}

#[automatically_derived]
impl ::core::iter::Iterator for {enum_name}All {{
    type Item = {enum_name};

    fn next(&mut self) -> ::core::option::Option<{enum_name}> {{
        let next = self.get(0)?;
        self.front += 1;
        ::core::option::Option::Some(next)
    }}

    fn size_hint(&self) -> (usize, ::core::option::Option<usize>) {{
        (self.len(), ::core::option::Option::Some(self.len()))
    }}
}}

#[automatically_derived]
impl ::core::iter::DoubleEndedIterator for {enum_name}All {{
    fn next_back(&mut self) -> ::core::option::Option<{enum_name}> {{
        let last = self.get(self.len().checked_sub(1)?)?;
        self.back -= 1;
        ::core::option::Option::Some(last)
    }}
}}

#[automatically_derived]
impl ::core::iter::ExactSizeIterator for {enum_name}All {{}}

#[automatically_derived]
impl ::core::iter::FusedIterator for {enum_name}All {{}}
"
    )
}

/// `Serialize` and `Deserialize` by code, when the catalog asks for them: an unknown code is an
/// error that quotes it.
fn serde_impls(cx: &Context<'_>) -> String {
    let cfg = match &cx.catalog.serde {
        Serde::Off => return String::new(),
        Serde::On => String::new(),
        Serde::Feature(feature) => format!("\n#[cfg(feature = {feature:?})]"),
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
                format!("serializer.serialize_{int}(self.code())", int = int.name()),
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
            "serializer.serialize_str(self.code())".to_owned(),
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
    let mut codes = String::new();
    for group in &catalog.groups {
        let variant = &group.variant;
        let mut doc = inline(&group.title);
        if let Some(text) = &group.doc {
            doc.push_str("\n\n");
            doc.push_str(text);
        }
        let (members, count) = cx.array_of(|entry| entry.group.as_ref() == Some(&group.name));
        let _ = write!(variants, "\n    #[doc = {doc:?}]\n    {variant},");
        let _ = write!(names, "\n            Self::{variant} => {:?},", group.name);
        let _ = write!(
            titles,
            "\n            Self::{variant} => {:?},",
            group.title
        );
        let _ = write!(
            codes,
            "\n            Self::{variant} => {{
                static CODES: [{enum_name}; {count}] = {members};
                &CODES
            }}"
        );
    }
    let codes = if cx.huge() {
        format!(
            "pub fn codes(self) -> impl ::core::iter::Iterator<Item = {enum_name}> {{
        {enum_name}::ALL.filter(move |code| code.group() == self)
    }}"
        )
    } else {
        format!(
            "#[must_use]
    pub fn codes(self) -> &'static [{enum_name}] {{
        match self {{{codes}
        }}
    }}"
        )
    };
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
#[doc = {doc:?}]
#[non_exhaustive]
{ENUM_DERIVES}
#[derive(::core::fmt::Debug)]
pub enum {group_enum} {{{variants}
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
}}

#[automatically_derived]
impl ::core::fmt::Display for {group_enum} {{
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {{
        f.write_str(self.title())
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

/// What the error types of the conversions derive.
const VALUE_DERIVES: &str = "#[derive(
    ::core::fmt::Debug,
    ::core::clone::Clone,
    ::core::marker::Copy,
    ::core::cmp::PartialEq,
    ::core::cmp::Eq,
    ::core::hash::Hash,
)]";

/// `text` in code font, or escaped as plain text where a backtick would end the span early.
fn code_span(text: &str) -> String {
    if text.contains('`') || text.trim() != text || text.is_empty() {
        inline(text)
    } else {
        format!("`{text}`")
    }
}

fn text_in<'a>(texts: &'a Texts, language: &str) -> &'a str {
    // `check` guarantees every text has the default language.
    texts.get(language).unwrap_or_default()
}

fn enum_doc(catalog: &Catalog) -> String {
    let mut doc = String::new();
    match &catalog.doc {
        Some(text) => doc.push_str(text.trim_end()),
        None => doc.push_str("Error codes of the catalog."),
    }
    if !catalog.flags.is_empty() {
        doc.push_str("\n\n**Flags**\n\n");
        for flag in &catalog.flags {
            let _ = writeln!(
                doc,
                "- [`is_{name}`]({}::is_{name}): {}",
                catalog.enum_name,
                inline(&flag.meaning),
                name = flag.name,
            );
        }
    }
    if !catalog.fields.is_empty() {
        doc.push_str("\n\n**Fields**\n\n");
        for field in &catalog.fields {
            let _ = writeln!(
                doc,
                "- [`{name}`]({}::{name}): {}",
                catalog.enum_name,
                inline(&field.doc),
                name = field.name,
            );
        }
    }
    let large = catalog.entries.len() >= LARGE;
    if large {
        let _ = write!(
            doc,
            "\n\nThe {} codes of the catalog are the variants below, each with its code, name and \
             description.",
            catalog.entries.len()
        );
    } else if catalog.groups.is_empty() {
        code_table(&mut doc, catalog, |_| true);
    }
    for group in &catalog.groups {
        let _ = write!(doc, "\n\n### {}\n", inline(&group.title));
        if let Some(text) = &group.doc {
            let _ = write!(doc, "\n{}\n", text.trim_end());
        }
        if !large {
            code_table(&mut doc, catalog, |entry| {
                entry.group.as_ref() == Some(&group.name)
            });
        }
    }
    doc
}

fn code_table(doc: &mut String, catalog: &Catalog, include: impl Fn(&Entry) -> bool) {
    doc.push_str("\n\n| Code | Name | Variant | Description |\n|---:|---|---|---|\n");
    for entry in catalog.entries.iter().filter(|entry| include(entry)) {
        let deprecated = if entry.deprecated.is_some() {
            " (deprecated)"
        } else {
            ""
        };
        let _ = writeln!(
            doc,
            "| {} | `{}` | [`{variant}`]({}::{variant}){deprecated} | {} |",
            inline(&entry.code.to_string()),
            entry.name,
            catalog.enum_name,
            inline(text_in(&entry.description, &catalog.default_language)),
            variant = entry.variant,
        );
    }
}

fn variant_doc(catalog: &Catalog, entry: &Entry) -> String {
    let mut doc = inline(text_in(&entry.description, &catalog.default_language));
    let _ = write!(
        doc,
        "\n\n- Code: {}\n- Name: `{}`\n",
        code_span(&entry.code.to_string()),
        entry.name
    );
    if !entry.aliases.is_empty() {
        let aliases: Vec<String> = entry.aliases.iter().map(|a| format!("`{a}`")).collect();
        let _ = writeln!(doc, "- Aliases: {}", aliases.join(", "));
    }
    if !entry.platform_names.is_empty() {
        let names: Vec<String> = entry
            .platform_names
            .iter()
            .map(|(platform, name)| format!("`{name}` ({platform})"))
            .collect();
        let _ = writeln!(doc, "- Platform names: {}", names.join(", "));
    }
    if let Some(note) = &entry.deprecated {
        let _ = writeln!(doc, "- Deprecated: {}", inline(note));
    }
    if let Some(group) = catalog
        .groups
        .iter()
        .find(|group| entry.group.as_ref() == Some(&group.name))
    {
        let _ = writeln!(doc, "- Group: {}", inline(&group.title));
    }
    if !entry.flags.is_empty() {
        let flags: Vec<String> = entry.flags.iter().map(|flag| format!("`{flag}`")).collect();
        let _ = writeln!(doc, "- Flags: {}", flags.join(", "));
    }
    for (field, value) in catalog.fields.iter().zip(&entry.fields) {
        if let Some(value) = value {
            let _ = writeln!(doc, "- {}: {}", field.name, code_span(&value.to_string()));
        }
    }
    // With one language, the first line already is the description, and the other texts need
    // no language tag.
    let monolingual = catalog.languages.len() == 1;
    for (heading, texts) in [
        (
            "Description",
            Some(&entry.description).filter(|_| !monolingual),
        ),
        ("Cause", entry.cause.as_ref()),
        ("Note", entry.note.as_ref()),
    ] {
        let Some(texts) = texts else { continue };
        let _ = write!(doc, "\n**{heading}**\n\n");
        for language in &catalog.languages {
            match texts.get(language) {
                Some(text) if monolingual => {
                    let _ = writeln!(doc, "{}", inline(text));
                }
                Some(text) => {
                    let _ = writeln!(doc, "- `{language}`: {}", inline(text));
                }
                None => {}
            }
        }
    }
    doc
}

#[cfg(test)]
mod tests {
    use super::*;

    mod negotiation {
        include!("language.rs");

        const ZH_EN: &[&str] = &["zh", "en"];
        const SCRIPTS: &[&str] = &["en", "zh-Hans", "zh-Hant", "zh"];

        #[test]
        fn exact_tags_in_any_case_and_either_separator() {
            for (tag, language) in [("zh", "zh"), ("ZH", "zh"), ("En", "en"), (" en ", "en")] {
                assert_eq!(negotiate(ZH_EN, tag), Some(language), "{tag}");
            }
            assert_eq!(negotiate(SCRIPTS, "zh_hant"), Some("zh-Hant"));
            assert_eq!(negotiate(SCRIPTS, "ZH-HANS"), Some("zh-Hans"));
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
                assert_eq!(negotiate(ZH_EN, tag), Some(language), "{tag}");
            }
            assert_eq!(negotiate(SCRIPTS, "zh-Hant-TW"), Some("zh-Hant"));
            assert_eq!(negotiate(SCRIPTS, "zh-Hans-SG"), Some("zh-Hans"));
        }

        #[test]
        fn chinese_regions_go_to_their_script_where_the_catalog_has_it() {
            for region in ["TW", "hk", "MO"] {
                let tag = format!("zh-{region}");
                assert_eq!(negotiate(SCRIPTS, &tag), Some("zh-Hant"), "{tag}");
                assert_eq!(negotiate(ZH_EN, &tag), Some("zh"), "{tag}");
            }
            for region in ["CN", "sg", "MY"] {
                let tag = format!("zh_{region}");
                assert_eq!(negotiate(SCRIPTS, &tag), Some("zh-Hans"), "{tag}");
            }
            assert_eq!(negotiate(SCRIPTS, "zh-US"), Some("zh"));
            assert_eq!(chinese_script("zh-TW-x"), None);
            assert_eq!(chinese_script("en-TW"), None);
        }

        #[test]
        fn weights_are_ignored_and_misses_are_none() {
            assert_eq!(negotiate(ZH_EN, "en-US;q=0.8"), Some("en"));
            for tag in ["", "fr", "fr-FR", "*", "z", "-", "zh-", ";q=1", "e"] {
                let expected = if tag == "zh-" { Some("zh") } else { None };
                assert_eq!(negotiate(ZH_EN, tag), expected, "{tag:?}");
            }
            assert!(!same_tag("zh-CN", "zh-C"));
            assert!(same_tag("zh-cn", "ZH_CN"));
            assert!(!same_tag("zh-CN", "zhxCN"));
        }
    }

    fn html(markdown: &str) -> String {
        let mut options = pulldown_cmark::Options::empty();
        options.insert(pulldown_cmark::Options::ENABLE_TABLES);
        let mut out = String::new();
        pulldown_cmark::html::push_html(
            &mut out,
            pulldown_cmark::Parser::new_ext(markdown, options),
        );
        out
    }

    fn tricky_catalog() -> Catalog {
        let texts =
            |zh: &str, en: &str| Texts(vec![("zh".into(), zh.into()), ("en".into(), en.into())]);
        Catalog {
            enum_name: "Tricky".into(),
            default_language: "zh".into(),
            languages: vec!["zh".into(), "en".into()],
            doc: Some("The tricky catalog.".into()),
            code_type: CodeType::default(),
            serde: Serde::Off,
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
        }
    }

    #[test]
    fn variant_docs_render_texts_as_written() {
        let catalog = tricky_catalog();
        let rendered = html(&variant_doc(&catalog, &catalog.entries[0]));
        for markup in ["<a ", "<pre", "<b>", "<h1", "<em>", "<table"] {
            assert!(!rendered.contains(markup), "{markup} in {rendered}");
        }
        for shown in [
            "见[文档](https://d.example/x) &lt;b&gt;粗&lt;/b&gt;",
            "a | pipe &amp; [b]",
            "\u{a0}\u{a0}\u{a0}\u{a0}缩进的行<br>```<br>围栏<br>```",
            "# heading *star*",
            "use [NEW] instead",
            "<code>-7</code>",
            "<code>TRICKY_TEXT</code>",
            "http_status: <code>400, 403</code>",
            "<code>OLD_TRICKY</code>",
            "Group: Odd [ones]",
            "Flags: <code>retryable</code>",
            "Platform names: <code>TrickyErrorText</code> (ios)",
            "<strong>Note</strong>",
            "注意 *这里*",
            "mind [this]",
        ] {
            assert!(rendered.contains(shown), "{shown} not in {rendered}");
        }
    }

    #[test]
    fn the_enum_doc_has_a_row_per_code() {
        let catalog = tricky_catalog();
        let rendered = html(&enum_doc(&catalog));
        assert!(rendered.starts_with("<p>The tricky catalog.</p>"));
        assert!(
            rendered.contains("<h3>Odd [ones]</h3>\n<p>Codes with <em>odd</em> texts.</p>"),
            "{rendered}"
        );
        assert!(
            rendered.contains("<a href=\"Tricky::is_retryable\"><code>is_retryable</code></a>: Try &lt;again&gt; later."),
            "{rendered}"
        );
        assert_eq!(rendered.matches("<tr>").count(), 2, "{rendered}");
        assert!(
            rendered.contains("<td>见[文档](https://d.example/x) &lt;b&gt;粗&lt;/b&gt;</td>"),
            "{rendered}"
        );
        assert!(
            rendered.contains(
                "<a href=\"Tricky::TrickyText\"><code>TrickyText</code></a> (deprecated)"
            ),
            "{rendered}"
        );
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
