//! The facts an error carries beside its code: named, typed values that its texts show as
//! `{name}`. The catalog declares them (`args = { balance = "u64" }`), the code generator checks
//! every language's texts against them and parses each text once, at build time, into
//! [`Segment`]s, so rendering a message in any language is a walk over segments into a
//! [`fmt::Write`](core::fmt::Write).

use alloc::borrow::Cow;
use alloc::string::{String, ToString};
use core::fmt;

use crate::Catalog;

/// An argument an entry's texts take: its name and type, as the catalog declares it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Arg {
    /// The name, as the texts write it between braces: `{balance}`.
    pub name: &'static str,
    /// The type of its values.
    pub ty: ArgType,
}

/// The type of an argument's values, as the catalog spells it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ArgType {
    /// `string`: text.
    String,
    /// `bool`.
    Bool,
    /// `i8`.
    I8,
    /// `i16`.
    I16,
    /// `i32`.
    I32,
    /// `i64`.
    I64,
    /// `u8`.
    U8,
    /// `u16`.
    U16,
    /// `u32`.
    U32,
    /// `u64`.
    U64,
}

impl ArgType {
    /// How the catalog spells the type: `string`, `bool`, `u64`, …
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            ArgType::String => "string",
            ArgType::Bool => "bool",
            ArgType::I8 => "i8",
            ArgType::I16 => "i16",
            ArgType::I32 => "i32",
            ArgType::I64 => "i64",
            ArgType::U8 => "u8",
            ArgType::U16 => "u16",
            ArgType::U32 => "u32",
            ArgType::U64 => "u64",
        }
    }

    /// Whether `value` is of this type: an integer that fits, for the integer types.
    #[must_use]
    pub fn admits(self, value: &ArgValue) -> bool {
        match (self, value) {
            (ArgType::String, ArgValue::Str(_)) | (ArgType::Bool, ArgValue::Bool(_)) => true,
            (ArgType::I8, ArgValue::Int(int)) => i8::try_from(*int).is_ok(),
            (ArgType::I16, ArgValue::Int(int)) => i16::try_from(*int).is_ok(),
            (ArgType::I32, ArgValue::Int(int)) => i32::try_from(*int).is_ok(),
            (ArgType::I64, ArgValue::Int(int)) => i64::try_from(*int).is_ok(),
            (ArgType::U8, ArgValue::Int(int)) => u8::try_from(*int).is_ok(),
            (ArgType::U16, ArgValue::Int(int)) => u16::try_from(*int).is_ok(),
            (ArgType::U32, ArgValue::Int(int)) => u32::try_from(*int).is_ok(),
            (ArgType::U64, ArgValue::Int(int)) => u64::try_from(*int).is_ok(),
            _ => false,
        }
    }

    /// A value written as text (an HTTP header, gRPC metadata) read as this type: `true` or
    /// `false` for `bool`, a number that fits for the integer types. Text that is none of these
    /// stays text, so nothing is lost; [`admits`](Self::admits) tells.
    #[must_use]
    pub fn read(self, text: &str) -> ArgValue {
        let typed = match self {
            ArgType::String => None,
            ArgType::Bool => text.parse().ok().map(ArgValue::Bool),
            _ => text.parse().ok().map(ArgValue::Int),
        };
        typed
            .filter(|value| self.admits(value))
            .unwrap_or_else(|| ArgValue::Str(text.into()))
    }
}

impl fmt::Display for ArgType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// One argument's value, as an error carries it: text, a boolean or an integer of any of the
/// argument types. A value read from data keeps whatever it was.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ArgValue {
    /// Text.
    Str(String),
    /// A boolean.
    Bool(bool),
    /// An integer; `i128` holds every `i64` and every `u64`.
    Int(i128),
}

impl ArgValue {
    /// The text, for a value that is text.
    #[must_use]
    pub fn as_str(&self) -> Option<&str> {
        match self {
            ArgValue::Str(text) => Some(text),
            _ => None,
        }
    }

    /// The boolean, for a value that is one.
    #[must_use]
    pub fn as_bool(&self) -> Option<bool> {
        match self {
            ArgValue::Bool(value) => Some(*value),
            _ => None,
        }
    }

    /// The integer, for a value that is one and fits in an `i64`.
    #[must_use]
    pub fn as_i64(&self) -> Option<i64> {
        self.as_int()
    }

    /// The integer, for a value that is one and fits in a `u64`.
    #[must_use]
    pub fn as_u64(&self) -> Option<u64> {
        self.as_int()
    }

    /// The integer, for a value that is one and fits in `T`.
    #[must_use]
    pub fn as_int<T: TryFrom<i128>>(&self) -> Option<T> {
        match self {
            ArgValue::Int(int) => T::try_from(*int).ok(),
            _ => None,
        }
    }
}

/// The value as a message shows it: text as it is, `true`, `42`.
impl fmt::Display for ArgValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ArgValue::Str(text) => f.write_str(text),
            ArgValue::Bool(value) => fmt::Display::fmt(value, f),
            ArgValue::Int(value) => fmt::Display::fmt(value, f),
        }
    }
}

impl From<String> for ArgValue {
    fn from(text: String) -> Self {
        ArgValue::Str(text)
    }
}

impl From<&str> for ArgValue {
    fn from(text: &str) -> Self {
        ArgValue::Str(text.into())
    }
}

impl From<bool> for ArgValue {
    fn from(value: bool) -> Self {
        ArgValue::Bool(value)
    }
}

macro_rules! integers {
    ($($int:ty),*) => {$(
        impl From<$int> for ArgValue {
            fn from(value: $int) -> Self {
                ArgValue::Int(i128::from(value))
            }
        }

        impl FromArg for $int {
            fn from_arg(value: &ArgValue) -> Option<Self> {
                value.as_int()
            }
        }
    )*};
}

integers!(i8, i16, i32, i64, u8, u16, u32, u64);

/// Why an error is not the entry a struct of argument values stands for.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ArgError {
    /// The error's code is another entry's, or none the catalog knows.
    OtherEntry,
    /// The error has no value for this argument.
    Missing(&'static str),
    /// The error's value for this argument is not of its type.
    WrongType {
        /// The argument.
        name: &'static str,
        /// Its type.
        expected: ArgType,
    },
}

impl fmt::Display for ArgError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ArgError::OtherEntry => f.write_str("the error is another entry"),
            ArgError::Missing(name) => write!(f, "the error has no value for `{name}`"),
            ArgError::WrongType { name, expected } => {
                write!(f, "the error's `{name}` is not a {expected}")
            }
        }
    }
}

impl core::error::Error for ArgError {}

/// A piece of a text that takes arguments, as the code generator parsed it: literal text, or the
/// argument at an index of the entry's `args()`.
#[doc(hidden)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Segment {
    Text(&'static str),
    Arg(usize),
}

/// A field's type of an entry's struct, read back from an [`ArgValue`].
#[doc(hidden)]
pub trait FromArg: Sized {
    fn from_arg(value: &ArgValue) -> Option<Self>;
}

impl FromArg for String {
    fn from_arg(value: &ArgValue) -> Option<Self> {
        value.as_str().map(ToString::to_string)
    }
}

impl FromArg for bool {
    fn from_arg(value: &ArgValue) -> Option<Self> {
        value.as_bool()
    }
}

/// The argument values an error carries, by name.
pub(crate) type Values = alloc::vec::Vec<(Cow<'static, str>, ArgValue)>;

/// Writes `segments`, each argument's value by `arg`; `declared` names the arguments, so one
/// without a value is written `{name}`, never dropped.
pub(crate) fn render(
    segments: &[Segment],
    declared: &[Arg],
    out: &mut dyn fmt::Write,
    arg: &dyn Fn(usize, &mut dyn fmt::Write) -> Option<fmt::Result>,
) -> fmt::Result {
    for segment in segments {
        match *segment {
            Segment::Text(text) => out.write_str(text)?,
            Segment::Arg(index) => match arg(index, out) {
                Some(result) => result?,
                None => {
                    let name = declared.get(index).map_or("", |arg| arg.name);
                    write!(out, "{{{name}}}")?;
                }
            },
        }
    }
    Ok(())
}

/// The entry's description in the catalog language `language` as segments, or in the default
/// language where it has none in it; `None` for an entry without arguments, whose texts are
/// literal.
fn template<E: Catalog>(entry: E, language: &str) -> Option<&'static [Segment]> {
    let default = E::LANGUAGES.first().copied().unwrap_or_default();
    entry
        .__template(language)
        .or_else(|| entry.__template(default))
}

/// Room for the text with its values: what `format!` reserves for its literal text, and some.
fn room(segments: &[Segment]) -> usize {
    segments
        .iter()
        .map(|segment| match segment {
            Segment::Text(text) => text.len(),
            Segment::Arg(_) => 8,
        })
        .sum()
}

/// The entry's description in the catalog language `language`, or the default language where it
/// has none in it, with the arguments `arg` writes.
pub(crate) fn description_in<E: Catalog>(
    entry: E,
    language: &str,
    arg: &dyn Fn(usize, &mut dyn fmt::Write) -> Option<fmt::Result>,
) -> String {
    let Some(segments) = template(entry, language) else {
        return String::from(
            entry
                .description_in(language)
                .unwrap_or(entry.description()),
        );
    };
    let mut out = String::with_capacity(room(segments));
    let _ = render(segments, entry.args(), &mut out, arg);
    out
}

/// A cause or note of an entry that takes arguments, with the values `value` gives in its
/// placeholders. Only descriptions are parsed at build time, as only they render on every error;
/// this reads the braces of a text shown now and then (a diagnostic's help). `{{` and `}}` are
/// braces, and a placeholder without a value stays as written.
#[cfg(any(test, feature = "miette"))]
pub(crate) fn fill<'a>(text: &str, value: impl Fn(&str) -> Option<&'a ArgValue>) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(['{', '}']) {
        out.push_str(&rest[..at]);
        let tail = &rest[at..];
        let placeholder = tail
            .strip_prefix('{')
            .filter(|_| !tail.starts_with("{{"))
            .and_then(|inner| inner.find('}').map(|end| &inner[..end]));
        match placeholder {
            Some(name) => {
                match value(name) {
                    Some(value) => {
                        let _ = fmt::Write::write_fmt(&mut out, format_args!("{value}"));
                    }
                    None => out.push_str(&tail[..name.len() + 2]),
                }
                rest = &tail[name.len() + 2..];
            }
            None => {
                out.push_str(&tail[..1]);
                let doubled = tail[1..].starts_with(&tail[..1]);
                rest = &tail[1 + usize::from(doubled)..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// What an entry's struct renders: its description in the language `tag` asks for, `values` its
/// fields in the order of the entry's `args()`.
#[doc(hidden)]
pub fn message_in<E: Catalog>(entry: E, tag: &str, values: &[&dyn fmt::Display]) -> String {
    let language = E::resolve_language(tag).unwrap_or_default();
    description_in(entry, language, &|index, out| {
        Some(write!(out, "{}", values.get(index)?))
    })
}

/// What an entry's struct's `Display` writes: its description in the default language.
#[doc(hidden)]
pub fn write_default<E: Catalog>(
    entry: E,
    f: &mut fmt::Formatter<'_>,
    values: &[&dyn fmt::Display],
) -> fmt::Result {
    let default = E::LANGUAGES.first().copied().unwrap_or_default();
    let Some(segments) = template(entry, default) else {
        return f.write_str(entry.description());
    };
    // Options (`{:>40}`) are the whole message's, as for a `str`; without them `f` writes each
    // value as `write!` would, with no formatter of its own to set up.
    let plain = f.width().is_none()
        && f.precision().is_none()
        && !f.sign_plus()
        && !f.sign_minus()
        && !f.alternate()
        && !f.sign_aware_zero_pad();
    if !plain {
        return f.pad(&description_in(entry, default, &|index, out| {
            Some(write!(out, "{}", values.get(index)?))
        }));
    }
    for segment in segments {
        match *segment {
            Segment::Text(text) => f.write_str(text)?,
            Segment::Arg(index) => match values.get(index) {
                Some(value) => value.fmt(f)?,
                None => write!(
                    f,
                    "{{{}}}",
                    entry.args().get(index).map_or("", |arg| arg.name)
                )?,
            },
        }
    }
    Ok(())
}

/// The value of the entry's argument at `index` in an error, as its struct's field, or why there
/// is none: the error is another entry, or lacks the value, or has one of another type.
#[doc(hidden)]
pub fn field<E: Catalog, T: FromArg>(
    error: &crate::Error<E>,
    entry: E,
    index: usize,
) -> Result<T, ArgError> {
    let declared = entry.args().get(index);
    let (Some(declared), true) = (declared, error.kind() == Some(entry)) else {
        return Err(ArgError::OtherEntry);
    };
    let value = error
        .arg(declared.name)
        .ok_or(ArgError::Missing(declared.name))?;
    T::from_arg(value).ok_or(ArgError::WrongType {
        name: declared.name,
        expected: declared.ty,
    })
}

#[cfg(test)]
mod tests {
    use super::{ArgValue, fill};

    #[test]
    fn a_text_is_filled_braces_and_all() {
        let price = ArgValue::Int(50);
        let value = |name: &str| (name == "price").then_some(&price);
        assert_eq!(fill("Top up {price}.", value), "Top up 50.");
        assert_eq!(fill("{{price}} is {price}", value), "{price} is 50");
        assert_eq!(
            fill("{balance} and }} and { alone", value),
            "{balance} and } and { alone"
        );
        assert_eq!(fill("no braces", value), "no braces");
    }
}
