//! Two versions of a catalog → every change, each with the semver level it calls for. A catalog
//! is an API (the variants, lookups and names) and a promise about numbers, so the data alone
//! decides the level: a removed or renamed code breaks users, an added one does not, a text is a
//! patch.

use std::collections::HashMap;

use crate::model::{Catalog, Code, Entry, Group, OptIn, Retired, Texts};

/// How far an edit reaches, as semver names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Level {
    /// Nothing changed but formatting, comments or the order of keys.
    None,
    /// Texts only: what users read changes, their code does not.
    Patch,
    /// Something added, or an entry's behaviour changed: code that builds keeps building.
    Minor,
    /// Something removed or renamed, or a number's meaning changed: users' code or data breaks.
    Major,
}

impl Level {
    /// `none`, `patch`, `minor` or `major`.
    pub fn name(self) -> &'static str {
        match self {
            Level::None => "none",
            Level::Patch => "patch",
            Level::Minor => "minor",
            Level::Major => "major",
        }
    }
}

/// The section of a changelog a change goes in, as Keep a Changelog names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Section {
    /// Something new.
    Added,
    /// Something that behaves or reads differently.
    Changed,
    /// Something that still works but is on its way out.
    Deprecated,
    /// A code no entry has any more, reserved.
    Retired,
    /// Something gone.
    Removed,
}

impl Section {
    /// Every section, in the order a changelog lists them.
    pub const ALL: [Section; 5] = [
        Section::Added,
        Section::Changed,
        Section::Deprecated,
        Section::Retired,
        Section::Removed,
    ];

    /// The section's heading: `Added`, `Changed`, …
    pub fn name(self) -> &'static str {
        match self {
            Section::Added => "Added",
            Section::Changed => "Changed",
            Section::Deprecated => "Deprecated",
            Section::Retired => "Retired",
            Section::Removed => "Removed",
        }
    }
}

macro_rules! change_kinds {
    ($($kind:ident = $name:literal, $section:ident;)*) => {
        /// What changed: one kind for each way a catalog can change.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum ChangeKind {
            $(#[doc = concat!("`", $name, "`")] $kind,)*
        }

        impl ChangeKind {
            /// The kind as a stable identifier, as the JSON output writes it: `entry_removed`, …
            pub fn name(self) -> &'static str {
                match self {
                    $(ChangeKind::$kind => $name,)*
                }
            }

            /// The changelog section the change goes in.
            pub fn section(self) -> Section {
                match self {
                    $(ChangeKind::$kind => Section::$section,)*
                }
            }
        }
    };
}

change_kinds! {
    EnumRenamed = "enum_renamed", Changed;
    CodeTypeChanged = "code_type_changed", Changed;
    DefaultLanguageChanged = "default_language_changed", Changed;
    LanguageRemoved = "language_removed", Removed;
    LanguageAdded = "language_added", Added;
    PlatformRemoved = "platform_removed", Removed;
    PlatformAdded = "platform_added", Added;
    FlagRemoved = "flag_removed", Removed;
    FlagAdded = "flag_added", Added;
    FlagMeaningChanged = "flag_meaning_changed", Changed;
    GroupRemoved = "group_removed", Removed;
    GroupAdded = "group_added", Added;
    GroupCodesChanged = "group_codes_changed", Changed;
    GroupTextChanged = "group_text_changed", Changed;
    FieldRemoved = "field_removed", Removed;
    RequiredFieldAdded = "required_field_added", Added;
    FieldAdded = "field_added", Added;
    FieldTypeChanged = "field_type_changed", Changed;
    FieldDocChanged = "field_doc_changed", Changed;
    SerdeRemoved = "serde_removed", Removed;
    SerdeAdded = "serde_added", Added;
    MietteRemoved = "miette_removed", Removed;
    MietteAdded = "miette_added", Added;
    ExhaustiveRemoved = "exhaustive_removed", Removed;
    ExhaustiveAdded = "exhaustive_added", Added;
    DocsUrlChanged = "docs_url_changed", Changed;
    CatalogDocChanged = "catalog_doc_changed", Changed;
    EntryRetired = "entry_retired", Retired;
    CodeChanged = "code_changed", Changed;
    EntryRemoved = "entry_removed", Removed;
    EntryAdded = "entry_added", Added;
    NameChanged = "name_changed", Changed;
    AliasRemoved = "alias_removed", Removed;
    AliasAdded = "alias_added", Added;
    PlatformNameRemoved = "platform_name_removed", Removed;
    PlatformNameAdded = "platform_name_added", Added;
    Deprecated = "deprecated", Deprecated;
    Undeprecated = "undeprecated", Changed;
    DeprecationChanged = "deprecation_changed", Changed;
    GroupChanged = "group_changed", Changed;
    FlagsChanged = "flags_changed", Changed;
    FieldValueChanged = "field_value_changed", Changed;
    DescriptionChanged = "description_changed", Changed;
    CauseChanged = "cause_changed", Changed;
    NoteChanged = "note_changed", Changed;
    RetiredTextChanged = "retired_text_changed", Changed;
    RetiredAdded = "retired_added", Retired;
    RetiredRemoved = "retired_removed", Removed;
}

/// One difference between two versions of a catalog.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// The release it calls for.
    pub level: Level,
    /// What changed.
    pub kind: ChangeKind,
    /// The code of the entry (or retired record) it concerns, if it concerns one.
    pub code: Option<Code>,
    /// The name of the entry, group, flag, field, language or platform it concerns.
    pub name: Option<String>,
    /// What changed and why it has its level, for a person.
    pub message: String,
}

/// Every change from one version of a catalog to the next, in the order of the catalog.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Diff {
    /// The changes: the catalog's settings first, then its entries, then retired codes.
    pub changes: Vec<Change>,
}

impl Diff {
    /// The release the changes call for together: the highest level of any.
    pub fn verdict(&self) -> Level {
        self.changes
            .iter()
            .map(|change| change.level)
            .max()
            .unwrap_or(Level::None)
    }
}

/// The changes from `old` to `new`.
///
/// ```
/// use chat_errors_codegen::{Level, diff, parse};
///
/// let old = parse("[[error]]\ncode = 1\nname = \"A\"\ndescription = \"A.\"\n").unwrap();
/// let new = parse("[[error]]\ncode = 1\nname = \"A\"\ndescription = \"A, reworded.\"\n").unwrap();
/// assert_eq!(diff(&old, &new).verdict(), Level::Patch);
/// let gone = parse("[[error]]\ncode = 2\nname = \"B\"\ndescription = \"B.\"\n").unwrap();
/// assert_eq!(diff(&old, &gone).verdict(), Level::Major);
/// ```
pub fn diff(old: &Catalog, new: &Catalog) -> Diff {
    let mut changes = Changes::default();
    settings(old, new, &mut changes);
    entries(old, new, &mut changes);
    retired(old, new, &mut changes);
    Diff {
        changes: changes.list,
    }
}

#[derive(Default)]
struct Changes {
    list: Vec<Change>,
}

impl Changes {
    fn push(
        &mut self,
        level: Level,
        kind: ChangeKind,
        code: Option<&Code>,
        name: Option<&str>,
        message: String,
    ) {
        self.list.push(Change {
            level,
            kind,
            code: code.cloned(),
            name: name.map(str::to_owned),
            message,
        });
    }

    /// A change that concerns the catalog itself, or one of its groups, flags or fields.
    fn catalog(&mut self, level: Level, kind: ChangeKind, name: &str, message: String) {
        self.push(level, kind, None, Some(name), message);
    }

    /// A change that concerns one entry.
    fn entry(&mut self, level: Level, kind: ChangeKind, entry: &Entry, message: String) {
        self.push(level, kind, Some(&entry.code), Some(&entry.name), message);
    }

    /// What each side has that the other has not, by `key`, as `removed` (major) and `added`
    /// (minor) changes; both sides' items in their own order.
    fn sets<'a, T>(
        &mut self,
        old: &'a [T],
        new: &'a [T],
        key: impl Fn(&T) -> &str,
        removed: (ChangeKind, &str),
        added: (ChangeKind, &str),
    ) -> Vec<(&'a T, &'a T)> {
        for item in old {
            if !new.iter().any(|each| key(each) == key(item)) {
                let name = key(item);
                self.catalog(
                    Level::Major,
                    removed.0,
                    name,
                    format!("{} `{name}` removed", removed.1),
                );
            }
        }
        for item in new {
            if !old.iter().any(|each| key(each) == key(item)) {
                let name = key(item);
                self.catalog(
                    Level::Minor,
                    added.0,
                    name,
                    format!("{} `{name}` added", added.1),
                );
            }
        }
        old.iter()
            .filter_map(|item| Some((item, new.iter().find(|each| key(each) == key(item))?)))
            .collect()
    }
}

fn settings(old: &Catalog, new: &Catalog, changes: &mut Changes) {
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
    if old.docs_url != new.docs_url {
        changes.catalog(
            Level::Patch,
            ChangeKind::DocsUrlChanged,
            &new.enum_name,
            "the entries' docs URLs changed".to_owned(),
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

fn entries(old: &Catalog, new: &Catalog, changes: &mut Changes) {
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
        }
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

fn retired(old: &Catalog, new: &Catalog, changes: &mut Changes) {
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
