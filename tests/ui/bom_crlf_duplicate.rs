chat_errors::agora_errors!("ui/bom_crlf_duplicate.toml");

fn main() {}
