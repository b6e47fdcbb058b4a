//! Catalogs for the benchmarks, and the same catalog written the ways people write it by hand:
//! a plain `match`, and the strum + num_enum + thiserror derive stack. Used by `build.rs` (for the
//! run-time benchmarks) and by `build-times`.

use std::fmt::Write as _;

/// One code, as every implementation under test sees it.
pub struct Entry {
    pub code: i32,
    pub name: String,
    /// The other names `from_name` accepts (aliases and platform names), which every
    /// implementation accepts too.
    pub other_names: Vec<String>,
    pub variant: String,
    /// The description; where the entry takes arguments, a template with `{name}` placeholders.
    pub description: String,
    /// The arguments the description takes, `(name, type)` as a catalog declares them.
    pub args: Vec<(&'static str, &'static str)>,
}

/// What a fifth of the synthetic entries carry: who failed, and how often.
const ARGS: [(&str, &str); 2] = [("who", "string"), ("count", "u32")];

/// The real Agora catalog, in the shape the baselines need.
pub fn agora() -> Vec<Entry> {
    chat_errors::ErrorCode::ALL
        .iter()
        .map(|code| Entry {
            code: code.code(),
            name: code.name().to_owned(),
            other_names: code
                .aliases()
                .iter()
                .copied()
                .chain(
                    chat_errors::ErrorCode::PLATFORMS
                        .iter()
                        .filter_map(|&platform| code.platform_name(platform)),
                )
                .map(str::to_owned)
                .collect(),
            variant: format!("{code:?}"),
            description: code.description().to_owned(),
            args: Vec::new(),
        })
        .collect()
}

/// `count` codes shaped like a real SDK's: two to five words per name (names of many lengths,
/// as a `match` on strings sees them), codes spread by the hundreds, a sentence each; every fifth
/// takes two arguments.
pub fn synthetic(count: usize) -> Vec<Entry> {
    const WORDS: [&str; 24] = [
        "USER",
        "GROUP",
        "MESSAGE",
        "CHAT",
        "ROOM",
        "PUSH",
        "SERVER",
        "FILE",
        "TOKEN",
        "DEVICE",
        "LOGIN",
        "INVALID",
        "FAILED",
        "TIMEOUT",
        "LIMIT",
        "NOT",
        "FOUND",
        "DENIED",
        "UPLOAD",
        "THREAD",
        "REACTION",
        "PRESENCE",
        "CONTACT",
        "TRANSLATION",
    ];
    let mut state: u64 = 0x2545_F491_4F6C_DD1D;
    let mut next = move |below: usize| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % below as u64) as usize
    };
    (0..count)
        .map(|index| {
            let words: Vec<&str> = (0..2 + next(4)).map(|_| WORDS[next(WORDS.len())]).collect();
            // The index keeps names unique; codes step like Agora's: groups of a hundred.
            let name = format!("{}_{index}", words.join("_"));
            let what = words.join(" ").to_lowercase();
            let takes_args = index % 5 == 1;
            Entry {
                code: (index / 50 * 100 + index % 50) as i32,
                other_names: Vec::new(),
                variant: chat_errors_codegen::upper_camel_case(&name),
                description: if takes_args {
                    format!("The synthetic operation {index} failed for {{who}}: {what} ({{count}} tries).")
                } else {
                    format!("The synthetic operation {index} failed: {what}.")
                },
                args: if takes_args { ARGS.to_vec() } else { Vec::new() },
                name,
            }
        })
        .collect()
}

/// A name of the same length as `name` that no catalog has (names are uppercase): what a miss
/// costs.
pub fn miss(name: &str) -> String {
    let mut miss = name.to_owned();
    miss.pop();
    miss.push('x');
    miss
}

/// The catalog as TOML for `agora_errors!`, other names as aliases.
pub fn catalog_toml(enum_name: &str, entries: &[Entry]) -> String {
    let mut toml = format!("[catalog]\nenum = \"{enum_name}\"\nname_style = \"any\"\n");
    for entry in entries {
        let _ = write!(
            toml,
            "\n[[error]]\ncode = {}\nname = {:?}\ndescription = {:?}\naliases = {:?}\n",
            entry.code, entry.name, entry.description, entry.other_names
        );
        if !entry.args.is_empty() {
            let args: Vec<String> = entry
                .args
                .iter()
                .map(|(name, ty)| format!("{name} = {ty:?}"))
                .collect();
            let _ = writeln!(toml, "args = {{ {} }}", args.join(", "));
        }
    }
    toml
}

/// The struct a person writes for an entry that takes arguments, with what ours has: `Display`
/// with the values in the description's placeholders, `message_in` (one language here), and the
/// conversions to and from an error value that keeps the code, the message and the values.
fn hand_written_args(enum_name: &str, entry: &Entry) -> String {
    let (fields, values) = fields(entry);
    let kept: Vec<String> = entry
        .args
        .iter()
        .map(|(name, ty)| match *ty {
            "string" => format!("({name:?}, Value::Str(entry.{name}))"),
            _ => format!("({name:?}, Value::Int(entry.{name}.into()))"),
        })
        .collect();
    let read: Vec<String> = entry
        .args
        .iter()
        .map(|(name, ty)| match *ty {
            "string" => format!("{name}: raised.str({name:?}).ok_or(())?.to_owned()"),
            _ => format!(
                "{name}: raised.int({name:?}).and_then(|value| value.try_into().ok()).ok_or(())?"
            ),
        })
        .collect();
    format!(
        "\n#[derive(Debug, Clone, PartialEq, Eq)]\npub struct {variant} {{{fields}}}\n\n\
         impl {variant} {{\n    pub const ENTRY: {enum_name} = {enum_name}::{variant};\n\n    \
         pub fn message_in(&self, _tag: &str) -> String {{\n        self.to_string()\n    }}\n}}\n\n\
         impl core::fmt::Display for {variant} {{\n    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {{\n        write!(f, {template:?}, {values})\n    }}\n}}\n\n\
         impl From<{variant}> for Raised {{\n    fn from(entry: {variant}) -> Self {{\n        let message = entry.to_string();\n        \
         Raised {{ code: {variant}::ENTRY, message, args: vec![{kept}] }}\n    }}\n}}\n\n\
         impl TryFrom<&Raised> for {variant} {{\n    type Error = ();\n    fn try_from(raised: &Raised) -> Result<Self, ()> {{\n        \
         if raised.code != Self::ENTRY {{\n            return Err(());\n        }}\n        Ok(Self {{ {read} }})\n    }}\n}}\n",
        variant = entry.variant,
        template = entry.description,
        kept = kept.join(", "),
        read = read.join(", "),
    )
}

/// The error value the hand-written structs turn into and are read back from.
fn hand_written_raised(enum_name: &str) -> String {
    format!(
        "\n#[derive(Debug, Clone, PartialEq, Eq)]\npub enum Value {{\n    Str(String),\n    Int(i128),\n}}\n\n\
         #[derive(Debug, Clone, PartialEq, Eq)]\npub struct Raised {{\n    pub code: {enum_name},\n    pub message: String,\n    pub args: Vec<(&'static str, Value)>,\n}}\n\n\
         impl Raised {{\n    fn str(&self, name: &str) -> Option<&str> {{\n        self.args.iter().find_map(|(each, value)| match value {{\n            Value::Str(text) if *each == name => Some(text.as_str()),\n            _ => None,\n        }})\n    }}\n\n    \
         fn int(&self, name: &str) -> Option<i128> {{\n        self.args.iter().find_map(|(each, value)| match value {{\n            Value::Int(int) if *each == name => Some(*int),\n            _ => None,\n        }})\n    }}\n}}\n"
    )
}

/// The fields of an entry's struct, and `name = self.name` for each, as `write!` takes them.
fn fields(entry: &Entry) -> (String, String) {
    let fields: String = entry
        .args
        .iter()
        .map(|(name, ty)| {
            let ty = if *ty == "string" { "String" } else { ty };
            format!(" pub {name}: {ty},")
        })
        .collect();
    let values: Vec<String> = entry
        .args
        .iter()
        .map(|(name, _)| format!("{name} = self.{name}"))
        .collect();
    (fields + " ", values.join(", "))
}

/// The API a careful person writes by hand: the enum and a `match` per lookup.
pub fn hand_written(enum_name: &str, entries: &[Entry]) -> String {
    let mut out = format!(
        "#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]\n#[repr(i32)]\npub enum {enum_name} {{\n"
    );
    for entry in entries {
        let _ = writeln!(out, "    {} = {},", entry.variant, entry.code);
    }
    out += &format!("}}\n\nimpl {enum_name} {{\n");
    out += "    pub const fn code(self) -> i32 {\n        self as i32\n    }\n\n";
    let arms = |value: &dyn Fn(&Entry) -> String| -> String {
        entries
            .iter()
            .map(|entry| format!("            {}\n", value(entry)))
            .collect()
    };
    out += &format!(
        "    pub const fn name(self) -> &'static str {{\n        match self {{\n{}        }}\n    }}\n\n",
        arms(&|e| format!("Self::{} => {:?},", e.variant, e.name))
    );
    out += &format!(
        "    pub const fn description(self) -> &'static str {{\n        match self {{\n{}        }}\n    }}\n\n",
        arms(&|e| format!("Self::{} => {:?},", e.variant, e.description))
    );
    out += &format!(
        "    pub const fn from_code(code: i32) -> Option<Self> {{\n        match code {{\n{}            _ => None,\n        }}\n    }}\n\n",
        arms(&|e| format!("{} => Some(Self::{}),", e.code, e.variant))
    );
    out += &format!(
        "    pub fn from_name(name: &str) -> Option<Self> {{\n        match name {{\n{}            _ => None,\n        }}\n    }}\n}}\n\n",
        arms(&|e| {
            let names: Vec<String> = every_name(e).map(|name| format!("{name:?}")).collect();
            format!("{} => Some(Self::{}),", names.join(" | "), e.variant)
        })
    );
    out += &format!(
        "impl core::fmt::Display for {enum_name} {{\n    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {{\n        write!(f, \"{{}} {{}}: {{}}\", self.code(), self.name(), self.description())\n    }}\n}}\n\n\
         impl core::error::Error for {enum_name} {{}}\n\n\
         impl TryFrom<i32> for {enum_name} {{\n    type Error = i32;\n    fn try_from(code: i32) -> Result<Self, i32> {{\n        Self::from_code(code).ok_or(code)\n    }}\n}}\n\n\
         impl core::str::FromStr for {enum_name} {{\n    type Err = ();\n    fn from_str(name: &str) -> Result<Self, ()> {{\n        Self::from_name(name).ok_or(())\n    }}\n}}\n"
    );
    if entries.iter().any(|entry| !entry.args.is_empty()) {
        out += &hand_written_raised(enum_name);
    }
    for entry in entries.iter().filter(|entry| !entry.args.is_empty()) {
        out += &hand_written_args(enum_name, entry);
    }
    out
}

/// The same API from derives: strum for names, num_enum for codes, thiserror for messages.
pub fn strum_stack(enum_name: &str, entries: &[Entry]) -> String {
    let mut out = format!(
        "#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, strum::EnumString, strum::IntoStaticStr, num_enum::TryFromPrimitive, thiserror::Error)]\n#[repr(i32)]\npub enum {enum_name} {{\n"
    );
    for entry in entries {
        let _ = writeln!(
            out,
            "    #[strum(to_string = {:?}{})]\n    #[error({:?})]\n    {} = {},",
            entry.name,
            entry
                .other_names
                .iter()
                .map(|name| format!(", serialize = {name:?}"))
                .collect::<String>(),
            entry.description.replace('{', "{{").replace('}', "}}"),
            entry.variant,
            entry.code
        );
    }
    out += "}\n";
    // thiserror's struct form, as a team that keeps the catalog in derives writes each error
    // that carries values.
    for entry in entries.iter().filter(|entry| !entry.args.is_empty()) {
        let (fields, _) = fields(entry);
        let _ = write!(
            out,
            "\n#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]\n#[error({:?})]\npub struct {} {{{fields}}}\n",
            entry.description, entry.variant
        );
    }
    out
}

/// The name, then the other names.
pub fn every_name(entry: &Entry) -> impl Iterator<Item = &str> {
    std::iter::once(entry.name.as_str()).chain(entry.other_names.iter().map(String::as_str))
}
