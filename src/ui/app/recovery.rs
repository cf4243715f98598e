//! Copies of unsaved work: kept aside while editing, offered back after a crash.

use crate::files::plan_lock;
use crate::files::storage;
use crate::model::plan::Plan;

use super::App;
use crate::ui::state::OpenPlan;

impl App {
    /// Finds unsaved work left by earlier runs, then starts this run's recovery session.
    pub(super) fn start_recovery(&mut self) {
        let Some(dir) = self.config.recovery_dir.clone() else {
            return;
        };
        let (orphans, unreadable) = crate::files::recovery::orphans(&dir);
        self.orphans = orphans;
        if let Some(first) = unreadable.first() {
            let text = t!(
                "recovery-unreadable-text",
                error = first.error.text(crate::i18n::ui()),
                path = first.file.display().to_string()
            );
            self.fail(&t!("recovery-unreadable"), text);
        }
        match crate::files::recovery::Session::start(&dir) {
            Ok(session) => self.recovery = Some(session),
            Err(err) => {
                self.recovery_problem =
                    Some(t!("recovery-not-started", error = err.to_string()).into_owned());
            }
        }
    }

    /// Writes unsaved work aside a few seconds after the last edit; clears the copy once
    /// there is nothing unsaved.
    pub(super) fn keep_recovery_copy(&mut self, ctx: &egui::Context) {
        let Some(session) = &self.recovery else {
            return;
        };
        if let Some(problem) = session.problem() {
            self.recovery_problem = Some(
                t!(
                    "recovery-not-written",
                    error = problem.text(crate::i18n::ui())
                )
                .into_owned(),
            );
        }
        let Some(open) = &mut self.open else {
            return;
        };
        let now = ctx.input(|i| i.time);
        open.observe(now);
        if !open.is_dirty() {
            if open.edits.forget_copy() {
                session.clear();
            }
            return;
        }
        match open.edits.recovery_due_in(&open.plan, now) {
            Some(wait) if wait <= 0.0 => {
                session.write(crate::files::recovery::RecoveryCopy {
                    plan_path: open.path.clone(),
                    disk: open.disk,
                    written: self.config.clock.now(),
                    plan: open.plan.clone(),
                });
                open.edits.recorded();
            }
            Some(wait) => ctx.request_repaint_after(std::time::Duration::from_secs_f64(wait)),
            None => {}
        }
    }

    /// Puts `open` in place of the open plan; the old plan's recovery copy goes.
    pub(super) fn replace_open(&mut self, open: Option<OpenPlan>) {
        if let (Some(session), Some(old)) = (&self.recovery, &self.open)
            && old.edits.has_copy()
        {
            session.clear();
        }
        self.open = open;
    }

    /// Ends the recovery session as the app quits: the copy goes unless work is unsaved.
    pub fn end_recovery(&mut self) {
        let unsaved = self.open.as_ref().is_some_and(OpenPlan::is_dirty);
        if let Some(session) = self.recovery.take()
            && !unsaved
        {
            session.end();
        }
    }

    /// Restores unsaved work from a recovery copy: the plan opens with its file, unsaved,
    /// and a save replaces the file only if nobody changed it since the copy was made.
    pub(super) fn restore(&mut self, orphan: &crate::files::recovery::Orphan) {
        let copy = orphan.copy.clone();
        let had_path = copy.plan_path.is_some();
        // Copies of older versions kept the path as typed: relative to a folder unknown now.
        let path = copy.plan_path.filter(|p| p.is_absolute());
        let on_disk = path
            .as_deref()
            .and_then(|p| storage::load_plan_with_state(p).ok());
        let mut open = OpenPlan::new(copy.plan, path.clone());
        if let Some((plan, state)) = on_disk {
            open.edits.set_saved(plan);
            // An older copy does not say what the file held: what is there now counts.
            open.disk = copy.disk.or(Some(state));
        } else {
            open.edits.set_saved(Plan::default());
            open.disk = copy.disk;
        }
        // Kept aside again at once: the old copy goes now.
        open.edits.record_at_once();
        self.replace_open(None);
        if let Some(path) = &path {
            if let Some(holder) = plan_lock::held_by_other(path) {
                open.read_only = Some(holder);
            }
            if let Err(holder) = Self::attach_file(&self.config, &self.ctx, &mut open, path, false)
            {
                open.read_only = Some(holder);
                let _ = Self::attach_file(&self.config, &self.ctx, &mut open, path, false);
            }
        }
        self.replace_open(Some(open));
        orphan.remove();
        if had_path && path.is_none() {
            self.notice(
                &t!("recovery-without-file"),
                t!("recovery-without-file-text"),
            );
        }
    }
}
