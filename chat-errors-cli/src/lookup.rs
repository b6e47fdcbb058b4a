//! What a person types, found in a catalog: a code, any name in any letter case, or text from a
//! log; on a miss, what comes nearest.

use chat_errors_codegen::{Catalog, Code, CodeType, Entry, Group, Retired};

use crate::{Foreign, Loaded};

/// The code `text` spells in this catalog, if it spells one of its code type.
pub fn parse_code(catalog: &Catalog, text: &str) -> Option<Code> {
    let text = text.trim();
    match catalog.code_type {
        CodeType::Int(int) => {
            let (min, max) = int.range();
            let code: i128 = text.parse().ok()?;
            (min..=max).contains(&code).then_some(Code::Int(code))
        }
        CodeType::String => (!text.is_empty()).then(|| Code::Str(text.to_owned())),
    }
}

/// The entry with this code, name, alias or platform name: exactly, or else ignoring ASCII case.
pub fn find<'c>(catalog: &'c Catalog, query: &str, ignore_case: bool) -> Option<&'c Entry> {
    let query = query.trim();
    if !ignore_case {
        let code = parse_code(catalog, query);
        return catalog
            .entries
            .iter()
            .find(|entry| Some(&entry.code) == code.as_ref())
            .or_else(|| {
                catalog
                    .names()
                    .find(|(name, _)| *name == query)
                    .map(|(_, entry)| entry)
            });
    }
    catalog.entries.iter().find(|entry| {
        entry.code.to_string().eq_ignore_ascii_case(query)
            || entry.names().any(|name| name.eq_ignore_ascii_case(query))
    })
}

/// The retired record with this code or name, ignoring ASCII case.
pub fn find_retired<'c>(catalog: &'c Catalog, query: &str) -> Option<&'c Retired> {
    let query = query.trim();
    let code = parse_code(catalog, query);
    catalog.retired.iter().find(|retired| {
        Some(&retired.code) == code.as_ref() || retired.name.eq_ignore_ascii_case(query)
    })
}

/// Whether a query is a code or a name rather than text from a log: one word of ASCII letters,
/// digits and `_`, or a code of the catalog's type (`-1`).
pub fn is_word(catalog: &Catalog, query: &str) -> bool {
    let query = query.trim();
    !query.is_empty()
        && query
            .bytes()
            .all(|byte| byte.is_ascii_alphanumeric() || byte == b'_')
        || matches!(catalog.code_type, CodeType::Int(_)) && parse_code(catalog, query).is_some()
}

/// The entries whose texts (description, cause or note, in any language) contain `query`,
/// ignoring case; a word must stand as a whole word, so `606` is not found in `1606`. Other text,
/// such as a line of a log, is found where it is part of a text with values in its placeholders.
pub fn mentioning<'c>(catalog: &'c Catalog, query: &str) -> Vec<&'c Entry> {
    let query = query.trim();
    let whole_word = is_word(catalog, query);
    catalog
        .entries
        .iter()
        .filter(|entry| {
            [
                Some(&entry.description),
                entry.cause.as_ref(),
                entry.note.as_ref(),
            ]
            .into_iter()
            .flatten()
            .flat_map(|texts| &texts.0)
            .any(|(_, text)| {
                contains(text, query, whole_word) || !whole_word && entry.renders_part(text, query)
            })
        })
        .collect()
}

fn contains(text: &str, query: &str, whole_word: bool) -> bool {
    let is_word = |c: char| c.is_ascii_alphanumeric() || c == '_';
    let (text, query) = (text.to_lowercase(), query.to_lowercase());
    !query.is_empty()
        && text.match_indices(&query).any(|(at, _)| {
            !whole_word
                || !text[..at].chars().next_back().is_some_and(is_word)
                    && !text[at + query.len()..].chars().next().is_some_and(is_word)
        })
}

/// Names within a few edits of `query`, ignoring case, nearest first.
pub fn nearest<'c>(catalog: &'c Catalog, query: &str) -> Vec<(usize, &'c str)> {
    let query = query.trim().to_ascii_lowercase();
    let limit = (query.chars().count() / 3).max(2);
    let mut nearest: Vec<(usize, &str)> = catalog
        .names()
        .map(|(name, _)| {
            (
                strsim::levenshtein(&query, &name.to_ascii_lowercase()),
                name,
            )
        })
        .filter(|&(distance, _)| distance <= limit)
        .collect();
    nearest.sort();
    nearest
}

/// The group that owns a code the catalog does not list, by its ranges or prefix.
pub fn unlisted_group<'c>(catalog: &'c Catalog, query: &str) -> Option<&'c Group> {
    let code = parse_code(catalog, query)?;
    catalog.groups.iter().find(|group| group.owns(&code))
}

/// What a query finds in one or more catalogs.
#[derive(Debug)]
pub enum Answer<'c> {
    /// The entry with that code or name: exact matches first, in the order of the catalogs,
    /// then matches that ignore case.
    Entry(&'c Loaded, &'c Entry),
    /// A code or name the catalog retired: no entry any more.
    Retired(&'c Loaded, &'c Retired),
    /// Text from a log, which no code or name is: the entries whose texts match it.
    Texts(Vec<(&'c Loaded, &'c Entry)>),
    /// Nothing by that code or name.
    Missing {
        /// The groups that own the code, in the catalogs whose ranges or prefixes cover it.
        unlisted: Vec<(&'c Loaded, &'c Group)>,
        /// What others sharing a catalog's numbering define by that code.
        foreign: Vec<(&'c Loaded, Foreign)>,
        /// The names nearest to the query, nearest first.
        nearest: Vec<&'c str>,
        /// The entries whose texts mention the query as a word.
        mentions: Vec<(&'c Loaded, &'c Entry)>,
    },
}

/// Looks `query` up in `catalogs`, as `chat-errors explain` does.
pub fn answer<'c>(catalogs: &'c [Loaded], query: &str) -> Answer<'c> {
    for ignore_case in [false, true] {
        for loaded in catalogs {
            if let Some(entry) = find(&loaded.catalog, query, ignore_case) {
                return Answer::Entry(loaded, entry);
            }
        }
    }
    for loaded in catalogs {
        if let Some(retired) = find_retired(&loaded.catalog, query) {
            return Answer::Retired(loaded, retired);
        }
    }
    let mentions: Vec<(&Loaded, &Entry)> = catalogs
        .iter()
        .flat_map(|loaded| {
            mentioning(&loaded.catalog, query)
                .into_iter()
                .map(move |entry| (loaded, entry))
        })
        .collect();
    let word = catalogs
        .iter()
        .any(|loaded| is_word(&loaded.catalog, query));
    if !word && !mentions.is_empty() {
        return Answer::Texts(mentions);
    }
    let mut nearest: Vec<(usize, &str)> = catalogs
        .iter()
        .flat_map(|loaded| nearest(&loaded.catalog, query))
        .collect();
    nearest.sort();
    Answer::Missing {
        unlisted: catalogs
            .iter()
            .filter_map(|loaded| Some((loaded, unlisted_group(&loaded.catalog, query)?)))
            .collect(),
        nearest: nearest.into_iter().take(3).map(|(_, name)| name).collect(),
        foreign: catalogs
            .iter()
            .flat_map(|loaded| {
                let code = parse_code(&loaded.catalog, query);
                loaded
                    .builtin
                    .map(crate::Builtin::foreign)
                    .unwrap_or_default()
                    .into_iter()
                    .filter(move |foreign| code == Some(Code::Int(foreign.code)))
                    .map(move |foreign| (loaded, foreign))
            })
            .collect(),
        mentions,
    }
}
