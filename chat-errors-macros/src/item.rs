//! The item under `#[catalog("…")]`, read token by token: outer attributes, a visibility, `enum`,
//! a name and empty braces. Anything else is an error at its own span, so a user sees what to
//! change where they wrote it.

use proc_macro::{Delimiter, Group, Span, TokenStream, TokenTree};

/// An enum declared for a catalog: `#[derive(…)] pub(crate) enum ShopError {}`.
pub(crate) struct Declared {
    /// The outer attributes, doc comments included, as written.
    pub attributes: TokenStream,
    /// The visibility, as written; empty for a private enum.
    pub vis: TokenStream,
    /// The `enum` keyword, as written.
    pub keyword: TokenTree,
    /// The name, with its span: "go to definition" lands on it.
    pub name: proc_macro::Ident,
}

/// A problem with the item, and where it is.
pub(crate) struct Problem {
    pub span: Span,
    pub message: String,
}

/// What the generated enum implements itself: a derive of one of these would conflict.
const IMPLEMENTED: &[&str] = &[
    "Clone",
    "Copy",
    "PartialEq",
    "Eq",
    "Hash",
    "PartialOrd",
    "Ord",
    "Debug",
];

/// Reads the item. A problem that leaves the name known comes back with the item read so far,
/// so the expansion still defines the enum and the user's code shows no follow-on errors.
pub(crate) fn read(item: TokenStream) -> Result<Declared, (Vec<Problem>, Option<Declared>)> {
    let mut problems = Vec::new();
    let mut tokens = item.into_iter().peekable();
    let mut attributes = TokenStream::new();
    while let Some(TokenTree::Punct(pound)) = tokens.peek() {
        if pound.as_char() != '#' {
            break;
        }
        let pound = tokens.next().expect("peeked");
        let Some(TokenTree::Group(body)) = tokens.next() else {
            problems.push(problem(pound.span(), "expected an attribute after `#`"));
            return Err((problems, None));
        };
        // An attribute that would conflict is reported and left out, so rustc adds no errors.
        if let Some(body) = check_attribute(body, &mut problems) {
            attributes.extend([pound, TokenTree::Group(body)]);
        }
    }
    let mut vis = TokenStream::new();
    if let Some(TokenTree::Ident(word)) = tokens.peek() {
        if word.to_string() == "pub" {
            vis.extend(tokens.next());
            if let Some(TokenTree::Group(scope)) = tokens.peek() {
                if scope.delimiter() == Delimiter::Parenthesis {
                    vis.extend(tokens.next());
                }
            }
        }
    }
    let keyword = match tokens.next() {
        Some(TokenTree::Ident(word)) if word.to_string() == "enum" => TokenTree::Ident(word),
        Some(other) => {
            let what = match other.to_string().as_str() {
                "struct" => "a struct",
                "union" => "a union",
                "fn" => "a function",
                "type" => "a type alias",
                "mod" => "a module",
                _ => "this",
            };
            problems.push(problem(
                other.span(),
                &format!(
                    "`#[catalog]` generates an enum, not {what}: declare `enum Name {{}}`, and \
                     the catalog gives its variants"
                ),
            ));
            return Err((problems, None));
        }
        None => {
            problems.push(problem(
                Span::call_site(),
                "`#[catalog]` goes on an enum: `pub enum ShopError {}`",
            ));
            return Err((problems, None));
        }
    };
    let name = match tokens.next() {
        Some(TokenTree::Ident(name)) => name,
        other => {
            let span = other.map_or(keyword.span(), |token| token.span());
            problems.push(problem(span, "expected the enum's name after `enum`"));
            return Err((problems, None));
        }
    };
    let declared = Declared {
        attributes,
        vis,
        keyword,
        name,
    };
    match tokens.next() {
        Some(TokenTree::Group(body)) if body.delimiter() == Delimiter::Brace => {
            if let Some(first) = body.stream().into_iter().next() {
                problems.push(problem(
                    first.span(),
                    "the variants come from the catalog: leave the braces empty, as in \
                     `enum ShopError {}`",
                ));
            }
        }
        Some(TokenTree::Punct(open)) if open.as_char() == '<' => {
            problems.push(problem(
                open.span(),
                "a catalog's enum has no generics: remove them",
            ));
            // The parameters, up to the braces, are the same mistake.
            for token in tokens.by_ref() {
                if matches!(&token, TokenTree::Group(body) if body.delimiter() == Delimiter::Brace)
                {
                    break;
                }
            }
        }
        Some(TokenTree::Ident(word)) if word.to_string() == "where" => problems.push(problem(
            word.span(),
            "a catalog's enum has no `where` clause: remove it",
        )),
        Some(other) => problems.push(problem(other.span(), "expected `{}` after the enum's name")),
        None => problems.push(problem(
            declared.name.span(),
            "expected `{}` after the enum's name",
        )),
    }
    if let Some(extra) = tokens.next() {
        problems.push(problem(extra.span(), "unexpected tokens after the enum"));
    }
    if problems.is_empty() {
        Ok(declared)
    } else {
        Err((problems, Some(declared)))
    }
}

/// A derive of a trait the enum implements itself, or a `repr` (the catalog's code type gives
/// it), would conflict with the expansion: say so at the attribute, and give back the attribute
/// without it (`None` for none left).
fn check_attribute(attribute: Group, problems: &mut Vec<Problem>) -> Option<Group> {
    let mut tokens = attribute.stream().into_iter();
    let Some(TokenTree::Ident(name)) = tokens.next() else {
        return Some(attribute);
    };
    match name.to_string().as_str() {
        "repr" => {
            problems.push(problem(
                name.span(),
                "the catalog's code type gives the enum its `repr`: remove this one (set \
                 `code_type` in the catalog instead)",
            ));
            None
        }
        "derive" => {
            let Some(TokenTree::Group(list)) = tokens.next() else {
                return Some(attribute);
            };
            // Each derived path, split at commas; the last identifier of a path names its trait.
            let mut kept = TokenStream::new();
            let mut path: Vec<TokenTree> = Vec::new();
            for token in list.stream().into_iter().chain(std::iter::once(comma())) {
                if !matches!(&token, TokenTree::Punct(punct) if punct.as_char() == ',') {
                    path.push(token);
                    continue;
                }
                let last = path.iter().rev().find_map(|token| match token {
                    TokenTree::Ident(ident) => Some(ident.clone()),
                    _ => None,
                });
                match last {
                    Some(ident) if IMPLEMENTED.contains(&ident.to_string().as_str()) => {
                        problems.push(problem(
                            ident.span(),
                            &format!(
                                "the enum implements `{ident}` already: remove it from the derive"
                            ),
                        ));
                    }
                    _ if path.is_empty() => {}
                    _ => {
                        kept.extend(path.drain(..));
                        kept.extend([comma()]);
                    }
                }
                path.clear();
            }
            let mut list = Group::new(Delimiter::Parenthesis, kept);
            list.set_span(attribute.span());
            let mut rebuilt = Group::new(
                Delimiter::Bracket,
                [TokenTree::Ident(name), TokenTree::Group(list)]
                    .into_iter()
                    .collect(),
            );
            rebuilt.set_span(attribute.span());
            Some(rebuilt)
        }
        _ => Some(attribute),
    }
}

fn comma() -> TokenTree {
    TokenTree::Punct(proc_macro::Punct::new(',', proc_macro::Spacing::Alone))
}

fn problem(span: Span, message: &str) -> Problem {
    Problem {
        span,
        message: message.to_owned(),
    }
}
