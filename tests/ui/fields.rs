chat_errors::agora_errors!("ui/fields.toml");

fn main() {}
