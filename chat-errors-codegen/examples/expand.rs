//! Prints what `agora_errors!` generates for a catalog, formatted:
//!
//! ```text
//! cargo run -p chat-errors-codegen --example expand -- errors.toml
//! ```

use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: expand CATALOG.toml");
        return ExitCode::FAILURE;
    };
    let source = match std::fs::read_to_string(&path) {
        Ok(source) => source,
        Err(error) => {
            eprintln!("cannot read {path}: {error}");
            return ExitCode::FAILURE;
        }
    };
    match chat_errors_codegen::generate(&source, &path) {
        Ok(rust) => {
            let file = syn::parse_file(&rust).expect("the expansion is valid Rust");
            print!("{}", prettyplease::unparse(&file));
            ExitCode::SUCCESS
        }
        Err(diagnostics) => {
            eprintln!("{diagnostics}");
            ExitCode::FAILURE
        }
    }
}
