//! Carrying out the commands, and the keyboard shortcuts that ask for them.

use std::path::Path;

use crate::advice::review::Review;
use crate::documents::invitation;
use crate::files::storage;
use crate::model::plan::Plan;
use crate::model::steps::StepId;

use super::App;
use super::dialogs::Dialog;
use crate::ui::command::{Command, Document, PathCommand, UiCommand};
use crate::ui::state::OpenPlan;
use crate::ui::state::Page;

impl App {
    #[expect(
        clippy::too_many_lines,
        reason = "one arm a command: the table of what each command does"
    )]
    pub(super) fn run(&mut self, ctx: &egui::Context, command: Command) {
        let dirty = self.open.as_ref().is_some_and(OpenPlan::is_dirty);
        if dirty && command.leaves_plan() && !matches!(self.dialog, Some(Dialog::Unsaved { .. })) {
            self.dialog = Some(Dialog::Unsaved { then: command });
            return;
        }
        match command {
            Command::NewPlan => {
                let mut plan = Plan::new(self.today());
                // Training times are in the office's zone: the computer's, unless changed.
                plan.identity.time_zone = self.config.clock.time_zone().unwrap_or_default();
                self.replace_open(Some(OpenPlan::new(plan, None)));
            }
            Command::OpenDialog => {
                if let Some(path) = self.choose_file_to_open(PathCommand::OpenPlan) {
                    self.open_path(&path, None);
                }
            }
            Command::OpenPath(path) => self.open_path(&path, None),
            Command::OpenInUse { path, read_only } => self.open_path(&path, Some(read_only)),
            Command::OpenExample => {
                match storage::plan_from_str(crate::EXAMPLE_PLAN, Path::new("example plan")) {
                    Ok(plan) => self.replace_open(Some(OpenPlan::new(plan, None))),
                    Err(err) => self.show_error(&t!("files-example-not-opened"), &err),
                }
            }
            Command::Save => {
                self.save(false);
            }
            Command::SaveTo(path) => {
                self.save_at(path, true);
            }
            Command::CompareWith(path) => self.compare_with_path(&path),
            Command::SavePdfTo(document, paper, path) => {
                self.save_pdf(ctx, document, paper, Some(path));
            }
            Command::SaveCalendarTo(index, path) => self.save_calendar(index, Some(path)),
            Command::SaveRemindersTo(path) => self.save_reminders(Some(path)),
            Command::SaveAs => {
                self.save(true);
            }
            Command::SaveReplacingTheirs => {
                self.save_checked(false, false);
            }
            Command::Reload => self.reload(),
            Command::CompareWithDisk => self.compare_with_disk(),
            Command::ClosePlan => {
                self.replace_open(None);
                self.refresh_recent();
            }
            Command::Quit => {
                self.end_recovery();
                self.may_close = true;
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
            Command::ForgetRecent(path) => {
                self.settings.recent.retain(|r| r.path != path);
                self.save_settings();
                self.refresh_recent();
            }
            Command::PrintProcedure => self.open_preview(Document::Procedure, true),
            Command::ExportProcedure => self.open_preview(Document::Procedure, false),
            Command::SaveInvitation(index) => self.open_preview(Document::Invitation(index), false),
            Command::PrintWith(document, options) => self.print_pdf(ctx, document, Some(options)),
            Command::OpenInViewer(document) => self.print_pdf(ctx, document, None),
            Command::SavePdf(document, paper) => self.save_pdf(ctx, document, paper, None),
            Command::ImportLogs => {
                let paths = self.choose_logs();
                if !paths.is_empty() {
                    self.import_logs(&paths);
                }
            }
            Command::ImportLogFiles(paths) => self.import_logs(&paths),
            Command::SetLanguage(language) => {
                self.settings.language = language;
                self.save_settings();
            }
            Command::SetPaper(paper) => {
                self.settings.paper = paper;
                self.save_settings();
            }
            Command::SaveCalendar(index) => self.save_calendar(index, None),
            Command::SaveReminders => self.save_reminders(None),
            Command::CopyEmail(index) => self.copy_email(ctx, index),
            Command::OpenMail(index) => self.open_mail(index),
            Command::StartReview => {
                if let Some(open) = &mut self.open {
                    open.review = Some(Review::start(&open.plan));
                    open.page = Page::Step(StepId::IdentifySystems);
                }
            }
            Command::EndReview => {
                if let Some(open) = &mut self.open {
                    open.review = None;
                    if open.page == Page::ReviewSummary {
                        open.page = Page::Details;
                    }
                }
            }
            Command::SignOff => self.sign_off(false),
            Command::SignOffAnyway => self.sign_off(true),
            Command::CompareWithFile => self.compare_with_file(),
            Command::Undo => {
                if let Some(open) = &mut self.open {
                    open.undo();
                }
            }
            Command::Redo => {
                if let Some(open) = &mut self.open {
                    open.redo();
                }
            }
        }
    }

    pub(super) fn copy_email(&mut self, ctx: &egui::Context, index: usize) {
        if let Some((plan, session)) = self.session(index) {
            ctx.copy_text(invitation::email(plan, session).as_text());
            self.notice(&t!("window-email-copied"), t!("window-email-copied-text"));
        }
    }

    pub(super) fn open_mail(&mut self, index: usize) {
        if let Some((plan, session)) = self.session(index) {
            let link = invitation::email(plan, session).mailto();
            if let Err(err) = self.config.desktop.open(&link) {
                self.fail(
                    &t!("window-mail-not-opened"),
                    t!("window-mail-not-opened-text", error = err),
                );
            }
        }
    }

    pub(super) fn shortcuts(&mut self, ctx: &egui::Context) {
        self.commands.extend(UiCommand::from_keys(ctx));
    }
}
