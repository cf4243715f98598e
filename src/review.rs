//! The yearly review: what needs attention because time has passed, step by step.

use chrono::{Months, NaiveDate};

use crate::format;
use crate::plan::{ApprovalState, Plan};
use crate::steps::StepId;

/// How long a restore test, a training or a key check stays current.
const YEAR: Months = Months::new(12);

fn older_than_a_year(date: NaiveDate, today: NaiveDate) -> bool {
    date.checked_add_months(YEAR)
        .is_none_or(|until| until < today)
}

/// Why a step needs a fresh look today, in words; empty when nothing is due.
pub fn attention(plan: &Plan, step: StepId, today: NaiveDate) -> Vec<String> {
    let mut notes = Vec::new();
    match step {
        StepId::Encryption => {
            for check in &plan.encryption {
                if let Some(date) = check.verified_on
                    && older_than_a_year(date, today)
                {
                    let place = check
                        .destination
                        .and_then(|id| plan.destination(id))
                        .map_or("a destination", |d| d.name.as_str());
                    notes.push(format!(
                        "The encryption of {place} was last checked on {}, more than 12 months ago.",
                        format::date(date)
                    ));
                }
            }
        }
        StepId::RestoreTests => match plan.restore_tests.iter().filter_map(|t| t.date).max() {
            None => notes.push("No restore test is recorded.".to_owned()),
            Some(last) if older_than_a_year(last, today) => notes.push(format!(
                "The last restore test was on {}, more than 12 months ago: test again.",
                format::date(last)
            )),
            Some(_) => {}
        },
        StepId::Approval if plan.approval_state() == ApprovalState::Outdated => {
            notes.push("The restore tests changed after they were approved.".to_owned());
        }
        StepId::Training => {
            let last = plan
                .training
                .sessions
                .iter()
                .filter_map(|s| s.date)
                .filter(|d| *d <= today)
                .max();
            match last {
                None => notes.push("No training has taken place yet.".to_owned()),
                Some(last) if older_than_a_year(last, today) => notes.push(format!(
                    "The last training was on {}, more than 12 months ago: plan the next one.",
                    format::date(last)
                )),
                Some(_) => {}
            }
        }
        StepId::Evaluation => {
            if let Some(due) = plan.evaluation.next_evaluation
                && due < today
            {
                notes.push(format!(
                    "The next evaluation was due on {}.",
                    format::date(due)
                ));
            }
        }
        _ => {}
    }
    notes
}

#[cfg(test)]
mod tests {
    use super::*;

    fn example() -> Plan {
        crate::storage::plan_from_str(crate::EXAMPLE_PLAN, std::path::Path::new("example")).unwrap()
    }

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn a_year_later_tests_training_and_evaluation_need_attention() {
        let plan = example();
        let soon = day(2026, 6, 1);
        for step in [
            StepId::RestoreTests,
            StepId::Training,
            StepId::Evaluation,
            StepId::Encryption,
        ] {
            assert!(attention(&plan, step, soon).is_empty(), "{step:?} early");
        }
        let later = day(2027, 4, 1);
        assert_eq!(
            attention(&plan, StepId::RestoreTests, later),
            ["The last restore test was on 2026-02-14, more than 12 months ago: test again."]
        );
        assert_eq!(
            attention(&plan, StepId::Training, later),
            ["The last training was on 2026-03-05, more than 12 months ago: plan the next one."]
        );
        assert_eq!(
            attention(&plan, StepId::Evaluation, later),
            ["The next evaluation was due on 2027-03-31."]
        );
        assert_eq!(attention(&plan, StepId::Encryption, later).len(), 3);
        assert!(attention(&plan, StepId::IdentifySystems, later).is_empty());
    }

    #[test]
    fn a_plan_without_tests_or_training_says_so() {
        let plan = Plan::default();
        let today = day(2026, 6, 1);
        assert_eq!(
            attention(&plan, StepId::RestoreTests, today),
            ["No restore test is recorded."]
        );
        assert_eq!(
            attention(&plan, StepId::Training, today),
            ["No training has taken place yet."]
        );
    }
}
