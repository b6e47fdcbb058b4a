//! `explain --format markdown|json`: the catalog as a docs page and as data for other tools.

use chat_errors::ErrorCode;

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
fn zh_markdown_matches_the_agora_page_row_by_row() {
    let ours = chat_errors_examples::markdown("zh").unwrap();
    let our_lines: Vec<&str> = ours.lines().collect();
    let page_lines: Vec<&str> = PAGE.lines().collect();
    assert_eq!(our_lines.len(), page_lines.len());
    assert_eq!(cells(our_lines[0]), cells(page_lines[0]), "header");
    for (ours, page) in our_lines.iter().zip(&page_lines).skip(2) {
        let page: Vec<String> = cells(page)
            .into_iter()
            .map(|cell| cell.replace("](./", &format!("]({LINK_BASE}")))
            .collect();
        assert_eq!(cells(ours), page);
    }
}

#[test]
fn en_markdown_has_a_row_per_code() {
    let text = chat_errors_examples::markdown("en").unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "| Code | Name | Description | Cause |");
    assert_eq!(lines.len(), 2 + ErrorCode::ALL.len());
    for (line, code) in lines[2..].iter().zip(ErrorCode::ALL) {
        assert_eq!(
            cells(line),
            [
                format!("`{}`", code.code()),
                format!("`{}`", code.name()),
                code.description_in("en").unwrap().to_owned(),
                code.cause_in("en").unwrap().to_owned(),
            ]
        );
    }
    assert!(chat_errors_examples::markdown("fr").is_none());
}

#[test]
fn markdown_cells_cannot_break_the_table() {
    assert!(
        chat_errors_examples::markdown("zh")
            .unwrap()
            .lines()
            .skip(2)
            .all(|line| cells(line).len() == 4)
    );
}

#[test]
fn json_has_every_field_in_every_language() {
    let value: serde_json::Value = serde_json::from_str(&chat_errors_examples::json()).unwrap();
    let entries = value.as_array().unwrap();
    assert_eq!(entries.len(), ErrorCode::ALL.len());
    for (entry, &code) in entries.iter().zip(ErrorCode::ALL) {
        assert_eq!(entry["code"], code.code());
        assert_eq!(entry["name"], code.name());
        assert_eq!(entry["variant"], format!("{code:?}"));
        assert_eq!(entry["aliases"], serde_json::json!(code.aliases()));
        assert_eq!(entry["deprecated"], serde_json::Value::Null);
        assert_eq!(entry["group"]["name"], code.group().name());
        assert_eq!(entry["group"]["title"], code.group().title());
        assert_eq!(entry["flags"], serde_json::json!(code.flags()));
        for &language in ErrorCode::LANGUAGES {
            assert_eq!(
                entry["description"][language],
                code.description_in(language).unwrap()
            );
            assert_eq!(entry["cause"][language], code.cause_in(language).unwrap());
        }
    }
}
