//! Catalogs large enough to change the expansion's shape: 3,000 codes, whose `from_name` hashes,
//! and 12,000 integer and 10,000 string codes, whose lookups read tables instead of matching.
//! Every entry answers every lookup as the rules of `tests/build.rs`, which made them, say.

use chat_errors_tests::huge::{HugeError, HugeErrorGroup, HugeStringError};
use chat_errors_tests::large::{LargeError, LargeErrorGroup};

/// The code of entry `i` of an integer catalog: runs of ten spread over the `i32` range.
fn large_code(i: i32) -> i32 {
    (i / 10).wrapping_mul(7_158_278) + i % 10
}

/// The same checks for each catalog; `$code` is entry `i`'s code, `$all` every entry in order.
macro_rules! every_entry_answers_by_the_rules {
    ($test:ident, $enum:ident, $group:ty, $count:expr, $all:expr, |$i:ident| $code:expr) => {
        #[test]
        fn $test() {
            let all: Vec<$enum> = $all;
            assert_eq!(all.len(), $count);
            let mut aliases = 0;
            for (i, &entry) in all.iter().enumerate() {
                let $i = i as i32;
                let code = $code;
                assert_eq!(entry.code(), code, "{entry:?}");
                assert_eq!($enum::from_code(code), Some(entry));
                assert_eq!($enum::try_from(code), Ok(entry));
                assert_eq!($enum::from_name(entry.name()), Some(entry));
                assert_eq!(
                    format!("{entry:?}"),
                    chat_errors_codegen::upper_camel_case(entry.name())
                );
                assert_eq!(
                    entry.to_string(),
                    format!("{} {}: {}", code, entry.name(), entry.description())
                );
                assert_eq!(entry.description(), format!("Synthetic error {i}."));
                assert_eq!(
                    entry.description_in("zh-CN").is_some(),
                    i % 3 == 0,
                    "{entry:?}"
                );
                for alias in entry.aliases() {
                    assert_eq!($enum::from_name(alias), Some(entry));
                    aliases += 1;
                }
                assert_eq!(entry.aliases().is_empty(), i % 10 != 0);
                let ios = format!("IosError{i}");
                if i % 7 == 0 {
                    assert_eq!(entry.platform_name("ios"), Some(ios.as_str()));
                    assert_eq!($enum::from_name(&ios), Some(entry));
                } else {
                    assert_eq!(entry.platform_name("ios"), None);
                }
                assert_eq!(entry.cause().is_some(), i % 5 == 0);
                assert_eq!(
                    entry.note_in("zh").map(str::to_owned),
                    (i % 11 == 0).then(|| format!("注 {i}"))
                );
                assert_eq!(entry.deprecated().is_some(), i % 13 == 0);
                assert_eq!(entry.is_retryable(), i % 4 == 0);
                assert_eq!(entry.flags().len(), usize::from(i % 4 == 0));
                assert_eq!(entry.weight(), (i % 1000) as u16);
                let tags = entry
                    .tags()
                    .map(|tags| tags.iter().map(|t| t.to_string()).collect::<Vec<_>>());
                assert_eq!(
                    tags,
                    (i % 6 == 0).then(|| vec![format!("t{i}"), format!("u{i}")])
                );
                let group: $group = entry.group();
                assert_eq!(group.name(), ["first", "second", "third"][i as usize % 3]);
            }
            assert_eq!(aliases, $count / 10);
            for miss in ["", "X", "USER", "OLD_", "IosError", "\u{0}", "用户"] {
                assert_eq!($enum::from_name(miss), None, "{miss:?}");
            }
        }
    };
}

every_entry_answers_by_the_rules!(
    large_catalog_of_3000,
    LargeError,
    LargeErrorGroup,
    3000,
    LargeError::ALL.iter().collect(),
    |i| large_code(i)
);

every_entry_answers_by_the_rules!(
    huge_catalog_of_12000,
    HugeError,
    HugeErrorGroup,
    12_000,
    HugeError::ALL.iter().collect(),
    |i| large_code(i)
);

every_entry_answers_by_the_rules!(
    huge_catalog_of_10000_string_codes,
    HugeStringError,
    chat_errors_tests::huge::HugeStringErrorGroup,
    10_000,
    HugeStringError::ALL.iter().collect(),
    |i| &*Box::leak(format!("S{i}").into_boxed_str())
);

#[test]
fn discriminants_are_the_codes() {
    // Large catalogs leave a code that follows the previous one implicit; the values must not move.
    for (i, code) in LargeError::ALL.iter().enumerate() {
        assert_eq!(code as i32, large_code(i as i32), "{code:?}");
    }
    for (i, code) in HugeError::ALL.iter().enumerate() {
        assert_eq!(code as i32, large_code(i as i32), "{code:?}");
    }
}

#[test]
fn the_huge_all_has_what_a_slice_has() {
    let all = HugeError::ALL;
    assert_eq!(all.len(), 12_000);
    assert!(!all.is_empty());
    assert_eq!(all.get(0).map(HugeError::code), Some(0));
    assert_eq!(
        all.get(11_999).map(HugeError::code),
        Some(large_code(11_999))
    );
    assert_eq!(all.get(12_000), None);
    assert_eq!(all.iter().next_back(), all.get(11_999));
    assert_eq!(all.last(), all.get(11_999));
    assert_eq!(all.first(), all.get(0));
    let mut rest = HugeError::ALL.iter();
    rest.nth(11_998);
    assert_eq!(rest.len(), 1);
    assert_eq!(rest.clone().count(), 1);
    assert_eq!(rest.next_back(), all.get(11_999));
    assert_eq!((rest.next(), rest.len()), (None, 0));
    let codes: std::collections::HashSet<i32> =
        HugeError::ALL.iter().map(HugeError::code).collect();
    for miss in [10, -1, i32::MAX, i32::MIN, large_code(12_000)] {
        assert!(!codes.contains(&miss));
        assert_eq!(HugeError::from_code(miss), None, "{miss}");
    }
    assert_eq!(HugeStringError::from_code("S10000"), None);
    assert_eq!(HugeStringError::from_code("s1"), None);
}

#[test]
fn huge_groups_list_their_codes_in_order() {
    let first: Vec<HugeError> = HugeErrorGroup::First.codes().iter().collect();
    assert_eq!(first.len(), 4_000);
    assert!(
        first
            .iter()
            .all(|code| code.group() == HugeErrorGroup::First)
    );
    // Every third code: not a part of `ALL`, so a table of its own.
    let third = LargeErrorGroup::Third.codes();
    assert_eq!(third.len(), 1_000);
    assert!(
        third
            .iter()
            .all(|code| code.group() == LargeErrorGroup::Third)
    );
    assert!(third.iter().is_sorted());
}
