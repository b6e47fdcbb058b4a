chat_errors::agora_errors!("ui/fallback_code_type.toml");

fn main() {
    // The fallback after the error has the catalog's code type, so these add no error of their own.
    let _ = LedgerError::from_code(5_000_000_000i64);
    let _: Option<i64> = LedgerError::ALL.first().map(|code| code.code());
    let _ = chat_errors::Error::<LedgerError>::new(5i64, "").kind();
}
