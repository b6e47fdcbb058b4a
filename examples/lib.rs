//! Runnable examples of `chat-errors`: `cargo run --example explain -- 206` and
//! `cargo run --example downstream`. What `explain` prints is built here, from the generated API
//! alone, so tests can check it against Agora's published tables.

use chat_errors::ErrorCode;
use chat_errors::rest::RestErrorCode;

/// The generated API the views below read, for both catalogs of the crate: the SDK's
/// [`ErrorCode`] and the RESTful API's [`RestErrorCode`].
pub trait Entry: Copy + core::fmt::Debug + PartialEq + 'static {
    /// Every entry, in catalog order.
    fn all() -> &'static [Self];
    /// The catalog's languages, the default first.
    fn languages() -> &'static [&'static str];
    /// The code as JSON: a number or a string.
    fn code_json(self) -> serde_json::Value;
    /// The code as people read it.
    fn code_text(self) -> String;
    /// The entry by its code as a person types it.
    fn from_code_text(text: &str) -> Option<Self>;
    /// The entry by name, alias or platform name.
    fn from_name(name: &str) -> Option<Self>;
    fn name(self) -> &'static str;
    fn aliases(self) -> &'static [&'static str];
    fn deprecated(self) -> Option<&'static str>;
    fn flags(self) -> &'static [&'static str];
    fn description_in(self, language: &str) -> Option<&'static str>;
    fn cause_in(self, language: &str) -> Option<&'static str>;
    fn note_in(self, language: &str) -> Option<&'static str>;
    /// The names platforms give the entry: `("ios", "AgoraChatError…")`.
    fn platform_names(self) -> Vec<(&'static str, &'static str)>;
    /// What only this catalog says of the entry, as `(label, value)`: group, HTTP statuses.
    fn details(self) -> Vec<(&'static str, serde_json::Value)>;
}

/// The lookups both generated enums have under the same names, to implement [`Entry`] with.
macro_rules! same_api {
    ($enum:ident) => {
        fn from_name(name: &str) -> Option<Self> {
            $enum::from_name(name)
        }
        fn name(self) -> &'static str {
            $enum::name(self)
        }
        fn aliases(self) -> &'static [&'static str] {
            $enum::aliases(self)
        }
        fn deprecated(self) -> Option<&'static str> {
            $enum::deprecated(self)
        }
        fn flags(self) -> &'static [&'static str] {
            $enum::flags(self)
        }
        fn description_in(self, language: &str) -> Option<&'static str> {
            $enum::description_in(self, language)
        }
        fn cause_in(self, language: &str) -> Option<&'static str> {
            $enum::cause_in(self, language)
        }
        fn note_in(self, language: &str) -> Option<&'static str> {
            $enum::note_in(self, language)
        }
    };
}

impl Entry for ErrorCode {
    fn all() -> &'static [Self] {
        ErrorCode::ALL
    }
    fn languages() -> &'static [&'static str] {
        ErrorCode::LANGUAGES
    }
    fn code_json(self) -> serde_json::Value {
        self.code().into()
    }
    fn code_text(self) -> String {
        self.code().to_string()
    }
    fn from_code_text(text: &str) -> Option<Self> {
        ErrorCode::from_code(text.parse().ok()?)
    }
    same_api!(ErrorCode);
    fn platform_names(self) -> Vec<(&'static str, &'static str)> {
        ErrorCode::PLATFORMS
            .iter()
            .filter_map(|&platform| Some((platform, self.platform_name(platform)?)))
            .collect()
    }
    fn details(self) -> Vec<(&'static str, serde_json::Value)> {
        let group = self.group();
        vec![(
            "group",
            serde_json::json!({ "name": group.name(), "title": group.title() }),
        )]
    }
}

impl Entry for RestErrorCode {
    fn all() -> &'static [Self] {
        RestErrorCode::ALL
    }
    fn languages() -> &'static [&'static str] {
        RestErrorCode::LANGUAGES
    }
    fn code_json(self) -> serde_json::Value {
        self.code().into()
    }
    fn code_text(self) -> String {
        self.code().to_owned()
    }
    fn from_code_text(text: &str) -> Option<Self> {
        RestErrorCode::from_code(text)
    }
    same_api!(RestErrorCode);
    fn platform_names(self) -> Vec<(&'static str, &'static str)> {
        Vec::new()
    }
    fn details(self) -> Vec<(&'static str, serde_json::Value)> {
        vec![("http_status", self.http_status().into())]
    }
}

/// Everything the catalog says about `entry`: code, names, description, cause and note in each
/// language, and what else its catalog has (group, HTTP statuses), and flags.
pub fn explain<E: Entry>(entry: E) -> String {
    let mut out = format!("code: {}\nname: {}\n", entry.code_text(), entry.name());
    if !entry.aliases().is_empty() {
        out += &format!("aliases: {}\n", entry.aliases().join(", "));
    }
    for (platform, name) in entry.platform_names() {
        out += &format!("{platform} name: {name}\n");
    }
    if let Some(reason) = entry.deprecated() {
        out += &format!("deprecated: {reason}\n");
    }
    for &language in E::languages() {
        for (what, text) in [
            ("description", entry.description_in(language)),
            ("cause", entry.cause_in(language)),
            ("note", entry.note_in(language)),
        ] {
            if let Some(text) = text {
                out += &format!("{what} ({language}): {text}\n");
            }
        }
    }
    for (label, value) in entry.details() {
        let value = match value {
            serde_json::Value::Object(group) => group["title"].as_str().unwrap_or_default().into(),
            serde_json::Value::Array(items) => {
                let items: Vec<String> = items.iter().map(ToString::to_string).collect();
                items.join(", ")
            }
            other => other.to_string(),
        };
        out += &format!("{}: {value}\n", label.replace('_', " "));
    }
    if !entry.flags().is_empty() {
        out += &format!("flags: {}\n", entry.flags().join(", "));
    }
    out
}

/// What `explain` makes of what a person types.
#[derive(Debug, PartialEq, Eq)]
pub enum Lookup {
    /// A code of the SDK, or a name, alias or platform name of one in any letter case.
    Sdk(ErrorCode),
    /// An `error` string of the RESTful API, or its name, in any letter case.
    Rest(RestErrorCode),
    /// Nothing by that number or name.
    Missing {
        /// The names nearest to what was typed, best first.
        nearest: Vec<&'static str>,
        /// SDK codes whose note mentions what was typed, such as a name an SDK gives another code.
        in_notes: Vec<ErrorCode>,
    },
}

/// Finds an entry by code, or by any name, alias or platform name in any letter case
/// (`user_muted`, `agorachaterrorusermuted`, `FORBIDDEN_OP`): an exact match first, the SDK's
/// before the RESTful API's (`group_name_violation` is a string of the API, `GROUP_NAME_VIOLATION`
/// a name of the SDK).
pub fn lookup(query: &str) -> Lookup {
    let query = query.trim();
    for ignore_case in [false, true] {
        if let Some(code) = find::<ErrorCode>(query, ignore_case) {
            return Lookup::Sdk(code);
        }
        if let Some(code) = find::<RestErrorCode>(query, ignore_case) {
            return Lookup::Rest(code);
        }
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
    let mut nearest = nearest_names::<ErrorCode>(query);
    nearest.extend(nearest_names::<RestErrorCode>(query));
    nearest.sort();
    Lookup::Missing {
        nearest: nearest.into_iter().take(3).map(|(_, name)| name).collect(),
        in_notes,
    }
}

fn find<E: Entry>(query: &str, ignore_case: bool) -> Option<E> {
    if !ignore_case {
        return E::from_code_text(query).or_else(|| E::from_name(query));
    }
    E::all().iter().copied().find(|&entry| {
        entry.code_text().eq_ignore_ascii_case(query)
            || names(entry).any(|name| name.eq_ignore_ascii_case(query))
    })
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

/// The names of `entry` that `from_name` accepts.
fn names<E: Entry>(entry: E) -> impl Iterator<Item = &'static str> {
    core::iter::once(entry.name())
        .chain(entry.aliases().iter().copied())
        .chain(entry.platform_names().into_iter().map(|(_, name)| name))
}

/// Names within a few edits of `query`, ignoring case, with their distance.
fn nearest_names<E: Entry>(query: &str) -> Vec<(usize, &'static str)> {
    let query = query.to_ascii_lowercase();
    let limit = (query.chars().count() / 3).max(2);
    E::all()
        .iter()
        .flat_map(|&entry| names(entry))
        .map(|name| (edit_distance(&query, &name.to_ascii_lowercase()), name))
        .filter(|&(distance, _)| distance <= limit)
        .collect()
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

/// One line per code of the SDK: code, name and description in the default language.
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

/// The SDK's catalog as a Markdown table in `language`: the columns of Agora's error-code page,
/// then the platforms' names and the note. Texts are Markdown already (links stay links); only
/// what would break the table is escaped.
pub fn markdown(language: &str) -> Option<String> {
    let header = match language {
        "zh" => "| 错误码 | 错误信息 | 描述 | 可能的原因 | 平台名称 | 备注 |",
        "en" => "| Code | Name | Description | Cause | Platform names | Note |",
        _ => return None,
    };
    let mut out = format!("{header}\n| :--- | :--- | :--- | :--- | :--- | :--- |\n");
    for &code in ErrorCode::ALL {
        let names: Vec<String> = code
            .platform_names()
            .iter()
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

/// A catalog as JSON: one object per entry with every field and every language.
pub fn json<E: Entry>() -> String {
    let entries: Vec<serde_json::Value> = E::all()
        .iter()
        .map(|&entry| {
            let texts = |text: fn(E, &str) -> Option<&'static str>| {
                E::languages()
                    .iter()
                    .filter_map(|&language| {
                        Some((language.to_owned(), text(entry, language)?.into()))
                    })
                    .collect::<serde_json::Map<_, _>>()
            };
            let platform_names: serde_json::Map<_, _> = entry
                .platform_names()
                .into_iter()
                .map(|(platform, name)| (platform.to_owned(), name.into()))
                .collect();
            let mut object = serde_json::json!({
                "code": entry.code_json(),
                "name": entry.name(),
                "variant": format!("{entry:?}"),
                "aliases": entry.aliases(),
                "platform_names": platform_names,
                "deprecated": entry.deprecated(),
                "flags": entry.flags(),
                "description": texts(E::description_in),
                "cause": texts(E::cause_in),
                "note": texts(E::note_in),
            });
            for (label, value) in entry.details() {
                object[label] = value;
            }
            object
        })
        .collect();
    let mut out = serde_json::to_string_pretty(&entries).expect("JSON values always serialize");
    out.push('\n');
    out
}
