//! The command line's arguments: one struct per subcommand, as clap parses them.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::catalogs::Source;

/// Explain error codes, check catalogs and render a catalog's error index, for any TOML catalog
/// of error codes (the format `chat_errors::agora_errors!` reads) or the Agora catalogs built in.
#[derive(Debug, Parser)]
#[command(name = "chat-errors", version, propagate_version = true)]
#[command(after_help = "Examples:
  chat-errors explain 206
  chat-errors explain --catalog errors.toml USER_MUTED
  chat-errors explain --catalog errors.toml 5002 --arg balance=30 --arg price=50
  chat-errors check catalogs/*.toml
  chat-errors render --format html --catalog errors.toml > errors.html
  chat-errors diff --deny major origin/main:errors.toml errors.toml
  chat-errors next-code --group user errors.toml
  chat-errors export --lang typescript --catalog errors.toml --out src/errors.ts")]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Explain a code or a name: every column the catalog has for it.
    Explain(ExplainArgs),
    /// Check catalog files as the macro would, without a build.
    Check(CheckArgs),
    /// Print a catalog as Markdown, JSON or a self-contained HTML page.
    Render(RenderArgs),
    /// Compare two versions of a catalog: every change with its semver level, then the verdict.
    Diff(DiffArgs),
    /// Print the lowest code a new entry can take: neither used nor retired.
    NextCode(NextCodeArgs),
    /// Write the catalog as one source file for a client in TypeScript, Kotlin, C#, Python or
    /// Go: codes, names, texts in every language, groups, flags, arguments and the stamp.
    Export(ExportArgs),
}

/// `chat-errors explain`.
#[derive(Debug, Args)]
#[command(
    after_help = "Exits with 1 when nothing matches, listing the nearest names; a code \
    that a group's range owns but no entry lists is named with its group, and a retired code is \
    shown with the reason it was retired: both exit with 1 too. Exits with 2 when an --arg is not \
    one of the entry's arguments or its value is not of the argument's type."
)]
pub struct ExplainArgs {
    /// The catalog: a TOML file, or `sdk`, `rest` or `web` for the built-in Agora catalogs
    /// [default: every built-in catalog, the native SDKs' first]
    #[arg(long, value_name = "FILE|sdk|rest|web")]
    pub catalog: Option<Source>,
    /// Show the texts in this language only: a tag such as zh-CN or en [default: every
    /// language]
    #[arg(long, value_name = "TAG")]
    pub lang: Option<String>,
    /// A code (215, -1, forbidden_op), a name, alias or platform name in any letter case, or
    /// text from a log message, which lists the entries whose texts match it (with any values
    /// where an entry's texts have placeholders). Without one, every entry is listed, a line
    /// each.
    #[arg(allow_negative_numbers = true)]
    pub query: Option<String>,
    /// A value for one of the entry's arguments, to print its description with the values in
    /// the placeholders (`example (en): …`); give it once per argument. An argument left out
    /// shows as `{name}`.
    #[arg(long = "arg", value_name = "NAME=VALUE", value_parser = name_value)]
    pub args: Vec<(String, String)>,
}

fn name_value(text: &str) -> Result<(String, String), String> {
    match text.split_once('=') {
        Some((name, value)) if !name.trim().is_empty() => {
            Ok((name.trim().to_owned(), value.to_owned()))
        }
        _ => Err(format!(
            "expected NAME=VALUE, such as balance=30, not `{text}`"
        )),
    }
}

/// `chat-errors check`.
#[derive(Debug, Args)]
#[command(
    after_help = "Exits with 1 when any file has a problem, or when a language that \
    --deny-missing names lacks a text; with 2 when no file was named.

In CI, with every text in Chinese and English:
  chat-errors check --translations --deny-missing zh,en errors.toml"
)]
pub struct CheckArgs {
    /// The catalog files to check.
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// Also count each catalog's texts by language: how many each language has and lacks, and
    /// the entries that fall back to the default language for want of one.
    #[arg(long)]
    pub translations: bool,
    /// Fail (exit 1) when any of these languages lacks a text; counts translations. Separate
    /// tags with commas, or give the flag once per tag.
    #[arg(long, value_name = "LANG", value_delimiter = ',')]
    pub deny_missing: Vec<String>,
    /// How problems are printed: as the compiler shows them, or one JSON object per line with
    /// `file`, `line`, `column` (1-based, in characters), `message`, and `help` where there is one.
    #[arg(long, value_enum, default_value_t = MessageFormat::Human)]
    pub message_format: MessageFormat,
}

/// How `check` prints problems.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum MessageFormat {
    /// `error: …` with `FILE:LINE:COLUMN`, the line and a caret, on standard error.
    Human,
    /// One JSON object per problem and line, on standard output.
    Json,
}

/// `chat-errors render`.
#[derive(Debug, Args)]
pub struct RenderArgs {
    /// What to print.
    #[arg(long, value_enum)]
    pub format: Format,
    /// The language of the Markdown table, or the one the HTML page opens in: a tag such as
    /// zh-CN or en [default: the catalog's default language]
    #[arg(long, value_name = "TAG")]
    pub lang: Option<String>,
    /// The catalog: a TOML file, or `sdk`, `rest` or `web` for the built-in Agora catalogs.
    #[arg(long, value_name = "FILE|sdk|rest|web", default_value = "sdk")]
    pub catalog: Source,
}

/// What `render` prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// A Markdown table, a row per entry.
    Markdown,
    /// The whole catalog as one JSON object.
    Json,
    /// One HTML page with search, a language switch and an anchor per code.
    Html,
}

/// `chat-errors diff`.
#[derive(Debug, Args)]
#[command(
    after_help = "Exits with 0, or 1 when --deny is given and the verdict is at that level \
    or above, or 2 when either catalog does not load.

In CI, against the catalog as the main branch has it:
  chat-errors diff --deny major origin/main:errors.toml errors.toml"
)]
pub struct DiffArgs {
    /// The catalog before: a file, `REV:PATH` as a git revision has the file (such as
    /// `v0.1.0:errors.toml`), or `sdk`, `rest` or `web`.
    #[arg(value_name = "OLD")]
    pub old: Source,
    /// The catalog after, in the same forms.
    #[arg(value_name = "NEW")]
    pub new: Source,
    /// How to print the changes.
    #[arg(long, value_enum, default_value_t = DiffFormat::Text)]
    pub format: DiffFormat,
    /// Exit with 1 when the verdict is this level or above.
    #[arg(long, value_enum)]
    pub deny: Option<Deny>,
}

/// How `diff` prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DiffFormat {
    /// A line per change, then the verdict, then notes such as translations that may be stale.
    Text,
    /// `{"verdict": …, "changes": [{"level", "kind", "code", "name", "message"}, …], "notes":
    /// […]}`.
    Json,
    /// A changelog section: Added, Changed, Deprecated, Retired, Removed; notes in a comment.
    Markdown,
}

/// The level from which `diff --deny` fails.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Deny {
    /// A major change: something removed, renamed or renumbered.
    Major,
    /// A minor change or more: something added, or an entry's behaviour changed.
    Minor,
    /// Any change but formatting.
    Patch,
}

/// `chat-errors next-code`.
#[derive(Debug, Args)]
pub struct NextCodeArgs {
    /// The catalog: a file, `REV:PATH`, or `sdk`, `rest` or `web`.
    #[arg(value_name = "FILE")]
    pub catalog: Source,
    /// The lowest free code within this group's ranges [default: the code after the highest]
    #[arg(long, value_name = "GROUP")]
    pub group: Option<String>,
}

/// `chat-errors export`.
#[derive(Debug, Args)]
#[command(
    after_help = "Each file depends on nothing but its language's standard library, keeps a \
    code it does not list (from a newer server) as that code, and carries the catalog's stamp, \
    which the Rust enum has as `STAMP`. Exits with 2 when the catalog does not load, or when \
    the language cannot take the namespace or the catalog (an enum named like a keyword or like \
    a name the file declares itself, more than 2,000 codes in Kotlin, a code beyond 2^53 in \
    TypeScript); the message says why.

Examples:
  chat-errors export --lang typescript --catalog errors.toml --out web/src/errors.ts
  chat-errors export --lang kotlin --namespace com.example.errors --catalog errors.toml
  chat-errors export --lang go --namespace errorcodes --catalog errors.toml --out errorcodes/errors.go"
)]
pub struct ExportArgs {
    /// The language of the file.
    #[arg(long, value_enum)]
    pub lang: crate::views::export::Target,
    /// The catalog: a TOML file, or `sdk`, `rest` or `web` for the built-in Agora catalogs.
    #[arg(long, value_name = "FILE|sdk|rest|web", default_value = "sdk")]
    pub catalog: Source,
    /// Write the file here [default: standard output]
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// The Kotlin package, C# namespace or Go package the file declares, such as
    /// `com.example.errors` [default: none for Kotlin and C#; for Go, the enum's name in
    /// lowercase]. TypeScript and Python files are modules by their file names.
    #[arg(long, value_name = "NAME")]
    pub namespace: Option<String>,
}
