//! The catalog as one dependency-free source file for a client in another language: every code
//! with its names, texts, group, flags, arguments and wire contract, lookups that keep a code
//! the file does not list, and the catalog's stamp. Each language's file is in the style its
//! formatter keeps (`prettier`, `black`, `gofmt`), so a formatter in a client's build leaves it.

mod csharp;
mod go;
mod kotlin;
mod levels;
mod python;
mod typescript;

pub use levels::{client_level, client_verdict};

use chat_errors_codegen::{Catalog, Code, CodeType, Entry, IntType, Texts};

/// A language `chat-errors export` writes, as `--lang` names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Target {
    /// An ES module (`.ts`): an `as const` object of the codes, and functions over any code.
    #[value(name = "typescript")]
    TypeScript,
    /// A `.kt` file: a class over the raw code with constants, and an `enum class` of the codes.
    Kotlin,
    /// A `.cs` file for Mono, .NET and Unity: an enum and extension methods.
    #[value(name = "csharp")]
    CSharp,
    /// A `.py` module: an `IntEnum` (a `str` enum for string codes) that keeps unknown codes.
    Python,
    /// A `.go` file: a named type with constants, methods and maps.
    Go,
}

impl Target {
    /// The language as `--lang` names it: `typescript`, `kotlin`, `csharp`, `python`, `go`.
    pub fn flag(self) -> String {
        use clap::ValueEnum as _;
        let value = self
            .to_possible_value()
            .expect("every language is a value of --lang");
        value.get_name().to_owned()
    }

    /// What the language calls the namespace option: `None` where a file is its own module.
    pub fn namespace_kind(self) -> Option<&'static str> {
        match self {
            Target::TypeScript | Target::Python => None,
            Target::Kotlin => Some("package"),
            Target::CSharp => Some("namespace"),
            Target::Go => Some("package"),
        }
    }

    fn name(self) -> &'static str {
        match self {
            Target::TypeScript => "TypeScript",
            Target::Kotlin => "Kotlin",
            Target::CSharp => "C#",
            Target::Python => "Python",
            Target::Go => "Go",
        }
    }

    /// Whether `namespace` names a namespace in the language, or else what to write instead.
    pub fn check_namespace(self, namespace: &str) -> Result<(), String> {
        let language = self.name();
        let Some(kind) = self.namespace_kind() else {
            return Err(format!(
                "a {language} file is a module by its file name, without a namespace: drop \
                 --namespace and name the file with --out"
            ));
        };
        let identifier = |part: &str| {
            part.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
                && part.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        };
        let dotted = self != Target::Go;
        let parts: Vec<&str> = if dotted {
            namespace.split('.').collect()
        } else {
            vec![namespace]
        };
        if let Some(bad) = parts
            .iter()
            .find(|part| !identifier(part) || listed(self.keywords(), part))
        {
            let form = if dotted {
                "identifiers separated by dots, such as `com.example.errors`"
            } else {
                "one identifier, such as `errorcodes`"
            };
            return Err(format!(
                "`{namespace}` is no {language} {kind}: `{bad}` is not an identifier or is a \
                 keyword; write {form}"
            ));
        }
        Ok(())
    }

    /// The language's keywords, separated by spaces: no namespace or type can take these.
    fn keywords(self) -> &'static str {
        match self {
            Target::TypeScript => typescript::KEYWORDS,
            Target::Kotlin => kotlin::KEYWORDS,
            Target::CSharp => csharp::KEYWORDS,
            Target::Python => python::KEYWORDS,
            Target::Go => go::KEYWORDS,
        }
    }

    /// The names the export declares beside the enum, or uses from the language's library,
    /// separated by spaces: an enum of one of these names would clash with it.
    fn in_use(self) -> &'static str {
        match self {
            Target::TypeScript => typescript::IN_USE,
            Target::Kotlin => kotlin::IN_USE,
            Target::CSharp => csharp::IN_USE,
            Target::Python => python::IN_USE,
            Target::Go => go::IN_USE,
        }
    }

    /// Whether the catalog's enum can name the export's type, or else why not.
    fn check_enum_name(self, name: &str) -> Result<(), String> {
        let language = self.name();
        let what = if listed(self.keywords(), name) {
            format!("a keyword in {language}")
        } else if listed(self.in_use(), name) {
            format!("a name the {language} export declares itself or takes from the library")
        } else {
            return Ok(());
        };
        Err(format!(
            "the enum `{name}` cannot be exported to {language}: `{name}` is {what}; give the \
             catalog's `enum` another name, such as `{name}Error`"
        ))
    }
}

/// The catalog in `target`'s language, in `namespace` where the language has one (a Kotlin or
/// Go package, a C# namespace); without one, Kotlin's file has no package, C#'s no namespace, and
/// Go's package is the enum's name in lowercase, with `_` after a keyword.
///
/// An error says why the language cannot take the namespace or the catalog: an enum named by a
/// keyword of the language or by a name the file declares itself (such as `Entry`), more than
/// 2,000 codes for Kotlin, a code beyond 2^53 for TypeScript.
pub fn export(
    catalog: &Catalog,
    target: Target,
    namespace: Option<&str>,
) -> Result<String, String> {
    target.check_enum_name(&catalog.enum_name)?;
    if let Some(namespace) = namespace {
        target.check_namespace(namespace)?;
    }
    if target == Target::Kotlin && catalog.entries.len() > kotlin::MOST_ENTRIES {
        return Err(format!(
            "{} has {} codes, and a Kotlin `enum class` of more than {} entries does not compile \
             for the JVM (a class's initializer holds at most 64 KiB of bytecode): export it to \
             another language, or split the catalog",
            catalog.enum_name,
            catalog.entries.len(),
            kotlin::MOST_ENTRIES
        ));
    }
    if target == Target::TypeScript {
        let mut codes = (catalog.entries.iter().map(|entry| &entry.code))
            .chain(catalog.retired.iter().map(|retired| &retired.code));
        let inexact = |code: &&Code| matches!(code, Code::Int(code) if code.unsigned_abs() > typescript::MOST_EXACT);
        if let Some(code) = codes.find(inexact) {
            return Err(format!(
                "code {code} is beyond the integers a JavaScript number holds exactly (2^53 - 1 \
                 either side of zero), where a TypeScript client would take it for another code: \
                 give the catalog codes nearer zero, or string codes"
            ));
        }
    }
    let rows = rows(catalog);
    Ok(match target {
        Target::TypeScript => typescript::export(catalog, &rows),
        Target::Kotlin => kotlin::export(catalog, &rows, namespace),
        Target::CSharp => csharp::export(catalog, &rows, namespace),
        Target::Python => python::export(catalog, &rows),
        Target::Go => go::export(catalog, &rows, namespace),
    })
}

/// Whether `word` is one of `words`, separated by spaces.
fn listed(words: &str, word: &str) -> bool {
    words.split_whitespace().any(|each| each == word)
}

/// An entry with what the catalog resolves for it.
struct Row<'c> {
    entry: &'c Entry,
    group: Option<&'c str>,
    docs_url: Option<String>,
    http_status: Option<u16>,
    grpc_code: Option<&'static str>,
}

fn rows(catalog: &Catalog) -> Vec<Row<'_>> {
    catalog
        .entries
        .iter()
        .map(|entry| {
            let wire = catalog.wire(entry);
            Row {
                entry,
                group: catalog.group(entry).map(|group| group.name.as_str()),
                docs_url: catalog.docs_url.as_ref().map(|url| entry.docs_url(url)),
                http_status: wire.http_status,
                grpc_code: wire.grpc_code.map(chat_errors_codegen::GrpcCode::name),
            }
        })
        .collect()
}

/// The first line of every export.
fn generated_by(catalog: &Catalog, target: &str) -> String {
    format!(
        "{}, exported by `chat-errors export --lang {target}`: edit the catalog, not this file.",
        catalog.enum_name
    )
}

/// The description, cause and note, each `None` where the entry has none.
fn texts(entry: &Entry) -> [(&'static str, Option<&Texts>); 3] {
    [
        ("description", Some(&entry.description)),
        ("cause", entry.cause.as_ref()),
        ("note", entry.note.as_ref()),
    ]
}

fn int_type(catalog: &Catalog) -> Option<IntType> {
    match catalog.code_type {
        CodeType::Int(int) => Some(int),
        CodeType::String => None,
    }
}

/// The code as a literal: a number, or `string` quoting it.
fn code_literal(code: &Code, string: impl Fn(&str) -> String) -> String {
    match code {
        Code::Int(code) => code.to_string(),
        Code::Str(code) => string(code),
    }
}

/// `text` between `quote`s: `\\`, the quote, `\n`, `\r` and `\t` escaped, other control
/// characters as `control` writes them, the rest as it is.
fn escaped(text: &str, quote: char, escape_dollar: bool, control: fn(char) -> String) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push(quote);
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '$' if escape_dollar => out.push_str("\\$"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() => out.push_str(&control(c)),
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// A string as Prettier and black write it: in double quotes, unless it has more double quotes
/// than single ones.
fn fewest_escapes(text: &str, control: fn(char) -> String) -> String {
    let doubles = text.matches('"').count();
    let singles = text.matches('\'').count();
    let quote = if doubles > singles { '\'' } else { '"' };
    escaped(text, quote, false, control)
}

/// `\u001b`, as JavaScript, Kotlin and C# escape a control character.
fn unicode_escape(c: char) -> String {
    format!("\\u{:04x}", u32::from(c))
}

/// `\x1b`, as Python and Go escape a control character.
fn hex_escape(c: char) -> String {
    if u32::from(c) <= 0xff {
        format!("\\x{:02x}", u32::from(c))
    } else {
        format!("\\u{:04x}", u32::from(c))
    }
}

/// How wide a line is, as formatters measure it: a character each, two for the wide characters
/// of East Asian scripts.
fn width(text: &str) -> usize {
    text.chars()
        .map(|c| {
            let wide = matches!(u32::from(c),
                0x1100..=0x115f | 0x2e80..=0xa4cf | 0xac00..=0xd7a3 | 0xf900..=0xfaff
                | 0xfe30..=0xfe4f | 0xff00..=0xff60 | 0xffe0..=0xffe6 | 0x20000..=0x3fffd);
            if wide { 2 } else { 1 }
        })
        .sum()
}

/// How a formatter lays out a bracketed list: the indent of a level and the widest line.
struct Style {
    step: usize,
    max: usize,
}

/// Prettier's defaults.
const PRETTIER: Style = Style { step: 2, max: 80 };
/// black's defaults.
const BLACK: Style = Style { step: 4, max: 88 };

impl Style {
    /// `items` in `brackets` after `head` and before `tail`, at `indent`: on one line where it
    /// fits, else one item a line with a trailing comma, as the formatter breaks it.
    fn list(
        &self,
        indent: usize,
        head: &str,
        brackets: [&str; 2],
        items: &[String],
        tail: &str,
    ) -> String {
        let [open, close] = brackets;
        let pad = " ".repeat(indent);
        let inline = format!("{pad}{head}{open}{}{close}{tail}", items.join(", "));
        if items.is_empty() || width(&inline) <= self.max {
            return inline + "\n";
        }
        let inner = " ".repeat(indent + self.step);
        let mut out = format!("{pad}{head}{open}\n");
        for item in items {
            out.push_str(&format!("{inner}{item},\n"));
        }
        out.push_str(&format!("{pad}{close}{tail}\n"));
        out
    }
}

#[cfg(test)]
mod tests {
    use clap::ValueEnum as _;

    use super::*;

    #[test]
    fn strings_take_the_quotes_formatters_prefer() {
        assert_eq!(fewest_escapes("plain", hex_escape), "\"plain\"");
        assert_eq!(fewest_escapes("The \"hold\"", hex_escape), "'The \"hold\"'");
        // Two double quotes against one single quote: one escape instead of two.
        assert_eq!(fewest_escapes("it's \"x\"", hex_escape), "'it\\'s \"x\"'");
        assert_eq!(
            fewest_escapes("a\\b\nc\u{1b}", hex_escape),
            "\"a\\\\b\\nc\\x1b\""
        );
        assert_eq!(
            escaped("$0 \"x\"", '"', true, unicode_escape),
            "\"\\$0 \\\"x\\\"\""
        );
    }

    #[test]
    fn lists_break_where_the_formatter_breaks_them() {
        let items: Vec<String> = ["\"a\"", "\"b\""].map(str::to_owned).to_vec();
        assert_eq!(
            PRETTIER.list(4, "aliases: ", ["[", "]"], &items, ","),
            "    aliases: [\"a\", \"b\"],\n"
        );
        let long: Vec<String> = (0..12).map(|n| format!("\"ALIAS_NUMBER_{n}\"")).collect();
        let broken = PRETTIER.list(4, "aliases: ", ["[", "]"], &long, ",");
        assert!(
            broken.starts_with("    aliases: [\n      \"ALIAS_NUMBER_0\",\n"),
            "{broken}"
        );
        assert!(
            broken.ends_with("      \"ALIAS_NUMBER_11\",\n    ],\n"),
            "{broken}"
        );
        assert_eq!(width("用户"), 4);
    }

    #[test]
    fn namespaces_are_names_of_the_language() {
        assert!(Target::Kotlin.check_namespace("com.example.errors").is_ok());
        assert!(Target::CSharp.check_namespace("Example.Errors").is_ok());
        assert!(Target::Go.check_namespace("errorcodes").is_ok());
        assert!(Target::Go.check_namespace("error.codes").is_err());
        assert!(Target::Kotlin.check_namespace("com.object.x").is_err());
        assert!(Target::CSharp.check_namespace("Example..Errors").is_err());
        assert!(Target::TypeScript.check_namespace("errors").is_err());
        assert_eq!(Target::CSharp.flag(), "csharp");
    }

    /// Two catalogs with every part an export declares something for: integer codes with
    /// ranges, flags, arguments and a retired code; string codes with prefixes.
    fn catalogs(enum_name: &str) -> [Catalog; 2] {
        let int = format!(
            "[catalog]\nenum = \"{enum_name}\"\nplatforms = [\"ios\"]\n\
             [catalog.flags]\nhot = \"Hot.\"\n[[catalog.groups]]\nname = \"g\"\n\
             title = \"G\"\nranges = [[1, 9]]\n[[retired]]\ncode = 5\n\
             name = \"OLD\"\nreason = \"Gone.\"\n[[error]]\ncode = 1\nname = \"BAD\"\n\
             description = {{ en = \"Bad {{x}}.\", de = \"Schlecht {{x}}.\" }}\n\
             args = {{ x = \"u8\" }}\ngroup = \"g\"\nflags = [\"hot\"]\n\
             platform_names = {{ ios = \"Bad\" }}\ncause = \"C.\"\nnote = \"N.\"\n"
        );
        let string = format!(
            "[catalog]\nenum = \"{enum_name}\"\ncode_type = \"string\"\n\
             [[catalog.groups]]\nname = \"g\"\ntitle = \"G\"\nprefix = \"g.\"\n\
             [[error]]\ncode = \"g.bad\"\nname = \"BAD\"\ndescription = \"Bad.\"\n\
             group = \"g\"\n"
        );
        [int, string].map(|toml| chat_errors_codegen::parse(&toml).unwrap())
    }

    /// The names `source`, in `target`'s language, declares where the enum's name would clash
    /// with them: at the top of the file, or in the class the enum's name is used from.
    fn declared(target: Target, source: &str) -> Vec<String> {
        let word = |text: &str| -> String {
            text.chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect()
        };
        // C#'s enum, or struct, comes before the static class the enum's name is used from.
        let start = match target {
            Target::CSharp => source.find("static class").unwrap(),
            _ => 0,
        };
        let mut names = Vec::new();
        for line in source[start..].lines() {
            let name = match target {
                Target::TypeScript => ["export ", ""].iter().find_map(|export| {
                    let rest = line.strip_prefix(export)?;
                    ["const ", "function ", "type ", "interface "]
                        .iter()
                        .find_map(|kind| rest.strip_prefix(kind))
                }),
                Target::Python => ["class ", "def ", ""]
                    .iter()
                    .find_map(|kind| line.strip_prefix(kind))
                    .filter(|rest| {
                        let name = word(rest);
                        let after = &rest[name.len()..];
                        !name.is_empty()
                            && (line.starts_with("class ")
                                || line.starts_with("def ")
                                || after.starts_with(" =")
                                || after.starts_with(':'))
                    }),
                Target::Go => ["type ", "func ", "var ", "const "]
                    .iter()
                    .find_map(|kind| line.strip_prefix(kind)),
                Target::Kotlin => ["    class ", "    enum class "]
                    .iter()
                    .find_map(|kind| line.strip_prefix(kind)),
                Target::CSharp => line
                    .strip_prefix("        ")
                    .filter(|rest| !rest.starts_with(' ') && !rest.starts_with('/'))
                    .and_then(|rest| {
                        let head = rest.split(['(', '=', ';']).next()?;
                        head.trim().rsplit(' ').next()
                    }),
            };
            if let Some(name) = name.map(word).filter(|name| !name.is_empty()) {
                names.push(name);
            }
        }
        names
    }

    #[test]
    fn every_name_an_export_declares_is_refused_to_the_enum() {
        for target in Target::value_variants().iter().copied() {
            // In a namespace, C#'s static class has its members at two levels in.
            let namespace = (target == Target::CSharp).then_some("N");
            for catalog in catalogs("Cq") {
                let source = export(&catalog, target, namespace).unwrap();
                for name in declared(target, &source) {
                    // The enum's own declarations and its constants (`CqBad` in Go).
                    if name.starts_with("Cq") || name == "Code" && target == Target::TypeScript {
                        continue;
                    }
                    assert!(
                        listed(target.in_use(), &name),
                        "the {} export declares `{name}`, which its IN_USE does not list",
                        target.name()
                    );
                }
            }
        }
    }

    #[test]
    fn an_enum_named_like_the_exports_own_names_is_refused() {
        for target in Target::value_variants().iter().copied() {
            let [catalog, _] = catalogs("Entry");
            let refused = export(&catalog, target, None).unwrap_err();
            assert!(
                refused.contains("give the catalog's `enum` another name, such as `EntryError`"),
                "{refused}"
            );
        }
        let [catalog, _] = catalogs("function");
        let refused = export(&catalog, Target::TypeScript, None).unwrap_err();
        assert!(refused.contains("a keyword in TypeScript"), "{refused}");
        // TypeScript's own alias of the code type steps aside for an enum named `Code`.
        let [catalog, _] = catalogs("Code");
        assert!(export(&catalog, Target::TypeScript, None).is_ok());
        assert!(export(&catalog, Target::Python, None).is_err());
    }

    #[test]
    fn typescript_refuses_codes_a_number_cannot_hold() {
        let catalog = |code: i64| {
            let toml = format!(
                "[catalog]\nenum = \"Wide\"\ncode_type = \"i64\"\n[[error]]\ncode = {code}\n\
                 name = \"FAR\"\ndescription = \"Far.\"\n"
            );
            chat_errors_codegen::parse(&toml).unwrap()
        };
        assert!(export(&catalog(-9_007_199_254_740_991), Target::TypeScript, None).is_ok());
        let refused = export(&catalog(9_007_199_254_740_993), Target::TypeScript, None);
        assert!(
            refused
                .unwrap_err()
                .contains("code 9007199254740993 is beyond")
        );
        assert!(export(&catalog(9_007_199_254_740_993), Target::Python, None).is_ok());
    }

    #[test]
    fn go_package_of_a_keyword_enum_is_no_keyword() {
        let toml = "[catalog]\nenum = \"Type\"\n\n[[error]]\ncode = 1\nname = \"BAD\"\n\
                    description = \"Bad.\"\n";
        let catalog = chat_errors_codegen::parse(toml).unwrap();
        let go = export(&catalog, Target::Go, None).unwrap();
        assert!(go.contains("\npackage type_\n"), "{go}");
        let named = export(&catalog, Target::Go, Some("kinds")).unwrap();
        assert!(named.contains("\npackage kinds\n"), "{named}");
    }
}
