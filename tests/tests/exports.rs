//! Every export to another language (`chat-errors export --lang …`), compiled by that language's
//! own toolchain and run. For each catalog the test asks the same questions of the Rust enum
//! and of a small program in the other language (`tests/exports/<language>/`): names both ways,
//! texts in several language tags, groups of codes nobody listed, unknown codes through a round
//! trip, messages rendered with arguments, the stamp. The answers must be the same, line by line.
//!
//! Where a toolchain is missing the test says that it skipped, on the terminal rather than in
//! captured output; with `CHAT_ERRORS_REQUIRE_TOOLCHAINS` set (as `.ci/run` sets it after
//! `.ci/toolchains` installed them) a missing toolchain fails it.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use chat_errors::{Catalog, Error, Group as _, IntoCode};
use clap::Parser as _;

/// One catalog: what the command exports it from, and the questions with the Rust side's answers.
struct Case {
    name: &'static str,
    enum_name: &'static str,
    source: String,
    integer: bool,
    entries: usize,
    queries: Vec<String>,
    answers: Vec<String>,
}

fn cases() -> Vec<Case> {
    let file = |name: &str| {
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("catalogs")
            .join(name)
            .display()
            .to_string()
    };
    vec![
        case::<chat_errors::ErrorCode>("sdk", "sdk".into(), &["250", "99999", "-7", "350"]),
        case::<chat_errors_tests::tickets::TicketError>(
            "tickets",
            file("tickets.toml"),
            &[
                "seat.locked",
                "seat.upgrade",
                "pay.refund failed",
                "gift.expired",
            ],
        ),
        case::<chat_errors_tests::orders::OrderError>(
            "orders",
            file("orders.toml"),
            &["4999", "5500", "7777"],
        ),
        // Catalogs nobody here wrote: PostgreSQL's SQLSTATEs (string codes, classes as prefixes,
        // lowercase names), IANA's HTTP statuses, MariaDB's messages in 26 languages with
        // arguments where its printf directives were.
        case::<chat_errors_tests::sqlstate::SqlState>(
            "sqlstate",
            generated("sqlstate.toml"),
            &["23999", "ZZ000", "P0"],
        ),
        case::<chat_errors_tests::http::HttpStatus>(
            "http",
            generated("http.toml"),
            &["299", "599", "999"],
        ),
        case::<chat_errors_tests::mariadb::MariaDbError>(
            "mariadb",
            generated("mariadb.toml"),
            &["999", "4999"],
        ),
        // 3,000 codes: more than a Kotlin `enum class` takes, and a union of every code.
        case::<chat_errors_tests::large::LargeError>(
            "large",
            generated("large.toml"),
            &["1", "2147483647", "-2147483648"],
        ),
    ]
}

/// A catalog the build script wrote from a table of data.
fn generated(name: &str) -> String {
    Path::new(env!("OUT_DIR")).join(name).display().to_string()
}

fn case<E: Catalog>(name: &'static str, source: String, unknown: &[&str]) -> Case
where
    E::Code: IntoCode<E::Code>,
{
    let queries = queries::<E>(unknown);
    let answers = queries.iter().map(|query| answer::<E>(query)).collect();
    let stamp = E::STAMP;
    Case {
        name,
        enum_name: &stamp[..stamp.find(':').unwrap()],
        source,
        integer: core::any::TypeId::of::<E::Code>() != core::any::TypeId::of::<String>(),
        entries: E::ALL.len(),
        queries,
        answers,
    }
}

/// The questions, a line each, their words separated by tabs (string codes may hold spaces).
fn queries<E: Catalog>(unknown: &[&str]) -> Vec<String> {
    let mut tags: Vec<String> = vec![String::new(), "xx".into(), "fr-FR".into()];
    // The first languages and the last: a catalog of 26 would ask thousands of questions more.
    let languages = E::LANGUAGES
        .iter()
        .take(3)
        .chain(E::LANGUAGES.iter().skip(3).last());
    for language in languages.clone() {
        tags.push((*language).to_owned());
        tags.push(format!("{}_Latn-XX", language.to_ascii_uppercase()));
        tags.push(format!(" {language}-x-private ;q=0.5"));
    }
    let mut queries = vec!["stamp".to_owned()];
    queries.extend(tags.iter().map(|tag| format!("resolve\t{tag}")));
    for entry in E::ALL {
        let code = entry.code().to_string();
        for question in ["name", "group", "flags", "meta", "roundtrip", "retired"] {
            queries.push(format!("{question}\t{code}"));
        }
        let names = core::iter::once(entry.name())
            .chain(entry.aliases().iter().copied())
            .chain(
                E::PLATFORMS
                    .iter()
                    .filter_map(|platform| entry.platform_name(platform)),
            );
        queries.extend(names.map(|name| format!("from_name\t{name}")));
        for tag in &tags {
            for text in ["description", "cause", "note"] {
                queries.push(format!("{text}\t{code}\t{tag}"));
            }
        }
        let values: Vec<String> = entry
            .args()
            .iter()
            .map(|arg| {
                let value = match arg.ty {
                    chat_errors::ArgType::String => "A7",
                    chat_errors::ArgType::Bool => "true",
                    _ => "30",
                };
                format!("{}={value}", arg.name)
            })
            .collect();
        for tag in languages.clone().chain(["xx"].iter()) {
            queries.push(format!("render\t{code}\t{tag}\t{}", values.join(",")));
            if values.len() > 1 {
                let fewer = &values[..values.len() - 1];
                queries.push(format!("render\t{code}\t{tag}\t{}", fewer.join(",")));
            }
        }
    }
    for code in unknown {
        for question in ["name", "group", "roundtrip", "retired", "meta"] {
            queries.push(format!("{question}\t{code}"));
        }
        queries.push(format!("description\t{code}\ten"));
        queries.push(format!("render\t{code}\ten\tseat=A7"));
    }
    queries.push("from_name\tNO_SUCH_NAME".into());
    queries
}

/// What the Rust side answers to `query`: the answer every export's program must print.
fn answer<E: Catalog>(query: &str) -> String
where
    E::Code: IntoCode<E::Code>,
{
    let words: Vec<&str> = query.split('\t').collect();
    let error = || {
        Error::<E>::new(
            E::parse_code(words[1]).expect("a code of the catalog's type"),
            "",
        )
    };
    let entry = || error().kind();
    let text = |text: Option<&str>| text.map_or("-".to_owned(), |text| text.replace('\n', "\\n"));
    let list = |items: Vec<String>| {
        if items.is_empty() {
            "-".to_owned()
        } else {
            items.join(",")
        }
    };
    match words[0] {
        "stamp" => E::STAMP.to_owned(),
        "resolve" => text(E::resolve_language(words[1])),
        "name" => text(entry().map(E::name)),
        "from_name" => text(
            E::from_name(words[1])
                .map(|entry| entry.code().to_string())
                .as_deref(),
        ),
        "group" => text(error().group().map(|group| group.name())),
        "flags" => list(entry().map_or(Vec::new(), |entry| {
            entry
                .flags()
                .iter()
                .map(|flag| (*flag).to_owned())
                .collect()
        })),
        "roundtrip" => {
            let error = error();
            format!("{} {}", error.code(), text(error.kind().map(E::name)))
        }
        "retired" => error().retired().map_or("-".to_owned(), |retired| {
            format!(
                "{}|{}|{}",
                retired.name,
                retired.reason,
                text(retired.since)
            )
        }),
        "meta" => {
            let Some(entry) = entry() else {
                return "-".to_owned();
            };
            let platforms = E::PLATFORMS
                .iter()
                .filter_map(|platform| {
                    Some(format!("{platform}:{}", entry.platform_name(platform)?))
                })
                .collect();
            let args = entry
                .args()
                .iter()
                .map(|arg| format!("{}:{}", arg.name, arg.ty))
                .collect();
            format!(
                "aliases={};platforms={};deprecated={};docs={};http={};grpc={};args={}",
                list(
                    entry
                        .aliases()
                        .iter()
                        .map(|alias| (*alias).to_owned())
                        .collect()
                ),
                list(platforms),
                text(entry.deprecated()),
                text(entry.docs_url()),
                text(
                    entry
                        .http_status()
                        .map(|status| status.to_string())
                        .as_deref()
                ),
                text(entry.grpc_code().map(chat_errors::GrpcCode::name)),
                list(args),
            )
        }
        "description" => text(entry().map(|entry| {
            entry
                .description_in(words[2])
                .unwrap_or(entry.description())
        })),
        "cause" => text(entry().and_then(|entry| entry.cause_in(words[2]).or(entry.cause()))),
        "note" => text(entry().and_then(|entry| entry.note_in(words[2]).or(entry.note()))),
        "render" => {
            let Some(entry) = entry() else {
                return "-".to_owned();
            };
            let mut error = error();
            for pair in words[3].split(',').filter(|pair| !pair.is_empty()) {
                let (name, value) = pair.split_once('=').unwrap();
                let ty = entry
                    .args()
                    .iter()
                    .find(|arg| arg.name == name)
                    .map(|arg| arg.ty);
                let value = ty.map_or(chat_errors::ArgValue::Str(value.into()), |ty| {
                    ty.read(value)
                });
                error = error.with_arg(name, value);
            }
            text(Some(&error.message_in(words[2])))
        }
        other => panic!("no question `{other}`"),
    }
}

/// A toolchain's program, or `None` after saying that `language`'s test was skipped for want of
/// it. Looked for in `.toolchains/` (where `.ci/toolchains` installs), then on `PATH`.
fn tool(language: &str, name: &str) -> Option<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../.toolchains");
    let local = [root.join("node_modules/.bin"), root.join("venv/bin")];
    let path = std::env::var_os("PATH").unwrap_or_default();
    let found = local
        .into_iter()
        .chain(std::env::split_paths(&path))
        .map(|dir| dir.join(name))
        .find(|path| path.is_file());
    if found.is_none() {
        assert!(
            std::env::var_os("CHAT_ERRORS_REQUIRE_TOOLCHAINS").is_none(),
            "CHAT_ERRORS_REQUIRE_TOOLCHAINS is set, but `{name}` is neither in .toolchains/ nor \
             on PATH: run .ci/toolchains"
        );
        let _ = writeln!(
            std::io::stderr(),
            "skipped the {language} export test: no `{name}` in .toolchains/ or on PATH (run \
             .ci/toolchains, which installs every toolchain the export tests use)"
        );
    }
    found
}

/// A fresh directory for one language and catalog, with a space in its path.
fn scratch(language: &str, case: &Case) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("exports")
        .join(format!("{language} {}", case.name));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Runs `chat-errors export`, as a user would, into `out`.
fn export(case: &Case, language: &str, namespace: Option<&str>, out: &Path) {
    if let Err(message) = try_export(case, language, namespace, out) {
        panic!("{message}");
    }
}

/// Runs `chat-errors export` into `out`, or gives what it said on its way out.
fn try_export(
    case: &Case,
    language: &str,
    namespace: Option<&str>,
    out: &Path,
) -> Result<(), String> {
    let mut args = vec![
        "chat-errors",
        "export",
        "--lang",
        language,
        "--catalog",
        &case.source,
    ];
    let out = out.display().to_string();
    args.extend(["--out", &out]);
    if let Some(namespace) = namespace {
        args.extend(["--namespace", namespace]);
    }
    let (mut stdout, mut stderr) = (Vec::new(), Vec::new());
    let status = chat_errors_cli::run(
        chat_errors_cli::Cli::parse_from(args),
        &mut stdout,
        &mut stderr,
    );
    match status {
        0 => Ok(()),
        _ => Err(String::from_utf8_lossy(&stderr).into_owned()),
    }
}

/// Runs `command`, failing the test with its output unless it succeeds; its standard output.
fn run(command: &mut Command) -> String {
    let output = command
        .output()
        .unwrap_or_else(|error| panic!("cannot run {command:?}: {error}"));
    assert!(
        output.status.success(),
        "{command:?} failed:\n{}\n{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

/// Writes the case's questions next to the program, runs it, and compares its answers with the
/// Rust side's.
fn ask(case: &Case, dir: &Path, language: &str, command: impl FnOnce(&Path) -> Command) {
    let queries = dir.join("queries.txt");
    std::fs::write(&queries, case.queries.join("\n") + "\n").unwrap();
    let output = run(&mut command(&queries));
    let lines: Vec<&str> = output.lines().collect();
    for (index, (query, expected)) in case.queries.iter().zip(&case.answers).enumerate() {
        let actual = lines.get(index).copied().unwrap_or("<no line>");
        assert_eq!(
            actual,
            expected,
            "the {language} export of {} answers `{}` unlike the Rust side",
            case.name,
            query.replace('\t', " ")
        );
    }
    assert_eq!(
        lines.len(),
        case.queries.len(),
        "the {language} program printed extra lines"
    );
}

/// Writes into `dir` the program `file` of `language` for `case`: `__ENUM__` stands for the
/// enum's name, `__INTEGER__` for whether its codes are integers, and `__CODE__` for the type of
/// its codes, `code_types` giving the integer type's and the string type's names.
fn program(dir: &Path, language: &str, file: &str, case: &Case, code_types: [&str; 2]) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("exports")
        .join(language)
        .join(file);
    let text = std::fs::read_to_string(path)
        .unwrap()
        .replace("__ENUM__", case.enum_name)
        .replace("__INTEGER__", if case.integer { "true" } else { "false" })
        .replace("__CODE__", code_types[usize::from(!case.integer)]);
    std::fs::write(dir.join(file), text).unwrap();
}

#[test]
fn typescript() {
    let (Some(tsc), Some(prettier), Some(node)) = (
        tool("TypeScript", "tsc"),
        tool("TypeScript", "prettier"),
        tool("TypeScript", "node"),
    ) else {
        return;
    };
    for case in cases() {
        let dir = scratch("typescript", &case);
        export(&case, "typescript", None, &dir.join("catalog.ts"));
        program(&dir, "typescript", "main.ts", &case, ["number", "string"]);
        program(&dir, "typescript", "node.d.ts", &case, ["number", "string"]);
        std::fs::write(dir.join("package.json"), "{\"type\": \"module\"}\n").unwrap();
        run(Command::new(&prettier)
            .arg("--check")
            .arg("catalog.ts")
            .current_dir(&dir));
        run(Command::new(&tsc)
            .args([
                "--strict",
                "--isolatedModules",
                "--erasableSyntaxOnly",
                "--noUnusedLocals",
            ])
            .args([
                "--target", "es2022", "--lib", "es2022", "--module", "nodenext", "--outDir", "out",
            ])
            .args(["catalog.ts", "main.ts", "node.d.ts"])
            .current_dir(&dir));
        ask(&case, &dir, "TypeScript", |queries| {
            let mut command = Command::new(&node);
            command.arg(dir.join("out/main.js")).arg(queries);
            command
        });
    }
}

#[test]
fn python() {
    let (Some(python), Some(mypy), Some(black)) = (
        tool("Python", "python3"),
        tool("Python", "mypy"),
        tool("Python", "black"),
    ) else {
        return;
    };
    for case in cases() {
        let dir = scratch("python", &case);
        export(&case, "python", None, &dir.join("catalog.py"));
        program(&dir, "python", "main.py", &case, ["int", "str"]);
        run(Command::new(&black)
            .args(["--check", "--quiet", "catalog.py"])
            .current_dir(&dir));
        run(Command::new(&mypy)
            .args(["--strict", "--no-incremental", "catalog.py", "main.py"])
            .current_dir(&dir));
        ask(&case, &dir, "Python", |queries| {
            let mut command = Command::new(&python);
            command
                .arg(dir.join("main.py"))
                .arg(queries)
                .current_dir(&dir);
            command
        });
    }
}

#[test]
fn go() {
    let (Some(go), Some(gofmt)) = (tool("Go", "go"), tool("Go", "gofmt")) else {
        return;
    };
    for case in cases() {
        let dir = scratch("go", &case);
        std::fs::create_dir_all(dir.join("catalog")).unwrap();
        export(
            &case,
            "go",
            Some("catalog"),
            &dir.join("catalog/catalog.go"),
        );
        program(&dir, "go", "main.go", &case, ["", ""]);
        std::fs::write(dir.join("go.mod"), "module exporttest\n\ngo 1.19\n").unwrap();
        let unformatted = run(Command::new(&gofmt)
            .args(["-l", "catalog"])
            .current_dir(&dir));
        assert_eq!(
            unformatted, "",
            "gofmt would change the Go export of {}",
            case.name
        );
        let go = |args: &[&str]| {
            let mut command = Command::new(&go);
            command
                .args(args)
                .current_dir(&dir)
                .env("GOPROXY", "off")
                .env("GOFLAGS", "-mod=mod")
                .env(
                    "GOCACHE",
                    Path::new(env!("CARGO_TARGET_TMPDIR")).join("go-cache"),
                );
            command
        };
        run(&mut go(&["vet", "./..."]));
        run(&mut go(&["build", "-o", "answers", "."]));
        ask(&case, &dir, "Go", |queries| {
            let mut command = Command::new(dir.join("answers"));
            command.arg(queries);
            command
        });
    }
}

#[test]
fn kotlin() {
    let (Some(kotlinc), Some(java)) = (tool("Kotlin", "kotlinc"), tool("Kotlin", "java")) else {
        return;
    };
    for case in cases() {
        let dir = scratch("kotlin", &case);
        if case.entries > 2_000 {
            let refused = try_export(&case, "kotlin", Some("catalog"), &dir.join("catalog.kt"));
            let message = refused.expect_err("a catalog too large for a Kotlin enum class");
            assert!(
                message.contains("does not compile for the JVM"),
                "{message}"
            );
            continue;
        }
        export(&case, "kotlin", Some("catalog"), &dir.join("catalog.kt"));
        program(&dir, "kotlin", "main.kt", &case, ["", ""]);
        let output = Command::new(&kotlinc)
            .args([
                "-Werror",
                "catalog.kt",
                "main.kt",
                "-include-runtime",
                "-d",
                "answers.jar",
            ])
            .current_dir(&dir)
            .output()
            .unwrap();
        assert!(
            output.status.success(),
            "kotlinc rejects the Kotlin export of {}:\n{}",
            case.name,
            String::from_utf8_lossy(&output.stderr)
        );
        ask(&case, &dir, "Kotlin", |queries| {
            let mut command = Command::new(&java);
            command
                .arg("-jar")
                .arg(dir.join("answers.jar"))
                .arg(queries);
            command
        });
    }
}

#[test]
fn csharp() {
    let (Some(mcs), Some(mono)) = (tool("C#", "mcs"), tool("C#", "mono")) else {
        return;
    };
    for case in cases() {
        let dir = scratch("csharp", &case);
        export(&case, "csharp", Some("Catalog"), &dir.join("catalog.cs"));
        program(&dir, "csharp", "main.cs", &case, ["", ""]);
        run(Command::new(&mcs)
            .args([
                "-warnaserror+",
                "-langversion:6",
                "-out:answers.exe",
                "catalog.cs",
                "main.cs",
            ])
            .current_dir(&dir));
        ask(&case, &dir, "C#", |queries| {
            let mut command = Command::new(&mono);
            command.arg(dir.join("answers.exe")).arg(queries);
            command
        });
    }
}
