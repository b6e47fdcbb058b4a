//! What `explain` makes of what a person types: numbers, any name in any letter case, text from a
//! log, and near misses, which get the nearest names, the group that owns an unlisted code and
//! the entries that mention it.

use chat_errors::ErrorCode;
use chat_errors::rest::RestErrorCode;
use chat_errors_cli::lookup::{Answer, answer};
use chat_errors_cli::{Builtin, Loaded};

fn builtins() -> Vec<Loaded> {
    Builtin::ALL.map(Builtin::load).to_vec()
}

/// The code and catalog `query` finds, or `None` on a miss.
fn found(catalogs: &[Loaded], query: &str) -> Option<(String, String)> {
    match answer(catalogs, query) {
        Answer::Entry(loaded, entry) => Some((loaded.label.clone(), entry.code.to_string())),
        _ => None,
    }
}

fn sdk(code: ErrorCode) -> Option<(String, String)> {
    Some(("sdk".into(), code.code().to_string()))
}

fn rest(code: RestErrorCode) -> Option<(String, String)> {
    Some(("rest".into(), code.code().to_owned()))
}

/// `chat-errors explain ARGS…`: status, stdout and stderr.
fn explain(arguments: &[&str]) -> (u8, String, String) {
    use clap::Parser as _;
    let command = ["chat-errors", "explain"].iter().chain(arguments);
    let cli = chat_errors_cli::Cli::try_parse_from(command).unwrap();
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let status = chat_errors_cli::run(cli, &mut out, &mut err);
    (
        status,
        String::from_utf8(out).unwrap(),
        String::from_utf8(err).unwrap(),
    )
}

#[test]
fn any_name_in_any_case_finds_its_code() {
    let catalogs = builtins();
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
            found(&catalogs, query),
            sdk(ErrorCode::UserMuted),
            "{query:?}"
        );
    }
    assert_eq!(
        found(&catalogs, "user_not_friend"),
        sdk(ErrorCode::UserNotOnRoster),
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
    let catalogs = builtins();
    for code in ErrorCode::ALL {
        assert_eq!(found(&catalogs, &code.code().to_string()), sdk(code));
        assert_eq!(found(&catalogs, code.name()), sdk(code));
        assert_eq!(found(&catalogs, &swapped_case(code.name())), sdk(code));
        for platform in ErrorCode::PLATFORMS {
            if let Some(name) = code.platform_name(platform) {
                assert_eq!(found(&catalogs, &swapped_case(name)), sdk(code), "{name}");
            }
        }
    }
    // An exact match wins: the SDK's 608 is GROUP_NAME_VIOLATION, the API's string is lowercase.
    assert_eq!(
        found(&catalogs, "group_name_violation"),
        rest(RestErrorCode::GroupNameViolation)
    );
}

#[test]
fn errors_of_the_rest_api_are_found_by_string_and_name() {
    let catalogs = builtins();
    for query in ["forbidden_op", "FORBIDDEN_OP", "Forbidden_Op"] {
        assert_eq!(
            found(&catalogs, query),
            rest(RestErrorCode::ForbiddenOp),
            "{query}"
        );
    }
    for code in RestErrorCode::ALL {
        assert_eq!(found(&catalogs, code.code()), rest(code), "{}", code.code());
        // A name the SDK also has, or one in another case, is the SDK's.
        if ErrorCode::from_name(&code.code().to_uppercase()).is_none() {
            assert_eq!(found(&catalogs, code.name()), rest(code), "{}", code.name());
            assert_eq!(found(&catalogs, &swapped_case(code.code())), rest(code));
        }
    }
    let (status, text, _) = explain(&["forbidden_op"]);
    assert_eq!(status, 0);
    assert!(
        text.starts_with("code: forbidden_op\nname: FORBIDDEN_OP\n"),
        "{text}"
    );
    assert!(
        text.contains("\nhttp status: 400\nstatuses: 400, 403\n"),
        "{text}"
    );
    assert!(
        text.ends_with("\ncatalog: rest (the RESTful API's error strings)\n"),
        "{text}"
    );
    let (status, _, message) = explain(&["forbiden_op"]);
    assert_eq!(status, 1);
    assert!(message.contains("did you mean `FORBIDDEN_OP`"), "{message}");
}

#[test]
fn near_misses_get_the_nearest_names() {
    let catalogs = builtins();
    for (query, expected) in [
        ("user_mutd", "USER_MUTED"),
        ("AgoraChatErrorUserMute", "AgoraChatErrorUserMuted"),
    ] {
        let Answer::Missing { nearest, .. } = answer(&catalogs, query) else {
            panic!("{query} found")
        };
        assert_eq!(nearest.first(), Some(&expected));
    }
    let Answer::Missing {
        nearest,
        mentions,
        unlisted,
        foreign,
    } = answer(&catalogs, "zzzz")
    else {
        panic!("found")
    };
    assert!(nearest.is_empty() && mentions.is_empty() && unlisted.is_empty() && foreign.is_empty());
}

#[test]
fn names_and_numbers_the_catalog_only_mentions_point_to_the_entries_that_mention_them() {
    // The native catalog alone: the Web SDK has its own 606.
    let catalogs = &builtins()[..1];
    let mentioned = |query: &str| -> Vec<String> {
        let Answer::Missing { mentions, .. } = answer(catalogs, query) else {
            panic!("{query} found")
        };
        mentions
            .iter()
            .map(|(_, entry)| entry.name.clone())
            .collect()
    };
    assert_eq!(mentioned("userinfo_usercount_exceed"), ["PUSH_NOT_SUPPORT"]);
    assert!(mentioned("606").contains(&"GROUP_NOT_EXIST".to_owned()));
    // A number inside another number or a year is not a mention.
    assert!(mentioned("23").is_empty());
}

#[test]
fn text_from_a_log_lists_the_entries_whose_texts_match_it() {
    let (status, text, _) = explain(&["用户被禁言"]);
    assert_eq!(status, 0);
    assert_eq!(
        text,
        "entries whose texts match \"用户被禁言\":\n215 USER_MUTED: 用户被禁言\n"
    );
    // In any language, ignoring case.
    let (status, text, _) = explain(&["the user is muted"]);
    assert_eq!(status, 0);
    assert!(text.contains("\n215 USER_MUTED: "), "{text}");
    let (status, _, message) = explain(&["no such words here"]);
    assert_eq!(status, 1);
    assert!(
        message.contains("is neither a code nor a name"),
        "{message}"
    );
}

#[test]
fn an_unlisted_code_in_a_groups_range_names_the_group_and_still_misses() {
    let (status, out, message) = explain(&["408"]);
    assert_eq!((status, out.as_str()), (1, ""));
    assert!(
        message.contains("sdk does not list 408, but its group File (400–499) owns it"),
        "{message}"
    );
    assert!(
        message
            .contains("web does not list 408, but its group Connection states (400–499) owns it"),
        "{message}"
    );
    let (status, _, message) = explain(&["--catalog", "sdk", "1150"]);
    assert_eq!(status, 1);
    assert!(
        message.contains("Translation (903–905, 1110–1199)"),
        "{message}"
    );
}

#[test]
fn a_number_both_sdks_have_says_which_catalog_answered_and_that_the_web_numbers_differently() {
    let (status, text, _) = explain(&["208"]);
    assert_eq!(status, 0);
    assert!(
        text.starts_with("code: 208\nname: USER_REG_FAILED\n"),
        "{text}"
    );
    assert!(
        text.contains("\ncatalog: sdk (the native SDKs' codes)\n"),
        "{text}"
    );
    assert!(
        text.ends_with(
            "web (the Web SDK's own numbering) numbers its codes on its own: its 208 is \
             WEBIM_USER_ALREADY_LOGIN (chat-errors explain --catalog web 208)\n"
        ),
        "{text}"
    );
    let (status, text, _) = explain(&["--catalog", "web", "-1"]);
    assert_eq!(status, 0);
    assert!(
        text.starts_with("code: -1\nname: REQUEST_TIMEOUT\n"),
        "{text}"
    );
    // By name, a catalog answers without a word about numbers.
    let (_, text, _) = explain(&["USER_REG_FAILED"]);
    assert!(!text.contains("numbers its codes on its own"), "{text}");
}

#[test]
fn codes_only_easemob_defines_are_explained_as_such_with_their_group() {
    for (code, name, group) in [
        ("350", "CONNECTION_TIMEOUT", "Server (300–399)"),
        ("408", "FILE_DURATION_TOO_LONG", "File (400–499)"),
        ("513", "MESSAGE_STREAM_TIMEOUT", "Message (500–599)"),
    ] {
        let (status, out, message) = explain(&["--catalog", "sdk", code]);
        assert_eq!((status, out.as_str()), (1, ""), "{code}");
        assert!(
            message.contains(&format!("Easemob's SDKs define {code} {name}: ")),
            "{message}"
        );
        assert!(
            message.contains("sdk does not list it: no Agora SDK publishes it yet"),
            "{message}"
        );
        assert!(
            message.contains(&format!("its group {group} owns it")),
            "{message}"
        );
    }
    // The Web SDK has its own 512; the native catalog's word on 512 comes with it.
    let (status, text, _) = explain(&["512"]);
    assert_eq!(status, 0);
    assert!(
        text.starts_with("code: 512\nname: MESSAGE_SEND_TIMEOUT\n"),
        "{text}"
    );
    assert!(
        text.contains("\ncatalog: web (the Web SDK's own numbering)\n"),
        "{text}"
    );
    assert!(
        text.contains(
            "does not list 512, which Easemob's SDKs define as MESSAGE_STREAM_INTERVAL_TIMEOUT"
        ),
        "{text}"
    );
}

#[test]
fn lang_keeps_one_language_and_a_missing_one_is_an_error() {
    let (status, text, _) = explain(&["--lang", "en-US", "215"]);
    assert_eq!(status, 0);
    assert!(text.contains("\ndescription (en): "), "{text}");
    assert!(!text.contains("(zh)"), "{text}");
    let (status, _, message) = explain(&["--lang", "fr", "215"]);
    assert_eq!(status, 2);
    assert!(message.contains("its languages are zh, en"), "{message}");
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
