//! [`agora_errors!`]`("errors.toml")` reads a TOML catalog of error codes at compile time and
//! expands into a typed enum with lookups, texts and rustdoc; its documentation is the reference of
//! the catalog's schema and of the generated API. The work is done by `chat-errors-codegen`; this
//! crate reads the file and turns problems into compile errors. Most projects use it through the
//! `chat-errors` crate, which re-exports it.
//!
//! It depends on nothing but the code generator: the one string literal it takes is read by hand,
//! and the expansion, which the generator writes as source text, is parsed by rustc's own lexer.

use std::path::{Path, PathBuf};

use chat_errors_codegen::Diagnostic;
use proc_macro::{Delimiter, Group, Ident, Literal, Punct, Spacing, Span, TokenStream, TokenTree};

#[doc = include_str!("../doc/reference.md")]
#[proc_macro]
pub fn agora_errors(input: TokenStream) -> TokenStream {
    let (runtime, input) = runtime_crate(input);
    match path_argument(input) {
        Ok((path, span)) => expand(&path, span, runtime.as_ref()),
        Err(span) => compile_error(
            span,
            "expected one string literal: the catalog's path relative to Cargo.toml, \
             such as agora_errors!(\"errors.toml\")",
        ),
    }
}

/// `@runtime($crate) …`, as `chat_errors::agora_errors!` calls the macro: the path of the runtime
/// crate, whose `Catalog` trait the expansion then implements, and the rest of the input.
fn runtime_crate(input: TokenStream) -> (Option<TokenStream>, TokenStream) {
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
            (Some(path.stream()), tokens.collect())
        }
        _ => (None, input),
    }
}

/// The value of the one string literal the macro takes, and its span; otherwise the span of the
/// first token that is not it.
fn path_argument(input: TokenStream) -> Result<(String, Span), Span> {
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
            path_argument(group.stream())
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

fn expand(written: &str, span: Span, runtime: Option<&TokenStream>) -> TokenStream {
    let path = resolve(written);
    let bytes = match std::fs::read(&path) {
        Ok(bytes) => bytes,
        Err(error) => {
            // The path tried stands where a location would: it is what the user has to check.
            let diagnostic =
                Diagnostic::whole_file(format!("cannot read the catalog `{written}`: {error}"))
                    .help(
                        "the path is relative to the directory of the invoking crate's Cargo.toml",
                    );
            let tried = format!("tried {}", path.display());
            return compile_error(span, &diagnostic.render(&tried, ""));
        }
    };
    // Cargo rebuilds a crate when a file it `include_bytes!`s changes.
    let track = format!(
        "const _: &[u8] = ::core::include_bytes!({:?});",
        path.to_string_lossy()
    );
    let source = match chat_errors_codegen::decode(bytes) {
        Ok(source) => source,
        Err((text, diagnostic)) => {
            let mut tokens = compile_error(span, &diagnostic.render(written, &text));
            tokens.extend(parse(&track));
            return tokens;
        }
    };
    match chat_errors_codegen::parse(&source) {
        Ok(catalog) => {
            let mut tokens = parse(&(chat_errors_codegen::expand(&catalog) + &track));
            tokens.extend(runtime.map(|runtime| catalog_impl(runtime, &catalog)));
            tokens
        }
        Err(rejected) => {
            let mut tokens: TokenStream = rejected
                .diagnostics
                .iter()
                .map(|diagnostic| compile_error(span, &diagnostic.render(written, &source)))
                .collect();
            if let Some(name) = rejected.enum_name {
                let fallback = chat_errors_codegen::fallback_catalog(&name, rejected.code_type);
                tokens.extend(parse(&chat_errors_codegen::expand(&fallback)));
                tokens.extend(runtime.map(|runtime| catalog_impl(runtime, &fallback)));
            }
            tokens.extend(parse(&track));
            tokens
        }
    }
}

/// `const _: () = { use RUNTIME::__private as …; impl …::Catalog for E { … } };`: the runtime
/// crate's tokens (`$crate`) cannot be written as text, so they are joined to the lexed impl.
fn catalog_impl(runtime: &TokenStream, catalog: &chat_errors_codegen::Catalog) -> TokenStream {
    let mut body = parse("use");
    body.extend(runtime.clone());
    body.extend(parse(&format!(
        "::__private as {};\n{}",
        chat_errors_codegen::RUNTIME,
        chat_errors_codegen::catalog_impl(catalog)
    )));
    let mut tokens = parse("const _: () =");
    tokens.extend([TokenTree::Group(Group::new(Delimiter::Brace, body))]);
    tokens.extend(parse(";"));
    tokens
}

fn resolve(written: &str) -> PathBuf {
    let manifest_dir = std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default();
    Path::new(&manifest_dir).join(written)
}

/// Generated source to tokens, by rustc's lexer. The generator writes every text as an escaped
/// string literal, so this does not fail; if it ever did, the error says so instead of panicking.
fn parse(source: &str) -> TokenStream {
    source.parse().unwrap_or_else(|error| {
        compile_error(
            Span::call_site(),
            &format!("chat-errors generated code that does not lex ({error:?}); please report it"),
        )
    })
}

/// `::core::compile_error! { "message" }`, every token at `span` so the error points there.
fn compile_error(span: Span, message: &str) -> TokenStream {
    let punct = |c, spacing| {
        let mut punct = Punct::new(c, spacing);
        punct.set_span(span);
        TokenTree::Punct(punct)
    };
    let ident = |name| TokenTree::Ident(Ident::new(name, span));
    let mut message = Literal::string(message);
    message.set_span(span);
    let mut body = Group::new(Delimiter::Brace, TokenTree::Literal(message).into());
    body.set_span(span);
    [
        punct(':', Spacing::Joint),
        punct(':', Spacing::Alone),
        ident("core"),
        punct(':', Spacing::Joint),
        punct(':', Spacing::Alone),
        ident("compile_error"),
        punct('!', Spacing::Alone),
        TokenTree::Group(body),
    ]
    .into_iter()
    .collect()
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
