//! The plan's recurring duties: the yearly review, restore tests, log reviews, key checks,
//! the training and the evaluation, each with when it is next due and how often it comes
//! back. The calendar reminders (`documents::reminders`) and the notice of what is overdue
//! when a plan opens read them.

use chrono::{Months, NaiveDate, TimeDelta};

use crate::model::options::Frequency;
use crate::model::plan::Plan;
use crate::model::steps::StepId;

/// Which duty it is; also what keeps its calendar event the same from one export to the
/// next.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum DutyKind {
    Review,
    RestoreTest,
    LogReview,
    KeyCheck,
    Training,
    Evaluation,
}

impl DutyKind {
    /// A short stable name, for calendar identifiers.
    pub fn key(self) -> &'static str {
        match self {
            Self::Review => "review",
            Self::RestoreTest => "restore-test",
            Self::LogReview => "log-review",
            Self::KeyCheck => "key-check",
            Self::Training => "training",
            Self::Evaluation => "evaluation",
        }
    }
}

/// How often a duty comes back.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Every {
    Days(u32),
    Months(u32),
}

impl Every {
    /// "every 3 months", "every week".
    pub fn words(self) -> String {
        match self {
            Self::Days(1) => "every day".to_owned(),
            Self::Days(7) => "every week".to_owned(),
            Self::Days(14) => "every two weeks".to_owned(),
            Self::Days(days) => format!("every {days} days"),
            Self::Months(1) => "every month".to_owned(),
            Self::Months(12) => "every year".to_owned(),
            Self::Months(months) if months % 12 == 0 => format!("every {} years", months / 12),
            Self::Months(months) => format!("every {months} months"),
        }
    }

    /// The date one period after `date`; the last day of a month where the day is missing
    /// (31 January and a month is 28 February). `None` past the end of the calendar.
    pub fn after(self, date: NaiveDate) -> Option<NaiveDate> {
        match self {
            Self::Days(days) => date.checked_add_signed(TimeDelta::days(i64::from(days))),
            Self::Months(months) => date.checked_add_months(Months::new(months)),
        }
    }
}

/// One recurring duty of the plan.
#[derive(Clone, Debug, PartialEq)]
pub struct Duty {
    pub kind: DutyKind,
    /// "Yearly review of the backup plan".
    pub title: String,
    /// What to do, in a sentence or two.
    pub what: String,
    pub step: StepId,
    /// When it is next due; before today when it is overdue.
    pub due: NaiveDate,
    pub every: Every,
    /// How many days before it is due a reminder goes off.
    pub remind_days_before: u32,
}

impl Duty {
    /// Whether it was due before `today`.
    pub fn overdue(&self, today: NaiveDate) -> bool {
        self.due < today
    }
}

/// A key check and the training come back once a year unless the plan says otherwise.
const YEARLY: Every = Every::Months(12);

/// The duties of `plan` as of `today`, in the order of the steps. A duty the plan has
/// nothing to go on for (no log review cadence, no encryption recorded, no training) is
/// left out.
#[expect(
    clippy::too_many_lines,
    reason = "one duty after another, in step order, read top to bottom"
)]
pub fn duties(plan: &Plan, today: NaiveDate) -> Vec<Duty> {
    let mut duties = Vec::new();
    let mut push = |kind: DutyKind,
                    title: &str,
                    what: String,
                    step: StepId,
                    last: Option<NaiveDate>,
                    every: Every,
                    due: Option<NaiveDate>| {
        let due = due
            .or_else(|| last.and_then(|d| Every::after(every, d)))
            .unwrap_or(today);
        duties.push(Duty {
            kind,
            title: title.to_owned(),
            what,
            step,
            due,
            every,
            remind_days_before: match every {
                Every::Days(days) if days < 7 => 0,
                Every::Days(_) => 1,
                Every::Months(months) if months < 6 => 3,
                Every::Months(_) => 7,
            },
        });
    };

    let months = plan.identity.review_months();
    push(
        DutyKind::Review,
        "Review the backup plan",
        format!(
            "Open the plan in Backup Planner and start the review: walk the 14 steps, confirm \
             or change each, and sign it off. It comes back {}.",
            Every::Months(months).words()
        ),
        StepId::Documentation,
        plan.revisions.last().and_then(|r| r.date),
        Every::Months(months),
        plan.identity.next_review,
    );

    let months = plan.restore_test_months();
    push(
        DutyKind::RestoreTest,
        "Test a restore from the backup",
        "Restore a few files or a database to a separate place (never over the original), \
         time it, and record the test in step 9."
            .to_owned(),
        StepId::RestoreTests,
        plan.restore_tests.iter().filter_map(|t| t.date).max(),
        Every::Months(months),
        None,
    );

    if let Some(cadence) = plan.log_reviews.cadence {
        let every = match cadence {
            Frequency::Hourly | Frequency::Daily => Every::Days(1),
            Frequency::Weekly => Every::Days(7),
            Frequency::BiWeekly => Every::Days(14),
            Frequency::Monthly => Every::Months(1),
        };
        push(
            DutyKind::LogReview,
            "Review the backup logs",
            "Look through the backup logs for failures, missed runs and anything unusual \
             (Backup Planner can import them), and record the review in step 11."
                .to_owned(),
            StepId::LogReview,
            plan.log_reviews.entries.iter().filter_map(|r| r.date).max(),
            every,
            None,
        );
    }

    if !plan.encryption.is_empty() {
        push(
            DutyKind::KeyCheck,
            "Check the encryption keys",
            "Check that each backup's encryption key or password is where step 6 says, that \
             its holder still has it, and that it opens the backup; record the date in step 6."
                .to_owned(),
            StepId::Encryption,
            plan.encryption.iter().filter_map(|e| e.verified_on).max(),
            YEARLY,
            None,
        );
    }

    let sessions: Vec<NaiveDate> = plan
        .training
        .sessions
        .iter()
        .filter_map(|s| s.date)
        .collect();
    if !sessions.is_empty() {
        let last_held = sessions.iter().filter(|d| **d <= today).max().copied();
        let next_planned = sessions.iter().filter(|d| **d > today).min().copied();
        push(
            DutyKind::Training,
            "Train the staff on the backup procedure",
            "Plan this year's training on the backup procedure and invite the staff from \
             step 13."
                .to_owned(),
            StepId::Training,
            last_held,
            YEARLY,
            next_planned,
        );
    }

    let evaluation = &plan.evaluation;
    if evaluation.next_evaluation.is_some() || evaluation.evaluated_on.is_some() {
        push(
            DutyKind::Evaluation,
            "Evaluate how the backups perform",
            "Look at how long the backups take, how many succeed, how fast restores are and \
             how much storage is used, and record it in step 14."
                .to_owned(),
            StepId::Evaluation,
            evaluation.evaluated_on,
            YEARLY,
            evaluation.next_evaluation,
        );
    }
    duties
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::plan::{EncryptionCheck, LogReview, RestoreTest};

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn kinds(duties: &[Duty]) -> Vec<DutyKind> {
        duties.iter().map(|d| d.kind).collect()
    }

    #[test]
    fn a_new_plan_has_its_review_and_restore_tests_due() {
        let today = date(2026, 12, 3);
        let plan = Plan::new(today);
        let duties = duties(&plan, today);
        assert_eq!(kinds(&duties), [DutyKind::Review, DutyKind::RestoreTest]);
        assert_eq!(duties[1].every, Every::Months(3));
        assert_eq!(duties[1].due, today, "no test yet: due now");
        assert!(!duties[1].overdue(today));
    }

    #[test]
    fn each_duty_is_due_one_period_after_it_was_last_done() {
        let today = date(2026, 12, 3);
        let mut plan = Plan::new(today);
        plan.identity.next_review = Some(date(2027, 2, 15));
        plan.restore_test_every_months = Some(6);
        plan.restore_tests = vec![RestoreTest {
            date: Some(date(2026, 5, 31)),
            ..RestoreTest::default()
        }];
        plan.log_reviews.cadence = Some(Frequency::BiWeekly);
        plan.log_reviews.entries = vec![LogReview {
            date: Some(date(2026, 11, 1)),
            ..LogReview::default()
        }];
        plan.encryption = vec![EncryptionCheck {
            verified_on: Some(date(2026, 1, 10)),
            ..EncryptionCheck::default()
        }];
        plan.evaluation.next_evaluation = Some(date(2027, 3, 31));
        let duties = duties(&plan, today);
        let due: Vec<(DutyKind, NaiveDate, bool)> = duties
            .iter()
            .map(|d| (d.kind, d.due, d.overdue(today)))
            .collect();
        assert_eq!(
            due,
            [
                (DutyKind::Review, date(2027, 2, 15), false),
                (DutyKind::RestoreTest, date(2026, 11, 30), true),
                (DutyKind::LogReview, date(2026, 11, 15), true),
                (DutyKind::KeyCheck, date(2027, 1, 10), false),
                (DutyKind::Evaluation, date(2027, 3, 31), false),
            ]
        );
        assert_eq!(duties[2].every.words(), "every two weeks");
        assert_eq!(duties[0].every.words(), "every year");
    }

    #[test]
    fn a_last_date_at_the_end_of_the_calendar_does_not_overflow() {
        let today = date(2026, 12, 3);
        let mut plan = Plan::new(today);
        plan.restore_tests = vec![RestoreTest {
            date: Some(NaiveDate::MAX),
            ..RestoreTest::default()
        }];
        let duties = duties(&plan, today);
        assert_eq!(duties[1].due, today);
    }
}
