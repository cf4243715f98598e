//! The wizard has an end: after step 14, the plan at a glance says what is complete, what
//! is still open (each a link back to its step), and offers Save, Print and the
//! training invitations.

mod common;

use backup_planner::files::storage;
use backup_planner::model::sample;
use common::TestApp;

#[test]
fn next_on_step_14_shows_the_plan_at_a_glance_with_what_to_do_now() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("example.bpplan");
    storage::save_plan(&sample::example(), &path).unwrap();
    let mut app = TestApp::start_with(&dir.path().join("config"), Some(path.clone()));
    app.go_to_step(14);
    app.click("Next ➡");
    assert!(app.shows("Your plan at a glance"));
    assert!(app.shows_text("All 14 steps are complete"));

    // Save, print and the invitations, from here.
    app.click("Print the procedure...");
    app.click("Print");
    assert_eq!(app.desktop.printed.borrow().len(), 1);
    app.click("OK");
    let invitation = dir.path().join("invitation.pdf");
    app.dialogs.answer(&invitation);
    app.click("Save invitation PDF... (session 1)");
    app.click("Save as PDF...");
    assert!(std::fs::read(&invitation).unwrap().starts_with(b"%PDF"));
    app.click("OK");
    app.click("⬅ Back");
    assert!(app.shows("Step 14 of 14"));
}

#[test]
fn a_new_plan_lists_its_open_steps_with_links_back() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = TestApp::start(&dir.path().join("config"));
    app.click("New plan");
    app.click("Plan at a glance");
    assert!(app.shows_text("0 of 14 steps are complete"));
    assert!(app.shows_text("No training session is planned yet"));
    app.click("Go to step 3");
    assert!(app.shows("Step 3 of 14"));

    // A saved plan is saved from here too, through the file chooser.
    app.click("Plan at a glance");
    let saved = dir.path().join("new plan.ron");
    app.dialogs.answer(&saved);
    app.click("Save the plan as...");
    assert!(saved.exists());
    assert!(!app.harness.state().open_plan().unwrap().is_dirty());
}
