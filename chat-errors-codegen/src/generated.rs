//! Every name the expansion generates, listed once: the generator writes each through this
//! table, the `Catalog` trait's impl forwards the ones marked for it, the check keeps fields from
//! taking any of them, and the reference's table of the generated API is made from it. A test
//! compares the table with what the expansion defines, item by item.

/// What an item of `impl E` is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Const,
    Fn,
}

/// One item the expansion generates on the enum `E`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Item {
    /// Its name, as Rust code names it.
    pub name: &'static str,
    pub kind: Kind,
    /// Whether `chat_errors::Catalog` has it too, which the enum's impl forwards to the item.
    pub in_trait: bool,
    /// How the reference shows it, with `E` for the enum and `C` for the code's type.
    pub signature: &'static str,
    /// What it gives, for the reference.
    pub summary: &'static str,
}

macro_rules! items {
    ($($item:ident: $kind:ident $name:literal, $trait:literal, $signature:literal, $summary:literal;)*) => {
        $(pub(crate) const $item: Item = Item {
            name: $name,
            kind: Kind::$kind,
            in_trait: $trait,
            signature: $signature,
            summary: $summary,
        };)*

        /// Every item of `impl E`, in the order the reference lists them.
        pub(crate) const ITEMS: &[Item] = &[$($item),*];
    };
}

items! {
    ALL: Const "ALL", true, "E::ALL: Codes<E>",
        "every entry, in catalog order: `len`, `get(i)`, `first`, `last`, `contains`, `iter`, `for e in E::ALL`";
    LANGUAGES: Const "LANGUAGES", true, "E::LANGUAGES: &[&str]",
        "every language tag the texts use, the default first";
    PLATFORMS: Const "PLATFORMS", true, "E::PLATFORMS: &[&str]",
        "the platforms whose own names `platform_name` gives";
    FLAGS: Const "FLAGS", true, "E::FLAGS: &[(&str, &str)]",
        "every flag the catalog declares, with what it means";
    DOMAIN: Const "DOMAIN", true, "E::DOMAIN: Option<&str>",
        "the catalog's `domain`, the AIP-193 domain of its errors, or `None`";
    STAMP: Const "STAMP", true, "E::STAMP: &str",
        "the enum's name and a hash of the catalog's content, which every export to another language carries too";
    RETIRED: Const "RETIRED", false, "E::RETIRED: &[ERetired]",
        "the `[[retired]]` codes, in catalog order";
    CODE: Fn "code", true, "const fn code(self) -> C",
        "the code: `C` is the code type, `&'static str` for string codes";
    NAME: Fn "name", true, "const fn name(self) -> &'static str",
        "the name";
    FROM_CODE: Fn "from_code", true, "fn from_code(code: C) -> Option<E>",
        "the entry with this code, or `None`; a `const fn` for integer codes";
    FROM_NAME: Fn "from_name", true, "fn from_name(name: &str) -> Option<E>",
        "the entry with this name, alias or platform name, matched exactly, or `None`";
    DESCRIPTION: Fn "description", true, "const fn description(self) -> &'static str",
        "what the error means, in the default language";
    CAUSE: Fn "cause", true, "const fn cause(self) -> Option<&'static str>",
        "why it happens and what to do, in the default language";
    NOTE: Fn "note", true, "const fn note(self) -> Option<&'static str>",
        "what else to know, in the default language";
    DESCRIPTION_IN: Fn "description_in", true, "fn description_in(self, tag: &str) -> Option<&'static str>",
        "the description in the language a tag asks for, or `None`";
    CAUSE_IN: Fn "cause_in", true, "fn cause_in(self, tag: &str) -> Option<&'static str>",
        "the cause in the language a tag asks for";
    NOTE_IN: Fn "note_in", true, "fn note_in(self, tag: &str) -> Option<&'static str>",
        "the note in the language a tag asks for";
    RESOLVE_LANGUAGE: Fn "resolve_language", true, "fn resolve_language(tag: &str) -> Option<&'static str>",
        "the catalog language a tag asks for (see [Languages](#languages))";
    BEST_LANGUAGE: Fn "best_language", false, "fn best_language(preferences: &[&str]) -> &'static str",
        "the first of a user's languages the catalog has, or the default language";
    ALIASES: Fn "aliases", true, "const fn aliases(self) -> &'static [&'static str]",
        "the other names `from_name` accepts";
    PLATFORM_NAME: Fn "platform_name", true, "fn platform_name(self, platform: &str) -> Option<&'static str>",
        "what a platform calls the entry, where the catalog says";
    DEPRECATED: Fn "deprecated", true, "const fn deprecated(self) -> Option<&'static str>",
        "why the entry is deprecated (its variant is then `#[deprecated]`), or `None`";
    DOCS_URL: Fn "docs_url", true, "const fn docs_url(self) -> Option<&'static str>",
        "the entry's docs URL from the catalog's `docs_url`, or `None` without one";
    HTTP_STATUS: Fn "http_status", true, "const fn http_status(self) -> Option<u16>",
        "the HTTP status the entry, else its group, else the catalog gives (`http_status`), or `None`";
    GRPC_CODE: Fn "grpc_code", true, "const fn grpc_code(self) -> Option<GrpcCode>",
        "the gRPC status code the entry, else its group, else the catalog gives (`grpc_code`), or `None`";
    PROBLEM_TYPE: Fn "problem_type", true, "const fn problem_type(self) -> Option<&'static str>",
        "the entry's RFC 9457 problem `type` URI from `problem_type`, else its docs URL, else `None`";
    FLAGS_OF: Fn "flags", true, "const fn flags(self) -> &'static [&'static str]",
        "the names of the entry's flags";
    ARGS: Fn "args", true, "const fn args(self) -> &'static [Arg]",
        "the arguments the entry's texts take as `{name}`, with their types, in declared order";
    GROUP: Fn "group", true, "const fn group(self) -> EGroup",
        "the entry's group, when the catalog has groups (the trait's gives an `Option`)";
    RETIRED_OF: Fn "retired", true, "fn retired(code: C) -> Option<&'static ERetired>",
        "the retired code `code` (its `name`, `reason` and `since`), or `None`; a `const fn` for integer codes";
}

/// `is_<flag>`: a method for each flag the catalog declares.
pub(crate) const FLAG_PREFIX: &str = "is_";

/// The names a field of the catalog may not take, as its lookup would clash with one of them:
/// every item above, every item of the `Catalog` trait, and each flag's method.
pub(crate) fn taken(name: &str, flags: &[&str]) -> bool {
    ITEMS.iter().any(|item| item.name == name)
        || TRAIT_ONLY.contains(&name)
        || name
            .strip_prefix(FLAG_PREFIX)
            .is_some_and(|flag| flags.contains(&flag))
}

/// Items of `chat_errors::Catalog` that the enum has no inherent item for: the enum's name, the
/// group of any code, and the trait's provided methods.
pub(crate) const TRAIT_ONLY: &[&str] = &["NAME", "group_of_code", "has_flag", "parse_code"];

/// Every name a field may not take whatever the catalog's flags: the items of `impl E` and of the
/// `Catalog` trait. For tests that try each.
pub fn reserved_names() -> impl Iterator<Item = &'static str> {
    ITEMS
        .iter()
        .map(|item| item.name)
        .chain(TRAIT_ONLY.iter().copied())
}

/// The reference's table of the generated API, as `chat_errors`'s documentation has it between
/// its markers; a test keeps the two the same.
pub fn reference_table() -> String {
    let mut table = String::from("| item | what it gives |\n|---|---|\n");
    for item in ITEMS {
        table.push_str(&format!("| `{}` | {} |\n", item.signature, item.summary));
    }
    table.push_str(
        "| `const fn is_<flag>(self) -> bool` | whether the entry has the flag, for each flag the catalog declares |\n\
         | `const fn <field>(self) -> T` | the entry's value of a field: `T`, or `Option<T>` when the field is not required |\n",
    );
    table
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;

    /// The names of every item of `impl E` blocks in `source`, and of the trait impl's items.
    fn defined(source: &str, enum_name: &str) -> (BTreeSet<String>, BTreeSet<String>) {
        let file = syn::parse_file(source).unwrap();
        let (mut inherent, mut in_trait) = (BTreeSet::new(), BTreeSet::new());
        for item in file.items {
            let syn::Item::Impl(block) = item else {
                continue;
            };
            let syn::Type::Path(ty) = &*block.self_ty else {
                continue;
            };
            if !ty.path.is_ident(enum_name) {
                continue;
            }
            let is_catalog = block
                .trait_
                .as_ref()
                .is_some_and(|(_, path, _)| path.segments.last().unwrap().ident == "Catalog");
            let names = match (&block.trait_, is_catalog) {
                (None, _) => &mut inherent,
                (Some(_), true) => &mut in_trait,
                (Some(_), false) => continue,
            };
            for item in block.items {
                match item {
                    syn::ImplItem::Const(item) => names.insert(item.ident.to_string()),
                    syn::ImplItem::Fn(item) => names.insert(item.sig.ident.to_string()),
                    syn::ImplItem::Type(item) => names.insert(item.ident.to_string()),
                    _ => false,
                };
            }
        }
        (inherent, in_trait)
    }

    #[test]
    fn the_expansion_defines_what_the_table_lists() {
        let catalog = crate::parse(include_str!("../tests/golden/small.toml")).unwrap();
        let (inherent, in_trait) = defined(&crate::expand(&catalog), "SmallError");
        let mut expected: BTreeSet<String> = ITEMS.iter().map(|item| item.name.into()).collect();
        expected.insert(format!("{FLAG_PREFIX}retryable"));
        expected.insert("retry_after".into());
        expected.extend(["__from_index", "__template"].map(String::from));
        assert_eq!(inherent, expected);

        let mut expected: BTreeSet<String> = ITEMS
            .iter()
            .filter(|item| item.in_trait)
            .map(|item| item.name.into())
            .collect();
        expected.extend(
            [
                "Code",
                "Group",
                "NAME",
                "group_of_code",
                "__from_index",
                "__template",
            ]
            .map(String::from),
        );
        assert_eq!(in_trait, expected);
    }

    /// The `Catalog` trait, as the runtime crate declares it, has an item for each the table marks
    /// for it, and the trait's own.
    #[test]
    fn the_trait_declares_what_the_table_marks_for_it() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../chat-errors/src/catalog.rs");
        let file = syn::parse_file(&std::fs::read_to_string(path).unwrap()).unwrap();
        let declared: BTreeSet<String> = file
            .items
            .iter()
            .find_map(|item| match item {
                syn::Item::Trait(trait_) if trait_.ident == "Catalog" => Some(trait_),
                _ => None,
            })
            .unwrap()
            .items
            .iter()
            .filter_map(|item| match item {
                syn::TraitItem::Const(item) => Some(item.ident.to_string()),
                syn::TraitItem::Fn(item) => Some(item.sig.ident.to_string()),
                syn::TraitItem::Type(item) => Some(item.ident.to_string()),
                _ => None,
            })
            .collect();
        let mut expected: BTreeSet<String> = ITEMS
            .iter()
            .filter(|item| item.in_trait)
            .map(|item| item.name.into())
            .chain(TRAIT_ONLY.iter().map(|name| (*name).into()))
            .collect();
        expected.extend(["Code", "Group", "__from_index", "__template"].map(String::from));
        assert_eq!(declared, expected);
    }

    #[test]
    fn fields_may_take_no_generated_name() {
        for item in ITEMS {
            assert!(taken(item.name, &[]), "{}", item.name);
        }
        assert!(taken("group_of_code", &[]));
        assert!(taken("is_retryable", &["retryable"]));
        assert!(!taken("is_retryable", &[]));
        assert!(!taken("retry_after", &["retryable"]));
    }
}
