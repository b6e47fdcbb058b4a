//! What `explain` makes of what a person types: numbers, any name in any letter case, and near
//! misses, which get the nearest names and the notes that mention them.

use chat_errors::ErrorCode;
use chat_errors::rest::RestErrorCode;
use chat_errors_examples::{Entry, Lookup, explain, lookup};

#[test]
fn any_name_in_any_case_finds_its_code() {
    for query in [
        "215",
        " 215 ",
        "USER_MUTED",
        "user_muted",
        "User_Muted",
        "AgoraChatErrorUserMuted",
        "agorachaterrorusermuted",
        "AGORACHATERRORUSERMUTED",
    ] {
        assert_eq!(
            lookup(query),
            Lookup::Sdk(ErrorCode::UserMuted),
            "{query:?}"
        );
    }
    assert_eq!(
        lookup("user_not_friend"),
        Lookup::Sdk(ErrorCode::UserNotOnRoster),
        "a Unity name"
    );
}

/// `name` with its first letter in the other case: no name is spelt like that.
fn swapped_case(name: &str) -> String {
    let mut chars = name.chars();
    let first = chars.next().unwrap();
    let first = if first.is_ascii_uppercase() {
        first.to_ascii_lowercase()
    } else {
        first.to_ascii_uppercase()
    };
    core::iter::once(first).chain(chars).collect()
}

#[test]
fn every_name_of_every_code_is_found() {
    for &code in ErrorCode::ALL {
        assert_eq!(lookup(&code.code().to_string()), Lookup::Sdk(code));
        assert_eq!(lookup(code.name()), Lookup::Sdk(code));
        assert_eq!(lookup(&swapped_case(code.name())), Lookup::Sdk(code));
        for (_, name) in code.platform_names() {
            assert_eq!(lookup(&swapped_case(name)), Lookup::Sdk(code), "{name}");
        }
    }
    // An exact match wins: the SDK's 608 is GROUP_NAME_VIOLATION, the API's string is lowercase.
    assert_eq!(
        lookup("group_name_violation"),
        Lookup::Rest(RestErrorCode::GroupNameViolation)
    );
}

#[test]
fn errors_of_the_rest_api_are_found_by_string_and_name() {
    for query in ["forbidden_op", "FORBIDDEN_OP", "Forbidden_Op"] {
        assert_eq!(
            lookup(query),
            Lookup::Rest(RestErrorCode::ForbiddenOp),
            "{query}"
        );
    }
    for &code in RestErrorCode::ALL {
        assert_eq!(lookup(code.code()), Lookup::Rest(code), "{}", code.code());
        // A name the SDK also has, or one in another case, is the SDK's.
        if ErrorCode::from_name(&code.code().to_uppercase()).is_none() {
            assert_eq!(lookup(code.name()), Lookup::Rest(code), "{}", code.name());
            assert_eq!(lookup(&swapped_case(code.code())), Lookup::Rest(code));
        }
    }
    let text = explain(RestErrorCode::ForbiddenOp);
    assert!(
        text.starts_with("code: forbidden_op\nname: FORBIDDEN_OP\n"),
        "{text}"
    );
    assert!(text.contains("\nhttp status: 400, 403\n"), "{text}");
    let Lookup::Missing { nearest, .. } = lookup("forbiden_op") else {
        panic!("found")
    };
    assert_eq!(nearest.first(), Some(&"FORBIDDEN_OP"));
}

#[test]
fn near_misses_get_the_nearest_names() {
    let Lookup::Missing { nearest, .. } = lookup("user_mutd") else {
        panic!("found")
    };
    assert_eq!(nearest.first(), Some(&"USER_MUTED"));
    let Lookup::Missing { nearest, .. } = lookup("AgoraChatErrorUserMute") else {
        panic!("found")
    };
    assert_eq!(nearest.first(), Some(&"AgoraChatErrorUserMuted"));
    let Lookup::Missing { nearest, in_notes } = lookup("zzzz") else {
        panic!("found")
    };
    assert!(nearest.is_empty() && in_notes.is_empty());
}

#[test]
fn names_and_numbers_the_catalog_only_mentions_point_to_the_note() {
    let Lookup::Missing { in_notes, .. } = lookup("userinfo_usercount_exceed") else {
        panic!("found")
    };
    assert_eq!(in_notes, [ErrorCode::PushNotSupport]);
    let Lookup::Missing { in_notes, .. } = lookup("606") else {
        panic!("found")
    };
    assert_eq!(in_notes, [ErrorCode::GroupNotExist]);
    // A number inside another number or a year is not a mention.
    let Lookup::Missing { in_notes, .. } = lookup("23") else {
        panic!("found")
    };
    assert!(in_notes.is_empty());
}

#[test]
fn the_example_exits_non_zero_on_a_miss() {
    // The same profile as this test, so the example is already built.
    let profile = if cfg!(debug_assertions) {
        "dev"
    } else {
        "release"
    };
    let explain = std::process::Command::new(env!("CARGO"))
        .args(["run", "--quiet", "--profile", profile])
        .args(["--package", "chat-errors-examples", "--example", "explain"])
        .args(["--", "user_mutd"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert!(!explain.status.success());
    let message = String::from_utf8(explain.stderr).unwrap();
    assert!(message.contains("did you mean `USER_MUTED`?"), "{message}");
}
