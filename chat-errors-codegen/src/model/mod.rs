//! The validated catalog: what every view (enum, tables, docs, `explain`) is generated from.

mod stamp;
mod values;

pub use values::{Code, CodeType, Field, FieldType, IntType, ItemType, Value};

/// A catalog that passed every check: codes, names and variants are unique, every text has the
/// default language, and relative links are resolved. Only the code generator makes one
/// ([`parse`](crate::parse)); it grows fields as the format grows, which is not a breaking change.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Catalog {
    /// Rust name of the generated enum.
    pub enum_name: String,
    /// Language tag of `description()` and `cause()`.
    pub default_language: String,
    /// Every language tag the catalog uses, the default first, then in order of first use.
    pub languages: Vec<String>,
    /// Markdown placed at the top of the enum's rustdoc.
    pub doc: Option<String>,
    /// The template of every entry's docs URL, with `{code}` and `{name}` in it.
    pub docs_url: Option<String>,
    /// The template of every entry's RFC 9457 problem `type` URI, with `{code}` and `{name}`.
    pub problem_type: Option<String>,
    /// The AIP-193 `ErrorInfo.domain` of the catalog's errors.
    pub domain: Option<String>,
    /// The HTTP status and gRPC code of every entry whose group or own says none.
    pub wire: crate::Wire,
    /// Whether the set of codes is closed: the enum is then not `#[non_exhaustive]`.
    pub exhaustive: bool,
    /// The type of the codes.
    pub code_type: CodeType,
    /// Whether the expansion implements `serde`'s `Serialize` and `Deserialize`, by code.
    pub serde: OptIn,
    /// Whether the expansion implements `miette::Diagnostic`.
    pub miette: OptIn,
    /// Platforms whose own names entries may give, such as `ios`, in file order.
    pub platforms: Vec<String>,
    /// Flags entries can carry, such as `retryable`, in file order.
    pub flags: Vec<Flag>,
    /// Groups that order the docs and classify entries at run time, in file order. When there
    /// are any, every entry belongs to one.
    pub groups: Vec<Group>,
    /// Typed columns the catalog adds to its entries, such as an HTTP status, in file order.
    pub fields: Vec<Field>,
    /// The entries, in file order.
    pub entries: Vec<Entry>,
    /// Codes that are entries no more, whose numbers and names stay reserved, in file order.
    pub retired: Vec<Retired>,
}

/// A `[[retired]]` code: no variant, but its code and name are never given to another entry.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Retired {
    /// The code it had.
    pub code: Code,
    /// The name it had.
    pub name: String,
    /// Why it is no entry any more.
    pub reason: String,
    /// The version it was retired in, where the catalog says.
    pub since: Option<String>,
}

/// An integration a catalog opts into, such as `serde` or `miette` in `[catalog]`: whether, and
/// when, the enum implements that crate's traits.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum OptIn {
    /// No impls: the invoking crate needs no such dependency.
    #[default]
    Off,
    /// `serde = true`: always; the invoking crate depends on the crate.
    On,
    /// `serde = { feature = "serde" }`: when the invoking crate's feature is on.
    Feature(String),
}

impl OptIn {
    /// Whether the enum implements the traits, always or behind a feature.
    pub fn is_on(&self) -> bool {
        !matches!(self, OptIn::Off)
    }
}

/// The visibility the generated types take: the enum's. `pub` for `agora_errors!`, what the user
/// wrote (`pub(crate)`, or nothing) for an enum declared in their source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Visibility {
    /// `pub`.
    Public,
    /// As written before the declared enum: `pub(crate)`, `pub(in crate::errors)`, or nothing
    /// for a private enum.
    Written(String),
}

/// As Rust writes it.
impl core::fmt::Display for Visibility {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self {
            Visibility::Public => f.write_str("pub"),
            Visibility::Written(text) => f.write_str(text),
        }
    }
}

/// A yes-or-no property of entries, such as `retryable`: generates `const fn is_<name>()`.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Flag {
    /// snake_case name.
    pub name: String,
    /// What an entry with the flag means for the caller.
    pub meaning: String,
}

/// A group of entries, such as the user errors.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Group {
    /// snake_case name, as entries refer to it.
    pub name: String,
    /// The variant of the generated group enum: `name` in UpperCamelCase.
    pub variant: String,
    /// Heading in the docs.
    pub title: String,
    /// Markdown shown under the heading.
    pub doc: Option<String>,
    /// The integer codes the group owns, listed or not, as inclusive ranges in file order.
    pub ranges: Vec<(i128, i128)>,
    /// The start every string code of the group has, listed or not.
    pub prefix: Option<String>,
    /// The HTTP status and gRPC code of its entries that say none of their own.
    pub wire: crate::Wire,
}

impl Group {
    /// Whether the group owns `code` by its ranges or prefix, whether or not an entry has it.
    pub fn owns(&self, code: &Code) -> bool {
        match code {
            Code::Int(code) => self
                .ranges
                .iter()
                .any(|(low, high)| (low..=high).contains(&code)),
            Code::Str(code) => self
                .prefix
                .as_ref()
                .is_some_and(|prefix| code.starts_with(prefix.as_str())),
        }
    }

    /// The codes the group owns as people write them: `400–499`, `903–905, 1110–1199`,
    /// `23…`; `None` when it owns only its entries' codes.
    pub fn owned(&self) -> Option<String> {
        if let Some(prefix) = &self.prefix {
            return Some(format!("{prefix}…"));
        }
        let ranges: Vec<String> = self
            .ranges
            .iter()
            .map(|(low, high)| {
                if low == high {
                    low.to_string()
                } else {
                    format!("{low}–{high}")
                }
            })
            .collect();
        (!ranges.is_empty()).then(|| ranges.join(", "))
    }
}

/// One error code.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Entry {
    /// The code, of the catalog's code type.
    pub code: Code,
    /// The name, such as `"USER_MUTED"`.
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
    /// Why the entry is deprecated, if it is.
    pub deprecated: Option<String>,
    /// The index of the entry's group in [`Catalog::groups`], when the catalog has groups.
    pub group: Option<usize>,
    /// The names of the entry's flags, in catalog order of the flags.
    pub flags: Vec<String>,
    /// The arguments its texts take, in declared order; empty when its texts are literal.
    pub args: Vec<Arg>,
    /// The HTTP status and gRPC code the entry gives itself; [`Catalog::wire`] resolves them
    /// with its group's and the catalog's.
    pub wire: crate::Wire,
    /// The entry's value of each of the catalog's fields, in the catalog's order of fields.
    pub fields: Vec<Option<Value>>,
}

/// An argument an entry's texts take as `{name}`: a field of the entry's struct.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Arg {
    /// Its name, a Rust identifier.
    pub name: String,
    /// The type of its values.
    pub ty: ItemType,
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
    /// The entry's docs URL: `template` with `{code}` and `{name}` filled in, each
    /// percent-encoded where a URL needs it (a space in the string code `Bad Request`).
    pub fn docs_url(&self, template: &str) -> String {
        let encode = |value: &str| {
            let mut out = String::with_capacity(value.len());
            for byte in value.bytes() {
                if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
                    out.push(char::from(byte));
                } else {
                    out.push_str(&format!("%{byte:02X}"));
                }
            }
            out
        };
        template
            .replace("{code}", &encode(&self.code.to_string()))
            .replace("{name}", &encode(&self.name))
    }

    /// The pieces of `text` in `language` (one of the entry's texts), where the entry takes
    /// arguments: its placeholders parsed. `None` for an entry without arguments, whose texts are
    /// literal, or a language the text is not in.
    pub fn template(&self, text: &Texts, language: &str) -> Option<Vec<crate::template::Piece>> {
        if self.args.is_empty() {
            return None;
        }
        crate::template::parse(text.get(language)?).ok()
    }

    /// Whether `query`, such as a line of a log, could be part of `text` (one of the entry's
    /// texts in one language) as rendered with some values: literally, or for an entry that
    /// takes arguments, with each value of its type where its placeholder is.
    pub fn renders_part(&self, text: &str, query: &str) -> bool {
        let accepts = |name: &str, c: char| match self.args.iter().find(|arg| arg.name == name) {
            Some(Arg {
                ty: ItemType::Int(_),
                ..
            }) => c.is_ascii_digit() || c == '-',
            Some(Arg {
                ty: ItemType::Bool, ..
            }) => "truefalse".contains(c),
            _ => true,
        };
        if self.args.is_empty() {
            return text.to_lowercase().contains(&query.trim().to_lowercase());
        }
        crate::template::parse(text)
            .is_ok_and(|pieces| crate::template::renders_part(&pieces, accepts, query))
    }

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
    /// The entry's group, when the catalog has groups.
    pub fn group(&self, entry: &Entry) -> Option<&Group> {
        self.groups.get(entry.group?)
    }

    /// The entry's HTTP status and gRPC code: its own, or else its group's, or else the
    /// catalog's.
    pub fn wire(&self, entry: &Entry) -> crate::Wire {
        let group = self
            .group(entry)
            .map(|group| group.wire)
            .unwrap_or_default();
        entry.wire.or(group).or(self.wire)
    }

    /// The entries of the group at `index` in [`groups`](Self::groups), in catalog order.
    pub fn members(&self, index: usize) -> impl Iterator<Item = &Entry> {
        self.entries
            .iter()
            .filter(move |entry| entry.group == Some(index))
    }

    /// The group of `code`, listed or not: the group whose ranges or prefix own it, or else the
    /// group of the entry with that code.
    pub fn group_of_code(&self, code: &Code) -> Option<&Group> {
        self.groups
            .iter()
            .find(|group| group.owns(code))
            .or_else(|| self.group(self.entries.iter().find(|entry| &entry.code == code)?))
    }

    /// Every name `from_name` accepts (names, aliases, platform names), with the entry it leads
    /// to, in catalog order.
    pub fn names(&self) -> impl Iterator<Item = (&str, &Entry)> {
        self.entries
            .iter()
            .flat_map(|entry| entry.names().map(move |name| (name, entry)))
    }
}

/// The variant of a name: `EM_NO_ERROR` → `EmNoError`, `chat_room` → `ChatRoom`, `E2BIG` →
/// `E2big`, and, for names in both cases, `NoSuchBucket` → `NoSuchBucket`, `invalidGrant` →
/// `InvalidGrant`, `HTTPError` → `HttpError`. Each word starts in uppercase and goes on in
/// lowercase; words are separated by `_`, and in a word of both cases also by its humps (the runtime
/// crate's rule, which every catalog's `Debug` spells variants with).
pub fn upper_camel_case(name: &str) -> String {
    if !name.is_ascii() {
        let mut out = String::with_capacity(name.len());
        for word in name.split('_') {
            let mut chars = word.chars();
            if let Some(first) = chars.next() {
                out.extend(first.to_uppercase());
                out.extend(chars.flat_map(char::to_lowercase));
            }
        }
        return out;
    }
    // Names are ASCII, as every name style spells them: byte by byte, for every name of a catalog.
    let mut out = Vec::with_capacity(name.len());
    let _ = crate::runtime::variant::spell_variant(name.as_bytes(), &mut |byte| {
        out.push(byte);
        Ok(())
    });
    String::from_utf8(out).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn upper_camel_case_follows_the_schema_examples() {
        assert_eq!(upper_camel_case("NoSuchBucket"), "NoSuchBucket");
        assert_eq!(upper_camel_case("invalidGrant"), "InvalidGrant");
        assert_eq!(upper_camel_case("HTTPError"), "HttpError");
        assert_eq!(upper_camel_case("Error404NotFound"), "Error404NotFound");
        assert_eq!(
            upper_camel_case("ERROR_AUTODATASEG_EXCEEDS_64k"),
            "ErrorAutodatasegExceeds64k"
        );
        assert_eq!(upper_camel_case("unique_violation"), "UniqueViolation");
        assert_eq!(
            upper_camel_case("AccessDenied_Legacy"),
            "AccessDeniedLegacy"
        );
        assert_eq!(upper_camel_case("EM_NO_ERROR"), "EmNoError");
        assert_eq!(upper_camel_case("E2BIG"), "E2big");
        assert_eq!(upper_camel_case("IM_A_TEAPOT"), "ImATeapot");
        assert_eq!(
            upper_camel_case("PUSH_UPDATECONFIGS_FAILED"),
            "PushUpdateconfigsFailed"
        );
    }

    #[test]
    fn docs_urls_encode_what_they_fill_in() {
        let entry = Entry {
            code: Code::Str("Bad Request".into()),
            name: "BAD_REQUEST_PHRASE".into(),
            variant: "BadRequestPhrase".into(),
            description: Texts::default(),
            cause: None,
            note: None,
            aliases: Vec::new(),
            platform_names: Vec::new(),
            deprecated: None,
            group: None,
            flags: Vec::new(),
            args: Vec::new(),
            wire: crate::Wire::default(),
            fields: Vec::new(),
        };
        assert_eq!(
            entry.docs_url("https://d.example/{code}#{name}"),
            "https://d.example/Bad%20Request#BAD_REQUEST_PHRASE"
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
