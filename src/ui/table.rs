//! The editable tables of the step forms, one for every list of `model::columns`.
//!
//! When every column fits the width there is, the rows show them all and the columns
//! share the width; otherwise the rows show the first few columns as a list and every
//! other field of the selected row is edited in a form below it, as an address book does,
//! so nothing is ever off to the side. Only the rows in view are laid out, so long tables
//! stay fast. A new row takes the focus; a removed row can be put back with Undo. What a
//! table remembers about its rows (the selected one, text typed that is not understood
//! yet) moves with them when rows are removed, put back or moved.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;
use egui::{Id, Response, RichText, Ui};
use egui_extras::TableBuilder;

use crate::model::columns::{Column as TableColumn, Field, Value};
use crate::model::format;
use crate::model::limits;
use crate::model::plan::{DestinationId, Plan, SystemId};
use crate::ui::theme;
use crate::ui::widgets::{
    self, FORM_LABEL_WIDTH, Typed, choice_dropdown, date_edit, field_width, help_mark,
    limited_singleline, number_edit, percent_edit, time_edit, typed_id,
};

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
            .map(|(i, s)| (s.id, s.label(i, crate::i18n::ui())))
            .collect();
        let destinations = plan
            .procedures
            .destinations
            .iter()
            .enumerate()
            .map(|(i, d)| {
                let name = d.name.trim();
                let label = if name.is_empty() {
                    t!("table-destination-number", number = place(i)).into_owned()
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

/// The rows of a table holding text not understood yet, in fields not shown this frame
/// (the form of a row not selected, a row scrolled out of view): they are still said.
#[derive(Clone, Default)]
struct Unclear(BTreeSet<usize>);

/// Forgets what every table remembers of text typed into its rows, with the text itself
/// ([`widgets::forget_typed`]): for when the plan on screen is replaced as a whole.
pub fn forget_typed(ctx: &egui::Context) {
    widgets::forget_typed(ctx);
    ctx.data_mut(egui::util::IdTypeMap::remove_by_type::<Unclear>);
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

/// The width of the "Details" button of a row in a list.
const DETAILS_WIDTH: f32 = 84.0;

impl Fit {
    /// Every column in the rows when they fit in `available` points at their starting
    /// widths; otherwise as many leading columns as fit (one to three), the rows a list
    /// and the rest in a form. The columns shown grow to fill the width.
    fn for_width<R>(spec: &TableSpec<'_, R>, available: f32, spacing: f32) -> Self {
        let all = spec.columns.len();
        let buttons = if spec.reorderable { 120.0 } else { 40.0 };
        // One gap before each column and one before the row's buttons.
        let gaps = |shown: usize| spacing * f32::from(u16::try_from(shown + 1).unwrap_or(u16::MAX));
        let wanted = |shown: usize| spec.columns[..shown].iter().map(|c| c.width).sum::<f32>();
        let (shown, tools) = if wanted(all) <= available - buttons - gaps(all) {
            (all, buttons)
        } else {
            let tools = buttons + DETAILS_WIDTH;
            let shown = (1..all.min(4))
                .rev()
                .find(|&k| wanted(k) <= available - tools - gaps(k))
                .unwrap_or(1);
            (shown, tools)
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

/// The id of the cell of the column named by the message `column` in row `index`: the
/// field's own id, the same in every language.
fn cell_id(table_id: Id, index: usize, column: &str) -> Id {
    table_id.with((index, column))
}

/// The place of the row at `index` as the window names it: "1" for the first. A text,
/// not a number for the message: a row number has no thousands marks ("row 5000").
pub(super) fn place(index: usize) -> String {
    (index + 1).to_string()
}

/// What a row is called in words: its first column's text or option, else "row N".
fn row_name<R>(spec: &TableSpec<'_, R>, row: &R, index: usize) -> String {
    fn named<K: PartialEq>(list: &[(K, String)], id: &K) -> Option<String> {
        list.iter()
            .find(|(key, _)| key == id)
            .map(|(_, name)| quoted(&format::one_line(name, 40)))
    }
    let name = match spec.columns.first().map(|c| c.field.value(row)) {
        Some(Value::Text(text)) => Some(quoted(&format::one_line(text, 40))),
        Some(Value::Choice(message)) => Some(quoted(&crate::i18n::ui().text(message))),
        Some(Value::System(Some(id))) => named(&spec.choices.systems, &id),
        Some(Value::Destination(Some(id))) => named(&spec.choices.destinations, &id),
        _ => None,
    };
    name.unwrap_or_else(|| t!("table-row-number", number = place(index)).into_owned())
}

/// `name` in the quotation marks of the window's language: "“Accounts”".
fn quoted(name: &str) -> String {
    t!("table-quoted", name = name).into_owned()
}

/// Whether a row holds anything at all: an empty row goes without an Undo.
fn holds_anything<R>(columns: &[TableColumn<R>], row: &R) -> bool {
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
    /// The list as the removal left it: once it holds anything else (an edit, another
    /// plan, Undo), the row is no longer offered back, so it can never land in the
    /// wrong list or twice in one.
    after: Vec<R>,
}

/// Keeps `row`, just removed from position `index` of the list now holding `after`, for
/// [`put_back_ui`] under the same `id`.
pub fn remember_removed<R: Clone + Send + Sync + 'static>(
    ui: &Ui,
    id: Id,
    index: usize,
    row: R,
    name: String,
    after: Vec<R>,
) {
    let removed = Removed {
        index,
        row,
        name,
        after,
    };
    ui.data_mut(|d| d.insert_temp(id.with("removed"), removed));
}

/// Says which row was just removed, with an Undo that puts it back; returns where it put
/// it back, if it did.
pub fn put_back_ui<R: Clone + PartialEq + Send + Sync + 'static>(
    ui: &mut Ui,
    id: Id,
    rows: &mut Vec<R>,
) -> Option<usize> {
    let key = id.with("removed");
    let removed = ui.data(|d| d.get_temp::<Removed<R>>(key))?;
    if removed.after != *rows {
        ui.data_mut(|d| d.remove::<Removed<R>>(key));
        return None;
    }
    let mut put_back = false;
    ui.horizontal_wrapped(|ui| {
        let name = removed.name.as_str();
        ui.label(RichText::new(t!("table-removed", name = name)).color(theme::MUTED));
        put_back = ui
            .button(format!("↩ {}", t!("table-undo")))
            .accessible_name(t!("table-undo.name", name = name))
            .on_hover_text(t!("table-undo.tooltip"))
            .clicked();
    });
    if !put_back {
        return None;
    }
    let index = removed.index.min(rows.len());
    rows.insert(index, removed.row);
    ui.data_mut(|d| d.remove::<Removed<R>>(key));
    Some(index)
}

/// An editable table (see the module's words); returns what the person did to its rows.
pub fn table_ui<R: Default + Clone + PartialEq + Send + Sync + 'static>(
    ui: &mut Ui,
    spec: &TableSpec<'_, R>,
    rows: &mut Vec<R>,
) -> Option<RowChange> {
    let table_id = ui.scope_id().with(spec.id_salt);
    let selected_id = remembered(table_id, "selected");
    let focus_id = remembered(table_id, "focus");
    let mut action = None;
    let count = rows.len();
    let selected = ui
        .data(|d| d.get_temp::<usize>(selected_id))
        .unwrap_or(0)
        .min(count.saturating_sub(1));
    if count == 0 {
        ui.label(RichText::new(spec.empty_text).color(theme::MUTED));
    } else {
        rows_and_form_ui(ui, spec, table_id, rows, selected, &mut action);
    }
    let put_back = ui
        .horizontal(|ui| {
            let add = ui
                .add_enabled(
                    count < limits::MAX_ROWS,
                    egui::Button::new(format!("➕ {}", spec.add_label)),
                )
                .on_disabled_hover_text(widgets::list_full_text());
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
    if let Some(index) = put_back {
        let moves: Vec<_> = (index..count).map(|j| (j, Some(j + 1))).collect();
        carry_row_state(ui, spec, table_id, &moves);
        ui.data_mut(|d| d.insert_temp(selected_id, index));
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
            let mut moves = vec![(i, None)];
            moves.extend((i + 1..count).map(|j| (j, Some(j - 1))));
            carry_row_state(ui, spec, table_id, &moves);
            // The selection stays on its row; where that row went, on the one after it.
            let selected = if selected > i { selected - 1 } else { selected };
            ui.data_mut(|d| d.insert_temp(selected_id, selected.min(count.saturating_sub(2))));
            if holds_anything(spec.columns, &row) {
                let name = row_name(spec, &row, i);
                remember_removed(ui, table_id, i, row, name, rows.clone());
            }
            RowChange::Removed
        }
        RowAction::Up(i) => swap_rows(ui, spec, table_id, rows, i - 1),
        RowAction::Down(i) => swap_rows(ui, spec, table_id, rows, i),
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

/// The rows of a table with rows, and in a list the form of the selected row below it;
/// keeps track of the rows holding text not understood, and says those out of sight.
fn rows_and_form_ui<R>(
    ui: &mut Ui,
    spec: &TableSpec<'_, R>,
    table_id: Id,
    rows: &mut [R],
    selected: usize,
    action: &mut Option<RowAction>,
) {
    let fit = Fit::for_width(spec, ui.available_width(), ui.spacing().item_spacing.x);
    let listed = fit.shown < spec.columns.len();
    let focus = pending_focus(ui, remembered(table_id, "focus"));
    let unclear_id = remembered(table_id, "unclear");
    let mut unclear = ui
        .data(|d| d.get_temp::<Unclear>(unclear_id))
        .unwrap_or_default();
    let view = View {
        table_id,
        fit: &fit,
        listed,
        selected,
        focus,
    };
    // Each row laid out, and whether its cells shown hold something not understood.
    let mut drawn = rows_ui(ui, spec, &view, rows, action);
    let mut whole: BTreeSet<usize> = if listed {
        BTreeSet::new()
    } else {
        drawn.keys().copied().collect()
    };
    if listed {
        let index = match *action {
            Some(RowAction::Select(index)) => index,
            _ => selected,
        };
        let before = widgets::not_understood_so_far(ui.ctx());
        details_ui(ui, spec, table_id, index, &mut rows[index], fit.shown);
        let in_form = widgets::not_understood_so_far(ui.ctx()) > before;
        if let Some(in_list) = drawn.get_mut(&index) {
            *in_list |= in_form;
            whole.insert(index);
        } else if in_form {
            unclear.0.insert(index);
        }
    }
    for (&index, &holds) in &drawn {
        if holds {
            unclear.0.insert(index);
        } else if whole.contains(&index) {
            unclear.0.remove(&index);
        }
    }
    drawn.clear();
    // Rows whose unclear text is out of sight are said all the same.
    for &index in unclear.0.iter().filter(|i| !whole.contains(i)) {
        if let Some(row) = rows.get(index) {
            let problem = t!(
                "table-row-not-understood",
                number = place(index),
                name = row_name(spec, row, index)
            );
            widgets::not_understood(ui.ctx(), &problem);
        }
    }
    ui.data_mut(|d| d.insert_temp(unclear_id, unclear));
}

/// Swaps rows `upper` and `upper + 1`; the selection follows the row it was on.
fn swap_rows<R: Send + Sync + 'static>(
    ui: &Ui,
    spec: &TableSpec<'_, R>,
    table_id: Id,
    rows: &mut [R],
    upper: usize,
) -> RowChange {
    rows.swap(upper, upper + 1);
    carry_row_state(
        ui,
        spec,
        table_id,
        &[(upper, Some(upper + 1)), (upper + 1, Some(upper))],
    );
    let selected_id = remembered(table_id, "selected");
    ui.data_mut(|d| {
        let selected = d.get_temp::<usize>(selected_id).unwrap_or(0);
        let followed = match selected {
            s if s == upper => upper + 1,
            s if s == upper + 1 => upper,
            s => s,
        };
        d.insert_temp(selected_id, followed);
    });
    RowChange::Moved
}

/// Moves what the table remembers of each row `from` to its new place `to` (`None` for a
/// row removed): text typed and not understood yet stays with its row, never with the
/// row that takes its place.
fn carry_row_state<R>(
    ui: &Ui,
    spec: &TableSpec<'_, R>,
    table_id: Id,
    moves: &[(usize, Option<usize>)],
) {
    let unclear_id = remembered(table_id, "unclear");
    ui.data_mut(|d| {
        let mut carried = Vec::new();
        for &(from, to) in moves {
            for column in spec.columns {
                let typed =
                    d.remove_temp::<Typed>(typed_id(cell_id(table_id, from, column.message)));
                if let (Some(typed), Some(to)) = (typed, to) {
                    carried.push((typed_id(cell_id(table_id, to, column.message)), typed));
                }
            }
        }
        for (id, typed) in carried {
            d.insert_temp(id, typed);
        }
        if let Some(Unclear(rows)) = d.get_temp::<Unclear>(unclear_id) {
            let carried_rows = rows
                .into_iter()
                .filter_map(|row| match moves.iter().find(|(from, _)| *from == row) {
                    Some((_, to)) => *to,
                    None => Some(row),
                })
                .collect();
            d.insert_temp(unclear_id, Unclear(carried_rows));
        }
    });
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

/// How a table shows its rows this frame.
struct View<'f> {
    table_id: Id,
    fit: &'f Fit,
    /// Whether the rows are a list with the selected row's form below.
    listed: bool,
    /// The row shown in the form below (in a list), or the last row worked in.
    selected: usize,
    /// A new row that should take the focus.
    focus: Option<usize>,
}

/// The rows of a table, with the columns `view.fit` shows. Returns each row laid out
/// (only those in view are) and whether the cells shown of it hold something not
/// understood.
fn rows_ui<R>(
    ui: &mut Ui,
    spec: &TableSpec<'_, R>,
    view: &View<'_>,
    rows: &mut [R],
    action: &mut Option<RowAction>,
) -> BTreeMap<usize, bool> {
    let row_height = ui.spacing().interact_size.y + 8.0;
    let count = rows.len();
    let columns = &spec.columns[..view.fit.shown];
    let tabbed = ui.input(|i| i.key_pressed(egui::Key::Tab));
    let ctx = ui.ctx().clone();
    let unclear = ui
        .data(|d| d.get_temp::<Unclear>(remembered(view.table_id, "unclear")))
        .unwrap_or_default();
    let mut drawn = BTreeMap::new();
    let mut table = TableBuilder::new(ui)
        .id_salt(view.table_id)
        .striped(true)
        .vscroll(true)
        .max_scroll_height(theme::TABLE_MAX_HEIGHT)
        .cell_layout(egui::Layout::left_to_right(egui::Align::Center));
    if let Some(index) = view.focus {
        table = table.scroll_to_row(index, None);
    }
    for width in &view.fit.widths {
        table = table.column(egui_extras::Column::exact(*width).clip(true));
    }
    table = table.column(egui_extras::Column::exact(view.fit.tools));
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
                row.set_selected(view.listed && view.selected == index);
                let before = widgets::not_understood_so_far(&ctx);
                for (at, column) in columns.iter().enumerate() {
                    row.col(|ui| {
                        let width = ui.available_width();
                        let cell = &mut rows[index];
                        let id = cell_id(view.table_id, index, column.message);
                        let response = cell_ui(ui, spec, id, column, index, cell, width);
                        if view.focus == Some(index) && at == 0 {
                            response.request_focus();
                            response.scroll_to_me(None);
                            *action = Some(RowAction::Focused);
                        }
                        // Clicking into a row (or a screen reader moving there) chooses
                        // it; moving through the rows with Tab does not, so that the
                        // keyboard reaches the form of the row chosen.
                        if response.gained_focus() && !tabbed && view.selected != index {
                            *action = Some(RowAction::Select(index));
                        }
                    });
                }
                let holds = widgets::not_understood_so_far(&ctx) > before;
                drawn.insert(index, holds);
                let marked = holds || unclear.0.contains(&index);
                row.col(|ui| row_tools_ui(ui, spec, view, index, count, marked, action));
            });
        });
    drawn
}

/// The buttons at the end of a row: show it in full, move it, remove it. `marked` when
/// the row holds text not understood.
fn row_tools_ui<R>(
    ui: &mut Ui,
    spec: &TableSpec<'_, R>,
    view: &View<'_>,
    index: usize,
    count: usize,
    marked: bool,
    action: &mut Option<RowAction>,
) {
    let number = place(index);
    if view.listed {
        let text = if marked {
            RichText::new(format!("⚠ {}", t!("table-details"))).color(theme::ERROR)
        } else {
            RichText::new(t!("table-details"))
        };
        let hover = if marked {
            t!("table-details.tooltip-marked")
        } else {
            t!("table-details.tooltip")
        };
        if ui
            .selectable_label(view.selected == index, text)
            .accessible_name(t!("table-details.name", number = &number))
            .on_hover_text(hover)
            .clicked()
        {
            *action = Some(RowAction::Select(index));
        }
    }
    if spec.reorderable {
        if ui
            .add_enabled(index > 0, egui::Button::new("⬆"))
            .accessible_name(t!("table-move-up.name", number = &number))
            .on_hover_text(t!("table-move-up"))
            .clicked()
        {
            *action = Some(RowAction::Up(index));
        }
        if ui
            .add_enabled(index + 1 < count, egui::Button::new("⬇"))
            .accessible_name(t!("table-move-down.name", number = &number))
            .on_hover_text(t!("table-move-down"))
            .clicked()
        {
            *action = Some(RowAction::Down(index));
        }
    }
    if ui
        .button("🗑")
        .accessible_name(t!("table-remove.name", number = &number))
        .on_hover_text(t!("table-remove"))
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
        let heading = t!(
            "table-details-heading",
            number = place(index),
            name = row_name(spec, row, index)
        );
        ui.add(egui::Label::new(RichText::new(heading).strong()).truncate());
        let width = field_width(ui.available_width() - FORM_LABEL_WIDTH - 16.0);
        // Rows of a fixed label width rather than a grid: a new grid lays itself out
        // unseen for a frame, and the field being typed in (the window just narrowed, a
        // row just chosen) would lose the keyboard then.
        ui.spacing_mut().item_spacing.y = 8.0;
        for column in &spec.columns[from..] {
            ui.horizontal(|ui| {
                let height = ui.spacing().interact_size.y;
                ui.allocate_ui_with_layout(
                    egui::vec2(FORM_LABEL_WIDTH, height),
                    egui::Layout::left_to_right(egui::Align::Center),
                    |ui| {
                        ui.set_min_width(FORM_LABEL_WIDTH);
                        column_title_ui(ui, column, false);
                    },
                );
                ui.add_space(8.0);
                let id = cell_id(table_id, index, column.message);
                cell_ui(ui, spec, id, column, index, row, width);
            });
        }
    });
}

/// A column's title, with its "?" when the column has an explanation.
fn column_title_ui<R>(ui: &mut Ui, column: &TableColumn<R>, strong: bool) {
    let language = crate::i18n::ui();
    let title = column.title(language);
    ui.horizontal(|ui| {
        ui.spacing_mut().item_spacing.x = 4.0;
        if strong {
            ui.strong(title.as_ref());
        } else {
            ui.label(title.as_ref());
        }
        if let Some(help) = column.help {
            help_mark(ui, &title, &help.explanation(language));
        }
    });
}

/// The editor of one cell of a table, the field `id`: the widget its column's field
/// takes, `width` wide, named for a screen reader (and a test) by its column and row:
/// "Owner, row 2".
fn cell_ui<R>(
    ui: &mut Ui,
    spec: &TableSpec<'_, R>,
    id: Id,
    column: &TableColumn<R>,
    index: usize,
    row: &mut R,
    width: f32,
) -> Response {
    let name = t!(
        "table-cell-name",
        column = column.title(crate::i18n::ui()),
        row = place(index)
    );
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
            let language = crate::i18n::ui();
            let labels: Vec<(usize, _)> = choice.labels(language).into_iter().enumerate().collect();
            let mut chosen = choice.chosen(row);
            let notes = choice.notes(language);
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
        Some(help) => response.on_hover_text(help.explanation(crate::i18n::ui())),
        None => response,
    }
}

/// Whether `text` on one line is wider than a field `width` points wide.
fn longer_than(ui: &Ui, text: &str, width: f32) -> bool {
    // Most texts are far too short to need laying out, and a long one far too long.
    match text.len() {
        0..8 => return false,
        500.. => return true,
        _ => {}
    }
    widgets::text_width(ui, text, &egui::TextStyle::Body)
        > width - 2.0 * ui.spacing().button_padding.x
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
