//! The views of a catalog, each made from the code generator's checked model: the text `explain`
//! prints, a Markdown table, JSON for other tools, and a self-contained HTML error index; how far
//! each language goes; the changes between two versions of a catalog; and the catalog as source
//! for clients in other languages.

pub mod changes;
mod explain;
pub mod export;
mod html;
mod json;
mod markdown;
pub mod translations;

use chat_errors_codegen::{Catalog, Entry, Texts};

pub use explain::{entry as explain, example, retired as explain_retired, table};
pub use html::html;
pub use json::json;
pub use markdown::markdown;

/// The text in `language`, or in the default language where the entry has none in it.
fn text<'c>(catalog: &Catalog, texts: Option<&'c Texts>, language: &str) -> &'c str {
    texts
        .and_then(|texts| {
            texts
                .get(language)
                .or_else(|| texts.get(&catalog.default_language))
        })
        .unwrap_or_default()
}

/// `balance: u64, price: u64`, each in backticks where `code` is set.
fn args(entry: &Entry, code: bool) -> String {
    let tick = if code { "`" } else { "" };
    let args: Vec<String> = entry
        .args
        .iter()
        .map(|arg| format!("{tick}{}: {}{tick}", arg.name, arg.ty.name()))
        .collect();
    args.join(", ")
}

fn group_title<'c>(catalog: &'c Catalog, entry: &Entry) -> &'c str {
    catalog
        .group_of_code(&entry.code)
        .map_or("", |group| group.title.as_str())
}

/// The headings of the views, in Chinese for a Chinese page and in English otherwise.
struct Labels {
    code: &'static str,
    name: &'static str,
    description: &'static str,
    cause: &'static str,
    other_names: &'static str,
    args: &'static str,
    http_status: &'static str,
    grpc_code: &'static str,
    group: &'static str,
    flags: &'static str,
    note: &'static str,
    deprecated: &'static str,
    retired: &'static str,
    since: &'static str,
    reason: &'static str,
    search: &'static str,
    no_match: &'static str,
}

impl Labels {
    fn new(language: &str) -> Self {
        if language == "zh" || language.starts_with("zh-") || language.starts_with("zh_") {
            Labels {
                code: "错误码",
                name: "错误信息",
                description: "描述",
                cause: "可能的原因",
                other_names: "其他名称",
                args: "参数",
                http_status: "HTTP 状态码",
                grpc_code: "gRPC 状态码",
                group: "分组",
                flags: "标记",
                note: "备注",
                deprecated: "已弃用",
                retired: "已停用的错误码",
                since: "停用版本",
                reason: "原因",
                search: "搜索错误码、名称和描述",
                no_match: "没有匹配的条目。",
            }
        } else {
            Labels {
                code: "Code",
                name: "Name",
                description: "Description",
                cause: "Cause",
                other_names: "Other names",
                args: "Arguments",
                http_status: "HTTP status",
                grpc_code: "gRPC code",
                group: "Group",
                flags: "Flags",
                note: "Note",
                deprecated: "Deprecated",
                retired: "Retired codes",
                since: "Since",
                reason: "Reason",
                search: "Search codes, names and texts",
                no_match: "No entry matches.",
            }
        }
    }
}
