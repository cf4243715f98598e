//! The example plan that ships with the app is complete, current and written as we write.

use std::path::Path;

use backup_planner::plan::ApprovalState;
use backup_planner::steps::{STEPS, StepStatus};
use backup_planner::storage;

fn example() -> backup_planner::plan::Plan {
    storage::plan_from_str(backup_planner::EXAMPLE_PLAN, Path::new("example")).unwrap()
}

#[test]
fn every_step_of_the_example_is_complete() {
    let plan = example();
    for step in &STEPS {
        assert_eq!((step.status)(&plan), StepStatus::Complete, "{}", step.title);
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
