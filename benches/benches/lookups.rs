//! Every lookup of the generated enum beside a hand-written `match` and `phf` maps, for the real
//! catalog (118 codes) and a synthetic one of 5,000, in one run. Each sample walks every code or
//! name in a fixed shuffled order; criterion reports the time per lookup. `match-copy` is the same
//! `match` compiled a second time: identical code at other addresses, which shows how much of a
//! difference code placement alone makes.

use std::hint::black_box;

use chat_errors::ErrorCode;
use chat_errors_benches::{agora, large, synthetic, threshold};
use criterion::measurement::WallTime;
use criterion::{BenchmarkGroup, Criterion, Throughput, criterion_group, criterion_main};

fn shuffled<T>(mut items: Vec<T>) -> Vec<T> {
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    for i in (1..items.len()).rev() {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        items.swap(i, (state % (i as u64 + 1)) as usize);
    }
    items
}

fn each<I: Copy, T>(
    group: &mut BenchmarkGroup<'_, WallTime>,
    id: &str,
    inputs: &[I],
    lookup: impl Fn(I) -> T,
) {
    group.throughput(Throughput::Elements(inputs.len() as u64));
    group.bench_function(id, |b| {
        b.iter(|| {
            for &input in inputs {
                black_box(lookup(black_box(input)));
            }
        })
    });
}

/// The codes and every name of one catalog in shuffled orders, and a miss per entry.
struct Inputs {
    codes: Vec<i32>,
    names: Vec<&'static str>,
    misses: Vec<&'static str>,
}

fn inputs(entries: Vec<synthetic::Entry>) -> Inputs {
    let entries = shuffled(entries);
    let leak = |text: String| -> &'static str { Box::leak(text.into_boxed_str()) };
    Inputs {
        codes: entries.iter().map(|entry| entry.code).collect(),
        names: shuffled(
            entries
                .iter()
                .flat_map(synthetic::every_name)
                .map(|name| leak(name.to_owned()))
                .collect(),
        ),
        misses: entries
            .iter()
            .map(|entry| leak(synthetic::miss(&entry.name)))
            .collect(),
    }
}

/// Each implementation's values for the codes, in the same order.
fn values<T>(codes: &[i32], from_code: impl Fn(i32) -> Option<T>) -> Vec<T> {
    codes
        .iter()
        .map(|&code| from_code(code).expect("every implementation has every code"))
        .collect()
}

macro_rules! bench_size {
    ($c:expr, $entries:expr, $ours:ty, $hand:ty, $copy:ty, $phf:path) => {{
        use $phf as phf_maps;
        let inputs = inputs($entries);
        let size = inputs.codes.len();
        let ours = values(&inputs.codes, <$ours>::from_code);
        let hand = values(&inputs.codes, <$hand>::from_code);
        let copy = values(&inputs.codes, <$copy>::from_code);

        let mut group = $c.benchmark_group(format!("from_code/{size}"));
        each(&mut group, "chat-errors", &inputs.codes, <$ours>::from_code);
        each(&mut group, "match", &inputs.codes, <$hand>::from_code);
        each(&mut group, "match-copy", &inputs.codes, <$copy>::from_code);
        each(&mut group, "phf", &inputs.codes, |code| {
            phf_maps::BY_CODE.get(&code).copied()
        });
        group.finish();

        let mut group = $c.benchmark_group(format!("code/{size}"));
        each(&mut group, "chat-errors", &ours, <$ours>::code);
        each(&mut group, "match", &hand, <$hand>::code);
        each(&mut group, "match-copy", &copy, <$copy>::code);
        group.finish();

        let mut group = $c.benchmark_group(format!("name/{size}"));
        each(&mut group, "chat-errors", &ours, <$ours>::name);
        each(&mut group, "match", &hand, <$hand>::name);
        each(&mut group, "match-copy", &copy, <$copy>::name);
        group.finish();

        let mut group = $c.benchmark_group(format!("description/{size}"));
        each(&mut group, "chat-errors", &ours, <$ours>::description);
        each(&mut group, "match", &hand, <$hand>::description);
        each(&mut group, "match-copy", &copy, <$copy>::description);
        group.finish();

        for (kind, names) in [("hit", &inputs.names), ("miss", &inputs.misses)] {
            let mut group = $c.benchmark_group(format!("from_name_{kind}/{size}"));
            each(&mut group, "chat-errors", names, <$ours>::from_name);
            each(&mut group, "match", names, <$hand>::from_name);
            each(&mut group, "match-copy", names, <$copy>::from_name);
            each(&mut group, "phf", names, |name| {
                phf_maps::BY_NAME.get(name).copied()
            });
            group.finish();
        }
    }};
}

/// `from_name` hit and miss, ours against a hand-written `match`, at one size.
macro_rules! bench_from_name {
    ($c:expr, $size:expr, $ours:ty, $hand:ty) => {{
        let inputs = inputs(synthetic::synthetic($size));
        for (kind, names) in [("hit", &inputs.names), ("miss", &inputs.misses)] {
            let mut group = $c.benchmark_group(format!("from_name_{kind}/{}", $size));
            each(&mut group, "chat-errors", names, <$ours>::from_name);
            each(&mut group, "match", names, <$hand>::from_name);
            group.finish();
        }
    }};
}

/// Every lookup of a catalog in the huge shape, which has no hand-written counterpart here.
fn huge(c: &mut Criterion) {
    use chat_errors_benches::huge::Synthetic;
    let inputs = inputs(synthetic::synthetic(Synthetic::ALL.len()));
    let size = inputs.codes.len();
    let values = values(&inputs.codes, Synthetic::from_code);
    let mut group = c.benchmark_group(format!("from_code/{size}"));
    each(
        &mut group,
        "chat-errors",
        &inputs.codes,
        Synthetic::from_code,
    );
    group.finish();
    for (lookup, read) in [
        (
            "code",
            (|code: Synthetic| code.code() as usize) as fn(Synthetic) -> usize,
        ),
        ("name", |code| code.name().len()),
        ("description", |code| code.description().len()),
    ] {
        let mut group = c.benchmark_group(format!("{lookup}/{size}"));
        each(&mut group, "chat-errors", &values, read);
        group.finish();
    }
    for (kind, names) in [("hit", &inputs.names), ("miss", &inputs.misses)] {
        let mut group = c.benchmark_group(format!("from_name_{kind}/{size}"));
        each(&mut group, "chat-errors", names, Synthetic::from_name);
        group.finish();
    }
}

fn lookups(c: &mut Criterion) {
    bench_size!(
        c,
        synthetic::agora(),
        ErrorCode,
        agora::hand::Hand,
        agora::hand_copy::Hand,
        agora::phf_maps
    );
    bench_size!(
        c,
        synthetic::synthetic(large::ours::Synthetic::ALL.len()),
        large::ours::Synthetic,
        large::hand::Hand,
        large::hand_copy::Hand,
        large::phf_maps
    );
    bench_from_name!(
        c,
        256,
        threshold::at_256::ours::Synthetic,
        threshold::at_256::hand::Hand
    );
    bench_from_name!(
        c,
        512,
        threshold::at_512::ours::Synthetic,
        threshold::at_512::hand::Hand
    );
}

/// A message with two arguments: our struct's `Display`, `message_in` of an `Error` that carries
/// the values (as one received as JSON does), and the hand-written struct, whose `Display` is
/// `write!` with the same text as its literal: what `format!` does.
fn render(c: &mut Criterion) {
    use chat_errors_benches::render::{Hand, Ours};
    let ours = Ours {
        who: "alice@example.com".to_owned(),
        count: 3,
    };
    let hand = Hand {
        who: ours.who.clone(),
        count: ours.count,
    };
    let error = chat_errors::Error::from(ours.clone());
    assert_eq!(ours.to_string(), hand.to_string());
    assert_eq!(error.message_in("en"), hand.to_string());
    let mut group = c.benchmark_group("render/two_args");
    group.throughput(Throughput::Elements(1));
    group.bench_function("chat-errors", |b| b.iter(|| black_box(&ours).to_string()));
    group.bench_function("chat-errors-message_in", |b| {
        b.iter(|| black_box(&error).message_in(black_box("en")))
    });
    group.bench_function("format", |b| b.iter(|| black_box(&hand).to_string()));
    group.finish();
    let mut group = c.benchmark_group("render_into/two_args");
    group.throughput(Throughput::Elements(1));
    let mut out = String::with_capacity(256);
    group.bench_function("chat-errors", |b| {
        b.iter(|| {
            out.clear();
            let _ = std::fmt::Write::write_fmt(&mut out, format_args!("{}", black_box(&ours)));
            out.len()
        })
    });
    group.bench_function("format", |b| {
        b.iter(|| {
            out.clear();
            let _ = std::fmt::Write::write_fmt(&mut out, format_args!("{}", black_box(&hand)));
            out.len()
        })
    });
    group.finish();
}

criterion_group!(benches, lookups, huge, render);
criterion_main!(benches);
