//! The `chat-errors` binary as a person or CI runs it: exit statuses, what goes to stdout and
//! stderr, on catalog files in a directory whose path has a space.

use std::path::{Path, PathBuf};
use std::process::Command;

const GOOD: &str = r#"
[catalog]
enum = "ShopError"
code_type = "u16"

[[catalog.groups]]
name = "cart"
title = "Cart (100–199)"
range = [100, 199]

[[error]]
code = 101
name = "OUT_OF_STOCK"
aliases = ["SOLD_OUT"]
group = "cart"
description = { en = "The item is out of stock.", zh = "商品缺货" }
"#;

/// `name = "x"` where a name must be SCREAMING_SNAKE_CASE, and a duplicate code: two problems.
const BROKEN: &str = "[[error]]\ncode = 1\nname = \"lower\"\ndescription = \"A.\"\n\n\
                      [[error]]\ncode = 1\nname = \"SECOND\"\ndescription = \"B.\"\n";

/// A directory of its own for each test, with a space in its path.
fn scratch(test: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("chat-errors cli {test} {}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

struct Run {
    status: i32,
    stdout: String,
    stderr: String,
}

fn chat_errors(arguments: &[&str], dir: &Path) -> Run {
    let output = Command::new(env!("CARGO_BIN_EXE_chat-errors"))
        .args(arguments)
        .current_dir(dir)
        .output()
        .unwrap();
    Run {
        status: output.status.code().unwrap(),
        stdout: String::from_utf8(output.stdout).unwrap(),
        stderr: String::from_utf8(output.stderr).unwrap(),
    }
}

#[test]
fn explain_a_file_by_code_by_name_in_another_case_and_on_a_miss() {
    let dir = scratch("explain");
    write(&dir, "shop.toml", GOOD);
    let by_code = chat_errors(&["explain", "--catalog", "shop.toml", "101"], &dir);
    assert_eq!(by_code.status, 0, "{}", by_code.stderr);
    assert_eq!(
        by_code.stdout,
        "code: 101\nname: OUT_OF_STOCK\naliases: SOLD_OUT\ndescription (en): The item is out of stock.\n\
         description (zh): 商品缺货\ngroup: Cart (100–199)\n"
    );
    let by_name = chat_errors(&["explain", "--catalog", "shop.toml", "sold_out"], &dir);
    assert_eq!((by_name.status, &by_name.stdout), (0, &by_code.stdout));
    let zh = chat_errors(
        &[
            "explain",
            "--catalog",
            "shop.toml",
            "--lang",
            "zh-CN",
            "101",
        ],
        &dir,
    );
    assert!(zh.stdout.contains("description (zh): 商品缺货\n") && !zh.stdout.contains("(en)"));

    let miss = chat_errors(&["explain", "--catalog", "shop.toml", "OUT_OF_STOK"], &dir);
    assert_eq!(miss.status, 1);
    assert!(miss.stdout.is_empty());
    assert!(
        miss.stderr.contains("did you mean `OUT_OF_STOCK`?"),
        "{}",
        miss.stderr
    );

    let unlisted = chat_errors(&["explain", "--catalog", "shop.toml", "150"], &dir);
    assert_eq!(unlisted.status, 1);
    assert!(
        unlisted
            .stderr
            .contains("shop.toml does not list 150, but its group Cart (100–199) owns it"),
        "{}",
        unlisted.stderr
    );
    let nothing = chat_errors(&["explain", "--catalog", "shop.toml", "250"], &dir);
    assert_eq!(nothing.status, 1);
    assert!(!nothing.stderr.contains("owns it"), "{}", nothing.stderr);
}

#[test]
fn explain_searches_the_built_in_catalogs_and_takes_negative_codes() {
    let dir = scratch("builtin");
    let sdk = chat_errors(&["explain", "206"], &dir);
    assert_eq!(sdk.status, 0);
    assert!(
        sdk.stdout
            .starts_with("code: 206\nname: USER_LOGIN_ANOTHER_DEVICE\n")
    );
    assert!(
        sdk.stdout
            .contains("\ncatalog: sdk (the native SDKs' codes)\n")
    );
    assert!(sdk.stdout.ends_with(
        "web (the Web SDK's own numbering) numbers its codes on its own: its 206 is \
         WEBIM_CONNCTION_USER_LOGIN_ANOTHER_DEVICE (chat-errors explain --catalog web 206)\n"
    ));
    let negative = chat_errors(&["explain", "--catalog", "sdk", "-1"], &dir);
    assert_eq!(
        negative.status, 1,
        "a code, not an option: {}",
        negative.stderr
    );
    assert!(
        negative
            .stderr
            .contains("\"-1\" is neither a code nor a name in sdk")
    );
}

#[test]
fn check_reports_every_problem_located_and_exits_1() {
    let dir = scratch("check");
    write(&dir, "good.toml", GOOD);
    write(&dir, "broken.toml", BROKEN);
    let good = chat_errors(&["check", "good.toml"], &dir);
    assert_eq!(good.status, 0, "{}", good.stderr);
    assert_eq!(good.stdout, "good.toml: ok (1 entries)\n");

    let broken = chat_errors(&["check", "good.toml", "broken.toml"], &dir);
    assert_eq!(broken.status, 1);
    assert!(
        broken.stderr.contains("--> broken.toml:3:8\n"),
        "{}",
        broken.stderr
    );
    assert!(
        broken.stderr.contains("--> broken.toml:7:8\n"),
        "{}",
        broken.stderr
    );
    assert!(
        broken.stderr.contains("duplicate code 1"),
        "{}",
        broken.stderr
    );

    let json = chat_errors(
        &[
            "check",
            "--message-format",
            "json",
            "broken.toml",
            "good.toml",
        ],
        &dir,
    );
    assert_eq!(json.status, 1);
    let lines: Vec<serde_json::Value> = json
        .stdout
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect();
    assert_eq!(lines.len(), 2, "{}", json.stdout);
    assert_eq!(lines[0]["file"], "broken.toml");
    assert_eq!(
        (&lines[0]["line"], &lines[0]["column"]),
        (&3.into(), &8.into())
    );
    assert!(lines[0]["message"].as_str().unwrap().contains("lower"));
    assert!(lines[0]["help"].is_string());
    assert_eq!(
        (&lines[1]["line"], &lines[1]["column"]),
        (&7.into(), &8.into())
    );
    assert_eq!(lines[1]["notes"][0]["line"], 2);

    let missing = chat_errors(&["check", "no such.toml"], &dir);
    assert_eq!(missing.status, 1);
    assert!(
        missing.stderr.contains("cannot read the catalog"),
        "{}",
        missing.stderr
    );
}

#[test]
fn columns_count_characters_not_bytes() {
    let dir = scratch("columns");
    write(
        &dir,
        "zh.toml",
        "[[error]]\ncode = 1\nname = \"NAME\"\ndescription = { 中文 = \"描述\", en = \"x\" }\n",
    );
    let json = chat_errors(&["check", "--message-format", "json", "zh.toml"], &dir);
    let line: serde_json::Value =
        serde_json::from_str(json.stdout.lines().next().unwrap()).unwrap();
    assert_eq!(line["line"], 4);
    let column = line["column"].as_u64().unwrap();
    assert!(column < 40, "a column in characters, not bytes: {column}");
}

#[test]
fn render_prints_every_format_and_help_is_there_for_each_subcommand() {
    let dir = scratch("render");
    write(&dir, "shop.toml", GOOD);
    let markdown = chat_errors(
        &["render", "--format", "markdown", "--catalog", "shop.toml"],
        &dir,
    );
    assert_eq!(markdown.status, 0);
    assert!(
        markdown
            .stdout
            .contains("| `101` | `OUT_OF_STOCK` | The item is out of stock.")
    );
    let json = chat_errors(
        &["render", "--format", "json", "--catalog", "shop.toml"],
        &dir,
    );
    let value: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    assert_eq!(value["entries"][0]["code"], 101);
    assert_eq!(
        value["groups"][0]["ranges"],
        serde_json::json!([[100, 199]])
    );
    let html = chat_errors(
        &["render", "--format", "html", "--catalog", "shop.toml"],
        &dir,
    );
    assert!(html.stdout.starts_with("<!DOCTYPE html>"));
    assert!(html.stdout.contains("<article id=\"101\">"));
    assert!(
        !html.stdout.contains("http://") && !html.stdout.contains("https://"),
        "no network"
    );

    for subcommand in ["explain", "check", "render"] {
        let help = chat_errors(&[subcommand, "--help"], &dir);
        assert_eq!(help.status, 0);
        assert!(
            help.stdout.contains("Usage: chat-errors"),
            "{}",
            help.stdout
        );
        assert!(help.stdout.contains("--"), "{}", help.stdout);
    }
    let unknown = chat_errors(&["render", "--format", "pdf"], &dir);
    assert_eq!(unknown.status, 2);
    assert!(
        unknown
            .stderr
            .contains("possible values: markdown, json, html"),
        "{}",
        unknown.stderr
    );
}
