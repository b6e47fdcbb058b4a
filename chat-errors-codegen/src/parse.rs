//! Text in, a checked [`Catalog`] or every problem with it out.

use crate::diag::Diagnostic;
use crate::model::{Catalog, CodeType};
use crate::{check, load};

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

/// Loads and checks a catalog for an enum the user declares as `declared`: the catalog's `enum`,
/// if it says one, must be that name.
pub fn parse_declared(source: &str, declared: &str) -> Result<Catalog, Rejected> {
    parse_with(source, Some(declared))
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
