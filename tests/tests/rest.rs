//! The RESTful API's catalog and `RestError`, as a server meets them: a failed call's status and
//! JSON body in, the catalog's answer out, and strings it does not know kept as they came.

use chat_errors::rest::{RestError, RestErrorCode, UnknownRestErrorCode};

/// A body as the API sends it; only `error` and `error_description` are read.
const BODY: &str = r#"{"error":"forbidden_op","exception":"EasemobForbiddenOpException","timestamp":1644402553845,"duration":0,"error_description":"message recall service is unopened"}"#;

#[test]
fn every_string_round_trips() {
    for code in RestErrorCode::ALL {
        assert_eq!(RestErrorCode::from_code(code.code()), Some(code));
        assert_eq!(RestErrorCode::try_from(code.code()), Ok(code));
        assert_eq!(RestErrorCode::from_name(code.name()), Some(code));
        assert!(!code.statuses().is_empty(), "{code:?}");
        assert_eq!(
            code.http_status(),
            code.statuses().first().copied(),
            "{code:?}"
        );
        assert!(
            code.statuses()
                .iter()
                .all(|status| (400..600).contains(status)),
            "{code:?}"
        );
        for language in ["en", "zh"] {
            assert!(code.description_in(language).is_some(), "{code:?}");
            assert!(code.cause_in(language).is_some(), "{code:?}");
        }
    }
    assert_eq!(RestErrorCode::AuthBadAccessToken.statuses(), [401]);
    assert_eq!(RestErrorCode::AuthBadAccessToken.http_status(), Some(401));
    assert!(RestErrorCode::AuthBadAccessToken.is_relogin());
    assert!(RestErrorCode::ReachLimit.is_retryable());
    assert!(RestErrorCode::JsonParse.is_invalid_argument());
}

#[test]
fn unknown_strings_are_misses_that_keep_the_string() {
    for miss in ["", "forbidden", "FORBIDDEN_OP", "forbidden_op "] {
        assert_eq!(RestErrorCode::from_code(miss), None, "{miss:?}");
        assert_eq!(
            RestErrorCode::try_from(miss),
            Err(UnknownRestErrorCode(miss))
        );
    }
}

#[test]
fn a_body_becomes_a_rest_error() {
    let error: RestError = serde_json::from_str::<RestError>(BODY)
        .unwrap()
        .with_status(403);
    assert_eq!(error.status(), Some(403));
    assert_eq!(error.code(), "forbidden_op");
    assert_eq!(error.message(), "message recall service is unopened");
    assert_eq!(error.kind(), Some(RestErrorCode::ForbiddenOp));
    assert_eq!(
        error.to_string(),
        "403 forbidden_op: message recall service is unopened"
    );
    let without_status: RestError = serde_json::from_str(BODY).unwrap();
    assert_eq!(without_status.status(), None);
    assert_eq!(
        without_status.to_string(),
        "forbidden_op: message recall service is unopened"
    );
}

#[test]
fn an_unknown_string_is_kept_and_its_status_answers() {
    let body = r#"{"error":"quota_of_tomorrow","error_description":"new in 2027"}"#;
    let error = serde_json::from_str::<RestError>(body)
        .unwrap()
        .with_status(503);
    assert_eq!(error.kind(), None);
    assert_eq!(error.code(), "quota_of_tomorrow");
    assert!(error.is_retryable() && !error.is_relogin() && !error.is_invalid_argument());
    assert!(RestError::new(401, "x", "").is_relogin());
    assert!(RestError::new(400, "x", "").is_invalid_argument());
    assert!(!RestError::new(418, "x", "").is_retryable());
    // A known string answers from the catalog, whatever the status.
    assert!(!RestError::new(503, "json_parse", "").is_retryable());
}

#[test]
fn a_rest_error_round_trips_through_json() {
    let error = RestError::new(401, "unauthorized", "Unable to authenticate (OAuth)");
    let json = serde_json::to_value(&error).unwrap();
    assert_eq!(
        json,
        serde_json::json!({
            "status": 401,
            "error": "unauthorized",
            "error_description": "Unable to authenticate (OAuth)",
        })
    );
    assert_eq!(serde_json::from_value::<RestError>(json).unwrap(), error);
    let body_only = serde_json::to_value(serde_json::from_str::<RestError>(BODY).unwrap()).unwrap();
    assert!(body_only.get("status").is_none());
}

#[test]
fn errors_raised_on_this_side_take_the_catalogs_status_and_text() {
    let error = RestError::from(RestErrorCode::ReachLimit);
    assert_eq!(error.status(), Some(429));
    assert_eq!(error.code(), "reach_limit");
    assert_eq!(error.message(), RestErrorCode::ReachLimit.description());
}
