//! Changes of the catalog's settings, groups and fields.

use super::{ChangeKind, Changes, Level};
use crate::model::{Catalog, Group, OptIn};

pub(super) fn settings(old: &Catalog, new: &Catalog, changes: &mut Changes) {
    if old.enum_name != new.enum_name {
        changes.catalog(
            Level::Major,
            ChangeKind::EnumRenamed,
            &new.enum_name,
            format!(
                "the enum `{}` is now `{}`: every path to it breaks",
                old.enum_name, new.enum_name
            ),
        );
    }
    if old.code_type != new.code_type {
        changes.catalog(
            Level::Major,
            ChangeKind::CodeTypeChanged,
            new.code_type.rust_type(),
            format!(
                "the codes' type changed from `{}` to `{}`",
                old.code_type.rust_type(),
                new.code_type.rust_type()
            ),
        );
    }
    if old.default_language != new.default_language {
        changes.catalog(
            Level::Minor,
            ChangeKind::DefaultLanguageChanged,
            &new.default_language,
            format!(
                "the default language changed from `{}` to `{}`: `description()` and `cause()` answer in it",
                old.default_language, new.default_language
            ),
        );
    }
    changes.sets(
        &old.languages,
        &new.languages,
        String::as_str,
        (ChangeKind::LanguageRemoved, "the language"),
        (ChangeKind::LanguageAdded, "the language"),
    );
    changes.sets(
        &old.platforms,
        &new.platforms,
        String::as_str,
        (ChangeKind::PlatformRemoved, "the platform"),
        (ChangeKind::PlatformAdded, "the platform"),
    );
    for (before, after) in changes.sets(
        &old.flags,
        &new.flags,
        |flag| flag.name.as_str(),
        (ChangeKind::FlagRemoved, "the flag"),
        (ChangeKind::FlagAdded, "the flag"),
    ) {
        if before.meaning != after.meaning {
            changes.catalog(
                Level::Patch,
                ChangeKind::FlagMeaningChanged,
                &after.name,
                format!("the meaning of the flag `{}` reworded", after.name),
            );
        }
    }
    groups(old, new, changes);
    fields(old, new, changes);
    for (name, was, is, removed, added) in [
        (
            "serde",
            &old.serde,
            &new.serde,
            ChangeKind::SerdeRemoved,
            ChangeKind::SerdeAdded,
        ),
        (
            "miette",
            &old.miette,
            &new.miette,
            ChangeKind::MietteRemoved,
            ChangeKind::MietteAdded,
        ),
    ] {
        match (OptIn::is_on(was), OptIn::is_on(is)) {
            (true, false) => changes.catalog(
                Level::Major,
                removed,
                name,
                format!("the enum no longer implements {name}'s traits"),
            ),
            (false, true) => changes.catalog(
                Level::Minor,
                added,
                name,
                format!("the enum now implements {name}'s traits"),
            ),
            _ => {}
        }
    }
    match (old.exhaustive, new.exhaustive) {
        (true, false) => changes.catalog(
            Level::Major,
            ChangeKind::ExhaustiveRemoved,
            &new.enum_name,
            "the enum is `#[non_exhaustive]` again: matches without a wildcard arm break"
                .to_owned(),
        ),
        (false, true) => changes.catalog(
            Level::Minor,
            ChangeKind::ExhaustiveAdded,
            &new.enum_name,
            "the enum is exhaustive: users may match without a wildcard arm".to_owned(),
        ),
        _ => {}
    }
    // A problem's `type` identifies it on the wire: the docs URL stands in for it where the
    // catalog gives no `problem_type`.
    let problem_type =
        |catalog: &Catalog| catalog.problem_type.clone().or(catalog.docs_url.clone());
    if problem_type(old) != problem_type(new) {
        changes.catalog(
            Level::Major,
            ChangeKind::ProblemTypeChanged,
            &new.enum_name,
            "the entries' problem type URIs changed: clients that tell problems by `type` no longer know them".to_owned(),
        );
    } else if old.docs_url != new.docs_url {
        changes.catalog(
            Level::Patch,
            ChangeKind::DocsUrlChanged,
            &new.enum_name,
            "the entries' docs URLs changed".to_owned(),
        );
    }
    if old.domain != new.domain {
        let show = |domain: &Option<String>| domain.clone().unwrap_or_else(|| "none".to_owned());
        changes.catalog(
            Level::Major,
            ChangeKind::DomainChanged,
            &new.enum_name,
            format!(
                "the domain of its errors changed from {} to {}: gRPC clients that match `ErrorInfo.domain` no longer know them",
                show(&old.domain),
                show(&new.domain)
            ),
        );
    }
    if old.doc != new.doc {
        changes.catalog(
            Level::Patch,
            ChangeKind::CatalogDocChanged,
            &new.enum_name,
            "the catalog's doc changed".to_owned(),
        );
    }
}

fn groups(old: &Catalog, new: &Catalog, changes: &mut Changes) {
    for (before, after) in changes.sets(
        &old.groups,
        &new.groups,
        |group| group.name.as_str(),
        (ChangeKind::GroupRemoved, "the group"),
        (ChangeKind::GroupAdded, "the group"),
    ) {
        if before.ranges != after.ranges || before.prefix != after.prefix {
            changes.catalog(
                Level::Minor,
                ChangeKind::GroupCodesChanged,
                &after.name,
                format!(
                    "the group `{}` owns other codes: {} instead of {}",
                    after.name,
                    owned(after),
                    owned(before)
                ),
            );
        }
        if before.title != after.title || before.doc != after.doc {
            changes.catalog(
                Level::Patch,
                ChangeKind::GroupTextChanged,
                &after.name,
                format!("the title or doc of the group `{}` changed", after.name),
            );
        }
    }
}

fn owned(group: &Group) -> String {
    group
        .owned()
        .unwrap_or_else(|| "only its entries' codes".to_owned())
}

fn fields(old: &Catalog, new: &Catalog, changes: &mut Changes) {
    for field in &old.fields {
        if !new.fields.iter().any(|each| each.name == field.name) {
            changes.catalog(
                Level::Major,
                ChangeKind::FieldRemoved,
                &field.name,
                format!("the field `{}` removed: its lookup is gone", field.name),
            );
        }
    }
    for field in &new.fields {
        match old.fields.iter().find(|each| each.name == field.name) {
            None if field.required => changes.catalog(
                Level::Major,
                ChangeKind::RequiredFieldAdded,
                &field.name,
                format!(
                    "the required field `{}` added: a catalog built on the old one lacks it",
                    field.name
                ),
            ),
            None => changes.catalog(
                Level::Minor,
                ChangeKind::FieldAdded,
                &field.name,
                format!("the optional field `{}` added", field.name),
            ),
            Some(before) if before.ty != field.ty || before.required != field.required => changes
                .catalog(
                    Level::Major,
                    ChangeKind::FieldTypeChanged,
                    &field.name,
                    format!(
                        "the field `{}` changed its type: its lookup returns another type",
                        field.name
                    ),
                ),
            Some(before) if before.doc != field.doc => changes.catalog(
                Level::Patch,
                ChangeKind::FieldDocChanged,
                &field.name,
                format!("the doc of the field `{}` changed", field.name),
            ),
            Some(_) => {}
        }
    }
}
