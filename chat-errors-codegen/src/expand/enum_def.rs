//! The enum itself: its attributes, and a documented variant per entry.

use core::fmt::Write as _;

use super::Context;
use super::rustdoc::{enum_doc, variant_doc};
use crate::literal::Literal;
use crate::model::{Code, CodeType};

/// The enum's attributes, and its body: one documented variant per entry, the code as its
/// discriminant.
pub(super) fn enum_def(cx: &Context<'_>) -> (String, String) {
    let catalog = cx.catalog;
    let count = cx.entries().len();
    let mut variants = String::with_capacity(count * 512);
    let mut previous_code = None;
    for entry in cx.entries() {
        let _ = write!(
            variants,
            "\n#[doc = {}]",
            Literal(&variant_doc(catalog, entry))
        );
        // rustdoc rejects an alias that is the item's own name, and one given twice.
        let mut aliases: Vec<&str> = Vec::new();
        for name in
            core::iter::once(&entry.name).chain(entry.platform_names.iter().map(|(_, name)| name))
        {
            if *name != entry.variant && !aliases.contains(&name.as_str()) {
                aliases.push(name);
                let _ = write!(variants, "\n#[doc(alias = {})]", Literal(name));
            }
        }
        if let Some(note) = &entry.deprecated {
            let _ = write!(variants, "\n#[deprecated(note = {})]", Literal(note));
        }
        let _ = write!(variants, "\n{}", entry.variant);
        if let Code::Int(code) = entry.code {
            let follows = previous_code.map(|previous: i128| previous + 1) == Some(code);
            if !(follows && cx.large()) {
                let _ = write!(variants, " = {code}");
            }
            previous_code = Some(code);
        }
        variants.push(',');
    }
    // A zero-variant enum cannot have a `repr`; only the fallback after an error has none.
    let repr = match cx.catalog.code_type {
        CodeType::Int(int) if count > 0 => format!("\n#[repr({})]", int.name()),
        _ => String::new(),
    };
    let attributes = format!(
        "
#[doc = {doc}]{repr}{non_exhaustive}
{derives}",
        non_exhaustive = non_exhaustive(cx),
        doc = Literal(&enum_doc(catalog)),
        derives = ENUM_DERIVES,
    );
    (attributes, format!("{{{variants}\n}}"))
}

/// `#[non_exhaustive]`, unless the catalog says its set of codes is closed: then users match
/// without a wildcard arm, and a new code is a breaking change.
pub(super) fn non_exhaustive(cx: &Context<'_>) -> &'static str {
    if cx.catalog.exhaustive {
        ""
    } else {
        "\n#[non_exhaustive]"
    }
}

/// What a field-less enum of codes or groups derives: it is a value to copy, compare, sort and
/// hash. `Debug` is written out for the codes (see [`debug_impl`]).
pub(super) const ENUM_DERIVES: &str = "#[derive(
    ::core::clone::Clone,
    ::core::marker::Copy,
    ::core::cmp::PartialEq,
    ::core::cmp::Eq,
    ::core::hash::Hash,
    ::core::cmp::PartialOrd,
    ::core::cmp::Ord,
)]";
