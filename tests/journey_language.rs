//! The window's language: it follows the computer unless the person picks another in the
//! Language menu, where each language is named in itself; the choice is remembered.

mod common;

use common::TestApp;
use egui_kittest::kittest::Queryable as _;

#[test]
fn the_language_menu_switches_the_window_and_remembers_it() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config");
    let mut app = TestApp::start(&config);
    app.click("Open the example plan");
    assert!(app.shows("File"));
    app.menu("Language", "Deutsch");
    // The menus, the step list and the page speak German now.
    assert!(app.shows("Datei"), "the File menu in German");
    assert!(!app.shows("File"));
    app.go_to_step(1);
    let title = backup_planner::model::steps::STEPS[0]
        .title(backup_planner::i18n::Language::from_code("de").unwrap());
    assert_ne!(title, "Identify critical systems and data");
    assert!(
        app.harness
            .query_all_by_label_contains(&title)
            .next()
            .is_some(),
        "the step's German title: {title}"
    );
    app.harness.get_by_label("Datei").click();
    app.run();
    assert!(app.shows("Beispielplan öffnen"));
    app.harness.key_press(egui::Key::Escape);
    app.run();

    // The choice outlives the window.
    drop(app);
    let mut app = TestApp::start(&config);
    assert!(app.shows("Datei"), "German again after a restart");
    // Back to the computer's language (English in the tests).
    app.menu("Sprache", "Wie auf dem Computer (English)");
    assert!(app.shows("File"));
}
