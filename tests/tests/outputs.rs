//! `explain --format markdown|json`: the catalog as a docs page and as data for other tools.

use chat_errors::ErrorCode;
use chat_errors::rest::RestErrorCode;
use chat_errors_examples::Entry;

const PAGE: &str = include_str!("../data/agora-chat-error-codes.md");
const LINK_BASE: &str = "https://docs.agora.io/cn/agora-chat/";

fn cells(line: &str) -> Vec<String> {
    line.trim()
        .trim_matches('|')
        .split('|')
        .map(|cell| cell.trim().to_owned())
        .collect()
}

#[test]
fn zh_markdown_has_the_agora_page_rows_and_columns() {
    let ours = chat_errors_examples::markdown("zh").unwrap();
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
    let text = chat_errors_examples::markdown("en").unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines[0],
        "| Code | Name | Description | Cause | Platform names | Note |"
    );
    assert_eq!(lines.len(), 2 + ErrorCode::ALL.len());
    for (line, &code) in lines[2..].iter().zip(ErrorCode::ALL) {
        let platform_names: Vec<String> = code
            .platform_names()
            .iter()
            .map(|(platform, name)| format!("{platform}: `{name}`"))
            .collect();
        assert_eq!(
            cells(line),
            [
                format!("`{}`", code.code()),
                format!("`{}`", code.name()),
                code.description_in("en").unwrap().to_owned(),
                code.cause_in("en").unwrap().to_owned(),
                platform_names.join("<br>"),
                code.note_in("en").unwrap_or_default().to_owned(),
            ]
        );
    }
    assert!(text.contains("ios: `AgoraChatErrorUserMuted`"));
    assert!(text.contains("USERINFO_USERCOUNT_EXCEED"));
    assert!(chat_errors_examples::markdown("fr").is_none());
}

#[test]
fn markdown_cells_cannot_break_the_table() {
    for language in ["zh", "en"] {
        assert!(
            chat_errors_examples::markdown(language)
                .unwrap()
                .lines()
                .skip(2)
                .all(|line| cells(line).len() == 6)
        );
    }
}

#[test]
fn json_has_every_field_in_every_language() {
    let value: serde_json::Value =
        serde_json::from_str(&chat_errors_examples::json::<ErrorCode>()).unwrap();
    let entries = value.as_array().unwrap();
    assert_eq!(entries.len(), ErrorCode::ALL.len());
    for (entry, &code) in entries.iter().zip(ErrorCode::ALL) {
        assert_eq!(entry["code"], code.code());
        assert_eq!(entry["name"], code.name());
        assert_eq!(entry["variant"], format!("{code:?}"));
        assert_eq!(entry["aliases"], serde_json::json!(code.aliases()));
        assert_eq!(entry["deprecated"], serde_json::json!(code.deprecated()));
        for &platform in ErrorCode::PLATFORMS {
            assert_eq!(
                entry["platform_names"]
                    .get(platform)
                    .and_then(|n| n.as_str()),
                code.platform_name(platform)
            );
        }
        assert_eq!(entry["group"]["name"], code.group().name());
        assert_eq!(entry["group"]["title"], code.group().title());
        assert_eq!(entry["flags"], serde_json::json!(code.flags()));
        for &language in ErrorCode::LANGUAGES {
            assert_eq!(
                entry["description"][language],
                code.description_in(language).unwrap()
            );
            assert_eq!(entry["cause"][language], code.cause_in(language).unwrap());
            assert_eq!(
                entry["note"].get(language).and_then(|n| n.as_str()),
                code.note_in(language)
            );
        }
    }
}

#[test]
fn rest_json_has_the_field_and_every_text() {
    let value: serde_json::Value =
        serde_json::from_str(&chat_errors_examples::json::<RestErrorCode>()).unwrap();
    let entries = value.as_array().unwrap();
    assert_eq!(entries.len(), RestErrorCode::ALL.len());
    for (entry, &code) in entries.iter().zip(RestErrorCode::ALL) {
        assert_eq!(entry["code"], code.code());
        assert_eq!(entry["name"], code.name());
        assert_eq!(entry["http_status"], serde_json::json!(code.http_status()));
        assert_eq!(entry["flags"], serde_json::json!(code.flags()));
        for &language in RestErrorCode::LANGUAGES {
            assert_eq!(
                entry["description"][language],
                code.description_in(language).unwrap()
            );
            assert_eq!(entry["cause"][language], code.cause_in(language).unwrap());
        }
    }
}
