//! The proc macros behind `chat_errors::agora_errors!` and `#[chat_errors::catalog]`. Use them
//! through the `chat-errors` crate, whose documentation is the catalog's reference: the expansion
//! calls that crate's runtime, which `chat_errors::agora_errors!` names for it.
//!
//! The macros depend on nothing but the code generator: the one string literal they take is read
//! by hand, and the expansion, which the generator writes as source text, is parsed by rustc's
//! own lexer.

mod arguments;
mod emit;
mod item;

use proc_macro::TokenStream;

/// `chat_errors::agora_errors!` without its binding of the runtime crate, which it then takes to
/// be `::chat_errors`; see that macro.
#[doc(hidden)]
#[proc_macro]
pub fn agora_errors(input: TokenStream) -> TokenStream {
    let (runtime, input) = arguments::runtime_crate(input);
    match arguments::path(input) {
        Ok((path, span)) => emit::expand(&path, span, &runtime, None),
        Err(span) => emit::compile_error(
            span,
            "expected one string literal: the catalog's path relative to Cargo.toml, \
             such as agora_errors!(\"errors.toml\")",
        ),
    }
}

/// `#[chat_errors::catalog("errors.toml")]` on an enum declared in your source; see
/// `chat_errors::catalog`.
#[proc_macro_attribute]
pub fn catalog(arguments: TokenStream, item: TokenStream) -> TokenStream {
    let ((path, span), runtime) = match arguments::attribute(arguments) {
        Ok(arguments) => arguments,
        Err((span, message)) => {
            let mut tokens = emit::compile_error(span, &message);
            tokens.extend(item);
            return tokens;
        }
    };
    let (declared, mut tokens) = match item::read(item) {
        Ok(declared) => (declared, TokenStream::new()),
        Err((problems, declared)) => {
            let errors: TokenStream = problems
                .iter()
                .map(|problem| emit::compile_error(problem.span, &problem.message))
                .collect();
            let Some(declared) = declared else {
                return errors;
            };
            (declared, errors)
        }
    };
    tokens.extend(emit::expand(&path, span, &runtime, Some(&declared)));
    tokens
}
