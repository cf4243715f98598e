//! Importing backup logs in the window: the files are read, a preview shows what each
//! holds and which system each job is taken to back up (the person can change it), and
//! only Import changes the plan, as one change Undo takes back.

use std::path::PathBuf;

use egui::RichText;

use super::App;
use super::dialogs::Dialog;
use crate::logs::{self, LogFile, import};
use crate::model::plan::SystemId;
use crate::ui::table::Choices;
use crate::ui::theme;

/// What the import would bring, shown before anything changes.
pub(super) struct Preview {
    pub files: Vec<LogFile>,
    /// Files that could not be read, one sentence each.
    pub problems: Vec<crate::i18n::Phrase>,
    /// Which system each job backs up; the person may change them.
    pub matches: Vec<import::Match>,
}

impl App {
    /// Reads the logs at `paths` and shows the preview (or why none could be read).
    pub(super) fn import_logs(&mut self, paths: &[PathBuf]) {
        let Some(open) = &self.open else { return };
        let (files, problems) = logs::read_files(paths);
        if files.is_empty() {
            self.fail(
                &t!("import-nothing-read"),
                t!(
                    "import-nothing-read-text",
                    problems = problems
                        .iter()
                        .map(|p| p.text(crate::i18n::ui()))
                        .collect::<Vec<_>>()
                        .join("\n")
                ),
            );
            return;
        }
        let matches = import::suggest(&open.plan, &files);
        self.dialog = Some(Dialog::ImportLogs(Box::new(Preview {
            files,
            problems,
            matches,
        })));
    }

    /// The preview: each file, each job with its system, Import and Cancel.
    pub(super) fn import_preview_ui(&mut self, ctx: &egui::Context) {
        let (Some(Dialog::ImportLogs(preview)), Some(open)) = (&mut self.dialog, &self.open) else {
            return;
        };
        let choices = Choices::of(&open.plan);
        let mut done = None;
        let response = egui::Modal::new(egui::Id::unique("import logs")).show(ctx, |ui| {
            ui.set_max_width(640.0);
            ui.heading(t!("import-heading"));
            ui.add_space(4.0);
            files_ui(ui, preview);
            ui.add_space(8.0);
            ui.label(RichText::new(t!("import-systems")).strong());
            egui::ScrollArea::vertical()
                .max_height(260.0)
                .show(ui, |ui| {
                    for (index, m) in preview.matches.iter_mut().enumerate() {
                        ui.horizontal_wrapped(|ui| {
                            let job = format!("{} {}", m.tool.label(), m.job);
                            ui.add(egui::Label::new(job.as_str()).truncate())
                                .on_hover_text(job.as_str());
                            ui.label("→");
                            let systems: Vec<(SystemId, String)> = choices.systems.clone();
                            let chosen = crate::ui::widgets::choice_dropdown(
                                ui,
                                ("import match", index),
                                &mut m.system,
                                &systems,
                                &[],
                                240.0,
                            )
                            .accessible_name(t!("import-system-of", job = &job));
                            // Chosen by the person: no longer a guess.
                            m.remembered |= chosen.changed();
                            if m.system.is_none() {
                                ui.label(
                                    RichText::new(t!("import-no-system"))
                                        .small()
                                        .color(theme::WARNING),
                                );
                            } else if !m.remembered {
                                ui.label(
                                    RichText::new(t!("import-guess"))
                                        .small()
                                        .color(theme::MUTED),
                                );
                            }
                        });
                    }
                });
            ui.add(
                egui::Label::new(
                    RichText::new(t!("import-explained"))
                        .small()
                        .color(theme::MUTED),
                )
                .wrap(),
            );
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                if ui.button(t!("import-import")).clicked() {
                    done = Some(true);
                }
                if ui.button(t!("import-cancel")).clicked() {
                    done = Some(false);
                }
            });
        });
        if response.should_close() && done.is_none() {
            done = Some(false);
        }
        let Some(confirmed) = done else { return };
        let Some(Dialog::ImportLogs(preview)) = self.dialog.take() else {
            return;
        };
        if !confirmed {
            return;
        }
        let now = self.config.clock.now();
        let Some(open) = &mut self.open else { return };
        let imported = import::apply(&mut open.plan, &preview.files, &preview.matches, now);
        let said = imported.summary(import::SummaryFor::Window, crate::i18n::ui());
        self.notice(&t!("import-done"), said);
    }
}

/// What each file holds, and what could not be read.
fn files_ui(ui: &mut egui::Ui, preview: &Preview) {
    for file in &preview.files {
        let (name, runs, jobs) = (short_name(&file.name), file.run_count(), file.jobs.len());
        let line = if file.skipped.is_empty() {
            t!("import-file", name = name, runs = runs, jobs = jobs)
        } else {
            t!(
                "import-file-skipped",
                name = name,
                runs = runs,
                jobs = jobs,
                skipped = file.skipped.len()
            )
        };
        ui.add(egui::Label::new(line).wrap());
        for note in &file.notes {
            let note = note.text(crate::i18n::ui());
            ui.add(egui::Label::new(RichText::new(note).small().color(theme::MUTED)).wrap());
        }
    }
    for problem in &preview.problems {
        let problem = problem.text(crate::i18n::ui());
        ui.add(egui::Label::new(RichText::new(problem).color(theme::WARNING)).wrap());
    }
}

/// A file's name without its folder.
fn short_name(path: &str) -> &str {
    path.rsplit(['/', '\\']).next().unwrap_or(path)
}
