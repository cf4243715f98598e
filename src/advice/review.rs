//! The yearly review's logic: what changed since the last approved revision, how each
//! step stands in the review, and the sign-off of the next revision. No egui.

use std::collections::BTreeSet;
use std::rc::Rc;

use chrono::NaiveDate;

use crate::advice::Advice;
use crate::advice::changes::Change;
use crate::i18n::{Language, Phrase};
use crate::model::plan::{ApprovedRevision, Plan, SignOff};
use crate::model::steps::StepId;

/// A review under way.
pub struct Review {
    /// The plan as last approved; an empty plan when it never was.
    pub baseline: Plan,
    /// The number of that revision, if there is one.
    pub baseline_revision: Option<u32>,
    /// Steps the person confirmed as still valid.
    pub confirmed: BTreeSet<StepId>,
    pub sign_off: SignOff,
    /// The changes since the baseline as last worked out, the change of plan they are
    /// about (a count that moves on with every change of the plan) and the language they
    /// are worded in: a 2,000-system plan takes some 5 ms to compare, too long to do again
    /// in every frame.
    changes: Option<(u64, Language, Rc<[Change]>)>,
}

impl Review {
    /// Starts a review of `plan` against its last approved revision.
    pub fn start(plan: &Plan) -> Self {
        let last = plan.last_revision();
        Self {
            baseline: last.map(|r| (*r.snapshot).clone()).unwrap_or_default(),
            baseline_revision: last.map(|r| r.revision),
            confirmed: BTreeSet::new(),
            sign_off: SignOff {
                approver: plan.approval.approver.clone(),
                role: plan.approval.role.clone(),
                ..SignOff::default()
            },
            changes: None,
        }
    }

    /// Every change from the baseline to `plan`, in `language`, worked out again only
    /// when `change` (the count of the plan's changes) moved on or the language changed.
    pub fn changes(&mut self, plan: &Plan, change: u64, language: Language) -> Rc<[Change]> {
        if let Some((seen, worded, changes)) = &self.changes
            && *seen == change
            && *worded == language
        {
            return changes.clone();
        }
        let changes: Rc<[Change]> =
            crate::advice::changes::changes_in(&self.baseline, plan, language).into();
        self.changes = Some((change, language, changes.clone()));
        changes
    }

    /// What the review compares with: "revision 3" or "the start".
    pub fn since(&self) -> Phrase {
        self.baseline_revision.map_or_else(
            || Phrase::new("changes-since-start"),
            |n| Phrase::new("changes-since-revision").with("revision", n.to_string()),
        )
    }
}

/// How a step stands in the review.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReviewMark {
    ToReview,
    Confirmed,
    Changed,
    NeedsAttention,
}

/// How `step` stands in the review: a step with findings needs attention until the
/// person confirms it (having read them), then it counts as changed or confirmed.
pub fn mark(review: &Review, step: StepId, all: &[Change], advice: &Advice) -> ReviewMark {
    let has_findings = advice.for_step(step).next().is_some();
    if has_findings && !review.confirmed.contains(&step) {
        ReviewMark::NeedsAttention
    } else if all.iter().any(|c| c.step == Some(step)) {
        ReviewMark::Changed
    } else if review.confirmed.contains(&step) {
        ReviewMark::Confirmed
    } else {
        ReviewMark::ToReview
    }
}

/// The steps nobody looked at in the review: neither confirmed as still valid nor changed.
pub fn unreviewed(review: &Review, all: &[Change]) -> Vec<StepId> {
    crate::model::steps::STEPS
        .iter()
        .map(|s| s.id)
        .filter(|step| {
            !review.confirmed.contains(step) && !all.iter().any(|c| c.step == Some(*step))
        })
        .collect()
}

/// Signs the reviewed `plan` off as its next approved revision, with the changes since
/// the last one (see [`Plan::record_revision`]), worded in the plan's document language:
/// the procedure prints them.
pub fn sign_off<'p>(
    plan: &'p mut Plan,
    sign_off: &SignOff,
    today: NaiveDate,
) -> &'p ApprovedRevision {
    let language = plan.identity.document_language;
    let changes = match plan.last_revision() {
        Some(last) => crate::advice::changes::changes_in(&last.snapshot, plan, language)
            .into_iter()
            .map(|c| c.text)
            .collect(),
        None => Vec::new(),
    };
    plan.record_revision(sign_off, changes, today)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::limits::{MAX_ROWS, check};

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    use crate::model::sample::plan_with_restore_test as plan_with_test;

    #[test]
    fn signing_off_makes_the_next_revision_with_its_changes_and_next_review() {
        let mut plan = plan_with_test();
        plan.identity.review_interval_months = None;
        let first = sign_off(
            &mut plan,
            &SignOff {
                approver: "Margaret".into(),
                date: Some(date(2026, 2, 1)),
                ..SignOff::default()
            },
            date(2026, 2, 1),
        )
        .clone();
        assert_eq!(first.revision, 1);
        assert!(first.changes.is_empty());
        assert_eq!(plan.identity.next_review, Some(date(2027, 2, 1)));

        plan.add_system().name = "Website".into();
        let second = sign_off(
            &mut plan,
            &SignOff {
                approver: "Margaret".into(),
                role: "Partner".into(),
                date: None,
                comment: "Fine".into(),
            },
            date(2027, 2, 10),
        )
        .clone();
        assert_eq!(second.revision, 2);
        assert_eq!(plan.identity.revision, 2);
        assert_eq!(second.changes, ["System added: Website"]);
        assert_eq!(second.date, Some(date(2027, 2, 10)));
        assert_eq!(plan.identity.next_review, Some(date(2028, 2, 10)));
        assert_eq!(second.snapshot.systems.len(), 1);
        assert!(
            second.snapshot.revisions.is_empty(),
            "a snapshot holds no history of its own"
        );
        let line = plan.documentation.history.last().unwrap();
        assert_eq!(
            (line.version.as_str(), line.change.as_str()),
            ("2", "Reviewed; 1 change.")
        );
    }

    #[test]
    fn the_review_interval_can_be_changed() {
        let mut plan = plan_with_test();
        plan.identity.review_interval_months = Some(6);
        sign_off(&mut plan, &SignOff::default(), date(2026, 8, 31));
        assert_eq!(plan.identity.next_review, Some(date(2027, 2, 28)));
    }

    #[test]
    fn a_sign_off_keeps_what_it_records_within_the_limits() {
        let today = NaiveDate::from_ymd_opt(2026, 3, 1).unwrap();
        let mut plan = Plan::new(today);
        sign_off(&mut plan, &SignOff::default(), today);
        // 6,000 changes since: more than a list of the plan holds.
        for _ in 0..4_000 {
            plan.add_system();
        }
        for _ in 0..2_000 {
            plan.add_destination();
        }
        plan.identity.review_interval_months = Some(120);
        let later = NaiveDate::from_ymd_opt(2195, 1, 1).unwrap();
        let revision = sign_off(&mut plan, &SignOff::default(), later).clone();
        assert_eq!(revision.changes.len(), MAX_ROWS);
        let last = revision.changes.last().unwrap();
        assert!(
            last.starts_with("… and 1,0") && last.ends_with(" more changes"),
            "{last}"
        );
        assert_eq!(
            plan.identity.next_review, None,
            "2205 is beyond the dates a plan holds"
        );
        assert_eq!(check(&plan), Ok(()));
    }

    #[test]
    fn a_step_with_findings_needs_attention_until_confirmed() {
        let mut plan = plan_with_test();
        sign_off(&mut plan, &SignOff::default(), date(2026, 2, 1));
        let mut review = Review::start(&plan);
        let today = date(2026, 3, 1);
        plan.add_system().name = "Website".into();
        let all = review.changes(&plan, 1, Language::ENGLISH);
        let advice = Advice::new(&plan, today);
        let step_with_findings = crate::model::steps::STEPS
            .iter()
            .map(|s| s.id)
            .find(|&id| advice.for_step(id).next().is_some() && id != StepId::IdentifySystems)
            .expect("the new plan has findings somewhere");
        assert_eq!(
            mark(&review, step_with_findings, &all, &advice),
            ReviewMark::NeedsAttention
        );
        review.confirmed.insert(step_with_findings);
        assert_eq!(
            mark(&review, step_with_findings, &all, &advice),
            ReviewMark::Confirmed
        );
        let changed = StepId::IdentifySystems;
        review.confirmed.insert(changed);
        assert_eq!(mark(&review, changed, &all, &advice), ReviewMark::Changed);
        let untouched = crate::model::steps::STEPS.iter().map(|s| s.id).find(|&id| {
            advice.for_step(id).next().is_none() && !all.iter().any(|c| c.step == Some(id))
        });
        if let Some(untouched) = untouched {
            assert_eq!(
                mark(&review, untouched, &all, &advice),
                ReviewMark::ToReview
            );
        }
    }
}
