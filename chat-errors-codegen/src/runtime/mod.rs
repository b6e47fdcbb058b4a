//! What the runtime crate compiles once for every catalog, and the code generator compiles too:
//! the language negotiation, the variant spelling, the hashes and gRPC's codes. The files are the
//! runtime crate's (linked here), so what the generator decides and what the generated code does
//! at run time cannot drift apart.

#![allow(dead_code)]

pub(crate) mod hash;
pub(crate) mod language;
pub(crate) mod likely;
pub(crate) mod variant;
pub(crate) mod wire;

/// The languages whose tags another code also names, which `alias` in `likely.rs` maps.
const ALIASED: [&str; 8] = ["nb", "no", "he", "iw", "id", "in", "yi", "ji"];

/// Whether the catalog's languages need likely subtags to be found: some language has a script
/// or a region (`zh-CN`, `sr-Latn`), or another code names it (`no` for `nb`). For the others
/// (`zh`, `en`), ever shorter prefixes of a tag find every language it can mean, and the lookups
/// call the shorter negotiation.
pub(crate) fn needs_likely(languages: &[String]) -> bool {
    languages.iter().any(|language| {
        language.contains(['-', '_']) || ALIASED.contains(&language.to_ascii_lowercase().as_str())
    })
}

/// The one of `languages` that a language tag asks for, by the same rules as a catalog of these
/// languages negotiates with in its `resolve_language`: for tools that show a catalog's texts
/// without compiling it.
///
/// ```
/// assert_eq!(chat_errors_codegen::negotiate_language(&["zh", "en"], "en-US"), Some("en"));
/// assert_eq!(chat_errors_codegen::negotiate_language(&["zh", "en"], "fr"), None);
/// ```
pub fn negotiate_language<'a>(languages: &[&'a str], tag: &str) -> Option<&'a str> {
    let owned: Vec<String> = languages
        .iter()
        .map(|language| (*language).to_owned())
        .collect();
    if needs_likely(&owned) {
        likely::negotiate_likely(languages, tag)
    } else {
        language::negotiate(languages, tag)
    }
}

#[cfg(test)]
mod tests {
    /// What a catalog with these languages calls.
    use super::negotiate_language as resolve;

    #[test]
    fn only_catalogs_in_regional_variants_or_aliased_languages_need_likely_subtags() {
        let needs = |languages: &[&str]| {
            super::needs_likely(
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
    fn subtags_are_read_by_their_shape() {
        use super::likely::subtags;
        assert_eq!(
            subtags(b"zh-Hant-TW"),
            (&b"zh"[..], Some(&b"Hant"[..]), Some(&b"TW"[..]))
        );
        assert_eq!(subtags(b"es-419"), (&b"es"[..], None, Some(&b"419"[..])));
        assert_eq!(
            subtags(b"en-US-x-private"),
            (&b"en"[..], None, Some(&b"US"[..]))
        );
        assert_eq!(subtags(b"de"), (&b"de"[..], None, None));
        assert_eq!(subtags(b""), (&b""[..], None, None));
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
