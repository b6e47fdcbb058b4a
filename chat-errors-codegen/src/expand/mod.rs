//! [`Catalog`] → Rust source: the enum, its lookups, its trait impls and its rustdoc, one function
//! per generated item.
//!
//! The expansion is written as source text, which the macro hands to rustc's lexer in one call.
//! rustc lexes optimised even in a debug build, whereas building tokens one by one (or having
//! proc-macro2 check the text first) runs in the macro's own unoptimised code: for 5,000 codes
//! that was most of the macro's time (BENCHMARKS.md). In the templates, `{{`/`}}` are braces of the
//! generated code; the texts of entries go in as [`Literal`]s, the few others as `{text:?}`.

mod args;
mod entry_data;
mod enum_def;
mod groups;
mod huge;
mod integrations;
mod lookups;
mod retired;
mod runtime;
mod rustdoc;
mod shape;
mod texts;
mod traits;
mod wire;

use core::fmt::Write as _;

use self::enum_def::enum_def;
use crate::model::{Catalog, Entry, Texts, Visibility};

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

/// From this many codes on, a catalog is huge: rustc checks a `match` of n arms in time that
/// grows with n², so the expansion has none. Every per-entry lookup reads a static table by the
/// entry's index in the catalog, which comes from the code through a perfect hash of the codes
/// (or, for string codes, is the discriminant). `name()` then costs 3 ns instead of 1,
/// `from_code` 19 (BENCHMARKS.md). The API is the same at every size.
const HUGE: usize = 10_000;

/// Every index turns into its entry through `match`es of this many arms at most: rustc's borrow
/// checking of one body grows faster than its size.
const CHUNK: usize = 256;

/// The whole expansion, for a build script: the runtime crate is `runtime` (such as
/// `::chat_errors`), bound by a `use` at the top.
pub(crate) fn expand(catalog: &Catalog, runtime: &str) -> String {
    let cx = Context::new(catalog, &Visibility::Public);
    let (attributes, body) = enum_def(&cx);
    let binding = format!(
        "#[allow(unused_imports)]\nuse {runtime}::__private as {};\n",
        cx.rt
    );
    let mut out = String::with_capacity(catalog.entries.len() * 1024 + 16 * 1024);
    let _ = write!(
        out,
        "{binding}{attributes}\npub enum {} {body}\n",
        catalog.enum_name
    );
    out.push_str(&items(&cx));
    if let Some((module, structs)) = args::structs_module(&cx) {
        let _ = write!(
            out,
            "#[doc = {}]\npub mod {module} {{\n{binding}{structs}}}\n",
            crate::literal::Literal(&args::module_doc(&cx))
        );
    }
    out
}

/// The parts of an expansion, to go around a binding of the runtime crate and the enum's
/// visibility and name, which every generated type takes too.
pub(crate) fn expand_parts(catalog: &Catalog, vis: &Visibility) -> crate::Expansion {
    let cx = Context::new(catalog, vis);
    let (attributes, body) = enum_def(&cx);
    crate::Expansion {
        runtime_alias: cx.rt.clone(),
        attributes,
        body,
        items: items(&cx),
        structs: args::structs_module(&cx).map(|(name, items)| crate::Structs {
            doc: args::module_doc(&cx),
            name,
            items,
        }),
    }
}

/// Everything but the enum itself.
fn items(cx: &Context<'_>) -> String {
    let mut out = String::with_capacity(cx.entries().len() * 512 + 16 * 1024);
    for item in [
        inherent_impl(cx),
        traits::debug_impl(cx),
        traits::display_impl(cx),
        traits::conversion_impls(cx),
        traits::unknown_code(cx),
        traits::unknown_name(cx),
        integrations::serde_impls(cx),
        integrations::miette_impl(cx),
        groups::groups(cx),
        retired::retired(cx),
        args::struct_impls(cx),
        runtime::catalog_impl(cx),
    ] {
        out.push_str(&item);
    }
    out
}

/// The constants and lookups of `impl E`.
fn inherent_impl(cx: &Context<'_>) -> String {
    let items = [
        lookups::all(cx),
        texts::languages(cx),
        entry_data::platforms(cx),
        entry_data::flag_table(cx),
        texts::resolve_language(cx),
        texts::best_language(cx),
        lookups::code(cx),
        lookups::name(cx),
        lookups::from_code(cx),
        lookups::from_name(cx),
        texts::description(cx),
        texts::cause(cx),
        texts::description_in(cx),
        texts::cause_in(cx),
        texts::note(cx),
        texts::note_in(cx),
        entry_data::aliases(cx),
        entry_data::platform_name(cx),
        entry_data::deprecated(cx),
        entry_data::docs_url(cx),
        wire::domain(cx),
        wire::stamp(cx),
        wire::lookups(cx),
        wire::problem_type(cx),
        entry_data::flags(cx),
        entry_data::flag_predicates(cx),
        entry_data::field_lookups(cx),
        args::args(cx),
        args::template(cx),
        lookups::from_index(cx),
        huge::index_helpers(cx),
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

/// The catalog, and the tables every lookup is made of.
struct Context<'a> {
    catalog: &'a Catalog,
    /// The visibility of the generated types: the enum's, `pub` unless the user declares it.
    vis: &'a Visibility,
    /// The path the expansion names the runtime crate's `__private` module by.
    rt: String,
}

impl<'a> Context<'a> {
    fn new(catalog: &'a Catalog, vis: &'a Visibility) -> Self {
        Context {
            catalog,
            vis,
            rt: crate::runtime_alias(&catalog.enum_name),
        }
    }

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
}

fn text_in<'a>(texts: &'a Texts, language: &str) -> &'a str {
    // `check` guarantees every text has the default language.
    texts.get(language).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Code, CodeType};

    pub(super) fn tricky_catalog() -> Catalog {
        let texts =
            |zh: &str, en: &str| Texts(vec![("zh".into(), zh.into()), ("en".into(), en.into())]);
        Catalog {
            enum_name: "Tricky".into(),
            default_language: "zh".into(),
            languages: vec!["zh".into(), "en".into()],
            doc: Some("The tricky catalog.".into()),
            docs_url: None,
            problem_type: None,
            domain: None,
            wire: crate::Wire::default(),
            exhaustive: false,
            code_type: CodeType::default(),
            serde: crate::model::OptIn::Off,
            miette: crate::model::OptIn::Off,
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
                wire: crate::Wire::default(),
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
                group: Some(0),
                flags: vec!["retryable".into()],
                args: Vec::new(),
                wire: crate::Wire::default(),
                fields: vec![Some(crate::model::Value::List(vec![
                    crate::model::Value::Int(400),
                    crate::model::Value::Int(403),
                ]))],
            }],
            fields: vec![crate::model::Field {
                name: "statuses".into(),
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
        let source = expand(&tricky_catalog(), "::chat_errors");
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
