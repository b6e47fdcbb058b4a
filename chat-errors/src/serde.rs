//! Serde helpers for any catalog's enum.
//!
//! Each catalog enum travels as its code by default (with the `serde` feature for the Agora
//! catalogs, with `serde = true` in a catalog of your own). Where a log line or an API reads
//! better with names, [`by_name`] writes the name instead.

/// `#[serde(with = "chat_errors::serde::by_name")]`: writes an error code as its name
/// (`"USER_MUTED"`) and reads any name, alias or platform name, or the code itself (`215`, or
/// `"forbidden_op"` for a catalog of string codes). An unknown name is an error that quotes it.
///
/// It works for every enum `agora_errors!` generates: writing uses its `AsRef<str>` (the name),
/// reading its `FromStr` and, for codes, its own `Deserialize`, which a catalog of your own gets
/// with `serde = true`. Reading needs a self-describing format such as JSON.
///
/// ```
/// use chat_errors::ErrorCode;
///
/// #[derive(serde::Serialize, serde::Deserialize, Debug, PartialEq)]
/// struct Event {
///     #[serde(with = "chat_errors::serde::by_name")]
///     error: ErrorCode,
/// }
///
/// let event = Event { error: ErrorCode::UserMuted };
/// let json = serde_json::to_string(&event).unwrap();
/// assert_eq!(json, r#"{"error":"USER_MUTED"}"#);
/// assert_eq!(serde_json::from_str::<Event>(&json).unwrap(), event);
///
/// // Any name the catalog knows, or the number, reads back.
/// for json in [r#"{"error":"AgoraChatErrorUserMuted"}"#, r#"{"error":215}"#] {
///     assert_eq!(serde_json::from_str::<Event>(json).unwrap(), event);
/// }
/// let unknown = serde_json::from_str::<Event>(r#"{"error":"USER_MUTTED"}"#).unwrap_err();
/// assert!(unknown.to_string().contains("`USER_MUTTED`"));
/// ```
pub mod by_name {
    use core::fmt;
    use core::marker::PhantomData;
    use core::str::FromStr;

    use ::serde::de::{self, IntoDeserializer, Unexpected};
    use ::serde::{Deserialize, Deserializer, Serializer};

    /// Writes the name.
    pub fn serialize<T: AsRef<str>, S: Serializer>(
        code: &T,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(code.as_ref())
    }

    /// Reads a name, alias or platform name, or the code.
    pub fn deserialize<'de, T, D>(deserializer: D) -> Result<T, D::Error>
    where
        T: FromStr + Deserialize<'de>,
        D: Deserializer<'de>,
    {
        deserializer.deserialize_any(ByName(PhantomData))
    }

    struct ByName<T>(PhantomData<T>);

    impl<'de, T: FromStr + Deserialize<'de>> de::Visitor<'de> for ByName<T> {
        type Value = T;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("the name or the code of an error")
        }

        fn visit_str<E: de::Error>(self, name: &str) -> Result<T, E> {
            // A name first; a catalog of string codes reads the code itself.
            let code: de::value::StrDeserializer<'_, E> = name.into_deserializer();
            T::from_str(name)
                .ok()
                .or_else(|| T::deserialize(code).ok())
                .ok_or_else(|| E::invalid_value(Unexpected::Str(name), &UnknownName(name)))
        }

        fn visit_i64<E: de::Error>(self, code: i64) -> Result<T, E> {
            T::deserialize(code.into_deserializer())
        }

        fn visit_u64<E: de::Error>(self, code: u64) -> Result<T, E> {
            T::deserialize(code.into_deserializer())
        }
    }

    /// "a name the catalog knows, not `USER_MUTTED`".
    struct UnknownName<'a>(&'a str);

    impl de::Expected for UnknownName<'_> {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            write!(f, "a name the catalog knows, not `{}`", self.0)
        }
    }
}
