chat_errors::agora_errors!("ui/empty.toml");

fn main() {}
