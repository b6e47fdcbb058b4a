//! The hashes behind the generated perfect hashes: of names and string codes, and of integer
//! codes in huge catalogs. The code generator builds each table with them, and every catalog's
//! lookups probe it with them: a file both use, so they always agree. Strings are read a whole
//! word at a time, never a byte at a time nor through a copy of variable length: a lookup is a few
//! nanoseconds.

const MULTIPLIER: u64 = 0x9E37_79B9_7F4A_7C15;

/// Eight bytes from `at`, little-endian.
#[inline]
fn word(bytes: &[u8], at: usize) -> u64 {
    let mut word = [0u8; 8];
    word.copy_from_slice(&bytes[at..at + 8]);
    u64::from_le_bytes(word)
}

/// The bytes after the whole words that `hash` and `same` walk: the last eight, overlapping the
/// walk, or for shorter strings reads that overlap each other. With the length, it tells apart
/// any two strings that the walk does not.
#[inline]
fn last(bytes: &[u8]) -> u64 {
    let len = bytes.len();
    if len >= 8 {
        word(bytes, len - 8)
    } else if len >= 4 {
        let mut low = [0u8; 4];
        let mut high = [0u8; 4];
        low.copy_from_slice(&bytes[..4]);
        high.copy_from_slice(&bytes[len - 4..]);
        u64::from(u32::from_le_bytes(low)) << 32 | u64::from(u32::from_le_bytes(high))
    } else if len > 0 {
        u64::from(bytes[0]) << 16 | u64::from(bytes[len / 2]) << 8 | u64::from(bytes[len - 1])
    } else {
        0
    }
}

/// A string's hash under `seed`.
#[inline]
pub fn hash(bytes: &[u8], seed: u64) -> u64 {
    let mut hash = seed ^ (bytes.len() as u64).wrapping_mul(MULTIPLIER);
    let mut at = 0;
    while at + 8 < bytes.len() {
        hash = (hash ^ word(bytes, at))
            .wrapping_mul(MULTIPLIER)
            .rotate_left(31);
        at += 8;
    }
    hash = (hash ^ last(bytes)).wrapping_mul(MULTIPLIER);
    hash ^ (hash >> 29)
}

/// Whether two strings are equal, a word at a time: for names, quicker than a call to `memcmp`.
#[inline]
pub fn same(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut at = 0;
    while at + 8 < a.len() {
        if word(a, at) != word(b, at) {
            return false;
        }
        at += 8;
    }
    last(a) == last(b)
}

/// An integer code's hash, from the code as `u64`: both steps are invertible, so two codes never
/// share a hash.
#[inline]
pub const fn hash_integer(code: u64, seed: u64) -> u64 {
    let hash = (code ^ seed).wrapping_mul(MULTIPLIER);
    hash ^ (hash >> 29)
}

/// The slot a key of this hash is in, in a table of `slots` slots whose buckets were displaced by
/// `displacements`: the bucket by the hash's high half, then the hash under the bucket's
/// displacement.
#[inline]
pub const fn slot(hash: u64, displacements: &[u32], slots: usize) -> usize {
    let displacement = displacements[reduce(hash >> 32, displacements.len())];
    reduce(mix(hash, displacement), slots)
}

/// The slot-picking hash: a key's hash under one bucket's displacement, 32 bits.
#[inline]
pub const fn mix(hash: u64, displacement: u32) -> u64 {
    ((hash ^ (displacement as u64).wrapping_mul(MULTIPLIER)).wrapping_mul(MULTIPLIER)) >> 32
}

/// A 32-bit value scaled into `0..len` without a division.
#[inline]
pub const fn reduce(value: u64, len: usize) -> usize {
    (((value & 0xFFFF_FFFF) * len as u64) >> 32) as usize
}
