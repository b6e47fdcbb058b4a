//! Names: how each is spelt, and that every code, name and variant leads to one entry.

use std::ops::Range;

use crate::diag::{Diagnostic, list};
use crate::load::Sp;
use crate::model::Code;
use crate::names::repeats;

/// How names must be spelt: `name_style` in `[catalog]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum NameStyle {
    /// `SCREAMING_SNAKE_CASE`, the default: it catches slips in SDK-style catalogs.
    ScreamingSnake,
    /// Any ASCII letters, digits and `_`, starting with a letter, as catalogs such as
    /// windows-sys (`ERROR_AUTODATASEG_EXCEEDS_64k`) or PostgreSQL (`unique_violation`) spell them.
    Any,
}

pub(super) fn check_name_style(
    written: Option<Sp<String>>,
    diagnostics: &mut Vec<Diagnostic>,
) -> NameStyle {
    match written {
        None => NameStyle::ScreamingSnake,
        Some(style) if style.value == "screaming_snake_case" => NameStyle::ScreamingSnake,
        Some(style) if style.value == "any" => NameStyle::Any,
        Some(style) => {
            diagnostics.push(
                Diagnostic::at(style.span, format!("unknown name style `{}`", style.value)).help(
                    "use `screaming_snake_case` (the default) or `any` (ASCII letters, digits \
                     and `_`, starting with a letter)",
                ),
            );
            NameStyle::ScreamingSnake
        }
    }
}
/// What a snake_case name names: flags, groups, platforms and fields become method and variant
/// names, or keys of lookups.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum SnakeCase {
    Flag,
    Group,
    Platform,
    Field,
}

impl SnakeCase {
    /// How a message names it: "the flag name `…`".
    fn what(self) -> &'static str {
        match self {
            SnakeCase::Flag => "flag name",
            SnakeCase::Group => "group name",
            SnakeCase::Platform => "platform",
            SnakeCase::Field => "field name",
        }
    }

    /// A name of this kind that is spelt right.
    fn example(self) -> &'static str {
        match self {
            SnakeCase::Flag => "needs_login",
            SnakeCase::Group => "chat_room",
            SnakeCase::Platform => "ios",
            SnakeCase::Field => "retry_after",
        }
    }
}

/// Flag, group, platform and field names: `snake_case`, starting with a letter.
pub(super) fn check_snake_case(
    name: &Sp<String>,
    kind: SnakeCase,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let text = &name.value;
    let valid = text.starts_with(|c: char| c.is_ascii_lowercase())
        && !text.ends_with('_')
        && !text.contains("__")
        && text
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
    if !valid {
        let what = kind.what();
        diagnostics.push(
            Diagnostic::at(
                name.span.clone(),
                format!("the {what} `{text}` is not snake_case"),
            )
            .help(format!(
                "write {what}s in snake_case, such as `{}`",
                kind.example()
            )),
        );
    }
}

/// Every code, name and variant with the place it was written. [`report`](Self::report) then
/// finds each one written again and points back to the first.
#[derive(Default)]
pub(super) struct Seen {
    codes: Vec<(Code, Range<usize>)>,
    /// Names, aliases and platform names share one namespace: `from_name` must lead to one entry.
    names: Vec<(String, Range<usize>)>,
    /// How many of the first codes and names are `[[retired]]` ones, seen before any entry's.
    retired: usize,
    /// The variant, the name it comes from, and where that name is.
    variants: Vec<(String, String, Range<usize>)>,
}

impl Seen {
    /// A `[[retired]]` code and name, which no entry may take again; seen before every entry.
    pub(super) fn retired(&mut self, code: &Sp<Code>, name: &Sp<String>) {
        self.code(code);
        self.name(name);
        self.retired += 1;
    }

    pub(super) fn code(&mut self, code: &Sp<Code>) {
        self.codes.push((code.value.clone(), code.span.clone()));
    }

    pub(super) fn name(&mut self, name: &Sp<String>) {
        self.names.push((name.value.clone(), name.span.clone()));
    }

    pub(super) fn variant(&mut self, variant: &str, name: &Sp<String>) {
        self.variants
            .push((variant.to_owned(), name.value.clone(), name.span.clone()));
    }

    pub(super) fn report(self, diagnostics: &mut Vec<Diagnostic>) {
        let codes: Vec<Vec<u8>> = self.codes.iter().map(|(code, _)| code_key(code)).collect();
        let codes: Vec<&[u8]> = codes.iter().map(Vec::as_slice).collect();
        let retired = self.retired;
        for (first, again) in repeats(&codes) {
            let ((code, span), (_, first_span)) = (&self.codes[again], &self.codes[first]);
            let diagnostic = if first < retired && again >= retired {
                Diagnostic::at(span.clone(), format!("code {code} is retired"))
                    .note_at(first_span.clone(), "retired")
                    .help("a retired code is never reused, so clients built before still read it right: give this entry a new code")
            } else {
                Diagnostic::at(span.clone(), format!("duplicate code {code}"))
                    .note_at(first_span.clone(), "first defined")
                    .help("a code is never reused: give this entry a new code, or merge the two")
            };
            diagnostics.push(diagnostic);
        }
        let names: Vec<&[u8]> = self.names.iter().map(|(name, _)| name.as_bytes()).collect();
        for (first, again) in repeats(&names) {
            let ((name, span), (_, first_span)) = (&self.names[again], &self.names[first]);
            let diagnostic = if first < retired && again >= retired {
                Diagnostic::at(span.clone(), format!("the name `{name}` is retired"))
                    .note_at(first_span.clone(), "retired")
                    .help("a retired name is never reused, so code built before cannot mistake this entry for it: choose another name")
            } else {
                Diagnostic::at(span.clone(), format!("duplicate name `{name}`"))
                    .note_at(first_span.clone(), "first defined")
                    .help(
                        "names, aliases and platform names must be unique across the catalog: \
                         rename or remove one",
                    )
            };
            diagnostics.push(diagnostic);
        }
        let variants: Vec<&[u8]> = self.variants.iter().map(|(v, _, _)| v.as_bytes()).collect();
        for (first, again) in repeats(&variants) {
            let (variant, name, span) = &self.variants[again];
            let (_, first_name, first) = &self.variants[first];
            // Two identical names are already reported as a duplicate name.
            if name != first_name {
                diagnostics.push(
                    Diagnostic::at(
                        span.clone(),
                        format!(
                            "the names `{first_name}` and `{name}` both become the variant `{variant}`"
                        ),
                    )
                    .note_at(first.clone(), format!("`{first_name}` is"))
                    .help("rename one of them; the old spelling can stay as an alias"),
                );
            }
        }
    }
}

/// A code as bytes that two codes share only when they are equal.
fn code_key(code: &Code) -> Vec<u8> {
    match code {
        Code::Int(code) => code.to_le_bytes().to_vec(),
        Code::Str(code) => [b"s".as_slice(), code.as_bytes()].concat(),
    }
}

/// The variant is a Rust name: it must not be a keyword.
pub(super) fn check_variant(variant: &str, name: &Sp<String>, diagnostics: &mut Vec<Diagnostic>) {
    if is_keyword(variant) {
        diagnostics.push(
            Diagnostic::at(
                name.span.clone(),
                format!(
                    "the name `{}` becomes the variant `{variant}`, which is a Rust keyword",
                    name.value
                ),
            )
            .help("choose another name and keep this one in `aliases`"),
        );
    }
}

/// `platforms = [...]`: each is a key of `platform_names` and of `platform_name()`, listed once.
pub(super) fn check_platforms(
    raw: Vec<Sp<String>>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<String> {
    let mut platforms: Vec<Sp<String>> = Vec::with_capacity(raw.len());
    for platform in raw {
        check_snake_case(&platform, SnakeCase::Platform, diagnostics);
        if let Some(first) = platforms.iter().find(|p| p.value == platform.value) {
            diagnostics.push(
                Diagnostic::at(
                    platform.span.clone(),
                    format!("the platform `{}` is listed twice", platform.value),
                )
                .note_at(first.span.clone(), "first listed")
                .help("list each platform once"),
            );
        } else {
            platforms.push(platform);
        }
    }
    platforms
        .into_iter()
        .map(|platform| platform.value)
        .collect()
}

/// `platform_names = { ios = "…" }`: each platform declared in `[catalog]`, each name spelt as
/// the platform spells its identifiers and unique across the catalog. Returned in the catalog's
/// order of platforms.
pub(super) fn check_platform_names(
    raw: Vec<(Sp<String>, Sp<String>)>,
    platforms: &[String],
    seen: &mut Seen,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<(String, String)> {
    for (platform, name) in &raw {
        if !platforms.contains(&platform.value) {
            let help = if platforms.is_empty() {
                format!(
                    "declare it in `[catalog]`, such as `platforms = [\"{}\"]`",
                    platform.value
                )
            } else {
                format!(
                    "use one of {}, or add it to `platforms` in `[catalog]`",
                    list(platforms.iter().map(String::as_str))
                )
            };
            diagnostics.push(
                Diagnostic::at(
                    platform.span.clone(),
                    format!("unknown platform `{}`", platform.value),
                )
                .help(help),
            );
        }
        check_platform_name(name, diagnostics);
        seen.name(name);
    }
    platforms
        .iter()
        .filter_map(|platform| {
            let (_, name) = raw.iter().find(|(each, _)| &each.value == platform)?;
            Some((platform.clone(), name.value.clone()))
        })
        .collect()
}

/// A platform name is an identifier of that platform's SDK (`AgoraChatErrorUserMuted`): ASCII
/// letters, digits and `_`, starting with a letter, which also keeps it a valid `doc(alias)`.
fn check_platform_name(name: &Sp<String>, diagnostics: &mut Vec<Diagnostic>) {
    let text = &name.value;
    if !is_ascii_word(text) {
        diagnostics.push(
            Diagnostic::at(
                name.span.clone(),
                format!("the platform name `{text}` is not an identifier"),
            )
            .help(
                "write it as the platform's SDK spells it: ASCII letters, digits and `_`, \
                 starting with a letter, such as `AgoraChatErrorUserMuted`",
            ),
        );
    }
}

/// Names become variants and are matched exactly, so they follow one spelling: by default
/// `SCREAMING_SNAKE_CASE`, starting with a letter.
pub(super) fn check_name(
    name: &Sp<String>,
    what: &str,
    style: NameStyle,
    diagnostics: &mut Vec<Diagnostic>,
) {
    if style == NameStyle::Any {
        return check_any_name(name, what, diagnostics);
    }
    let text = &name.value;
    if is_screaming_snake_case(text) {
        return;
    }
    let problem = if text.is_empty() {
        "is empty"
    } else if text.starts_with(|c: char| c.is_ascii_digit()) {
        "starts with a digit"
    } else if text.starts_with('_') || text.ends_with('_') {
        "starts or ends with `_`"
    } else if text.contains("__") {
        "contains `__`"
    } else if text.chars().any(|c| c.is_lowercase()) {
        "contains lowercase letters"
    } else if text.contains('-') {
        "contains `-`"
    } else if !text
        .chars()
        .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
    {
        "contains characters other than A-Z, 0-9 and `_`"
    } else {
        return;
    };
    let mut help = String::from("write names in SCREAMING_SNAKE_CASE, such as `USER_NOT_FOUND`");
    if let Some(suggestion) = screaming_snake_case(text) {
        help = format!("{help}: `{suggestion}`");
    }
    diagnostics.push(
        Diagnostic::at(
            name.span.clone(),
            format!("the {what} `{text}` is not SCREAMING_SNAKE_CASE: it {problem}"),
        )
        .help(help),
    );
}

/// `A-Z`, `0-9` and single `_` between words, starting with a letter: one pass over the bytes,
/// as every name of a catalog goes through it.
fn is_screaming_snake_case(text: &str) -> bool {
    let bytes = text.as_bytes();
    if !bytes.first().is_some_and(u8::is_ascii_uppercase) || bytes.ends_with(b"_") {
        return false;
    }
    let mut previous = 0;
    for &byte in bytes {
        let fits = match byte {
            b'A'..=b'Z' | b'0'..=b'9' => true,
            b'_' => previous != b'_',
            _ => false,
        };
        if !fits {
            return false;
        }
        previous = byte;
    }
    true
}

/// ASCII letters, digits and `_`, starting with a letter.
fn is_ascii_word(text: &str) -> bool {
    text.starts_with(|c: char| c.is_ascii_alphabetic())
        && text.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
}

/// `name_style = "any"`: ASCII letters, digits and `_`, starting with a letter.
fn check_any_name(name: &Sp<String>, what: &str, diagnostics: &mut Vec<Diagnostic>) {
    let text = &name.value;
    if !is_ascii_word(text) {
        diagnostics.push(
            Diagnostic::at(
                name.span.clone(),
                format!("the {what} `{text}` is not a name"),
            )
            .help(
                "with `name_style = \"any\"`, names are ASCII letters, digits and `_`, \
                 starting with a letter",
            ),
        );
    }
}

/// A best guess at what was meant, when there is one.
fn screaming_snake_case(text: &str) -> Option<String> {
    let upper = text.to_uppercase().replace('-', "_");
    let words: Vec<&str> = upper.split('_').filter(|word| !word.is_empty()).collect();
    let guess = words.join("_");
    let valid = guess.starts_with(|c: char| c.is_ascii_uppercase())
        && guess
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_');
    valid.then_some(guess)
}

pub(super) fn check_enum_name(name: &Sp<String>, diagnostics: &mut Vec<Diagnostic>) {
    if !is_identifier(&name.value) {
        diagnostics.push(
            Diagnostic::at(
                name.span.clone(),
                format!("`enum = {:?}` is not a Rust identifier", name.value),
            )
            .help("name the enum like a Rust type, such as \"ErrorCode\""),
        );
    }
}

/// An identifier as rustc lexes one (Unicode's XID rules), and not a keyword.
pub(crate) fn is_identifier(text: &str) -> bool {
    let mut chars = text.chars();
    let starts_well = chars
        .next()
        .is_some_and(|first| first == '_' || unicode_ident::is_xid_start(first));
    starts_well && chars.all(unicode_ident::is_xid_continue) && text != "_" && !is_keyword(text)
}

pub(crate) fn is_keyword(word: &str) -> bool {
    // Every keyword but `Self` is lowercase, and variants start in uppercase.
    if word != "Self" && !word.starts_with(|c: char| c.is_ascii_lowercase()) {
        return false;
    }
    const KEYWORDS: &[&str] = &[
        "Self", "abstract", "as", "async", "await", "become", "box", "break", "const", "continue",
        "crate", "do", "dyn", "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if",
        "impl", "in", "let", "loop", "macro", "match", "mod", "move", "mut", "override", "priv",
        "pub", "ref", "return", "self", "static", "struct", "super", "trait", "true", "try",
        "type", "typeof", "unsafe", "unsized", "use", "virtual", "where", "while", "yield",
    ];
    KEYWORDS.contains(&word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identifiers_and_keywords() {
        assert!(is_identifier("ErrorCode"));
        assert!(is_identifier("错误码"));
        for bad in [
            "",
            "_",
            "1Code",
            "Error Code",
            "Error-Code",
            "enum",
            "Self",
            "r#x",
        ] {
            assert!(!is_identifier(bad), "{bad:?} accepted");
        }
    }

    #[test]
    fn suggestions_for_badly_spelt_names() {
        assert_eq!(
            screaming_snake_case("user-not__found").as_deref(),
            Some("USER_NOT_FOUND")
        );
        assert_eq!(screaming_snake_case("1ABC"), None);
    }
}
