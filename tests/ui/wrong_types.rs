chat_errors::agora_errors!("ui/wrong_types.toml");

fn main() {}
