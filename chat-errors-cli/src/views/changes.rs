//! What `chat-errors diff` prints: every change with its semver level, then the verdict; as text,
//! JSON, or a changelog section in the style of Keep a Changelog.

use std::fmt::Write as _;

use chat_errors_codegen::{Change, Code, Diff, Section};

/// A line per change (`major  entry_removed  5 SERVICE_ARREARAGES: …`), then the verdict.
pub fn text(diff: &Diff) -> String {
    let mut out = String::new();
    for change in &diff.changes {
        let _ = writeln!(
            out,
            "{:<5}  {:<22} {}: {}",
            change.level.name(),
            change.kind.name(),
            subject(change),
            change.message
        );
    }
    let _ = writeln!(out, "verdict: {}", diff.verdict().name());
    out
}

/// `{"verdict": …, "changes": [{"level", "kind", "code", "name", "message"}, …]}`.
pub fn json(diff: &Diff) -> String {
    let changes: Vec<serde_json::Value> = diff
        .changes
        .iter()
        .map(|change| {
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
        })
        .collect();
    let value = serde_json::json!({ "verdict": diff.verdict().name(), "changes": changes });
    let mut out = serde_json::to_string_pretty(&value).expect("JSON values serialize");
    out.push('\n');
    out
}

/// The sections of a changelog entry: Added, Changed, Deprecated, Retired, Removed, each change
/// a bullet with its level.
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
