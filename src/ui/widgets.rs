//! The few widgets every step form is built from: dropdowns, checked text fields for
//! numbers, dates and times, labelled form rows and editable tables.

use std::str::FromStr;

use chrono::{Datelike as _, NaiveDate, NaiveTime};
use egui::{Id, Response, RichText, TextEdit, Ui};
use egui_extras::TableBuilder;

use crate::model::columns::{Column as TableColumn, Field};
use crate::model::format;
use crate::model::limits::{self, Limit};
use crate::model::options::OptionList;
use crate::model::plan::{DestinationId, Plan, SystemId};
use crate::ui::theme;

/// The text a dropdown shows while nothing is chosen.
pub const NOTHING_CHOSEN: &str = "Choose...";

/// A dropdown over `choices`; `name` is what a screen reader (and a test) calls it.
pub fn choice_dropdown<K: Copy + PartialEq, L: AsRef<str>>(
    ui: &mut Ui,
    id_salt: impl egui::AsIdSalt,
    value: &mut Option<K>,
    choices: &[(K, L)],
    width: f32,
) -> Response {
    let current = value
        .and_then(|v| choices.iter().find(|(k, _)| *k == v))
        .map_or(NOTHING_CHOSEN, |(_, label)| label.as_ref());
    let mut changed = false;
    let mut response = egui::ComboBox::from_id_salt(id_salt)
        .selected_text(current)
        .width(width)
        .show_ui(ui, |ui| {
            for (key, label) in choices {
                if ui
                    .selectable_label(*value == Some(*key), label.as_ref())
                    .clicked()
                    && *value != Some(*key)
                {
                    *value = Some(*key);
                    changed = true;
                }
            }
        })
        .response;
    if changed {
        response.mark_changed();
    }
    response
}

/// A dropdown over one of the option lists.
pub fn option_dropdown<T: OptionList>(
    ui: &mut Ui,
    id_salt: impl egui::AsIdSalt,
    value: &mut Option<T>,
    width: f32,
) -> Response {
    let choices: Vec<(T, &str)> = T::ALL.iter().map(|o| (*o, o.label())).collect();
    choice_dropdown(ui, id_salt, value, &choices, width)
}

/// Reads a field's text as a value, if it is one the plan takes.
type Parser<T> = Box<dyn Fn(&str) -> Option<T>>;

/// How a [`parsed_edit`] field writes, reads and explains its value.
struct Parsed<T> {
    hint: &'static str,
    format: fn(&T) -> String,
    /// The value of the text, if it is one the plan takes: text that does not parse and
    /// values out of range are refused alike.
    parse: Parser<T>,
    /// Said when the text is refused, naming the range.
    problem: String,
}

/// A number of the quantity `limit` bounds; a comma is read as a decimal point.
fn number(limit: Limit) -> Parsed<f64> {
    Parsed {
        hint: "",
        format: |v| format::number(*v),
        parse: Box::new(move |s| format::parse_number(s).filter(|v| limit.contains(*v))),
        problem: limit.hint(false),
    }
}

/// A whole number of the quantity `limit` bounds.
fn count(limit: Limit) -> Parsed<u32> {
    Parsed {
        hint: "",
        format: u32::to_string,
        parse: Box::new(move |s| {
            u32::from_str(s)
                .ok()
                .filter(|v| limits::contains_whole(&limit, *v))
        }),
        problem: limit.hint(true),
    }
}

fn date() -> Parsed<NaiveDate> {
    Parsed {
        hint: "YYYY-MM-DD",
        format: |d| format::date(*d),
        parse: Box::new(|s| format::parse_date(s).filter(|d| limits::date_in_range(*d))),
        problem: limits::date_hint(),
    }
}

fn time() -> Parsed<NaiveTime> {
    Parsed {
        hint: "HH:MM",
        format: |t| format::time(*t),
        parse: Box::new(format::parse_time),
        problem: "Type the time on the 24-hour clock, such as 22:30".to_owned(),
    }
}

/// A one-line text field for a value that must parse, such as a number or a date.
///
/// While the person types, the text is kept as typed; the value changes only when the
/// text parses. Text that does not parse is marked and the value keeps its last good
/// state, so a stray letter never lands in the plan.
fn parsed_edit<T: PartialEq>(
    ui: &mut Ui,
    id: Id,
    value: &mut Option<T>,
    width: f32,
    kind: &Parsed<T>,
) -> Response {
    let buffer_id = id.with("typed");
    let typed = ui.data(|d| d.get_temp::<String>(buffer_id));
    let mut text = typed.unwrap_or_else(|| value.as_ref().map(kind.format).unwrap_or_default());
    let mut response = ui.add(
        TextEdit::singleline(&mut text)
            .id(id)
            .hint_text(kind.hint)
            .desired_width(width),
    );
    let trimmed = text.trim();
    let parsed = if trimmed.is_empty() {
        Some(None)
    } else {
        (kind.parse)(trimmed).map(Some)
    };
    let valid = parsed.is_some();
    if response.changed()
        && let Some(new) = parsed
        && new != *value
    {
        *value = new;
    }
    // Text that is not understood stays as typed, marked, after the field is left: it is
    // never dropped in silence, nor saved as something else, until it is corrected.
    if response.has_focus() || !valid {
        ui.data_mut(|d| d.insert_temp(buffer_id, text));
    } else {
        ui.data_mut(|d| d.remove::<String>(buffer_id));
    }
    if !valid {
        not_understood(ui.ctx(), &kind.problem);
        ui.painter().rect_stroke(
            response.rect.expand(1.0),
            2.0,
            egui::Stroke::new(1.5, theme::ERROR),
            egui::StrokeKind::Outside,
        );
        response = response.on_hover_text(&kind.problem);
        if response.has_focus() {
            egui::Tooltip::always_open(
                ui.ctx().clone(),
                ui.layer_id(),
                id.with("problem"),
                &response,
            )
            .show(|ui| ui.colored_label(theme::ERROR, &kind.problem));
        }
    }
    response
}

/// Where the fields of a frame note what they hold and do not understand.
fn not_understood_id(frame: &str) -> Id {
    Id::unique(("not understood", frame))
}

/// Notes that a field holds text it does not understand, and why, for the page's message.
fn not_understood(ctx: &egui::Context, problem: &str) {
    ctx.data_mut(|d| {
        d.get_temp_mut_or_default::<Vec<String>>(not_understood_id("this"))
            .push(problem.to_owned());
    });
}

/// Starts a frame: what the fields noted in the last one becomes what
/// [`not_understood_last_frame`] says.
pub fn start_frame(ctx: &egui::Context) {
    ctx.data_mut(|d| {
        let noted = d
            .remove_temp::<Vec<String>>(not_understood_id("this"))
            .unwrap_or_default();
        d.insert_temp(not_understood_id("last"), noted);
    });
}

/// Why the fields of the last frame could not understand what they hold, one reason per
/// field.
pub fn not_understood_last_frame(ctx: &egui::Context) -> Vec<String> {
    ctx.data(|d| d.get_temp::<Vec<String>>(not_understood_id("last")))
        .unwrap_or_default()
}

/// A field for a number of the quantity `limit` bounds (a size, hours); a comma is read
/// as a decimal point.
pub fn number_edit(
    ui: &mut Ui,
    id: Id,
    value: &mut Option<f64>,
    width: f32,
    limit: Limit,
) -> Response {
    parsed_edit(ui, id, value, width, &number(limit))
}

/// A field for a percentage from 0 to 100.
pub fn percent_edit(ui: &mut Ui, id: Id, value: &mut Option<f64>, width: f32) -> Response {
    parsed_edit(ui, id, value, width, &number(limits::PERCENT))
}

/// A field for a whole number of the quantity `limit` bounds (minutes, days, months).
pub fn count_edit(
    ui: &mut Ui,
    id: Id,
    value: &mut Option<u32>,
    width: f32,
    limit: Limit,
) -> Response {
    parsed_edit(ui, id, value, width, &count(limit))
}

/// Says, beside a text field holding `text`, when it is full: it takes at most
/// [`limits::MAX_TEXT_CHARS`] characters (`TextEdit::char_limit`), and what was typed or
/// pasted beyond them was left out.
pub fn text_limit_note(ui: &Ui, response: Response, text: &str) -> Response {
    // Bytes are never fewer than characters: most texts need no counting.
    if text.len() < limits::MAX_TEXT_CHARS || text.chars().count() < limits::MAX_TEXT_CHARS {
        return response;
    }
    let note = format!(
        "This field is full: it holds {} characters, the most Backup Planner takes in one \
         field. Anything beyond that was left out.",
        limits::grouped(limits::MAX_TEXT_CHARS as u64)
    );
    let response = response.on_hover_text(&note);
    if response.has_focus() {
        egui::Tooltip::always_open(
            ui.ctx().clone(),
            ui.layer_id(),
            response.id.with("full"),
            &response,
        )
        .show(|ui| ui.colored_label(theme::WARNING, &note));
    }
    response
}

/// A one-line text field of at most [`limits::MAX_TEXT_CHARS`] characters.
fn limited_singleline(ui: &mut Ui, id: Id, value: &mut String, width: f32) -> Response {
    let response = ui.add(
        TextEdit::singleline(value)
            .id(id)
            .desired_width(width)
            .char_limit(limits::MAX_TEXT_CHARS),
    );
    text_limit_note(ui, response, value)
}

/// What the add button of a full list says when hovered.
pub fn list_full_text() -> String {
    format!(
        "This list holds {} rows, the most Backup Planner takes in one list.",
        limits::grouped(limits::MAX_ROWS as u64)
    )
}

/// A date field (typed as 2026-03-31) with a calendar button beside it.
pub fn date_edit(
    ui: &mut Ui,
    id: Id,
    value: &mut Option<NaiveDate>,
    today: NaiveDate,
    name: &str,
) -> Response {
    ui.horizontal(|ui| {
        let mut response = parsed_edit(ui, id, value, 108.0, &date()).accessible_name(name);

        let mut picked = to_jiff(value.unwrap_or(today));
        let salt = format!("{id:?}-calendar");
        let calendar = ui
            .add(
                egui_extras::DatePickerButton::new(&mut picked)
                    .id_salt(&salt)
                    .format("")
                    .calendar_week(false),
            )
            .accessible_name(format!("Pick from a calendar: {name}"))
            .on_hover_text("Pick from a calendar");
        if calendar.changed()
            && let Some(date) = from_jiff(picked)
            && limits::date_in_range(date)
            && *value != Some(date)
        {
            *value = Some(date);
            ui.data_mut(|d| d.remove::<String>(id.with("typed")));
            response.mark_changed();
        }
        response
    })
    .inner
}

fn to_jiff(date: NaiveDate) -> jiff::civil::Date {
    let year = i16::try_from(date.year()).unwrap_or(2000);
    #[expect(clippy::cast_possible_truncation, reason = "month and day fit in i8")]
    let (month, day) = (date.month() as i8, date.day() as i8);
    jiff::civil::Date::new(year, month, day).unwrap_or_default()
}

fn from_jiff(date: jiff::civil::Date) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(
        i32::from(date.year()),
        u32::try_from(date.month()).ok()?,
        u32::try_from(date.day()).ok()?,
    )
}

/// A field for a time of day, typed as 22:30.
pub fn time_edit(ui: &mut Ui, id: Id, value: &mut Option<NaiveTime>, width: f32) -> Response {
    parsed_edit(ui, id, value, width, &time())
}

/// A labelled two-column form: the label on the left, the field on the right.
pub struct Form<'a> {
    ui: &'a mut Ui,
    /// Today, for the calendar buttons.
    pub today: NaiveDate,
    /// Width of single-line fields.
    pub width: f32,
}

impl<'a> Form<'a> {
    /// Shows a form; `add_rows` adds its rows.
    pub fn show(
        ui: &'a mut Ui,
        id_salt: &str,
        today: NaiveDate,
        add_rows: impl FnOnce(&mut Form<'_>),
    ) {
        egui::Grid::new(id_salt)
            .num_columns(2)
            .spacing([16.0, 8.0])
            .min_col_width(160.0)
            .show(ui, |ui| {
                let mut form = Form {
                    ui,
                    today,
                    width: 320.0,
                };
                add_rows(&mut form);
            });
    }

    fn row(&mut self, label: &str, add: impl FnOnce(&mut Ui, Id) -> Response) -> Response {
        let label_response = self.ui.label(label);
        let id = self.ui.scope_id().with(label);
        let response = add(self.ui, id).labelled_by(label_response.id);
        self.ui.end_row();
        response
    }

    /// A one-line text field.
    pub fn text(&mut self, label: &str, value: &mut String) -> Response {
        let width = self.width;
        self.row(label, |ui, id| limited_singleline(ui, id, value, width))
    }

    /// A text field of several lines.
    pub fn multiline(&mut self, label: &str, value: &mut String) -> Response {
        let width = self.width * 1.6;
        self.row(label, |ui, id| {
            let response = ui.add(
                TextEdit::multiline(value)
                    .id(id)
                    .desired_rows(3)
                    .desired_width(width)
                    .char_limit(limits::MAX_TEXT_CHARS),
            );
            text_limit_note(ui, response, value)
        })
    }

    /// A dropdown over an option list.
    pub fn dropdown<T: OptionList>(&mut self, label: &str, value: &mut Option<T>) -> Response {
        let width = self.width;
        self.row(label, |ui, id| option_dropdown(ui, id, value, width))
    }

    /// A date field.
    pub fn date(&mut self, label: &str, value: &mut Option<NaiveDate>) -> Response {
        let today = self.today;
        let label_response = self.ui.label(label);
        let id = self.ui.scope_id().with(label);
        let response = date_edit(self.ui, id, value, today, label).labelled_by(label_response.id);
        self.ui.end_row();
        response
    }

    /// A checked field with its unit after it.
    fn parsed_with_unit<T: PartialEq>(
        &mut self,
        label: &str,
        unit: &str,
        value: &mut Option<T>,
        kind: &Parsed<T>,
    ) -> Response {
        self.row(label, |ui, id| {
            ui.horizontal(|ui| {
                let response = parsed_edit(ui, id, value, 100.0, kind);
                ui.label(unit);
                response
            })
            .inner
        })
    }

    /// A number field of the quantity `limit` bounds, with its unit after it.
    pub fn number(
        &mut self,
        label: &str,
        unit: &str,
        value: &mut Option<f64>,
        limit: Limit,
    ) -> Response {
        self.parsed_with_unit(label, unit, value, &number(limit))
    }

    /// A percentage field.
    pub fn percent(&mut self, label: &str, value: &mut Option<f64>) -> Response {
        self.parsed_with_unit(label, "%", value, &number(limits::PERCENT))
    }

    /// A whole-number field of the quantity `limit` bounds, with its unit after it.
    pub fn count(
        &mut self,
        label: &str,
        unit: &str,
        value: &mut Option<u32>,
        limit: Limit,
    ) -> Response {
        self.parsed_with_unit(label, unit, value, &count(limit))
    }

    /// A whole-number field where empty means `default`, which shows greyed in it.
    pub fn count_or(
        &mut self,
        label: &str,
        unit: &str,
        value: &mut Option<u32>,
        default: &'static str,
        limit: Limit,
    ) -> Response {
        let kind = Parsed {
            hint: default,
            ..count(limit)
        };
        self.parsed_with_unit(label, unit, value, &kind)
    }

    /// A percentage field where empty means `default`, which shows greyed in it.
    pub fn percent_or(
        &mut self,
        label: &str,
        value: &mut Option<f64>,
        default: &'static str,
    ) -> Response {
        let kind = Parsed {
            hint: default,
            ..number(limits::PERCENT)
        };
        self.parsed_with_unit(label, "%", value, &kind)
    }

    /// A time-of-day field.
    pub fn time(&mut self, label: &str, value: &mut Option<NaiveTime>) -> Response {
        self.row(label, |ui, id| time_edit(ui, id, value, 100.0))
    }

    /// A row with a label and whatever `add` shows.
    pub fn custom(&mut self, label: &str, add: impl FnOnce(&mut Ui) -> Response) -> Response {
        self.row(label, |ui, _| add(ui))
    }
}

/// The systems and destinations a table's dropdowns offer, each as the window names it.
#[derive(Default)]
pub struct Choices {
    pub systems: Vec<(SystemId, String)>,
    pub destinations: Vec<(DestinationId, String)>,
}

impl Choices {
    /// The systems of step 1 and the destinations of step 4 of `plan`.
    pub fn of(plan: &Plan) -> Self {
        let systems = plan
            .systems
            .iter()
            .enumerate()
            .map(|(i, s)| (s.id, s.label(i)))
            .collect();
        let destinations = plan
            .procedures
            .destinations
            .iter()
            .enumerate()
            .map(|(i, d)| {
                let name = d.name.trim();
                let label = if name.is_empty() {
                    format!("Destination {}", i + 1)
                } else {
                    name.to_owned()
                };
                (d.id, label)
            })
            .collect();
        Self {
            systems,
            destinations,
        }
    }
}

/// The editor of one cell of a table: the widget its column's field takes, named for a
/// screen reader (and a test) by its column and row: "Owner, row 2".
fn cell_ui<R>(
    ui: &mut Ui,
    spec: &TableSpec<'_, R>,
    table_id: Id,
    column: &TableColumn<R>,
    index: usize,
    row: &mut R,
) -> Response {
    let id = table_id.with((index, column.title));
    let name = format!("{}, row {}", column.title, index + 1);
    let width = ui.available_width();
    let response = match &column.field {
        Field::Text(at) => limited_singleline(ui, id, (at.edit)(row), f32::INFINITY),
        Field::Number(at, limit) => number_edit(ui, id, (at.edit)(row), width, *limit),
        Field::Percent(at) => percent_edit(ui, id, (at.edit)(row), width),
        Field::Date(at) => date_edit(ui, id, (at.edit)(row), spec.today, &name),
        Field::Time(at) => time_edit(ui, id, (at.edit)(row), width),
        Field::Flag(at) => ui.checkbox((at.edit)(row), ""),
        Field::Choice(choice) => {
            let labels: Vec<(usize, &str)> = choice.labels().into_iter().enumerate().collect();
            let mut chosen = choice.chosen(row);
            let response = choice_dropdown(ui, id, &mut chosen, &labels, width);
            if response.changed() {
                choice.choose(row, chosen);
            }
            response
        }
        Field::System(at) => choice_dropdown(ui, id, (at.edit)(row), &spec.choices.systems, width),
        Field::Destination(at) => {
            choice_dropdown(ui, id, (at.edit)(row), &spec.choices.destinations, width)
        }
    };
    let response = response.accessible_name(name);
    match column.help {
        Some(help) => response.on_hover_text(help),
        None => response,
    }
}

/// What a table does besides showing its rows.
pub struct TableSpec<'s, R: 'static> {
    pub id_salt: &'s str,
    /// The table's columns, from `model::columns`.
    pub columns: &'static [TableColumn<R>],
    /// The add button's text, e.g. "Add system".
    pub add_label: &'s str,
    /// What to show when there are no rows yet.
    pub empty_text: &'s str,
    /// Whether rows can be moved up and down (ordered lists).
    pub reorderable: bool,
    pub today: NaiveDate,
    /// What the dropdowns of a column of systems or destinations offer.
    pub choices: &'s Choices,
}

/// An editable table: a header, one row per item, remove (and move) buttons per row, and
/// an add button below. Only the rows in view are laid out, so long tables stay fast.
///
/// Returns true when a row was added, removed or moved.
pub fn table_ui<R: Default>(ui: &mut Ui, spec: &TableSpec<'_, R>, rows: &mut Vec<R>) -> bool {
    let mut action = None;
    let row_height = ui.spacing().interact_size.y + 8.0;
    let count = rows.len();
    if count == 0 {
        ui.label(RichText::new(spec.empty_text).color(theme::MUTED));
    } else {
        let table_id = ui.scope_id().with(spec.id_salt);
        ui.scope(|ui| {
            // Wide tables scroll sideways rather than squeeze their columns.
            let tools_width = if spec.reorderable { 120.0 } else { 40.0 };
            let spacing = ui.spacing().item_spacing.x;
            let columns_width: f32 = spec.columns.iter().map(|c| c.width + spacing).sum();
            ui.set_min_width(columns_width + tools_width + spacing);
            let mut table = TableBuilder::new(ui)
                .id_salt(table_id)
                .striped(true)
                .resizable(true)
                .vscroll(true)
                .max_scroll_height(theme::TABLE_MAX_HEIGHT)
                .cell_layout(egui::Layout::left_to_right(egui::Align::Center));
            for column in spec.columns {
                table = table.column(
                    egui_extras::Column::initial(column.width)
                        .at_least(48.0)
                        .clip(true),
                );
            }
            table = table.column(egui_extras::Column::exact(tools_width));
            table
                .header(24.0, |mut header| {
                    for column in spec.columns {
                        header.col(|ui| {
                            ui.strong(column.title);
                        });
                    }
                    header.col(|_| {});
                })
                .body(|body| {
                    body.rows(row_height, count, |mut row| {
                        let index = row.index();
                        for column in spec.columns {
                            row.col(|ui| {
                                cell_ui(ui, spec, table_id, column, index, &mut rows[index]);
                            });
                        }
                        row.col(|ui| {
                            if spec.reorderable {
                                if ui
                                    .add_enabled(index > 0, egui::Button::new("⬆"))
                                    .accessible_name(format!("Move row {} up", index + 1))
                                    .on_hover_text("Move up")
                                    .clicked()
                                {
                                    action = Some(RowAction::Up(index));
                                }
                                if ui
                                    .add_enabled(index + 1 < count, egui::Button::new("⬇"))
                                    .accessible_name(format!("Move row {} down", index + 1))
                                    .on_hover_text("Move down")
                                    .clicked()
                                {
                                    action = Some(RowAction::Down(index));
                                }
                            }
                            if ui
                                .button("🗑")
                                .accessible_name(format!("Remove row {}", index + 1))
                                .on_hover_text("Remove this row")
                                .clicked()
                            {
                                action = Some(RowAction::Remove(index));
                            }
                        });
                    });
                });
        });
    }
    if ui
        .add_enabled(
            count < limits::MAX_ROWS,
            egui::Button::new(format!("➕ {}", spec.add_label)),
        )
        .on_disabled_hover_text(list_full_text())
        .clicked()
    {
        action = Some(RowAction::Add);
    }
    let Some(action) = action else {
        return false;
    };
    match action {
        RowAction::Add => rows.push(R::default()),
        RowAction::Remove(i) => {
            rows.remove(i);
        }
        RowAction::Up(i) => rows.swap(i, i - 1),
        RowAction::Down(i) => rows.swap(i, i + 1),
    }
    true
}

enum RowAction {
    Add,
    Remove(usize),
    Up(usize),
    Down(usize),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_cross_to_the_calendar_and_back() {
        let date = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
        assert_eq!(from_jiff(to_jiff(date)), Some(date));
    }
}
