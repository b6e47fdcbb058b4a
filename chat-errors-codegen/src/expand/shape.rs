//! How a per-entry value is written: a `match self` with an arm per entry, one `Some` around a
//! lookup that can miss, or, in a huge catalog, a static table read by the entry's index.

use core::fmt::Write as _;

use super::Context;
use crate::literal::Literal;
use crate::model::Entry;

impl Context<'_> {
    /// A value per entry, of type `ty`, as an expression on `self`: `value` gives an entry's, and
    /// `default` is every other's. It is a `match self` with an arm for every entry that `value`
    /// gives a value, and one `_` arm with `default` for the rest (none when every entry has a
    /// value, and no `match` at all when none has); in a huge catalog, a read of a static table
    /// by the entry's index.
    pub(super) fn per_entry(
        &self,
        ty: &str,
        value: &dyn Fn(&Entry) -> Option<String>,
        default: &str,
    ) -> String {
        let entries = self.entries();
        if self.huge() && entries.iter().any(|entry| value(entry).is_some()) {
            let mut table = String::with_capacity(entries.len() * 48);
            let _ = write!(table, "{{\nstatic TABLE: [{ty}; {}] = [", entries.len());
            for entry in entries {
                let value = value(entry);
                let _ = write!(table, "\n{},", value.as_deref().unwrap_or(default));
            }
            table.push_str("\n];\nTABLE[self.__index()]\n}");
            return table;
        }
        let mut out = String::with_capacity(entries.len() * 48);
        out.push_str("match self {");
        let mut arms = 0;
        for entry in entries {
            if let Some(value) = value(entry) {
                let _ = write!(out, "\n{}::{} => {value},", self.enum_name(), entry.variant);
                arms += 1;
            }
        }
        if arms == 0 && !entries.is_empty() {
            return default.to_owned();
        }
        if arms < entries.len() {
            let _ = write!(out, "\n_ => {default},");
        }
        out.push_str("\n}");
        out
    }

    /// A value per entry, of type `Option<ty>`, as what the function returns: `Some(value)`
    /// where `value` gives one, `None` for the rest. Outside a huge catalog that is one `Some`
    /// around a `match` whose other arm returns `None` (see [`crate::names::some_match`]); in a
    /// huge one, a table of the values there are and one of each entry's place among them
    /// (`u32::MAX` for none), as a table of `Option`s would be a `Some` per entry in one body.
    pub(super) fn per_entry_option(
        &self,
        ty: &str,
        value: &dyn Fn(&Entry) -> Option<String>,
    ) -> String {
        const NONE: &str = "::core::option::Option::None";
        if !self.huge() {
            const MISS: &str = "return ::core::option::Option::None";
            let lookup = self.per_entry(ty, value, MISS);
            // `per_entry` gives the default alone when no entry has a value.
            return if self.entries().is_empty() || lookup == MISS {
                NONE.to_owned()
            } else {
                format!("::core::option::Option::Some({lookup})")
            };
        }
        let (mut values, mut places, mut count) = (String::new(), String::new(), 0);
        for entry in self.entries() {
            match value(entry) {
                Some(value) => {
                    let _ = write!(values, "\n{value},");
                    let _ = write!(places, "{count},");
                    count += 1;
                }
                None => places.push_str("u32::MAX,"),
            }
        }
        if count == 0 {
            return NONE.to_owned();
        }
        format!(
            "{{
static VALUES: [{ty}; {count}] = [{values}
];
static PLACES: [u32; {entries}] = [{places}];
let place = PLACES[self.__index()];
if place == u32::MAX {{
    {NONE}
}} else {{
    ::core::option::Option::Some(VALUES[place as usize])
}}
}}",
            entries = self.entries().len()
        )
    }

    /// `Some("text")` where `text` gives one, `None` otherwise.
    pub(super) fn optional_texts(&self, text: &dyn Fn(&Entry) -> Option<&str>) -> String {
        self.per_entry_option("&str", &|entry| Some(Literal(text(entry)?).to_string()))
    }

    /// `&["a", "b"]` where `list` is not empty, `&[]` otherwise.
    pub(super) fn string_lists(&self, list: &dyn Fn(&Entry) -> &[String]) -> String {
        self.per_entry_list(
            "&str",
            &|entry| {
                let list = list(entry);
                (!list.is_empty())
                    .then(|| list.iter().map(|item| Literal(item).to_string()).collect())
            },
            false,
        )
    }

    /// A list per entry, of items of type `item`, as an expression on `self`: `&[a, b]` where
    /// `items` gives literals, otherwise `&[]` or, when `optional`, `None` (and the lists
    /// `Some`). In a huge catalog, every item is in one static table and each entry's are a part
    /// of it: a table of `&[…]` costs rustc time in the square of its length to promote.
    pub(super) fn per_entry_list(
        &self,
        item: &str,
        items: &dyn Fn(&Entry) -> Option<Vec<String>>,
        optional: bool,
    ) -> String {
        let default = if optional {
            "::core::option::Option::None"
        } else {
            "&[]"
        };
        if !self.huge() {
            let list = |entry: &Entry| Some(format!("&[{}]", items(entry)?.join(", ")));
            return if optional {
                self.per_entry_option(&format!("&[{item}]"), &list)
            } else {
                self.per_entry(&format!("&[{item}]"), &list, default)
            };
        }
        let lists: Vec<Option<Vec<String>>> = self.entries().iter().map(items).collect();
        if lists.iter().all(Option::is_none) {
            return default.to_owned();
        }
        let mut table = String::new();
        let mut spans = String::new();
        let mut count = 0;
        for list in lists {
            match list {
                Some(items) => {
                    let _ = write!(spans, "\n({count}, {}),", items.len());
                    for item in &items {
                        let _ = write!(table, "\n{item},");
                    }
                    count += items.len();
                }
                None => spans.push_str("\n(usize::MAX, 0),"),
            }
        }
        let list = "ITEMS.split_at(start).1.split_at(len).0";
        let list = if optional {
            format!("::core::option::Option::Some({list})")
        } else {
            list.to_owned()
        };
        format!(
            "{{
static ITEMS: [{item}; {count}] = [{table}
];
// Where each entry's items start in `ITEMS`, and how many there are; `usize::MAX` for none.
static SPANS: [(usize, usize); {entries}] = [{spans}
];
let (start, len) = SPANS[self.__index()];
if start == usize::MAX {{
    {default}
}} else {{
    {list}
}}
}}",
            entries = self.entries().len(),
        )
    }

    /// `matches!(self, Self::A | Self::B)` for the entries `include` picks.
    pub(super) fn matches_self(&self, include: &dyn Fn(&Entry) -> bool) -> String {
        if self.huge() {
            return self.per_entry(
                "bool",
                &|entry| include(entry).then(|| "true".into()),
                "false",
            );
        }
        let mut patterns = String::new();
        for entry in self.entries().iter().filter(|entry| include(entry)) {
            if !patterns.is_empty() {
                patterns.push_str(" | ");
            }
            let _ = write!(patterns, "{}::{}", self.enum_name(), entry.variant);
        }
        if patterns.is_empty() {
            return "false".to_owned();
        }
        format!("::core::matches!(self, {patterns})")
    }
}
