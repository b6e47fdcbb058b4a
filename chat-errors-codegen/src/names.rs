//! The bodies of the lookups by code and by name. A `match` on `&str` compiles to a switch on the
//! length and then one comparison after another, so it is the fastest lookup for a few dozen
//! strings and a slow one, and a slow build, for thousands. Past [`HASHED_FROM`] strings the macro
//! builds a minimal perfect hash instead: every string lands in its own slot, found with one hash,
//! two table reads and one comparison, by the runtime crate's `hash`, `slot` and `same`. BENCHMARKS.md has the numbers behind the threshold.

use core::fmt::Write as _;

use crate::literal::Literal;
use crate::model::{Catalog, Entry};

/// From this many strings (names with their aliases and platform names, or string codes) on, a
/// lookup by string hashes instead of matching.
pub(crate) const HASHED_FROM: usize = 256;

/// Keys per bucket of the displacement table: smaller is quicker to build, larger is smaller.
const KEYS_PER_BUCKET: usize = 4;

/// `Some(match scrutinee { pattern => E::Variant, …, _ => return None })`: the lookup of an
/// entry by a key, one `Some` around the whole `match`. rust-analyzer checks the generic calls of
/// one body in time that grows with the square of their number, and a `Some` per arm made a
/// 5,000-code catalog's file take 6.6 s to check in the editor (BENCHMARKS.md). The expression must
/// be what the function returns. Variants are named through the enum's name: rustc finds
/// `Self::UserMuted` while type checking, by a search of the variants, and `E::UserMuted` through
/// a table, which for 5,000 arms made the crate's check 0.2 s slower.
pub(crate) fn some_match<'a>(
    scrutinee: &str,
    enum_name: &str,
    arms: impl IntoIterator<Item = (String, &'a str)>,
) -> String {
    let mut body = format!("::core::option::Option::Some(match {scrutinee} {{");
    let mut empty = true;
    for (pattern, variant) in arms {
        let _ = write!(body, "\n{pattern} => {enum_name}::{variant},");
        empty = false;
    }
    if empty {
        // Without entries the `match` would never give a value: nothing to wrap.
        return format!("match {scrutinee} {{\n_ => ::core::option::Option::None,\n}}");
    }
    body.push_str("\n_ => return ::core::option::Option::None,\n})");
    body
}

/// `Some(match code { 215 => E::UserMuted, … })`: the body of `from_code` for integer codes.
pub(crate) fn match_code(catalog: &Catalog) -> String {
    some_match(
        "code",
        &catalog.enum_name,
        catalog
            .entries
            .iter()
            .map(|entry| (entry.code.literal(), entry.variant.as_str())),
    )
}

/// The body of `from_name`: every name, alias and platform name leads to its entry. Hashed, a
/// slot holds a name and its entry's index in the catalog, which `__from_index` turns into the
/// entry: a table of enum values would cost rustc's const evaluation time in the square of the
/// catalog's size.
pub(crate) fn from_name_body(catalog: &Catalog, rt: &str) -> String {
    let names: Vec<(&str, &Entry)> = catalog.names().collect();
    let indexes: Vec<usize> = catalog
        .entries
        .iter()
        .enumerate()
        .flat_map(|(index, entry)| entry.names().map(move |_| index))
        .collect();
    lookup(catalog, rt, "name", &names, &indexes)
}

/// The body of `from_code` for string codes, as `from_name`'s for names.
pub(crate) fn from_str_code_body(catalog: &Catalog, rt: &str) -> String {
    let codes: Vec<String> = catalog
        .entries
        .iter()
        .map(|entry| entry.code.to_string())
        .collect();
    let codes: Vec<(&str, &Entry)> = codes
        .iter()
        .map(String::as_str)
        .zip(&catalog.entries)
        .collect();
    let indexes: Vec<usize> = (0..catalog.entries.len()).collect();
    lookup(catalog, rt, "code", &codes, &indexes)
}

/// `Some(match key { "a" => E::A, … })` or, from [`HASHED_FROM`] strings on, a perfect hash whose
/// slots hold each string's entry's index, `indexes` by the strings' positions.
fn lookup(
    catalog: &Catalog,
    rt: &str,
    key: &str,
    strings: &[(&str, &Entry)],
    indexes: &[usize],
) -> String {
    if strings.len() < HASHED_FROM {
        return some_match(
            key,
            &catalog.enum_name,
            strings
                .iter()
                .map(|(string, entry)| (Literal(string).to_string(), entry.variant.as_str())),
        );
    }
    let keys: Vec<&str> = strings.iter().map(|(string, _)| *string).collect();
    let table = PerfectHash::of_strings(&keys);
    let keys: Vec<String> = keys.iter().map(|key| Literal(key).to_string()).collect();
    let values: Vec<String> = indexes.iter().map(ToString::to_string).collect();
    table.lookup(
        Key {
            ty: "&str",
            hash: &format!("{rt}::hash({key}.as_bytes(), {}u64)", table.seed),
            equals: &format!("{rt}::same(candidate.as_bytes(), {key}.as_bytes())"),
        },
        rt,
        &keys,
        ("u32", &values),
        "Self::__from_index(value as usize)",
    )
}

/// How a hashed lookup reads its key: the key's type in the table, and as Rust source its hash
/// (under the table's seed) and whether the slot's key, bound to `candidate`, is it.
pub(crate) struct Key<'a> {
    pub(crate) ty: &'a str,
    pub(crate) hash: &'a str,
    pub(crate) equals: &'a str,
}

/// A perfect hash of a set of keys (strings, or integer codes), by hash and displace: keys fall
/// into buckets by the high half of their hash; each bucket, fullest first, gets the first
/// displacement that sends all its keys to free slots. A fifth of the slots are spare: finding
/// free slots for the last buckets then takes a few tries instead of thousands, which the
/// macro's unoptimised build pays at every expansion. A spare slot repeats a key, so a lookup
/// there still compares.
pub(crate) struct PerfectHash {
    pub(crate) seed: u64,
    displacements: Vec<u32>,
    /// For each slot, the index of the key in it.
    slots: Vec<usize>,
}

impl PerfectHash {
    fn of_strings(keys: &[&str]) -> Self {
        Self::build(keys.len(), |index, seed| hash(keys[index].as_bytes(), seed))
    }

    /// Over integer codes, each given as `code as u64`, as the generated code converts it.
    pub(crate) fn of_integers(keys: &[u64]) -> Self {
        Self::build(keys.len(), |index, seed| hash_integer(keys[index], seed))
    }

    fn build(count: usize, hash: impl Fn(usize, u64) -> u64) -> Self {
        (0..)
            .find_map(|seed| Self::try_seed(count, seed, &hash))
            .expect("some seed separates distinct keys")
    }

    /// The body of a lookup through the table: `keys` and `values` (of type `value_ty`) are
    /// Rust source by key index; `then` turns the found slot's value, bound to `value`, into the
    /// result.
    pub(crate) fn lookup(
        &self,
        key: Key<'_>,
        rt: &str,
        keys: &[String],
        (value_ty, values): (&str, &[String]),
        then: &str,
    ) -> String {
        let bucket_count = self.displacements.len();
        let slot_count = self.slots.len();
        let mut body = String::with_capacity(slot_count * 48);
        let _ = write!(body, "static DISPLACEMENTS: [u32; {bucket_count}] = [");
        for displacement in &self.displacements {
            let _ = write!(body, "{displacement},");
        }
        let _ = write!(
            body,
            "]; static SLOTS: [({}, {value_ty}); {slot_count}] = [",
            key.ty
        );
        for &index in &self.slots {
            let _ = write!(body, "({}, {}),", keys[index], values[index]);
        }
        let _ = write!(
            body,
            "];
        let hash = {};
        let (candidate, value) = SLOTS[{rt}::slot(hash, &DISPLACEMENTS, {slot_count})];
        if {} {{
            {then}
        }} else {{
            ::core::option::Option::None
        }}",
            key.hash, key.equals
        );
        body
    }

    fn try_seed(count: usize, seed: u64, hash: &impl Fn(usize, u64) -> u64) -> Option<Self> {
        let hashes: Vec<u64> = (0..count).map(|index| hash(index, seed)).collect();
        let bucket_count = count.div_ceil(KEYS_PER_BUCKET);
        let mut buckets: Vec<Vec<usize>> = vec![Vec::new(); bucket_count];
        for (index, &hash) in hashes.iter().enumerate() {
            buckets[reduce(hash >> 32, bucket_count)].push(index);
        }
        let mut order: Vec<usize> = (0..bucket_count).collect();
        order.sort_by_key(|&bucket| core::cmp::Reverse(buckets[bucket].len()));

        let slot_count = count + count / 4;
        let mut slots: Vec<Option<usize>> = vec![None; slot_count];
        let mut displacements = vec![0u32; bucket_count];
        let mut chosen = Vec::with_capacity(KEYS_PER_BUCKET * 4);
        for bucket in order {
            let members = &buckets[bucket];
            if members.is_empty() {
                break;
            }
            // Two keys with the same hash can never be separated: then try another seed.
            let mut displacement = 0;
            'displacements: loop {
                if displacement == 1 << 20 {
                    return None;
                }
                chosen.clear();
                for &index in members {
                    let slot = reduce(mix(hashes[index], displacement), slot_count);
                    if slots[slot].is_some() || chosen.contains(&slot) {
                        displacement += 1;
                        continue 'displacements;
                    }
                    chosen.push(slot);
                }
                break;
            }
            displacements[bucket] = displacement;
            for (&index, &slot) in members.iter().zip(&chosen) {
                slots[slot] = Some(index);
            }
        }
        Some(PerfectHash {
            seed,
            displacements,
            slots: slots.into_iter().map(|slot| slot.unwrap_or(0)).collect(),
        })
    }
}

/// The keys that an earlier key equals, as `(first, again)` positions in `keys`, in order: one
/// pass over an open-addressing table with the hash below, which the macro's unoptimised build
/// runs far faster than a `HashMap` or a sort.
pub(crate) fn repeats(keys: &[&[u8]]) -> Vec<(usize, usize)> {
    let size = (keys.len() * 2).next_power_of_two();
    let mut table = vec![usize::MAX; size];
    let mut repeats = Vec::new();
    for (index, key) in keys.iter().enumerate() {
        let mut slot = hash(key, 0) as usize & (size - 1);
        loop {
            let first = table[slot];
            if first == usize::MAX {
                table[slot] = index;
                break;
            }
            if same(keys[first], key) {
                repeats.push((first, index));
                break;
            }
            slot = (slot + 1) & (size - 1);
        }
    }
    repeats
}

use crate::runtime::hash::{hash, hash_integer, mix, reduce, same};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_name_gets_its_own_slot() {
        let names: Vec<String> = (0..5000).map(|i| format!("SYNTHETIC_ERROR_{i}")).collect();
        let names: Vec<&str> = names.iter().map(String::as_str).collect();
        let table = PerfectHash::of_strings(&names);
        every_key_gets_its_own_slot(
            &table,
            names.iter().map(|name| hash(name.as_bytes(), table.seed)),
        );
    }

    #[test]
    fn every_code_gets_its_own_slot() {
        let codes: Vec<u64> = (0..20_000i64)
            .map(|i| (i / 50 * 100 + i % 50 - 7_000) as u64)
            .collect();
        let table = PerfectHash::of_integers(&codes);
        every_key_gets_its_own_slot(
            &table,
            codes.iter().map(|&code| hash_integer(code, table.seed)),
        );
    }

    fn every_key_gets_its_own_slot(table: &PerfectHash, hashes: impl Iterator<Item = u64>) {
        let mut count = 0;
        for (index, hash) in hashes.enumerate() {
            let displacement = table.displacements[reduce(hash >> 32, table.displacements.len())];
            assert_eq!(
                table.slots[reduce(mix(hash, displacement), table.slots.len())],
                index
            );
            count += 1;
        }
        assert_eq!(table.slots.len(), count + count / 4);
    }

    #[test]
    fn hashing_and_comparing_read_every_byte() {
        let text = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        for len in 0..text.len() {
            let string = &text[..len];
            assert!(same(string, string));
            assert_ne!(hash(string, 0), hash(string, 1), "{len}");
            assert_ne!(hash(string, 0), hash(&text[..len + 1], 0), "{len}");
            for changed in 0..len {
                let mut other = string.to_vec();
                other[changed] = b'a';
                assert!(!same(string, &other), "{len} {changed}");
                assert_ne!(hash(string, 0), hash(&other, 0), "{len} {changed}");
            }
        }
        assert!(!same(b"ABC", b"ABCD"));
        assert_ne!(hash(b"ABCDEFGH", 0), hash(b"ABCDEFGH\0", 0));
    }
}
