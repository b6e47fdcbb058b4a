//! tonic 0.14: errors as gRPC statuses with AIP-193's details, both ways.

use alloc::borrow::Cow;
use alloc::string::{String, ToString};
use alloc::vec::Vec;
use std::collections::HashMap;

use tonic::{Code, Status};
use tonic_types::{ErrorDetails, StatusExt};

use crate::{ArgType, Catalog, Error, RawCode};

/// The metadata key of the code in `ErrorInfo`; each argument's value is under its own name.
const CODE: &str = "code";

/// [`Error::to_status`] without a `LocalizedMessage`.
#[cfg_attr(docsrs, doc(cfg(feature = "tonic-0-14")))]
impl<E: Catalog> From<Error<E>> for Status {
    fn from(error: Error<E>) -> Status {
        error.status(None)
    }
}

#[cfg_attr(docsrs, doc(cfg(feature = "tonic-0-14")))]
impl<E: Catalog> Error<E> {
    /// The error as a gRPC status, with its texts also in the language `tag` asks for:
    ///
    /// - the code: the entry's `grpc_code`, else its group's, else the catalog's, else
    ///   `UNKNOWN`;
    /// - the message: [`message_in`](Self::message_in) the default language;
    /// - `ErrorInfo`: the name as `reason` (a name outside AIP-193's `[A-Z][A-Z0-9_]+[A-Z0-9]`
    ///   in upper snake case, such as `NO_SUCH_KEY` for `NoSuchKey`; empty for a code the catalog
    ///   does not know), the catalog's `domain`, and as `metadata` the code under `code` and each
    ///   argument's value under its name;
    /// - `Help`: the docs URL, where the entry has one;
    /// - `LocalizedMessage`: the message in the language `tag` negotiates, and that language.
    ///
    /// `From<Error<E>> for Status` gives the same without `LocalizedMessage`.
    ///
    /// ```
    /// use chat_errors::Error;
    /// use tonic_types::StatusExt;
    ///
    /// chat_errors::agora_errors!("doc/wallet.toml");
    ///
    /// let error: Error<WalletError> = wallet_error::InsufficientFunds { balance: 30, price: 50 }.into();
    /// let status = error.to_status("zh-CN");
    /// assert_eq!(status.code(), tonic::Code::FailedPrecondition);
    /// assert_eq!(status.message(), "The balance 30 is below the price 50.");
    /// let details = status.get_error_details();
    /// let info = details.error_info().unwrap();
    /// assert_eq!((info.reason.as_str(), info.domain.as_str()), ("INSUFFICIENT_FUNDS", "wallet.example.com"));
    /// assert_eq!(info.metadata["price"], "50");
    /// assert_eq!(details.localized_message().unwrap().message, "余额 30 低于价格 50。");
    ///
    /// // The client reads the same error back.
    /// assert_eq!(Error::<WalletError>::from_status(&status), Some(error));
    /// ```
    #[must_use]
    pub fn to_status(&self, tag: &str) -> Status {
        self.status(Some(tag))
    }

    /// The error a status reports through its `ErrorInfo`: the code from its `metadata`, else
    /// the entry whose name its `reason` is; the status's message; the arguments from the
    /// `metadata`, typed as the entry declares them. A code the catalog does not know is kept.
    ///
    /// `None` for a status without an `ErrorInfo`, or with one of another `domain` than the
    /// catalog's, or with neither a code nor a known `reason`: such a status is some other
    /// service's, and no code is made up for it. The status itself still has everything.
    #[must_use]
    pub fn from_status(status: &Status) -> Option<Self> {
        let info = status.get_details_error_info()?;
        if E::DOMAIN.is_some_and(|domain| domain != info.domain) {
            return None;
        }
        let code = match info.metadata.get(CODE) {
            Some(code) => E::Code::parse(code)?,
            None => E::ALL
                .iter()
                .find(|entry| reason(entry.name()) == info.reason)
                .map(|entry| E::Code::own(entry.code()))?,
        };
        let declared = E::from_code(code.as_code()).map_or(&[][..], E::args);
        let mut args: Vec<(&String, &String)> = info
            .metadata
            .iter()
            .filter(|(name, _)| *name != CODE)
            .collect();
        args.sort();
        let args = args
            .into_iter()
            .map(|(name, value)| {
                let declared = declared.iter().find(|arg| arg.name == name);
                let value = declared.map_or(ArgType::String, |arg| arg.ty).read(value);
                (Cow::Owned(name.clone()), value)
            })
            .collect();
        Some(Error::owned(code, status.message().into(), args))
    }

    fn status(&self, tag: Option<&str>) -> Status {
        let kind = self.kind();
        let code = kind
            .and_then(E::grpc_code)
            .map_or(Code::Unknown, |code| Code::from_i32(code.code()));
        let default = E::LANGUAGES.first().copied().unwrap_or_default();
        let mut metadata: HashMap<String, String> = self
            .args()
            .map(|(name, value)| (name.into(), value.to_string()))
            .collect();
        metadata.insert(CODE.into(), self.code.to_string());
        let mut details = ErrorDetails::with_error_info(
            kind.map_or(Cow::Borrowed(""), |entry| reason(entry.name())),
            E::DOMAIN.unwrap_or_default(),
            metadata,
        );
        if let Some(url) = kind.and_then(E::docs_url) {
            details.add_help_link(kind.map_or("", E::description), url);
        }
        if let Some(tag) = tag {
            let language = self.text_language(tag);
            details.set_localized_message(language, self.message_in(language));
        }
        Status::with_error_details(code, self.message_in(default), details)
    }
}

/// `name` as AIP-193's `reason`: as it is where it fits `[A-Z][A-Z0-9_]+[A-Z0-9]` in at most 63
/// characters, else in upper snake case, a word per lower-to-upper step or run of other signs.
fn reason(name: &str) -> Cow<'_, str> {
    let fits = |name: &str| {
        let bytes = name.as_bytes();
        bytes.len() <= 63
            && bytes.len() >= 3
            && bytes[0].is_ascii_uppercase()
            && bytes[bytes.len() - 1] != b'_'
            && bytes
                .iter()
                .all(|byte| byte.is_ascii_uppercase() || byte.is_ascii_digit() || *byte == b'_')
    };
    if fits(name) {
        return Cow::Borrowed(name);
    }
    let mut upper = String::new();
    let mut previous = b'_';
    for byte in name.bytes() {
        let separate = !byte.is_ascii_alphanumeric()
            || (byte.is_ascii_uppercase() && previous.is_ascii_lowercase());
        if separate && !upper.ends_with('_') && !upper.is_empty() {
            upper.push('_');
        }
        if byte.is_ascii_alphanumeric() {
            upper.push(char::from(byte.to_ascii_uppercase()));
        }
        previous = byte;
    }
    if !upper.starts_with(|first: char| first.is_ascii_uppercase()) {
        upper.insert_str(0, "E_");
    }
    upper.truncate(63);
    while upper.ends_with('_') || upper.len() < 3 {
        if upper.ends_with('_') {
            upper.pop();
        } else {
            upper.push('0');
        }
    }
    Cow::Owned(upper)
}

#[cfg(test)]
mod tests {
    use super::reason;

    #[test]
    fn names_become_reasons() {
        assert_eq!(reason("USER_MUTED"), "USER_MUTED");
        assert_eq!(reason("NoSuchKey"), "NO_SUCH_KEY");
        assert_eq!(reason("forbidden_op"), "FORBIDDEN_OP");
        assert_eq!(reason("ER_DUP_ENTRY"), "ER_DUP_ENTRY");
        assert_eq!(reason("23505"), "E_23505");
        assert_eq!(reason("a"), "A00");
        assert_eq!(reason(&"X".repeat(70)).len(), 63);
    }
}
