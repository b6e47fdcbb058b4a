//! `miette::Diagnostic` for catalog enums and `Error<E>`, rendered by miette's own report
//! handler: the code with its name, the cause as help, the docs URL.

use chat_errors::Error;
use miette::{Diagnostic, GraphicalReportHandler, GraphicalTheme};

chat_errors::agora_errors!("catalogs/s3.toml");

fn report(diagnostic: &dyn Diagnostic) -> String {
    let mut out = String::new();
    GraphicalReportHandler::new_themed(GraphicalTheme::unicode_nocolor())
        .with_links(false)
        .render_report(&mut out, diagnostic)
        .unwrap();
    out
}

#[test]
fn an_enum_reports_its_code_cause_and_docs_url() {
    let error = S3Error::NoSuchBucket;
    // The enum's own `code()` is its code; the trait's is what a report shows.
    assert_eq!(error.code(), "NoSuchBucket");
    assert_eq!(
        Diagnostic::code(&error).unwrap().to_string(),
        "NoSuchBucket"
    );
    assert_eq!(
        error.help().unwrap().to_string(),
        "Check the bucket's name and region."
    );
    let url = "https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html#NoSuchBucket";
    assert_eq!(error.url().unwrap().to_string(), url);
    let text = report(&error);
    assert!(text.contains("NoSuchBucket"), "{text}");
    assert!(
        text.contains("× NoSuchBucket NoSuchBucket: The bucket does not exist."),
        "{text}"
    );
    assert!(
        text.contains("help: Check the bucket's name and region."),
        "{text}"
    );
    assert!(text.contains(url), "{text}");
}

#[test]
fn the_agora_catalog_reports_code_and_name_and_an_unknown_code_its_number() {
    let muted = chat_errors::ChatError::new(215, "muted in this group");
    assert_eq!(muted.code().to_string(), "215");
    assert_eq!(
        Diagnostic::code(&muted).unwrap().to_string(),
        "215 USER_MUTED"
    );
    let text = report(&muted);
    assert!(text.contains("215 USER_MUTED"), "{text}");
    assert!(
        text.contains("× 215 USER_MUTED: muted in this group"),
        "{text}"
    );
    assert!(
        text.contains("help: 群组或聊天室中被禁言的用户发送消息。"),
        "{text}"
    );

    let unknown = Error::<S3Error>::new("SlowDownMore", "new in 2030");
    assert_eq!(
        Diagnostic::code(&unknown).unwrap().to_string(),
        "SlowDownMore"
    );
    assert!(unknown.help().is_none() && unknown.url().is_none());
    let known = Error::<S3Error>::new("SlowDown", "");
    assert!(known.url().unwrap().to_string().ends_with("#SlowDown"));
}

mod with_arguments {
    use miette::Diagnostic;

    chat_errors::agora_errors!("catalogs/wallet.toml");

    #[test]
    fn the_help_of_an_error_with_arguments_shows_their_values() {
        let error = chat_errors::Error::from(wallet_error::InsufficientFunds {
            balance: 30,
            price: 50,
        });
        assert_eq!(error.help().unwrap().to_string(), "Top up at least 50.");
        let text = super::report(&error);
        assert!(
            text.contains("× 5002 INSUFFICIENT_FUNDS: The balance 30 is below the price 50."),
            "{text}"
        );
        assert!(text.contains("help: Top up at least 50."), "{text}");
        // A value that never came stays a placeholder.
        let bare = chat_errors::Error::<WalletError>::new(5002, "");
        assert_eq!(bare.help().unwrap().to_string(), "Top up at least {price}.");
    }
}

/// A catalog that does not opt into miette gets no `Diagnostic` impl, though this crate turns
/// on `chat-errors`' `miette` feature: the user's own impl compiles beside it.
mod own_impl {
    use miette::Diagnostic;

    chat_errors::agora_errors!("catalogs/payments.toml");

    impl Diagnostic for PaymentError {
        fn code<'a>(&'a self) -> Option<Box<dyn std::fmt::Display + 'a>> {
            Some(Box::new("payments"))
        }
    }

    #[test]
    fn a_users_own_diagnostic_impl_is_the_one_there_is() {
        let first = PaymentError::ALL.first().unwrap();
        assert_eq!(Diagnostic::code(&first).unwrap().to_string(), "payments");
    }
}
