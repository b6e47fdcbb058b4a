//! Texts: every one has the catalog's default language, and relative links become absolute.

use crate::diag::Diagnostic;
use crate::load::{RawText, Sp};
use crate::model::Texts;

/// `link_base` must be absolute: links resolved against it are read away from any site.
pub(super) fn check_link_base(
    base: Sp<String>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<String> {
    if scheme_length(&base.value).is_none() {
        diagnostics.push(
            Diagnostic::at(base.span, "`link_base` must be an absolute URL")
                .help("write it with its scheme, such as \"https://docs.example.com/\""),
        );
        return None;
    }
    Some(base.value)
}

/// `docs_url` (a link in rustdoc and the pages) and `problem_type` (a problem's `type` URI),
/// named `key`: absolute, and with no placeholder but `{code}` and `{name}`, so a misspelt one is
/// not left in every URL.
pub(super) fn check_url_template(
    key: &str,
    template: Sp<String>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<String> {
    if scheme_length(&template.value).is_none() {
        diagnostics.push(
            Diagnostic::at(template.span, format!("`{key}` must be an absolute URL")).help(
                "write it with its scheme, such as \"https://docs.example.com/errors#{code}\"",
            ),
        );
        return None;
    }
    let mut rest = template.value.as_str();
    while let Some(open) = rest.find('{') {
        let placeholder = rest[open..]
            .find('}')
            .map(|close| &rest[open..=open + close]);
        match placeholder {
            Some("{code}" | "{name}") => rest = &rest[open + 1..],
            other => {
                let written = other.unwrap_or(&rest[open..]);
                diagnostics.push(
                    Diagnostic::at(
                        template.span.clone(),
                        format!("`{key}` has the placeholder `{written}`"),
                    )
                    .help("the placeholders are `{code}` and `{name}`"),
                );
                return None;
            }
        }
    }
    Some(template.value)
}

pub(super) struct TextRules<'a> {
    pub default_language: &'a str,
    pub link_base: Option<&'a str>,
}

impl TextRules<'_> {
    pub(super) fn resolve(
        &self,
        text: Sp<RawText>,
        what: &str,
        diagnostics: &mut Vec<Diagnostic>,
    ) -> Texts {
        let pairs = match text.value {
            RawText::Plain(plain) => vec![(self.default_language.to_owned(), plain.value)],
            RawText::Languages(languages) => {
                if !languages
                    .iter()
                    .any(|(language, _)| language.value == self.default_language)
                {
                    diagnostics.push(
                        Diagnostic::at(
                            text.span.clone(),
                            format!(
                                "this {what} has no text in the default language `{}`",
                                self.default_language
                            ),
                        )
                        .help(format!(
                            "add `{} = \"…\"`, or change `default_language` in `[catalog]`",
                            self.default_language
                        )),
                    );
                }
                languages
                    .into_iter()
                    .map(|(language, text)| (language.value, text.value))
                    .collect()
            }
        };
        Texts(
            pairs
                .into_iter()
                .map(|(language, text)| (language, self.absolute_links(text)))
                .collect(),
        )
    }

    /// `[text](./page)` → `[text](<link_base>page)`: texts are read away from the site they were
    /// written for, where a relative link leads nowhere.
    fn absolute_links(&self, text: String) -> String {
        let Some(base) = self.link_base else {
            return text;
        };
        let mut out = String::with_capacity(text.len());
        let mut rest = text.as_str();
        while let Some(at) = rest.find("](") {
            let (before, after) = rest.split_at(at + 2);
            out.push_str(before);
            let target_end = after.find(')').unwrap_or(after.len());
            out.push_str(&resolve_link(base, &after[..target_end]));
            rest = &after[target_end..];
        }
        out.push_str(rest);
        out
    }
}

fn resolve_link(base: &str, target: &str) -> String {
    if target.is_empty() || target.starts_with('#') || scheme_length(target).is_some() {
        return target.to_owned();
    }
    if let Some(path) = target.strip_prefix('/') {
        let origin_end = scheme_length(base)
            .and_then(|scheme| base[scheme + 3..].find('/').map(|slash| scheme + 3 + slash))
            .unwrap_or(base.len());
        return format!("{}/{path}", &base[..origin_end]);
    }
    let directory = &base[..base.rfind('/').map_or(base.len(), |slash| slash + 1)];
    let directory = if directory.ends_with("://") {
        base
    } else {
        directory
    };
    let separator = if directory.ends_with('/') { "" } else { "/" };
    format!(
        "{directory}{separator}{}",
        target.strip_prefix("./").unwrap_or(target)
    )
}

/// Length of `scheme` in `scheme://…`, when `url` has one.
fn scheme_length(url: &str) -> Option<usize> {
    let end = url.find("://")?;
    let scheme = &url[..end];
    let valid = scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    valid.then_some(end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_links_resolve_against_the_base() {
        let base = "https://docs.agora.io/cn/agora-chat/";
        assert_eq!(
            resolve_link(base, "./enable_agora_chat?platform=Android#获取"),
            "https://docs.agora.io/cn/agora-chat/enable_agora_chat?platform=Android#获取"
        );
        assert_eq!(
            resolve_link(base, "limits"),
            "https://docs.agora.io/cn/agora-chat/limits"
        );
        assert_eq!(resolve_link(base, "/en/x"), "https://docs.agora.io/en/x");
        assert_eq!(resolve_link(base, "#top"), "#top");
        assert_eq!(
            resolve_link(base, "https://a.example/"),
            "https://a.example/"
        );
        assert_eq!(
            resolve_link("https://a.example", "x"),
            "https://a.example/x"
        );
    }

    #[test]
    fn only_link_targets_are_rewritten() {
        let rules = TextRules {
            default_language: "en",
            link_base: Some("https://d.example/chat/"),
        };
        assert_eq!(
            rules.absolute_links(
                "see [limits](./limits) and (./not-a-link) [x](https://o.example)".into()
            ),
            "see [limits](https://d.example/chat/limits) and (./not-a-link) [x](https://o.example)"
        );
    }
}
