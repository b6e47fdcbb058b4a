//! The Web SDK's catalog against the facts: every (code, identifier) pair of `agora-chat` 1.4.0,
//! as compiled into the package and as `status.d.ts` declares it (`data/web-sdk-codes.tsv`, a
//! copy of the project's facts table). A new row fails here until the catalog handles it.

use chat_errors::ErrorCode;
use chat_errors::web::{WebError, WebErrorCode, WebErrorCodeGroup};

const TABLE: &str = include_str!("../data/web-sdk-codes.tsv");

struct Row {
    code: i32,
    identifier: &'static str,
    runtime_1_4_0: bool,
    documented_1_4_0: bool,
}

fn rows() -> Vec<Row> {
    let mut lines = TABLE.lines();
    assert_eq!(
        lines.next(),
        Some("code\tidentifier\truntime_1.3.1\truntime_1.4.0\tdocumented_1.3.1\tdocumented_1.4.0")
    );
    lines
        .map(|line| {
            let columns: Vec<&str> = line.split('\t').collect();
            let yes = |index: usize| columns.get(index).is_some_and(|cell| *cell == "yes");
            Row {
                code: columns[0].parse().unwrap(),
                identifier: columns[1],
                runtime_1_4_0: yes(3),
                documented_1_4_0: yes(5),
            }
        })
        .collect()
}

/// The numbers the Web SDK and the native SDKs give the same meaning; every other number both
/// have carries a note that names the native meaning.
const SAME_AS_NATIVE: &[i32] = &[
    0, 204, 206, 207, 216, 217, 219, 221, 304, 501, 504, 505, 509, 601, 602, 603, 605, 702, 704,
    705, 1100,
];

#[test]
fn every_identifier_of_the_1_4_0_runtime_resolves_to_its_code() {
    let rows = rows();
    let runtime: Vec<&Row> = rows.iter().filter(|row| row.runtime_1_4_0).collect();
    assert_eq!(
        runtime.len(),
        138,
        "the runtime enum of 1.4.0 has 138 members"
    );
    for row in &runtime {
        let entry = WebErrorCode::from_name(row.identifier)
            .unwrap_or_else(|| panic!("{} {} is not in web-errors.toml", row.code, row.identifier));
        assert_eq!(entry.code(), row.code, "{}", row.identifier);
    }
    for entry in WebErrorCode::ALL {
        assert!(
            runtime
                .iter()
                .any(|row| row.code == entry.code() && row.identifier == entry.name()),
            "{} {} is not a member of the 1.4.0 runtime",
            entry.code(),
            entry.name()
        );
    }
}

#[test]
fn undeclared_members_say_so_in_both_languages() {
    for row in rows().iter().filter(|row| row.runtime_1_4_0) {
        let entry = WebErrorCode::from_name(row.identifier).unwrap();
        if row.documented_1_4_0 || entry.name() != row.identifier {
            continue;
        }
        for language in ["zh", "en"] {
            let note = entry.note_in(language).unwrap_or_default();
            assert!(
                note.contains("status.d.ts"),
                "{} {language}: {note}",
                row.identifier
            );
        }
    }
}

#[test]
fn negative_codes_and_the_two_names_of_zero() {
    assert_eq!(
        WebErrorCode::from_code(-1),
        Some(WebErrorCode::RequestTimeout)
    );
    assert_eq!(WebErrorCode::RequestTimeout.name(), "REQUEST_TIMEOUT");
    let zero = WebErrorCode::from_code(0).unwrap();
    assert_eq!(WebErrorCode::from_name("REQUEST_SUCCESS"), Some(zero));
    assert_eq!(
        WebErrorCode::from_name("WEBIM_CONNCTION_USER_NOT_ASSIGN_ERROR"),
        Some(zero)
    );
    assert_eq!(zero.aliases(), ["WEBIM_CONNCTION_USER_NOT_ASSIGN_ERROR"]);
}

#[test]
fn numbers_that_mean_something_else_natively_have_a_note_in_both_languages() {
    for web in WebErrorCode::ALL {
        let Some(native) = ErrorCode::from_code(web.code()) else {
            continue;
        };
        if SAME_AS_NATIVE.contains(&web.code()) {
            continue;
        }
        for language in ["zh", "en"] {
            let note = web.note_in(language).unwrap_or_default();
            assert!(
                note.contains(native.name()),
                "{} {}: the {language} note does not name the native {}: {note}",
                web.code(),
                web.name(),
                native.name()
            );
        }
    }
    // 208 and 512, which the Web SDK added in 1.4.0.
    assert!(
        WebErrorCode::WebimUserAlreadyLogin
            .note_in("en")
            .unwrap()
            .contains("USER_REG_FAILED")
    );
    assert!(
        WebErrorCode::WebimUserAlreadyLogin
            .note_in("zh")
            .unwrap()
            .contains("USER_REG_FAILED")
    );
    let timeout = WebErrorCode::from_code(512).unwrap();
    assert_eq!(timeout.name(), "MESSAGE_SEND_TIMEOUT");
    assert!(
        timeout
            .note_in("en")
            .unwrap()
            .contains("MESSAGE_STREAM_INTERVAL_TIMEOUT")
    );
    assert!(
        timeout
            .note_in("zh")
            .unwrap()
            .contains("MESSAGE_STREAM_INTERVAL_TIMEOUT")
    );
}

#[test]
fn every_entry_has_texts_in_both_languages_and_a_group_that_owns_its_code() {
    for entry in WebErrorCode::ALL {
        for language in ["zh", "en"] {
            assert!(
                entry
                    .description_in(language)
                    .is_some_and(|text| !text.is_empty())
            );
            assert!(
                entry
                    .cause_in(language)
                    .is_some_and(|text| !text.is_empty()),
                "{entry:?}"
            );
        }
        assert_eq!(
            WebErrorCodeGroup::of_code(entry.code()),
            Some(entry.group())
        );
    }
    let unknown = WebError::new(-9, "");
    assert_eq!((unknown.kind(), unknown.group()), (None, None));
    assert_eq!(
        WebError::new(650, "").group(),
        Some(WebErrorCodeGroup::Group)
    );
}

#[test]
fn the_native_catalog_has_the_facts_of_2025_and_2026() {
    for code in [903, 904, 905] {
        let entry = ErrorCode::from_code(code).unwrap();
        assert!(
            entry
                .note_in("en")
                .unwrap()
                .contains("Android SDK 1.3.2 no longer defines")
        );
        assert!(
            entry
                .note_in("zh")
                .unwrap()
                .contains("Android SDK 1.3.2 已不再定义")
        );
        assert!(entry.deprecated().is_some(), "still an entry, deprecated");
    }
    let push_unbind = ErrorCode::from_code(902).unwrap();
    assert!(
        push_unbind
            .note_in("en")
            .unwrap()
            .starts_with("No Agora SDK defines 902")
    );
    assert!(
        push_unbind
            .note_in("en")
            .unwrap()
            .contains("Easemob Flutter")
    );
    assert!(
        push_unbind
            .note_in("zh")
            .unwrap()
            .contains("环信（Easemob）早期 Flutter SDK")
    );
    let limit = ErrorCode::AppActiveNumberReachLimitation;
    assert_eq!(
        limit.platform_name("react_native"),
        Some("APP_ACTIVE_NUMBER_REACH_LIMIT")
    );
    assert_eq!(
        ErrorCode::from_name("APP_ACTIVE_NUMBER_REACH_LIMIT"),
        Some(limit)
    );
    assert!(ErrorCode::PLATFORMS.contains(&"react_native"));
    // Easemob's codes are not Agora's: no entries, but their groups own them.
    for code in [350, 351, 352, 353, 354, 408, 409, 512, 513] {
        assert_eq!(ErrorCode::from_code(code), None, "{code}");
        assert!(
            chat_errors::ChatError::new(code, "").group().is_some(),
            "{code}"
        );
    }
}
