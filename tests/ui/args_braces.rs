chat_errors::agora_errors!("ui/args_braces.toml");

fn main() {}
