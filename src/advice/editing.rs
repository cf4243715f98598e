//! What is tracked about a plan while it is edited: whether it has unsaved changes, a
//! count that moves on with every change (so the advice and the review's changes are
//! worked out again only then), the advice for the plan as it stands, and when unsaved
//! work is due to be written aside against a crash. No egui, no I/O: the window feeds it
//! the plan and its own clock once a frame.

use std::rc::Rc;

use chrono::NaiveDateTime;

use crate::advice::Advice;
use crate::model::plan::Plan;

/// Seconds after the last edit that unsaved work is written aside.
pub const RECOVERY_PAUSE: f64 = 3.0;
/// During a long stretch of typing, unsaved work is written aside at least this often.
pub const RECOVERY_LONGEST: f64 = 30.0;

/// The tracking of one plan being edited (the plan itself is the caller's).
pub struct Edits {
    /// The plan as last saved, opened or created: an untouched new plan can be put away
    /// without a question.
    saved: Plan,
    /// The plan as last seen, to notice a change once a frame.
    seen: Plan,
    /// Counts the changes noticed; a change of plan shows as a new number.
    change: u64,
    /// When the last change was noticed (the caller's clock, seconds).
    changed_at: f64,
    /// When the first change not yet in the recovery copy was noticed.
    unrecorded_since: Option<f64>,
    /// The change the recovery copy holds, if there is a copy.
    recorded: Option<u64>,
    /// The adviser's last word, the change and the day it was about.
    advice: Option<(u64, NaiveDateTime, Rc<Advice>)>,
}

impl Edits {
    /// Tracking of `plan` as it was opened, created or saved.
    pub fn new(plan: &Plan) -> Self {
        Self {
            saved: plan.clone(),
            seen: plan.clone(),
            change: 0,
            changed_at: 0.0,
            unrecorded_since: None,
            recorded: None,
            advice: None,
        }
    }

    /// Whether `plan` has changes not yet saved.
    pub fn is_dirty(&self, plan: &Plan) -> bool {
        self.saved != *plan
    }

    /// The count of changes noticed so far: a new number means a changed plan.
    pub fn change(&self) -> u64 {
        self.change
    }

    /// Notices whether `plan` changed since the last look; `now` is the caller's clock.
    pub fn observe(&mut self, plan: &Plan, now: f64) {
        if self.seen != *plan {
            self.seen.clone_from(plan);
            self.change += 1;
            self.changed_at = now;
            self.unrecorded_since.get_or_insert(now);
        }
    }

    /// The findings and storage estimate for `plan` as of `now`, worked out again only
    /// when the plan changed (see [`Self::observe`]) or the hour did (how old the last
    /// backup is grows by the hour).
    pub fn advice(&mut self, plan: &Plan, now: NaiveDateTime) -> Rc<Advice> {
        use chrono::Timelike as _;
        let hour = now
            .with_minute(0)
            .and_then(|t| t.with_second(0))
            .and_then(|t| t.with_nanosecond(0))
            .unwrap_or(now);
        if let Some((change, at, advice)) = &self.advice
            && *at == hour
            && *change == self.change
        {
            return advice.clone();
        }
        let advice = Rc::new(Advice::at(plan, now));
        self.advice = Some((self.change, hour, advice.clone()));
        advice
    }

    /// `saved` is what the plan's file holds now (saved, reloaded, or the changes
    /// discarded).
    pub fn set_saved(&mut self, saved: Plan) {
        self.saved = saved;
    }

    /// When the unsaved work of `plan` should next be written aside: `Some(0.0)` for now,
    /// `None` when there is nothing to write.
    pub fn recovery_due_in(&self, plan: &Plan, now: f64) -> Option<f64> {
        let since = self.unrecorded_since?;
        if !self.is_dirty(plan) || self.recorded == Some(self.change) {
            return None;
        }
        let due = (self.changed_at + RECOVERY_PAUSE).min(since + RECOVERY_LONGEST);
        Some((due - now).max(0.0))
    }

    /// The recovery copy now holds the plan as it stands.
    pub fn recorded(&mut self) {
        self.recorded = Some(self.change);
        self.unrecorded_since = None;
    }

    /// Whether a recovery copy was written (and may still be there).
    pub fn has_copy(&self) -> bool {
        self.recorded.is_some()
    }

    /// Nothing is left to keep aside (the plan was saved): returns whether a recovery copy
    /// was written, which the caller then removes.
    pub fn forget_copy(&mut self) -> bool {
        self.unrecorded_since = None;
        self.recorded.take().is_some()
    }

    /// Unsaved work restored from a recovery copy: it is written aside again at once.
    pub fn record_at_once(&mut self) {
        self.unrecorded_since = Some(f64::NEG_INFINITY);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn plan() -> Plan {
        Plan::new(NaiveDate::from_ymd_opt(2026, 3, 1).unwrap())
    }

    #[test]
    fn a_change_is_counted_once_and_saving_makes_the_plan_clean() {
        let mut plan = plan();
        let mut edits = Edits::new(&plan);
        assert!(!edits.is_dirty(&plan));
        plan.identity.title = "Backups".into();
        edits.observe(&plan, 1.0);
        edits.observe(&plan, 2.0);
        assert_eq!(edits.change(), 1, "one change, seen in two frames");
        assert!(edits.is_dirty(&plan));
        edits.set_saved(plan.clone());
        assert!(!edits.is_dirty(&plan));
        // Changed back to what is saved: clean again, though it was a change.
        plan.identity.title = "Other".into();
        edits.observe(&plan, 3.0);
        plan.identity.title = "Backups".into();
        edits.observe(&plan, 4.0);
        assert_eq!(edits.change(), 3);
        assert!(!edits.is_dirty(&plan));
    }

    #[test]
    fn the_advice_is_worked_out_again_only_for_a_new_change_or_hour() {
        let mut plan = plan();
        let mut edits = Edits::new(&plan);
        let day = NaiveDate::from_ymd_opt(2026, 3, 16).unwrap();
        let at = |hour, minute| day.and_hms_opt(hour, minute, 0).unwrap();
        let first = edits.advice(&plan, at(9, 5));
        assert!(Rc::ptr_eq(&first, &edits.advice(&plan, at(9, 55))));
        assert!(!Rc::ptr_eq(&first, &edits.advice(&plan, at(10, 0))));
        plan.add_system();
        edits.observe(&plan, 1.0);
        let changed = edits.advice(&plan, at(10, 0));
        assert!(!Rc::ptr_eq(&first, &changed));
        assert_ne!(first.findings, changed.findings);
    }

    #[test]
    fn unsaved_work_is_written_aside_after_a_pause_and_during_long_typing() {
        let mut plan = plan();
        let mut edits = Edits::new(&plan);
        assert_eq!(edits.recovery_due_in(&plan, 0.0), None, "nothing unsaved");
        plan.identity.title = "a".into();
        edits.observe(&plan, 10.0);
        assert_eq!(
            edits.recovery_due_in(&plan, 11.0),
            Some(RECOVERY_PAUSE - 1.0)
        );
        // Typing on: each keystroke moves the pause, but not past the longest wait.
        for second in 11..45 {
            plan.identity.title.push('b');
            edits.observe(&plan, f64::from(second));
        }
        assert_eq!(edits.recovery_due_in(&plan, 39.0), Some(1.0));
        assert_eq!(edits.recovery_due_in(&plan, 44.0), Some(0.0));
        edits.recorded();
        assert!(edits.has_copy());
        assert_eq!(
            edits.recovery_due_in(&plan, 50.0),
            None,
            "the copy is current"
        );
        assert!(edits.forget_copy());
        assert!(!edits.forget_copy(), "once");
        edits.record_at_once();
        assert_eq!(edits.recovery_due_in(&plan, 50.0), Some(0.0));
    }
}
