chat_errors::agora_errors!("ui/missing_keys.toml");

fn main() {}
