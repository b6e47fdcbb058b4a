//! The views `chat-errors render` prints (Markdown and JSON), built from the catalog's model, and
//! checked against Agora's page and against the compiled enums.

use chat_errors::rest::RestErrorCode;
use chat_errors::{Catalog, ErrorCode, Group as _};
use chat_errors_cli::{Builtin, views};

const PAGE: &str = include_str!("../data/agora-chat-error-codes.md");
const LINK_BASE: &str = "https://docs.agora.io/cn/agora-chat/";

fn cells(line: &str) -> Vec<String> {
    let line = line.trim();
    let line = line.strip_prefix('|').unwrap_or(line);
    let line = line.strip_suffix('|').unwrap_or(line);
    // `\|` is a pipe inside a cell.
    line.replace("\\|", "\u{0}")
        .split('|')
        .map(|cell| cell.trim().replace('\u{0}', "|"))
        .collect()
}

fn sdk_markdown(language: &str) -> String {
    views::markdown(&Builtin::Sdk.load().catalog, language)
}

#[test]
fn zh_markdown_has_the_agora_page_rows_and_columns() {
    let ours = sdk_markdown("zh");
    let our_lines: Vec<&str> = ours.lines().collect();
    let page_lines: Vec<&str> = PAGE.lines().collect();
    assert_eq!(our_lines.len(), 2 + ErrorCode::ALL.len());
    assert_eq!(cells(our_lines[0])[..4], cells(page_lines[0]), "header");
    for page in page_lines.iter().skip(2) {
        let page: Vec<String> = cells(page)
            .into_iter()
            .map(|cell| cell.replace("](./", &format!("]({LINK_BASE}")))
            .collect();
        let ours = our_lines
            .iter()
            .map(|line| cells(line))
            .find(|ours| ours[0] == page[0])
            .unwrap_or_else(|| panic!("no row for {}", page[0]));
        assert_eq!(ours[..4], page);
    }
}

#[test]
fn en_markdown_has_a_row_per_code_with_every_column() {
    let text = sdk_markdown("en");
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines[0],
        "| Code | Name | Description | Cause | Other names | Group | Flags | Note |"
    );
    assert_eq!(lines.len(), 2 + ErrorCode::ALL.len());
    for (line, code) in lines[2..].iter().zip(ErrorCode::ALL) {
        let platform_names: Vec<String> = ErrorCode::PLATFORMS
            .iter()
            .filter_map(|&platform| {
                Some(format!("{platform}: `{}`", code.platform_name(platform)?))
            })
            .collect();
        let flags: Vec<String> = code
            .flags()
            .iter()
            .map(|flag| format!("`{flag}`"))
            .collect();
        let mut note = code
            .deprecated()
            .map(|reason| format!("Deprecated: {reason}"))
            .unwrap_or_default();
        if let Some(text) = code.note_in("en") {
            if !note.is_empty() {
                note.push_str("<br>");
            }
            note.push_str(text);
        }
        assert_eq!(
            cells(line),
            [
                format!("`{}`", code.code()),
                format!("`{}`", code.name()),
                code.description_in("en").unwrap().to_owned(),
                code.cause_in("en").unwrap().to_owned(),
                platform_names.join("<br>"),
                code.group().title().to_owned(),
                flags.join(", "),
                note,
            ]
        );
    }
    assert!(text.contains("ios: `AgoraChatErrorUserMuted`"));
    assert!(text.contains("USERINFO_USERCOUNT_EXCEED"));
}

#[test]
fn markdown_cells_cannot_break_the_table() {
    for language in ["zh", "en"] {
        let text = sdk_markdown(language);
        let columns = cells(text.lines().next().unwrap()).len();
        assert!(
            text.lines()
                .skip(2)
                .all(|line| cells(line).len() == columns)
        );
    }
    let rest = views::markdown(&Builtin::Rest.load().catalog, "en");
    assert!(rest.starts_with(
        "| Code | Name | Description | Cause | Other names | HTTP status | statuses | Group | Flags | Note |\n"
    ));
}

/// The JSON view of a built-in catalog says of every entry what the compiled enum says: one
/// generic check, through the `Catalog` trait, for both catalogs.
fn json_agrees_with_the_enum<E: Catalog>(builtin: Builtin) -> serde_json::Value {
    let value: serde_json::Value =
        serde_json::from_str(&views::json(&builtin.load().catalog)).unwrap();
    assert_eq!(value["enum"], E::NAME);
    assert_eq!(value["languages"], serde_json::json!(E::LANGUAGES));
    let flags: Vec<&str> = E::FLAGS.iter().map(|(name, _)| *name).collect();
    let json_flags: Vec<&str> = value["flags"]
        .as_array()
        .unwrap()
        .iter()
        .map(|flag| flag["name"].as_str().unwrap())
        .collect();
    assert_eq!(json_flags, flags);
    let entries = value["entries"].as_array().unwrap();
    assert_eq!(entries.len(), E::ALL.len());
    for (entry, code) in entries.iter().zip(E::ALL) {
        let json_code = match &entry["code"] {
            serde_json::Value::String(text) => text.clone(),
            number => number.to_string(),
        };
        assert_eq!(json_code, code.code().to_string());
        assert_eq!(entry["name"], code.name());
        assert_eq!(entry["variant"], format!("{code:?}"));
        assert_eq!(entry["aliases"], serde_json::json!(code.aliases()));
        assert_eq!(entry["deprecated"], serde_json::json!(code.deprecated()));
        assert_eq!(entry["flags"], serde_json::json!(code.flags()));
        for platform in E::PLATFORMS {
            assert_eq!(
                entry["platform_names"]
                    .get(platform)
                    .and_then(|n| n.as_str()),
                code.platform_name(platform)
            );
        }
        match code.group() {
            Some(group) => {
                assert_eq!(entry["group"]["name"], group.name());
                assert_eq!(entry["group"]["title"], group.title());
            }
            None => assert!(entry["group"].is_null()),
        }
        for language in E::LANGUAGES {
            assert_eq!(
                entry["description"].get(language).and_then(|t| t.as_str()),
                code.description_in(language)
            );
            assert_eq!(
                entry["cause"].get(language).and_then(|t| t.as_str()),
                code.cause_in(language)
            );
            assert_eq!(
                entry["note"].get(language).and_then(|t| t.as_str()),
                code.note_in(language)
            );
        }
    }
    value
}

#[test]
fn json_of_the_built_in_catalogs_agrees_with_the_compiled_enums() {
    let sdk = json_agrees_with_the_enum::<ErrorCode>(Builtin::Sdk);
    assert_eq!(sdk["groups"][4]["ranges"], serde_json::json!([[400, 499]]));
    json_agrees_with_the_enum::<chat_errors::web::WebErrorCode>(Builtin::Web);
    let rest = json_agrees_with_the_enum::<RestErrorCode>(Builtin::Rest);
    for (entry, code) in rest["entries"]
        .as_array()
        .unwrap()
        .iter()
        .zip(RestErrorCode::ALL)
    {
        assert_eq!(entry["statuses"], serde_json::json!(code.statuses()));
        assert_eq!(entry["http_status"], serde_json::json!(code.http_status()));
    }
}
