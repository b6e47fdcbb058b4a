//! Times what catalogs cost to build, against the ways people write them by hand.
//!
//! ```text
//! cargo run -p chat-errors-benches --release --bin build-times -- pairs [--runs 3] [--sizes 118,1000,5000]
//! cargo run -p chat-errors-benches --release --bin build-times -- rebuild [--runs 9] [--sizes 5000]
//! … pairs|rebuild --without-args   # the synthetic entries without arguments
//! cargo run -p chat-errors-benches --release --bin build-times -- scale [--sizes 1000,5000,10000,20000,40000,60000]
//! cargo run -p chat-errors-benches --release --bin build-times -- serde [--runs 3]
//! cargo run -p chat-errors-benches --release --bin build-times -- attribute [--runs 9] [--sizes 118,5000]
//! ```
//!
//! Every mode writes its crates under `target/build-times` and builds their dependencies first,
//! untimed, so it times only the crates it names.
//!
//! - `pairs`: for each size, a crate that holds the catalog and a crate that calls every lookup,
//!   three ways: `agora_errors!` on a TOML file, a hand-written `match`, and the strum + num_enum +
//!   thiserror derives. Cleans the pair and times `cargo build` of it (debug and release), median
//!   of the runs; then a cold build of a holder crate, every dependency included, ours against the
//!   derive stack.
//! - `rebuild`: the edit-and-rebuild loop of a dev build: touches the holder and rebuilds holder and
//!   caller (incremental, as cargo does by default), ours and the hand-written `match` in turn,
//!   median of the runs.
//! - `scale`: a cold dev build (no incremental cache) of a holder crate at each size, with its
//!   time and the compiler's peak memory (read by `/usr/bin/time` where there is one), beside
//!   the same build of the bare enum: what rustc needs for the variants alone. Its entries take
//!   no arguments (their braces stay text); elsewhere a fifth of the synthetic entries do.
//! - `attribute`: the edit-and-rebuild loop of a crate holding the catalog, through
//!   `agora_errors!` and through `#[catalog]` on a declared enum, in turn, median of the runs: what
//!   reading the item costs the macro.
//! - `serde`: a cold dev build, every dependency included, of a crate that derives serde's traits,
//!   without and with `chat-errors`, and how many `syn` the second compiles (`cargo tree`).

use std::path::Path;
use std::process::Command;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use chat_errors_benches::synthetic::{self, Entry};

const WAYS: [&str; 3] = ["ours", "hand", "strum"];

/// `--without-args`: the synthetic entries take no arguments, the shape catalogs had before
/// arguments existed, so that a build can be compared with one of a release without them.
static WITHOUT_ARGS: AtomicBool = AtomicBool::new(false);

fn main() {
    let mut arguments = std::env::args().skip(1);
    let mode = arguments.next().unwrap_or_default();
    let mut runs = None;
    let mut sizes = None;
    while let Some(argument) = arguments.next() {
        if argument == "--without-args" {
            WITHOUT_ARGS.store(true, Ordering::Relaxed);
            continue;
        }
        let value = arguments.next().unwrap_or_default();
        match argument.as_str() {
            "--runs" => runs = Some(value.parse().expect("--runs takes a number")),
            "--sizes" => {
                sizes = Some(
                    value
                        .split(',')
                        .map(|size| size.parse().expect("--sizes takes numbers"))
                        .collect::<Vec<usize>>(),
                )
            }
            other => usage(&format!("unknown argument {other}")),
        }
    }
    let workspace = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("benches/ is in the workspace");
    let root = workspace.join("target/build-times");
    match mode.as_str() {
        "pairs" => pairs(
            &root,
            workspace,
            runs.unwrap_or(3),
            &sizes.unwrap_or(vec![chat_errors::ErrorCode::ALL.len(), 1000, 5000]),
        ),
        "rebuild" => rebuild(
            &root,
            workspace,
            runs.unwrap_or(9),
            &sizes.unwrap_or(vec![5000]),
        ),
        "scale" => scale(
            &root,
            workspace,
            &sizes.unwrap_or(vec![1000, 5000, 10_000, 20_000, 40_000, 60_000]),
        ),
        "serde" => serde(&root, workspace, runs.unwrap_or(3)),
        "attribute" => attribute(
            &root,
            workspace,
            runs.unwrap_or(9),
            &sizes.unwrap_or(vec![chat_errors::ErrorCode::ALL.len(), 5000]),
        ),
        other => usage(&format!("unknown mode {other:?}")),
    }
}

fn usage(problem: &str) -> ! {
    panic!(
        "{problem}: use pairs, rebuild, scale, serde or attribute; see the comment at the top of build_times.rs"
    )
}

fn pairs(root: &Path, workspace: &Path, runs: usize, sizes: &[usize]) {
    write_pairs(root, workspace, sizes, &WAYS);
    println!("building every dependency once (not timed)…");
    for profile in [Profile::Debug, Profile::Release] {
        cargo(
            root,
            &profile.flags(&["build", "--workspace"]),
            &root.join("target"),
        );
    }
    println!(
        "\n| codes | profile | chat-errors (s) | hand-written match (s) | strum stack (s) | ÷ match | ÷ strum |"
    );
    println!("|---:|---|---:|---:|---:|---:|---:|");
    for &size in sizes {
        for profile in [Profile::Debug, Profile::Release] {
            let times = WAYS.map(|way| {
                let (holder, caller) = pair(way, size);
                median(runs, || {
                    let clean = ["clean", "-p", &holder, "-p", &caller];
                    cargo(root, &profile.flags(&clean), &root.join("target"));
                    cargo(
                        root,
                        &profile.flags(&["build", "-p", &caller]),
                        &root.join("target"),
                    )
                })
            });
            let [ours, hand, strum] = times.map(|t| t.as_secs_f64());
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
    let cold = ["ours", "strum"].map(|way| {
        let target = root.join(format!("cold-{way}"));
        let _ = std::fs::remove_dir_all(&target);
        let seconds = cargo(root, &["build", "-p", &pair(way, size).0], &target).as_secs_f64();
        println!("- {way}: {seconds:.2} s");
        seconds
    });
    println!("- chat-errors ÷ strum stack: {:.2}x", cold[0] / cold[1]);
    // The holders leave out the Agora catalogs (a catalog of one's own needs none); with them:
    let target = root.join("cold-ours-agora");
    let _ = std::fs::remove_dir_all(&target);
    let holder = pair("ours", size).0;
    let seconds = cargo(
        root,
        &["build", "-p", &holder, "--features", "chat-errors/agora"],
        &target,
    )
    .as_secs_f64();
    println!(
        "- ours, with the Agora catalogs: {seconds:.2} s, {:.2}x",
        seconds / cold[1]
    );
}

fn rebuild(root: &Path, workspace: &Path, runs: usize, sizes: &[usize]) {
    write_pairs(root, workspace, sizes, &["ours", "hand"]);
    cargo(root, &["build", "--workspace"], &root.join("target"));
    println!("\n| codes | chat-errors (s) | hand-written match (s) | ÷ match |");
    println!("|---:|---:|---:|---:|");
    for &size in sizes {
        let [ours, hand] = ["ours", "hand"].map(|way| pair(way, size));
        let [ours, hand] = rebuilt_in_turn(root, runs, [(&ours.0, &ours.1), (&hand.0, &hand.1)]);
        println!("| {size} | {ours:.3} | {hand:.3} | {:.2}x |", ours / hand);
    }
}

/// The median time of touching each `(crate to touch, crate to build)` and building it, the two
/// in turn, so that a slower minute of the machine falls on both.
fn rebuilt_in_turn(root: &Path, runs: usize, crates: [(&str, &str); 2]) -> [f64; 2] {
    let mut samples = [Vec::new(), Vec::new()];
    for _ in 0..runs {
        for ((touched, built), samples) in crates.iter().zip(&mut samples) {
            touch(&root.join(touched).join("src/lib.rs"));
            samples.push(cargo(root, &["build", "-p", built], &root.join("target")));
        }
    }
    samples.map(|mut samples| {
        samples.sort();
        samples[samples.len() / 2].as_secs_f64()
    })
}

fn attribute(root: &Path, workspace: &Path, runs: usize, sizes: &[usize]) {
    let runtime = workspace.join("chat-errors");
    let dependency = format!(
        "chat-errors = {{ path = {:?}, default-features = false }}",
        runtime.display().to_string()
    );
    let mut members = Vec::new();
    for &size in sizes {
        let entries = entries(size);
        for (form, source) in [
            (
                "bang",
                "chat_errors::agora_errors!(\"catalog.toml\");\n".to_owned(),
            ),
            (
                "attribute",
                "/// The catalog's enum, declared here.\n\
                 #[chat_errors::catalog(\"catalog.toml\")]\n\
                 #[allow(dead_code)]\n\
                 pub enum E {}\n"
                    .to_owned(),
            ),
        ] {
            let name = format!("form-{form}-{size}");
            write(
                &root.join(&name).join("catalog.toml"),
                &synthetic::catalog_toml("E", &entries),
            );
            write_crate(&root.join(&name), &name, &dependency, &source);
            members.push(name);
        }
    }
    write_workspace(root, &members);
    cargo(root, &["build", "--workspace"], &root.join("target"));
    println!("\n| codes | agora_errors! (s) | #[catalog] (s) | ÷ |");
    println!("|---:|---:|---:|---:|");
    for &size in sizes {
        let [bang, attribute] = ["bang", "attribute"].map(|form| format!("form-{form}-{size}"));
        let [bang, attribute] =
            rebuilt_in_turn(root, runs, [(&bang, &bang), (&attribute, &attribute)]);
        println!(
            "| {size} | {bang:.3} | {attribute:.3} | {:.2}x |",
            attribute / bang
        );
    }
}

fn scale(root: &Path, workspace: &Path, sizes: &[usize]) {
    let runtime = workspace.join("chat-errors");
    let mut members = Vec::new();
    for &size in sizes {
        // The shapes of the enum at scale, without the structs of entries that take arguments:
        // those cost what any struct costs, and `pairs` and `rebuild` measure them.
        let mut entries = synthetic::synthetic(size);
        for entry in &mut entries {
            entry.args.clear();
        }
        let ours = format!("scale-{size}");
        write(
            &root.join(&ours).join("catalog.toml"),
            &synthetic::catalog_toml("E", &entries),
        );
        write_crate(
            &root.join(&ours),
            &ours,
            &format!(
                "chat-errors = {{ path = {:?}, default-features = false }}",
                runtime.display().to_string()
            ),
            "chat_errors::agora_errors!(\"catalog.toml\");\n\n\
             pub fn count() -> usize {\n    E::ALL.len()\n}\n",
        );
        // What rustc needs for the bare enum, with nothing generated around it.
        let bare = format!("bare-{size}");
        let variants: String = entries
            .iter()
            .map(|entry| format!("    {} = {},\n", entry.variant, entry.code))
            .collect();
        write_crate(
            &root.join(&bare),
            &bare,
            "",
            &format!("pub enum E {{\n{variants}}}\n"),
        );
        members.push((size, ours, bare));
    }
    let names: Vec<String> = members
        .iter()
        .flat_map(|(_, ours, bare)| [ours.clone(), bare.clone()])
        .collect();
    write_workspace(root, &names);
    let target = root.join("target");
    // Dependencies built the way the timed builds build them: the first timed build would
    // otherwise rebuild some of them.
    timed_with_memory(root, &["build", "-p", &names[0]], &target);
    println!("\n| codes | chat-errors (s) | peak memory (MB) | bare enum (s) | peak memory (MB) |");
    println!("|---:|---:|---:|---:|---:|");
    for (size, ours, bare) in &members {
        let [ours, bare] = [ours, bare].map(|member| {
            touch(&root.join(member).join("src/lib.rs"));
            let (seconds, memory) = timed_with_memory(root, &["build", "-p", member], &target);
            let memory =
                memory.map_or("–".to_owned(), |kilobytes| (kilobytes / 1024).to_string());
            format!("{seconds:.2} | {memory}")
        });
        println!("| {size} | {ours} | {bare} |");
    }
}

fn serde(root: &Path, workspace: &Path, runs: usize) {
    let chat_errors = workspace.join("chat-errors");
    let serde = "serde = { version = \"1\", features = [\"derive\"] }";
    write_crate(
        &root.join("serde-alone"),
        "serde-alone",
        serde,
        "#[derive(serde::Serialize, serde::Deserialize)]\n\
         pub struct Event {\n    pub code: i32,\n}\n",
    );
    write_crate(
        &root.join("serde-with-chat-errors"),
        "serde-with-chat-errors",
        &format!(
            "{serde}\nchat-errors = {{ path = {:?}, features = [\"serde\"] }}",
            chat_errors.display().to_string()
        ),
        "#[derive(serde::Serialize, serde::Deserialize)]\n\
         pub struct Event {\n    #[serde(with = \"chat_errors::serde::by_name\")]\n    pub code: chat_errors::ErrorCode,\n}\n",
    );
    write_workspace(
        root,
        &["serde-alone".into(), "serde-with-chat-errors".into()],
    );
    cargo(root, &["fetch"], &root.join("target"));
    let tree = Command::new(cargo_program())
        .args([
            "tree",
            "--quiet",
            "-p",
            "serde-with-chat-errors",
            "--prefix",
            "none",
            "-e",
            "normal,build",
        ])
        .current_dir(root)
        .output()
        .expect("cargo tree runs");
    let tree = String::from_utf8_lossy(&tree.stdout);
    let mut syn: Vec<&str> = tree
        .lines()
        .filter(|line| line.starts_with("syn v"))
        .collect();
    syn.sort_unstable();
    syn.dedup();
    println!(
        "\nsyn in serde-with-chat-errors: {} ({})",
        syn.len(),
        syn.join(", ")
    );
    println!("\n| crate | cold dev build (s) |");
    println!("|---|---:|");
    let times = ["serde-alone", "serde-with-chat-errors"].map(|name| {
        let target = root.join(format!("cold-{name}"));
        let seconds = median(runs, || {
            let _ = std::fs::remove_dir_all(&target);
            cargo(root, &["build", "-p", name], &target)
        })
        .as_secs_f64();
        println!("| {name} | {seconds:.2} |");
        seconds
    });
    println!(
        "\nchat-errors adds {:.2} s to the cold build",
        times[1] - times[0]
    );
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

fn median(runs: usize, mut sample: impl FnMut() -> Duration) -> Duration {
    let mut samples: Vec<Duration> = (0..runs.max(1)).map(|_| sample()).collect();
    samples.sort();
    samples[samples.len() / 2]
}

fn cargo_program() -> std::ffi::OsString {
    std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into())
}

fn cargo(root: &Path, arguments: &[&str], target: &Path) -> Duration {
    let start = Instant::now();
    let status = Command::new(cargo_program())
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

/// A cold build (no incremental cache) and the peak resident memory of its biggest process, in
/// KB, where `/usr/bin/time` can tell.
fn timed_with_memory(root: &Path, arguments: &[&str], target: &Path) -> (f64, Option<u64>) {
    let time = Path::new("/usr/bin/time");
    if !time.exists() {
        let seconds = cargo(root, arguments, target).as_secs_f64();
        return (seconds, None);
    }
    let start = Instant::now();
    let output = Command::new(time)
        .args(["-f", "peak %M"])
        .arg(cargo_program())
        .args(arguments)
        .arg("--quiet")
        .current_dir(root)
        .env("CARGO_TARGET_DIR", target)
        .env("CARGO_INCREMENTAL", "0")
        .env_remove("RUSTFLAGS")
        .output()
        .expect("cargo runs");
    let seconds = start.elapsed().as_secs_f64();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "cargo {arguments:?} failed:\n{stderr}"
    );
    let memory = stderr
        .lines()
        .filter_map(|line| line.strip_prefix("peak "))
        .next_back()
        .and_then(|kilobytes| kilobytes.trim().parse().ok());
    (seconds, memory)
}

/// The holder and caller crates of one way at one size.
fn pair(way: &str, size: usize) -> (String, String) {
    (
        format!("holder-{way}-{size}"),
        format!("caller-{way}-{size}"),
    )
}

/// The real catalog at its own size, a synthetic one at any other.
fn entries(size: usize) -> Vec<Entry> {
    let mut entries = if size == chat_errors::ErrorCode::ALL.len() {
        synthetic::agora()
    } else {
        synthetic::synthetic(size)
    };
    if WITHOUT_ARGS.load(Ordering::Relaxed) {
        for entry in &mut entries {
            entry.args.clear();
        }
    }
    entries
}

fn write_pairs(root: &Path, workspace: &Path, sizes: &[usize], ways: &[&str]) {
    let runtime = workspace.join("chat-errors");
    let mut members = Vec::new();
    for &size in sizes {
        let entries = entries(size);
        for &way in ways {
            let (holder, caller) = pair(way, size);
            let (dependencies, source) = match way {
                "ours" => {
                    write(&root.join(&holder).join("catalog.toml"), &synthetic::catalog_toml("E", &entries));
                    (
                        format!("chat-errors = {{ path = {:?}, default-features = false }}", runtime.display().to_string()),
                        "chat_errors::agora_errors!(\"catalog.toml\");\n".to_owned(),
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
    write_workspace(root, &members);
}

fn write_workspace(root: &Path, members: &[String]) {
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

/// Bumps a file's time so cargo rebuilds what depends on it.
fn touch(path: &Path) {
    let text = std::fs::read(path).expect("the file is readable");
    std::fs::write(path, text).expect("the file is writable");
}

fn write(path: &Path, text: &str) {
    std::fs::create_dir_all(path.parent().expect("a file has a folder"))
        .expect("the folder can be made");
    // Unchanged files keep their times, so a rerun does not rebuild what it need not.
    if std::fs::read_to_string(path).ok().as_deref() != Some(text) {
        std::fs::write(path, text).expect("the file is writable");
    }
}
