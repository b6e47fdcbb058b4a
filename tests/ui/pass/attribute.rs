//! The attribute form as the README shows it: the user's visibility, doc comments and
//! attributes, and the same API as `agora_errors!`.

mod errors {
    /// Errors of the shop.
    #[chat_errors::catalog("ui/attribute.toml")]
    #[cfg_attr(any(), derive(NeverExpanded))]
    #[allow(dead_code)]
    pub(crate) enum ShopError {}
}

fn main() {
    let error = errors::ShopError::from_code(1).unwrap();
    assert_eq!(error.name(), "OUT_OF_STOCK");
    assert_eq!(error.group(), errors::ShopErrorGroup::Cart);
    assert_eq!(format!("{error:?}"), "OutOfStock");
    let value = chat_errors::Error::<errors::ShopError>::new(7, "");
    assert_eq!(value.kind(), None);
}
