mod generics {
    #[chat_errors::catalog("ui/attribute.toml")]
    pub enum ShopError<T> {}
}

mod variants_by_hand {
    #[chat_errors::catalog("ui/attribute.toml")]
    pub enum ShopError {
        OutOfStock,
    }
}

mod a_struct {
    #[chat_errors::catalog("ui/attribute.toml")]
    pub struct ShopError;
}

mod conflicting_attributes {
    #[chat_errors::catalog("ui/attribute.toml")]
    #[derive(Debug, core::hash::Hash)]
    #[repr(u8)]
    pub enum ShopError {}
}

mod another_name {
    #[chat_errors::catalog("ui/attribute.toml")]
    pub enum StoreError {}

    pub fn uses_it() -> Option<StoreError> {
        StoreError::from_code(1)
    }
}

mod arguments {
    #[chat_errors::catalog(ui_attribute_toml)]
    pub enum ShopError {}
}

fn main() {
    // What the errors above leave still type-checks: no follow-on errors.
    let _ = generics::ShopError::from_code(1);
    let _ = variants_by_hand::ShopError::OutOfStock.name();
    let _ = conflicting_attributes::ShopErrorGroup::Cart;
}
