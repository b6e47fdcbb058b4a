chat_errors::agora_errors!("ui/code_range.toml");

fn main() {}
