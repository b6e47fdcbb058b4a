//! Serde: every catalog enum travels as its code; `chat_errors::serde::by_name` writes the name
//! and reads any name or the code, for the Agora catalogs and for a catalog of one's own that
//! says `serde = true`.

use chat_errors::ErrorCode;
use chat_errors::rest::RestErrorCode;
use serde::{Deserialize, Serialize};

chat_errors::agora_errors!("catalogs/shop_codes.toml");

/// A record with an error field written by name, for each catalog.
macro_rules! logged {
    ($($record:ident: $code:ty),*) => {$(
        #[derive(Serialize, Deserialize)]
        struct $record {
            #[serde(with = "chat_errors::serde::by_name")]
            error: $code,
        }

        impl Logged for $code {
            fn write(self) -> String {
                serde_json::to_string(&$record { error: self }).unwrap()
            }

            fn read(json: &str) -> Result<Self, String> {
                serde_json::from_str::<$record>(json)
                    .map(|record| record.error)
                    .map_err(|error| error.to_string())
            }
        }
    )*};
}

trait Logged: Sized {
    fn write(self) -> String;
    fn read(json: &str) -> Result<Self, String>;
}

logged!(SdkRecord: ErrorCode, RestRecord: RestErrorCode, ShopRecord: ShopError);

fn by_name<T: Logged>(error: T) -> String {
    error.write()
}

fn read<T: Logged>(json: &str) -> Result<T, String> {
    T::read(json)
}

#[test]
fn by_name_writes_the_name_and_reads_every_name_and_the_code() {
    assert_eq!(by_name(ErrorCode::UserMuted), r#"{"error":"USER_MUTED"}"#);
    for json in [
        r#"{"error":"USER_MUTED"}"#,
        r#"{"error":"AgoraChatErrorUserMuted"}"#,
        r#"{"error":215}"#,
    ] {
        assert_eq!(read::<ErrorCode>(json), Ok(ErrorCode::UserMuted), "{json}");
    }
    for code in ErrorCode::ALL {
        assert_eq!(read::<ErrorCode>(&by_name(code)), Ok(code));
    }
}

#[test]
fn by_name_quotes_what_it_does_not_know() {
    let error = read::<ErrorCode>(r#"{"error":"USER_MUTTED"}"#).unwrap_err();
    assert!(error.contains("`USER_MUTTED`"), "{error}");
    let error = read::<ErrorCode>(r#"{"error":606}"#).unwrap_err();
    assert!(error.contains("606"), "{error}");
    assert!(read::<ErrorCode>(r#"{"error":true}"#).is_err());
}

#[test]
fn string_codes_read_by_name_or_by_code() {
    assert_eq!(
        by_name(RestErrorCode::ForbiddenOp),
        r#"{"error":"FORBIDDEN_OP"}"#
    );
    for json in [r#"{"error":"FORBIDDEN_OP"}"#, r#"{"error":"forbidden_op"}"#] {
        assert_eq!(read::<RestErrorCode>(json), Ok(RestErrorCode::ForbiddenOp));
    }
    assert_eq!(
        serde_json::to_string(&RestErrorCode::ForbiddenOp).unwrap(),
        r#""forbidden_op""#
    );
    let unknown = serde_json::from_str::<RestErrorCode>(r#""no_such_error""#).unwrap_err();
    assert!(unknown.to_string().contains("no_such_error"), "{unknown}");
}

#[test]
fn a_catalog_of_ones_own_opts_in() {
    assert_eq!(serde_json::to_string(&ShopError::OutOfStock).unwrap(), "1");
    assert_eq!(
        serde_json::from_str::<ShopError>("2").unwrap(),
        ShopError::CartExpired
    );
    let unknown = serde_json::from_str::<ShopError>("7")
        .unwrap_err()
        .to_string();
    assert!(unknown.contains("integer `7`"), "{unknown}");
    assert!(serde_json::from_str::<ShopError>("-1").is_err());
    assert_eq!(
        by_name(ShopError::OutOfStock),
        r#"{"error":"OUT_OF_STOCK"}"#
    );
    assert_eq!(
        read::<ShopError>(r#"{"error":"SOLD_OUT"}"#),
        Ok(ShopError::OutOfStock)
    );
    assert_eq!(
        read::<ShopError>(r#"{"error":2}"#),
        Ok(ShopError::CartExpired)
    );
}
