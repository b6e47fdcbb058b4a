//! A Go file: a named integer (or string) type with a constant per code, methods for names
//! and texts, the entries as data and maps by code and name. A conversion keeps any code, listed
//! or not. As gofmt writes it; `go vet` finds nothing.

use core::fmt::Write as _;

use chat_errors_codegen::{Catalog, Code, Texts};

use super::{Row, escaped, generated_by, hex_escape, int_type, listed};

/// The types and lookups, after the data: `code` is the catalog's type.
const RUNTIME: &str = include_str!("runtime/go.go");

pub(super) fn export(catalog: &Catalog, rows: &[Row<'_>], namespace: Option<&str>) -> String {
    let name = &catalog.enum_name;
    let package = namespace.map_or_else(
        || {
            // An enum `Type` or `Range` would make a package named by a keyword.
            let lowercase = name.to_ascii_lowercase();
            if listed(KEYWORDS, &lowercase) {
                lowercase + "_"
            } else {
                lowercase
            }
        },
        str::to_owned,
    );
    let (underlying, raw) = match int_type(catalog) {
        Some(int) if int.name().starts_with('i') => (
            format!("int{}", &int.name()[1..]),
            "strconv.FormatInt(int64(c), 10)",
        ),
        Some(int) => (
            format!("uint{}", &int.name()[1..]),
            "strconv.FormatUint(uint64(c), 10)",
        ),
        None => ("string".to_owned(), "string(c)"),
    };
    let mut out = format!("// {}\n\n", generated_by(catalog, "go"));
    let _ = writeln!(
        out,
        "// Package {package} holds the catalog {name}: its codes, their names and texts, and \
         lookups that keep a code the catalog does not list.\npackage {package}\n"
    );
    let strconv = if int_type(catalog).is_some() {
        "\t\"strconv\"\n"
    } else {
        ""
    };
    let _ = writeln!(out, "import (\n\t\"fmt\"\n{strconv}\t\"strings\"\n)\n");
    let _ = writeln!(
        out,
        "// Stamp is the catalog's stamp: its enum's name and a hash of its content, as the \
         server's {name}::STAMP.\nconst Stamp = {}\n",
        string(&catalog.stamp())
    );
    let _ = writeln!(
        out,
        "// DefaultLanguage is the language every entry has its texts in.\nconst DefaultLanguage = {}\n",
        string(&catalog.default_language)
    );
    let _ = writeln!(
        out,
        "// Languages are the languages the texts are in, the default first.\nvar Languages = {}\n",
        strings(&catalog.languages)
    );
    let _ = writeln!(
        out,
        "// Platforms are the platforms whose own names entries give.\nvar Platforms = {}\n",
        strings(&catalog.platforms)
    );
    let _ = writeln!(
        out,
        "// {name} is a code of the catalog, or one it does not list: {name}(code) keeps a code \
         from a newer server as it is, never turning it into another.\ntype {name} {underlying}\n\n\
         type code = {name}\n\nfunc (c code) raw() string {{\n\treturn {raw}\n}}"
    );
    for row in rows {
        let entry = row.entry;
        let summary = entry
            .description
            .get(&catalog.default_language)
            .unwrap_or_default();
        let summary = summary.split_whitespace().collect::<Vec<_>>().join(" ");
        let _ = writeln!(
            out,
            "\n// {name}{variant} is {}: {summary}\nconst {name}{variant} {name} = {}",
            entry.name,
            code(&entry.code),
            variant = entry.variant
        );
    }

    let _ = writeln!(
        out,
        "\n// Flag is a flag the catalog declares, with what it means.\ntype Flag struct {{\n\tName    string\n\tMeaning string\n}}\n"
    );
    out.push_str("// Flags are the flags the catalog declares.\nvar Flags = []Flag{");
    let flags: Vec<String> = catalog
        .flags
        .iter()
        .map(|flag| {
            format!(
                "{{Name: {}, Meaning: {}}}",
                string(&flag.name),
                string(&flag.meaning)
            )
        })
        .collect();
    lines(&mut out, &flags);

    out.push_str("\n// Groups are the catalog's groups, in catalog order.\nvar Groups = []Group{");
    let groups: Vec<String> = catalog
        .groups
        .iter()
        .map(|group| {
            let mut fields = vec![
                format!("Name: {}", string(&group.name)),
                format!("Title: {}", string(&group.title)),
            ];
            if !group.ranges.is_empty() {
                let ranges: Vec<String> = group
                    .ranges
                    .iter()
                    .map(|(low, high)| format!("{{{low}, {high}}}"))
                    .collect();
                fields.push(format!("Ranges: [][2]{name}{{{}}}", ranges.join(", ")));
            }
            if let Some(prefix) = &group.prefix {
                fields.push(format!("Prefix: {}", string(prefix)));
            }
            format!("{{{}}}", fields.join(", "))
        })
        .collect();
    lines(&mut out, &groups);

    out.push_str(
        "\n// Entries are the catalog's entries, in catalog order.\nvar Entries = []Entry{",
    );
    let entries: Vec<String> = rows.iter().map(|row| entry(name, row)).collect();
    lines(&mut out, &entries);

    out.push_str("\n// RetiredCodes are the codes the catalog retired, in catalog order.\nvar RetiredCodes = []Retired{");
    let retired: Vec<String> = catalog
        .retired
        .iter()
        .map(|retired| {
            let mut fields = vec![
                format!("Code: {}", code(&retired.code)),
                format!("Name: {}", string(&retired.name)),
                format!("Reason: {}", string(&retired.reason)),
            ];
            if let Some(since) = &retired.since {
                fields.push(format!("Since: {}", string(since)));
            }
            format!("{{{}}}", fields.join(", "))
        })
        .collect();
    lines(&mut out, &retired);
    out.push_str(RUNTIME);
    out
}

/// One entry as a composite literal on one line, its zero fields left out.
fn entry(name: &str, row: &Row<'_>) -> String {
    let entry = row.entry;
    let mut fields = vec![
        format!("Code: {name}{}", entry.variant),
        format!("Name: {}", string(&entry.name)),
    ];
    if !entry.aliases.is_empty() {
        fields.push(format!("Aliases: {}", strings(&entry.aliases)));
    }
    if !entry.platform_names.is_empty() {
        fields.push(format!("PlatformNames: {}", map(&entry.platform_names)));
    }
    for (field, texts) in super::texts(entry) {
        if let Some(texts) = texts {
            let field = format!("{}{}", field[..1].to_ascii_uppercase(), &field[1..]);
            fields.push(format!("{field}: {}", text_map(texts)));
        }
    }
    if let Some(deprecated) = &entry.deprecated {
        fields.push(format!("Deprecated: {}", string(deprecated)));
    }
    if let Some(group) = row.group {
        fields.push(format!("Group: {}", string(group)));
    }
    if !entry.flags.is_empty() {
        fields.push(format!("Flags: {}", strings(&entry.flags)));
    }
    if !entry.args.is_empty() {
        let args: Vec<String> = entry
            .args
            .iter()
            .map(|arg| {
                format!(
                    "{{Name: {}, Type: {}}}",
                    string(&arg.name),
                    string(arg.ty.name())
                )
            })
            .collect();
        fields.push(format!("Args: []Arg{{{}}}", args.join(", ")));
    }
    if let Some(url) = &row.docs_url {
        fields.push(format!("DocsURL: {}", string(url)));
    }
    if let Some(status) = row.http_status {
        fields.push(format!("HTTPStatus: {status}"));
    }
    if let Some(grpc) = row.grpc_code {
        fields.push(format!("GRPCCode: {}", string(grpc)));
    }
    format!("{{{}}}", fields.join(", "))
}

/// The elements of a slice literal, one a line, or `}` right away for none.
fn lines(out: &mut String, items: &[String]) {
    if items.is_empty() {
        out.push_str("}\n");
        return;
    }
    out.push('\n');
    for item in items {
        let _ = writeln!(out, "\t{item},");
    }
    out.push_str("}\n");
}

fn strings(items: &[String]) -> String {
    let items: Vec<String> = items.iter().map(|item| string(item)).collect();
    format!("[]string{{{}}}", items.join(", "))
}

fn map(pairs: &[(String, String)]) -> String {
    let pairs: Vec<String> = pairs
        .iter()
        .map(|(key, value)| format!("{}: {}", string(key), string(value)))
        .collect();
    format!("map[string]string{{{}}}", pairs.join(", "))
}

fn text_map(texts: &Texts) -> String {
    map(&texts.0)
}

fn string(text: &str) -> String {
    escaped(text, '"', false, hex_escape)
}

fn code(code: &Code) -> String {
    super::code_literal(code, string)
}

/// What the package declares beside the enum, imports, and Go's predeclared names.
pub(super) const IN_USE: &str = "\
    Stamp DefaultLanguage Languages Flags Groups Entries RetiredCodes Codes Platforms Entry \
    Arg Flag Group Retired FromName ResolveLanguage init plainTag textIn byCode code fmt \
    strings any append bool byte cap clear close comparable complex complex64 complex128 copy \
    delete error false float32 float64 imag int int8 int16 int32 int64 iota len make max min \
    new nil panic print println real recover rune string true uint uint8 uint16 uint32 uint64 \
    uintptr";

pub(super) const KEYWORDS: &str = "\
    break case chan const continue default defer else fallthrough for func go goto if import \
    interface map package range return select struct switch type var";
