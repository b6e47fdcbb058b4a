// How a name becomes its variant, byte by byte: each word starts with an uppercase letter and
// goes on in lowercase. Words are separated by `_`, and inside a word written in both cases
// (PascalCase or camelCase, as S3's `NoSuchBucket` or OAuth's `invalidGrant`) also where an
// uppercase letter follows a lowercase letter or a digit, or ends a run of capitals before a
// lowercase letter (`HTTPError` is `Http` `Error`). A word in one case (`EM_NO_ERROR`, `E2BIG`,
// `unique_violation`, `64k`) is one word. This file is compiled into the code generator, which
// names the variants with it, and pasted into the generated `Debug`, which spells them with it.

// Whether the byte at `index` of `name`, which is not a `_`, starts a word. A closure, not a
// `fn`: in the generated `Debug`, an `#[automatically_derived]` impl, a nested `fn` would count
// as dead code.
|name: &[u8], index: usize| -> bool {
    if index == 0 || name[index - 1] == b'_' {
        return true;
    }
    if !name[index].is_ascii_uppercase() {
        return false;
    }
    let (mut start, mut end) = (index, index);
    while start > 0 && name[start - 1] != b'_' {
        start -= 1;
    }
    while end < name.len() && name[end] != b'_' {
        end += 1;
    }
    let (mut upper, mut lower) = (false, false);
    let mut at = start;
    while at < end {
        upper |= name[at].is_ascii_uppercase();
        lower |= name[at].is_ascii_lowercase();
        at += 1;
    }
    if !(upper && lower) {
        return false;
    }
    let previous = name[index - 1];
    previous.is_ascii_lowercase()
        || previous.is_ascii_digit()
        || (previous.is_ascii_uppercase() && index + 1 < end && name[index + 1].is_ascii_lowercase())
}
