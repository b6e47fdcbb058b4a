//! What a catalog costs in the editor: a headless rust-analyzer (its library crates, with proc
//! macros expanded by the toolchain's own proc-macro server, as the language server loads a
//! workspace) asked for what a person waits for, beside `cargo check` of the same crate.
//!
//! For each catalog it writes two workspaces, the catalog expanded by `agora_errors!` and the
//! same codes written by hand (`benches/synthetic.rs`), each a crate `errors` that holds the enum
//! and a crate `app` that uses it, and measures in a fresh analysis of each:
//!
//! - the first hover, on a variant in `app`, and completion after `ErrorCode::` there;
//! - full diagnostics of a file that uses no catalog (the standard library's share, paid once),
//!   then of the file that holds the enum, then of `app`'s file;
//! - full diagnostics again after an edit of each file, and of the enum's file after a digit
//!   typed in a function's body;
//! - `cargo check` of `errors` after a touch, and the size of the macro's expansion.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use ra_ap_ide::{
    AnalysisHost, AssistResolveStrategy, CallableSnippets, CompletionConfig,
    CompletionFieldsToResolve, DiagnosticsConfig, FileId, FilePosition, FileRange, HoverConfig,
    HoverDocFormat, RaFixtureConfig, SubstTyLen, TextRange, TextSize,
};
use ra_ap_ide_db::imports::insert_use::{ImportGranularity, InsertUseConfig, PrefixKind};
use ra_ap_ide_db::{ChangeWithProcMacros, SnippetCap};
use ra_ap_load_cargo::{LoadCargoConfig, ProcMacroServerChoice, load_workspace};
use ra_ap_paths::{AbsPathBuf, Utf8PathBuf};
use ra_ap_project_model::{CargoConfig, ProjectManifest, ProjectWorkspace, RustLibSource};
use ra_ap_vfs::{Vfs, VfsPath};

#[path = "../../benches/synthetic.rs"]
#[allow(dead_code)]
mod synthetic;

const USAGE: &str = "\
usage: ide-bench/run.sh [--sizes agora,1000,…] [--hand-up-to N] [--runs N] [--expand] [--work DIR]

  --sizes        catalogs to measure: `agora` (errors.toml) and synthetic sizes
                 [agora,1000,2000,5000,10000,20000]
  --hand-up-to   the largest size that is also measured written by hand [5000]: rust-analyzer
                 takes minutes past it
  --runs         analyses per workspace, each from a fresh load; medians are printed [3]
  --expand       also time \"Expand macro recursively\" on the macro call (once per catalog)
  --shares N     instead, what each lookup of N synthetic codes costs: the expansion pasted in
                 as a plain file, then with one function's body at a time replaced by `loop {}`
  --work DIR     where the workspaces are written [the bench's target directory]";

struct Options {
    sizes: Vec<Size>,
    hand_up_to: usize,
    runs: usize,
    expand: bool,
    shares: Option<usize>,
    work: PathBuf,
}

#[derive(Clone, Copy)]
enum Size {
    Agora,
    Synthetic(usize),
}

impl Size {
    fn label(self) -> String {
        match self {
            Size::Agora => "agora".to_owned(),
            Size::Synthetic(count) => count.to_string(),
        }
    }
}

fn options() -> Result<Options, String> {
    let here = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut options = Options {
        sizes: parse_sizes("agora,1000,2000,5000,10000,20000")?,
        hand_up_to: 5000,
        runs: 3,
        expand: false,
        shares: None,
        work: here.join("target").join("workspaces"),
    };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = || args.next().ok_or(format!("{arg} needs a value\n\n{USAGE}"));
        let number = |text: String| text.parse().map_err(|_| format!("not a number: {text}"));
        match arg.as_str() {
            "--sizes" => options.sizes = parse_sizes(&value()?)?,
            "--hand-up-to" => options.hand_up_to = number(value()?)?,
            "--runs" => options.runs = number(value()?)?.max(1),
            "--expand" => options.expand = true,
            "--shares" => options.shares = Some(number(value()?)?),
            "--work" => options.work = PathBuf::from(value()?),
            "-h" | "--help" => {
                println!("{USAGE}");
                std::process::exit(0);
            }
            other => return Err(format!("unknown option {other}\n\n{USAGE}")),
        }
    }
    Ok(options)
}

fn parse_sizes(list: &str) -> Result<Vec<Size>, String> {
    list.split(',')
        .map(|size| match size.trim() {
            "agora" => Ok(Size::Agora),
            count => count
                .parse()
                .map(Size::Synthetic)
                .map_err(|_| format!("not a size: {count} (agora, or a number of codes)")),
        })
        .collect()
}

fn main() {
    let options = options().unwrap_or_else(|message| {
        eprintln!("{message}");
        std::process::exit(2);
    });
    // One target directory for every workspace: the runtime crate and the macro build once.
    let target = options.work.join("target");
    // SAFETY: nothing else runs yet; rust-analyzer's cargo runs inherit it.
    unsafe { std::env::set_var("CARGO_TARGET_DIR", &target) };
    if let Some(count) = options.shares {
        print!("{}", shares(&options, count));
        return;
    }
    let mut rows = Vec::new();
    for size in &options.sizes {
        let entries = match size {
            Size::Agora => synthetic::agora(),
            Size::Synthetic(count) => synthetic::synthetic(*count),
        };
        let codes = entries.len();
        let toml = match size {
            Size::Agora => include_str!("../../errors.toml").to_owned(),
            Size::Synthetic(_) => synthetic::catalog_toml("ErrorCode", &entries),
        };
        let catalog =
            chat_errors_codegen::parse(&toml).expect("the benchmark's catalogs are valid");
        let expansion = chat_errors_codegen::expand(&catalog).len()
            + chat_errors_codegen::catalog_impl(&catalog).len();
        let mut kinds = vec![(
            Kind::Macro,
            "chat_errors::agora_errors!(\"errors.toml\");\n".to_owned(),
        )];
        if codes <= options.hand_up_to {
            kinds.push((Kind::Hand, synthetic::hand_written("ErrorCode", &entries)));
        }
        for (kind, lib) in kinds {
            let dir = options
                .work
                .join(format!("{}-{}", size.label(), kind.label()));
            let toml = (kind == Kind::Macro).then_some(toml.as_str());
            write_workspace(&dir, &lib, toml, &entries);
            let check = cargo_check(&dir);
            let mut runs: Vec<Timings> = (0..options.runs)
                .map(|_| analyse(&dir, kind, &entries, options.expand))
                .collect();
            let timings = Timings::median(&mut runs);
            eprintln!(
                "{} {}: {timings:?}, cargo check {check:?}",
                size.label(),
                kind.label()
            );
            rows.push(Row {
                label: size.label(),
                codes,
                kind,
                timings,
                check,
                expansion: (kind == Kind::Macro).then_some(expansion),
            });
        }
    }
    print!("{}", table(&rows));
}

/// The diagnostics of the enum's file with the whole expansion, and without each function's body
/// in turn: which lookups rust-analyzer spends its time on.
fn shares(options: &Options, count: usize) -> String {
    let entries = synthetic::synthetic(count);
    let catalog = chat_errors_codegen::parse(&synthetic::catalog_toml("ErrorCode", &entries))
        .expect("the benchmark's catalogs are valid");
    let expansion = chat_errors_codegen::expand(&catalog);
    let measure = |source: &str| {
        let dir = options.work.join(format!("{count}-shares"));
        write_workspace(&dir, source, None, &entries);
        let mut runs: Vec<Timings> = (0..options.runs)
            .map(|_| analyse(&dir, Kind::Macro, &entries, false))
            .collect();
        Timings::median(&mut runs).diagnostics_errors
    };
    let whole = measure(&expansion);
    let mut out = format!(
        "Full diagnostics of the expansion of {count} codes as a plain file: {:.3} s\n\n\
         | function | its body's share (s) |\n|---|---:|\n",
        whole.as_secs_f64()
    );
    for (name, body) in function_bodies(&expansion) {
        // Only the bodies that grow with the catalog.
        if body.len() < count * 8 {
            continue;
        }
        let without = format!(
            "{}{{ loop {{}} }}{}",
            &expansion[..body.start],
            &expansion[body.end..]
        );
        let share = whole.as_secs_f64() - measure(&without).as_secs_f64();
        let _ = writeln!(out, "| `{name}` | {share:.3} |");
    }
    out
}

/// The generated functions' names and the spans of their bodies, braces included. The generated
/// code has no braces in its strings but in `format!`-like literals of fixed functions, which
/// are small and skipped.
fn function_bodies(source: &str) -> Vec<(String, std::ops::Range<usize>)> {
    let mut bodies = Vec::new();
    let mut rest = 0;
    while let Some(found) = source[rest..].find("fn ") {
        let name_start = rest + found + 3;
        let name: String = source[name_start..]
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        let Some(open) = source[name_start..].find('{').map(|at| name_start + at) else {
            break;
        };
        let mut depth = 0;
        let mut end = open;
        let mut in_string = false;
        let mut escaped = false;
        for (at, byte) in source.bytes().enumerate().skip(open) {
            match byte {
                _ if escaped => escaped = false,
                b'\\' if in_string => escaped = true,
                b'"' => in_string = !in_string,
                b'{' if !in_string => depth += 1,
                b'}' if !in_string => {
                    depth -= 1;
                    if depth == 0 {
                        end = at + 1;
                        break;
                    }
                }
                _ => {}
            }
        }
        bodies.push((name, open..end));
        rest = end.max(name_start);
    }
    bodies
}

/// How the crate `errors` holds the enum.
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    /// Expanded from `errors.toml` by `agora_errors!`.
    Macro,
    /// Written by hand (`synthetic::hand_written`): the enum and five lookups, no docs.
    Hand,
}

impl Kind {
    fn label(self) -> &'static str {
        match self {
            Kind::Macro => "chat-errors",
            Kind::Hand => "hand-written",
        }
    }
}

fn write_workspace(dir: &Path, lib: &str, toml: Option<&str>, entries: &[synthetic::Entry]) {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("in the repo");
    let runtime = repo.join("chat-errors");
    let write = |path: &str, text: &str| {
        let path = dir.join(path);
        std::fs::create_dir_all(path.parent().expect("a file in a folder")).expect("writable");
        // Unchanged files keep their time stamps, and cargo its cache.
        if std::fs::read_to_string(&path).ok().as_deref() != Some(text) {
            std::fs::write(&path, text).expect("writable");
        }
    };
    write(
        "Cargo.toml",
        "[workspace]\nmembers = [\"errors\", \"app\"]\nresolver = \"3\"\n",
    );
    write(
        "errors/Cargo.toml",
        &format!(
            "[package]\nname = \"errors\"\nversion = \"0.0.0\"\nedition = \"2024\"\n\n\
             [dependencies]\nchat-errors = {{ path = {:?} }}\n",
            runtime.display().to_string()
        ),
    );
    write("errors/src/lib.rs", lib);
    if let Some(toml) = toml {
        write("errors/errors.toml", toml);
    }
    write(
        "app/Cargo.toml",
        "[package]\nname = \"app\"\nversion = \"0.0.0\"\nedition = \"2024\"\n\n\
         [dependencies]\nerrors = { path = \"../errors\" }\n",
    );
    write("app/src/lib.rs", &downstream(entries));
    write("app/src/warm.rs", WARM);
}

/// A file of `app` that uses no catalog, diagnosed first: what any first diagnostics pays for
/// the standard library (derives, formatting, `Option`) is then paid before the measured ones.
const WARM: &str = "#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Mode {
    Fast,
    Slow(u8),
}

impl core::fmt::Display for Mode {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self {
            Mode::Fast => f.write_str(\"fast\"),
            Mode::Slow(level) => write!(f, \"slow {level}\"),
        }
    }
}

pub fn parse(text: &str) -> Option<Mode> {
    match text {
        \"fast\" => Some(Mode::Fast),
        other => other.parse().ok().map(Mode::Slow),
    }
}

pub fn modes() -> Vec<String> {
    [Mode::Fast, Mode::Slow(1)].iter().map(|mode| format!(\"{mode} {mode:?}\")).collect()
}
";

/// A file that uses the enum as an application does: a lookup by code, a match on a variant,
/// its texts. The editor hovers in `hover` and completes in `complete`.
fn downstream(entries: &[synthetic::Entry]) -> String {
    let first = &entries[0].variant;
    let last = &entries[entries.len() - 1].variant;
    format!(
        "pub mod warm;

use errors::ErrorCode;

/// What to tell a user about a failed call.
pub fn explain(code: i32) -> String {{
    match ErrorCode::from_code(code) {{
        Some(ErrorCode::{first}) => String::from(\"fine\"),
        Some(known) => format!(\"{{}}: {{}}\", known.name(), known.description()),
        None => format!(\"unknown code {{code}}\"),
    }}
}}

pub fn by_name(name: &str) -> Option<i32> {{
    ErrorCode::from_name(name).map(ErrorCode::code)
}}

pub fn hover() -> ErrorCode {{
    ErrorCode::{first}
}}

pub fn complete() {{
    let _code = ErrorCode::{last};
}}
"
    )
}

#[derive(Debug, Default, Clone, Copy)]
struct Timings {
    load: Duration,
    hover: Duration,
    completion: Duration,
    /// Variants among the completions: all of them, or the editor does not offer what it should.
    variants: usize,
    /// Full diagnostics of a file that uses no catalog, first.
    warm_up: Duration,
    diagnostics_errors: Duration,
    diagnostics_app: Duration,
    edit_errors: Duration,
    typing_errors: Duration,
    edit_app: Duration,
    expand: Option<(Duration, usize)>,
}

impl Timings {
    /// Each measure's median over the runs.
    fn median(runs: &mut [Timings]) -> Timings {
        let middle = runs.len() / 2;
        let median = |runs: &mut [Timings], key: fn(&Timings) -> Duration| {
            runs.sort_by_key(key);
            key(&runs[middle])
        };
        Timings {
            load: median(runs, |t| t.load),
            hover: median(runs, |t| t.hover),
            completion: median(runs, |t| t.completion),
            variants: runs[0].variants,
            warm_up: median(runs, |t| t.warm_up),
            diagnostics_errors: median(runs, |t| t.diagnostics_errors),
            diagnostics_app: median(runs, |t| t.diagnostics_app),
            edit_errors: median(runs, |t| t.edit_errors),
            typing_errors: median(runs, |t| t.typing_errors),
            edit_app: median(runs, |t| t.edit_app),
            expand: runs[0].expand,
        }
    }
}

fn path(path: &Path) -> AbsPathBuf {
    AbsPathBuf::assert(Utf8PathBuf::from_path_buf(path.to_path_buf()).expect("a UTF-8 path"))
}

/// One fresh analysis of the workspace at `dir`, as an editor opening it.
fn analyse(dir: &Path, kind: Kind, entries: &[synthetic::Entry], expand: bool) -> Timings {
    let mut timings = Timings::default();
    let start = Instant::now();
    // The language server's defaults: every target, `cfg(test)`, the toolchain's library source.
    let cargo = CargoConfig {
        all_targets: true,
        set_test: true,
        sysroot: Some(RustLibSource::Discover),
        ..Default::default()
    };
    let manifest = ProjectManifest::discover_single(&path(dir)).expect("a Cargo workspace");
    let mut workspace = ProjectWorkspace::load(manifest, &cargo, &|_| ()).expect("cargo metadata");
    let scripts = workspace
        .run_build_scripts(&cargo, &|_| ())
        .expect("cargo check for build scripts and proc macros");
    if let Some(error) = scripts.error() {
        panic!("building proc macros failed: {error}");
    }
    workspace.set_build_scripts(scripts);
    let load = LoadCargoConfig {
        load_out_dirs_from_check: true,
        with_proc_macro_server: ProcMacroServerChoice::Sysroot,
        prefill_caches: false,
        num_worker_threads: 2,
        proc_macro_processes: 1,
    };
    let (db, vfs, server) =
        load_workspace(workspace, &Default::default(), &load).expect("the workspace loads");
    assert!(
        server.is_some(),
        "no proc-macro server: the toolchain has none in libexec/"
    );
    let mut host = AnalysisHost::with_database(db);
    timings.load = start.elapsed();

    let errors_file = dir.join("errors/src/lib.rs");
    let app_file = dir.join("app/src/lib.rs");
    let errors = file_id(&vfs, &errors_file);
    let app = file_id(&vfs, &app_file);
    let app_text = std::fs::read_to_string(&app_file).expect("written above");
    let errors_text = std::fs::read_to_string(&errors_file).expect("written above");
    let hovered = "pub fn hover() -> ErrorCode {\n    ErrorCode::";
    let offset =
        TextSize::from((app_text.find(hovered).expect("written") + hovered.len() + 1) as u32);
    let range = FileRange {
        file_id: app,
        range: TextRange::empty(offset),
    };
    let (hover, elapsed) = time(|| {
        host.analysis()
            .hover(&hover_config(), range)
            .expect("not cancelled")
    });
    timings.hover = elapsed;
    let hover = hover.expect("a hover on a variant").info.markup.to_string();
    // The macro's variants carry their rustdoc; the hand-written ones have none.
    let shown = match kind {
        Kind::Macro => &entries[0].name,
        Kind::Hand => &entries[0].variant,
    };
    assert!(
        hover.contains(shown.as_str()),
        "the hover shows {shown}:\n{hover}"
    );

    // The editor's state as the user types `ErrorCode::` and waits.
    let last = &entries[entries.len() - 1].variant;
    let typed = "let _code = ErrorCode::";
    let typing = app_text.replacen(&format!("{typed}{last};"), typed, 1);
    let offset = TextSize::from((typing.find(typed).expect("written") + typed.len()) as u32);
    change(&mut host, app, &typing);
    let (items, elapsed) = time(|| {
        host.analysis()
            .completions(
                &completion_config(),
                FilePosition {
                    file_id: app,
                    offset,
                },
                Some(':'),
            )
            .expect("not cancelled")
            .unwrap_or_default()
    });
    timings.completion = elapsed;
    timings.variants = items
        .iter()
        .filter(|item| format!("{:?}", item.kind) == "SymbolKind(Variant)")
        .count();
    assert_eq!(
        timings.variants,
        entries.len(),
        "completion offers every variant"
    );
    change(&mut host, app, &app_text);

    let diagnostics = |host: &AnalysisHost, file: FileId| {
        let (found, elapsed) = time(|| {
            host.analysis()
                .full_diagnostics(&diagnostics_config(), AssistResolveStrategy::None, file)
                .expect("not cancelled")
        });
        let errors: Vec<String> = found
            .iter()
            .filter(|d| format!("{:?}", d.severity) == "Error")
            .map(|d| d.message.clone())
            .collect();
        assert!(
            errors.is_empty(),
            "rust-analyzer reports errors: {errors:?}"
        );
        elapsed
    };
    timings.warm_up = diagnostics(&host, file_id(&vfs, &dir.join("app/src/warm.rs")));
    timings.diagnostics_errors = diagnostics(&host, errors);
    timings.diagnostics_app = diagnostics(&host, app);
    // An edit that adds an item: the crate's items change, and what depends on them is checked
    // again (a comment would change nothing rust-analyzer keeps).
    let edit = "\npub fn edited() -> Option<ErrorCode> {\n    ErrorCode::from_code(0)\n}\n";
    change(&mut host, errors, &format!("{errors_text}{edit}"));
    timings.edit_errors = diagnostics(&host, errors);
    // Typing in the body of the function just added: one digit changes, the crate's items do not.
    let typed = edit.replace("from_code(0)", "from_code(1)");
    change(&mut host, errors, &format!("{errors_text}{typed}"));
    timings.typing_errors = diagnostics(&host, errors);
    change(&mut host, app, &format!("{app_text}{edit}"));
    timings.edit_app = diagnostics(&host, app);

    if expand && kind == Kind::Macro {
        let offset = TextSize::from(errors_text.find("agora_errors").expect("the call") as u32 + 1);
        let (expansion, elapsed) = time(|| {
            host.analysis()
                .expand_macro(FilePosition {
                    file_id: errors,
                    offset,
                })
                .expect("not cancelled")
                .expect("the call expands")
        });
        timings.expand = Some((elapsed, expansion.expansion.len()));
    }
    drop(server);
    timings
}

fn time<T>(work: impl FnOnce() -> T) -> (T, Duration) {
    let start = Instant::now();
    let value = work();
    (value, start.elapsed())
}

fn file_id(vfs: &Vfs, file: &Path) -> FileId {
    vfs.file_id(&VfsPath::from(path(file)))
        .map(|(id, _)| id)
        .unwrap_or_else(|| panic!("{} is in the workspace", file.display()))
}

fn change(host: &mut AnalysisHost, file: FileId, text: &str) {
    let mut change = ChangeWithProcMacros::default();
    change.change_file(file, Some(text.to_owned()));
    host.apply_change(change);
}

fn hover_config() -> HoverConfig<'static> {
    HoverConfig {
        links_in_hover: true,
        memory_layout: None,
        documentation: true,
        keywords: true,
        format: HoverDocFormat::Markdown,
        max_trait_assoc_items_count: None,
        max_fields_count: Some(5),
        max_enum_variants_count: Some(5),
        max_subst_ty_len: SubstTyLen::Unlimited,
        show_drop_glue: true,
        ra_fixture: RaFixtureConfig::default(),
    }
}

fn completion_config() -> CompletionConfig<'static> {
    CompletionConfig {
        enable_postfix_completions: true,
        enable_imports_on_the_fly: true,
        enable_self_on_the_fly: true,
        enable_auto_iter: true,
        enable_auto_await: true,
        enable_private_editable: false,
        enable_term_search: false,
        term_search_fuel: 1000,
        full_function_signatures: false,
        callable: Some(CallableSnippets::FillArguments),
        add_colons_to_module: true,
        add_semicolon_to_unit: true,
        snippet_cap: SnippetCap::new(true),
        insert_use: InsertUseConfig {
            granularity: ImportGranularity::Crate,
            enforce_granularity: true,
            prefix_kind: PrefixKind::Plain,
            group: true,
            skip_glob_imports: true,
        },
        prefer_no_std: false,
        prefer_prelude: true,
        prefer_absolute: false,
        snippets: Vec::new(),
        limit: None,
        fields_to_resolve: CompletionFieldsToResolve::empty(),
        exclude_flyimport: Vec::new(),
        exclude_traits: &[],
        ra_fixture: RaFixtureConfig::default(),
    }
}

fn diagnostics_config() -> DiagnosticsConfig {
    let mut config = DiagnosticsConfig::test_sample();
    config.proc_macros_enabled = true;
    config.proc_attr_macros_enabled = true;
    config
}

/// `cargo check` of the crate that holds the enum, after a touch of its file: the median of three.
fn cargo_check(dir: &Path) -> Duration {
    let run = || {
        let status = Command::new("cargo")
            .args(["check", "--quiet", "-p", "errors"])
            .current_dir(dir)
            .status()
            .expect("cargo runs");
        assert!(status.success(), "cargo check of {} failed", dir.display());
    };
    run();
    let lib = dir.join("errors/src/lib.rs");
    let mut times: Vec<Duration> = (0..3)
        .map(|_| {
            let text = std::fs::read(&lib).expect("written");
            std::fs::write(&lib, text).expect("writable");
            time(run).1
        })
        .collect();
    times.sort();
    times[1]
}

struct Row {
    label: String,
    codes: usize,
    kind: Kind,
    timings: Timings,
    check: Duration,
    expansion: Option<usize>,
}

fn table(rows: &[Row]) -> String {
    let seconds = |duration: Duration| format!("{:.3}", duration.as_secs_f64());
    let mut out = String::from(
        "| catalog | enum | first hover (s) | completion (s) | warm-up (s) | diagnostics, enum's file (s) \
         | diagnostics, downstream (s) | after an edit, enum's file (s) \
         | after typing in a body, enum's file (s) | after an edit, downstream (s) \
         | cargo check (s) | ÷ cargo check | expansion (bytes per code) |\n\
         |---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n",
    );
    for row in rows {
        let t = &row.timings;
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {:.2}x | {} |",
            row.label,
            row.kind.label(),
            seconds(t.hover),
            seconds(t.completion),
            seconds(t.warm_up),
            seconds(t.diagnostics_errors),
            seconds(t.diagnostics_app),
            seconds(t.edit_errors),
            seconds(t.typing_errors),
            seconds(t.edit_app),
            seconds(row.check),
            t.diagnostics_errors.as_secs_f64() / row.check.as_secs_f64(),
            row.expansion
                .map_or("".to_owned(), |bytes| (bytes / row.codes).to_string()),
        );
    }
    out.push_str(
        "\nLoading each workspace (cargo metadata, the proc-macro build, the file system):",
    );
    for row in rows {
        let _ = write!(
            out,
            " {} {} {}s;",
            row.label,
            row.kind.label(),
            seconds(row.timings.load)
        );
    }
    out.push('\n');
    for row in rows {
        if let Some((elapsed, bytes)) = row.timings.expand {
            let _ = writeln!(
                out,
                "Expand macro recursively, {} codes: {} s, {bytes} bytes shown.",
                row.codes,
                seconds(elapsed)
            );
        }
    }
    out
}
