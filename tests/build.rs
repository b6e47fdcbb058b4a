//! The build-script route: the same expansion as `agora_errors!`, written to `OUT_DIR` and
//! `include!`d by `lib.rs`.

fn main() {
    let catalog = "catalogs/payments.toml";
    println!("cargo::rerun-if-changed={catalog}");
    let source = std::fs::read_to_string(catalog).expect("the catalog is readable");
    let rust = chat_errors_codegen::generate(&source, catalog)
        .unwrap_or_else(|diagnostics| panic!("{diagnostics}"));
    let out = std::path::PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(out.join("payments.rs"), rust).expect("OUT_DIR is writable");
}
