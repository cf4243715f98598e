//! What the app works out from a plan: the adviser's findings, the storage estimate, the
//! changes between two states of a plan. Pure functions of the model; no I/O, no egui.
//! Uses only [`crate::model`], and [`crate::i18n`] for its words.

pub mod adviser;
pub mod changes;
pub mod duties;
pub mod editing;
pub mod estimate;
pub mod health;
pub mod review;

use crate::i18n::Phrase;
use crate::model::plan::{Plan, System};
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

/// A number of hours in words: "1 hour", "2.5 hours".
pub fn hours(value: f64) -> Phrase {
    Phrase::new("advice-hours").with("hours", value)
}

/// How long something took or how long ago it was, in the unit a person would say:
/// "under a minute", "40 minutes", "1.5 hours", "3 days"; nothing for a span that is not
/// one (negative, or not a number).
pub fn time_span(hours: f64) -> Phrase {
    let minutes = (hours * 60.0).round();
    if !hours.is_finite() || hours < 0.0 {
        Phrase::verbatim("")
    } else if minutes < 1.0 {
        Phrase::new("advice-under-a-minute")
    } else if minutes < 60.0 {
        Phrase::new("advice-minutes").with("minutes", minutes)
    } else if hours < 48.0 {
        self::hours((hours * 10.0).round() / 10.0)
    } else {
        Phrase::new("advice-days").with("days", (hours / 24.0).round())
    }
}

/// How the advice names `system`, at `index` in step 1: its name, or "System 3" while it
/// has none.
pub fn system_name(system: &System, index: usize) -> Phrase {
    let name = system.name.trim();
    if name.is_empty() {
        Phrase::new("advice-system-number").with("number", index + 1)
    } else {
        Phrase::verbatim(name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Language;

    #[test]
    fn a_time_span_is_said_in_the_unit_a_person_would_use() {
        let said = |hours: f64| time_span(hours).text(Language::ENGLISH);
        assert_eq!(said(0.001), "under a minute");
        assert_eq!(said(1.0 / 60.0), "1 minute");
        assert_eq!(said(0.3), "18 minutes");
        assert_eq!(said(1.0), "1 hour");
        assert_eq!(said(27.777), "27.8 hours");
        assert_eq!(said(72.0), "3 days");
        assert_eq!(said(6548.97), "273 days");
        assert_eq!(said(f64::NAN), "");
        assert_eq!(hours(2.5).text(Language::ENGLISH), "2.5 hours");
        let german = Language::from_code("de").unwrap();
        assert_eq!(
            hours(2.5).text(german),
            crate::tr!(german, "advice-hours", hours = 2.5)
        );
    }

    #[test]
    fn a_system_without_a_name_is_named_by_its_place() {
        let mut system = System::default();
        assert_eq!(system_name(&system, 2).text(Language::ENGLISH), "System 3");
        system.name = "  Accounts ".into();
        assert_eq!(system_name(&system, 2).text(Language::ENGLISH), "Accounts");
    }
}
