//! Asking for a file: the system's chooser, and the app's own when the system's cannot be
//! shown (no desktop portal and no zenity, as on minimal desktops and remote sessions). A
//! failure is never taken for Cancel: the person is told, and types or picks the file
//! here instead, starting in the plan's folder.

use std::path::{Path, PathBuf};

use egui::{RichText, Ui};

use crate::model::plan::PLAN_EXTENSION;
use crate::platform::dialogs::SaveRequest;
use crate::ui::command::PathCommand;
use crate::ui::theme;

use super::App;
use super::dialogs::Dialog;

/// The app's own chooser, open.
pub(super) struct Chooser {
    /// What the file is for.
    then: PathCommand,
    /// The dialog's heading, as the system's would have had it.
    title: String,
    /// The file's full name, as typed.
    text: String,
    /// The ending a saved file gets when none is typed.
    extension: String,
    /// Why the system's chooser could not be shown.
    why: String,
    /// The plan files of the folder last typed, listed once per folder (not every frame:
    /// the folder may be on a slow share).
    listed: Option<(PathBuf, Vec<PathBuf>)>,
}

impl App {
    /// Asks where to save a file. `None` when the person cancelled, or when the system's
    /// chooser failed and the app's own took over (it runs `then` with the file chosen).
    pub(super) fn choose_file_to_save(
        &mut self,
        request: &SaveRequest<'_>,
        then: PathCommand,
    ) -> Option<PathBuf> {
        if let Some(path) = self.config.dialogs.save_file(request) {
            return Some(path);
        }
        let why = self.config.dialogs.failure()?;
        let folder = self.starting_folder();
        self.dialog = Some(Dialog::Choose(Box::new(Chooser {
            then,
            title: request.title.to_owned(),
            text: folder.join(&request.file_name).display().to_string(),
            extension: request.extension.to_owned(),
            why,
            listed: None,
        })));
        None
    }

    /// Asks for a plan file to open, likewise.
    pub(super) fn choose_file_to_open(&mut self, then: PathCommand) -> Option<PathBuf> {
        if let Some(path) = self.config.dialogs.open_plan() {
            return Some(path);
        }
        let why = self.config.dialogs.failure()?;
        let folder = self.starting_folder();
        self.dialog = Some(Dialog::Choose(Box::new(Chooser {
            then,
            title: t!("chooser-open-plan").into_owned(),
            text: format!("{}{}", folder.display(), std::path::MAIN_SEPARATOR),
            extension: PLAN_EXTENSION.to_owned(),
            why,
            listed: None,
        })));
        None
    }

    /// Asks for backup logs to import: the system's chooser (several files at once), or,
    /// when it cannot be shown, the app's own (one file).
    pub(super) fn choose_logs(&mut self) -> Vec<PathBuf> {
        let chosen = self.config.dialogs.open_logs();
        if !chosen.is_empty() {
            return chosen;
        }
        let Some(why) = self.config.dialogs.failure() else {
            return chosen;
        };
        let folder = self.starting_folder();
        self.dialog = Some(Dialog::Choose(Box::new(Chooser {
            then: PathCommand::ImportLog,
            title: t!("chooser-import-log").into_owned(),
            text: format!("{}{}", folder.display(), std::path::MAIN_SEPARATOR),
            extension: String::new(),
            why,
            listed: None,
        })));
        Vec::new()
    }

    /// Where the app's own chooser starts: the open plan's folder, else the person's
    /// documents or home folder.
    fn starting_folder(&self) -> PathBuf {
        self.open
            .as_ref()
            .and_then(|o| o.path.as_deref())
            .and_then(Path::parent)
            .map(Path::to_owned)
            .or_else(|| {
                directories::UserDirs::new()
                    .map(|dirs| dirs.document_dir().unwrap_or(dirs.home_dir()).to_owned())
            })
            .unwrap_or_default()
    }

    /// The app's own chooser: the reason, the file's full name to type, the plan files of
    /// its folder to pick from, and Open or Save.
    pub(super) fn chooser_ui(&mut self, ctx: &egui::Context) {
        let Some(Dialog::Choose(chooser)) = &mut self.dialog else {
            return;
        };
        let saves = chooser.then.saves();
        let mut done: Option<bool> = None;
        let response = egui::Modal::new(egui::Id::unique("own chooser")).show(ctx, |ui| {
            ui.set_max_width(620.0);
            ui.heading(chooser.title.as_str());
            ui.add(
                egui::Label::new(RichText::new(t!("chooser-explained")).color(theme::MUTED)).wrap(),
            )
            .on_hover_text(t!("chooser-explained.tooltip", why = &chooser.why));
            ui.add_space(6.0);
            ui.horizontal(|ui| {
                let label = ui.label(t!("chooser-file-name"));
                let field = ui
                    .add(
                        egui::TextEdit::singleline(&mut chooser.text)
                            .desired_width(f32::INFINITY)
                            .hint_text(t!("chooser-file-name.hint")),
                    )
                    .labelled_by(label.id);
                if field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
                    done = Some(true);
                }
            });
            let folder = folder_of(&chooser.text);
            if chooser
                .listed
                .as_ref()
                .is_none_or(|(listed, _)| *listed != folder)
            {
                let plans = files_in(&folder, &chooser.extension);
                chooser.listed = Some((folder, plans));
            }
            if let Some((_, plans)) = &chooser.listed {
                listed_files_ui(ui, &mut chooser.text, plans, saves);
            }
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                let ready = !chooser.text.trim().is_empty()
                    && !chooser.text.ends_with(std::path::MAIN_SEPARATOR);
                if ui
                    .add_enabled(
                        ready,
                        egui::Button::new(if saves {
                            t!("chooser-save")
                        } else {
                            t!("chooser-open")
                        }),
                    )
                    .clicked()
                {
                    done = Some(true);
                }
                if ui.button(t!("chooser-cancel")).clicked() {
                    done = Some(false);
                }
            });
        });
        if response.should_close() && done.is_none() {
            done = Some(false);
        }
        let Some(confirmed) = done else { return };
        let Some(Dialog::Choose(chooser)) = self.dialog.take() else {
            return;
        };
        let text = chooser.text.trim();
        if !confirmed || text.is_empty() {
            return;
        }
        let mut path = PathBuf::from(text);
        if saves && path.extension().is_none() {
            path.set_extension(&chooser.extension);
        }
        self.commands.push(chooser.then.with(path));
    }
}

/// The folder a typed file name is in (the name itself when it ends in a separator).
fn folder_of(text: &str) -> PathBuf {
    let typed = Path::new(text);
    if text.ends_with(std::path::MAIN_SEPARATOR) {
        typed.to_owned()
    } else {
        typed.parent().unwrap_or(typed).to_owned()
    }
}

/// The files in `folder` ending in `extension` (every file when it is empty), sorted, at
/// most 200.
fn files_in(folder: &Path, extension: &str) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return Vec::new();
    };
    let mut plans: Vec<PathBuf> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            // Hidden files (a lock beside a plan, a half-written temporary) are not listed.
            let hidden = p
                .file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with('.'));
            !hidden
                && (extension.is_empty() || p.extension().is_some_and(|e| e == extension))
                && p.is_file()
        })
        .take(200)
        .collect();
    plans.sort();
    plans
}

/// The files listed, as buttons that fill the file name in (to open one, or to save over
/// one knowingly).
fn listed_files_ui(ui: &mut Ui, text: &mut String, plans: &[PathBuf], saves: bool) {
    if plans.is_empty() {
        return;
    }
    ui.add_space(4.0);
    ui.label(
        RichText::new(if saves {
            t!("chooser-files-to-save-over")
        } else {
            t!("chooser-files")
        })
        .color(theme::MUTED),
    );
    egui::ScrollArea::vertical()
        .max_height(160.0)
        .show(ui, |ui| {
            for plan in plans {
                let name = plan
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                if ui.selectable_label(false, name).clicked() {
                    *text = plan.display().to_string();
                }
            }
        });
}
