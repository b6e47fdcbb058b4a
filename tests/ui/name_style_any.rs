chat_errors::agora_errors!("ui/name_style_any.toml");

fn main() {}
