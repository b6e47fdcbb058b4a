chat_errors::agora_errors!("ui/group_ranges.toml");

fn main() {
    // The fallback keeps code that uses the enum and its groups free of follow-on errors.
    let _ = RangeError::from_code(401);
    let _ = chat_errors::Error::<RangeError>::new(401, "").group();
}
