chat_errors::agora_errors!("ui/unknown_code_type.toml");

fn main() {}
