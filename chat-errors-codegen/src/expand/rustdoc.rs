//! The rustdoc of the enum and of each variant, as Markdown: every text goes through
//! [`inline`], so that what an entry says is shown as written rather than read as markup.

use core::fmt::Write as _;

use super::{LARGE, text_in};
use crate::generated::FLAG_PREFIX;
use crate::markdown::inline;
use crate::model::{Catalog, Entry};

/// `text` in code font, or escaped as plain text where a backtick would end the span early.
fn code_span(text: &str) -> String {
    if text.contains('`') || text.trim() != text || text.is_empty() {
        inline(text)
    } else {
        format!("`{text}`")
    }
}

pub(super) fn enum_doc(catalog: &Catalog) -> String {
    let mut doc = String::new();
    match &catalog.doc {
        Some(text) => doc.push_str(text.trim_end()),
        None => doc.push_str("Error codes of the catalog."),
    }
    if !catalog.flags.is_empty() {
        doc.push_str("\n\n**Flags**\n\n");
        for flag in &catalog.flags {
            let _ = writeln!(
                doc,
                "- [`{FLAG_PREFIX}{name}`]({}::{FLAG_PREFIX}{name}): {}",
                catalog.enum_name,
                inline(&flag.meaning),
                name = flag.name,
            );
        }
    }
    if !catalog.fields.is_empty() {
        doc.push_str("\n\n**Fields**\n\n");
        for field in &catalog.fields {
            let _ = writeln!(
                doc,
                "- [`{name}`]({}::{name}): {}",
                catalog.enum_name,
                inline(&field.doc),
                name = field.name,
            );
        }
    }
    let large = catalog.entries.len() >= LARGE;
    if large {
        let _ = write!(
            doc,
            "\n\nThe {} codes of the catalog are the variants below, each with its code, name and \
             description.",
            catalog.entries.len()
        );
    } else if catalog.groups.is_empty() {
        code_table(&mut doc, catalog, |_| true);
    }
    for (index, group) in catalog.groups.iter().enumerate() {
        let _ = write!(doc, "\n\n### {}\n", inline(&group.title));
        if let Some(text) = &group.doc {
            let _ = write!(doc, "\n{}\n", text.trim_end());
        }
        if !large {
            code_table(&mut doc, catalog, |entry| entry.group == Some(index));
        }
    }
    if !catalog.retired.is_empty() {
        let _ = write!(
            doc,
            "\n\n### Retired codes\n\nNo variant, and never given to another entry: see \
             [`retired`]({}::retired).\n\n| Code | Name | Since | Reason |\n|---:|---|---|---|\n",
            catalog.enum_name
        );
        for retired in &catalog.retired {
            let _ = writeln!(
                doc,
                "| {} | `{}` | {} | {} |",
                inline(&retired.code.to_string()),
                retired.name,
                inline(retired.since.as_deref().unwrap_or("")),
                inline(&retired.reason).replace('|', "\\|"),
            );
        }
    }
    doc
}

fn code_table(doc: &mut String, catalog: &Catalog, include: impl Fn(&Entry) -> bool) {
    doc.push_str("\n\n| Code | Name | Variant | Description |\n|---:|---|---|---|\n");
    for entry in catalog.entries.iter().filter(|entry| include(entry)) {
        let deprecated = if entry.deprecated.is_some() {
            " (deprecated)"
        } else {
            ""
        };
        let _ = writeln!(
            doc,
            "| {} | `{}` | [`{variant}`]({}::{variant}){deprecated} | {} |",
            inline(&entry.code.to_string()),
            entry.name,
            catalog.enum_name,
            inline(text_in(&entry.description, &catalog.default_language)),
            variant = entry.variant,
        );
    }
}

pub(super) fn variant_doc(catalog: &Catalog, entry: &Entry) -> String {
    let mut doc = inline(text_in(&entry.description, &catalog.default_language));
    let _ = write!(
        doc,
        "\n\n- Code: {}\n- Name: `{}`\n",
        code_span(&entry.code.to_string()),
        entry.name
    );
    if !entry.aliases.is_empty() {
        let aliases: Vec<String> = entry.aliases.iter().map(|a| format!("`{a}`")).collect();
        let _ = writeln!(doc, "- Aliases: {}", aliases.join(", "));
    }
    if !entry.platform_names.is_empty() {
        let names: Vec<String> = entry
            .platform_names
            .iter()
            .map(|(platform, name)| format!("`{name}` ({platform})"))
            .collect();
        let _ = writeln!(doc, "- Platform names: {}", names.join(", "));
    }
    if let Some(note) = &entry.deprecated {
        let _ = writeln!(doc, "- Deprecated: {}", inline(note));
    }
    if let Some(group) = catalog.group(entry) {
        let _ = writeln!(doc, "- Group: {}", inline(&group.title));
    }
    if !entry.flags.is_empty() {
        let flags: Vec<String> = entry.flags.iter().map(|flag| format!("`{flag}`")).collect();
        let _ = writeln!(doc, "- Flags: {}", flags.join(", "));
    }
    let wire = catalog.wire(entry);
    if let Some(status) = wire.http_status {
        let _ = writeln!(doc, "- HTTP status: `{status}`");
    }
    if let Some(code) = wire.grpc_code {
        let _ = writeln!(doc, "- gRPC code: `{}`", code.name());
    }
    for (field, value) in catalog.fields.iter().zip(&entry.fields) {
        if let Some(value) = value {
            let _ = writeln!(doc, "- {}: {}", field.name, code_span(&value.to_string()));
        }
    }
    if let Some(template) = &catalog.docs_url {
        // An autolink: the URL is shown and followed as written; its filled-in parts are encoded.
        let _ = writeln!(
            doc,
            "- Docs: <{}>",
            entry.docs_url(template).replace(['<', '>', ' '], "")
        );
    }
    // With one language, the first line already is the description, and the other texts need
    // no language tag.
    let monolingual = catalog.languages.len() == 1;
    for (heading, texts) in [
        (
            "Description",
            Some(&entry.description).filter(|_| !monolingual),
        ),
        ("Cause", entry.cause.as_ref()),
        ("Note", entry.note.as_ref()),
    ] {
        let Some(texts) = texts else { continue };
        let _ = write!(doc, "\n**{heading}**\n\n");
        for language in &catalog.languages {
            match texts.get(language) {
                Some(text) if monolingual => {
                    let _ = writeln!(doc, "{}", inline(text));
                }
                Some(text) => {
                    let _ = writeln!(doc, "- `{language}`: {}", inline(text));
                }
                None => {}
            }
        }
    }
    doc
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::expand::tests::tricky_catalog;

    fn html(markdown: &str) -> String {
        let mut options = pulldown_cmark::Options::empty();
        options.insert(pulldown_cmark::Options::ENABLE_TABLES);
        let mut out = String::new();
        pulldown_cmark::html::push_html(
            &mut out,
            pulldown_cmark::Parser::new_ext(markdown, options),
        );
        out
    }

    #[test]
    fn variant_docs_render_texts_as_written() {
        let catalog = tricky_catalog();
        let rendered = html(&variant_doc(&catalog, &catalog.entries[0]));
        for markup in ["<a ", "<pre", "<b>", "<h1", "<em>", "<table"] {
            assert!(!rendered.contains(markup), "{markup} in {rendered}");
        }
        for shown in [
            "见[文档](https://d.example/x) &lt;b&gt;粗&lt;/b&gt;",
            "a | pipe &amp; [b]",
            "\u{a0}\u{a0}\u{a0}\u{a0}缩进的行<br>```<br>围栏<br>```",
            "# heading *star*",
            "use [NEW] instead",
            "<code>-7</code>",
            "<code>TRICKY_TEXT</code>",
            "statuses: <code>400, 403</code>",
            "<code>OLD_TRICKY</code>",
            "Group: Odd [ones]",
            "Flags: <code>retryable</code>",
            "Platform names: <code>TrickyErrorText</code> (ios)",
            "<strong>Note</strong>",
            "注意 *这里*",
            "mind [this]",
        ] {
            assert!(rendered.contains(shown), "{shown} not in {rendered}");
        }
    }

    #[test]
    fn the_enum_doc_has_a_row_per_code() {
        let catalog = tricky_catalog();
        let rendered = html(&enum_doc(&catalog));
        assert!(rendered.starts_with("<p>The tricky catalog.</p>"));
        assert!(
            rendered.contains("<h3>Odd [ones]</h3>\n<p>Codes with <em>odd</em> texts.</p>"),
            "{rendered}"
        );
        assert!(
            rendered.contains("<a href=\"Tricky::is_retryable\"><code>is_retryable</code></a>: Try &lt;again&gt; later."),
            "{rendered}"
        );
        assert_eq!(rendered.matches("<tr>").count(), 2, "{rendered}");
        assert!(
            rendered.contains("<td>见[文档](https://d.example/x) &lt;b&gt;粗&lt;/b&gt;</td>"),
            "{rendered}"
        );
        assert!(
            rendered.contains(
                "<a href=\"Tricky::TrickyText\"><code>TrickyText</code></a> (deprecated)"
            ),
            "{rendered}"
        );
    }
}
