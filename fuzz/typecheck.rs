//! The fuzz corpus through the compile oracle: every input the code generator accepts is expanded
//! in a crate of its own module and type-checked with `cargo check`, as `tests/compiles.rs` does
//! with its catalogs. The fuzz target can only parse what it expands, once per input and fast;
//! this runs rustc, so it takes the corpus in batches.
//!
//! ```text
//! cargo run --release --bin typecheck -- corpus/parse_expand seeds
//! ```
//!
//! Each input that does not compile is copied to `artifacts/typecheck/`, with rustc's errors
//! beside it, and the run exits with 1.

#[path = "../tests/tests/support/oracle.rs"]
mod oracle;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// Catalogs per crate: enough that the dependencies' build is paid rarely, few enough that one
/// huge catalog does not hold up many.
const BATCH: usize = 200;

fn main() {
    let folders: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    if folders.is_empty() {
        eprintln!("usage: typecheck CORPUS_DIR [MORE_DIRS …]");
        std::process::exit(2);
    }
    let here = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut seen = BTreeSet::new();
    let mut inputs: Vec<(PathBuf, String)> = Vec::new();
    let mut rejected = 0;
    for folder in &folders {
        let mut files: Vec<PathBuf> = std::fs::read_dir(folder)
            .unwrap_or_else(|error| panic!("cannot read {}: {error}", folder.display()))
            .map(|entry| entry.unwrap().path())
            .collect();
        files.sort();
        for file in files {
            let Ok(text) = std::fs::read_to_string(&file) else {
                continue;
            };
            if !seen.insert(text.clone()) {
                continue;
            }
            match chat_errors_codegen::parse(&text) {
                Ok(_) => inputs.push((file, text)),
                Err(_) => rejected += 1,
            }
        }
    }
    println!(
        "{} accepted catalogs to type-check ({rejected} inputs rejected by the code generator)",
        inputs.len()
    );
    let root = here.join("target/typecheck");
    let artifacts = here.join("artifacts/typecheck");
    let mut failed = 0;
    for (batch, chunk) in inputs.chunks(BATCH).enumerate() {
        let cases: Vec<oracle::Case> = chunk
            .iter()
            .enumerate()
            .map(|(index, (_, text))| oracle::Case {
                module: format!("c{index}"),
                toml: text.clone(),
                // Both front doors, taking turns.
                form: if index % 2 == 0 {
                    oracle::Form::Macro
                } else {
                    oracle::Form::Attribute
                },
            })
            .collect();
        let result = oracle::check(&root, &here.join("../chat-errors"), &cases);
        println!(
            "batch {} ({} catalogs): {}",
            batch + 1,
            chunk.len(),
            if result.is_ok() { "ok" } else { "errors" }
        );
        let Err(errors) = result else {
            continue;
        };
        std::fs::create_dir_all(&artifacts).unwrap();
        for (module, message) in errors {
            let input = module
                .strip_prefix('c')
                .and_then(|index| index.parse::<usize>().ok())
                .and_then(|index| chunk.get(index));
            let Some((file, text)) = input else {
                eprintln!("{message}");
                failed += 1;
                continue;
            };
            let name = file.file_name().unwrap().to_string_lossy().into_owned();
            std::fs::write(artifacts.join(&name), text).unwrap();
            std::fs::write(artifacts.join(format!("{name}.stderr")), &message).unwrap();
            eprintln!("{} does not compile:\n{message}", file.display());
            failed += 1;
        }
    }
    if failed > 0 {
        eprintln!("{failed} inputs do not compile; see {}", artifacts.display());
        std::process::exit(1);
    }
}
