//! Changes of the entries and of the retired codes.

use std::collections::HashMap;

use super::{ChangeKind, Changes, Level};
use crate::model::{Catalog, Code, Entry, Retired, Texts};

pub(super) fn entries(old: &Catalog, new: &Catalog, changes: &mut Changes) {
    let new_by_code: HashMap<&Code, &Entry> = new
        .entries
        .iter()
        .map(|entry| (&entry.code, entry))
        .collect();
    let old_by_code: HashMap<&Code, &Entry> = old
        .entries
        .iter()
        .map(|entry| (&entry.code, entry))
        .collect();
    let new_by_name: HashMap<&str, &Entry> = new
        .entries
        .iter()
        .map(|entry| (entry.name.as_str(), entry))
        .collect();
    let new_retired: HashMap<&Code, &Retired> = new
        .retired
        .iter()
        .map(|retired| (&retired.code, retired))
        .collect();
    for before in &old.entries {
        let Some(after) = new_by_code.get(&before.code) else {
            if let Some(retired) = new_retired.get(&before.code) {
                changes.entry(
                    Level::Major,
                    ChangeKind::EntryRetired,
                    before,
                    format!("retired: {}", retired.reason),
                );
            } else if let Some(moved) = new_by_name.get(before.name.as_str()) {
                changes.entry(
                    Level::Major,
                    ChangeKind::CodeChanged,
                    before,
                    format!(
                        "`{}` now has the code {} instead of {}: data written with the old number reads wrong",
                        before.name, moved.code, before.code
                    ),
                );
            } else {
                changes.entry(
                    Level::Major,
                    ChangeKind::EntryRemoved,
                    before,
                    "the entry was deleted without a `[[retired]]` record: its code can now be \
                     reused; retire it instead"
                        .to_owned(),
                );
            }
            continue;
        };
        entry(old, new, before, after, changes);
    }
    let old_by_name: HashMap<&str, &Entry> = old
        .entries
        .iter()
        .map(|entry| (entry.name.as_str(), entry))
        .collect();
    for after in &new.entries {
        // A name that moved to this code was reported as `code_changed`.
        let moved = old_by_name.contains_key(after.name.as_str());
        if !old_by_code.contains_key(&after.code) && !moved {
            // An exhaustive enum's users match every variant: a new one breaks their matches.
            let (level, message) = if new.exhaustive {
                (
                    Level::Major,
                    "added to an exhaustive enum: matches without a wildcard arm break",
                )
            } else {
                (Level::Minor, "added")
            };
            changes.entry(level, ChangeKind::EntryAdded, after, message.to_owned());
        }
    }
}

/// The changes of one entry that keeps its code.
fn entry(old: &Catalog, new: &Catalog, before: &Entry, after: &Entry, changes: &mut Changes) {
    if before.name != after.name {
        changes.entry(
            Level::Major,
            ChangeKind::NameChanged,
            after,
            format!(
                "the name `{}` is now `{}`: the variant `{}` is gone",
                before.name, after.name, before.variant
            ),
        );
    }
    for (kind, removed, added, names) in [
        (
            "alias",
            ChangeKind::AliasRemoved,
            ChangeKind::AliasAdded,
            [&before.aliases, &after.aliases]
                .map(|aliases| aliases.iter().map(String::as_str).collect::<Vec<_>>()),
        ),
        (
            "platform name",
            ChangeKind::PlatformNameRemoved,
            ChangeKind::PlatformNameAdded,
            [&before.platform_names, &after.platform_names].map(|names| {
                names
                    .iter()
                    .map(|(_, name)| name.as_str())
                    .collect::<Vec<_>>()
            }),
        ),
    ] {
        let [was, is] = names;
        for name in was.iter().filter(|name| !is.contains(name)) {
            changes.entry(
                Level::Major,
                removed,
                after,
                format!("the {kind} `{name}` removed: `from_name` no longer resolves it"),
            );
        }
        for name in is.iter().filter(|name| !was.contains(name)) {
            changes.entry(
                Level::Minor,
                added,
                after,
                format!("the {kind} `{name}` added"),
            );
        }
    }
    match (&before.deprecated, &after.deprecated) {
        (None, Some(reason)) => changes.entry(
            Level::Minor,
            ChangeKind::Deprecated,
            after,
            format!("deprecated: {reason}"),
        ),
        (Some(_), None) => changes.entry(
            Level::Minor,
            ChangeKind::Undeprecated,
            after,
            "no longer deprecated".to_owned(),
        ),
        (Some(was), Some(is)) if was != is => changes.entry(
            Level::Patch,
            ChangeKind::DeprecationChanged,
            after,
            format!("the reason it is deprecated reworded: {is}"),
        ),
        _ => {}
    }
    let group = |catalog: &Catalog, entry: &Entry| {
        catalog
            .group(entry)
            .map_or_else(|| "none".to_owned(), |group| group.name.clone())
    };
    let (was, is) = (group(old, before), group(new, after));
    if was != is {
        changes.entry(
            Level::Minor,
            ChangeKind::GroupChanged,
            after,
            format!("moved from the group `{was}` to `{is}`"),
        );
    }
    if before.flags != after.flags {
        changes.entry(
            Level::Minor,
            ChangeKind::FlagsChanged,
            after,
            format!(
                "the flags changed from [{}] to [{}]",
                before.flags.join(", "),
                after.flags.join(", ")
            ),
        );
    }
    let (was, is) = (old.wire(before), new.wire(after));
    if was.http_status != is.http_status {
        let show =
            |status: Option<u16>| status.map_or_else(|| "none".to_owned(), |s| s.to_string());
        changes.entry(
            Level::Major,
            ChangeKind::HttpStatusChanged,
            after,
            format!(
                "its HTTP status changed from {} to {}: clients that branch on the status see another",
                show(was.http_status),
                show(is.http_status)
            ),
        );
    }
    if was.grpc_code != is.grpc_code {
        let show = |code: Option<crate::GrpcCode>| code.map_or("none", crate::GrpcCode::name);
        changes.entry(
            Level::Major,
            ChangeKind::GrpcCodeChanged,
            after,
            format!(
                "its gRPC code changed from {} to {}: clients that branch on the code see another",
                show(was.grpc_code),
                show(is.grpc_code)
            ),
        );
    }
    for (index, field) in new.fields.iter().enumerate() {
        let was = old
            .fields
            .iter()
            .position(|each| each.name == field.name)
            .and_then(|position| before.fields[position].as_ref());
        let is = after.fields[index].as_ref();
        if old.fields.iter().any(|each| each.name == field.name) && was != is {
            let show = |value: Option<&crate::model::Value>| {
                value.map_or_else(|| "none".to_owned(), ToString::to_string)
            };
            changes.entry(
                Level::Minor,
                ChangeKind::FieldValueChanged,
                after,
                format!(
                    "`{}` changed from {} to {}",
                    field.name,
                    show(was),
                    show(is)
                ),
            );
        }
    }
    for (what, kind, was, is) in [
        (
            "description",
            ChangeKind::DescriptionChanged,
            Some(&before.description),
            Some(&after.description),
        ),
        (
            "cause",
            ChangeKind::CauseChanged,
            before.cause.as_ref(),
            after.cause.as_ref(),
        ),
        (
            "note",
            ChangeKind::NoteChanged,
            before.note.as_ref(),
            after.note.as_ref(),
        ),
    ] {
        if was != is {
            changes.entry(
                Level::Patch,
                kind,
                after,
                format!("the {what} changed{}", languages_changed(was, is)),
            );
            stale_translations(what, was, is, &new.default_language, after, changes);
        }
    }
    arguments(before, after, changes);
}

/// Arguments are the fields of the entry's struct and the data its errors carry: adding,
/// removing, renaming one or changing its type breaks the struct's users and old clients' data.
fn arguments(before: &Entry, after: &Entry, changes: &mut Changes) {
    let renamed = before.args.len() == after.args.len()
        && before
            .args
            .iter()
            .zip(&after.args)
            .all(|(was, is)| was.ty == is.ty);
    for (index, was) in before.args.iter().enumerate() {
        match after.args.iter().find(|is| is.name == was.name) {
            Some(is) if is.ty != was.ty => changes.entry(
                Level::Major,
                ChangeKind::ArgTypeChanged,
                after,
                format!(
                    "the argument `{}` is now a {} instead of a {}: its struct's field and the data of its errors change",
                    was.name,
                    is.ty.name(),
                    was.ty.name()
                ),
            ),
            Some(_) => {}
            None if renamed => changes.entry(
                Level::Major,
                ChangeKind::ArgRenamed,
                after,
                format!(
                    "the argument `{}` is now `{}`: its struct's field and the data of its errors change",
                    was.name, after.args[index].name
                ),
            ),
            None => changes.entry(
                Level::Major,
                ChangeKind::ArgRemoved,
                after,
                format!(
                    "the argument `{}` removed: its struct loses the field, and errors from older senders carry a value no text shows",
                    was.name
                ),
            ),
        }
    }
    for is in &after.args {
        if !before.args.iter().any(|was| was.name == is.name) && !renamed {
            changes.entry(
                Level::Major,
                ChangeKind::ArgAdded,
                after,
                format!(
                    "the argument `{}` added: its struct gains a field, and errors from older senders lack the value",
                    is.name
                ),
            );
        }
    }
}

/// A note for each language whose text stayed the same while the default language's changed:
/// the translation may say what the text said before.
fn stale_translations(
    what: &str,
    was: Option<&Texts>,
    is: Option<&Texts>,
    default_language: &str,
    entry: &Entry,
    changes: &mut Changes,
) {
    let (Some(was), Some(is)) = (was, is) else {
        return;
    };
    if was.get(default_language) == is.get(default_language) {
        return;
    }
    let stale: Vec<&str> =
        is.0.iter()
            .filter(|(language, text)| {
                language != default_language && was.get(language) == Some(text.as_str())
            })
            .map(|(language, _)| language.as_str())
            .collect();
    if !stale.is_empty() {
        changes.notes.push(super::Change {
            level: Level::None,
            kind: ChangeKind::TranslationStale,
            code: Some(entry.code.clone()),
            name: Some(entry.name.clone()),
            message: format!(
                "the `{default_language}` {what} changed, the {} did not: {} may be stale",
                stale.join(", "),
                if stale.len() == 1 {
                    "its translation"
                } else {
                    "their translations"
                }
            ),
        });
    }
}

/// ` (zh, en)`: the languages whose text differs.
fn languages_changed(was: Option<&Texts>, is: Option<&Texts>) -> String {
    let empty = Texts::default();
    let (was, is) = (was.unwrap_or(&empty), is.unwrap_or(&empty));
    let mut languages: Vec<&str> = Vec::new();
    for (language, _) in was.0.iter().chain(&is.0) {
        if was.get(language) != is.get(language) && !languages.contains(&language.as_str()) {
            languages.push(language);
        }
    }
    format!(" ({})", languages.join(", "))
}

pub(super) fn retired(old: &Catalog, new: &Catalog, changes: &mut Changes) {
    let old_codes: HashMap<&Code, &Entry> = old
        .entries
        .iter()
        .map(|entry| (&entry.code, entry))
        .collect();
    for after in &new.retired {
        match old.retired.iter().find(|before| before.code == after.code) {
            Some(before) if before.reason != after.reason || before.since != after.since => {
                changes.push(
                    Level::Patch,
                    ChangeKind::RetiredTextChanged,
                    Some(&after.code),
                    Some(&after.name),
                    "the reason or version of the retirement changed".to_owned(),
                );
            }
            Some(_) => {}
            // An entry that became this record is reported with the entries.
            None if old_codes.contains_key(&after.code) => {}
            None => changes.push(
                Level::Minor,
                ChangeKind::RetiredAdded,
                Some(&after.code),
                Some(&after.name),
                format!("reserved as retired: {}", after.reason),
            ),
        }
    }
    for before in &old.retired {
        if !new.retired.iter().any(|after| after.code == before.code) {
            changes.push(
                Level::Major,
                ChangeKind::RetiredRemoved,
                Some(&before.code),
                Some(&before.name),
                "the retired record was deleted: its code and name can be reused again".to_owned(),
            );
        }
    }
}
