//! `diff` classifies every kind of edit by the semver level it calls for: one pair of catalogs
//! per rule, each an edit of one base catalog.

use chat_errors_codegen::{Level, diff, parse};

const BASE: &str = r#"
[catalog]
enum = "ShopError"
default_language = "en"
doc = "Errors of the shop."
platforms = ["ios"]

[catalog.flags]
retryable = "Try again later."

[catalog.fields]
retry_after = { type = "u16", doc = "Seconds to wait." }

[[catalog.groups]]
name = "cart"
title = "Cart"
range = [1, 99]

[[error]]
code = 1
name = "OUT_OF_STOCK"
aliases = ["SOLD_OUT"]
platform_names = { ios = "ShopErrorOutOfStock" }
group = "cart"
flags = ["retryable"]
retry_after = 409
description = { en = "The item is out of stock.", zh = "商品缺货" }
cause = "Someone bought the last one."
note = "Older servers said 410."

[[error]]
code = 2
name = "CART_FULL"
group = "cart"
description = "The cart is full."
"#;

/// `BASE` with `from` replaced by `to` (which must be in it).
fn edit(from: &str, to: &str) -> String {
    assert!(BASE.contains(from), "{from:?} is not in the base catalog");
    BASE.replacen(from, to, 1)
}

/// The verdict and the kinds of change from `BASE` to `new`.
fn changes(new: &str) -> (Level, Vec<&'static str>) {
    let old = parse(BASE).unwrap();
    let new = parse(new).unwrap_or_else(|rejected| panic!("{:?}", rejected.diagnostics));
    let diff = diff(&old, &new);
    (
        diff.verdict(),
        diff.changes
            .iter()
            .map(|change| change.kind.name())
            .collect(),
    )
}

fn assert_level(new: &str, level: Level, kind: &str) {
    let (verdict, kinds) = changes(new);
    assert!(kinds.contains(&kind), "{kind} not in {kinds:?}");
    assert_eq!(verdict, level, "{kinds:?}");
}

const CART_FULL: &str = "\n[[error]]\ncode = 2\nname = \"CART_FULL\"\ngroup = \"cart\"\ndescription = \"The cart is full.\"\n";

#[test]
fn removing_an_entry_is_major_and_says_to_retire_it() {
    let new = edit(CART_FULL, "");
    assert_level(&new, Level::Major, "entry_removed");
    let old = parse(BASE).unwrap();
    let change = &diff(&old, &parse(&new).unwrap()).changes[0];
    assert!(
        change
            .message
            .contains("its code can now be reused; retire it instead"),
        "{}",
        change.message
    );
    assert_eq!(change.name.as_deref(), Some("CART_FULL"));
}

#[test]
fn retiring_an_entry_is_major() {
    let new = edit(
        CART_FULL,
        "\n[[retired]]\ncode = 2\nname = \"CART_FULL\"\nreason = \"carts have no limit now\"\nsince = \"2.0.0\"\n",
    );
    let (verdict, kinds) = changes(&new);
    assert_eq!((verdict, kinds), (Level::Major, vec!["entry_retired"]));
}

#[test]
fn names_and_codes_that_change_are_major() {
    assert_level(
        &edit("name = \"CART_FULL\"", "name = \"CART_IS_FULL\""),
        Level::Major,
        "name_changed",
    );
    let (verdict, kinds) = changes(&edit(
        "code = 2\nname = \"CART_FULL\"",
        "code = 3\nname = \"CART_FULL\"",
    ));
    assert_eq!(
        (verdict, kinds),
        (Level::Major, vec!["code_changed"]),
        "one change, not a removal and an addition"
    );
    assert_level(
        &edit("aliases = [\"SOLD_OUT\"]\n", ""),
        Level::Major,
        "alias_removed",
    );
    assert_level(
        &edit("platform_names = { ios = \"ShopErrorOutOfStock\" }\n", ""),
        Level::Major,
        "platform_name_removed",
    );
}

#[test]
fn the_enum_its_code_type_groups_flags_fields_and_languages_are_major_when_removed() {
    assert_level(
        &edit("enum = \"ShopError\"", "enum = \"StoreError\""),
        Level::Major,
        "enum_renamed",
    );
    let strings = edit("code = 1\n", "code = \"1\"\n")
        .replace("code = 2\n", "code = \"2\"\n")
        .replace("range = [1, 99]\n", "")
        .replace("[catalog]\n", "[catalog]\ncode_type = \"string\"\n");
    assert_level(&strings, Level::Major, "code_type_changed");
    let renamed_group = BASE.replace("\"cart\"", "\"basket\"");
    let (verdict, kinds) = changes(&renamed_group);
    assert_eq!(verdict, Level::Major);
    assert!(
        kinds.contains(&"group_removed") && kinds.contains(&"group_added"),
        "{kinds:?}"
    );
    let without_flag =
        edit("retryable = \"Try again later.\"\n", "").replace("flags = [\"retryable\"]\n", "");
    assert_level(&without_flag, Level::Major, "flag_removed");
    let without_field = edit(
        "retry_after = { type = \"u16\", doc = \"Seconds to wait.\" }\n",
        "",
    )
    .replace("retry_after = 409\n", "");
    assert_level(&without_field, Level::Major, "field_removed");
    assert_level(
        &edit("type = \"u16\"", "type = \"u32\""),
        Level::Major,
        "field_type_changed",
    );
    assert_level(
        &edit(", zh = \"商品缺货\"", ""),
        Level::Major,
        "language_removed",
    );
    let required = edit(
        "[[catalog.groups]]",
        "[catalog.fields.sku]\ntype = \"string\"\ndoc = \"The SKU.\"\nrequired = true\n\n[[catalog.groups]]",
    )
    .replace("retry_after = 409\n", "retry_after = 409\nsku = \"A1\"\n")
    .replace("description = \"The cart is full.\"", "sku = \"B2\"\ndescription = \"The cart is full.\"");
    assert_level(&required, Level::Major, "required_field_added");
}

#[test]
fn additions_and_changes_of_behaviour_are_minor() {
    let added = format!(
        "{BASE}\n[[error]]\ncode = 3\nname = \"COUPON_EXPIRED\"\ngroup = \"cart\"\ndescription = \"The coupon expired.\"\n"
    );
    assert_level(&added, Level::Minor, "entry_added");
    assert_level(
        &edit(
            "aliases = [\"SOLD_OUT\"]",
            "aliases = [\"SOLD_OUT\", \"GONE\"]",
        ),
        Level::Minor,
        "alias_added",
    );
    assert_level(
        &edit(
            "name = \"CART_FULL\"",
            "name = \"CART_FULL\"\nplatform_names = { ios = \"ShopErrorCartFull\" }",
        ),
        Level::Minor,
        "platform_name_added",
    );
    assert_level(
        &edit(
            "[[error]]",
            "[[catalog.groups]]\nname = \"payment\"\ntitle = \"Payment\"\nrange = [100, 199]\n\n[[error]]",
        ),
        Level::Minor,
        "group_added",
    );
    assert_level(
        &edit(
            "retryable = \"Try again later.\"",
            "retryable = \"Try again later.\"\nfatal = \"Give up.\"",
        ),
        Level::Minor,
        "flag_added",
    );
    assert_level(
        &edit(
            "[[catalog.groups]]",
            "[catalog.fields.sku]\ntype = \"string\"\ndoc = \"The SKU.\"\n\n[[catalog.groups]]",
        ),
        Level::Minor,
        "field_added",
    );
    assert_level(
        &edit(
            "zh = \"商品缺货\"",
            "zh = \"商品缺货\", de = \"Ausverkauft.\"",
        ),
        Level::Minor,
        "language_added",
    );
    assert_level(
        &edit(
            "name = \"CART_FULL\"",
            "name = \"CART_FULL\"\ndeprecated = \"carts grow now\"",
        ),
        Level::Minor,
        "deprecated",
    );
    assert_level(
        &edit("flags = [\"retryable\"]\n", ""),
        Level::Minor,
        "flags_changed",
    );
    assert_level(
        &edit("retry_after = 409", "retry_after = 410"),
        Level::Minor,
        "field_value_changed",
    );
    let moved = edit(
        "[[error]]",
        "[[catalog.groups]]\nname = \"limits\"\ntitle = \"Limits\"\n\n[[error]]",
    )
    .replace(
        "group = \"cart\"\ndescription = \"The cart is full.\"",
        "group = \"limits\"\ndescription = \"The cart is full.\"",
    )
    .replace("range = [1, 99]\n", "range = [1, 1]\n");
    let (verdict, kinds) = changes(&moved);
    assert_eq!(verdict, Level::Minor, "{kinds:?}");
    assert!(
        kinds.contains(&"group_changed") && kinds.contains(&"group_codes_changed"),
        "{kinds:?}"
    );
}

#[test]
fn texts_are_a_patch() {
    assert_level(
        &edit("The cart is full.", "The cart holds no more."),
        Level::Patch,
        "description_changed",
    );
    assert_level(
        &edit("Someone bought the last one.", "It sold out."),
        Level::Patch,
        "cause_changed",
    );
    assert_level(
        &edit("note = \"Older servers said 410.\"\n", ""),
        Level::Patch,
        "note_changed",
    );
    assert_level(
        &edit("title = \"Cart\"", "title = \"Shopping cart\""),
        Level::Patch,
        "group_text_changed",
    );
    assert_level(
        &edit(
            "doc = \"Errors of the shop.\"",
            "doc = \"The shop's errors.\"",
        ),
        Level::Patch,
        "catalog_doc_changed",
    );
}

#[test]
fn formatting_comments_and_key_order_are_no_change() {
    let reordered = edit(
        "code = 2\nname = \"CART_FULL\"\ngroup = \"cart\"",
        "# a comment\ngroup   =   \"cart\"\nname = 'CART_FULL'\ncode = 0x2",
    );
    let (verdict, kinds) = changes(&reordered);
    assert_eq!((verdict, kinds), (Level::None, vec![]));
}

#[test]
fn an_exhaustive_enum_makes_every_new_code_major() {
    let exhaustive = edit("[catalog]\n", "[catalog]\nexhaustive = true\n");
    assert_level(&exhaustive, Level::Minor, "exhaustive_added");
    let old = parse(&exhaustive).unwrap();
    let grown = format!(
        "{exhaustive}\n[[error]]\ncode = 3\nname = \"COUPON_EXPIRED\"\ngroup = \"cart\"\ndescription = \"The coupon expired.\"\n"
    );
    let diff = diff(&old, &parse(&grown).unwrap());
    assert_eq!(diff.verdict(), Level::Major);
    assert_eq!(diff.changes[0].kind.name(), "entry_added");
    let back = diff_of(&exhaustive, BASE);
    assert_eq!(
        back,
        Level::Major,
        "non_exhaustive again breaks exhaustive matches"
    );
    // The docs URL is the problems' `type` while the catalog gives no `problem_type`.
    assert_level(
        &edit(
            "[catalog]\n",
            "[catalog]\ndocs_url = \"https://d.example/{code}\"\n",
        ),
        Level::Major,
        "problem_type_changed",
    );
}

fn diff_of(old: &str, new: &str) -> Level {
    diff(&parse(old).unwrap(), &parse(new).unwrap()).verdict()
}

#[test]
fn the_wire_contract_is_major() {
    // A status given on the group reaches both entries; the entry's own overrides it.
    let statuses = edit("range = [1, 99]\n", "range = [1, 99]\nhttp_status = 409\n");
    assert_eq!(diff_of(BASE, &statuses), Level::Major, "a status appears");
    let overridden = statuses.replacen(
        "retry_after = 409\n",
        "retry_after = 409\nhttp_status = 410\n",
        1,
    );
    let old = parse(&statuses).unwrap();
    let changes = diff(&old, &parse(&overridden).unwrap()).changes;
    let kinds: Vec<(&str, Option<&str>)> = changes
        .iter()
        .map(|change| (change.kind.name(), change.name.as_deref()))
        .collect();
    assert_eq!(kinds, [("http_status_changed", Some("OUT_OF_STOCK"))]);
    assert!(
        changes[0].message.contains("from 409 to 410"),
        "{}",
        changes[0].message
    );

    assert_level(
        &edit("[catalog]\n", "[catalog]\ngrpc_code = \"NOT_FOUND\"\n"),
        Level::Major,
        "grpc_code_changed",
    );
    assert_level(
        &edit("[catalog]\n", "[catalog]\ndomain = \"shop.example.com\"\n"),
        Level::Major,
        "domain_changed",
    );
    let typed = edit(
        "[catalog]\n",
        "[catalog]\nproblem_type = \"https://shop.example.com/problems/{name}\"\n",
    );
    assert_level(&typed, Level::Major, "problem_type_changed");
    // Without `problem_type` the docs URL is the problem's type; with one, a docs URL is a patch.
    let documented = "[catalog]\ndocs_url = \"https://shop.example.com/errors#{code}\"\n";
    assert_eq!(
        diff_of(BASE, &edit("[catalog]\n", documented)),
        Level::Major
    );
    let both = typed.replacen("[catalog]\n", documented, 1);
    assert_eq!(diff_of(&typed, &both), Level::Patch);
}
