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

/// In a German window dates are written and typed the German way (and year-month-day
/// still reads), numbers take the decimal comma, and the calendar beside a date speaks
/// German: its month, its weekdays, and the day picked goes into the field.
#[test]
fn german_dates_numbers_and_the_calendar() {
    use backup_planner::i18n::Language;
    let german = Language::from_code("de").unwrap();
    let dir = tempfile::tempdir().unwrap();
    let mut app = TestApp::start(&dir.path().join("config"));
    app.menu("Language", "Deutsch");
    app.click(&german.text("command-open-example"));

    let next_review = german.text("forms-details-next-review").into_owned();
    assert_eq!(
        app.value_of(&next_review),
        "15.02.2027",
        "written the German way"
    );
    app.replace_in(&next_review, "31.03.2027");
    assert_eq!(
        app.plan().identity.next_review,
        chrono::NaiveDate::from_ymd_opt(2027, 3, 31)
    );
    app.replace_in(&next_review, "2027-04-30");
    assert_eq!(
        app.plan().identity.next_review,
        chrono::NaiveDate::from_ymd_opt(2027, 4, 30),
        "year-month-day reads too"
    );

    // The calendar beside "Erstellt am" (2026-01-12) opens on January 2026, in German.
    let created = german.text("forms-details-created").into_owned();
    let calendar = backup_planner::tr!(german, "widgets-calendar.name", field = created.as_str());
    app.click(&calendar);
    assert!(app.shows("Januar 2026"), "the month in German");
    assert!(app.shows("Mi"), "Wednesday in German");
    assert!(!app.shows("January 2026"));
    app.click("20.01.2026");
    assert_eq!(
        app.plan().identity.created,
        chrono::NaiveDate::from_ymd_opt(2026, 1, 20),
        "the day picked"
    );
    assert_eq!(app.value_of(&created), "20.01.2026");

    // A size typed with the decimal comma.
    app.go_to_step(1);
    let size = german.text("column-systems-size").into_owned();
    let cell = backup_planner::tr!(german, "table-cell-name", column = size.as_str(), row = "1");
    app.replace_in(&cell, "2,5");
    assert_eq!(app.plan().systems[0].size_gb, Some(2.5));
    assert_eq!(app.value_of(&cell), "2,5");
}
