//! The HTML error index as a person sees it: rendered by headless Chromium from a `file://` URL,
//! read back through the page's own visible text. Without a browser the test says that it was
//! skipped, on the terminal rather than in captured output; with `CHAT_ERRORS_REQUIRE_BROWSER`
//! set (as `.ci/run` sets it) a missing browser fails it.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use chat_errors_cli::{Builtin, views};

fn browser() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("CHROMIUM") {
        return Some(path.into());
    }
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .flat_map(|dir| {
            [
                "chromium",
                "chromium-browser",
                "google-chrome",
                "google-chrome-stable",
            ]
            .map(|name| dir.join(name))
        })
        .find(|candidate| candidate.is_file())
}

/// What the page shows at `query` (such as `?q=muted`): the ids of the entries not hidden, and
/// the text of the headings, labels and texts the styles show, as a frame of a small page of our
/// own reads them.
fn shown(browser: &Path, dir: &Path, page: &str, query: &str) -> (Vec<String>, String) {
    let harness = dir.join("harness.html");
    std::fs::write(
        &harness,
        format!(
            r#"<!DOCTYPE html><meta charset="utf-8"><pre id="out"></pre>
<iframe id="frame" src="{page}{query}" width="1200" height="800"></iframe>
<script>
document.getElementById("frame").onload = function () {{
  var page = this.contentDocument;
  // What the styles show: not hidden, and not in a language switched off. (`innerText` would
  // leave out entries that `content-visibility` has not rendered yet.)
  var visible = function (element) {{ return element.checkVisibility(); }};
  var ids = Array.prototype.filter.call(page.querySelectorAll("article"), visible)
    .map(function (article) {{ return article.id; }});
  var text = Array.prototype.filter.call(page.querySelectorAll("h1, h2 span, h3, dt span, dd"), visible)
    .map(function (element) {{ return element.textContent; }}).join("\n");
  document.getElementById("out").textContent = JSON.stringify({{ ids: ids, text: text }});
}};
</script>"#
        ),
    )
    .unwrap();
    let output = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--allow-file-access-from-files",
            "--virtual-time-budget=20000",
            "--dump-dom",
        ])
        .arg(format!("file://{}", harness.display()))
        .output()
        .unwrap();
    let dom = String::from_utf8_lossy(&output.stdout);
    let start = dom.find("<pre id=\"out\">").expect("the harness ran") + "<pre id=\"out\">".len();
    let end = start + dom[start..].find("</pre>").unwrap();
    let json = dom[start..end]
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
    let value: serde_json::Value = serde_json::from_str(&json).unwrap_or_else(|error| {
        panic!(
            "{error}: {json:?}\n{}",
            String::from_utf8_lossy(&output.stderr)
        )
    });
    let ids = value["ids"]
        .as_array()
        .unwrap()
        .iter()
        .map(|id| id.as_str().unwrap().to_owned())
        .collect();
    (ids, value["text"].as_str().unwrap().to_owned())
}

/// The browser, or `None` after saying that `test` was skipped for want of one.
fn browser_for(test: &str) -> Option<PathBuf> {
    let browser = browser();
    if browser.is_none() {
        assert!(
            std::env::var_os("CHAT_ERRORS_REQUIRE_BROWSER").is_none(),
            "CHAT_ERRORS_REQUIRE_BROWSER is set, but no Chromium is on PATH (or in CHROMIUM)"
        );
        let _ = writeln!(
            std::io::stderr(),
            "skipped {test}: no Chromium on PATH (install chromium, or set CHROMIUM to its path)"
        );
    }
    browser
}

/// A directory of its own for each test, with a space in its path.
fn scratch(test: &str) -> PathBuf {
    let dir =
        std::env::temp_dir().join(format!("chat-errors browser {test} {}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn the_html_page_shows_every_code_filters_by_query_and_switches_language() {
    let Some(browser) =
        browser_for("the_html_page_shows_every_code_filters_by_query_and_switches_language")
    else {
        return;
    };
    let dir = scratch("index");
    let catalog = Builtin::Sdk.load().catalog;
    std::fs::write(dir.join("errors page.html"), views::html(&catalog, None)).unwrap();
    let page = "errors%20page.html";

    // The page lists the entries group by group.
    let entries: Vec<&chat_errors_codegen::Entry> = (0..catalog.groups.len())
        .flat_map(|group| catalog.members(group))
        .collect();
    let (all, _) = shown(&browser, &dir, page, "");
    let codes: Vec<String> = entries.iter().map(|entry| entry.code.to_string()).collect();
    assert_eq!(all, codes, "every code, group by group");
    assert_eq!(codes.len(), catalog.entries.len());
    // Entries out of view are not rendered (`content-visibility`), so a query brings 215 up.
    let (_, text) = shown(&browser, &dir, page, "?q=215");
    assert!(
        text.contains("用户被禁言"),
        "the default language shows: {text}"
    );
    assert!(
        !text.contains("The user is muted."),
        "other languages stay hidden: {text}"
    );

    let (muted, _) = shown(&browser, &dir, page, "?q=muted");
    let expected: Vec<String> = entries
        .iter()
        .filter(|entry| {
            let mut haystack = format!(
                "{} {}",
                entry.code,
                entry.names().collect::<Vec<_>>().join(" ")
            );
            for texts in [
                Some(&entry.description),
                entry.cause.as_ref(),
                entry.note.as_ref(),
            ]
            .into_iter()
            .flatten()
            {
                for (_, text) in &texts.0 {
                    haystack.push(' ');
                    haystack.push_str(text);
                }
            }
            haystack.to_lowercase().contains("muted")
        })
        .map(|entry| entry.code.to_string())
        .collect();
    assert!(muted.contains(&"215".to_owned()), "{muted:?}");
    assert!(muted.len() < codes.len());
    assert_eq!(muted, expected);

    let (_, english) = shown(&browser, &dir, page, "?lang=en&q=215");
    assert!(english.contains("The user is muted."), "{english}");
    assert!(!english.contains("用户被禁言"), "{english}");
    assert!(english.contains("Description"), "English labels: {english}");
}

#[test]
fn the_search_finds_a_message_with_values_in_its_placeholders_as_explain_does() {
    let Some(browser) =
        browser_for("the_search_finds_a_message_with_values_in_its_placeholders_as_explain_does")
    else {
        return;
    };
    let dir = scratch("args");
    let path = dir.join("wallet.toml");
    std::fs::write(
        &path,
        r#"[catalog]
enum = "WalletError"
code_type = "u16"

[[error]]
code = 5001
name = "CARD_DECLINED"
description = { en = "The card was declined: {no placeholder here}.", zh = "银行卡被拒绝。" }

[[error]]
code = 5002
name = "INSUFFICIENT_FUNDS"
args = { balance = "u64", price = "u64" }
description = { en = "The balance {balance} is below the price {price}.", zh = "余额 {balance} 低于价格 {price}。" }
cause = { en = "Top up at least {price}." }

[[error]]
code = 5003
name = "ACCOUNT_FROZEN"
args = { account = "string", appeal = "bool" }
description = { en = "{{{account}}} is frozen (appeal: {appeal}).", zh = "{{{account}}} 已冻结（申诉：{appeal}）。" }
"#,
    )
    .unwrap();
    let catalog = chat_errors_cli::load_file(&path).unwrap().catalog;
    std::fs::write(dir.join("wallet.html"), views::html(&catalog, None)).unwrap();
    let (_, text) = shown(&browser, &dir, "wallet.html", "?q=5002");
    assert!(text.contains("balance: u64, price: u64"), "{text}");

    for (query, expected) in [
        ("The balance 30 is below the price 50.", &["5002"][..]),
        ("balance 30 is BELOW", &["5002"]),
        ("余额 30 低于价格 5", &["5002"]),
        ("top up at least 12", &["5002"]),
        ("The balance thirty is below", &[]),
        ("{alice smith} is frozen (appeal: true)", &["5003"]),
        ("is frozen (appeal: maybe)", &[]),
        ("declined: {no placeholder here}", &["5001"]),
        ("declined: 30", &[]),
    ] {
        let found: Vec<String> = chat_errors_cli::lookup::mentioning(&catalog, query)
            .iter()
            .map(|entry| entry.code.to_string())
            .collect();
        assert_eq!(found, expected, "explain finds {query:?}");
        let (ids, _) = shown(
            &browser,
            &dir,
            "wallet.html",
            &format!("?q={}", encode(query)),
        );
        assert_eq!(ids, expected, "the page finds {query:?}");
    }
}

/// `text` as a URL's query value.
fn encode(text: &str) -> String {
    text.bytes()
        .map(|byte| match byte {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'-' | b'.' | b'_' => {
                char::from(byte).to_string()
            }
            _ => format!("%{byte:02X}"),
        })
        .collect()
}
