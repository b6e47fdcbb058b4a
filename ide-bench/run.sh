#!/usr/bin/env bash
# usage: ide-bench/run.sh [options of ide-bench]    (ide-bench/run.sh --help lists them)
# Builds the headless rust-analyzer once (about 10 minutes on 2 cores), then runs it.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
tt=$here/target/patched/ra_ap_tt
if [ ! -f "$tt/Cargo.toml" ]; then
    mkdir -p "$tt"
    curl -sSfL https://static.crates.io/crates/ra_ap_tt/0.0.349/download |
        tar xzf - -C "$tt" --strip-components=1
    # The one use of the unstable `assert_matches!`, said with stable macros.
    sed -i -e 's/use std::{assert_matches, /use std::{/' \
        -e 's/assert_matches!(tts\[idx\], TokenTree::Leaf(_), /assert!(matches!(tts[idx], TokenTree::Leaf(_)), /' \
        "$tt/src/storage.rs"
    if grep -q assert_matches "$tt/src/storage.rs"; then
        echo "run.sh: ra_ap_tt changed; $tt/src/storage.rs needs a new patch" >&2
        exit 1
    fi
fi
(cd "$here" && cargo build --release --locked -q)
exec "${CARGO_TARGET_DIR:-$here/target}/release/chat-errors-ide-bench" "$@"
