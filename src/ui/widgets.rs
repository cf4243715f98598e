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

/// A dropdown over `choices`; `notes` (in the same order, or empty) say in a few words
/// what an option means where its label alone may not: they show under the option in the
/// list, and the chosen one's when the dropdown is hovered.
pub fn choice_dropdown<K: Copy + PartialEq, L: AsRef<str>>(
    ui: &mut Ui,
    id_salt: impl egui::AsIdSalt,
    value: &mut Option<K>,
    choices: &[(K, L)],
    notes: &[Option<&str>],
    width: f32,
) -> Response {
    let chosen = value.and_then(|v| choices.iter().position(|(k, _)| *k == v));
    let current = chosen.map_or(NOTHING_CHOSEN, |i| choices[i].1.as_ref());
    let mut changed = false;
    let mut response = egui::ComboBox::from_id_salt(id_salt)
        .selected_text(current)
        .width(width)
        .show_ui(ui, |ui| {
            for (i, (key, label)) in choices.iter().enumerate() {
                let label = label.as_ref();
                let note = notes.get(i).copied().flatten();
                let text: egui::WidgetText = match note {
                    None => label.into(),
                    Some(note) => {
                        let mut job = egui::text::LayoutJob::default();
                        RichText::new(label).append_to(
                            &mut job,
                            ui.style(),
                            egui::FontSelection::Default,
                            egui::Align::Center,
                        );
                        RichText::new(format!("\n{note}"))
                            .small()
                            .color(theme::MUTED)
                            .append_to(
                                &mut job,
                                ui.style(),
                                egui::FontSelection::Default,
                                egui::Align::Center,
                            );
                        job.into()
                    }
                };
                let option = ui
                    .add(egui::Button::selectable(*value == Some(*key), text))
                    .accessible_name(label);
                let option = match note {
                    Some(note) => option.on_hover_text(note),
                    None => option,
                };
                if option.clicked() && *value != Some(*key) {
                    *value = Some(*key);
                    changed = true;
                }
            }
        })
        .response;
    if changed {
        response.mark_changed();
    }
    match chosen.and_then(|i| notes.get(i).copied().flatten()) {
        Some(note) => response.on_hover_text(note),
        None => response,
    }
}

/// A dropdown over one of the option lists.
pub fn option_dropdown<T: OptionList>(
    ui: &mut Ui,
    id_salt: impl egui::AsIdSalt,
    value: &mut Option<T>,
    width: f32,
) -> Response {
    let choices: Vec<(T, &str)> = T::ALL.iter().map(|o| (*o, o.label())).collect();
    let notes: Vec<Option<&str>> = T::ALL.iter().map(|o| o.note()).collect();
    choice_dropdown(ui, id_salt, value, &choices, &notes, width)
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
    /// What the field shows while the plan holds no value: the value the program uses
    /// then, written as a value (not a grey hint), since it is the one in force.
    when_empty: &'static str,
}

/// A number of the quantity `limit` bounds; a comma is read as a decimal point.
fn number(limit: Limit) -> Parsed<f64> {
    Parsed {
        hint: "",
        format: |v| format::number(*v),
        parse: Box::new(move |s| format::parse_number(s).filter(|v| limit.contains(*v))),
        problem: limit.hint(false),
        when_empty: "",
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
        when_empty: "",
    }
}

fn date() -> Parsed<NaiveDate> {
    Parsed {
        hint: "YYYY-MM-DD",
        format: |d| format::date(*d),
        parse: Box::new(|s| format::parse_date(s).filter(|d| limits::date_in_range(*d))),
        problem: limits::date_hint(),
        when_empty: "",
    }
}

fn time() -> Parsed<NaiveTime> {
    Parsed {
        hint: "HH:MM",
        format: |t| format::time(*t),
        parse: Box::new(format::parse_time),
        problem: "Type the time on the 24-hour clock, such as 22:30".to_owned(),
        when_empty: "",
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
    let mut text = typed.unwrap_or_else(|| {
        value
            .as_ref()
            .map_or_else(|| kind.when_empty.to_owned(), kind.format)
    });
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
    /// Width of fields of several lines.
    wide: f32,
    /// The explanation of the next row's term, if it has one.
    help: Option<&'static str>,
}

impl<'a> Form<'a> {
    /// Shows a form; `add_rows` adds its rows.
    pub fn show(
        ui: &'a mut Ui,
        id_salt: &str,
        today: NaiveDate,
        add_rows: impl FnOnce(&mut Form<'_>),
    ) {
        // Fields take the width there is beside their labels, up to a comfortable
        // width: a narrow window never has to scroll sideways.
        let room = ui.available_width() - FORM_LABEL_WIDTH - 16.0;
        egui::Grid::new(id_salt)
            .num_columns(2)
            .spacing([16.0, 8.0])
            .min_col_width(FORM_LABEL_WIDTH)
            .show(ui, |ui| {
                let mut form = Form {
                    ui,
                    today,
                    width: field_width(room),
                    wide: room.clamp(120.0, 520.0),
                    help: None,
                };
                add_rows(&mut form);
            });
    }

    /// Puts a "?" with `explanation` beside the next row's label.
    pub fn explained(&mut self, explanation: &'static str) -> &mut Self {
        self.help = Some(explanation);
        self
    }

    /// The label of a row, with its "?" if [`explained`](Self::explained) gave one.
    fn label(&mut self, label: &str) -> Response {
        match self.help.take() {
            None => self.ui.label(label),
            Some(help) => {
                self.ui
                    .horizontal(|ui| {
                        ui.spacing_mut().item_spacing.x = 4.0;
                        let response = ui.label(label);
                        help_mark(ui, label, help);
                        response
                    })
                    .inner
            }
        }
    }

    fn row(&mut self, label: &str, add: impl FnOnce(&mut Ui, Id) -> Response) -> Response {
        let label_response = self.label(label);
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
        let width = self.wide;
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
        let label_response = self.label(label);
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

    /// A whole-number field where empty means `default`, which it then shows.
    pub fn count_or(
        &mut self,
        label: &str,
        unit: &str,
        value: &mut Option<u32>,
        default: &'static str,
        limit: Limit,
    ) -> Response {
        let kind = Parsed {
            when_empty: default,
            ..count(limit)
        };
        self.parsed_with_unit(label, unit, value, &kind)
    }

    /// A percentage field where empty means `default`, which it then shows.
    pub fn percent_or(
        &mut self,
        label: &str,
        value: &mut Option<f64>,
        default: &'static str,
    ) -> Response {
        let kind = Parsed {
            when_empty: default,
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

/// The editor of one cell of a table: the widget its column's field takes, `width` wide,
/// named for a screen reader (and a test) by its column and row: "Owner, row 2".
fn cell_ui<R>(
    ui: &mut Ui,
    spec: &TableSpec<'_, R>,
    table_id: Id,
    column: &TableColumn<R>,
    index: usize,
    row: &mut R,
    width: f32,
) -> Response {
    let id = table_id.with((index, column.title));
    let name = format!("{}, row {}", column.title, index + 1);
    let response = match &column.field {
        Field::Text(at) => {
            let text = (at.edit)(row);
            let response = limited_singleline(ui, id, text, width);
            // A text longer than its cell shows whole when the pointer rests on it.
            if !response.has_focus() && longer_than(ui, text, width) {
                response.on_hover_text(text.as_str())
            } else {
                response
            }
        }
        Field::Number(at, limit) => number_edit(ui, id, (at.edit)(row), width, *limit),
        Field::Percent(at) => percent_edit(ui, id, (at.edit)(row), width),
        Field::Date(at) => date_edit(ui, id, (at.edit)(row), spec.today, &name),
        Field::Time(at) => time_edit(ui, id, (at.edit)(row), width),
        Field::Flag(at) => ui.checkbox((at.edit)(row), ""),
        Field::Choice(choice) => {
            let labels: Vec<(usize, &str)> = choice.labels().into_iter().enumerate().collect();
            let mut chosen = choice.chosen(row);
            let notes = choice.notes();
            let response = choice_dropdown(ui, id, &mut chosen, &labels, &notes, width);
            if response.changed() {
                choice.choose(row, chosen);
            }
            response
        }
        Field::System(at) => {
            choice_dropdown(ui, id, (at.edit)(row), &spec.choices.systems, &[], width)
        }
        Field::Destination(at) => choice_dropdown(
            ui,
            id,
            (at.edit)(row),
            &spec.choices.destinations,
            &[],
            width,
        ),
    };
    let response = response.accessible_name(name);
    match column.help {
        Some(help) => response.on_hover_text(help),
        None => response,
    }
}

/// Whether `text` on one line is wider than a field `width` points wide.
fn longer_than(ui: &Ui, text: &str, width: f32) -> bool {
    // Most texts are far too short to need laying out.
    if text.len() < 8 {
        return false;
    }
    let font = egui::TextStyle::Body.resolve(ui.style());
    let wide = ui
        .painter()
        .layout_no_wrap(text.to_owned(), font, egui::Color32::PLACEHOLDER)
        .size()
        .x;
    wide > width - 2.0 * ui.spacing().button_padding.x
}

/// A small "?" beside a term: its explanation shows while the pointer rests on it, and
/// stays open once it is clicked (for a touch screen or a keyboard) until clicked again or
/// the person clicks elsewhere, so a term that must stay is never left unexplained.
pub fn help_mark(ui: &mut Ui, term: &str, explanation: &str) -> Response {
    let response = ui
        .add(
            egui::Button::new(RichText::new("?").small().color(theme::MUTED))
                .small()
                .corner_radius(8.0),
        )
        .accessible_name(format!("What is meant by “{term}”"));
    let open_id = response.id.with("open");
    let mut open = ui.data(|d| d.get_temp::<bool>(open_id)).unwrap_or(false);
    if response.clicked() {
        open = !open;
    } else if open && ui.input(|i| i.pointer.any_pressed()) && !response.hovered() {
        open = false;
    }
    ui.data_mut(|d| d.insert_temp(open_id, open));
    let explain = |ui: &mut Ui| {
        ui.set_max_width(320.0);
        ui.label(explanation);
    };
    if open {
        egui::Tooltip::always_open(ui.ctx().clone(), ui.layer_id(), open_id, &response)
            .show(explain);
        response
    } else {
        response.on_hover_ui(explain)
    }
}

/// A column's title, with its "?" when the column has an explanation.
fn column_title_ui<R>(ui: &mut Ui, column: &TableColumn<R>, strong: bool) {
    ui.horizontal(|ui| {
        ui.spacing_mut().item_spacing.x = 4.0;
        if strong {
            ui.strong(column.title);
        } else {
            ui.label(column.title);
        }
        if let Some(help) = column.help {
            help_mark(ui, column.title, help);
        }
    });
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

/// What a person did to a table's rows, besides editing their cells.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RowChange {
    /// A new, empty row was added at the end.
    Added,
    /// A row was taken out (and can be put back with the Undo beside the add button).
    Removed,
    /// A row was moved up or down.
    Moved,
    /// A removed row was put back where it was.
    PutBack,
}

/// How a table's columns share the width there is.
struct Fit {
    /// How many of the leading columns the rows show; the others are edited in the form
    /// of the selected row below the list.
    shown: usize,
    /// The width of each column shown.
    widths: Vec<f32>,
    /// The width of the column of row buttons.
    tools: f32,
}

impl Fit {
    /// Every column in the rows when they fit in `available` points at their starting
    /// widths; otherwise as many leading columns as fit (one to three), the rows a list
    /// and the rest in a form. The columns shown grow to fill the width.
    fn for_width<R>(spec: &TableSpec<'_, R>, available: f32, spacing: f32) -> Self {
        let all = spec.columns.len();
        let tools = if spec.reorderable { 120.0 } else { 40.0 } + if all > 1 { 72.0 } else { 0.0 };
        // One gap before each column and one before the row's buttons.
        let gaps = |shown: usize| spacing * f32::from(u16::try_from(shown + 1).unwrap_or(u16::MAX));
        let room = |shown: usize| available - tools - gaps(shown);
        let wanted = |shown: usize| spec.columns[..shown].iter().map(|c| c.width).sum::<f32>();
        let fits = |shown: usize| wanted(shown) <= room(shown);
        let (shown, tools) = if fits(all) {
            // No form below, so no button to show a row in it.
            (all, tools - if all > 1 { 72.0 } else { 0.0 })
        } else {
            ((1..all.min(4)).rev().find(|&k| fits(k)).unwrap_or(1), tools)
        };
        let room = available - tools - gaps(shown);
        let scale = (room / wanted(shown)).max(0.3);
        let widths = spec.columns[..shown]
            .iter()
            .map(|c| (c.width * scale).max(48.0))
            .collect();
        Self {
            shown,
            widths,
            tools,
        }
    }
}

/// Where a table keeps what it remembers between frames.
fn remembered(table_id: Id, what: &'static str) -> Id {
    table_id.with(what)
}

/// What a row is called in words: its first column's text or option, else "row N".
fn row_name<R>(spec: &TableSpec<'_, R>, row: &R, index: usize) -> String {
    use crate::model::columns::Value;
    match spec.columns.first().map(|c| c.field.value(row)) {
        Some(Value::Text(text)) => format!("“{}”", format::one_line(text, 40)),
        Some(Value::Choice(label)) => format!("“{label}”"),
        Some(Value::System(Some(id))) => spec
            .choices
            .systems
            .iter()
            .find(|(s, _)| *s == id)
            .map_or_else(|| format!("row {}", index + 1), |(_, n)| format!("“{n}”")),
        Some(Value::Destination(Some(id))) => spec
            .choices
            .destinations
            .iter()
            .find(|(d, _)| *d == id)
            .map_or_else(|| format!("row {}", index + 1), |(_, n)| format!("“{n}”")),
        _ => format!("row {}", index + 1),
    }
}

/// Whether a row holds anything at all: an empty row goes without an Undo.
fn holds_anything<R>(columns: &[TableColumn<R>], row: &R) -> bool {
    use crate::model::columns::Value;
    columns.iter().any(|c| {
        !matches!(
            c.field.value(row),
            Value::Empty | Value::NotSet | Value::Flag(false)
        )
    })
}

/// A row taken out of a list, kept so that it can be put back where it was.
#[derive(Clone)]
struct Removed<R> {
    index: usize,
    row: R,
    /// How the row is called: "“Accounts”".
    name: String,
    /// How many rows the list held after the removal: once that changes (a row added or
    /// removed), the Undo no longer shows.
    left: usize,
}

/// Keeps `row`, just removed from position `index`, for [`put_back_ui`].
pub fn remember_removed<R: Clone + Send + Sync + 'static>(
    ui: &Ui,
    id: Id,
    index: usize,
    row: R,
    name: String,
    left: usize,
) {
    ui.data_mut(|d| {
        d.insert_temp(
            id.with("removed"),
            Removed {
                index,
                row,
                name,
                left,
            },
        );
    });
}

/// Says which row was just removed, with an Undo that puts it back; true when it did.
pub fn put_back_ui<R: Clone + Send + Sync + 'static>(
    ui: &mut Ui,
    id: Id,
    rows: &mut Vec<R>,
) -> bool {
    let key = id.with("removed");
    let Some(removed) = ui.data(|d| d.get_temp::<Removed<R>>(key)) else {
        return false;
    };
    if removed.left != rows.len() {
        ui.data_mut(|d| d.remove::<Removed<R>>(key));
        return false;
    }
    let mut put_back = false;
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(format!("Removed {}.", removed.name)).color(theme::MUTED));
        if ui
            .button("↩ Undo")
            .accessible_name(format!("Put back {}", removed.name))
            .on_hover_text("Put it back where it was")
            .clicked()
        {
            put_back = true;
        }
    });
    if put_back {
        rows.insert(removed.index.min(rows.len()), removed.row);
        ui.data_mut(|d| d.remove::<Removed<R>>(key));
    }
    put_back
}

/// An editable table: one row per item with remove (and move) buttons, and an add button
/// below. When every column fits the width there is, the rows show them all and the
/// columns share the width; otherwise the rows show the first few columns as a list and
/// every other field of the selected row is edited in a form below it, as an address book
/// does, so nothing is ever off to the side. Only the rows in view are laid out, so long
/// tables stay fast. A new row takes the focus; a removed row can be put back with Undo.
pub fn table_ui<R: Default + Clone + Send + Sync + 'static>(
    ui: &mut Ui,
    spec: &TableSpec<'_, R>,
    rows: &mut Vec<R>,
) -> Option<RowChange> {
    let table_id = ui.scope_id().with(spec.id_salt);
    let selected_id = remembered(table_id, "selected");
    let focus_id = remembered(table_id, "focus");
    let mut action = None;
    let count = rows.len();
    if count == 0 {
        ui.label(RichText::new(spec.empty_text).color(theme::MUTED));
    } else {
        let fit = Fit::for_width(spec, ui.available_width(), ui.spacing().item_spacing.x);
        let listed = fit.shown < spec.columns.len();
        let selected = ui
            .data(|d| d.get_temp::<usize>(selected_id))
            .unwrap_or(0)
            .min(count - 1);
        let focus = pending_focus(ui, focus_id);
        rows_ui(
            ui,
            spec,
            table_id,
            rows,
            &fit,
            listed.then_some(selected),
            focus,
            &mut action,
        );
        if listed {
            let index = match action {
                Some(RowAction::Select(index)) => index,
                _ => selected,
            };
            details_ui(ui, spec, table_id, index, &mut rows[index], fit.shown);
        }
    }
    let put_back = ui
        .horizontal(|ui| {
            let add = ui
                .add_enabled(
                    count < limits::MAX_ROWS,
                    egui::Button::new(format!("➕ {}", spec.add_label)),
                )
                .on_disabled_hover_text(list_full_text());
            if add.clicked() {
                action = Some(RowAction::Add);
            }
            // A new row below the page's fold is brought into view (only the rows in
            // view are laid out, so only then can it take the focus).
            if ui.data(|d| d.get_temp::<(usize, u8)>(focus_id)).is_some() {
                add.scroll_to_me(None);
            }
            put_back_ui(ui, table_id, rows)
        })
        .inner;
    if put_back {
        return Some(RowChange::PutBack);
    }
    let change = match action? {
        RowAction::Add => {
            rows.push(R::default());
            ui.data_mut(|d| {
                d.insert_temp(selected_id, count);
                d.insert_temp(focus_id, (count, FOCUS_TRIES));
            });
            RowChange::Added
        }
        RowAction::Remove(i) => {
            let row = rows.remove(i);
            if holds_anything(spec.columns, &row) {
                let name = row_name(spec, &row, i);
                remember_removed(ui, table_id, i, row, name, rows.len());
            }
            RowChange::Removed
        }
        RowAction::Up(i) => {
            rows.swap(i, i - 1);
            ui.data_mut(|d| d.insert_temp(selected_id, i - 1));
            RowChange::Moved
        }
        RowAction::Down(i) => {
            rows.swap(i, i + 1);
            ui.data_mut(|d| d.insert_temp(selected_id, i + 1));
            RowChange::Moved
        }
        RowAction::Select(i) => {
            ui.data_mut(|d| d.insert_temp(selected_id, i));
            return None;
        }
        RowAction::Focused => {
            ui.data_mut(|d| d.remove::<(usize, u8)>(focus_id));
            return None;
        }
    };
    Some(change)
}

/// How many frames a new row is given to come into view and take the focus.
const FOCUS_TRIES: u8 = 8;

/// The new row that should take the focus, if there is one still trying.
fn pending_focus(ui: &Ui, focus_id: Id) -> Option<usize> {
    ui.data_mut(|d| {
        let (index, tries) = d.get_temp::<(usize, u8)>(focus_id)?;
        if tries == 0 {
            d.remove::<(usize, u8)>(focus_id);
            return None;
        }
        d.insert_temp(focus_id, (index, tries - 1));
        Some(index)
    })
}

/// The rows of a table, with the columns `fit` shows; `selected` is the row shown in full
/// below, when there is a form below; `focus` a new row that should take the focus.
#[expect(clippy::too_many_arguments, reason = "one table's parts, passed once")]
fn rows_ui<R>(
    ui: &mut Ui,
    spec: &TableSpec<'_, R>,
    table_id: Id,
    rows: &mut [R],
    fit: &Fit,
    selected: Option<usize>,
    focus: Option<usize>,
    action: &mut Option<RowAction>,
) {
    let row_height = ui.spacing().interact_size.y + 8.0;
    let count = rows.len();
    let columns = &spec.columns[..fit.shown];
    let mut table = TableBuilder::new(ui)
        .id_salt(table_id)
        .striped(true)
        .vscroll(true)
        .max_scroll_height(theme::TABLE_MAX_HEIGHT)
        .cell_layout(egui::Layout::left_to_right(egui::Align::Center));
    if let Some(index) = focus {
        table = table.scroll_to_row(index, None);
    }
    for width in &fit.widths {
        table = table.column(egui_extras::Column::exact(*width).clip(true));
    }
    table = table.column(egui_extras::Column::exact(fit.tools));
    table
        .header(24.0, |mut header| {
            for column in columns {
                header.col(|ui| column_title_ui(ui, column, true));
            }
            header.col(|_| {});
        })
        .body(|body| {
            body.rows(row_height, count, |mut row| {
                let index = row.index();
                row.set_selected(selected == Some(index));
                for (at, column) in columns.iter().enumerate() {
                    row.col(|ui| {
                        let width = ui.available_width();
                        let response =
                            cell_ui(ui, spec, table_id, column, index, &mut rows[index], width);
                        if focus == Some(index) && at == 0 {
                            response.request_focus();
                            response.scroll_to_me(None);
                            *action = Some(RowAction::Focused);
                        }
                        if selected.is_some_and(|s| s != index) && response.gained_focus() {
                            *action = Some(RowAction::Select(index));
                        }
                    });
                }
                row.col(|ui| row_tools_ui(ui, spec, index, count, selected, action));
            });
        });
}

/// The buttons at the end of a row: show it in full, move it, remove it.
fn row_tools_ui<R>(
    ui: &mut Ui,
    spec: &TableSpec<'_, R>,
    index: usize,
    count: usize,
    selected: Option<usize>,
    action: &mut Option<RowAction>,
) {
    let number = index + 1;
    if let Some(selected) = selected
        && ui
            .selectable_label(selected == index, "Details")
            .accessible_name(format!("Details of row {number}"))
            .on_hover_text("Show every field of this row below")
            .clicked()
    {
        *action = Some(RowAction::Select(index));
    }
    if spec.reorderable {
        if ui
            .add_enabled(index > 0, egui::Button::new("⬆"))
            .accessible_name(format!("Move row {number} up"))
            .on_hover_text("Move up")
            .clicked()
        {
            *action = Some(RowAction::Up(index));
        }
        if ui
            .add_enabled(index + 1 < count, egui::Button::new("⬇"))
            .accessible_name(format!("Move row {number} down"))
            .on_hover_text("Move down")
            .clicked()
        {
            *action = Some(RowAction::Down(index));
        }
    }
    if ui
        .button("🗑")
        .accessible_name(format!("Remove row {number}"))
        .on_hover_text("Remove this row (Undo puts it back)")
        .clicked()
    {
        *action = Some(RowAction::Remove(index));
    }
}

/// The form of the selected row: every column the list leaves out, one under another,
/// each with its title (and its "?") on the left.
fn details_ui<R>(
    ui: &mut Ui,
    spec: &TableSpec<'_, R>,
    table_id: Id,
    index: usize,
    row: &mut R,
    from: usize,
) {
    ui.add_space(4.0);
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(
            RichText::new(format!("Row {}: {}", index + 1, row_name(spec, row, index))).strong(),
        );
        let label_width = FORM_LABEL_WIDTH;
        let width = field_width(ui.available_width() - label_width - 16.0);
        egui::Grid::new(table_id.with("details"))
            .num_columns(2)
            .spacing([16.0, 8.0])
            .min_col_width(label_width)
            .show(ui, |ui| {
                for column in &spec.columns[from..] {
                    column_title_ui(ui, column, false);
                    cell_ui(ui, spec, table_id, column, index, row, width);
                    ui.end_row();
                }
            });
    });
}

/// The width of a form's labels.
const FORM_LABEL_WIDTH: f32 = 160.0;

/// The width of a one-line field given `room` beside its label: 320 points where there is
/// room for them, less in a narrow window.
fn field_width(room: f32) -> f32 {
    room.clamp(120.0, 320.0)
}

enum RowAction {
    Add,
    Remove(usize),
    Up(usize),
    Down(usize),
    /// Show this row in the form below the list.
    Select(usize),
    /// The new row took the focus.
    Focused,
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
