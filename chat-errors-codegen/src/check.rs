//! Raw entries → a validated [`Catalog`]. Every problem is collected, so one build reports them all.

use std::collections::HashMap;
use std::ops::Range;

use crate::diag::{Diagnostic, list};
use crate::load::{RawCatalog, RawEntry, RawGroup, RawText, Sp};
use crate::model::{Catalog, Entry, Flag, Group, Texts, upper_camel_case};

pub(crate) const DEFAULT_ENUM: &str = "ErrorCode";
const DEFAULT_LANGUAGE: &str = "en";

pub(crate) fn check(raw: RawCatalog, diagnostics: &mut Vec<Diagnostic>) -> Option<Catalog> {
    let errors_before = diagnostics.len();
    let enum_name = match raw.enum_name {
        Some(name) => {
            check_enum_name(&name, diagnostics);
            name.value
        }
        None => DEFAULT_ENUM.to_owned(),
    };
    let default_language = match raw.default_language {
        Some(language) => {
            if language.value.is_empty() {
                diagnostics.push(
                    Diagnostic::at(language.span, "`default_language` is empty")
                        .help("name the language tag of the texts, such as \"en\" or \"zh\""),
                );
            }
            language.value
        }
        None => DEFAULT_LANGUAGE.to_owned(),
    };
    let link_base = raw.link_base.and_then(|base| {
        if scheme_length(&base.value).is_none() {
            diagnostics.push(
                Diagnostic::at(base.span, "`link_base` must be an absolute URL")
                    .help("write it with its scheme, such as \"https://docs.example.com/\""),
            );
            return None;
        }
        Some(base.value)
    });
    if !raw.has_entries {
        diagnostics.push(Diagnostic::whole_file("the catalog has no entries").help(
            "add at least one `[[error]]` entry with a `code`, a `name` and a `description`",
        ));
    }

    let flags: Vec<Flag> = raw
        .flags
        .into_iter()
        .map(|(name, meaning)| {
            check_snake_case(&name, "flag", diagnostics);
            Flag {
                name: name.value,
                meaning,
            }
        })
        .collect();
    let groups = check_groups(raw.groups, diagnostics);

    let texts = TextRules {
        default_language: &default_language,
        link_base: link_base.as_deref(),
    };
    let mut seen = Seen::default();
    let mut languages = vec![default_language.clone()];
    let mut entries = Vec::with_capacity(raw.entries.len());
    for RawEntry {
        code,
        name,
        description,
        cause,
        aliases,
        deprecated,
        group,
        flags: entry_flags,
    } in raw.entries
    {
        seen.code(&code, diagnostics);
        for (each, what) in
            core::iter::once((&name, "name")).chain(aliases.iter().map(|a| (a, "alias")))
        {
            check_name(each, what, diagnostics);
            seen.name(each, diagnostics);
        }
        let variant = upper_camel_case(&name.value);
        if is_keyword(&variant) {
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
        seen.variant(&variant, &name, diagnostics);
        let description = texts.resolve(description, "description", diagnostics);
        let cause = cause.map(|cause| texts.resolve(cause, "cause", diagnostics));
        for (language, _) in description.0.iter().chain(cause.iter().flat_map(|c| &c.0)) {
            if !languages.contains(language) {
                languages.push(language.clone());
            }
        }
        let group = check_membership(&name, group, &groups, diagnostics);
        let entry_flags = check_entry_flags(entry_flags, &flags, diagnostics);
        entries.push(Entry {
            code: code.value,
            name: name.value,
            variant,
            description,
            cause,
            aliases: aliases.into_iter().map(|alias| alias.value).collect(),
            deprecated: deprecated.map(|note| note.value),
            group,
            flags: entry_flags,
        });
    }
    (diagnostics.len() == errors_before).then(|| Catalog {
        enum_name,
        default_language,
        languages,
        doc: raw.doc.map(|doc| doc.value),
        flags,
        groups,
        entries,
    })
}

fn check_groups(raw: Vec<RawGroup>, diagnostics: &mut Vec<Diagnostic>) -> Vec<Group> {
    let mut first_by_variant: HashMap<String, Range<usize>> = HashMap::new();
    let mut groups = Vec::with_capacity(raw.len());
    for RawGroup { name, title, doc } in raw {
        check_snake_case(&name, "group", diagnostics);
        let variant = upper_camel_case(&name.value);
        if let Some(first) = first_by_variant.get(&variant) {
            diagnostics.push(
                Diagnostic::at(
                    name.span.clone(),
                    format!("duplicate group `{}`", name.value),
                )
                .note_at(
                    first.clone(),
                    format!("the group `{variant}` is first defined"),
                )
                .help("give every group its own name"),
            );
            continue;
        }
        first_by_variant.insert(variant.clone(), name.span.clone());
        groups.push(Group {
            name: name.value,
            variant,
            title,
            doc,
        });
    }
    groups
}

/// With groups declared, every entry names one of them: the docs are ordered by group and
/// `group()` returns one for every code.
fn check_membership(
    entry: &Sp<String>,
    group: Option<Sp<String>>,
    groups: &[Group],
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<String> {
    let names = || list(groups.iter().map(|group| group.name.as_str()));
    match group {
        None if !groups.is_empty() => {
            diagnostics.push(
                Diagnostic::at(
                    entry.span.clone(),
                    format!("`{}` has no `group`", entry.value),
                )
                .help(format!(
                    "the catalog declares groups, so every entry names one of {}",
                    names()
                )),
            );
            None
        }
        None => None,
        Some(group) if groups.iter().any(|known| known.name == group.value) => Some(group.value),
        Some(group) => {
            let help = if groups.is_empty() {
                "declare it under `[[catalog.groups]]` with a `name` and a `title`".to_owned()
            } else {
                format!(
                    "use one of {}, or declare it under `[[catalog.groups]]`",
                    names()
                )
            };
            diagnostics.push(
                Diagnostic::at(group.span, format!("unknown group `{}`", group.value)).help(help),
            );
            None
        }
    }
}

fn check_entry_flags(
    entry_flags: Vec<Sp<String>>,
    flags: &[Flag],
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<String> {
    for (index, flag) in entry_flags.iter().enumerate() {
        if !flags.iter().any(|known| known.name == flag.value) {
            let help = if flags.is_empty() {
                "declare it under `[catalog.flags]` with its meaning, such as `retryable = \"…\"`"
                    .to_owned()
            } else {
                format!(
                    "use one of {}, or declare it under `[catalog.flags]`",
                    list(flags.iter().map(|flag| flag.name.as_str()))
                )
            };
            diagnostics.push(
                Diagnostic::at(flag.span.clone(), format!("unknown flag `{}`", flag.value))
                    .help(help),
            );
        } else if let Some(first) = entry_flags[..index]
            .iter()
            .find(|earlier| earlier.value == flag.value)
        {
            diagnostics.push(
                Diagnostic::at(
                    flag.span.clone(),
                    format!("the flag `{}` is listed twice", flag.value),
                )
                .note_at(first.span.clone(), "first listed")
                .help("list each flag once"),
            );
        }
    }
    // Catalog order, so the same set of flags always reads the same.
    flags
        .iter()
        .filter(|flag| entry_flags.iter().any(|set| set.value == flag.name))
        .map(|flag| flag.name.clone())
        .collect()
}

/// Flag and group names become method and variant names: `snake_case`, starting with a letter.
fn check_snake_case(name: &Sp<String>, what: &str, diagnostics: &mut Vec<Diagnostic>) {
    let text = &name.value;
    let example = if what == "flag" {
        "needs_login"
    } else {
        "chat_room"
    };
    let valid = text.starts_with(|c: char| c.is_ascii_lowercase())
        && !text.ends_with('_')
        && !text.contains("__")
        && text
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
    if !valid {
        diagnostics.push(
            Diagnostic::at(
                name.span.clone(),
                format!("the {what} name `{text}` is not snake_case"),
            )
            .help(format!(
                "write {what} names in snake_case, such as `{example}`"
            )),
        );
    }
}

/// Where each code, name and variant was first written, so a duplicate can point back to it.
#[derive(Default)]
struct Seen {
    codes: HashMap<i32, Range<usize>>,
    names: HashMap<String, Range<usize>>,
    variants: HashMap<String, (String, Range<usize>)>,
}

impl Seen {
    fn code(&mut self, code: &Sp<i32>, diagnostics: &mut Vec<Diagnostic>) {
        if let Some(first) = self.codes.get(&code.value) {
            diagnostics.push(
                Diagnostic::at(code.span.clone(), format!("duplicate code {}", code.value))
                    .note_at(first.clone(), "first defined")
                    .help("a code is never reused: give this entry a new code, or merge the two"),
            );
        } else {
            self.codes.insert(code.value, code.span.clone());
        }
    }

    /// Names and aliases share one namespace: `from_name` must lead to one entry.
    fn name(&mut self, name: &Sp<String>, diagnostics: &mut Vec<Diagnostic>) {
        if let Some(first) = self.names.get(&name.value) {
            diagnostics.push(
                Diagnostic::at(
                    name.span.clone(),
                    format!("duplicate name `{}`", name.value),
                )
                .note_at(first.clone(), "first defined")
                .help("names and aliases must be unique across the catalog: rename or remove one"),
            );
        } else {
            self.names.insert(name.value.clone(), name.span.clone());
        }
    }

    fn variant(&mut self, variant: &str, name: &Sp<String>, diagnostics: &mut Vec<Diagnostic>) {
        match self.variants.get(variant) {
            // Two identical names are already reported as a duplicate name.
            Some((first_name, _)) if *first_name == name.value => {}
            Some((first_name, first)) => diagnostics.push(
                Diagnostic::at(
                    name.span.clone(),
                    format!(
                        "the names `{first_name}` and `{}` both become the variant `{variant}`",
                        name.value
                    ),
                )
                .note_at(first.clone(), format!("`{first_name}` is"))
                .help("rename one of them; the old spelling can stay as an alias"),
            ),
            None => {
                self.variants
                    .insert(variant.to_owned(), (name.value.clone(), name.span.clone()));
            }
        }
    }
}

/// Names become variants and are matched exactly, so they follow one spelling:
/// `SCREAMING_SNAKE_CASE`, starting with a letter.
fn check_name(name: &Sp<String>, what: &str, diagnostics: &mut Vec<Diagnostic>) {
    let text = &name.value;
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

fn check_enum_name(name: &Sp<String>, diagnostics: &mut Vec<Diagnostic>) {
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

fn is_keyword(word: &str) -> bool {
    const KEYWORDS: &[&str] = &[
        "Self", "abstract", "as", "async", "await", "become", "box", "break", "const", "continue",
        "crate", "do", "dyn", "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if",
        "impl", "in", "let", "loop", "macro", "match", "mod", "move", "mut", "override", "priv",
        "pub", "ref", "return", "self", "static", "struct", "super", "trait", "true", "try",
        "type", "typeof", "unsafe", "unsized", "use", "virtual", "where", "while", "yield",
    ];
    KEYWORDS.contains(&word)
}

struct TextRules<'a> {
    default_language: &'a str,
    link_base: Option<&'a str>,
}

impl TextRules<'_> {
    fn resolve(&self, text: Sp<RawText>, what: &str, diagnostics: &mut Vec<Diagnostic>) -> Texts {
        let pairs = match text.value {
            RawText::Plain(plain) => vec![(self.default_language.to_owned(), plain)],
            RawText::Languages(languages) => {
                if !languages
                    .iter()
                    .any(|(language, _)| language.value == self.default_language)
                {
                    diagnostics.push(
                        Diagnostic::at(
                            text.span.clone(),
                            format!(
                                "this {what} has no text in the default language `{}`",
                                self.default_language
                            ),
                        )
                        .help(format!(
                            "add `{} = \"…\"`, or change `default_language` in `[catalog]`",
                            self.default_language
                        )),
                    );
                }
                languages
                    .into_iter()
                    .map(|(language, text)| (language.value, text))
                    .collect()
            }
        };
        Texts(
            pairs
                .into_iter()
                .map(|(language, text)| (language, self.absolute_links(text)))
                .collect(),
        )
    }

    /// `[text](./page)` → `[text](<link_base>page)`: texts are read away from the site they were
    /// written for, where a relative link leads nowhere.
    fn absolute_links(&self, text: String) -> String {
        let Some(base) = self.link_base else {
            return text;
        };
        let mut out = String::with_capacity(text.len());
        let mut rest = text.as_str();
        while let Some(at) = rest.find("](") {
            let (before, after) = rest.split_at(at + 2);
            out.push_str(before);
            let target_end = after.find(')').unwrap_or(after.len());
            out.push_str(&resolve_link(base, &after[..target_end]));
            rest = &after[target_end..];
        }
        out.push_str(rest);
        out
    }
}

fn resolve_link(base: &str, target: &str) -> String {
    if target.is_empty() || target.starts_with('#') || scheme_length(target).is_some() {
        return target.to_owned();
    }
    if let Some(path) = target.strip_prefix('/') {
        let origin_end = scheme_length(base)
            .and_then(|scheme| base[scheme + 3..].find('/').map(|slash| scheme + 3 + slash))
            .unwrap_or(base.len());
        return format!("{}/{path}", &base[..origin_end]);
    }
    let directory = &base[..base.rfind('/').map_or(base.len(), |slash| slash + 1)];
    let directory = if directory.ends_with("://") {
        base
    } else {
        directory
    };
    let separator = if directory.ends_with('/') { "" } else { "/" };
    format!(
        "{directory}{separator}{}",
        target.strip_prefix("./").unwrap_or(target)
    )
}

/// Length of `scheme` in `scheme://…`, when `url` has one.
fn scheme_length(url: &str) -> Option<usize> {
    let end = url.find("://")?;
    let scheme = &url[..end];
    let valid = scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    valid.then_some(end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_links_resolve_against_the_base() {
        let base = "https://docs.agora.io/cn/agora-chat/";
        assert_eq!(
            resolve_link(base, "./enable_agora_chat?platform=Android#获取"),
            "https://docs.agora.io/cn/agora-chat/enable_agora_chat?platform=Android#获取"
        );
        assert_eq!(
            resolve_link(base, "limits"),
            "https://docs.agora.io/cn/agora-chat/limits"
        );
        assert_eq!(resolve_link(base, "/en/x"), "https://docs.agora.io/en/x");
        assert_eq!(resolve_link(base, "#top"), "#top");
        assert_eq!(
            resolve_link(base, "https://a.example/"),
            "https://a.example/"
        );
        assert_eq!(
            resolve_link("https://a.example", "x"),
            "https://a.example/x"
        );
    }

    #[test]
    fn only_link_targets_are_rewritten() {
        let rules = TextRules {
            default_language: "en",
            link_base: Some("https://d.example/chat/"),
        };
        assert_eq!(
            rules.absolute_links(
                "see [limits](./limits) and (./not-a-link) [x](https://o.example)".into()
            ),
            "see [limits](https://d.example/chat/limits) and (./not-a-link) [x](https://o.example)"
        );
    }

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
