//! The plan being worked on: its file, whether it is saved, undo, the advice and the
//! recovery timing.

use std::path::PathBuf;

use crate::advice::Advice;
use crate::advice::review::Review;
use crate::files::disk::DiskState;
use crate::files::plan_lock::{Holder, PlanLock};
use crate::model::plan::Plan;
use crate::model::steps::StepId;

/// The page of the wizard that shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Page {
    /// Organisation, title and review date.
    Details,
    Step(StepId),
    /// The end of a review: the changes and the sign-off.
    ReviewSummary,
}

/// A plan being worked on.
pub struct OpenPlan {
    pub plan: Plan,
    /// The file it came from or was last saved to; `None` until first saved.
    pub path: Option<PathBuf>,
    /// The plan as last saved, opened or created, to tell whether there are unsaved
    /// changes: an untouched new plan can be put away without a question.
    pub(super) saved: Plan,
    pub page: Page,
    /// Earlier states of the plan, for Undo and Redo.
    pub(super) undoer: egui::util::undoer::Undoer<Plan>,
    /// The yearly review under way, if any.
    pub review: Option<Review>,
    /// The adviser's last word, the change and the day it was about.
    pub(super) advice: Option<(u64, chrono::NaiveDate, std::rc::Rc<Advice>)>,
    /// The plan as last seen, to notice a change once a frame.
    pub(super) seen: Plan,
    /// Counts the changes noticed; a change of plan shows as a new number.
    pub(super) change: u64,
    /// When the last change was noticed (egui's clock, seconds).
    pub(super) changed_at: f64,
    /// When the first change not yet in the recovery copy was noticed.
    pub(super) unrecorded_since: Option<f64>,
    /// The change the recovery copy holds, if there is a copy.
    pub(super) recorded: Option<u64>,
    /// What the file held when this window last read or wrote it: a save replaces only that.
    pub(super) disk: Option<DiskState>,
    /// This window's lock beside the file, saying to others that it is open here.
    pub(super) lock: Option<PlanLock>,
    /// Why there is no lock, said in the menu bar.
    pub(super) lock_problem: Option<String>,
    /// Opened to read while someone else has it open: a save goes to another file.
    pub read_only: Option<Holder>,
    /// Looks out for changes to the file by someone else.
    pub(super) watch: Option<crate::files::watch::Watch>,
}

impl OpenPlan {
    pub(super) fn new(plan: Plan, path: Option<PathBuf>) -> Self {
        let plan_seen = plan.clone();
        Self {
            saved: plan.clone(),
            plan,
            path,
            page: Page::Details,
            undoer: egui::util::undoer::Undoer::default(),
            review: None,
            advice: None,
            seen: plan_seen,
            change: 0,
            changed_at: 0.0,
            unrecorded_since: None,
            recorded: None,
            disk: None,
            lock: None,
            lock_problem: None,
            read_only: None,
            watch: None,
        }
    }

    /// Whether the plan is open to read only, because someone else has it open.
    pub fn is_read_only(&self) -> bool {
        self.read_only.is_some()
    }

    /// Goes back to the state before the last change, if there is one.
    pub fn undo(&mut self) {
        if let Some(previous) = self.undoer.undo(&self.plan) {
            self.plan = previous.clone();
        }
    }

    /// Takes back the last undo, if there is one.
    pub fn redo(&mut self) {
        if let Some(next) = self.undoer.redo(&self.plan) {
            self.plan = next.clone();
        }
    }

    /// Counts the changes to the plan noticed so far: a new number means a changed plan.
    pub fn change(&self) -> u64 {
        self.change
    }

    /// Whether the plan has changes not yet saved.
    pub fn is_dirty(&self) -> bool {
        self.saved != self.plan
    }

    /// Notices whether the plan changed since the last frame; `now` is egui's clock.
    pub(super) fn observe(&mut self, now: f64) {
        if self.seen != self.plan {
            self.seen.clone_from(&self.plan);
            self.change += 1;
            self.changed_at = now;
            self.unrecorded_since.get_or_insert(now);
        }
    }

    /// The findings and storage estimate for the plan as it stands today.
    /// The plan's changes are noticed at the start of each frame (see [`App::show`]).
    pub fn advice(&mut self, today: chrono::NaiveDate) -> std::rc::Rc<Advice> {
        if let Some((change, day, advice)) = &self.advice
            && *day == today
            && *change == self.change
        {
            return advice.clone();
        }
        let advice = std::rc::Rc::new(Advice::new(&self.plan, today));
        self.advice = Some((self.change, today, advice.clone()));
        advice
    }

    /// When the unsaved work should next be written aside: `Some(0.0)` for now, `None`
    /// when there is nothing to write.
    pub(super) fn recovery_due_in(&self, now: f64) -> Option<f64> {
        let since = self.unrecorded_since?;
        if !self.is_dirty() || self.recorded == Some(self.change) {
            return None;
        }
        let due = (self.changed_at + RECOVERY_PAUSE).min(since + RECOVERY_LONGEST);
        Some((due - now).max(0.0))
    }
}

/// Seconds after the last edit that unsaved work is written aside.
pub(super) const RECOVERY_PAUSE: f64 = 3.0;
/// During a long stretch of typing, unsaved work is written aside at least this often.
pub(super) const RECOVERY_LONGEST: f64 = 30.0;
