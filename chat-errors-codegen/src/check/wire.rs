//! What an error is on the wire: `http_status` and `grpc_code` on every level, and the
//! catalog's `problem_type` and `domain`.

use crate::diag::{Diagnostic, list};
use crate::load::{RawWire, Sp};
use crate::wire::{GrpcCode, Wire};

/// A level's HTTP status (100–599) and gRPC code (a canonical name); a wrong one is reported and
/// left out.
pub(super) fn check_wire(raw: RawWire, diagnostics: &mut Vec<Diagnostic>) -> Wire {
    let http_status = raw.http_status.and_then(|status| {
        if (100..=599).contains(&status.value) {
            return u16::try_from(status.value).ok();
        }
        diagnostics.push(
            Diagnostic::at(
                status.span,
                format!("`http_status` {} is not an HTTP status", status.value),
            )
            .help("an HTTP status lies between 100 and 599, such as 404 or 409"),
        );
        None
    });
    let grpc_code = raw.grpc_code.and_then(|name| {
        if let Some(code) = GrpcCode::from_name(&name.value) {
            return Some(code);
        }
        let names: Vec<&str> = GrpcCode::ALL.iter().map(|code| code.name()).collect();
        let spelt = name.value.to_uppercase().replace(['-', ' '], "_");
        let help = match super::args::nearest(&spelt, &names) {
            Some(nearest) => format!("did you mean \"{nearest}\"?"),
            None => format!("the codes are {}", list(names.iter().copied())),
        };
        diagnostics.push(
            Diagnostic::at(
                name.span,
                format!("`grpc_code` \"{}\" is not a gRPC status code", name.value),
            )
            .help(help),
        );
        None
    });
    Wire {
        http_status,
        grpc_code,
    }
}

/// `domain` names the service whose errors these are, as AIP-193's `ErrorInfo.domain`: one
/// word such as a DNS name, without spaces.
pub(super) fn check_domain(
    domain: Sp<String>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<String> {
    if domain.value.is_empty() || domain.value.chars().any(char::is_whitespace) {
        diagnostics.push(
            Diagnostic::at(domain.span, "`domain` must be one word without spaces")
                .help("name the service that owns the errors, such as \"payments.example.com\""),
        );
        return None;
    }
    Some(domain.value)
}
