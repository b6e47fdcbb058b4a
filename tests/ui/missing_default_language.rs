chat_errors::agora_errors!("ui/missing_default_language.toml");

fn main() {}
