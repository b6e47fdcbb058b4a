//! TOML text → raw entries with byte spans. Reports the shape of the file (syntax, unknown keys,
//! types, missing keys); what the values mean is for `check`.

use core::ops::Range;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::diag::{Diagnostic, list};
use crate::model::{Code, CodeType, FieldType, IntType, ItemType, Serde, Value};

/// A value and where it was written.
#[derive(Debug, Clone)]
pub(crate) struct Sp<T> {
    pub value: T,
    pub span: Range<usize>,
}

#[derive(Debug, Default)]
pub(crate) struct RawCatalog {
    pub enum_name: Option<Sp<String>>,
    pub default_language: Option<Sp<String>>,
    pub doc: Option<Sp<String>>,
    pub link_base: Option<Sp<String>>,
    /// `docs_url = "https://…#{code}"`: the template of every entry's docs URL.
    pub docs_url: Option<Sp<String>>,
    /// `exhaustive = true`: the set of codes is closed, the enum not `#[non_exhaustive]`.
    pub exhaustive: bool,
    /// `code_type`: known before the entries, whose codes it gives their shape.
    pub code_type: CodeType,
    pub name_style: Option<Sp<String>>,
    pub serde: Serde,
    /// `platforms = ["ios", …]`: the platforms entries may give names for.
    pub platforms: Vec<Sp<String>>,
    /// `[catalog.flags]`: flag name and meaning, in file order.
    pub flags: Vec<(Sp<String>, String)>,
    pub groups: Vec<RawGroup>,
    /// `[catalog.fields]`, in file order.
    pub fields: Vec<RawField>,
    pub entries: Vec<RawEntry>,
    /// `[[retired]]`: codes that are no entries any more, in file order.
    pub retired: Vec<RawRetired>,
    /// Whether any entry was written, valid or not: only a catalog without any is "empty".
    pub has_entries: bool,
}

/// One `[[retired]]` table: a code and name no entry may take again.
#[derive(Debug)]
pub(crate) struct RawRetired {
    pub code: Sp<Code>,
    pub name: Sp<String>,
    pub reason: String,
    pub since: Option<String>,
}

#[derive(Debug)]
pub(crate) struct RawEntry {
    pub code: Sp<Code>,
    pub name: Sp<String>,
    pub description: Sp<RawText>,
    pub cause: Option<Sp<RawText>>,
    pub note: Option<Sp<RawText>>,
    pub aliases: Vec<Sp<String>>,
    /// `platform_names = { ios = "…" }`: platform and name, in file order.
    pub platform_names: Vec<(Sp<String>, Sp<String>)>,
    pub deprecated: Option<Sp<String>>,
    pub group: Option<Sp<String>>,
    pub flags: Vec<Sp<String>>,
    /// The entry's value of each declared field, in the order of `RawCatalog::fields`.
    pub fields: Vec<Option<Value>>,
}

/// One field of `[catalog.fields]`: `http_status = { type = "[u16]", doc = "…" }`.
#[derive(Debug)]
pub(crate) struct RawField {
    pub name: Sp<String>,
    pub ty: FieldType,
    pub doc: String,
    pub required: bool,
}

/// One `[[catalog.groups]]` table.
#[derive(Debug)]
pub(crate) struct RawGroup {
    pub name: Sp<String>,
    pub title: String,
    pub doc: Option<String>,
    /// `range = [400, 499]` or `ranges = [[903, 905], …]`: each inclusive range where written.
    pub ranges: Vec<Sp<(i128, i128)>>,
    /// `prefix = "23"`, for string codes.
    pub prefix: Option<Sp<String>>,
}

#[derive(Debug)]
pub(crate) enum RawText {
    /// Text in the catalog's default language.
    Plain(String),
    /// `{ zh = "…", en = "…" }`: language tag and text, in file order.
    Languages(Vec<(Sp<String>, String)>),
}

/// The tables at the top level.
pub const TOP_KEYS: &[&str] = &["catalog", "error", "retired"];
/// The keys of `[catalog]`.
pub const CATALOG_KEYS: &[&str] = &[
    "enum",
    "default_language",
    "doc",
    "link_base",
    "docs_url",
    "exhaustive",
    "code_type",
    "name_style",
    "serde",
    "platforms",
    "flags",
    "groups",
    "fields",
];
/// The keys of a `[[retired]]` table.
pub const RETIRED_KEYS: &[&str] = &["code", "name", "reason", "since"];
/// The keys of a `[[catalog.groups]]` table.
pub const GROUP_KEYS: &[&str] = &["name", "title", "doc", "range", "ranges", "prefix"];
/// The keys of a field of `[catalog.fields]`.
pub const FIELD_KEYS: &[&str] = &["type", "doc", "required"];
/// An entry's own keys; the catalog's fields come on top.
pub const ENTRY_KEYS: &[&str] = &[
    "code",
    "name",
    "description",
    "cause",
    "note",
    "aliases",
    "platform_names",
    "deprecated",
    "group",
    "flags",
];

/// Reads the catalog's shape. A TOML syntax error stops here; any other problem is collected in
/// `diagnostics` and the entry it is in is left out, so later checks still see the rest.
pub(crate) fn load(source: &str, diagnostics: &mut Vec<Diagnostic>) -> Option<RawCatalog> {
    let (document, syntax_errors) = DeTable::parse_recoverable(source);
    if !syntax_errors.is_empty() {
        diagnostics.extend(syntax_errors.iter().map(|error| {
            let span = error.span().unwrap_or(0..0);
            Diagnostic::at(
                span,
                format!("invalid TOML: {}", error.message().trim_end()),
            )
            .help("fix the TOML syntax; every other check runs once the file parses")
        }));
        return None;
    }
    let mut reader = Reader { diagnostics };
    let document = document.get_ref();
    reader.known_keys(document, TOP_KEYS, "at the top level");
    let mut raw = RawCatalog::default();
    if let Some(catalog) = document.get("catalog") {
        if let Some(table) = reader.table(catalog, "`[catalog]`") {
            reader.known_keys(table, CATALOG_KEYS, "in `[catalog]`");
            raw.enum_name = reader.string(table, "enum");
            raw.default_language = reader.string(table, "default_language");
            raw.doc = reader.string(table, "doc");
            raw.link_base = reader.string(table, "link_base");
            raw.docs_url = reader.string(table, "docs_url");
            raw.exhaustive = reader.boolean(table, "exhaustive");
            if let Some(code_type) = reader.string(table, "code_type") {
                raw.code_type = reader.code_type(code_type);
            }
            raw.name_style = reader.string(table, "name_style");
            if let Some(serde) = table.get("serde") {
                raw.serde = reader.serde(serde);
            }
            if let Some(platforms) = table.get("platforms") {
                raw.platforms = reader
                    .strings(
                        platforms,
                        "`platforms`",
                        "a platform",
                        "platforms = [\"ios\"]",
                    )
                    .unwrap_or_default();
            }
            if let Some(flags) = table.get("flags") {
                raw.flags = reader.flags(flags);
            }
            if let Some(groups) = table.get("groups") {
                raw.groups = reader.groups(groups, raw.code_type);
            }
            if let Some(fields) = table.get("fields") {
                raw.fields = reader.fields(fields);
            }
        }
    }
    if let Some(errors) = document.get("error") {
        raw.has_entries = true;
        match errors.get_ref() {
            DeValue::Array(array) => {
                let allowed: Vec<&str> = ENTRY_KEYS
                    .iter()
                    .copied()
                    .chain(raw.fields.iter().map(|field| field.name.value.as_str()))
                    .collect();
                for item in array.iter() {
                    raw.entries
                        .extend(reader.entry(item, &allowed, raw.code_type, &raw.fields));
                }
            }
            other => reader.report(
                Diagnostic::at(
                    errors.span(),
                    format!(
                        "`error` must be an array of tables, found {}",
                        other.type_str()
                    ),
                )
                .help("write each entry under its own `[[error]]` header"),
            ),
        }
    }
    if let Some(retired) = document.get("retired") {
        raw.retired = reader.retired(retired, raw.code_type);
    }
    Some(raw)
}

struct Reader<'d> {
    diagnostics: &'d mut Vec<Diagnostic>,
}

impl Reader<'_> {
    fn report(&mut self, diagnostic: Diagnostic) {
        self.diagnostics.push(diagnostic);
    }

    /// Unknown keys are errors: a misspelt optional key would otherwise be silently ignored.
    fn known_keys(&mut self, table: &DeTable<'_>, allowed: &[&str], place: &str) {
        for key in table.keys() {
            if !allowed.contains(&key.get_ref().as_ref()) {
                self.report(
                    Diagnostic::at(
                        key.span(),
                        format!("unknown key `{}` {place}", key.get_ref()),
                    )
                    .help(format!(
                        "the keys allowed here are {}",
                        list(allowed.iter().copied())
                    )),
                );
            }
        }
    }

    fn table<'v, 'i>(
        &mut self,
        value: &'v Spanned<DeValue<'i>>,
        what: &str,
    ) -> Option<&'v DeTable<'i>> {
        match value.get_ref() {
            DeValue::Table(table) => Some(table),
            other => {
                self.report(
                    Diagnostic::at(
                        value.span(),
                        format!("{what} must be a table, found {}", other.type_str()),
                    )
                    .help("write it as a `[header]` with keys below it"),
                );
                None
            }
        }
    }

    /// A boolean key; `false` when it is absent or not a boolean (which is reported).
    fn boolean(&mut self, table: &DeTable<'_>, key: &str) -> bool {
        match table.get(key).map(|value| (value.get_ref(), value)) {
            None => false,
            Some((DeValue::Boolean(value), _)) => *value,
            Some((other, value)) => {
                self.report(
                    Diagnostic::at(
                        value.span(),
                        format!("`{key}` must be a boolean, found {}", other.type_str()),
                    )
                    .help(format!("write `{key} = true` or leave it out")),
                );
                false
            }
        }
    }

    fn string(&mut self, table: &DeTable<'_>, key: &str) -> Option<Sp<String>> {
        let value = table.get(key)?;
        self.expect_string(value, &format!("`{key}`"))
    }

    fn expect_string(&mut self, value: &Spanned<DeValue<'_>>, what: &str) -> Option<Sp<String>> {
        match value.get_ref() {
            DeValue::String(text) => Some(Sp {
                value: text.replace("\r\n", "\n"),
                span: value.span(),
            }),
            other => {
                self.report(
                    Diagnostic::at(
                        value.span(),
                        format!("{what} must be a string, found {}", other.type_str()),
                    )
                    .help("put the value in double quotes"),
                );
                None
            }
        }
    }

    /// One `[[error]]` table; `allowed` are its own keys and the catalog's fields.
    fn entry(
        &mut self,
        item: &Spanned<DeValue<'_>>,
        allowed: &[&str],
        code_type: CodeType,
        fields: &[RawField],
    ) -> Option<RawEntry> {
        let table = self.table(item, "an `[[error]]` entry")?;
        self.known_keys(table, allowed, "in an `[[error]]` entry");
        // One pass over the entry's few keys: a lookup by key hashes it, which in the macro's
        // unoptimised build costs more than comparing it with each of them.
        let keys: Vec<(&str, &Spanned<DeValue<'_>>)> = table
            .iter()
            .map(|(key, value)| (key.get_ref().as_ref(), value))
            .collect();
        let get = |key: &str| keys.iter().find(|(each, _)| *each == key).map(|(_, v)| *v);
        let code = self.code(item.span(), get("code"), code_type, "[[error]]");
        let field_values: Vec<Option<Option<Value>>> = fields
            .iter()
            .map(|field| self.field_value(item.span(), get(&field.name.value), field))
            .collect();
        let name = self.required(
            item.span(),
            get("name"),
            "name",
            "name = \"NETWORK_ERROR\"",
            "[[error]]",
        );
        let name = name.and_then(|name| self.expect_string(name, "`name`"));
        let description = self.required(
            item.span(),
            get("description"),
            "description",
            "description = \"…\"",
            "[[error]]",
        );
        let description = description.and_then(|value| self.text(value, "`description`"));
        let cause = get("cause").map(|value| self.text(value, "`cause`"));
        let note = get("note").map(|value| self.text(value, "`note`"));
        let platform_names = get("platform_names").map(|value| self.platform_names(value));
        let aliases = get("aliases")
            .map(|value| self.strings(value, "`aliases`", "an alias", "aliases = [\"OLD_NAME\"]"));
        let group = get("group").map(|value| self.expect_string(value, "`group`"));
        let flags = get("flags")
            .map(|value| self.strings(value, "`flags`", "a flag", "flags = [\"retryable\"]"));
        let deprecated = get("deprecated").map(|value| self.expect_string(value, "`deprecated`"));
        Some(RawEntry {
            code: code?,
            name: name?,
            description: description?,
            cause: valid_if_present(cause)?,
            note: valid_if_present(note)?,
            aliases: aliases.unwrap_or(Some(Vec::new()))?,
            platform_names: platform_names.unwrap_or(Some(Vec::new()))?,
            deprecated: valid_if_present(deprecated)?,
            group: valid_if_present(group)?,
            flags: flags.unwrap_or(Some(Vec::new()))?,
            fields: field_values.into_iter().collect::<Option<_>>()?,
        })
    }

    /// The `code` of an `[[error]]` or `[[retired]]` table (`header_name`), of the code type.
    fn code(
        &mut self,
        header: Range<usize>,
        value: Option<&Spanned<DeValue<'_>>>,
        code_type: CodeType,
        header_name: &str,
    ) -> Option<Sp<Code>> {
        let value = self.required(header, value, "code", "code = 300", header_name)?;
        let span = value.span();
        let code = match (code_type, value.get_ref()) {
            (CodeType::String, DeValue::String(text)) if text.is_empty() => {
                self.report(
                    Diagnostic::at(span.clone(), "the code is empty")
                        .help("give every entry a code of at least one character"),
                );
                None
            }
            (CodeType::String, DeValue::String(text)) => Some(Code::Str(text.to_string())),
            (CodeType::String, other) => {
                self.report(
                    Diagnostic::at(
                        span.clone(),
                        format!(
                            "`code` must be a string in a catalog of string codes, found {}",
                            other.type_str()
                        ),
                    )
                    .help("write the code in double quotes, such as `code = \"23505\"`"),
                );
                None
            }
            (CodeType::Int(int), DeValue::Integer(integer)) => {
                let code = self.integer(span.clone(), integer, int, "code")?;
                Some(Code::Int(code))
            }
            (CodeType::Int(_), other) => {
                self.report(
                    Diagnostic::at(
                        span.clone(),
                        format!("`code` must be an integer, found {}", other.type_str()),
                    )
                    .help("write the code as a bare number, such as `code = 300`"),
                );
                None
            }
        };
        code.map(|value| Sp { value, span })
    }

    /// An integer of `int`'s range; `what` is "code" or "value", as the message says.
    fn integer(
        &mut self,
        span: Range<usize>,
        integer: &toml::de::DeInteger<'_>,
        int: IntType,
        what: &str,
    ) -> Option<i128> {
        let (min, max) = int.range();
        let value = i128::from_str_radix(integer.as_str(), integer.radix())
            .ok()
            .filter(|value| (min..=max).contains(value));
        if value.is_none() {
            let plural = if what == "code" { "codes" } else { "values" };
            self.report(
                Diagnostic::at(
                    span,
                    format!("{what} {integer} does not fit in {}", int.with_article()),
                )
                .help(format!("{plural} must lie between {min} and {max}")),
            );
        }
        value
    }

    /// An entry's value of `field`: of the field's type, present if the field is required.
    /// `None` when the entry must be dropped; otherwise the value if there is one.
    fn field_value(
        &mut self,
        header: Range<usize>,
        value: Option<&Spanned<DeValue<'_>>>,
        field: &RawField,
    ) -> Option<Option<Value>> {
        let name = &field.name.value;
        let Some(value) = value else {
            if field.required {
                self.report(
                    Diagnostic::at(header, format!("this `[[error]]` entry has no `{name}`")).help(
                        format!("the field `{name}` is required: add a line such as `{name} = …`"),
                    ),
                );
                return None;
            }
            return Some(None);
        };
        let expected = describe(field.ty);
        if !field.ty.list {
            return self.item(value, field.ty.item, name, &expected).map(Some);
        }
        let DeValue::Array(items) = value.get_ref() else {
            self.wrong_type(value, name, &expected);
            return None;
        };
        let items: Vec<Option<Value>> = items
            .iter()
            .map(|item| self.item(item, field.ty.item, name, &expected))
            .collect();
        Some(Some(Value::List(items.into_iter().collect::<Option<_>>()?)))
    }

    fn item(
        &mut self,
        value: &Spanned<DeValue<'_>>,
        item: ItemType,
        name: &str,
        expected: &str,
    ) -> Option<Value> {
        match (item, value.get_ref()) {
            (ItemType::Int(int), DeValue::Integer(integer)) => self
                .integer(value.span(), integer, int, "value")
                .map(Value::Int),
            (ItemType::Bool, DeValue::Boolean(boolean)) => Some(Value::Bool(*boolean)),
            (ItemType::String, DeValue::String(text)) => {
                Some(Value::Str(text.replace("\r\n", "\n")))
            }
            _ => {
                self.wrong_type(value, name, expected);
                None
            }
        }
    }

    fn wrong_type(&mut self, value: &Spanned<DeValue<'_>>, name: &str, expected: &str) {
        self.report(
            Diagnostic::at(
                value.span(),
                format!(
                    "`{name}` must be {expected}, found {}",
                    value.get_ref().type_str()
                ),
            )
            .help(format!(
                "the field `{name}` is declared in `[catalog.fields]`"
            )),
        );
    }

    /// `serde = true`, or `serde = { feature = "serde" }` for impls behind the invoking crate's
    /// feature.
    fn serde(&mut self, value: &Spanned<DeValue<'_>>) -> Serde {
        match value.get_ref() {
            DeValue::Boolean(true) => return Serde::On,
            DeValue::Boolean(false) => return Serde::Off,
            DeValue::Table(table) => {
                self.known_keys(table, &["feature"], "in `serde`");
                if let Some(feature) = self.string(table, "feature") {
                    return Serde::Feature(feature.value);
                }
                if table.get("feature").is_some() {
                    return Serde::Off;
                }
            }
            _ => {}
        }
        self.report(
            Diagnostic::at(
                value.span(),
                format!(
                    "`serde` must be a boolean or a table with a `feature`, found {}",
                    value.get_ref().type_str()
                ),
            )
            .help("write `serde = true`, or `serde = { feature = \"serde\" }` for impls behind a cargo feature"),
        );
        Serde::Off
    }

    /// `code_type = "u16"`: an integer type, or `"string"`.
    fn code_type(&mut self, written: Sp<String>) -> CodeType {
        if written.value == "string" {
            return CodeType::String;
        }
        if let Some(int) = IntType::from_name(&written.value) {
            if int != IntType::U64 {
                return CodeType::Int(int);
            }
        }
        let types: Vec<&str> = IntType::ALL
            .iter()
            .filter(|int| **int != IntType::U64)
            .map(|int| int.name())
            .chain(["string"])
            .collect();
        self.report(
            Diagnostic::at(
                written.span,
                format!("unknown code type `{}`", written.value),
            )
            .help(format!(
                "use one of {}; TOML integers stop at i64, so there are no u64 codes",
                list(types.into_iter())
            )),
        );
        CodeType::default()
    }

    /// `value`, the value of `key`; a diagnostic at the table's header when there is none.
    fn required<'v, 'i>(
        &mut self,
        header: Range<usize>,
        value: Option<&'v Spanned<DeValue<'i>>>,
        key: &str,
        example: &str,
        header_name: &str,
    ) -> Option<&'v Spanned<DeValue<'i>>> {
        if value.is_none() {
            self.report(
                Diagnostic::at(header, format!("this `{header_name}` entry has no `{key}`"))
                    .help(format!("add a line such as `{example}` below the header")),
            );
        }
        value
    }

    fn text(&mut self, value: &Spanned<DeValue<'_>>, what: &str) -> Option<Sp<RawText>> {
        let text = match value.get_ref() {
            DeValue::String(_) => RawText::Plain(self.expect_string(value, what)?.value),
            DeValue::Table(table) => {
                let mut languages = Vec::new();
                let mut by_position: Vec<_> = table.iter().collect();
                by_position.sort_by_key(|(key, _)| key.span().start);
                for (language, text) in by_position {
                    let text =
                        self.expect_string(text, &format!("the `{}` text", language.get_ref()))?;
                    let language = Sp {
                        value: language.get_ref().to_string(),
                        span: language.span(),
                    };
                    languages.push((language, text.value));
                }
                RawText::Languages(languages)
            }
            other => {
                self.report(
                    Diagnostic::at(
                        value.span(),
                        format!(
                            "{what} must be a string or a table of languages, found {}",
                            other.type_str()
                        ),
                    )
                    .help(format!(
                        "write {what} as \"…\" or as {{ en = \"…\", zh = \"…\" }}"
                    )),
                );
                return None;
            }
        };
        Some(Sp {
            value: text,
            span: value.span(),
        })
    }

    fn strings(
        &mut self,
        value: &Spanned<DeValue<'_>>,
        what: &str,
        item: &str,
        example: &str,
    ) -> Option<Vec<Sp<String>>> {
        let DeValue::Array(array) = value.get_ref() else {
            self.report(
                Diagnostic::at(
                    value.span(),
                    format!(
                        "{what} must be an array of strings, found {}",
                        value.get_ref().type_str()
                    ),
                )
                .help(format!("write it as `{example}`")),
            );
            return None;
        };
        let strings: Vec<_> = array
            .iter()
            .map(|each| self.expect_string(each, item))
            .collect();
        strings.into_iter().collect()
    }

    /// `{ ios = "AgoraChatErrorUserMuted" }`: each platform with its name, in file order.
    fn platform_names(
        &mut self,
        value: &Spanned<DeValue<'_>>,
    ) -> Option<Vec<(Sp<String>, Sp<String>)>> {
        let DeValue::Table(table) = value.get_ref() else {
            self.report(
                Diagnostic::at(
                    value.span(),
                    format!(
                        "`platform_names` must be a table of names, found {}",
                        value.get_ref().type_str()
                    ),
                )
                .help("write it as `platform_names = { ios = \"SomeErrorName\" }`"),
            );
            return None;
        };
        let mut names = Vec::with_capacity(table.len());
        for (platform, name) in table.iter() {
            let what = format!("the `{}` name", platform.get_ref());
            let name = self.expect_string(name, &what)?;
            let platform = Sp {
                value: platform.get_ref().to_string(),
                span: platform.span(),
            };
            names.push((platform, name));
        }
        names.sort_by_key(|(platform, _)| platform.span.start);
        Some(names)
    }

    fn flags(&mut self, value: &Spanned<DeValue<'_>>) -> Vec<(Sp<String>, String)> {
        let Some(table) = self.table(value, "`[catalog.flags]`") else {
            return Vec::new();
        };
        let mut flags: Vec<_> = table
            .iter()
            .filter_map(|(name, meaning)| {
                let meaning =
                    self.expect_string(meaning, &format!("the meaning of `{}`", name.get_ref()))?;
                let name = Sp {
                    value: name.get_ref().to_string(),
                    span: name.span(),
                };
                Some((name, meaning.value))
            })
            .collect();
        flags.sort_by_key(|(name, _)| name.span.start);
        flags
    }

    fn groups(&mut self, value: &Spanned<DeValue<'_>>, code_type: CodeType) -> Vec<RawGroup> {
        let DeValue::Array(array) = value.get_ref() else {
            self.report(
                Diagnostic::at(
                    value.span(),
                    format!(
                        "`groups` must be an array of tables, found {}",
                        value.get_ref().type_str()
                    ),
                )
                .help("write each group under its own `[[catalog.groups]]` header"),
            );
            return Vec::new();
        };
        let mut groups = Vec::new();
        for item in array.iter() {
            let Some(table) = self.table(item, "a `[[catalog.groups]]` entry") else {
                continue;
            };
            self.known_keys(table, GROUP_KEYS, "in a `[[catalog.groups]]` entry");
            let name = self.required(
                item.span(),
                table.get("name"),
                "name",
                "name = \"user\"",
                "[[catalog.groups]]",
            );
            let name = name.and_then(|name| self.expect_string(name, "`name`"));
            let title = self.required(
                item.span(),
                table.get("title"),
                "title",
                "title = \"User\"",
                "[[catalog.groups]]",
            );
            let title = title.and_then(|title| self.expect_string(title, "`title`"));
            let doc = table.get("doc").map(|doc| self.expect_string(doc, "`doc`"));
            let owns = self.owned_codes(table, code_type);
            if let (Some(name), Some(title), Some(doc), Some((ranges, prefix))) =
                (name, title, valid_if_present(doc), owns)
            {
                groups.push(RawGroup {
                    name,
                    title: title.value,
                    doc: doc.map(|doc| doc.value),
                    ranges,
                    prefix,
                });
            }
        }
        groups
    }

    /// `[[retired]]` tables, each with its `code`, `name` and `reason`, and optionally `since`.
    fn retired(&mut self, value: &Spanned<DeValue<'_>>, code_type: CodeType) -> Vec<RawRetired> {
        let DeValue::Array(array) = value.get_ref() else {
            self.report(
                Diagnostic::at(
                    value.span(),
                    format!(
                        "`retired` must be an array of tables, found {}",
                        value.get_ref().type_str()
                    ),
                )
                .help("write each retired code under its own `[[retired]]` header"),
            );
            return Vec::new();
        };
        let mut retired = Vec::new();
        for item in array.iter() {
            let Some(table) = self.table(item, "a `[[retired]]` entry") else {
                continue;
            };
            self.known_keys(table, RETIRED_KEYS, "in a `[[retired]]` entry");
            let code = self.code(item.span(), table.get("code"), code_type, "[[retired]]");
            let name = self
                .required(
                    item.span(),
                    table.get("name"),
                    "name",
                    "name = \"OLD_NAME\"",
                    "[[retired]]",
                )
                .and_then(|name| self.expect_string(name, "`name`"));
            let reason = self
                .required(
                    item.span(),
                    table.get("reason"),
                    "reason",
                    "reason = \"why no SDK sends it any more\"",
                    "[[retired]]",
                )
                .and_then(|reason| self.expect_string(reason, "`reason`"));
            let since = table
                .get("since")
                .map(|since| self.expect_string(since, "`since`"));
            if let (Some(code), Some(name), Some(reason), Some(since)) =
                (code, name, reason, valid_if_present(since))
            {
                retired.push(RawRetired {
                    code,
                    name,
                    reason: reason.value,
                    since: since.map(|since| since.value),
                });
            }
        }
        retired
    }

    /// The codes a group owns: `range` or `ranges` of integer codes, or a `prefix` of string
    /// codes, at most one of the three. `None` when the group must be dropped.
    #[allow(clippy::type_complexity)]
    fn owned_codes(
        &mut self,
        table: &DeTable<'_>,
        code_type: CodeType,
    ) -> Option<(Vec<Sp<(i128, i128)>>, Option<Sp<String>>)> {
        let written: Vec<(&str, &Spanned<DeValue<'_>>)> = ["range", "ranges", "prefix"]
            .into_iter()
            .filter_map(|key| Some((key, table.get(key)?)))
            .collect();
        if let [(first, _), (second, value), ..] = written[..] {
            self.report(
                Diagnostic::at(
                    value.span(),
                    format!("a group has `{first}` or `{second}`, not both"),
                )
                .help(
                    "list every range under `ranges = [[low, high], …]`, or give a `prefix` alone",
                ),
            );
            return None;
        }
        let Some(&(key, value)) = written.first() else {
            return Some((Vec::new(), None));
        };
        match (code_type, key) {
            (CodeType::Int(int), "range") => Some((vec![self.range(value, int)?], None)),
            (CodeType::Int(int), "ranges") => {
                let DeValue::Array(array) = value.get_ref() else {
                    self.report(
                        Diagnostic::at(
                            value.span(),
                            format!(
                                "`ranges` must be an array of ranges, found {}",
                                value.get_ref().type_str()
                            ),
                        )
                        .help("write it as `ranges = [[903, 905], [1110, 1199]]`"),
                    );
                    return None;
                };
                let ranges: Vec<_> = array.iter().map(|range| self.range(range, int)).collect();
                Some((ranges.into_iter().collect::<Option<_>>()?, None))
            }
            (CodeType::Int(_), _) => {
                self.report(
                    Diagnostic::at(value.span(), "`prefix` is for catalogs of string codes")
                        .help("a group of integer codes owns `range = [low, high]` instead"),
                );
                None
            }
            (CodeType::String, "prefix") => {
                let prefix = self.expect_string(value, "`prefix`")?;
                if prefix.value.is_empty() {
                    self.report(
                        Diagnostic::at(prefix.span, "the prefix is empty")
                            .help("give the characters every code of the group starts with, such as `prefix = \"23\"`"),
                    );
                    return None;
                }
                Some((Vec::new(), Some(prefix)))
            }
            (CodeType::String, _) => {
                self.report(
                    Diagnostic::at(
                        value.span(),
                        format!("`{key}` is for catalogs of integer codes"),
                    )
                    .help(
                        "a group of string codes owns the codes that start with `prefix = \"…\"`",
                    ),
                );
                None
            }
        }
    }

    /// `[low, high]`: two codes of type `int`, the first not above the second.
    fn range(&mut self, value: &Spanned<DeValue<'_>>, int: IntType) -> Option<Sp<(i128, i128)>> {
        let span = value.span();
        let bounds = match value.get_ref() {
            DeValue::Array(array) if array.len() == 2 => {
                let bounds: Vec<Option<i128>> = array
                    .iter()
                    .map(|bound| match bound.get_ref() {
                        DeValue::Integer(integer) => {
                            self.integer(bound.span(), integer, int, "code")
                        }
                        other => {
                            self.report(
                                Diagnostic::at(
                                    bound.span(),
                                    format!(
                                        "a range's bound must be an integer, found {}",
                                        other.type_str()
                                    ),
                                )
                                .help("write the range as `[low, high]`, such as `[400, 499]`"),
                            );
                            None
                        }
                    })
                    .collect();
                (bounds[0]?, bounds[1]?)
            }
            other => {
                self.report(
                    Diagnostic::at(
                        span,
                        format!(
                            "a range must be an array of two codes, found {}",
                            describe_value(other)
                        ),
                    )
                    .help("write the range as `[low, high]` (both included), such as `[400, 499]`"),
                );
                return None;
            }
        };
        if bounds.0 > bounds.1 {
            self.report(
                Diagnostic::at(
                    span,
                    format!("the range starts at {} but ends at {}", bounds.0, bounds.1),
                )
                .help("write the lower code first: `[low, high]`"),
            );
            return None;
        }
        Some(Sp {
            value: bounds,
            span,
        })
    }

    /// `type = "u16"`, `"bool"`, `"string"`, or a list of one of them: `"[u16]"`.
    fn field_type(&mut self, written: Sp<String>) -> Option<FieldType> {
        let text = written.value.as_str();
        let (item, is_list) = match text.strip_prefix('[').and_then(|t| t.strip_suffix(']')) {
            Some(item) => (item, true),
            None => (text, false),
        };
        let item = match item {
            "bool" => Some(ItemType::Bool),
            "string" => Some(ItemType::String),
            other => IntType::from_name(other).map(ItemType::Int),
        };
        if item.is_none() {
            let types = IntType::ALL
                .iter()
                .map(|int| int.name())
                .chain(["bool", "string"]);
            self.report(
                Diagnostic::at(written.span, format!("unknown field type `{text}`")).help(format!(
                    "use one of {}, or a list of one such as `[u16]`",
                    list(types)
                )),
            );
        }
        Some(FieldType {
            item: item?,
            list: is_list,
        })
    }

    /// `[catalog.fields]`: each field a table with its `type`, `doc` and `required`, in file order.
    fn fields(&mut self, value: &Spanned<DeValue<'_>>) -> Vec<RawField> {
        let Some(table) = self.table(value, "`[catalog.fields]`") else {
            return Vec::new();
        };
        let mut fields = Vec::new();
        for (name, declaration) in table.iter() {
            // Entries give fields beside their own keys, so a field cannot be named like one.
            if ENTRY_KEYS.contains(&name.get_ref().as_ref()) {
                self.report(
                    Diagnostic::at(
                        name.span(),
                        format!("the field name `{}` is an entry's own key", name.get_ref()),
                    )
                    .help("choose another name for the field"),
                );
                continue;
            }
            let what = format!("the field `{}`", name.get_ref());
            let Some(declaration) = self.table(declaration, &what) else {
                continue;
            };
            self.known_keys(declaration, FIELD_KEYS, "in a field of `[catalog.fields]`");
            let header = name.span();
            let ty = self.required(
                header.clone(),
                declaration.get("type"),
                "type",
                "type = \"u16\"",
                "[catalog.fields]",
            );
            let ty = ty
                .and_then(|ty| self.expect_string(ty, "`type`"))
                .and_then(|ty| self.field_type(ty));
            let doc = self.required(
                header,
                declaration.get("doc"),
                "doc",
                "doc = \"…\"",
                "[catalog.fields]",
            );
            let doc = doc.and_then(|doc| self.expect_string(doc, "`doc`"));
            let required = match declaration
                .get("required")
                .map(|value| (value.get_ref(), value))
            {
                None => Some(false),
                Some((DeValue::Boolean(required), _)) => Some(*required),
                Some((other, value)) => {
                    self.report(
                        Diagnostic::at(
                            value.span(),
                            format!("`required` must be a boolean, found {}", other.type_str()),
                        )
                        .help("write `required = true` or leave it out"),
                    );
                    None
                }
            };
            if let (Some(ty), Some(doc), Some(required)) = (ty, doc, required) {
                fields.push(RawField {
                    name: Sp {
                        value: name.get_ref().to_string(),
                        span: name.span(),
                    },
                    ty,
                    doc: doc.value,
                    required,
                });
            }
        }
        fields.sort_by_key(|field| field.name.span.start);
        fields
    }
}

/// How a diagnostic names a field's type: "a u16", "a list of strings".
fn describe(ty: FieldType) -> String {
    let item = match ty.item {
        ItemType::Int(int) => int.name(),
        ItemType::Bool => "boolean",
        ItemType::String => "string",
    };
    match (ty.list, ty.item) {
        (false, ItemType::Int(_)) => format!("an integer of type {item}"),
        (false, _) => format!("a {item}"),
        (true, ItemType::Int(_)) => format!("a list of integers of type {item}"),
        (true, _) => format!("a list of {item}s"),
    }
}

/// "an array of 3 values", "string": what a range was written as.
fn describe_value(value: &DeValue<'_>) -> String {
    match value {
        DeValue::Array(array) => format!("an array of {} values", array.len()),
        other => other.type_str().to_owned(),
    }
}

/// An optional key read as `Option<Option<T>>` (absent / present but already reported / read):
/// `None` when the entry must be dropped, otherwise the value if there was one.
fn valid_if_present<T>(read: Option<Option<T>>) -> Option<Option<T>> {
    read.map_or(Some(None), |value| value.map(Some))
}
