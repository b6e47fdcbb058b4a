//! What a change of a catalog means for the clients of each export, where that differs from
//! what it means for the Rust enum: `chat-errors diff` says so beside the Rust verdict.

use chat_errors_codegen::{Catalog, Change, ChangeKind, CodeType, Diff, Level};

use super::Target;

/// The level of `change` for code written against `target`'s export, and why, where it differs
/// from the level for the Rust enum; `None` where it is the same.
pub fn client_level(
    change: &Change,
    target: Target,
    old: &Catalog,
    new: &Catalog,
) -> Option<(Level, &'static str)> {
    use ChangeKind as Kind;
    let (level, why) = match change.kind {
        Kind::EntryAdded if target == Target::Kotlin => (
            Level::Major,
            "the `Known` enum class gains an entry: a `when` over it without `else` no longer \
             compiles",
        ),
        Kind::EntryAdded => (Level::Minor, "the export keeps codes it does not list"),
        Kind::ArgAdded | Kind::ArgRemoved | Kind::ArgRenamed | Kind::ArgTypeChanged => (
            Level::Minor,
            "`message` takes the values it is given by name: one it is not given stays `{name}`, \
             one the entry does not take is left out",
        ),
        Kind::FlagRemoved | Kind::GroupRemoved => (
            Level::Minor,
            "the export has flags and groups as data, not as methods or types",
        ),
        Kind::CodeTypeChanged if same_representation(target, old, new) => (
            Level::Minor,
            "the language holds both code types in the same type",
        ),
        Kind::ExhaustiveAdded
        | Kind::ExhaustiveRemoved
        | Kind::SerdeAdded
        | Kind::SerdeRemoved
        | Kind::MietteAdded
        | Kind::MietteRemoved
        | Kind::FieldRemoved
        | Kind::RequiredFieldAdded
        | Kind::FieldAdded
        | Kind::FieldTypeChanged
        | Kind::FieldDocChanged
        | Kind::FieldValueChanged
        | Kind::CatalogDocChanged
        | Kind::ProblemTypeChanged
        | Kind::DomainChanged => (Level::None, "the export does not carry it"),
        _ => return None,
    };
    (level != change.level).then_some((level, why))
}

/// The release the whole diff calls for, for `target`'s clients.
pub fn client_verdict(diff: &Diff, target: Target, old: &Catalog, new: &Catalog) -> Level {
    diff.changes
        .iter()
        .map(|change| {
            client_level(change, target, old, new).map_or(change.level, |(level, _)| level)
        })
        .max()
        .unwrap_or(Level::None)
}

/// Whether `target` writes the codes of both catalogs with the same type: any integers in
/// TypeScript and Python, `Int` or `Long` in Kotlin.
fn same_representation(target: Target, old: &Catalog, new: &Catalog) -> bool {
    let long = |catalog: &Catalog| match catalog.code_type {
        CodeType::Int(int) => Some(super::kotlin::is_long(int)),
        CodeType::String => None,
    };
    match target {
        Target::TypeScript | Target::Python => long(old).is_some() && long(new).is_some(),
        Target::Kotlin => long(old).is_some() && long(old) == long(new),
        Target::CSharp | Target::Go => false,
    }
}
