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

    for subcommand in ["explain", "check", "render", "diff", "next-code", "export"] {
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

fn git(dir: &Path, arguments: &[&str]) {
    let status = Command::new("git")
        .args(["-c", "user.name=Test", "-c", "user.email=test@example.com"])
        .args(arguments)
        .current_dir(dir)
        .status()
        .unwrap();
    assert!(status.success(), "git {arguments:?}");
}

#[test]
fn diff_reads_git_revisions_and_gives_the_verdict() {
    let dir = scratch("diff");
    git(&dir, &["init", "--quiet"]);
    write(&dir, "shop.toml", GOOD);
    git(&dir, &["add", "shop.toml"]);
    git(&dir, &["commit", "--quiet", "-m", "the first catalog"]);
    git(&dir, &["tag", "v0.1.0"]);

    let unchanged = chat_errors(&["diff", "v0.1.0:shop.toml", "shop.toml"], &dir);
    assert_eq!(
        (unchanged.status, unchanged.stdout.as_str()),
        (0, "verdict: none\n")
    );

    // Delete the entry and add another: a major change, and a minor one.
    let edited = GOOD.replace(
        "code = 101\nname = \"OUT_OF_STOCK\"\naliases = [\"SOLD_OUT\"]",
        "code = 102\nname = \"CART_FULL\"",
    );
    write(&dir, "shop.toml", &edited);
    let text = chat_errors(&["diff", "v0.1.0:shop.toml", "shop.toml"], &dir);
    assert_eq!(text.status, 0, "{}", text.stderr);
    assert!(
        text.stdout.contains("major  entry_removed"),
        "{}",
        text.stdout
    );
    assert!(
        text.stdout
            .contains("its code can now be reused; retire it instead"),
        "{}",
        text.stdout
    );
    assert!(
        text.stdout.contains("minor  entry_added"),
        "{}",
        text.stdout
    );
    assert!(text.stdout.ends_with("verdict: major\n"), "{}", text.stdout);

    let json = chat_errors(
        &["diff", "--format", "json", "HEAD:shop.toml", "shop.toml"],
        &dir,
    );
    let value: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    assert_eq!(value["verdict"], "major");
    assert_eq!(value["changes"][0]["kind"], "entry_removed");
    assert_eq!(value["changes"][0]["code"], 101);
    assert_eq!(value["changes"][0]["name"], "OUT_OF_STOCK");
    assert_eq!(value["changes"][0]["level"], "major");

    let markdown = chat_errors(
        &[
            "diff",
            "--format",
            "markdown",
            "HEAD:shop.toml",
            "shop.toml",
        ],
        &dir,
    );
    assert!(
        markdown
            .stdout
            .contains("### Added\n\n- `102 CART_FULL`: added (minor)\n"),
        "{}",
        markdown.stdout
    );
    assert!(
        markdown
            .stdout
            .contains("### Removed\n\n- `101 OUT_OF_STOCK`: "),
        "{}",
        markdown.stdout
    );

    let denied = chat_errors(
        &["diff", "--deny", "major", "HEAD:shop.toml", "shop.toml"],
        &dir,
    );
    assert_eq!(denied.status, 1);
    let allowed = chat_errors(
        &[
            "diff",
            "--deny",
            "major",
            "HEAD:shop.toml",
            "HEAD:shop.toml",
        ],
        &dir,
    );
    assert_eq!(allowed.status, 0);

    let broken = chat_errors(&["diff", "no-such-rev:shop.toml", "shop.toml"], &dir);
    assert_eq!(broken.status, 2);
    assert!(
        broken.stderr.contains("cannot read the catalog from git"),
        "{}",
        broken.stderr
    );
}

#[test]
fn next_code_and_retired_codes() {
    let dir = scratch("next");
    let catalog = format!(
        "{GOOD}\n[[error]]\ncode = 102\nname = \"CART_FULL\"\ngroup = \"cart\"\ndescription = \"Full.\"\n\n\
         [[retired]]\ncode = 100\nname = \"OLD_CART\"\nreason = \"no client sends it since 2.0\"\nsince = \"2.0.0\"\n"
    );
    write(&dir, "shop.toml", &catalog);
    let next = chat_errors(&["next-code", "--group", "cart", "shop.toml"], &dir);
    assert_eq!(
        (next.status, next.stdout.as_str()),
        (0, "103\n"),
        "{}",
        next.stderr
    );
    let after = chat_errors(&["next-code", "shop.toml"], &dir);
    assert_eq!(after.stdout, "103\n");
    let unknown = chat_errors(&["next-code", "--group", "till", "shop.toml"], &dir);
    assert_eq!(unknown.status, 1);
    assert!(
        unknown
            .stderr
            .contains("no group `till`: the groups are cart"),
        "{}",
        unknown.stderr
    );

    let retired = chat_errors(&["explain", "--catalog", "shop.toml", "100"], &dir);
    assert_eq!(retired.status, 1);
    assert_eq!(
        retired.stdout,
        "code: 100\nname: OLD_CART\nretired: no client sends it since 2.0\nsince: 2.0.0\n"
    );
    let by_name = chat_errors(&["explain", "--catalog", "shop.toml", "old_cart"], &dir);
    assert_eq!((by_name.status, &by_name.stdout), (1, &retired.stdout));

    let markdown = chat_errors(
        &["render", "--format", "markdown", "--catalog", "shop.toml"],
        &dir,
    );
    assert!(
        markdown
            .stdout
            .contains("\n**Retired codes**\n\n| Code | Name | Since | Reason |\n"),
        "{}",
        markdown.stdout
    );
    assert!(
        markdown
            .stdout
            .contains("| `100` | `OLD_CART` | 2.0.0 | no client sends it since 2.0 |")
    );
    let json = chat_errors(
        &["render", "--format", "json", "--catalog", "shop.toml"],
        &dir,
    );
    let value: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    assert_eq!(value["retired"][0]["code"], 100);
    assert_eq!(value["retired"][0]["since"], "2.0.0");
    let html = chat_errors(
        &["render", "--format", "html", "--catalog", "shop.toml"],
        &dir,
    );
    assert!(
        html.stdout.contains("<section id=\"retired\">"),
        "{}",
        html.stdout
    );
    assert!(
        html.stdout
            .contains("<article id=\"100\" class=\"retired\">")
    );
}

#[test]
fn the_docs_url_reaches_every_view() {
    let dir = scratch("docs");
    let linked = GOOD.replace(
        "code_type = \"u16\"",
        "code_type = \"u16\"\ndocs_url = \"https://shop.example/errors/{code}#{name}\"",
    );
    write(&dir, "shop.toml", &linked);
    let url = "https://shop.example/errors/101#OUT_OF_STOCK";
    let explain = chat_errors(&["explain", "--catalog", "shop.toml", "101"], &dir);
    assert!(
        explain.stdout.ends_with(&format!("docs: {url}\n")),
        "{}",
        explain.stdout
    );
    let json = chat_errors(
        &["render", "--format", "json", "--catalog", "shop.toml"],
        &dir,
    );
    let value: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    assert_eq!(value["entries"][0]["docs_url"], url);
    assert_eq!(
        value["docs_url"],
        "https://shop.example/errors/{code}#{name}"
    );
    let html = chat_errors(
        &["render", "--format", "html", "--catalog", "shop.toml"],
        &dir,
    );
    assert!(
        html.stdout
            .contains(&format!("<a class=\"docs\" href=\"{url}\">docs</a>")),
        "{}",
        html.stdout
    );
}

const WALLET: &str = r#"
[catalog]
enum = "WalletError"
code_type = "u16"
default_language = "en"

[[error]]
code = 5001
name = "CARD_DECLINED"
description = { en = "The card was declined.", zh = "银行卡被拒绝。" }

[[error]]
code = 5002
name = "INSUFFICIENT_FUNDS"
args = { balance = "u64", price = "u64" }
description = { en = "The balance {balance} is below the price {price}.", zh = "余额 {balance} 低于价格 {price}。" }
cause = { en = "Top up at least {price}." }
"#;

#[test]
fn every_subcommand_knows_arguments() {
    let dir = scratch("args");
    write(&dir, "wallet.toml", WALLET);
    let wallet = |arguments: &[&str]| {
        let mut all = arguments.to_vec();
        all.splice(1..1, ["--catalog", "wallet.toml"]);
        chat_errors(&all, &dir)
    };

    let explained = wallet(&[
        "explain",
        "5002",
        "--arg",
        "balance=30",
        "--arg",
        "price=50",
    ]);
    assert_eq!(explained.status, 0, "{}", explained.stderr);
    assert!(
        explained
            .stdout
            .contains("args: balance: u64, price: u64\n"),
        "{}",
        explained.stdout
    );
    assert!(
        explained
            .stdout
            .ends_with("example (en): The balance 30 is below the price 50.\nexample (zh): 余额 30 低于价格 50。\n"),
        "{}",
        explained.stdout
    );
    let partly = wallet(&["explain", "--lang", "zh", "5002", "--arg", "price=50"]);
    assert!(
        partly
            .stdout
            .ends_with("example (zh): 余额 {balance} 低于价格 50。\n"),
        "{}",
        partly.stdout
    );
    for (arguments, complaint) in [
        (
            &["explain", "5002", "--arg", "balanse=30"][..],
            "did you mean `balance`?",
        ),
        (
            &["explain", "5002", "--arg", "price=-1"],
            "`price` is a u64: `-1` is not one",
        ),
        (
            &["explain", "5001", "--arg", "price=1"],
            "takes no arguments",
        ),
    ] {
        let wrong = wallet(arguments);
        assert_eq!(
            (wrong.status, wrong.stdout.as_str()),
            (2, ""),
            "{arguments:?}"
        );
        assert!(wrong.stderr.contains(complaint), "{}", wrong.stderr);
    }
    let logged = wallet(&["explain", "余额 1200 低于价格 1500"]);
    assert_eq!(logged.status, 0, "{}", logged.stderr);
    assert!(
        logged.stdout.contains("\n5002 INSUFFICIENT_FUNDS: "),
        "{}",
        logged.stdout
    );

    let markdown = wallet(&["render", "--format", "markdown"]);
    assert!(
        markdown.stdout.contains(
            "| `5002` | `INSUFFICIENT_FUNDS` | The balance {balance} is below the price {price}. | `balance: u64`, `price: u64` |"
        ),
        "{}",
        markdown.stdout
    );
    let json: serde_json::Value =
        serde_json::from_str(&wallet(&["render", "--format", "json"]).stdout).unwrap();
    assert_eq!(json["entries"][0]["args"], serde_json::json!([]));
    assert_eq!(
        json["entries"][1]["args"],
        serde_json::json!([{"name": "balance", "type": "u64"}, {"name": "price", "type": "u64"}])
    );
    let html = wallet(&["render", "--format", "html"]).stdout;
    assert!(html.contains("<code>balance: u64</code>, <code>price: u64</code>"));

    let counted = chat_errors(&["check", "--translations", "wallet.toml"], &dir);
    assert_eq!(counted.status, 0, "{}", counted.stderr);
    assert!(
        counted.stdout.ends_with(
            "  en  3 of 3 texts\n  zh  2 of 3 texts, 1 missing; falls back to the default in:\n        5002 INSUFFICIENT_FUNDS (cause)\n"
        ),
        "{}",
        counted.stdout
    );
    let denied = chat_errors(
        &["check", "--deny-missing", "en,zh-CN", "wallet.toml"],
        &dir,
    );
    assert_eq!(denied.status, 1);
    assert_eq!(
        denied.stderr,
        "wallet.toml: `zh` lacks 1 text (--deny-missing zh-CN)\n"
    );
    let json = chat_errors(
        &[
            "check",
            "--deny-missing",
            "en",
            "--message-format",
            "json",
            "wallet.toml",
        ],
        &dir,
    );
    assert_eq!(json.status, 0, "{}", json.stderr);
    let zh: serde_json::Value = serde_json::from_str(json.stdout.lines().nth(1).unwrap()).unwrap();
    assert_eq!(
        zh,
        serde_json::json!({"file": "wallet.toml", "language": "zh", "texts": 3, "missing": 1,
            "fallbacks": [{"code": 5002, "name": "INSUFFICIENT_FUNDS", "missing": ["cause"]}]})
    );

    // A placeholder the entry does not declare: located, in check as in the macro.
    write(
        &dir,
        "typo.toml",
        &WALLET.replace("{price}.\", zh", "{prise}.\", zh"),
    );
    let typo = chat_errors(&["check", "typo.toml"], &dir);
    assert_eq!(typo.status, 1);
    assert!(
        typo.stderr
            .contains("uses `{prise}`, which the entry does not declare"),
        "{}",
        typo.stderr
    );
    assert!(
        typo.stderr.contains("--> typo.toml:16:64\n"),
        "{}",
        typo.stderr
    );
    assert!(
        typo.stderr.contains("did you mean `{price}`?"),
        "{}",
        typo.stderr
    );

    // The English text changes, the Chinese does not: a note, not a level.
    write(
        &dir,
        "new.toml",
        &WALLET.replace("is below the price", "falls short of the price"),
    );
    let text = chat_errors(&["diff", "wallet.toml", "new.toml"], &dir);
    assert_eq!(text.status, 0, "{}", text.stderr);
    assert!(
        text.stdout.ends_with(
            "verdict: patch\nnote   translation_may_be_stale 5002 INSUFFICIENT_FUNDS: the `en` description changed, the zh did not: its translation may be stale\n"
        ),
        "{}",
        text.stdout
    );
    let json: serde_json::Value = serde_json::from_str(
        &chat_errors(
            &["diff", "--format", "json", "wallet.toml", "new.toml"],
            &dir,
        )
        .stdout,
    )
    .unwrap();
    assert_eq!(json["notes"][0]["kind"], "translation_may_be_stale");
    assert_eq!(json["notes"][0]["code"], 5002);
    assert!(json["notes"][0].get("level").is_none());
    let markdown = chat_errors(
        &["diff", "--format", "markdown", "wallet.toml", "new.toml"],
        &dir,
    )
    .stdout;
    assert!(
        markdown.ends_with("\n<!-- To review:\n- 5002 INSUFFICIENT_FUNDS: the `en` description changed, the zh did not: its translation may be stale\n-->\n"),
        "{markdown}"
    );
    // A changed type is major: the struct changes, and old clients send other data.
    write(
        &dir,
        "typed.toml",
        &WALLET.replace("price = \"u64\"", "price = \"string\""),
    );
    let typed = chat_errors(
        &["diff", "--deny", "major", "wallet.toml", "typed.toml"],
        &dir,
    );
    assert_eq!(typed.status, 1, "{}", typed.stdout);
    // For the exports, whose `message` takes values of any type, the same change is minor.
    assert!(
        typed.stdout.ends_with(
            "verdict: major\nverdict for the exports: typescript minor, kotlin minor, csharp \
             minor, python minor, go minor\n"
        ),
        "{}",
        typed.stdout
    );
}

#[test]
fn export_writes_a_file_or_stdout_and_refuses_a_namespace_the_language_cannot_take() {
    let dir = scratch("export");
    write(&dir, "shop.toml", GOOD);
    let go = chat_errors(
        &[
            "export",
            "--lang",
            "go",
            "--catalog",
            "shop.toml",
            "--namespace",
            "shop",
        ],
        &dir,
    );
    assert_eq!(go.status, 0, "{}", go.stderr);
    assert!(go.stdout.contains("\npackage shop\n"), "{}", go.stdout);
    assert!(
        go.stdout
            .contains("const ShopErrorOutOfStock ShopError = 101\n")
    );

    let out = dir.join("errors dir");
    std::fs::create_dir_all(&out).unwrap();
    let written = chat_errors(
        &[
            "export",
            "--lang",
            "typescript",
            "--catalog",
            "shop.toml",
            "--out",
            "errors dir/shop.ts",
        ],
        &dir,
    );
    assert_eq!((written.status, written.stdout.as_str()), (0, ""));
    let typescript = std::fs::read_to_string(out.join("shop.ts")).unwrap();
    assert!(
        typescript.contains("  OUT_OF_STOCK: 101,\n} as const;"),
        "{typescript}"
    );

    let module = chat_errors(
        &[
            "export",
            "--lang",
            "python",
            "--catalog",
            "shop.toml",
            "--namespace",
            "shop",
        ],
        &dir,
    );
    assert_eq!(module.status, 2);
    assert!(
        module.stderr.contains("drop --namespace"),
        "{}",
        module.stderr
    );
    let dotted = chat_errors(
        &[
            "export",
            "--lang",
            "kotlin",
            "--catalog",
            "shop.toml",
            "--namespace",
            "com.fun.shop",
        ],
        &dir,
    );
    assert_eq!(dotted.status, 2);
    assert!(
        dotted
            .stderr
            .contains("`fun` is not an identifier or is a keyword"),
        "{}",
        dotted.stderr
    );
    let nowhere = chat_errors(
        &[
            "export",
            "--lang",
            "go",
            "--catalog",
            "shop.toml",
            "--out",
            "no such dir/x.go",
        ],
        &dir,
    );
    assert_eq!(nowhere.status, 2);
    assert!(
        nowhere.stderr.contains("cannot write no such dir/x.go"),
        "{}",
        nowhere.stderr
    );
}

#[test]
fn diff_says_what_a_change_means_for_the_exports_where_it_differs() {
    let dir = scratch("diff exports");
    write(&dir, "old.toml", GOOD);
    let added = GOOD.to_owned()
        + "\n[[error]]\ncode = 102\nname = \"CART_FULL\"\ngroup = \"cart\"\ndescription = \"Full.\"\n";
    write(&dir, "new.toml", &added);
    let text = chat_errors(&["diff", "old.toml", "new.toml"], &dir);
    assert_eq!(text.status, 0, "{}", text.stderr);
    assert!(
        text.stdout.contains(
            "minor  entry_added            102 CART_FULL: added\n       exports: major for \
             kotlin: the `Known` enum class gains an entry"
        ),
        "{}",
        text.stdout
    );
    assert!(
        text.stdout
            .contains("verdict: minor\nverdict for the exports: kotlin major\n")
    );

    let exhaustive = added.replace(
        "code_type = \"u16\"",
        "code_type = \"u16\"\nexhaustive = true",
    );
    write(&dir, "exhaustive.toml", &exhaustive);
    let json = chat_errors(
        &["diff", "--format", "json", "new.toml", "exhaustive.toml"],
        &dir,
    );
    let value: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    let change = &value["changes"][0];
    assert_eq!(change["kind"], "exhaustive_added");
    assert_eq!(change["exports"]["go"]["level"], "none", "{change}");
    assert_eq!(value["export_verdicts"]["typescript"], "none");
    // Where no export differs, the JSON is what it was.
    let same = chat_errors(&["diff", "--format", "json", "old.toml", "old.toml"], &dir);
    assert!(!same.stdout.contains("export"), "{}", same.stdout);
}
