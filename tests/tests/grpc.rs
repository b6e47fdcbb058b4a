//! A closed set of codes: gRPC's status codes, `exhaustive = true`, matched without a wildcard
//! arm; and each code's docs URL.

chat_errors::agora_errors!("catalogs/grpc.toml");

/// Every variant, no `_` arm: this compiles only because the enum is not `#[non_exhaustive]`.
fn retry(code: GrpcCode) -> bool {
    match code {
        GrpcCode::Unavailable | GrpcCode::DeadlineExceeded | GrpcCode::ResourceExhausted => true,
        GrpcCode::Ok
        | GrpcCode::Cancelled
        | GrpcCode::Unknown
        | GrpcCode::InvalidArgument
        | GrpcCode::NotFound
        | GrpcCode::AlreadyExists
        | GrpcCode::PermissionDenied
        | GrpcCode::FailedPrecondition
        | GrpcCode::Aborted
        | GrpcCode::OutOfRange
        | GrpcCode::Unimplemented
        | GrpcCode::Internal
        | GrpcCode::DataLoss
        | GrpcCode::Unauthenticated => false,
    }
}

#[test]
fn an_exhaustive_catalog_is_matched_without_a_wildcard() {
    assert_eq!(GrpcCode::ALL.len(), 17);
    let retried: Vec<u8> = GrpcCode::ALL
        .iter()
        .filter(|&code| retry(code))
        .map(|code| code.code())
        .collect();
    assert_eq!(retried, [4, 8, 14]);
}

#[test]
fn every_code_has_its_docs_url() {
    assert_eq!(
        GrpcCode::NotFound.docs_url(),
        Some("https://grpc.io/docs/guides/status-codes/#NOT_FOUND")
    );
    assert!(
        GrpcCode::ALL
            .iter()
            .all(|code| code.docs_url().unwrap().ends_with(code.name()))
    );
    // Without a template there is none.
    assert_eq!(chat_errors::ErrorCode::UserMuted.docs_url(), None);
}
