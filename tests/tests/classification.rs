//! Flags and groups: what users act on (retry, log in again, fix the call), declared in the
//! catalog and answered by `ErrorCode` and `ChatError` alike.

use std::collections::HashSet;

use chat_errors::{ChatError, ErrorCode, ErrorCodeGroup};

#[test]
fn groups_hold_their_ranges() {
    let expected: [(&str, &[(i32, i32)]); 15] = [
        ("general", &[(0, 99)]),
        ("app_key", &[(100, 199)]),
        ("user", &[(200, 299)]),
        ("server", &[(300, 399)]),
        ("file", &[(400, 499)]),
        ("message", &[(500, 599)]),
        ("group", &[(600, 699)]),
        ("chat_room", &[(700, 799)]),
        ("push", &[(900, 902)]),
        ("contacts", &[(1000, 1099)]),
        ("presence", &[(1100, 1109)]),
        ("translation", &[(903, 905), (1110, 1199)]),
        ("moderation", &[(1200, 1299)]),
        ("reaction", &[(1300, 1399)]),
        ("thread", &[(1400, 1499)]),
    ];
    let names: Vec<&str> = ErrorCodeGroup::ALL.iter().map(|g| g.name()).collect();
    assert_eq!(names, expected.map(|(name, _)| name));
    for (group, (_, ranges)) in ErrorCodeGroup::ALL.iter().zip(expected) {
        assert!(!group.codes().is_empty(), "{group:?} is empty");
        for code in group.codes() {
            let number = code.code();
            assert!(
                ranges
                    .iter()
                    .any(|&(low, high)| (low..=high).contains(&number)),
                "{code:?} in {group:?}"
            );
            assert_eq!(code.group(), *group);
        }
        assert_eq!(group.to_string(), group.title());
    }
}

#[test]
fn every_code_is_in_exactly_one_group_in_catalog_order() {
    let mut seen = Vec::new();
    for group in ErrorCodeGroup::ALL {
        let codes = group.codes();
        let positions: Vec<usize> = codes
            .iter()
            .map(|code| ErrorCode::ALL.iter().position(|c| c == code).unwrap())
            .collect();
        assert!(positions.is_sorted(), "{group:?} lists codes out of order");
        seen.extend(codes);
    }
    seen.sort();
    let all: Vec<ErrorCode> = ErrorCode::ALL.iter().collect();
    assert_eq!(seen, all, "each code in exactly one group");
}

fn flagged(flag: fn(ErrorCode) -> bool) -> HashSet<i32> {
    ErrorCode::ALL
        .iter()
        .filter(|&c| flag(c))
        .map(|c| c.code())
        .collect()
}

#[test]
fn flags_mark_what_the_causes_say() {
    assert_eq!(
        flagged(ErrorCode::is_retryable),
        HashSet::from([
            2, 209, 212, 300, 301, 302, 304, 402, 403, 502, 509, 901, 902
        ])
    );
    assert_eq!(
        flagged(ErrorCode::is_relogin),
        HashSet::from([
            100, 101, 102, 104, 108, 201, 202, 206, 207, 210, 216, 217, 220
        ])
    );
    assert_eq!(
        flagged(ErrorCode::is_invalid_argument),
        HashSet::from([
            101, 103, 105, 110, 112, 205, 208, 401, 405, 406, 500, 510, 600, 608, 611, 612, 700,
            903, 905, 1100, 1101, 1110, 1302
        ])
    );
}

#[test]
fn flag_methods_agree_with_flag_names() {
    for code in ErrorCode::ALL {
        let names = code.flags();
        assert_eq!(
            code.is_retryable(),
            names.contains(&"retryable"),
            "{code:?}"
        );
        assert_eq!(code.is_relogin(), names.contains(&"relogin"), "{code:?}");
        assert_eq!(
            code.is_invalid_argument(),
            names.contains(&"invalid_argument"),
            "{code:?}"
        );
    }
}

#[test]
fn chat_error_answers_the_same_questions() {
    let busy = ChatError::new(302, "busy");
    assert!(busy.is_retryable());
    assert!(!busy.is_relogin());
    assert_eq!(busy.group(), Some(ErrorCodeGroup::Server));

    let kicked = ChatError::new(206, "");
    assert!(kicked.is_relogin() && !kicked.is_retryable());
    assert_eq!(kicked.group(), Some(ErrorCodeGroup::User));

    let bad_id = ChatError::new(600, "");
    assert!(bad_id.is_invalid_argument());

    let unknown = ChatError::new(4_040, "");
    assert_eq!(unknown.group(), None);
    assert!(!unknown.is_retryable() && !unknown.is_relogin() && !unknown.is_invalid_argument());
}
