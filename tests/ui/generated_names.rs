chat_errors::agora_errors!("ui/generated_names.toml");

fn main() {
    // The fallback keeps the API, so only the catalog's errors show.
    let _ = ErrorCode::from_code(1).map(ErrorCode::docs_url);
}
