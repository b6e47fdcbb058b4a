//! What an error is on the wire: its HTTP status and gRPC code, given on `[catalog]`, on a group
//! or on an entry, each level overriding the one before it.

pub use crate::runtime::wire::GrpcCode;

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
