//! The plan's recurring duties: the yearly review, restore tests, log reviews, key checks,
//! the training and the evaluation, each with when it is next due and how often it comes
//! back. The calendar reminders (`documents::reminders`) and the notice of what is overdue
//! when a plan opens read them.

use chrono::{Months, NaiveDate, TimeDelta};

use crate::i18n::Phrase;
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

    /// The message naming the duty; its `.what` attribute says what to do.
    fn message(self) -> &'static str {
        match self {
            Self::Review => "duties-review",
            Self::RestoreTest => "duties-restore-test",
            Self::LogReview => "duties-log-review",
            Self::KeyCheck => "duties-key-check",
            Self::Training => "duties-training",
            Self::Evaluation => "duties-evaluation",
        }
    }

    /// The message of what to do (the `.what` of [`Self::message`]).
    fn what(self) -> &'static str {
        match self {
            Self::Review => "duties-review.what",
            Self::RestoreTest => "duties-restore-test.what",
            Self::LogReview => "duties-log-review.what",
            Self::KeyCheck => "duties-key-check.what",
            Self::Training => "duties-training.what",
            Self::Evaluation => "duties-evaluation.what",
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
    pub fn words(self) -> Phrase {
        let (unit, count) = match self {
            Self::Days(days) => ("days", days),
            Self::Months(months) if months % 12 == 0 && months != 12 => ("years", months / 12),
            Self::Months(months) => ("months", months),
        };
        Phrase::new("duties-every")
            .with("unit", unit)
            .with("count", count)
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
    /// "Review the backup plan".
    pub title: Phrase,
    /// What to do, in a sentence or two.
    pub what: Phrase,
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
pub fn duties(plan: &Plan, today: NaiveDate) -> Vec<Duty> {
    let mut duties = Vec::new();
    let mut push = |kind: DutyKind,
                    step: StepId,
                    last: Option<NaiveDate>,
                    every: Every,
                    due: Option<NaiveDate>| {
        let due = due
            .or_else(|| last.and_then(|d| Every::after(every, d)))
            .unwrap_or(today);
        let what = Phrase::new(kind.what()).with("every", every.words());
        duties.push(Duty {
            kind,
            title: Phrase::new(kind.message()),
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
        StepId::Documentation,
        plan.revisions.last().and_then(|r| r.date),
        Every::Months(months),
        plan.identity.next_review,
    );

    let months = plan.restore_test_months();
    push(
        DutyKind::RestoreTest,
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
            StepId::LogReview,
            plan.log_reviews.entries.iter().filter_map(|r| r.date).max(),
            every,
            None,
        );
    }

    if !plan.encryption.is_empty() {
        push(
            DutyKind::KeyCheck,
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
        let words = |every: Every| every.words().text(crate::i18n::Language::ENGLISH);
        assert_eq!(words(duties[2].every), "every two weeks");
        assert_eq!(words(duties[0].every), "every year");
    }

    #[test]
    fn each_duty_says_what_to_do_and_how_often_it_comes_back() {
        let english = crate::i18n::Language::ENGLISH;
        let today = date(2026, 12, 3);
        let duties = duties(&crate::model::sample::example(), today);
        assert_eq!(duties.len(), 6);
        assert_eq!(duties[0].title.text(english), "Review the backup plan");
        assert!(
            duties[0]
                .what
                .text(english)
                .ends_with("It comes back every year."),
            "{}",
            duties[0].what.text(english)
        );
        for duty in &duties {
            assert!(!duty.title.text(english).starts_with("duties-"));
            assert!(duty.what.text(english).ends_with('.'));
        }
        let words = |every: Every| every.words().text(english);
        assert_eq!(words(Every::Days(1)), "every day");
        assert_eq!(words(Every::Days(3)), "every 3 days");
        assert_eq!(words(Every::Days(7)), "every week");
        assert_eq!(words(Every::Months(1)), "every month");
        assert_eq!(words(Every::Months(3)), "every 3 months");
        assert_eq!(words(Every::Months(24)), "every 2 years");
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
