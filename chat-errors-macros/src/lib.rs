//! [`agora_errors!`]`("errors.toml")` reads a TOML catalog of error codes at compile time and
//! expands into a typed enum with lookups, texts and rustdoc; its documentation is the reference of
//! the catalog's schema and of the generated API. The work is done by `chat-errors-codegen`; this
//! crate reads the file and turns problems into compile errors. Most projects use it through the
//! `chat-errors` crate, which re-exports it.
//!
//! It depends on nothing but the code generator: the one string literal it takes is read by hand,
//! and the expansion, which the generator writes as source text, is parsed by rustc's own lexer.

mod item;

use std::path::{Path, PathBuf};

use item::Declared;

use chat_errors_codegen::Diagnostic;
use proc_macro::{Delimiter, Group, Ident, Literal, Punct, Spacing, Span, TokenStream, TokenTree};

#[doc = include_str!("../doc/reference.md")]
#[proc_macro]
pub fn agora_errors(input: TokenStream) -> TokenStream {
    let (runtime, input) = runtime_crate(input);
    match path_argument(input) {
        Ok((path, span)) => expand(&path, span, runtime.as_ref(), None),
        Err(span) => compile_error(
            span,
            "expected one string literal: the catalog's path relative to Cargo.toml, \
             such as agora_errors!(\"errors.toml\")",
        ),
    }
}

/// The attribute form of [`agora_errors!`]: the enum is declared in your source, with your
/// visibility, name, doc comments and other attributes (derives from other crates see the
/// generated variants), and the catalog gives its variants and API.
///
/// ```
/// /// Errors of the shop.
/// #[chat_errors_macros::catalog("doc/shop.toml")]
/// #[derive(serde::Serialize)]
/// pub(crate) enum ShopError {}
///
/// assert_eq!(ShopError::from_code(1), Some(ShopError::OutOfStock));
/// assert_eq!(serde_json::to_string(&ShopError::OutOfStock).unwrap(), "\"OutOfStock\"");
/// ```
///
/// The argument is the catalog's path, as for `agora_errors!`. The catalog's `enum` key, if it has
/// one, must be the declared name. The enum takes no generics, no variants (the braces stay
/// empty), no `repr` (the code type gives it) and no derive of what it implements itself (`Clone`,
/// `Copy`, `PartialEq`, `Eq`, `Hash`, `PartialOrd`, `Ord`, `Debug`). Every type the expansion adds
/// (the group enum, the error types) takes the enum's visibility. Through the `chat-errors` crate,
/// as `#[chat_errors::catalog(…)]`, the enum implements `chat_errors::Catalog` too; a crate that
/// renames `chat-errors` says so with `#[chat_errors::catalog("…", crate = "my_name")]`.
#[proc_macro_attribute]
pub fn catalog(arguments: TokenStream, item: TokenStream) -> TokenStream {
    attribute(arguments, item, false)
}

/// The `catalog` attribute whose enum also implements the `Catalog` trait of the `chat-errors`
/// crate, which re-exports it as `chat_errors::catalog`. The expansion names that crate
/// `::chat_errors`; a crate that renames it says `#[chat_errors::catalog("…", crate =
/// "its_name")]`.
#[proc_macro_attribute]
pub fn catalog_with_runtime(arguments: TokenStream, item: TokenStream) -> TokenStream {
    attribute(arguments, item, true)
}

fn attribute(arguments: TokenStream, item: TokenStream, with_runtime: bool) -> TokenStream {
    let (path, runtime) = match attribute_arguments(arguments, with_runtime) {
        Ok(arguments) => arguments,
        Err((span, message)) => {
            let mut tokens = compile_error(span, &message);
            tokens.extend(item);
            return tokens;
        }
    };
    let (path, span) = path;
    let (declared, mut tokens) = match item::read(item) {
        Ok(declared) => (declared, TokenStream::new()),
        Err((problems, declared)) => {
            let errors: TokenStream = problems
                .iter()
                .map(|problem| compile_error(problem.span, &problem.message))
                .collect();
            let Some(declared) = declared else {
                return errors;
            };
            (declared, errors)
        }
    };
    tokens.extend(expand(&path, span, runtime.as_ref(), Some(&declared)));
    tokens
}

/// `"catalog.toml"`, then, for the runtime form, an optional `crate = "path"`: the catalog's path
/// with its span, and the runtime crate's path when the expansion implements its trait.
#[allow(clippy::type_complexity)]
fn attribute_arguments(
    arguments: TokenStream,
    with_runtime: bool,
) -> Result<((String, Span), Option<TokenStream>), (Span, String)> {
    let usage = "expected the catalog's path relative to Cargo.toml, such as \
                 #[catalog(\"errors.toml\")], optionally followed by crate = \"path\"";
    let mut tokens: Vec<TokenTree> = arguments.into_iter().collect();
    let mut runtime = with_runtime.then(|| parse("::chat_errors"));
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
                if !with_runtime {
                    return Err((
                        key.span(),
                        "`crate = …` names the chat-errors crate, for `#[chat_errors::catalog]`; \
                         this form implements no trait of it"
                            .to_owned(),
                    ));
                }
                runtime = Some(parse(&path));
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
    let path = path_argument(literal).map_err(|span| (span, usage.to_owned()))?;
    Ok((path, runtime))
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

/// The catalog's expansion: as `agora_errors!` gives it, or around the enum the user `declared`.
fn expand(
    written: &str,
    span: Span,
    runtime: Option<&TokenStream>,
    declared: Option<&Declared>,
) -> TokenStream {
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
    let parsed = match declared {
        Some(declared) => chat_errors_codegen::parse_declared(&source, &declared.name.to_string()),
        None => chat_errors_codegen::parse(&source),
    };
    match parsed {
        Ok(catalog) => {
            let mut tokens = emit(&catalog, declared);
            tokens.extend(parse(&track));
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
                tokens.extend(emit(&fallback, declared));
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

/// The enum and its items: generated whole, or around the user's attributes, visibility and
/// name, whose tokens (and spans) stay the user's.
fn emit(catalog: &chat_errors_codegen::Catalog, declared: Option<&Declared>) -> TokenStream {
    let Some(declared) = declared else {
        return parse(&chat_errors_codegen::expand(catalog));
    };
    let parts = chat_errors_codegen::expand_parts(catalog, &declared.vis.to_string());
    let mut tokens = declared.attributes.clone();
    tokens.extend(parse(&parts.attributes));
    tokens.extend(declared.vis.clone());
    tokens.extend([
        declared.keyword.clone(),
        TokenTree::Ident(declared.name.clone()),
    ]);
    tokens.extend(parse(&parts.body));
    tokens.extend(parse(&parts.items));
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
