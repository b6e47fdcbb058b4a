//! Fields: typed columns declared in `[catalog.fields]`, each a lookup named after it.

use crate::diag::Diagnostic;
use crate::generated;
use crate::load::RawField;
use crate::model::{Field, Flag};

use super::names::check_snake_case;

pub(super) fn check_fields(
    raw: Vec<RawField>,
    flags: &[Flag],
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<Field> {
    raw.into_iter()
        .map(|field| {
            let name = &field.name;
            check_snake_case(name, "field name", diagnostics);
            let flag_names: Vec<&str> = flags.iter().map(|flag| flag.name.as_str()).collect();
            if generated::taken(&name.value, &flag_names) {
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
