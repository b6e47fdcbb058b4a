//! The text `explain` prints: every column of an entry, a line each.

use std::fmt::Write as _;

use chat_errors_codegen::{Catalog, Entry, Retired};

/// Everything the catalog says about `entry`: code, names, texts in each of `languages` (the
/// catalog's languages when empty), group, fields and flags.
pub fn entry(catalog: &Catalog, entry: &Entry, languages: &[&str]) -> String {
    let mut out = format!("code: {}\nname: {}\n", entry.code, entry.name);
    if !entry.aliases.is_empty() {
        let _ = writeln!(out, "aliases: {}", entry.aliases.join(", "));
    }
    for (platform, name) in &entry.platform_names {
        let _ = writeln!(out, "{platform} name: {name}");
    }
    if let Some(reason) = &entry.deprecated {
        let _ = writeln!(out, "deprecated: {reason}");
    }
    let all: Vec<&str> = catalog.languages.iter().map(String::as_str).collect();
    let languages = if languages.is_empty() {
        &all[..]
    } else {
        languages
    };
    for &language in languages {
        for (what, texts) in [
            ("description", Some(&entry.description)),
            ("cause", entry.cause.as_ref()),
            ("note", entry.note.as_ref()),
        ] {
            if let Some(text) = texts.and_then(|texts| texts.get(language)) {
                let _ = writeln!(out, "{what} ({language}): {text}");
            }
        }
    }
    if let Some(group) = catalog.group_of_code(&entry.code) {
        let _ = writeln!(out, "group: {}", group.title);
    }
    for (field, value) in catalog.fields.iter().zip(&entry.fields) {
        if let Some(value) = value {
            let _ = writeln!(out, "{}: {value}", field.name.replace('_', " "));
        }
    }
    if !entry.flags.is_empty() {
        let _ = writeln!(out, "flags: {}", entry.flags.join(", "));
    }
    if let Some(template) = &catalog.docs_url {
        let _ = writeln!(out, "docs: {}", entry.docs_url(template));
    }
    out
}

/// What the catalog says of a retired code: its code and name, why and since when.
pub fn retired(retired: &Retired) -> String {
    let mut out = format!(
        "code: {}\nname: {}\nretired: {}\n",
        retired.code, retired.name, retired.reason
    );
    if let Some(since) = &retired.since {
        let _ = writeln!(out, "since: {since}");
    }
    out
}

/// One line per entry: code, name and description in `language` (or the default language).
pub fn table(catalog: &Catalog, language: Option<&str>) -> String {
    let language = language.unwrap_or(&catalog.default_language);
    let code_width = catalog
        .entries
        .iter()
        .map(|entry| entry.code.to_string().chars().count())
        .max()
        .unwrap_or(0);
    let name_width = catalog
        .entries
        .iter()
        .map(|entry| entry.name.len())
        .max()
        .unwrap_or(0);
    let mut out = String::new();
    for entry in &catalog.entries {
        let description = entry
            .description
            .get(language)
            .or_else(|| entry.description.get(&catalog.default_language))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "{:>code_width$}  {:<name_width$}  {description}",
            entry.code.to_string(),
            entry.name
        );
    }
    out
}
