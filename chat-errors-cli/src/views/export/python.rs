//! A Python module: an `IntEnum` (a `str` enum for string codes) whose `_missing_` keeps a code
//! the catalog does not list, the entries as named tuples, and functions over any code. Typed
//! for `mypy --strict`, laid out as black lays it out.

use core::fmt::Write as _;
use std::collections::HashSet;

use chat_errors_codegen::{Catalog, Code, Texts};

use super::{BLACK, Row, fewest_escapes, generated_by, hex_escape, int_type, listed};

/// The lookups, after the data.
const RUNTIME: &str = include_str!("runtime/python.py");

pub(super) const KEYWORDS: &str = "\
    False None True and as assert async await break class continue def del elif else except \
    finally for from global if import in is lambda nonlocal not or pass raise return try \
    while with yield";

/// What the enum class has already: a member cannot take these names.
const MEMBERS: &str = "\
    name value mro entry known description cause note message group from_name";

/// What the module declares beside the enum, imports, and uses of the builtins.
pub(super) const IN_USE: &str = "\
    Code ArgValue STAMP LANGUAGES DEFAULT_LANGUAGE FLAGS GROUPS ENTRIES RETIRED Group Entry \
    Retired _BY_CODE _BY_NAME _PLACEHOLDER _plain _text_in cause description entry_of \
    group_of message name_of note resolve_language retired annotations re Enum IntEnum \
    Mapping NamedTuple Union all any bool dict filter format int isinstance len list max \
    next object set str tuple type";

pub(super) fn export(catalog: &Catalog, rows: &[Row<'_>]) -> String {
    let name = &catalog.enum_name;
    let (code_type, base, new) = if int_type(catalog).is_some() {
        ("int", "IntEnum", "int.__new__(cls, value)")
    } else {
        ("str", "str, Enum", "str.__new__(cls, value)")
    };
    let mut out = format!("# {}\n", generated_by(catalog, "python"));
    out.push_str(
        "\nfrom __future__ import annotations\n\nimport re\nfrom enum import Enum, IntEnum\n\
         from typing import Mapping, NamedTuple, Union\n\n",
    );
    let _ = writeln!(out, "Code = {code_type}");
    out.push_str("ArgValue = Union[str, int, bool]\n");
    let _ = writeln!(out, "STAMP = {}", string(&catalog.stamp()));
    let languages: Vec<String> = catalog.languages.iter().map(|tag| string(tag)).collect();
    let languages = if languages.len() == 1 {
        vec![format!("{},", languages[0])]
    } else {
        languages
    };
    out.push_str(&BLACK.list(0, "LANGUAGES = ", ["(", ")"], &languages, ""));
    let _ = writeln!(
        out,
        "DEFAULT_LANGUAGE = {}",
        string(&catalog.default_language)
    );
    let flags: Vec<(String, String)> = catalog
        .flags
        .iter()
        .map(|flag| (string(&flag.name), string(&flag.meaning)))
        .collect();
    out.push_str(&dict(0, "FLAGS: dict[str, str] = ", &flags, ""));

    let _ = write!(
        out,
        "

class Group(NamedTuple):
    name: str
    title: str
    ranges: tuple[tuple[int, int], ...]
    prefix: str | None


class Entry(NamedTuple):
    code: Code
    name: str
    aliases: tuple[str, ...]
    platform_names: dict[str, str]
    description: dict[str, str]
    cause: dict[str, str] | None
    note: dict[str, str] | None
    deprecated: str | None
    group: str | None
    flags: tuple[str, ...]
    args: dict[str, str]
    docs_url: str | None
    http_status: int | None
    grpc_code: str | None


class Retired(NamedTuple):
    code: Code
    name: str
    reason: str
    since: str | None


class {name}({base}):
    \"\"\"A code of the catalog, or one it does not list: `{name}(code)` keeps a code from a
    newer server as it is, never turning it into another.\"\"\"

"
    );
    let mut seen = HashSet::new();
    for row in rows {
        let member = member(&row.entry.name, &seen);
        let _ = writeln!(out, "    {member} = {}", code(&row.entry.code));
        seen.insert(member);
    }
    let _ = write!(
        out,
        "
    @classmethod
    def _missing_(cls, value: object) -> {name} | None:
        if not isinstance(value, {code_type}):
            return None
        unknown = {new}
        unknown._name_ = f\"UNKNOWN_{{value}}\"
        unknown._value_ = value
        return unknown

    @classmethod
    def from_name(cls, name: str) -> {name} | None:
        \"\"\"The code with this name, alias or platform name (matched exactly), or None.\"\"\"
        entry = _BY_NAME.get(name)
        return None if entry is None else cls(entry.code)

    @property
    def entry(self) -> Entry | None:
        \"\"\"The code's entry, or None for a code the catalog does not list.\"\"\"
        return _BY_CODE.get(self.value)

    @property
    def known(self) -> bool:
        return self.value in _BY_CODE

    def description(self, tag: str | None = None) -> str | None:
        return description(self.value, tag)

    def cause(self, tag: str | None = None) -> str | None:
        return cause(self.value, tag)

    def note(self, tag: str | None = None) -> str | None:
        return note(self.value, tag)

    def message(
        self, tag: str | None = None, args: Mapping[str, ArgValue] | None = None
    ) -> str | None:
        return message(self.value, tag, args)

    @property
    def group(self) -> Group | None:
        return group_of(self.value)

"
    );

    out.push_str(&open_tuple(
        "\nGROUPS: tuple[Group, ...] = ",
        catalog.groups.is_empty(),
    ));
    for group in &catalog.groups {
        out.push_str("    Group(\n");
        let _ = writeln!(out, "        name={},", string(&group.name));
        let _ = writeln!(out, "        title={},", string(&group.title));
        let ranges: Vec<String> = group
            .ranges
            .iter()
            .map(|(low, high)| format!("({low}, {high})"))
            .collect();
        let ranges = if ranges.len() == 1 {
            vec![format!("{},", ranges[0])]
        } else {
            ranges
        };
        out.push_str(&BLACK.list(8, "ranges=", ["(", ")"], &ranges, ","));
        let prefix = group.prefix.as_deref().map_or("None".to_owned(), string);
        let _ = writeln!(out, "        prefix={prefix},");
        out.push_str("    ),\n");
    }
    out.push_str(
        ")
",
    );

    out.push_str("ENTRIES: tuple[Entry, ...] = (\n");
    for row in rows {
        entry(&mut out, row);
    }
    out.push_str(")\n");

    out.push_str(&open_tuple(
        "RETIRED: tuple[Retired, ...] = ",
        catalog.retired.is_empty(),
    ));
    for retired in &catalog.retired {
        out.push_str("    Retired(\n");
        let _ = writeln!(out, "        code={},", code(&retired.code));
        let _ = writeln!(out, "        name={},", string(&retired.name));
        let _ = writeln!(out, "        reason={},", string(&retired.reason));
        let since = retired.since.as_deref().map_or("None".to_owned(), string);
        let _ = writeln!(out, "        since={since},");
        out.push_str("    ),\n");
    }
    out.push_str(
        ")
",
    );
    out.push_str(RUNTIME);
    out
}

fn entry(out: &mut String, row: &Row<'_>) {
    let entry = row.entry;
    let optional = |value: Option<&str>| value.map_or("None".to_owned(), string);
    out.push_str("    Entry(\n");
    let _ = writeln!(out, "        code={},", code(&entry.code));
    let _ = writeln!(out, "        name={},", string(&entry.name));
    out.push_str(&BLACK.list(8, "aliases=", ["(", ")"], &tuple(&entry.aliases), ","));
    let platforms: Vec<(String, String)> = entry
        .platform_names
        .iter()
        .map(|(platform, name)| (string(platform), string(name)))
        .collect();
    out.push_str(&dict(8, "platform_names=", &platforms, ","));
    for (field, texts) in super::texts(entry) {
        match texts {
            Some(texts) => out.push_str(&dict(8, &format!("{field}="), &pairs(texts), ",")),
            None => {
                let _ = writeln!(out, "        {field}=None,");
            }
        }
    }
    let _ = writeln!(
        out,
        "        deprecated={},",
        optional(entry.deprecated.as_deref())
    );
    let _ = writeln!(out, "        group={},", optional(row.group));
    out.push_str(&BLACK.list(8, "flags=", ["(", ")"], &tuple(&entry.flags), ","));
    let args: Vec<(String, String)> = entry
        .args
        .iter()
        .map(|arg| (string(&arg.name), string(arg.ty.name())))
        .collect();
    out.push_str(&dict(8, "args=", &args, ","));
    let _ = writeln!(
        out,
        "        docs_url={},",
        optional(row.docs_url.as_deref())
    );
    let status = row
        .http_status
        .map_or("None".to_owned(), |status| status.to_string());
    let _ = writeln!(out, "        http_status={status},");
    let _ = writeln!(out, "        grpc_code={},", optional(row.grpc_code));
    out.push_str("    ),\n");
}

/// A dict literal after `head`: `{}` when empty, else an item a line with a trailing comma,
/// which black keeps so.
fn dict(indent: usize, head: &str, items: &[(String, String)], tail: &str) -> String {
    let pad = " ".repeat(indent);
    if items.is_empty() {
        return format!("{pad}{head}{{}}{tail}\n");
    }
    let mut out = format!("{pad}{head}{{\n");
    for (key, value) in items {
        let _ = writeln!(out, "{pad}    {key}: {value},");
    }
    let _ = writeln!(out, "{pad}}}{tail}");
    out
}

/// `head(`, or `head()` for a tuple without items, which black writes on one line.
fn open_tuple(head: &str, empty: bool) -> String {
    format!("{head}({}", if empty { "" } else { "\n" })
}

/// The items of a tuple of strings: a one-item tuple keeps its comma.
fn tuple(items: &[String]) -> Vec<String> {
    let mut items: Vec<String> = items.iter().map(|item| string(item)).collect();
    if let [only] = items.as_mut_slice() {
        only.push(',');
    }
    items
}

fn pairs(texts: &Texts) -> Vec<(String, String)> {
    texts
        .0
        .iter()
        .map(|(language, text)| (string(language), string(text)))
        .collect()
}

/// The enum member of an entry: its name, with `_` after it where Python or the class has that
/// name already.
fn member(name: &str, seen: &HashSet<String>) -> String {
    let mut member = name.to_owned();
    while listed(KEYWORDS, &member) || listed(MEMBERS, &member) || seen.contains(&member) {
        member.push('_');
    }
    member
}

fn string(text: &str) -> String {
    fewest_escapes(text, hex_escape)
}

fn code(code: &Code) -> String {
    super::code_literal(code, string)
}
