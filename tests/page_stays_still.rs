//! The page stays still under the cursor: what the adviser says about a step sits below
//! its form, so a finding that appears or goes while the person types or chooses never
//! moves the field being used (a click meant for one button once landed on another).

mod common;

use common::TestApp;
use egui_kittest::kittest::Queryable as _;

fn top_of(app: &TestApp, label: &str) -> f32 {
    app.harness.get_by_label(label).rect().top()
}

/// The field `label` is where it was (to the pixel).
fn still(app: &TestApp, label: &str, was: f32) {
    let now = top_of(app, label);
    assert!((now - was).abs() < 0.5, "{label} moved from {was} to {now}");
}

#[test]
fn typing_that_clears_a_finding_does_not_move_the_fields() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = TestApp::start(&dir.path().join("config"));
    app.click("New plan");
    app.type_into("Organisation", "Acme");
    // The adviser speaks once the plan has a system.
    app.go_to_step(1);
    app.click("➕ Add system");
    app.go_to_step(4);
    app.type_into("Deputy", "Sam Okafor");
    // The step's form comes first: its first field is the first thing under the heading.
    let responsible = top_of(&app, "Responsible person");
    let deputy = top_of(&app, "Deputy");
    let finding = "No responsible person is named";
    assert!(app.shows_text(finding), "a new plan lacks one");

    // Typed without leaving the field, as a person does: the finding goes meanwhile.
    app.harness.get_by_label("Responsible person").focus();
    app.run();
    app.harness
        .get_by_label("Responsible person")
        .type_text("Dana Fischer");
    app.run();
    assert_eq!(app.plan().procedures.responsible, "Dana Fischer");
    assert!(!app.shows_text(finding), "the finding went");
    still(&app, "Responsible person", responsible);
    still(&app, "Deputy", deputy);

    // And when it comes back.
    app.harness
        .key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    app.harness.key_press(egui::Key::Backspace);
    app.run();
    assert!(app.shows_text(finding));
    still(&app, "Deputy", deputy);
}
