//! Every diagnostic the macro gives, as a user sees it. Each `ui/*.rs` is a binary of a scratch
//! crate, built with the `ui/*.toml` catalogs beside it, and what rustc says about it must be
//! `ui/*.stderr`, with the scratch crate's path shown as `$DIR`; each `ui/pass/*.rs` must build
//! and run. `UI=overwrite cargo test --test ui` writes the expected output anew.

mod support;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use support::{Scratch, path_dependency, workspace, write};

#[test]
fn ui() {
    let cases = workspace().join("tests/ui");
    let mut sources = Vec::new();
    for (folder, pass) in [("ui", false), ("ui/pass", true)] {
        for path in files(&workspace().join("tests").join(folder), "rs") {
            let name = path.file_stem().unwrap().to_str().unwrap();
            let bin = if pass {
                format!("pass_{name}")
            } else {
                name.to_owned()
            };
            let relative = format!("{folder}/{name}.rs");
            sources.push(Case {
                bin,
                path,
                relative,
                pass,
            });
        }
    }
    let bins: Vec<(String, String)> = sources
        .iter()
        .map(|case| (case.bin.clone(), case.relative.clone()))
        .collect();
    let scratch = Scratch::new("ui-cases", &path_dependency("chat-errors"), &bins);
    for case in &sources {
        write(
            &scratch.root.join(&case.relative),
            &std::fs::read_to_string(&case.path).unwrap(),
        );
    }
    for path in files(&cases, "toml") {
        let copy = scratch.root.join("ui").join(path.file_name().unwrap());
        std::fs::write(copy, std::fs::read(&path).unwrap()).unwrap();
    }

    let output = scratch.cargo(&["build", "--keep-going", "--message-format=json"]);
    let messages = compiler_messages(&String::from_utf8(output.stdout).unwrap(), &scratch.root);
    let overwrite = std::env::var_os("UI").is_some_and(|mode| mode == "overwrite");
    let mut failures = Vec::new();
    for Case {
        bin, path, pass, ..
    } in &sources
    {
        let shown = messages
            .get(bin)
            .map(|m| m.diagnostics.join("\n"))
            .unwrap_or_default();
        if *pass {
            let executable = messages.get(bin).and_then(|m| m.executable.clone());
            match executable {
                Some(executable) => {
                    let run = std::process::Command::new(executable).output().unwrap();
                    if !run.status.success() {
                        failures.push(format!(
                            "{bin} built but failed when run:\n{}",
                            String::from_utf8_lossy(&run.stderr)
                        ));
                    }
                }
                None => failures.push(format!("{bin} should build, but:\n{shown}")),
            }
            continue;
        }
        let expected_path = path.with_extension("stderr");
        if overwrite {
            std::fs::write(&expected_path, &shown).unwrap();
            continue;
        }
        let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
        if shown.is_empty() {
            failures.push(format!("{bin} should fail to build, but it built"));
        } else if shown != expected {
            failures.push(format!(
                "{} differs; the compiler said:\n{shown}\n(UI=overwrite writes it)",
                expected_path.display()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// A source file of `tests/ui`, and the binary it is in the scratch crate.
struct Case {
    bin: String,
    path: PathBuf,
    relative: String,
    pass: bool,
}

/// What rustc said about one binary, and the binary when it built.
#[derive(Default)]
struct Messages {
    diagnostics: Vec<String>,
    executable: Option<PathBuf>,
}

/// cargo's JSON messages by binary; the closing "aborting due to" and `--explain` lines, which
/// say nothing of their own, are left out.
fn compiler_messages(json: &str, root: &Path) -> BTreeMap<String, Messages> {
    let root = root.display().to_string();
    let mut by_bin: BTreeMap<String, Messages> = BTreeMap::new();
    for line in json.lines() {
        let message: serde_json::Value = serde_json::from_str(line).unwrap();
        let Some(bin) = message["target"]["name"].as_str() else {
            continue;
        };
        let entry = by_bin.entry(bin.to_owned()).or_default();
        match message["reason"].as_str() {
            Some("compiler-message") => {
                let text = message["message"]["message"].as_str().unwrap_or_default();
                let level = message["message"]["level"].as_str().unwrap_or_default();
                let closing = text.starts_with("aborting due to")
                    || text.ends_with("emitted")
                    || level == "failure-note";
                if !closing {
                    let rendered = message["message"]["rendered"].as_str().unwrap_or_default();
                    let rendered = rendered.trim_end().replace(&root, "$DIR");
                    entry.diagnostics.push(rendered + "\n");
                }
            }
            Some("compiler-artifact") => {
                entry.executable = message["executable"].as_str().map(PathBuf::from);
            }
            _ => {}
        }
    }
    by_bin
}

fn files(folder: &Path, extension: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(folder)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == extension))
        .collect();
    files.sort();
    files
}
