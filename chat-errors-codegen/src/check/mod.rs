//! Raw entries → a validated [`Catalog`]. Every problem is collected, so one build reports them
//! all. By concern: `names` (how every name is spelt, and that each leads to one entry), `texts`
//! (languages and links), `classification` (flags and groups), `fields`, `args` (arguments and
//! the placeholders that use them), and `wire` (HTTP statuses, gRPC codes, problem types).

mod args;
mod classification;
mod fields;
mod names;
mod texts;
mod wire;

use crate::diag::Diagnostic;
use crate::load::{RawCatalog, RawEntry};
use crate::model::{Catalog, Entry, Retired, upper_camel_case};

pub(crate) use names::{is_identifier, is_keyword};

pub(crate) const DEFAULT_ENUM: &str = "ErrorCode";
const DEFAULT_LANGUAGE: &str = "en";

/// `declared` is the name of the enum the user declares, if they declare it: then the catalog's
/// `enum`, if it has one, must agree.
pub(crate) fn check(
    raw: RawCatalog,
    declared: Option<&str>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Catalog> {
    let errors_before = diagnostics.len();
    let enum_name = match (raw.enum_name, declared) {
        (Some(name), Some(declared)) if name.value != declared => {
            diagnostics.push(
                Diagnostic::at(
                    name.span,
                    format!(
                        "the catalog's `enum` is `{}`, but the item declares `{declared}`",
                        name.value
                    ),
                )
                .help("leave `enum` out of the catalog, or give the two the same name"),
            );
            declared.to_owned()
        }
        (_, Some(declared)) => declared.to_owned(),
        (Some(name), None) => {
            names::check_enum_name(&name, diagnostics);
            name.value
        }
        (None, None) => DEFAULT_ENUM.to_owned(),
    };
    let default_language = match raw.default_language {
        Some(language) => {
            if language.value.is_empty() {
                diagnostics.push(
                    Diagnostic::at(language.span, "`default_language` is empty")
                        .help("name the language tag of the texts, such as \"en\" or \"zh\""),
                );
            }
            language.value
        }
        None => DEFAULT_LANGUAGE.to_owned(),
    };
    let link_base = raw
        .link_base
        .and_then(|base| texts::check_link_base(base, diagnostics));
    let docs_url = raw
        .docs_url
        .and_then(|template| texts::check_url_template("docs_url", template, diagnostics));
    let problem_type = raw
        .problem_type
        .and_then(|template| texts::check_url_template("problem_type", template, diagnostics));
    let domain = raw
        .domain
        .and_then(|domain| wire::check_domain(domain, diagnostics));
    let catalog_wire = wire::check_wire(raw.wire, diagnostics);
    if !raw.has_entries {
        diagnostics.push(Diagnostic::whole_file("the catalog has no entries").help(
            "add at least one `[[error]]` entry with a `code`, a `name` and a `description`",
        ));
    }
    let name_style = names::check_name_style(raw.name_style, diagnostics);
    let platforms = names::check_platforms(raw.platforms, diagnostics);
    let flags = classification::check_flags(raw.flags, diagnostics);
    let (groups, owned_spans) = classification::check_groups(raw.groups, diagnostics);
    let fields = fields::check_fields(raw.fields, &flags, diagnostics);

    let texts = texts::TextRules {
        default_language: &default_language,
        link_base: link_base.as_deref(),
    };
    let mut seen = names::Seen::default();
    let retired: Vec<Retired> = raw
        .retired
        .into_iter()
        .map(|retired| {
            names::check_name(&retired.name, "name", name_style, diagnostics);
            seen.retired(&retired.code, &retired.name);
            Retired {
                code: retired.code.value,
                name: retired.name.value,
                reason: retired.reason,
                since: retired.since,
            }
        })
        .collect();
    let mut languages = vec![default_language.clone()];
    let mut entries = Vec::with_capacity(raw.entries.len());
    for RawEntry {
        code,
        name,
        description,
        cause,
        note,
        aliases,
        platform_names,
        deprecated,
        group,
        flags: entry_flags,
        args: raw_args,
        wire: raw_wire,
        fields: values,
    } in raw.entries
    {
        seen.code(&code);
        names::check_name(&name, "name", name_style, diagnostics);
        seen.name(&name);
        for alias in &aliases {
            names::check_name(alias, "alias", name_style, diagnostics);
            seen.name(alias);
        }
        let platform_names =
            names::check_platform_names(platform_names, &platforms, &mut seen, diagnostics);
        let variant = upper_camel_case(&name.value);
        names::check_variant(&variant, &name, diagnostics);
        seen.variant(&variant, &name);
        let args = args::check_declared(&raw_args, diagnostics);
        if !raw_args.is_empty() {
            args::check_templates(
                &raw_args,
                &args,
                &default_language,
                [
                    ("description", Some(&description)),
                    ("cause", cause.as_ref()),
                    ("note", note.as_ref()),
                ],
                diagnostics,
            );
        }
        let description = texts.resolve(description, "description", diagnostics);
        let cause = cause.map(|cause| texts.resolve(cause, "cause", diagnostics));
        let note = note.map(|note| texts.resolve(note, "note", diagnostics));
        for text in [Some(&description), cause.as_ref(), note.as_ref()]
            .into_iter()
            .flatten()
        {
            for (language, _) in &text.0 {
                if !languages.contains(language) {
                    languages.push(language.clone());
                }
            }
        }
        let group = classification::check_membership(&name, group, &groups, diagnostics);
        classification::check_owner(&code, group, &groups, &owned_spans, diagnostics);
        let entry_flags = classification::check_entry_flags(entry_flags, &flags, diagnostics);
        entries.push(Entry {
            code: code.value,
            name: name.value,
            variant,
            description,
            cause,
            note,
            aliases: aliases.into_iter().map(|alias| alias.value).collect(),
            platform_names,
            deprecated: deprecated.map(|note| note.value),
            group,
            flags: entry_flags,
            args,
            wire: wire::check_wire(raw_wire, diagnostics),
            fields: values,
        });
    }
    seen.report(diagnostics);
    (diagnostics.len() == errors_before).then(|| Catalog {
        enum_name,
        default_language,
        languages,
        doc: raw.doc.map(|doc| doc.value),
        docs_url,
        problem_type,
        domain,
        wire: catalog_wire,
        exhaustive: raw.exhaustive,
        code_type: raw.code_type,
        serde: raw.serde,
        miette: raw.miette,
        platforms,
        flags,
        groups,
        fields,
        entries,
        retired,
    })
}
