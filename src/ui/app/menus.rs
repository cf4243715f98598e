//! The menu bar: the File and Edit menus, the plan's state and the findings toggle.

use egui::{RichText, Ui};

use crate::advice::Advice;
use crate::model::options::Paper;
use crate::ui::theme;

use super::App;
use crate::ui::command::{Command, UiCommand};

impl App {
    pub(super) fn file_menu_ui(&mut self, ui: &mut Ui) {
        let has_plan = self.open.is_some();
        let sections: [&[UiCommand]; 3] = [
            &[
                UiCommand::NewPlan,
                UiCommand::OpenPlan,
                UiCommand::OpenExample,
            ],
            &[UiCommand::Save, UiCommand::SaveAs, UiCommand::ClosePlan],
            &[
                UiCommand::PrintProcedure,
                UiCommand::CompareWithFile,
                UiCommand::ExportProcedure,
                UiCommand::SaveReminders,
                UiCommand::ImportLogs,
            ],
        ];
        for (n, section) in sections.into_iter().enumerate() {
            if n > 0 {
                ui.separator();
            }
            for &command in section {
                if command.menu_item_ui(ui, has_plan || !command.needs_plan()) {
                    self.commands.push(command.command());
                }
            }
        }
        ui.separator();
        let review = if self.open.as_ref().is_some_and(|o| o.review.is_some()) {
            UiCommand::EndReview
        } else {
            UiCommand::StartReview
        };
        if review.menu_item_ui(ui, has_plan) {
            self.commands.push(review.command());
        }
        let language = crate::i18n::ui();
        ui.menu_button(language.text("menu-paper-size"), |ui| {
            for paper in Paper::ALL {
                if ui
                    .radio(self.settings.paper == paper, paper.label(language))
                    .clicked()
                {
                    self.commands.push(Command::SetPaper(paper));
                }
            }
        });
        ui.separator();
        if UiCommand::Quit.menu_item_ui(ui, true) {
            self.commands.push(Command::Quit);
        }
    }

    /// The window's language: the computer's, or one the person chose. Each language is
    /// named in itself, so a person who cannot read the current one finds their own.
    fn language_menu_ui(&mut self, ui: &mut Ui) {
        let system = self.config.system_language;
        let chosen = self.settings.language;
        let follow = crate::i18n::ui().text_with(
            "language-of-system",
            &crate::i18n::args([("language", system.name())]),
        );
        if ui.radio(chosen.is_none(), follow).clicked() {
            self.commands.push(Command::SetLanguage(None));
            ui.close();
        }
        ui.separator();
        for language in crate::i18n::Language::all() {
            if ui
                .radio(chosen == Some(language), language.name())
                .clicked()
            {
                self.commands.push(Command::SetLanguage(Some(language)));
                ui.close();
            }
        }
    }

    pub(super) fn menu_bar_ui(&mut self, ui: &mut Ui) {
        egui::MenuBar::new().ui(ui, |ui| {
            let language = crate::i18n::ui();
            ui.menu_button(language.text("menu-file"), |ui| self.file_menu_ui(ui));
            ui.menu_button(language.text("menu-edit"), |ui| {
                let (can_undo, can_redo) = self.open.as_ref().map_or((false, false), |o| {
                    (o.undoer.has_undo(&o.plan), o.undoer.has_redo(&o.plan))
                });
                for (command, enabled) in [(UiCommand::Undo, can_undo), (UiCommand::Redo, can_redo)]
                {
                    if command.menu_item_ui(ui, enabled) {
                        self.commands.push(command.command());
                    }
                }
            });
            ui.menu_button(language.text("menu-language"), |ui| {
                self.language_menu_ui(ui);
            })
            .response
            .on_hover_text(language.text("menu-language.tooltip"));
            ui.menu_button(language.text("menu-help"), |ui| {
                for page in crate::ui::help::HelpPage::ALL {
                    if ui.button(page.title()).clicked() {
                        self.help = Some(page);
                    }
                }
            });
            let now = self.config.clock.now();
            let hide_findings = &mut self.settings.hide_findings;
            let mut toggled = false;
            if let Some(open) = &mut self.open {
                let advice = open.advice(now);
                let width = ui.ctx().content_rect().width();
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    if crate::ui::wizard::findings_fit(width) {
                        toggled = findings_toggle_ui(ui, &advice, hide_findings);
                    } else {
                        // No room for the panel: the button shows the findings in a window.
                        let ctx = ui.ctx().clone();
                        let mut hidden = !crate::ui::wizard::findings_window_open(&ctx);
                        if findings_toggle_ui(ui, &advice, &mut hidden) {
                            crate::ui::wizard::set_findings_window(&ctx, !hidden);
                        }
                    }
                    let review = if open.review.is_some() {
                        UiCommand::EndReview
                    } else {
                        UiCommand::StartReview
                    };
                    // In a narrow window what does not fit beside the menus is left out
                    // (the review is also in the File menu), never drawn over them.
                    if !has_room(ui, &review.text()) {
                        return;
                    }
                    ui.separator();
                    if ui
                        .button(review.text())
                        .on_hover_text(review.tooltip_with_shortcut(ui.ctx()))
                        .clicked()
                    {
                        self.commands.push(review.command());
                    }
                    let save = t!("window-save");
                    let unsaved = t!("window-unsaved-changes");
                    if !has_room(ui, &format!("{unsaved} {save}")) {
                        return;
                    }
                    ui.separator();
                    if let Some(problem) = &self.recovery_problem {
                        ui.label(
                            RichText::new(t!("window-no-recovery-copy")).color(theme::WARNING),
                        )
                        .on_hover_text(problem.as_str());
                    }
                    if let Some(problem) = &open.lock_problem {
                        ui.label(RichText::new(t!("window-not-locked")).color(theme::WARNING))
                            .on_hover_text(problem.as_str());
                    }
                    if let Some(holder) = &open.read_only {
                        ui.label(RichText::new(t!("window-read-only")).color(theme::WARNING))
                            .on_hover_text(t!("window-read-only.tooltip", user = &holder.user));
                    } else if open.is_dirty() {
                        if ui
                            .button(save)
                            .on_hover_text(UiCommand::Save.tooltip_with_shortcut(ui.ctx()))
                            .clicked()
                        {
                            self.commands.push(Command::Save);
                        }
                        ui.label(RichText::new(unsaved).color(theme::WARNING));
                    } else if open.path.is_some() {
                        ui.label(RichText::new(t!("window-all-saved")).color(theme::MUTED));
                    }
                });
            }
            if toggled {
                self.save_settings();
            }
        });
    }
}

/// Whether the menu bar has room left for `text` and a little more (a button's padding
/// and a separator).
fn has_room(ui: &Ui, text: &str) -> bool {
    let width = crate::ui::widgets::text_width(ui, text, &egui::TextStyle::Button);
    ui.available_width() >= width + 32.0
}

/// The button that shows or hides the findings panel, with how many there are.
/// Returns true when it was clicked.
pub(super) fn findings_toggle_ui(ui: &mut Ui, advice: &Advice, hidden: &mut bool) -> bool {
    let findings = &advice.findings;
    let high = crate::advice::adviser::count(findings, crate::advice::adviser::Severity::High);
    let count = findings.len();
    let text = if findings.is_empty() {
        RichText::new(t!("window-findings-none"))
    } else if high > 0 {
        RichText::new(t!("window-findings-high", count = count)).color(theme::ERROR)
    } else {
        RichText::new(t!("window-findings", count = count))
    };
    let summary = crate::advice::adviser::summary(findings, crate::i18n::ui());
    let response = ui
        .selectable_label(!*hidden, text)
        .accessible_name(t!("window-findings.panel", summary = &summary))
        .on_hover_text(t!("window-findings.tooltip", summary = &summary));
    if response.clicked() {
        *hidden = !*hidden;
    }
    response.clicked()
}
