//! A real catalog with arguments in many languages, which nobody here wrote: MariaDB's error
//! messages (`data/mariadb-errmsg.txt`), converted by `build.rs`. Each message, rendered by the
//! catalog in each of its languages, is what MariaDB's own printf-style text gives with the same
//! values, worked out here from the original file.

use chat_errors::{ArgType, Error};
use chat_errors_tests::mariadb::{MariaDbError, maria_db_error};

const DATA: &str = include_str!("../data/mariadb-errmsg.txt");

/// The original's entries: the name, then `(MariaDB's language name, text)` pairs.
fn original() -> Vec<(&'static str, Vec<(&'static str, &'static str)>)> {
    let mut entries: Vec<(&str, Vec<(&str, &str)>)> = Vec::new();
    for line in DATA
        .lines()
        .skip_while(|line| !line.starts_with("start-error-number"))
        .skip(1)
    {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        match line.strip_prefix("        ") {
            None => entries.push((line.split_whitespace().next().unwrap(), Vec::new())),
            Some(text) => {
                let (language, quoted) = text.split_once(' ').unwrap();
                let quoted = quoted.trim();
                entries
                    .last_mut()
                    .unwrap()
                    .1
                    .push((language, &quoted[1..quoted.len() - 1]));
            }
        }
    }
    entries
}

/// What MariaDB's printf writes for `text` with `values` in its directives (for values short
/// enough that no precision cuts them): `%\`s` quotes an identifier in backticks, and the file's
/// `\"` and `\n` are C escapes.
fn printf(text: &str, values: &[String]) -> String {
    let mut out = String::new();
    let mut values = values.iter();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        let quoted = chars.next_if_eq(&'`').is_some();
        while chars
            .next_if(|c| "-+ #0.*lz".contains(*c) || c.is_ascii_digit())
            .is_some()
        {}
        chars.next();
        let value = values.next().unwrap();
        if quoted {
            out.push_str(&format!("`{value}`"));
        } else {
            out.push_str(value);
        }
    }
    out.replace("\\\"", "\"").replace("\\n", "\n")
}

/// A value of each argument's type, different for each argument.
fn values(entry: MariaDbError) -> Vec<(&'static str, String)> {
    entry
        .args()
        .iter()
        .enumerate()
        .map(|(index, arg)| {
            let value = match arg.ty {
                ArgType::String => format!("value{}", index + 1),
                _ => (-(index as i64) * 7 - 3).to_string(),
            };
            (arg.name, value)
        })
        .collect()
}

#[test]
fn every_message_renders_in_every_language_as_mariadb_renders_it() {
    let original = original();
    assert_eq!(
        original.len(),
        MariaDbError::ALL.len(),
        "every entry converted"
    );
    assert_eq!(MariaDbError::LANGUAGES.len(), 26);
    assert_eq!(env!("MARIADB_LEFT_OUT"), "0", "every translation kept");
    let mut rendered = 0;
    for ((name, texts), entry) in original.iter().zip(MariaDbError::ALL) {
        assert_eq!(*name, entry.name());
        let values = values(entry);
        let mut error = Error::<MariaDbError>::from(entry);
        for (name, value) in &values {
            error = match value.parse::<i64>() {
                Ok(number) => error.with_arg(name, number),
                Err(_) => error.with_arg(name, value.as_str()),
            };
        }
        let strings: Vec<String> = values.into_iter().map(|(_, value)| value).collect();
        for (language, text) in texts {
            let tag = match *language {
                "chi" => "zh-CN",
                "cze" => "cs",
                "dan" => "da-DK",
                "nla" => "nl",
                "eng" => "en-GB",
                "est" => "et",
                "fre" => "fr-CA",
                "geo" => "ka",
                "ger" => "de-AT",
                "greek" => "el",
                "hindi" => "hi",
                "hun" => "hu",
                "ita" => "it",
                "jpn" => "ja-JP",
                "kor" => "ko",
                "norwegian-ny" => "nn",
                "nor" => "no",
                "pol" => "pl",
                "por" => "pt-BR",
                "rum" => "ro",
                "rus" => "ru",
                "serbian" => "sr",
                "slo" => "sk",
                "spa" => "es-419",
                "swe" => "sv",
                "ukr" => "uk",
                other => panic!("{other}"),
            };
            assert_eq!(
                error.message_in(tag),
                printf(text, &strings),
                "{name} in {tag}"
            );
            rendered += 1;
        }
    }
    assert!(rendered > 3_000, "{rendered} messages");
}

#[test]
fn a_struct_of_values_round_trips_and_renders_in_any_language() {
    // `%M` is an errno with its message, which MariaDB writes as one.
    let entry = maria_db_error::ErCantCreateFile {
        arg1: "/var/lib/mysql/t.frm".into(),
        arg2: "28 \"No space left on device\"".into(),
    };
    assert_eq!(
        entry.to_string(),
        "Can't create file '/var/lib/mysql/t.frm' (errno: 28 \"No space left on device\")"
    );
    let error = Error::<MariaDbError>::from(entry.clone());
    assert_eq!(error.code(), 1004);
    assert_eq!(error.message(), entry.to_string());
    assert_eq!(
        error.message_in("de"),
        "Kann Datei '/var/lib/mysql/t.frm' nicht erzeugen (Fehler: 28 \"No space left on device\")"
    );
    assert_eq!(
        maria_db_error::ErCantCreateFile::try_from(&error),
        Ok(entry)
    );
    assert_eq!(MariaDbError::ErCantCreateFile.sqlstate(), None);
    assert_eq!(MariaDbError::ErDupFieldname.sqlstate(), Some("42S21"));
}
