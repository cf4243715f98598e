//! The start screen: begin a plan, open one, or pick up a recent one.

use chrono::NaiveDate;
use egui::{RichText, Ui};

use crate::files::storage::RecentPlan;
use crate::ui::command::{Command, UiCommand};
use crate::ui::theme;

/// Days before the review date from which a plan counts as due soon.
pub const DUE_SOON_DAYS: i64 = 30;

/// How a plan's next review stands today.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReviewDue {
    NotSet,
    Later,
    Soon,
    Overdue,
}

impl ReviewDue {
    /// Judges `next_review` against `today`.
    pub fn of(next_review: Option<NaiveDate>, today: NaiveDate) -> Self {
        match next_review {
            None => Self::NotSet,
            Some(date) if date < today => Self::Overdue,
            Some(date) if (date - today).num_days() <= DUE_SOON_DAYS => Self::Soon,
            Some(_) => Self::Later,
        }
    }
}

/// Shows the start screen; what the person picks lands in `commands`.
pub fn start_ui(
    ui: &mut Ui,
    recent: &[RecentPlan],
    present: &[bool],
    today: NaiveDate,
    commands: &mut Vec<Command>,
) {
    ui.add_space(32.0);
    ui.label(
        RichText::new("Backup Planner")
            .size(30.0)
            .color(theme::ACCENT),
    );
    ui.add_space(4.0);
    ui.label(
        RichText::new(
            "Plan your office's backups step by step, print the procedure, and review it once a year.",
        )
        .color(theme::MUTED),
    );
    ui.add_space(20.0);
    ui.horizontal(|ui| {
        let size = egui::vec2(200.0, 40.0);
        for command in [
            UiCommand::NewPlan,
            UiCommand::OpenPlan,
            UiCommand::OpenExample,
        ] {
            if ui
                .add(egui::Button::new(RichText::new(command.text()).size(16.0)).min_size(size))
                .on_hover_text(command.tooltip_with_shortcut(ui.ctx()))
                .clicked()
            {
                commands.push(command.command());
            }
        }
    });
    ui.add_space(32.0);
    ui.label(RichText::new("Recent plans").strong().size(16.0));
    ui.separator();
    if recent.is_empty() {
        ui.label(RichText::new("Plans you open or save will be listed here.").color(theme::MUTED));
        return;
    }
    recent_ui(ui, recent, present, today, commands);
}

/// The table of recent plans with their review dates.
fn recent_ui(
    ui: &mut Ui,
    recent: &[RecentPlan],
    present: &[bool],
    today: NaiveDate,
    commands: &mut Vec<Command>,
) {
    egui::Grid::new("recent")
        .num_columns(4)
        .spacing([24.0, 8.0])
        .striped(true)
        .show(ui, |ui| {
            ui.strong("Plan");
            ui.strong("File");
            ui.strong("Last saved");
            ui.strong("Next review");
            ui.end_row();
            for (entry, present) in recent
                .iter()
                .zip(present.iter().copied().chain(std::iter::repeat(true)))
            {
                let title = if entry.organisation.trim().is_empty() {
                    entry.title.clone()
                } else {
                    format!("{} ({})", entry.title, entry.organisation.trim())
                };
                if present {
                    if ui.link(title).on_hover_text("Open this plan").clicked() {
                        commands.push(Command::OpenPath(entry.path.clone()));
                    }
                } else {
                    ui.label(RichText::new(title).color(theme::MUTED));
                }
                let file = entry.path.display().to_string();
                if present {
                    ui.label(RichText::new(file).small());
                } else {
                    ui.horizontal(|ui| {
                        ui.label(
                            RichText::new(format!("{file} (missing)"))
                                .small()
                                .color(theme::MUTED),
                        )
                        .on_hover_text(
                            "This file is no longer there: it was moved, renamed or deleted.",
                        );
                        if ui
                            .small_button("Forget")
                            .on_hover_text("Take it off this list; no file is touched")
                            .clicked()
                        {
                            commands.push(Command::ForgetRecent(entry.path.clone()));
                        }
                    });
                }
                ui.label(
                    entry
                        .last_saved
                        .map_or_else(String::new, |t| t.format("%Y-%m-%d %H:%M").to_string()),
                );
                let due = ReviewDue::of(entry.next_review, today);
                let date = entry
                    .next_review
                    .map_or_else(|| "not set".to_owned(), crate::model::format::date);
                match due {
                    ReviewDue::Overdue => ui.label(
                        RichText::new(format!("{date}, review overdue")).color(theme::ERROR),
                    ),
                    ReviewDue::Soon => ui.label(
                        RichText::new(format!("{date}, review due soon")).color(theme::WARNING),
                    ),
                    ReviewDue::Later | ReviewDue::NotSet => ui.label(date),
                };
                ui.end_row();
            }
        });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn review_dates_are_judged_against_today() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
        let day = |d| today + chrono::Days::new(d);
        assert_eq!(ReviewDue::of(None, today), ReviewDue::NotSet);
        assert_eq!(
            ReviewDue::of(Some(today.pred_opt().unwrap()), today),
            ReviewDue::Overdue
        );
        assert_eq!(ReviewDue::of(Some(today), today), ReviewDue::Soon);
        assert_eq!(ReviewDue::of(Some(day(30)), today), ReviewDue::Soon);
        assert_eq!(ReviewDue::of(Some(day(31)), today), ReviewDue::Later);
    }
}
