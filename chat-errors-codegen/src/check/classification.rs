//! Flags and groups: declared once in `[catalog]`, used by the entries.

use std::collections::HashMap;
use std::ops::Range;

use crate::diag::{Diagnostic, list};
use crate::load::{RawGroup, Sp};
use crate::model::{Code, Flag, Group, upper_camel_case};

use super::names::{SnakeCase, check_snake_case};

pub(super) fn check_flags(
    raw: Vec<(Sp<String>, String)>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<Flag> {
    raw.into_iter()
        .map(|(name, meaning)| {
            check_snake_case(&name, SnakeCase::Flag, diagnostics);
            Flag {
                name: name.value,
                meaning,
            }
        })
        .collect()
}

/// Where each group's ranges or prefix were written, by the group's index: the notes of the
/// diagnostics about entries outside them.
pub(super) type OwnedSpans = Vec<Vec<Range<usize>>>;

pub(super) fn check_groups(
    raw: Vec<RawGroup>,
    diagnostics: &mut Vec<Diagnostic>,
) -> (Vec<Group>, OwnedSpans) {
    let mut first_by_variant: HashMap<String, Range<usize>> = HashMap::new();
    let mut groups = Vec::with_capacity(raw.len());
    let mut spans = Vec::with_capacity(raw.len());
    for RawGroup {
        name,
        title,
        doc,
        ranges,
        prefix,
        wire,
    } in raw
    {
        check_snake_case(&name, SnakeCase::Group, diagnostics);
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
        spans.push(
            ranges
                .iter()
                .map(|range| range.span.clone())
                .chain(prefix.iter().map(|prefix| prefix.span.clone()))
                .collect(),
        );
        groups.push(Group {
            name: name.value,
            variant,
            title,
            doc,
            ranges: ranges.into_iter().map(|range| range.value).collect(),
            prefix: prefix.map(|prefix| prefix.value),
            wire: super::wire::check_wire(wire, diagnostics),
        });
    }
    check_overlaps(&groups, &spans, diagnostics);
    (groups, spans)
}

/// A code that no entry lists belongs to the one group that owns it, so no two ranges (or
/// prefixes, one of which starts the other) may share a code.
fn check_overlaps(groups: &[Group], spans: &OwnedSpans, diagnostics: &mut Vec<Diagnostic>) {
    let mut ranges: Vec<(i128, i128, &Group, &Range<usize>)> = groups
        .iter()
        .zip(spans)
        .flat_map(|(group, spans)| {
            group
                .ranges
                .iter()
                .zip(spans)
                .map(move |(&(low, high), span)| (low, high, group, span))
        })
        .collect();
    ranges.sort_by_key(|&(low, high, _, span)| (low, high, span.start));
    let mut widest: Option<(i128, i128, &Group, &Range<usize>)> = None;
    for range in ranges {
        if let Some(earlier) = widest.filter(|earlier| earlier.1 >= range.0) {
            let (later, first) = if range.3.start > earlier.3.start {
                (range, earlier)
            } else {
                (earlier, range)
            };
            diagnostics.push(
                Diagnostic::at(
                    later.3.clone(),
                    format!(
                        "the range {}–{} of the group `{}` overlaps the range {}–{} of `{}`",
                        later.0, later.1, later.2.name, first.0, first.1, first.2.name
                    ),
                )
                .note_at(first.3.clone(), "the other range is")
                .help("a code belongs to one group: make the ranges disjoint"),
            );
        }
        if widest.is_none_or(|widest| range.1 > widest.1) {
            widest = Some(range);
        }
    }
    let prefixes: Vec<(&str, &Group, &Range<usize>)> = groups
        .iter()
        .zip(spans)
        .filter_map(|(group, spans)| Some((group.prefix.as_deref()?, group, spans.first()?)))
        .collect();
    for (index, &(prefix, group, span)) in prefixes.iter().enumerate() {
        for &(earlier, other, other_span) in &prefixes[..index] {
            if prefix.starts_with(earlier) || earlier.starts_with(prefix) {
                diagnostics.push(
                    Diagnostic::at(
                        span.clone(),
                        format!(
                            "the prefix `{prefix}` of the group `{}` overlaps the prefix `{earlier}` of `{}`",
                            group.name, other.name
                        ),
                    )
                    .note_at(other_span.clone(), "the other prefix is")
                    .help("a code belongs to one group: no prefix may start another"),
                );
            }
        }
    }
}

/// An entry's group owns its code: `group()` and `of_code` agree for every listed code, so an
/// entry may not sit outside its group's codes, nor inside another group's.
pub(super) fn check_owner(
    code: &Sp<Code>,
    group: Option<usize>,
    groups: &[Group],
    spans: &OwnedSpans,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let Some(own) = group else {
        return;
    };
    let owner = groups.iter().position(|each| each.owns(&code.value));
    let owned = |index: usize| groups[index].owned().unwrap_or_default();
    let diagnostic = match owner {
        Some(owner) if owner == own => return,
        Some(owner) => Diagnostic::at(
            code.span.clone(),
            format!(
                "code {} is owned by the group `{}` ({}), but the entry is in `{}`",
                code.value,
                groups[owner].name,
                owned(owner),
                groups[own].name
            ),
        )
        .note_at(spans[owner][0].clone(), "the owning group's codes are"),
        None if groups[own].owned().is_none() => return,
        None => Diagnostic::at(
            code.span.clone(),
            format!(
                "code {} is outside the codes its group `{}` owns ({})",
                code.value,
                groups[own].name,
                owned(own)
            ),
        )
        .note_at(spans[own][0].clone(), "the group's codes are"),
    };
    diagnostics.push(
        diagnostic
            .help("move the entry to the group that owns its code, or widen that group's codes"),
    );
}

/// With groups declared, every entry names one of them: the docs are ordered by group and
/// `group()` returns one for every code. The group's index in `groups`.
pub(super) fn check_membership(
    entry: &Sp<String>,
    group: Option<Sp<String>>,
    groups: &[Group],
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<usize> {
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
        Some(group) if groups.iter().any(|known| known.name == group.value) => {
            groups.iter().position(|known| known.name == group.value)
        }
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
