//! A text that takes arguments: `{name}` where an argument goes, `{{` and `}}` for braces. Only
//! the texts of an entry that declares `args` are read this way; every other text is literal.

use core::ops::Range;

/// A piece of a template: literal text, or the place of an argument.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    /// Text as it is shown, braces unescaped.
    Text(String),
    /// `{name}`, and where it is in the template's text (bytes).
    Arg { name: String, at: Range<usize> },
}

/// What is wrong with a template, and where in its text (bytes).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// A `{` that no `}` closes.
    Unclosed { at: usize },
    /// A `}` that closes nothing and is not doubled.
    Unopened { at: usize },
    /// `{…}` whose inside is not an argument's name: empty, a position (`{0}`) or a format spec
    /// (`{price:>8}`).
    NotAName { at: Range<usize>, inside: String },
}

impl Problem {
    /// Where it is in the template's text (bytes).
    pub fn at(&self) -> Range<usize> {
        match self {
            Problem::Unclosed { at } | Problem::Unopened { at } => *at..*at + 1,
            Problem::NotAName { at, .. } => at.clone(),
        }
    }
}

/// The pieces of `text`, or its first problem.
pub fn parse(text: &str) -> Result<Vec<Piece>, Problem> {
    let mut pieces = Vec::new();
    let mut literal = String::new();
    let mut rest = text.char_indices().peekable();
    while let Some((at, c)) = rest.next() {
        match c {
            '{' if rest.peek().is_some_and(|&(_, next)| next == '{') => {
                rest.next();
                literal.push('{');
            }
            '}' if rest.peek().is_some_and(|&(_, next)| next == '}') => {
                rest.next();
                literal.push('}');
            }
            '}' => return Err(Problem::Unopened { at }),
            '{' => {
                let close = text[at..].find('}').map(|close| at + close);
                let Some(close) = close.filter(|&close| !text[at + 1..close].contains('{')) else {
                    return Err(Problem::Unclosed { at });
                };
                let inside = &text[at + 1..close];
                if !is_name(inside) {
                    return Err(Problem::NotAName {
                        at: at..close + 1,
                        inside: inside.to_owned(),
                    });
                }
                if !literal.is_empty() {
                    pieces.push(Piece::Text(core::mem::take(&mut literal)));
                }
                pieces.push(Piece::Arg {
                    name: inside.to_owned(),
                    at: at..close + 1,
                });
                while rest.peek().is_some_and(|&(next, _)| next <= close) {
                    rest.next();
                }
            }
            c => literal.push(c),
        }
    }
    if !literal.is_empty() {
        pieces.push(Piece::Text(literal));
    }
    Ok(pieces)
}

/// What may stand between braces: an identifier's characters. Whether it is a declared argument,
/// and a valid one, is for the check to say.
fn is_name(inside: &str) -> bool {
    inside
        .chars()
        .next()
        .is_some_and(|first| first == '_' || unicode_ident::is_xid_start(first))
        && inside.chars().all(unicode_ident::is_xid_continue)
}

/// The names a template uses, each once, in the order they first appear.
pub fn names(pieces: &[Piece]) -> Vec<&str> {
    let mut names: Vec<&str> = Vec::new();
    for piece in pieces {
        if let Piece::Arg { name, .. } = piece {
            if !names.contains(&name.as_str()) {
                names.push(name);
            }
        }
    }
    names
}

/// The text with each argument's value written in its place; an argument `value` has none of
/// stays `{name}`.
pub fn render(pieces: &[Piece], value: impl Fn(&str) -> Option<String>) -> String {
    let mut out = String::new();
    for piece in pieces {
        match piece {
            Piece::Text(text) => out.push_str(text),
            Piece::Arg { name, .. } => match value(name) {
                Some(value) => out.push_str(&value),
                None => {
                    out.push('{');
                    out.push_str(name);
                    out.push('}');
                }
            },
        }
    }
    out
}

/// Whether `query` could be part of a rendering of the template, as a line of a log shows it: its
/// literal text as written, ignoring case, and each argument standing for any value that
/// `accepts(name, char)` allows character by character. The part must meet a letter or digit of
/// the literal text, so a value alone (`30`) finds no template.
pub fn renders_part(pieces: &[Piece], accepts: impl Fn(&str, char) -> bool, query: &str) -> bool {
    enum Token<'p> {
        Char(char),
        Value(&'p str),
    }
    let tokens: Vec<Token> = pieces
        .iter()
        .flat_map(|piece| -> Vec<Token> {
            match piece {
                Piece::Text(text) => text.to_lowercase().chars().map(Token::Char).collect(),
                Piece::Arg { name, .. } => vec![Token::Value(name)],
            }
        })
        .collect();
    let query = query.trim().to_lowercase();
    if query.is_empty() {
        return false;
    }
    // A state is the next token and whether the literal text's letters or digits were met; a
    // part may begin at any token, inside a value too.
    let states = tokens.len() + 1;
    let mut now = vec![[true, false]; states];
    for c in query.chars() {
        // A value may end before any character.
        for at in 0..tokens.len() {
            if matches!(tokens[at], Token::Value(_)) {
                let [unmet, met] = now[at];
                now[at + 1][0] |= unmet;
                now[at + 1][1] |= met;
            }
        }
        let mut next = vec![[false, false]; states];
        for (at, token) in tokens.iter().enumerate() {
            for met in 0..2 {
                if !now[at][met] {
                    continue;
                }
                match token {
                    Token::Char(expected) if *expected == c => {
                        next[at + 1][usize::from(met == 1 || c.is_alphanumeric())] = true;
                    }
                    Token::Value(name) if accepts(name, c) => next[at][met] = true,
                    _ => {}
                }
            }
        }
        now = next;
    }
    now.iter().any(|state| state[1])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(text: &str) -> Piece {
        Piece::Text(text.to_owned())
    }

    #[test]
    fn placeholders_and_escaped_braces() {
        let pieces = parse("The balance {balance} is below {{price}} {price}.").unwrap();
        assert_eq!(
            pieces,
            [
                text("The balance "),
                Piece::Arg {
                    name: "balance".into(),
                    at: 12..21
                },
                text(" is below {price} "),
                Piece::Arg {
                    name: "price".into(),
                    at: 41..48
                },
                text("."),
            ]
        );
        assert_eq!(names(&pieces), ["balance", "price"]);
        assert_eq!(
            render(&pieces, |name| (name == "price").then(|| "50".to_owned())),
            "The balance {balance} is below {price} 50."
        );
        assert_eq!(parse("{{}}").unwrap(), [text("{}")]);
        assert_eq!(parse("").unwrap(), []);
        assert_eq!(
            parse("余额 {余额}").unwrap()[1],
            Piece::Arg {
                name: "余额".into(),
                at: 7..15
            }
        );
    }

    #[test]
    fn what_is_not_a_template() {
        assert_eq!(parse("a { b").unwrap_err(), Problem::Unclosed { at: 2 });
        assert_eq!(parse("a {b {c}").unwrap_err(), Problem::Unclosed { at: 2 });
        assert_eq!(parse("a } b").unwrap_err(), Problem::Unopened { at: 2 });
        assert_eq!(parse("{b}}").unwrap_err(), Problem::Unopened { at: 3 });
        for (template, inside) in [
            ("{}", ""),
            ("{0}", "0"),
            ("{price:>8}", "price:>8"),
            ("{a b}", "a b"),
        ] {
            assert_eq!(
                parse(template).unwrap_err(),
                Problem::NotAName {
                    at: 0..template.len(),
                    inside: inside.into()
                },
                "{template}"
            );
        }
    }

    #[test]
    fn a_part_of_a_rendering_finds_its_template() {
        let pieces = parse("The balance {balance} is below the price {price}.").unwrap();
        let digits = |_: &str, c: char| c.is_ascii_digit();
        let found = |query| renders_part(&pieces, digits, query);
        assert!(found("The balance 30 is below the price 50."));
        assert!(found("balance 30 is BELOW"));
        assert!(found("30 is below the price 5"), "a value cut short");
        assert!(found("the price"), "literal text alone");
        assert!(
            !found("The balance thirty is below"),
            "not a value of the type"
        );
        assert!(!found("30"), "a value alone");
        assert!(!found("The balance 30 is above"));
        assert!(!found(""));
        let text = parse("{who} owes {amount}").unwrap();
        let any = |_: &str, _: char| true;
        assert!(renders_part(&text, any, "Alice Smith owes 3"));
        assert!(!renders_part(&text, any, "Alice Smith"), "a value alone");
    }
}
