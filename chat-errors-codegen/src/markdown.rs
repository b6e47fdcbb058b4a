//! Catalog text → Markdown that renders as the text itself. Catalog texts are data: a `[` must not
//! start a link, `<b>` must not become bold, an indented line must not become a doctest.

/// `text` as one line of Markdown that displays exactly `text`: punctuation Markdown gives meaning
/// to is escaped, line breaks become `<br>` and leading spaces stay visible. Being one line, it
/// fits in a table cell or a list item.
pub fn inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 4);
    for (index, line) in text.split('\n').enumerate() {
        if index > 0 {
            out.push_str("<br>");
        }
        let line = line.strip_suffix('\r').unwrap_or(line);
        let content = line.trim_start_matches([' ', '\t']);
        for indent in line[..line.len() - content.len()].chars() {
            out.push_str(if indent == '\t' {
                "&nbsp;&nbsp;&nbsp;&nbsp;"
            } else {
                "&nbsp;"
            });
        }
        // Byte by byte, copying the runs between punctuation whole: every text of a catalog goes
        // through here, in the macro's unoptimised build. Punctuation is ASCII, so a byte that is
        // one is never part of a multi-byte character.
        let bytes = content.as_bytes();
        let mut run = 0;
        let mut at = 0;
        while at < bytes.len() {
            if bytes[at] < 0x80 && MARKDOWN_PUNCTUATION[usize::from(bytes[at])] {
                out.push_str(&content[run..at]);
                out.push('\\');
                run = at;
            }
            at += 1;
        }
        out.push_str(&content[run..]);
    }
    out
}

/// The ASCII characters Markdown gives a meaning to, by code.
const MARKDOWN_PUNCTUATION: [bool; 128] = {
    let mut table = [false; 128];
    let punctuation = b"\\`*_[]<>#|~&!(){}+-.=\"";
    let mut index = 0;
    while index < punctuation.len() {
        table[punctuation[index] as usize] = true;
        index += 1;
    }
    table
};

#[cfg(test)]
mod tests {
    use super::*;

    /// Renders `markdown` the way rustdoc does (pulldown-cmark) and reads back the visible text.
    fn rendered_text(markdown: &str) -> String {
        let mut options = pulldown_cmark::Options::empty();
        options.insert(pulldown_cmark::Options::ENABLE_TABLES);
        options.insert(pulldown_cmark::Options::ENABLE_STRIKETHROUGH);
        options.insert(pulldown_cmark::Options::ENABLE_FOOTNOTES);
        options.insert(pulldown_cmark::Options::ENABLE_TASKLISTS);
        let mut text = String::new();
        for event in pulldown_cmark::Parser::new_ext(markdown, options) {
            match event {
                pulldown_cmark::Event::Text(piece) => text.push_str(&piece),
                pulldown_cmark::Event::InlineHtml(html) if html.as_ref() == "<br>" => {
                    text.push('\n')
                }
                pulldown_cmark::Event::Start(pulldown_cmark::Tag::Paragraph)
                | pulldown_cmark::Event::End(pulldown_cmark::TagEnd::Paragraph) => {}
                other => panic!("{markdown:?} renders as markup: {other:?}"),
            }
        }
        text.replace('\u{a0}', " ")
    }

    #[test]
    fn texts_render_as_written() {
        for text in [
            "详见[获取即时通讯项目信息](https://docs.agora.io/cn/agora-chat/x#获取)。",
            "<b>bold</b> &amp; <script>alert(1)</script>",
            "    indented like a code block",
            "```rust\nfn main() {}\n```",
            "# not a heading\n- not a list\n1. not ordered\n> not a quote",
            "*stars* _under_ `tick` ~~strike~~ [^note] [ ] task | pipe | \\ backslash",
            "line one\r\n\tline two with a tab",
            "https://bare.example/url and <https://auto.example>",
            "(默认 3 天) 。",
            "[link][ref]\n\n[ref]: https://example.com",
        ] {
            assert_eq!(
                rendered_text(&inline(text)),
                text.replace("\r\n", "\n").replace('\t', "    ")
            );
        }
    }

    #[test]
    fn output_is_a_single_line() {
        assert!(!inline("a\nb\r\nc").contains('\n'));
    }
}
