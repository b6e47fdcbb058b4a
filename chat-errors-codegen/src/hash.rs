// The hash behind `from_name` for large catalogs. This file is compiled into the code generator
// and pasted into the generated code, so both always agree.

const MULTIPLIER: u64 = 0x9E37_79B9_7F4A_7C15;

fn hash(bytes: &[u8], seed: u64) -> u64 {
    let mut hash = seed ^ (bytes.len() as u64).wrapping_mul(MULTIPLIER);
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        hash = (hash ^ u64::from_le_bytes(word))
            .wrapping_mul(MULTIPLIER)
            .rotate_left(31);
    }
    let mut tail = [0u8; 8];
    tail[..chunks.remainder().len()].copy_from_slice(chunks.remainder());
    hash = (hash ^ u64::from_le_bytes(tail)).wrapping_mul(MULTIPLIER);
    hash ^ (hash >> 29)
}

// The slot-picking hash: the name's hash under one bucket's displacement, 32 bits.
fn mix(hash: u64, displacement: u32) -> u64 {
    ((hash ^ u64::from(displacement).wrapping_mul(MULTIPLIER)).wrapping_mul(MULTIPLIER)) >> 32
}

// A 32-bit value scaled into `0..len` without a division.
fn reduce(value: u64, len: usize) -> usize {
    (((value & 0xFFFF_FFFF) * len as u64) >> 32) as usize
}
