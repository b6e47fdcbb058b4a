//! Errors that carry what happened: argument values typed by the entry's struct, carried by
//! `Error<E>`, rendered in any language of the catalog, and kept through JSON.

use chat_errors::{ArgError, ArgValue, Error};

chat_errors::agora_errors!("catalogs/wallet.toml");

fn funds() -> wallet_error::InsufficientFunds {
    wallet_error::InsufficientFunds {
        balance: 30,
        price: 50,
    }
}

#[test]
fn a_struct_becomes_an_error_with_its_values() {
    let error = Error::from(funds());
    assert_eq!(error.kind(), Some(WalletError::InsufficientFunds));
    assert_eq!(error.message(), "The balance 30 is below the price 50.");
    assert_eq!(
        error.to_string(),
        "5002 INSUFFICIENT_FUNDS: The balance 30 is below the price 50."
    );
    let args: Vec<(&str, &ArgValue)> = error.args().collect();
    assert_eq!(
        args,
        [
            ("balance", &ArgValue::Int(30)),
            ("price", &ArgValue::Int(50))
        ]
    );
    assert_eq!(error.arg("price").and_then(ArgValue::as_u64), Some(50));
    assert_eq!(error.arg("nothing"), None);
    assert_eq!(funds().to_string(), error.message());
    // Width and precision are the whole message's, as for a `str`; the values take none.
    assert_eq!(
        format!("[{:>40}]", funds()),
        "[   The balance 30 is below the price 50.]"
    );
    assert_eq!(format!("{:+.11}", funds()), "The balance");
}

#[test]
fn messages_render_in_every_language_of_the_catalog() {
    let error = Error::from(funds());
    for (tag, message) in [
        ("en", "The balance 30 is below the price 50."),
        ("en-US", "The balance 30 is below the price 50."),
        ("zh", "余额 30 低于价格 50。"),
        ("zh-Hans-CN", "余额 30 低于价格 50。"),
        ("de-AT", "Das Guthaben 30 liegt unter dem Preis 50."),
        ("fr", "The balance 30 is below the price 50."),
    ] {
        assert_eq!(error.message_in(tag), message, "{tag}");
        assert_eq!(funds().message_in(tag), message, "{tag}");
    }
    assert_eq!(WalletError::LANGUAGES, ["en", "zh", "de"]);
}

#[test]
fn braces_and_every_argument_type() {
    let frozen = wallet_error::AccountFrozen {
        account: "acct-7".into(),
        until: "2027-01-01".into(),
        appeal: true,
        strikes: -2,
    };
    assert_eq!(
        frozen.to_string(),
        "{acct-7} is frozen until 2027-01-01 (appeal: true, strikes: -2)."
    );
    let error = Error::from(frozen.clone());
    assert_eq!(
        error.message_in("de"),
        "{acct-7} ist bis 2027-01-01 gesperrt (Einspruch: true, Verstöße: -2)."
    );
    assert_eq!(
        WalletError::AccountFrozen.description(),
        "{{{account}}} is frozen until {until} (appeal: {appeal}, strikes: {strikes})."
    );
    // An entry without arguments is literal text, braces and all.
    assert_eq!(
        Error::from(WalletError::CardDeclined).message_in("en"),
        "The card was declined: {no placeholder here}."
    );
    assert_eq!(wallet_error::AccountFrozen::try_from(&error), Ok(frozen));
}

#[test]
fn what_is_missing_shows_and_nothing_panics() {
    let bare = Error::<WalletError>::from(WalletError::InsufficientFunds);
    assert_eq!(
        bare.message(),
        "The balance {balance} is below the price {price}."
    );
    let half = Error::<WalletError>::new(5002, "").with_arg("price", 50u64);
    assert_eq!(half.message_in("zh"), "余额 {balance} 低于价格 50。");
    let unknown = Error::<WalletError>::new(9999, "from a newer server").with_arg("x", 1u8);
    assert_eq!(unknown.message_in("zh"), "from a newer server");
    assert_eq!(unknown.arg("x"), Some(&ArgValue::Int(1)));
}

#[test]
fn reading_a_struct_back_says_why_it_cannot() {
    let other = Error::from(WalletError::CardDeclined);
    assert_eq!(
        wallet_error::InsufficientFunds::try_from(&other),
        Err(ArgError::OtherEntry)
    );
    let missing = Error::<WalletError>::new(5002, "").with_arg("price", 50u64);
    assert_eq!(
        wallet_error::InsufficientFunds::try_from(&missing),
        Err(ArgError::Missing("balance"))
    );
    let wrong = missing.with_arg("balance", "thirty");
    assert_eq!(
        wallet_error::InsufficientFunds::try_from(&wrong),
        Err(ArgError::WrongType {
            name: "balance",
            expected: chat_errors::ArgType::U64
        })
    );
    let negative = Error::<WalletError>::new(5002, "")
        .with_arg("price", 50u64)
        .with_arg("balance", -1i64);
    assert!(wallet_error::InsufficientFunds::try_from(&negative).is_err());
}

#[test]
fn values_travel_as_data_and_render_in_the_readers_language() {
    let sent = Error::from(funds());
    let json = serde_json::to_string(&sent).unwrap();
    assert_eq!(
        json,
        r#"{"code":5002,"message":"The balance 30 is below the price 50.","args":{"balance":30,"price":50}}"#
    );
    let received: Error<WalletError> = serde_json::from_str(&json).unwrap();
    assert_eq!(received, sent);
    assert_eq!(received.message_in("zh-CN"), "余额 30 低于价格 50。");
    assert_eq!(
        wallet_error::InsufficientFunds::try_from(&received),
        Ok(funds())
    );
    // Without arguments, the JSON is what it always was, both ways.
    let plain = Error::<WalletError>::new(5001, "declined");
    assert_eq!(
        serde_json::to_string(&plain).unwrap(),
        r#"{"code":5001,"message":"declined"}"#
    );
    assert_eq!(
        serde_json::from_str::<Error<WalletError>>(r#"{"code":5001,"message":"declined"}"#)
            .unwrap(),
        plain
    );
}

#[test]
fn received_arguments_keep_what_they_are_in_the_declared_order() {
    let json =
        r#"{"code":5002,"message":"m","args":{"extra":1.5,"price":50,"gone":null,"balance":"30"}}"#;
    let error: Error<WalletError> = serde_json::from_str(json).unwrap();
    let names: Vec<&str> = error.args().map(|(name, _)| name).collect();
    assert_eq!(
        names,
        ["balance", "price", "extra"],
        "declared first, null dropped"
    );
    assert_eq!(error.arg("extra"), Some(&ArgValue::Str("1.5".into())));
    assert_eq!(
        error.message_in("en"),
        "The balance 30 is below the price 50."
    );
    assert_eq!(
        wallet_error::InsufficientFunds::try_from(&error),
        Err(ArgError::WrongType {
            name: "balance",
            expected: chat_errors::ArgType::U64
        })
    );
    let unknown: Error<WalletError> =
        serde_json::from_str(r#"{"code":7,"message":"new","args":{"b":true,"a":-3}}"#).unwrap();
    let args: Vec<(&str, &ArgValue)> = unknown.args().collect();
    assert_eq!(
        args,
        [("b", &ArgValue::Bool(true)), ("a", &ArgValue::Int(-3))]
    );
    assert_eq!(
        serde_json::to_string(&unknown).unwrap(),
        r#"{"code":7,"message":"new","args":{"b":true,"a":-3}}"#
    );
}

#[test]
fn the_catalog_says_what_each_entry_takes() {
    use chat_errors::{Arg, ArgType, Catalog};
    assert_eq!(
        WalletError::InsufficientFunds.args(),
        [
            Arg {
                name: "balance",
                ty: ArgType::U64
            },
            Arg {
                name: "price",
                ty: ArgType::U64
            }
        ]
    );
    assert!(WalletError::CardDeclined.args().is_empty());
    let types: Vec<&str> = Catalog::args(WalletError::AccountFrozen)
        .iter()
        .map(|arg| arg.ty.name())
        .collect();
    assert_eq!(types, ["string", "string", "bool", "i8"]);
    assert_eq!(
        wallet_error::InsufficientFunds::ENTRY,
        WalletError::InsufficientFunds
    );
}
