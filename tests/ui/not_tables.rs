chat_errors::agora_errors!("ui/not_tables.toml");

fn main() {}
