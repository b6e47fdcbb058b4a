//! What only a huge catalog (see [`HUGE`]) generates: the index of each entry, which its lookups
//! read their tables by, and the iterator that stands for `ALL`.

use core::fmt::Write as _;

use super::{Context, HUGE};
use crate::model::{Code, CodeType};
use crate::names::{Key, PerfectHash};

/// For a huge catalog: `__index(self)`, the entry's index in the catalog; `__index_of(code)`,
/// the index of the entry with that integer code, through a perfect hash of the codes;
/// `__from_index(index)`, the entry at an index.
pub(super) fn index_helpers(cx: &Context<'_>) -> String {
    if !cx.huge() {
        return String::new();
    }
    let count = cx.entries().len();
    // A function per 256 entries: rustc's borrow checking of one body grows faster than its size.
    let mut chunks = String::new();
    let mut dispatch = String::new();
    for (chunk, entries) in cx.entries().chunks(256).enumerate() {
        let body = crate::names::some_match(
            "offset",
            cx.enum_name(),
            entries
                .iter()
                .enumerate()
                .map(|(offset, entry)| (offset.to_string(), entry.variant.as_str())),
        );
        let _ = write!(
            chunks,
            "\nconst fn chunk_{chunk}(offset: usize) -> ::core::option::Option<{}> {{\n{body}\n}}",
            cx.enum_name()
        );
        let _ = write!(dispatch, "\n{chunk} => chunk_{chunk}(index % 256),");
    }
    let from_index = format!(
        "
    const fn __from_index(index: usize) -> ::core::option::Option<Self> {{{chunks}
        match index / 256 {{{dispatch}
            _ => ::core::option::Option::None,
        }}
    }}
"
    );
    let CodeType::Int(int) = cx.catalog.code_type else {
        // String codes have no discriminants of their own: each is its index.
        return format!(
            "{from_index}
    const fn __index(self) -> usize {{
        self as usize
    }}
"
        );
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
    let indexes: Vec<String> = (0..count).map(|index| index.to_string()).collect();
    let lookup = table.lookup(
        Key {
            ty: int.name(),
            hash: &format!("hash_integer(code as u64, {}u64)", table.seed),
            equals: "candidate == code",
        },
        &keys,
        ("u32", &indexes),
        "::core::option::Option::Some(value as usize)",
    );
    format!(
        "{from_index}
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

/// `{E}All`, the type of `ALL` in a huge catalog.
pub(super) fn all_iterator(cx: &Context<'_>) -> String {
    if !cx.huge() {
        return String::new();
    }
    let enum_name = cx.enum_name();
    let vis = cx.vis;
    let doc = format!(
        "Every code of [`{enum_name}`], in catalog order: the type of [`{enum_name}::ALL`]. An \
         iterator of values, with `len`, `get` and `iter` as a slice has them: a slice of \
         {HUGE} codes or more would cost rustc time in the square of its length."
    );
    format!(
        "
#[doc = {doc:?}]
#[derive(::core::fmt::Debug, ::core::clone::Clone)]
{vis} struct {enum_name}All {{
    front: usize,
    back: usize,
}}

impl {enum_name}All {{
    /// How many codes are left.
    #[must_use]
    pub const fn len(&self) -> usize {{
        self.back - self.front
    }}

    /// Whether no code is left.
    #[must_use]
    pub const fn is_empty(&self) -> bool {{
        self.front == self.back
    }}

    /// The code at `index` among those left, or `None` past the end.
    #[must_use]
    pub const fn get(&self, index: usize) -> ::core::option::Option<{enum_name}> {{
        if index < self.len() {{
            {enum_name}::__from_index(self.front + index)
        }} else {{
            ::core::option::Option::None
        }}
    }}

    /// The same codes, to iterate without using this up.
    #[must_use]
    pub const fn iter(&self) -> Self {{
        {enum_name}All {{
            front: self.front,
            back: self.back,
        }}
    }}
}}

#[automatically_derived]
impl ::core::iter::Iterator for {enum_name}All {{
    type Item = {enum_name};

    fn next(&mut self) -> ::core::option::Option<{enum_name}> {{
        let next = self.get(0)?;
        self.front += 1;
        ::core::option::Option::Some(next)
    }}

    fn size_hint(&self) -> (usize, ::core::option::Option<usize>) {{
        (self.len(), ::core::option::Option::Some(self.len()))
    }}
}}

#[automatically_derived]
impl ::core::iter::DoubleEndedIterator for {enum_name}All {{
    fn next_back(&mut self) -> ::core::option::Option<{enum_name}> {{
        let last = self.get(self.len().checked_sub(1)?)?;
        self.back -= 1;
        ::core::option::Option::Some(last)
    }}
}}

#[automatically_derived]
impl ::core::iter::ExactSizeIterator for {enum_name}All {{}}

#[automatically_derived]
impl ::core::iter::FusedIterator for {enum_name}All {{}}
"
    )
}
