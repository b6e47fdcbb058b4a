chat_errors::agora_errors!("ui/args_declared.toml");

fn main() {}
