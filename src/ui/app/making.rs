//! The documents made from the plan, on a thread of their own so the window keeps
//! answering, and what becomes of them (saved, printed).

use std::path::{Path, PathBuf};

use crate::documents::{self, invitation, reminders};
use crate::model::options::Paper;
use crate::model::plan::Plan;
use crate::platform::desktop::Printed;
use crate::platform::dialogs::SaveRequest;
use crate::ui::command::{Document, PathCommand};

use super::App;

/// What becomes of a document once it is made.
pub(super) enum Then {
    /// Written where the person said; `what` names it in the messages.
    Save { path: PathBuf, what: &'static str },
    /// Written to the print folder and sent to the printer with these options, or, with
    /// none, opened in the PDF viewer to print from there.
    Print {
        path: PathBuf,
        options: Option<crate::platform::desktop::PrintOptions>,
        /// "the procedure", for "The procedure went to ...".
        what: &'static str,
        /// The document and its paper, to save it as a PDF should printing fail.
        document: Document,
        paper: Paper,
    },
}

/// A document to make, with the words the messages about it use.
struct DocumentJob {
    /// "the procedure", for "Preparing the procedure...".
    what: &'static str,
    /// "Procedure document", for "Procedure document saved".
    saved: &'static str,
    /// The end of its file's name: "procedure" in "office-procedure.pdf".
    file: &'static str,
    /// The title of the dialog that asks where to save it.
    ask: &'static str,
    make: Box<dyn FnOnce() -> Result<Vec<u8>, documents::DocumentError> + Send>,
}

/// A document being made on a thread of its own, so the window keeps answering: the
/// procedure of a 2,000-system plan takes seconds.
pub(super) struct Making {
    /// "the procedure", for "Preparing the procedure...".
    pub(super) what: &'static str,
    pub(super) then: Then,
    pub(super) receiver: std::sync::mpsc::Receiver<Result<Vec<u8>, String>>,
    /// The document once it arrived, kept until no message is open to be covered.
    pub(super) made: Option<Result<Vec<u8>, String>>,
}

impl App {
    /// The open plan and its training session at `index`.
    pub(super) fn session(
        &self,
        index: usize,
    ) -> Option<(&Plan, &crate::model::plan::TrainingSession)> {
        let plan = &self.open.as_ref()?.plan;
        Some((plan, plan.training.sessions.get(index)?))
    }

    /// Asks where to save a document; `None` when the person cancels.
    pub(super) fn ask_document_path(
        &mut self,
        title: &str,
        name: &str,
        kind: &str,
        extension: &str,
        then: PathCommand,
    ) -> Option<PathBuf> {
        let plan_title = self
            .open
            .as_ref()
            .map_or("backup-plan", |o| o.plan.display_title());
        let request = SaveRequest {
            title,
            file_name: format!("{}-{name}.{extension}", file_stem_for(plan_title)),
            kind,
            extension,
        };
        self.choose_file_to_save(&request, then)
    }

    /// Makes a document and writes it where the person says.
    pub(super) fn save_document(&mut self, path: &Path, made: Result<Vec<u8>, String>, what: &str) {
        let written = made.and_then(|bytes| {
            documents::write_document(path, &bytes).map_err(|err| err.to_string())
        });
        match written {
            Ok(()) => self.notice(
                &format!("{what} saved"),
                format!("Saved as {}", path.display()),
            ),
            Err(err) => self.fail(&format!("Could not save the {}", what.to_lowercase()), err),
        }
    }

    /// Starts making a document on a thread of its own; `then` says what becomes of it.
    ///
    /// The thread then lets go of the layouts typst remembers: for a large plan they are
    /// hundreds of MB, and without this every document made of an edited plan would add
    /// to the memory the app holds for as long as it runs.
    pub(super) fn make_document(
        &mut self,
        ctx: &egui::Context,
        what: &'static str,
        then: Then,
        make: impl FnOnce() -> Result<Vec<u8>, documents::DocumentError> + Send + 'static,
    ) {
        let (sender, receiver) = std::sync::mpsc::channel();
        let previous = self.worker.take();
        let ctx = ctx.clone();
        let spawned = std::thread::Builder::new()
            .name("document".to_owned())
            .spawn(move || {
                if let Some(previous) = previous {
                    let _ = previous.join();
                }
                let _ = sender.send(make().map_err(|err| err.to_string()));
                ctx.request_repaint();
                documents::forget_layouts();
            });
        match spawned {
            Ok(handle) => {
                self.worker = Some(handle);
                self.making.push(Making {
                    what,
                    then,
                    receiver,
                    made: None,
                });
            }
            Err(err) => self.fail(
                &format!("Could not make {what}"),
                format!("The program could not start working on it: {err}"),
            ),
        }
    }

    /// Whether a document is still being laid out.
    pub fn is_making_document(&self) -> bool {
        self.making.iter().any(|m| m.made.is_none())
    }

    /// Finishes the documents that are made, in the order they were asked for, once no
    /// message is open: what becomes of a document is said in a message of its own, and
    /// must not push aside a question the person has not answered yet. Returns whether
    /// one was finished.
    pub(super) fn finish_documents(&mut self) -> bool {
        for making in self.making.iter_mut().filter(|m| m.made.is_none()) {
            making.made = match making.receiver.try_recv() {
                Ok(made) => Some(made),
                Err(std::sync::mpsc::TryRecvError::Empty) => None,
                Err(std::sync::mpsc::TryRecvError::Disconnected) => Some(Err(
                    "Something went wrong while laying it out. Your plan is unchanged; please try again.".to_owned(),
                )),
            };
        }
        let mut finished = false;
        while self.dialog.is_none() {
            let Some(made) = self.making.first_mut().and_then(|m| m.made.take()) else {
                break;
            };
            let making = self.making.remove(0);
            match making.then {
                Then::Save { path, what } => self.save_document(&path, made, what),
                Then::Print {
                    path,
                    options,
                    what,
                    document,
                    paper,
                } => {
                    let failed = (document, what, paper);
                    self.print_document(&path, made, options.as_ref(), failed);
                }
            }
            finished = true;
        }
        finished
    }

    /// A calm note while documents are being made; the window stays usable.
    pub(super) fn making_ui(&self, ctx: &egui::Context) {
        let Some(first) = self.making.iter().find(|m| m.made.is_none()) else {
            return;
        };
        egui::Area::new(egui::Id::unique("making document"))
            .anchor(egui::Align2::RIGHT_BOTTOM, egui::vec2(-16.0, -48.0))
            .interactable(false)
            .show(ctx, |ui| {
                egui::Frame::popup(ui.style()).show(ui, |ui| {
                    ui.label(format!("Preparing {}\u{2026}", first.what));
                });
            });
    }

    /// What `document` is called in messages, in its file's name and in the dialog
    /// that asks where to save it, and the job that makes it on `paper`; `None` when it
    /// is gone (no plan open, the training session removed).
    fn document_job(&self, document: Document, paper: Paper) -> Option<DocumentJob> {
        let today = self.today();
        match document {
            Document::Procedure => {
                let plan = self.open.as_ref()?.plan.clone();
                Some(DocumentJob {
                    what: "the procedure",
                    saved: "Procedure document",
                    file: "procedure",
                    ask: "Export the backup procedure",
                    make: Box::new(move || documents::procedure_pdf(&plan, paper, today)),
                })
            }
            Document::Invitation(index) => {
                let (plan, session) = self.session(index)?;
                let (plan, session) = (plan.clone(), session.clone());
                Some(DocumentJob {
                    what: "the invitation",
                    saved: "Invitation",
                    file: "invitation",
                    ask: "Save the training invitation",
                    make: Box::new(move || {
                        documents::invitation_pdf(&plan, &session, paper, today)
                    }),
                })
            }
        }
    }

    /// Saves `document` as a PDF on `paper`, at `given` or where the person chooses.
    pub(super) fn save_pdf(
        &mut self,
        ctx: &egui::Context,
        document: Document,
        paper: Paper,
        given: Option<PathBuf>,
    ) {
        let Some(job) = self.document_job(document, paper) else {
            return;
        };
        let Some(path) = given.or_else(|| {
            self.ask_document_path(
                job.ask,
                job.file,
                "PDF document",
                "pdf",
                PathCommand::Pdf(document, paper),
            )
        }) else {
            return;
        };
        self.make_document(
            ctx,
            job.what,
            Then::Save {
                path,
                what: job.saved,
            },
            job.make,
        );
    }

    /// Makes `document` and prints it with `options`, or opens it in the PDF viewer
    /// with none.
    pub(super) fn print_pdf(
        &mut self,
        ctx: &egui::Context,
        document: Document,
        options: Option<crate::platform::desktop::PrintOptions>,
    ) {
        let Some(open) = &self.open else { return };
        let paper = options.as_ref().map_or(self.settings.paper, |o| o.paper);
        let Some(job) = self.document_job(document, paper) else {
            return;
        };
        let path = self.config.print_dir.join(format!(
            "{}-{}.pdf",
            file_stem_for(open.plan.display_title()),
            job.file
        ));
        let then = Then::Print {
            path,
            options,
            what: job.what,
            document,
            paper,
        };
        self.make_document(ctx, job.what, then, job.make);
    }

    /// Writes a made document to the print folder and sends it to the printer.
    pub(super) fn print_document(
        &mut self,
        path: &Path,
        made: Result<Vec<u8>, String>,
        options: Option<&crate::platform::desktop::PrintOptions>,
        (document, what, paper): (Document, &'static str, Paper),
    ) {
        let written = made.and_then(|bytes| {
            std::fs::create_dir_all(&self.config.print_dir)
                .map_err(|err| format!("{err}: {}", self.config.print_dir.display()))?;
            documents::write_document(path, &bytes).map_err(|err| err.to_string())
        });
        if let Err(err) = written {
            self.fail("Could not make the document to print", err);
            return;
        }
        let printed = match options {
            Some(options) => self.config.desktop.print(path, options),
            None => self
                .config
                .desktop
                .open(&path.display().to_string())
                .map(|()| Printed::OpenedInViewer),
        };
        match printed {
            Ok(Printed::Sent) => self.notice(
                "Sent to the printer",
                format!(
                    "{} went to {}. A copy is at {}",
                    capitalised(what),
                    options.and_then(|o| o.printer.as_deref()).map_or_else(
                        || "the default printer".to_owned(),
                        |p| format!("the printer {p}")
                    ),
                    path.display()
                ),
            ),
            Ok(Printed::OpenedInViewer) => self.notice(
                "Opened for printing",
                format!(
                    "{} opened in your PDF viewer: print it from there. The file is at {}",
                    capitalised(what),
                    path.display()
                ),
            ),
            Err(err) => {
                // Not left behind in a folder the person would never find: Save as PDF
                // offers a place of their choosing.
                let _ = std::fs::remove_file(path);
                self.dialog = Some(super::dialogs::Dialog::PrintFailed(
                    super::dialogs::PrintFailure {
                        details: err,
                        document,
                        what,
                        paper,
                    },
                ));
            }
        }
    }

    pub(super) fn save_calendar(&mut self, index: usize, given: Option<PathBuf>) {
        let Some((plan, session)) = self.session(index) else {
            return;
        };
        // Check before asking where, so nobody picks a place for a file that cannot be made.
        if let Err(err) = invitation::ics(plan, session, self.config.clock.now_utc()) {
            self.fail("Could not make the calendar file", err.to_string());
            return;
        }
        let Some(path) = given.or_else(|| {
            self.ask_document_path(
                "Save the calendar file",
                "training",
                "Calendar file",
                "ics",
                PathCommand::Calendar(index),
            )
        }) else {
            return;
        };
        let Some((plan, session)) = self.session(index) else {
            return;
        };
        let made = invitation::ics(plan, session, self.config.clock.now_utc())
            .map(String::into_bytes)
            .map_err(|err| err.to_string());
        self.save_document(&path, made, "Calendar file");
    }
}

impl App {
    /// Saves every recurring duty of the plan as one calendar file (at `given`, or where
    /// the person chooses).
    pub(super) fn save_reminders(&mut self, given: Option<PathBuf>) {
        if self.open.is_none() {
            return;
        }
        let Some(path) = given.or_else(|| {
            self.ask_document_path(
                "Save the reminders for your calendar",
                "reminders",
                "Calendar file",
                "ics",
                PathCommand::Reminders,
            )
        }) else {
            return;
        };
        let Some(open) = &self.open else {
            return;
        };
        let now = self.config.clock.now();
        let duties = crate::advice::duties::duties(&open.plan, now.date()).len();
        let ics = reminders::ics(&open.plan, now.date(), self.config.clock.now_utc());
        match documents::write_document(&path, ics.as_bytes()) {
            Ok(()) => self.notice(
                "Reminders saved",
                format!(
                    "Saved as {}. Open this file with your calendar (Thunderbird, Outlook, \
                     Apple Calendar) to add {duties} repeating events, each with a reminder \
                     before it. Adding a newer file later updates them rather than doubling \
                     them.",
                    path.display()
                ),
            ),
            Err(err) => self.fail("Could not save the reminders", err.to_string()),
        }
    }
}

/// A file name for a plan title: letters, digits and dashes.
pub(super) fn file_stem_for(title: &str) -> String {
    let stem: String = title
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect();
    let stem = stem
        .split('-')
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    if stem.is_empty() {
        "backup-plan".to_owned()
    } else {
        stem
    }
}

/// `what` with its first letter a capital: "the procedure" as "The procedure".
fn capitalised(what: &str) -> String {
    let mut chars = what.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

#[cfg(test)]
mod tests {
    use super::file_stem_for;

    #[test]
    fn file_names_come_from_titles() {
        assert_eq!(
            file_stem_for("Backups 2026 / Zoë's office"),
            "Backups-2026-Zoë-s-office"
        );
        assert_eq!(file_stem_for("???"), "backup-plan");
    }
}
