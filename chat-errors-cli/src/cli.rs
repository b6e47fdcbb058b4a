//! What each subcommand does: [`run`], which a test calls as the binary does, on the arguments
//! of [`args`](crate::args).

use chat_errors_codegen::Level;
use std::io::Write;

use crate::args::{
    CheckArgs, Cli, Command, Deny, DiffArgs, DiffFormat, ExplainArgs, ExportArgs, Format,
    MessageFormat, NextCodeArgs, RenderArgs,
};
use crate::catalogs::{Builtin, Loaded, Source, load_file};
use crate::lookup::{self, Answer};
use crate::views;

/// Runs the command: what it prints goes to `out` and `err`, and the exit status comes back
/// (0 done, 1 a miss or a problem found, 2 a catalog that does not load).
pub fn run(cli: Cli, out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    let result = match cli.command {
        Command::Explain(args) => explain(args, out, err),
        Command::Check(args) => check(args, out, err),
        Command::Render(args) => render(args, out, err),
        Command::Diff(args) => diff(args, out, err),
        Command::NextCode(args) => next_code(args, out, err),
        Command::Export(args) => export(args, out, err),
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
        DiffFormat::Text => views::changes::text(&diff, &catalogs[0].catalog, &catalogs[1].catalog),
        DiffFormat::Json => views::changes::json(&diff, &catalogs[0].catalog, &catalogs[1].catalog),
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

fn export(args: ExportArgs, out: &mut dyn Write, err: &mut dyn Write) -> Status {
    let loaded = match load(std::slice::from_ref(&args.catalog), err) {
        Ok(mut loaded) => loaded.remove(0),
        Err(status) => return status,
    };
    let text = match views::export::export(&loaded.catalog, args.lang, args.namespace.as_deref()) {
        Ok(text) => text,
        Err(message) => return writeln!(err, "chat-errors: {message}").map(|()| 2),
    };
    match &args.out {
        None => out.write_all(text.as_bytes())?,
        Some(path) => {
            if let Err(error) = std::fs::write(path, text) {
                let path = path.display();
                return writeln!(err, "chat-errors: cannot write {path}: {error}").map(|()| 2);
            }
        }
    }
    Ok(0)
}
