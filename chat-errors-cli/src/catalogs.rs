//! Where a catalog comes from: a file, or one of the Agora catalogs built into the command.

use std::fmt;
use std::path::{Path, PathBuf};
use std::str::FromStr;

use chat_errors_codegen::{Catalog, Diagnostic};

/// The Agora catalogs the command knows without a file, as `chat-errors` ships them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Builtin {
    /// `errors.toml`: the native SDKs' codes, `chat_errors::ErrorCode`.
    Sdk,
    /// `rest-errors.toml`: the RESTful API's `error` strings, `chat_errors::rest::RestErrorCode`.
    Rest,
    /// `web-errors.toml`: the Web SDK's own numbering, `chat_errors::web::WebErrorCode`.
    Web,
}

impl Builtin {
    /// Every built-in catalog, in the order a query without `--catalog` searches them.
    pub const ALL: [Builtin; 3] = [Builtin::Sdk, Builtin::Rest, Builtin::Web];

    /// The name `--catalog` takes.
    pub fn name(self) -> &'static str {
        match self {
            Builtin::Sdk => "sdk",
            Builtin::Rest => "rest",
            Builtin::Web => "web",
        }
    }

    /// The catalog's file, as the repository has it.
    pub fn file(self) -> &'static str {
        match self {
            Builtin::Sdk => "errors.toml",
            Builtin::Rest => "rest-errors.toml",
            Builtin::Web => "web-errors.toml",
        }
    }

    /// What the catalog is, for a person.
    pub fn describe(self) -> &'static str {
        match self {
            Builtin::Sdk => "the native SDKs' codes",
            Builtin::Rest => "the RESTful API's error strings",
            Builtin::Web => "the Web SDK's own numbering",
        }
    }

    fn source(self) -> &'static str {
        match self {
            Builtin::Sdk => include_str!("../catalogs/errors.toml"),
            Builtin::Rest => include_str!("../catalogs/rest-errors.toml"),
            Builtin::Web => include_str!("../catalogs/web-errors.toml"),
        }
    }

    /// The catalog, checked.
    pub fn load(self) -> Loaded {
        let source = self.source().to_owned();
        let catalog = chat_errors_codegen::parse(&source).unwrap_or_else(|_| {
            panic!(
                "the built-in catalog {} is checked by its build",
                self.file()
            )
        });
        Loaded {
            label: self.name().to_owned(),
            builtin: Some(self),
            source,
            catalog,
        }
    }

    /// Codes that SDKs sharing this catalog's numbering define, but the catalog does not list
    /// because no Agora SDK publishes them: Easemob's, for the native SDKs' catalog.
    pub fn foreign(self) -> Vec<Foreign> {
        let table = match self {
            Builtin::Sdk => include_str!("../data/easemob-codes.tsv"),
            Builtin::Rest | Builtin::Web => return Vec::new(),
        };
        table
            .lines()
            .skip(1)
            .filter_map(|line| {
                let columns: Vec<&'static str> = line.split('\t').collect();
                let [code, name, zh, en] = columns[..] else {
                    return None;
                };
                Some(Foreign {
                    code: code.parse().ok()?,
                    name,
                    source: "Easemob's SDKs",
                    descriptions: [("zh", zh), ("en", en)],
                })
            })
            .collect()
    }
}

/// A code that others define in the same numbering, which the catalog does not list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Foreign {
    /// The number.
    pub code: i128,
    /// Its name where it is defined.
    pub name: &'static str,
    /// Who defines it.
    pub source: &'static str,
    /// What it means there, by language.
    pub descriptions: [(&'static str, &'static str); 2],
}

/// Where a catalog is read from: a built-in catalog's name, a catalog file, or a file as a git
/// revision has it (`REV:PATH`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// One of the Agora catalogs.
    Builtin(Builtin),
    /// A catalog file; `./sdk` names a file called `sdk`.
    File(PathBuf),
    /// `REV:PATH`: the file at `PATH` (relative to the current directory) in the git revision
    /// `REV`, such as `v0.1.0:errors.toml` or `origin/main:errors.toml`.
    Revision {
        /// Anything `git show` takes as a revision.
        revision: String,
        /// The file's path in it.
        path: String,
    },
}

impl FromStr for Source {
    type Err = std::convert::Infallible;

    /// A built-in catalog's name, else a file that exists, else `REV:PATH`, else a file (which
    /// then does not load, and says so).
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        if let Some(builtin) = Builtin::ALL
            .into_iter()
            .find(|builtin| builtin.name() == text)
        {
            return Ok(Source::Builtin(builtin));
        }
        if !Path::new(text).exists() {
            if let Some((revision, path)) = text.split_once(':') {
                if !revision.is_empty() && !path.is_empty() {
                    return Ok(Source::Revision {
                        revision: revision.to_owned(),
                        path: path.to_owned(),
                    });
                }
            }
        }
        Ok(Source::File(PathBuf::from(text)))
    }
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Source::Builtin(builtin) => f.write_str(builtin.name()),
            Source::File(path) => write!(f, "{}", path.display()),
            Source::Revision { revision, path } => write!(f, "{revision}:{path}"),
        }
    }
}

/// A catalog that loaded and passed every check.
#[derive(Debug, Clone)]
pub struct Loaded {
    /// How messages name it: the built-in catalog's name or the file's path.
    pub label: String,
    /// Which built-in catalog it is, if it is one.
    pub builtin: Option<Builtin>,
    /// The text it was read from.
    pub source: String,
    /// The checked model every view is made from.
    pub catalog: Catalog,
}

/// Why a catalog did not load: the file could not be read, or it has problems.
#[derive(Debug, Clone)]
pub struct Rejected {
    /// The file, as given.
    pub file: String,
    /// The file's text, which the diagnostics' spans index; empty when it could not be read.
    pub source: String,
    /// Every problem, in file order.
    pub diagnostics: Vec<Diagnostic>,
}

impl Rejected {
    /// Every diagnostic as the compiler shows it, one after another.
    pub fn render(&self) -> String {
        let rendered: Vec<String> = self
            .diagnostics
            .iter()
            .map(|diagnostic| format!("error: {}", diagnostic.render(&self.file, &self.source)))
            .collect();
        rendered.join("\n\n")
    }
}

impl Source {
    /// Reads and checks the catalog.
    pub fn load(&self) -> Result<Loaded, Rejected> {
        match self {
            Source::Builtin(builtin) => Ok(builtin.load()),
            Source::File(path) => load_file(path),
            Source::Revision { revision, path } => load_revision(revision, path),
        }
    }
}

/// Reads and checks a catalog file, with the diagnostics `agora_errors!` would give.
pub fn load_file(path: &Path) -> Result<Loaded, Rejected> {
    let file = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|error| Rejected {
        file: file.clone(),
        source: String::new(),
        diagnostics: vec![
            Diagnostic::whole_file(format!("cannot read the catalog: {error}"))
                .help("check the path, or name a built-in catalog: sdk, rest or web"),
        ],
    })?;
    check_bytes(file, bytes)
}

/// Reads a catalog as the git revision `revision` has the file `path`, and checks it.
fn load_revision(revision: &str, path: &str) -> Result<Loaded, Rejected> {
    let file = format!("{revision}:{path}");
    // `./` makes the path relative to the current directory, as a file's path is.
    let relative = if path.starts_with(['/', '.']) {
        path.to_owned()
    } else {
        format!("./{path}")
    };
    let shown = std::process::Command::new("git")
        .args(["show", &format!("{revision}:{relative}")])
        .output();
    let bytes = match shown {
        Ok(output) if output.status.success() => output.stdout,
        failed => {
            let why = match failed {
                Ok(output) => String::from_utf8_lossy(&output.stderr).trim().to_owned(),
                Err(error) => format!("cannot run git: {error}"),
            };
            return Err(Rejected {
                file: file.clone(),
                source: String::new(),
                diagnostics: vec![
                    Diagnostic::whole_file(format!("cannot read the catalog from git: {why}"))
                        .help("give REV:PATH with a revision git knows (a tag, a branch, a commit) and the file's path in it"),
                ],
            });
        }
    };
    check_bytes(file, bytes)
}

/// A catalog's bytes, read from `file`, decoded and checked.
fn check_bytes(file: String, bytes: Vec<u8>) -> Result<Loaded, Rejected> {
    let source = chat_errors_codegen::decode(bytes).map_err(|(text, diagnostic)| Rejected {
        file: file.clone(),
        source: text,
        diagnostics: vec![diagnostic],
    })?;
    match chat_errors_codegen::parse(&source) {
        Ok(catalog) => Ok(Loaded {
            label: file,
            builtin: None,
            source,
            catalog,
        }),
        Err(problems) => Err(Rejected {
            file,
            source,
            diagnostics: problems.diagnostics,
        }),
    }
}
