//! The example plan that ships with the app is complete, current and written as we write.

use std::path::Path;

use backup_planner::files::storage;
use backup_planner::model::plan::ApprovalState;
use backup_planner::model::steps::{STEPS, StepStatus};

fn example() -> backup_planner::model::plan::Plan {
    storage::plan_from_str(backup_planner::EXAMPLE_PLAN, Path::new("example")).unwrap()
}

#[test]
fn every_step_of_the_example_is_complete() {
    let plan = example();
    for step in &STEPS {
        assert_eq!(
            (step.status)(&plan),
            StepStatus::Complete,
            "{}",
            step.title(backup_planner::i18n::Language::ENGLISH)
        );
    }
    assert_eq!(plan.approval_state(), ApprovalState::Approved);
}

#[test]
fn the_example_refers_only_to_systems_and_destinations_it_has() {
    let plan = example();
    for schedule in &plan.schedules {
        assert!(plan.system(schedule.system.unwrap()).is_some());
    }
    for check in &plan.encryption {
        assert!(plan.destination(check.destination.unwrap()).is_some());
    }
    for test in &plan.restore_tests {
        assert!(plan.system(test.system.unwrap()).is_some());
    }
}

/// The file on disk is exactly what the app would write, so saving it changes nothing.
#[test]
fn the_example_file_is_in_canonical_form() {
    let plan = example();
    assert_eq!(
        storage::plan_to_string(&plan).unwrap(),
        backup_planner::EXAMPLE_PLAN
    );
}

/// Plans saved before revisions were kept (format 1) still open, and their approval
/// becomes the first revision, so the next review has something to compare with.
#[test]
fn a_format_one_plan_opens_with_its_approval_as_the_first_revision() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/plan-format-1.ron");
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("format_version: 1,"));
    let plan = storage::load_plan(&path).unwrap();
    assert_eq!(
        plan.format_version,
        backup_planner::model::plan::FORMAT_VERSION
    );
    let first = plan
        .last_revision()
        .expect("the approval became a revision");
    assert_eq!(first.revision, 1);
    assert_eq!(first.approver, "Margaret O'Neill");
    assert_eq!(first.snapshot.systems, plan.systems);
    // Saved again, it is written in the current format and reads back the same.
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join("upgraded.ron");
    storage::save_plan(&plan, &copy).unwrap();
    assert_eq!(storage::load_plan(&copy).unwrap(), plan);
}
