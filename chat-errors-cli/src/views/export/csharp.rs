//! A C# file for Mono's `mcs`, .NET and Unity: an enum of the codes (a struct over the string
//! for string codes), which keeps any value of its type, and a static class with the entries as
//! data and lookups as extension methods. C# 6, which every one of them compiles.

use core::fmt::Write as _;
use std::collections::{HashMap, HashSet};

use chat_errors_codegen::{Catalog, Code, CodeType, Texts};

use super::{Row, escaped, generated_by, unicode_escape};

/// The static class of data and lookups, each `__NAME__` filled in.
const TEMPLATE: &str = include_str!("runtime/csharp.cs");

/// The type of string codes: a struct over the string, with its members at `__MEMBERS__`.
const STRING_CODE: &str = include_str!("runtime/csharp_string.cs");

const INT_PARSE: &str = "            __UNDERLYING__ value;
            if (__UNDERLYING__.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value))
            {
                return (__ENUM__)value;
            }
            return null;";

const INT_OWNS: &str = "                var raw = (__WIDE__)code;
                for (var i = 0; i + 1 < Ranges.Count; i += 2)
                {
                    if (raw >= Ranges[i] && raw <= Ranges[i + 1])
                    {
                        return true;
                    }
                }
                return false;";

const STRING_PARSE: &str =
    "            return text == null ? (__ENUM__?)null : new __ENUM__(text);";

const STRING_OWNS: &str = "                return Prefix != null && code.Code != null && \
                                       code.Code.StartsWith(Prefix, StringComparison.Ordinal);";

pub(super) fn export(catalog: &Catalog, rows: &[Row<'_>], namespace: Option<&str>) -> String {
    let name = &catalog.enum_name;
    let members = members(name, rows);
    let (range, parse, code_string, owns) = match catalog.code_type {
        CodeType::Int(int) => {
            let wide = if int.name().starts_with('i') {
                "long"
            } else {
                "ulong"
            };
            let underlying = underlying(int.name());
            (
                wide,
                INT_PARSE.replace("__UNDERLYING__", underlying),
                format!("(({underlying})code).ToString(CultureInfo.InvariantCulture)"),
                INT_OWNS.replace("__WIDE__", wide),
            )
        }
        CodeType::String => (
            "long",
            STRING_PARSE.to_owned(),
            "code.Code".to_owned(),
            STRING_OWNS.to_owned(),
        ),
    };
    let member_of: HashMap<&Code, &String> = rows
        .iter()
        .map(|row| &row.entry.code)
        .zip(&members)
        .collect();
    let code = |code: &Code| match code {
        Code::Int(_) => match member_of.get(code) {
            Some(member) => format!("{name}.{member}"),
            None => format!("({name})({code})"),
        },
        Code::Str(text) => format!("new {name}({})", string(text)),
    };

    let mut out = format!("// {}\n\n", generated_by(catalog, "csharp"));
    out.push_str("using System;\nusing System.Collections.Generic;\n");
    out.push_str("using System.Globalization;\nusing System.Text;\n\n");
    let mut types = codes(catalog, rows, &members);
    types.push('\n');

    let languages: Vec<String> = catalog.languages.iter().map(|tag| string(tag)).collect();
    let flags: Vec<String> = catalog
        .flags
        .iter()
        .map(|flag| format!("{{ {}, {} }}", string(&flag.name), string(&flag.meaning)))
        .collect();
    let groups: Vec<String> = catalog
        .groups
        .iter()
        .map(|group| {
            let bounds: Vec<String> = group
                .ranges
                .iter()
                .flat_map(|(low, high)| [low.to_string(), high.to_string()])
                .collect();
            format!(
                "            new Group({}, {}, Bounds({}), {}),",
                string(&group.name),
                string(&group.title),
                bounds.join(", "),
                optional(group.prefix.as_deref())
            )
        })
        .collect();
    let retired: Vec<String> = catalog
        .retired
        .iter()
        .map(|retired| {
            format!(
                "            new Retired({}, {}, {}, {}),",
                code(&retired.code),
                string(&retired.name),
                string(&retired.reason),
                optional(retired.since.as_deref())
            )
        })
        .collect();
    let entries: Vec<String> = rows.iter().map(|row| entry(row, &code)).collect();
    let mut body = TEMPLATE.to_owned();
    for (placeholder, value) in [
        ("__STAMP__", string(&catalog.stamp())),
        ("__DEFAULT__", string(&catalog.default_language)),
        ("__LANGUAGES__", languages.join(", ")),
        ("__FLAGS__", flags.join(", ")),
        ("__GROUPS__", groups.join("\n")),
        ("__RETIRED__", retired.join("\n")),
        ("__ENTRIES__", entries.join("\n")),
        ("__PARSE__", parse),
        ("__CODE_STRING__", code_string),
        ("__OWNS__", owns),
        ("__RANGE__", range.to_owned()),
        ("__ENUM__", name.clone()),
    ] {
        body = body.replace(placeholder, &value);
    }
    types.push_str(&body);
    match namespace {
        Some(namespace) => {
            let _ = write!(out, "namespace {namespace}\n{{\n{types}}}\n");
        }
        // The types are written a level in, as a namespace holds them.
        None => {
            for line in types.lines() {
                let _ = writeln!(out, "{}", line.strip_prefix("    ").unwrap_or(line));
            }
        }
    }
    out
}

/// The type of the codes: an enum of the integer type, or a struct over the string.
fn codes(catalog: &Catalog, rows: &[Row<'_>], members: &[String]) -> String {
    let name = &catalog.enum_name;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "    /// <summary>\n    /// A code of the catalog, or one it does not list: a code from a newer \
         server keeps its value, and is\n    /// never turned into another. Its texts and data are \
         extension methods of <see cref=\"{name}Catalog\"/>.\n    /// </summary>"
    );
    let summary = |row: &Row<'_>| {
        let text = row
            .entry
            .description
            .get(&catalog.default_language)
            .unwrap_or_default();
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        format!("{}: {text}", row.entry.name)
            .replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    };
    match catalog.code_type {
        CodeType::Int(int) => {
            let _ = writeln!(
                out,
                "    public enum {name} : {}\n    {{",
                underlying(int.name())
            );
            for (row, member) in rows.iter().zip(members) {
                let Code::Int(code) = row.entry.code else {
                    continue;
                };
                let _ = writeln!(
                    out,
                    "        /// <summary>{}</summary>\n        {member} = {code},",
                    summary(row)
                );
            }
            out.push_str("    }\n");
        }
        CodeType::String => {
            let mut fields = String::new();
            for (row, member) in rows.iter().zip(members) {
                let _ = writeln!(
                    fields,
                    "        /// <summary>{}</summary>\n        public static readonly {name} \
                     {member} = new {name}({});\n",
                    summary(row),
                    super::code_literal(&row.entry.code, string)
                );
            }
            out.push_str(
                &STRING_CODE
                    .replace("__MEMBERS__", &fields)
                    .replace("__ENUM__", name),
            );
        }
    }
    out
}

/// One entry as a constructor call with named arguments.
fn entry(row: &Row<'_>, code: &dyn Fn(&Code) -> String) -> String {
    let entry = row.entry;
    let strings = |items: &mut dyn Iterator<Item = &str>| {
        let items: Vec<String> = items.map(string).collect();
        format!("Strings({})", items.join(", "))
    };
    let texts = |pairs: &[(String, String)]| {
        let items: Vec<String> = pairs
            .iter()
            .flat_map(|(key, value)| [string(key), string(value)])
            .collect();
        format!("Texts({})", items.join(", "))
    };
    let optional_texts =
        |text: Option<&Texts>| text.map_or("null".to_owned(), |text| texts(&text.0));
    format!(
        "            new Entry(code: {}, name: {}, aliases: {}, platformNames: {}, description: {}, \
         cause: {}, note: {}, deprecated: {}, group: {}, flags: {}, args: {}, docsUrl: {}, \
         httpStatus: {}, grpcCode: {}),",
        code(&entry.code),
        string(&entry.name),
        strings(&mut entry.aliases.iter().map(String::as_str)),
        texts(&entry.platform_names),
        texts(&entry.description.0),
        optional_texts(entry.cause.as_ref()),
        optional_texts(entry.note.as_ref()),
        optional(entry.deprecated.as_deref()),
        optional(row.group),
        strings(&mut entry.flags.iter().map(String::as_str)),
        strings(
            &mut entry
                .args
                .iter()
                .flat_map(|arg| [arg.name.as_str(), arg.ty.name()])
        ),
        optional(row.docs_url.as_deref()),
        row.http_status
            .map_or("null".to_owned(), |status| status.to_string()),
        optional(row.grpc_code),
    )
}

/// The C# type of an integer code type.
fn underlying(int: &str) -> &'static str {
    match int {
        "i8" => "sbyte",
        "i16" => "short",
        "i32" => "int",
        "i64" => "long",
        "u8" => "byte",
        "u16" => "ushort",
        "u32" => "uint",
        _ => "ulong",
    }
}

/// The member of each row: its variant, with `_` after it where the type has that name already.
fn members(name: &str, rows: &[Row<'_>]) -> Vec<String> {
    let taken = [name, "Code", "Equals", "GetHashCode", "ToString", "GetType"];
    let mut seen = HashSet::new();
    let mut members = Vec::with_capacity(rows.len());
    for row in rows {
        let mut member = row.entry.variant.clone();
        while taken.contains(&member.as_str()) || seen.contains(&member) {
            member.push('_');
        }
        seen.insert(member.clone());
        members.push(member);
    }
    members
}

fn optional(text: Option<&str>) -> String {
    text.map_or("null".to_owned(), string)
}

fn string(text: &str) -> String {
    escaped(text, '"', false, unicode_escape)
}

/// The members of the static class beside the enum (the enum's name inside it would mean the
/// member), the string-code struct's field, and the library types it uses.
pub(super) const IN_USE: &str = "\
    Bounds ByCode ByName Cause Code CodeString DefaultLanguage Description Entries Entry \
    EntryOf Flags FromName Group GroupOf Groups IsKnown Languages Message Name Note Parse \
    Plain ResolveLanguage Retired RetiredCode RetiredCodes Stamp Strings TextIn Texts System \
    Array Char Convert CultureInfo Dictionary IDictionary IEquatable IList List Math \
    NumberStyles Object String StringBuilder StringComparison";

pub(super) const KEYWORDS: &str = "\
    abstract as base bool break byte case catch char checked class const continue decimal \
    default delegate do double else enum event explicit extern false finally fixed float for \
    foreach goto if implicit in int interface internal is lock long namespace new null \
    object operator out override params private protected public readonly ref return sbyte \
    sealed short sizeof stackalloc static string struct switch this throw true try typeof \
    uint ulong unchecked unsafe ushort using virtual void volatile while";
