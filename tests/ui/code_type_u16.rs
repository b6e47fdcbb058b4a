chat_errors::agora_errors!("ui/code_type_u16.toml");

fn main() {}
