chat_errors::agora_errors!("ui/bad_catalog_values.toml");

fn main() {}
