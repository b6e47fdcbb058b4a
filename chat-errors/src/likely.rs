//! Language negotiation by CLDR's likely subtags, for catalogs written in regional variants or
//! scripts (`zh-CN`, `sr-Latn`) or in a language with another code (`nb`): called instead of
//! `language::negotiate` by the catalogs that need it.

use super::language::{find, is_separator, same_tag, shorter, trimmed};

/// The catalog language `tag` asks for. First the tag itself, then ever shorter prefixes, as
/// `negotiate` tries them; a prefix with a region but no script also tries the script that region
/// writes (`zh-TW` → `zh-Hant`). Then CLDR's likely subtags: a catalog language of the same
/// language (`no` and `nb` alike) and the same script, which a tag without one takes from its
/// language and region (`zh` and `zh-SG` write Hans, `zh-HK` Hant, `sr` Cyrl), preferring the
/// same region (`zh-Hans` → `zh-CN`); two scripts are never mixed (`sr-Latn` is not `sr-Cyrl`).
pub fn negotiate_likely<'a>(languages: &[&'a str], tag: &str) -> Option<&'a str> {
    let tag = trimmed(tag);
    let mut end = tag.len();
    while end > 0 {
        let candidate = &tag[..end];
        if let Some(found) = find(languages, candidate) {
            return Some(found);
        }
        let (language, script, region) = subtags(candidate);
        if let (None, Some(region)) = (script, region) {
            if let Some(script) = region_script(language, region) {
                if let Some(found) = find_parts(languages, language, script) {
                    return Some(found);
                }
            }
        }
        end = shorter(tag, end);
    }
    likely(languages, tag)
}

// The catalog language written exactly `language-Script`.
fn find_parts<'a>(languages: &[&'a str], language: &[u8], script: &[u8]) -> Option<&'a str> {
    let mut index = 0;
    while index < languages.len() {
        let (each, each_script, each_region) = subtags(languages[index].as_bytes());
        if same_tag(each, language) && each_region.is_none() {
            if let Some(each_script) = each_script {
                if same_tag(each_script, script) {
                    return Some(languages[index]);
                }
            }
        }
        index += 1;
    }
    None
}

// The best catalog language for `tag` by likely subtags: the same language and script, and the
// same region first; `None` when the catalog has none of that language and script.
fn likely<'a>(languages: &[&'a str], tag: &[u8]) -> Option<&'a str> {
    let (language, script, region) = subtags(tag);
    if language.is_empty() {
        return None;
    }
    let language = alias(language);
    let script = match script {
        Some(script) => Some(script),
        None => likely_script(language, region),
    };
    let region = match region {
        Some(region) => Some(region),
        None => likely_region(language, script),
    };
    let mut best: Option<(&'a str, u8)> = None;
    let mut index = 0;
    while index < languages.len() {
        let (each, each_script, each_region) = subtags(languages[index].as_bytes());
        let each = alias(each);
        index += 1;
        if !same_tag(each, language) {
            continue;
        }
        let each_script = match each_script {
            Some(script) => Some(script),
            None => likely_script(each, each_region),
        };
        let each_region = match each_region {
            Some(region) => Some(region),
            None => likely_region(each, each_script),
        };
        if !same_part(script, each_script) {
            continue;
        }
        let rank = if same_part(region, each_region) { 2 } else { 1 };
        let better = match best {
            Some((_, best_rank)) => rank > best_rank,
            None => true,
        };
        if better {
            best = Some((languages[index - 1], rank));
        }
    }
    match best {
        Some((found, _)) => Some(found),
        None => None,
    }
}

fn same_part(a: Option<&[u8]>, b: Option<&[u8]>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => same_tag(a, b),
        (None, None) => true,
        _ => false,
    }
}

/// A tag's language, script (four letters) and region (two letters or three digits); the
/// subtags after them (variants, extensions) do not matter here.
pub(crate) fn subtags(tag: &[u8]) -> (&[u8], Option<&[u8]>, Option<&[u8]>) {
    let mut end = 0;
    while end < tag.len() && !is_separator(tag[end]) {
        end += 1;
    }
    let language = &tag[..end];
    let (mut script, mut region) = (None, None);
    let mut start = end + 1;
    while start < tag.len() {
        let mut end = start;
        while end < tag.len() && !is_separator(tag[end]) {
            end += 1;
        }
        let part = &tag[start..end];
        if part.len() == 4 && script.is_none() && region.is_none() && all(part, true) {
            script = Some(part);
        } else if region.is_none()
            && ((part.len() == 2 && all(part, true)) || (part.len() == 3 && all(part, false)))
        {
            region = Some(part);
        } else {
            break;
        }
        start = end + 1;
    }
    (language, script, region)
}

// Whether every byte is an ASCII letter (or, with `letters` false, a digit).
fn all(part: &[u8], letters: bool) -> bool {
    let mut index = 0;
    while index < part.len() {
        let ok = if letters {
            part[index].is_ascii_alphabetic()
        } else {
            part[index].is_ascii_digit()
        };
        if !ok {
            return false;
        }
        index += 1;
    }
    true
}

// CLDR's canonical language for a deprecated or macrolanguage code: Norwegian `no` is written
// Bokmål `nb`, and the old codes of Hebrew, Indonesian and Yiddish are their new ones.
fn alias(language: &[u8]) -> &[u8] {
    if same_tag(language, b"no") {
        b"nb"
    } else if same_tag(language, b"iw") {
        b"he"
    } else if same_tag(language, b"in") {
        b"id"
    } else if same_tag(language, b"ji") {
        b"yi"
    } else {
        language
    }
}

// The script a language written in more than one is written in, by CLDR's likely subtags: the
// script its region writes, or else its usual one.
fn likely_script(language: &[u8], region: Option<&[u8]>) -> Option<&'static [u8]> {
    if let Some(region) = region {
        if let Some(script) = region_script(language, region) {
            return Some(script);
        }
    }
    if same_tag(language, b"zh") {
        Some(b"Hans")
    } else if same_tag(language, b"sr") {
        Some(b"Cyrl")
    } else if same_tag(language, b"az") || same_tag(language, b"uz") {
        Some(b"Latn")
    } else if same_tag(language, b"pa") {
        Some(b"Guru")
    } else {
        None
    }
}

// The script a region writes a language in, where CLDR says so: Chinese is Traditional in
// Taiwan, Hong Kong and Macao and Simplified in mainland China, Singapore and Malaysia; Serbian
// is Latin in Montenegro and Cyrillic in Serbia and Bosnia; Azerbaijani, Uzbek and Punjabi are
// Arabic in Iran, Afghanistan and Pakistan.
fn region_script(language: &[u8], region: &[u8]) -> Option<&'static [u8]> {
    let any = |regions: &[&[u8]]| {
        let mut index = 0;
        while index < regions.len() {
            if same_tag(region, regions[index]) {
                return true;
            }
            index += 1;
        }
        false
    };
    if same_tag(language, b"zh") {
        if any(&[b"TW", b"HK", b"MO"]) {
            return Some(b"Hant");
        }
        if any(&[b"CN", b"SG", b"MY"]) {
            return Some(b"Hans");
        }
    } else if same_tag(language, b"sr") {
        if any(&[b"ME"]) {
            return Some(b"Latn");
        }
        if any(&[b"RS", b"BA"]) {
            return Some(b"Cyrl");
        }
    } else if (same_tag(language, b"az") && any(&[b"IR"]))
        || (same_tag(language, b"uz") && any(&[b"AF"]))
        || (same_tag(language, b"pa") && any(&[b"PK"]))
    {
        return Some(b"Arab");
    }
    None
}

// The region CLDR's likely subtags give a language (and script) without one, for the languages
// whose catalogs come in regional variants: a bare tag prefers that region's text.
fn likely_region(language: &[u8], script: Option<&[u8]>) -> Option<&'static [u8]> {
    let script = match script {
        Some(script) => script,
        None => b"",
    };
    if same_tag(language, b"zh") {
        if same_tag(script, b"Hant") {
            Some(b"TW")
        } else {
            Some(b"CN")
        }
    } else if same_tag(language, b"pt") {
        Some(b"BR")
    } else if same_tag(language, b"en") {
        Some(b"US")
    } else if same_tag(language, b"es") {
        Some(b"ES")
    } else if same_tag(language, b"fr") {
        Some(b"FR")
    } else if same_tag(language, b"de") {
        Some(b"DE")
    } else if same_tag(language, b"sr") {
        Some(b"RS")
    } else if same_tag(language, b"nb") {
        Some(b"NO")
    } else {
        None
    }
}
