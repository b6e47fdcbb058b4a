chat_errors::agora_errors!("ui/duplicate_names.toml");

fn main() {}
