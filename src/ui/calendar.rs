//! A calendar to pick a date from, beside a typed date field: a month at a time, the
//! weeks from Monday, today marked. Its words (the months, the days of the week, "Today")
//! come from the Fluent files, so it speaks the window's language, which `egui_extras`'
//! picker could not.

use chrono::{Datelike as _, Months, NaiveDate};
use egui::{Id, Response, RichText, Ui};

use crate::model::limits;
use crate::ui::theme;

/// The month the calendar shows, kept while it is open.
#[derive(Clone, Copy)]
struct Shown(NaiveDate);

/// The button that opens the calendar; `value` takes the day picked. `name` is the
/// field's name, for a screen reader.
pub fn calendar_button(
    ui: &mut Ui,
    id: Id,
    value: &mut Option<NaiveDate>,
    today: NaiveDate,
    name: &str,
) -> Response {
    let mut button = ui
        .button("📅")
        .accessible_name(t!("widgets-calendar.name", field = name))
        .on_hover_text(t!("widgets-calendar"));
    let shown_id = id.with("calendar month");
    if button.clicked() {
        let start = first_of_month(value.unwrap_or(today));
        ui.data_mut(|d| d.insert_temp(shown_id, Shown(start)));
    }
    let mut picked = None;
    egui::Popup::from_toggle_button_response(&button)
        .close_behavior(egui::PopupCloseBehavior::CloseOnClickOutside)
        .show(|ui| {
            let shown = ui
                .data(|d| d.get_temp::<Shown>(shown_id))
                .map_or_else(|| first_of_month(value.unwrap_or(today)), |s| s.0);
            let (month, day) = month_ui(ui, shown, *value, today);
            if let Some(month) = month {
                ui.data_mut(|d| d.insert_temp(shown_id, Shown(month)));
            }
            if let Some(day) = day {
                picked = Some(day);
                ui.close();
            }
        });
    if let Some(day) = picked
        && limits::date_in_range(day)
        && *value != Some(day)
    {
        *value = Some(day);
        button.mark_changed();
    }
    button
}

fn first_of_month(date: NaiveDate) -> NaiveDate {
    date.with_day(1).unwrap_or(date)
}

/// One month: the month and year with arrows to the months around it, the days of the
/// week, the days. Gives the month to show next, and the day clicked.
fn month_ui(
    ui: &mut Ui,
    shown: NaiveDate,
    chosen: Option<NaiveDate>,
    today: NaiveDate,
) -> (Option<NaiveDate>, Option<NaiveDate>) {
    let language = crate::i18n::ui();
    let (mut month, mut day) = (None, None);
    ui.horizontal(|ui| {
        let earlier = shown.checked_sub_months(Months::new(1));
        if ui
            .add_enabled(earlier.is_some(), egui::Button::new("◀"))
            .accessible_name(t!("calendar-previous-month"))
            .on_hover_text(t!("calendar-previous-month"))
            .clicked()
        {
            month = earlier;
        }
        let title = t!(
            "calendar-month-year",
            month = language.text(&format!("calendar-month-{}", shown.month())),
            year = shown.year().to_string()
        );
        ui.add_sized(
            [150.0, 20.0],
            egui::Label::new(RichText::new(title).strong()),
        );
        let later = shown.checked_add_months(Months::new(1));
        if ui
            .add_enabled(later.is_some(), egui::Button::new("▶"))
            .accessible_name(t!("calendar-next-month"))
            .on_hover_text(t!("calendar-next-month"))
            .clicked()
        {
            month = later;
        }
    });
    egui::Grid::new("calendar days")
        .spacing([2.0, 2.0])
        .show(ui, |ui| {
            for weekday in 1..=7 {
                ui.label(
                    RichText::new(language.text(&format!("calendar-weekday-{weekday}")))
                        .small()
                        .color(theme::MUTED),
                );
            }
            ui.end_row();
            // Monday first: blanks before the first day.
            let blanks = shown.weekday().num_days_from_monday();
            for _ in 0..blanks {
                ui.label("");
            }
            let mut date = shown;
            let mut column = blanks;
            while date.month() == shown.month() {
                let text = RichText::new(date.day().to_string());
                let text = if date == today { text.strong() } else { text };
                let response = ui
                    .add_sized(
                        [28.0, 22.0],
                        egui::Button::selectable(chosen == Some(date), text),
                    )
                    .accessible_name(language.formats().date(date));
                if response.clicked() {
                    day = Some(date);
                }
                column += 1;
                if column == 7 {
                    column = 0;
                    ui.end_row();
                }
                let Some(next) = date.succ_opt() else { break };
                date = next;
            }
        });
    ui.separator();
    if ui.button(t!("calendar-today")).clicked() {
        day = Some(today);
    }
    (month, day)
}
