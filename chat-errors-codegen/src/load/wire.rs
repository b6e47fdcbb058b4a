//! `http_status` and `grpc_code`, on `[catalog]`, a group or an entry.

use toml::Spanned;
use toml::de::DeValue;

use super::reader::{Reader, optional};
use super::{RawWire, Sp, keys};
use crate::model::IntType;

impl Reader<'_> {
    /// The level's `http_status` and `grpc_code`, from its keys' values (`get`); a value of the
    /// wrong shape is reported and left out.
    pub(super) fn wire<'v, 'i: 'v>(
        &mut self,
        get: impl Fn(&str) -> Option<&'v Spanned<DeValue<'i>>>,
    ) -> RawWire {
        let http_status = optional(get(keys::wire::HTTP_STATUS), |value| {
            let DeValue::Integer(integer) = value.get_ref() else {
                return Err(self.mismatch(
                    value,
                    "`http_status`",
                    "an integer",
                    "write the status as a number, such as `http_status = 404`",
                ));
            };
            let status = self.integer(value.span(), integer, IntType::U16, "value")?;
            Ok(Sp {
                value: status,
                span: value.span(),
            })
        });
        let grpc_code = optional(get(keys::wire::GRPC_CODE), |value| {
            self.expect_string(value, "`grpc_code`")
        });
        RawWire {
            http_status: http_status.ok().flatten(),
            grpc_code: grpc_code.ok().flatten(),
        }
    }
}
