//! The enum declared in the user's source: `#[chat_errors::catalog(…)]` on a `pub(crate)` enum
//! with doc comments, a `cfg_attr` and a derive from another crate, which sees the variants.

mod shop {
    /// The shop's errors, as this crate documents them.
    #[chat_errors::catalog("catalogs/store.toml")]
    #[derive(serde::Serialize)]
    #[cfg_attr(test, derive(serde::Deserialize))]
    pub(crate) enum StoreError {}
}

use chat_errors::{Catalog, Error};
use shop::{StoreError, StoreErrorGroup};

#[test]
fn a_declared_enum_has_the_whole_api_and_the_users_derives() {
    assert_eq!(StoreError::from_code(4_001), Some(StoreError::CardDeclined));
    assert_eq!(StoreError::CardDeclined.name(), "CARD_DECLINED");
    assert_eq!(StoreErrorGroup::of_code(4_050), Some(StoreErrorGroup::Card));
    // serde's derive saw the generated variants.
    assert_eq!(
        serde_json::to_string(&StoreError::GatewayTimeout).unwrap(),
        "\"GatewayTimeout\""
    );
    let back: StoreError = serde_json::from_str("\"Maintenance\"").unwrap();
    assert_eq!(back, StoreError::Maintenance);
    // Through chat-errors, the trait and the error value serve it.
    assert_eq!(<StoreError as Catalog>::NAME, "StoreError");
    assert_eq!(
        Error::<StoreError>::new(4_099, "").group(),
        Some(StoreErrorGroup::Card)
    );
}

#[test]
fn the_attribute_and_the_macro_give_the_same_api() {
    mod bang {
        chat_errors::agora_errors!("catalogs/store.toml");
    }
    let names: Vec<&str> = StoreError::ALL.iter().map(|code| code.name()).collect();
    let bang_names: Vec<&str> = bang::StoreError::ALL
        .iter()
        .map(|code| code.name())
        .collect();
    assert_eq!(names, bang_names);
    assert_eq!(
        StoreError::ALL
            .iter()
            .map(|code| code.code())
            .collect::<Vec<_>>(),
        bang::StoreError::ALL
            .iter()
            .map(|code| code.code())
            .collect::<Vec<_>>()
    );
    assert_eq!(format!("{:?}", StoreError::CardDeclined), "CardDeclined");
    assert_eq!(
        StoreError::retired(4_002).map(|retired| retired.name),
        Some("CARD_EXPIRED")
    );
}
