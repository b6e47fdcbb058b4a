//! Any bytes through the whole codegen path: parse, then expand or render the diagnostics. Every
//! accepted catalog's expansion (whole, and in parts around a declared enum) and every fallback
//! must parse as a Rust file. That it also type-checks is `typecheck`'s to say, on the corpus
//! this target grows.
#![no_main]

use libfuzzer_sys::fuzz_target;

fn assert_rust(source: &str) {
    if let Err(error) = syn::parse_file(source) {
        panic!("the expansion is not Rust: {error}\n{source}");
    }
}

fn check(catalog: &chat_errors_codegen::Catalog) {
    assert_rust(&chat_errors_codegen::expand(catalog));
    let vis = chat_errors_codegen::Visibility::Written("pub(crate)".to_owned());
    let parts = chat_errors_codegen::expand_parts(catalog, &vis);
    assert_rust(&format!(
        "use ::chat_errors::__private as {};\n{}\npub(crate) enum {} {}\n{}",
        parts.runtime_alias, parts.attributes, catalog.enum_name, parts.body, parts.items
    ));
}

fuzz_target!(|data: &[u8]| {
    let Ok(source) = std::str::from_utf8(data) else {
        return;
    };
    match chat_errors_codegen::parse(source) {
        Ok(catalog) => check(&catalog),
        Err(rejected) => {
            for diagnostic in &rejected.diagnostics {
                let _ = diagnostic.render("catalog.toml", source);
            }
            if let Some(name) = rejected.enum_name {
                check(&chat_errors_codegen::fallback_catalog(&name, rejected.code_type));
            }
        }
    }
});
