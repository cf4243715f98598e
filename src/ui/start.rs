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
        RichText::new(t!("start-title"))
            .size(30.0)
            .color(theme::ACCENT),
    );
    ui.add_space(4.0);
    ui.label(RichText::new(t!("start-what-it-does")).color(theme::MUTED));
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
    ui.label(RichText::new(t!("start-recent")).strong().size(16.0));
    ui.separator();
    if recent.is_empty() {
        ui.label(RichText::new(t!("start-recent-none")).color(theme::MUTED));
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
            ui.strong(t!("start-plan"));
            ui.strong(t!("start-file"));
            ui.strong(t!("start-last-saved"));
            ui.strong(t!("start-next-review"));
            ui.end_row();
            for (entry, present) in recent
                .iter()
                .zip(present.iter().copied().chain(std::iter::repeat(true)))
            {
                let title = if entry.organisation.trim().is_empty() {
                    entry.title.clone()
                } else {
                    t!(
                        "start-plan-of",
                        title = &entry.title,
                        organisation = entry.organisation.trim()
                    )
                    .into_owned()
                };
                if present {
                    if ui.link(title).on_hover_text(t!("start-open")).clicked() {
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
                            RichText::new(t!("start-missing", file = file))
                                .small()
                                .color(theme::MUTED),
                        )
                        .on_hover_text(t!("start-missing.tooltip"));
                        if ui
                            .small_button(t!("start-forget"))
                            .on_hover_text(t!("start-forget.tooltip"))
                            .clicked()
                        {
                            commands.push(Command::ForgetRecent(entry.path.clone()));
                        }
                    });
                }
                let formats = crate::i18n::ui().formats();
                ui.label(entry.last_saved.map_or_else(String::new, |saved| {
                    t!(
                        "start-saved-at",
                        date = formats.date(saved.date()),
                        time = crate::model::format::time(saved.time())
                    )
                    .into_owned()
                }));
                let date = entry.next_review.map(|d| formats.date(d));
                match (ReviewDue::of(entry.next_review, today), date) {
                    (ReviewDue::Overdue, Some(date)) => ui.label(
                        RichText::new(t!("start-review-overdue", date = date)).color(theme::ERROR),
                    ),
                    (ReviewDue::Soon, Some(date)) => ui.label(
                        RichText::new(t!("start-review-soon", date = date)).color(theme::WARNING),
                    ),
                    (_, Some(date)) => ui.label(date),
                    (_, None) => ui.label(t!("start-review-not-set")),
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
