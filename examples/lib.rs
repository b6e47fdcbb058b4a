//! Runnable examples of `chat-errors`: `cargo run --example explain -- 206` and
//! `cargo run --example downstream`. What `explain` prints is built here, from the generated API
//! alone, so tests can check it against Agora's published table.

use chat_errors::ErrorCode;

/// Everything the catalog says about `code`: code, name, group, flags, and description and cause
/// in each language.
pub fn explain(code: ErrorCode) -> String {
    let mut out = format!("code: {}\nname: {}\n", code.code(), code.name());
    for &language in ErrorCode::LANGUAGES {
        if let Some(description) = code.description_in(language) {
            out += &format!("description ({language}): {description}\n");
        }
        if let Some(cause) = code.cause_in(language) {
            out += &format!("cause ({language}): {cause}\n");
        }
    }
    out += &format!("group: {}\n", code.group().title());
    if !code.flags().is_empty() {
        out += &format!("flags: {}\n", code.flags().join(", "));
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

/// The catalog as a Markdown table in `language`, with the columns of Agora's error-code page.
/// Texts are Markdown already (links stay links); only what would break the table is escaped.
pub fn markdown(language: &str) -> Option<String> {
    let header = match language {
        "zh" => "| 错误码 | 错误信息 | 描述 | 可能的原因 |",
        "en" => "| Code | Name | Description | Cause |",
        _ => return None,
    };
    let mut out = format!("{header}\n| :--- | :--- | :--- | :--- |\n");
    for &code in ErrorCode::ALL {
        out += &format!(
            "| `{}` | `{}` | {} | {} |\n",
            code.code(),
            code.name(),
            table_cell(code.description_in(language).unwrap_or_default()),
            table_cell(code.cause_in(language).unwrap_or_default()),
        );
    }
    Some(out)
}

fn table_cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', "<br>")
}

/// The catalog as JSON: one object per entry with every field and every language.
pub fn json() -> String {
    let entries: Vec<serde_json::Value> = ErrorCode::ALL
        .iter()
        .map(|&code| {
            let texts = |text: fn(ErrorCode, &str) -> Option<&'static str>| {
                ErrorCode::LANGUAGES
                    .iter()
                    .filter_map(|&language| {
                        Some((language.to_owned(), text(code, language)?.into()))
                    })
                    .collect::<serde_json::Map<_, _>>()
            };
            serde_json::json!({
                "code": code.code(),
                "name": code.name(),
                "variant": format!("{code:?}"),
                "aliases": code.aliases(),
                "deprecated": code.deprecated(),
                "group": { "name": code.group().name(), "title": code.group().title() },
                "flags": code.flags(),
                "description": texts(ErrorCode::description_in),
                "cause": texts(ErrorCode::cause_in),
            })
        })
        .collect();
    let mut out = serde_json::to_string_pretty(&entries).expect("JSON values always serialize");
    out.push('\n');
    out
}
