//! Errors that leave a service over gRPC: a tonic server on 127.0.0.1 fails a call with a
//! catalog's error, a tonic client reads the status and its AIP-193 details, and
//! `Error::from_status` turns the status back into the error.

use std::net::SocketAddr;
use std::pin::Pin;

use chat_errors::Error;
use chat_errors_tests::orders::{OrderError, failure, order_error};
use tonic::codegen::tokio_stream::{self, Stream};
use tonic::transport::Server;
use tonic::{Code, Request, Response, Status};
use tonic_health::pb::health_client::HealthClient;
use tonic_health::pb::health_server::{Health, HealthServer};
use tonic_health::pb::{HealthCheckRequest, HealthCheckResponse};
use tonic_types::StatusExt;

/// A health service whose every check fails: in the language the call's `accept-language`
/// metadata asks for, where it asks.
struct Failing;

#[tonic::async_trait]
impl Health for Failing {
    async fn check(
        &self,
        request: Request<HealthCheckRequest>,
    ) -> Result<Response<HealthCheckResponse>, Status> {
        let language = request
            .metadata()
            .get("accept-language")
            .map(|value| value.to_str().unwrap().to_owned());
        let error = failure(&request.get_ref().service)
            .ok_or_else(|| Status::not_found("no such service"))?;
        Err(match language {
            Some(tag) => error.to_status(&tag),
            None => error.into(),
        })
    }

    type WatchStream =
        Pin<Box<dyn Stream<Item = Result<HealthCheckResponse, Status>> + Send + 'static>>;

    async fn watch(
        &self,
        _: Request<HealthCheckRequest>,
    ) -> Result<Response<Self::WatchStream>, Status> {
        Ok(Response::new(Box::pin(tokio_stream::empty())))
    }
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
}

async fn server() -> SocketAddr {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(
        Server::builder()
            .add_service(HealthServer::new(Failing))
            .serve_with_incoming(tonic::transport::server::TcpIncoming::from(listener)),
    );
    address
}

async fn call(server: SocketAddr, service: &str, language: Option<&str>) -> Status {
    let channel = tonic::transport::Endpoint::from_shared(format!("http://{server}"))
        .unwrap()
        .connect()
        .await
        .unwrap();
    let mut client = HealthClient::new(channel);
    let mut request = Request::new(HealthCheckRequest {
        service: service.into(),
    });
    if let Some(language) = language {
        request
            .metadata_mut()
            .insert("accept-language", language.parse().unwrap());
    }
    client.check(request).await.unwrap_err()
}

#[test]
fn a_tonic_client_reads_the_error_a_tonic_server_failed_with() {
    runtime().block_on(async {
        let server = server().await;

        let status = call(server, "order", Some("zh-CN")).await;
        assert_eq!(status.code(), Code::NotFound);
        assert_eq!(status.message(), "There is no order A17.");
        let details = status.get_error_details();
        let info = details.error_info().unwrap();
        assert_eq!(info.reason, "NO_SUCH_ORDER");
        assert_eq!(info.domain, "orders.example.com");
        assert_eq!(info.metadata.len(), 2);
        assert_eq!(
            (&*info.metadata["code"], &*info.metadata["order"]),
            ("4004", "A17")
        );
        let help = &details.help().unwrap().links[0];
        assert_eq!(help.url, "https://orders.example.com/errors#4004");
        let localized = details.localized_message().unwrap();
        assert_eq!(
            (&*localized.locale, &*localized.message),
            ("zh", "没有订单 A17。")
        );
        let sent = failure("order").unwrap();
        assert_eq!(Error::<OrderError>::from_status(&status), Some(sent));

        // The group's code, no language asked for: no LocalizedMessage; typed arguments back.
        let status = call(server, "stock", None).await;
        assert_eq!(status.code(), Code::FailedPrecondition);
        assert!(status.get_error_details().localized_message().is_none());
        let received = Error::<OrderError>::from_status(&status).unwrap();
        let stock = order_error::OutOfStock::try_from(&received).unwrap();
        assert_eq!(
            (stock.item.as_str(), stock.wanted, stock.left),
            ("apples", 5, 2)
        );

        // An entry's own code over its group's; a language without the entry's text.
        let status = call(server, "warehouse", Some("fr")).await;
        assert_eq!(status.code(), Code::Unavailable);
        let localized = status
            .get_error_details()
            .localized_message()
            .unwrap()
            .clone();
        assert_eq!(
            (&*localized.locale, &*localized.message),
            ("en", "The warehouse does not answer.")
        );

        // A code the catalog does not know keeps its code and message, and is UNKNOWN.
        let status = call(server, "unknown", None).await;
        assert_eq!(status.code(), Code::Unknown);
        let received = Error::<OrderError>::from_status(&status).unwrap();
        assert_eq!((received.code(), received.kind()), (7777, None));
        assert_eq!(received.message(), "a newer server's error");

        // A status without ErrorInfo is no error of the catalog.
        let status = call(server, "absent", None).await;
        assert_eq!(status.code(), Code::NotFound);
        assert_eq!(Error::<OrderError>::from_status(&status), None);
    });
}

#[test]
fn a_status_of_another_domain_or_without_a_code_is_no_error_of_the_catalog() {
    let details = |domain: &str, reason: &str, code: Option<&str>| {
        let metadata = code.map(|code| ("code".to_owned(), code.to_owned()));
        Status::with_error_details(
            Code::Internal,
            "m",
            tonic_types::ErrorDetails::with_error_info(
                reason,
                domain,
                metadata
                    .into_iter()
                    .collect::<std::collections::HashMap<_, _>>(),
            ),
        )
    };
    let from = |status: Status| Error::<OrderError>::from_status(&status).map(|error| error.code());
    assert_eq!(
        from(details("other.example.com", "BAD_QUANTITY", Some("4001"))),
        None
    );
    assert_eq!(
        from(details("orders.example.com", "BAD_QUANTITY", None)),
        Some(4001)
    );
    assert_eq!(from(details("orders.example.com", "NO_IDEA", None)), None);
    assert_eq!(
        from(details("orders.example.com", "NO_IDEA", Some("9"))),
        Some(9)
    );
}
