//! The public API, written down: the runtime crate's items (every `pub` item of its sources, with
//! its signature and no body) and the items one catalog's expansion generates, each kept in
//! `tests/api/`, so that a review sees every change to them. `UPDATE_API=1 cargo test --test api`
//! writes the listings anew.

// Of the shared helpers, this test uses `workspace` only.
#[allow(dead_code)]
mod support;

use std::path::Path;

use syn::{Attribute, Block, ImplItem, Item, TraitItem, Visibility};

#[test]
fn the_runtime_crates_api_is_the_listing() {
    let src = support::workspace().join("chat-errors/src");
    let mut files: Vec<_> = std::fs::read_dir(&src)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|extension| extension == "rs"))
        // What only the expansion calls, through `__private`: not the crate's API.
        .filter(|path| {
            path.file_name().is_some_and(|name| {
                ![
                    "__private.rs",
                    "hash.rs",
                    "language.rs",
                    "likely.rs",
                    "variant.rs",
                ]
                .contains(&name.to_str().unwrap_or_default())
            })
        })
        .collect();
    files.sort();
    let mut listing = String::new();
    for path in files {
        let file = syn::parse_file(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let items = public_items(&file.items);
        if items.is_empty() {
            continue;
        }
        let name = path.file_name().unwrap().to_string_lossy();
        listing += &format!("// chat-errors/src/{name}\n{}\n", unparse(items));
    }
    compare("runtime.rs.txt", &listing);
}

#[test]
fn a_generated_enums_api_is_the_listing() {
    let source = std::fs::read_to_string(
        support::workspace().join("chat-errors-codegen/tests/golden/small.toml"),
    )
    .unwrap();
    let catalog = chat_errors_codegen::parse(&source).unwrap();
    let file = syn::parse_file(&chat_errors_codegen::expand(&catalog)).unwrap();
    let listing = format!(
        "// The expansion of chat-errors-codegen/tests/golden/small.toml\n{}",
        unparse(public_items(&file.items))
    );
    compare("generated.rs.txt", &listing);
}

fn compare(name: &str, listing: &str) {
    let path = support::workspace().join("tests/api").join(name);
    if std::env::var_os("UPDATE_API").is_some() {
        std::fs::write(&path, listing).unwrap();
        return;
    }
    let kept = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        kept == listing,
        "the public API changed; review it, then write {} anew with UPDATE_API=1:\n{}",
        display(&path),
        diff(&kept, listing)
    );
}

fn display(path: &Path) -> String {
    path.display().to_string()
}

/// The lines only one side has, marked `-` and `+`.
fn diff(kept: &str, listing: &str) -> String {
    let kept_lines: Vec<&str> = kept.lines().collect();
    let new_lines: Vec<&str> = listing.lines().collect();
    let mut out = String::new();
    for line in &kept_lines {
        if !new_lines.contains(line) {
            out += &format!("- {line}\n");
        }
    }
    for line in &new_lines {
        if !kept_lines.contains(line) {
            out += &format!("+ {line}\n");
        }
    }
    out
}

fn unparse(items: Vec<Item>) -> String {
    prettyplease::unparse(&syn::File {
        shebang: None,
        attrs: Vec::new(),
        items,
    })
}

/// What users can name of `items`: public items, with their signatures and the attributes that
/// change what they are, and no bodies or docs; impls of traits as their headers.
fn public_items(items: &[Item]) -> Vec<Item> {
    let mut public_items = Vec::new();
    for item in items {
        match item {
            // A private module's impls of traits are public all the same.
            Item::Mod(module) if !matches!(module.vis, Visibility::Public(_)) => {
                let Some((_, inner)) = &module.content else {
                    continue;
                };
                for inner in inner.iter().filter(|inner| matches!(inner, Item::Impl(_))) {
                    if let Some(Item::Impl(mut inner)) = public(inner) {
                        inner.attrs.splice(0..0, kept(&module.attrs));
                        public_items.push(Item::Impl(inner));
                    }
                }
            }
            // So are those in a `const _: () = { … };` block, as serde's impls are.
            Item::Const(block) if block.ident == "_" => {
                if let syn::Expr::Block(expr) = &*block.expr {
                    for inner in &expr.block.stmts {
                        if let syn::Stmt::Item(inner @ Item::Impl(_)) = inner {
                            public_items.extend(public(inner));
                        }
                    }
                }
            }
            item => public_items.extend(public(item)),
        }
    }
    public_items
}

fn public(item: &Item) -> Option<Item> {
    let empty: Block = syn::parse_quote!({});
    Some(match item.clone() {
        Item::Fn(mut item) if shown(&item.vis, &item.attrs) => {
            item.attrs = kept(&item.attrs);
            item.block = Box::new(empty);
            Item::Fn(item)
        }
        Item::Struct(mut item) if shown(&item.vis, &item.attrs) => {
            item.attrs = kept(&item.attrs);
            for field in item.fields.iter_mut() {
                field.attrs = kept(&field.attrs);
            }
            if let syn::Fields::Named(fields) = &mut item.fields {
                fields.named = fields
                    .named
                    .iter()
                    .filter(|field| matches!(field.vis, Visibility::Public(_)))
                    .cloned()
                    .collect();
            }
            Item::Struct(item)
        }
        Item::Enum(mut item) if shown(&item.vis, &item.attrs) => {
            item.attrs = kept(&item.attrs);
            for variant in item.variants.iter_mut() {
                variant.attrs = kept(&variant.attrs);
            }
            Item::Enum(item)
        }
        Item::Trait(mut item) if shown(&item.vis, &item.attrs) => {
            item.attrs = kept(&item.attrs);
            item.items.retain(|inner| match inner {
                TraitItem::Fn(inner) => !hidden(&inner.attrs),
                TraitItem::Const(inner) => !hidden(&inner.attrs),
                _ => true,
            });
            for inner in item.items.iter_mut() {
                match inner {
                    TraitItem::Fn(inner) => {
                        inner.attrs = kept(&inner.attrs);
                        inner.default = None;
                    }
                    TraitItem::Const(inner) => inner.attrs = kept(&inner.attrs),
                    TraitItem::Type(inner) => inner.attrs = kept(&inner.attrs),
                    _ => {}
                }
            }
            Item::Trait(item)
        }
        Item::Type(mut item) if shown(&item.vis, &item.attrs) => {
            item.attrs = kept(&item.attrs);
            Item::Type(item)
        }
        Item::Const(mut item) if shown(&item.vis, &item.attrs) => {
            item.attrs = kept(&item.attrs);
            Item::Const(item)
        }
        Item::Use(mut item) if shown(&item.vis, &item.attrs) => {
            item.attrs = kept(&item.attrs);
            Item::Use(item)
        }
        Item::Macro(mut item)
            if item
                .attrs
                .iter()
                .any(|attr| attr.path().is_ident("macro_export"))
                && !hidden(&item.attrs) =>
        {
            item.attrs = kept(&item.attrs);
            item.mac.tokens = Default::default();
            Item::Macro(item)
        }
        // A call that expands into public items, such as a catalog's: the call is what the
        // sources say of them.
        Item::Macro(item) if item.ident.is_none() => Item::Macro(item),
        Item::Mod(mut item) if shown(&item.vis, &item.attrs) => {
            item.attrs = kept(&item.attrs);
            if let Some((brace, items)) = item.content {
                item.content = Some((brace, public_items(&items)));
            }
            Item::Mod(item)
        }
        Item::Impl(mut item) if !hidden(&item.attrs) => {
            item.attrs = kept(&item.attrs);
            if item.trait_.is_some() {
                item.items.clear();
            } else {
                item.items.retain_mut(|inner| match inner {
                    ImplItem::Fn(inner) if shown(&inner.vis, &inner.attrs) => {
                        inner.attrs = kept(&inner.attrs);
                        inner.block = syn::parse_quote!({});
                        true
                    }
                    ImplItem::Const(inner) if shown(&inner.vis, &inner.attrs) => {
                        inner.attrs = kept(&inner.attrs);
                        true
                    }
                    _ => false,
                });
                if item.items.is_empty() {
                    return None;
                }
            }
            Item::Impl(item)
        }
        _ => return None,
    })
}

/// `pub`, and not hidden from the docs.
fn shown(vis: &Visibility, attrs: &[Attribute]) -> bool {
    matches!(vis, Visibility::Public(_)) && !hidden(attrs)
}

fn hidden(attrs: &[Attribute]) -> bool {
    attrs.iter().any(|attr| {
        attr.path().is_ident("doc")
            && attr
                .parse_args::<syn::Ident>()
                .is_ok_and(|ident| ident == "hidden")
    })
}

/// The attributes that change what an item is: `cfg`s, derives, `non_exhaustive`, `repr`,
/// `deprecated`, `must_use`; not docs.
fn kept(attrs: &[Attribute]) -> Vec<Attribute> {
    attrs
        .iter()
        .filter(|attr| {
            [
                "cfg",
                "derive",
                "non_exhaustive",
                "repr",
                "deprecated",
                "must_use",
            ]
            .iter()
            .any(|name| attr.path().is_ident(name))
        })
        .cloned()
        .collect()
}
