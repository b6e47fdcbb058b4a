//! A catalog large enough that `from_name` hashes instead of matching: every name and alias
//! still finds its entry, and nothing else does.

use chat_errors_tests::large::LargeError;

#[test]
fn every_name_and_alias_round_trips() {
    assert_eq!(LargeError::ALL.len(), 3000);
    let mut aliases = 0;
    for &code in LargeError::ALL {
        assert_eq!(
            LargeError::from_name(code.name()),
            Some(code),
            "{}",
            code.name()
        );
        for alias in code.aliases() {
            assert_eq!(LargeError::from_name(alias), Some(code), "{alias}");
            aliases += 1;
        }
        assert_eq!(LargeError::from_code(code.code()), Some(code));
    }
    assert_eq!(aliases, 300);
}

#[test]
fn discriminants_are_the_codes() {
    // Large catalogs leave a code that follows the previous one implicit; the values must not move.
    for (i, &code) in LargeError::ALL.iter().enumerate() {
        let i = i as i32;
        let expected = (i / 10).wrapping_mul(7_158_278) + i % 10;
        assert_eq!(code as i32, expected, "{code:?}");
        assert_eq!(code.code(), expected);
    }
}

#[test]
fn near_misses_are_none() {
    for &code in LargeError::ALL {
        // Every synthetic name starts with a word and ends with a digit.
        let name = code.name();
        assert_eq!(LargeError::from_name(&name[1..]), None);
        assert_eq!(LargeError::from_name(&format!("{name}X")), None);
        assert_eq!(LargeError::from_name(&name.to_lowercase()), None);
    }
    for miss in ["", "X", "USER", "OLD_", "OLD_1", "\u{0}", "用户"] {
        assert_eq!(LargeError::from_name(miss), None, "{miss:?}");
    }
}
