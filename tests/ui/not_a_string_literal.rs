mod bare_path {
    chat_errors::agora_errors!(errors_toml);
}

mod two_paths {
    chat_errors::agora_errors!("a.toml", "b.toml");
}

mod nothing {
    chat_errors::agora_errors!();
}

mod byte_string {
    chat_errors::agora_errors!(b"errors.toml");
}

fn main() {}
