//! The catalog as one self-contained HTML page, an error index like Agora's own error-code page:
//! every entry with an anchor (`#215`), the groups as navigation, a search box that filters as
//! you type, and a language switch. `?q=TEXT` and `?lang=TAG` open it filtered or in a language.
//! It loads nothing from the network, so it works from a `file://` URL.

use std::fmt::Write as _;

use chat_errors_codegen::{Catalog, Entry, Group, Texts};
use pulldown_cmark::{Event, Parser, Tag, TagEnd};

use super::Labels;

/// The page in `language` first (the default language when `None`); the switch shows the others.
pub fn html(catalog: &Catalog, language: Option<&str>) -> String {
    let language = language.unwrap_or(&catalog.default_language);
    let mut out = String::with_capacity(catalog.entries.len() * 1500 + 8192);
    let title = format!("{} error codes", catalog.enum_name);
    out.push_str("<!DOCTYPE html>\n<html lang=\"");
    escape(&mut out, language);
    out.push_str("\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.push_str(
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>",
    );
    escape(&mut out, &title);
    out.push_str("</title>\n<style>\n");
    out.push_str(STYLE);
    for each in &catalog.languages {
        // Only the chosen language's texts and labels show.
        let _ = writeln!(
            out,
            "body[data-lang=\"{0}\"] [data-l]:not([data-l=\"{0}\"]) {{ display: none; }}",
            attribute(each)
        );
    }
    out.push_str("</style>\n</head>\n<body data-lang=\"");
    escape(&mut out, language);
    out.push_str("\">\n<header>\n<h1>");
    escape(&mut out, &title);
    out.push_str("</h1>\n");
    if let Some(doc) = &catalog.doc {
        out.push_str("<div class=\"doc\">");
        markdown(&mut out, doc, true);
        out.push_str("</div>\n");
    }
    out.push_str("<div class=\"tools\">\n<input id=\"q\" type=\"search\" autocomplete=\"off\" aria-label=\"Search\" placeholder=\"");
    for each in &catalog.languages {
        let _ = write!(out, "{} ", Labels::new(each).search);
    }
    out.push_str("\">\n<select id=\"lang\" aria-label=\"Language\">");
    for each in &catalog.languages {
        out.push_str("<option value=\"");
        escape(&mut out, each);
        out.push_str("\">");
        escape(&mut out, each);
        out.push_str("</option>");
    }
    let _ = write!(
        out,
        "</select>\n<output id=\"count\">{}</output>\n</div>\n",
        catalog.entries.len()
    );
    if !catalog.groups.is_empty() {
        out.push_str("<nav>\n");
        for group in &catalog.groups {
            let _ = write!(out, "<a href=\"#group-{}\">", attribute(&group.name));
            inline(&mut out, &group.title);
            out.push_str("</a>\n");
        }
        out.push_str("</nav>\n");
    }
    out.push_str("</header>\n<main>\n");
    if catalog.groups.is_empty() {
        section(&mut out, catalog, None, catalog.entries.iter());
    }
    for (index, group) in catalog.groups.iter().enumerate() {
        section(&mut out, catalog, Some(group), catalog.members(index));
    }
    if !catalog.retired.is_empty() {
        retired(&mut out, catalog);
    }
    out.push_str("<p id=\"none\" hidden>");
    in_each_language(&mut out, catalog, |labels| labels.no_match);
    out.push_str("</p>\n</main>\n<script>\n");
    out.push_str(SCRIPT);
    out.push_str("</script>\n</body>\n</html>\n");
    out
}

fn section<'c>(
    out: &mut String,
    catalog: &Catalog,
    group: Option<&Group>,
    entries: impl Iterator<Item = &'c Entry>,
) {
    match group {
        Some(group) => {
            let _ = write!(
                out,
                "<section id=\"group-{}\">\n<h2>",
                attribute(&group.name)
            );
            inline(out, &group.title);
            out.push_str("</h2>\n");
            if let Some(doc) = &group.doc {
                out.push_str("<div class=\"doc\">");
                markdown(out, doc, true);
                out.push_str("</div>\n");
            }
        }
        None => out.push_str("<section>\n"),
    }
    for entry in entries {
        article(out, catalog, entry);
    }
    out.push_str("</section>\n");
}

/// The retired codes, each with its anchor, after the entries: a search finds them too.
fn retired(out: &mut String, catalog: &Catalog) {
    out.push_str("<section id=\"retired\">\n<h2>");
    in_each_language(out, catalog, |labels| labels.retired);
    out.push_str("</h2>\n");
    for retired in &catalog.retired {
        let id = anchor(&retired.code.to_string());
        let _ = write!(
            out,
            "<article id=\"{id}\" class=\"retired\"><h3><a href=\"#{id}\">"
        );
        escape(out, &retired.code.to_string());
        out.push_str("</a> <code>");
        escape(out, &retired.name);
        out.push_str("</code> <span class=\"badge\">retired</span></h3>\n<dl>\n");
        term(out, catalog, |labels| labels.reason);
        out.push_str("<dd>");
        inline(out, &retired.reason);
        out.push_str("</dd>\n");
        if let Some(since) = &retired.since {
            term(out, catalog, |labels| labels.since);
            out.push_str("<dd>");
            escape(out, since);
            out.push_str("</dd>\n");
        }
        out.push_str("</dl></article>\n");
    }
    out.push_str("</section>\n");
}

fn article(out: &mut String, catalog: &Catalog, entry: &Entry) {
    let id = anchor(&entry.code.to_string());
    let _ = write!(out, "<article id=\"{id}\"");
    if !entry.args.is_empty() {
        out.push_str(" data-template=\"");
        escape(out, &template(entry).to_string());
        out.push('"');
    }
    let _ = write!(out, "><h3><a href=\"#{id}\">");
    escape(out, &entry.code.to_string());
    out.push_str("</a> <code>");
    escape(out, &entry.name);
    out.push_str("</code>");
    if entry.deprecated.is_some() {
        out.push_str(" <span class=\"badge\">deprecated</span>");
    }
    if let Some(template) = &catalog.docs_url {
        out.push_str(" <a class=\"docs\" href=\"");
        escape(out, &entry.docs_url(template));
        out.push_str("\">docs</a>");
    }
    out.push_str("</h3>\n<dl>\n");
    let names: Vec<String> = entry
        .aliases
        .iter()
        .cloned()
        .chain(
            entry
                .platform_names
                .iter()
                .map(|(platform, name)| format!("{platform}: {name}")),
        )
        .collect();
    if !names.is_empty() {
        term(out, catalog, |labels| labels.other_names);
        out.push_str("<dd>");
        for (index, name) in names.iter().enumerate() {
            if index > 0 {
                out.push_str(", ");
            }
            out.push_str("<code>");
            escape(out, name);
            out.push_str("</code>");
        }
        out.push_str("</dd>\n");
    }
    if !entry.args.is_empty() {
        term(out, catalog, |labels| labels.args);
        out.push_str("<dd>");
        for (index, arg) in entry.args.iter().enumerate() {
            if index > 0 {
                out.push_str(", ");
            }
            out.push_str("<code>");
            escape(out, &format!("{}: {}", arg.name, arg.ty.name()));
            out.push_str("</code>");
        }
        out.push_str("</dd>\n");
    }
    if let Some(reason) = &entry.deprecated {
        term(out, catalog, |labels| labels.deprecated);
        out.push_str("<dd>");
        inline(out, reason);
        out.push_str("</dd>\n");
    }
    texts(
        out,
        catalog,
        |labels| labels.description,
        Some(&entry.description),
    );
    texts(out, catalog, |labels| labels.cause, entry.cause.as_ref());
    texts(out, catalog, |labels| labels.note, entry.note.as_ref());
    let wire = catalog.wire(entry);
    if let Some(status) = wire.http_status {
        term(out, catalog, |labels| labels.http_status);
        let _ = writeln!(out, "<dd>{status}</dd>");
    }
    if let Some(code) = wire.grpc_code {
        term(out, catalog, |labels| labels.grpc_code);
        let _ = writeln!(out, "<dd><code>{}</code></dd>", code.name());
    }
    for (field, value) in catalog.fields.iter().zip(&entry.fields) {
        if let Some(value) = value {
            out.push_str("<dt>");
            escape(out, &field.name.replace('_', " "));
            out.push_str("</dt><dd>");
            escape(out, &value.to_string());
            out.push_str("</dd>\n");
        }
    }
    if !entry.flags.is_empty() {
        term(out, catalog, |labels| labels.flags);
        out.push_str("<dd>");
        for flag in &entry.flags {
            let meaning = catalog
                .flags
                .iter()
                .find(|each| &each.name == flag)
                .map_or("", |each| each.meaning.as_str());
            out.push_str("<code class=\"flag\" title=\"");
            escape(out, meaning);
            out.push_str("\">");
            escape(out, flag);
            out.push_str("</code> ");
        }
        out.push_str("</dd>\n");
    }
    out.push_str("</dl></article>\n");
}

/// What the search needs of an entry that takes arguments: the type of each, and its texts as
/// written, placeholders and all, so that a line of a log with values in it finds the entry.
fn template(entry: &Entry) -> serde_json::Value {
    let types: serde_json::Map<String, serde_json::Value> = entry
        .args
        .iter()
        .map(|arg| (arg.name.clone(), arg.ty.name().into()))
        .collect();
    let texts: Vec<&str> = [
        Some(&entry.description),
        entry.cause.as_ref(),
        entry.note.as_ref(),
    ]
    .into_iter()
    .flatten()
    .flat_map(|texts| texts.0.iter().map(|(_, text)| text.as_str()))
    .collect();
    serde_json::json!({ "args": types, "texts": texts })
}

/// A `<dt>` with the label in each of the catalog's languages.
fn term(out: &mut String, catalog: &Catalog, label: impl Fn(&Labels) -> &'static str) {
    out.push_str("<dt>");
    in_each_language(out, catalog, label);
    out.push_str("</dt>");
}

/// A label in each of the catalog's languages, the switch showing one.
fn in_each_language(out: &mut String, catalog: &Catalog, label: impl Fn(&Labels) -> &'static str) {
    for language in &catalog.languages {
        let _ = write!(
            out,
            "<span data-l=\"{}\">{}</span>",
            attribute(language),
            label(&Labels::new(language))
        );
    }
}

/// A label and the text in each language; a language the entry lacks shows the default's.
fn texts(
    out: &mut String,
    catalog: &Catalog,
    label: impl Fn(&Labels) -> &'static str,
    texts: Option<&Texts>,
) {
    let Some(texts) = texts else {
        return;
    };
    term(out, catalog, label);
    for language in &catalog.languages {
        let (written_in, text) = match texts.get(language) {
            Some(text) => (language.as_str(), text),
            None => (
                catalog.default_language.as_str(),
                texts.get(&catalog.default_language).unwrap_or_default(),
            ),
        };
        let _ = write!(
            out,
            "<dd data-l=\"{}\" lang=\"{}\">",
            attribute(language),
            attribute(written_in)
        );
        markdown(out, text, false);
        out.push_str("</dd>");
    }
    out.push('\n');
}

/// Markdown as HTML; raw HTML in the text is shown as text, never run. Inline text loses its
/// one paragraph.
fn markdown(out: &mut String, text: &str, blocks: bool) {
    let events = Parser::new(text).filter_map(|event| match event {
        Event::Html(html) | Event::InlineHtml(html) => Some(Event::Text(html)),
        Event::Start(Tag::Paragraph) | Event::End(TagEnd::Paragraph) if !blocks => None,
        other => Some(other),
    });
    pulldown_cmark::html::push_html(out, events);
    if !blocks {
        let trimmed = out.trim_end_matches('\n').len();
        out.truncate(trimmed);
    }
}

fn inline(out: &mut String, text: &str) {
    markdown(out, text, false);
}

fn escape(out: &mut String, text: &str) {
    let _ = pulldown_cmark_escape::escape_html(out, text);
}

fn attribute(text: &str) -> String {
    let mut out = String::new();
    escape(&mut out, text);
    out
}

/// An element id for a code: no white space, as ids allow none.
fn anchor(code: &str) -> String {
    let id: String = code
        .chars()
        .map(|c| if c.is_whitespace() { '-' } else { c })
        .collect();
    attribute(&id)
}

const STYLE: &str = r#":root { color-scheme: light dark; --muted: #6b7280; --line: #d1d5db; --accent: #2563eb; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.55 system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans CJK SC", sans-serif; }
header { position: sticky; top: 0; z-index: 1; background: Canvas; border-bottom: 1px solid var(--line); padding: 12px 24px; }
h1 { margin: 0 0 6px; font-size: 22px; }
header .doc { color: var(--muted); max-width: 70em; }
header .doc p { margin: 4px 0; }
.tools { display: flex; gap: 8px; align-items: center; margin: 8px 0; }
#q { flex: 1; max-width: 36em; font: inherit; padding: 6px 10px; border: 1px solid var(--line); border-radius: 6px; }
#lang { font: inherit; padding: 5px; }
#count { color: var(--muted); }
nav { display: flex; flex-wrap: wrap; gap: 4px 14px; font-size: 14px; }
nav a, h3 a { color: var(--accent); text-decoration: none; }
main { padding: 8px 24px 48px; max-width: 80em; }
section h2 { font-size: 18px; margin: 24px 0 8px; border-bottom: 1px solid var(--line); }
article { padding: 8px 0 10px; border-bottom: 1px dotted var(--line); scroll-margin-top: 170px; }
/* Entries out of view are not laid out: a page of 10,000 codes opens and filters without a stall. */
article { content-visibility: auto; contain-intrinsic-size: auto 9em; }
article:target { background: color-mix(in srgb, var(--accent) 12%, transparent); }
h3 { font-size: 16px; margin: 0 0 4px; }
dl { display: grid; grid-template-columns: 9em 1fr; gap: 2px 12px; margin: 0; }
dt { color: var(--muted); }
dd { margin: 0; }
dd p { margin: 0; }
.badge { font-size: 12px; padding: 1px 6px; border-radius: 8px; background: #fde68a; color: #78350f; }
.flag { margin-right: 6px; }
[hidden] { display: none !important; }
"#;

/// Filters on every keystroke against each entry's text, lowercased once at load; keeps the
/// query and language in the URL so a filtered page can be linked.
const SCRIPT: &str = r#"(function () {
  "use strict";
  var body = document.body;
  var input = document.getElementById("q");
  var select = document.getElementById("lang");
  var count = document.getElementById("count");
  var none = document.getElementById("none");
  var articles = Array.prototype.slice.call(document.querySelectorAll("article"));
  var sections = Array.prototype.slice.call(document.querySelectorAll("section"));
  var links = {};
  Array.prototype.forEach.call(document.querySelectorAll("nav a"), function (a) {
    links[a.getAttribute("href").slice(1)] = a;
  });
  // The code, the names and the texts, not the labels.
  var haystacks = articles.map(function (article) {
    return Array.prototype.map.call(article.querySelectorAll("h3, dd"), function (part) {
      return part.textContent;
    }).join("\n").toLowerCase();
  });
  // An entry that takes arguments is also found by its texts with values in the placeholders:
  // literal text as written, a value of each argument's type where its placeholder is. The
  // query must meet a letter or digit of the literal text, so a value alone finds nothing.
  var templates = articles.map(function (article) {
    if (!article.dataset.template) { return null; }
    var template = JSON.parse(article.dataset.template);
    return template.texts.map(function (text) {
      var tokens = [];
      text.split(/(\{\{|\}\}|\{[^{}]*\})/).forEach(function (part, index) {
        if (index % 2 === 0) {
          Array.from(part.toLowerCase()).forEach(function (c) { tokens.push(c); });
        } else if (part === "{{" || part === "}}") {
          tokens.push(part[0]);
        } else {
          tokens.push({ type: template.args[part.slice(1, -1)] });
        }
      });
      return tokens;
    });
  });
  var letter = /[\p{Alphabetic}\p{N}]/u;

  function accepts(type, c) {
    if (type === "string") { return true; }
    if (type === "bool") { return "truefalse".indexOf(c) !== -1; }
    return (c >= "0" && c <= "9") || c === "-";
  }

  function rendersPart(tokens, query) {
    var count = tokens.length + 1;
    var now = [];
    var at, met;
    for (at = 0; at < count; at++) { now.push([true, false]); }
    var chars = Array.from(query);
    for (var i = 0; i < chars.length; i++) {
      var c = chars[i];
      for (at = 0; at + 1 < count; at++) {
        if (typeof tokens[at] !== "string") {
          now[at + 1][0] = now[at + 1][0] || now[at][0];
          now[at + 1][1] = now[at + 1][1] || now[at][1];
        }
      }
      var next = [];
      for (at = 0; at < count; at++) { next.push([false, false]); }
      for (at = 0; at + 1 < count; at++) {
        for (met = 0; met < 2; met++) {
          if (!now[at][met]) { continue; }
          var token = tokens[at];
          if (typeof token === "string") {
            if (token === c) { next[at + 1][met === 1 || letter.test(c) ? 1 : 0] = true; }
          } else if (accepts(token.type, c)) {
            next[at][met] = true;
          }
        }
      }
      now = next;
    }
    return now.some(function (state) { return state[1]; });
  }

  var params = new URLSearchParams(location.search);

  function remember() {
    var query = new URLSearchParams(location.search);
    if (input.value) { query.set("q", input.value); } else { query.delete("q"); }
    query.set("lang", body.dataset.lang);
    try {
      history.replaceState(null, "", "?" + query.toString() + location.hash);
    } catch (error) { /* some file:// pages refuse it */ }
  }

  function filter() {
    var needle = input.value.trim().toLowerCase();
    var shown = 0;
    for (var i = 0; i < articles.length; i++) {
      var match = needle === "" || haystacks[i].indexOf(needle) !== -1 ||
        (templates[i] !== null && templates[i].some(function (tokens) { return rendersPart(tokens, needle); }));
      articles[i].hidden = !match;
      if (match) { shown++; }
    }
    sections.forEach(function (section) {
      var any = section.querySelector("article:not([hidden])") !== null;
      section.hidden = !any;
      if (section.id && links[section.id]) { links[section.id].hidden = !any; }
    });
    count.textContent = shown === articles.length ? String(shown) : shown + " / " + articles.length;
    none.hidden = shown !== 0;
  }

  function language(tag) {
    var wanted = (tag || "").toLowerCase().replace(/_/g, "-");
    var options = Array.prototype.map.call(select.options, function (option) { return option.value; });
    while (wanted) {
      for (var i = 0; i < options.length; i++) {
        if (options[i].toLowerCase() === wanted) { return options[i]; }
      }
      var cut = wanted.lastIndexOf("-");
      wanted = cut > 0 ? wanted.slice(0, cut) : "";
    }
    return null;
  }

  function setLanguage(tag) {
    body.dataset.lang = tag;
    document.documentElement.lang = tag;
    select.value = tag;
  }

  var asked = language(params.get("lang"));
  setLanguage(asked || body.dataset.lang);
  if (params.get("q")) { input.value = params.get("q"); }
  filter();

  input.addEventListener("input", function () { filter(); remember(); });
  select.addEventListener("change", function () { setLanguage(select.value); remember(); });
})();
"#;
