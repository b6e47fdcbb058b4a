//! TOML text → raw entries with byte spans. Reports the shape of the file (syntax, unknown keys,
//! types, missing keys); what the values mean is for `check`. By table: `catalog` (the settings,
//! flags, groups and fields), `entry` (`[[error]]`), `retired` (`[[retired]]`), all read with the
//! primitives of `reader`.

mod catalog;
mod entry;
pub mod keys;
mod reader;
mod retired;
mod wire;

use core::ops::Range;

use toml::de::{DeTable, DeValue};

use self::reader::Reader;
use crate::diag::Diagnostic;
use crate::model::{Code, CodeType, FieldType, OptIn, Value};

/// A value and where it was written.
#[derive(Debug, Clone)]
pub(crate) struct Sp<T> {
    pub value: T,
    pub span: Range<usize>,
}

/// A problem already reported: the value it was about is left out, and nothing else is said of
/// it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Reported;

/// What reading a value gives: the value, or a problem already reported.
pub(crate) type Read<T> = Result<T, Reported>;

#[derive(Debug, Default)]
pub(crate) struct RawCatalog {
    pub enum_name: Option<Sp<String>>,
    pub default_language: Option<Sp<String>>,
    pub doc: Option<Sp<String>>,
    pub link_base: Option<Sp<String>>,
    /// `docs_url = "https://…#{code}"`: the template of every entry's docs URL.
    pub docs_url: Option<Sp<String>>,
    /// `problem_type = "https://…/{name}"`: the template of every entry's problem `type`.
    pub problem_type: Option<Sp<String>>,
    /// `domain = "payments.example.com"`: the AIP-193 domain of the catalog's errors.
    pub domain: Option<Sp<String>>,
    pub wire: RawWire,
    /// `exhaustive = true`: the set of codes is closed, the enum not `#[non_exhaustive]`.
    pub exhaustive: bool,
    /// `code_type`: known before the entries, whose codes it gives their shape.
    pub code_type: CodeType,
    pub name_style: Option<Sp<String>>,
    pub serde: OptIn,
    pub miette: OptIn,
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
    /// `args = { balance = "u64" }`: each argument's name and type, in file order.
    pub args: Vec<(Sp<String>, Sp<String>)>,
    pub wire: RawWire,
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
    pub wire: RawWire,
}

/// `http_status = 404` and `grpc_code = "NOT_FOUND"`, where a level of the catalog writes them.
#[derive(Debug, Default)]
pub(crate) struct RawWire {
    pub http_status: Option<Sp<i128>>,
    pub grpc_code: Option<Sp<String>>,
}

#[derive(Debug)]
pub(crate) enum RawText {
    /// Text in the catalog's default language.
    Plain(Text),
    /// `{ zh = "…", en = "…" }`: language tag and text, in file order.
    Languages(Vec<(Sp<String>, Text)>),
}

/// One text, where it is written, and where its characters start when the file spells them as
/// they are (no escapes), so a place in the text is a place in the file.
#[derive(Debug)]
pub(crate) struct Text {
    pub value: String,
    pub span: Range<usize>,
    pub verbatim_at: Option<usize>,
}

impl Text {
    /// The place in the file of `at`, a byte range of the text: itself where the file spells the
    /// text as it is, else the whole value.
    pub(crate) fn place(&self, at: Range<usize>) -> Range<usize> {
        match self.verbatim_at {
            Some(start) => start + at.start..start + at.end,
            None => self.span.clone(),
        }
    }
}

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
    let mut reader = Reader {
        diagnostics,
        source,
    };
    let document = document.get_ref();
    reader.known_keys(document, keys::TOP, "at the top level");
    let mut raw = RawCatalog::default();
    if let Some(table) = document.get(keys::top::CATALOG) {
        if let Ok(table) = reader.table(table, "`[catalog]`") {
            reader.catalog(table, &mut raw);
        }
    }
    if let Some(errors) = document.get(keys::top::ERROR) {
        raw.has_entries = true;
        let entries = reader.array_of_tables(
            errors,
            keys::top::ERROR,
            "entry under its own `[[error]]` header",
        );
        if let Ok(entries) = entries {
            let allowed: Vec<&str> = keys::ENTRY
                .iter()
                .copied()
                .chain(raw.fields.iter().map(|field| field.name.value.as_str()))
                .collect();
            for entry in entries {
                let entry = reader.entry(entry, &allowed, raw.code_type, &raw.fields);
                raw.entries.extend(entry.ok());
            }
        }
    }
    if let Some(retired) = document.get(keys::top::RETIRED) {
        raw.retired = reader.retired(retired, raw.code_type);
    }
    Some(raw)
}

/// What a value was written as, for a message: "an array of 3 values", "string".
fn describe_value(value: &DeValue<'_>) -> String {
    match value {
        DeValue::Array(array) => format!("an array of {} values", array.len()),
        other => other.type_str().to_owned(),
    }
}
