// How a name becomes its variant, byte by byte: each word starts with an uppercase letter and
// goes on in lowercase. Words are separated by `_`, and inside a word written in both cases
// (PascalCase or camelCase, as S3's `NoSuchBucket` or OAuth's `invalidGrant`) also where an
// uppercase letter follows a lowercase letter or a digit, or ends a run of capitals before a
// lowercase letter (`HTTPError` is `Http` `Error`). A word in one case (`EM_NO_ERROR`, `E2BIG`,
// `unique_violation`, `64k`) is one word. This file is compiled into the code generator, which
// names the variants with it, and pasted into the generated `Debug`, which spells them with it.
//
// It writes each byte of the variant with `write`, and stops at the first error `write` gives.
// A closure, not a `fn`: in the generated `Debug`, an `#[automatically_derived]` impl, a nested
// `fn` would count as dead code.
|name: &[u8],
 write: &mut dyn FnMut(u8) -> ::core::result::Result<(), ::core::fmt::Error>|
 -> ::core::result::Result<(), ::core::fmt::Error> {
    let mut start = 0;
    while start < name.len() {
        let mut end = start;
        let (mut upper, mut lower) = (false, false);
        while end < name.len() && name[end] != b'_' {
            upper |= name[end].is_ascii_uppercase();
            lower |= name[end].is_ascii_lowercase();
            end += 1;
        }
        let mixed = upper && lower;
        let mut index = start;
        while index < end {
            let byte = name[index];
            let starts = index == start
                || (mixed
                    && byte.is_ascii_uppercase()
                    && (name[index - 1].is_ascii_lowercase()
                        || name[index - 1].is_ascii_digit()
                        || (name[index - 1].is_ascii_uppercase()
                            && index + 1 < end
                            && name[index + 1].is_ascii_lowercase())));
            write(if starts {
                byte.to_ascii_uppercase()
            } else {
                byte.to_ascii_lowercase()
            })?;
            index += 1;
        }
        start = end + 1;
    }
    ::core::result::Result::Ok(())
}
