//! The engine behind `agora_errors!`: a TOML catalog of error codes in, Rust tokens out.
//!
//! It is a plain library (no `proc_macro`), so the same expansion serves the macro, a build
//! script, tests and tools. The stages:
//!
//! ```text
//! TOML text ──load──▶ raw entries with spans ──check──▶ Catalog ──expand──▶ Rust source
//!                                                  └─▶ Diagnostics (FILE:LINE:COLUMN)
//! Catalog × Catalog ──diff──▶ changes, each with its semver level
//! ```

#![cfg_attr(docsrs, feature(doc_cfg))]

mod check;
mod diag;
#[cfg(feature = "diff")]
mod diff;
mod expand;
mod literal;
mod load;
mod markdown;
mod model;
mod names;

pub use diag::{Diagnostic, Location};
#[cfg(feature = "diff")]
#[cfg_attr(docsrs, doc(cfg(feature = "diff")))]
pub use diff::{Change, Diff, Level, diff};
pub use markdown::inline as markdown_inline;
pub use model::{
    Catalog, Code, CodeType, Entry, Field, FieldType, Flag, Group, IntType, ItemType, Retired,
    Serde, Texts, Value, upper_camel_case,
};

pub use load::keys;

/// Why a catalog was rejected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rejected {
    /// Every problem found, in the order they appear in the file.
    pub diagnostics: Vec<Diagnostic>,
    /// The enum's name, when the file got far enough to tell and the name is valid: a fallback
    /// enum of that name keeps the user's code free of follow-on errors.
    pub enum_name: Option<String>,
    /// The codes' type as the file gives it (the default, `i32`, where it does not say or the
    /// file did not get that far): the fallback's, so calls with codes of that type still
    /// type-check.
    pub code_type: CodeType,
}

/// A catalog file's bytes as text. Not UTF-8: the text with each invalid sequence replaced, which
/// keeps the file's own bytes up to the first of them, and the diagnostic located there.
pub fn decode(bytes: Vec<u8>) -> Result<String, (String, Diagnostic)> {
    String::from_utf8(bytes).map_err(|error| {
        let valid = error.utf8_error().valid_up_to();
        let text = String::from_utf8_lossy(error.as_bytes()).into_owned();
        let diagnostic = Diagnostic::at(valid..valid + 1, "the catalog is not valid UTF-8")
            .help("save the file as UTF-8");
        (text, diagnostic)
    })
}

/// Loads and checks a catalog. A leading byte-order mark is skipped; spans index `source` as
/// given, so [`Diagnostic::render`] takes the same text.
pub fn parse(source: &str) -> Result<Catalog, Rejected> {
    parse_with(source, None)
}

fn parse_with(source: &str, declared: Option<&str>) -> Result<Catalog, Rejected> {
    let text = source.strip_prefix('\u{feff}').unwrap_or(source);
    let bom = source.len() - text.len();
    let mut diagnostics = Vec::new();
    let raw = load::load(text, &mut diagnostics);
    let enum_name = raw.as_ref().map(|raw| raw.enum_name.clone());
    let code_type = raw
        .as_ref()
        .map_or_else(CodeType::default, |raw| raw.code_type);
    let catalog = raw.and_then(|raw| check::check(raw, declared, &mut diagnostics));
    match catalog {
        Some(catalog) if diagnostics.is_empty() => Ok(catalog),
        _ => {
            for diagnostic in &mut diagnostics {
                diagnostic.shift(bom);
            }
            diagnostics.sort_by_key(|d| d.span.as_ref().map_or(0, |span| span.start));
            let enum_name = match declared {
                Some(declared) => Some(declared.to_owned()),
                None => enum_name.and_then(|name| match name {
                    None => Some(check::DEFAULT_ENUM.to_owned()),
                    Some(name) => check::is_identifier(&name.value).then_some(name.value),
                }),
            };
            Err(Rejected {
                diagnostics,
                enum_name,
                code_type,
            })
        }
    }
}

/// The enum, its lookups, trait impls and rustdoc, for a checked catalog, as Rust source: a
/// proc macro parses it with `proc_macro::TokenStream::from_str`, a build script writes it out.
pub fn expand(catalog: &Catalog) -> String {
    expand::expand(catalog)
}

/// The expansion of a catalog's text as Rust source, for a build script or a checked-in file
/// instead of the macro. A rejected catalog comes back as the rendered diagnostics, with `file`
/// as the name in `FILE:LINE:COLUMN`.
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

/// An expansion in parts, for an enum the user declares (`#[catalog] pub(crate) enum E {}`): the
/// user's attributes, visibility and name go between `attributes` and `body`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Expansion {
    /// The enum's attributes: its rustdoc, `repr`, `non_exhaustive` and derives.
    pub attributes: String,
    /// The enum's body, `{ variants }`.
    pub body: String,
    /// Every other item: the impls, the lookups, the group enum and the error types.
    pub items: String,
}

/// [`expand`] in parts, for an enum the user declares with visibility `vis` (such as
/// `pub(crate)`), which every generated type takes too.
pub fn expand_parts(catalog: &Catalog, vis: &str) -> Expansion {
    expand::expand_parts(catalog, vis)
}

/// Loads and checks a catalog for an enum the user declares as `declared`: the catalog's `enum`,
/// if it says one, must be that name.
pub fn parse_declared(source: &str, declared: &str) -> Result<Catalog, Rejected> {
    parse_with(source, Some(declared))
}

/// The impl of `chat_errors::Catalog` (and `chat_errors::Group` for the group enum) for the
/// catalog's enum, for an expansion through the `chat-errors` crate. It names the runtime crate's
/// items through the path [`RUNTIME`], which the caller binds with
/// `use <runtime crate>::__private as __chat_errors_runtime;`. Its size does not grow with the
/// catalog: every method calls the enum's own.
pub fn catalog_impl(catalog: &Catalog) -> String {
    expand::catalog_impl(catalog)
}

/// [`catalog_impl`] for a build script's expansion: the impl with its binding of [`RUNTIME`] to
/// `runtime` (the path of the `chat-errors` crate, such as `::chat_errors`), in a block of its own.
///
/// ```
/// let source = "[[error]]\ncode = 1\nname = \"GENERAL_ERROR\"\ndescription = \"General error.\"\n";
/// let catalog = chat_errors_codegen::parse(source).unwrap();
/// let rust = chat_errors_codegen::expand(&catalog)
///     + &chat_errors_codegen::runtime_impl(&catalog, "::chat_errors");
/// assert!(rust.contains("impl __chat_errors_runtime::Catalog for ErrorCode"));
/// ```
pub fn runtime_impl(catalog: &Catalog, runtime: &str) -> String {
    format!(
        "\nconst _: () = {{\nuse {runtime}::__private as {RUNTIME};\n{}}};\n",
        catalog_impl(catalog)
    )
}

/// The path [`catalog_impl`] names the runtime crate's hidden module by.
pub const RUNTIME: &str = expand::RUNTIME;

/// The one of `languages` that a language tag asks for, by the same rules as the generated
/// `resolve_language`: for tools that show a catalog's texts without compiling it.
///
/// ```
/// assert_eq!(chat_errors_codegen::negotiate_language(&["zh", "en"], "en-US"), Some("en"));
/// assert_eq!(chat_errors_codegen::negotiate_language(&["zh", "en"], "fr"), None);
/// ```
pub fn negotiate_language<'a>(languages: &[&'a str], tag: &str) -> Option<&'a str> {
    language::negotiate_language(languages, tag)
}

/// The rules the generated code pastes in, compiled here once.
mod language {
    include!("language.rs");
    include!("likely.rs");

    pub(crate) fn negotiate_language<'a>(languages: &[&'a str], tag: &str) -> Option<&'a str> {
        let owned: Vec<String> = languages
            .iter()
            .map(|language| (*language).to_owned())
            .collect();
        if crate::expand::needs_likely(&owned) {
            negotiate_likely(languages, tag)
        } else {
            negotiate(languages, tag)
        }
    }

    #[cfg(test)]
    mod tests {
        use super::subtags;

        #[test]
        fn subtags_are_read_by_their_shape() {
            assert_eq!(
                subtags(b"zh-Hant-TW"),
                (&b"zh"[..], Some(&b"Hant"[..]), Some(&b"TW"[..]))
            );
            assert_eq!(subtags(b"es-419"), (&b"es"[..], None, Some(&b"419"[..])));
            assert_eq!(
                subtags(b"en-US-x-private"),
                (&b"en"[..], None, Some(&b"US"[..]))
            );
            assert_eq!(subtags(b"de"), (&b"de"[..], None, None));
            assert_eq!(subtags(b""), (&b""[..], None, None));
        }
    }
}

/// An enum with no variants but the whole API, for after an error: calls to `from_code`,
/// `name` and the rest still type-check, so the only errors the user sees are the catalog's.
pub fn fallback(enum_name: &str, code_type: CodeType) -> String {
    expand::expand(&fallback_catalog(enum_name, code_type))
}

/// The catalog behind [`fallback`]: no entries, codes of `code_type`.
pub fn fallback_catalog(enum_name: &str, code_type: CodeType) -> Catalog {
    Catalog {
        enum_name: enum_name.to_owned(),
        default_language: "en".to_owned(),
        languages: vec!["en".to_owned()],
        doc: None,
        docs_url: None,
        exhaustive: false,
        code_type,
        serde: Serde::Off,
        platforms: Vec::new(),
        flags: Vec::new(),
        groups: Vec::new(),
        fields: Vec::new(),
        entries: Vec::new(),
        retired: Vec::new(),
    }
}
