chat_errors::agora_errors!("ui/variant_clashes.toml");

fn main() {}
