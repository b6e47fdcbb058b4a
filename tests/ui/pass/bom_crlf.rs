// A byte-order mark and CRLF line endings, as Windows editors write them, are accepted; texts get
// `\n` line breaks.
chat_errors::agora_errors!("ui/bom_crlf.toml");

fn main() {
    assert_eq!(WindowsErrors::GeneralError.description(), "first line\nsecond line");
    assert_eq!(WindowsErrors::from_code(1), Some(WindowsErrors::GeneralError));
}
