use alloc::borrow::Cow;
use alloc::string::String;
use alloc::vec::Vec;
use core::fmt;
use core::marker::PhantomData;

use crate::args::{self, ArgValue, Values};
use crate::catalog::{Catalog, CodeRef, IntoCode, RawCode};

/// What a failed call hands over, for any catalog `E`: the raw code, the message that came with
/// it, and the values of the entry's arguments where it takes some.
///
/// The code is kept as it was received, so a code the catalog does not know (a newer server, a
/// private deployment) is never lost: [`code`](Self::code) still has it, [`kind`](Self::kind) is
/// `None`, and [`group`](Self::group) still classifies it where a group's range owns it. With the
/// `serde` feature it (de)serializes as `{"code": …, "message": …, "args": {…}}`, `args` left out
/// when there are none.
///
/// ```
/// use chat_errors::{Error, ErrorCode, ErrorCodeGroup};
///
/// let error = Error::<ErrorCode>::new(408, "a newer SDK's file error");
/// assert_eq!(error.code(), 408);
/// assert_eq!(error.kind(), None);
/// assert_eq!(error.group(), Some(ErrorCodeGroup::File));
/// assert_eq!(error.to_string(), "408: a newer SDK's file error");
/// ```
pub struct Error<E: Catalog> {
    pub(crate) code: E::Code,
    message: String,
    args: Values,
    catalog: PhantomData<fn() -> E>,
}

impl<E: Catalog> Error<E> {
    /// The error for `code` with the `message` that came with it. The code is the catalog's
    /// integer, or for string codes a `&str` or a `String`:
    ///
    /// ```
    /// use chat_errors::Error;
    ///
    /// chat_errors::agora_errors!("doc/sqlstate.toml");
    ///
    /// let error = Error::<PgState>::new("23505", "duplicate key value violates unique constraint");
    /// assert_eq!(error.kind(), Some(PgState::UniqueViolation));
    /// let unknown = Error::<PgState>::new(String::from("XX999"), "");
    /// assert_eq!(unknown.code(), "XX999");
    /// ```
    pub fn new(code: impl IntoCode<E::Code>, message: impl Into<String>) -> Self {
        Error::owned(code.into_code(), message.into(), Vec::new())
    }

    pub(crate) fn owned(code: E::Code, message: String, args: Values) -> Self {
        let mut error = Error {
            code,
            message,
            args,
            catalog: PhantomData,
        };
        error.order_args();
        error
    }

    /// The error of `entry` with the values of its arguments in declared order, its message the
    /// description in the default language with them: what an entry's struct turns into.
    #[doc(hidden)]
    pub fn __with_args(entry: E, values: impl IntoIterator<Item = ArgValue>) -> Self {
        let args: Values = entry
            .args()
            .iter()
            .zip(values)
            .map(|(arg, value)| (Cow::Borrowed(arg.name), value))
            .collect();
        let mut error = Error::owned(E::Code::own(entry.code()), String::new(), args);
        error.message = error.message_in(E::LANGUAGES.first().copied().unwrap_or_default());
        error
    }

    /// The raw code, as received, whether or not the catalog knows it.
    #[must_use]
    pub fn code(&self) -> CodeRef<'_, E> {
        self.code.as_code()
    }

    /// The catalog's entry for the code, or `None` for a code the catalog does not know.
    #[must_use]
    pub fn kind(&self) -> Option<E> {
        E::from_code(self.code())
    }

    /// The message that came with the code.
    #[must_use]
    pub fn message(&self) -> &str {
        &self.message
    }

    /// The arguments' values, `(name, value)`: the entry's declared arguments first, in declared
    /// order, then any other the error came with, in the order it came with them.
    pub fn args(&self) -> impl ExactSizeIterator<Item = (&str, &ArgValue)> {
        self.args.iter().map(|(name, value)| (&**name, value))
    }

    /// The value of the argument `name`, if the error has one.
    #[must_use]
    pub fn arg(&self, name: &str) -> Option<&ArgValue> {
        self.args
            .iter()
            .find(|(each, _)| each == name)
            .map(|(_, value)| value)
    }

    /// The same error with `value` for the argument `name`, in place of any it had.
    #[must_use]
    pub fn with_arg(mut self, name: &str, value: impl Into<ArgValue>) -> Self {
        let value = value.into();
        match self.args.iter_mut().find(|(each, _)| each == name) {
            Some((_, old)) => *old = value,
            None => self.args.push((Cow::Owned(name.into()), value)),
        }
        self.order_args();
        self
    }

    /// The entry's description in the language `tag` asks for (or the default language), with
    /// the error's argument values in their places; an argument without one shows as `{name}`.
    /// For a code the catalog does not know, the message as it came.
    ///
    /// A value that travelled as data renders in the reader's language:
    ///
    /// ```
    /// use chat_errors::Error;
    ///
    /// chat_errors::agora_errors!("doc/wallet.toml");
    ///
    /// let error = Error::<WalletError>::new(5002, "").with_arg("balance", 30u64).with_arg("price", 50u64);
    /// assert_eq!(error.message_in("zh-CN"), "余额 30 低于价格 50。");
    /// assert_eq!(Error::<WalletError>::new(5002, "").message_in("en"), "The balance {balance} is below the price {price}.");
    /// ```
    #[must_use]
    pub fn message_in(&self, tag: &str) -> String {
        let Some(entry) = self.kind() else {
            return self.message.clone();
        };
        let language = E::resolve_language(tag)
            .or_else(|| E::LANGUAGES.first().copied())
            .unwrap_or_default();
        let declared = entry.args();
        args::description_in(entry, language, &|index, out| {
            let value = self.arg(declared.get(index)?.name)?;
            Some(write!(out, "{value}"))
        })
    }

    /// The catalog language the error's texts are in when `tag` asks: the one `tag` negotiates
    /// where the entry has a description in it, else the default language (for a code the
    /// catalog does not know too: its message is in whatever language it came in).
    #[cfg(any(feature = "problem", feature = "tonic-0-14"))]
    pub(crate) fn text_language(&self, tag: &str) -> &'static str {
        let default = E::LANGUAGES.first().copied().unwrap_or_default();
        match (self.kind(), E::resolve_language(tag)) {
            (Some(entry), Some(language)) if entry.description_in(language).is_some() => language,
            _ => default,
        }
    }

    /// The group of the code, listed or not (by the groups' ranges, or by its entry); `None`
    /// for a code that no group owns.
    #[must_use]
    pub fn group(&self) -> Option<E::Group> {
        E::group_of_code(self.code())
    }

    /// The retired code this is, with the reason it was retired, or `None`: a client older
    /// than the catalog may still send one.
    #[must_use]
    pub fn retired(&self) -> Option<crate::Retired> {
        E::retired(self.code())
    }

    /// The names of the entry's flags; none for an unknown code.
    #[must_use]
    pub fn flags(&self) -> &'static [&'static str] {
        self.kind().map_or(&[], E::flags)
    }

    /// Whether the code's entry carries `flag`, such as `"retryable"`; `false` for an unknown
    /// code.
    #[must_use]
    pub fn has_flag(&self, flag: &str) -> bool {
        self.kind().is_some_and(|kind| kind.has_flag(flag))
    }

    /// The declared arguments first, in declared order, with the names the catalog gives them;
    /// the others after, as they came.
    fn order_args(&mut self) {
        if self.args.is_empty() {
            return;
        }
        let Some(entry) = self.kind() else {
            return;
        };
        let declared = entry.args();
        let position = |name: &str| declared.iter().position(|arg| arg.name == name);
        self.args
            .sort_by_key(|(name, _)| position(name).unwrap_or(usize::MAX));
        for (name, _) in &mut self.args {
            if let Some(index) = position(name) {
                *name = Cow::Borrowed(declared[index].name);
            }
        }
    }
}

/// `215 USER_MUTED: <message>` for a known code (the name left out where it spells the code),
/// `99999: <message>` for an unknown one.
impl<E: Catalog> fmt::Display for Error<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.code, f)?;
        if let Some(kind) = self.kind() {
            let code: String = alloc::string::ToString::to_string(&self.code);
            if !code.eq_ignore_ascii_case(kind.name()) {
                f.write_str(" ")?;
                f.write_str(kind.name())?;
            }
        }
        if !self.message.is_empty() {
            f.write_str(": ")?;
            f.write_str(&self.message)?;
        }
        Ok(())
    }
}

impl<E: Catalog> fmt::Debug for Error<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut debug = f.debug_struct("Error");
        debug
            .field("code", &self.code)
            .field("kind", &self.kind())
            .field("message", &self.message);
        if !self.args.is_empty() {
            debug.field("args", &self.args);
        }
        debug.finish()
    }
}

impl<E: Catalog> core::error::Error for Error<E> {}

/// An error raised on this side, with the catalog's description as its message (`{name}` where
/// it takes arguments: give their values with [`with_arg`](Error::with_arg), or build the error
/// from the entry's struct).
impl<E: Catalog> From<E> for Error<E> {
    fn from(kind: E) -> Self {
        Error::__with_args(kind, [])
    }
}

impl<E: Catalog> Clone for Error<E> {
    fn clone(&self) -> Self {
        Error {
            code: self.code.clone(),
            message: self.message.clone(),
            args: self.args.clone(),
            catalog: PhantomData,
        }
    }
}

impl<E: Catalog> PartialEq for Error<E> {
    fn eq(&self, other: &Self) -> bool {
        self.code == other.code && self.message == other.message && self.args == other.args
    }
}

impl<E: Catalog> Eq for Error<E> {}

impl<E: Catalog> core::hash::Hash for Error<E> {
    fn hash<H: core::hash::Hasher>(&self, state: &mut H) {
        self.code.hash(state);
        self.message.hash(state);
        self.args.hash(state);
    }
}

#[cfg(feature = "serde")]
mod serde_impls {
    use alloc::borrow::Cow;
    use alloc::string::String;
    use alloc::vec::Vec;
    use core::fmt;
    use core::marker::PhantomData;

    use serde::de::{self, MapAccess, Visitor};
    use serde::ser::SerializeMap;
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    use super::Error;
    use crate::args::{ArgValue, Values};
    use crate::catalog::Catalog;

    /// `{"code": …, "message": …, "args": {…}}`, the code as the catalog types it and `args`
    /// left out when there are none.
    impl<E: Catalog> Serialize for Error<E> {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            let mut map = serializer.serialize_map(None)?;
            map.serialize_entry("code", &self.code)?;
            map.serialize_entry("message", &self.message)?;
            if !self.args.is_empty() {
                map.serialize_entry("args", &Args(&self.args))?;
            }
            map.end()
        }
    }

    struct Args<'a>(&'a Values);

    impl Serialize for Args<'_> {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            let mut map = serializer.serialize_map(Some(self.0.len()))?;
            for (name, value) in self.0 {
                map.serialize_entry(&**name, value)?;
            }
            map.end()
        }
    }

    /// `{"code": …, "message": …, "args": {…}}`; a code the catalog does not know is kept, and
    /// so is every argument, in the order it came.
    impl<'de, E: Catalog> Deserialize<'de> for Error<E> {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            #[derive(Deserialize)]
            struct Owned<C> {
                code: C,
                message: String,
                #[serde(default)]
                args: OwnedArgs,
            }
            let Owned {
                code,
                message,
                args,
            } = Owned::<E::Code>::deserialize(deserializer)?;
            Ok(Error::owned(code, message, args.0))
        }
    }

    #[derive(Default)]
    struct OwnedArgs(Values);

    impl<'de> Deserialize<'de> for OwnedArgs {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            deserializer.deserialize_map(ArgsVisitor)
        }
    }

    struct ArgsVisitor;

    impl<'de> Visitor<'de> for ArgsVisitor {
        type Value = OwnedArgs;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a map of argument names to values")
        }

        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<OwnedArgs, A::Error> {
            let mut args = Vec::new();
            while let Some((name, value)) = map.next_entry::<String, Kept>()? {
                if let Some(value) = value.0 {
                    args.push((Cow::Owned(name), value));
                }
            }
            Ok(OwnedArgs(args))
        }
    }

    /// A value as the data has it: text, a boolean, an integer; a number with a fraction as its
    /// text, so it is not lost; `null` as no value.
    struct Kept(Option<ArgValue>);

    impl<'de> Deserialize<'de> for Kept {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            deserializer.deserialize_any(KeptVisitor(PhantomData))
        }
    }

    struct KeptVisitor(PhantomData<()>);

    impl<'de> Visitor<'de> for KeptVisitor {
        type Value = Kept;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("text, a boolean or a number")
        }

        fn visit_str<E: de::Error>(self, text: &str) -> Result<Kept, E> {
            Ok(Kept(Some(ArgValue::Str(text.into()))))
        }

        fn visit_bool<E: de::Error>(self, value: bool) -> Result<Kept, E> {
            Ok(Kept(Some(ArgValue::Bool(value))))
        }

        fn visit_i64<E: de::Error>(self, value: i64) -> Result<Kept, E> {
            Ok(Kept(Some(ArgValue::Int(value.into()))))
        }

        fn visit_u64<E: de::Error>(self, value: u64) -> Result<Kept, E> {
            Ok(Kept(Some(ArgValue::Int(value.into()))))
        }

        fn visit_i128<E: de::Error>(self, value: i128) -> Result<Kept, E> {
            Ok(Kept(Some(ArgValue::Int(value))))
        }

        fn visit_f64<E: de::Error>(self, value: f64) -> Result<Kept, E> {
            Ok(Kept(Some(ArgValue::Str(alloc::format!("{value}")))))
        }

        fn visit_unit<E: de::Error>(self) -> Result<Kept, E> {
            Ok(Kept(None))
        }
    }

    /// Text as a string, a boolean as one, an integer as a number.
    impl Serialize for ArgValue {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            match self {
                ArgValue::Str(text) => serializer.serialize_str(text),
                ArgValue::Bool(value) => serializer.serialize_bool(*value),
                ArgValue::Int(value) => match (i64::try_from(*value), u64::try_from(*value)) {
                    (Ok(value), _) => serializer.serialize_i64(value),
                    (_, Ok(value)) => serializer.serialize_u64(value),
                    _ => serializer.serialize_i128(*value),
                },
            }
        }
    }

    /// What [`Serialize`] writes, read back.
    impl<'de> Deserialize<'de> for ArgValue {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            Kept::deserialize(deserializer)?
                .0
                .ok_or_else(|| de::Error::custom("an argument's value is not null"))
        }
    }
}
