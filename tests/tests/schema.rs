//! `errors.schema.json`, the JSON Schema editors use for catalogs, against the loader: every
//! catalog in the repository validates, the schema knows the loader's keys, required keys and
//! types, and what the loader rejects for its shape the schema rejects too. Validated with boon,
//! a JSON Schema 2020-12 validator.

use std::path::{Path, PathBuf};

use serde_json::Value;

fn workspace() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap()
}

fn schema() -> Value {
    let text = std::fs::read_to_string(workspace().join("errors.schema.json")).unwrap();
    serde_json::from_str(&text).unwrap()
}

/// Whether the schema accepts the catalog `toml`; `None` when it is not TOML at all.
fn schema_accepts(toml: &str) -> Option<bool> {
    let text = toml.strip_prefix('\u{feff}').unwrap_or(toml);
    let instance: Value = toml::from_str(text).ok()?;
    let mut schemas = boon::Schemas::new();
    let mut compiler = boon::Compiler::new();
    compiler
        .add_resource("errors.schema.json", schema())
        .unwrap();
    let index = compiler
        .compile("errors.schema.json", &mut schemas)
        .unwrap();
    Some(schemas.validate(&instance, index).is_ok())
}

fn loader_accepts(toml: &str) -> bool {
    chat_errors_codegen::parse(toml).is_ok()
}

fn catalogs(folder: &str) -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(workspace().join(folder))
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "toml"))
        .collect();
    paths.sort();
    paths
}

#[test]
fn every_catalog_in_the_repository_validates() {
    let mut files = vec![
        workspace().join("errors.toml"),
        workspace().join("rest-errors.toml"),
        workspace().join("chat-errors-codegen/tests/golden/small.toml"),
    ];
    files.extend(catalogs("examples/catalogs"));
    files.extend(catalogs("tests/catalogs"));
    for path in &files {
        let text = std::fs::read_to_string(path).unwrap();
        assert!(loader_accepts(&text), "{}", path.display());
        assert_eq!(schema_accepts(&text), Some(true), "{}", path.display());
        assert!(
            text.lines().any(|line| line.starts_with("#:schema ")),
            "{} names no schema for editors",
            path.display()
        );
    }
}

#[test]
fn ui_catalogs_the_loader_rejects_for_their_shape_the_schema_rejects() {
    for name in [
        "unknown_keys",
        "wrong_types",
        "missing_keys",
        "not_tables",
        "empty",
        "code_type_u16",
        "code_type_string",
        "unknown_code_type",
        "bad_catalog_values",
    ] {
        let text =
            std::fs::read_to_string(workspace().join(format!("tests/ui/{name}.toml"))).unwrap();
        assert!(!loader_accepts(&text), "{name}");
        assert_eq!(schema_accepts(&text), Some(false), "{name}");
    }
    for path in catalogs("tests/ui") {
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        if loader_accepts(&text) {
            assert_eq!(schema_accepts(&text), Some(true), "{}", path.display());
        }
    }
}

fn property_names(schema: &Value, pointer: &str) -> Vec<String> {
    let mut names: Vec<String> = schema
        .pointer(pointer)
        .and_then(Value::as_object)
        .unwrap_or_else(|| panic!("no properties at {pointer}"))
        .keys()
        .cloned()
        .collect();
    names.sort();
    names
}

fn sorted(keys: &[&str]) -> Vec<String> {
    let mut keys: Vec<String> = keys.iter().map(|key| key.to_string()).collect();
    keys.sort();
    keys
}

#[test]
fn the_schema_knows_the_loaders_keys_and_required_keys() {
    use chat_errors_codegen::keys;
    let schema = schema();
    for (pointer, loader) in [
        ("/properties", keys::TOP),
        ("/$defs/catalog/properties", keys::CATALOG),
        ("/$defs/entry_keys/properties", keys::ENTRY),
        ("/$defs/group/properties", keys::GROUP),
        ("/$defs/field/properties", keys::FIELD),
        ("/$defs/retired/properties", keys::RETIRED),
    ] {
        assert_eq!(
            property_names(&schema, pointer),
            sorted(loader),
            "{pointer}"
        );
    }
    for (pointer, required) in [
        (
            "/$defs/entry_keys/required",
            &["code", "name", "description"][..],
        ),
        ("/$defs/group/required", &["name", "title"]),
        ("/$defs/field/required", &["type", "doc"]),
        ("/$defs/retired/required", &["code", "name", "reason"]),
    ] {
        assert_eq!(schema.pointer(pointer), Some(&serde_json::json!(required)));
    }
}

/// A catalog with every key, each on its own line, so a test can change or drop one.
const EVERY_KEY: &str = r#"[catalog]
enum = "Base"
default_language = "en"
doc = "A catalog with every key."
link_base = "https://docs.example.com/"
code_type = "i32"
name_style = "screaming_snake_case"
serde = true
platforms = ["ios"]

[catalog.flags]
retryable = "Try again."

[catalog.fields.status]
type = "u16"
doc = "A status."
required = true

[[catalog.groups]]
name = "general"
title = "General"
doc = "All of them."

[[error]]
code = 1
name = "FIRST"
description = "First."
cause = "Because."
note = "Mind."
aliases = ["ONE"]
platform_names = { ios = "BaseFirst" }
deprecated = "use SECOND"
group = "general"
flags = ["retryable"]
status = 200
"#;

/// `EVERY_KEY` with the value of line `index` replaced, or the line dropped.
fn with_line(index: usize, value: Option<&str>) -> String {
    let mut lines: Vec<String> = EVERY_KEY.lines().map(str::to_owned).collect();
    match value {
        Some(value) => {
            let key = lines[index].split(" = ").next().unwrap().to_owned();
            lines[index] = format!("{key} = {value}");
        }
        None => {
            lines.remove(index);
        }
    }
    lines.join("\n")
}

fn toml_type(value: &str) -> &'static str {
    match value.chars().next() {
        Some('"') => "string",
        Some('[') => "array",
        Some('{') => "table",
        Some('t' | 'f') => "boolean",
        _ if value.contains('.') => "float",
        _ => "integer",
    }
}

#[test]
fn a_value_of_another_type_is_rejected_by_both() {
    assert!(loader_accepts(EVERY_KEY));
    assert_eq!(schema_accepts(EVERY_KEY), Some(true));
    let lines: Vec<&str> = EVERY_KEY.lines().collect();
    let mut checked = 0;
    for (index, line) in lines.iter().enumerate() {
        let Some((key, value)) = line.split_once(" = ") else {
            continue;
        };
        // A field's value: the schema cannot know the types of a catalog's own fields.
        if key == "status" {
            continue;
        }
        let text_key = ["description", "cause", "note"].contains(&key);
        for other in ["7", "1.5", "true", "\"x\"", "[\"x\"]", "{ x = \"y\" }"] {
            let same =
                toml_type(other) == toml_type(value) || (text_key && toml_type(other) == "table");
            if same {
                continue;
            }
            let changed = with_line(index, Some(other));
            assert!(!loader_accepts(&changed), "loader: {key} = {other}");
            assert_eq!(
                schema_accepts(&changed),
                Some(false),
                "schema: {key} = {other}"
            );
            checked += 1;
        }
    }
    assert!(checked > 100, "{checked}");
}

#[test]
fn a_missing_required_key_is_rejected_by_both_and_an_optional_one_is_not() {
    let lines: Vec<&str> = EVERY_KEY.lines().collect();
    let in_section = |index: usize, header: &str| {
        lines[..index]
            .iter()
            .rev()
            .find(|line| line.starts_with('['))
            .is_some_and(|line| *line == header)
    };
    for (index, line) in lines.iter().enumerate() {
        let Some((key, _)) = line.split_once(" = ") else {
            continue;
        };
        let required = (in_section(index, "[[error]]")
            && ["code", "name", "description"].contains(&key))
            || (in_section(index, "[[catalog.groups]]") && ["name", "title"].contains(&key))
            || (in_section(index, "[catalog.fields.status]") && ["type", "doc"].contains(&key));
        // Dropping these leaves other keys pointing at nothing (a platform, a group, a flag) or
        // a required field without its value: rejected for what they mean, not their shape.
        let meaning = ["platforms", "group", "retryable", "status"].contains(&key);
        if meaning {
            continue;
        }
        let dropped = with_line(index, None);
        assert_eq!(loader_accepts(&dropped), !required, "loader without {key}");
        assert_eq!(
            schema_accepts(&dropped),
            Some(!required),
            "schema without {key}"
        );
    }
}
