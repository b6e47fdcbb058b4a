//! Explains Agora Chat error codes.
//!
//! ```text
//! cargo run --example explain -- 206          # one code
//! cargo run --example explain -- USER_MUTED   # one name
//! cargo run --example explain                 # the whole table
//! ```

use std::io::Write as _;
use std::process::ExitCode;

use chat_errors::ErrorCode;
use chat_errors_examples::{explain, table};

fn main() -> ExitCode {
    let arguments: Vec<String> = std::env::args().skip(1).collect();
    match arguments.as_slice() {
        [] => print(&table()),
        [query] => match lookup(query) {
            Some(code) => print(&explain(code)),
            None => {
                eprintln!("{query:?} is neither a code nor a name in the Agora Chat catalog");
                ExitCode::FAILURE
            }
        },
        _ => {
            eprintln!("usage: explain [CODE | NAME]");
            ExitCode::FAILURE
        }
    }
}

/// Prints `text`; a closed pipe (`explain | head`) is not an error worth a panic.
fn print(text: &str) -> ExitCode {
    match std::io::stdout().lock().write_all(text.as_bytes()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("cannot write the output: {error}");
            ExitCode::FAILURE
        }
    }
}

fn lookup(query: &str) -> Option<ErrorCode> {
    match query.trim().parse::<i32>() {
        Ok(number) => ErrorCode::from_code(number),
        Err(_) => ErrorCode::from_name(query.trim()),
    }
}
