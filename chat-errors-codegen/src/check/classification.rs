//! Flags and groups: declared once in `[catalog]`, used by the entries.

use std::collections::HashMap;
use std::ops::Range;

use crate::diag::{Diagnostic, list};
use crate::load::{RawGroup, Sp};
use crate::model::{Flag, Group, upper_camel_case};

use super::names::check_snake_case;

pub(super) fn check_flags(
    raw: Vec<(Sp<String>, String)>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<Flag> {
    raw.into_iter()
        .map(|(name, meaning)| {
            check_snake_case(&name, "flag name", diagnostics);
            Flag {
                name: name.value,
                meaning,
            }
        })
        .collect()
}

pub(super) fn check_groups(raw: Vec<RawGroup>, diagnostics: &mut Vec<Diagnostic>) -> Vec<Group> {
    let mut first_by_variant: HashMap<String, Range<usize>> = HashMap::new();
    let mut groups = Vec::with_capacity(raw.len());
    for RawGroup { name, title, doc } in raw {
        check_snake_case(&name, "group name", diagnostics);
        let variant = upper_camel_case(&name.value);
        if let Some(first) = first_by_variant.get(&variant) {
            diagnostics.push(
                Diagnostic::at(
                    name.span.clone(),
                    format!("duplicate group `{}`", name.value),
                )
                .note_at(
                    first.clone(),
                    format!("the group `{variant}` is first defined"),
                )
                .help("give every group its own name"),
            );
            continue;
        }
        first_by_variant.insert(variant.clone(), name.span.clone());
        groups.push(Group {
            name: name.value,
            variant,
            title,
            doc,
        });
    }
    groups
}

/// With groups declared, every entry names one of them: the docs are ordered by group and
/// `group()` returns one for every code.
pub(super) fn check_membership(
    entry: &Sp<String>,
    group: Option<Sp<String>>,
    groups: &[Group],
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<String> {
    let names = || list(groups.iter().map(|group| group.name.as_str()));
    match group {
        None if !groups.is_empty() => {
            diagnostics.push(
                Diagnostic::at(
                    entry.span.clone(),
                    format!("`{}` has no `group`", entry.value),
                )
                .help(format!(
                    "the catalog declares groups, so every entry names one of {}",
                    names()
                )),
            );
            None
        }
        None => None,
        Some(group) if groups.iter().any(|known| known.name == group.value) => Some(group.value),
        Some(group) => {
            let help = if groups.is_empty() {
                "declare it under `[[catalog.groups]]` with a `name` and a `title`".to_owned()
            } else {
                format!(
                    "use one of {}, or declare it under `[[catalog.groups]]`",
                    names()
                )
            };
            diagnostics.push(
                Diagnostic::at(group.span, format!("unknown group `{}`", group.value)).help(help),
            );
            None
        }
    }
}

pub(super) fn check_entry_flags(
    entry_flags: Vec<Sp<String>>,
    flags: &[Flag],
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<String> {
    for (index, flag) in entry_flags.iter().enumerate() {
        if !flags.iter().any(|known| known.name == flag.value) {
            let help = if flags.is_empty() {
                "declare it under `[catalog.flags]` with its meaning, such as `retryable = \"…\"`"
                    .to_owned()
            } else {
                format!(
                    "use one of {}, or declare it under `[catalog.flags]`",
                    list(flags.iter().map(|flag| flag.name.as_str()))
                )
            };
            diagnostics.push(
                Diagnostic::at(flag.span.clone(), format!("unknown flag `{}`", flag.value))
                    .help(help),
            );
        } else if let Some(first) = entry_flags[..index]
            .iter()
            .find(|earlier| earlier.value == flag.value)
        {
            diagnostics.push(
                Diagnostic::at(
                    flag.span.clone(),
                    format!("the flag `{}` is listed twice", flag.value),
                )
                .note_at(first.span.clone(), "first listed")
                .help("list each flag once"),
            );
        }
    }
    // Catalog order, so the same set of flags always reads the same.
    flags
        .iter()
        .filter(|flag| entry_flags.iter().any(|set| set.value == flag.name))
        .map(|flag| flag.name.clone())
        .collect()
}
