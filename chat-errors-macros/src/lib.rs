//! `agora_errors!("errors.toml")`: reads a TOML catalog of error codes at compile time and expands
//! into a typed enum with lookups, texts and rustdoc. The work is done by `chat-errors-codegen`;
//! this crate reads the file and turns problems into compile errors.

use std::path::{Path, PathBuf};

use chat_errors_codegen::Diagnostic;
use proc_macro2::{Span, TokenStream};
use quote::{quote, quote_spanned};

/// Expands a TOML catalog of error codes into an enum and its API.
///
/// The path is relative to the invoking crate's `Cargo.toml` (its `CARGO_MANIFEST_DIR`). Cargo
/// rebuilds the invoking crate when the file changes. A problem in the catalog is a compile error
/// that names `FILE:LINE:COLUMN`. See the `chat-errors` crate for the schema and the generated API.
///
/// ```text
/// chat_errors::agora_errors!("errors.toml");
/// ```
#[proc_macro]
pub fn agora_errors(input: proc_macro::TokenStream) -> proc_macro::TokenStream {
    match syn::parse::<syn::LitStr>(input) {
        Ok(path) => expand(&path.value(), path.span()).into(),
        Err(error) => compile_error(
            error.span(),
            "expected one string literal: the catalog's path relative to Cargo.toml, \
             such as agora_errors!(\"errors.toml\")",
        )
        .into(),
    }
}

fn expand(written: &str, span: Span) -> TokenStream {
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
    let tracked = path.to_string_lossy();
    let track = quote!(
        const _: &[u8] = ::core::include_bytes!(#tracked);
    );
    let source = match String::from_utf8(bytes) {
        Ok(source) => source,
        Err(error) => {
            let valid = error.utf8_error().valid_up_to();
            // Up to `valid` the lossy text has the file's own bytes, so the offset still holds.
            let text = String::from_utf8_lossy(error.as_bytes());
            let diagnostic = Diagnostic::at(valid..valid + 1, "the catalog is not valid UTF-8")
                .help("save the file as UTF-8");
            let error = compile_error(span, &diagnostic.render(written, &text));
            return quote!(#error #track);
        }
    };
    match chat_errors_codegen::parse(&source) {
        Ok(catalog) => {
            let code = chat_errors_codegen::expand(&catalog);
            quote!(#code #track)
        }
        Err(rejected) => {
            let errors = rejected
                .diagnostics
                .iter()
                .map(|diagnostic| compile_error(span, &diagnostic.render(written, &source)));
            let fallback = rejected
                .enum_name
                .map(|name| chat_errors_codegen::fallback(&name));
            quote!(#(#errors)* #fallback #track)
        }
    }
}

fn resolve(written: &str) -> PathBuf {
    let manifest_dir = std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default();
    Path::new(&manifest_dir).join(written)
}

fn compile_error(span: Span, message: &str) -> TokenStream {
    quote_spanned!(span=> ::core::compile_error! { #message })
}
