//! The questions and messages over the app.

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
    /// "the procedure", for "Save the procedure as a PDF".
    pub(super) what: &'static str,
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
            ui.heading("Could not save the plan");
            ui.add(egui::Label::new(message.as_str()).wrap());
            ui.add_space(4.0);
            ui.label("Nothing is lost: the plan stays open with all its changes.");
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                save_as = ui.button("Save as...").clicked();
                ui.button("OK").clicked()
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
            || "a plan not saved yet".to_owned(),
            |p| p.display().to_string(),
        );
        let mut choice = None;
        egui::Modal::new(egui::Id::unique("recover")).show(ctx, |ui| {
            ui.set_max_width(520.0);
            ui.heading("Restore unsaved work?");
            ui.add(
                egui::Label::new(format!(
                    "Backup Planner did not close properly last time. It kept the \
                     unsaved changes to \"{}\" ({file}) as they were on {} at {}.",
                    copy.plan.display_title(),
                    crate::model::format::date(copy.written.date()),
                    crate::model::format::time(copy.written.time()),
                ))
                .wrap(),
            );
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                if ui.button("Restore").clicked() {
                    choice = Some(true);
                }
                if ui
                    .button("Discard")
                    .on_hover_text("Throw the unsaved changes away for good")
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
    pub(super) fn shared_file_question(&self) -> Option<(&'static str, String, Vec<Choice>)> {
        let title = self
            .open
            .as_ref()
            .map_or("This plan", |o| o.plan.display_title());
        let differences = || {
            Choice::new(
                "Show differences",
                "What differs between the file and this window's plan",
                Some(Command::CompareWithDisk),
            )
        };
        let reload_theirs = || {
            Choice::new(
                "Reload theirs",
                "Put your unsaved changes away and show the file's version (Undo brings yours back)",
                Some(Command::Reload),
            )
        };
        Some(match self.dialog.as_ref()? {
            Dialog::InUse { path, holder } => (
                "This plan is open somewhere else",
                in_use_text(path, holder),
                vec![
                    Choice::new(
                        "Open read-only",
                        "Read the plan; to keep changes, save them as a new file",
                        Some(Command::OpenInUse {
                            path: path.clone(),
                            read_only: true,
                        }),
                    ),
                    Choice::new(
                        "Open anyway",
                        "Open it to change it. If you both save, the second save asks before replacing the first.",
                        Some(Command::OpenInUse {
                            path: path.clone(),
                            read_only: false,
                        }),
                    ),
                    Choice::new("Cancel", "Do not open it", None),
                ],
            ),
            Dialog::Conflict { path } => (
                "Someone else changed this plan",
                format!(
                    "\"{title}\" was changed by another window, another computer or another \
                     program since you opened or last saved it. Saving now would replace their \
                     changes, so nothing was saved yet. File: {}",
                    path.display()
                ),
                vec![
                    differences(),
                    Choice::new(
                        "Save as a new file...",
                        "Keep both: yours goes to a new file",
                        Some(Command::SaveAs),
                    ),
                    Choice::new(
                        "Replace their version",
                        "Save yours over the file; theirs is kept as the .bak beside it",
                        Some(Command::SaveReplacingTheirs),
                    ),
                    reload_theirs(),
                    Choice::new("Cancel", "Do nothing for now", None),
                ],
            ),
            Dialog::ChangedOnDisk { dirty: true } => (
                "This plan was changed on disk",
                format!(
                    "\"{title}\" was changed by someone else while it is open here, and you \
                     have unsaved changes. When you save, you will be asked before their \
                     changes are replaced."
                ),
                vec![
                    differences(),
                    reload_theirs(),
                    Choice::new("Keep working", "Carry on with your changes", None),
                ],
            ),
            Dialog::ChangedOnDisk { dirty: false } => (
                "This plan was changed on disk",
                format!(
                    "\"{title}\" was changed by someone else while it is open here. Reload it \
                     to see and keep working on their version."
                ),
                vec![
                    Choice::new(
                        "Reload",
                        "Show the file's new version",
                        Some(Command::Reload),
                    ),
                    Choice::new("Not now", "Keep this version on screen", None),
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
                let title = self
                    .open
                    .as_ref()
                    .map_or("This plan", |o| o.plan.display_title())
                    .to_owned();
                let mut choice = None;
                egui::Modal::new(egui::Id::unique("unsaved")).show(ctx, |ui| {
                    ui.set_max_width(420.0);
                    ui.heading("Save your changes?");
                    ui.label(format!("\"{title}\" has changes that are not saved yet."));
                    ui.add_space(8.0);
                    ui.horizontal(|ui| {
                        if ui.button("Save").clicked() {
                            choice = Some(UnsavedChoice::Save);
                        }
                        if ui.button("Discard changes").clicked() {
                            choice = Some(UnsavedChoice::Discard);
                        }
                        if ui.button("Cancel").clicked() || ui.input(|i| i.key_pressed(Key::Escape))
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
                                ui.label("The two plans say the same.");
                            }
                            crate::ui::review::changes_ui(ui, changes);
                        });
                    ui.add_space(8.0);
                    ui.button("OK").clicked()
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
                    ui.button("OK").clicked()
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
fn print_failed_question(failure: &PrintFailure) -> (&'static str, String, Vec<Choice>) {
    let PrintFailure {
        details,
        document,
        what,
        paper,
    } = failure;
    // However long the system's answer, the buttons stay in the window.
    let details = crate::model::format::one_line(details, 400);
    let title = match document {
        crate::ui::command::Document::Procedure => "The procedure could not be printed",
        crate::ui::command::Document::Invitation(_) => "The invitation could not be printed",
    };
    (
        title,
        format!(
            "This computer has no printer Backup Planner can reach, and no program to \
             show the document in for printing. Save {what} as a PDF where you \
             can find it (on a USB stick, or to send by e-mail), and print it from \
             another program or computer.\n\nFor whoever looks after your computers: \
             {details}"
        ),
        vec![
            Choice::new(
                "Save as PDF...",
                "Choose where to keep the document as a PDF",
                Some(Command::SavePdf(*document, *paper)),
            ),
            Choice::new("Not now", "Close this message", None),
        ],
    )
}

/// The question before signing off a review with `steps` nobody looked at.
fn unreviewed_question(
    steps: &[crate::model::steps::StepId],
) -> (&'static str, String, Vec<Choice>) {
    (
        "Some steps are not reviewed yet",
        format!(
            "Signing off says the whole plan was looked at again this year. Not \
                         reviewed yet: {}.",
            crate::model::format::join_and(
                &steps
                    .iter()
                    .map(|&id| format!("{}. {}", id.number(), id.def().title(crate::i18n::ui())))
                    .collect::<Vec<_>>()
            )
        ),
        vec![
            Choice::new("Go back to the review", "Look at those steps first", None),
            Choice::new(
                "Sign off anyway",
                "Record the revision as it is",
                Some(Command::SignOffAnyway),
            ),
        ],
    )
}

/// Who has a plan open, where and since when, for the question before opening it.
pub(super) fn in_use_text(path: &Path, holder: &Holder) -> String {
    let since = format!(
        "{} at {}",
        crate::model::format::date(holder.since.date()),
        crate::model::format::time(holder.since.time())
    );
    let name = path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    if holder.is_this_computer() {
        format!(
            "{} has \"{name}\" open in another Backup Planner window on this computer, \
             since {since}.",
            holder.user
        )
    } else {
        format!(
            "{} has \"{name}\" open on the computer {}, since {since}. If Backup Planner is no \
             longer open there (it may have closed without tidying up), open it anyway.",
            holder.user, holder.host
        )
    }
}

/// One answer to a question: its button, what it does in a few words, and its command.
pub(super) struct Choice {
    pub(super) label: &'static str,
    pub(super) hover: &'static str,
    pub(super) command: Option<Command>,
}

impl Choice {
    pub(super) fn new(label: &'static str, hover: &'static str, command: Option<Command>) -> Self {
        Self {
            label,
            hover,
            command,
        }
    }
}

pub(super) enum UnsavedChoice {
    Save,
    Discard,
    Cancel,
}
