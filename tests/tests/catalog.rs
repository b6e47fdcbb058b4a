//! The Agora catalog as a user meets it: every entry through every lookup, and the misses.

use std::collections::HashSet;
use std::str::FromStr;

use chat_errors::{ErrorCode, UnknownErrorCode, UnknownErrorCodeName};

#[test]
fn all_lists_every_code_once_in_catalog_order() {
    let codes: Vec<i32> = ErrorCode::ALL.iter().map(|c| c.code()).collect();
    assert!(
        codes.is_sorted(),
        "the catalog lists codes in ascending order"
    );
    assert_eq!(codes.iter().collect::<HashSet<_>>().len(), codes.len());
    assert_eq!(ErrorCode::ALL.get(0), Some(ErrorCode::EmNoError));
    assert_eq!(
        ErrorCode::ALL.last(),
        Some(ErrorCode::ThreadCreateMessageIllegal)
    );
}

#[test]
fn every_entry_round_trips_through_every_lookup() {
    for code in ErrorCode::ALL {
        let number = code.code();
        assert_eq!(ErrorCode::from_code(number), Some(code));
        assert_eq!(ErrorCode::try_from(number), Ok(code));
        assert_eq!(i32::from(code), number);
        assert_eq!(code as i32, number, "the discriminant is the code");
        assert_eq!(ErrorCode::from_name(code.name()), Some(code));
        assert_eq!(ErrorCode::from_str(code.name()), Ok(code));
        assert_eq!(code.description_in("zh"), Some(code.description()));
        assert_eq!(code.cause_in("zh"), code.cause());
        assert!(
            code.description_in("en")
                .is_some_and(|text| !text.is_empty())
        );
        assert!(code.cause_in("en").is_some_and(|text| !text.is_empty()));
        assert_eq!(
            code.to_string(),
            format!("{number} {}: {}", code.name(), code.description())
        );
    }
}

#[test]
fn variants_are_the_upper_camel_case_of_names() {
    for code in ErrorCode::ALL {
        let variant = format!("{code:?}");
        assert_eq!(variant, chat_errors_codegen::upper_camel_case(code.name()));
    }
    assert_eq!(
        format!("{:?}", ErrorCode::UserLoginAnotherDevice),
        "UserLoginAnotherDevice"
    );
}

#[test]
fn unknown_codes_are_none_or_an_error_that_keeps_the_code() {
    for unknown in [9, 606, 999, 1500, -1, i32::MIN, i32::MAX] {
        assert_eq!(ErrorCode::from_code(unknown), None);
        let error = ErrorCode::try_from(unknown).unwrap_err();
        assert_eq!(error, UnknownErrorCode(unknown));
        assert_eq!(error.0, unknown);
        assert!(error.to_string().contains(&unknown.to_string()));
    }
}

#[test]
fn unknown_names_are_none_or_an_error() {
    for unknown in ["", "user_muted", "USER_MUTED ", "UserMuted", "NOT_A_CODE"] {
        assert_eq!(ErrorCode::from_name(unknown), None, "{unknown:?}");
        let error: UnknownErrorCodeName = ErrorCode::from_str(unknown).unwrap_err();
        assert_eq!(error.to_string(), "unknown error name");
    }
}

#[test]
fn unknown_languages_have_no_texts() {
    assert_eq!(ErrorCode::UserMuted.description_in("fr"), None);
    assert_eq!(ErrorCode::UserMuted.cause_in(""), None);
}

#[test]
fn lookups_are_const() {
    const MUTED: Option<ErrorCode> = ErrorCode::from_code(215);
    const NAME: &str = ErrorCode::UserMuted.name();
    const CODE: i32 = ErrorCode::UserMuted.code();
    assert_eq!(
        (MUTED, NAME, CODE),
        (Some(ErrorCode::UserMuted), "USER_MUTED", 215)
    );
}

#[test]
fn helper_errors_implement_error() {
    fn is_error<E: std::error::Error + Send + Sync + 'static>(_: &E) {}
    is_error(&ErrorCode::NetworkError);
    is_error(&UnknownErrorCode(3));
    is_error(&"x".parse::<ErrorCode>().unwrap_err());
    assert_eq!(
        "x".parse::<ErrorCode>().unwrap_err().to_string(),
        "unknown error name"
    );
}
