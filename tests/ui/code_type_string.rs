chat_errors::agora_errors!("ui/code_type_string.toml");

fn main() {}
