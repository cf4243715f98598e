//! Journey 2, the yearly review: a plan approved a year and a month ago shows as overdue,
//! the review confirms most steps, changes a frequency and adds a system, the summary
//! lists exactly those changes, and the sign-off makes the next revision.

mod common;

use std::path::Path;

use backup_planner::files::storage;
use backup_planner::model::options::Frequency;
use common::{TestApp, today};

fn date(y: i32, m: u32, d: u32) -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// The example plan, approved on 2025-02-16: a year and a month before the tests' today.
fn plan_approved_last_year(dir: &Path) -> std::path::PathBuf {
    let mut plan = storage::plan_from_str(backup_planner::EXAMPLE_PLAN, Path::new("x")).unwrap();
    let approved = date(2025, 2, 16);
    plan.approval.date = Some(approved);
    plan.revisions[0].date = Some(approved);
    plan.identity.next_review = Some(date(2026, 2, 16));
    // Recent enough that nothing but the review itself is due.
    for test in &mut plan.restore_tests {
        test.date = Some(date(2025, 12, 1));
    }
    plan.approval.approved_tests.clone_from(&plan.restore_tests);
    plan.training.sessions[0].date = Some(date(2025, 11, 5));
    plan.evaluation.next_evaluation = Some(date(2026, 9, 30));
    for check in &mut plan.encryption {
        check.verified_on = Some(date(2025, 12, 2));
    }
    *plan.revisions[0].snapshot = plan.snapshot();
    let path = dir.join("harbour.ron");
    storage::save_plan(&plan, &path).unwrap();
    path
}

#[test]
fn the_yearly_review_confirms_changes_and_signs_off_the_next_revision() {
    assert_eq!(
        today(),
        date(2026, 3, 16),
        "the fixture is dated against this day"
    );
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config");
    let path = plan_approved_last_year(dir.path());

    // Opened once, the plan is on the recent list; the next start marks it overdue.
    drop(TestApp::start_with(&config, Some(path.clone())));
    let mut app = TestApp::start(&config);
    assert!(app.shows_text("2026-02-16, review overdue"));
    app.click("Backup plan 2026 (Harbour Street Accountants Ltd)");

    // This office reviews every six months from now on.
    app.replace_in("Review every", "6");
    app.click("Start yearly review");
    assert!(app.shows("Step 1 of 14"));
    assert!(app.shows_text("No changes since revision 1."));

    // Step 1: a new system.
    app.click("➕ Add system");
    app.type_into("System, row 6", "Website");
    assert!(app.shows_text("System added: Website"));
    app.click("Next ➡");

    // Steps 2 to 4 still hold.
    for _ in 2..=4 {
        app.click("Confirm: still valid");
        app.click("Next ➡");
    }
    // Step 5: the shared drive is now backed up every hour.
    assert!(app.shows("Step 5 of 14"));
    app.pick("Frequency, row 2", "Hourly");
    assert!(app.shows_text("frequency changed from Daily to Hourly"));
    app.click("Next ➡");
    for _ in 6..=14 {
        app.click("Confirm: still valid");
        app.click("Next ➡");
    }

    assert!(
        app.shows("Review summary"),
        "Next after step 14 leads to the summary"
    );
    let summary: Vec<String> =
        backup_planner::advice::changes::changes(&app.plan().revisions[0].snapshot, app.plan())
            .into_iter()
            .map(|c| c.text)
            .collect();
    assert_eq!(
        summary,
        [
            "System added: Website",
            "Client files (shared drive) (incremental): frequency changed from Daily to Hourly",
        ]
    );
    for line in &summary {
        assert!(app.shows_text(line), "the summary shows: {line}");
    }
    assert!(
        !app.shows_text("Not yet confirmed or changed"),
        "every step was seen"
    );

    // The approver and role come over from the last approval; the person checks them.
    assert_eq!(app.value_of("Approver"), "Margaret O'Neill");
    assert_eq!(app.value_of("Role"), "Managing partner");
    app.type_into("Date", "2026-03-16");
    app.type_into("Comment", "Website added to the plan.");
    app.click("Sign off revision 2");
    assert!(app.shows("Revision 2 signed off"));
    app.click("OK");

    let plan = app.plan().clone();
    assert_eq!(plan.identity.revision, 2);
    assert_eq!(plan.identity.next_review, Some(date(2026, 9, 16)));
    let revision = plan.last_revision().unwrap();
    assert_eq!(revision.revision, 2);
    assert_eq!(revision.approver, "Margaret O'Neill");
    assert_eq!(revision.changes, summary);
    assert_eq!(plan.schedules[1].frequency, Some(Frequency::Hourly));

    // Saved and reopened, the history is there, and the start screen shows the new date.
    app.harness
        .key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    app.run();
    drop(app);
    let reopened = storage::load_plan(&path).unwrap();
    assert_eq!(reopened.revisions.len(), 2);
    assert_eq!(reopened.revisions[1].changes, summary);
    assert_eq!(reopened, plan);
    let app = TestApp::start(&config);
    assert!(app.shows_text("2026-09-16"));
    assert!(!app.shows_text("review overdue"));

    // The printed procedure carries the revision's changes and its history line.
    let data = backup_planner::documents::procedure_data(
        &reopened,
        backup_planner::model::options::Paper::A4,
        today(),
    );
    assert_eq!(data.changes_heading, "Changes in revision 2");
    assert_eq!(data.changes, summary);
    assert!(
        data.revisions
            .iter()
            .any(|row| row[0] == "2" && row[3] == "Reviewed; 2 changes.")
    );
}

#[test]
fn a_step_that_time_has_overtaken_asks_for_attention_in_the_review() {
    let dir = tempfile::tempdir().unwrap();
    let path = plan_approved_last_year(dir.path());
    let mut plan = storage::load_plan(&path).unwrap();
    for test in &mut plan.restore_tests {
        test.date = Some(date(2025, 1, 10));
    }
    storage::save_plan(&plan, &path).unwrap();
    let mut app = TestApp::start_with(&dir.path().join("config"), Some(path));
    app.click("Start yearly review");
    app.go_to_step(9);
    assert!(app.shows("The last restore test is more than 12 months old"));
    assert!(app.shows("• Last test: 2025-01-10"));
    // The step needs attention until the person confirms it, having read why.
    app.click("Review summary and sign-off");
    // Step 10 too: the tests' dates changed after they were approved.
    assert!(app.shows_text("Needing attention: steps 3, 9, 10."));
    app.click("Step 9: The last restore test is more than 12 months old");
    app.click("Confirm: still valid");
    app.click("Review summary and sign-off");
    assert!(app.shows_text("Needing attention: steps 3, 10."));
}

#[test]
fn another_plan_file_can_be_compared_from_the_menu() {
    let dir = tempfile::tempdir().unwrap();
    let last_year = plan_approved_last_year(dir.path());
    let mut plan = storage::load_plan(&last_year).unwrap();
    plan.procedures.deputy = "Jonas Weber".into();
    let this_year = dir.path().join("this-year.ron");
    storage::save_plan(&plan, &this_year).unwrap();

    let mut app = TestApp::start_with(&dir.path().join("config"), Some(this_year));
    app.dialogs.answer(&last_year);
    app.menu("File", "Compare with another plan file...");
    assert!(app.shows("Changes from harbour.ron to this plan"));
    assert!(app.shows_text("Deputy changed from Priya Shah to Jonas Weber"));
}
