//! A crate of its own, written and built the way a user's crate is: for tests of what the compiler
//! shows and of how cargo rebuilds.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A crate under this test binary's scratch directory, depending on the workspace's crates by path.
pub struct Scratch {
    pub root: PathBuf,
}

impl Scratch {
    /// An empty crate named `name` (its sources are for the caller to write), with the
    /// workspace's lock file, so cargo asks no registry.
    pub fn new(name: &str, dependencies: &str, bins: &[(String, String)]) -> Scratch {
        let root = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
        let mut manifest = format!(
            "[package]\nname = {name:?}\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n\
             [dependencies]\n{dependencies}\n\n[workspace]\n"
        );
        for (bin, path) in bins {
            manifest += &format!("\n[[bin]]\nname = {bin:?}\npath = {path:?}\n");
        }
        write(&root.join("Cargo.toml"), &manifest);
        std::fs::copy(workspace().join("Cargo.lock"), root.join("Cargo.lock")).unwrap();
        Scratch { root }
    }

    /// `cargo <args>` in the crate, with its own target directory and none of the flags the
    /// test run itself was given.
    pub fn cargo(&self, args: &[&str]) -> Output {
        let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
        Command::new(cargo)
            .args(args)
            .arg("--offline")
            .current_dir(&self.root)
            .env("CARGO_TARGET_DIR", self.root.join("target"))
            .env_remove("RUSTFLAGS")
            .env_remove("CARGO_ENCODED_RUSTFLAGS")
            .env_remove("CARGO_BUILD_RUSTFLAGS")
            .output()
            .unwrap()
    }
}

/// `name = { path = "…" }` for a crate of this workspace.
pub fn path_dependency(name: &str) -> String {
    format!(
        "{name} = {{ path = {:?} }}",
        workspace().join(name).display().to_string()
    )
}

pub fn workspace() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap()
}

/// Writes `text` to `path`, leaving the file (and its time stamp) alone when it already holds it.
pub fn write(path: &Path, text: &str) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    if std::fs::read_to_string(path).ok().as_deref() != Some(text) {
        std::fs::write(path, text).unwrap();
    }
}
