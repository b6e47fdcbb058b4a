//! Names as real catalogs spell them: S3's PascalCase codes keep their words as variants, and
//! the SCREAMING and snake names of every other catalog keep theirs.

chat_errors::agora_errors!("catalogs/s3.toml");

#[test]
fn pascal_case_names_keep_their_words() {
    let missing = S3Error::from_code("NoSuchBucket").unwrap();
    assert_eq!(missing, S3Error::NoSuchBucket);
    assert_eq!(format!("{missing:?}"), "NoSuchBucket");
    assert_eq!(missing.http_status(), Some(404));
    assert_eq!(
        S3Error::from_name("SignatureDoesNotMatch"),
        Some(S3Error::SignatureDoesNotMatch)
    );
    assert_eq!(
        format!("{:?}", S3Error::InvalidAccessKeyId),
        "InvalidAccessKeyId"
    );
    assert_eq!(
        missing.docs_url(),
        Some("https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html#NoSuchBucket")
    );
    // Every variant's Debug is its name's variant, as the code generator spells it.
    for code in S3Error::ALL {
        assert_eq!(
            format!("{code:?}"),
            chat_errors_codegen::upper_camel_case(code.name())
        );
        assert_eq!(
            format!("{code:?}"),
            code.name(),
            "S3's names are their variants"
        );
    }
}

#[test]
fn screaming_and_snake_names_keep_todays_variants() {
    use chat_errors::ErrorCode;
    assert_eq!(format!("{:?}", ErrorCode::EmNoError), "EmNoError");
    for code in ErrorCode::ALL {
        assert_eq!(
            format!("{code:?}"),
            chat_errors_codegen::upper_camel_case(code.name())
        );
    }
    assert_eq!(
        format!(
            "{:?}",
            chat_errors_tests::sqlstate::SqlState::UniqueViolation
        ),
        "UniqueViolation"
    );
}

#[test]
fn two_names_that_give_the_same_variant_remain_an_error() {
    let catalog = "[catalog]\nname_style = \"any\"\n\n[[error]]\ncode = 1\nname = \"NoSuchBucket\"\n\
                   description = \"A.\"\n\n[[error]]\ncode = 2\nname = \"NO_SUCH_BUCKET\"\ndescription = \"B.\"\n";
    let rejected = chat_errors_codegen::parse(catalog).unwrap_err();
    assert_eq!(rejected.diagnostics.len(), 1);
    assert_eq!(
        rejected.diagnostics[0].message,
        "the names `NoSuchBucket` and `NO_SUCH_BUCKET` both become the variant `NoSuchBucket`"
    );
}
