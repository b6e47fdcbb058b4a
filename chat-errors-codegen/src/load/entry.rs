//! One `[[error]]` table: its code, names, texts, classification and field values.

use core::ops::Range;

use toml::Spanned;
use toml::de::DeValue;

use super::reader::{Reader, in_file_order, optional};
use super::{RawEntry, RawField, RawText, Read, Reported, Sp, Text, keys};
use crate::diag::Diagnostic;
use crate::model::{Code, CodeType, FieldType, ItemType, Value};

impl Reader<'_> {
    /// One `[[error]]` table; `allowed` are its own keys and the catalog's fields. Every problem
    /// in it is reported before the entry is left out.
    pub(super) fn entry(
        &mut self,
        item: &Spanned<DeValue<'_>>,
        allowed: &[&str],
        code_type: CodeType,
        fields: &[RawField],
    ) -> Read<RawEntry> {
        let table = self.table(item, "an `[[error]]` entry")?;
        self.known_keys(table, allowed, "in an `[[error]]` entry");
        // One pass over the entry's few keys: a lookup by key hashes it, which in the macro's
        // unoptimised build costs more than comparing it with each of them.
        let keys: Vec<(&str, &Spanned<DeValue<'_>>)> = table
            .iter()
            .map(|(key, value)| (key.get_ref().as_ref(), value))
            .collect();
        let get = |key: &str| keys.iter().find(|(each, _)| *each == key).map(|(_, v)| *v);
        let header = item.span();
        let code = self.code(
            header.clone(),
            get(keys::entry::CODE),
            code_type,
            "[[error]]",
        );
        let field_values: Vec<Read<Option<Value>>> = fields
            .iter()
            .map(|field| self.field_value(header.clone(), get(&field.name.value), field))
            .collect();
        let name = self
            .required(
                header.clone(),
                get(keys::entry::NAME),
                keys::entry::NAME,
                "name = \"NETWORK_ERROR\"",
                "[[error]]",
            )
            .and_then(|name| self.expect_string(name, "`name`"));
        let description = self
            .required(
                header,
                get(keys::entry::DESCRIPTION),
                keys::entry::DESCRIPTION,
                "description = \"…\"",
                "[[error]]",
            )
            .and_then(|value| self.text(value, "`description`"));
        let cause = optional(get(keys::entry::CAUSE), |value| self.text(value, "`cause`"));
        let note = optional(get(keys::entry::NOTE), |value| self.text(value, "`note`"));
        let platform_names = optional(get(keys::entry::PLATFORM_NAMES), |value| {
            self.platform_names(value)
        });
        let aliases = optional(get(keys::entry::ALIASES), |value| {
            self.strings(value, "`aliases`", "an alias", "aliases = [\"OLD_NAME\"]")
        });
        let group = optional(get(keys::entry::GROUP), |value| {
            self.expect_string(value, "`group`")
        });
        let flags = optional(get(keys::entry::FLAGS), |value| {
            self.strings(value, "`flags`", "a flag", "flags = [\"retryable\"]")
        });
        let deprecated = optional(get(keys::entry::DEPRECATED), |value| {
            self.expect_string(value, "`deprecated`")
        });
        let args = optional(get(keys::entry::ARGS), |value| self.args(value));
        let wire = self.wire(get);
        Ok(RawEntry {
            code: code?,
            name: name?,
            description: description?,
            cause: cause?,
            note: note?,
            aliases: aliases?.unwrap_or_default(),
            platform_names: platform_names?.unwrap_or_default(),
            deprecated: deprecated?,
            group: group?,
            flags: flags?.unwrap_or_default(),
            args: args?.unwrap_or_default(),
            wire,
            fields: field_values.into_iter().collect::<Read<_>>()?,
        })
    }

    /// The `code` of an `[[error]]` or `[[retired]]` table (`header_name`), of the code type.
    pub(super) fn code(
        &mut self,
        header: Range<usize>,
        value: Option<&Spanned<DeValue<'_>>>,
        code_type: CodeType,
        header_name: &str,
    ) -> Read<Sp<Code>> {
        let value = self.required(header, value, "code", "code = 300", header_name)?;
        let span = value.span();
        let code = match (code_type, value.get_ref()) {
            (CodeType::String, DeValue::String(text)) if text.is_empty() => {
                return Err(self.report(
                    Diagnostic::at(span, "the code is empty")
                        .help("give every entry a code of at least one character"),
                ));
            }
            (CodeType::String, DeValue::String(text)) => Code::Str(text.to_string()),
            (CodeType::String, _) => {
                return Err(self.mismatch(
                    value,
                    "`code`",
                    "a string in a catalog of string codes",
                    "write the code in double quotes, such as `code = \"23505\"`",
                ));
            }
            (CodeType::Int(int), DeValue::Integer(integer)) => {
                Code::Int(self.integer(span.clone(), integer, int, "code")?)
            }
            (CodeType::Int(_), _) => {
                return Err(self.mismatch(
                    value,
                    "`code`",
                    "an integer",
                    "write the code as a bare number, such as `code = 300`",
                ));
            }
        };
        Ok(Sp { value: code, span })
    }

    /// An entry's value of `field`: of the field's type, present if the field is required.
    fn field_value(
        &mut self,
        header: Range<usize>,
        value: Option<&Spanned<DeValue<'_>>>,
        field: &RawField,
    ) -> Read<Option<Value>> {
        let name = &field.name.value;
        let Some(value) = value else {
            if field.required {
                return Err(self.report(
                    Diagnostic::at(header, format!("this `[[error]]` entry has no `{name}`")).help(
                        format!("the field `{name}` is required: add a line such as `{name} = …`"),
                    ),
                ));
            }
            return Ok(None);
        };
        let expected = describe(field.ty);
        if !field.ty.list {
            return self.item(value, field.ty.item, name, &expected).map(Some);
        }
        let DeValue::Array(items) = value.get_ref() else {
            return Err(self.wrong_type(value, name, &expected));
        };
        let items: Vec<Read<Value>> = items
            .iter()
            .map(|item| self.item(item, field.ty.item, name, &expected))
            .collect();
        Ok(Some(Value::List(items.into_iter().collect::<Read<_>>()?)))
    }

    fn item(
        &mut self,
        value: &Spanned<DeValue<'_>>,
        item: ItemType,
        name: &str,
        expected: &str,
    ) -> Read<Value> {
        match (item, value.get_ref()) {
            (ItemType::Int(int), DeValue::Integer(integer)) => self
                .integer(value.span(), integer, int, "value")
                .map(Value::Int),
            (ItemType::Bool, DeValue::Boolean(boolean)) => Ok(Value::Bool(*boolean)),
            (ItemType::String, DeValue::String(text)) => Ok(Value::Str(text.replace("\r\n", "\n"))),
            _ => Err(self.wrong_type(value, name, expected)),
        }
    }

    fn wrong_type(&mut self, value: &Spanned<DeValue<'_>>, name: &str, expected: &str) -> Reported {
        self.mismatch(
            value,
            &format!("`{name}`"),
            expected,
            format!("the field `{name}` is declared in `[catalog.fields]`"),
        )
    }

    /// A text: a plain string in the default language, or `{ zh = "…", en = "…" }`.
    fn text(&mut self, value: &Spanned<DeValue<'_>>, what: &str) -> Read<Sp<RawText>> {
        let text = match value.get_ref() {
            DeValue::String(_) => RawText::Plain(self.one_text(value, what)?),
            DeValue::Table(table) => {
                let mut languages = Vec::new();
                for (language, text) in in_file_order(table) {
                    let text =
                        self.one_text(text, &format!("the `{}` text", language.get_ref()))?;
                    let language = Sp {
                        value: language.get_ref().to_string(),
                        span: language.span(),
                    };
                    languages.push((language, text));
                }
                RawText::Languages(languages)
            }
            _ => {
                return Err(self.mismatch(
                    value,
                    what,
                    "a string or a table of languages",
                    format!("write {what} as \"…\" or as {{ en = \"…\", zh = \"…\" }}"),
                ));
            }
        };
        Ok(Sp {
            value: text,
            span: value.span(),
        })
    }

    /// One string of a text, and where its characters start in the file when it spells them as
    /// they are: a literal string (`'…'`, `'''…'''` on one line) or a basic one without escapes.
    fn one_text(&mut self, value: &Spanned<DeValue<'_>>, what: &str) -> Read<Text> {
        let text = self.expect_string(value, what)?;
        let written = self.source.get(text.span.clone()).unwrap_or_default();
        let verbatim_at = ["\"\"\"", "'''", "\"", "'"].iter().find_map(|quote| {
            let inner = written.strip_prefix(quote)?.strip_suffix(quote)?;
            (inner == text.value).then(|| text.span.start + quote.len())
        });
        Ok(Text {
            value: text.value,
            span: text.span,
            verbatim_at,
        })
    }

    /// `args = { balance = "u64" }`: each argument's name and type, in file order.
    fn args(&mut self, value: &Spanned<DeValue<'_>>) -> Read<Vec<(Sp<String>, Sp<String>)>> {
        let DeValue::Table(table) = value.get_ref() else {
            return Err(self.mismatch(
                value,
                "`args`",
                "a table of argument names and types",
                "write it as `args = { balance = \"u64\", currency = \"string\" }`",
            ));
        };
        let mut args = Vec::with_capacity(table.len());
        for (name, ty) in in_file_order(table) {
            let ty = self.expect_string(ty, &format!("the type of `{}`", name.get_ref()))?;
            let name = Sp {
                value: name.get_ref().to_string(),
                span: name.span(),
            };
            args.push((name, ty));
        }
        Ok(args)
    }

    /// `{ ios = "AgoraChatErrorUserMuted" }`: each platform with its name, in file order.
    fn platform_names(
        &mut self,
        value: &Spanned<DeValue<'_>>,
    ) -> Read<Vec<(Sp<String>, Sp<String>)>> {
        let DeValue::Table(table) = value.get_ref() else {
            return Err(self.mismatch(
                value,
                "`platform_names`",
                "a table of names",
                "write it as `platform_names = { ios = \"SomeErrorName\" }`",
            ));
        };
        let mut names = Vec::with_capacity(table.len());
        for (platform, name) in in_file_order(table) {
            let what = format!("the `{}` name", platform.get_ref());
            let name = self.expect_string(name, &what)?;
            let platform = Sp {
                value: platform.get_ref().to_string(),
                span: platform.span(),
            };
            names.push((platform, name));
        }
        Ok(names)
    }
}

/// How a diagnostic names a field's type: "a u16", "a list of strings".
fn describe(ty: FieldType) -> String {
    let item = match ty.item {
        ItemType::Int(int) => int.name(),
        ItemType::Bool => "boolean",
        ItemType::String => "string",
    };
    match (ty.list, ty.item) {
        (false, ItemType::Int(_)) => format!("an integer of type {item}"),
        (false, _) => format!("a {item}"),
        (true, ItemType::Int(_)) => format!("a list of integers of type {item}"),
        (true, _) => format!("a list of {item}s"),
    }
}
