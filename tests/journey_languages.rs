//! The window in another language shows no English message: a German office manager
//! walks the example plan's 14 steps, the plan at a glance and the yearly review; French
//! and Spanish ones look at Plan details, step 1 and step 10. Every text on screen (each
//! node a screen reader sees: labels, buttons, values) is held against the English
//! messages; the plan's own text (the example is an English office's) is no message.

mod common;

use backup_planner::i18n::Language;
use common::TestApp;
use common::english::English;
use egui_kittest::kittest::{NodeT as _, Queryable as _};

/// The English messages `app` shows: each text on screen with the message it is.
fn on_screen(english: &English, app: &TestApp) -> Vec<String> {
    let root = app.harness.root();
    std::iter::once(root)
        .chain(root.children_recursive())
        .flat_map(|node| {
            let access = node.accesskit_node();
            [access.label(), access.value()]
        })
        .flatten()
        .filter_map(|text| english.found_in(&text))
        .collect()
}

fn assert_no_english(app: &TestApp, english: &English, page: &str) {
    let found = on_screen(english, app);
    assert!(
        found.is_empty(),
        "English on {page}:\n  {}",
        found.join("\n  ")
    );
}

/// Starts the app, switches it to `code` through the Language menu and opens the example.
fn example_in(dir: &std::path::Path, code: &str) -> (TestApp, Language) {
    let language = Language::from_code(code).unwrap();
    let mut app = TestApp::start(&dir.join("config"));
    app.menu("Language", language.name());
    app.click(&language.text("command-open-example"));
    (app, language)
}

#[test]
fn a_german_window_shows_no_english_through_the_steps_and_the_review() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, german) = example_in(dir.path(), "de");
    let english = English::against(german);
    assert!(
        english.whole.len() > 300,
        "{} messages",
        english.whole.len()
    );
    assert_no_english(&app, &english, "Plan details");
    for number in 1..=14 {
        app.go_to_step(number);
        assert_no_english(&app, &english, &format!("step {number}"));
    }
    app.click(&german.text("wizard-plan-at-a-glance"));
    assert_no_english(&app, &english, "the plan at a glance");

    // The yearly review: the same steps, marked, then the summary and sign-off.
    app.click(&german.text("command-start-review"));
    assert_no_english(&app, &english, "the review's start");
    for number in 1..=14 {
        // The review's page lists the steps too: the step list's entry is the first.
        let title = backup_planner::model::steps::STEPS[number - 1].title(german);
        let entry = format!("{number}. {title}");
        app.harness.get_all_by_label(&entry).next().unwrap().click();
        app.run();
        assert_no_english(&app, &english, &format!("step {number} in the review"));
    }
    app.click(&german.text("review-summary-and-sign-off"));
    assert_no_english(&app, &english, "the review summary");
}

#[test]
fn french_and_spanish_windows_show_no_english_on_their_first_pages() {
    for code in ["fr", "es"] {
        let dir = tempfile::tempdir().unwrap();
        let (mut app, language) = example_in(dir.path(), code);
        let english = English::against(language);
        assert_no_english(&app, &english, &format!("{code}: Plan details"));
        for number in [1, 10] {
            app.go_to_step(number);
            assert_no_english(&app, &english, &format!("{code}: step {number}"));
        }
    }
}
