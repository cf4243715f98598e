//! The documents made from the plan, on a thread of their own so the window keeps
//! answering, and what becomes of them (saved, printed).

use std::borrow::Cow;
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
    /// Written where the person said; `kind` names it in the messages.
    Save { path: PathBuf, kind: Saved },
    /// Written to the print folder and sent to the printer with these options, or, with
    /// none, opened in the PDF viewer to print from there.
    Print {
        path: PathBuf,
        options: Option<crate::platform::desktop::PrintOptions>,
        /// The document (named in the messages) and its paper, to save it as a PDF
        /// should printing fail.
        document: Document,
        paper: Paper,
    },
}

/// A kind of file saved, for the messages about it: each has its own, so every language
/// words "Procedure document saved" and "Invitation saved" its own way.
#[derive(Clone, Copy)]
pub(super) enum Saved {
    Procedure,
    Invitation,
    Calendar,
}

impl Saved {
    fn of(document: Document) -> Self {
        match document {
            Document::Procedure => Self::Procedure,
            Document::Invitation(_) => Self::Invitation,
        }
    }

    /// "Procedure document saved".
    fn saved(self) -> Cow<'static, str> {
        match self {
            Self::Procedure => t!("making-saved-procedure"),
            Self::Invitation => t!("making-saved-invitation"),
            Self::Calendar => t!("making-saved-calendar"),
        }
    }

    /// "Could not save the procedure document".
    fn not_saved(self) -> Cow<'static, str> {
        match self {
            Self::Procedure => t!("making-not-saved-procedure"),
            Self::Invitation => t!("making-not-saved-invitation"),
            Self::Calendar => t!("making-not-saved-calendar"),
        }
    }
}

/// "Preparing the procedure…", while `document` is being made.
fn preparing(document: Document) -> Cow<'static, str> {
    match document {
        Document::Procedure => t!("making-preparing-procedure"),
        Document::Invitation(_) => t!("making-preparing-invitation"),
    }
}

/// A document to make, with the words the messages about it use.
struct DocumentJob {
    /// The end of its file's name: "procedure" in "office-procedure.pdf".
    file: Cow<'static, str>,
    /// The title of the dialog that asks where to save it.
    ask: Cow<'static, str>,
    make: Box<dyn FnOnce() -> Result<Vec<u8>, documents::DocumentError> + Send>,
}

/// A document being made on a thread of its own, so the window keeps answering: the
/// procedure of a 2,000-system plan takes seconds.
pub(super) struct Making {
    /// The document, named in "Preparing the procedure…".
    pub(super) document: Document,
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
        let plan_title = self.open.as_ref().map_or("backup-plan".into(), |o| {
            o.plan.display_title(crate::i18n::ui())
        });
        let request = SaveRequest {
            title,
            file_name: format!("{}-{name}.{extension}", file_stem_for(&plan_title)),
            kind,
            extension,
        };
        self.choose_file_to_save(&request, then)
    }

    /// Makes a document and writes it where the person says.
    pub(super) fn save_document(
        &mut self,
        path: &Path,
        made: Result<Vec<u8>, String>,
        kind: Saved,
    ) {
        let written = made.and_then(|bytes| {
            documents::write_document(path, &bytes).map_err(|err| err.text(crate::i18n::ui()))
        });
        match written {
            Ok(()) => self.notice(
                &kind.saved(),
                t!("making-saved-as", path = path.display().to_string()),
            ),
            Err(err) => self.fail(&kind.not_saved(), err),
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
        document: Document,
        then: Then,
        make: impl FnOnce() -> Result<Vec<u8>, documents::DocumentError> + Send + 'static,
    ) {
        let (sender, receiver) = std::sync::mpsc::channel();
        let previous = self.worker.take();
        let ctx = ctx.clone();
        // Said in the window's language, which the thread does not know by itself.
        let language = crate::i18n::ui();
        let spawned = std::thread::Builder::new()
            .name("document".to_owned())
            .spawn(move || {
                if let Some(previous) = previous {
                    let _ = previous.join();
                }
                let _ = sender.send(make().map_err(|err| err.text(language)));
                ctx.request_repaint();
                documents::forget_layouts();
            });
        match spawned {
            Ok(handle) => {
                self.worker = Some(handle);
                self.making.push(Making {
                    document,
                    then,
                    receiver,
                    made: None,
                });
            }
            Err(err) => self.fail(
                &match document {
                    Document::Procedure => t!("making-not-made-procedure"),
                    Document::Invitation(_) => t!("making-not-made-invitation"),
                },
                t!("making-not-started", error = err.to_string()),
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
                Err(std::sync::mpsc::TryRecvError::Disconnected) => {
                    Some(Err(t!("making-went-wrong").into_owned()))
                }
            };
        }
        let mut finished = false;
        while self.dialog.is_none() {
            let Some(made) = self.making.first_mut().and_then(|m| m.made.take()) else {
                break;
            };
            let making = self.making.remove(0);
            match making.then {
                Then::Save { path, kind } => self.save_document(&path, made, kind),
                Then::Print {
                    path,
                    options,
                    document,
                    paper,
                } => {
                    self.print_document(&path, made, options.as_ref(), (document, paper));
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
                    ui.label(preparing(first.document));
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
                    file: t!("making-file-procedure"),
                    ask: t!("making-ask-procedure"),
                    make: Box::new(move || documents::procedure_pdf(&plan, paper, today)),
                })
            }
            Document::Invitation(index) => {
                let (plan, session) = self.session(index)?;
                let (plan, session) = (plan.clone(), session.clone());
                Some(DocumentJob {
                    file: t!("making-file-invitation"),
                    ask: t!("making-ask-invitation"),
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
                &job.ask,
                &job.file,
                &t!("making-kind-pdf"),
                "pdf",
                PathCommand::Pdf(document, paper),
            )
        }) else {
            return;
        };
        let then = Then::Save {
            path,
            kind: Saved::of(document),
        };
        self.make_document(ctx, document, then, job.make);
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
            file_stem_for(&open.plan.display_title(crate::i18n::ui())),
            job.file
        ));
        let then = Then::Print {
            path,
            options,
            document,
            paper,
        };
        self.make_document(ctx, document, then, job.make);
    }

    /// Writes a made document to the print folder and sends it to the printer.
    pub(super) fn print_document(
        &mut self,
        path: &Path,
        made: Result<Vec<u8>, String>,
        options: Option<&crate::platform::desktop::PrintOptions>,
        (document, paper): (Document, Paper),
    ) {
        let written = made.and_then(|bytes| {
            std::fs::create_dir_all(&self.config.print_dir)
                .map_err(|err| format!("{err}: {}", self.config.print_dir.display()))?;
            documents::write_document(path, &bytes).map_err(|err| err.text(crate::i18n::ui()))
        });
        if let Err(err) = written {
            self.fail(&t!("making-print-not-made"), err);
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
            Ok(Printed::Sent) => {
                let queue = options.and_then(|o| o.printer.as_deref());
                let path = path.display().to_string();
                let text = match (document, queue) {
                    (Document::Procedure, None) => {
                        t!("making-sent-procedure-default", path = path)
                    }
                    (Document::Procedure, Some(queue)) => {
                        t!("making-sent-procedure", printer = queue, path = path)
                    }
                    (Document::Invitation(_), None) => {
                        t!("making-sent-invitation-default", path = path)
                    }
                    (Document::Invitation(_), Some(queue)) => {
                        t!("making-sent-invitation", printer = queue, path = path)
                    }
                };
                self.notice(&t!("making-sent"), text);
            }
            Ok(Printed::OpenedInViewer) => {
                let path = path.display().to_string();
                let text = match document {
                    Document::Procedure => t!("making-opened-procedure", path = path),
                    Document::Invitation(_) => t!("making-opened-invitation", path = path),
                };
                self.notice(&t!("making-opened"), text);
            }
            Err(err) => {
                // Not left behind in a folder the person would never find: Save as PDF
                // offers a place of their choosing.
                let _ = std::fs::remove_file(path);
                self.dialog = Some(super::dialogs::Dialog::PrintFailed(
                    super::dialogs::PrintFailure {
                        details: err,
                        document,
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
            self.fail(&t!("making-calendar-not-made"), err.text(crate::i18n::ui()));
            return;
        }
        let Some(path) = given.or_else(|| {
            self.ask_document_path(
                &t!("making-ask-calendar"),
                &t!("making-file-calendar"),
                &t!("making-kind-calendar"),
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
            .map_err(|err| err.text(crate::i18n::ui()));
        self.save_document(&path, made, Saved::Calendar);
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
                &t!("making-ask-reminders"),
                &t!("making-file-reminders"),
                &t!("making-kind-calendar"),
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
                &t!("making-reminders-saved"),
                t!(
                    "making-reminders-saved-text",
                    path = path.display().to_string(),
                    count = duties
                ),
            ),
            Err(err) => self.fail(
                &t!("making-reminders-not-saved"),
                err.text(crate::i18n::ui()),
            ),
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
