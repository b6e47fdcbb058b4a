//! Problems found in a catalog, and how they are shown: `FILE:LINE:COLUMN`, the line, a caret.

use core::fmt::Write as _;
use core::ops::Range;

/// One problem in a catalog, located by a byte range of the catalog's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// What is wrong.
    pub message: String,
    /// Where, as a byte range of the text; `None` for a problem with the file as a whole.
    pub span: Option<Range<usize>>,
    /// Related places, such as where a duplicate was first defined.
    pub notes: Vec<(String, Range<usize>)>,
    /// How to fix it.
    pub help: Option<String>,
}

impl Diagnostic {
    /// A problem at `span`.
    pub fn at(span: Range<usize>, message: impl Into<String>) -> Self {
        Diagnostic {
            message: message.into(),
            span: Some(span),
            notes: Vec::new(),
            help: None,
        }
    }

    /// A problem with the file as a whole.
    pub fn whole_file(message: impl Into<String>) -> Self {
        Diagnostic {
            message: message.into(),
            span: None,
            notes: Vec::new(),
            help: None,
        }
    }

    /// Adds how to fix it.
    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// Adds a related place, shown as `note: <what> at FILE:LINE:COLUMN`.
    pub fn note_at(mut self, span: Range<usize>, what: impl Into<String>) -> Self {
        self.notes.push((what.into(), span));
        self
    }

    pub(crate) fn shift(&mut self, by: usize) {
        let shift = |span: &mut Range<usize>| *span = span.start + by..span.end + by;
        self.span.iter_mut().for_each(shift);
        self.notes.iter_mut().for_each(|(_, span)| shift(span));
    }

    /// The message as the compiler shows it: what, where, the line with a caret, notes and help.
    /// `file` is the name to print; `source` is the text the spans index.
    pub fn render(&self, file: &str, source: &str) -> String {
        let mut out = self.message.clone();
        let gutter;
        match &self.span {
            Some(span) => {
                let at = Location::of(source, span.start);
                let number = at.line.to_string();
                gutter = " ".repeat(number.len());
                let text = line_text(source, at.line_start);
                let span_end =
                    floor_char_boundary(source, span.end.min(at.line_start + text.len()));
                let width = source
                    .get(at.offset..span_end)
                    .map_or(0, |shown| shown.chars().count())
                    .max(1);
                let _ = write!(
                    out,
                    "\n{gutter}--> {file}:{line}:{column}\n{gutter} |\n{number} | {text}\n{gutter} | {pad}{carets}",
                    line = at.line,
                    column = at.column,
                    pad = " ".repeat(at.column - 1),
                    carets = "^".repeat(width),
                );
            }
            None => {
                gutter = String::new();
                let _ = write!(out, "\n --> {file}");
            }
        }
        for (what, span) in &self.notes {
            let at = Location::of(source, span.start);
            let _ = write!(
                out,
                "\n{gutter} = note: {what} at {file}:{}:{}",
                at.line, at.column
            );
        }
        if let Some(help) = &self.help {
            let _ = write!(out, "\n{gutter} = help: {help}");
        }
        out
    }
}

/// A position as people count it: 1-based line, 1-based column in characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Location {
    /// 1-based line number.
    pub line: usize,
    /// 1-based column, in characters rather than bytes.
    pub column: usize,
    line_start: usize,
    offset: usize,
}

impl Location {
    /// The location of byte `offset` in `source`.
    pub fn of(source: &str, offset: usize) -> Self {
        let offset = floor_char_boundary(source, offset);
        let before = &source[..offset];
        let line_start = before.rfind('\n').map_or(0, |newline| newline + 1);
        // An editor does not show a byte-order mark, so it takes no column.
        let line = &before[line_start..];
        let line = line.strip_prefix('\u{feff}').unwrap_or(line);
        Location {
            line: before.matches('\n').count() + 1,
            column: line.chars().count() + 1,
            line_start,
            offset,
        }
    }
}

/// `a`, `b`, `c`: names as a help message lists them.
pub(crate) fn list<'a>(names: impl Iterator<Item = &'a str>) -> String {
    let quoted: Vec<String> = names.map(|name| format!("`{name}`")).collect();
    quoted.join(", ")
}

fn line_text(source: &str, line_start: usize) -> &str {
    let rest = &source[line_start..];
    let line = rest.split('\n').next().unwrap_or_default();
    line.strip_suffix('\r').unwrap_or(line)
}

fn floor_char_boundary(text: &str, offset: usize) -> usize {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_count_characters_not_bytes() {
        let source = "a = 1\ndescription = \"网络\" x\n";
        let offset = source.find('x').unwrap();
        let at = Location::of(source, offset);
        assert_eq!((at.line, at.column), (2, 20));
    }

    #[test]
    fn render_shows_location_snippet_note_and_help() {
        let source = "[[error]]\ncode = 1\n\n[[error]]\ncode = 1\r\n";
        let second = source.rfind('1').unwrap();
        let first = source.find('1').unwrap();
        let text = Diagnostic::at(second..second + 1, "duplicate code `1`")
            .note_at(first..first + 1, "first defined")
            .help("give every entry its own code")
            .render("errors.toml", source);
        assert_eq!(
            text,
            "duplicate code `1`\n \
             --> errors.toml:5:8\n  \
             |\n\
             5 | code = 1\n  \
             |        ^\n  \
             = note: first defined at errors.toml:2:8\n  \
             = help: give every entry its own code"
        );
    }

    #[test]
    fn whole_file_problems_name_the_file() {
        let text = Diagnostic::whole_file("the catalog has no entries").render("a.toml", "");
        assert_eq!(text, "the catalog has no entries\n --> a.toml");
    }
}
