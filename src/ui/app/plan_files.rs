//! Opening, saving and reloading the plan's file, shared with others (locks, changes
//! on disk), and the list of recent plans.

use std::path::{Path, PathBuf};

use crate::files::disk;
use crate::files::plan_lock::{self, Holder, PlanLock};
use crate::files::storage::{self, RecentPlan, StorageError};
use crate::model::plan::{self as plan_model};
use crate::platform::dialogs::SaveRequest;
use crate::ui::command::PathCommand;

use super::App;
use super::AppConfig;
use super::dialogs::Dialog;
use super::dialogs::in_use_text;
use super::making::file_stem_for;
use crate::ui::state::OpenPlan;
use crate::ui::state::Page;

impl App {
    /// Ties `open` to its file at `path`: this window's lock (unless it opened the plan to
    /// read only) and a watch for changes by someone else.
    /// `replace` when the person chose to open it although someone else has it open.
    /// Returns who holds the lock when someone else took it since it was last looked at.
    pub(super) fn attach_file(
        config: &AppConfig,
        ctx: &egui::Context,
        open: &mut OpenPlan,
        path: &Path,
        replace: bool,
    ) -> Result<(), Holder> {
        open.lock = None;
        open.lock_problem = None;
        if open.read_only.is_none() {
            match PlanLock::take(path, config.clock.now(), replace) {
                Ok(lock) => open.lock = Some(lock),
                Err(plan_lock::Taken::Held(holder)) => return Err(holder),
                // A folder this person may not write to keeps no lock; the plan still
                // opens, and the menu bar says what that means.
                Err(plan_lock::Taken::Io(err)) => {
                    open.lock_problem =
                        Some(t!("files-not-locked", error = err.to_string()).into_owned());
                }
            }
        }
        let ctx = ctx.clone();
        open.watch = Some(crate::files::watch::Watch::start(
            path.to_owned(),
            open.disk,
            config.watch_every,
            move || ctx.request_repaint(),
        ));
        Ok(())
    }

    pub(super) fn refresh_recent(&mut self) {
        self.recent_present = self
            .settings
            .recent
            .iter()
            .map(|r| r.path.is_file())
            .collect();
    }

    /// Puts the open plan first in the recent list; `saved_now` when it was just saved.
    pub(super) fn remember(&mut self, saved_now: bool) {
        let Some(open) = &self.open else { return };
        let Some(path) = &open.path else { return };
        let path = std::path::absolute(path).unwrap_or_else(|_| path.clone());
        let last_saved = if saved_now {
            Some(self.config.clock.now())
        } else {
            modified_at(&path)
        };
        self.settings.remember(RecentPlan {
            path,
            title: open.plan.display_title(crate::i18n::ui()).into_owned(),
            organisation: open.plan.identity.organisation.clone(),
            last_saved,
            next_review: open.plan.identity.next_review,
        });
        self.save_settings();
    }

    pub(super) fn save_settings(&mut self) {
        if let Some(dir) = &self.config.config_dir
            && let Err(err) = self.settings.save(dir)
        {
            self.show_error(&t!("files-recent-not-saved"), &err);
        }
    }

    /// Opens the plan at `path`. When someone else has it open, asks first, unless
    /// `read_only` says how the person chose to open it (`Some(false)`: anyway).
    pub(super) fn open_path(&mut self, path: &Path, read_only: Option<bool>) {
        // Known by its absolute path from here on: the recent list, the recovery copy and
        // the title must name the same file whatever folder the app was started from.
        let path = std::path::absolute(path).unwrap_or_else(|_| path.to_owned());
        let holder = plan_lock::held_by_other(&path).filter(|holder| {
            // This window's own lock (the plan opened again) is no one else's.
            self.open
                .as_ref()
                .and_then(|o| o.lock.as_ref())
                .is_none_or(|lock| lock.holder() != holder)
        });
        if read_only.is_none()
            && let Some(holder) = holder.clone()
        {
            self.dialog = Some(Dialog::InUse { path, holder });
            return;
        }
        match storage::load_plan_with_state(&path) {
            Ok((plan, state)) => {
                // The old plan and its lock go first, so its lock never removes the new one.
                self.replace_open(None);
                let mut open = OpenPlan::new(plan, Some(path.clone()));
                open.disk = Some(state);
                if read_only == Some(true) {
                    open.read_only = holder;
                }
                let replace = read_only == Some(false);
                if let Err(holder) =
                    Self::attach_file(&self.config, &self.ctx, &mut open, &path, replace)
                {
                    // Another window took it in the instant since it was looked at.
                    self.dialog = Some(Dialog::InUse { path, holder });
                    return;
                }
                self.replace_open(Some(open));
                self.remember(false);
            }
            Err(err) => {
                self.show_error(&t!("files-not-opened"), &err);
                self.refresh_recent();
            }
        }
    }

    /// Reads the plan's file again: someone else changed it, and the person chose their
    /// version over this window's unsaved changes (which Undo still brings back).
    pub(super) fn reload(&mut self) {
        let Some(open) = &mut self.open else { return };
        let Some(path) = open.path.clone() else {
            return;
        };
        match storage::load_plan_with_state(&path) {
            Ok((plan, state)) => {
                open.edits.set_saved(plan.clone());
                open.plan = plan;
                open.shown = crate::ui::state::next_shown();
                open.disk = Some(state);
                if let Some(watch) = &open.watch {
                    watch.set_known(Some(state));
                }
            }
            Err(err) => self.show_error(&t!("files-not-reloaded"), &err),
        }
    }

    /// Shows what differs between the plan's file as it is now and this window's plan.
    pub(super) fn compare_with_disk(&mut self) {
        let Some(open) = &self.open else { return };
        let Some(path) = open.path.clone() else {
            return;
        };
        match storage::load_plan(&path) {
            Ok(theirs) => {
                self.dialog = Some(Dialog::Comparison {
                    title: t!("files-compare-with-disk").into_owned(),
                    changes: crate::advice::changes::changes_in(
                        &theirs,
                        &open.plan,
                        crate::i18n::ui(),
                    ),
                });
            }
            Err(err) => self.show_error(&t!("files-not-read"), &err),
        }
    }

    /// Saves the open plan; asks where when it has no file yet or `choose` is set.
    /// Returns whether the plan is now saved.
    pub(super) fn save(&mut self, choose: bool) -> bool {
        self.save_checked(choose, true)
    }

    /// Saves the open plan; with `check`, a file that someone else changed since this
    /// window read or saved it is left alone and the person is asked what to do.
    pub(super) fn save_checked(&mut self, choose: bool, check: bool) -> bool {
        let Some(open) = &self.open else { return false };
        // A plan opened to read only is saved as another file.
        let choose = choose || open.is_read_only();
        let known = open.path.clone().filter(|_| !choose);
        let path = if let Some(path) = known {
            path
        } else {
            let (title, kind) = (t!("files-ask-save"), t!("files-kind-plan"));
            let request = SaveRequest {
                title: &title,
                file_name: format!(
                    "{}.{}",
                    file_stem_for(&open.plan.display_title(crate::i18n::ui())),
                    plan_model::PLAN_EXTENSION
                ),
                kind: &kind,
                extension: plan_model::PLAN_EXTENSION,
            };
            let Some(path) = self.choose_file_to_save(&request, PathCommand::SavePlan) else {
                return false;
            };
            path
        };
        self.save_at(path, check)
    }

    /// Saves the open plan to `path` (see [`Self::save_checked`]).
    pub(super) fn save_at(&mut self, path: PathBuf, check: bool) -> bool {
        let path = std::path::absolute(&path).unwrap_or(path);
        let Some(open) = &self.open else { return false };
        let same_file = open
            .path
            .as_ref()
            .is_some_and(|p| disk::same_file(p, &path));
        // Opened to read only: its own file is someone else's to save, whichever way the
        // file was chosen.
        if same_file && let Some(holder) = &open.read_only {
            let message = t!("files-read-only-text", user = &holder.user);
            self.fail(&t!("files-read-only"), message);
            return false;
        }
        if !same_file && let Some(holder) = plan_lock::held_by_other(&path) {
            self.fail(
                &t!("files-taken"),
                t!("files-taken-text", in_use = in_use_text(&path, &holder)),
            );
            return false;
        }
        // Another file was chosen in the dialog, which asked before replacing it.
        let expected = if same_file && check { open.disk } else { None };
        let Some(open) = &mut self.open else {
            return false;
        };
        match storage::save_plan_checked(&open.plan, &path, expected) {
            Ok(saved) => {
                open.disk = Some(saved.state);
                open.mark_saved();
                if same_file && !open.is_read_only() {
                    if let Some(watch) = &open.watch {
                        watch.set_known(open.disk);
                    }
                } else {
                    // A new file: this window's lock and watch move there.
                    open.lock = None;
                    open.read_only = None;
                    open.path = Some(path.clone());
                    if let Err(holder) =
                        Self::attach_file(&self.config, &self.ctx, open, &path, false)
                    {
                        open.lock_problem =
                            Some(t!("files-lock-taken", user = &holder.user).into_owned());
                    }
                }
                if open.edits.forget_copy()
                    && let Some(session) = &self.recovery
                {
                    session.clear();
                }
                self.remember(true);
                if !saved.notes.is_empty() {
                    let notes: Vec<String> = saved
                        .notes
                        .iter()
                        .map(|note| note.text(crate::i18n::ui()))
                        .collect();
                    self.notice(&t!("files-saved-with-note"), notes.join(" "));
                }
                true
            }
            Err(StorageError::ChangedOnDisk { path }) => {
                self.dialog = Some(Dialog::Conflict { path });
                false
            }
            Err(err) => {
                self.dialog = Some(Dialog::SaveFailed {
                    message: err.text(crate::i18n::ui()),
                });
                false
            }
        }
    }

    /// Takes in a change to the open plan's file that someone else made: asks whether to
    /// reload, once no other question is open.
    pub(super) fn notice_disk_change(&mut self) {
        if self.dialog.is_some() {
            return;
        }
        let Some(open) = &mut self.open else { return };
        let Some(state) = open
            .watch
            .as_ref()
            .and_then(crate::files::watch::Watch::take_change)
        else {
            return;
        };
        if open.disk == Some(state) {
            return;
        }
        self.dialog = Some(Dialog::ChangedOnDisk {
            dirty: open.is_dirty(),
        });
    }

    pub(super) fn compare_with_file(&mut self) {
        if let Some(path) = self.choose_file_to_open(PathCommand::Compare) {
            self.compare_with_path(&path);
        }
    }

    /// Shows what changed from the plan file at `path` to the open plan.
    pub(super) fn compare_with_path(&mut self, path: &Path) {
        let path = path.to_owned();
        let Some(open) = &self.open else { return };
        match storage::load_plan(&path) {
            Ok(other) => {
                let name = path.file_name().map_or_else(
                    || path.display().to_string(),
                    |n| n.to_string_lossy().into_owned(),
                );
                self.dialog = Some(Dialog::Comparison {
                    title: t!("files-compare-with-file", name = name).into_owned(),
                    changes: crate::advice::changes::changes_in(
                        &other,
                        &open.plan,
                        crate::i18n::ui(),
                    ),
                });
            }
            Err(err) => self.show_error(&t!("files-compare-not-opened"), &err),
        }
    }

    /// Signs the review off; unless `anyway`, asks first when steps are not reviewed.
    pub(super) fn sign_off(&mut self, anyway: bool) {
        let today = self.today();
        let Some(open) = &mut self.open else { return };
        if !anyway {
            let change = open.change();
            if let Some(review) = &mut open.review {
                let all = review.changes(&open.plan, change, crate::i18n::ui());
                let steps = crate::advice::review::unreviewed(review, &all);
                if !steps.is_empty() {
                    self.dialog = Some(Dialog::UnreviewedSteps { steps });
                    return;
                }
            }
        }
        let Some(review) = open.review.take() else {
            return;
        };
        let revision =
            crate::advice::review::sign_off(&mut open.plan, &review.sign_off, today).revision;
        open.page = Page::Details;
        let text = match open.plan.identity.next_review {
            Some(next) => t!(
                "files-signed-off-text",
                date = crate::i18n::ui().formats().date(next)
            ),
            None => t!("files-signed-off-text-no-date"),
        };
        self.notice(&t!("files-signed-off", revision = revision), text);
    }
}

/// When a file was last written, in local time, if the platform says.
pub(super) fn modified_at(path: &Path) -> Option<chrono::NaiveDateTime> {
    let modified = std::fs::metadata(path).and_then(|m| m.modified()).ok()?;
    Some(chrono::DateTime::<chrono::Local>::from(modified).naive_local())
}
