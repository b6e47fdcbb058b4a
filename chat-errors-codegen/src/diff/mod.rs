//! Two versions of a catalog → every change, each with the semver level it calls for. A catalog
//! is an API (the variants, lookups and names) and a promise about numbers, so the data alone
//! decides the level: a removed or renamed code breaks users, an added one does not, a text is a
//! patch.

mod entries;
mod kinds;
mod settings;

pub use kinds::ChangeKind;

use crate::model::{Catalog, Code, Entry};

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
    /// What the maintainer may want to look at, which calls for no release of its own: a
    /// translation whose source text changed while it did not, which may be stale (what gettext
    /// calls fuzzy). Their level is [`Level::None`].
    pub notes: Vec<Change>,
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
    settings::settings(old, new, &mut changes);
    entries::entries(old, new, &mut changes);
    entries::retired(old, new, &mut changes);
    Diff {
        changes: changes.list,
        notes: changes.notes,
    }
}

#[derive(Default)]
struct Changes {
    list: Vec<Change>,
    notes: Vec<Change>,
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
