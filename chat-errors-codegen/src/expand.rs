//! [`Catalog`] → tokens: the enum, its lookup tables, its trait impls and its rustdoc.

use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::{format_ident, quote};

use crate::markdown::inline;
use crate::model::{Catalog, Entry, Texts};

/// From this many codes on, a code that is one more than the previous one is left implicit: the
/// discriminant is the same, and rustc's const evaluation, which looks an enum value's variant
/// up by walking the discriminants, evaluates an implicit one without a query of its own. With
/// 5,000 codes in runs of fifty, a crate defining the enum and using `E::ALL` compiles in 0.3 s
/// instead of 1.8 s. BENCHMARKS.md has the measurements.
const IMPLICIT_DISCRIMINANTS_FROM: usize = 1000;

pub(crate) fn expand(catalog: &Catalog) -> TokenStream {
    let enum_ident = ident(&catalog.enum_name);
    let unknown_code = format_ident!("Unknown{}", enum_ident);
    let unknown_name = format_ident!("Unknown{}Name", enum_ident);
    let paths: Vec<TokenStream> = catalog
        .entries
        .iter()
        .map(|entry| {
            let variant = ident(&entry.variant);
            quote!(#enum_ident::#variant)
        })
        .collect();
    let table = Table {
        catalog,
        paths: &paths,
    };
    let count = catalog.entries.len();

    let enum_doc = enum_doc(catalog);
    let mut previous_code = None;
    let variant_defs = catalog.entries.iter().map(|entry| {
        let doc = variant_doc(catalog, entry);
        let variant = ident(&entry.variant);
        let follows = previous_code.and_then(|code: i32| code.checked_add(1)) == Some(entry.code);
        previous_code = Some(entry.code);
        let discriminant = if follows && count >= IMPLICIT_DISCRIMINANTS_FROM {
            None
        } else {
            let code = Literal::i32_unsuffixed(entry.code);
            Some(quote!(= #code))
        };
        let alias = (entry.variant != entry.name).then(|| {
            let name = &entry.name;
            quote!(#[doc(alias = #name)])
        });
        let deprecated = entry
            .deprecated
            .as_ref()
            .map(|note| quote!(#[deprecated(note = #note)]));
        quote! {
            #[doc = #doc]
            #alias
            #deprecated
            #variant #discriminant,
        }
    });
    // A zero-variant enum cannot have `repr(i32)`; only the fallback after an error has none.
    let (repr, code_body) = if count == 0 {
        (quote!(), quote!(match self {}))
    } else {
        (quote!(#[repr(i32)]), quote!(self as i32))
    };

    let codes = catalog
        .entries
        .iter()
        .map(|e| Literal::i32_unsuffixed(e.code));
    let from_name_body = crate::names::from_name_body(catalog, &paths);
    let default_language = &catalog.default_language;
    let name_body = table.match_self(|e| Some(str_literal(&e.name)), quote!());
    let description_body = table.match_self(
        |e| Some(str_literal(text_in(&e.description, default_language))),
        quote!(),
    );
    let cause_body = table.optional_texts(|e| e.cause.as_ref()?.get(default_language));
    let other_languages = &catalog.languages[1..];
    let description_tables = other_languages.iter().map(|language| {
        let body = table.optional_texts(|e| e.description.get(language));
        quote!(#language => #body,)
    });
    let cause_tables = other_languages.iter().map(|language| {
        let body = table.optional_texts(|e| e.cause.as_ref()?.get(language));
        quote!(#language => #body,)
    });
    let languages = &catalog.languages;
    let aliases_body = table.string_lists(|e| &e.aliases);
    let deprecated_body = table.optional_texts(|e| e.deprecated.as_deref());
    let flags_body = table.string_lists(|e| &e.flags);
    let flag_fns = catalog.flags.iter().map(|flag| {
        let method = format_ident!("is_{}", flag.name);
        let doc = format!(
            "Whether the entry is flagged `{}`: {}",
            flag.name,
            inline(&flag.meaning)
        );
        let flagged: Vec<&TokenStream> = catalog
            .entries
            .iter()
            .zip(&paths)
            .filter(|(entry, _)| entry.flags.contains(&flag.name))
            .map(|(_, path)| path)
            .collect();
        let body = if flagged.is_empty() {
            quote!(false)
        } else {
            quote!(::core::matches!(self, #(#flagged)|*))
        };
        quote! {
            #[doc = #doc]
            #[must_use]
            pub const fn #method(self) -> bool {
                #body
            }
        }
    });
    let groups = groups(catalog, &enum_ident, &table);

    let languages_list = catalog.languages.join("`, `");
    let description_doc =
        format!("What the error means, in the catalog's default language (`{default_language}`).");
    let cause_doc = format!(
        "Why the error happens and what to do, in the catalog's default language \
         (`{default_language}`), where the catalog says."
    );
    let description_in_doc = format!(
        "The description in `language` (one of `{languages_list}`), or `None` where the catalog has no such text."
    );
    let cause_in_doc = format!(
        "The cause in `language` (one of `{languages_list}`), or `None` where the catalog has no such text."
    );
    let unknown_code_doc = format!(
        "A code that is not in [`{enum_ident}`]'s catalog: the error of its `TryFrom<i32>`, which keeps the code."
    );
    let unknown_name_doc = format!(
        "A name that is neither a name nor an alias in [`{enum_ident}`]'s catalog: the error of its `FromStr`."
    );

    let derives = enum_derives();
    quote! {
        #[doc = #enum_doc]
        #repr
        #[non_exhaustive]
        #derives
        pub enum #enum_ident {
            #(#variant_defs)*
        }

        #[allow(deprecated)]
        impl #enum_ident {
            /// Every code of the catalog, in catalog order.
            pub const ALL: &'static [#enum_ident] = {
                // A `static` is built once; a `const` array would be rebuilt wherever it is used.
                static ALL: [#enum_ident; #count] = [#(#paths),*];
                &ALL
            };

            /// Every language tag the catalog's texts use, the default language first.
            pub const LANGUAGES: &'static [&'static str] = &[#(#languages),*];

            /// The numeric code.
            #[must_use]
            pub const fn code(self) -> i32 {
                #code_body
            }

            /// The SDK name, such as `"NETWORK_ERROR"`.
            #[must_use]
            pub const fn name(self) -> &'static str {
                #name_body
            }

            /// The entry with this code, or `None` for a code the catalog does not have.
            #[must_use]
            pub const fn from_code(code: i32) -> ::core::option::Option<Self> {
                match code {
                    #(#codes => ::core::option::Option::Some(#paths),)*
                    _ => ::core::option::Option::None,
                }
            }

            /// The entry with this SDK name or alias (exact match), or `None`.
            #[must_use]
            pub fn from_name(name: &str) -> ::core::option::Option<Self> {
                #from_name_body
            }

            #[doc = #description_doc]
            #[must_use]
            pub const fn description(self) -> &'static str {
                #description_body
            }

            #[doc = #cause_doc]
            #[must_use]
            pub const fn cause(self) -> ::core::option::Option<&'static str> {
                #cause_body
            }

            #[doc = #description_in_doc]
            #[must_use]
            pub fn description_in(self, language: &str) -> ::core::option::Option<&'static str> {
                match language {
                    #default_language => ::core::option::Option::Some(self.description()),
                    #(#description_tables)*
                    _ => ::core::option::Option::None,
                }
            }

            #[doc = #cause_in_doc]
            #[must_use]
            pub fn cause_in(self, language: &str) -> ::core::option::Option<&'static str> {
                match language {
                    #default_language => self.cause(),
                    #(#cause_tables)*
                    _ => ::core::option::Option::None,
                }
            }

            /// The other names [`from_name`](Self::from_name) accepts for this entry.
            #[must_use]
            pub const fn aliases(self) -> &'static [&'static str] {
                #aliases_body
            }

            /// Why the code is retired, if it is; its variant is then `#[deprecated]`.
            #[must_use]
            pub const fn deprecated(self) -> ::core::option::Option<&'static str> {
                #deprecated_body
            }

            /// The names of the entry's flags; each has its own `is_…` method.
            #[must_use]
            pub const fn flags(self) -> &'static [&'static str] {
                #flags_body
            }

            #(#flag_fns)*
        }
        #[automatically_derived]
        impl ::core::fmt::Display for #enum_ident {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                ::core::write!(f, "{} {}: {}", self.code(), self.name(), self.description())
            }
        }

        #[automatically_derived]
        impl ::core::error::Error for #enum_ident {}

        #[automatically_derived]
        impl ::core::convert::From<#enum_ident> for i32 {
            fn from(code: #enum_ident) -> i32 {
                code.code()
            }
        }

        #[automatically_derived]
        impl ::core::convert::TryFrom<i32> for #enum_ident {
            type Error = #unknown_code;

            fn try_from(code: i32) -> ::core::result::Result<Self, #unknown_code> {
                Self::from_code(code).ok_or(#unknown_code(code))
            }
        }

        #[automatically_derived]
        impl ::core::str::FromStr for #enum_ident {
            type Err = #unknown_name;

            fn from_str(name: &str) -> ::core::result::Result<Self, #unknown_name> {
                Self::from_name(name).ok_or(#unknown_name(()))
            }
        }

        #[doc = #unknown_code_doc]
        #[derive(::core::fmt::Debug, ::core::clone::Clone, ::core::marker::Copy, ::core::cmp::PartialEq, ::core::cmp::Eq, ::core::hash::Hash)]
        pub struct #unknown_code(pub i32);

        #[automatically_derived]
        impl ::core::fmt::Display for #unknown_code {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                ::core::write!(f, "unknown error code {}", self.0)
            }
        }

        #[automatically_derived]
        impl ::core::error::Error for #unknown_code {}

        #[doc = #unknown_name_doc]
        #[derive(::core::fmt::Debug, ::core::clone::Clone, ::core::marker::Copy, ::core::cmp::PartialEq, ::core::cmp::Eq, ::core::hash::Hash)]
        pub struct #unknown_name(());

        #[automatically_derived]
        impl ::core::fmt::Display for #unknown_name {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str("unknown error name")
            }
        }

        #[automatically_derived]
        impl ::core::error::Error for #unknown_name {}

        #groups
    }
}

/// The enum's variant paths, for the `match self` tables that every per-entry lookup is.
struct Table<'a> {
    catalog: &'a Catalog,
    paths: &'a [TokenStream],
}

impl Table<'_> {
    /// `match self { … }` with an arm for every entry `arm` gives a value, and one `_` arm with
    /// `default` for the rest: none when every entry has a value (it would be unreachable), and
    /// no `match` at all when none has.
    fn match_self(
        &self,
        arm: impl Fn(&Entry) -> Option<TokenStream>,
        default: TokenStream,
    ) -> TokenStream {
        let mut arms = Vec::with_capacity(self.paths.len());
        for (entry, path) in self.catalog.entries.iter().zip(self.paths) {
            if let Some(value) = arm(entry) {
                arms.push(quote!(#path => #value,));
            }
        }
        if self.paths.is_empty() {
            quote!(match self {})
        } else if arms.is_empty() {
            default
        } else if arms.len() < self.paths.len() {
            quote!(match self { #(#arms)* _ => #default, })
        } else {
            quote!(match self { #(#arms)* })
        }
    }

    fn string_lists(&self, list: impl Fn(&Entry) -> &[String]) -> TokenStream {
        self.match_self(
            |entry| {
                let list = list(entry);
                (!list.is_empty()).then(|| quote!(&[#(#list),*]))
            },
            quote!(&[]),
        )
    }

    fn optional_texts(&self, text: impl Fn(&Entry) -> Option<&str>) -> TokenStream {
        self.match_self(
            |entry| text(entry).map(|text| quote!(::core::option::Option::Some(#text))),
            quote!(::core::option::Option::None),
        )
    }
}

/// `{Enum}Group` and `{Enum}::group()`, when the catalog declares groups.
fn groups(catalog: &Catalog, enum_ident: &Ident, table: &Table<'_>) -> TokenStream {
    if catalog.groups.is_empty() {
        return TokenStream::new();
    }
    let group_ident = format_ident!("{}Group", enum_ident);
    let group_paths: Vec<TokenStream> = catalog
        .groups
        .iter()
        .map(|group| {
            let variant = ident(&group.variant);
            quote!(#group_ident::#variant)
        })
        .collect();
    let variant_defs = catalog.groups.iter().map(|group| {
        let variant = ident(&group.variant);
        let mut doc = inline(&group.title);
        if let Some(text) = &group.doc {
            doc.push_str("\n\n");
            doc.push_str(text);
        }
        quote!(#[doc = #doc] #variant,)
    });
    let names = catalog.groups.iter().map(|group| &group.name);
    let titles = catalog.groups.iter().map(|group| &group.title);
    let members = catalog.groups.iter().map(|group| {
        let members: Vec<&TokenStream> = catalog
            .entries
            .iter()
            .zip(table.paths)
            .filter(|(entry, _)| entry.group.as_ref() == Some(&group.name))
            .map(|(_, path)| path)
            .collect();
        let count = members.len();
        quote!({
            static CODES: [#enum_ident; #count] = [#(#members),*];
            &CODES
        })
    });
    let group_of = table.match_self(
        |entry| {
            let index = catalog
                .groups
                .iter()
                .position(|group| Some(&group.name) == entry.group.as_ref())?;
            Some(group_paths[index].clone())
        },
        quote!(::core::unreachable!()),
    );
    let group_doc = format!("The groups of [`{enum_ident}`]'s codes; see [`{enum_ident}::group`].");
    let derives = enum_derives();
    quote! {
        #[doc = #group_doc]
        #[non_exhaustive]
        #derives
        pub enum #group_ident {
            #(#variant_defs)*
        }

        #[allow(deprecated)]
        impl #group_ident {
            /// Every group, in catalog order.
            pub const ALL: &'static [#group_ident] = &[#(#group_paths),*];

            /// The group's name in the catalog, such as `"user"`.
            #[must_use]
            pub const fn name(self) -> &'static str {
                match self { #(#group_paths => #names,)* }
            }

            /// The group's title, as the docs head it.
            #[must_use]
            pub const fn title(self) -> &'static str {
                match self { #(#group_paths => #titles,)* }
            }

            /// The codes in the group, in catalog order.
            #[must_use]
            pub fn codes(self) -> &'static [#enum_ident] {
                match self { #(#group_paths => #members,)* }
            }
        }

        #[automatically_derived]
        impl ::core::fmt::Display for #group_ident {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(self.title())
            }
        }

        #[allow(deprecated)]
        impl #enum_ident {
            /// The group the entry belongs to.
            #[must_use]
            pub const fn group(self) -> #group_ident {
                #group_of
            }
        }
    }
}

/// What a field-less enum of codes or groups derives: it is a value to copy, compare, sort and
/// hash.
fn enum_derives() -> TokenStream {
    quote! {
        #[derive(
            ::core::fmt::Debug,
            ::core::clone::Clone,
            ::core::marker::Copy,
            ::core::cmp::PartialEq,
            ::core::cmp::Eq,
            ::core::hash::Hash,
            ::core::cmp::PartialOrd,
            ::core::cmp::Ord,
        )]
    }
}

fn ident(name: &str) -> Ident {
    Ident::new(name, Span::call_site())
}

fn str_literal(text: &str) -> TokenStream {
    quote!(#text)
}

fn text_in<'a>(texts: &'a Texts, language: &str) -> &'a str {
    // `check` guarantees every text has the default language.
    texts.get(language).unwrap_or_default()
}

fn enum_doc(catalog: &Catalog) -> String {
    let mut doc = String::new();
    match &catalog.doc {
        Some(text) => doc.push_str(text.trim_end()),
        None => doc.push_str("Error codes of the catalog."),
    }
    if !catalog.flags.is_empty() {
        doc.push_str("\n\n**Flags**\n\n");
        for flag in &catalog.flags {
            doc.push_str(&format!(
                "- [`is_{name}`]({}::is_{name}): {}\n",
                catalog.enum_name,
                inline(&flag.meaning),
                name = flag.name,
            ));
        }
    }
    if catalog.groups.is_empty() {
        code_table(&mut doc, catalog, |_| true);
    }
    for group in &catalog.groups {
        doc.push_str(&format!("\n\n### {}\n", inline(&group.title)));
        if let Some(text) = &group.doc {
            doc.push_str(&format!("\n{}\n", text.trim_end()));
        }
        code_table(&mut doc, catalog, |entry| {
            entry.group.as_ref() == Some(&group.name)
        });
    }
    doc
}

fn code_table(doc: &mut String, catalog: &Catalog, include: impl Fn(&Entry) -> bool) {
    doc.push_str("\n\n| Code | Name | Variant | Description |\n|---:|---|---|---|\n");
    for entry in catalog.entries.iter().filter(|entry| include(entry)) {
        let deprecated = if entry.deprecated.is_some() {
            " (deprecated)"
        } else {
            ""
        };
        doc.push_str(&format!(
            "| {} | `{}` | [`{variant}`]({}::{variant}){deprecated} | {} |\n",
            entry.code,
            entry.name,
            catalog.enum_name,
            inline(text_in(&entry.description, &catalog.default_language)),
            variant = entry.variant,
        ));
    }
}

fn variant_doc(catalog: &Catalog, entry: &Entry) -> String {
    let mut doc = inline(text_in(&entry.description, &catalog.default_language));
    doc.push_str(&format!(
        "\n\n- Code: `{}`\n- SDK name: `{}`\n",
        entry.code, entry.name
    ));
    if !entry.aliases.is_empty() {
        let aliases: Vec<String> = entry.aliases.iter().map(|a| format!("`{a}`")).collect();
        doc.push_str(&format!("- Aliases: {}\n", aliases.join(", ")));
    }
    if let Some(note) = &entry.deprecated {
        doc.push_str(&format!("- Deprecated: {}\n", inline(note)));
    }
    if let Some(group) = catalog
        .groups
        .iter()
        .find(|group| entry.group.as_ref() == Some(&group.name))
    {
        doc.push_str(&format!("- Group: {}\n", inline(&group.title)));
    }
    if !entry.flags.is_empty() {
        let flags: Vec<String> = entry.flags.iter().map(|flag| format!("`{flag}`")).collect();
        doc.push_str(&format!("- Flags: {}\n", flags.join(", ")));
    }
    for (heading, texts) in [
        ("Description", Some(&entry.description)),
        ("Cause", entry.cause.as_ref()),
    ] {
        let Some(texts) = texts else { continue };
        doc.push_str(&format!("\n**{heading}**\n\n"));
        for language in &catalog.languages {
            if let Some(text) = texts.get(language) {
                doc.push_str(&format!("- `{language}`: {}\n", inline(text)));
            }
        }
    }
    doc
}

#[cfg(test)]
mod tests {
    use super::*;

    fn html(markdown: &str) -> String {
        let mut options = pulldown_cmark::Options::empty();
        options.insert(pulldown_cmark::Options::ENABLE_TABLES);
        let mut out = String::new();
        pulldown_cmark::html::push_html(
            &mut out,
            pulldown_cmark::Parser::new_ext(markdown, options),
        );
        out
    }

    fn tricky_catalog() -> Catalog {
        let texts =
            |zh: &str, en: &str| Texts(vec![("zh".into(), zh.into()), ("en".into(), en.into())]);
        Catalog {
            enum_name: "Tricky".into(),
            default_language: "zh".into(),
            languages: vec!["zh".into(), "en".into()],
            doc: Some("The tricky catalog.".into()),
            flags: vec![crate::model::Flag {
                name: "retryable".into(),
                meaning: "Try <again> later.".into(),
            }],
            groups: vec![crate::model::Group {
                name: "odd_ones".into(),
                variant: "OddOnes".into(),
                title: "Odd [ones]".into(),
                doc: Some("Codes with *odd* texts.".into()),
            }],
            entries: vec![Entry {
                code: -7,
                name: "TRICKY_TEXT".into(),
                variant: "TrickyText".into(),
                description: texts("见[文档](https://d.example/x) <b>粗</b>", "a | pipe & [b]"),
                cause: Some(texts("    缩进的行\n```\n围栏\n```", "# heading *star*")),
                aliases: vec!["OLD_TRICKY".into()],
                deprecated: Some("use [NEW] instead".into()),
                group: Some("odd_ones".into()),
                flags: vec!["retryable".into()],
            }],
        }
    }

    #[test]
    fn variant_docs_render_texts_as_written() {
        let catalog = tricky_catalog();
        let rendered = html(&variant_doc(&catalog, &catalog.entries[0]));
        for markup in ["<a ", "<pre", "<b>", "<h1", "<em>", "<table"] {
            assert!(!rendered.contains(markup), "{markup} in {rendered}");
        }
        for shown in [
            "见[文档](https://d.example/x) &lt;b&gt;粗&lt;/b&gt;",
            "a | pipe &amp; [b]",
            "\u{a0}\u{a0}\u{a0}\u{a0}缩进的行<br>```<br>围栏<br>```",
            "# heading *star*",
            "use [NEW] instead",
            "<code>-7</code>",
            "<code>TRICKY_TEXT</code>",
            "<code>OLD_TRICKY</code>",
            "Group: Odd [ones]",
            "Flags: <code>retryable</code>",
        ] {
            assert!(rendered.contains(shown), "{shown} not in {rendered}");
        }
    }

    #[test]
    fn the_enum_doc_has_a_row_per_code() {
        let catalog = tricky_catalog();
        let rendered = html(&enum_doc(&catalog));
        assert!(rendered.starts_with("<p>The tricky catalog.</p>"));
        assert!(
            rendered.contains("<h3>Odd [ones]</h3>\n<p>Codes with <em>odd</em> texts.</p>"),
            "{rendered}"
        );
        assert!(
            rendered.contains("<a href=\"Tricky::is_retryable\"><code>is_retryable</code></a>: Try &lt;again&gt; later."),
            "{rendered}"
        );
        assert_eq!(rendered.matches("<tr>").count(), 2, "{rendered}");
        assert!(
            rendered.contains("<td>见[文档](https://d.example/x) &lt;b&gt;粗&lt;/b&gt;</td>"),
            "{rendered}"
        );
        assert!(
            rendered.contains(
                "<a href=\"Tricky::TrickyText\"><code>TrickyText</code></a> (deprecated)"
            ),
            "{rendered}"
        );
    }

    #[test]
    fn the_sdk_name_is_a_doc_alias_unless_it_is_the_variant() {
        let tokens = expand(&tricky_catalog()).to_string();
        assert!(tokens.contains("doc (alias = \"TRICKY_TEXT\")"), "{tokens}");
        assert!(tokens.contains("deprecated (note = \"use [NEW] instead\")"));
        assert!(tokens.contains("pub const fn is_retryable (self) -> bool { :: core :: matches ! (self , Tricky :: TrickyText) }"), "{tokens}");
        assert!(tokens.contains("pub enum TrickyGroup"));
    }
}
