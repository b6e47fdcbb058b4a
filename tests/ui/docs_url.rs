chat_errors::agora_errors!("ui/docs_url.toml");

fn main() {}
