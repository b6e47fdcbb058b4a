//! `ChatError`: the raw code and the server's message, kept whether or not the code is known.

use chat_errors::{ChatError, ErrorCode};

#[test]
fn known_codes_have_a_kind() {
    let error = ChatError::new(206, "logged in elsewhere");
    assert_eq!(error.code(), 206);
    assert_eq!(error.kind(), Some(ErrorCode::UserLoginAnotherDevice));
    assert_eq!(error.message(), "logged in elsewhere");
    assert_eq!(
        error.to_string(),
        "206 USER_LOGIN_ANOTHER_DEVICE: logged in elsewhere"
    );
}

#[test]
fn unknown_codes_are_kept() {
    let error = ChatError::new(31_337, String::from("new in SDK 9"));
    assert_eq!(error.code(), 31_337);
    assert_eq!(error.kind(), None);
    assert_eq!(error.message(), "new in SDK 9");
    assert_eq!(error.to_string(), "31337: new in SDK 9");
    assert_eq!(ChatError::new(-5, "").to_string(), "-5");
}

#[test]
fn from_error_code_uses_the_description() {
    let error = ChatError::from(ErrorCode::ServerBusy);
    assert_eq!(error.code(), 302);
    assert_eq!(error.kind(), Some(ErrorCode::ServerBusy));
    assert_eq!(error.message(), "服务器忙碌");
}

#[test]
fn works_with_question_mark_and_box_dyn_error() {
    fn call(code: i32) -> chat_errors::Result<()> {
        if code == 0 {
            Ok(())
        } else {
            Err(ChatError::new(code, "failed"))
        }
    }
    fn outer() -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
        call(0)?;
        call(303)?;
        Ok(())
    }
    assert_eq!(
        outer().unwrap_err().to_string(),
        "303 SERVER_UNKNOWN_ERROR: failed"
    );
}

#[test]
fn serde_keeps_code_and_message_even_when_unknown() {
    for (code, message) in [(215, "muted"), (424_242, "unknown to this catalog")] {
        let error = ChatError::new(code, message);
        let json = serde_json::to_value(&error).unwrap();
        assert_eq!(
            json,
            serde_json::json!({ "code": code, "message": message })
        );
        let back: ChatError = serde_json::from_value(json).unwrap();
        assert_eq!(back, error);
    }
}

#[test]
fn serde_writes_error_codes_as_integers() {
    assert_eq!(serde_json::to_string(&ErrorCode::UserMuted).unwrap(), "215");
    assert_eq!(
        serde_json::from_str::<ErrorCode>("215").unwrap(),
        ErrorCode::UserMuted
    );
    let unknown = serde_json::from_str::<ErrorCode>("606")
        .unwrap_err()
        .to_string();
    assert!(
        unknown.contains("invalid value: integer `606`"),
        "{unknown}"
    );
    assert!(serde_json::from_str::<ErrorCode>("\"USER_MUTED\"").is_err());
}
