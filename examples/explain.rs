//! Explains Agora Chat error codes, or prints the catalog for docs and tools.
//!
//! ```text
//! cargo run --example explain -- 206                       # one code
//! cargo run --example explain -- USER_MUTED                # any name, in any letter case
//! cargo run --example explain -- agorachaterrorusermuted   # an iOS name
//! cargo run --example explain -- forbidden_op              # an error of the RESTful API
//! cargo run --example explain                              # the whole table
//! cargo run --example explain -- --format markdown --lang en
//! cargo run --example explain -- --format json [--catalog rest]
//! ```

use std::io::Write as _;
use std::process::ExitCode;

use chat_errors::ErrorCode;
use chat_errors::rest::RestErrorCode;
use chat_errors_examples::{Lookup, explain, json, lookup, markdown, table};

const USAGE: &str = "usage: explain [CODE | NAME]\n       explain --format markdown [--lang zh|en]\n       explain --format json [--catalog sdk|rest]";

fn main() -> ExitCode {
    let mut format = None;
    let mut language = String::from("zh");
    let mut catalog = String::from("sdk");
    let mut query = None;
    let mut arguments = std::env::args().skip(1);
    while let Some(argument) = arguments.next() {
        match argument.as_str() {
            "--format" => format = arguments.next(),
            "--lang" => language = arguments.next().unwrap_or_default(),
            "--catalog" => catalog = arguments.next().unwrap_or_default(),
            "-h" | "--help" => return print(&format!("{USAGE}\n")),
            _ if query.is_none() && !argument.starts_with("--") => query = Some(argument),
            _ => return fail(&format!("unexpected argument {argument:?}")),
        }
    }
    match (format.as_deref(), query) {
        (None, None) => print(&table()),
        (None, Some(query)) => match lookup(&query) {
            Lookup::Sdk(code) => print(&explain(code)),
            Lookup::Rest(code) => print(&explain(code)),
            Lookup::Missing { nearest, in_notes } => {
                let mut message =
                    format!("{query:?} is neither a code nor a name in the Agora Chat catalogs");
                if !nearest.is_empty() {
                    let nearest: Vec<String> =
                        nearest.iter().map(|name| format!("`{name}`")).collect();
                    message += &format!("; did you mean {}?", nearest.join(" or "));
                }
                for code in in_notes {
                    message += &format!(
                        "\nthe note of {} {} mentions it: {}",
                        code.code(),
                        code.name(),
                        code.note_in("en").unwrap_or_default()
                    );
                }
                eprintln!("explain: {message}");
                ExitCode::FAILURE
            }
        },
        (Some("markdown"), None) => match markdown(&language) {
            Some(text) => print(&text),
            None => fail(&format!(
                "no Markdown for language {language:?}: use zh or en"
            )),
        },
        (Some("json"), None) => match catalog.as_str() {
            "sdk" => print(&json::<ErrorCode>()),
            "rest" => print(&json::<RestErrorCode>()),
            other => fail(&format!("unknown catalog {other:?}: use sdk or rest")),
        },
        (Some(other), _) => fail(&format!("unknown format {other:?}: use markdown or json")),
    }
}

/// Prints `text`; a closed pipe (`explain | head`) is not an error worth a panic.
fn print(text: &str) -> ExitCode {
    match std::io::stdout().lock().write_all(text.as_bytes()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(error) => fail(&format!("cannot write the output: {error}")),
    }
}

fn fail(message: &str) -> ExitCode {
    eprintln!("explain: {message}\n{USAGE}");
    ExitCode::FAILURE
}
