chat_errors::agora_errors!("ui/args_languages.toml");

fn main() {}
