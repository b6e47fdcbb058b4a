//! What `chat-errors diff` prints: every change with its semver level, then the verdict; as text,
//! JSON, or a changelog section in the style of Keep a Changelog.

use std::fmt::Write as _;

use chat_errors_codegen::{Catalog, Change, Code, Diff, Level, Section};

use clap::ValueEnum as _;

use super::export::{Target, client_level, client_verdict};

/// A line per change (`major  entry_removed  5 SERVICE_ARREARAGES: …`), each followed by what
/// it means for the clients of the exports to other languages where that differs
/// (`       exports: minor for typescript, …: why`); then the verdict, and the exports' where it
/// differs; then a line per note (`note   translation_stale  5002 INSUFFICIENT_FUNDS: …`).
/// `old` and `new` are the catalogs the diff compares.
pub fn text(diff: &Diff, old: &Catalog, new: &Catalog) -> String {
    let mut out = String::new();
    let line = |out: &mut String, level: &str, change: &Change| {
        let _ = writeln!(
            out,
            "{level:<5}  {:<22} {}: {}",
            change.kind.name(),
            subject(change),
            change.message
        );
    };
    for change in &diff.changes {
        line(&mut out, change.level.name(), change);
        for (level, why, targets) in clients(change, old, new) {
            let _ = writeln!(out, "       exports: {} for {targets}: {why}", level.name());
        }
    }
    let _ = writeln!(out, "verdict: {}", diff.verdict().name());
    let verdicts = export_verdicts(diff, old, new);
    if !verdicts.is_empty() {
        let verdicts: Vec<String> = verdicts
            .iter()
            .map(|(target, level)| format!("{} {}", target.flag(), level.name()))
            .collect();
        let _ = writeln!(out, "verdict for the exports: {}", verdicts.join(", "));
    }
    for note in &diff.notes {
        line(&mut out, "note", note);
    }
    out
}

/// `{"verdict": …, "changes": [{"level", "kind", "code", "name", "message"}, …], "notes": […]}`,
/// a note as a change without its level. Where a change means something else for the clients of
/// an export, it has `"exports": {"typescript": {"level", "why"}, …}` for those languages; where
/// the whole diff does, `"export_verdicts": {"kotlin": "major", …}` says so.
pub fn json(diff: &Diff, old: &Catalog, new: &Catalog) -> String {
    let object = |change: &Change| {
        let code = match &change.code {
            Some(Code::Int(code)) => serde_json::json!(*code as i64),
            Some(Code::Str(code)) => serde_json::json!(code),
            None => serde_json::Value::Null,
        };
        serde_json::json!({
            "level": change.level.name(),
            "kind": change.kind.name(),
            "code": code,
            "name": change.name,
            "message": change.message,
        })
    };
    let changes: Vec<serde_json::Value> = diff
        .changes
        .iter()
        .map(|change| {
            let mut value = object(change);
            let exports: serde_json::Map<String, serde_json::Value> = Target::value_variants()
                .iter()
                .copied()
                .filter_map(|target| {
                    let (level, why) = client_level(change, target, old, new)?;
                    let value = serde_json::json!({ "level": level.name(), "why": why });
                    Some((target.flag(), value))
                })
                .collect();
            if !exports.is_empty() {
                value["exports"] = exports.into();
            }
            value
        })
        .collect();
    let notes: Vec<serde_json::Value> = diff
        .notes
        .iter()
        .map(|note| {
            let mut note = object(note);
            note.as_object_mut().expect("an object").remove("level");
            note
        })
        .collect();
    let mut value = serde_json::json!({
        "verdict": diff.verdict().name(),
        "changes": changes,
        "notes": notes,
    });
    let verdicts = export_verdicts(diff, old, new);
    if !verdicts.is_empty() {
        value["export_verdicts"] = verdicts
            .iter()
            .map(|(target, level)| (target.flag(), level.name().into()))
            .collect::<serde_json::Map<_, _>>()
            .into();
    }
    let mut out = serde_json::to_string_pretty(&value).expect("JSON values serialize");
    out.push('\n');
    out
}

/// The sections of a changelog entry: Added, Changed, Deprecated, Retired, Removed, each change
/// a bullet with its level; then the notes, in a comment the rendered changelog leaves out.
pub fn markdown(diff: &Diff) -> String {
    let mut out = format!(
        "## Unreleased\n\nThe catalog's changes call for a {} release.\n",
        diff.verdict().name()
    );
    if diff.changes.is_empty() {
        out = "## Unreleased\n\nThe catalog did not change.\n".to_owned();
    }
    for section in Section::ALL {
        let changes: Vec<&Change> = diff
            .changes
            .iter()
            .filter(|change| change.kind.section() == section)
            .collect();
        if changes.is_empty() {
            continue;
        }
        let _ = write!(out, "\n### {}\n\n", section.name());
        for change in changes {
            let _ = writeln!(
                out,
                "- `{}`: {} ({})",
                subject(change),
                change.message,
                change.level.name()
            );
        }
    }
    // Notes are for whoever edits the catalog, not for its readers: a comment the changelog
    // does not show.
    if !diff.notes.is_empty() {
        out.push_str("\n<!-- To review:\n");
        for note in &diff.notes {
            let _ = writeln!(out, "- {}: {}", subject(note), note.message);
        }
        out.push_str("-->\n");
    }
    out
}

/// The levels `change` has for the exports where they differ from its own: each level and why,
/// with the languages it holds for (`typescript, csharp`).
fn clients(change: &Change, old: &Catalog, new: &Catalog) -> Vec<(Level, &'static str, String)> {
    let mut grouped: Vec<(Level, &'static str, Vec<String>)> = Vec::new();
    for &target in Target::value_variants() {
        let Some((level, why)) = client_level(change, target, old, new) else {
            continue;
        };
        match grouped
            .iter_mut()
            .find(|(each, reason, _)| *each == level && *reason == why)
        {
            Some((_, _, targets)) => targets.push(target.flag()),
            None => grouped.push((level, why, vec![target.flag()])),
        }
    }
    grouped
        .into_iter()
        .map(|(level, why, targets)| (level, why, targets.join(", ")))
        .collect()
}

/// Each export's verdict where it differs from the Rust enum's.
fn export_verdicts(diff: &Diff, old: &Catalog, new: &Catalog) -> Vec<(Target, Level)> {
    Target::value_variants()
        .iter()
        .copied()
        .map(|target| (target, client_verdict(diff, target, old, new)))
        .filter(|(_, level)| *level != diff.verdict())
        .collect()
}

/// `5 SERVICE_ARREARAGES`, or the name of what changed.
fn subject(change: &Change) -> String {
    match (&change.code, &change.name) {
        (Some(code), Some(name)) => format!("{code} {name}"),
        (Some(code), None) => code.to_string(),
        (None, Some(name)) => name.clone(),
        (None, None) => String::new(),
    }
}
