//! Language negotiation behind every catalog's `resolve_language`, `best_language` and `*_in`
//! lookups, and `likely` for catalogs written in regional variants. Compiled here once for every
//! catalog, which calls it through `__private`, and into the code generator too, which tests it
//! and chooses between the two: a file both use, so they always agree. Nothing allocates.

/// The catalog language `tag` asks for: the tag itself, then ever shorter prefixes (`zh-Hans-CN`,
/// `zh-Hans`, `zh`), compared ignoring ASCII case with `-` and `_` alike. A `;q=` weight, as
/// Accept-Language writes it, is ignored, and so is white space around the tag. For a catalog
/// whose languages are all bare (`zh`, `en`) this is all there is to it: every tag of a catalog
/// language has that language as its shortest prefix.
pub fn negotiate<'a>(languages: &[&'a str], tag: &str) -> Option<&'a str> {
    let tag = trimmed(tag);
    let mut end = tag.len();
    while end > 0 {
        if let Some(found) = find(languages, &tag[..end]) {
            return Some(found);
        }
        end = shorter(tag, end);
    }
    None
}

/// The tag without a `;q=` weight and the white space around it.
pub(crate) fn trimmed(tag: &str) -> &[u8] {
    let tag = tag.as_bytes();
    let (mut start, mut end) = (0, 0);
    while end < tag.len() && tag[end] != b';' {
        end += 1;
    }
    while start < end && tag[start].is_ascii_whitespace() {
        start += 1;
    }
    while end > start && tag[end - 1].is_ascii_whitespace() {
        end -= 1;
    }
    &tag[start..end]
}

/// Where the prefix before the last separator of `tag[..end]` ends, or 0.
pub(crate) fn shorter(tag: &[u8], end: usize) -> usize {
    let mut end = end - 1;
    while end > 0 && !is_separator(tag[end]) {
        end -= 1;
    }
    end
}

pub(crate) fn find<'a>(languages: &[&'a str], tag: &[u8]) -> Option<&'a str> {
    let mut index = 0;
    while index < languages.len() {
        if same_tag(languages[index].as_bytes(), tag) {
            return Some(languages[index]);
        }
        index += 1;
    }
    None
}

/// Language tags are case-insensitive, and apps write `zh_CN` as often as `zh-CN`.
pub(crate) fn same_tag(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut index = 0;
    while index < a.len() {
        let (a, b) = (a[index], b[index]);
        if !(a.eq_ignore_ascii_case(&b) || (is_separator(a) && is_separator(b))) {
            return false;
        }
        index += 1;
    }
    true
}

pub(crate) fn is_separator(byte: u8) -> bool {
    byte == b'-' || byte == b'_'
}
