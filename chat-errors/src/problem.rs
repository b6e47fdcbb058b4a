//! Errors as RFC 9457 problem details (`application/problem+json`), both ways.
//!
//! [`Error::to_problem`] answers in the language a tag asks for; [`Error::from_problem`] reads a
//! problem back on the client. What comes from where, for an entry of the catalog:
//!
//! | member | from |
//! |---|---|
//! | `type` | the entry's [`problem_type`](crate::Catalog::problem_type): the catalog's `problem_type` filled in, else the docs URL, else left out (RFC 9457's `about:blank`) |
//! | `title` | the description in the language asked for, the same for every occurrence (an entry's placeholders stay as `{name}`); left out with `about:blank`, whose title is the status's own phrase |
//! | `status` | the entry's `http_status`, else its group's, else the catalog's, else 500 |
//! | `detail` | the description with this error's argument values, in the language asked for |
//! | `code`, `name`, `args` | extension members: the code as the catalog types it, the name, each argument's value |
//!
//! A code the catalog does not know answers with status 500, no `type` or `title`, its own message
//! as `detail` and its code.
//!
//! ```
//! use chat_errors::Error;
//! use chat_errors::problem::Problem;
//!
//! chat_errors::agora_errors!("doc/wallet.toml");
//!
//! let error: Error<WalletError> = wallet_error::InsufficientFunds { balance: 30, price: 50 }.into();
//! let problem = error.to_problem("zh-CN");
//! assert_eq!(problem.status, Some(402));
//! assert_eq!(problem.detail.as_deref(), Some("余额 30 低于价格 50。"));
//! assert_eq!(
//!     serde_json::to_value(&problem).unwrap(),
//!     serde_json::json!({
//!         "type": "https://wallet.example.com/problems/5002",
//!         "title": "余额 {balance} 低于价格 {price}。",
//!         "status": 402,
//!         "detail": "余额 30 低于价格 50。",
//!         "code": 5002,
//!         "name": "INSUFFICIENT_FUNDS",
//!         "args": { "balance": 30, "price": 50 },
//!     })
//! );
//!
//! // The client reads the same error back, whatever the body's language.
//! let json = serde_json::to_string(&problem).unwrap();
//! let received: Problem = serde_json::from_str(&json).unwrap();
//! assert_eq!(Error::<WalletError>::from_problem(&received).unwrap().kind(), Some(WalletError::InsufficientFunds));
//! ```

use alloc::borrow::Cow;
use alloc::string::String;
use alloc::vec::Vec;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::{ArgValue, Catalog, Error, RawCode};

/// The media type of a problem's body.
pub const CONTENT_TYPE: &str = "application/problem+json";

/// An RFC 9457 problem details object, with the extension members this crate writes (`code`,
/// `name`, `args`) and any other kept in [`extensions`](Self::extensions), so nothing a server
/// sent is lost. Absent members are `None` (or empty) and left out when written.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Problem {
    /// The URI of the problem type; absent means `about:blank`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// A short summary of the problem type, the same for every occurrence.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The HTTP status of this occurrence.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<u16>,
    /// What happened this time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    /// A URI for this occurrence.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance: Option<String>,
    /// The error's code, a number or a string as its catalog types it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<Value>,
    /// The name of the code's entry.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The values of the error's arguments, by name.
    #[serde(default, skip_serializing_if = "Map::is_empty")]
    pub args: Map<String, Value>,
    /// Every other member, as it came.
    #[serde(flatten)]
    pub extensions: Map<String, Value>,
}

#[cfg_attr(docsrs, doc(cfg(feature = "problem")))]
impl<E: Catalog> Error<E> {
    /// The error as a problem, its texts in the language `tag` asks for (or the catalog's
    /// default language); see [the module](crate::problem) for what each member holds.
    #[must_use]
    pub fn to_problem(&self, tag: &str) -> Problem {
        let kind = self.kind();
        let language = self.text_language(tag);
        let r#type = kind.and_then(E::problem_type);
        let title = kind
            .filter(|_| r#type.is_some())
            .and_then(|entry| entry.description_in(language));
        Problem {
            r#type: r#type.map(String::from),
            title: title.map(String::from),
            status: Some(self.http_status()),
            detail: Some(self.message_in(language)),
            code: serde_json::to_value(&self.code).ok(),
            name: kind.map(|entry| entry.name().into()),
            args: self
                .args()
                .filter_map(|(name, value)| Some((name.into(), serde_json::to_value(value).ok()?)))
                .collect(),
            ..Problem::default()
        }
    }

    /// The error a problem reports: its `code` (a number or a string, as the catalog types
    /// it, or the code as text), `detail` as the message and `args`, whether or not the catalog
    /// knows the code. `None` for a problem without a `code` of this catalog's type, such as a
    /// proxy's: no code is made up for it.
    #[must_use]
    pub fn from_problem(problem: &Problem) -> Option<Self> {
        let code = match problem.code.as_ref()? {
            Value::String(text) => E::Code::parse(text),
            code => E::Code::deserialize(code).ok(),
        }?;
        let args = problem
            .args
            .iter()
            .filter_map(|(name, value)| {
                Some((Cow::Owned(name.clone()), ArgValue::deserialize(value).ok()?))
            })
            .collect::<Vec<_>>();
        Some(Error::owned(
            code,
            problem.detail.clone().unwrap_or_default(),
            args,
        ))
    }

    /// The HTTP status the error answers with: its entry's, else 500.
    pub(crate) fn http_status(&self) -> u16 {
        self.kind().and_then(E::http_status).unwrap_or(500)
    }
}
