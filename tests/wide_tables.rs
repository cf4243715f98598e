//! Records with many fields are edited where they fit: when a table's columns do not fit
//! the window, its rows become a list of the first few columns and the selected row's
//! other fields a form below it, so every field is in view without scrolling sideways;
//! when they fit, the columns share the width there is. New rows take the focus, and a
//! removed row comes back with Undo.

mod common;

use backup_planner::files::storage;
use backup_planner::model::columns::{self, Field, Value};
use backup_planner::model::sample;
use common::TestApp;
use egui_kittest::kittest::Queryable as _;

/// The app at `size` with the example plan open.
fn example_at(dir: &std::path::Path, size: [f32; 2]) -> TestApp {
    let path = dir.join("example.bpplan");
    storage::save_plan(&sample::example(), &path).unwrap();
    let mut app = TestApp::start_with(&dir.join("config"), Some(path));
    app.harness.set_size(size.into());
    app.run();
    app
}

/// Where a field ends on the right, in points from the window's left edge.
fn right_of(app: &TestApp, label: &str) -> f32 {
    app.harness.get_by_label(label).rect().right()
}

#[test]
fn every_field_of_step_1_is_filled_at_1024_by_700_without_scrolling_sideways() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = TestApp::start(&dir.path().join("config"));
    app.harness.set_size(egui::vec2(1024.0, 700.0));
    app.click("New plan");
    app.go_to_step(1);
    app.click("➕ Add system");
    assert!(
        app.shows("Details of row 1"),
        "eleven columns do not fit 1024 points: the rows are a list with a form below"
    );
    for column in columns::SYSTEMS {
        let name = format!(
            "{}, row 1",
            column.title(backup_planner::i18n::Language::ENGLISH)
        );
        let node = app.harness.get_by_label(&name);
        node.scroll_to_me();
        app.run();
        let rect = app.harness.get_by_label(&name).rect();
        assert!(
            rect.left() >= 0.0 && rect.right() <= 1024.0,
            "{name} is off to the side: {rect:?}"
        );
        match &column.field {
            Field::Text(_) => app.type_into(&name, "Server room"),
            Field::Number(..) | Field::Percent(_) => app.type_into(&name, "12"),
            Field::Choice(choice) => app.pick(
                &name,
                &choice.labels(backup_planner::i18n::Language::ENGLISH)[1],
            ),
            _ => unreachable!("step 1 has only text, numbers and choices"),
        }
    }
    // Every field landed in the plan.
    let system = &app.plan().systems[0];
    for column in columns::SYSTEMS {
        assert!(
            !matches!(column.field.value(system), Value::Empty | Value::NotSet),
            "{} was not filled",
            column.message
        );
    }
}

#[test]
fn columns_grow_with_the_window_and_all_show_when_they_fit() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = example_at(dir.path(), [2560.0, 1440.0]);
    app.go_to_step(1);
    assert!(
        !app.shows("Details of row 1"),
        "at 2560 points every column of step 1 fits in the rows"
    );
    let wide = right_of(&app, "Redundancy in place, row 1");
    assert!(wide > 2000.0, "the columns use the width: {wide}");

    app.harness.set_size(egui::vec2(1280.0, 800.0));
    app.run();
    assert!(
        app.shows("Details of row 1"),
        "at 1280 the rest is in a form"
    );
    assert!(right_of(&app, "System, row 1") <= 1280.0);

    // Step 6's six columns fit at 2560 and share its width; at 1280 the list has a form.
    app.go_to_step(6);
    assert!(app.shows("Details of row 1"));
    app.harness.set_size(egui::vec2(2560.0, 1440.0));
    app.run();
    assert!(!app.shows("Details of row 1"));
    let right = right_of(&app, "Verified on, row 1");
    assert!(right > 2000.0, "{right}");
}

#[test]
fn the_form_below_the_list_edits_the_row_chosen_in_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = example_at(dir.path(), [1024.0, 700.0]);
    app.go_to_step(1);
    let second = app.plan().systems[1].name.clone();
    app.click("Details of row 2");
    assert!(app.shows_text(&format!("Row 2: “{second}”")));
    app.replace_in("Owner, row 2", "Chiara Rossi");
    assert_eq!(app.plan().systems[1].owner, "Chiara Rossi");
    // Going into a row's own cell chooses it too.
    app.harness.get_by_label("System, row 1").focus();
    app.run();
    app.harness.key_press(egui::Key::Escape);
    app.run();
    assert!(app.shows("Owner, row 1"));
}

#[test]
fn a_new_row_takes_the_focus() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = example_at(dir.path(), [1280.0, 800.0]);
    for (step, add, first) in [
        (1, "➕ Add system", "System"),
        (4, "➕ Add contact", "Name"),
        (6, "➕ Add destination check", "Destination"),
        (9, "➕ Add restore test", "Date"),
    ] {
        app.go_to_step(step);
        app.click(add);
        let rows = match step {
            1 => app.plan().systems.len(),
            4 => app.plan().procedures.escalation.len(),
            6 => app.plan().encryption.len(),
            _ => app.plan().restore_tests.len(),
        };
        let new = format!("{first}, row {rows}");
        assert!(
            app.harness.get_by_label(&new).is_focused(),
            "step {step}: {new} has the focus"
        );
    }
    // Typing goes straight into the new row.
    app.go_to_step(1);
    app.click("➕ Add system");
    app.harness
        .get_by_label(&format!("System, row {}", app.plan().systems.len()))
        .type_text("Phones");
    app.run();
    assert_eq!(app.plan().systems.last().unwrap().name, "Phones");
}

#[test]
fn a_removed_row_comes_back_with_undo() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = example_at(dir.path(), [1280.0, 800.0]);
    let before = app.plan().clone();
    app.go_to_step(1);
    let name = before.systems[1].name.clone();
    app.click("Remove row 2");
    assert_eq!(app.plan().systems.len(), before.systems.len() - 1);
    let put_back = format!("Put back “{name}”");
    assert!(
        app.shows(&put_back),
        "the removal can be undone where it happened"
    );
    app.click(&put_back);
    assert_eq!(
        app.plan().systems,
        before.systems,
        "back where it was, as it was"
    );
    assert!(!app.shows(&put_back));

    // A removed training session too.
    app.go_to_step(13);
    let title = before.training.sessions[0].title.clone();
    app.click("Remove session 1");
    assert!(app.plan().training.sessions.len() < before.training.sessions.len());
    app.click(&format!("Put back session 1 (“{title}”)"));
    assert_eq!(app.plan().training.sessions, before.training.sessions);
}

#[test]
fn a_term_that_must_stay_has_its_explanation() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = example_at(dir.path(), [1280.0, 800.0]);
    app.go_to_step(4);
    let mark = "What is meant by “Immutable”";
    assert!(app.shows(mark));
    app.click(mark);
    assert!(
        app.shows_text("cannot be changed or deleted"),
        "clicking the ? shows the explanation"
    );
}

#[test]
fn a_step_reopens_at_its_top() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = example_at(dir.path(), [800.0, 560.0]);
    app.go_to_step(4);
    // The line under the step's title.
    let heading = |app: &TestApp| {
        app.harness
            .get_by_label_contains("ISO/IEC 27002:2022")
            .rect()
            .top()
    };
    let top = heading(&app);
    app.harness.get_by_label("➕ Add contact").scroll_to_me();
    app.run();
    let scrolled = heading(&app);
    assert!(
        scrolled < top - 100.0,
        "the page scrolled down: {top} to {scrolled}"
    );
    app.go_to_step(5);
    app.go_to_step(4);
    let again = heading(&app);
    assert!(
        (again - top).abs() < 0.5,
        "the step's heading is in view again: {again}, first {top}"
    );
}
