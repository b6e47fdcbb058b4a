//! [`Catalog`] → Rust source: the enum, its lookups, its trait impls and its rustdoc, one function
//! per generated item.
//!
//! The expansion is written as source text, which the macro hands to rustc's lexer in one call.
//! rustc lexes optimised even in a debug build, whereas building tokens one by one (or having
//! proc-macro2 check the text first) runs in the macro's own unoptimised code: for 5,000 codes
//! that was most of the macro's time (BENCHMARKS.md). In the templates, `{{`/`}}` are braces of the
//! generated code; the texts of entries go in as [`Literal`]s, the few others as `{text:?}`.

mod entry_data;
mod enum_def;
mod groups;
mod huge;
mod lookups;
mod retired;
mod runtime;
mod rustdoc;
mod shape;
mod texts;
mod traits;

pub(crate) use runtime::RUNTIME;

use core::fmt::Write as _;

pub(crate) use texts::needs_likely;

use self::enum_def::enum_def;
use self::groups::groups;
use self::huge::all_iterator;
use self::retired::retired;
use self::traits::{
    conversion_impls, debug_impl, display_impl, serde_impls, unknown_code, unknown_name,
};
use crate::model::{Catalog, Entry, Texts};

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

/// The constants and lookups of `impl E`.
fn inherent_impl(cx: &Context<'_>) -> String {
    let items = [
        lookups::all(cx),
        texts::languages(cx),
        texts::resolve_language(cx),
        texts::best_language(cx),
        entry_data::platforms(cx),
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
        entry_data::flags(cx),
        entry_data::flag_predicates(cx),
        entry_data::field_lookups(cx),
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
}

fn text_in<'a>(texts: &'a Texts, language: &str) -> &'a str {
    // `check` guarantees every text has the default language.
    texts.get(language).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Code, CodeType};

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
