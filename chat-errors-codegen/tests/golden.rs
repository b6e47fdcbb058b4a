//! The expansion of one small catalog, pretty-printed and kept in `tests/golden/small.rs`. A
//! change to the generated code shows up here as a diff to review; accept it with
//! `UPDATE_GOLDEN=1 cargo test -p chat-errors-codegen --test golden`.

use std::path::Path;

#[test]
fn small_catalog_expansion_matches_the_snapshot() {
    let golden = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let source = std::fs::read_to_string(golden.join("small.toml")).unwrap();
    let catalog = chat_errors_codegen::parse(&source).unwrap();
    let expansion = chat_errors_codegen::expand(&catalog);
    let file = syn::parse_file(&expansion).unwrap();
    let actual = prettyplease::unparse(&file);
    let snapshot = golden.join("small.rs");
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&snapshot, &actual).unwrap();
    }
    let expected = std::fs::read_to_string(&snapshot).unwrap_or_default();
    assert!(
        actual == expected,
        "the expansion changed; review it and run with UPDATE_GOLDEN=1 to accept:\n{actual}"
    );
}

#[test]
fn expansion_is_deterministic() {
    let source = include_str!("golden/small.toml");
    let once = chat_errors_codegen::expand(&chat_errors_codegen::parse(source).unwrap());
    let twice = chat_errors_codegen::expand(&chat_errors_codegen::parse(source).unwrap());
    assert_eq!(once, twice);
}
