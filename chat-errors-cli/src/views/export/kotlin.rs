//! A Kotlin file: a class over the raw code, with a constant per code and an `enum class` of the
//! known codes for an exhaustive `when`; the entries as data and lookups that keep a code the
//! catalog does not list. Written for Kotlin 1.3 (Debian's), and valid in current Kotlin.

use core::fmt::Write as _;

use chat_errors_codegen::{Catalog, Code, IntType, Texts};

use super::{Row, escaped, generated_by, listed, unicode_escape};

/// The class around the data, each `__NAME__` filled in.
const TEMPLATE: &str = include_str!("runtime/kotlin.kt");

/// Entries a function of the data holds: a JVM method's code has at most 64 KiB.
const CHUNK: usize = 40;

/// The most entries an export has: the `Known` enum's class initializer creates each, and at
/// 3,000 it is more than the JVM's 64 KiB (measured with kotlinc 1.3; 2,000 compile).
pub(super) const MOST_ENTRIES: usize = 2_000;

/// Names the class or its companion has already: a constant cannot take these.
const TAKEN: &str = "\
    STAMP DEFAULT_LANGUAGE LANGUAGES FLAGS GROUPS RETIRED ENTRIES BY_CODE KNOWN BY_NAME \
    Companion name ordinal code values valueOf of parse fromName resolveLanguage";

pub(super) fn export(catalog: &Catalog, rows: &[Row<'_>], namespace: Option<&str>) -> String {
    let (raw, range, parse, owns) = match catalog.code_type {
        chat_errors_codegen::CodeType::Int(int) if is_long(int) => (
            "Long",
            "LongRange",
            "text.toLongOrNull()?.let { code -> of(code) }",
            "ranges.any { range -> code in range }",
        ),
        chat_errors_codegen::CodeType::Int(_) => (
            "Int",
            "IntRange",
            "text.toIntOrNull()?.let { code -> of(code) }",
            "ranges.any { range -> code in range }",
        ),
        chat_errors_codegen::CodeType::String => (
            "String",
            "IntRange",
            "of(text)",
            "prefix != null && code.startsWith(prefix)",
        ),
    };
    let suffix = if raw == "Long" { "L" } else { "" };
    let code = |code: &Code| match code {
        Code::Int(code) => format!("{code}{suffix}"),
        Code::Str(code) => string(code),
    };
    let members = members(rows);

    let mut known = Vec::new();
    let mut constants = String::new();
    for (row, member) in rows.iter().zip(&members) {
        known.push(format!("        {member}({})", code(&row.entry.code)));
        let summary = row
            .entry
            .description
            .get(&catalog.default_language)
            .unwrap_or_default();
        let summary = summary
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .replace("*/", "*&#47;");
        let _ = writeln!(
            constants,
            "        /** {}: {summary} */\n        val {member}: {} = {}({})",
            row.entry.name,
            catalog.enum_name,
            catalog.enum_name,
            code(&row.entry.code)
        );
    }

    let mut chunks = String::new();
    let mut calls = Vec::new();
    for (index, chunk) in rows.chunks(CHUNK).enumerate() {
        calls.push(format!("entries{index}()"));
        let _ = write!(
            chunks,
            "\n        private fun entries{index}(): List<Entry> = listOf(\n"
        );
        let entries: Vec<String> = chunk
            .iter()
            .map(|row| format!("            {}", entry(row, &code)))
            .collect();
        let _ = write!(chunks, "{}\n        )\n", entries.join(",\n"));
    }
    let entries = if calls.is_empty() {
        "emptyList()".to_owned()
    } else {
        calls.join(" + ")
    };

    let languages: Vec<String> = catalog.languages.iter().map(|tag| string(tag)).collect();
    let flags: Vec<String> = catalog
        .flags
        .iter()
        .map(|flag| format!("{} to {}", string(&flag.name), string(&flag.meaning)))
        .collect();
    let groups: Vec<String> = catalog
        .groups
        .iter()
        .map(|group| {
            let ranges: Vec<String> = group
                .ranges
                .iter()
                .map(|(low, high)| format!("{low}{suffix}..{high}{suffix}"))
                .collect();
            format!(
                "Group({}, {}, {}, {})",
                string(&group.name),
                string(&group.title),
                list(&ranges),
                optional(group.prefix.as_deref())
            )
        })
        .collect();
    let retired: Vec<String> = catalog
        .retired
        .iter()
        .map(|retired| {
            format!(
                "Retired({}, {}, {}, {})",
                code(&retired.code),
                string(&retired.name),
                string(&retired.reason),
                optional(retired.since.as_deref())
            )
        })
        .collect();

    let mut out = format!("// {}\n\n", generated_by(catalog, "kotlin"));
    if let Some(package) = namespace {
        let _ = write!(out, "package {package}\n\n");
    }
    let mut body = TEMPLATE.to_owned();
    for (placeholder, value) in [
        ("__KNOWN__", known.join(",\n") + ";"),
        ("__CONSTANTS__", constants.trim_end().to_owned()),
        ("__ENTRIES__", entries),
        ("__CHUNKS__", chunks.trim_end().to_owned()),
        ("__STAMP__", string(&catalog.stamp())),
        ("__DEFAULT__", string(&catalog.default_language)),
        ("__LANGUAGES__", languages.join(", ")),
        ("__FLAGS__", flags.join(", ")),
        ("__GROUPS__", groups.join(", ")),
        ("__RETIRED__", retired.join(", ")),
        ("__PARSE__", parse.to_owned()),
        ("__OWNS__", owns.to_owned()),
        ("__RANGE__", range.to_owned()),
        ("__RAW__", raw.to_owned()),
        ("__ENUM__", catalog.enum_name.clone()),
    ] {
        body = body.replace(placeholder, &value);
    }
    out.push_str(&body);
    out
}

/// Whether Kotlin holds codes of `int` in a `Long`, not an `Int`.
pub(super) fn is_long(int: IntType) -> bool {
    matches!(int.name(), "i64" | "u32" | "u64")
}

/// One entry as a constructor call with named arguments.
fn entry(row: &Row<'_>, code: &dyn Fn(&Code) -> String) -> String {
    let entry = row.entry;
    let strings =
        |items: &[String]| list(&items.iter().map(|item| string(item)).collect::<Vec<_>>());
    let texts = |texts: Option<&Texts>| texts.map_or("null".to_owned(), |texts| map(&texts.0));
    let args: Vec<(String, String)> = entry
        .args
        .iter()
        .map(|arg| (arg.name.clone(), arg.ty.name().to_owned()))
        .collect();
    format!(
        "Entry(code = {}, name = {}, aliases = {}, platformNames = {}, description = {}, \
         cause = {}, note = {}, deprecated = {}, group = {}, flags = {}, args = {}, docsUrl = {}, \
         httpStatus = {}, grpcCode = {})",
        code(&entry.code),
        string(&entry.name),
        strings(&entry.aliases),
        map(&entry.platform_names),
        texts(Some(&entry.description)),
        texts(entry.cause.as_ref()),
        texts(entry.note.as_ref()),
        optional(entry.deprecated.as_deref()),
        optional(row.group),
        strings(&entry.flags),
        map(&args),
        optional(row.docs_url.as_deref()),
        row.http_status
            .map_or("null".to_owned(), |status| status.to_string()),
        optional(row.grpc_code),
    )
}

/// The constant (and `Known` entry) of each row: its name, in backticks where it is a keyword,
/// with `_` after it where the class has that name already.
fn members(rows: &[Row<'_>]) -> Vec<String> {
    let mut members: Vec<String> = Vec::new();
    for row in rows {
        let mut member = row.entry.name.clone();
        while listed(TAKEN, &member) || members.iter().any(|each| each.trim_matches('`') == member)
        {
            member.push('_');
        }
        if listed(KEYWORDS, &member) {
            member = format!("`{member}`");
        }
        members.push(member);
    }
    members
}

fn list(items: &[String]) -> String {
    if items.is_empty() {
        "emptyList()".to_owned()
    } else {
        format!("listOf({})", items.join(", "))
    }
}

fn map(pairs: &[(String, String)]) -> String {
    if pairs.is_empty() {
        return "emptyMap()".to_owned();
    }
    let pairs: Vec<String> = pairs
        .iter()
        .map(|(key, value)| format!("{} to {}", string(key), string(value)))
        .collect();
    format!("mapOf({})", pairs.join(", "))
}

fn optional(text: Option<&str>) -> String {
    text.map_or("null".to_owned(), string)
}

fn string(text: &str) -> String {
    escaped(text, '"', true, unicode_escape)
}

/// The classes nested in the enum's class, and those of Kotlin's library it uses.
pub(super) const IN_USE: &str = "\
    Entry Group Retired Known Companion Any Array Boolean Char Int IntRange List Long \
    LongRange Map String StringBuilder Unit";

pub(super) const KEYWORDS: &str = "\
    as break class continue do else false for fun if in interface is null object package \
    return super this throw true try typealias typeof val var when while";
