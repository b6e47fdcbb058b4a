//! Editing a catalog and running a plain `cargo build` shows the edit: the expansion
//! `include_bytes!`s the catalog, so cargo tracks it like a source file.

mod support;

use support::{Scratch, path_dependency, write};

const CATALOG: &str = r#"
[[error]]
code = 1
name = "FIRST"
description = "the first text"
"#;

#[test]
fn editing_the_catalog_rebuilds_the_crate() {
    let scratch = Scratch::new("rebuild-on-edit", &path_dependency("chat-errors"), &[]);
    write(
        &scratch.root.join("src/main.rs"),
        "chat_errors::agora_errors!(\"catalog.toml\");\n\
         fn main() {\n    for code in ErrorCode::ALL {\n        println!(\"{code}\");\n    }\n}\n",
    );
    let catalog = scratch.root.join("catalog.toml");

    std::fs::write(&catalog, CATALOG).unwrap();
    assert_eq!(run(&scratch), "1 FIRST: the first text\n");

    std::fs::write(
        &catalog,
        format!(
            "{}\n[[error]]\ncode = 2\nname = \"SECOND\"\ndescription = \"added later\"\n",
            CATALOG.replace("first text", "edited text")
        ),
    )
    .unwrap();
    assert_eq!(
        run(&scratch),
        "1 FIRST: the edited text\n2 SECOND: added later\n"
    );
}

fn run(scratch: &Scratch) -> String {
    let output = scratch.cargo(&["run", "--quiet"]);
    assert!(
        output.status.success(),
        "cargo run failed:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}
