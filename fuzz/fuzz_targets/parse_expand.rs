//! Any bytes through the whole codegen path: parse, then expand or render the diagnostics.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(source) = std::str::from_utf8(data) else {
        return;
    };
    match chat_errors_codegen::parse(source) {
        Ok(catalog) => {
            let _ = chat_errors_codegen::expand(&catalog);
        }
        Err(rejected) => {
            for diagnostic in &rejected.diagnostics {
                let _ = diagnostic.render("catalog.toml", source);
            }
            if let Some(name) = rejected.enum_name {
                let _ = chat_errors_codegen::fallback(&name, rejected.code_type);
            }
        }
    }
});
