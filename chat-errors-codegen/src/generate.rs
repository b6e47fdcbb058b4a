//! A checked [`Catalog`] out as Rust source: whole, for a build script, or in parts, for the macro.

use crate::model::{Catalog, CodeType, OptIn, Visibility};
use crate::parse::parse;

/// The enum, its lookups, its trait impls and its rustdoc, for a checked catalog, as Rust source
/// for a build script or a checked-in file: it begins with a `use` that binds the runtime crate,
/// which the file's crate depends on as `chat-errors`.
pub fn expand(catalog: &Catalog) -> String {
    crate::expand::expand(catalog, "::chat_errors")
}

/// The expansion of a catalog's text as Rust source, as [`expand`] writes it. A rejected catalog
/// comes back as the rendered diagnostics, with `file` as the name in `FILE:LINE:COLUMN`.
///
/// ```
/// let source = "[[error]]\ncode = 1\nname = \"GENERAL_ERROR\"\ndescription = \"General error.\"\n";
/// let rust = chat_errors_codegen::generate(source, "errors.toml").unwrap();
/// assert!(rust.contains("pub enum ErrorCode"));
///
/// let broken = chat_errors_codegen::generate("[[error]]\ncode = 1\n", "errors.toml").unwrap_err();
/// assert!(broken.contains("errors.toml:1:1"));
/// ```
pub fn generate(source: &str, file: &str) -> Result<String, String> {
    match parse(source) {
        Ok(catalog) => Ok(expand(&catalog)),
        Err(rejected) => Err(rejected
            .diagnostics
            .iter()
            .map(|diagnostic| diagnostic.render(file, source))
            .collect::<Vec<_>>()
            .join("\n\n")),
    }
}

/// An expansion in parts, as the macro puts it together: `use <runtime>::__private as
/// <runtime_alias>;`, then the enum (`attributes`, its visibility and name, `body`), then
/// `items`, then the module of `structs` with a binding of the runtime crate of its own.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Expansion {
    /// The name every other part calls the runtime crate's `__private` module by.
    pub runtime_alias: String,
    /// The enum's attributes: its rustdoc, `repr`, `non_exhaustive` and derives.
    pub attributes: String,
    /// The enum's body, `{ variants }`.
    pub body: String,
    /// Every other item: the impls, the lookups, the group enum and the error types.
    pub items: String,
    /// The module of the structs of the entries that take arguments, where there are any. It
    /// takes the enum's visibility and a binding of its own of the runtime crate, as `items` do.
    pub structs: Option<Structs>,
}

/// The module of the structs of a catalog's entries that take arguments.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Structs {
    /// The module's doc.
    pub doc: String,
    /// The module's name: the enum's in snake case.
    pub name: String,
    /// The structs, which name the runtime crate by [`Expansion::runtime_alias`].
    pub items: String,
}

/// [`expand`] in parts, for an enum with the visibility `vis`, which every generated type takes
/// too.
pub fn expand_parts(catalog: &Catalog, vis: &Visibility) -> Expansion {
    crate::expand::expand_parts(catalog, vis)
}

/// The name an expansion of the enum `enum_name` binds the runtime crate's `__private` module
/// to: one per enum, so two catalogs can share a module.
pub fn runtime_alias(enum_name: &str) -> String {
    format!("__chat_errors_{enum_name}")
}

/// An enum with no variants but the whole API, for after an error: calls to `from_code`,
/// `name` and the rest still type-check, so the only errors the user sees are the catalog's.
pub fn fallback(enum_name: &str, code_type: CodeType) -> String {
    expand(&fallback_catalog(enum_name, code_type))
}

/// The catalog behind [`fallback`]: no entries, codes of `code_type`.
pub fn fallback_catalog(enum_name: &str, code_type: CodeType) -> Catalog {
    Catalog {
        enum_name: enum_name.to_owned(),
        default_language: "en".to_owned(),
        languages: vec!["en".to_owned()],
        doc: None,
        docs_url: None,
        problem_type: None,
        domain: None,
        wire: crate::Wire::default(),
        exhaustive: false,
        code_type,
        serde: OptIn::Off,
        miette: OptIn::Off,
        platforms: Vec::new(),
        flags: Vec::new(),
        groups: Vec::new(),
        fields: Vec::new(),
        entries: Vec::new(),
        retired: Vec::new(),
    }
}
