//! Runnable examples of `chat-errors`: `cargo run --example explain -- 206` and
//! `cargo run --example downstream`. The text `explain` prints is built here, so tests can check
//! it against Agora's published table.

use chat_errors::ErrorCode;

/// Everything the catalog says about `code`: code, name, and description and cause in each
/// language.
pub fn explain(code: ErrorCode) -> String {
    let mut out = format!("code: {}\nname: {}\n", code.code(), code.name());
    for language in ["zh", "en"] {
        if let Some(description) = code.description_in(language) {
            out += &format!("description ({language}): {description}\n");
        }
        if let Some(cause) = code.cause_in(language) {
            out += &format!("cause ({language}): {cause}\n");
        }
    }
    out
}

/// One line per code: code, name and description in the default language.
pub fn table() -> String {
    ErrorCode::ALL
        .iter()
        .map(|code| {
            format!(
                "{:>5}  {:<32} {}\n",
                code.code(),
                code.name(),
                code.description()
            )
        })
        .collect()
}
