//! The text `explain` prints: every column of an entry, a line each.

use std::fmt::Write as _;

use chat_errors_codegen::{Catalog, Entry, ItemType, Retired, template};

/// Everything the catalog says about `entry`: code, names, arguments, texts in each of
/// `languages` (the catalog's languages when empty), group, HTTP status and gRPC code, fields,
/// flags and links.
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
    if !entry.args.is_empty() {
        let _ = writeln!(out, "args: {}", super::args(entry, false));
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
    let wire = catalog.wire(entry);
    if let Some(status) = wire.http_status {
        let _ = writeln!(out, "http status: {status}");
    }
    if let Some(code) = wire.grpc_code {
        let _ = writeln!(out, "grpc code: {}", code.name());
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
    if let Some(template) = &catalog.problem_type {
        let _ = writeln!(out, "problem type: {}", entry.docs_url(template));
    }
    out
}

/// The entry's description in each of `languages` it has (else in the default language) with
/// `values` (`name`, `value`) in its placeholders, a line each; a placeholder without a value
/// stays `{name}`, and of a name given twice the last value counts. An argument the
/// entry does not take, or a value not of its type, is an error that says which.
pub fn example(
    catalog: &Catalog,
    entry: &Entry,
    languages: &[&str],
    values: &[(String, String)],
) -> Result<String, String> {
    if entry.args.is_empty() {
        return Err(format!(
            "{} {} takes no arguments: its texts are shown as written",
            entry.code, entry.name
        ));
    }
    for (name, value) in values {
        let Some(arg) = entry.args.iter().find(|arg| &arg.name == name) else {
            let declared: Vec<&str> = entry.args.iter().map(|arg| arg.name.as_str()).collect();
            let nearest = declared
                .iter()
                .min_by_key(|each| strsim::levenshtein(each, name))
                .filter(|each| strsim::levenshtein(each, name) <= name.chars().count() / 3 + 1);
            let hint = nearest.map_or(String::new(), |each| format!("; did you mean `{each}`?"));
            return Err(format!(
                "{} takes no argument `{name}`: its arguments are {}{hint}",
                entry.name,
                declared.join(", ")
            ));
        };
        let fits = match arg.ty {
            ItemType::Int(int) => {
                let (min, max) = int.range();
                value
                    .parse::<i128>()
                    .is_ok_and(|value| (min..=max).contains(&value))
            }
            ItemType::Bool => value == "true" || value == "false",
            ItemType::String => true,
        };
        if !fits {
            return Err(format!(
                "`{name}` is a {}: `{value}` is not one",
                arg.ty.name()
            ));
        }
    }
    let mut shown: Vec<&str> = languages
        .iter()
        .copied()
        .filter(|language| entry.description.get(language).is_some())
        .collect();
    if shown.is_empty() {
        shown.push(&catalog.default_language);
    }
    let mut out = String::new();
    for language in shown {
        let Some(pieces) = entry.template(&entry.description, language) else {
            continue;
        };
        let rendered = template::render(&pieces, |name| {
            values
                .iter()
                .rev()
                .find(|(each, _)| each == name)
                .map(|(_, value)| value.clone())
        });
        let _ = writeln!(out, "example ({language}): {rendered}");
    }
    Ok(out)
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
