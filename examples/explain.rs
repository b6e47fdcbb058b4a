//! Explains Agora Chat error codes, or prints the catalog for docs and tools: the `chat-errors`
//! command's `explain` and `render`, under the names this example has always taken.
//!
//! ```text
//! cargo run --example explain -- 206                       # one code
//! cargo run --example explain -- USER_MUTED                # any name, in any letter case
//! cargo run --example explain -- agorachaterrorusermuted   # an iOS name
//! cargo run --example explain -- forbidden_op              # an error of the RESTful API
//! cargo run --example explain -- 用户被禁言                 # text from a log message
//! cargo run --example explain                              # the whole table
//! cargo run --example explain -- --format markdown --lang en
//! cargo run --example explain -- --format json [--catalog rest]
//! ```

use std::process::ExitCode;

use clap::Parser as _;

fn main() -> ExitCode {
    let arguments: Vec<String> = std::env::args().skip(1).collect();
    // `--format` was this example's way to say `render`; everything else is `explain`.
    let subcommand = if arguments.iter().any(|argument| argument == "--format") {
        "render"
    } else {
        "explain"
    };
    let command = ["chat-errors", subcommand]
        .into_iter()
        .map(String::from)
        .chain(arguments);
    let cli = match chat_errors_cli::Cli::try_parse_from(command) {
        Ok(cli) => cli,
        Err(error) => error.exit(),
    };
    let status = chat_errors_cli::run(cli, &mut std::io::stdout().lock(), &mut std::io::stderr());
    ExitCode::from(status)
}
