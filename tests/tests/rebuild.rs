//! Editing a catalog and running a plain `cargo build` shows the edit: the expansion
//! `include_bytes!`s the catalog, so cargo tracks it like a source file.

use std::path::{Path, PathBuf};
use std::process::Command;

const CATALOG: &str = r#"
[[error]]
code = 1
name = "FIRST"
description = "the first text"
"#;

#[test]
fn editing_the_catalog_rebuilds_the_crate() {
    let root = Path::new(env!("CARGO_TARGET_TMPDIR")).join("rebuild-on-edit");
    let _ = std::fs::remove_dir_all(root.join("src"));
    std::fs::create_dir_all(root.join("src")).unwrap();
    let workspace = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    std::fs::write(
        root.join("Cargo.toml"),
        format!(
            "[package]\nname = \"rebuild-on-edit\"\nversion = \"0.0.0\"\nedition = \"2024\"\n\n\
             [dependencies]\nchat-errors-macros = {{ path = {:?} }}\n\n[workspace]\n",
            workspace.join("chat-errors-macros")
        ),
    )
    .unwrap();
    // The workspace's lock file pins the same versions, so no registry is asked.
    std::fs::copy(workspace.join("Cargo.lock"), root.join("Cargo.lock")).unwrap();
    std::fs::write(
        root.join("src/main.rs"),
        "chat_errors_macros::agora_errors!(\"catalog.toml\");\n\
         fn main() {\n    for code in ErrorCode::ALL {\n        println!(\"{code}\");\n    }\n}\n",
    )
    .unwrap();
    let catalog = root.join("catalog.toml");

    std::fs::write(&catalog, CATALOG).unwrap();
    assert_eq!(run(&root), "1 FIRST: the first text\n");

    std::fs::write(
        &catalog,
        format!(
            "{}\n[[error]]\ncode = 2\nname = \"SECOND\"\ndescription = \"added later\"\n",
            CATALOG.replace("first text", "edited text")
        ),
    )
    .unwrap();
    assert_eq!(
        run(&root),
        "1 FIRST: the edited text\n2 SECOND: added later\n"
    );
}

fn run(root: &PathBuf) -> String {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let output = Command::new(cargo)
        .args(["run", "--quiet", "--offline"])
        .current_dir(root)
        .env("CARGO_TARGET_DIR", root.join("target"))
        .env_remove("RUSTFLAGS")
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "cargo run failed:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}
