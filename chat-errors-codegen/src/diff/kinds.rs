//! Every kind of change, with its name and the changelog section it goes in.

use super::Section;

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
    ProblemTypeChanged = "problem_type_changed", Changed;
    DomainChanged = "domain_changed", Changed;
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
    HttpStatusChanged = "http_status_changed", Changed;
    GrpcCodeChanged = "grpc_code_changed", Changed;
    FieldValueChanged = "field_value_changed", Changed;
    DescriptionChanged = "description_changed", Changed;
    CauseChanged = "cause_changed", Changed;
    NoteChanged = "note_changed", Changed;
    RetiredTextChanged = "retired_text_changed", Changed;
    RetiredAdded = "retired_added", Retired;
    RetiredRemoved = "retired_removed", Removed;
    ArgAdded = "arg_added", Changed;
    ArgRemoved = "arg_removed", Changed;
    ArgRenamed = "arg_renamed", Changed;
    ArgTypeChanged = "arg_type_changed", Changed;
    TranslationStale = "translation_may_be_stale", Changed;
}
