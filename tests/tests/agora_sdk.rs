//! The catalog against today's native SDKs. `tests/data/agora-sdk-codes.tsv` holds, for every
//! native code, the identifier each source uses: Agora's current Android, iOS and Unity pages, the
//! 2022 page the catalog started from, and the constants of the Android and iOS SDKs 1.3.1. Every
//! code and name of the two SDK columns is in the catalog, or below with the reason it is not; a
//! row added to the table fails here until it is handled.

use chat_errors::ErrorCode;

const TABLE: &str = include_str!("../data/agora-sdk-codes.tsv");

/// SDK names the catalog does not attach to the code the SDK gives them, and why.
const NOT_ATTACHED: &[(i32, &str, &str)] = &[
    (
        209,
        "USER_UPDATEINFO_FAILED",
        "the page's name for 209 is PUSH_UPDATECONFIGS_FAILED; the note gives the SDK's",
    ),
    (
        605,
        "GROUP_SHARED_FILE_INVALIDID",
        "the page's 605 is group-not-exist; the note gives today's meaning",
    ),
    (
        605,
        "AgoraChatErrorGroupSharedFileInvalidId",
        "as GROUP_SHARED_FILE_INVALIDID",
    ),
    (
        606,
        "GROUP_NOT_EXIST",
        "the page gives this name to 605, so 606 cannot be an entry; 605's note says so",
    ),
    (
        606,
        "AgoraChatErrorGroupNotExist",
        "606 is not an entry; 605's note names it",
    ),
    (
        900,
        "USERINFO_USERCOUNT_EXCEED",
        "the page's 900 is PUSH_NOT_SUPPORT; the note gives today's meaning",
    ),
    (
        900,
        "AgoraChatErrorUserCountExceed",
        "as USERINFO_USERCOUNT_EXCEED",
    ),
    (
        901,
        "USERINFO_DATALENGTH_EXCEED",
        "the page's 901 is PUSH_BIND_FAILED; the note gives today's meaning",
    ),
    (
        901,
        "AgoraChatErrorUserInfoDataLengthExceed",
        "as USERINFO_DATALENGTH_EXCEED",
    ),
    (
        1403,
        "AgoraChatErrorNotSupportPush",
        "push-not-supported is the page's 900, whose note names it",
    ),
    (
        1500,
        "PUSH_NOT_SUPPORT",
        "the page gives this name to 900, whose note names 1500",
    ),
    (
        1501,
        "PUSH_BIND_FAILED",
        "the page gives this name to 901, whose note names 1501",
    ),
    (
        1501,
        "AgoraChatErrorPushBindFailed",
        "1501 is not an entry; 901's note names it",
    ),
    (
        1502,
        "PUSH_UNBIND_FAILED",
        "the page gives this name to 902, whose note names 1502",
    ),
    (
        1502,
        "AgoraChatErrorPushUnBindFailed",
        "1502 is not an entry; 902's note names it",
    ),
];

/// Codes of the SDKs that are not entries: their names belong to other codes of the page.
const NOT_ENTRIES: &[i32] = &[606, 1403, 1500, 1501, 1502];

struct Row {
    code: i32,
    columns: Vec<(&'static str, &'static str)>,
}

impl Row {
    fn get(&self, column: &str) -> Option<&'static str> {
        self.columns
            .iter()
            .find(|(name, _)| *name == column)
            .map(|(_, value)| *value)
            .filter(|value| !value.is_empty())
    }

    fn sdk_names(&self) -> impl Iterator<Item = &'static str> {
        ["android_1_3_1_sdk", "ios_1_3_1_sdk"]
            .into_iter()
            .filter_map(|column| self.get(column))
    }
}

fn rows() -> Vec<Row> {
    let mut lines = TABLE.lines();
    let header: Vec<&str> = lines.next().unwrap().split('\t').collect();
    assert_eq!(header[0], "code");
    lines
        .map(|line| {
            let cells: Vec<&str> = line.split('\t').collect();
            assert_eq!(cells.len(), header.len(), "{line}");
            Row {
                code: cells[0].parse().unwrap(),
                columns: header[1..]
                    .iter()
                    .copied()
                    .zip(cells[1..].iter().copied())
                    .collect(),
            }
        })
        .collect()
}

#[test]
fn every_sdk_code_is_an_entry_with_texts_in_both_languages() {
    let mut checked = 0;
    for row in rows().iter().filter(|row| row.sdk_names().next().is_some()) {
        if NOT_ENTRIES.contains(&row.code) {
            assert_eq!(ErrorCode::from_code(row.code), None, "{}", row.code);
            continue;
        }
        let code = ErrorCode::from_code(row.code)
            .unwrap_or_else(|| panic!("{} is missing from the catalog", row.code));
        for language in ["zh", "en"] {
            assert!(
                code.description_in(language).is_some(),
                "{code:?} {language}"
            );
            assert!(code.cause_in(language).is_some(), "{code:?} {language}");
        }
        checked += 1;
    }
    // Besides the SDKs' codes, the catalog holds 902, which only the 2022 page has.
    assert_eq!(ErrorCode::ALL.len(), checked + 1);
    for code in ErrorCode::ALL {
        assert!(
            rows().iter().any(|row| row.code == code.code()),
            "{code:?} is in no source"
        );
    }
}

#[test]
fn every_sdk_name_not_in_dispute_finds_its_code() {
    for row in rows() {
        for name in row.sdk_names() {
            if NOT_ATTACHED
                .iter()
                .any(|&(code, listed, _)| (code, listed) == (row.code, name))
            {
                assert_ne!(
                    ErrorCode::from_name(name).map(ErrorCode::code),
                    Some(row.code),
                    "{name} is attached after all: take it off NOT_ATTACHED"
                );
                continue;
            }
            assert_eq!(
                ErrorCode::from_name(name).map(ErrorCode::code),
                Some(row.code),
                "{name}"
            );
            assert_eq!(name.parse::<ErrorCode>().map(ErrorCode::code), Ok(row.code));
        }
    }
}

#[test]
fn every_exception_is_a_row_of_the_table_and_has_a_reason() {
    let rows = rows();
    for &(code, name, reason) in NOT_ATTACHED {
        let row = rows.iter().find(|row| row.code == code).unwrap();
        assert!(row.sdk_names().any(|each| each == name), "{code} {name}");
        assert!(!reason.is_empty());
    }
    for code in NOT_ENTRIES {
        assert!(rows.iter().any(|row| row.code == *code), "{code}");
    }
}

#[test]
fn every_name_not_attached_is_in_a_note() {
    for &(code, name, _) in NOT_ATTACHED {
        let mentioned = ErrorCode::ALL.iter().any(|entry| {
            ["zh", "en"].iter().all(|&language| {
                entry.note_in(language).is_some_and(|note| {
                    note.contains(name)
                        && (entry.code() == code || note.contains(&code.to_string()))
                })
            })
        });
        assert!(mentioned, "no note names {code} {name} in both languages");
    }
}

#[test]
fn notes_say_where_the_page_and_the_sdks_differ() {
    for code in [605, 900, 901, 902, 209, 208, 502] {
        let entry = ErrorCode::from_code(code).unwrap();
        for language in ["zh", "en"] {
            assert!(entry.note_in(language).is_some(), "{code} {language}");
        }
    }
    assert!(ErrorCode::PushNotSupport.note().unwrap().contains("1500"));
    assert!(
        ErrorCode::GroupNotExist
            .note_in("en")
            .unwrap()
            .contains("606")
    );
}

#[test]
fn the_ios_sdk_names_are_platform_names() {
    for row in rows() {
        let (Some(ios), Some(code)) = (row.get("ios_1_3_1_sdk"), ErrorCode::from_code(row.code))
        else {
            continue;
        };
        if NOT_ATTACHED.iter().any(|&(_, name, _)| name == ios) {
            assert_eq!(code.platform_name("ios"), None, "{ios}");
        } else {
            assert_eq!(code.platform_name("ios"), Some(ios));
        }
    }
    assert_eq!(
        ErrorCode::from_name("AgoraChatErrorUserMuted"),
        Some(ErrorCode::UserMuted)
    );
    // The iOS page's slip at 104 is not attached; the SDK's name is.
    assert_eq!(
        ErrorCode::from_name("AgoraChatErrorInvalidToken"),
        Some(ErrorCode::InvalidToken)
    );
    assert_eq!(
        ErrorCode::from_name("AgoraChatErrorUsernameTooLong"),
        Some(ErrorCode::UserNameTooLong)
    );
}

#[test]
fn the_unity_page_names_find_their_codes() {
    for row in rows() {
        let Some(unity) = row.get("unity") else {
            continue;
        };
        // The Unity page also lists 606 under the name the 2022 page gives 605.
        let expected = if row.code == 606 { 605 } else { row.code };
        assert_eq!(
            ErrorCode::from_name(unity).map(ErrorCode::code),
            Some(expected),
            "{unity}"
        );
    }
}

#[test]
fn codes_only_one_sdk_defines_say_so() {
    for (code, sdk) in [(307, "iOS"), (308, "iOS"), (309, "Android")] {
        let entry = ErrorCode::from_code(code).unwrap();
        assert!(
            entry
                .note_in("en")
                .unwrap()
                .contains(&format!("Only the {sdk} SDK"))
        );
    }
    assert_eq!(
        ErrorCode::ServerGetRtcConfigFailed.platform_name("ios"),
        Some("AgoraChatErrorServerGetRTCConfigFailed")
    );
}
