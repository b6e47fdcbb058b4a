//! An ES module for TypeScript: the codes as an `as const` object and a type that admits any
//! number (or string), the entries as data, and functions over any code. No `enum`, so it
//! compiles under `--isolatedModules --erasableSyntaxOnly`.

use core::fmt::Write as _;

use chat_errors_codegen::{Catalog, Code, Texts};

use super::{PRETTIER, Row, fewest_escapes, generated_by, int_type, unicode_escape, width};

/// The largest integer a JavaScript number holds exactly, and each below it.
pub(super) const MOST_EXACT: u128 = (1 << 53) - 1;

/// The lookups, after the data: they use `Code`, the type of any code.
const RUNTIME: &str = include_str!("runtime/typescript.ts");

pub(super) fn export(catalog: &Catalog, rows: &[Row<'_>]) -> String {
    let name = &catalog.enum_name;
    let mut out = format!("// {}\n\n", generated_by(catalog, "typescript"));
    let _ = writeln!(
        out,
        "/** The catalog's stamp: its enum's name and a hash of its content, as the server's \
         `{name}::STAMP`. */\nexport const STAMP = {};\n",
        string(&catalog.stamp())
    );
    let languages: Vec<String> = catalog.languages.iter().map(|tag| string(tag)).collect();
    out.push_str("/** Every language the texts are in, the default first. */\n");
    out.push_str(&PRETTIER.list(
        0,
        "export const LANGUAGES: readonly string[] = ",
        ["[", "]"],
        &languages,
        ";",
    ));
    let _ = writeln!(
        out,
        "export const DEFAULT_LANGUAGE = {};\n",
        string(&catalog.default_language)
    );

    let _ = writeln!(
        out,
        "/** Every code the catalog lists, by name. */\nexport const {name} = {{"
    );
    for row in rows {
        property(&mut out, 2, &key(&row.entry.name), &code(&row.entry.code));
    }
    out.push_str("} as const;\n\n");
    let any = if int_type(catalog).is_some() {
        "number"
    } else {
        "string"
    };
    out.push_str(
        "/**\n * A code of the catalog, or one it does not list: a code from a newer server is kept \
         as it\n * is, never turned into another.\n */\n",
    );
    let union =
        format!("export type {name} = (typeof {name})[keyof typeof {name}] | ({any} & {{}});");
    if width(&union) <= PRETTIER.max {
        let _ = writeln!(out, "{union}");
    } else {
        let _ = writeln!(
            out,
            "export type {name} =\n  | (typeof {name})[keyof typeof {name}]\n  | ({any} & {{}});"
        );
    }
    if name != "Code" {
        let _ = writeln!(out, "type Code = {name};");
    }
    // The data's codes are plain numbers (or strings): a union of every code in each of the
    // entries' types is more than the checker takes for a catalog of thousands.
    let _ = writeln!(out, "type Raw = {any};");

    out.push_str("\n/** Every flag the catalog declares, with what it means. */\n");
    out.push_str("export const FLAGS: Readonly<Record<string, string>> = {");
    if catalog.flags.is_empty() {
        out.push_str("};\n");
    } else {
        out.push('\n');
        for flag in &catalog.flags {
            property(&mut out, 2, &key(&flag.name), &string(&flag.meaning));
        }
        out.push_str("};\n");
    }

    out.push_str(
        "\n/** The groups, in catalog order. */\nexport const GROUPS: readonly Group[] = [",
    );
    if catalog.groups.is_empty() {
        out.push_str("];\n");
    } else {
        out.push('\n');
        for group in &catalog.groups {
            out.push_str("  {\n");
            property(&mut out, 4, "name", &string(&group.name));
            property(&mut out, 4, "title", &string(&group.title));
            let ranges: Vec<String> = group
                .ranges
                .iter()
                .map(|(low, high)| format!("[{low}, {high}]"))
                .collect();
            if ranges.len() > 1 {
                out.push_str("    ranges: [\n");
                for range in &ranges {
                    let _ = writeln!(out, "      {range},");
                }
                out.push_str("    ],\n");
            } else {
                out.push_str(&PRETTIER.list(4, "ranges: ", ["[", "]"], &ranges, ","));
            }
            if let Some(prefix) = &group.prefix {
                property(&mut out, 4, "prefix", &string(prefix));
            }
            out.push_str("  },\n");
        }
        out.push_str("];\n");
    }

    out.push_str(
        "\n/** Every entry, in catalog order. */\nexport const ENTRIES: readonly Entry[] = [\n",
    );
    for row in rows {
        entry(&mut out, row);
    }
    out.push_str("];\n");

    out.push_str("\n/** The retired codes, in catalog order. */\nexport const RETIRED: readonly Retired[] = [");
    if catalog.retired.is_empty() {
        out.push_str("];\n");
    } else {
        out.push('\n');
        for retired in &catalog.retired {
            out.push_str("  {\n");
            property(&mut out, 4, "code", &code(&retired.code));
            property(&mut out, 4, "name", &string(&retired.name));
            property(&mut out, 4, "reason", &string(&retired.reason));
            if let Some(since) = &retired.since {
                property(&mut out, 4, "since", &string(since));
            }
            out.push_str("  },\n");
        }
        out.push_str("];\n");
    }
    out.push_str(RUNTIME);
    out
}

fn entry(out: &mut String, row: &Row<'_>) {
    let entry = row.entry;
    out.push_str("  {\n");
    property(out, 4, "code", &code(&entry.code));
    property(out, 4, "name", &string(&entry.name));
    let aliases: Vec<String> = entry.aliases.iter().map(|alias| string(alias)).collect();
    out.push_str(&PRETTIER.list(4, "aliases: ", ["[", "]"], &aliases, ","));
    object(
        out,
        "platformNames",
        entry
            .platform_names
            .iter()
            .map(|(platform, name)| (key(platform), string(name))),
    );
    for (field, texts) in super::texts(entry) {
        if let Some(texts) = texts {
            text_object(out, field, texts);
        }
    }
    if let Some(deprecated) = &entry.deprecated {
        property(out, 4, "deprecated", &string(deprecated));
    }
    if let Some(group) = row.group {
        property(out, 4, "group", &string(group));
    }
    let flags: Vec<String> = entry.flags.iter().map(|flag| string(flag)).collect();
    out.push_str(&PRETTIER.list(4, "flags: ", ["[", "]"], &flags, ","));
    object(
        out,
        "args",
        entry
            .args
            .iter()
            .map(|arg| (key(&arg.name), string(arg.ty.name()))),
    );
    if let Some(url) = &row.docs_url {
        property(out, 4, "docsUrl", &string(url));
    }
    if let Some(status) = row.http_status {
        property(out, 4, "httpStatus", &status.to_string());
    }
    if let Some(grpc) = row.grpc_code {
        property(out, 4, "grpcCode", &string(grpc));
    }
    out.push_str("  },\n");
}

fn text_object(out: &mut String, field: &str, texts: &Texts) {
    object(
        out,
        field,
        texts
            .0
            .iter()
            .map(|(language, text)| (key(language), string(text))),
    );
}

/// `field: { … },` in an entry: `{}` when empty, else a property a line, as Prettier keeps an
/// object written that way.
fn object(out: &mut String, field: &str, properties: impl Iterator<Item = (String, String)>) {
    let mut properties = properties.peekable();
    if properties.peek().is_none() {
        let _ = writeln!(out, "    {field}: {{}},");
        return;
    }
    let _ = writeln!(out, "    {field}: {{");
    for (key, value) in properties {
        property(out, 6, &key, &value);
    }
    out.push_str("    },\n");
}

/// `key: value,` at `indent`; a value too long for the line goes on the next, as Prettier breaks
/// a property whose key is longer than an indent.
fn property(out: &mut String, indent: usize, key: &str, value: &str) {
    let pad = " ".repeat(indent);
    let line = format!("{pad}{key}: {value},");
    if width(&line) <= PRETTIER.max || key.len() <= PRETTIER.step {
        let _ = writeln!(out, "{line}");
    } else {
        let _ = writeln!(out, "{pad}{key}:\n{pad}  {value},");
    }
}

fn string(text: &str) -> String {
    fewest_escapes(text, unicode_escape)
}

/// JavaScript's reserved words, and the names TypeScript keeps for its own types.
pub(super) const KEYWORDS: &str = "\
    await break case catch class const continue debugger default delete do else enum export \
    extends false finally for function if implements import in instanceof interface let new \
    null package private protected public return static super switch this throw true try \
    typeof var void while with yield any bigint boolean never number object string symbol \
    undefined unknown";

/// What the module declares beside the enum, and the globals its functions use.
pub(super) const IN_USE: &str = "\
    STAMP LANGUAGES DEFAULT_LANGUAGE FLAGS GROUPS ENTRIES RETIRED BY_CODE BY_NAME Texts \
    ArgType ArgValue Entry Group Retired Raw entryOf fromName nameOf sameTag resolveLanguage \
    textIn description cause note message groupOf retired Map ReadonlyMap Readonly Record \
    Object String Math Number Array Boolean BigInt";

/// A property's key: as it is where it is an identifier, else quoted.
fn key(text: &str) -> String {
    let identifier = text.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_' || c == '$')
        && text
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$');
    if identifier {
        text.to_owned()
    } else {
        string(text)
    }
}

fn code(code: &Code) -> String {
    super::code_literal(code, string)
}
