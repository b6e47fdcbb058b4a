#[allow(unused_imports)]
use ::chat_errors::__private as __chat_errors_SmallError;
/**A small catalog whose expansion is kept as a snapshot.

**Flags**

- [`is_retryable`](SmallError::is_retryable): Trying the same call again later may succeed\.


**Fields**

- [`retry_after`](SmallError::retry_after): Seconds a client waits before it tries again\.


### General


| Code | Name | Variant | Description |
|---:|---|---|---|
| 0 | `OK` | [`Ok`](SmallError::Ok) | Nothing went wrong\. |


### Network

Codes about the connection.


| Code | Name | Variant | Description |
|---:|---|---|---|
| \-1 | `NETWORK_ERROR` | [`NetworkError`](SmallError::NetworkError) | The network is down\. |
| 7 | `OLD_TIMEOUT` | [`OldTimeout`](SmallError::OldTimeout) (deprecated) | Timed out\. |


### Retired codes

No variant, and never given to another entry: see [`retired`](SmallError::retired).

| Code | Name | Since | Reason |
|---:|---|---|---|
| 8 | `DNS_FAILURE` | 2\.0 | no server sends it since the resolver moved into the SDK |
*/
#[repr(i32)]
#[non_exhaustive]
#[derive(
    ::core::clone::Clone,
    ::core::marker::Copy,
    ::core::cmp::PartialEq,
    ::core::cmp::Eq,
    ::core::hash::Hash,
    ::core::cmp::PartialOrd,
    ::core::cmp::Ord,
)]
pub enum SmallError {
    /**Nothing went wrong\.

- Code: `0`
- Name: `OK`
- Group: General
- gRPC code: `UNKNOWN`
- Docs: <https://docs.example.com/errors/OK.html>

**Description**

- `en`: Nothing went wrong\.
*/
    #[doc(alias = "OK")]
    Ok = 0,
    /**The network is down\.

- Code: `-1`
- Name: `NETWORK_ERROR`
- Aliases: `NET_ERROR`
- Platform names: `SmallErrorNetworkDown` (ios)
- Group: Network
- Flags: `retryable`
- HTTP status: `503`
- gRPC code: `UNAVAILABLE`
- retry_after: `30`
- Docs: <https://docs.example.com/errors/NETWORK_ERROR.html>

**Description**

- `en`: The network is down\.
- `zh`: 网络错误

**Cause**

- `en`: See \[the limits\]\(https://docs\.example\.com/errors/limits\#rate\) \<b\>now\</b\>\.
- `zh`: 网络断开。

**Note**

- `en`: Older servers sent 7 instead\.
*/
    #[doc(alias = "NETWORK_ERROR")]
    #[doc(alias = "SmallErrorNetworkDown")]
    NetworkError = -1,
    /**Timed out\.

- Code: `7`
- Name: `OLD_TIMEOUT`
- Deprecated: use NETWORK\_ERROR
- Group: Network
- gRPC code: `UNAVAILABLE`
- Docs: <https://docs.example.com/errors/OLD_TIMEOUT.html>

**Description**

- `en`: Timed out\.
*/
    #[doc(alias = "OLD_TIMEOUT")]
    #[deprecated(note = "use NETWORK_ERROR")]
    OldTimeout = 7,
}
#[allow(deprecated)]
impl SmallError {
    /// Every entry of the catalog, in catalog order.
    pub const ALL: __chat_errors_SmallError::Codes<SmallError> = __chat_errors_SmallError::Codes::__run(
        0,
        3,
    );
    /// Every language tag the catalog's texts use, the default language first.
    pub const LANGUAGES: &'static [&'static str] = &["en", "zh"];
    /// The platforms whose own names [`platform_name`](Self::platform_name) gives.
    pub const PLATFORMS: &'static [&'static str] = &["ios"];
    /// Every flag the catalog declares, with what it means for the caller.
    pub const FLAGS: &'static [(&'static str, &'static str)] = &[
        ("retryable", "Trying the same call again later may succeed."),
    ];
    ///The catalog language (one of `en`, `zh`) that a language tag asks for, as apps and browsers write tags: the tag in any letter case and with `-` or `_`, then ever shorter prefixes, so `en-US` finds `en` and `ZH_cn` finds `zh`. A `;q=` weight is ignored. `None` when no catalog language matches.
    #[must_use]
    pub fn resolve_language(tag: &str) -> ::core::option::Option<&'static str> {
        __chat_errors_SmallError::negotiate(Self::LANGUAGES, tag)
    }
    /// The first language of `preferences` (tags in order of preference, as a user's settings or
    /// an Accept-Language header list them) that [`resolve_language`](Self::resolve_language)
    /// finds in the catalog, or else the default language, `"en"`.
    #[must_use]
    pub fn best_language(preferences: &[&str]) -> &'static str {
        for tag in preferences {
            if let ::core::option::Option::Some(language) = Self::resolve_language(tag) {
                return language;
            }
        }
        "en"
    }
    ///The code: `0` for [`Ok`](Self::Ok).
    #[must_use]
    pub const fn code(self) -> i32 {
        self as i32
    }
    ///The name: `"OK"` for [`Ok`](Self::Ok).
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            SmallError::Ok => "OK",
            SmallError::NetworkError => "NETWORK_ERROR",
            SmallError::OldTimeout => "OLD_TIMEOUT",
        }
    }
    /// The entry with this code, or `None` for a code the catalog does not have.
    #[must_use]
    pub const fn from_code(code: i32) -> ::core::option::Option<Self> {
        ::core::option::Option::Some(
            match code {
                0 => SmallError::Ok,
                -1 => SmallError::NetworkError,
                7 => SmallError::OldTimeout,
                _ => return ::core::option::Option::None,
            },
        )
    }
    /// The entry with this name, alias or platform name (exact match), or `None`.
    #[must_use]
    pub fn from_name(name: &str) -> ::core::option::Option<Self> {
        ::core::option::Option::Some(
            match name {
                "OK" => SmallError::Ok,
                "NETWORK_ERROR" => SmallError::NetworkError,
                "NET_ERROR" => SmallError::NetworkError,
                "SmallErrorNetworkDown" => SmallError::NetworkError,
                "OLD_TIMEOUT" => SmallError::OldTimeout,
                _ => return ::core::option::Option::None,
            },
        )
    }
    ///What the error means, in the catalog's default language (`en`): `"Nothing went wrong."` for [`Ok`](Self::Ok).
    #[must_use]
    pub const fn description(self) -> &'static str {
        match self {
            SmallError::Ok => "Nothing went wrong.",
            SmallError::NetworkError => "The network is down.",
            SmallError::OldTimeout => "Timed out.",
        }
    }
    ///Why the error happens and what to do about it, in the catalog's default language (`en`), where the catalog says.
    #[must_use]
    pub const fn cause(self) -> ::core::option::Option<&'static str> {
        ::core::option::Option::Some(
            match self {
                SmallError::NetworkError => {
                    "See [the limits](https://docs.example.com/errors/limits#rate) <b>now</b>."
                }
                _ => return ::core::option::Option::None,
            },
        )
    }
    ///The description in the language that `tag` asks for, of the catalog's `en`, `zh`, as [`resolve_language`](Self::resolve_language) finds it, so `en-US` finds `en` and `ZH_cn` finds `zh`. `None` where no language matches or the catalog has no such text.
    #[must_use]
    pub fn description_in(self, tag: &str) -> ::core::option::Option<&'static str> {
        match Self::resolve_language(tag)? {
            "en" => ::core::option::Option::Some(self.description()),
            "zh" => {
                ::core::option::Option::Some(
                    match self {
                        SmallError::NetworkError => "网络错误",
                        _ => return ::core::option::Option::None,
                    },
                )
            }
            _ => ::core::option::Option::None,
        }
    }
    ///The cause in the language that `tag` asks for, of the catalog's `en`, `zh`, as [`resolve_language`](Self::resolve_language) finds it, so `en-US` finds `en` and `ZH_cn` finds `zh`. `None` where no language matches or the catalog has no such text.
    #[must_use]
    pub fn cause_in(self, tag: &str) -> ::core::option::Option<&'static str> {
        match Self::resolve_language(tag)? {
            "en" => self.cause(),
            "zh" => {
                ::core::option::Option::Some(
                    match self {
                        SmallError::NetworkError => "网络断开。",
                        _ => return ::core::option::Option::None,
                    },
                )
            }
            _ => ::core::option::Option::None,
        }
    }
    ///What else to know about the entry, in the catalog's default language (`en`), where the catalog says.
    #[must_use]
    pub const fn note(self) -> ::core::option::Option<&'static str> {
        ::core::option::Option::Some(
            match self {
                SmallError::NetworkError => "Older servers sent 7 instead.",
                _ => return ::core::option::Option::None,
            },
        )
    }
    ///The note in the language that `tag` asks for, of the catalog's `en`, `zh`, as [`resolve_language`](Self::resolve_language) finds it, so `en-US` finds `en` and `ZH_cn` finds `zh`. `None` where no language matches or the catalog has no such text.
    #[must_use]
    pub fn note_in(self, tag: &str) -> ::core::option::Option<&'static str> {
        match Self::resolve_language(tag)? {
            "en" => self.note(),
            "zh" => ::core::option::Option::None,
            _ => ::core::option::Option::None,
        }
    }
    /// The other names [`from_name`](Self::from_name) accepts for this entry.
    #[must_use]
    pub const fn aliases(self) -> &'static [&'static str] {
        match self {
            SmallError::NetworkError => &["NET_ERROR"],
            _ => &[],
        }
    }
    /// What `platform` (one of [`PLATFORMS`](Self::PLATFORMS)) calls the entry, where that
    /// differs from [`name`](Self::name) and the catalog says;
    /// [`from_name`](Self::from_name) accepts it too.
    #[must_use]
    pub fn platform_name(self, platform: &str) -> ::core::option::Option<&'static str> {
        match platform {
            "ios" => {
                ::core::option::Option::Some(
                    match self {
                        SmallError::NetworkError => "SmallErrorNetworkDown",
                        _ => return ::core::option::Option::None,
                    },
                )
            }
            _ => ::core::option::Option::None,
        }
    }
    /// Why the entry is deprecated, if it is; its variant is then `#[deprecated]`.
    #[must_use]
    pub const fn deprecated(self) -> ::core::option::Option<&'static str> {
        ::core::option::Option::Some(
            match self {
                SmallError::OldTimeout => "use NETWORK_ERROR",
                _ => return ::core::option::Option::None,
            },
        )
    }
    /// Where the entry is documented, from the catalog's `docs_url`; `None` without one.
    #[must_use]
    pub const fn docs_url(self) -> ::core::option::Option<&'static str> {
        ::core::option::Option::Some(
            match self {
                SmallError::Ok => "https://docs.example.com/errors/OK.html",
                SmallError::NetworkError => {
                    "https://docs.example.com/errors/NETWORK_ERROR.html"
                }
                SmallError::OldTimeout => {
                    "https://docs.example.com/errors/OLD_TIMEOUT.html"
                }
            },
        )
    }
    /// The domain of the catalog's errors, as AIP-193's `ErrorInfo.domain` names it.
    pub const DOMAIN: ::core::option::Option<&'static str> = ::core::option::Option::Some(
        "small.example.com",
    );
    /// The catalog's stamp: the enum's name and a hash of its content. Every export of the
    /// catalog to another language (`chat-errors export`) carries the same, so a client and this
    /// server can check that they were generated from the same catalog.
    pub const STAMP: &'static str = "SmallError:bac3a3c8e4f4d22c";
    /// The HTTP status of the entry's errors: the entry's `http_status`, else its group's, else
    /// the catalog's; `None` where none is given.
    #[must_use]
    pub const fn http_status(self) -> ::core::option::Option<u16> {
        ::core::option::Option::Some(
            match self {
                SmallError::NetworkError => 503,
                _ => return ::core::option::Option::None,
            },
        )
    }
    /// The gRPC status code of the entry's errors: the entry's `grpc_code`, else its group's,
    /// else the catalog's; `None` where none is given.
    #[must_use]
    pub const fn grpc_code(
        self,
    ) -> ::core::option::Option<__chat_errors_SmallError::GrpcCode> {
        ::core::option::Option::Some(
            match self {
                SmallError::NetworkError => {
                    __chat_errors_SmallError::GrpcCode::Unavailable
                }
                SmallError::OldTimeout => __chat_errors_SmallError::GrpcCode::Unavailable,
                _ => __chat_errors_SmallError::GrpcCode::Unknown,
            },
        )
    }
    /// The URI that identifies the entry's errors as RFC 9457 problems (their `type`): the
    /// catalog's `problem_type` filled in, else the docs URL; `None` without either.
    #[must_use]
    pub const fn problem_type(self) -> ::core::option::Option<&'static str> {
        Self::docs_url(self)
    }
    /// The names of the entry's flags; each has its own `is_…` method.
    #[must_use]
    pub const fn flags(self) -> &'static [&'static str] {
        match self {
            SmallError::NetworkError => &["retryable"],
            _ => &[],
        }
    }
    ///Whether the entry is flagged `retryable`: Trying the same call again later may succeed\.
    #[must_use]
    pub const fn is_retryable(self) -> bool {
        ::core::matches!(self, SmallError::NetworkError)
    }
    ///Seconds a client waits before it tries again\.
    #[must_use]
    pub const fn retry_after(self) -> ::core::option::Option<u16> {
        ::core::option::Option::Some(
            match self {
                SmallError::NetworkError => 30,
                _ => return ::core::option::Option::None,
            },
        )
    }
    /// The arguments the entry's texts take as `{name}`, with their types, in declared order;
    /// none for an entry whose texts are literal.
    #[must_use]
    pub const fn args(self) -> &'static [__chat_errors_SmallError::Arg] {
        &[]
    }
    fn __template(
        self,
        language: &str,
    ) -> ::core::option::Option<&'static [__chat_errors_SmallError::Segment]> {
        let _ = (self, language);
        ::core::option::Option::None
    }
    const fn __from_index(index: usize) -> ::core::option::Option<Self> {
        static CODES: [i32; 3] = [0, -1, 7];
        if index < CODES.len() {
            Self::from_code(CODES[index])
        } else {
            ::core::option::Option::None
        }
    }
}
#[automatically_derived]
impl ::core::fmt::Debug for SmallError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        __chat_errors_SmallError::debug_variant(f, SmallError::name(*self))
    }
}
#[automatically_derived]
impl ::core::fmt::Display for SmallError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(
            f, "{} {}: {}", SmallError::code(* self), SmallError::name(* self),
            SmallError::description(* self)
        )
    }
}
#[automatically_derived]
impl ::core::error::Error for SmallError {}
#[automatically_derived]
impl ::core::convert::From<SmallError> for i32 {
    fn from(code: SmallError) -> i32 {
        code.code()
    }
}
#[automatically_derived]
impl ::core::convert::TryFrom<i32> for SmallError {
    type Error = UnknownSmallError;
    fn try_from(code: i32) -> ::core::result::Result<Self, UnknownSmallError> {
        Self::from_code(code).ok_or(UnknownSmallError(code))
    }
}
#[automatically_derived]
impl ::core::str::FromStr for SmallError {
    type Err = UnknownSmallErrorName;
    fn from_str(name: &str) -> ::core::result::Result<Self, UnknownSmallErrorName> {
        Self::from_name(name).ok_or(UnknownSmallErrorName(()))
    }
}
/// The name, as [`name`](SmallError::name) gives it.
#[automatically_derived]
impl ::core::convert::AsRef<str> for SmallError {
    fn as_ref(&self) -> &str {
        SmallError::name(*self)
    }
}
///A code that is not in [`SmallError`]'s catalog: the error of its `TryFrom<i32>`, which keeps the code.
#[derive(
    ::core::fmt::Debug,
    ::core::clone::Clone,
    ::core::marker::Copy,
    ::core::cmp::PartialEq,
    ::core::cmp::Eq,
    ::core::hash::Hash,
)]
pub struct UnknownSmallError(pub i32);
#[automatically_derived]
impl ::core::fmt::Display for UnknownSmallError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(f, "unknown error code {}", self.0)
    }
}
#[automatically_derived]
impl ::core::error::Error for UnknownSmallError {}
///A name that is not a name, alias or platform name in [`SmallError`]'s catalog: the error of its `FromStr`.
#[derive(
    ::core::fmt::Debug,
    ::core::clone::Clone,
    ::core::marker::Copy,
    ::core::cmp::PartialEq,
    ::core::cmp::Eq,
    ::core::hash::Hash,
)]
pub struct UnknownSmallErrorName(());
#[automatically_derived]
impl ::core::fmt::Display for UnknownSmallErrorName {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str("unknown error name")
    }
}
#[automatically_derived]
impl ::core::error::Error for UnknownSmallErrorName {}
#[allow(unexpected_cfgs)]
const _: () = {
    #[cfg(feature = "serde")]
    #[automatically_derived]
    impl ::serde::Serialize for SmallError {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::core::result::Result<S::Ok, S::Error> {
            serializer.serialize_i32(Self::code(*self))
        }
    }
    #[cfg(feature = "serde")]
    #[automatically_derived]
    impl<'de> ::serde::Deserialize<'de> for SmallError {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::core::result::Result<Self, D::Error> {
            let code = <i32 as ::serde::Deserialize<'de>>::deserialize(deserializer)?;
            Self::from_code(code)
                .ok_or_else(|| {
                    <D::Error as ::serde::de::Error>::invalid_value(
                        ::serde::de::Unexpected::Signed(i64::from(code)),
                        &"a code of SmallError",
                    )
                })
        }
    }
};
///The groups of [`SmallError`]'s codes; see [`SmallError::group`].
#[non_exhaustive]
#[derive(
    ::core::clone::Clone,
    ::core::marker::Copy,
    ::core::cmp::PartialEq,
    ::core::cmp::Eq,
    ::core::hash::Hash,
    ::core::cmp::PartialOrd,
    ::core::cmp::Ord,
)]
#[derive(::core::fmt::Debug)]
pub enum SmallErrorGroup {
    ///General
    General,
    /**Network

Codes about the connection.

Owns the codes \-99–\-1, 7–9, listed or not.*/
    Network,
}
impl SmallErrorGroup {
    /// Every group, in catalog order.
    pub const ALL: &'static [SmallErrorGroup] = &[Self::General, Self::Network];
    /// The group's name in the catalog, such as `"general"`.
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            Self::General => "general",
            Self::Network => "network",
        }
    }
    /// The group's title, as the docs head it.
    #[must_use]
    pub const fn title(self) -> &'static str {
        match self {
            Self::General => "General",
            Self::Network => "Network",
        }
    }
    /// The codes in the group, in catalog order.
    #[must_use]
    pub const fn codes(self) -> __chat_errors_SmallError::Codes<SmallError> {
        match self {
            Self::General => __chat_errors_SmallError::Codes::__run(0, 1),
            Self::Network => __chat_errors_SmallError::Codes::__run(1, 3),
        }
    }
    /// The group of any code, listed or not: the group that owns it by its codes, or else the
    /// group of the catalog's entry with it. `None` for a code neither gives a group.
    #[must_use]
    pub const fn of_code(code: i32) -> ::core::option::Option<Self> {
        ::core::option::Option::Some(
            match code {
                -99..=-1 | 7..=9 => Self::Network,
                _ => {
                    return match SmallError::from_code(code) {
                        ::core::option::Option::Some(entry) => {
                            ::core::option::Option::Some(entry.group())
                        }
                        ::core::option::Option::None => ::core::option::Option::None,
                    };
                }
            },
        )
    }
}
#[automatically_derived]
impl ::core::fmt::Display for SmallErrorGroup {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(SmallErrorGroup::title(*self))
    }
}
#[allow(deprecated)]
impl SmallError {
    /// The group the entry belongs to.
    #[must_use]
    pub const fn group(self) -> SmallErrorGroup {
        match self {
            SmallError::Ok => SmallErrorGroup::General,
            SmallError::NetworkError => SmallErrorGroup::Network,
            SmallError::OldTimeout => SmallErrorGroup::Network,
        }
    }
}
/// A code that [`SmallError`]'s catalog retired: no variant has it, and no entry may take its
/// code or name again.
#[derive(
    ::core::fmt::Debug,
    ::core::clone::Clone,
    ::core::marker::Copy,
    ::core::cmp::PartialEq,
    ::core::cmp::Eq,
    ::core::hash::Hash
)]
pub struct SmallErrorRetired {
    /// The code it had.
    pub code: i32,
    /// The name it had.
    pub name: &'static str,
    /// Why it is no entry any more.
    pub reason: &'static str,
    /// The version it was retired in, where the catalog says.
    pub since: ::core::option::Option<&'static str>,
}
impl SmallError {
    /// The codes that are entries no more, in catalog order: their codes and names stay
    /// reserved, and [`from_code`](Self::from_code) gives `None` for them.
    pub const RETIRED: &'static [SmallErrorRetired] = &[
        SmallErrorRetired {
            code: 8,
            name: "DNS_FAILURE",
            reason: "no server sends it since the resolver moved into the SDK",
            since: ::core::option::Option::Some("2.0"),
        },
    ];
    /// The retired code `code`, with its name and the reason, or `None` when it is not one.
    #[must_use]
    pub const fn retired(
        code: i32,
    ) -> ::core::option::Option<&'static SmallErrorRetired> {
        let mut index = 0;
        while index < Self::RETIRED.len() {
            if Self::RETIRED[index].code == code {
                return ::core::option::Option::Some(&Self::RETIRED[index]);
            }
            index += 1;
        }
        ::core::option::Option::None
    }
}
#[automatically_derived]
impl __chat_errors_SmallError::Sealed for SmallError {}
#[automatically_derived]
#[allow(deprecated)]
impl __chat_errors_SmallError::Catalog for SmallError {
    type Code = i32;
    type Group = SmallErrorGroup;
    const NAME: &'static str = "SmallError";
    const ALL: __chat_errors_SmallError::Codes<Self> = SmallError::ALL;
    const LANGUAGES: &'static [&'static str] = SmallError::LANGUAGES;
    const PLATFORMS: &'static [&'static str] = SmallError::PLATFORMS;
    const FLAGS: &'static [(&'static str, &'static str)] = SmallError::FLAGS;
    const DOMAIN: ::core::option::Option<&'static str> = SmallError::DOMAIN;
    const STAMP: &'static str = SmallError::STAMP;
    fn code(self) -> i32 {
        SmallError::code(self)
    }
    fn name(self) -> &'static str {
        SmallError::name(self)
    }
    fn from_code(code: i32) -> ::core::option::Option<Self> {
        SmallError::from_code(code)
    }
    fn from_name(name: &str) -> ::core::option::Option<Self> {
        SmallError::from_name(name)
    }
    fn description(self) -> &'static str {
        SmallError::description(self)
    }
    fn cause(self) -> ::core::option::Option<&'static str> {
        SmallError::cause(self)
    }
    fn note(self) -> ::core::option::Option<&'static str> {
        SmallError::note(self)
    }
    fn description_in(self, tag: &str) -> ::core::option::Option<&'static str> {
        SmallError::description_in(self, tag)
    }
    fn cause_in(self, tag: &str) -> ::core::option::Option<&'static str> {
        SmallError::cause_in(self, tag)
    }
    fn note_in(self, tag: &str) -> ::core::option::Option<&'static str> {
        SmallError::note_in(self, tag)
    }
    fn resolve_language(tag: &str) -> ::core::option::Option<&'static str> {
        SmallError::resolve_language(tag)
    }
    fn aliases(self) -> &'static [&'static str] {
        SmallError::aliases(self)
    }
    fn platform_name(self, platform: &str) -> ::core::option::Option<&'static str> {
        SmallError::platform_name(self, platform)
    }
    fn deprecated(self) -> ::core::option::Option<&'static str> {
        SmallError::deprecated(self)
    }
    fn docs_url(self) -> ::core::option::Option<&'static str> {
        SmallError::docs_url(self)
    }
    fn http_status(self) -> ::core::option::Option<u16> {
        SmallError::http_status(self)
    }
    fn grpc_code(self) -> ::core::option::Option<__chat_errors_SmallError::GrpcCode> {
        SmallError::grpc_code(self)
    }
    fn problem_type(self) -> ::core::option::Option<&'static str> {
        SmallError::problem_type(self)
    }
    fn flags(self) -> &'static [&'static str] {
        SmallError::flags(self)
    }
    fn args(self) -> &'static [__chat_errors_SmallError::Arg] {
        SmallError::args(self)
    }
    fn group(self) -> ::core::option::Option<SmallErrorGroup> {
        ::core::option::Option::Some(SmallError::group(self))
    }
    fn retired(code: i32) -> ::core::option::Option<__chat_errors_SmallError::Retired> {
        SmallError::retired(code)
            .map(|retired| __chat_errors_SmallError::Retired {
                name: retired.name,
                reason: retired.reason,
                since: retired.since,
            })
    }
    fn group_of_code(code: i32) -> ::core::option::Option<SmallErrorGroup> {
        SmallErrorGroup::of_code(code)
    }
    fn __from_index(index: usize) -> ::core::option::Option<Self> {
        SmallError::__from_index(index)
    }
    fn __template(
        self,
        language: &str,
    ) -> ::core::option::Option<&'static [__chat_errors_SmallError::Segment]> {
        SmallError::__template(self, language)
    }
}
#[automatically_derived]
impl __chat_errors_SmallError::Sealed for SmallErrorGroup {}
#[automatically_derived]
impl __chat_errors_SmallError::Group for SmallErrorGroup {
    const ALL: &'static [Self] = SmallErrorGroup::ALL;
    fn name(self) -> &'static str {
        SmallErrorGroup::name(self)
    }
    fn title(self) -> &'static str {
        SmallErrorGroup::title(self)
    }
}
