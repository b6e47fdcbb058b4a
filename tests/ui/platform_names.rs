chat_errors::agora_errors!("ui/platform_names.toml");

fn main() {}
