chat_errors::agora_errors!("ui/group_prefixes.toml");

fn main() {}
