chat_errors::agora_errors!("ui/wire.toml");

fn main() {}
