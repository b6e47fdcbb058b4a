//! The catalog's reference (`chat-errors/doc/reference.md`, the documentation of
//! `chat_errors::agora_errors!`) is true to the code: its table of the generated API is made from
//! the code generator's table of generated items, and it shows every key of the format.
//! `UPDATE_REFERENCE=1 cargo test --test reference` writes the table anew.

use chat_errors_codegen::keys;

const START: &str = "<!-- generated-api -->\n";
const END: &str = "<!-- /generated-api -->";

fn reference_path() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../chat-errors/doc/reference.md")
}

#[test]
fn the_generated_api_table_is_the_code_generators() {
    let path = reference_path();
    let text = std::fs::read_to_string(&path).unwrap();
    let start = text.find(START).expect("the reference marks the table") + START.len();
    let end = text.find(END).expect("the reference marks the table's end");
    let table = chat_errors_codegen::reference_table();
    if std::env::var_os("UPDATE_REFERENCE").is_some() {
        std::fs::write(&path, format!("{}{table}{}", &text[..start], &text[end..])).unwrap();
        return;
    }
    assert!(
        text[start..end] == table,
        "the reference's table of the generated API is not the code generator's; \
         UPDATE_REFERENCE=1 writes it:\n{table}"
    );
}

#[test]
fn every_key_of_the_format_is_in_the_reference() {
    let text = std::fs::read_to_string(reference_path()).unwrap();
    for (table, names) in [
        ("the top level", keys::TOP),
        ("[catalog]", keys::CATALOG),
        ("[[error]]", keys::ENTRY),
        ("[[catalog.groups]]", keys::GROUP),
        ("[catalog.fields]", keys::FIELD),
        ("[[retired]]", keys::RETIRED),
    ] {
        for key in names {
            let shown = [
                format!("\n{key} = "),
                format!("{{ {key} = "),
                format!(", {key} = "),
                format!("[{key}]"),
                format!(".{key}]"),
                format!("`{key}`"),
            ];
            assert!(
                shown.iter().any(|shown| text.contains(shown.as_str())),
                "the key `{key}` of {table} is not in the reference"
            );
        }
    }
}
