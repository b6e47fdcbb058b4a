//! The catalog's stamp: its enum name and a hash of what a client of it can observe, so that a
//! server and a client generated from the same file can tell that they agree.

use super::{Catalog, Code, CodeType, Texts};

impl Catalog {
    /// `ErrorCode:9c1d0e3f5a7b2c4d`: the enum's name, then a 64-bit FNV-1a hash, in hexadecimal,
    /// of the catalog's normalised content: its code type, languages and platforms, its flags and
    /// groups, every entry with every name, text, flag, argument, docs URL, HTTP status and gRPC
    /// code, and the retired codes. Formatting, comments, the order of keys and the Rust-only settings
    /// (`serde`, `doc`, fields) do not change it. It tells copies apart; it is no signature.
    pub fn stamp(&self) -> String {
        let mut hash = Fnv(0xcbf2_9ce4_8422_2325);
        hash.str(match self.code_type {
            CodeType::Int(int) => int.name(),
            CodeType::String => "string",
        });
        hash.list(&self.languages, |hash, language| hash.str(language));
        hash.list(&self.platforms, |hash, platform| hash.str(platform));
        hash.list(&self.flags, |hash, flag| {
            hash.str(&flag.name);
            hash.str(&flag.meaning);
        });
        hash.list(&self.groups, |hash, group| {
            hash.str(&group.name);
            hash.str(&group.title);
            hash.list(&group.ranges, |hash, &(low, high)| {
                hash.str(&low.to_string());
                hash.str(&high.to_string());
            });
            hash.option(group.prefix.as_deref());
        });
        hash.list(&self.entries, |hash, entry| {
            hash.code(&entry.code);
            hash.str(&entry.name);
            hash.list(&entry.aliases, |hash, alias| hash.str(alias));
            hash.list(&entry.platform_names, |hash, (platform, name)| {
                hash.str(platform);
                hash.str(name);
            });
            hash.texts(Some(&entry.description));
            hash.texts(entry.cause.as_ref());
            hash.texts(entry.note.as_ref());
            hash.option(entry.deprecated.as_deref());
            hash.option(self.group(entry).map(|group| group.name.as_str()));
            hash.list(&entry.flags, |hash, flag| hash.str(flag));
            hash.list(&entry.args, |hash, arg| {
                hash.str(&arg.name);
                hash.str(arg.ty.name());
            });
            let docs_url = self
                .docs_url
                .as_ref()
                .map(|template| entry.docs_url(template));
            hash.option(docs_url.as_deref());
            let wire = self.wire(entry);
            hash.option(wire.http_status.map(|status| status.to_string()).as_deref());
            hash.option(wire.grpc_code.map(crate::GrpcCode::name));
        });
        hash.list(&self.retired, |hash, retired| {
            hash.code(&retired.code);
            hash.str(&retired.name);
            hash.str(&retired.reason);
            hash.option(retired.since.as_deref());
        });
        format!("{}:{:016x}", self.enum_name, hash.0)
    }
}

/// FNV-1a, 64 bits, over values written so that no two contents write the same bytes: every
/// string and list led by its length.
struct Fnv(u64);

impl Fnv {
    fn bytes(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            self.0 = (self.0 ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3);
        }
    }

    fn len(&mut self, len: usize) {
        self.bytes(&(len as u64).to_le_bytes());
    }

    fn str(&mut self, text: &str) {
        self.len(text.len());
        self.bytes(text.as_bytes());
    }

    fn option(&mut self, text: Option<&str>) {
        match text {
            Some(text) => {
                self.bytes(&[1]);
                self.str(text);
            }
            None => self.bytes(&[0]),
        }
    }

    fn list<T>(&mut self, items: &[T], mut each: impl FnMut(&mut Self, &T)) {
        self.len(items.len());
        for item in items {
            each(self, item);
        }
    }

    fn code(&mut self, code: &Code) {
        self.str(&code.to_string());
    }

    fn texts(&mut self, texts: Option<&Texts>) {
        match texts {
            Some(texts) => {
                self.bytes(&[1]);
                self.list(&texts.0, |hash, (language, text)| {
                    hash.str(language);
                    hash.str(text);
                });
            }
            None => self.bytes(&[0]),
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn formatting_leaves_the_stamp_and_content_changes_it() {
        let parse = |source: &str| crate::parse(source).expect("a valid catalog");
        let catalog = parse(
            "[catalog]\nenum = \"Shop\"\n[[error]]\ncode = 1\nname = \"A\"\ndescription = \"a\"\n",
        );
        let stamp = catalog.stamp();
        assert!(
            stamp.starts_with("Shop:") && stamp.len() == "Shop:".len() + 16,
            "{stamp}"
        );
        let reformatted = parse(
            "# The shop.\n[catalog]\nenum = \"Shop\"\n\n[[error]]\nname = \"A\"\ndescription = 'a'\ncode = 1\n",
        );
        assert_eq!(reformatted.stamp(), stamp);
        let changed = parse(
            "[catalog]\nenum = \"Shop\"\n[[error]]\ncode = 1\nname = \"A\"\ndescription = \"b\"\n",
        );
        assert_ne!(changed.stamp(), stamp);
        // A string moved from one value to the next is another content, not the same bytes.
        let moved = parse(
            "[catalog]\nenum = \"Shop\"\n[[error]]\ncode = 1\nname = \"A\"\ndescription = \"a\"\naliases = [\"B\"]\n",
        );
        assert_ne!(moved.stamp(), stamp);
    }
}
