//! The Agora catalogs against themselves as the last release shipped them
//! (`data/released/`, with that release's version in `VERSION`): an edit that calls for a major
//! release fails here until the workspace's version is bumped to match, so no user meets a
//! removed code, a renamed variant or a reused number in a compatible update.

use chat_errors_codegen::{Level, diff, parse};

const RELEASED: &str = include_str!("../data/released/VERSION");

/// `(major, minor, patch)` of a version such as `0.1.0`.
fn version(text: &str) -> (u64, u64, u64) {
    let parts: Vec<u64> = text
        .trim()
        .split(['.', '-', '+'])
        .take(3)
        .map(|part| part.parse().unwrap())
        .collect();
    (parts[0], parts[1], parts[2])
}

/// The highest level of change the step from `released` to `current` allows, as cargo reads
/// versions: below 1.0, the minor number is the breaking one.
fn allowed(released: (u64, u64, u64), current: (u64, u64, u64)) -> Level {
    let breaking =
        |(major, minor, _): (u64, u64, u64)| if major == 0 { (0, minor) } else { (major, 0) };
    if breaking(current) > breaking(released) {
        Level::Major
    } else {
        Level::Minor
    }
}

#[test]
fn the_version_rules_are_cargos() {
    assert_eq!(allowed((0, 1, 0), (0, 1, 5)), Level::Minor);
    assert_eq!(allowed((0, 1, 0), (0, 2, 0)), Level::Major);
    assert_eq!(allowed((1, 2, 0), (1, 9, 0)), Level::Minor);
    assert_eq!(allowed((1, 2, 0), (2, 0, 0)), Level::Major);
}

#[test]
fn no_catalog_breaks_its_users_without_a_major_version() {
    let released = version(RELEASED);
    let current = version(env!("CARGO_PKG_VERSION"));
    assert!(current >= released, "the version went back from {RELEASED}");
    // A version that may break anything need not load its predecessor's catalogs by today's
    // rules: 0.1's REST catalog has a field named `http_status`, a key of its own since 0.2.
    if allowed(released, current) == Level::Major {
        return;
    }
    for (file, then, now) in [
        (
            "errors.toml",
            include_str!("../data/released/errors.toml"),
            include_str!("../../errors.toml"),
        ),
        (
            "rest-errors.toml",
            include_str!("../data/released/rest-errors.toml"),
            include_str!("../../rest-errors.toml"),
        ),
        (
            "web-errors.toml",
            include_str!("../data/released/web-errors.toml"),
            include_str!("../../web-errors.toml"),
        ),
    ] {
        let diff = diff(&parse(then).unwrap(), &parse(now).unwrap());
        let majors: Vec<String> = diff
            .changes
            .iter()
            .filter(|change| change.level == Level::Major)
            .map(|change| format!("{}: {}", change.kind.name(), change.message))
            .collect();
        assert!(
            diff.verdict() <= allowed(released, current),
            "{file} changed in a way that needs a major release after {RELEASED}, but the \
             version is {}:\n{}\nbump the version, or undo the change (retire a code instead of \
             deleting it)",
            env!("CARGO_PKG_VERSION"),
            majors.join("\n")
        );
    }
}
