//! How long `chat-errors export` takes on a huge catalog: the synthetic catalog of 60,000 codes
//! parsed and checked once, then written in each language (Kotlin refuses a catalog this large).
//!
//! ```text
//! cargo run -p chat-errors-benches --release --bin export-time [-- CODES]
//! ```

use std::time::Instant;

use chat_errors_benches::synthetic::{catalog_toml, synthetic};
use chat_errors_cli::views::export::{Target, export};

fn main() {
    let count: usize = std::env::args()
        .nth(1)
        .map_or(60_000, |count| count.parse().expect("CODES is a number"));
    let toml = catalog_toml("HugeError", &synthetic(count));
    let catalog = chat_errors_codegen::parse(&toml).expect("the synthetic catalog is valid");
    for target in [
        Target::TypeScript,
        Target::Kotlin,
        Target::CSharp,
        Target::Python,
        Target::Go,
    ] {
        let start = Instant::now();
        let written = export(&catalog, target, None);
        let took = start.elapsed().as_secs_f64() * 1e3;
        match written {
            Ok(source) => println!(
                "{}: {count} codes, {:.1} MB in {took:.0} ms",
                target.flag(),
                source.len() as f64 / 1e6
            ),
            Err(refused) => println!("{}: refused in {took:.0} ms: {refused}", target.flag()),
        }
    }
}
