//! Dialogs always work: where the desktop cannot show its file chooser (no desktop portal,
//! no zenity), the app says so and offers its own, and never takes the failure for Cancel.

mod common;

use std::fs;

use backup_planner::files::storage;
use common::TestApp;
use egui_kittest::kittest::Queryable as _;

/// Puts `text` in the app's own chooser's file field, replacing what it suggests.
fn type_file(app: &mut TestApp, text: &str) {
    app.harness.get_by_label("File name").focus();
    app.run();
    app.harness
        .key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    app.harness.get_by_label("File name").type_text(text);
    app.run();
}

#[test]
fn a_new_plan_is_saved_through_the_apps_own_chooser_when_the_system_has_none() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = TestApp::start(&dir.path().join("config"));
    app.click("New plan");
    app.type_into("Organisation", "Acme");

    app.dialogs.fail_next("no desktop portal and no zenity");
    app.harness
        .key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    app.run();
    assert!(app.shows_text("The system's file chooser could not be shown"));
    assert!(
        app.harness
            .query_by_label_contains("Backup Planner offers its own")
            .is_some()
    );
    assert!(
        app.value_of("File name").ends_with("Untitled-plan.ron"),
        "a file name is suggested: {}",
        app.value_of("File name")
    );

    // Typed without an ending: it gets the plan's.
    let file = dir.path().join("office plan");
    type_file(&mut app, &file.display().to_string());
    app.click("Save");
    let saved = dir.path().join("office plan.ron");
    assert_eq!(
        storage::load_plan(&saved).unwrap().identity.organisation,
        "Acme"
    );
    assert!(app.shows("All changes saved"));
}

#[test]
fn cancel_in_the_apps_chooser_keeps_the_work_and_a_real_cancel_asks_nothing_more() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = TestApp::start(&dir.path().join("config"));
    app.click("New plan");
    app.type_into("Organisation", "Acme");
    app.dialogs.fail_next("no chooser");
    app.harness
        .key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    app.run();
    app.click("Cancel");
    assert!(!app.shows_text("could not be shown"));
    assert_eq!(app.plan().identity.organisation, "Acme");
    assert!(app.shows("Unsaved changes"));

    // The system's chooser was shown and the person cancelled: no second chooser.
    app.harness
        .key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    app.run();
    assert!(!app.shows_text("could not be shown"));
    assert_eq!(
        fs::read_dir(dir.path()).unwrap().count(),
        1,
        "only the config folder"
    );
}

#[test]
fn a_plan_is_opened_and_a_document_exported_through_the_apps_own_chooser() {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("harbour.ron");
    fs::write(&plan, backup_planner::EXAMPLE_PLAN).unwrap();
    let mut app = TestApp::start(&dir.path().join("config"));

    app.dialogs.fail_next("no chooser");
    app.menu("File", "Open plan... Ctrl+O");
    assert!(app.shows_text("could not be shown"));
    type_file(&mut app, &plan.display().to_string());
    app.click("Open");
    assert_eq!(
        app.plan().identity.organisation,
        "Harbour Street Accountants Ltd"
    );

    // The chooser starts in the plan's folder and lists the files of the kind asked for
    // there (so that one is not written over unawares).
    std::fs::write(dir.path().join("last-year.pdf"), b"%PDF-1.7").unwrap();
    app.dialogs.fail_next("no chooser");
    app.menu("File", "Export procedure PDF...");
    app.click("Save as PDF...");
    assert!(
        app.value_of("File name")
            .starts_with(&dir.path().display().to_string())
    );
    assert!(app.shows("last-year.pdf"));
    assert!(!app.shows("harbour.ron"), "a plan is not a PDF");
    let pdf = dir.path().join("procedure.pdf");
    type_file(&mut app, &pdf.display().to_string());
    app.click("Save");
    app.run();
    assert!(pdf.is_file(), "the procedure was written where typed");
}
