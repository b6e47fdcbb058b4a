chat_errors::agora_errors!("ui/does_not_exist.toml");

fn main() {}
