chat_errors::agora_errors!("ui/args_undeclared.toml");

fn main() {}
