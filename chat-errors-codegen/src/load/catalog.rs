//! `[catalog]`: the settings, the flags, the groups and the fields.

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::reader::{Reader, in_file_order};
use super::{RawCatalog, RawField, RawGroup, Read, Reported, Sp, describe_value, keys};
use crate::diag::{Diagnostic, list};
use crate::model::{CodeType, FieldType, IntType, ItemType, OptIn};

impl Reader<'_> {
    /// Every key of `[catalog]`, into `raw`. A value that is not of its key's shape is reported
    /// and left at its default.
    pub(super) fn catalog(&mut self, table: &DeTable<'_>, raw: &mut RawCatalog) {
        use keys::catalog::*;
        self.known_keys(table, keys::CATALOG, "in `[catalog]`");
        raw.enum_name = self.string(table, ENUM).unwrap_or_default();
        raw.default_language = self.string(table, DEFAULT_LANGUAGE).unwrap_or_default();
        raw.doc = self.string(table, DOC).unwrap_or_default();
        raw.link_base = self.string(table, LINK_BASE).unwrap_or_default();
        raw.docs_url = self.string(table, DOCS_URL).unwrap_or_default();
        raw.problem_type = self.string(table, PROBLEM_TYPE).unwrap_or_default();
        raw.domain = self.string(table, DOMAIN).unwrap_or_default();
        raw.wire = self.wire(|key| table.get(key));
        raw.exhaustive = self.boolean(table, EXHAUSTIVE).unwrap_or_default();
        if let Ok(Some(code_type)) = self.string(table, CODE_TYPE) {
            raw.code_type = self.code_type(code_type);
        }
        raw.name_style = self.string(table, NAME_STYLE).unwrap_or_default();
        if let Some(serde) = table.get(SERDE) {
            raw.serde = self.opt_in(serde, SERDE);
        }
        if let Some(miette) = table.get(MIETTE) {
            raw.miette = self.opt_in(miette, MIETTE);
        }
        if let Some(platforms) = table.get(PLATFORMS) {
            raw.platforms = self
                .strings(
                    platforms,
                    "`platforms`",
                    "a platform",
                    "platforms = [\"ios\"]",
                )
                .unwrap_or_default();
        }
        if let Some(flags) = table.get(FLAGS) {
            raw.flags = self.flags(flags);
        }
        if let Some(groups) = table.get(GROUPS) {
            raw.groups = self.groups(groups, raw.code_type);
        }
        if let Some(fields) = table.get(FIELDS) {
            raw.fields = self.fields(fields);
        }
    }

    /// `serde = true`, or `serde = { feature = "serde" }` for impls behind the invoking crate's
    /// feature; `miette` alike.
    fn opt_in(&mut self, value: &Spanned<DeValue<'_>>, key: &str) -> OptIn {
        match value.get_ref() {
            DeValue::Boolean(true) => return OptIn::On,
            DeValue::Boolean(false) => return OptIn::Off,
            DeValue::Table(table) => {
                self.known_keys(table, &["feature"], &format!("in `{key}`"));
                match self.string(table, "feature") {
                    Ok(Some(feature)) => return OptIn::Feature(feature.value),
                    Err(Reported) => return OptIn::Off,
                    Ok(None) => {}
                }
            }
            _ => {}
        }
        self.mismatch(
            value,
            &format!("`{key}`"),
            "a boolean or a table with a `feature`",
            format!(
                "write `{key} = true`, or `{key} = {{ feature = \"{key}\" }}` for impls behind a cargo feature"
            ),
        );
        OptIn::Off
    }

    /// `code_type = "u16"`: an integer type, or `"string"`.
    fn code_type(&mut self, written: Sp<String>) -> CodeType {
        if written.value == "string" {
            return CodeType::String;
        }
        if let Some(int) = IntType::from_name(&written.value) {
            if int != IntType::U64 {
                return CodeType::Int(int);
            }
        }
        let types: Vec<&str> = IntType::ALL
            .iter()
            .filter(|int| **int != IntType::U64)
            .map(|int| int.name())
            .chain(["string"])
            .collect();
        self.report(
            Diagnostic::at(
                written.span,
                format!("unknown code type `{}`", written.value),
            )
            .help(format!(
                "use one of {}; TOML integers stop at i64, so there are no u64 codes",
                list(types.into_iter())
            )),
        );
        CodeType::default()
    }

    fn flags(&mut self, value: &Spanned<DeValue<'_>>) -> Vec<(Sp<String>, String)> {
        let Ok(table) = self.table(value, "`[catalog.flags]`") else {
            return Vec::new();
        };
        in_file_order(table)
            .into_iter()
            .filter_map(|(name, meaning)| {
                let meaning = self
                    .expect_string(meaning, &format!("the meaning of `{}`", name.get_ref()))
                    .ok()?;
                let name = Sp {
                    value: name.get_ref().to_string(),
                    span: name.span(),
                };
                Some((name, meaning.value))
            })
            .collect()
    }

    fn groups(&mut self, value: &Spanned<DeValue<'_>>, code_type: CodeType) -> Vec<RawGroup> {
        use keys::group::*;
        let Ok(items) = self.array_of_tables(
            value,
            keys::catalog::GROUPS,
            "group under its own `[[catalog.groups]]` header",
        ) else {
            return Vec::new();
        };
        let mut groups = Vec::new();
        for item in items {
            let Ok(table) = self.table(item, "a `[[catalog.groups]]` entry") else {
                continue;
            };
            self.known_keys(table, keys::GROUP, "in a `[[catalog.groups]]` entry");
            let header = item.span();
            let name = self
                .required(
                    header.clone(),
                    table.get(NAME),
                    NAME,
                    "name = \"user\"",
                    "[[catalog.groups]]",
                )
                .and_then(|name| self.expect_string(name, "`name`"));
            let title = self
                .required(
                    header,
                    table.get(TITLE),
                    TITLE,
                    "title = \"User\"",
                    "[[catalog.groups]]",
                )
                .and_then(|title| self.expect_string(title, "`title`"));
            let doc = self.string(table, DOC);
            let owns = self.owned_codes(table, code_type);
            // A wrong status is reported and left out; the group stays, for its entries.
            let wire = self.wire(|key| table.get(key));
            if let (Ok(name), Ok(title), Ok(doc), Ok((ranges, prefix))) = (name, title, doc, owns) {
                groups.push(RawGroup {
                    name,
                    title: title.value,
                    doc: doc.map(|doc| doc.value),
                    ranges,
                    prefix,
                    wire,
                });
            }
        }
        groups
    }

    /// The codes a group owns: `range` or `ranges` of integer codes, or a `prefix` of string
    /// codes, at most one of the three.
    #[allow(clippy::type_complexity)]
    fn owned_codes(
        &mut self,
        table: &DeTable<'_>,
        code_type: CodeType,
    ) -> Read<(Vec<Sp<(i128, i128)>>, Option<Sp<String>>)> {
        use keys::group::{PREFIX, RANGE, RANGES};
        let written: Vec<(&str, &Spanned<DeValue<'_>>)> = [RANGE, RANGES, PREFIX]
            .into_iter()
            .filter_map(|key| Some((key, table.get(key)?)))
            .collect();
        if let [(first, _), (second, value), ..] = written[..] {
            return Err(self.report(
                Diagnostic::at(
                    value.span(),
                    format!("a group has `{first}` or `{second}`, not both"),
                )
                .help(
                    "list every range under `ranges = [[low, high], …]`, or give a `prefix` alone",
                ),
            ));
        }
        let Some(&(key, value)) = written.first() else {
            return Ok((Vec::new(), None));
        };
        match code_type {
            CodeType::Int(int) if key == RANGE => Ok((vec![self.range(value, int)?], None)),
            CodeType::Int(int) if key == RANGES => {
                let DeValue::Array(array) = value.get_ref() else {
                    return Err(self.mismatch(
                        value,
                        "`ranges`",
                        "an array of ranges",
                        "write it as `ranges = [[903, 905], [1110, 1199]]`",
                    ));
                };
                let ranges: Vec<_> = array.iter().map(|range| self.range(range, int)).collect();
                Ok((ranges.into_iter().collect::<Read<_>>()?, None))
            }
            CodeType::Int(_) => Err(self.report(
                Diagnostic::at(value.span(), "`prefix` is for catalogs of string codes")
                    .help("a group of integer codes owns `range = [low, high]` instead"),
            )),
            CodeType::String if key == PREFIX => {
                let prefix = self.expect_string(value, "`prefix`")?;
                if prefix.value.is_empty() {
                    return Err(self.report(
                        Diagnostic::at(prefix.span, "the prefix is empty").help(
                            "give the characters every code of the group starts with, such as `prefix = \"23\"`",
                        ),
                    ));
                }
                Ok((Vec::new(), Some(prefix)))
            }
            CodeType::String => Err(self.report(
                Diagnostic::at(
                    value.span(),
                    format!("`{key}` is for catalogs of integer codes"),
                )
                .help("a group of string codes owns the codes that start with `prefix = \"…\"`"),
            )),
        }
    }

    /// `[low, high]`: two codes of type `int`, the first not above the second.
    fn range(&mut self, value: &Spanned<DeValue<'_>>, int: IntType) -> Read<Sp<(i128, i128)>> {
        let span = value.span();
        let DeValue::Array(array) = value.get_ref() else {
            return Err(self.not_a_range(value));
        };
        let [low, high] = array.as_ref() else {
            return Err(self.not_a_range(value));
        };
        let bounds = [low, high].map(|bound| match bound.get_ref() {
            DeValue::Integer(integer) => self.integer(bound.span(), integer, int, "code"),
            _ => Err(self.mismatch(
                bound,
                "a range's bound",
                "an integer",
                "write the range as `[low, high]`, such as `[400, 499]`",
            )),
        });
        let (low, high) = (bounds[0]?, bounds[1]?);
        if low > high {
            return Err(self.report(
                Diagnostic::at(
                    span,
                    format!("the range starts at {low} but ends at {high}"),
                )
                .help("write the lower code first: `[low, high]`"),
            ));
        }
        Ok(Sp {
            value: (low, high),
            span,
        })
    }

    fn not_a_range(&mut self, value: &Spanned<DeValue<'_>>) -> Reported {
        self.report(
            Diagnostic::at(
                value.span(),
                format!(
                    "a range must be an array of two codes, found {}",
                    describe_value(value.get_ref())
                ),
            )
            .help("write the range as `[low, high]` (both included), such as `[400, 499]`"),
        )
    }

    /// `[catalog.fields]`: each field a table with its `type`, `doc` and `required`, in file order.
    fn fields(&mut self, value: &Spanned<DeValue<'_>>) -> Vec<RawField> {
        use keys::field::*;
        let Ok(table) = self.table(value, "`[catalog.fields]`") else {
            return Vec::new();
        };
        let mut fields = Vec::new();
        for (name, declaration) in in_file_order(table) {
            // Entries give fields beside their own keys, so a field cannot be named like one.
            let key: &str = name.get_ref().as_ref();
            if keys::ENTRY.contains(&key) {
                let help = if [keys::wire::HTTP_STATUS, keys::wire::GRPC_CODE].contains(&key) {
                    format!(
                        "`{key}` is a key of its own now, on an entry, a group or `[catalog]` \
                         (one value, such as `{key} = {}`): use it and drop the field, or give \
                         the field another name",
                        if key == keys::wire::HTTP_STATUS {
                            "404"
                        } else {
                            "\"NOT_FOUND\""
                        }
                    )
                } else {
                    "choose another name for the field".to_owned()
                };
                self.report(
                    Diagnostic::at(
                        name.span(),
                        format!("the field name `{key}` is an entry's own key"),
                    )
                    .help(help),
                );
                continue;
            }
            let what = format!("the field `{}`", name.get_ref());
            let Ok(declaration) = self.table(declaration, &what) else {
                continue;
            };
            self.known_keys(declaration, keys::FIELD, "in a field of `[catalog.fields]`");
            let header = name.span();
            let ty = self
                .required(
                    header.clone(),
                    declaration.get(TYPE),
                    TYPE,
                    "type = \"u16\"",
                    "[catalog.fields]",
                )
                .and_then(|ty| self.expect_string(ty, "`type`"))
                .and_then(|ty| self.field_type(ty));
            let doc = self
                .required(
                    header,
                    declaration.get(DOC),
                    DOC,
                    "doc = \"…\"",
                    "[catalog.fields]",
                )
                .and_then(|doc| self.expect_string(doc, "`doc`"));
            let required = self.boolean(declaration, REQUIRED);
            if let (Ok(ty), Ok(doc), Ok(required)) = (ty, doc, required) {
                fields.push(RawField {
                    name: Sp {
                        value: name.get_ref().to_string(),
                        span: name.span(),
                    },
                    ty,
                    doc: doc.value,
                    required,
                });
            }
        }
        fields
    }

    /// `type = "u16"`, `"bool"`, `"string"`, or a list of one of them: `"[u16]"`.
    fn field_type(&mut self, written: Sp<String>) -> Read<FieldType> {
        let text = written.value.as_str();
        let (item, is_list) = match text.strip_prefix('[').and_then(|t| t.strip_suffix(']')) {
            Some(item) => (item, true),
            None => (text, false),
        };
        let item = match item {
            "bool" => Some(ItemType::Bool),
            "string" => Some(ItemType::String),
            other => IntType::from_name(other).map(ItemType::Int),
        };
        let Some(item) = item else {
            let types = IntType::ALL
                .iter()
                .map(|int| int.name())
                .chain(["bool", "string"]);
            return Err(self.report(
                Diagnostic::at(written.span, format!("unknown field type `{text}`")).help(format!(
                    "use one of {}, or a list of one such as `[u16]`",
                    list(types)
                )),
            ));
        };
        Ok(FieldType {
            item,
            list: is_list,
        })
    }
}
