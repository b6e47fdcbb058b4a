//! How far each language of a catalog goes: what `chat-errors check --translations` prints.

use std::fmt::Write as _;

use chat_errors_codegen::{Catalog, Entry};

/// One language's share of the catalog's texts.
#[derive(Debug)]
pub struct Coverage<'c> {
    /// The language tag.
    pub language: &'c str,
    /// The catalog's texts: each description, cause and note that any language has.
    pub texts: usize,
    /// How many of them this language lacks.
    pub missing: usize,
    /// The entries that lack a text in this language, and which (`description`, `cause`,
    /// `note`): where it lacks one, a reader sees the default language's.
    pub fallbacks: Vec<(&'c Entry, Vec<&'static str>)>,
}

/// Each of the catalog's languages, the default first.
pub fn coverage(catalog: &Catalog) -> Vec<Coverage<'_>> {
    catalog
        .languages
        .iter()
        .map(|language| {
            let mut coverage = Coverage {
                language,
                texts: 0,
                missing: 0,
                fallbacks: Vec::new(),
            };
            for entry in &catalog.entries {
                let mut lacking = Vec::new();
                for (what, texts) in [
                    ("description", Some(&entry.description)),
                    ("cause", entry.cause.as_ref()),
                    ("note", entry.note.as_ref()),
                ] {
                    let Some(texts) = texts.filter(|texts| !texts.0.is_empty()) else {
                        continue;
                    };
                    coverage.texts += 1;
                    if texts.get(language).is_none() {
                        lacking.push(what);
                    }
                }
                if !lacking.is_empty() {
                    coverage.missing += lacking.len();
                    coverage.fallbacks.push((entry, lacking));
                }
            }
            coverage
        })
        .collect()
}

/// A line per language (`zh  55 of 58 texts, 3 missing`), then the entries it lacks texts of.
pub fn text(label: &str, catalog: &Catalog, coverage: &[Coverage<'_>]) -> String {
    let width = coverage
        .iter()
        .map(|each| each.language.chars().count())
        .max()
        .unwrap_or(0);
    let mut out = format!(
        "{label}: translations (the default language is {})\n",
        catalog.default_language
    );
    for each in coverage {
        let _ = write!(
            out,
            "  {:<width$}  {} of {} texts",
            each.language,
            each.texts - each.missing,
            each.texts
        );
        if each.missing == 0 {
            out.push('\n');
            continue;
        }
        let _ = writeln!(
            out,
            ", {} missing; falls back to the default in:",
            each.missing
        );
        for (entry, lacking) in &each.fallbacks {
            let _ = writeln!(
                out,
                "  {:<width$}    {} {} ({})",
                "",
                entry.code,
                entry.name,
                lacking.join(", ")
            );
        }
    }
    out
}

/// One JSON object per language and line: `file`, `language`, `texts`, `missing`, and
/// `fallbacks`, each `{"code", "name", "missing": ["cause", …]}`.
pub fn json(label: &str, coverage: &[Coverage<'_>]) -> String {
    let mut out = String::new();
    for each in coverage {
        let fallbacks: Vec<serde_json::Value> = each
            .fallbacks
            .iter()
            .map(|(entry, lacking)| {
                serde_json::json!({
                    "code": super::json::code(&entry.code),
                    "name": entry.name,
                    "missing": lacking,
                })
            })
            .collect();
        let object = serde_json::json!({
            "file": label,
            "language": each.language,
            "texts": each.texts,
            "missing": each.missing,
            "fallbacks": fallbacks,
        });
        let _ = writeln!(out, "{object}");
    }
    out
}
