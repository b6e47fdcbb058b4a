//! How a name becomes its variant, byte by byte: each word starts with an uppercase letter and
//! goes on in lowercase. Words are separated by `_`, and inside a word written in both cases
//! (PascalCase or camelCase, as S3's `NoSuchBucket` or OAuth's `invalidGrant`) also where an
//! uppercase letter follows a lowercase letter or a digit, or ends a run of capitals before a
//! lowercase letter (`HTTPError` is `Http` `Error`). A word in one case (`EM_NO_ERROR`, `E2BIG`,
//! `unique_violation`, `64k`) is one word. The code generator names the variants with it, and
//! every catalog's `Debug` spells them with it.

use core::fmt::{self, Write as _};

/// Writes each byte of the variant of `name` with `write`, and stops at the first error `write`
/// gives.
pub fn spell_variant(name: &[u8], write: &mut dyn FnMut(u8) -> fmt::Result) -> fmt::Result {
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
    Ok(())
}

/// `Debug` of a catalog's enum: the variant of its name, as a derive would write it, without a
/// table of every variant's name beside the names.
pub fn debug_variant(f: &mut fmt::Formatter<'_>, name: &str) -> fmt::Result {
    spell_variant(name.as_bytes(), &mut |byte| f.write_char(char::from(byte)))
}
