//! The build-script route: the same expansion as `agora_errors!`, written to `OUT_DIR` and
//! `include!`d by `lib.rs`. Also expands catalogs made from other people's tables (PostgreSQL's
//! SQLSTATE codes and the IANA registry of HTTP statuses, in `data/`) and a large synthetic
//! catalog, whose `from_name` hashes.

use std::path::Path;

fn main() {
    let out = std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR");
    let out = Path::new(&out);

    let catalog = "catalogs/payments.toml";
    println!("cargo::rerun-if-changed={catalog}");
    let source = std::fs::read_to_string(catalog).expect("the catalog is readable");
    write(&out.join("payments.rs"), &source, catalog);

    write(
        &out.join("large.rs"),
        &large_catalog("LargeError", 3000, false),
        "large.toml",
    );
    // Past 10,000 codes the expansion takes its huge shape, with integer and with string codes.
    write(
        &out.join("huge.rs"),
        &large_catalog("HugeError", 12_000, false),
        "huge.toml",
    );
    write(
        &out.join("huge_strings.rs"),
        &large_catalog("HugeStringError", 10_000, true),
        "huge_strings.toml",
    );

    for (table, catalog, name) in [
        (
            "data/sqlstate.tsv",
            sqlstate_catalog as fn(&str) -> String,
            "sqlstate",
        ),
        ("data/http-status.tsv", http_catalog, "http"),
        ("data/mariadb-errmsg.txt", mariadb_catalog, "mariadb"),
    ] {
        println!("cargo::rerun-if-changed={table}");
        let rows = std::fs::read_to_string(table).expect("the table is readable");
        let toml = catalog(&rows);
        write(
            &out.join(format!("{name}.rs")),
            &toml,
            &format!("{name}.toml"),
        );
    }
}

/// The rows of a tab-separated table, without its header.
fn rows(table: &str) -> impl Iterator<Item = Vec<&str>> {
    table.lines().skip(1).map(|line| line.split('\t').collect())
}

/// PostgreSQL's SQLSTATE codes (`sqlstate kind macro condition class class_title`), as
/// PostgreSQL's `errcodes.txt` lists them: string codes named by their condition names, the
/// classes as groups. A condition name that two codes share gives way to each code's macro
/// name; every macro name is an alias, including those of the rows that repeat a code.
fn sqlstate_catalog(table: &str) -> String {
    let rows: Vec<Vec<&str>> = rows(table).collect();
    let shared = |condition: &str| rows.iter().filter(|row| row[3] == condition).count() > 1;
    let mut toml = String::from(
        "[catalog]\nenum = \"SqlState\"\ncode_type = \"string\"\nname_style = \"any\"\n\n\
         [catalog.fields]\nkind = { type = \"string\", doc = \"error, warning or success\", required = true }\n",
    );
    let mut classes: Vec<(&str, &str)> = Vec::new();
    for row in &rows {
        if !classes.iter().any(|(class, _)| *class == row[4]) {
            classes.push((row[4], row[5]));
        }
    }
    for (class, title) in &classes {
        toml += &format!(
            "\n[[catalog.groups]]\nname = \"class_{}\"\ntitle = \"Class {class}: {title}\"\nprefix = {class:?}\n",
            class.to_lowercase()
        );
    }
    for (index, row) in rows.iter().enumerate() {
        let (code, kind, macro_name, condition) = (row[0], row[1], row[2], row[3]);
        if rows[..index].iter().any(|earlier| earlier[0] == code) {
            continue;
        }
        let name = if condition.is_empty() || shared(condition) {
            macro_name.trim_start_matches("ERRCODE_").to_lowercase()
        } else {
            condition.to_owned()
        };
        let aliases: Vec<String> = rows
            .iter()
            .filter(|other| other[0] == code)
            .map(|other| format!("{:?}", other[2]))
            .collect();
        let kind = match kind {
            "E" => "error",
            "W" => "warning",
            _ => "success",
        };
        let mut description = name.replace('_', " ");
        description[..1].make_ascii_uppercase();
        toml += &format!(
            "\n[[error]]\ncode = {code:?}\nname = {name:?}\naliases = [{}]\ngroup = \"class_{}\"\n\
             kind = {kind:?}\ndescription = \"{description}.\"\n",
            aliases.join(", "),
            row[4].to_lowercase(),
        );
    }
    toml
}

/// MariaDB's error messages (`errmsg-utf8.txt`: a name line per error, with its SQLSTATE where it
/// has one, then a line per language), numbered from 1000 in file order. Each printf directive
/// becomes an argument, `{arg1}`, `{arg2}`, … in the order the English text has them, of the
/// directive's type: `%s`, `%T` (a string cut to a length) and `%M` (an errno's message) are
/// strings, `%d`, `%ld` and `%lld` signed, `%lu` unsigned; `%\`s`, an identifier MariaDB quotes
/// with backticks, is a string in backticks. A translation whose directives are
/// not the English one's, in number, order and type, is left out (`mariadb_left_out` counts them).
/// MariaDB's language names become BCP 47 tags.
fn mariadb_catalog(table: &str) -> String {
    let mut toml = String::from(
        "[catalog]\nenum = \"MariaDbError\"\ncode_type = \"u16\"\ndefault_language = \"en\"\n\n\
         [catalog.fields]\nsqlstate = { type = \"string\", doc = \"The SQLSTATE the error comes with.\" }\n",
    );
    let mut code = 1000;
    let mut left_out = 0;
    for entry in mariadb_entries(table) {
        let english = entry.texts.iter().find(|(language, _)| *language == "en");
        let Some((_, english)) = english else {
            continue;
        };
        let directives = printf_directives(english);
        let mut texts = Vec::new();
        for (language, text) in &entry.texts {
            let same = printf_directives(text)
                .iter()
                .map(|(_, ty)| *ty)
                .eq(directives.iter().map(|(_, ty)| *ty));
            if !same {
                left_out += 1;
                continue;
            }
            texts.push(format!(
                "{language:?} = {}",
                toml_string(&named_arguments(text, !directives.is_empty()))
            ));
        }
        toml += &format!("\n[[error]]\ncode = {code}\nname = {:?}\n", entry.name);
        if let Some(sqlstate) = entry.sqlstate {
            toml += &format!("sqlstate = {sqlstate:?}\n");
        }
        if !directives.is_empty() {
            let args: Vec<String> = directives
                .iter()
                .enumerate()
                .map(|(index, (_, ty))| format!("arg{} = {ty:?}", index + 1))
                .collect();
            toml += &format!("args = {{ {} }}\n", args.join(", "));
        }
        toml += &format!("description = {{ {} }}\n", texts.join(", "));
        code += 1;
    }
    println!("cargo::rustc-env=MARIADB_LEFT_OUT={left_out}");
    toml
}

/// One error of `errmsg-utf8.txt`: its name, its SQLSTATE, and its texts by BCP 47 tag.
struct MariaDbEntry<'a> {
    name: &'a str,
    sqlstate: Option<&'a str>,
    texts: Vec<(&'static str, String)>,
}

fn mariadb_entries(table: &str) -> Vec<MariaDbEntry<'_>> {
    let mut entries: Vec<MariaDbEntry<'_>> = Vec::new();
    for line in table.lines() {
        let is_header = ["languages ", "default-language", "start-error-number"]
            .iter()
            .any(|header| line.starts_with(header));
        if line.trim().is_empty() || line.starts_with('#') || is_header {
            continue;
        }
        if !line.starts_with(char::is_whitespace) {
            let mut words = line.split_whitespace();
            entries.push(MariaDbEntry {
                name: words.next().expect("a name line has a name"),
                sqlstate: words.next(),
                texts: Vec::new(),
            });
            continue;
        }
        let (language, quoted) = line
            .trim()
            .split_once(' ')
            .expect("a text line has a language");
        let text = quoted
            .trim()
            .strip_prefix('"')
            .and_then(|text| text.strip_suffix('"'))
            .expect("a text is quoted");
        let tag = match language {
            "bgn" => "bg",
            "chi" => "zh",
            "cze" => "cs",
            "dan" => "da",
            "nla" => "nl",
            "eng" => "en",
            "est" => "et",
            "fre" => "fr",
            "geo" => "ka",
            "ger" => "de",
            "greek" => "el",
            "hindi" => "hi",
            "hun" => "hu",
            "ita" => "it",
            "jpn" => "ja",
            "kor" => "ko",
            "norwegian-ny" => "nn",
            "nor" => "nb",
            "pol" => "pl",
            "por" => "pt",
            "rum" => "ro",
            "rus" => "ru",
            "serbian" => "sr",
            "slo" => "sk",
            "spa" => "es",
            "swe" => "sv",
            "ukr" => "uk",
            "sw" => "sw",
            other => {
                panic!("errmsg-utf8.txt names a language this conversion does not know: {other}")
            }
        };
        let text = text.replace("\\\"", "\"").replace("\\n", "\n");
        entries
            .last_mut()
            .expect("a text follows a name")
            .texts
            .push((tag, text));
    }
    entries
}

/// Each printf directive of `text`, with where it is and the argument type it stands for.
fn printf_directives(text: &str) -> Vec<(std::ops::Range<usize>, &'static str)> {
    let bytes = text.as_bytes();
    let mut directives = Vec::new();
    let mut at = 0;
    while at < bytes.len() {
        if bytes[at] != b'%' {
            at += 1;
            continue;
        }
        let start = at;
        at += 1;
        while at < bytes.len() && (b"-+ #0.*`".contains(&bytes[at]) || bytes[at].is_ascii_digit()) {
            at += 1;
        }
        let mut long = 0;
        while at < bytes.len() && bytes[at] == b'l' {
            long += 1;
            at += 1;
        }
        let ty = match bytes.get(at) {
            Some(b's' | b'T' | b'M') => "string",
            Some(b'd' | b'i') if long == 0 => "i32",
            Some(b'd' | b'i') => "i64",
            Some(b'u') if long == 0 => "u32",
            Some(b'u') => "u64",
            Some(b'%') => {
                at += 1;
                continue;
            }
            _ => continue,
        };
        at += 1;
        directives.push((start..at, ty));
    }
    directives
}

/// `text` as a template: each directive `{argN}`, braces doubled, `%%` a percent sign; a text
/// without directives stays literal.
fn named_arguments(text: &str, template: bool) -> String {
    if !template {
        return text.to_owned();
    }
    let mut out = String::new();
    let mut last = 0;
    for (index, (at, _)) in printf_directives(text).into_iter().enumerate() {
        out += &text[last..at.start]
            .replace('{', "{{")
            .replace('}', "}}")
            .replace("%%", "%");
        let quote = if text[at.clone()].contains('`') {
            "`"
        } else {
            ""
        };
        out += &format!("{quote}{{arg{}}}{quote}", index + 1);
        last = at.end;
    }
    out += &text[last..]
        .replace('{', "{{")
        .replace('}', "}}")
        .replace("%%", "%");
    out
}

/// A TOML basic string.
fn toml_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out += "\\\"",
            '\\' => out += "\\\\",
            '\n' => out += "\\n",
            c if c.is_control() => out += &format!("\\u{:04X}", c as u32),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The IANA registry of HTTP status codes (`code reason reference`) as `u16` codes: the reason
/// phrase is the description and, in SCREAMING_SNAKE_CASE, the name (`NOT_FOUND`); the classes
/// are groups, and the registry's reference is a field.
fn http_catalog(table: &str) -> String {
    let mut toml = String::from(
        "[catalog]\nenum = \"HttpStatus\"\ncode_type = \"u16\"\n\n\
         [catalog.fields]\nreference = { type = \"string\", doc = \"Where the status is defined.\", required = true }\n",
    );
    for (class, title) in [
        "informational",
        "success",
        "redirection",
        "client_error",
        "server_error",
    ]
    .iter()
    .zip([
        "1xx Informational",
        "2xx Success",
        "3xx Redirection",
        "4xx Client Error",
        "5xx Server Error",
    ]) {
        let hundred = title[..1].parse::<u16>().unwrap() * 100;
        toml += &format!(
            "\n[[catalog.groups]]\nname = {class:?}\ntitle = {title:?}\nrange = [{hundred}, {}]\n",
            hundred + 99
        );
    }
    let classes = [
        "informational",
        "success",
        "redirection",
        "client_error",
        "server_error",
    ];
    for row in rows(table) {
        let (code, reason, reference) = (row[0], row[1], row[2]);
        let words: Vec<String> = reason
            .split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|word| !word.is_empty())
            .map(str::to_uppercase)
            .collect();
        // The registry reserves two codes as "(Unused)": the number tells them apart.
        let name = if words == ["UNUSED"] {
            format!("UNUSED_{code}")
        } else {
            words.join("_")
        };
        let class = classes[code.parse::<usize>().unwrap() / 100 - 1];
        toml += &format!(
            "\n[[error]]\ncode = {code}\nname = {name:?}\ngroup = {class:?}\nreference = {reference:?}\n\
             description = {reason:?}\n"
        );
    }
    toml
}

/// The expansion, as `chat_errors::agora_errors!` gives it.
fn write(path: &Path, source: &str, file: &str) {
    let catalog = chat_errors_codegen::parse(source).unwrap_or_else(|rejected| {
        let rendered: Vec<String> = rejected
            .diagnostics
            .iter()
            .map(|diagnostic| diagnostic.render(file, source))
            .collect();
        panic!("{}", rendered.join("\n\n"))
    });
    let rust = chat_errors_codegen::expand(&catalog);
    std::fs::write(path, rust).expect("OUT_DIR is writable");
    // The catalog itself, for the tests that read it as `chat-errors` does.
    std::fs::write(path.with_extension("toml"), source).expect("OUT_DIR is writable");
}

/// Names of many lengths, every tenth entry with an alias, codes in runs of ten consecutive
/// numbers spread over the `i32` range.
/// A synthetic catalog of `entries` codes with every feature in use, by the entry's position
/// `i`: names of many lengths, an alias on every tenth entry, a platform name on every seventh, a
/// `zh` description on every third, a cause on every fifth, a note on every eleventh, every
/// thirteenth deprecated, three groups, a flag on every fourth, a required `u16` field and an
/// optional list field on every sixth. Codes are `large_code(i)`, or with `strings`, `"S{i}"`.
/// `tests/large.rs` repeats these rules.
fn large_catalog(enum_name: &str, entries: i32, strings: bool) -> String {
    const WORDS: [&str; 8] = [
        "USER",
        "GROUP",
        "MESSAGE",
        "X",
        "CHAT_ROOM",
        "PUSH",
        "SERVER",
        "FILE",
    ];
    let mut toml = format!(
        "[catalog]\nenum = \"{enum_name}\"\nplatforms = [\"ios\"]\n{}\n\
         [catalog.flags]\nretryable = \"Try again.\"\n\n\
         [catalog.fields]\nweight = {{ type = \"u16\", doc = \"A weight.\", required = true }}\n\
         tags = {{ type = \"[string]\", doc = \"Tags.\" }}\n",
        if strings {
            "code_type = \"string\""
        } else {
            ""
        },
    );
    for group in ["first", "second", "third"] {
        toml +=
            &format!("\n[[catalog.groups]]\nname = \"{group}\"\ntitle = \"The {group} group\"\n");
    }
    for i in 0..entries {
        let word = WORDS[i as usize % WORDS.len()];
        let code = if strings {
            format!("\"S{i}\"")
        } else {
            large_code(i).to_string()
        };
        toml += &format!(
            "\n[[error]]\ncode = {code}\nname = \"{word}_{}{i}\"\ngroup = \"{}\"\nweight = {}\n",
            "E".repeat(i as usize % 23),
            ["first", "second", "third"][i as usize % 3],
            i % 1000,
        );
        let description = if i % 3 == 0 {
            format!("{{ en = \"Synthetic error {i}.\", zh = \"合成错误 {i}\" }}")
        } else {
            format!("\"Synthetic error {i}.\"")
        };
        toml += &format!("description = {description}\n");
        for (every, line) in [
            (10, format!("aliases = [\"OLD_{i}\"]")),
            (7, format!("platform_names = {{ ios = \"IosError{i}\" }}")),
            (5, format!("cause = \"Cause {i}.\"")),
            (
                11,
                format!("note = {{ en = \"Note {i}.\", zh = \"注 {i}\" }}"),
            ),
            (13, format!("deprecated = \"retired {i}\"")),
            (4, "flags = [\"retryable\"]".to_owned()),
            (6, format!("tags = [\"t{i}\", \"u{i}\"]")),
        ] {
            if i % every == 0 {
                toml += &line;
                toml.push('\n');
            }
        }
    }
    toml
}

/// The code of entry `i` of the large catalog; `tests/large.rs` repeats the formula.
fn large_code(i: i32) -> i32 {
    (i / 10).wrapping_mul(7_158_278) + i % 10
}
