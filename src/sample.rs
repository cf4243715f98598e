//! Plans of any size, made from the example plan: for benchmarks and tests of how the
//! program copes with a large office.

use std::path::Path;

use crate::plan::{Plan, Schedule, System, SystemId};
use crate::storage;

/// The example plan grown (or cut) to `systems` systems, each with its own schedule.
pub fn plan_with_systems(systems: usize) -> Plan {
    let mut plan =
        storage::plan_from_str(crate::EXAMPLE_PLAN, Path::new("example plan")).unwrap_or_default();
    let templates = std::mem::take(&mut plan.systems);
    let schedules = std::mem::take(&mut plan.schedules);
    plan.systems.reserve(systems);
    for i in 0..systems {
        let template = templates
            .get(i % templates.len().max(1))
            .cloned()
            .unwrap_or_default();
        // Numbered directly: `add_system` looks for the highest id each time.
        let id = SystemId(u32::try_from(i + 1).unwrap_or(u32::MAX));
        plan.systems.push(System {
            id,
            name: format!("{} #{}", template.name, i + 1),
            ..template
        });
        let schedule = schedules
            .get(i % schedules.len().max(1))
            .cloned()
            .unwrap_or_default();
        plan.schedules.push(Schedule {
            system: Some(id),
            ..schedule
        });
    }
    // Keep step 9's records pointing at systems that exist.
    let first = plan.systems.first().map(|s| s.id);
    for test in &mut plan.restore_tests {
        test.system = first;
    }
    for entry in &mut plan.monitoring.errors {
        entry.system = first;
    }
    let _ = plan.decide(crate::options::Decision::Approved);
    plan
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_grown_plan_has_the_systems_asked_for_and_consistent_references() {
        let plan = plan_with_systems(12);
        assert_eq!(plan.systems.len(), 12);
        assert_eq!(plan.schedules.len(), 12);
        for schedule in &plan.schedules {
            assert!(plan.system(schedule.system.unwrap()).is_some());
        }
        assert_eq!(plan.approval_state(), crate::plan::ApprovalState::Approved);
    }
}
