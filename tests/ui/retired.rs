chat_errors::agora_errors!("ui/retired.toml");

fn main() {
    let _ = RetiredError::retired(5);
}
