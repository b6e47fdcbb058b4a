//! Texts as Rust string literals in generated source. Every text of a catalog, and every doc,
//! becomes one, so the common case is a copy: a text with no `"`, `\` or carriage return is
//! written as it is, one with quotes or backslashes as a raw string, and only one with a carriage
//! return, which no literal may hold bare, is escaped. Escaping every text character by character
//! cost the macro's unoptimised build more than all the rest of writing the expansion.

use core::fmt;

/// `text` as a string literal: `"text"`, `r#"say "hi""#` or, with a carriage return, escaped.
pub(crate) struct Literal<'a>(pub &'a str);

impl fmt::Display for Literal<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = self.0;
        let bytes = text.as_bytes();
        if bytes.contains(&b'\r') {
            return write!(f, "{text:?}");
        }
        let quoted = bytes.contains(&b'"');
        if !quoted && !bytes.contains(&b'\\') {
            f.write_str("\"")?;
            f.write_str(text)?;
            return f.write_str("\"");
        }
        let hashes = if quoted {
            longest_hash_run(text) + 1
        } else {
            0
        };
        f.write_str("r")?;
        (0..hashes).try_for_each(|_| f.write_str("#"))?;
        f.write_str("\"")?;
        f.write_str(text)?;
        f.write_str("\"")?;
        (0..hashes).try_for_each(|_| f.write_str("#"))
    }
}

/// The most `#` that follow a `"` in `text`: a raw string needs one more to end where it should.
fn longest_hash_run(text: &str) -> usize {
    text.split('"')
        .skip(1)
        .map(|after| after.len() - after.trim_start_matches('#').len())
        .max()
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::Literal;

    #[test]
    fn literals_read_back_as_the_text() {
        for text in [
            "plain",
            "",
            "用户被禁言",
            "line\nbreak\ttab\0nul",
            "say \"hi\"",
            r###"a "# b"##"###,
            r"C:\path\to",
            "carriage\rreturn \"and\" \\",
            "\"",
            "#\"#",
        ] {
            let literal = Literal(text).to_string();
            let parsed: syn::LitStr =
                syn::parse_str(&literal).unwrap_or_else(|e| panic!("{literal}: {e}"));
            assert_eq!(parsed.value(), text, "{literal}");
        }
        assert_eq!(Literal("plain").to_string(), "\"plain\"");
        assert_eq!(Literal("a\\b").to_string(), "r\"a\\b\"");
        assert_eq!(Literal("say \"hi\"").to_string(), "r#\"say \"hi\"\"#");
    }
}
