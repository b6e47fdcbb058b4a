//! Fields: typed columns declared in `[catalog.fields]`, each a lookup named after it.

use crate::diag::Diagnostic;
use crate::generated;
use crate::load::RawField;
use crate::model::{Field, Flag};

use super::names::{SnakeCase, check_snake_case};

pub(super) fn check_fields(
    raw: Vec<RawField>,
    flags: &[Flag],
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<Field> {
    raw.into_iter()
        .map(|field| {
            let name = &field.name;
            check_snake_case(name, SnakeCase::Field, diagnostics);
            let flag_names: Vec<&str> = flags.iter().map(|flag| flag.name.as_str()).collect();
            let flag = name
                .value
                .strip_prefix(generated::FLAG_PREFIX)
                .filter(|flag| flag_names.contains(flag));
            let help = match flag {
                Some(flag) => format!("the flag `{flag}` gives the enum this method"),
                None => {
                    "every catalog's enum has this method (the reference lists them)".to_owned()
                }
            };
            if generated::taken(&name.value, &flag_names) {
                diagnostics.push(
                    Diagnostic::at(
                        name.span.clone(),
                        format!(
                            "the field name `{}` is taken by a generated method",
                            name.value
                        ),
                    )
                    .help(format!("{help}: choose another name for the field")),
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
