use std::process::ExitCode;

use clap::Parser as _;

fn main() -> ExitCode {
    let cli = chat_errors_cli::Cli::parse();
    let status = chat_errors_cli::run(cli, &mut std::io::stdout().lock(), &mut std::io::stderr());
    ExitCode::from(status)
}
