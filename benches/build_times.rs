//! Times what a catalog costs to build, against the two ways people write one by hand.
//!
//! ```text
//! cargo run -p chat-errors-benches --release --bin build-times [-- --runs 3 --sizes 58,1000,5000]
//! ```
//!
//! For each size it writes, under `target/build-times`, a crate that holds the catalog and a crate
//! that calls every lookup, three ways: `agora_errors!` on a TOML file, a hand-written `match`,
//! and the strum + num_enum + thiserror derives. With every dependency built, it cleans the pair
//! and times `cargo build` of it (debug and release), taking the median of the runs.
//! Then it times a cold build (an empty target directory) of a holder crate with our macro and
//! with the derive stack. It prints the times and the ratios BENCHMARKS.md quotes.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use chat_errors_benches::synthetic::{self, Entry};

const WAYS: [&str; 3] = ["ours", "hand", "strum"];

fn main() {
    let mut runs = 3;
    let mut sizes = vec![58, 1000, 5000];
    let mut arguments = std::env::args().skip(1);
    while let Some(argument) = arguments.next() {
        let value = arguments.next().unwrap_or_default();
        match argument.as_str() {
            "--runs" => runs = value.parse().expect("--runs takes a number"),
            "--sizes" => {
                sizes = value
                    .split(',')
                    .map(|size| size.parse().expect("--sizes takes numbers"))
                    .collect()
            }
            other => {
                panic!("unknown argument {other}; see the comment at the top of build_times.rs")
            }
        }
    }
    let workspace = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("benches/ is in the workspace");
    let root = workspace.join("target/build-times");
    write_crates(&root, workspace, &sizes);

    println!("building every dependency once (not timed)…");
    for profile in [Profile::Debug, Profile::Release] {
        cargo(
            &root,
            &profile.flags(&["build", "--workspace"]),
            &root.join("target"),
        );
    }

    println!(
        "\n| codes | profile | chat-errors (s) | hand-written match (s) | strum stack (s) | ÷ match | ÷ strum |"
    );
    println!("|---:|---|---:|---:|---:|---:|---:|");
    for &size in &sizes {
        for profile in [Profile::Debug, Profile::Release] {
            let times: Vec<Duration> = WAYS
                .iter()
                .map(|way| {
                    let holder = format!("holder-{way}-{size}");
                    let caller = format!("caller-{way}-{size}");
                    let target = root.join("target");
                    let mut samples: Vec<Duration> = (0..runs)
                        .map(|_| {
                            let clean = ["clean", "-p", &holder, "-p", &caller];
                            cargo(&root, &profile.flags(&clean), &target);
                            cargo(&root, &profile.flags(&["build", "-p", &caller]), &target)
                        })
                        .collect();
                    samples.sort();
                    samples[samples.len() / 2]
                })
                .collect();
            let [ours, hand, strum] = [times[0], times[1], times[2]].map(|t| t.as_secs_f64());
            println!(
                "| {size} | {} | {ours:.2} | {hand:.2} | {strum:.2} | {:.2}x | {:.2}x |",
                profile.name(),
                ours / hand,
                ours / strum
            );
        }
    }

    println!("\ncold build of a holder crate, every dependency included (debug):");
    let size = sizes[0];
    let cold: Vec<f64> = ["ours", "strum"]
        .iter()
        .map(|way| {
            let target = root.join(format!("cold-{way}"));
            let _ = std::fs::remove_dir_all(&target);
            let seconds = cargo(
                &root,
                &["build", "-p", &format!("holder-{way}-{size}")],
                &target,
            )
            .as_secs_f64();
            println!("- {way}: {seconds:.2} s");
            seconds
        })
        .collect();
    println!("- chat-errors ÷ strum stack: {:.2}x", cold[0] / cold[1]);
}

#[derive(Clone, Copy)]
enum Profile {
    Debug,
    Release,
}

impl Profile {
    fn name(self) -> &'static str {
        match self {
            Profile::Debug => "debug",
            Profile::Release => "release",
        }
    }

    fn flags<'a>(self, command: &[&'a str]) -> Vec<&'a str> {
        let mut flags = command.to_vec();
        if let Profile::Release = self {
            flags.push("--release");
        }
        flags
    }
}

fn cargo(root: &Path, arguments: &[&str], target: &Path) -> Duration {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let start = Instant::now();
    let status = Command::new(cargo)
        .args(arguments)
        .arg("--quiet")
        .current_dir(root)
        .env("CARGO_TARGET_DIR", target)
        .env_remove("RUSTFLAGS")
        .status()
        .expect("cargo runs");
    assert!(status.success(), "cargo {arguments:?} failed");
    start.elapsed()
}

fn write_crates(root: &Path, workspace: &Path, sizes: &[usize]) {
    let macros = workspace.join("chat-errors-macros");
    let mut members = Vec::new();
    for &size in sizes {
        let entries = if size == chat_errors::ErrorCode::ALL.len() {
            synthetic::agora()
        } else {
            synthetic::synthetic(size)
        };
        for way in WAYS {
            let holder = format!("holder-{way}-{size}");
            let caller = format!("caller-{way}-{size}");
            let (dependencies, source) = match way {
                "ours" => {
                    write(&root.join(&holder).join("catalog.toml"), &synthetic::catalog_toml("E", &entries));
                    (
                        format!("chat-errors-macros = {{ path = {:?} }}", macros.display().to_string()),
                        "chat_errors_macros::agora_errors!(\"catalog.toml\");\n".to_owned(),
                    )
                }
                "hand" => (String::new(), synthetic::hand_written("E", &entries)),
                _ => (
                    "strum = { version = \"0.28\", features = [\"derive\"] }\nnum_enum = \"0.7\"\nthiserror = \"2\"".to_owned(),
                    synthetic::strum_stack("E", &entries),
                ),
            };
            write_crate(&root.join(&holder), &holder, &dependencies, &source);
            let caller_dependency = format!("{holder} = {{ path = \"../{holder}\" }}");
            write_crate(
                &root.join(&caller),
                &caller,
                &caller_dependency,
                &caller_source(way, &holder, &entries),
            );
            members.extend([holder, caller]);
        }
    }
    let members: Vec<String> = members.iter().map(|member| format!("{member:?}")).collect();
    write(
        &root.join("Cargo.toml"),
        &format!(
            "[workspace]\nresolver = \"3\"\nmembers = [{}]\n",
            members.join(", ")
        ),
    );
}

fn write_crate(dir: &Path, name: &str, dependencies: &str, source: &str) {
    write(
        &dir.join("Cargo.toml"),
        &format!(
            "[package]\nname = \"{name}\"\nversion = \"0.0.0\"\nedition = \"2024\"\n\n[dependencies]\n{dependencies}\n"
        ),
    );
    write(&dir.join("src/lib.rs"), source);
}

/// Calls every lookup, the way an application's error handling does.
fn caller_source(way: &str, holder: &str, entries: &[Entry]) -> String {
    let holder = holder.replace('-', "_");
    let (code, name, description, from_name) = if way == "strum" {
        (
            "e as i32",
            "<&'static str>::from(e)",
            "e.to_string()",
            "<E as core::str::FromStr>::from_str(name).ok()",
        )
    } else {
        (
            "e.code()",
            "e.name()",
            "e.description()",
            "E::from_name(name)",
        )
    };
    let codes: Vec<String> = entries
        .iter()
        .take(3)
        .map(|entry| entry.code.to_string())
        .collect();
    format!(
        "use {holder}::E;\n\n\
         pub fn exercise(codes: &[i32], names: &[&str]) -> usize {{\n\
         \x20   let mut total = 0;\n\
         \x20   for &code in codes {{\n\
         \x20       if let Ok(e) = E::try_from(code) {{\n\
         \x20           total += {code} as usize + {name}.len() + {description}.len() + e.to_string().len();\n\
         \x20       }}\n\
         \x20   }}\n\
         \x20   for name in names {{\n\
         \x20       if let Some(e) = {from_name} {{\n\
         \x20           total += {code} as usize;\n\
         \x20       }}\n\
         \x20       total += name.parse::<E>().is_ok() as usize;\n\
         \x20   }}\n\
         \x20   total\n\
         }}\n\n\
         pub fn sample() -> usize {{\n\
         \x20   exercise(&[{}], &[\"NOT_A_NAME\"])\n\
         }}\n",
        codes.join(", ")
    )
}

fn write(path: &Path, text: &str) {
    std::fs::create_dir_all(path.parent().expect("a file has a folder"))
        .expect("the folder can be made");
    // Unchanged files keep their times, so a rerun does not rebuild what it need not.
    if std::fs::read_to_string(path).ok().as_deref() != Some(text) {
        std::fs::write(path, text).expect("the file is writable");
    }
}
