//! The keys a catalog may have, table by table: each spelt once, here, for the loader, its
//! messages and the tools that check catalogs (`errors.schema.json` is tested against the lists).

/// The tables at the top level.
pub const TOP: &[&str] = &[top::CATALOG, top::ERROR, top::RETIRED];
/// The keys of `[catalog]`.
pub const CATALOG: &[&str] = &[
    catalog::ENUM,
    catalog::DEFAULT_LANGUAGE,
    catalog::DOC,
    catalog::LINK_BASE,
    catalog::DOCS_URL,
    catalog::EXHAUSTIVE,
    catalog::CODE_TYPE,
    catalog::NAME_STYLE,
    catalog::SERDE,
    catalog::MIETTE,
    wire::HTTP_STATUS,
    wire::GRPC_CODE,
    catalog::PROBLEM_TYPE,
    catalog::DOMAIN,
    catalog::PLATFORMS,
    catalog::FLAGS,
    catalog::GROUPS,
    catalog::FIELDS,
];
/// The keys of a `[[retired]]` table.
pub const RETIRED: &[&str] = &[
    retired::CODE,
    retired::NAME,
    retired::REASON,
    retired::SINCE,
];
/// The keys of a `[[catalog.groups]]` table.
pub const GROUP: &[&str] = &[
    group::NAME,
    group::TITLE,
    group::DOC,
    group::RANGE,
    group::RANGES,
    group::PREFIX,
    wire::HTTP_STATUS,
    wire::GRPC_CODE,
];
/// The keys of a field of `[catalog.fields]`.
pub const FIELD: &[&str] = &[field::TYPE, field::DOC, field::REQUIRED];
/// An entry's own keys; the catalog's fields come on top.
pub const ENTRY: &[&str] = &[
    entry::CODE,
    entry::NAME,
    entry::DESCRIPTION,
    entry::CAUSE,
    entry::NOTE,
    entry::ALIASES,
    entry::PLATFORM_NAMES,
    entry::DEPRECATED,
    entry::GROUP,
    entry::FLAGS,
    entry::ARGS,
    wire::HTTP_STATUS,
    wire::GRPC_CODE,
];

pub(crate) mod top {
    pub(crate) const CATALOG: &str = "catalog";
    pub(crate) const ERROR: &str = "error";
    pub(crate) const RETIRED: &str = "retired";
}

pub(crate) mod catalog {
    pub(crate) const ENUM: &str = "enum";
    pub(crate) const DEFAULT_LANGUAGE: &str = "default_language";
    pub(crate) const DOC: &str = "doc";
    pub(crate) const LINK_BASE: &str = "link_base";
    pub(crate) const DOCS_URL: &str = "docs_url";
    pub(crate) const EXHAUSTIVE: &str = "exhaustive";
    pub(crate) const CODE_TYPE: &str = "code_type";
    pub(crate) const NAME_STYLE: &str = "name_style";
    pub(crate) const SERDE: &str = "serde";
    pub(crate) const MIETTE: &str = "miette";
    pub(crate) const PROBLEM_TYPE: &str = "problem_type";
    pub(crate) const DOMAIN: &str = "domain";
    pub(crate) const PLATFORMS: &str = "platforms";
    pub(crate) const FLAGS: &str = "flags";
    pub(crate) const GROUPS: &str = "groups";
    pub(crate) const FIELDS: &str = "fields";
}

/// What an error is on the wire, on `[catalog]`, a group or an entry: each level overrides the
/// one before it.
pub(crate) mod wire {
    pub(crate) const HTTP_STATUS: &str = "http_status";
    pub(crate) const GRPC_CODE: &str = "grpc_code";
}

pub(crate) mod retired {
    pub(crate) const CODE: &str = "code";
    pub(crate) const NAME: &str = "name";
    pub(crate) const REASON: &str = "reason";
    pub(crate) const SINCE: &str = "since";
}

pub(crate) mod group {
    pub(crate) const NAME: &str = "name";
    pub(crate) const TITLE: &str = "title";
    pub(crate) const DOC: &str = "doc";
    pub(crate) const RANGE: &str = "range";
    pub(crate) const RANGES: &str = "ranges";
    pub(crate) const PREFIX: &str = "prefix";
}

pub(crate) mod field {
    pub(crate) const TYPE: &str = "type";
    pub(crate) const DOC: &str = "doc";
    pub(crate) const REQUIRED: &str = "required";
}

pub(crate) mod entry {
    pub(crate) const CODE: &str = "code";
    pub(crate) const NAME: &str = "name";
    pub(crate) const DESCRIPTION: &str = "description";
    pub(crate) const CAUSE: &str = "cause";
    pub(crate) const NOTE: &str = "note";
    pub(crate) const ALIASES: &str = "aliases";
    pub(crate) const PLATFORM_NAMES: &str = "platform_names";
    pub(crate) const DEPRECATED: &str = "deprecated";
    pub(crate) const GROUP: &str = "group";
    pub(crate) const FLAGS: &str = "flags";
    pub(crate) const ARGS: &str = "args";
}
