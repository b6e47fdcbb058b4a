//! The compile oracle: catalogs the code generator accepts, each expanded in a module of one
//! crate beside code that uses their API as a user's does, type-checked by one `cargo check`
//! under `no_std`, `forbid(unsafe_code)` and `deny(warnings, missing_docs)`. Parsing the
//! expansion is not enough: a field named like a generated method parses and does not compile.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

/// One catalog of the crate: the module it is expanded in, its text, and how it is expanded.
pub struct Case {
    pub module: String,
    pub toml: String,
    pub form: Form,
}

/// Through `agora_errors!`, or `#[catalog]` on an enum declared as `pub(crate)`.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Form {
    Macro,
    Attribute,
}

/// What uses every item of the `Catalog` trait and `Error<E>`, for any catalog.
const GENERIC: &str = r#"
/// Every item of the trait and of `Error<E>`, for any catalog.
pub fn exercise<E: Catalog>() -> usize {
    let mut count = E::LANGUAGES.len() + E::PLATFORMS.len() + E::FLAGS.len() + E::NAME.len();
    for entry in E::ALL {
        let error = Error::<E>::from(entry);
        count += error.message().len() + error.flags().len();
        let _ = (error.kind(), error.group(), error.retired(), error.to_string());
        let _ = (E::from_code(entry.code()), E::from_name(entry.name()), entry.aliases());
        let _ = (entry.description_in("en-US"), entry.cause(), entry.cause_in("zh"));
        let _ = (entry.note(), entry.note_in("fr"), entry.deprecated(), entry.docs_url());
        let _ = (entry.platform_name("ios"), entry.group(), E::group_of_code(entry.code()));
        let _ = (E::resolve_language("zh-CN"), E::retired(entry.code()), entry.has_flag("x"));
        let _ = E::parse_code("1");
    }
    count + E::ALL.iter().rev().count() + E::ALL.first().into_iter().count()
}
"#;

/// What uses the enum's own API by name, the same text for every catalog (`OracleEnum` is its
/// enum, whose own name a catalog may choose freely).
const INHERENT: &str = r#"
/// The enum's own API, as user code calls it.
pub fn use_it() -> usize {
    type E = OracleEnum;
    let all: ::alloc::vec::Vec<E> = E::ALL.iter().collect();
    let mut count = all.len() + usize::from(E::ALL.is_empty());
    for entry in E::ALL {
        count += entry.name().len() + entry.description().len() + entry.flags().len();
        let _ = (E::from_name(entry.name()), E::from_code(entry.code()), entry.aliases());
        let _ = (entry.description_in("en"), entry.cause_in("en"), entry.note_in("en"));
        let _ = (entry.platform_name("ios"), entry.deprecated(), entry.docs_url());
        let _ = ::alloc::format!("{entry} {entry:?}");
    }
    let _ = (E::ALL.first(), E::ALL.last(), E::ALL.get(0), E::ALL.iter().len());
    let _ = (E::best_language(&["en"]), E::LANGUAGES, E::PLATFORMS, E::FLAGS, E::RETIRED);
    count + crate::exercise::<E>()
}
"#;

/// Type-checks `cases` in a crate at `root` (`chat-errors` at `runtime`); the compiler's errors
/// by module when any does not compile.
pub fn check(root: &Path, runtime: &Path, cases: &[Case]) -> Result<(), BTreeMap<String, String>> {
    let catalogs = root.join("catalogs");
    std::fs::create_dir_all(&catalogs).unwrap();
    std::fs::create_dir_all(root.join("src")).unwrap();
    let manifest = format!(
        "[package]\nname = \"compile-oracle\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n\
         [dependencies]\nchat-errors = {{ path = {:?} }}\n\
         serde = {{ version = \"1\", default-features = false, features = [\"alloc\"] }}\n\
         miette = {{ version = \"7\", default-features = false }}\n\n[workspace]\n",
        runtime.display().to_string()
    );
    write(&root.join("Cargo.toml"), &manifest);
    let mut lib = String::from(
        // A catalog may name its enum in any case: rustc's naming lints are for its author.
        "//! Catalogs, each in a module of its own.\n#![no_std]\n#![forbid(unsafe_code)]\n\
         #![deny(warnings, missing_docs)]\n#![allow(non_camel_case_types)]\nextern crate alloc;\n\n\
         use ::alloc::string::ToString as _;\nuse chat_errors::{Catalog, Error};\n",
    );
    lib.push_str(GENERIC);
    for case in cases {
        let enum_name = match chat_errors_codegen::parse(&case.toml) {
            Ok(catalog) => catalog.enum_name,
            Err(rejected) => panic!(
                "{} is not an accepted catalog: {:?}\n{}",
                case.module, rejected.diagnostics, case.toml
            ),
        };
        write(&catalogs.join(format!("{}.toml", case.module)), &case.toml);
        let expansion = match case.form {
            Form::Macro => format!(
                "chat_errors::agora_errors!(\"catalogs/{}.toml\");\n",
                case.module
            ),
            Form::Attribute => format!(
                "/// The catalog's enum, declared here.\n#[chat_errors::catalog(\"catalogs/{}.toml\")]\npub(crate) enum {enum_name} {{}}\n",
                case.module
            ),
        };
        let module =
            format!("//! A catalog.\nuse {enum_name} as OracleEnum;\n\n{expansion}{INHERENT}",);
        write(&root.join(format!("src/{}.rs", case.module)), &module);
        lib.push_str(&format!("pub mod {};\n", case.module));
    }
    write(&root.join("src/lib.rs"), &lib);
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let output = Command::new(cargo)
        .args(["check", "--offline", "--message-format=json"])
        .current_dir(root)
        .env("CARGO_TARGET_DIR", root.join("target"))
        .env_remove("RUSTFLAGS")
        .env_remove("CARGO_ENCODED_RUSTFLAGS")
        .output()
        .unwrap();
    if output.status.success() {
        return Ok(());
    }
    let mut errors: BTreeMap<String, String> = BTreeMap::new();
    for line in String::from_utf8_lossy(&output.stdout).lines() {
        let Ok(message) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        if message["reason"] != "compiler-message" || message["message"]["level"] != "error" {
            continue;
        }
        let rendered = message["message"]["rendered"].as_str().unwrap_or_default();
        // The first place in the crate's own files: an error inside an expansion points at the
        // macro's call there.
        let module = rendered
            .split("--> src/")
            .nth(1)
            .and_then(|rest| rest.split(".rs").next())
            .unwrap_or("the crate")
            .to_owned();
        errors.entry(module).or_default().push_str(rendered);
    }
    if errors.is_empty() {
        errors.insert(
            "cargo".to_owned(),
            String::from_utf8_lossy(&output.stderr).into_owned(),
        );
    }
    Err(errors)
}

/// Writes `text` to `path`, leaving the file (and its time stamp) alone when it already holds it.
fn write(path: &Path, text: &str) {
    if std::fs::read_to_string(path).ok().as_deref() != Some(text) {
        std::fs::write(path, text).unwrap();
    }
}
