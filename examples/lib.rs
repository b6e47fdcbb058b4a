//! Runnable examples of `chat-errors`: `cargo run --example explain -- 206` and
//! `cargo run --example downstream`.
