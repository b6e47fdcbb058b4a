//! The expansions in this crate's `lib.rs` compiled under `no_std`, `forbid(unsafe_code)` and
//! `deny(missing_docs, warnings)`; two catalogs share a module. Here they are used.

use chat_errors_tests::{agora, from_build_script, side_by_side};

#[test]
fn each_expansion_is_a_type_of_its_own() {
    let ours = agora::ErrorCode::from_code(215).unwrap();
    assert_eq!(ours.name(), chat_errors::ErrorCode::UserMuted.name());
    assert_eq!(
        side_by_side::ErrorCode::ALL.len(),
        agora::ErrorCode::ALL.len()
    );
}

#[test]
fn the_second_catalog_has_aliases_and_deprecated_entries() {
    use side_by_side::PaymentError;
    assert_eq!(
        PaymentError::from_name("NOT_ENOUGH_MONEY"),
        Some(PaymentError::InsufficientFunds)
    );
    assert_eq!(
        PaymentError::from_name("INSUFFICIENT_FUNDS"),
        Some(PaymentError::InsufficientFunds)
    );
    #[allow(deprecated)]
    let legacy = PaymentError::LegacyTimeout;
    assert_eq!(PaymentError::from_code(1002), Some(legacy));
    assert_eq!(
        PaymentError::CardDeclined.description_in("en"),
        Some("The card was declined.")
    );
    assert_eq!(PaymentError::InsufficientFunds.cause(), None);
    assert_eq!(PaymentError::CardDeclined.description_in("zh"), None);
    assert!(
        side_by_side::UnknownPaymentError(7)
            .to_string()
            .contains('7')
    );
}

#[test]
fn the_build_script_route_gives_the_same_api() {
    let by_macro: Vec<(i32, &str)> = side_by_side::PaymentError::ALL
        .iter()
        .map(|c| (c.code(), c.name()))
        .collect();
    let by_script: Vec<(i32, &str)> = from_build_script::PaymentError::ALL
        .iter()
        .map(|c| (c.code(), c.name()))
        .collect();
    assert_eq!(by_script, by_macro);
    assert_eq!(
        from_build_script::PaymentError::from_name("NOT_ENOUGH_MONEY").map(|c| c.code()),
        Some(1001)
    );
}
