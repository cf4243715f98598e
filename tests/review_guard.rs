//! A yearly review is not signed off with steps nobody looked at, without a word: the
//! app names them and asks.

mod common;

use std::fs;

use common::TestApp;

#[test]
fn signing_off_with_unreviewed_steps_asks_first_and_names_them() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("harbour.ron");
    fs::write(&path, backup_planner::EXAMPLE_PLAN).unwrap();
    let mut app = TestApp::start_with(&dir.path().join("config"), Some(path));
    let revisions = app.plan().revisions.len();
    app.click("Start yearly review");
    app.click("Review summary and sign-off");
    app.type_into("Approver", " (checked)");

    let sign_off = format!("Sign off revision {}", app.plan().identity.revision + 1);
    app.click(&sign_off);
    assert!(app.shows("Some steps are not reviewed yet"));
    assert!(app.shows_text(
        "Not reviewed yet: 1. Identify critical systems and data, 2. Assess current backup"
    ));
    assert!(app.shows_text("and 14. Evaluate backup performance"));
    app.click("Go back to the review");
    assert_eq!(app.plan().revisions.len(), revisions, "nothing signed");

    app.click(&sign_off);
    app.click("Sign off anyway");
    assert_eq!(app.plan().revisions.len(), revisions + 1);
    assert!(app.shows_text("signed off"));
}
