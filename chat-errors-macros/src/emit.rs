//! The catalog's expansion as tokens: the file read and checked, the generated source lexed by
//! rustc, the runtime crate bound for it, and problems turned into `compile_error!` with a
//! fallback enum, so the user's code shows no follow-on errors.

use std::path::{Path, PathBuf};

use chat_errors_codegen::{Catalog, Diagnostic, Visibility};
use proc_macro::{Delimiter, Group, Ident, Literal, Punct, Spacing, Span, TokenStream, TokenTree};

use crate::item::Declared;

/// The catalog's expansion: as `agora_errors!` gives it, or around the enum the user `declared`.
/// `runtime` is the path of the `chat-errors` crate.
pub(crate) fn expand(
    written: &str,
    span: Span,
    runtime: &TokenStream,
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
    let track = parse(&format!(
        "const _: &[u8] = ::core::include_bytes!({:?});",
        path.to_string_lossy()
    ));
    let source = match chat_errors_codegen::decode(bytes) {
        Ok(source) => source,
        Err((text, diagnostic)) => {
            let mut tokens = compile_error(span, &diagnostic.render(written, &text));
            tokens.extend(track);
            return tokens;
        }
    };
    let parsed = match declared {
        Some(declared) => chat_errors_codegen::parse_declared(&source, &declared.name.to_string()),
        None => chat_errors_codegen::parse(&source),
    };
    let mut tokens = match parsed {
        Ok(catalog) => emit(&catalog, runtime, declared),
        Err(rejected) => {
            let mut tokens: TokenStream = rejected
                .diagnostics
                .iter()
                .map(|diagnostic| compile_error(span, &diagnostic.render(written, &source)))
                .collect();
            if let Some(name) = rejected.enum_name {
                let fallback = chat_errors_codegen::fallback_catalog(&name, rejected.code_type);
                tokens.extend(emit(&fallback, runtime, declared));
            }
            tokens
        }
    };
    tokens.extend(track);
    tokens
}

/// `use RUNTIME::__private as …;`, the enum and its items: generated whole, or around the user's
/// attributes, visibility and name, whose tokens (and spans) stay the user's. The runtime crate's
/// tokens (`$crate`) cannot be written as text, so they are joined to the lexed source.
fn emit(catalog: &Catalog, runtime: &TokenStream, declared: Option<&Declared>) -> TokenStream {
    let vis = match declared {
        Some(declared) => Visibility::Written(declared.vis.to_string()),
        None => Visibility::Public,
    };
    let parts = chat_errors_codegen::expand_parts(catalog, &vis);
    let binding = |tokens: &mut TokenStream| {
        tokens.extend(parse("#[allow(unused_imports)] use"));
        tokens.extend(runtime.clone());
        tokens.extend(parse(&format!("::__private as {};", parts.runtime_alias)));
    };
    let mut tokens = TokenStream::new();
    binding(&mut tokens);
    match declared {
        Some(declared) => {
            tokens.extend(declared.attributes.clone());
            tokens.extend(parse(&parts.attributes));
            tokens.extend(declared.vis.clone());
            tokens.extend([
                declared.keyword.clone(),
                TokenTree::Ident(declared.name.clone()),
            ]);
        }
        None => {
            tokens.extend(parse(&parts.attributes));
            tokens.extend(parse(&format!("pub enum {}", catalog.enum_name)));
        }
    }
    tokens.extend(parse(&parts.body));
    tokens.extend(parse(&parts.items));
    if let Some(structs) = &parts.structs {
        let mut body = TokenStream::new();
        binding(&mut body);
        body.extend(parse(&structs.items));
        tokens.extend(parse(&format!("#[doc = {:?}]", structs.doc)));
        match declared {
            Some(declared) => tokens.extend(declared.vis.clone()),
            None => tokens.extend(parse("pub")),
        }
        tokens.extend(parse(&format!("mod {}", structs.name)));
        tokens.extend([TokenTree::Group(Group::new(Delimiter::Brace, body))]);
    }
    tokens
}

fn resolve(written: &str) -> PathBuf {
    let manifest_dir = std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default();
    Path::new(&manifest_dir).join(written)
}

/// Generated source to tokens, by rustc's lexer. The generator writes every text as an escaped
/// string literal, so this does not fail; if it ever did, the error says so instead of panicking.
pub(crate) fn parse(source: &str) -> TokenStream {
    source.parse().unwrap_or_else(|error| {
        compile_error(
            Span::call_site(),
            &format!("chat-errors generated code that does not lex ({error:?}); please report it"),
        )
    })
}

/// `::core::compile_error! { "message" }`, every token at `span` so the error points there.
pub(crate) fn compile_error(span: Span, message: &str) -> TokenStream {
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
