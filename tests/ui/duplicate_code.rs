chat_errors::agora_errors!("ui/duplicate_code.toml");

// The catalog is broken, yet code that uses the enum's API gets no follow-on errors: a fallback
// `ErrorCode` with the whole API stands in for it.
fn main() {
    let name = ErrorCode::from_code(200).map(ErrorCode::name);
    let parsed: Result<ErrorCode, UnknownErrorCodeName> = "USER_NOT_LOGIN".parse();
    let _ = (name, parsed, ErrorCode::ALL.len(), ErrorCode::try_from(1));
}
