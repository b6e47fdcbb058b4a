// Language negotiation behind `resolve_language`, `best_language` and every `*_in` lookup. This
// file is compiled into the code generator, which tests it, and pasted into the generated code,
// so both always agree. It allocates nothing and needs no `std`.

// The catalog language `tag` asks for: the tag itself, then ever shorter prefixes
// (`zh-Hans-CN`, `zh-Hans`, `zh`), compared ignoring ASCII case with `-` and `_` alike. A Chinese
// tag with a region (`zh-TW`) first tries the script that region writes (`zh-Hant`). A `;q=`
// weight, as Accept-Language writes it, is ignored.
fn negotiate(languages: &'static [&'static str], tag: &str) -> Option<&'static str> {
    let mut candidate = match tag.split_once(';') {
        Some((tag, _)) => tag.trim(),
        None => tag.trim(),
    };
    while !candidate.is_empty() {
        let script = chinese_script(candidate);
        for wanted in [Some(candidate), script].into_iter().flatten() {
            if let Some(&found) = languages.iter().find(|language| same_tag(language, wanted)) {
                return Some(found);
            }
        }
        candidate = match candidate.rfind(['-', '_']) {
            Some(end) => &candidate[..end],
            None => "",
        };
    }
    None
}

// Language tags are case-insensitive, and apps write `zh_CN` as often as `zh-CN`.
fn same_tag(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes().zip(b.bytes()).all(|(a, b)| {
            a.eq_ignore_ascii_case(&b) || (matches!(a, b'-' | b'_') && matches!(b, b'-' | b'_'))
        })
}

// The script Chinese is written in where a region is named but no script: Traditional in
// Taiwan, Hong Kong and Macao, Simplified in mainland China, Singapore and Malaysia.
fn chinese_script(tag: &str) -> Option<&'static str> {
    let mut subtags = tag.split(['-', '_']);
    let (language, region) = (subtags.next()?, subtags.next()?);
    if !language.eq_ignore_ascii_case("zh") || subtags.next().is_some() {
        return None;
    }
    let is = |regions: [&str; 3]| regions.iter().any(|r| r.eq_ignore_ascii_case(region));
    if is(["TW", "HK", "MO"]) {
        Some("zh-Hant")
    } else if is(["CN", "SG", "MY"]) {
        Some("zh-Hans")
    } else {
        None
    }
}
