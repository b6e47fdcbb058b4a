//! axum 0.8: an [`Error<E>`] is a response, an RFC 9457 problem, and [`Localize`] answers it in
//! the language the request accepts.
//!
//! A handler returns `Result<_, Error<E>>`; the error answers with the entry's `http_status`
//! (500 for a code the catalog does not know), `Content-Type: application/problem+json`,
//! `Content-Language` and the [problem](crate::problem) in the catalog's default language. With
//! the layer, the body is in the language the request's `Accept-Language` prefers among the
//! catalog's, for every catalog's errors alike:
//!
//! ```
//! use axum::{Router, routing::get};
//! use chat_errors::Error;
//!
//! chat_errors::agora_errors!("doc/wallet.toml");
//!
//! async fn pay() -> Result<&'static str, Error<WalletError>> {
//!     Err(wallet_error::InsufficientFunds { balance: 30, price: 50 }.into())
//! }
//!
//! let app: Router = Router::new().route("/pay", get(pay)).layer(chat_errors::axum::Localize);
//! ```

use alloc::boxed::Box;
use alloc::string::String;
use core::future::Future;
use core::pin::Pin;
use core::task::{Context, Poll};

use axum_core::body::Body;
use axum_core::response::{IntoResponse, Response};
use http::header::{ACCEPT_LANGUAGE, CONTENT_LANGUAGE, CONTENT_LENGTH, CONTENT_TYPE};
use http::{HeaderValue, Request, StatusCode};

use crate::respond::{Localizable, Rendered, render};
use crate::{Catalog, Error};

/// The problem in the catalog's default language; [`Localize`] may render it again.
#[cfg_attr(docsrs, doc(cfg(feature = "axum-0-8")))]
impl<E: Catalog> IntoResponse for Error<E> {
    fn into_response(self) -> Response {
        let mut response = response(render(&self, ""));
        response.extensions_mut().insert(Localizable::new(&self));
        response
    }
}

fn response(rendered: Rendered) -> Response {
    let status = StatusCode::from_u16(rendered.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let mut response = (status, rendered.body).into_response();
    let headers = response.headers_mut();
    headers.insert(
        CONTENT_TYPE,
        HeaderValue::from_static(crate::problem::CONTENT_TYPE),
    );
    if let Ok(language) = HeaderValue::from_str(rendered.language) {
        headers.insert(CONTENT_LANGUAGE, language);
    }
    response
}

/// A layer that renders every problem an [`Error<E>`] answers with in the language the
/// request's `Accept-Language` prefers among its catalog's (weights honoured, `*` and no match
/// meaning the default language), and says which in `Content-Language`. Other responses pass
/// through untouched.
#[derive(Clone, Copy, Debug, Default)]
pub struct Localize;

impl<S> tower_layer::Layer<S> for Localize {
    type Service = Localized<S>;

    fn layer(&self, inner: S) -> Localized<S> {
        Localized { inner }
    }
}

/// The service [`Localize`] wraps around another.
#[derive(Clone, Debug)]
pub struct Localized<S> {
    inner: S,
}

impl<S, B> tower_service::Service<Request<B>> for Localized<S>
where
    S: tower_service::Service<Request<B>, Response = Response>,
    S::Future: Send + 'static,
{
    type Response = Response;
    type Error = S::Error;
    type Future = Pin<Box<dyn Future<Output = Result<Response, S::Error>> + Send>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), S::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: Request<B>) -> Self::Future {
        let accept_language = request
            .headers()
            .get(ACCEPT_LANGUAGE)
            .and_then(|value| value.to_str().ok())
            .map(String::from);
        let answer = self.inner.call(request);
        Box::pin(async move {
            let mut response = answer.await?;
            if let (Some(accept_language), Some(error)) = (
                accept_language,
                response.extensions_mut().remove::<Localizable>(),
            ) {
                let rendered = error.render(&accept_language);
                let headers = response.headers_mut();
                headers.remove(CONTENT_LENGTH);
                if let Ok(language) = HeaderValue::from_str(rendered.language) {
                    headers.insert(CONTENT_LANGUAGE, language);
                }
                *response.body_mut() = Body::from(rendered.body);
            }
            Ok(response)
        })
    }
}
