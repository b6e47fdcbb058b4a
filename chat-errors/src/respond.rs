//! What the axum and actix-web adapters share: a problem body rendered again in the language a
//! request accepts, by a middleware that does not know the catalog.

use alloc::sync::Arc;
use alloc::vec::Vec;

use crate::{Catalog, Error};

/// A problem response's body, its status and the language of its texts.
pub(crate) struct Rendered {
    pub(crate) status: u16,
    pub(crate) body: Vec<u8>,
    pub(crate) language: &'static str,
}

/// Kept in a problem response's extensions: renders the error again for an `Accept-Language`.
#[derive(Clone)]
pub(crate) struct Localizable(Arc<dyn Fn(&str) -> Rendered + Send + Sync>);

impl Localizable {
    pub(crate) fn new<E: Catalog>(error: &Error<E>) -> Self {
        let error = error.clone();
        Localizable(Arc::new(move |accept_language| {
            render(&error, accepted::<E>(accept_language))
        }))
    }

    pub(crate) fn render(&self, accept_language: &str) -> Rendered {
        (self.0)(accept_language)
    }
}

/// The error's problem in the catalog language `tag` names (or the default language).
pub(crate) fn render<E: Catalog>(error: &Error<E>, tag: &str) -> Rendered {
    let language = error.text_language(tag);
    let problem = error.to_problem(language);
    Rendered {
        status: problem.status.unwrap_or(500),
        body: serde_json::to_vec(&problem).unwrap_or_default(),
        language,
    }
}

/// The catalog language an `Accept-Language` header prefers: its tags by weight (ties in the
/// order written, `q=0` never), each negotiated as [`Catalog::resolve_language`] does; `*` or no
/// match is the default language, which `""` stands for.
pub(crate) fn accepted<E: Catalog>(header: &str) -> &'static str {
    let mut tags: Vec<(&str, u16)> = header
        .split(',')
        .filter_map(|item| {
            let mut parts = item.split(';');
            let tag = parts.next()?.trim();
            let weight = parts
                .filter_map(|param| param.trim().strip_prefix("q="))
                .next()
                .map_or(1000, weight);
            (!tag.is_empty() && weight > 0).then_some((tag, weight))
        })
        .collect();
    tags.sort_by_key(|&(_, weight)| core::cmp::Reverse(weight));
    tags.iter()
        .take_while(|(tag, _)| *tag != "*")
        .find_map(|(tag, _)| E::resolve_language(tag))
        .unwrap_or("")
}

/// A `q` value in thousandths; what does not parse counts as 0, as a client that wrote it
/// cannot have meant a preference.
fn weight(q: &str) -> u16 {
    let (whole, fraction) = q.trim().split_once('.').unwrap_or((q.trim(), ""));
    let digits = |text: &str| text.bytes().all(|byte| byte.is_ascii_digit());
    if !digits(whole) || !digits(fraction) || fraction.len() > 3 {
        return 0;
    }
    match whole {
        "1" => 1000,
        "0" | "" => fraction
            .bytes()
            .chain(core::iter::repeat(b'0'))
            .take(3)
            .fold(0, |sum, digit| sum * 10 + u16::from(digit - b'0')),
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::weight;

    #[test]
    fn weights_read_as_thousandths() {
        assert_eq!(weight("1"), 1000);
        assert_eq!(weight("0.8"), 800);
        assert_eq!(weight("0.125"), 125);
        assert_eq!(weight("0"), 0);
        assert_eq!(weight("0.1234"), 0);
        assert_eq!(weight("x"), 0);
    }
}
