chat_errors::agora_errors!("ui/undeclared_group_and_flag.toml");

fn main() {}
