//! What `explain` makes of what a person types: numbers, any name in any letter case, and near
//! misses, which get the nearest names and the notes that mention them.

use chat_errors::ErrorCode;
use chat_errors_examples::{Lookup, lookup};

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
            Lookup::Found(ErrorCode::UserMuted),
            "{query:?}"
        );
    }
    assert_eq!(
        lookup("user_not_friend"),
        Lookup::Found(ErrorCode::UserNotOnRoster),
        "a Unity name"
    );
}

#[test]
fn every_name_of_every_code_is_found() {
    for &code in ErrorCode::ALL {
        assert_eq!(lookup(&code.code().to_string()), Lookup::Found(code));
        assert_eq!(lookup(&code.name().to_lowercase()), Lookup::Found(code));
        for (_, name) in chat_errors_examples::platform_names(code) {
            assert_eq!(lookup(&name.to_uppercase()), Lookup::Found(code), "{name}");
        }
    }
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
