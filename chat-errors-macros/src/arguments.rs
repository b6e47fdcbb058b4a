//! The macros' arguments: the catalog's path, read by hand from its string literal, and the path
//! of the runtime crate.

use proc_macro::{Delimiter, Span, TokenStream, TokenTree};

use crate::emit::parse;

/// The runtime crate's path when nothing names it: the `chat-errors` dependency, unrenamed.
const DEFAULT_RUNTIME: &str = "::chat_errors";

/// `"catalog.toml"`, then an optional `crate = "path"`: the catalog's path with its span, and the
/// path of the `chat-errors` crate.
#[allow(clippy::type_complexity)]
pub(crate) fn attribute(
    arguments: TokenStream,
) -> Result<((String, Span), TokenStream), (Span, String)> {
    let usage = "expected the catalog's path relative to Cargo.toml, such as \
                 #[catalog(\"errors.toml\")], optionally followed by crate = \"path\"";
    let mut tokens: Vec<TokenTree> = arguments.into_iter().collect();
    let mut runtime = parse(DEFAULT_RUNTIME);
    if let Some(comma) = tokens
        .iter()
        .position(|token| matches!(token, TokenTree::Punct(punct) if punct.as_char() == ','))
    {
        let rest: Vec<TokenTree> = tokens.split_off(comma);
        match &rest[..] {
            [
                _,
                TokenTree::Ident(key),
                TokenTree::Punct(equals),
                TokenTree::Literal(value),
            ] if key.to_string() == "crate" && equals.as_char() == '=' => {
                let Some(path) = string_value(&value.to_string()) else {
                    return Err((value.span(), usage.to_owned()));
                };
                runtime = parse(&path);
            }
            [comma, ..] => {
                return Err((
                    rest.get(1).map_or(comma.span(), TokenTree::span),
                    usage.to_owned(),
                ));
            }
            [] => {}
        }
    }
    let literal = tokens.into_iter().collect::<TokenStream>();
    let path = path(literal).map_err(|span| (span, usage.to_owned()))?;
    Ok((path, runtime))
}

/// `@runtime($crate) …`, as `chat_errors::agora_errors!` calls the macro: the path of the runtime
/// crate, which the expansion calls, and the rest of the input. Without it, `::chat_errors`.
pub(crate) fn runtime_crate(input: TokenStream) -> (TokenStream, TokenStream) {
    let mut tokens = input.clone().into_iter();
    match (tokens.next(), tokens.next(), tokens.next()) {
        (
            Some(TokenTree::Punct(at)),
            Some(TokenTree::Ident(word)),
            Some(TokenTree::Group(path)),
        ) if at.as_char() == '@'
            && word.to_string() == "runtime"
            && path.delimiter() == Delimiter::Parenthesis =>
        {
            (path.stream(), tokens.collect())
        }
        _ => (parse(DEFAULT_RUNTIME), input),
    }
}

/// The value of the one string literal the macro takes, and its span; otherwise the span of the
/// first token that is not it.
pub(crate) fn path(input: TokenStream) -> Result<(String, Span), Span> {
    let mut tokens = input.into_iter();
    match (tokens.next(), tokens.next()) {
        (Some(TokenTree::Literal(literal)), None) => {
            let span = literal.span();
            string_value(&literal.to_string())
                .map(|path| (path, span))
                .ok_or(span)
        }
        // A `macro_rules!` macro hands its fragments over wrapped in an invisible group.
        (Some(TokenTree::Group(group)), None) if group.delimiter() == Delimiter::None => {
            path(group.stream())
        }
        (Some(_), Some(extra)) => Err(extra.span()),
        (Some(first), None) => Err(first.span()),
        (None, _) => Err(Span::call_site()),
    }
}

/// The value of a Rust string literal, `"…"` with its escapes or raw `r#"…"#`, as rustc lexed it;
/// `None` for any other literal (byte and C strings, numbers, a suffix).
fn string_value(literal: &str) -> Option<String> {
    if let Some(raw) = literal.strip_prefix('r') {
        let hashes = raw.len() - raw.trim_start_matches('#').len();
        let body = raw[hashes..].strip_prefix('"')?;
        return body
            .strip_suffix(&raw[..hashes])?
            .strip_suffix('"')
            .map(str::to_owned);
    }
    let body = literal.strip_prefix('"')?.strip_suffix('"')?;
    let mut value = String::with_capacity(body.len());
    let mut chars = body.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            value.push(c);
            continue;
        }
        match chars.next()? {
            'n' => value.push('\n'),
            'r' => value.push('\r'),
            't' => value.push('\t'),
            '0' => value.push('\0'),
            c @ ('\\' | '\'' | '"') => value.push(c),
            'x' => {
                let digits: String = [chars.next()?, chars.next()?].iter().collect();
                let byte = u8::from_str_radix(&digits, 16).ok().filter(u8::is_ascii)?;
                value.push(char::from(byte));
            }
            'u' => {
                if chars.next()? != '{' {
                    return None;
                }
                let digits: String = chars.by_ref().take_while(|&c| c != '}').collect();
                let digits = digits.replace('_', "");
                value.push(char::from_u32(u32::from_str_radix(&digits, 16).ok()?)?);
            }
            // A line continuation: the newline and the whitespace after it are not part of it.
            '\n' | '\r' => while chars.next_if(|c| c.is_whitespace()).is_some() {},
            _ => return None,
        }
    }
    Some(value)
}

#[cfg(test)]
mod tests {
    use super::string_value;

    #[test]
    fn string_literals_are_read_as_rustc_reads_them() {
        for (literal, value) in [
            (r#""errors.toml""#, "errors.toml"),
            (r#""catalogs/a b.toml""#, "catalogs/a b.toml"),
            (r#""tab\there\\ \"q\" \'s\'""#, "tab\there\\ \"q\" 's'"),
            (r#""\x41\u{42}\u{1F600}\u{1_F600}\0""#, "AB😀😀\0"),
            ("\"line \\\n    continued\"", "line continued"),
            ("\"a\\\r\n  b\"", "ab"),
            (r#"r"C:\raw\path.toml""#, r"C:\raw\path.toml"),
            (r###"r##"has "# inside"##"###, "has \"# inside"),
            (r#""错误码.toml""#, "错误码.toml"),
        ] {
            assert_eq!(string_value(literal).as_deref(), Some(value), "{literal}");
        }
    }

    #[test]
    fn other_literals_are_refused() {
        for literal in [
            r#"b"errors.toml""#,
            r#"br"errors.toml""#,
            r#"c"errors.toml""#,
            r#""errors.toml"suffix"#,
            "42",
            "'c'",
            r#""\q""#,
            r#""\x80""#,
            r#""\u{D800}""#,
            r##"r#"unbalanced"##,
            "\"",
        ] {
            assert_eq!(string_value(literal), None, "{literal}");
        }
    }
}
