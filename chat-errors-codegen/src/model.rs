//! The validated catalog: what every view (enum, tables, docs, `explain`) is generated from.

/// A catalog that passed every check: codes, names and variants are unique, every text has the
/// default language, and relative links are resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Catalog {
    /// Rust name of the generated enum.
    pub enum_name: String,
    /// Language tag of `description()` and `cause()`.
    pub default_language: String,
    /// Every language tag the catalog uses, the default first, then in order of first use.
    pub languages: Vec<String>,
    /// Markdown placed at the top of the enum's rustdoc.
    pub doc: Option<String>,
    /// Platforms whose own names entries may give, such as `ios`, in file order.
    pub platforms: Vec<String>,
    /// Flags entries can carry, such as `retryable`, in file order.
    pub flags: Vec<Flag>,
    /// Groups that order the docs and classify entries at run time, in file order. When there
    /// are any, every entry belongs to one.
    pub groups: Vec<Group>,
    /// The entries, in file order.
    pub entries: Vec<Entry>,
}

/// A yes-or-no property of entries, such as `retryable`: generates `const fn is_<name>()`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Flag {
    /// snake_case name.
    pub name: String,
    /// What an entry with the flag means for the caller.
    pub meaning: String,
}

/// A group of entries, such as the user errors.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    /// snake_case name, as entries refer to it.
    pub name: String,
    /// The variant of the generated group enum: `name` in UpperCamelCase.
    pub variant: String,
    /// Heading in the docs.
    pub title: String,
    /// Markdown shown under the heading.
    pub doc: Option<String>,
}

/// One error code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The numeric code.
    pub code: i32,
    /// The SDK name, in SCREAMING_SNAKE_CASE.
    pub name: String,
    /// The Rust variant: `name` in UpperCamelCase.
    pub variant: String,
    /// What the error means.
    pub description: Texts,
    /// Why it happens and what to do about it.
    pub cause: Option<Texts>,
    /// What else a reader should know, such as where sources disagree.
    pub note: Option<Texts>,
    /// More names that `from_name` accepts.
    pub aliases: Vec<String>,
    /// `(platform, name)`: what a platform calls the entry where that differs from `name`, in
    /// the catalog's order of platforms. `from_name` accepts these too.
    pub platform_names: Vec<(String, String)>,
    /// Why the code is retired, if it is.
    pub deprecated: Option<String>,
    /// The name of the entry's group, when the catalog has groups.
    pub group: Option<String>,
    /// The names of the entry's flags, in catalog order of the flags.
    pub flags: Vec<String>,
}

/// One text in several languages, as `(language tag, text)` pairs in file order.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Texts(pub Vec<(String, String)>);

impl Texts {
    /// The text in `language`, if the catalog has it.
    pub fn get(&self, language: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(tag, _)| tag == language)
            .map(|(_, text)| text.as_str())
    }
}

impl Entry {
    /// The entry's name, then its aliases and platform names.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        core::iter::once(self.name.as_str())
            .chain(self.aliases.iter().map(String::as_str))
            .chain(self.platform_names.iter().map(|(_, name)| name.as_str()))
    }

    /// What `platform` calls the entry, where the catalog says.
    pub fn platform_name(&self, platform: &str) -> Option<&str> {
        self.platform_names
            .iter()
            .find(|(each, _)| each == platform)
            .map(|(_, name)| name.as_str())
    }
}

impl Catalog {
    /// Every name `from_name` accepts (names, aliases, platform names), with the entry it leads
    /// to, in catalog order.
    pub fn names(&self) -> impl Iterator<Item = (&str, &Entry)> {
        self.entries
            .iter()
            .flat_map(|entry| entry.names().map(move |name| (name, entry)))
    }
}

/// `EM_NO_ERROR` → `EmNoError`, `chat_room` → `ChatRoom`: each `_`-separated word becomes its
/// first character in uppercase and the rest in lowercase.
pub fn upper_camel_case(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for word in name.split('_') {
        let mut chars = word.chars();
        if let Some(first) = chars.next() {
            out.extend(first.to_uppercase());
            out.extend(chars.flat_map(char::to_lowercase));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn upper_camel_case_follows_the_schema_examples() {
        assert_eq!(upper_camel_case("EM_NO_ERROR"), "EmNoError");
        assert_eq!(upper_camel_case("E2BIG"), "E2big");
        assert_eq!(upper_camel_case("IM_A_TEAPOT"), "ImATeapot");
        assert_eq!(
            upper_camel_case("PUSH_UPDATECONFIGS_FAILED"),
            "PushUpdateconfigsFailed"
        );
    }

    #[test]
    fn texts_find_their_language() {
        let texts = Texts(vec![
            ("zh".into(), "网络错误".into()),
            ("en".into(), "Network".into()),
        ]);
        assert_eq!(texts.get("en"), Some("Network"));
        assert_eq!(texts.get("zh"), Some("网络错误"));
        assert_eq!(texts.get("fr"), None);
    }
}
