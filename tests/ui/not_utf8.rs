chat_errors::agora_errors!("ui/not_utf8.toml");

fn main() {}
