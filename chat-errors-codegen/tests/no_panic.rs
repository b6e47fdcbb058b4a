//! No input makes the codegen panic: generated catalogs (valid and not) and mutated real ones
//! come back as tokens or as diagnostics that render, never as a panic.

use std::collections::HashSet;

use proptest::prelude::*;

const SEED_CATALOG: &str = include_str!("golden/small.toml");

/// Parses, then expands or renders every diagnostic, checking what holds either way.
fn run(source: &str) {
    match chat_errors_codegen::parse(source) {
        Ok(catalog) => {
            assert!(!catalog.entries.is_empty());
            let codes: HashSet<&chat_errors_codegen::Code> =
                catalog.entries.iter().map(|e| &e.code).collect();
            assert_eq!(
                codes.len(),
                catalog.entries.len(),
                "duplicate codes accepted"
            );
            let names: HashSet<&str> = catalog.names().map(|(name, _)| name).collect();
            assert_eq!(
                names.len(),
                catalog.names().count(),
                "duplicate names accepted"
            );
            let source = chat_errors_codegen::expand(&catalog);
            // The macro hands this text to rustc's lexer: it must be Rust.
            let file =
                syn::parse_file(&source).unwrap_or_else(|error| panic!("{error}:\n{source}"));
            assert!(!file.items.is_empty());
        }
        Err(rejected) => {
            assert!(
                !rejected.diagnostics.is_empty(),
                "rejected without a reason"
            );
            for diagnostic in &rejected.diagnostics {
                if let Some(span) = &diagnostic.span {
                    assert!(
                        span.start <= source.len(),
                        "{diagnostic:?} lies outside the file"
                    );
                }
                let text = diagnostic.render("catalog.toml", source);
                assert!(text.contains("--> catalog.toml"), "{text}");
            }
            if let Some(name) = rejected.enum_name {
                assert!(!chat_errors_codegen::fallback(&name, rejected.code_type).is_empty());
            }
        }
    }
}

fn name() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => "[A-Z][A-Z0-9]{0,3}(_[A-Z0-9]{1,3}){0,2}",
        1 => "[a-zA-Z0-9_\\- ]{0,8}",
        1 => Just("SELF".to_owned()),
    ]
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-z <>\\[\\]()`#*_|&\n]{0,20}",
        "\\PC{0,12}",
        Just("[link](./relative?x=1#获取)".to_owned()),
    ]
}

fn texts() -> impl Strategy<Value = String> {
    prop_oneof![
        text().prop_map(|t| format!("{t:?}")),
        proptest::collection::vec(("(zh|en|fr|)", text()), 0..3).prop_map(|pairs| {
            let fields: Vec<String> = pairs
                .iter()
                .map(|(language, text)| format!("{language:?} = {text:?}"))
                .collect();
            format!("{{ {} }}", fields.join(", "))
        }),
        Just("42".to_owned()),
    ]
}

fn entry() -> impl Strategy<Value = String> {
    (
        prop_oneof![
            4 => (-3i64..6).prop_map(|c| c.to_string()),
            1 => Just("2147483648".to_owned()),
            1 => Just("\"7\"".to_owned()),
        ],
        proptest::option::weighted(0.9, name()),
        proptest::option::weighted(0.9, texts()),
        proptest::option::of(texts()),
        proptest::collection::vec(name(), 0..2),
        proptest::option::weighted(0.2, text()),
        proptest::option::weighted(0.05, Just("colour = \"red\"".to_owned())),
        proptest::option::weighted(0.2, texts()),
        proptest::option::weighted(
            0.3,
            (
                "(ios|web|)",
                prop_oneof![name(), "[A-Za-z][A-Za-z0-9]{0,8}"],
            ),
        ),
    )
        .prop_map(
            |(
                code,
                name,
                description,
                cause,
                aliases,
                deprecated,
                unknown,
                note,
                platform_name,
            )| {
                let mut lines = vec!["[[error]]".to_owned(), format!("code = {code}")];
                lines.extend(name.map(|n| format!("name = {n:?}")));
                lines.extend(description.map(|d| format!("description = {d}")));
                lines.extend(cause.map(|c| format!("cause = {c}")));
                if !aliases.is_empty() {
                    lines.push(format!("aliases = {aliases:?}"));
                }
                lines.extend(deprecated.map(|d| format!("deprecated = {d:?}")));
                lines.extend(note.map(|n| format!("note = {n}")));
                lines.extend(platform_name.map(|(platform, name)| {
                    format!("platform_names = {{ {platform:?} = {name:?} }}")
                }));
                lines.extend(unknown);
                lines.join("\n")
            },
        )
}

fn catalog() -> impl Strategy<Value = String> {
    (
        proptest::option::of(prop_oneof![
            Just("ErrorCode".to_owned()),
            Just("Error Code".to_owned()),
            Just("enum".to_owned()),
            "[A-Za-z_][A-Za-z0-9_]{0,6}",
        ]),
        proptest::option::of("(zh|en|)"),
        proptest::option::of(prop_oneof![
            Just("https://d.example/x/".to_owned()),
            Just("nope".to_owned())
        ]),
        proptest::collection::vec(entry(), 0..6),
        proptest::option::of(proptest::collection::vec("(ios|android|iOS)", 0..3)),
    )
        .prop_map(|(enum_name, language, link_base, entries, platforms)| {
            let mut out = String::from("[catalog]\n");
            out.extend(platforms.map(|p| format!("platforms = {p:?}\n")));
            out.extend(enum_name.map(|n| format!("enum = {n:?}\n")));
            out.extend(language.map(|l| format!("default_language = {l:?}\n")));
            out.extend(link_base.map(|b| format!("link_base = {b:?}\n")));
            out.push('\n');
            out.push_str(&entries.join("\n\n"));
            out
        })
}

/// Byte-level damage to a valid catalog, snapped to character boundaries.
fn mutated() -> impl Strategy<Value = String> {
    let length = SEED_CATALOG.len();
    proptest::collection::vec(
        (0..length, 0..8usize, "\\PC{0,4}|[\"'\\[\\]{}=\n\r\u{feff}]"),
        1..5,
    )
    .prop_map(|edits| {
        let mut text = SEED_CATALOG.to_owned();
        for (at, remove, insert) in edits {
            let mut start = at.min(text.len());
            while !text.is_char_boundary(start) {
                start -= 1;
            }
            let mut end = (start + remove).min(text.len());
            while !text.is_char_boundary(end) {
                end -= 1;
            }
            text.replace_range(start..end, &insert);
        }
        text
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn generated_catalogs_give_tokens_or_diagnostics(source in catalog()) {
        run(&source);
    }

    #[test]
    fn mutated_catalogs_give_tokens_or_diagnostics(source in mutated()) {
        run(&source);
    }

    #[test]
    fn arbitrary_text_gives_tokens_or_diagnostics(source in "\\PC{0,64}") {
        run(&source);
    }
}

/// Unique codes and unique letter-only names (whose variants cannot collide) are always accepted,
/// and the catalog keeps them in file order.
#[test]
fn valid_catalogs_are_accepted() {
    let entries =
        proptest::collection::btree_map(any::<i32>(), "[A-Z]{1,4}(_[A-Z]{1,4}){0,2}", 1..40);
    proptest!(|(entries in entries)| {
        let mut seen = HashSet::new();
        let entries: Vec<(i32, String)> = entries
            .into_iter()
            .filter(|(_, name)| name != "SELF" && seen.insert(name.clone()))
            .collect();
        let source: String = entries
            .iter()
            .map(|(code, name)| format!("[[error]]\ncode = {code}\nname = {name:?}\ndescription = \"d\"\n"))
            .collect();
        let catalog = chat_errors_codegen::parse(&source).unwrap();
        let parsed: Vec<(i32, String)> =
            catalog.entries.iter().map(|e| (code_of(e), e.name.clone())).collect();
        prop_assert_eq!(parsed, entries);
        run(&source);
    });
}

fn code_of(entry: &chat_errors_codegen::Entry) -> i32 {
    match entry.code {
        chat_errors_codegen::Code::Int(code) => i32::try_from(code).unwrap(),
        chat_errors_codegen::Code::Str(_) => panic!("an i32 catalog has integer codes"),
    }
}

#[test]
fn the_seed_catalog_itself_is_valid() {
    assert!(chat_errors_codegen::parse(SEED_CATALOG).is_ok());
}
