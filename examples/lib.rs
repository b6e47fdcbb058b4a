//! Runnable examples of `chat-errors`: `cargo run --example explain -- 206` and
//! `cargo run --example downstream`. What `explain` prints is built here, from the generated API
//! alone, so tests can check it against Agora's published table.

use chat_errors::ErrorCode;

/// Everything the catalog says about `code`: code, name, the other names, description, cause and
/// note in each language, group and flags.
pub fn explain(code: ErrorCode) -> String {
    let mut out = format!("code: {}\nname: {}\n", code.code(), code.name());
    if !code.aliases().is_empty() {
        out += &format!("aliases: {}\n", code.aliases().join(", "));
    }
    for (platform, name) in platform_names(code) {
        out += &format!("{platform} name: {name}\n");
    }
    if let Some(reason) = code.deprecated() {
        out += &format!("deprecated: {reason}\n");
    }
    for &language in ErrorCode::LANGUAGES {
        for (what, text) in [
            ("description", code.description_in(language)),
            ("cause", code.cause_in(language)),
            ("note", code.note_in(language)),
        ] {
            if let Some(text) = text {
                out += &format!("{what} ({language}): {text}\n");
            }
        }
    }
    out += &format!("group: {}\n", code.group().title());
    if !code.flags().is_empty() {
        out += &format!("flags: {}\n", code.flags().join(", "));
    }
    out
}

/// The names platforms give `code`, where the catalog has them: `("ios", "AgoraChatError…")`.
pub fn platform_names(code: ErrorCode) -> impl Iterator<Item = (&'static str, &'static str)> {
    ErrorCode::PLATFORMS
        .iter()
        .filter_map(move |&platform| Some((platform, code.platform_name(platform)?)))
}

/// What `explain` makes of what a person types.
#[derive(Debug, PartialEq, Eq)]
pub enum Lookup {
    /// A code, or a name, alias or platform name in any letter case.
    Found(ErrorCode),
    /// Nothing by that number or name.
    Missing {
        /// The names nearest to what was typed, best first.
        nearest: Vec<&'static str>,
        /// Codes whose note mentions what was typed, such as a name an SDK gives another code.
        in_notes: Vec<ErrorCode>,
    },
}

/// Finds a code by number, or by any name, alias or platform name in any letter case
/// (`user_muted`, `agorachaterrorusermuted`).
pub fn lookup(query: &str) -> Lookup {
    let query = query.trim();
    let found = match query.parse::<i32>() {
        Ok(number) => ErrorCode::from_code(number),
        Err(_) => ErrorCode::from_name(query).or_else(|| {
            ErrorCode::ALL
                .iter()
                .copied()
                .find(|&code| names(code).any(|name| name.eq_ignore_ascii_case(query)))
        }),
    };
    if let Some(code) = found {
        return Lookup::Found(code);
    }
    let in_notes = ErrorCode::ALL
        .iter()
        .copied()
        .filter(|code| {
            ErrorCode::LANGUAGES.iter().any(|&language| {
                code.note_in(language)
                    .is_some_and(|note| mentions(note, query))
            })
        })
        .collect();
    Lookup::Missing {
        nearest: nearest_names(query),
        in_notes,
    }
}

/// Whether `text` has `word` as a whole word (a number or a name), ignoring case: `606` is
/// mentioned in "606 (GROUP_NOT_EXIST)" but not in "1606" or "2023".
fn mentions(text: &str, word: &str) -> bool {
    let is_word = |c: char| c.is_ascii_alphanumeric() || c == '_';
    let (text, word) = (text.to_ascii_lowercase(), word.to_ascii_lowercase());
    !word.is_empty()
        && text.match_indices(&word).any(|(at, _)| {
            let before = text[..at].chars().next_back();
            let after = text[at + word.len()..].chars().next();
            !before.is_some_and(is_word) && !after.is_some_and(is_word)
        })
}

/// The names of `code` that `from_name` accepts.
fn names(code: ErrorCode) -> impl Iterator<Item = &'static str> {
    core::iter::once(code.name())
        .chain(code.aliases().iter().copied())
        .chain(platform_names(code).map(|(_, name)| name))
}

/// Up to three names within a few edits of `query`, ignoring case, nearest first.
fn nearest_names(query: &str) -> Vec<&'static str> {
    let query = query.to_ascii_lowercase();
    let limit = (query.chars().count() / 3).max(2);
    let mut scored: Vec<(usize, &'static str)> = ErrorCode::ALL
        .iter()
        .flat_map(|&code| names(code))
        .map(|name| (edit_distance(&query, &name.to_ascii_lowercase()), name))
        .filter(|&(distance, _)| distance <= limit)
        .collect();
    scored.sort();
    scored.into_iter().take(3).map(|(_, name)| name).collect()
}

/// Levenshtein distance, in characters.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, a) in a.chars().enumerate() {
        let mut current = vec![i + 1];
        for (j, &b) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(a != b);
            current.push(substitution.min(previous[j + 1] + 1).min(current[j] + 1));
        }
        previous = current;
    }
    previous[b.len()]
}

/// One line per code: code, name and description in the default language.
pub fn table() -> String {
    ErrorCode::ALL
        .iter()
        .map(|code| {
            format!(
                "{:>5}  {:<41} {}\n",
                code.code(),
                code.name(),
                code.description()
            )
        })
        .collect()
}

/// The catalog as a Markdown table in `language`: the columns of Agora's error-code page, then
/// the platforms' names and the note. Texts are Markdown already (links stay links); only what
/// would break the table is escaped.
pub fn markdown(language: &str) -> Option<String> {
    let header = match language {
        "zh" => "| 错误码 | 错误信息 | 描述 | 可能的原因 | 平台名称 | 备注 |",
        "en" => "| Code | Name | Description | Cause | Platform names | Note |",
        _ => return None,
    };
    let mut out = format!("{header}\n| :--- | :--- | :--- | :--- | :--- | :--- |\n");
    for &code in ErrorCode::ALL {
        let names: Vec<String> = platform_names(code)
            .map(|(platform, name)| format!("{platform}: `{name}`"))
            .collect();
        out += &format!(
            "| `{}` | `{}` | {} | {} | {} | {} |\n",
            code.code(),
            code.name(),
            table_cell(code.description_in(language).unwrap_or_default()),
            table_cell(code.cause_in(language).unwrap_or_default()),
            names.join("<br>"),
            table_cell(code.note_in(language).unwrap_or_default()),
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
            let platform_names: serde_json::Map<_, _> = platform_names(code)
                .map(|(platform, name)| (platform.to_owned(), name.into()))
                .collect();
            serde_json::json!({
                "code": code.code(),
                "name": code.name(),
                "variant": format!("{code:?}"),
                "aliases": code.aliases(),
                "platform_names": platform_names,
                "deprecated": code.deprecated(),
                "group": { "name": code.group().name(), "title": code.group().title() },
                "flags": code.flags(),
                "description": texts(ErrorCode::description_in),
                "cause": texts(ErrorCode::cause_in),
                "note": texts(ErrorCode::note_in),
            })
        })
        .collect();
    let mut out = serde_json::to_string_pretty(&entries).expect("JSON values always serialize");
    out.push('\n');
    out
}
