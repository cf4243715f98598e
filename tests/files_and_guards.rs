//! Plan files through the real UI: unsaved changes are never lost without asking, bad
//! files are refused with a readable message and left untouched, missing recent files
//! are shown as missing, and step 10 cannot be approved without a restore test.

mod common;

use std::fs;

use backup_planner::files::storage;
use backup_planner::model::options::Decision;
use backup_planner::model::plan::ApprovalState;
use common::TestApp;
use egui_kittest::kittest::{NodeT as _, Queryable as _};

fn example_on_disk(dir: &std::path::Path) -> std::path::PathBuf {
    let path = dir.join("example.ron");
    fs::write(&path, backup_planner::EXAMPLE_PLAN).unwrap();
    path
}

#[test]
fn new_plan_with_unsaved_changes_asks_and_cancel_keeps_the_work() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = TestApp::start(&dir.path().join("config"));
    app.click("New plan");
    app.type_into("Organisation", "Acme");

    app.menu("File", "New plan Ctrl+N");
    assert!(app.shows("Save your changes?"));
    app.click("Cancel");
    assert!(!app.shows("Save your changes?"));
    assert_eq!(app.plan().identity.organisation, "Acme");

    // Ctrl+N asks the same question; Discard starts afresh.
    app.harness
        .key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::N);
    app.run();
    assert!(app.shows("Save your changes?"));
    app.click("Discard changes");
    assert_eq!(app.plan().identity.organisation, "");
}

#[test]
fn saving_from_the_question_writes_the_file_before_moving_on() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("mine.ron");
    let mut app = TestApp::start(&dir.path().join("config"));
    app.click("New plan");
    app.type_into("Plan title", "Mine");
    app.menu("File", "Close plan");
    assert!(app.shows("Save your changes?"));

    // The person cancels the save dialog: nothing is closed, nothing lost.
    app.click("Save");
    assert!(app.harness.state().open_plan().is_some());
    assert_eq!(app.plan().identity.title, "Mine");

    app.menu("File", "Close plan");
    app.dialogs.answer(&file);
    app.click("Save");
    assert!(
        app.harness.state().open_plan().is_none(),
        "closed after saving"
    );
    assert_eq!(storage::load_plan(&file).unwrap().identity.title, "Mine");
    assert!(app.shows("Mine"), "the start screen lists it");
}

#[test]
fn closing_the_window_with_unsaved_changes_asks_first() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = TestApp::start(&dir.path().join("config"));
    app.click("New plan");
    app.type_into("Organisation", "Acme");

    app.harness
        .input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
    app.harness.step();
    let cancelled = app
        .harness
        .output()
        .viewport_output
        .get(&egui::ViewportId::ROOT)
        .is_some_and(|v| v.commands.contains(&egui::ViewportCommand::CancelClose));
    assert!(
        cancelled,
        "the window stays open while the question is asked"
    );
    app.run();
    assert!(app.shows("Save your changes?"));
    app.click("Cancel");
    assert_eq!(app.plan().identity.organisation, "Acme");
}

#[test]
fn open_and_save_as_go_through_the_file_dialogs() {
    let dir = tempfile::tempdir().unwrap();
    let source = example_on_disk(dir.path());
    let copy = dir.path().join("copy.ron");
    let mut app = TestApp::start(&dir.path().join("config"));

    app.dialogs.answer(&source);
    app.harness
        .key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::O);
    app.run();
    assert_eq!(app.plan().identity.title, "Backup plan 2026");
    assert!(app.shows("All changes saved"));

    app.dialogs.answer(&copy);
    app.menu("File", "Save as... Ctrl+Shift+S");
    assert_eq!(
        storage::load_plan(&copy).unwrap(),
        storage::load_plan(&source).unwrap()
    );
    assert_eq!(
        app.harness.state().open_plan().and_then(|o| o.path.clone()),
        Some(copy.clone()),
        "later saves go to the new file"
    );
}

#[test]
fn a_corrupt_file_is_refused_with_line_and_column_and_never_touched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("broken.ron");
    let text = "(\n    format_version: 1,\n    identity: (title: \"x\" organisation: \"y\"),\n)\n";
    fs::write(&path, text).unwrap();

    let mut app = TestApp::start(&dir.path().join("config"));
    app.dialogs.answer(&path);
    app.click("Open plan...");
    assert!(app.shows("Could not open the plan"));
    assert!(app.shows_text("Line 3, column"));
    assert!(app.shows_text(&path.display().to_string()));
    app.click("OK");
    assert!(app.harness.state().open_plan().is_none());
    assert_eq!(fs::read_to_string(&path).unwrap(), text);
}

#[test]
fn a_plan_from_a_newer_version_is_refused_with_a_message_saying_so() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("future.ron");
    fs::write(&path, "(format_version: 99, identity: (title: \"Future\"))").unwrap();
    let app = TestApp::start_with(&dir.path().join("config"), Some(path));
    assert!(app.shows_text("saved by a newer version of Backup Planner"));
    assert!(app.harness.state().open_plan().is_none());
}

#[test]
fn a_recent_plan_that_is_gone_is_shown_as_missing_not_as_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config");
    let path = example_on_disk(dir.path());
    drop(TestApp::start_with(&config, Some(path.clone())));
    fs::remove_file(&path).unwrap();

    let mut app = TestApp::start(&config);
    assert!(app.shows_text("(missing)"));
    assert!(!app.shows("Could not open the plan"));

    app.click("Forget");
    assert!(!app.shows_text("(missing)"));
    assert!(app.harness.state().recent().is_empty());
}

#[test]
fn step_ten_cannot_be_approved_without_a_restore_test_and_goes_outdated_after_an_edit() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = TestApp::start(&dir.path().join("config"));
    app.click("New plan");
    app.go_to_step(10);
    assert!(app.shows_text("Record at least one restore test in step 9"));
    app.click("Decision");
    let approved = app.harness.get_by_label("Approved");
    assert!(
        approved.accesskit_node().is_disabled(),
        "Approved is not offered yet"
    );
    approved.click_accesskit();
    app.run();
    assert_eq!(app.plan().approval.decision, None);
    app.harness.key_press(egui::Key::Escape);
    app.run();

    app.go_to_step(9);
    app.click("➕ Add restore test");
    app.pick("What was restored, row 1", "Whole databases");
    app.go_to_step(10);
    app.pick("Decision", "Approved");
    assert_eq!(app.plan().approval.decision, Some(Decision::Approved));
    assert!(app.shows_text("Status: Approved"));

    // Changing the test afterwards outdates the approval, visibly in both steps.
    app.go_to_step(9);
    app.type_into("Notes, row 1", "restored again");
    assert!(app.shows_text("changed after they were approved"));
    app.go_to_step(10);
    assert_eq!(app.plan().approval_state(), ApprovalState::Outdated);
    assert!(app.shows_text("Approval outdated"));
    app.click("Approve the restore tests as they are now");
    assert_eq!(app.plan().approval_state(), ApprovalState::Approved);
}

#[test]
fn a_removed_row_comes_back_with_undo() {
    let dir = tempfile::tempdir().unwrap();
    let path = example_on_disk(dir.path());
    let mut app = TestApp::start_with(&dir.path().join("config"), Some(path));
    app.go_to_step(1);
    assert_eq!(app.plan().systems.len(), 5);
    app.click("Remove row 2");
    assert_eq!(app.plan().systems.len(), 4);
    assert!(app.shows("Unsaved changes"));

    app.harness
        .key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    app.run();
    assert_eq!(app.plan().systems.len(), 5);
    assert_eq!(app.plan().systems[1].name, "Client files (shared drive)");
    assert!(app.shows("All changes saved"), "back to the saved state");

    app.menu("Edit", "Redo Ctrl+Shift+Z");
    assert_eq!(app.plan().systems.len(), 4);
}

#[test]
fn an_untouched_plan_is_put_away_without_a_question() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = TestApp::start(&dir.path().join("config"));
    app.click("Open the example plan");
    assert_eq!(app.plan().identity.title, "Backup plan 2026");
    assert!(!app.shows("Unsaved changes"));
    app.menu("File", "Close plan");
    assert!(!app.shows("Save your changes?"));
    assert!(app.harness.state().open_plan().is_none());
}
