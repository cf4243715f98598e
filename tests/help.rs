//! Help inside the app: the guide (the journeys, each of the 14 steps in its own words,
//! the adviser, the files the app writes), the keyboard shortcuts from the command table,
//! and About with the version, the licences and where the app keeps its files.

mod common;

use backup_planner::model::steps::STEPS;
use common::TestApp;

#[test]
fn the_help_menu_has_a_guide_the_shortcuts_and_about() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config");
    let mut app = TestApp::start(&config);

    app.menu("Help", "Guide");
    assert!(app.shows("Guide"));
    assert!(app.shows("Your first plan"));
    assert!(app.shows("The yearly review"));
    for step in &STEPS {
        assert!(
            app.shows(&format!(
                "{}. {}",
                step.id.number(),
                step.title(backup_planner::i18n::Language::ENGLISH)
            )),
            "{}",
            step.title(backup_planner::i18n::Language::ENGLISH)
        );
        assert!(
            app.shows(&step.guidance(backup_planner::i18n::Language::ENGLISH)),
            "the guidance of {}",
            step.title(backup_planner::i18n::Language::ENGLISH)
        );
    }
    assert!(
        app.shows(&config.display().to_string()),
        "where the settings are"
    );

    app.menu("Help", "Keyboard shortcuts");
    assert!(app.shows("Keyboard shortcuts"));
    assert!(app.shows("Save as"));
    assert!(app.shows_text("Ctrl+Shift+S") || app.shows_text("⇧⌘S"));

    app.menu("Help", "About Backup Planner");
    assert!(app.shows(&format!("Backup Planner {}", env!("CARGO_PKG_VERSION"))));
    assert!(app.shows_text("SIL Open Font License 1.1"));
    app.click("Close window");
    assert!(!app.shows_text("SIL Open Font License 1.1"));
}
