chat_errors::agora_errors!("ui/unknown_keys.toml");

fn main() {}
