//! How the HTML error index (`chat-errors render --format html`) behaves in a real browser at
//! 10,000 codes: the time to open the page, and the work a keystroke in the search box costs
//! before the next frame, in headless Chromium.
//!
//! ```text
//! cargo run -p chat-errors-benches --release --bin html-page [-- CODES]
//! ```
//!
//! Needs `chromium` on PATH (or `CHROMIUM`). The page and a small harness page that loads it in
//! a frame are written to a temporary directory; the harness measures with `performance.now()`
//! (a keystroke: the page's filter, then the style and layout it causes) and the browser prints
//! the result when the page has loaded.

use std::fmt::Write as _;
use std::process::Command;

use chat_errors_benches::synthetic::synthetic;

const HARNESS: &str = r#"<!DOCTYPE html><meta charset="utf-8"><pre id="out">running</pre>
<iframe id="frame" width="1200" height="900"></iframe>
<script>
var frame = document.getElementById("frame");
var out = document.getElementById("out");
var started = performance.now();
frame.onload = function () {
  var loaded = performance.now() - started;
  var page = frame.contentWindow;
  var input = page.document.getElementById("q");
  var typed = ["s", "sy", "syn", "synthetic operation 4", "synthetic operation 42", "", "timeout", "99"];
  var times = [];
  typed.forEach(function (query) {
    var begin = performance.now();
    input.value = query;
    input.dispatchEvent(new page.Event("input"));
    // Style and layout of what the filter changed, as the next frame needs them.
    void page.document.body.offsetHeight;
    times.push({ query: query, ms: performance.now() - begin,
                 shown: page.document.getElementById("count").textContent });
  });
  out.textContent = JSON.stringify({ load_ms: loaded, keystrokes: times });
};
frame.src = "page.html";
</script>"#;

fn main() {
    let count: usize = std::env::args()
        .nth(1)
        .map_or(10_000, |count| count.parse().expect("CODES is a number"));
    let browser = std::env::var("CHROMIUM").unwrap_or_else(|_| "chromium".to_owned());

    let entries = synthetic(count);
    let mut toml = String::from(
        "[catalog]\nenum = \"PageError\"\nname_style = \"any\"\ndefault_language = \"en\"\n",
    );
    let groups = count.div_ceil(1000).max(1);
    for group in 0..groups {
        let low = group * 20 * 100;
        let _ = write!(
            toml,
            "\n[[catalog.groups]]\nname = \"part_{group}\"\ntitle = \"Part {group}\"\nrange = [{low}, {}]\n",
            low + 20 * 100 - 1
        );
    }
    for (index, entry) in entries.iter().enumerate() {
        let _ = write!(
            toml,
            "\n[[error]]\ncode = {}\nname = {:?}\ngroup = \"part_{}\"\n\
             description = {{ en = {:?}, zh = \"合成错误 {index}\" }}\n\
             cause = {{ en = \"Cause {index}: retry later or check the arguments.\", zh = \"原因 {index}\" }}\n",
            entry.code,
            entry.name,
            index / 1000,
            entry.description
        );
    }
    let catalog = chat_errors_codegen::parse(&toml).expect("the synthetic catalog is valid");
    let html = chat_errors_cli::views::html(&catalog, None);

    let dir = std::env::temp_dir().join(format!("chat-errors html-page {}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temporary directory");
    std::fs::write(dir.join("page.html"), &html).expect("the page is written");
    std::fs::write(dir.join("harness.html"), HARNESS).expect("the harness is written");

    let output = Command::new(&browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--allow-file-access-from-files",
            "--dump-dom",
        ])
        .arg(format!("file://{}", dir.join("harness.html").display()))
        .output()
        .unwrap_or_else(|error| panic!("cannot run {browser}: {error}"));
    let dom = String::from_utf8_lossy(&output.stdout);
    let start = dom.find("<pre id=\"out\">").expect("the harness ran") + "<pre id=\"out\">".len();
    let end = start
        + dom[start..]
            .find("</pre>")
            .expect("the harness wrote its result");
    println!(
        "{count} codes, page {} KB: {}",
        html.len() / 1024,
        dom[start..end].replace("&quot;", "\"")
    );
    let _ = std::fs::remove_dir_all(&dir);
}
