//! What an error is on the wire: its HTTP status and gRPC code, given on `[catalog]`, on a group
//! or on an entry, each level overriding the one before it.

/// One of gRPC's canonical status codes, as a catalog names it (`"FAILED_PRECONDITION"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum GrpcCode {
    Ok,
    Cancelled,
    Unknown,
    InvalidArgument,
    DeadlineExceeded,
    NotFound,
    AlreadyExists,
    PermissionDenied,
    ResourceExhausted,
    FailedPrecondition,
    Aborted,
    OutOfRange,
    Unimplemented,
    Internal,
    Unavailable,
    DataLoss,
    Unauthenticated,
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

    /// The name gRPC gives it, `FAILED_PRECONDITION`.
    pub fn name(self) -> &'static str {
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

    /// The code named `name`, exactly as gRPC spells it.
    pub fn from_name(name: &str) -> Option<GrpcCode> {
        GrpcCode::ALL.into_iter().find(|code| code.name() == name)
    }

    /// Its variant in `chat_errors::GrpcCode`.
    pub(crate) fn variant(self) -> &'static str {
        match self {
            GrpcCode::Ok => "Ok",
            GrpcCode::Cancelled => "Cancelled",
            GrpcCode::Unknown => "Unknown",
            GrpcCode::InvalidArgument => "InvalidArgument",
            GrpcCode::DeadlineExceeded => "DeadlineExceeded",
            GrpcCode::NotFound => "NotFound",
            GrpcCode::AlreadyExists => "AlreadyExists",
            GrpcCode::PermissionDenied => "PermissionDenied",
            GrpcCode::ResourceExhausted => "ResourceExhausted",
            GrpcCode::FailedPrecondition => "FailedPrecondition",
            GrpcCode::Aborted => "Aborted",
            GrpcCode::OutOfRange => "OutOfRange",
            GrpcCode::Unimplemented => "Unimplemented",
            GrpcCode::Internal => "Internal",
            GrpcCode::Unavailable => "Unavailable",
            GrpcCode::DataLoss => "DataLoss",
            GrpcCode::Unauthenticated => "Unauthenticated",
        }
    }
}

/// An error's HTTP status and gRPC code, where a level of the catalog gives them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct Wire {
    /// The HTTP status, 100–599.
    pub http_status: Option<u16>,
    /// The gRPC status code.
    pub grpc_code: Option<GrpcCode>,
}

impl Wire {
    /// Each of this level's values, or else `outer`'s: an entry's over its group's over the
    /// catalog's.
    pub fn or(self, outer: Wire) -> Wire {
        Wire {
            http_status: self.http_status.or(outer.http_status),
            grpc_code: self.grpc_code.or(outer.grpc_code),
        }
    }

    /// Whether no level of it says anything.
    pub fn is_empty(&self) -> bool {
        self.http_status.is_none() && self.grpc_code.is_none()
    }
}

#[cfg(test)]
mod tests {
    use super::GrpcCode;

    #[test]
    fn codes_by_number_and_name() {
        for (number, code) in GrpcCode::ALL.into_iter().enumerate() {
            assert_eq!(GrpcCode::from_name(code.name()), Some(code));
            assert_eq!(code.variant().to_uppercase(), code.name().replace('_', ""));
            assert_eq!(GrpcCode::ALL[number], code);
        }
        assert_eq!(GrpcCode::ALL[9].name(), "FAILED_PRECONDITION");
        assert_eq!(GrpcCode::from_name("not_found"), None);
    }
}
