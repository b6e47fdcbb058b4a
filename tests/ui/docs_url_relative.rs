chat_errors::agora_errors!("ui/docs_url_relative.toml");

fn main() {}
