//! The build-script route: the same expansion as `agora_errors!`, written to `OUT_DIR` and
//! `include!`d by `lib.rs`. Also expands a large synthetic catalog, whose `from_name` hashes.

use std::path::Path;

fn main() {
    let out = std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR");
    let out = Path::new(&out);

    let catalog = "catalogs/payments.toml";
    println!("cargo::rerun-if-changed={catalog}");
    let source = std::fs::read_to_string(catalog).expect("the catalog is readable");
    write(&out.join("payments.rs"), &source, catalog);

    write(&out.join("large.rs"), &large_catalog(3000), "large.toml");
}

fn write(path: &Path, source: &str, file: &str) {
    let rust = chat_errors_codegen::generate(source, file)
        .unwrap_or_else(|diagnostics| panic!("{diagnostics}"));
    std::fs::write(path, rust).expect("OUT_DIR is writable");
}

/// Names of many lengths, every tenth entry with an alias, codes in runs of ten consecutive
/// numbers spread over the `i32` range.
fn large_catalog(entries: i32) -> String {
    const WORDS: [&str; 8] = [
        "USER",
        "GROUP",
        "MESSAGE",
        "X",
        "CHAT_ROOM",
        "PUSH",
        "SERVER",
        "FILE",
    ];
    let mut toml = String::from("[catalog]\nenum = \"LargeError\"\n");
    for i in 0..entries {
        let word = WORDS[i as usize % WORDS.len()];
        let alias = if i % 10 == 0 {
            format!("aliases = [\"OLD_{i}\"]\n")
        } else {
            String::new()
        };
        toml += &format!(
            "\n[[error]]\ncode = {}\nname = \"{word}_{}{i}\"\n{alias}description = \"Synthetic error {i}.\"\n",
            large_code(i),
            "E".repeat(i as usize % 23),
        );
    }
    toml
}

/// The code of entry `i` of the large catalog; `tests/large.rs` repeats the formula.
fn large_code(i: i32) -> i32 {
    (i / 10).wrapping_mul(7_158_278) + i % 10
}
