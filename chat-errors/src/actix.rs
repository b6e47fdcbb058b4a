//! actix-web 4: an [`Error<E>`] is a `ResponseError` answering as an RFC 9457 problem, and
//! [`Localize`] answers it in the language the request accepts.
//!
//! A handler returns `Result<_, Error<E>>`; the error answers with the entry's `http_status`
//! (500 for a code the catalog does not know), `Content-Type: application/problem+json`,
//! `Content-Language` and the [problem](crate::problem) in the catalog's default language. With
//! the middleware, the body is in the language the request's `Accept-Language` prefers among the
//! catalog's, for every catalog's errors alike:
//!
//! ```
//! use actix_web::{App, web};
//! use chat_errors::Error;
//!
//! chat_errors::agora_errors!("doc/wallet.toml");
//!
//! async fn pay() -> Result<&'static str, Error<WalletError>> {
//!     Err(wallet_error::InsufficientFunds { balance: 30, price: 50 }.into())
//! }
//!
//! let app = App::new().wrap(chat_errors::actix::Localize).route("/pay", web::get().to(pay));
//! ```

use alloc::boxed::Box;
use alloc::string::String;
use core::future::{Future, Ready, ready};
use core::pin::Pin;

use actix_web::body::{BoxBody, EitherBody, MessageBody};
use actix_web::dev::{Service, ServiceRequest, ServiceResponse, Transform, forward_ready};
use actix_web::http::StatusCode;
use actix_web::http::header::{ACCEPT_LANGUAGE, CONTENT_LANGUAGE, CONTENT_TYPE, HeaderValue};
use actix_web::{HttpResponse, ResponseError};

use crate::respond::{Localizable, Rendered, render};
use crate::{Catalog, Error};

/// The problem in the catalog's default language; [`Localize`] may render it again.
#[cfg_attr(docsrs, doc(cfg(feature = "actix-web-4")))]
impl<E: Catalog> ResponseError for Error<E> {
    fn status_code(&self) -> StatusCode {
        StatusCode::from_u16(self.http_status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
    }

    fn error_response(&self) -> HttpResponse {
        let mut response = response(render(self, ""));
        response.extensions_mut().insert(Localizable::new(self));
        response
    }
}

fn response(rendered: Rendered) -> HttpResponse {
    let status = StatusCode::from_u16(rendered.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let mut response = HttpResponse::build(status);
    response.insert_header((CONTENT_TYPE, crate::problem::CONTENT_TYPE));
    if let Ok(language) = HeaderValue::from_str(rendered.language) {
        response.insert_header((CONTENT_LANGUAGE, language));
    }
    response.body(rendered.body)
}

/// A middleware that renders every problem an [`Error<E>`] answers with in the language the
/// request's `Accept-Language` prefers among its catalog's (weights honoured, `*` and no match
/// meaning the default language), and says which in `Content-Language`. Other responses pass
/// through untouched.
#[derive(Clone, Copy, Debug, Default)]
pub struct Localize;

impl<S, B> Transform<S, ServiceRequest> for Localize
where
    S: Service<ServiceRequest, Response = ServiceResponse<B>, Error = actix_web::Error>,
    S::Future: 'static,
    B: MessageBody,
{
    type Response = ServiceResponse<EitherBody<B>>;
    type Error = actix_web::Error;
    type Transform = Localized<S>;
    type InitError = ();
    type Future = Ready<Result<Localized<S>, ()>>;

    fn new_transform(&self, service: S) -> Self::Future {
        ready(Ok(Localized { service }))
    }
}

/// The service [`Localize`] wraps around another.
#[derive(Debug)]
pub struct Localized<S> {
    service: S,
}

type Answer<B> = Result<ServiceResponse<EitherBody<B>>, actix_web::Error>;

impl<S, B> Service<ServiceRequest> for Localized<S>
where
    S: Service<ServiceRequest, Response = ServiceResponse<B>, Error = actix_web::Error>,
    S::Future: 'static,
    B: MessageBody,
{
    type Response = ServiceResponse<EitherBody<B>>;
    type Error = actix_web::Error;
    type Future = Pin<Box<dyn Future<Output = Answer<B>>>>;

    forward_ready!(service);

    fn call(&self, request: ServiceRequest) -> Self::Future {
        let accept_language = request
            .headers()
            .get(ACCEPT_LANGUAGE)
            .and_then(|value| value.to_str().ok())
            .map(String::from);
        let answer = self.service.call(request);
        Box::pin(async move {
            let answer = answer.await?;
            let error = answer.response().extensions().get::<Localizable>().cloned();
            let (Some(accept_language), Some(error)) = (accept_language, error) else {
                return Ok(answer.map_into_left_body());
            };
            let rendered = error.render(&accept_language);
            let (request, mut response) = answer.into_parts();
            if let Ok(language) = HeaderValue::from_str(rendered.language) {
                response.headers_mut().insert(CONTENT_LANGUAGE, language);
            }
            let response = response
                .set_body(BoxBody::new(rendered.body))
                .map_into_right_body();
            Ok(ServiceResponse::new(request, response))
        })
    }
}
