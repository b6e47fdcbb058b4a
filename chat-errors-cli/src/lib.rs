//! The `chat-errors` command, as a library: every subcommand is [`run`] on a parsed [`Cli`], and
//! every view it prints is a function of the code generator's checked [`Catalog`] model, the same
//! model the macro expands.
//!
//! ```
//! use clap::Parser as _;
//!
//! let cli = chat_errors_cli::Cli::parse_from(["chat-errors", "explain", "--lang", "en", "215"]);
//! let (mut out, mut err) = (Vec::new(), Vec::new());
//! assert_eq!(chat_errors_cli::run(cli, &mut out, &mut err), 0);
//! let text = String::from_utf8(out).unwrap();
//! assert!(text.starts_with("code: 215\nname: USER_MUTED\n"));
//! ```
//!
//! [`Catalog`]: chat_errors_codegen::Catalog

mod args;
mod catalogs;
mod cli;
pub mod lookup;
mod next_code;
pub mod views;

pub use args::{
    CheckArgs, Cli, Command, DiffArgs, DiffFormat, ExplainArgs, ExportArgs, Format, MessageFormat,
    NextCodeArgs, RenderArgs,
};
pub use catalogs::{Builtin, Foreign, Loaded, Rejected, Source, load_file};
pub use cli::run;
pub use next_code::next_code;
