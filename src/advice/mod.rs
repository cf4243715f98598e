//! What the app works out from a plan: the adviser's findings, the storage estimate, the
//! changes between two states of a plan. Pure functions of the model; no I/O, no egui.
//! Uses only [`crate::model`].

pub mod adviser;
pub mod changes;
pub mod duties;
pub mod editing;
pub mod estimate;
pub mod health;
pub mod review;

use crate::model::plan::Plan;
use crate::model::steps::StepId;
use adviser::{Finding, Severity};
use estimate::Estimate;

/// What the adviser says about the plan as it stands, worked out once per change.
pub struct Advice {
    pub findings: Vec<Finding>,
    pub estimate: Estimate,
    /// Whether the adviser had anything to check: it starts once step 1 lists a system.
    pub started: bool,
    /// What the runs read from backup logs show, per system that has any, as of the
    /// start of the day (what the adviser's rules about runs read too).
    pub health: Vec<health::SystemHealth>,
    /// The restores the runs show that step 9 does not record yet, as tests to offer.
    pub offered_tests: Vec<crate::model::plan::RestoreTest>,
    /// The recurring duties that were due before today.
    pub overdue: Vec<duties::Duty>,
}

impl Advice {
    /// Checks `plan` as of the start of `today`.
    pub fn new(plan: &Plan, today: chrono::NaiveDate) -> Self {
        Self::at(plan, today.and_time(chrono::NaiveTime::MIN))
    }

    /// Checks `plan` at the moment `now` (the age of the last good backup is measured to
    /// it).
    pub fn at(plan: &Plan, now: chrono::NaiveDateTime) -> Self {
        let today = now.date();
        let health = health::health(plan, now);
        Self {
            findings: adviser::check_with(plan, today, &health),
            estimate: estimate::estimate(plan),
            started: !plan.systems.is_empty(),
            health,
            offered_tests: health::restore_tests_offered(plan),
            overdue: duties::duties(plan, today)
                .into_iter()
                .filter(|d| d.overdue(today))
                .collect(),
        }
    }

    /// The findings about `step`.
    pub fn for_step(&self, step: StepId) -> impl Iterator<Item = &Finding> {
        self.findings.iter().filter(move |f| f.rule.step == step)
    }

    /// How many high findings `step` has.
    pub fn high_count(&self, step: StepId) -> usize {
        self.for_step(step)
            .filter(|f| f.rule.severity == Severity::High)
            .count()
    }
}
