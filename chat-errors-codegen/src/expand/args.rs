//! What arguments generate: `args()`, the templates messages render from, parsed once here into
//! segments, and a struct per entry that takes arguments, in a module named like the enum.

use core::fmt::Write as _;

use super::Context;
use crate::generated;
use crate::literal::Literal;
use crate::markdown::inline;
use crate::model::{Entry, IntType, ItemType};
use crate::template::Piece;

/// `args()`: each entry's arguments, in declared order.
pub(super) fn args(cx: &Context<'_>) -> String {
    let rt = &cx.rt;
    let body = cx.per_entry_list(
        &format!("{rt}::Arg"),
        &|entry| {
            (!entry.args.is_empty()).then(|| {
                entry
                    .args
                    .iter()
                    .map(|arg| {
                        format!(
                            "{rt}::Arg {{ name: {:?}, ty: {rt}::ArgType::{} }}",
                            arg.name,
                            arg_type(arg.ty)
                        )
                    })
                    .collect()
            })
        },
        false,
    );
    format!(
        "
    /// The arguments the entry's texts take as `{{name}}`, with their types, in declared order;
    /// none for an entry whose texts are literal.
    #[must_use]
    pub const fn {name}(self) -> &'static [{rt}::Arg] {{
        {body}
    }}
",
        name = generated::ARGS.name,
    )
}

/// `__template(language)`: the description in a catalog language as segments, for the entries
/// that take arguments; every other entry's description is its literal text.
pub(super) fn template(cx: &Context<'_>) -> String {
    let rt = &cx.rt;
    let mut arms = String::new();
    for language in &cx.catalog.languages {
        let template = |entry: &Entry| entry.template(&entry.description, language);
        if !cx.entries().iter().any(|entry| template(entry).is_some()) {
            continue;
        }
        let table = cx.per_entry_option(&format!("&[{rt}::Segment]"), &|entry| {
            Some(segments(rt, entry, &template(entry)?))
        });
        let _ = write!(arms, "\n            {language:?} => {table},");
    }
    let body = if arms.is_empty() {
        "let _ = (self, language);\n        ::core::option::Option::None".to_owned()
    } else {
        format!(
            "match language {{{arms}\n            _ => ::core::option::Option::None,\n        }}"
        )
    };
    format!(
        "
    fn __template(self, language: &str) -> ::core::option::Option<&'static [{rt}::Segment]> {{
        {body}
    }}
"
    )
}

/// `&[Segment::Text("The balance "), Segment::Arg(0), …]`.
fn segments(rt: &str, entry: &Entry, pieces: &[Piece]) -> String {
    let segments: Vec<String> = pieces
        .iter()
        .map(|piece| match piece {
            Piece::Text(text) => format!("{rt}::Segment::Text({})", Literal(text)),
            Piece::Arg { name, .. } => {
                let index = entry.args.iter().position(|arg| &arg.name == name);
                format!("{rt}::Segment::Arg({})", index.unwrap_or(usize::MAX))
            }
        })
        .collect();
    format!("&[{}]", segments.join(", "))
}

/// `U64`: the variant of `chat_errors::ArgType`.
fn arg_type(ty: ItemType) -> &'static str {
    match ty {
        ItemType::String => "String",
        ItemType::Bool => "Bool",
        ItemType::Int(int) => match int {
            IntType::I8 => "I8",
            IntType::I16 => "I16",
            IntType::I32 => "I32",
            IntType::I64 => "I64",
            IntType::U8 => "U8",
            IntType::U16 => "U16",
            IntType::U32 => "U32",
            IntType::U64 => "U64",
        },
    }
}

/// The module of the entries' structs, for a catalog with an entry that takes arguments: its
/// name and what goes in it after its own binding of the runtime crate. It holds the structs
/// alone: their impls, which name the enum, stay beside it, so the module needs no `super` and
/// works inside a function too.
pub(super) fn structs_module(cx: &Context<'_>) -> Option<(String, String)> {
    let entries: Vec<&Entry> = cx
        .entries()
        .iter()
        .filter(|entry| !entry.args.is_empty())
        .collect();
    if entries.is_empty() {
        return None;
    }
    let mut items = String::new();
    for entry in entries {
        items.push_str(&entry_struct(cx, entry));
    }
    Some((module_name(cx.enum_name()), items))
}

/// The doc of the module of the entries' structs.
pub(super) fn module_doc(cx: &Context<'_>) -> String {
    let enum_name = cx.enum_name();
    format!(
        "The entries of [`{enum_name}`] that take arguments, each as a struct of their values.\n\n\
         Each struct's `Display` is the entry's description in the catalog's default language \
         with the values, and `message_in(tag)` the description in the language a tag asks for. \
         `chat_errors::Error::from(s)` is the error with the entry's code, that message and the \
         values; `TryFrom<&chat_errors::Error<{enum_name}>>` reads the values back from a \
         received error, and fails when its code is another entry's or a value is missing or of \
         another type."
    )
}

/// What the entries' structs implement, beside the enum.
pub(super) fn struct_impls(cx: &Context<'_>) -> String {
    cx.entries()
        .iter()
        .filter(|entry| !entry.args.is_empty())
        .map(|entry| entry_impls(cx, entry))
        .collect()
}

/// The module of the entries' structs: the enum's name in snake case (`PaymentError` →
/// `payment_error`), and never a keyword or the enum's own name.
pub(crate) fn module_name(enum_name: &str) -> String {
    let chars: Vec<char> = enum_name.chars().collect();
    let mut snake = String::with_capacity(enum_name.len() + 4);
    for (index, &c) in chars.iter().enumerate() {
        let previous = index.checked_sub(1).map(|index| chars[index]);
        let next = chars.get(index + 1);
        let starts_word = c.is_uppercase()
            && previous.is_some_and(|previous| {
                previous.is_lowercase()
                    || previous.is_ascii_digit()
                    || (previous.is_uppercase() && next.is_some_and(|next| next.is_lowercase()))
            });
        if starts_word && !snake.ends_with('_') {
            snake.push('_');
        }
        if c == '_' && snake.ends_with('_') {
            continue;
        }
        snake.extend(c.to_lowercase());
    }
    if snake == enum_name {
        snake.push_str("_values");
    }
    match snake.as_str() {
        "crate" | "self" | "super" => snake + "_",
        word if crate::check::is_keyword(word) => format!("r#{snake}"),
        _ => snake,
    }
}

/// The struct of an entry's values, in the module of structs.
fn entry_struct(cx: &Context<'_>, entry: &Entry) -> String {
    let enum_name = cx.enum_name();
    let name = &entry.variant;
    let mut doc = format!(
        "[`{enum_name}::{name}`](super::{enum_name}::{name}), with the values of its arguments.\n"
    );
    for language in &cx.catalog.languages {
        if let Some(text) = entry.description.get(language) {
            let _ = write!(doc, "\n- `{language}`: {}", inline(text));
        }
    }
    let mut fields = String::new();
    for arg in &entry.args {
        let ty = match arg.ty {
            ItemType::String => format!("{}::String", cx.rt),
            _ => arg.ty.rust_type().to_owned(),
        };
        let _ = write!(
            fields,
            "\n    #[doc = {}]\n    pub {}: {ty},",
            Literal(&format!(
                "`{{{}}}` in the texts: {}",
                arg.name,
                arg.ty.name()
            )),
            arg.name,
        );
    }
    format!(
        "
#[doc = {doc}]
#[derive(::core::fmt::Debug, ::core::clone::Clone, ::core::cmp::PartialEq, ::core::cmp::Eq)]
pub struct {name} {{{fields}
}}
",
        doc = Literal(&doc),
    )
}

/// The struct's lookups and conversions, beside the enum.
fn entry_impls(cx: &Context<'_>, entry: &Entry) -> String {
    let (enum_name, rt) = (cx.enum_name(), &cx.rt);
    let module = module_name(enum_name);
    let name = &entry.variant;
    let path = format!("{module}::{name}");
    let mut shown = String::new();
    let mut values = String::new();
    let mut reads = String::new();
    for (index, arg) in entry.args.iter().enumerate() {
        let field = &arg.name;
        let _ = write!(shown, "&self.{field}, ");
        let _ = write!(values, "{rt}::ArgValue::from(entry.{field}), ");
        let _ = write!(
            reads,
            "\n            {field}: {rt}::field(error, Self::ENTRY, {index})?,"
        );
    }
    // Each is `#[inline]`, so a crate builds machine code only for the structs it uses, where it
    // uses them: a catalog's thousand structs cost its own build no code generation. The struct's
    // rustdoc says what the impls do, once.
    format!(
        "
#[allow(deprecated)]
impl {path} {{
    /// The entry this struct stands for.
    pub const ENTRY: {enum_name} = {enum_name}::{name};

    /// The entry's description in the language `tag` asks for, with these values.
    #[must_use]
    #[inline]
    pub fn message_in(&self, tag: &str) -> {rt}::String {{
        {rt}::message_in(Self::ENTRY, tag, &[{shown}])
    }}
}}

#[automatically_derived]
impl ::core::fmt::Display for {path} {{
    #[inline]
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {{
        {rt}::write_default(Self::ENTRY, f, &[{shown}])
    }}
}}

#[automatically_derived]
impl ::core::convert::From<{path}> for {rt}::Error<{enum_name}> {{
    #[inline]
    fn from(entry: {path}) -> Self {{
        {rt}::Error::__with_args({path}::ENTRY, [{values}])
    }}
}}

#[automatically_derived]
impl ::core::convert::TryFrom<&{rt}::Error<{enum_name}>> for {path} {{
    type Error = {rt}::ArgError;

    #[inline]
    fn try_from(error: &{rt}::Error<{enum_name}>) -> ::core::result::Result<Self, {rt}::ArgError> {{
        ::core::result::Result::Ok(Self {{{reads}
        }})
    }}
}}
"
    )
}

#[cfg(test)]
mod tests {
    use super::module_name;

    #[test]
    fn modules_are_named_like_the_enum_in_snake_case() {
        assert_eq!(module_name("PaymentError"), "payment_error");
        assert_eq!(module_name("ErrorCode"), "error_code");
        assert_eq!(module_name("HTTPError"), "http_error");
        assert_eq!(module_name("Codei8"), "codei8");
        assert_eq!(module_name("S3Error"), "s3_error");
        assert_eq!(module_name("My_Enum"), "my_enum");
        assert_eq!(module_name("Match"), "r#match");
        assert_eq!(module_name("Crate"), "crate_");
        assert_eq!(module_name("errors"), "errors_values");
    }
}
