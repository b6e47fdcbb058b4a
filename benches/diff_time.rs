//! How long `chat-errors diff` takes on a huge catalog: a synthetic catalog of 60,000 codes
//! against a copy with 100 edits (removed, added, renamed and renumbered entries, new texts and
//! new aliases), timed as the command spends it: both files parsed and checked, then compared.
//!
//! ```text
//! cargo run -p chat-errors-benches --release --bin diff-time [-- CODES]
//! ```

use std::time::Instant;

use chat_errors_benches::synthetic::{self, Entry, synthetic};

fn main() {
    let count: usize = std::env::args()
        .nth(1)
        .map_or(60_000, |count| count.parse().expect("CODES is a number"));
    let old = synthetic(count);
    let mut new = synthetic(count);
    // 100 edits spread over the catalog, 20 of each kind.
    let step = count / 100;
    for edit in 0..100 {
        let entry = &mut new[edit * step];
        match edit % 5 {
            0 => entry.description.push_str(" Reworded."),
            1 => entry.name.push_str("_RENAMED"),
            2 => entry.other_names.push(format!("ALIAS_{edit}")),
            3 => entry.code += 50,
            _ => entry.name.clear(),
        }
    }
    new.retain(|entry| !entry.name.is_empty());
    let added = (0..20).map(|index| Entry {
        code: -1 - index,
        name: format!("ADDED_{index}"),
        other_names: Vec::new(),
        variant: String::new(),
        description: "Added.".to_owned(),
        args: Vec::new(),
    });
    new.extend(added);
    let (old, new) = (
        synthetic::catalog_toml("HugeError", &old),
        synthetic::catalog_toml("HugeError", &new),
    );

    for run in 1..=3 {
        let start = Instant::now();
        let before = chat_errors_codegen::parse(&old).expect("the old catalog is valid");
        let after = chat_errors_codegen::parse(&new).expect("the new catalog is valid");
        let parsed = start.elapsed();
        let diff = chat_errors_codegen::diff(&before, &after);
        let total = start.elapsed();
        println!(
            "run {run}: {count} codes, {} changes, verdict {}: parse and check both {:.0} ms, diff {:.1} ms, total {:.0} ms",
            diff.changes.len(),
            diff.verdict().name(),
            parsed.as_secs_f64() * 1e3,
            (total - parsed).as_secs_f64() * 1e3,
            total.as_secs_f64() * 1e3,
        );
    }
}
