//! Fields: typed columns declared in `[catalog.fields]`, each a lookup named after it.

use crate::diag::Diagnostic;
use crate::load::RawField;
use crate::model::{Field, Flag};

use super::names::check_snake_case;

/// Methods the expansion already gives every enum: a field cannot take their name.
const GENERATED: &[&str] = &[
    "code",
    "name",
    "from_code",
    "from_name",
    "description",
    "description_in",
    "cause",
    "cause_in",
    "note",
    "note_in",
    "aliases",
    "platform_name",
    "deprecated",
    "flags",
    "group",
    "resolve_language",
    "best_language",
];

pub(super) fn check_fields(
    raw: Vec<RawField>,
    flags: &[Flag],
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<Field> {
    raw.into_iter()
        .map(|field| {
            let name = &field.name;
            check_snake_case(name, "field name", diagnostics);
            let taken = GENERATED.contains(&name.value.as_str())
                || flags
                    .iter()
                    .any(|flag| name.value == format!("is_{}", flag.name));
            if taken {
                diagnostics.push(
                    Diagnostic::at(
                        name.span.clone(),
                        format!(
                            "the field name `{}` is taken by a generated method",
                            name.value
                        ),
                    )
                    .help("choose another name for the field"),
                );
            }
            Field {
                name: field.name.value,
                ty: field.ty,
                doc: field.doc,
                required: field.required,
            }
        })
        .collect()
}
