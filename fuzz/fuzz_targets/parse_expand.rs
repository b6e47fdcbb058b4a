//! Any bytes through the whole codegen path: parse, then expand or render the diagnostics. The
//! expansion is source text, so the one way it can fail is text that is not Rust: every accepted
//! catalog's expansion (whole, with the runtime crate's trait impl, and in parts around a
//! declared enum) and every fallback must parse as a Rust file.
#![no_main]

use libfuzzer_sys::fuzz_target;

fn assert_rust(source: &str) {
    if let Err(error) = syn::parse_file(source) {
        panic!("the expansion is not Rust: {error}\n{source}");
    }
}

fn check(catalog: &chat_errors_codegen::Catalog) {
    assert_rust(
        &(chat_errors_codegen::expand(catalog)
            + &chat_errors_codegen::runtime_impl(catalog, "::chat_errors")),
    );
    let parts = chat_errors_codegen::expand_parts(catalog, "pub(crate)");
    assert_rust(&format!(
        "{}\npub(crate) enum {} {}\n{}",
        parts.attributes, catalog.enum_name, parts.body, parts.items
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
