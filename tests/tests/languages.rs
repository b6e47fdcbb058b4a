//! Language tags as apps hold them: `*_in` lookups and `best_language` negotiate BCP 47 tags
//! against the catalog's `zh` and `en`, with no allocation.

use chat_errors::ErrorCode;
use chat_errors::rest::RestErrorCode;

#[test]
fn tags_as_phones_and_browsers_write_them_find_the_catalog_languages() {
    let muted = ErrorCode::UserMuted;
    for tag in [
        "zh",
        "zh-CN",
        "zh_CN",
        "ZH",
        "zh-Hans-CN",
        "zh-TW",
        "zh-hk",
        "zh-Hant-MO",
    ] {
        assert_eq!(muted.description_in(tag), Some("用户被禁言"), "{tag}");
        assert_eq!(ErrorCode::resolve_language(tag), Some("zh"), "{tag}");
    }
    for tag in ["en", "en-US", "en_GB", "EN-au", "en-Latn-US"] {
        assert_eq!(
            muted.description_in(tag),
            Some("The user is muted."),
            "{tag}"
        );
        assert_eq!(muted.cause_in(tag), muted.cause_in("en"), "{tag}");
    }
    assert_eq!(
        ErrorCode::PushNotSupport.note_in("en-US"),
        ErrorCode::PushNotSupport.note_in("en")
    );
    for tag in ["fr", "fr-FR", "", "*", "e"] {
        assert_eq!(muted.description_in(tag), None, "{tag:?}");
        assert_eq!(ErrorCode::resolve_language(tag), None, "{tag:?}");
    }
}

#[test]
fn the_best_language_is_the_first_preference_the_catalog_has() {
    assert_eq!(ErrorCode::best_language(&["fr-FR", "en-US"]), "en");
    assert_eq!(ErrorCode::best_language(&["en-US", "zh-CN"]), "en");
    assert_eq!(ErrorCode::best_language(&["zh-TW", "en"]), "zh");
    assert_eq!(
        ErrorCode::best_language(&["de", "fr;q=0.5", "en;q=0.1"]),
        "en"
    );
    // Nothing matches: the catalog's default language.
    assert_eq!(ErrorCode::best_language(&["de-DE"]), "zh");
    assert_eq!(ErrorCode::best_language(&[]), "zh");
    assert_eq!(RestErrorCode::best_language(&["ja"]), "en");
}

chat_errors::agora_errors!("catalogs/regional.toml");

#[test]
fn regional_catalogs_answer_the_tags_browsers_and_phones_send() {
    let offline = RegionalError::Offline;
    for (tags, language, text) in [
        (
            &["zh", "zh-Hans", "zh-SG", "zh-CN", "zh-Hans-CN"][..],
            "zh-CN",
            "网络已断开",
        ),
        (
            &["zh-Hant", "zh-HK", "zh-MO", "zh-Hant-TW", "zh-TW"],
            "zh-TW",
            "網路已中斷",
        ),
        (&["no", "nb", "no-NO", "nb_NO"], "nb", "Du er frakoblet."),
        (&["pt", "pt-PT", "pt-BR"], "pt-BR", "Você está offline."),
        (
            &["sr", "sr-RS", "sr-Cyrl", "sr-Cyrl-RS"],
            "sr-Cyrl",
            "Нисте повезани.",
        ),
        (
            &["sr-Latn", "sr-Latn-RS", "sr-ME"],
            "sr-Latn",
            "Niste povezani.",
        ),
    ] {
        for tag in tags {
            assert_eq!(
                RegionalError::resolve_language(tag),
                Some(language),
                "{tag}"
            );
            assert_eq!(offline.description_in(tag), Some(text), "{tag}");
        }
    }
    assert_eq!(RegionalError::resolve_language("fr-FR"), None);
    assert_eq!(
        RegionalError::best_language(&["fr-FR", "zh-HK", "en"]),
        "zh-TW"
    );
}
