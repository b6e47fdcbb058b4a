//! Catalogs for the tests that run the code generator on many inputs: generated ones, mostly
//! broken in some way, and a valid one damaged byte by byte. `no_panic.rs` runs them through the
//! code generator; the compile oracle of the `tests` crate type-checks those it accepts.

use proptest::prelude::*;

/// The catalog that `mutated` damages: the golden snapshot's, which uses every key.
pub const SEED_CATALOG: &str = include_str!("../golden/small.toml");

pub fn name() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => "[A-Z][A-Z0-9]{0,3}(_[A-Z0-9]{1,3}){0,2}",
        1 => "[a-zA-Z0-9_\\- ]{0,8}",
        1 => Just("SELF".to_owned()),
    ]
}

pub fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-z <>\\[\\]()`#*_|&\n]{0,20}",
        "\\PC{0,12}",
        Just("[link](./relative?x=1#获取)".to_owned()),
    ]
}

pub fn texts() -> impl Strategy<Value = String> {
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

pub fn entry() -> impl Strategy<Value = String> {
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

pub fn catalog() -> impl Strategy<Value = String> {
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
pub fn mutated() -> impl Strategy<Value = String> {
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
