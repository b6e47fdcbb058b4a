//! Catalogs nobody here wrote, and codes of every type: PostgreSQL's SQLSTATE list as string
//! codes, the IANA registry of HTTP statuses as `u16`, and `u32` and `i64` codes. Every row of
//! the source tables round-trips through the generated API; what is not in them is a miss that
//! keeps what was asked for.

use chat_errors_tests::http::{HttpStatus, HttpStatusGroup, UnknownHttpStatus};
use chat_errors_tests::sqlstate::{SqlState, UnknownSqlState};
use chat_errors_tests::wide::{DeviceError, LedgerError, UnknownDeviceError};

const SQLSTATE: &str = include_str!("../data/sqlstate.tsv");
const HTTP: &str = include_str!("../data/http-status.tsv");

fn rows(table: &str) -> impl Iterator<Item = Vec<&str>> {
    table.lines().skip(1).map(|line| line.split('\t').collect())
}

#[test]
fn every_sqlstate_round_trips() {
    let mut codes = 0;
    for row in rows(SQLSTATE) {
        let (code, macro_name, condition, class, class_title) =
            (row[0], row[2], row[3], row[4], row[5]);
        let state = SqlState::from_code(code).unwrap_or_else(|| panic!("{code}"));
        assert_eq!(state.code(), code);
        assert_eq!(SqlState::try_from(code), Ok(state));
        assert_eq!(SqlState::from_name(macro_name), Some(state), "{macro_name}");
        assert!(state.aliases().contains(&macro_name));
        if !condition.is_empty() && state.name() == condition {
            assert_eq!(condition.parse::<SqlState>(), Ok(state));
        }
        assert_eq!(
            state.group().title(),
            format!("Class {class}: {class_title}")
        );
        assert!(code.starts_with(class));
        let kind = match row[1] {
            "E" => "error",
            "W" => "warning",
            _ => "success",
        };
        assert_eq!(state.kind(), kind);
        codes += 1;
    }
    // Six codes are listed twice, under two macro names.
    assert_eq!(SqlState::ALL.len(), codes - 6);
    assert_eq!(SqlState::UniqueViolation.code(), "23505");
    assert_eq!(
        SqlState::from_name("unique_violation"),
        Some(SqlState::UniqueViolation)
    );
    assert_eq!(
        format!("{:?}", SqlState::UniqueViolation),
        "UniqueViolation"
    );
    assert_eq!(
        SqlState::UniqueViolation.to_string(),
        "23505 unique_violation: Unique violation."
    );
}

#[test]
fn shared_condition_names_give_way_to_macro_names() {
    // 01004 (a warning) and 22001 (an error) are both string_data_right_truncation in errcodes.txt.
    assert_eq!(
        SqlState::from_code("01004").unwrap().name(),
        "warning_string_data_right_truncation"
    );
    assert_eq!(
        SqlState::from_code("22001").unwrap().name(),
        "string_data_right_truncation"
    );
}

#[test]
fn unknown_sqlstates_are_misses_that_keep_the_code() {
    for miss in ["", "99999", "2350", "235055", "23505 ", "unique_violation"] {
        assert_eq!(SqlState::from_code(miss), None, "{miss:?}");
        assert_eq!(SqlState::try_from(miss), Err(UnknownSqlState(miss)));
    }
    assert!(UnknownSqlState("XX999").to_string().contains("XX999"));
}

#[test]
fn every_http_status_round_trips() {
    for row in rows(HTTP) {
        let code: u16 = row[0].parse().unwrap();
        let status = HttpStatus::from_code(code).unwrap_or_else(|| panic!("{code}"));
        assert_eq!(status.code(), code);
        assert_eq!(status as u16, code, "the discriminant is the code");
        assert_eq!(u16::from(status), code);
        assert_eq!(HttpStatus::try_from(code), Ok(status));
        assert_eq!(status.description(), row[1]);
        assert_eq!(status.reference(), row[2]);
        assert_eq!(HttpStatus::from_name(status.name()), Some(status));
        assert_eq!(
            status.group(),
            HttpStatusGroup::ALL[usize::from(code / 100) - 1]
        );
    }
    assert_eq!(HttpStatus::ALL.len(), rows(HTTP).count());
    assert_eq!(HttpStatus::NotFound.code(), 404);
    assert_eq!(HttpStatus::Unused306.code(), 306);
    assert_eq!(HttpStatus::from_name("IM_A_TEAPOT"), None);
    assert_eq!(HttpStatus::try_from(999), Err(UnknownHttpStatus(999)));
    assert_eq!(HttpStatus::from_code(0), None);
}

#[test]
fn u32_codes_above_i32_and_typed_fields() {
    for error in DeviceError::ALL {
        assert_eq!(DeviceError::from_code(error.code()), Some(error));
        assert_eq!(error as u32, error.code());
        assert_eq!(u32::from(error), error.code());
    }
    assert_eq!(DeviceError::DeviceGone.code(), u32::MAX);
    assert_eq!(DeviceError::DeviceBusy.code(), 1 << 31);
    assert_eq!(
        DeviceError::from_name("ERROR_AUTODATASEG_EXCEEDS_64k"),
        Some(DeviceError::ErrorAutodatasegExceeds64k)
    );
    assert_eq!(
        DeviceError::try_from(7),
        Err(UnknownDeviceError(7)),
        "a miss keeps the code"
    );
    assert_eq!(DeviceError::DeviceBusy.retry_after_ms(), Some(250));
    assert_eq!(DeviceError::DeviceGone.retry_after_ms(), None);
    assert_eq!(DeviceError::ErrorSuccess.hints(), &[] as &[&str]);
    assert_eq!(
        DeviceError::ErrorAutodatasegExceeds64k.hints(),
        ["the segment size", "the linker settings"]
    );
}

#[test]
fn i64_codes_across_the_whole_range() {
    assert_eq!(LedgerError::Underflow.code(), i64::MIN);
    assert_eq!(LedgerError::Overflow.code(), i64::MAX);
    assert_eq!(
        LedgerError::from_code(i64::MIN),
        Some(LedgerError::Underflow)
    );
    assert_eq!(LedgerError::from_code(0), None);
    assert_eq!(i64::from(LedgerError::Unknown), -1);
}

#[test]
fn lookups_stay_const_for_integer_codes() {
    const STATUS: Option<HttpStatus> = HttpStatus::from_code(404);
    const CODE: u32 = DeviceError::DeviceGone.code();
    const REFERENCE: &str = HttpStatus::NotFound.reference();
    assert_eq!(STATUS, Some(HttpStatus::NotFound));
    assert_eq!(CODE, u32::MAX);
    assert!(REFERENCE.starts_with("[RFC9110"));
}
