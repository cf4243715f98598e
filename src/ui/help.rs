//! The Help menu's windows: a short guide (the three journeys, each step in its own words
//! from `model::steps`, the adviser, the files the app writes), the keyboard shortcuts
//! (from the command table) and About (version, licences, where things are kept).

use std::borrow::Cow;
use std::path::PathBuf;

use egui::{RichText, Ui};

use crate::model::steps::STEPS;
use crate::ui::command::UiCommand;
use crate::ui::theme;

/// Which help window is open.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum HelpPage {
    Guide,
    Shortcuts,
    About,
}

impl HelpPage {
    /// The words on its menu item, which are also its window's title.
    pub fn title(self) -> Cow<'static, str> {
        match self {
            Self::Guide => t!("help-guide"),
            Self::Shortcuts => t!("help-shortcuts"),
            Self::About => t!("help-about"),
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
        // The same window in every language, wherever it was moved.
        .id(egui::Id::unique(("help", shown)))
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
    para(ui, &t!("help-guide-intro"));
    heading(ui, &t!("help-first-plan"));
    para(ui, &t!("help-first-plan-text"));
    heading(ui, &t!("help-review"));
    para(ui, &t!("help-review-text"));
    heading(ui, &t!("help-between"));
    para(ui, &t!("help-between-text"));
    heading(ui, &t!("help-steps"));
    for step in &STEPS {
        ui.label(
            RichText::new(t!(
                "wizard-step-numbered",
                number = step.id.number(),
                title = step.title(crate::i18n::ui())
            ))
            .strong(),
        );
        para(ui, &step.guidance(crate::i18n::ui()));
    }
    heading(ui, &t!("help-adviser"));
    para(ui, &t!("help-adviser-text"));
    heading(ui, &t!("help-files"));
    para(ui, &t!("help-files-text"));
    places_ui(ui, places);
}

fn shortcuts_ui(ui: &mut Ui) {
    egui::Grid::new("shortcuts")
        .num_columns(2)
        .spacing([24.0, 6.0])
        .show(ui, |ui| {
            for command in UiCommand::WITH_SHORTCUTS {
                // Two or more keys for a command: "Ctrl+Z or Alt+Backspace".
                let keys = command
                    .shortcuts()
                    .iter()
                    .map(|s| ui.ctx().format_shortcut(s))
                    .reduce(|first, second| {
                        t!("help-keys-either", first = first, second = second).into_owned()
                    })
                    .unwrap_or_default();
                ui.label(command.text().trim_end_matches("..."));
                ui.label(RichText::new(keys).strong());
                ui.end_row();
            }
        });
    ui.add_space(8.0);
    para(ui, &t!("help-keys-text"));
}

fn about_ui(ui: &mut Ui, places: &Places) {
    ui.label(
        RichText::new(t!(
            "help-about-version",
            version = env!("CARGO_PKG_VERSION")
        ))
        .strong()
        .size(16.0),
    );
    // Cargo.toml's description, in the window's language.
    para(ui, &t!("help-about-description"));
    heading(ui, &t!("help-licences"));
    para(ui, &t!("help-licences-text"));
    places_ui(ui, places);
}

fn places_ui(ui: &mut Ui, places: &Places) {
    heading(ui, &t!("help-places"));
    let shown = |path: &Option<PathBuf>| {
        path.as_ref().map_or_else(
            || t!("help-place-not-kept").into_owned(),
            |p| p.display().to_string(),
        )
    };
    egui::Grid::new("places")
        .num_columns(2)
        .spacing([16.0, 6.0])
        .show(ui, |ui| {
            ui.label(RichText::new(t!("help-place-settings")).color(theme::MUTED));
            ui.label(shown(&places.settings));
            ui.end_row();
            ui.label(RichText::new(t!("help-place-recovery")).color(theme::MUTED));
            ui.label(shown(&places.recovery));
            ui.end_row();
            ui.label(RichText::new(t!("help-place-print")).color(theme::MUTED));
            ui.label(places.print.display().to_string());
            ui.end_row();
        });
}
