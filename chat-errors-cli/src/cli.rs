//! The command line: one argument struct per subcommand, and [`run`], which a test calls as the
//! binary does.

use std::io::Write;
use std::path::PathBuf;

use chat_errors_codegen::Level;
use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::catalogs::{Builtin, Loaded, Source, load_file};
use crate::lookup::{self, Answer};
use crate::views;

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
  chat-errors next-code --group user errors.toml")]
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

/// Runs the command: what it prints goes to `out` and `err`, and the exit status comes back
/// (0 done, 1 a miss or a problem found, 2 a catalog that does not load).
pub fn run(cli: Cli, out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    let result = match cli.command {
        Command::Explain(args) => explain(args, out, err),
        Command::Check(args) => check(args, out, err),
        Command::Render(args) => render(args, out, err),
        Command::Diff(args) => diff(args, out, err),
        Command::NextCode(args) => next_code(args, out, err),
    };
    match result {
        Ok(status) => status,
        // A closed pipe (`chat-errors render … | head`) is not worth a complaint.
        Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => 0,
        Err(error) => {
            let _ = writeln!(err, "chat-errors: cannot write the output: {error}");
            2
        }
    }
}

type Status = std::io::Result<u8>;

/// The catalogs a subcommand reads, or the status after saying why one does not load.
fn load(sources: &[Source], err: &mut dyn Write) -> Result<Vec<Loaded>, Status> {
    let mut loaded = Vec::new();
    for source in sources {
        match source.load() {
            Ok(catalog) => loaded.push(catalog),
            Err(rejected) => {
                return Err(writeln!(err, "{}", rejected.render()).map(|()| 2));
            }
        }
    }
    Ok(loaded)
}

/// The catalog's languages that `tag` asks for: all of them without a tag.
fn languages<'c>(loaded: &'c Loaded, tag: Option<&str>) -> Result<Vec<&'c str>, String> {
    let all: Vec<&str> = loaded
        .catalog
        .languages
        .iter()
        .map(String::as_str)
        .collect();
    let Some(tag) = tag else {
        return Ok(all);
    };
    match chat_errors_codegen::negotiate_language(&all, tag) {
        Some(language) => Ok(vec![language]),
        None => Err(format!(
            "{} has no texts in `{tag}`: its languages are {}",
            loaded.label,
            all.join(", ")
        )),
    }
}

fn explain(args: ExplainArgs, out: &mut dyn Write, err: &mut dyn Write) -> Status {
    let several = args.catalog.is_none();
    let sources = match args.catalog {
        Some(source) => vec![source],
        None => Builtin::ALL.map(Source::Builtin).to_vec(),
    };
    let catalogs = match load(&sources, err) {
        Ok(catalogs) => catalogs,
        Err(status) => return status,
    };
    let Some(query) = args.query else {
        let language = match languages(&catalogs[0], args.lang.as_deref()) {
            Ok(languages) if args.lang.is_some() => Some(languages[0]),
            Ok(_) => None,
            Err(message) => return writeln!(err, "chat-errors: {message}").map(|()| 2),
        };
        out.write_all(views::table(&catalogs[0].catalog, language).as_bytes())?;
        return Ok(0);
    };
    match lookup::answer(&catalogs, &query) {
        Answer::Entry(loaded, entry) => {
            let languages = match languages(loaded, args.lang.as_deref()) {
                Ok(languages) => languages,
                Err(message) => return writeln!(err, "chat-errors: {message}").map(|()| 2),
            };
            let example = if args.args.is_empty() {
                String::new()
            } else {
                match views::example(&loaded.catalog, entry, &languages, &args.args) {
                    Ok(example) => example,
                    Err(message) => return writeln!(err, "chat-errors: {message}").map(|()| 2),
                }
            };
            out.write_all(views::explain(&loaded.catalog, entry, &languages).as_bytes())?;
            out.write_all(example.as_bytes())?;
            if several {
                writeln!(out, "catalog: {}", describe(loaded))?;
                numbered_elsewhere(&catalogs, loaded, entry, &query, out)?;
            }
            Ok(0)
        }
        Answer::Retired(loaded, retired) => {
            out.write_all(views::explain_retired(retired).as_bytes())?;
            if several {
                writeln!(out, "catalog: {}", describe(loaded))?;
            }
            Ok(1)
        }
        Answer::Texts(entries) => {
            writeln!(out, "entries whose texts match {query:?}:")?;
            for (loaded, entry) in entries {
                let description = entry
                    .description
                    .get(&loaded.catalog.default_language)
                    .unwrap_or_default();
                writeln!(out, "{} {}: {description}", entry.code, entry.name)?;
            }
            Ok(0)
        }
        Answer::Missing {
            unlisted,
            foreign,
            nearest,
            mentions,
        } => {
            let names: Vec<&str> = catalogs
                .iter()
                .map(|loaded| loaded.label.as_str())
                .collect();
            let names = match names.split_last() {
                Some((last, [])) => (*last).to_owned(),
                Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
                None => String::new(),
            };
            let mut message =
                format!("chat-errors: {query:?} is neither a code nor a name in {names}");
            for (loaded, group) in unlisted {
                message += &format!(
                    "\n{} does not list {}, but its group {} owns it",
                    loaded.label,
                    query.trim(),
                    group.title
                );
            }
            for (loaded, foreign) in foreign {
                let language = args
                    .lang
                    .as_deref()
                    .and_then(|tag| {
                        let languages = foreign.descriptions.map(|(language, _)| language);
                        chat_errors_codegen::negotiate_language(&languages, tag)
                    })
                    .unwrap_or("en");
                let description = foreign
                    .descriptions
                    .iter()
                    .find(|(each, _)| *each == language)
                    .map_or("", |(_, text)| text);
                message += &format!(
                    "\n{} define {} {}: {description}\n{} does not list it: no Agora SDK publishes it yet",
                    foreign.source, foreign.code, foreign.name, loaded.label
                );
            }
            if !nearest.is_empty() {
                let names: Vec<String> = nearest.iter().map(|name| format!("`{name}`")).collect();
                message += &format!("\ndid you mean {}?", names.join(" or "));
            }
            for (loaded, entry) in mentions {
                message += &format!(
                    "\nmentioned by {} {} ({})",
                    entry.code, entry.name, loaded.label
                );
            }
            writeln!(err, "{message}")?;
            Ok(1)
        }
    }
}

/// For a query that is the entry's code, the other catalogs that have an entry of that number:
/// each numbers its codes on its own, so the same number there means something else.
fn numbered_elsewhere(
    catalogs: &[Loaded],
    loaded: &Loaded,
    entry: &chat_errors_codegen::Entry,
    query: &str,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    if lookup::parse_code(&loaded.catalog, query).as_ref() != Some(&entry.code) {
        return Ok(());
    }
    for other in catalogs.iter().filter(|other| other.label != loaded.label) {
        let code = lookup::parse_code(&other.catalog, query);
        for foreign in other.builtin.map(Builtin::foreign).unwrap_or_default() {
            if code == Some(chat_errors_codegen::Code::Int(foreign.code)) {
                writeln!(
                    out,
                    "{} does not list {}, which {} define as {}",
                    describe(other),
                    foreign.code,
                    foreign.source,
                    foreign.name
                )?;
            }
        }
        if let Some(same) = other
            .catalog
            .entries
            .iter()
            .find(|each| Some(&each.code) == code.as_ref())
        {
            writeln!(
                out,
                "{} numbers its codes on its own: its {} is {} (chat-errors explain --catalog {} {})",
                describe(other),
                same.code,
                same.name,
                other.label,
                same.code
            )?;
        }
    }
    Ok(())
}

/// `sdk (the native SDKs' codes)`, or a file's path.
fn describe(loaded: &Loaded) -> String {
    match Builtin::ALL
        .into_iter()
        .find(|builtin| builtin.name() == loaded.label)
    {
        Some(builtin) => format!("{} ({})", builtin.name(), builtin.describe()),
        None => loaded.label.clone(),
    }
}

fn check(args: CheckArgs, out: &mut dyn Write, err: &mut dyn Write) -> Status {
    let mut status = 0;
    for file in &args.files {
        let rejected = match load_file(file) {
            Ok(loaded) => {
                if args.message_format == MessageFormat::Human {
                    writeln!(
                        out,
                        "{}: ok ({} entries)",
                        loaded.label,
                        loaded.catalog.entries.len()
                    )?;
                }
                if args.translations || !args.deny_missing.is_empty() {
                    status = status.max(translations(&args, &loaded, out, err)?);
                }
                continue;
            }
            Err(rejected) => rejected,
        };
        status = 1;
        match args.message_format {
            MessageFormat::Human => writeln!(err, "{}\n", rejected.render())?,
            MessageFormat::Json => {
                for diagnostic in &rejected.diagnostics {
                    let located = |offset: Option<usize>| {
                        let at = chat_errors_codegen::Location::of(
                            &rejected.source,
                            offset.unwrap_or(0),
                        );
                        (at.line, at.column)
                    };
                    let (line, column) = located(diagnostic.span.as_ref().map(|span| span.start));
                    let mut object = serde_json::json!({
                        "file": rejected.file,
                        "line": line,
                        "column": column,
                        "message": diagnostic.message,
                    });
                    if let Some(help) = &diagnostic.help {
                        object["help"] = help.as_str().into();
                    }
                    if !diagnostic.notes.is_empty() {
                        object["notes"] = diagnostic
                            .notes
                            .iter()
                            .map(|(note, span)| {
                                let (line, column) = located(Some(span.start));
                                serde_json::json!({ "message": note, "line": line, "column": column })
                            })
                            .collect();
                    }
                    writeln!(out, "{object}")?;
                }
            }
        }
    }
    Ok(status)
}

/// Each language's share of a catalog's texts; 1 when a language `--deny-missing` names lacks any.
fn translations(
    args: &CheckArgs,
    loaded: &Loaded,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Status {
    let coverage = views::translations::coverage(&loaded.catalog);
    out.write_all(
        match args.message_format {
            MessageFormat::Human => {
                views::translations::text(&loaded.label, &loaded.catalog, &coverage)
            }
            MessageFormat::Json => views::translations::json(&loaded.label, &coverage),
        }
        .as_bytes(),
    )?;
    let mut status = 0;
    for tag in &args.deny_missing {
        match languages(loaded, Some(tag)) {
            Ok(language) => {
                let lacking = coverage
                    .iter()
                    .find(|each| each.language == language[0])
                    .map_or(0, |each| each.missing);
                if lacking > 0 {
                    writeln!(
                        err,
                        "{}: `{}` lacks {lacking} text{} (--deny-missing {tag})",
                        loaded.label,
                        language[0],
                        if lacking == 1 { "" } else { "s" }
                    )?;
                    status = 1;
                }
            }
            Err(message) => {
                writeln!(
                    err,
                    "{message}: every text is missing (--deny-missing {tag})"
                )?;
                status = 1;
            }
        }
    }
    Ok(status)
}

fn render(args: RenderArgs, out: &mut dyn Write, err: &mut dyn Write) -> Status {
    let loaded = match load(std::slice::from_ref(&args.catalog), err) {
        Ok(mut loaded) => loaded.remove(0),
        Err(status) => return status,
    };
    let language = match languages(&loaded, args.lang.as_deref()) {
        Ok(languages) if args.lang.is_some() => languages[0].to_owned(),
        Ok(_) => loaded.catalog.default_language.clone(),
        Err(message) => return writeln!(err, "chat-errors: {message}").map(|()| 2),
    };
    let text = match args.format {
        Format::Markdown => views::markdown(&loaded.catalog, &language),
        Format::Json => views::json(&loaded.catalog),
        Format::Html => views::html(&loaded.catalog, Some(&language)),
    };
    out.write_all(text.as_bytes())?;
    Ok(0)
}

fn diff(args: DiffArgs, out: &mut dyn Write, err: &mut dyn Write) -> Status {
    let catalogs = match load(&[args.old, args.new], err) {
        Ok(catalogs) => catalogs,
        Err(status) => return status,
    };
    let diff = chat_errors_codegen::diff(&catalogs[0].catalog, &catalogs[1].catalog);
    let text = match args.format {
        DiffFormat::Text => views::changes::text(&diff),
        DiffFormat::Json => views::changes::json(&diff),
        DiffFormat::Markdown => views::changes::markdown(&diff),
    };
    out.write_all(text.as_bytes())?;
    let denied = args.deny.map(|deny| match deny {
        Deny::Major => Level::Major,
        Deny::Minor => Level::Minor,
        Deny::Patch => Level::Patch,
    });
    Ok(u8::from(
        denied.is_some_and(|level| diff.verdict() >= level),
    ))
}

fn next_code(args: NextCodeArgs, out: &mut dyn Write, err: &mut dyn Write) -> Status {
    let loaded = match load(std::slice::from_ref(&args.catalog), err) {
        Ok(mut loaded) => loaded.remove(0),
        Err(status) => return status,
    };
    match crate::next_code(&loaded.catalog, args.group.as_deref()) {
        Ok(code) => writeln!(out, "{code}").map(|()| 0),
        Err(message) => writeln!(err, "chat-errors: {message}").map(|()| 1),
    }
}
