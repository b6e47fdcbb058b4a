//! Every catalog the code generator accepts compiles: catalogs from the property tests' generator,
//! every shape the expansion takes (small, hashed names, large, huge, string codes, every code
//! type, both forms), and the repository's own, type-checked together in one crate by `cargo check`.
//! A catalog that names a field like a generated item is rejected before it gets there. And an
//! edit that crosses a size threshold keeps the API: `diff` calls it minor, and code written
//! against the catalog before compiles after.

#[path = "../../chat-errors-codegen/tests/support/generate.rs"]
mod generate;
#[path = "support/oracle.rs"]
mod oracle;
// Of the shared helpers, this test uses `workspace` only.
#[allow(dead_code)]
mod support;

use chat_errors_codegen::{Level, diff, parse};
use oracle::{Case, Form};
use proptest::strategy::{Strategy, ValueTree};
use proptest::test_runner::TestRunner;

/// A catalog of `count` entries with every key in use; codes of `code_type`, or strings.
fn shaped(enum_name: &str, count: usize, code_type: &str) -> String {
    let strings = code_type == "string";
    let mut toml = format!(
        "[catalog]\nenum = \"{enum_name}\"\ncode_type = \"{code_type}\"\ndefault_language = \"en\"\n\
         doc = \"A catalog of {count} codes.\"\nlink_base = \"https://d.example/\"\n\
         docs_url = \"https://d.example/errors/{{code}}\"\nserde = true\nmiette = true\n\
         platforms = [\"ios\", \"web\"]\n\n[catalog.flags]\nretryable = \"Try again.\"\nfatal = \"Give up.\"\n\n\
         [catalog.fields]\nweight = {{ type = \"u16\", doc = \"A weight.\", required = true }}\n\
         tags = {{ type = \"[string]\", doc = \"Tags.\" }}\nlevel = {{ type = \"i8\", doc = \"A level.\" }}\n\
         public = {{ type = \"bool\", doc = \"Shown to users.\" }}\nlimits = {{ type = \"[u64]\", doc = \"Limits.\" }}\n"
    );
    let groups = ["low", "high", "odd"];
    for (index, group) in groups.iter().enumerate() {
        toml +=
            &format!("\n[[catalog.groups]]\nname = \"{group}\"\ntitle = \"The {group} codes\"\n");
        match (strings, index) {
            (true, 0) => toml += "prefix = \"L\"\n",
            (true, 1) => toml += "prefix = \"H\"\n",
            (false, 0) => toml += &format!("range = [0, {}]\n", count / 2 - 1),
            (false, 1) => toml += &format!("ranges = [[{}, {}]]\n", count / 2, count * 3),
            _ => {}
        }
    }
    for i in 0..count {
        let low = i < count / 2;
        let code = match (strings, low) {
            (true, true) => format!("\"L{i}\""),
            (true, false) => format!("\"H{i}\""),
            (false, true) => i.to_string(),
            (false, false) => (i + i / 7).to_string(),
        };
        let group = if low { "low" } else { "high" };
        toml += &format!(
            "\n[[error]]\ncode = {code}\nname = \"ENTRY_{i}\"\ngroup = \"{group}\"\nweight = {}\n",
            i % 1000,
        );
        // Every fifth entry carries what happened; the others' braces are literal.
        toml += &if i % 5 == 1 {
            "args = { amount = \"u64\", who = \"string\", ok = \"bool\", delta = \"i16\" }\n\
             description = { en = \"{who} owes {amount} ({ok}, {delta}) {{{{braces}}}}\", \"zh-CN\" = \"{who} 欠 {amount}（{ok}，{delta}）\", \"zh-TW\" = \"{who} 欠 {amount}（{ok}，{delta}）\" }\n".to_owned()
        } else {
            format!(
                "description = {{ en = \"Entry {i} [see](./entry) `{{braces}}` \\\\ \\\"q\\\"\", \"zh-CN\" = \"条目 {i}\", \"zh-TW\" = \"條目 {i}\" }}\n"
            )
        };
        for (every, line) in [
            (5, format!("aliases = [\"OLD_{i}\", \"OLDER_{i}\"]")),
            (
                7,
                format!("platform_names = {{ ios = \"IosError{i}\", web = \"web_{i}\" }}"),
            ),
            (3, format!("cause = \"Cause {i}.\"")),
            (
                11,
                format!("note = {{ en = \"Note {i}.\", \"zh-CN\" = \"注 {i}\" }}"),
            ),
            (13, format!("deprecated = \"replaced by ENTRY_{}\"", i + 1)),
            (4, "flags = [\"retryable\", \"fatal\"]".to_owned()),
            (6, format!("tags = [\"t{i}\", \"u{i}\"]")),
            (2, format!("level = {}", (i % 200) as i64 - 100)),
            (9, "public = true".to_owned()),
            (8, format!("limits = [{i}, 18446744073709551615]")),
        ] {
            if i % every == 0 {
                toml += &line;
                toml.push('\n');
            }
        }
    }
    let retired = if strings {
        "\"R1\"".to_owned()
    } else {
        (count * 3 - 1).to_string()
    };
    toml += &format!(
        "\n[[retired]]\ncode = {retired}\nname = \"GONE\"\nreason = \"No server sends it.\"\nsince = \"1.0\"\n"
    );
    toml
}

/// A catalog of `count` plain entries, each with `names` names in all (its name and aliases).
fn plain(enum_name: &str, count: usize, names: usize, strings: bool) -> String {
    let mut toml = format!("[catalog]\nenum = \"{enum_name}\"\n");
    if strings {
        toml += "code_type = \"string\"\n";
    }
    for i in 0..count {
        let code = if strings {
            format!("\"C{i}\"")
        } else {
            i.to_string()
        };
        toml +=
            &format!("\n[[error]]\ncode = {code}\nname = \"E{i}\"\ndescription = \"Entry {i}.\"\n");
        let aliases: Vec<String> = (1..names)
            .map(|alias| format!("\"E{i}_{alias}\""))
            .collect();
        if !aliases.is_empty() {
            toml += &format!("aliases = [{}]\n", aliases.join(", "));
        }
    }
    toml
}

/// Catalogs from the property tests' generator that the code generator accepts, drawn with a fixed
/// seed so every run checks the same ones.
fn generated(count: usize) -> Vec<String> {
    let mut runner = TestRunner::deterministic();
    let mut accepted = Vec::new();
    for (strategy, tries) in [
        (generate::catalog().boxed(), count * 8),
        (generate::mutated().boxed(), count * 4),
    ] {
        let mut found = 0;
        for _ in 0..tries {
            let source = strategy.new_tree(&mut runner).unwrap().current();
            if found < count && parse(&source).is_ok() {
                accepted.push(source);
                found += 1;
            }
        }
    }
    accepted
}

#[test]
fn every_accepted_catalog_compiles() {
    let mut cases = Vec::new();
    let mut add = |toml: String, form: Form| {
        let module = format!("c{}", cases.len());
        cases.push(Case { module, toml, form });
    };
    for source in generated(40) {
        add(source, Form::Macro);
    }
    // Every shape the expansion takes, through both forms.
    for form in [Form::Macro, Form::Attribute] {
        add(shaped("Small", 12, "i32"), form);
        add(shaped("Hashed", 300, "i32"), form);
        add(shaped("StringCodes", 40, "string"), form);
        add(shaped("Large", 1_000, "i64"), form);
    }
    add(shaped("Huge", 10_000, "i32"), Form::Macro);
    add(shaped("HugeStrings", 10_000, "string"), Form::Attribute);
    for code_type in ["i8", "i16", "i64", "u8", "u16", "u32"] {
        add(
            shaped(&format!("Code{code_type}"), 40, code_type),
            Form::Macro,
        );
    }
    // The size thresholds, on either side: the expansion's shape changes, its API must not.
    for (count, names, strings) in [
        (255, 1, false),
        (128, 2, false),
        (999, 1, false),
        (1_000, 1, false),
        (9_999, 1, false),
        (10_000, 1, false),
        (9_999, 1, true),
        (10_000, 1, true),
    ] {
        add(
            plain(
                &format!("Plain{count}x{names}{strings}"),
                count,
                names,
                strings,
            ),
            Form::Macro,
        );
    }
    // The repository's catalogs.
    let workspace = support::workspace();
    for file in [
        "errors.toml",
        "rest-errors.toml",
        "web-errors.toml",
        "examples/catalogs/payments.toml",
    ]
    .into_iter()
    .map(|file| workspace.join(file))
    .chain(
        std::fs::read_dir(workspace.join("tests/catalogs"))
            .unwrap()
            .map(|entry| entry.unwrap().path()),
    ) {
        let toml = std::fs::read_to_string(&file).unwrap();
        // The Agora catalogs implement miette and serde behind features of the runtime crate.
        add(
            toml.replace("{ feature = \"miette\" }", "true")
                .replace("{ feature = \"serde\" }", "true"),
            Form::Macro,
        );
    }
    let root = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("compile-oracle");
    if let Err(errors) = oracle::check(&root, &workspace.join("chat-errors"), &cases) {
        let shown: Vec<String> = errors
            .iter()
            .map(|(module, errors)| {
                let toml = cases
                    .iter()
                    .find(|case| &case.module == module)
                    .map_or("", |case| case.toml.as_str());
                format!("{module} does not compile:\n{errors}\nits catalog:\n{toml}")
            })
            .collect();
        panic!("{}", shown.join("\n\n"));
    }
}

#[test]
fn crossing_a_size_threshold_is_a_minor_change() {
    for (before, after, names, strings) in [
        (255, 256, 1, false),
        (127, 128, 2, false),
        (999, 1_000, 1, false),
        (9_999, 10_000, 1, false),
        (9_999, 10_000, 1, true),
    ] {
        let old = parse(&plain("Plain", before, names, strings)).unwrap();
        let new = parse(&plain("Plain", after, names, strings)).unwrap();
        let verdict = diff(&old, &new);
        assert_eq!(
            verdict.verdict(),
            Level::Minor,
            "{before} to {after}: {:?}",
            verdict.changes
        );
    }
    // That code written against the smaller catalog compiles against the larger is the oracle's:
    // both sizes of each pair are among its catalogs, behind the same code.
}

#[test]
fn a_field_named_like_a_generated_item_is_rejected_where_it_is_declared() {
    let names = chat_errors_codegen::reserved_names()
        .chain(["is_retryable"])
        .filter(|name| name.chars().all(|c| c.is_ascii_lowercase() || c == '_'));
    for name in names {
        let source = format!(
            "[catalog.flags]\nretryable = \"Try again.\"\n\n[catalog.fields]\n{name} = {{ type = \"u8\", doc = \"x\" }}\n\n\
             [[error]]\ncode = 1\nname = \"ONE\"\ndescription = \"One.\"\n"
        );
        let rejected = parse(&source).expect_err(name);
        let at = source.find(&format!("\n{name} =")).unwrap() + 1;
        assert!(
            rejected
                .diagnostics
                .iter()
                .any(|diagnostic| diagnostic.span == Some(at..at + name.len())),
            "{name}: {:?}",
            rejected.diagnostics
        );
    }
}
