chat_errors::agora_errors!("ui/syntax.toml");

fn main() {}
