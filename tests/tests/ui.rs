//! Every diagnostic the macro gives, as a user sees it (`tests/ui/*.stderr`), and the inputs it
//! accepts (`tests/ui/pass`). Regenerate the expected output with `TRYBUILD=overwrite`.

use std::path::Path;

#[test]
fn ui() {
    copy_catalogs_into_the_trybuild_project();
    let cases = trybuild::TestCases::new();
    cases.compile_fail("ui/*.rs");
    cases.pass("ui/pass/*.rs");
}

/// trybuild compiles the cases as a crate of its own under `target/tests/trybuild`, and the macro
/// resolves paths against that crate's manifest directory: the catalogs go beside it.
fn copy_catalogs_into_the_trybuild_project() {
    let target = Path::new(env!("CARGO_TARGET_TMPDIR")).parent().unwrap();
    let project_ui = target.join("tests/trybuild/chat-errors-tests/ui");
    std::fs::create_dir_all(&project_ui).unwrap();
    let source_ui = Path::new(env!("CARGO_MANIFEST_DIR")).join("ui");
    for entry in std::fs::read_dir(source_ui).unwrap() {
        let path = entry.unwrap().path();
        if path
            .extension()
            .is_some_and(|extension| extension == "toml")
        {
            std::fs::copy(&path, project_ui.join(path.file_name().unwrap())).unwrap();
        }
    }
}
