chat_errors::agora_errors!("ui/flags_and_groups.toml");

fn main() {}
