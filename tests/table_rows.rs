//! What a table remembers about its rows stays with them: the removed row offered back
//! only to the list it came from, text not understood yet with its own row (and said
//! while out of sight), the form on the row chosen, the keyboard in the field it was in.
//! Found by a hostile hour against the tables that fit, and kept as tests.

mod common;

use std::path::{Path, PathBuf};

use backup_planner::files::storage;
use backup_planner::model::format;
use backup_planner::model::plan::{Attendee, Plan};
use backup_planner::model::sample;
use common::TestApp;
use egui_kittest::kittest::{NodeT as _, Queryable as _};

fn on_disk(dir: &Path, name: &str, plan: &Plan) -> PathBuf {
    let path = dir.join(name);
    storage::save_plan(plan, &path).unwrap();
    path
}

fn open_at(dir: &Path, plan: &Plan, size: [f32; 2]) -> TestApp {
    let path = on_disk(dir, "plan.bpplan", plan);
    let mut app = TestApp::start_with(&dir.join("config"), Some(path));
    app.harness.set_size(size.into());
    app.run();
    app
}

/// Lets a second of the app's clock pass, so that Undo takes the last change as one step.
fn settle(app: &mut TestApp) {
    for _ in 0..8 {
        app.harness.step();
    }
    app.run();
}

fn size_text(plan: &Plan, index: usize) -> String {
    plan.systems[index]
        .size_gb
        .map(format::number)
        .unwrap_or_default()
}

#[test]
fn removed_system_is_not_offered_back_into_another_plan() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = open_at(dir.path(), &sample::example(), [2560.0, 1440.0]);
    app.go_to_step(1);
    let name = app.plan().systems[1].name.clone();
    app.click("Remove row 2");
    assert!(app.shows(&format!("Put back “{name}”")));

    // Another plan, of as many systems as are left, is opened instead.
    let other = on_disk(dir.path(), "other.bpplan", &sample::plan_with_systems(4));
    app.dialogs.answer(&other);
    app.click("File");
    app.harness.get_by_label_contains("Open plan...").click();
    app.run();
    if app.shows("Discard changes") {
        app.click("Discard changes");
    }
    assert!(
        app.plan().systems[0].name.ends_with("#1"),
        "the other plan is open"
    );
    app.go_to_step(1);
    let offered = app.shows(&format!("Put back “{name}”"));
    if offered {
        app.click(&format!("Put back “{name}”"));
    }
    let ids: Vec<_> = app.plan().systems.iter().map(|s| s.id).collect();
    assert!(
        !offered,
        "the other plan offers to put back a system of the first: after the click its ids are {ids:?}"
    );
}

#[test]
fn text_not_understood_stays_with_its_row_when_a_row_above_is_removed() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = open_at(dir.path(), &sample::example(), [2560.0, 1440.0]);
    app.go_to_step(1);
    app.type_into("Size (GB), row 3", "x");
    let typed = app.value_of("Size (GB), row 3");
    assert!(typed.ends_with('x'));
    app.click("Remove row 2");
    // Row 3 is now the system that was row 4: it shows its own size.
    let plan = app.plan().clone();
    assert_eq!(
        app.value_of("Size (GB), row 3"),
        size_text(&plan, 2),
        "{} shows text typed into another system's row",
        plan.systems[2].name
    );
}

#[test]
fn removing_the_selected_last_row_selects_the_row_before() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = open_at(dir.path(), &sample::example(), [1024.0, 700.0]);
    app.go_to_step(1);
    app.click("Details of row 5");
    app.click("Remove row 5");
    let name = app.plan().systems[3].name.clone();
    assert!(app.shows_text(&format!("Row 4: “{name}”")));
    app.replace_in("Owner, row 4", "Someone");
    assert_eq!(app.plan().systems[3].owner, "Someone");
    assert_eq!(app.plan().systems.len(), 4);
}

#[test]
fn hostile_names_in_the_row_heading_and_the_undo() {
    let dir = tempfile::tempdir().unwrap();
    let mut plan = sample::example();
    let long = format!(
        "😀👨‍👩‍👧 حساب\u{202E}evil\u{7}\u{0}\t{}",
        sample::long_text(20_000)
    );
    plan.systems[0].name = long.chars().take(20_000).collect();
    plan.systems[1].name = "\n\n \u{200B}".into();
    let mut app = open_at(dir.path(), &plan, [1024.0, 700.0]);
    app.go_to_step(1);
    let heading = app
        .harness
        .get_by_label_contains("Row 1: “")
        .accesskit_node()
        .label()
        .unwrap_or_default();
    assert!(heading.chars().count() < 60, "{heading:?}");
    app.click("Details of row 2");
    app.click("Remove row 1");
    assert!(app.shows_text("Removed “"));
    app.click("Remove row 1");
    app.harness
        .get_by_label_contains("Put back")
        .click_accesskit();
    app.run();
    assert_eq!(app.plan().systems[0], plan.systems[1]);
}

#[test]
fn undo_of_a_system_keeps_its_id_for_the_schedules() {
    let dir = tempfile::tempdir().unwrap();
    let plan = sample::example();
    let mut app = open_at(dir.path(), &plan, [2560.0, 1440.0]);
    app.go_to_step(1);
    let name = plan.systems[1].name.clone();
    app.click("Remove row 2");
    app.go_to_step(5);
    app.go_to_step(1);
    app.click(&format!("Put back “{name}”"));
    assert_eq!(app.plan().systems, plan.systems);
    assert_eq!(app.plan().schedules, plan.schedules);
}

#[test]
fn ctrl_z_then_put_back_never_makes_two_of_one_system() {
    let dir = tempfile::tempdir().unwrap();
    let plan = sample::example();
    let mut app = open_at(dir.path(), &plan, [2560.0, 1440.0]);
    app.go_to_step(1);
    app.click("➕ Add system");
    settle(&mut app);
    let name = plan.systems[1].name.clone();
    app.click("Remove row 2");
    settle(&mut app);
    app.go_to_step(2);
    // Undo twice from another step: the removal, then the added row.
    for _ in 0..2 {
        app.harness
            .key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
        app.run();
        settle(&mut app);
    }
    assert_eq!(app.plan().systems, plan.systems, "back to the opened plan");
    app.go_to_step(1);
    let offered = app.shows(&format!("Put back “{name}”"));
    if offered {
        app.click(&format!("Put back “{name}”"));
    }
    let ids: Vec<_> = app.plan().systems.iter().map(|s| s.id.0).collect();
    assert!(
        !offered,
        "Put back offered for a system that is there: ids now {ids:?}"
    );
}

#[test]
fn put_back_of_an_attendee_stays_in_its_session() {
    let dir = tempfile::tempdir().unwrap();
    let mut plan = sample::example();
    let template = plan.training.sessions[0].clone();
    let person = |n: &str| Attendee {
        name: n.into(),
        email: format!("{}@example.org", n.to_lowercase()),
        attended: false,
    };
    plan.training.sessions = vec![
        template.clone(),
        backup_planner::model::plan::TrainingSession {
            title: "Second".into(),
            attendees: vec![person("Anna"), person("Bruno")],
            ..template.clone()
        },
        backup_planner::model::plan::TrainingSession {
            title: "Third".into(),
            attendees: vec![person("Carla")],
            ..template.clone()
        },
    ];
    let mut app = open_at(dir.path(), &plan, [2560.0, 1440.0]);
    app.go_to_step(13);
    // Remove Anna from the second session, then the first session.
    let remove_anna = app
        .harness
        .query_all_by_label("Remove row 1")
        .nth(1)
        .expect("session 2's first attendee");
    remove_anna.click_accesskit();
    app.run();
    assert_eq!(app.plan().training.sessions[1].attendees.len(), 1);
    app.click("Remove session 1");
    // The third session is now the second: nothing of it was removed.
    let offered = app.shows("Put back “Anna”");
    if offered {
        app.click("Put back “Anna”");
    }
    let third: Vec<_> = app.plan().training.sessions[1]
        .attendees
        .iter()
        .map(|a| a.name.clone())
        .collect();
    assert!(
        !offered,
        "Anna is offered back into “{}”; after the click it lists {third:?}",
        app.plan().training.sessions[1].title
    );
}

#[test]
fn a_new_row_at_the_end_of_4999_takes_the_focus() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = open_at(
        dir.path(),
        &sample::plan_with_systems(4999),
        [1024.0, 700.0],
    );
    app.go_to_step(1);
    app.click("➕ Add system");
    assert_eq!(app.plan().systems.len(), 5000);
    assert!(app.harness.get_by_label("System, row 5000").is_focused());
    assert!(app.shows_text("Row 5000: "));
    app.harness
        .get_by_label("System, row 5000")
        .type_text("Phones");
    app.run();
    assert_eq!(app.plan().systems[4999].name, "Phones");
    // The list is full now.
    assert!(
        app.harness
            .get_by_label("➕ Add system")
            .accesskit_node()
            .is_disabled()
    );
}

#[test]
fn print_failed_dialog_answers_the_pointer_with_the_findings_window_open() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = open_at(dir.path(), &sample::example(), [800.0, 560.0]);
    app.harness
        .get_by_label_contains("Findings panel:")
        .click_accesskit();
    app.run();
    assert!(app.shows_text("The plan's choices, checked against good practice"));
    *app.desktop.print_answer.borrow_mut() = Some(Err(POWERSHELL.to_owned()));
    app.harness
        .key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::P);
    app.run();
    app.click("Print");
    assert!(app.shows("The procedure could not be printed"));
    let pdf = dir.path().join("procedure.pdf");
    app.dialogs.answer(&pdf);
    let button = app.harness.get_by_label("Save as PDF...");
    let rect = button.rect();
    assert!(
        rect.bottom() <= 560.0 && rect.right() <= 800.0,
        "Save as PDF... off the window: {rect:?}"
    );
    button.click();
    app.run();
    assert!(pdf.exists(), "the pointer reached Save as PDF...");
}

#[test]
fn plan_at_a_glance_with_sessions_without_title_or_date() {
    let dir = tempfile::tempdir().unwrap();
    let mut plan = sample::example();
    for session in &mut plan.training.sessions {
        session.title = " \n ".into();
        session.date = None;
        session.start_time = None;
    }
    let mut app = open_at(dir.path(), &plan, [420.0, 320.0]);
    app.go_to_step(14);
    app.click("Next ➡");
    assert!(app.shows("Your plan at a glance"));
    assert!(app.shows_text("Session 1"));
    let pdf = dir.path().join("invitation.pdf");
    app.dialogs.answer(&pdf);
    app.click("Save invitation PDF... (session 1)");
    app.click("Save as PDF...");
    let ics = dir.path().join("invitation.ics");
    if app.shows("OK") {
        app.click("OK");
    }
    app.dialogs.answer(&ics);
    app.click("Save calendar file... (session 1)");
    if app.shows("OK") {
        app.click("OK");
    }
    app.click("Open in mail program (session 1)");
    assert_eq!(
        app.plan(),
        &plan,
        "nothing changed that the person did not type"
    );
}

#[test]
fn text_not_understood_in_a_row_left_for_another_is_still_said() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = open_at(dir.path(), &sample::example(), [1024.0, 700.0]);
    app.go_to_step(1);
    app.type_into("Size (GB), row 1", "x");
    assert!(app.shows_text("marked in red"));
    app.click("Details of row 2");
    assert!(
        app.shows_text("marked in red") || app.shows_text("not understood"),
        "row 1 still holds text not understood, but nothing says so"
    );
}

#[test]
fn typing_goes_on_in_the_same_row_when_the_window_narrows() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = open_at(dir.path(), &sample::example(), [2560.0, 1440.0]);
    app.go_to_step(1);
    let before = app.plan().systems[2].owner.clone();
    app.harness.get_by_label("Owner, row 3").focus();
    app.run();
    app.harness.get_by_label("Owner, row 3").type_text("A");
    app.run();
    app.harness.set_size(egui::vec2(1024.0, 700.0));
    app.run();
    assert!(
        app.shows("Owner, row 3"),
        "the row being typed in is the one in the form"
    );
    app.harness.get_by_label("Owner, row 3").type_text("B");
    app.run();
    assert_eq!(app.plan().systems[2].owner, format!("{before}AB"));
}

#[test]
fn text_not_understood_survives_the_window_narrowing() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = open_at(dir.path(), &sample::example(), [2560.0, 1440.0]);
    app.go_to_step(1);
    app.type_into("Size (GB), row 1", "x");
    let typed = app.value_of("Size (GB), row 1");
    let plan = app.plan().clone();
    for size in [
        [1024.0, 700.0],
        [420.0, 320.0],
        [3840.0, 2160.0],
        [1024.0, 700.0],
    ] {
        app.harness.set_size(egui::Vec2::from(size));
        app.run();
    }
    assert_eq!(app.value_of("Size (GB), row 1"), typed);
    assert_eq!(app.plan(), &plan);
}

/// What Windows says when no program can print a PDF, as the app passes it on.
const POWERSHELL: &str = "printing with lp failed (Start-Process : This command cannot be run due to the error: No application is associated with the specified file for this operation.\nAt line:1 char:1\n+ Start-Process -FilePath 'C:\\Users\\chiara.rossi\\AppData\\Local\\Backup Planner\\print\\procedure-2026-03-16.pdf' -Verb Print\n+ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n    + CategoryInfo          : InvalidOperation: (:) [Start-Process], InvalidOperationException\n    + FullyQualifiedErrorId : InvalidOperationException,Microsoft.PowerShell.Commands.StartProcessCommand); opening the PDF failed too (The system cannot find the file specified.)";

#[test]
fn keyboard_reaches_the_form_of_the_row_chosen() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = open_at(dir.path(), &sample::example(), [1024.0, 700.0]);
    app.go_to_step(1);
    // Row 2 is chosen with the keyboard: its Details button, then Enter.
    app.harness.get_by_label("Details of row 2").focus();
    app.run();
    app.harness.key_press(egui::Key::Enter);
    app.run();
    let name = app.plan().systems[1].name.clone();
    assert!(app.shows_text(&format!("Row 2: “{name}”")));
    // Tab on to the form below, to its first field.
    let mut focused = String::new();
    for _ in 0..40 {
        app.harness.key_press(egui::Key::Tab);
        app.run();
        if let Some(node) = app
            .harness
            .query_all_by_label_contains("System type, row ")
            .find(egui_kittest::Node::is_focused)
        {
            focused = node.accesskit_node().label().unwrap_or_default();
            break;
        }
    }
    assert_eq!(
        focused, "System type, row 2",
        "Tab reaches the form of another row: the rows it passes on the way choose themselves"
    );
}

#[test]
fn the_form_stays_on_its_row_when_a_row_above_is_removed() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = open_at(dir.path(), &sample::example(), [1024.0, 700.0]);
    app.go_to_step(1);
    app.click("Details of row 4");
    let name = app.plan().systems[3].name.clone();
    assert!(app.shows_text(&format!("Row 4: “{name}”")));
    app.click("Remove row 1");
    assert!(
        app.shows_text(&format!("Row 3: “{name}”")),
        "the form being filled in jumped to another system"
    );
}

#[test]
fn text_typed_into_one_plan_does_not_show_over_the_next() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = open_at(dir.path(), &sample::example(), [1280.0, 800.0]);
    app.go_to_step(1);
    app.click("Details of row 1");
    app.type_into("Size (GB), row 1", "x");
    assert!(app.shows_text("marked in red"));

    let other = on_disk(dir.path(), "other.bpplan", &sample::plan_with_systems(4));
    app.dialogs.answer(&other);
    app.menu("File", "Open plan... Ctrl+O");
    if app.shows("Discard changes") {
        app.click("Discard changes");
    }
    app.go_to_step(1);
    app.click("Details of row 1");
    assert_eq!(
        app.value_of("Size (GB), row 1"),
        size_text(app.plan(), 0),
        "the field shows the new plan's value, not what was typed into the last one"
    );
    assert!(!app.shows_text("marked in red"));
}
