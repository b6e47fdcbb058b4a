//! The catalog against Agora's published table (`tests/data/agora-chat-error-codes.md`, copied
//! from the Chinese error-code page of 2022): every code, name, description and cause reaches the
//! generated Rust and the `explain` output unchanged, relative links made absolute, and the
//! page's rows keep their order among the codes the catalog adds.

use chat_errors::ErrorCode;

const PAGE: &str = include_str!("../data/agora-chat-error-codes.md");
const LINK_BASE: &str = "https://docs.agora.io/cn/agora-chat/";

struct Row {
    code: i32,
    name: String,
    description: String,
    cause: String,
}

fn rows() -> Vec<Row> {
    PAGE.lines()
        .filter(|line| line.starts_with("| `"))
        .map(|line| {
            let cells: Vec<&str> = line
                .trim()
                .trim_matches('|')
                .split('|')
                .map(str::trim)
                .collect();
            assert_eq!(cells.len(), 4, "{line}");
            Row {
                code: cells[0].trim_matches('`').parse().unwrap(),
                name: cells[1].trim_matches('`').to_owned(),
                description: cells[2].to_owned(),
                cause: cells[3].replace("](./", &format!("]({LINK_BASE}")),
            }
        })
        .collect()
}

#[test]
fn the_page_has_58_codes() {
    assert_eq!(rows().len(), 58);
}

#[test]
fn the_catalog_is_the_page_in_order() {
    let rows = rows();
    let from_the_page: Vec<ErrorCode> = ErrorCode::ALL
        .iter()
        .filter(|code| rows.iter().any(|row| row.code == code.code()))
        .collect();
    assert_eq!(from_the_page.len(), rows.len());
    for (code, row) in from_the_page.iter().zip(&rows) {
        assert_eq!(code.code(), row.code);
        assert_eq!(code.name(), row.name);
        assert_eq!(
            code.description_in("zh"),
            Some(row.description.as_str()),
            "{}",
            row.name
        );
        assert_eq!(
            code.cause_in("zh"),
            Some(row.cause.as_str()),
            "{}",
            row.name
        );
    }
}

#[test]
fn relative_links_became_absolute() {
    let cause = ErrorCode::InvalidAppKey.cause().unwrap();
    assert!(
        cause.contains("](https://docs.agora.io/cn/agora-chat/enable_agora_chat?platform=Android#获取即时通讯项目信息)"),
        "{cause}"
    );
    for code in ErrorCode::ALL {
        for language in ["zh", "en"] {
            let cause = code.cause_in(language).unwrap();
            assert!(!cause.contains("](./"), "{code:?} {language}: {cause}");
        }
    }
}

/// The model's entry of a compiled code.
fn entry(catalog: &chat_errors_codegen::Catalog, code: ErrorCode) -> &chat_errors_codegen::Entry {
    catalog
        .entries
        .iter()
        .find(|entry| entry.name == code.name())
        .unwrap()
}

#[test]
fn explain_agrees_with_the_page_for_every_code() {
    let sdk = chat_errors_cli::Builtin::Sdk.load().catalog;
    for row in rows() {
        let code = ErrorCode::from_code(row.code).unwrap();
        let text = chat_errors_cli::views::explain(&sdk, entry(&sdk, code), &[]);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[0], format!("code: {}", row.code));
        assert_eq!(lines[1], format!("name: {}", row.name));
        for line in [
            format!("description (zh): {}", row.description),
            format!("cause (zh): {}", row.cause),
        ] {
            assert!(lines.contains(&line.as_str()), "{line} not in\n{text}");
        }
        assert!(
            lines
                .iter()
                .any(|line| line.starts_with("description (en): "))
        );
        assert!(lines.iter().any(|line| line.starts_with("cause (en): ")));
    }
}

#[test]
fn the_table_has_a_line_per_code() {
    let sdk = chat_errors_cli::Builtin::Sdk.load().catalog;
    let table = chat_errors_cli::views::table(&sdk, None);
    assert_eq!(table.lines().count(), ErrorCode::ALL.len());
    for (line, code) in table.lines().zip(ErrorCode::ALL) {
        let words: Vec<&str> = line.split_whitespace().collect();
        assert_eq!(words[..2], [code.code().to_string().as_str(), code.name()]);
        assert!(line.ends_with(code.description()), "{line}");
    }
}
