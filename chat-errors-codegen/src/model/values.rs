//! The values a catalog types: its codes, and the columns `[catalog.fields]` declares.

/// What the codes of a catalog are: integers of one Rust type, or strings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeType {
    /// Integer codes; the enum is `#[repr]` of this type and the code is its discriminant.
    Int(IntType),
    /// String codes such as SQLSTATE `"23505"`: `code()` returns `&'static str`.
    String,
}

/// `i32`.
impl Default for CodeType {
    fn default() -> Self {
        CodeType::Int(IntType::I32)
    }
}

impl CodeType {
    /// The type `code()` returns.
    pub fn rust_type(self) -> &'static str {
        match self {
            CodeType::Int(int) => int.name(),
            CodeType::String => "&'static str",
        }
    }

    /// The type `from_code` takes.
    pub fn parameter_type(self) -> &'static str {
        match self {
            CodeType::Int(int) => int.name(),
            CodeType::String => "&str",
        }
    }
}

/// A Rust integer type that codes or field values can have.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IntType {
    I8,
    I16,
    I32,
    I64,
    U8,
    U16,
    U32,
    U64,
}

impl IntType {
    /// Every integer type, as a catalog spells it.
    pub const ALL: [IntType; 8] = [
        IntType::I8,
        IntType::I16,
        IntType::I32,
        IntType::I64,
        IntType::U8,
        IntType::U16,
        IntType::U32,
        IntType::U64,
    ];

    /// The Rust name, which is also how a catalog spells it: `"u16"`.
    pub fn name(self) -> &'static str {
        match self {
            IntType::I8 => "i8",
            IntType::I16 => "i16",
            IntType::I32 => "i32",
            IntType::I64 => "i64",
            IntType::U8 => "u8",
            IntType::U16 => "u16",
            IntType::U32 => "u32",
            IntType::U64 => "u64",
        }
    }

    /// "an i32", "a u16": the name as a sentence puts it.
    pub fn with_article(self) -> String {
        let article = if self.name().starts_with('i') {
            "an"
        } else {
            "a"
        };
        format!("{article} {}", self.name())
    }

    /// The type named `name`, if it is one.
    pub fn from_name(name: &str) -> Option<IntType> {
        IntType::ALL.into_iter().find(|int| int.name() == name)
    }

    /// The smallest and largest value.
    pub fn range(self) -> (i128, i128) {
        match self {
            IntType::I8 => (i8::MIN.into(), i8::MAX.into()),
            IntType::I16 => (i16::MIN.into(), i16::MAX.into()),
            IntType::I32 => (i32::MIN.into(), i32::MAX.into()),
            IntType::I64 => (i64::MIN.into(), i64::MAX.into()),
            IntType::U8 => (0, u8::MAX.into()),
            IntType::U16 => (0, u16::MAX.into()),
            IntType::U32 => (0, u32::MAX.into()),
            IntType::U64 => (0, u64::MAX.into()),
        }
    }
}

/// One entry's code.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Code {
    /// A code of an integer catalog, within its type's range.
    Int(i128),
    /// A code of a string catalog, not empty.
    Str(String),
}

impl Code {
    /// The code as Rust source: `215` or `"23505"`.
    pub fn literal(&self) -> String {
        match self {
            Code::Int(code) => code.to_string(),
            Code::Str(code) => crate::literal::Literal(code).to_string(),
        }
    }
}

/// The code as people read it: `215`, `23505`.
impl core::fmt::Display for Code {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self {
            Code::Int(code) => write!(f, "{code}"),
            Code::Str(code) => f.write_str(code),
        }
    }
}

/// A typed column of the entries, declared in `[catalog.fields]`: generates `const fn <name>()`.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Field {
    /// snake_case name: the entries' key and the lookup's name.
    pub name: String,
    /// The type of its values.
    pub ty: FieldType,
    /// What the value means, one line: the lookup's doc.
    pub doc: String,
    /// Whether every entry gives a value; otherwise the lookup returns an `Option`.
    pub required: bool,
}

/// A value's type, or a list of them: `u16`, `[u16]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FieldType {
    /// The type of one value.
    pub item: ItemType,
    /// Whether the field holds a list of them.
    pub list: bool,
}

impl FieldType {
    /// The type of a value in Rust: `u16`, `&'static [u16]`.
    pub fn rust_type(self) -> String {
        let item = self.item.rust_type();
        if self.list {
            format!("&'static [{item}]")
        } else {
            item.to_owned()
        }
    }
}

/// The type of one value of a field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ItemType {
    /// An integer of this type.
    Int(IntType),
    /// `true` or `false`.
    Bool,
    /// Text: `&'static str`.
    String,
}

impl ItemType {
    /// The Rust type of one value.
    pub fn rust_type(self) -> &'static str {
        match self {
            ItemType::Int(int) => int.name(),
            ItemType::Bool => "bool",
            ItemType::String => "&'static str",
        }
    }

    /// The type of one value as a `static` holds it, whose references are `'static` already:
    /// `&str` rather than `&'static str`.
    pub fn static_type(self) -> &'static str {
        match self {
            ItemType::String => "&str",
            other => other.rust_type(),
        }
    }

    /// How a catalog spells the type: `u16`, `bool`, `string`.
    pub fn name(self) -> &'static str {
        match self {
            ItemType::Int(int) => int.name(),
            ItemType::Bool => "bool",
            ItemType::String => "string",
        }
    }
}

/// A field's value for one entry, of the field's type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    /// An integer.
    Int(i128),
    /// A boolean.
    Bool(bool),
    /// Text.
    Str(String),
    /// A list of values of one type.
    List(Vec<Value>),
}

impl Value {
    /// The value as Rust source: `403`, `true`, `"x"`, `&[400, 403]`.
    pub fn literal(&self) -> String {
        match self {
            Value::Int(value) => value.to_string(),
            Value::Bool(value) => value.to_string(),
            Value::Str(value) => crate::literal::Literal(value).to_string(),
            Value::List(values) => {
                let items: Vec<String> = values.iter().map(Value::literal).collect();
                format!("&[{}]", items.join(", "))
            }
        }
    }
}

/// The value as people read it: `403`, `true`, `x`, `400, 403`.
impl core::fmt::Display for Value {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self {
            Value::Int(value) => write!(f, "{value}"),
            Value::Bool(value) => write!(f, "{value}"),
            Value::Str(value) => f.write_str(value),
            Value::List(values) => {
                for (index, value) in values.iter().enumerate() {
                    if index > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{value}")?;
                }
                Ok(())
            }
        }
    }
}
