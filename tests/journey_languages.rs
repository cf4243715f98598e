//! The window in another language shows no English message: a German office manager
//! walks the example plan's 14 steps, the plan at a glance and the yearly review; French
//! and Spanish ones look at Plan details, step 1 and step 10. Every text on screen (each
//! node a screen reader sees: labels, buttons, values) is held against the English
//! messages; the plan's own text (the example is an English office's) is no message.

mod common;

use std::collections::{BTreeMap, BTreeSet};

use backup_planner::i18n::{Language, messages_of};
use common::TestApp;
use egui_kittest::kittest::{NodeT as _, Queryable as _};

/// What English looks like on screen: whole messages (without variables) and the longer
/// pieces of text between the variables of the others, each with its message's id. Only
/// texts the language in question words differently count ("PDF" is "PDF" in German).
struct English {
    whole: BTreeMap<String, String>,
    pieces: Vec<(String, String)>,
}

impl English {
    fn against(language: Language) -> Self {
        let mut whole = BTreeMap::new();
        let mut pieces = Vec::new();
        let translated: BTreeSet<String> = messages_of(language)
            .unwrap()
            .into_iter()
            .flat_map(|m| m.texts)
            .map(|t| t.trim().to_owned())
            .collect();
        for message in messages_of(Language::ENGLISH).unwrap() {
            // Formats are not words: "YYYY-MM-DD", ",".
            if message.id.starts_with("format-") {
                continue;
            }
            let english = Language::ENGLISH.text(&message.id);
            if message.variables.is_empty() {
                let text = english.trim().to_owned();
                if text.chars().filter(|c| c.is_alphabetic()).count() >= 3
                    && language.text(&message.id).trim() != text
                {
                    whole.insert(text, message.id.clone());
                }
            }
            for piece in &message.texts {
                let piece = piece.trim();
                // A piece of three words or more is a sentence's fragment, not a name.
                if piece.split_whitespace().count() >= 3 && !translated.contains(piece) {
                    pieces.push((piece.to_owned(), message.id.clone()));
                }
            }
        }
        Self { whole, pieces }
    }

    /// The English messages `app` shows: each text on screen with the message it is.
    fn on_screen(&self, app: &TestApp) -> Vec<String> {
        let mut found = Vec::new();
        let root = app.harness.root();
        for node in std::iter::once(root).chain(root.children_recursive()) {
            let access = node.accesskit_node();
            for text in [access.label(), access.value()].into_iter().flatten() {
                let text = text.trim();
                if let Some(id) = self.whole.get(text) {
                    found.push(format!("{text:?} ({id})"));
                    continue;
                }
                if let Some((piece, id)) = self.pieces.iter().find(|(p, _)| text.contains(p)) {
                    found.push(format!("{text:?} holds {piece:?} ({id})"));
                }
            }
        }
        found
    }
}

fn assert_no_english(app: &TestApp, english: &English, page: &str) {
    let found = english.on_screen(app);
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
