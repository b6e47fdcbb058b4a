//! How many bytes of Rust the expansion writes per code: the Agora catalog, and synthetic
//! catalogs with and without the arguments a fifth of their entries take.
//!
//! ```text
//! cargo run -p chat-errors-benches --release --bin expansion-size [-- 1000,5000,20000]
//! ```

use chat_errors_benches::synthetic;

fn main() {
    let sizes: Vec<usize> = std::env::args()
        .nth(1)
        .map_or(vec![1000, 5000, 20_000], |sizes| {
            sizes
                .split(',')
                .map(|size| size.parse().expect("sizes are numbers"))
                .collect()
        });
    println!("| catalog | codes | bytes | bytes per code |\n|---|---:|---:|---:|");
    let agora = include_str!("errors.toml");
    row(
        "Agora (`errors.toml`)",
        chat_errors::ErrorCode::ALL.len(),
        agora,
    );
    for size in sizes {
        let mut entries = synthetic::synthetic(size);
        row(
            "synthetic, a fifth with arguments",
            size,
            &synthetic::catalog_toml("E", &entries),
        );
        for entry in &mut entries {
            entry.args.clear();
        }
        row(
            "synthetic, no arguments",
            size,
            &synthetic::catalog_toml("E", &entries),
        );
    }
}

fn row(catalog: &str, codes: usize, source: &str) {
    let rust = chat_errors_codegen::generate(source, "catalog.toml").expect("the catalog is valid");
    println!(
        "| {catalog} | {codes} | {} | {} |",
        rust.len(),
        rust.len() / codes
    );
}
