//! What only a huge catalog (see [`HUGE`](super::HUGE)) generates: the index of each entry, which
//! its lookups read their tables by.

use super::Context;
use crate::model::{Code, CodeType};
use crate::names::{Key, PerfectHash};

/// For a huge catalog: `__index(self)`, the entry's index in the catalog, and, for integer codes,
/// `__index_of(code)`, the index of the entry with that code, through a perfect hash of the
/// codes.
pub(super) fn index_helpers(cx: &Context<'_>) -> String {
    if !cx.huge() {
        return String::new();
    }
    let CodeType::Int(int) = cx.catalog.code_type else {
        // String codes have no discriminants of their own: each is its index.
        return "
    const fn __index(self) -> usize {
        self as usize
    }
"
        .to_owned();
    };
    // Each code as the generated code hashes it, `code as u64`; codes fit in an `i64`.
    let codes: Vec<u64> = cx
        .entries()
        .iter()
        .map(|entry| match entry.code {
            Code::Int(code) => code as i64 as u64,
            Code::Str(_) => 0,
        })
        .collect();
    let table = PerfectHash::of_integers(&codes);
    let keys: Vec<String> = cx
        .entries()
        .iter()
        .map(|entry| entry.code.literal())
        .collect();
    let indexes: Vec<String> = (0..cx.entries().len())
        .map(|index| index.to_string())
        .collect();
    let lookup = table.lookup(
        Key {
            ty: int.name(),
            hash: &format!("{}::hash_integer(code as u64, {}u64)", cx.rt, table.seed),
            equals: "candidate == code",
        },
        &cx.rt,
        &keys,
        ("u32", &indexes),
        "::core::option::Option::Some(value as usize)",
    );
    format!(
        "
    const fn __index_of(code: {int}) -> ::core::option::Option<usize> {{
        {lookup}
    }}

    const fn __index(self) -> usize {{
        match Self::__index_of(self as {int}) {{
            ::core::option::Option::Some(index) => index,
            ::core::option::Option::None => 0,
        }}
    }}
",
        int = int.name(),
    )
}
