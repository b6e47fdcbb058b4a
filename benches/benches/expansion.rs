//! What the macro does at compile time: parse and check the TOML, then expand, for the real
//! catalog (118 codes) and synthetic ones of 1,000 and 5,000. The cost should grow linearly with the catalog.

use std::hint::black_box;

use chat_errors_benches::synthetic;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

fn expansion(c: &mut Criterion) {
    let agora = include_str!("../../errors.toml").to_owned();
    let catalogs = [
        (chat_errors::ErrorCode::ALL.len() as u64, agora),
        (
            1000,
            synthetic::catalog_toml("E", &synthetic::synthetic(1000)),
        ),
        (
            5000,
            synthetic::catalog_toml("E", &synthetic::synthetic(5000)),
        ),
    ];
    let mut group = c.benchmark_group("expansion");
    group.sample_size(20);
    for (codes, source) in &catalogs {
        group.throughput(Throughput::Elements(*codes));
        group.bench_function(format!("parse/{codes}"), |b| {
            b.iter(|| chat_errors_codegen::parse(black_box(source)).expect("valid"))
        });
        let catalog = chat_errors_codegen::parse(source).expect("valid");
        group.bench_function(format!("expand/{codes}"), |b| {
            b.iter(|| chat_errors_codegen::expand(black_box(&catalog)))
        });
    }
    group.finish();
}

criterion_group!(benches, expansion);
criterion_main!(benches);
