//! The primitives every table is read with: each reads one value of one shape and reports, once,
//! a value of another shape as "`what` must be X, found Y" with how to write it.

use core::ops::Range;

use toml::Spanned;
use toml::de::{DeInteger, DeString, DeTable, DeValue};

use super::{Read, Reported, Sp};
use crate::diag::{Diagnostic, list};
use crate::model::IntType;

pub(super) struct Reader<'d> {
    pub(super) diagnostics: &'d mut Vec<Diagnostic>,
    /// The catalog's text, which the values' spans index.
    pub(super) source: &'d str,
}

impl Reader<'_> {
    /// Reports a problem: the value it is about cannot be used, and the caller leaves it out.
    pub(super) fn report(&mut self, diagnostic: Diagnostic) -> Reported {
        self.diagnostics.push(diagnostic);
        Reported
    }

    /// "`what` must be `expected`, found <what `value` is>", and how to write it instead.
    pub(super) fn mismatch(
        &mut self,
        value: &Spanned<DeValue<'_>>,
        what: &str,
        expected: &str,
        help: impl Into<String>,
    ) -> Reported {
        let found = value.get_ref().type_str();
        self.report(
            Diagnostic::at(
                value.span(),
                format!("{what} must be {expected}, found {found}"),
            )
            .help(help),
        )
    }

    /// Unknown keys are errors: a misspelt optional key would otherwise be silently ignored.
    pub(super) fn known_keys(&mut self, table: &DeTable<'_>, allowed: &[&str], place: &str) {
        for key in table.keys() {
            if !allowed.contains(&key.get_ref().as_ref()) {
                self.report(
                    Diagnostic::at(
                        key.span(),
                        format!("unknown key `{}` {place}", key.get_ref()),
                    )
                    .help(format!(
                        "{}the keys allowed here are {}",
                        elsewhere(key.get_ref()),
                        list(allowed.iter().copied())
                    )),
                );
            }
        }
    }

    pub(super) fn table<'v, 'i>(
        &mut self,
        value: &'v Spanned<DeValue<'i>>,
        what: &str,
    ) -> Read<&'v DeTable<'i>> {
        match value.get_ref() {
            DeValue::Table(table) => Ok(table),
            _ => Err(self.mismatch(
                value,
                what,
                "a table",
                "write it as a `[header]` with keys below it",
            )),
        }
    }

    /// The elements of an array of tables such as `[[error]]`, each written under `header`.
    pub(super) fn array_of_tables<'v, 'i>(
        &mut self,
        value: &'v Spanned<DeValue<'i>>,
        key: &str,
        header: &str,
    ) -> Read<&'v [Spanned<DeValue<'i>>]> {
        match value.get_ref() {
            DeValue::Array(array) => Ok(array.as_ref()),
            _ => Err(self.mismatch(
                value,
                &format!("`{key}`"),
                "an array of tables",
                format!("write each {header}"),
            )),
        }
    }

    /// A boolean key; `false` when it is absent.
    pub(super) fn boolean(&mut self, table: &DeTable<'_>, key: &str) -> Read<bool> {
        match table.get(key) {
            None => Ok(false),
            Some(value) => match value.get_ref() {
                DeValue::Boolean(boolean) => Ok(*boolean),
                _ => Err(self.mismatch(
                    value,
                    &format!("`{key}`"),
                    "a boolean",
                    format!("write `{key} = true` or leave it out"),
                )),
            },
        }
    }

    /// An optional string key.
    pub(super) fn string(&mut self, table: &DeTable<'_>, key: &str) -> Read<Option<Sp<String>>> {
        table
            .get(key)
            .map(|value| self.expect_string(value, &format!("`{key}`")))
            .transpose()
    }

    pub(super) fn expect_string(
        &mut self,
        value: &Spanned<DeValue<'_>>,
        what: &str,
    ) -> Read<Sp<String>> {
        match value.get_ref() {
            DeValue::String(text) => Ok(Sp {
                value: text.replace("\r\n", "\n"),
                span: value.span(),
            }),
            _ => Err(self.mismatch(value, what, "a string", "put the value in double quotes")),
        }
    }

    /// An array of strings, each of them an `item`; `example` shows how to write it.
    pub(super) fn strings(
        &mut self,
        value: &Spanned<DeValue<'_>>,
        what: &str,
        item: &str,
        example: &str,
    ) -> Read<Vec<Sp<String>>> {
        let DeValue::Array(array) = value.get_ref() else {
            return Err(self.mismatch(
                value,
                what,
                "an array of strings",
                format!("write it as `{example}`"),
            ));
        };
        let strings: Vec<Read<Sp<String>>> = array
            .iter()
            .map(|each| self.expect_string(each, item))
            .collect();
        strings.into_iter().collect()
    }

    /// `value`, the value of `key`; a diagnostic at the table's header when there is none.
    pub(super) fn required<'v, 'i>(
        &mut self,
        header: Range<usize>,
        value: Option<&'v Spanned<DeValue<'i>>>,
        key: &str,
        example: &str,
        header_name: &str,
    ) -> Read<&'v Spanned<DeValue<'i>>> {
        value.ok_or_else(|| {
            self.report(
                Diagnostic::at(header, format!("this `{header_name}` entry has no `{key}`"))
                    .help(format!("add a line such as `{example}` below the header")),
            )
        })
    }

    /// An integer of `int`'s range; `what` is "code" or "value", as the message says.
    pub(super) fn integer(
        &mut self,
        span: Range<usize>,
        integer: &DeInteger<'_>,
        int: IntType,
        what: &str,
    ) -> Read<i128> {
        let (min, max) = int.range();
        i128::from_str_radix(integer.as_str(), integer.radix())
            .ok()
            .filter(|value| (min..=max).contains(value))
            .ok_or_else(|| {
                let plural = if what == "code" { "codes" } else { "values" };
                self.report(
                    Diagnostic::at(
                        span,
                        format!("{what} {integer} does not fit in {}", int.with_article()),
                    )
                    .help(format!("{plural} must lie between {min} and {max}")),
                )
            })
    }
}

/// An optional key's value read by `read`: `Ok(None)` when the key is absent.
pub(super) fn optional<'v, 'i, T>(
    value: Option<&'v Spanned<DeValue<'i>>>,
    read: impl FnOnce(&'v Spanned<DeValue<'i>>) -> Read<T>,
) -> Read<Option<T>> {
    value.map(read).transpose()
}

/// A table's keys and values in the order the file writes them; the table orders them by key.
pub(super) fn in_file_order<'t, 'i>(
    table: &'t DeTable<'i>,
) -> Vec<(&'t Spanned<DeString<'i>>, &'t Spanned<DeValue<'i>>)> {
    let mut pairs: Vec<_> = table.iter().collect();
    pairs.sort_unstable_by_key(|(key, _)| key.span().start);
    pairs
}

/// "`domain` is a key of `[catalog]`; " for a key written in the wrong table, or nothing.
fn elsewhere(key: &str) -> String {
    let tables = [
        (super::keys::CATALOG, "`[catalog]`"),
        (super::keys::GROUP, "a `[[catalog.groups]]` entry"),
        (super::keys::ENTRY, "an `[[error]]` entry"),
        (super::keys::RETIRED, "a `[[retired]]` entry"),
    ];
    let places: Vec<&str> = tables
        .iter()
        .filter(|(keys, _)| keys.contains(&key))
        .map(|(_, place)| *place)
        .collect();
    match places.as_slice() {
        [] => String::new(),
        places => format!("`{key}` is a key of {}; ", places.join(" and of ")),
    }
}
