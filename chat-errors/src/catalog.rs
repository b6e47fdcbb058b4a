use alloc::string::String;
use core::fmt::{Debug, Display};
use core::hash::Hash;

use crate::Codes;
use crate::args::{Arg, Segment};

/// The API every catalog enum has, for code written once for any catalog: the Agora enums and
/// every enum that [`agora_errors!`](crate::agora_errors) generates from a catalog of your own.
///
/// Each method is the enum's own method of the same name (see [the reference](crate::agora_errors)
/// for what each gives); this trait only makes them reachable through a type parameter. Only the
/// macro implements it (the trait is sealed), so items can be added to it in a minor release.
///
/// ```
/// use chat_errors::Catalog;
///
/// /// `215 USER_MUTED` for any catalog's code, or the raw code with `?` for an unknown one.
/// fn label<E: Catalog>(code: chat_errors::CodeRef<'_, E>) -> String {
///     match E::from_code(code) {
///         Some(entry) => format!("{code} {}", entry.name()),
///         None => format!("{code} ?"),
///     }
/// }
///
/// assert_eq!(label::<chat_errors::ErrorCode>(215), "215 USER_MUTED");
/// assert_eq!(label::<chat_errors::rest::RestErrorCode>("forbidden_op"), "forbidden_op FORBIDDEN_OP");
/// assert_eq!(label::<chat_errors::ErrorCode>(31_337), "31337 ?");
/// ```
pub trait Catalog:
    Copy + Eq + Ord + Hash + Debug + Display + AsRef<str> + Send + Sync + 'static + Sealed
{
    /// The code as a value owns it: the catalog's integer type, or `String` for string codes.
    type Code: RawCode;
    /// The enum of the catalog's groups, or [`NoGroup`] for a catalog without groups.
    type Group: Group;

    /// The enum's name, as the catalog gives it.
    const NAME: &'static str;
    /// Every language tag the catalog's texts use, the default language first.
    const LANGUAGES: &'static [&'static str];
    /// The platforms whose own names [`platform_name`](Self::platform_name) gives.
    const PLATFORMS: &'static [&'static str];
    /// Every flag the catalog declares, with what it means.
    const FLAGS: &'static [(&'static str, &'static str)];
    /// The domain of the catalog's errors (its `domain`), as AIP-193's `ErrorInfo` names it.
    const DOMAIN: Option<&'static str>;
    /// The enum's name and a hash of the catalog's content: what an export of the catalog to
    /// another language carries too, to tell that both come from the same catalog.
    const STAMP: &'static str;

    /// Every entry of the catalog, in catalog order.
    const ALL: Codes<Self>;
    /// The code.
    fn code(self) -> CodeRef<'static, Self>;
    /// The entry with this code, or `None` for a code the catalog does not have.
    fn from_code(code: CodeRef<'_, Self>) -> Option<Self>;
    /// The entry with this name, alias or platform name (exact match), or `None`.
    fn from_name(name: &str) -> Option<Self>;
    /// The name.
    fn name(self) -> &'static str;
    /// The other names `from_name` accepts for this entry.
    fn aliases(self) -> &'static [&'static str];
    /// What `platform` calls the entry, where the catalog says.
    fn platform_name(self, platform: &str) -> Option<&'static str>;
    /// What the error means, in the default language.
    fn description(self) -> &'static str;
    /// What the error means in the language `tag` asks for.
    fn description_in(self, tag: &str) -> Option<&'static str>;
    /// Why the error happens and what to do, in the default language.
    fn cause(self) -> Option<&'static str>;
    /// Why the error happens and what to do, in the language `tag` asks for.
    fn cause_in(self, tag: &str) -> Option<&'static str>;
    /// What else to know about the entry, in the default language.
    fn note(self) -> Option<&'static str>;
    /// What else to know about the entry, in the language `tag` asks for.
    fn note_in(self, tag: &str) -> Option<&'static str>;
    /// Why the entry is deprecated, if it is.
    fn deprecated(self) -> Option<&'static str>;
    /// The names of the entry's flags.
    fn flags(self) -> &'static [&'static str];
    /// Where the entry is documented, from the catalog's `docs_url`.
    fn docs_url(self) -> Option<&'static str>;
    /// The HTTP status of the entry's errors: its own, else its group's, else the catalog's.
    fn http_status(self) -> Option<u16>;
    /// The gRPC status code of the entry's errors: its own, else its group's, else the
    /// catalog's.
    fn grpc_code(self) -> Option<crate::GrpcCode>;
    /// The URI that identifies the entry's errors as RFC 9457 problems: the catalog's
    /// `problem_type` filled in, else the docs URL.
    fn problem_type(self) -> Option<&'static str>;
    /// The entry's group; `None` only in a catalog without groups.
    fn group(self) -> Option<Self::Group>;
    /// The group of any code, listed or not: by the groups' ranges or prefixes, or else by the
    /// entry with that code.
    fn group_of_code(code: CodeRef<'_, Self>) -> Option<Self::Group>;
    /// The catalog language a language tag asks for.
    fn resolve_language(tag: &str) -> Option<&'static str>;
    /// The retired code `code` (no entry any more, its number and name reserved), or `None`.
    fn retired(code: CodeRef<'_, Self>) -> Option<Retired>;
    /// The arguments the entry's texts take as `{name}`, in declared order.
    fn args(self) -> &'static [Arg];
    #[doc(hidden)]
    fn __from_index(index: usize) -> Option<Self>;
    #[doc(hidden)]
    fn __template(self, language: &str) -> Option<&'static [Segment]>;

    /// Whether the entry carries `flag`, such as `"retryable"`.
    fn has_flag(self, flag: &str) -> bool {
        self.flags().contains(&flag)
    }

    /// The code as a person types it (`215`, `-1`, `forbidden_op`), read back: [`Display`] of
    /// a code writes it that way. `None` for text that is no code of the catalog's type.
    fn parse_code(text: &str) -> Option<Self::Code> {
        Self::Code::parse(text)
    }
}

/// A code a catalog retired: no variant has it, and no entry may take its code or name again.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Retired {
    /// The name it had.
    pub name: &'static str,
    /// Why it is no entry any more.
    pub reason: &'static str,
    /// The version it was retired in, where the catalog says.
    pub since: Option<&'static str>,
}

/// The code a [`Catalog`] hands out and takes: its integer type, or `&str` for string codes.
pub type CodeRef<'a, E> = <<E as Catalog>::Code as RawCode>::Ref<'a>;

/// A code's type as a value owns it: an integer type, or `String`. Sealed: these are all there
/// are.
pub trait RawCode:
    Clone + Eq + Ord + Hash + Debug + Display + Send + Sync + sealed::Serde + sealed::Sealed + 'static
{
    /// The code as lookups take it: the integer itself, or `&str`.
    type Ref<'a>: Copy + Eq + Ord + Hash + Debug + Display;

    /// The code, borrowed.
    fn as_code(&self) -> Self::Ref<'_>;
    /// The code, owned.
    fn own(code: Self::Ref<'_>) -> Self;
    /// The code from the way a person types it: surrounding spaces are ignored.
    fn parse(text: &str) -> Option<Self>;
}

macro_rules! integer_codes {
    ($($int:ty),*) => {$(
        impl sealed::Sealed for $int {}

        impl IntoCode<$int> for $int {
            fn into_code(self) -> $int {
                self
            }
        }

        impl RawCode for $int {
            type Ref<'a> = $int;

            fn as_code(&self) -> $int {
                *self
            }

            fn own(code: $int) -> $int {
                code
            }

            fn parse(text: &str) -> Option<$int> {
                text.trim().parse().ok()
            }
        }
    )*};
}

integer_codes!(i8, i16, i32, i64, u8, u16, u32, u64);

impl sealed::Sealed for String {}

impl IntoCode<String> for String {
    fn into_code(self) -> String {
        self
    }
}

impl IntoCode<String> for &str {
    fn into_code(self) -> String {
        self.into()
    }
}

impl IntoCode<String> for &String {
    fn into_code(self) -> String {
        self.clone()
    }
}

impl RawCode for String {
    type Ref<'a> = &'a str;

    fn as_code(&self) -> &str {
        self
    }

    fn own(code: &str) -> String {
        code.into()
    }

    fn parse(text: &str) -> Option<String> {
        let text = text.trim();
        (!text.is_empty()).then(|| text.into())
    }
}

/// What a code can be given as, for a catalog whose codes are `C`: the integer itself, or for
/// string codes a `&str` or a `String`, so `Error::new` takes what a person has at hand.
pub trait IntoCode<C>: sealed::Sealed {
    /// The code, owned.
    fn into_code(self) -> C;
}

/// The groups of a [`Catalog`]'s codes. Sealed, as [`Catalog`] is.
pub trait Group: Copy + Eq + Ord + Hash + Debug + Display + Send + Sync + 'static + Sealed {
    /// Every group, in catalog order.
    const ALL: &'static [Self];
    /// The group's name in the catalog, such as `"user"`.
    fn name(self) -> &'static str;
    /// The group's title, as the docs head it.
    fn title(self) -> &'static str;
}

/// The group type of a catalog that declares no groups: it has no values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum NoGroup {}

impl Sealed for NoGroup {}

impl Group for NoGroup {
    const ALL: &'static [Self] = &[];

    fn name(self) -> &'static str {
        match self {}
    }

    fn title(self) -> &'static str {
        match self {}
    }
}

impl Display for NoGroup {
    fn fmt(&self, _: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match *self {}
    }
}

/// What only the macro implements: it keeps [`Catalog`] and [`Group`] open to new items.
#[doc(hidden)]
pub trait Sealed {}

mod sealed {
    /// Implemented for the code types only.
    pub trait Sealed {}

    impl Sealed for &str {}
    impl Sealed for &alloc::string::String {}

    /// With the `serde` feature, what a code needs to (de)serialize inside an
    /// [`Error`](crate::Error).
    #[cfg(feature = "serde")]
    pub trait Serde: serde::Serialize + serde::de::DeserializeOwned {}
    #[cfg(feature = "serde")]
    impl<T: serde::Serialize + serde::de::DeserializeOwned> Serde for T {}

    /// Without the `serde` feature, nothing.
    #[cfg(not(feature = "serde"))]
    pub trait Serde {}
    #[cfg(not(feature = "serde"))]
    impl<T> Serde for T {}
}
