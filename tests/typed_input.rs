//! Input that is not understood stays visible with its message until corrected: it is
//! never dropped when the field is left, and never saved as something else.

mod common;

use common::TestApp;

#[test]
fn a_date_typed_the_wrong_way_stays_with_its_message_until_corrected() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = TestApp::start(&dir.path().join("config"));
    app.click("New plan");
    // Typed the way many offices write dates, then the field is left.
    app.type_into("Next review date", "01/12/2027");
    assert_eq!(
        app.value_of("Next review date"),
        "01/12/2027",
        "still there"
    );
    assert_eq!(
        app.plan().identity.next_review,
        None,
        "nothing saved from it"
    );
    assert!(app.shows_text("⚠ A field marked in red:"));

    // A number that is not one, likewise: two fields now.
    app.replace_in("Review every", "twelve");
    assert_eq!(app.value_of("Review every"), "twelve");
    assert!(app.shows_text("2 fields marked in red hold something not understood"));

    app.replace_in("Next review date", "2027-12-01");
    app.replace_in("Review every", "12");
    assert_eq!(
        app.plan().identity.next_review,
        chrono::NaiveDate::from_ymd_opt(2027, 12, 1)
    );
    assert_eq!(app.plan().identity.review_interval_months, Some(12));
    assert!(!app.shows_text("marked in red"));
}
