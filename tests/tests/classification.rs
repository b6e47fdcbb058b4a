//! Flags and groups: what users act on (retry, log in again, fix the call), declared in the
//! catalog and answered by `ErrorCode` and `ChatError` alike.

use std::collections::HashSet;

use chat_errors::{ChatError, ErrorCode, ErrorCodeGroup};

#[test]
fn groups_follow_the_hundreds() {
    let expected = [
        ("general", 0),
        ("app_key", 1),
        ("user", 2),
        ("server", 3),
        ("file", 4),
        ("message", 5),
        ("group", 6),
        ("chat_room", 7),
        ("push", 9),
    ];
    let names: Vec<&str> = ErrorCodeGroup::ALL.iter().map(|g| g.name()).collect();
    assert_eq!(names, expected.map(|(name, _)| name));
    for (&group, (_, hundred)) in ErrorCodeGroup::ALL.iter().zip(expected) {
        assert!(!group.codes().is_empty(), "{group:?} is empty");
        for &code in group.codes() {
            assert_eq!(code.code() / 100, hundred, "{code:?} in {group:?}");
            assert_eq!(code.group(), group);
        }
        assert_eq!(group.to_string(), group.title());
    }
}

#[test]
fn every_code_is_in_exactly_one_group_in_catalog_order() {
    let mut seen = Vec::new();
    for group in ErrorCodeGroup::ALL {
        seen.extend_from_slice(group.codes());
    }
    assert_eq!(
        seen,
        ErrorCode::ALL,
        "groups list the codes in catalog order"
    );
}

fn flagged(flag: fn(ErrorCode) -> bool) -> HashSet<i32> {
    ErrorCode::ALL
        .iter()
        .filter(|&&c| flag(c))
        .map(|c| c.code())
        .collect()
}

#[test]
fn flags_mark_what_the_causes_say() {
    assert_eq!(
        flagged(ErrorCode::is_retryable),
        HashSet::from([2, 209, 300, 301, 302, 304, 402, 403, 502, 901, 902])
    );
    assert_eq!(
        flagged(ErrorCode::is_relogin),
        HashSet::from([100, 101, 102, 104, 201, 202, 206, 207, 210, 216, 217])
    );
    assert_eq!(
        flagged(ErrorCode::is_invalid_argument),
        HashSet::from([101, 205, 208, 401, 405, 500, 600, 700])
    );
}

#[test]
fn flag_methods_agree_with_flag_names() {
    for &code in ErrorCode::ALL {
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
