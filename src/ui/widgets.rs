//! The few widgets every step form is built from: dropdowns, checked text fields for
//! numbers, dates and times, labelled form rows and editable tables.

use std::borrow::Cow;

use chrono::{NaiveDate, NaiveTime};
use egui::{Id, Response, RichText, TextEdit, Ui};

use crate::model::format;
use crate::model::limits::{self, Limit};
use crate::model::options::OptionList;
use crate::ui::theme;

/// The text a dropdown shows while nothing is chosen: "Choose...".
pub fn nothing_chosen() -> Cow<'static, str> {
    t!("widgets-nothing-chosen")
}

/// A dropdown over `choices`; `notes` (in the same order, or empty) say in a few words
/// what an option means where its label alone may not: they show under the option in the
/// list, and the chosen one's when the dropdown is hovered.
pub fn choice_dropdown<K: Copy + PartialEq, L: AsRef<str>>(
    ui: &mut Ui,
    id_salt: impl egui::AsIdSalt,
    value: &mut Option<K>,
    choices: &[(K, L)],
    notes: &[Option<Cow<'_, str>>],
    width: f32,
) -> Response {
    let chosen = value.and_then(|v| choices.iter().position(|(k, _)| *k == v));
    let current = if let Some(i) = chosen {
        Cow::Borrowed(choices[i].1.as_ref())
    } else {
        nothing_chosen()
    };
    let mut changed = false;
    let mut response = egui::ComboBox::from_id_salt(id_salt)
        .selected_text(current)
        .width(width)
        .show_ui(ui, |ui| {
            for (i, (key, label)) in choices.iter().enumerate() {
                let label = label.as_ref();
                let note = notes.get(i).and_then(Option::as_deref);
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
    match chosen.and_then(|i| notes.get(i).and_then(Option::as_deref)) {
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
    let language = crate::i18n::ui();
    let choices: Vec<(T, _)> = T::ALL.iter().map(|o| (*o, o.label(language))).collect();
    let notes: Vec<_> = T::ALL.iter().map(|o| o.note(language)).collect();
    choice_dropdown(ui, id_salt, value, &choices, &notes, width)
}

/// Reads a field's text as a value, if it is one the plan takes.
type Parser<T> = Box<dyn Fn(&str) -> Option<T>>;

/// Writes a value as a field shows it.
type Writer<T> = Box<dyn Fn(&T) -> String>;

/// How a [`parsed_edit`] field writes, reads and explains its value, in the window's
/// language.
struct Parsed<T> {
    hint: String,
    format: Writer<T>,
    /// The value of the text, if it is one the plan takes: text that does not parse and
    /// values out of range are refused alike.
    parse: Parser<T>,
    /// Said when the text is refused, naming the range.
    problem: String,
    /// What the field shows while the plan holds no value: the value the program uses
    /// then, written as a value (not a grey hint), since it is the one in force.
    when_empty: &'static str,
}

/// The most digits after the decimal mark a number field shows: more than any figure of a
/// plan needs, few enough to hide the tail of a sum such as 0.1 + 0.2.
const FIELD_DECIMALS: usize = 6;

/// What a number field of the quantity `limit` bounds says when it refuses what was
/// typed: "Type a size in GB from 0 to 1,000,000, such as 250"; `whole` for whole
/// numbers only. In the window's language, its numbers written its way.
fn number_problem(limit: Limit, whole: bool) -> String {
    let quantities = [
        (limits::SIZE_GB, "size-gb"),
        (limits::PERCENT, "percent"),
        (limits::HOURS, "hours"),
        (limits::MINUTES, "minutes"),
        (limits::DAYS, "days"),
        (limits::MONTHS, "months"),
    ];
    let id = quantities
        .iter()
        .find(|(l, _)| *l == limit)
        .map(|(_, quantity)| {
            if whole {
                format!("widgets-problem-whole-{quantity}")
            } else {
                format!("widgets-problem-{quantity}")
            }
        })
        .filter(|id| crate::i18n::Language::ENGLISH.has(id));
    let Some(id) = id else {
        // A quantity no field of the window holds so: said as the model says it.
        return limit.hint(whole).text(crate::i18n::ui());
    };
    let formats = crate::i18n::ui().formats();
    let example = limit
        .example
        .parse()
        .map_or_else(|_| limit.example.to_owned(), |e| formats.number(e, 2));
    t!(
        &id,
        min = formats.number(limit.min, 2),
        max = formats.number(limit.max, 2),
        example = example
    )
    .into_owned()
}

/// A number of the quantity `limit` bounds, written and read the window language's way;
/// a comma or a point is read as the decimal mark where it cannot be a thousands mark.
fn number(limit: Limit) -> Parsed<f64> {
    let formats = crate::i18n::ui().formats();
    Parsed {
        hint: String::new(),
        format: Box::new(move |v| formats.number(*v, FIELD_DECIMALS)),
        parse: Box::new(move |s| formats.parse_number(s).filter(|v| limit.contains(*v))),
        problem: number_problem(limit, false),
        when_empty: "",
    }
}

/// A whole number of the quantity `limit` bounds.
fn count(limit: Limit) -> Parsed<u32> {
    let formats = crate::i18n::ui().formats();
    Parsed {
        hint: String::new(),
        format: Box::new(move |v| formats.whole(u64::from(*v))),
        parse: Box::new(move |s| {
            formats
                .parse_number(s)
                .and_then(whole_number)
                .filter(|v| limits::contains_whole(&limit, *v))
        }),
        problem: number_problem(limit, true),
        when_empty: "",
    }
}

/// `value` as a whole number, if it is one and fits a `u32`.
#[expect(
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    reason = "a whole number from 0 to u32::MAX"
)]
fn whole_number(value: f64) -> Option<u32> {
    (value.fract() == 0.0 && (0.0..=f64::from(u32::MAX)).contains(&value)).then_some(value as u32)
}

/// A date, written and read the window language's way (and read as year-month-day too).
fn date() -> Parsed<NaiveDate> {
    let formats = crate::i18n::ui().formats();
    Parsed {
        hint: formats.date_pattern().to_owned(),
        format: Box::new(move |d| formats.date(*d)),
        parse: Box::new(move |s| formats.parse_date(s).filter(|d| limits::date_in_range(*d))),
        problem: t!(
            "widgets-date-problem",
            first = formats.date(limits::FIRST_DATE),
            last = formats.date(limits::LAST_DATE),
            example = formats.date(NaiveDate::from_ymd_opt(2026, 3, 31).unwrap_or_default())
        )
        .into_owned(),
        when_empty: "",
    }
}

fn time() -> Parsed<NaiveTime> {
    Parsed {
        hint: t!("widgets-time-hint").into_owned(),
        format: Box::new(|t| format::time(*t)),
        parse: Box::new(format::parse_time),
        problem: t!("widgets-time-problem").into_owned(),
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
    let buffer_id = typed_id(id);
    let typed = ui.data(|d| d.get_temp::<Typed>(buffer_id)).map(|t| t.0);
    let mut text = typed.unwrap_or_else(|| {
        value
            .as_ref()
            .map_or_else(|| kind.when_empty.to_owned(), &kind.format)
    });
    let mut response = ui.add(
        TextEdit::singleline(&mut text)
            .id(id)
            .hint_text(kind.hint.as_str())
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
        ui.data_mut(|d| d.insert_temp(buffer_id, Typed(text)));
    } else {
        ui.data_mut(|d| d.remove::<Typed>(buffer_id));
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

/// Text typed into a checked field, kept while the field is edited or while it holds
/// something not understood.
#[derive(Clone, Default)]
pub(super) struct Typed(pub(super) String);

/// Where the typed text of the field `id` is kept.
pub(super) fn typed_id(id: Id) -> Id {
    id.with("typed")
}

/// Forgets all typed text: for when the plan on screen is replaced as a whole (another
/// plan opened, Undo, a reload), as the fields then hold other values.
pub fn forget_typed(ctx: &egui::Context) {
    ctx.data_mut(egui::util::IdTypeMap::remove_by_type::<Typed>);
}

/// How many fields noted, so far this frame, that they hold something not understood.
pub(super) fn not_understood_so_far(ctx: &egui::Context) -> usize {
    ctx.data(|d| d.get_temp::<Vec<String>>(not_understood_id("this")))
        .map_or(0, |v| v.len())
}

/// Where the fields of a frame note what they hold and do not understand.
fn not_understood_id(frame: &str) -> Id {
    Id::unique(("not understood", frame))
}

/// Notes that a field holds text it does not understand, and why, for the page's message.
pub(super) fn not_understood(ctx: &egui::Context, problem: &str) {
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
    let most = crate::i18n::ui()
        .formats()
        .whole(limits::MAX_TEXT_CHARS as u64);
    let note = t!("widgets-field-full", most = most);
    let response = response.on_hover_text(note.as_ref());
    if response.has_focus() {
        egui::Tooltip::always_open(
            ui.ctx().clone(),
            ui.layer_id(),
            response.id.with("full"),
            &response,
        )
        .show(|ui| ui.colored_label(theme::WARNING, note.as_ref()));
    }
    response
}

/// A one-line text field of at most [`limits::MAX_TEXT_CHARS`] characters.
pub(super) fn limited_singleline(ui: &mut Ui, id: Id, value: &mut String, width: f32) -> Response {
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
    let most = crate::i18n::ui().formats().whole(limits::MAX_ROWS as u64);
    t!("widgets-list-full", most = most).into_owned()
}

/// A date field (typed as the window's language writes dates, or as 2026-03-31) with a
/// calendar button beside it.
pub fn date_edit(
    ui: &mut Ui,
    id: Id,
    value: &mut Option<NaiveDate>,
    today: NaiveDate,
    name: &str,
) -> Response {
    ui.horizontal(|ui| {
        let mut response = parsed_edit(ui, id, value, 108.0, &date()).accessible_name(name);

        if crate::ui::calendar::calendar_button(ui, id, value, today, name).changed() {
            ui.data_mut(|d| d.remove::<Typed>(typed_id(id)));
            response.mark_changed();
        }
        response
    })
    .inner
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
    help: Option<crate::model::terms::Term>,
    /// The most a label (with its "?") may be wide: a longer one wraps.
    label_width: f32,
    /// The widest label so far, as laid out.
    widest_label: f32,
}

impl<'a> Form<'a> {
    /// Shows a form; `add_rows` adds its rows.
    pub fn show(
        ui: &'a mut Ui,
        id_salt: &str,
        today: NaiveDate,
        add_rows: impl FnOnce(&mut Form<'_>),
    ) {
        // The labels take their own width up to a fair share of the form's, and a longer
        // one wraps onto more lines: a long label (a long language's) never pushes the
        // fields out of the window. Fields take the width there is beside the labels (as
        // wide as the widest was in the last frame), up to a comfortable width: a narrow
        // window never has to scroll sideways.
        let available = ui.available_width();
        let label_width = label_column_width(available);
        let least = FORM_LABEL_WIDTH.min(label_width);
        let widest_id = ui.make_persistent_id(id_salt).with("widest label");
        let labels = ui
            .data(|d| d.get_temp::<f32>(widest_id))
            .unwrap_or(label_width)
            .clamp(least, label_width);
        let room = available - labels - FORM_COLUMN_GAP;
        let widest_label = egui::Grid::new(id_salt)
            .num_columns(2)
            .spacing([FORM_COLUMN_GAP, 8.0])
            .min_col_width(least)
            .show(ui, |ui| {
                let mut form = Form {
                    ui,
                    today,
                    width: field_width(room),
                    wide: room.clamp(120.0, 520.0),
                    help: None,
                    label_width,
                    widest_label: 0.0,
                };
                add_rows(&mut form);
                form.widest_label
            })
            .inner;
        ui.data_mut(|d| d.insert_temp(widest_id, widest_label));
    }

    /// Puts a "?" with `explanation` beside the next row's label.
    pub fn explained(&mut self, term: crate::model::terms::Term) -> &mut Self {
        self.help = Some(term);
        self
    }

    /// The label of a row, with its "?" if [`explained`](Self::explained) gave one,
    /// wrapped onto more lines where it is wider than the form's labels may be.
    fn label(&mut self, label: &str) -> Response {
        let help = self.help.take();
        let mark = if help.is_some() {
            help_mark_width(self.ui) + HELP_MARK_GAP
        } else {
            0.0
        };
        let galley = egui::WidgetText::from(label).into_galley(
            self.ui,
            Some(egui::TextWrapMode::Wrap),
            (self.label_width - mark).max(1.0),
            egui::TextStyle::Body,
        );
        self.widest_label = self.widest_label.max(galley.size().x + mark);
        match help {
            None => self.ui.add(egui::Label::new(galley)),
            Some(help) => {
                // As tall as the label's lines, the "?" beside their middle.
                let size = egui::vec2(galley.size().x + mark, galley.size().y);
                self.ui
                    .allocate_ui_with_layout(
                        size,
                        egui::Layout::left_to_right(egui::Align::Center),
                        |ui| {
                            ui.spacing_mut().item_spacing.x = HELP_MARK_GAP;
                            let response = ui.add(egui::Label::new(galley));
                            help_mark(ui, label, &help.explanation(crate::i18n::ui()));
                            response
                        },
                    )
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

/// The time zones the app knows (the bundled database), by their IANA names, sorted;
/// the old names without a region ("EST5EDT") left out, UTC kept.
fn time_zones() -> &'static [String] {
    static ZONES: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    ZONES.get_or_init(|| {
        let mut zones: Vec<String> = jiff::tz::db()
            .available()
            .map(|name| name.as_str().to_owned())
            .filter(|name| {
                name == "UTC"
                    || (name.contains('/')
                        && !name.starts_with("Etc/")
                        && !name.starts_with("SystemV/"))
            })
            .collect();
        zones.sort();
        zones
    })
}

/// The zones whose name holds every word of `search` ("new york", "berlin"), at most
/// `most` of them.
fn zones_matching(search: &str, most: usize) -> Vec<&'static str> {
    let words: Vec<String> = search.split_whitespace().map(str::to_lowercase).collect();
    time_zones()
        .iter()
        .filter(|zone| {
            let name = zone.replace('_', " ").to_lowercase();
            words.iter().all(|w| name.contains(w.as_str()))
        })
        .take(most)
        .map(String::as_str)
        .collect()
}

/// A time zone chosen from a list found by typing part of its name: a city, a region.
pub fn time_zone_ui(ui: &mut Ui, zone: &mut String) -> Response {
    let id = ui.make_persistent_id("time zone search");
    let shown = if zone.trim().is_empty() {
        nothing_chosen().into_owned()
    } else {
        zone.clone()
    };
    let combo = egui::ComboBox::from_id_salt(id)
        .selected_text(shown)
        .width(220.0)
        .height(320.0)
        .show_ui(ui, |ui| {
            // The search is typed into straight away when the list opens.
            let opened = ui.data(|d| d.get_temp::<String>(id)).is_none();
            let mut search = ui.data(|d| d.get_temp::<String>(id)).unwrap_or_default();
            let field = ui.add(
                TextEdit::singleline(&mut search)
                    .hint_text(t!("widgets-time-zone-search"))
                    .desired_width(200.0),
            );
            let field = field.accessible_name(t!("widgets-time-zone-search.name"));
            if opened {
                field.request_focus();
            }
            ui.data_mut(|d| d.insert_temp(id, search.clone()));
            let found = zones_matching(&search, 400);
            if found.is_empty() {
                ui.label(RichText::new(t!("widgets-time-zone-none")).color(theme::MUTED));
            }
            let mut chosen = None;
            for name in found {
                if ui.selectable_label(zone.as_str() == name, name).clicked() {
                    chosen = Some(name);
                }
            }
            if let Some(name) = chosen {
                name.clone_into(zone);
                ui.data_mut(|d| d.remove::<String>(id));
                ui.close();
            }
            chosen.is_some()
        });
    if combo.inner.is_none() {
        // Closed: the next opening starts with an empty search.
        ui.data_mut(|d| d.remove::<String>(id));
    }
    let mut response = combo.response;
    if combo.inner == Some(true) {
        response.mark_changed();
    }
    response
}

/// How wide `text` is on one line in the text style `style`, in points.
pub fn text_width(ui: &Ui, text: &str, style: &egui::TextStyle) -> f32 {
    let font = style.resolve(ui.style());
    ui.painter()
        .layout_no_wrap(text.to_owned(), font, egui::Color32::PLACEHOLDER)
        .size()
        .x
}

/// How wide a [`help_mark`] is.
fn help_mark_width(ui: &Ui) -> f32 {
    text_width(ui, "?", &egui::TextStyle::Small) + 2.0 * ui.spacing().button_padding.x
}

/// The space between a term and its [`help_mark`].
const HELP_MARK_GAP: f32 = 4.0;

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
        .accessible_name(t!("widgets-help-mark", term = term));
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

/// The width of a form's labels: the least its label column takes (in a form wide
/// enough), the width of a table's labels beside the selected row's fields.
pub(super) const FORM_LABEL_WIDTH: f32 = 160.0;

/// The most a form's label column takes, however wide the form.
pub(super) const FORM_LABEL_MAX_WIDTH: f32 = 260.0;

/// The space between a form's labels and its fields.
const FORM_COLUMN_GAP: f32 = 16.0;

/// How wide a form's labels may be in a form `available` points wide: two fifths of it,
/// at most [`FORM_LABEL_MAX_WIDTH`]; a longer label wraps. The fields keep the rest.
pub(super) fn label_column_width(available: f32) -> f32 {
    (available * 0.4).clamp(100.0, FORM_LABEL_MAX_WIDTH)
}

/// The width of a one-line field given `room` beside its label: 320 points where there is
/// room for them, less in a narrow window.
pub(super) fn field_width(room: f32) -> f32 {
    room.clamp(120.0, 320.0)
}
