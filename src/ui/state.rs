//! The plan being worked on: its file, whether it is saved, undo, the advice and the
//! recovery timing.

use std::path::PathBuf;

use crate::advice::Advice;
use crate::advice::editing::Edits;
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
    /// The end of the wizard, after step 14: what is complete, what is open, what now.
    Finish,
    /// The end of a review: the changes and the sign-off.
    ReviewSummary,
}

/// A plan being worked on.
pub struct OpenPlan {
    pub plan: Plan,
    /// The file it came from or was last saved to; `None` until first saved.
    pub path: Option<PathBuf>,
    /// What is tracked while it is edited: saved or not, the changes, the advice, the
    /// recovery timing.
    pub(super) edits: Edits,
    pub page: Page,
    /// Earlier states of the plan, for Undo and Redo.
    pub(super) undoer: egui::util::undoer::Undoer<Plan>,
    /// The yearly review under way, if any.
    pub review: Option<Review>,
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
    /// Which plan the fields show: a new number each time a plan is opened or replaced as
    /// a whole (Undo, Redo, a reload), so that text typed into the fields of the one
    /// before is not shown over the values of the new one.
    pub(super) shown: u64,
    /// The person put away the note of overdue duties for as long as the plan is open.
    pub overdue_put_away: bool,
}

/// Counts the plans shown, for [`OpenPlan::shown`].
static SHOWN: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

/// A number no plan shown so far has had.
pub(super) fn next_shown() -> u64 {
    SHOWN.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1
}

impl OpenPlan {
    pub(super) fn new(plan: Plan, path: Option<PathBuf>) -> Self {
        Self {
            edits: Edits::new(&plan),
            plan,
            path,
            page: Page::Details,
            undoer: egui::util::undoer::Undoer::default(),
            review: None,
            disk: None,
            lock: None,
            lock_problem: None,
            read_only: None,
            watch: None,
            shown: next_shown(),
            overdue_put_away: false,
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
            self.shown = next_shown();
        }
    }

    /// Takes back the last undo, if there is one.
    pub fn redo(&mut self) {
        if let Some(next) = self.undoer.redo(&self.plan) {
            self.plan = next.clone();
            self.shown = next_shown();
        }
    }

    /// Counts the changes to the plan noticed so far: a new number means a changed plan.
    pub fn change(&self) -> u64 {
        self.edits.change()
    }

    /// Whether the plan has changes not yet saved.
    pub fn is_dirty(&self) -> bool {
        self.edits.is_dirty(&self.plan)
    }

    /// Notices whether the plan changed since the last frame; `now` is egui's clock.
    pub(super) fn observe(&mut self, now: f64) {
        self.edits.observe(&self.plan, now);
    }

    /// The findings and storage estimate for the plan as it stands today.
    /// The plan's changes are noticed at the start of each frame (see `App::show`).
    pub fn advice(&mut self, now: chrono::NaiveDateTime) -> std::rc::Rc<Advice> {
        self.edits.advice(&self.plan, now)
    }

    /// The plan as it stands is what its file holds now.
    pub(super) fn mark_saved(&mut self) {
        self.edits.set_saved(self.plan.clone());
    }
}
