//! What an error is on the wire: the gRPC status code a catalog gives its entries, beside their
//! HTTP status (a `u16`). The code generator compiles this file too (linked), so the names it
//! accepts in a catalog are the ones this enum has.

use core::fmt;

/// One of gRPC's canonical status codes, which a catalog gives with `grpc_code`. Its number is
/// the code on the wire (`code()`), its name the one the catalog writes (`name()`, and
/// `Display`): `FailedPrecondition` is 9, `FAILED_PRECONDITION`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[repr(i32)]
pub enum GrpcCode {
    /// `OK` (0): not an error.
    Ok = 0,
    /// `CANCELLED` (1): the caller cancelled the operation.
    Cancelled = 1,
    /// `UNKNOWN` (2).
    Unknown = 2,
    /// `INVALID_ARGUMENT` (3): the request is wrong whatever the system's state.
    InvalidArgument = 3,
    /// `DEADLINE_EXCEEDED` (4).
    DeadlineExceeded = 4,
    /// `NOT_FOUND` (5).
    NotFound = 5,
    /// `ALREADY_EXISTS` (6).
    AlreadyExists = 6,
    /// `PERMISSION_DENIED` (7).
    PermissionDenied = 7,
    /// `RESOURCE_EXHAUSTED` (8): a quota or rate limit.
    ResourceExhausted = 8,
    /// `FAILED_PRECONDITION` (9): the system is not in the state the operation needs.
    FailedPrecondition = 9,
    /// `ABORTED` (10): a concurrency conflict; retry at a higher level.
    Aborted = 10,
    /// `OUT_OF_RANGE` (11).
    OutOfRange = 11,
    /// `UNIMPLEMENTED` (12).
    Unimplemented = 12,
    /// `INTERNAL` (13).
    Internal = 13,
    /// `UNAVAILABLE` (14): transient; retry with backoff.
    Unavailable = 14,
    /// `DATA_LOSS` (15).
    DataLoss = 15,
    /// `UNAUTHENTICATED` (16).
    Unauthenticated = 16,
}

impl GrpcCode {
    /// Every code, by number: `ALL[n]` has the number `n`.
    pub const ALL: [GrpcCode; 17] = [
        GrpcCode::Ok,
        GrpcCode::Cancelled,
        GrpcCode::Unknown,
        GrpcCode::InvalidArgument,
        GrpcCode::DeadlineExceeded,
        GrpcCode::NotFound,
        GrpcCode::AlreadyExists,
        GrpcCode::PermissionDenied,
        GrpcCode::ResourceExhausted,
        GrpcCode::FailedPrecondition,
        GrpcCode::Aborted,
        GrpcCode::OutOfRange,
        GrpcCode::Unimplemented,
        GrpcCode::Internal,
        GrpcCode::Unavailable,
        GrpcCode::DataLoss,
        GrpcCode::Unauthenticated,
    ];

    /// The number on the wire.
    #[must_use]
    pub const fn code(self) -> i32 {
        self as i32
    }

    /// The code with this number; `None` for a number gRPC does not define.
    #[must_use]
    pub const fn from_code(code: i32) -> Option<GrpcCode> {
        if code < 0 || code > 16 {
            return None;
        }
        Some(GrpcCode::ALL[code as usize])
    }

    /// The name gRPC gives it, as a catalog writes it: `FAILED_PRECONDITION`.
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            GrpcCode::Ok => "OK",
            GrpcCode::Cancelled => "CANCELLED",
            GrpcCode::Unknown => "UNKNOWN",
            GrpcCode::InvalidArgument => "INVALID_ARGUMENT",
            GrpcCode::DeadlineExceeded => "DEADLINE_EXCEEDED",
            GrpcCode::NotFound => "NOT_FOUND",
            GrpcCode::AlreadyExists => "ALREADY_EXISTS",
            GrpcCode::PermissionDenied => "PERMISSION_DENIED",
            GrpcCode::ResourceExhausted => "RESOURCE_EXHAUSTED",
            GrpcCode::FailedPrecondition => "FAILED_PRECONDITION",
            GrpcCode::Aborted => "ABORTED",
            GrpcCode::OutOfRange => "OUT_OF_RANGE",
            GrpcCode::Unimplemented => "UNIMPLEMENTED",
            GrpcCode::Internal => "INTERNAL",
            GrpcCode::Unavailable => "UNAVAILABLE",
            GrpcCode::DataLoss => "DATA_LOSS",
            GrpcCode::Unauthenticated => "UNAUTHENTICATED",
        }
    }

    /// The code with this name, exactly as gRPC spells it.
    #[must_use]
    pub fn from_name(name: &str) -> Option<GrpcCode> {
        GrpcCode::ALL.into_iter().find(|code| code.name() == name)
    }
}

impl fmt::Display for GrpcCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.name())
    }
}

#[cfg(test)]
mod tests {
    extern crate std;

    use std::format;
    use std::string::ToString;

    use super::GrpcCode;

    #[test]
    fn every_code_by_number_and_by_name() {
        for (number, code) in GrpcCode::ALL.into_iter().enumerate() {
            assert_eq!(GrpcCode::from_code(code.code()), Some(code));
            assert_eq!(code.code(), i32::try_from(number).unwrap());
            assert_eq!(GrpcCode::from_name(code.name()), Some(code));
            assert_eq!(
                format!("{code:?}").to_uppercase(),
                code.name().replace('_', "")
            );
        }
        assert_eq!(GrpcCode::FailedPrecondition.code(), 9);
        assert_eq!(GrpcCode::NotFound.to_string(), "NOT_FOUND");
        assert_eq!(GrpcCode::from_code(17), None);
        assert_eq!(GrpcCode::from_name("not_found"), None);
    }
}
