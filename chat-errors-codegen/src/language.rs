// Language negotiation behind `resolve_language`, `best_language` and every `*_in` lookup. This
// file is compiled into the code generator, which tests it, and pasted into the generated code,
// so both always agree. It allocates nothing and needs no `std`. It walks bytes with plain loops:
// `str`'s pattern searches and iterator adapters are generic code that an optimised build
// compiles anew in every crate with a catalog (a tenth of a second, against a few hundredths).

// The catalog language `tag` asks for: the tag itself, then ever shorter prefixes
// (`zh-Hans-CN`, `zh-Hans`, `zh`), compared ignoring ASCII case with `-` and `_` alike. A Chinese
// tag with a region (`zh-TW`) then tries the script that region writes (`zh-Hant`). A `;q=`
// weight, as Accept-Language writes it, is ignored, and so is white space around the tag.
fn negotiate<'a>(languages: &[&'a str], tag: &str) -> Option<&'a str> {
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
    while start < end {
        let candidate = &tag[start..end];
        if let Some(found) = find(languages, candidate) {
            return Some(found);
        }
        if let Some(script) = chinese_script(candidate) {
            if let Some(found) = find(languages, script) {
                return Some(found);
            }
        }
        // The prefix before the last separator, or nothing.
        end -= 1;
        while end > start && !is_separator(tag[end]) {
            end -= 1;
        }
    }
    None
}

fn find<'a>(languages: &[&'a str], tag: &[u8]) -> Option<&'a str> {
    let mut index = 0;
    while index < languages.len() {
        if same_tag(languages[index].as_bytes(), tag) {
            return Some(languages[index]);
        }
        index += 1;
    }
    None
}

// Language tags are case-insensitive, and apps write `zh_CN` as often as `zh-CN`.
fn same_tag(a: &[u8], b: &[u8]) -> bool {
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

fn is_separator(byte: u8) -> bool {
    byte == b'-' || byte == b'_'
}

// The script Chinese is written in where a tag names a region but no script: Traditional in
// Taiwan, Hong Kong and Macao, Simplified in mainland China, Singapore and Malaysia.
fn chinese_script(tag: &[u8]) -> Option<&'static [u8]> {
    if tag.len() != 5 || !same_tag(&tag[..3], b"zh-") {
        return None;
    }
    match [tag[3].to_ascii_uppercase(), tag[4].to_ascii_uppercase()] {
        [b'T', b'W'] | [b'H', b'K'] | [b'M', b'O'] => Some(b"zh-Hant"),
        [b'C', b'N'] | [b'S', b'G'] | [b'M', b'Y'] => Some(b"zh-Hans"),
        _ => None,
    }
}
