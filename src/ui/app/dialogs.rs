//! The questions and messages over the app.

use std::borrow::Cow;
use std::path::{Path, PathBuf};

use egui::Key;

use crate::files::plan_lock::Holder;

use super::App;
use crate::ui::command::Command;

/// A question or message over the app.
pub(super) enum Dialog {
    /// A sign-off asked for while these steps are not reviewed yet.
    UnreviewedSteps {
        steps: Vec<crate::model::steps::StepId>,
    },
    /// The app's own file chooser, as the system's could not be shown.
    Choose(Box<super::chooser::Chooser>),
    /// Unsaved changes, and `then` waits for Save, Discard or Cancel.
    Unsaved { then: Command },
    /// Something failed; the person reads why.
    Error { title: String, message: String },
    /// Saving failed: the plan stays open and unsaved, and Save as... is offered.
    SaveFailed { message: String },
    /// Unsaved work from an app that did not close properly, to restore or discard.
    Recover(Box<crate::files::recovery::Orphan>),
    /// Something worked and the person should know how.
    Notice { title: String, message: String },
    /// Someone else has the plan open: open it anyway, to read only, or not.
    InUse { path: PathBuf, holder: Holder },
    /// The file changed since this window read or saved it; the save was held back.
    Conflict { path: PathBuf },
    /// The file changed while open here; `dirty` when this window has unsaved changes.
    ChangedOnDisk { dirty: bool },
    /// The procedure could not be printed here; `details` says why, for whoever looks
    /// after the computers.
    PrintFailed(PrintFailure),
    /// The preview of backup logs to import.
    ImportLogs(Box<super::import::Preview>),
    /// The print dialog.
    Print(Box<super::print::PrintDialog>),
    /// What changed between another plan file and the open plan.
    Comparison {
        title: String,
        changes: Vec<crate::advice::changes::Change>,
    },
}

/// A document the printer did not take: why, and what to save as a PDF instead.
pub(super) struct PrintFailure {
    pub(super) details: String,
    pub(super) document: crate::ui::command::Document,
    pub(super) paper: crate::model::options::Paper,
}

impl App {
    /// Saving failed: the reason, that nothing is lost, and Save as....
    pub(super) fn save_failed_ui(&mut self, ctx: &egui::Context) {
        let Some(Dialog::SaveFailed { message }) = &self.dialog else {
            return;
        };
        let mut save_as = false;
        let response = egui::Modal::new(egui::Id::unique("save-failed")).show(ctx, |ui| {
            ui.set_max_width(520.0);
            ui.heading(t!("dialog-save-failed"));
            ui.add(egui::Label::new(message.as_str()).wrap());
            ui.add_space(4.0);
            ui.label(t!("dialog-save-failed-nothing-lost"));
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                save_as = ui.button(t!("dialog-save-failed-save-as")).clicked();
                ui.button(t!("dialog-ok")).clicked()
            })
            .inner
        });
        if save_as {
            self.dialog = None;
            self.commands.push(Command::SaveAs);
            return;
        }
        if response.inner || response.should_close() {
            self.dialog = None;
        }
    }

    /// Unsaved work from a run that did not end cleanly: Restore or Discard.
    pub(super) fn recover_ui(&mut self, ctx: &egui::Context) {
        let Some(Dialog::Recover(orphan)) = &self.dialog else {
            return;
        };
        let copy = &orphan.copy;
        let file = copy.plan_path.as_ref().map_or_else(
            || t!("dialog-recover-not-saved-yet"),
            |p| p.display().to_string().into(),
        );
        let mut choice = None;
        egui::Modal::new(egui::Id::unique("recover")).show(ctx, |ui| {
            ui.set_max_width(520.0);
            ui.heading(t!("dialog-recover"));
            ui.add(
                egui::Label::new(t!(
                    "dialog-recover-text",
                    title = copy.plan.display_title(crate::i18n::ui()),
                    file = file,
                    date = crate::i18n::ui().formats().date(copy.written.date()),
                    time = crate::model::format::time(copy.written.time()),
                ))
                .wrap(),
            );
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                if ui.button(t!("dialog-recover-restore")).clicked() {
                    choice = Some(true);
                }
                if ui
                    .button(t!("dialog-recover-discard"))
                    .on_hover_text(t!("dialog-recover-discard.tooltip"))
                    .clicked()
                {
                    choice = Some(false);
                }
            });
        });
        if let Some(restore) = choice {
            let Some(Dialog::Recover(orphan)) = self.dialog.take() else {
                return;
            };
            if restore {
                self.restore(&orphan);
            } else {
                orphan.remove();
            }
        }
    }

    /// The question of a plan shared with others that is open now, if any: its heading,
    /// what happened in plain words, and the choices (a command, or none to just close).
    pub(super) fn shared_file_question(&self) -> Option<(Cow<'static, str>, String, Vec<Choice>)> {
        let title: Cow<'static, str> = self.open.as_ref().map_or_else(
            || t!("dialog-this-plan"),
            |o| o.plan.display_title(crate::i18n::ui()).into_owned().into(),
        );
        let differences = || Choice::new("dialog-show-differences", Some(Command::CompareWithDisk));
        let reload_theirs = || Choice::new("dialog-reload-theirs", Some(Command::Reload));
        Some(match self.dialog.as_ref()? {
            Dialog::InUse { path, holder } => (
                t!("dialog-in-use"),
                in_use_text(path, holder),
                vec![
                    Choice::new(
                        "dialog-in-use-read-only",
                        Some(Command::OpenInUse {
                            path: path.clone(),
                            read_only: true,
                        }),
                    ),
                    Choice::new(
                        "dialog-in-use-anyway",
                        Some(Command::OpenInUse {
                            path: path.clone(),
                            read_only: false,
                        }),
                    ),
                    Choice::new("dialog-in-use-cancel", None),
                ],
            ),
            Dialog::Conflict { path } => (
                t!("dialog-conflict"),
                t!(
                    "dialog-conflict-text",
                    title = title,
                    path = path.display().to_string()
                )
                .into_owned(),
                vec![
                    differences(),
                    Choice::new("dialog-conflict-save-as", Some(Command::SaveAs)),
                    Choice::new(
                        "dialog-conflict-replace",
                        Some(Command::SaveReplacingTheirs),
                    ),
                    reload_theirs(),
                    Choice::new("dialog-conflict-cancel", None),
                ],
            ),
            Dialog::ChangedOnDisk { dirty: true } => (
                t!("dialog-changed-on-disk"),
                t!("dialog-changed-on-disk-unsaved", title = title).into_owned(),
                vec![
                    differences(),
                    reload_theirs(),
                    Choice::new("dialog-changed-on-disk-keep-working", None),
                ],
            ),
            Dialog::ChangedOnDisk { dirty: false } => (
                t!("dialog-changed-on-disk"),
                t!("dialog-changed-on-disk-saved", title = title).into_owned(),
                vec![
                    Choice::new("dialog-changed-on-disk-reload", Some(Command::Reload)),
                    Choice::new("dialog-changed-on-disk-not-now", None),
                ],
            ),
            Dialog::UnreviewedSteps { steps } => unreviewed_question(steps),
            Dialog::PrintFailed(failure) => print_failed_question(failure),
            _ => return None,
        })
    }

    /// Asks the question of a shared plan (see [`Self::shared_file_question`]).
    pub(super) fn shared_file_ui(&mut self, ctx: &egui::Context) {
        let Some((heading, text, choices)) = self.shared_file_question() else {
            return;
        };
        let mut chosen = None;
        let response = egui::Modal::new(egui::Id::unique("shared file")).show(ctx, |ui| {
            ui.set_max_width(560.0);
            ui.heading(heading);
            ui.add(egui::Label::new(text).wrap());
            ui.add_space(8.0);
            ui.horizontal_wrapped(|ui| {
                for choice in choices {
                    if ui
                        .button(choice.label)
                        .on_hover_text(choice.hover)
                        .clicked()
                    {
                        chosen = Some(choice.command);
                    }
                }
            });
        });
        if response.should_close() && chosen.is_none() {
            chosen = Some(None);
        }
        if let Some(command) = chosen {
            self.dialog = None;
            self.commands.extend(command);
        }
    }

    pub(super) fn dialog_ui(&mut self, ctx: &egui::Context) {
        let Some(dialog) = &self.dialog else { return };
        let mut close = false;
        match dialog {
            Dialog::Unsaved { then } => {
                let then = then.clone();
                let title: Cow<'static, str> = self.open.as_ref().map_or_else(
                    || t!("dialog-this-plan"),
                    |o| o.plan.display_title(crate::i18n::ui()).into_owned().into(),
                );
                let mut choice = None;
                egui::Modal::new(egui::Id::unique("unsaved")).show(ctx, |ui| {
                    ui.set_max_width(420.0);
                    ui.heading(t!("dialog-unsaved"));
                    ui.label(t!("dialog-unsaved-text", title = title));
                    ui.add_space(8.0);
                    ui.horizontal(|ui| {
                        if ui.button(t!("dialog-unsaved-save")).clicked() {
                            choice = Some(UnsavedChoice::Save);
                        }
                        if ui.button(t!("dialog-unsaved-discard")).clicked() {
                            choice = Some(UnsavedChoice::Discard);
                        }
                        if ui.button(t!("dialog-unsaved-cancel")).clicked()
                            || ui.input(|i| i.key_pressed(Key::Escape))
                        {
                            choice = Some(UnsavedChoice::Cancel);
                        }
                    });
                });
                match choice {
                    None => {}
                    Some(UnsavedChoice::Cancel) => close = true,
                    Some(UnsavedChoice::Discard) => {
                        if let Some(open) = &mut self.open {
                            // Leaves the plan as saved, so `then` no longer asks.
                            open.mark_saved();
                        }
                        self.dialog = None;
                        self.run(ctx, then);
                        return;
                    }
                    Some(UnsavedChoice::Save) => {
                        self.dialog = None;
                        if self.save(false) {
                            self.run(ctx, then);
                        }
                        return;
                    }
                }
            }
            Dialog::Choose(_) => return self.chooser_ui(ctx),
            Dialog::ImportLogs(_) => return self.import_preview_ui(ctx),
            Dialog::InUse { .. }
            | Dialog::Conflict { .. }
            | Dialog::ChangedOnDisk { .. }
            | Dialog::UnreviewedSteps { .. }
            | Dialog::PrintFailed(_) => {
                return self.shared_file_ui(ctx);
            }
            Dialog::Comparison { title, changes } => {
                let response = egui::Modal::new(egui::Id::unique("comparison")).show(ctx, |ui| {
                    ui.set_max_width(640.0);
                    ui.heading(title.as_str());
                    egui::ScrollArea::vertical()
                        .max_height(420.0)
                        .show(ui, |ui| {
                            if changes.is_empty() {
                                ui.label(t!("dialog-comparison-same"));
                            }
                            crate::ui::review::changes_ui(ui, changes);
                        });
                    ui.add_space(8.0);
                    ui.button(t!("dialog-ok")).clicked()
                });
                close = response.inner || response.should_close();
            }
            Dialog::SaveFailed { .. } => return self.save_failed_ui(ctx),
            Dialog::Print(_) => return self.print_dialog_ui(ctx),
            Dialog::Recover(_) => return self.recover_ui(ctx),
            Dialog::Error { title, message } | Dialog::Notice { title, message } => {
                let response = egui::Modal::new(egui::Id::unique("message")).show(ctx, |ui| {
                    ui.set_max_width(520.0);
                    ui.heading(title.as_str());
                    ui.add(egui::Label::new(message.as_str()).wrap());
                    ui.add_space(8.0);
                    ui.button(t!("dialog-ok")).clicked()
                });
                close = response.inner || response.should_close();
            }
        }
        if close {
            self.dialog = None;
        }
    }
}

/// A document could not be printed: why in plain words, and Save as PDF.
fn print_failed_question(failure: &PrintFailure) -> (Cow<'static, str>, String, Vec<Choice>) {
    let PrintFailure {
        details,
        document,
        paper,
    } = failure;
    // However long the system's answer, the buttons stay in the window.
    let details = crate::model::format::one_line(details, 400);
    let (title, text) = match document {
        crate::ui::command::Document::Procedure => (
            t!("dialog-print-failed-procedure"),
            t!("dialog-print-failed-procedure-text", details = details),
        ),
        crate::ui::command::Document::Invitation(_) => (
            t!("dialog-print-failed-invitation"),
            t!("dialog-print-failed-invitation-text", details = details),
        ),
    };
    (
        title,
        text.into_owned(),
        vec![
            Choice::new(
                "dialog-print-failed-save-pdf",
                Some(Command::SavePdf(*document, *paper)),
            ),
            Choice::new("dialog-print-failed-not-now", None),
        ],
    )
}

/// The question before signing off a review with `steps` nobody looked at.
fn unreviewed_question(
    steps: &[crate::model::steps::StepId],
) -> (Cow<'static, str>, String, Vec<Choice>) {
    let language = crate::i18n::ui();
    let steps = crate::model::format::join_and(
        &steps
            .iter()
            .map(|&id| {
                t!(
                    "dialog-unreviewed-step",
                    number = id.number(),
                    title = id.def().title(language)
                )
                .into_owned()
            })
            .collect::<Vec<_>>(),
    );
    (
        t!("dialog-unreviewed"),
        t!("dialog-unreviewed-text", steps = steps).into_owned(),
        vec![
            Choice::new("dialog-unreviewed-go-back", None),
            Choice::new("dialog-unreviewed-sign-off", Some(Command::SignOffAnyway)),
        ],
    )
}

/// Who has a plan open, where and since when, for the question before opening it.
pub(super) fn in_use_text(path: &Path, holder: &Holder) -> String {
    let date = crate::i18n::ui().formats().date(holder.since.date());
    let time = crate::model::format::time(holder.since.time());
    let name = path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    if holder.is_this_computer() {
        t!(
            "dialog-in-use-here",
            user = &holder.user,
            name = name,
            date = date,
            time = time
        )
    } else {
        t!(
            "dialog-in-use-elsewhere",
            user = &holder.user,
            name = name,
            computer = &holder.host,
            date = date,
            time = time
        )
    }
    .into_owned()
}

/// One answer to a question: its button, what it does in a few words, and its command.
pub(super) struct Choice {
    pub(super) label: Cow<'static, str>,
    pub(super) hover: Cow<'static, str>,
    pub(super) command: Option<Command>,
}

impl Choice {
    /// The answer of message `id`: its text on the button, its `.tooltip` what it does.
    pub(super) fn new(id: &str, command: Option<Command>) -> Self {
        Self {
            label: t!(id),
            hover: t!(&format!("{id}.tooltip")),
            command,
        }
    }
}

pub(super) enum UnsavedChoice {
    Save,
    Discard,
    Cancel,
}
