//! Writes the implementations under test to `OUT_DIR`: ours (the same expansion `agora_errors!`
//! gives), a hand-written `match`, and `phf` maps, for the real catalog and a synthetic one.

// `build-times` uses the rest of the module.
#[allow(dead_code)]
#[path = "synthetic.rs"]
mod synthetic;

use std::path::Path;

use synthetic::Entry;

const LARGE: usize = 5000;

/// A catalog in the huge shape, measured on its own.
const HUGE: usize = 20_000;

/// Sizes at which `from_name` is measured around the size from which it hashes.
const THRESHOLD_SIZES: [usize; 2] = [256, 512];

fn main() {
    println!("cargo::rerun-if-changed=synthetic.rs");
    let out = std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR");
    let out = Path::new(&out);
    let large = synthetic::synthetic(LARGE);
    write(out, "ours_large.rs", &ours("Synthetic", &large));
    write(
        out,
        "ours_huge.rs",
        &ours("Synthetic", &synthetic::synthetic(HUGE)),
    );
    for size in THRESHOLD_SIZES {
        let entries = synthetic::synthetic(size);
        write(
            out,
            &format!("ours_{size}.rs"),
            &ours("Synthetic", &entries),
        );
        write(
            out,
            &format!("hand_{size}.rs"),
            &synthetic::hand_written("Hand", &entries),
        );
    }
    // The first entry of the large catalog that takes arguments, ours and by hand.
    let takes_args = large
        .iter()
        .find(|entry| !entry.args.is_empty())
        .expect("a fifth of the entries take arguments");
    write(
        out,
        "render.rs",
        &format!(
            "/// Ours: `{0}`'s struct.\npub type Ours = super::large::ours::synthetic::{0};\n\
             /// By hand: a struct whose `Display` is `write!` with the description as its literal.\n\
             pub type Hand = super::large::hand::{0};\n",
            takes_args.variant
        ),
    );
    for (size, entries) in [("agora", synthetic::agora()), ("large", large)] {
        write(
            out,
            &format!("hand_{size}.rs"),
            &synthetic::hand_written("Hand", &entries),
        );
        write(out, &format!("phf_{size}.rs"), &phf_maps(&entries));
    }
}

fn ours(enum_name: &str, entries: &[Entry]) -> String {
    let toml = synthetic::catalog_toml(enum_name, entries);
    chat_errors_codegen::generate(&toml, "synthetic.toml").expect("the synthetic catalog is valid")
}

fn phf_maps(entries: &[Entry]) -> String {
    let mut by_code = phf_codegen::Map::new();
    let mut by_name = phf_codegen::Map::new();
    for entry in entries {
        by_code.entry(entry.code, format!("Hand::{}", entry.variant));
        for name in synthetic::every_name(entry) {
            by_name.entry(name, format!("Hand::{}", entry.variant));
        }
    }
    format!(
        "pub static BY_CODE: phf::Map<i32, Hand> = {};\npub static BY_NAME: phf::Map<&'static str, Hand> = {};\n",
        by_code.build(),
        by_name.build()
    )
}

fn write(out: &Path, file: &str, text: &str) {
    std::fs::write(out.join(file), text).expect("OUT_DIR is writable");
}
