//! `[[retired]]`: codes that are entries no more, whose codes and names stay reserved.

use toml::Spanned;
use toml::de::DeValue;

use super::reader::{Reader, optional};
use super::{RawRetired, keys};
use crate::model::CodeType;

impl Reader<'_> {
    /// `[[retired]]` tables, each with its `code`, `name` and `reason`, and optionally `since`.
    pub(super) fn retired(
        &mut self,
        value: &Spanned<DeValue<'_>>,
        code_type: CodeType,
    ) -> Vec<RawRetired> {
        use keys::retired::*;
        let Ok(items) = self.array_of_tables(
            value,
            keys::top::RETIRED,
            "retired code under its own `[[retired]]` header",
        ) else {
            return Vec::new();
        };
        let mut retired = Vec::new();
        for item in items {
            let Ok(table) = self.table(item, "a `[[retired]]` entry") else {
                continue;
            };
            self.known_keys(table, keys::RETIRED, "in a `[[retired]]` entry");
            let header = item.span();
            let code = self.code(header.clone(), table.get(CODE), code_type, "[[retired]]");
            let name = self
                .required(
                    header.clone(),
                    table.get(NAME),
                    NAME,
                    "name = \"OLD_NAME\"",
                    "[[retired]]",
                )
                .and_then(|name| self.expect_string(name, "`name`"));
            let reason = self
                .required(
                    header,
                    table.get(REASON),
                    REASON,
                    "reason = \"why no SDK sends it any more\"",
                    "[[retired]]",
                )
                .and_then(|reason| self.expect_string(reason, "`reason`"));
            let since = optional(table.get(SINCE), |since| {
                self.expect_string(since, "`since`")
            });
            if let (Ok(code), Ok(name), Ok(reason), Ok(since)) = (code, name, reason, since) {
                retired.push(RawRetired {
                    code,
                    name,
                    reason: reason.value,
                    since: since.map(|since| since.value),
                });
            }
        }
        retired
    }
}
