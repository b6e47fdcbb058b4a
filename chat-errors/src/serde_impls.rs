//! `ErrorCode` travels as its integer code, as the SDK and its servers send it.

use core::fmt;

use serde::de::{Error as _, Unexpected};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::ErrorCode;

impl Serialize for ErrorCode {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_i32(self.code())
    }
}

impl<'de> Deserialize<'de> for ErrorCode {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let code = i32::deserialize(deserializer)?;
        ErrorCode::from_code(code)
            .ok_or_else(|| D::Error::invalid_value(Unexpected::Signed(code.into()), &KnownCode))
    }
}

struct KnownCode;

impl serde::de::Expected for KnownCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an error code of the Agora Chat catalog (use ChatError to keep unknown codes)")
    }
}
