//! Errors that leave a service over HTTP: an axum server and an actix-web server on 127.0.0.1
//! answer with a handler's `Error<E>`, a real HTTP client reads the problems, and
//! `Error::from_problem` turns each body back into the error the handler returned.

use std::net::SocketAddr;
use std::sync::mpsc;
use std::thread;

use chat_errors::Error;
use chat_errors::problem::Problem;
use chat_errors_tests::orders::{OrderError, failure};
use serde_json::{Value, json};

const ROUTES: [&str; 6] = ["order", "stock", "quantity", "warehouse", "unknown", "ok"];

fn axum_server() -> SocketAddr {
    use axum::Router;
    use axum::extract::Path;
    use axum::routing::get;

    async fn answer(Path(route): Path<String>) -> Result<&'static str, Error<OrderError>> {
        failure(&route).map_or(Ok("fine"), Err)
    }

    serve(|sender| {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        runtime.block_on(async {
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
            sender.send(listener.local_addr().unwrap()).unwrap();
            let app = Router::new()
                .route("/{route}", get(answer))
                .layer(chat_errors::axum::Localize);
            axum::serve(listener, app).await.unwrap();
        });
    })
}

fn actix_server() -> SocketAddr {
    use actix_web::{App, HttpServer, web};

    async fn answer(route: web::Path<String>) -> Result<&'static str, Error<OrderError>> {
        failure(&route).map_or(Ok("fine"), Err)
    }

    serve(|sender| {
        actix_web::rt::System::new().block_on(async {
            let server = HttpServer::new(|| {
                App::new()
                    .wrap(chat_errors::actix::Localize)
                    .route("/{route}", web::get().to(answer))
            })
            .workers(1)
            .disable_signals()
            .bind(("127.0.0.1", 0))
            .unwrap();
            sender.send(server.addrs()[0]).unwrap();
            server.run().await.unwrap();
        });
    })
}

/// Runs a server on a thread of its own for the rest of the test process; its address.
fn serve(run: impl FnOnce(mpsc::Sender<SocketAddr>) + Send + 'static) -> SocketAddr {
    let (sender, address) = mpsc::channel();
    thread::spawn(move || run(sender));
    address.recv().unwrap()
}

struct Answer {
    status: u16,
    content_type: Option<String>,
    content_language: Option<String>,
    body: String,
}

fn get(server: SocketAddr, route: &str, accept_language: Option<&str>) -> Answer {
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .build()
        .into();
    let mut request = agent.get(format!("http://{server}/{route}"));
    if let Some(accept_language) = accept_language {
        request = request.header("Accept-Language", accept_language);
    }
    let mut response = request.call().unwrap();
    let header = |name: &str| {
        response
            .headers()
            .get(name)
            .map(|value| value.to_str().unwrap().to_owned())
    };
    Answer {
        status: response.status().as_u16(),
        content_type: header("content-type"),
        content_language: header("content-language"),
        body: response.body_mut().read_to_string().unwrap(),
    }
}

/// Every route, every language, against one server.
fn answers_as_problems(server: SocketAddr) {
    for route in ROUTES {
        for (accept_language, language) in [
            (None, "en"),
            (Some("zh-CN"), "zh"),
            (Some("fr"), "fr"),
            (Some("de, fr;q=0.8, zh;q=0.9"), "zh"),
            (Some("fr;q=0, zh-Hant-TW;q=0.1"), "zh"),
            (Some("de, *"), "en"),
        ] {
            let answer = get(server, route, accept_language);
            let context = format!("{route} with {accept_language:?}: {}", answer.body);
            let Some(error) = failure(route) else {
                assert_eq!(answer.status, 200, "{context}");
                assert_eq!(answer.body, "fine", "{context}");
                assert_eq!(answer.content_language, None, "{context}");
                continue;
            };
            // The warehouse's texts have no French: they fall back, and say so; an unknown
            // code's message is in the language it came in, which the default stands for.
            let fallback = (route == "warehouse" && language == "fr") || route == "unknown";
            let language = if fallback { "en" } else { language };
            let expected = error.to_problem(language);
            assert_eq!(answer.status, expected.status.unwrap(), "{context}");
            assert_eq!(
                answer.content_type.as_deref(),
                Some("application/problem+json"),
                "{context}"
            );
            assert_eq!(
                answer.content_language.as_deref(),
                Some(language),
                "{context}"
            );
            let problem: Problem = serde_json::from_str(&answer.body).unwrap();
            assert_eq!(problem, expected, "{context}");
            let received = Error::<OrderError>::from_problem(&problem).unwrap();
            assert_eq!(received.code(), error.code(), "{context}");
            assert_eq!(
                received.args().collect::<Vec<_>>(),
                error.args().collect::<Vec<_>>()
            );
            assert_eq!(
                received.message_in("en"),
                error.message_in("en"),
                "{context}"
            );
            if language == "en" {
                assert_eq!(received, error, "{context}");
            }
        }
    }
}

/// The bodies spelled out, so that what `to_problem` gives is itself checked.
fn the_bodies_are_the_contract(server: SocketAddr) {
    let body = |route, accept_language| {
        serde_json::from_str::<Value>(&get(server, route, accept_language).body).unwrap()
    };
    assert_eq!(
        body("order", None),
        json!({
            "type": "https://orders.example.com/problems/NO_SUCH_ORDER",
            "title": "There is no order {order}.",
            "status": 404,
            "detail": "There is no order A17.",
            "code": 4004,
            "name": "NO_SUCH_ORDER",
            "args": { "order": "A17" },
        })
    );
    assert_eq!(
        body("stock", Some("zh-CN")),
        json!({
            "type": "https://orders.example.com/problems/OUT_OF_STOCK",
            "title": "{item} 仅剩 {left} 件，需要 {wanted} 件。",
            "status": 409,
            "detail": "apples 仅剩 2 件，需要 5 件。",
            "code": 5001,
            "name": "OUT_OF_STOCK",
            "args": { "item": "apples", "wanted": 5, "left": 2 },
        })
    );
    assert_eq!(
        body("quantity", Some("fr"))["title"],
        "La quantité doit être d’au moins un."
    );
    assert_eq!(body("quantity", Some("fr"))["status"], 400);
    assert_eq!(body("warehouse", None)["status"], 503);
    assert_eq!(
        body("unknown", Some("zh")),
        json!({ "status": 500, "detail": "a newer server's error", "code": 7777 })
    );
}

#[test]
fn an_axum_server_answers_with_problems() {
    let server = axum_server();
    answers_as_problems(server);
    the_bodies_are_the_contract(server);
}

#[test]
fn an_actix_web_server_answers_with_problems() {
    let server = actix_server();
    answers_as_problems(server);
    the_bodies_are_the_contract(server);
}

#[test]
fn a_problem_without_a_code_of_the_catalog_is_no_error_of_it() {
    let proxy: Problem =
        serde_json::from_value(json!({"title": "Bad Gateway", "status": 502})).unwrap();
    assert_eq!(Error::<OrderError>::from_problem(&proxy), None);
    let text_code: Problem = serde_json::from_value(json!({"code": "4001"})).unwrap();
    assert_eq!(
        Error::<OrderError>::from_problem(&text_code)
            .unwrap()
            .kind(),
        Some(OrderError::BadQuantity)
    );
    let other: Problem =
        serde_json::from_value(json!({"code": 4001, "trace": "x1", "detail": "d"})).unwrap();
    assert_eq!(other.extensions["trace"], "x1");
    assert_eq!(serde_json::to_value(&other).unwrap()["trace"], "x1");
}
