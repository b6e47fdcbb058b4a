//! A crate with a catalog of its own: `agora_errors!` reads `catalogs/payments.toml` (relative to
//! this crate's Cargo.toml) and generates `PaymentError` beside the Agora `ErrorCode`.
//!
//! ```text
//! cargo run --example downstream
//! ```

chat_errors::agora_errors!("catalogs/payments.toml");

fn main() {
    let declined = PaymentError::from_code(1000).expect("1000 is in the catalog");
    println!("{declined}");
    println!("cause: {}", declined.cause().unwrap_or("(not given)"));

    let by_alias: PaymentError = "NOT_ENOUGH_MONEY".parse().expect("an alias is accepted");
    println!(
        "NOT_ENOUGH_MONEY is {} ({})",
        by_alias.name(),
        by_alias.code()
    );

    match PaymentError::try_from(4242) {
        Ok(known) => println!("4242 is {known}"),
        Err(unknown) => println!("{unknown}: the number is kept ({})", unknown.0),
    }

    // The two catalogs live side by side.
    let chat = chat_errors::ErrorCode::NetworkError;
    println!("{chat} / {}", PaymentError::ALL.len());
}
