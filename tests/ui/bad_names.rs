chat_errors::agora_errors!("ui/bad_names.toml");

fn main() {}
