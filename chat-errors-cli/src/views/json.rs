//! The catalog as JSON, for other tools: the catalog's settings, its groups, flags and fields,
//! and every entry with every column in every language.

use chat_errors_codegen::{Catalog, Code, CodeType, Entry, Texts, Value};
use serde_json::{Map, json};

/// The whole catalog as one JSON object, pretty-printed.
pub fn json(catalog: &Catalog) -> String {
    let mut out = serde_json::to_string_pretty(&value(catalog)).expect("JSON values serialize");
    out.push('\n');
    out
}

/// The catalog as a JSON value: what [`json`] prints, and what the HTML page embeds.
pub(super) fn value(catalog: &Catalog) -> serde_json::Value {
    let code_type = match catalog.code_type {
        CodeType::Int(int) => int.name(),
        CodeType::String => "string",
    };
    json!({
        "enum": catalog.enum_name,
        "code_type": code_type,
        "default_language": catalog.default_language,
        "languages": catalog.languages,
        "doc": catalog.doc,
        "docs_url": catalog.docs_url,
        "problem_type": catalog.problem_type,
        "domain": catalog.domain,
        "http_status": catalog.wire.http_status,
        "grpc_code": catalog.wire.grpc_code.map(chat_errors_codegen::GrpcCode::name),
        "exhaustive": catalog.exhaustive,
        "platforms": catalog.platforms,
        "flags": catalog.flags.iter().map(|flag| json!({
            "name": flag.name,
            "meaning": flag.meaning,
        })).collect::<Vec<_>>(),
        "groups": catalog.groups.iter().map(|group| json!({
            "name": group.name,
            "title": group.title,
            "doc": group.doc,
            "ranges": group.ranges.iter().map(|&(low, high)| json!([low as i64, high as i64])).collect::<Vec<_>>(),
            "prefix": group.prefix,
            "http_status": group.wire.http_status,
            "grpc_code": group.wire.grpc_code.map(chat_errors_codegen::GrpcCode::name),
        })).collect::<Vec<_>>(),
        "fields": catalog.fields.iter().map(|field| json!({
            "name": field.name,
            "type": field.ty.rust_type().replace("&'static ", ""),
            "doc": field.doc,
            "required": field.required,
        })).collect::<Vec<_>>(),
        "entries": catalog.entries.iter().map(|entry| entry_value(catalog, entry)).collect::<Vec<_>>(),
        "retired": catalog.retired.iter().map(|retired| json!({
            "code": code(&retired.code),
            "name": retired.name,
            "reason": retired.reason,
            "since": retired.since,
        })).collect::<Vec<_>>(),
    })
}

fn entry_value(catalog: &Catalog, entry: &Entry) -> serde_json::Value {
    let texts = |texts: Option<&Texts>| -> Map<String, serde_json::Value> {
        texts
            .map(|texts| {
                texts
                    .0
                    .iter()
                    .map(|(language, text)| (language.clone(), text.as_str().into()))
                    .collect()
            })
            .unwrap_or_default()
    };
    let platform_names: Map<String, serde_json::Value> = entry
        .platform_names
        .iter()
        .map(|(platform, name)| (platform.clone(), name.as_str().into()))
        .collect();
    let wire = catalog.wire(entry);
    let mut object = json!({
        "code": code(&entry.code),
        "name": entry.name,
        "variant": entry.variant,
        "aliases": entry.aliases,
        "platform_names": platform_names,
        "deprecated": entry.deprecated,
        "group": catalog.group_of_code(&entry.code).map(|group| json!({
            "name": group.name,
            "title": group.title,
        })),
        "flags": entry.flags,
        "args": entry.args.iter().map(|arg| json!({
            "name": arg.name,
            "type": arg.ty.name(),
        })).collect::<Vec<_>>(),
        "docs_url": catalog.docs_url.as_ref().map(|template| entry.docs_url(template)),
        "problem_type": catalog.problem_type.as_ref().or(catalog.docs_url.as_ref()).map(|template| entry.docs_url(template)),
        "http_status": wire.http_status,
        "grpc_code": wire.grpc_code.map(chat_errors_codegen::GrpcCode::name),
        "description": texts(Some(&entry.description)),
        "cause": texts(entry.cause.as_ref()),
        "note": texts(entry.note.as_ref()),
    });
    for (field, value) in catalog.fields.iter().zip(&entry.fields) {
        object[&field.name] = value.as_ref().map_or(serde_json::Value::Null, field_value);
    }
    object
}

/// A number for an integer code, a string otherwise.
pub(super) fn code(code: &Code) -> serde_json::Value {
    match code {
        Code::Int(code) => json!(*code as i64),
        Code::Str(code) => json!(code),
    }
}

fn field_value(value: &Value) -> serde_json::Value {
    match value {
        Value::Int(value) => json!(*value as i64),
        Value::Bool(value) => json!(value),
        Value::Str(value) => json!(value),
        Value::List(values) => values.iter().map(field_value).collect(),
    }
}
