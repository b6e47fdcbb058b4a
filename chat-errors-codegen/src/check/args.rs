//! Arguments: each declared with a name and a type, and used by the entry's texts as `{name}`.
//! Every language's description uses exactly the declared set, so a message renders the same
//! facts in any language; causes and notes may use any of them.

use crate::diag::{Diagnostic, list};
use crate::load::{RawText, Sp, Text};
use crate::model::{Arg, IntType, ItemType};
use crate::template::{self, Piece, Problem};

use super::names::{is_identifier, is_keyword};

/// The declared arguments that are valid: a Rust identifier each, of a known type.
pub(super) fn check_declared(
    raw: &[(Sp<String>, Sp<String>)],
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<Arg> {
    let mut args = Vec::with_capacity(raw.len());
    for (name, ty) in raw {
        let valid = is_identifier(&name.value);
        if !valid {
            let problem = if is_keyword(&name.value) {
                "is a Rust keyword"
            } else {
                "is not a Rust identifier"
            };
            diagnostics.push(
                Diagnostic::at(
                    name.span.clone(),
                    format!("the argument name `{}` {problem}", name.value),
                )
                .help("arguments become the fields of the entry's struct: name them as fields are named, such as `balance`"),
            );
        }
        let item = match ty.value.as_str() {
            "string" => Some(ItemType::String),
            "bool" => Some(ItemType::Bool),
            other => IntType::from_name(other).map(ItemType::Int),
        };
        let Some(item) = item else {
            let types = ["string", "bool"]
                .into_iter()
                .chain(IntType::ALL.iter().map(|int| int.name()));
            diagnostics.push(
                Diagnostic::at(
                    ty.span.clone(),
                    format!("unknown argument type `{}`", ty.value),
                )
                .help(format!("use one of {}", list(types))),
            );
            continue;
        };
        if valid {
            args.push(Arg {
                name: name.value.clone(),
                ty: item,
            });
        }
    }
    args
}

/// The placeholders of every text of an entry that declares `declared` arguments, of which
/// `valid` passed their own checks (only those must be used). `texts` are what the entry says,
/// each with how a message names it (`description`, `cause`, `note`).
pub(super) fn check_templates(
    declared: &[(Sp<String>, Sp<String>)],
    valid: &[Arg],
    default_language: &str,
    texts: [(&str, Option<&Sp<RawText>>); 3],
    diagnostics: &mut Vec<Diagnostic>,
) {
    let names: Vec<&str> = declared
        .iter()
        .map(|(name, _)| name.value.as_str())
        .collect();
    for (what, raw) in texts {
        let Some(raw) = raw else { continue };
        for (language, text) in languages(raw, default_language) {
            let Some(pieces) = parsed(text, language, what, diagnostics) else {
                continue;
            };
            for piece in &pieces {
                if let Piece::Arg { name, at } = piece {
                    if !names.contains(&name.as_str()) {
                        diagnostics.push(undeclared(
                            name,
                            text.place(at.clone()),
                            language,
                            what,
                            &names,
                        ));
                    }
                }
            }
            if what != "description" {
                continue;
            }
            let used = template::names(&pieces);
            let unused = declared.iter().filter(|(name, _)| {
                !used.contains(&name.value.as_str())
                    && valid.iter().any(|arg| arg.name == name.value)
            });
            for (name, _) in unused {
                diagnostics.push(if language == default_language {
                    Diagnostic::at(
                        name.span.clone(),
                        format!(
                            "the argument `{}` is declared, but the `{language}` description does not use it",
                            name.value
                        ),
                    )
                    .help(format!(
                        "put `{{{}}}` in the description where its value goes, or remove it from `args`",
                        name.value
                    ))
                } else {
                    Diagnostic::at(
                        text.span.clone(),
                        format!("the `{language}` description lacks the argument `{{{}}}`", name.value),
                    )
                    .note_at(name.span.clone(), "it is declared")
                    .help("every language's description shows every argument, so a message renders the same facts in each: add it to this translation")
                });
            }
        }
    }
}

/// Each language of a text with its string; a plain string is the default language's.
fn languages<'a>(raw: &'a Sp<RawText>, default_language: &'a str) -> Vec<(&'a str, &'a Text)> {
    match &raw.value {
        RawText::Plain(text) => vec![(default_language, text)],
        RawText::Languages(languages) => languages
            .iter()
            .map(|(language, text)| (language.value.as_str(), text))
            .collect(),
    }
}

/// The pieces of a text, or `None` after reporting why it is no template.
fn parsed(
    text: &Text,
    language: &str,
    what: &str,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Vec<Piece>> {
    let problem = match template::parse(&text.value) {
        Ok(pieces) => return Some(pieces),
        Err(problem) => problem,
    };
    let at = text.place(problem.at());
    let diagnostic = match problem {
        Problem::Unclosed { .. } => Diagnostic::at(
            at,
            format!("the `{language}` {what} has a `{{` that no `}}` closes"),
        )
        .help("write `{{` for a brace in the text, or close the argument's name: `{name}`"),
        Problem::Unopened { .. } => Diagnostic::at(
            at,
            format!("the `{language}` {what} has a `}}` that closes nothing"),
        )
        .help("write `}}` for a brace in the text"),
        Problem::NotAName { inside, .. } => Diagnostic::at(
            at,
            format!("`{{{inside}}}` in the `{language}` {what} is not an argument"),
        )
        .help("an argument is written `{name}`, by the name it is declared with in `args`: no positions, no format specs; write `{{` and `}}` for braces"),
    };
    diagnostics.push(diagnostic);
    None
}

fn undeclared(
    name: &str,
    at: core::ops::Range<usize>,
    language: &str,
    what: &str,
    declared: &[&str],
) -> Diagnostic {
    let diagnostic = Diagnostic::at(
        at,
        format!("the `{language}` {what} uses `{{{name}}}`, which the entry does not declare"),
    );
    match nearest(name, declared) {
        Some(nearest) => diagnostic.help(format!("did you mean `{{{nearest}}}`?")),
        None if declared.is_empty() => {
            diagnostic.help("declare it in the entry's `args`, or write `{{` and `}}` for braces")
        }
        None => diagnostic.help(format!(
            "the entry declares {}: use one of them, or declare it in `args`",
            list(declared.iter().copied())
        )),
    }
}

/// The declared name closest to `name`, when one is close: at most a third of it edited.
pub(super) fn nearest<'a>(name: &str, declared: &[&'a str]) -> Option<&'a str> {
    declared
        .iter()
        .map(|each| (edits(name, each), *each))
        .filter(|(edits, each)| *edits <= each.chars().count().max(3) / 3)
        .min_by_key(|(edits, _)| *edits)
        .map(|(_, each)| each)
}

/// Levenshtein distance, in characters.
fn edits(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, a) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, &b) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (above + 1)
                .min(row[j] + 1)
                .min(diagonal + usize::from(a != b));
            diagonal = above;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_nearest_name_is_suggested_when_it_is_near() {
        assert_eq!(edits("balance", "balnce"), 1);
        assert_eq!(nearest("balnce", &["balance", "price"]), Some("balance"));
        assert_eq!(nearest("prise", &["balance", "price"]), Some("price"));
        assert_eq!(nearest("total", &["balance", "price"]), None);
    }
}
