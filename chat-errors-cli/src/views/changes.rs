//! What `chat-errors diff` prints: every change with its semver level, then the verdict; as text,
//! JSON, or a changelog section in the style of Keep a Changelog.

use std::fmt::Write as _;

use chat_errors_codegen::{Change, Code, Diff, Section};

/// A line per change (`major  entry_removed  5 SERVICE_ARREARAGES: …`), then the verdict, then
/// a line per note (`note   translation_stale  5002 INSUFFICIENT_FUNDS: …`).
pub fn text(diff: &Diff) -> String {
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
    }
    let _ = writeln!(out, "verdict: {}", diff.verdict().name());
    for note in &diff.notes {
        line(&mut out, "note", note);
    }
    out
}

/// `{"verdict": …, "changes": [{"level", "kind", "code", "name", "message"}, …], "notes": […]}`,
/// a note as a change without its level.
pub fn json(diff: &Diff) -> String {
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
    let changes: Vec<serde_json::Value> = diff.changes.iter().map(object).collect();
    let notes: Vec<serde_json::Value> = diff
        .notes
        .iter()
        .map(|note| {
            let mut note = object(note);
            note.as_object_mut().expect("an object").remove("level");
            note
        })
        .collect();
    let value = serde_json::json!({
        "verdict": diff.verdict().name(),
        "changes": changes,
        "notes": notes,
    });
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

/// `5 SERVICE_ARREARAGES`, or the name of what changed.
fn subject(change: &Change) -> String {
    match (&change.code, &change.name) {
        (Some(code), Some(name)) => format!("{code} {name}"),
        (Some(code), None) => code.to_string(),
        (None, Some(name)) => name.clone(),
        (None, None) => String::new(),
    }
}
