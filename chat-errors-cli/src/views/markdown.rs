//! The catalog as a Markdown table, for a docs site or a README: one row per entry, every column.

use std::fmt::Write as _;

use chat_errors_codegen::{Catalog, Entry};

use super::{Labels, args, group_title, text};

/// The catalog in `language` (one of its languages), one row per entry in catalog order, then
/// the retired codes in a table of their own; a catalog whose entries take arguments has a
/// column of them, and one with HTTP statuses or gRPC codes a column of each. Texts are Markdown already, so links stay links; only what would break the
/// table is escaped.
pub fn markdown(catalog: &Catalog, language: &str) -> String {
    let labels = Labels::new(language);
    let takes_args = catalog.entries.iter().any(|entry| !entry.args.is_empty());
    let mut header = vec![labels.code, labels.name, labels.description];
    if takes_args {
        header.push(labels.args);
    }
    header.extend([labels.cause, labels.other_names]);
    let wires: Vec<chat_errors_codegen::Wire> = catalog
        .entries
        .iter()
        .map(|entry| catalog.wire(entry))
        .collect();
    let has_status = wires.iter().any(|wire| wire.http_status.is_some());
    let has_grpc = wires.iter().any(|wire| wire.grpc_code.is_some());
    if has_status {
        header.push(labels.http_status);
    }
    if has_grpc {
        header.push(labels.grpc_code);
    }
    header.extend(catalog.fields.iter().map(|field| field.name.as_str()));
    if !catalog.groups.is_empty() {
        header.push(labels.group);
    }
    if !catalog.flags.is_empty() {
        header.push(labels.flags);
    }
    header.push(labels.note);
    let mut out = format!("| {} |\n|", header.join(" | "));
    out += &" :--- |".repeat(header.len());
    out.push('\n');
    for (entry, wire) in catalog.entries.iter().zip(&wires) {
        let mut cells = vec![
            format!("`{}`", entry.code),
            format!("`{}`", entry.name),
            cell(text(catalog, Some(&entry.description), language)),
        ];
        if takes_args {
            cells.push(args(entry, true));
        }
        cells.extend([
            cell(text(catalog, entry.cause.as_ref(), language)),
            other_names(entry),
        ]);
        if has_status {
            cells.push(
                wire.http_status
                    .map(|status| status.to_string())
                    .unwrap_or_default(),
            );
        }
        if has_grpc {
            cells.push(
                wire.grpc_code
                    .map(|code| format!("`{}`", code.name()))
                    .unwrap_or_default(),
            );
        }
        for value in &entry.fields {
            cells.push(value.as_ref().map(ToString::to_string).unwrap_or_default());
        }
        if !catalog.groups.is_empty() {
            cells.push(cell(group_title(catalog, entry)));
        }
        if !catalog.flags.is_empty() {
            let flags: Vec<String> = entry.flags.iter().map(|flag| format!("`{flag}`")).collect();
            cells.push(flags.join(", "));
        }
        let mut note = String::new();
        if let Some(reason) = &entry.deprecated {
            let _ = write!(note, "{}: {}", labels.deprecated, cell(reason));
        }
        let text = cell(text(catalog, entry.note.as_ref(), language));
        if !note.is_empty() && !text.is_empty() {
            note.push_str("<br>");
        }
        note.push_str(&text);
        cells.push(note);
        let _ = writeln!(out, "| {} |", cells.join(" | "));
    }
    if !catalog.retired.is_empty() {
        let _ = write!(
            out,
            "\n**{}**\n\n| {} | {} | {} | {} |\n| :--- | :--- | :--- | :--- |\n",
            labels.retired, labels.code, labels.name, labels.since, labels.reason
        );
        for retired in &catalog.retired {
            let _ = writeln!(
                out,
                "| `{}` | `{}` | {} | {} |",
                retired.code,
                retired.name,
                cell(retired.since.as_deref().unwrap_or_default()),
                cell(&retired.reason)
            );
        }
    }
    out
}

/// Aliases, then each platform's name: `` `OLD` ``, `` ios: `AgoraChatError…` ``.
fn other_names(entry: &Entry) -> String {
    let names: Vec<String> = entry
        .aliases
        .iter()
        .map(|alias| format!("`{alias}`"))
        .chain(
            entry
                .platform_names
                .iter()
                .map(|(platform, name)| format!("{platform}: `{name}`")),
        )
        .collect();
    names.join("<br>")
}

fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', "<br>")
}
