//! The wizard: the step list on the left, the current page in the middle, Back and Next.

use chrono::NaiveDateTime;
use egui::{RichText, Ui};

use crate::advice::Advice;
use crate::advice::changes::Change;
use crate::model::steps::{STEPS, StepStatus};
use crate::ui::command::Command;
use crate::ui::findings;
use crate::ui::state::{OpenPlan, Page};
use crate::ui::{finish, forms, review, theme};

/// Shows the wizard for the open plan.
pub fn wizard_ui(
    ui: &mut Ui,
    open: &mut OpenPlan,
    now: NaiveDateTime,
    show_findings: bool,
    commands: &mut Vec<Command>,
) {
    // Another plan, or this one replaced as a whole: what was typed into the fields of
    // the one shown before goes with it.
    let shown_id = egui::Id::unique("plan shown");
    if ui.data(|d| d.get_temp::<u64>(shown_id)) != Some(open.shown) {
        crate::ui::table::forget_typed(ui.ctx());
        ui.data_mut(|d| d.insert_temp(shown_id, open.shown));
    }
    let advice = open.advice(now);
    // What changed since the last revision, worked out when the plan changes.
    let change = open.change();
    let all: Option<std::rc::Rc<[Change]>> = open
        .review
        .as_mut()
        .map(|r| r.changes(&open.plan, change, crate::i18n::ui()));
    let width = ui.ctx().content_rect().width();
    let list_width = step_list_width(width);
    egui::Panel::left("steps")
        .resizable(true)
        .default_size(list_width)
        .size_range(theme::STEP_LIST_MIN_WIDTH..=list_width)
        .show(ui, |ui| {
            step_list_ui(ui, open, all.as_deref(), &advice);
        });

    if show_findings && findings_fit(width) {
        egui::Panel::right("findings")
            .resizable(true)
            .default_size(theme::FINDINGS_WIDTH)
            .size_range(theme::FINDINGS_MIN_WIDTH..=(width * 0.3).max(theme::FINDINGS_MIN_WIDTH))
            .show(ui, |ui| findings::panel_ui(ui, &advice, &mut open.page));
    } else if findings_window_open(ui.ctx()) {
        // In a narrow window the findings show over the page only when asked for, and go
        // once a finding is chosen.
        let mut shown = true;
        let page = open.page;
        egui::Window::new(t!("findings-heading"))
            // The same window in every language.
            .id(egui::Id::unique("findings over the page"))
            .open(&mut shown)
            .anchor(egui::Align2::RIGHT_TOP, [-8.0, 36.0])
            .default_width(theme::FINDINGS_WIDTH)
            .max_height(ui.ctx().content_rect().height() - 120.0)
            .collapsible(false)
            .resizable(false)
            .title_bar(false)
            .show(ui.ctx(), |ui| {
                findings::panel_ui(ui, &advice, &mut open.page);
            });
        if !shown || open.page != page {
            set_findings_window(ui.ctx(), false);
        }
    }

    egui::Panel::bottom("navigation").show(ui, |ui| navigation_ui(ui, open));

    egui::CentralPanel::default_margins().show(ui, |ui| {
        // Someone else has the plan open and this window only reads it: the form shows
        // what it holds, and says how to keep changes.
        let read_only = open.read_only.clone();
        if let Some(holder) = &read_only {
            ui.horizontal_wrapped(|ui| {
                ui.label(
                    RichText::new(t!("wizard-read-only", user = &holder.user))
                        .color(theme::WARNING),
                );
                if ui.button(t!("wizard-save-copy")).clicked() {
                    commands.push(Command::SaveAs);
                }
            });
            ui.separator();
        }
        overdue_ui(ui, open, &advice, commands);
        // A page opens at its top, with its title in view, however far down it was left.
        let shown_id = egui::Id::unique("page shown");
        let opened = ui.data_mut(|d| {
            let last = d.get_temp::<Page>(shown_id);
            d.insert_temp(shown_id, open.page);
            last != Some(open.page)
        });
        let mut page_area = egui::ScrollArea::vertical()
            .id_salt(("page", format!("{:?}", open.page)))
            .auto_shrink(false);
        if opened {
            page_area = page_area.vertical_scroll_offset(0.0);
        }
        // Only up and down: every page fits the width there is (tables show the rest of a
        // row in a form below them), so nothing is ever off to the side.
        page_area.show(ui, |ui| {
            ui.add_enabled_ui(read_only.is_none(), |ui| {
                page_ui(ui, open, now, commands, all.as_deref(), &advice);
            });
        });
    });
}

/// The recurring duties that are overdue (the review, a restore test, a log review...),
/// said once above every page until done or put away, each a link to its step.
fn overdue_ui(ui: &mut Ui, open: &mut OpenPlan, advice: &Advice, commands: &mut Vec<Command>) {
    if open.overdue_put_away || advice.overdue.is_empty() || open.review.is_some() {
        return;
    }
    ui.horizontal_wrapped(|ui| {
        ui.label(
            RichText::new(t!("wizard-due-now"))
                .strong()
                .color(theme::WARNING),
        );
        for duty in &advice.overdue {
            let text = t!(
                "wizard-due-duty",
                duty = duty.title.text(crate::i18n::ui()),
                date = crate::i18n::ui().formats().date(duty.due)
            );
            if ui
                .link(text)
                .on_hover_text(t!("wizard-go-to-step", number = duty.step.number()))
                .clicked()
            {
                open.page = Page::Step(duty.step);
            }
        }
    });
    ui.horizontal(|ui| {
        let reminders = crate::ui::command::UiCommand::SaveReminders;
        if ui
            .button(t!("wizard-remind-me"))
            .on_hover_text(reminders.tooltip())
            .clicked()
        {
            commands.push(reminders.command());
        }
        if ui
            .button(t!("wizard-not-now"))
            .on_hover_text(t!("wizard-not-now.tooltip"))
            .clicked()
        {
            open.overdue_put_away = true;
        }
    });
    ui.separator();
}

/// How wide the step list may be in a window `width` points wide: its usual width where
/// there is room, less in a narrow window so that the page keeps most of it.
fn step_list_width(width: f32) -> f32 {
    (width * 0.27).clamp(theme::STEP_LIST_MIN_WIDTH, theme::STEP_LIST_WIDTH)
}

/// Whether a window `width` points wide has room for the findings panel beside the step
/// list and the page; if not, the findings show in a window of their own when asked for.
pub(crate) fn findings_fit(width: f32) -> bool {
    width - step_list_width(width) - theme::FINDINGS_WIDTH >= theme::MIN_PAGE_WIDTH
}

fn findings_window_id() -> egui::Id {
    egui::Id::unique("findings window")
}

/// Whether the findings show in a window of their own (in a narrow window).
pub(crate) fn findings_window_open(ctx: &egui::Context) -> bool {
    ctx.data(|d| d.get_temp::<bool>(findings_window_id()))
        .unwrap_or(false)
}

/// Shows or hides the findings in a window of their own.
pub(crate) fn set_findings_window(ctx: &egui::Context, open: bool) {
    ctx.data_mut(|d| d.insert_temp(findings_window_id(), open));
}

fn status_icon(status: StepStatus) -> RichText {
    match status {
        StepStatus::NotStarted => RichText::new("○").color(theme::MUTED),
        StepStatus::InProgress => RichText::new("◐").color(theme::WARNING),
        StepStatus::Complete => RichText::new("✔").color(theme::GOOD),
    }
}

fn step_list_ui(ui: &mut Ui, open: &mut OpenPlan, all: Option<&[Change]>, advice: &Advice) {
    ui.add_space(6.0);
    // Cut to the panel's width (the whole name shows on hover): a long name must not
    // push the step list out of reach.
    ui.add(
        egui::Label::new(RichText::new(open.plan.display_title(crate::i18n::ui())).strong())
            .truncate(),
    );
    if !open.plan.identity.organisation.trim().is_empty() {
        ui.add(
            egui::Label::new(
                RichText::new(open.plan.identity.organisation.trim()).color(theme::MUTED),
            )
            .truncate(),
        );
    }
    ui.separator();
    egui::ScrollArea::vertical().show(ui, |ui| {
        if ui
            .selectable_label(open.page == Page::Details, t!("wizard-plan-details"))
            .clicked()
        {
            open.page = Page::Details;
        }
        // During a review the list shows how each step stands in it.
        for step in &STEPS {
            let (icon, words) = if let (Some(review), Some(all)) = (&open.review, all) {
                review::mark_icon(crate::advice::review::mark(review, step.id, all, advice))
            } else {
                let status = (step.status)(&open.plan);
                (status_icon(status), status.label(crate::i18n::ui()))
            };
            ui.horizontal(|ui| {
                ui.label(icon).on_hover_text(words.as_ref());
                let high = advice.high_count(step.id);
                if high > 0 {
                    let words = t!("wizard-high-findings", count = high);
                    let marker =
                        egui::Button::new(RichText::new("⚠").color(theme::ERROR)).frame(false);
                    if ui
                        .add(marker)
                        .accessible_name(t!(
                            "wizard-step-has-high-findings",
                            number = step.id.number()
                        ))
                        .on_hover_text(words)
                        .clicked()
                    {
                        open.page = Page::Step(step.id);
                    }
                }
                // The title last: it wraps in the width the icons leave.
                let selected = open.page == Page::Step(step.id);
                let text = t!(
                    "wizard-step-numbered",
                    number = step.id.number(),
                    title = step.title(crate::i18n::ui())
                );
                if ui
                    .add(egui::Button::selectable(selected, text).wrap())
                    .on_hover_text(words.as_ref())
                    .clicked()
                {
                    open.page = Page::Step(step.id);
                }
            });
        }
        if ui
            .selectable_label(open.page == Page::Finish, t!("wizard-plan-at-a-glance"))
            .clicked()
        {
            open.page = Page::Finish;
        }
        if open.review.is_some()
            && ui
                .selectable_label(
                    open.page == Page::ReviewSummary,
                    t!("review-summary-and-sign-off"),
                )
                .clicked()
        {
            open.page = Page::ReviewSummary;
        }
    });
}

fn navigation_ui(ui: &mut Ui, open: &mut OpenPlan) {
    ui.add_space(4.0);
    ui.horizontal(|ui| {
        let (previous, next, position) = match open.page {
            Page::Details => (
                None,
                Some(Page::Step(STEPS[0].id)),
                t!("wizard-plan-details"),
            ),
            Page::Step(id) => (
                Some(id.previous().map_or(Page::Details, Page::Step)),
                // The end of a review is its sign-off; otherwise the plan at a glance.
                Some(id.next().map_or(
                    if open.review.is_some() {
                        Page::ReviewSummary
                    } else {
                        Page::Finish
                    },
                    Page::Step,
                )),
                t!("wizard-step-of", number = id.number(), count = STEPS.len()),
            ),
            Page::Finish => (
                STEPS.last().map(|s| Page::Step(s.id)),
                open.review.is_some().then_some(Page::ReviewSummary),
                t!("wizard-plan-at-a-glance"),
            ),
            Page::ReviewSummary => (
                STEPS.last().map(|s| Page::Step(s.id)),
                None,
                t!("wizard-review-summary"),
            ),
        };
        if ui
            .add_enabled(previous.is_some(), egui::Button::new(t!("wizard-back")))
            .clicked()
            && let Some(page) = previous
        {
            open.page = page;
        }
        ui.label(position);
        if ui
            .add_enabled(next.is_some(), egui::Button::new(t!("wizard-next")))
            .clicked()
            && let Some(page) = next
        {
            open.page = page;
        }
        // In the bar, which never changes height: a field left with text it does not
        // understand says so here too, in case it scrolled out of sight.
        match crate::ui::widgets::not_understood_last_frame(ui.ctx()).as_slice() {
            [] => {}
            [problem] => {
                ui.add(
                    egui::Label::new(
                        RichText::new(t!("wizard-field-not-understood", problem = problem))
                            .color(theme::WARNING),
                    )
                    .truncate(),
                );
            }
            problems => {
                ui.label(
                    RichText::new(t!("wizard-fields-not-understood", count = problems.len()))
                        .color(theme::WARNING),
                );
            }
        }
    });
    ui.add_space(2.0);
}

fn page_ui(
    ui: &mut Ui,
    open: &mut OpenPlan,
    now: NaiveDateTime,
    commands: &mut Vec<Command>,
    all: Option<&[Change]>,
    advice: &Advice,
) {
    match open.page {
        Page::Details => {
            ui.heading(t!("wizard-plan-details"));
            ui.label(RichText::new(t!("wizard-plan-details-intro")).color(theme::MUTED));
            ui.add_space(10.0);
            forms::details_ui(ui, &mut open.plan.identity, now.date());
        }
        Page::Step(id) => {
            let step = id.def();
            ui.heading(t!(
                "wizard-step-numbered",
                number = id.number(),
                title = step.title(crate::i18n::ui())
            ));
            ui.add_space(4.0);
            ui.add(
                egui::Label::new(
                    RichText::new(step.guidance(crate::i18n::ui())).color(theme::MUTED),
                )
                .wrap(),
            );
            ui.label(
                RichText::new(t!(
                    "wizard-controls",
                    controls = crate::model::steps::controls_text(step.controls, crate::i18n::ui())
                ))
                .small()
                .color(theme::ACCENT),
            );
            ui.add_space(10.0);
            // The form first: what the adviser says and what changed in a review sit
            // below it, so their coming and going never moves the field in use.
            // As wide as the page in view, not as a wide table: their words wrap where
            // they can be read.
            let visible = ui.clip_rect().width() - 2.0 * ui.spacing().item_spacing.x;
            forms::step_form_ui(ui, &mut open.plan, id, now, commands, advice);
            ui.add_space(16.0);
            ui.scope(|ui| {
                ui.set_max_width(visible);
                if let Some(review) = &mut open.review {
                    review::step_review_ui(ui, review, id, all.unwrap_or_default());
                }
                findings::step_findings_ui(ui, advice, id);
            });
        }
        Page::Finish => finish::finish_ui(ui, open, advice, commands),
        Page::ReviewSummary => {
            let Some(review) = &mut open.review else {
                open.page = Page::Details;
                return;
            };
            if let review::SummaryAction::SignOff = review::summary_ui(
                ui,
                review,
                &open.plan,
                now.date(),
                all.unwrap_or_default(),
                advice,
            ) {
                commands.push(Command::SignOff);
            }
        }
    }
}
