//! No input makes the codegen panic: generated catalogs (valid and not) and mutated real ones
//! come back as tokens or as diagnostics that render, never as a panic.

use std::collections::HashSet;

mod support;

use proptest::prelude::*;
use support::generate::{SEED_CATALOG, catalog, mutated};

/// Parses, then expands or renders every diagnostic, checking what holds either way.
fn run(source: &str) {
    match chat_errors_codegen::parse(source) {
        Ok(catalog) => {
            assert!(!catalog.entries.is_empty());
            let codes: HashSet<&chat_errors_codegen::Code> =
                catalog.entries.iter().map(|e| &e.code).collect();
            assert_eq!(
                codes.len(),
                catalog.entries.len(),
                "duplicate codes accepted"
            );
            let names: HashSet<&str> = catalog.names().map(|(name, _)| name).collect();
            assert_eq!(
                names.len(),
                catalog.names().count(),
                "duplicate names accepted"
            );
            let source = chat_errors_codegen::expand(&catalog);
            // The macro hands this text to rustc's lexer: it must be Rust.
            let file =
                syn::parse_file(&source).unwrap_or_else(|error| panic!("{error}:\n{source}"));
            assert!(!file.items.is_empty());
        }
        Err(rejected) => {
            assert!(
                !rejected.diagnostics.is_empty(),
                "rejected without a reason"
            );
            for diagnostic in &rejected.diagnostics {
                if let Some(span) = &diagnostic.span {
                    assert!(
                        span.start <= source.len(),
                        "{diagnostic:?} lies outside the file"
                    );
                }
                let text = diagnostic.render("catalog.toml", source);
                assert!(text.contains("--> catalog.toml"), "{text}");
            }
            if let Some(name) = rejected.enum_name {
                assert!(!chat_errors_codegen::fallback(&name, rejected.code_type).is_empty());
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn generated_catalogs_give_tokens_or_diagnostics(source in catalog()) {
        run(&source);
    }

    #[test]
    fn mutated_catalogs_give_tokens_or_diagnostics(source in mutated()) {
        run(&source);
    }

    #[test]
    fn arbitrary_text_gives_tokens_or_diagnostics(source in "\\PC{0,64}") {
        run(&source);
    }
}

/// Unique codes and unique letter-only names (whose variants cannot collide) are always accepted,
/// and the catalog keeps them in file order.
#[test]
fn valid_catalogs_are_accepted() {
    let entries =
        proptest::collection::btree_map(any::<i32>(), "[A-Z]{1,4}(_[A-Z]{1,4}){0,2}", 1..40);
    proptest!(|(entries in entries)| {
        let mut seen = HashSet::new();
        let entries: Vec<(i32, String)> = entries
            .into_iter()
            .filter(|(_, name)| name != "SELF" && seen.insert(name.clone()))
            .collect();
        let source: String = entries
            .iter()
            .map(|(code, name)| format!("[[error]]\ncode = {code}\nname = {name:?}\ndescription = \"d\"\n"))
            .collect();
        let catalog = chat_errors_codegen::parse(&source).unwrap();
        let parsed: Vec<(i32, String)> =
            catalog.entries.iter().map(|e| (code_of(e), e.name.clone())).collect();
        prop_assert_eq!(parsed, entries);
        run(&source);
    });
}

fn code_of(entry: &chat_errors_codegen::Entry) -> i32 {
    match entry.code {
        chat_errors_codegen::Code::Int(code) => i32::try_from(code).unwrap(),
        chat_errors_codegen::Code::Str(_) => panic!("an i32 catalog has integer codes"),
    }
}

#[test]
fn the_seed_catalog_itself_is_valid() {
    assert!(chat_errors_codegen::parse(SEED_CATALOG).is_ok());
}
