//! The Help menu's windows: a short guide (the three journeys, each step in its own words
//! from `model::steps`, the adviser, the files the app writes), the keyboard shortcuts
//! (from the command table) and About (version, licences, where things are kept).

use std::path::PathBuf;

use egui::{RichText, Ui};

use crate::model::steps::STEPS;
use crate::ui::command::UiCommand;
use crate::ui::theme;

/// Which help window is open.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HelpPage {
    Guide,
    Shortcuts,
    About,
}

impl HelpPage {
    /// The words on its menu item, which are also its window's title.
    pub fn title(self) -> &'static str {
        match self {
            Self::Guide => "Guide",
            Self::Shortcuts => "Keyboard shortcuts",
            Self::About => "About Backup Planner",
        }
    }

    pub const ALL: [Self; 3] = [Self::Guide, Self::Shortcuts, Self::About];
}

/// Where the app keeps its own files, for About and the guide.
pub struct Places {
    pub settings: Option<PathBuf>,
    pub recovery: Option<PathBuf>,
    pub print: PathBuf,
}

/// Shows the open help window; closing it sets `page` to `None`.
pub fn help_ui(ctx: &egui::Context, page: &mut Option<HelpPage>, places: &Places) {
    let Some(shown) = *page else { return };
    let mut open = true;
    egui::Window::new(shown.title())
        .open(&mut open)
        .collapsible(false)
        // In the middle, clear of the menu bar, so the menus stay within reach.
        .pivot(egui::Align2::CENTER_CENTER)
        .default_pos(ctx.content_rect().center())
        .default_width(560.0)
        .default_height(480.0)
        .max_height(ctx.content_rect().height() - 60.0)
        .show(ctx, |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| match shown {
                HelpPage::Guide => guide_ui(ui, places),
                HelpPage::Shortcuts => shortcuts_ui(ui),
                HelpPage::About => about_ui(ui, places),
            });
        });
    if !open {
        *page = None;
    }
}

fn heading(ui: &mut Ui, text: &str) {
    ui.add_space(8.0);
    ui.label(RichText::new(text).strong().size(15.0));
}

fn para(ui: &mut Ui, text: &str) {
    ui.add(egui::Label::new(text).wrap());
}

fn guide_ui(ui: &mut Ui, places: &Places) {
    para(
        ui,
        "Backup Planner helps you plan, write down and keep up your office's backups. It \
         does not make backups itself: it is the plan, the record and the printed procedure \
         around them.",
    );
    heading(ui, "Your first plan");
    para(
        ui,
        "Choose New plan and walk through the 14 steps in the list on the left; a tick \
         shows a step that is complete. When the restore tests are recorded (step 9), ask \
         for the approval (step 10), then print the procedure (File > Print procedure...) \
         and send the training invitations from step 13. Save the plan where the office \
         keeps its documents.",
    );
    heading(ui, "The yearly review");
    para(
        ui,
        "The start screen shows each plan's next review date, overdue ones marked. Open \
         the plan and choose Start yearly review: each step shows what was decided last \
         time; confirm it or change it, then sign the review off. The plan gets a new \
         revision, and the procedure can be printed again.",
    );
    heading(ui, "In between");
    para(
        ui,
        "Record a restore test, a log review, a training session or a backup result in \
         its step whenever it happens. File > Import backup logs... reads what the backup \
         tools wrote and says what went wrong; File > Add reminders to calendar... puts \
         every recurring duty into your own calendar.",
    );
    heading(ui, "The 14 steps");
    for step in &STEPS {
        ui.label(
            RichText::new(format!(
                "{}. {}",
                step.id.number(),
                step.title(crate::i18n::ui())
            ))
            .strong(),
        );
        para(ui, &step.guidance(crate::i18n::ui()));
    }
    heading(ui, "The adviser");
    para(
        ui,
        "While you fill in the plan, the findings panel compares your choices with good \
         practice (ISO/IEC 27002) and says in plain words what to improve, most serious \
         first. Click a finding to go to its step. Legal retention periods are given as \
         defaults to confirm, not as legal advice.",
    );
    heading(ui, "The files it writes");
    para(
        ui,
        "The plan is one file that ends in .ron, kept wherever you save it; the version \
         before each save is kept beside it as .ron.bak. While a plan is open, a small \
         file beside it (.~lock.NAME#) tells colleagues who has it open. A copy of unsaved \
         work is kept every few seconds, so nothing is lost if the computer stops.",
    );
    places_ui(ui, places);
}

fn shortcuts_ui(ui: &mut Ui) {
    egui::Grid::new("shortcuts")
        .num_columns(2)
        .spacing([24.0, 6.0])
        .show(ui, |ui| {
            for command in UiCommand::WITH_SHORTCUTS {
                let keys: Vec<String> = command
                    .shortcuts()
                    .iter()
                    .map(|s| ui.ctx().format_shortcut(s))
                    .collect();
                ui.label(command.text().trim_end_matches("..."));
                ui.label(RichText::new(keys.join(" or ")).strong());
                ui.end_row();
            }
        });
    ui.add_space(8.0);
    para(
        ui,
        "Tab moves to the next field and Shift+Tab back; Enter opens a dropdown, and the \
         arrow keys choose in it. In a text field, the shortcuts for Undo and Redo take \
         back typing in that field first.",
    );
}

fn about_ui(ui: &mut Ui, places: &Places) {
    ui.label(
        RichText::new(format!("Backup Planner {}", env!("CARGO_PKG_VERSION")))
            .strong()
            .size(16.0),
    );
    para(ui, env!("CARGO_PKG_DESCRIPTION"));
    heading(ui, "Licences");
    para(
        ui,
        "Backup Planner is free software under the MIT licence or the Apache licence 2.0, \
         at your choice. The printed documents use the Noto Sans fonts (Latin, Greek, \
         Cyrillic, Arabic, Hebrew; copyright Google), under the SIL Open Font License 1.1. \
         The window uses egui's fonts: Ubuntu Light (Ubuntu Font Licence 1.0), Hack (MIT \
         and Bitstream Vera licences) and Noto Emoji (SIL Open Font License 1.1). Documents \
         are typeset with typst (Apache 2.0). Every other library keeps its own licence, \
         listed with the source code.",
    );
    places_ui(ui, places);
}

fn places_ui(ui: &mut Ui, places: &Places) {
    heading(ui, "Where things are kept");
    let shown = |path: &Option<PathBuf>| {
        path.as_ref().map_or_else(
            || "not kept: the system has no folder for it".to_owned(),
            |p| p.display().to_string(),
        )
    };
    egui::Grid::new("places")
        .num_columns(2)
        .spacing([16.0, 6.0])
        .show(ui, |ui| {
            ui.label(RichText::new("Settings and recent plans").color(theme::MUTED));
            ui.label(shown(&places.settings));
            ui.end_row();
            ui.label(RichText::new("Copies of unsaved work").color(theme::MUTED));
            ui.label(shown(&places.recovery));
            ui.end_row();
            ui.label(RichText::new("Documents sent to print").color(theme::MUTED));
            ui.label(places.print.display().to_string());
            ui.end_row();
        });
}
