//! A catalog of a user's own, expanded through `chat_errors::agora_errors!`, gets what the Agora
//! catalogs get: the `Catalog` trait, `Error<E>` that keeps unknown codes, groups that classify
//! codes it does not list, and serde by name; and one generic function serves every catalog.

use chat_errors::{Catalog, Error, ErrorCode, Group as _};

chat_errors::agora_errors!("catalogs/billing.toml");

#[test]
fn an_error_keeps_an_unknown_code_and_its_message() {
    let error = Error::<BillingError>::new(4_077, "issuer said no, in a newer way");
    assert_eq!(error.code(), 4_077u16);
    assert_eq!(error.kind(), None);
    assert_eq!(error.message(), "issuer said no, in a newer way");
    assert_eq!(error.to_string(), "4077: issuer said no, in a newer way");
    assert!(error.flags().is_empty() && !error.has_flag("retryable"));

    let known = Error::<BillingError>::new(5_003, "upstream slow");
    assert_eq!(known.kind(), Some(BillingError::GatewayTimeout));
    assert_eq!(known.to_string(), "5003 GATEWAY_TIMEOUT: upstream slow");
    assert!(known.has_flag("retryable"));
    assert_eq!(known.flags(), ["retryable"]);
    let raised = Error::from(BillingError::CardDeclined);
    assert_eq!(
        (raised.code(), raised.message()),
        (4_001, "The card was declined.")
    );
}

#[test]
fn groups_classify_codes_the_catalog_does_not_list() {
    for (code, group) in [
        (4_077, Some(BillingErrorGroup::Card)),
        (4_000, Some(BillingErrorGroup::Card)),
        (4_099, Some(BillingErrorGroup::Card)),
        (5_950, Some(BillingErrorGroup::Gateway)),
        (5_003, Some(BillingErrorGroup::Gateway)),
        // A group without ranges still owns its entries' codes, and nothing else.
        (7, Some(BillingErrorGroup::Other)),
        (8, None),
        (4_100, None),
        (5_100, None),
    ] {
        assert_eq!(BillingErrorGroup::of_code(code), group, "{code}");
        assert_eq!(
            Error::<BillingError>::new(code, "").group(),
            group,
            "{code}"
        );
    }
    // The Agora catalog: an SDK newer than the catalog sends 408, a file error.
    assert_eq!(ErrorCode::from_code(408), None);
    assert_eq!(
        chat_errors::ChatError::new(408, "").group(),
        Some(chat_errors::ErrorCodeGroup::File)
    );
}

#[derive(serde::Serialize, serde::Deserialize, Debug, PartialEq)]
struct Event {
    #[serde(with = "chat_errors::serde::by_name")]
    error: BillingError,
}

#[test]
fn serde_by_name_and_the_error_value_round_trip() {
    let event = Event {
        error: BillingError::CardDeclined,
    };
    let json = serde_json::to_string(&event).unwrap();
    assert_eq!(json, r#"{"error":"CARD_DECLINED"}"#);
    assert_eq!(serde_json::from_str::<Event>(&json).unwrap(), event);
    for other in [r#"{"error":"DECLINED"}"#, r#"{"error":4001}"#] {
        assert_eq!(serde_json::from_str::<Event>(other).unwrap(), event);
    }

    let error = Error::<BillingError>::new(4_077, "newer");
    let json = serde_json::to_value(&error).unwrap();
    assert_eq!(
        json,
        serde_json::json!({ "code": 4077, "message": "newer" })
    );
    assert_eq!(
        serde_json::from_value::<Error<BillingError>>(json).unwrap(),
        error
    );
}

/// Written once, for any catalog: the entry's name and group, or what is known of an unknown
/// code, and the description in the language asked for.
fn summary<E: Catalog>(error: &Error<E>, language: &str) -> String {
    let group = error.group().map_or("no group", |group| group.name());
    match error.kind() {
        Some(kind) => format!(
            "{} in {group}: {}",
            kind.name(),
            kind.description_in(language).unwrap_or(kind.description())
        ),
        None => format!("unknown {} in {group}", error.code()),
    }
}

#[test]
fn one_generic_function_serves_two_catalogs() {
    assert_eq!(
        summary(&Error::<BillingError>::new(4_001, ""), "de-CH"),
        "CARD_DECLINED in card: Die Karte wurde abgelehnt."
    );
    assert_eq!(
        summary(&Error::<BillingError>::new(5_901, ""), "en"),
        "unknown 5901 in gateway"
    );
    assert_eq!(
        summary(&chat_errors::ChatError::new(215, ""), "en-GB"),
        "USER_MUTED in user: The user is muted."
    );
    assert_eq!(
        summary(
            &Error::<chat_errors::rest::RestErrorCode>::new("forbidden_op", ""),
            "en"
        ),
        "FORBIDDEN_OP in bad_request: The operation is not allowed."
    );
    assert_eq!(
        summary(
            &Error::<chat_errors_tests::wide::DeviceError>::new(199, ""),
            "en"
        ),
        format!(
            "{} in no group: {}",
            chat_errors_tests::wide::DeviceError::from_code(199)
                .unwrap()
                .name(),
            chat_errors_tests::wide::DeviceError::from_code(199)
                .unwrap()
                .description()
        )
    );
    // The trait's view of the whole catalog, and a code as a person types it.
    assert_eq!(<BillingError as Catalog>::ALL.len(), 3);
    assert_eq!(<BillingError as Catalog>::NAME, "BillingError");
    assert_eq!(BillingError::parse_code(" 4001 "), Some(4_001));
    assert_eq!(BillingError::parse_code("70000"), None, "not a u16");
    assert_eq!(
        <BillingError as Catalog>::FLAGS,
        [("retryable", "Trying again later may succeed.")]
    );
    let codes: Vec<String> = <BillingError as Catalog>::ALL
        .iter()
        .map(|code| Catalog::code(code).to_string())
        .collect();
    assert_eq!(codes, ["4001", "5003", "7"]);
}

#[test]
fn string_codes_are_classified_by_prefix() {
    use chat_errors_tests::sqlstate::{SqlState, SqlStateGroup};
    let unknown = Error::<SqlState>::new("23999", "a constraint of a newer server");
    assert_eq!(unknown.kind(), None);
    assert_eq!(unknown.code(), "23999");
    assert_eq!(unknown.group(), Some(SqlStateGroup::Class23));
    assert_eq!(
        SqlStateGroup::of_code("23505"),
        Some(SqlStateGroup::Class23)
    );
    assert_eq!(SqlStateGroup::of_code("ZZ000"), None);
    assert_eq!(
        Error::<SqlState>::new("23505", "").kind(),
        Some(SqlState::UniqueViolation)
    );
}

#[test]
fn huge_catalogs_implement_the_trait_too() {
    use chat_errors_tests::huge::HugeError;
    assert_eq!(<HugeError as Catalog>::ALL.len(), 12_000);
    let first = <HugeError as Catalog>::ALL.first().unwrap();
    assert_eq!(
        <HugeError as Catalog>::from_code(Catalog::code(first)),
        Some(first)
    );
    assert_eq!(
        <HugeError as Catalog>::ALL.last().map(Catalog::name),
        HugeError::ALL.get(11_999).map(HugeError::name)
    );
}

#[test]
fn a_retired_code_has_no_variant_but_can_be_asked_about() {
    assert_eq!(BillingError::from_code(4_002), None);
    assert_eq!(BillingError::from_name("CARD_EXPIRED"), None);
    let retired = BillingError::retired(4_002).unwrap();
    assert_eq!(
        (retired.code, retired.name, retired.since),
        (4_002, "CARD_EXPIRED", Some("0.3.0"))
    );
    assert!(retired.reason.contains("declined"));
    assert_eq!(BillingError::RETIRED.len(), 1);
    assert_eq!(BillingError::retired(4_001), None);
    // Through the trait, and on the error value an older client still sends.
    let error = Error::<BillingError>::new(4_002, "");
    assert_eq!(error.kind(), None);
    assert_eq!(
        error.retired().map(|retired| retired.name),
        Some("CARD_EXPIRED")
    );
    assert_eq!(error.group(), Some(BillingErrorGroup::Card));
    assert_eq!(<ErrorCode as Catalog>::retired(215), None);
}
