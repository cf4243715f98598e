//! The yearly review in the wizard: what changed since the last approved revision, step
//! by step, the confirmations, and the sign-off of the next revision.

use chrono::NaiveDate;
use egui::{RichText, Ui};

use crate::advice::Advice;
use crate::advice::changes::{Change, ChangeKind};
use crate::advice::review::{Review, ReviewMark, mark};
use crate::model::plan::Plan;
use crate::model::steps::{STEPS, StepId};
use crate::ui::theme;
use crate::ui::widgets::Form;

/// The icon and the words for a step's mark in the step list.
pub fn mark_icon(mark: ReviewMark) -> (RichText, std::borrow::Cow<'static, str>) {
    match mark {
        ReviewMark::ToReview => (
            RichText::new("○").color(theme::MUTED),
            t!("review-mark-to-review"),
        ),
        ReviewMark::Confirmed => (
            RichText::new("✔").color(theme::GOOD),
            t!("review-mark-confirmed"),
        ),
        ReviewMark::Changed => (
            RichText::new("✎").color(theme::ACCENT),
            t!("review-mark-changed"),
        ),
        ReviewMark::NeedsAttention => (
            RichText::new("⚠").color(theme::WARNING),
            t!("review-mark-needs-attention"),
        ),
    }
}

fn change_line(ui: &mut Ui, change: &Change) {
    let (sign, colour) = match change.kind {
        ChangeKind::Added => ("+", theme::GOOD),
        ChangeKind::Removed => ("−", theme::ERROR),
        ChangeKind::Changed => ("~", theme::ACCENT),
    };
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(sign).strong().color(colour));
        ui.label(&change.text);
    });
}

/// A list of changes under the titles of the steps they belong to.
pub fn changes_ui(ui: &mut Ui, changes: &[Change]) {
    let mut current: Option<Option<StepId>> = None;
    for change in changes {
        if current != Some(change.step) {
            current = Some(change.step);
            let title = change.step.map_or_else(
                || t!("wizard-plan-details"),
                |s| {
                    t!(
                        "wizard-step-numbered",
                        number = s.number(),
                        title = s.def().title(crate::i18n::ui())
                    )
                },
            );
            ui.add_space(4.0);
            ui.label(RichText::new(title).strong());
        }
        change_line(ui, change);
    }
}

/// The review panel over a step's form: its changes and Confirm. What needs attention
/// is what the adviser's findings, shown above it, say.
pub fn step_review_ui(ui: &mut Ui, review: &mut Review, step: StepId, all: &[Change]) {
    let here: Vec<&Change> = all.iter().filter(|c| c.step == Some(step)).collect();
    let since = review.since().text(crate::i18n::ui());
    egui::Frame::group(ui.style())
        .fill(ui.visuals().faint_bg_color)
        .show(ui, |ui| {
            ui.set_width(ui.available_width().min(900.0));
            ui.label(
                RichText::new(t!("review-yearly"))
                    .strong()
                    .color(theme::ACCENT),
            );
            if here.is_empty() {
                ui.label(t!("review-no-changes-here", since = &since));
            } else {
                ui.label(t!("review-changed-since", since = &since));
                // A long list scrolls in its box, so the step's own form stays in view.
                egui::ScrollArea::vertical()
                    .id_salt("step changes")
                    .max_height(theme::CHANGES_HEIGHT)
                    .show(ui, |ui| {
                        for change in here {
                            change_line(ui, change);
                        }
                    });
            }
            let confirmed = review.confirmed.contains(&step);
            ui.horizontal(|ui| {
                if confirmed {
                    ui.colored_label(theme::GOOD, t!("review-confirmed"));
                    if ui.small_button(t!("review-undo-confirmation")).clicked() {
                        review.confirmed.remove(&step);
                    }
                } else if ui
                    .button(t!("review-confirm"))
                    .on_hover_text(t!("review-confirm.tooltip"))
                    .clicked()
                {
                    review.confirmed.insert(step);
                }
            });
        });
    ui.add_space(8.0);
}

/// What the sign-off page asks the app to do.
#[must_use]
pub enum SummaryAction {
    None,
    SignOff,
}

/// The last page of a review: every change, and the sign-off of the next revision.
pub fn summary_ui(
    ui: &mut Ui,
    review: &mut Review,
    plan: &Plan,
    today: NaiveDate,
    all: &[Change],
    advice: &Advice,
) -> SummaryAction {
    let next = if review.baseline_revision.is_some() {
        plan.identity.revision + 1
    } else {
        plan.identity.revision.max(1)
    };
    ui.heading(t!("review-summary-and-sign-off"));
    ui.add_space(4.0);
    if all.is_empty() {
        ui.label(t!(
            "review-nothing-changed",
            since = review.since().text(crate::i18n::ui())
        ));
    } else {
        ui.label(t!(
            "review-changes-since",
            since = review.since().text(crate::i18n::ui())
        ));
        changes_ui(ui, all);
    }
    let open_steps: Vec<String> = STEPS
        .iter()
        .filter(|s| mark(review, s.id, all, advice) == ReviewMark::ToReview)
        .map(|s| s.id.number().to_string())
        .collect();
    let attention_steps: Vec<String> = STEPS
        .iter()
        .filter(|s| mark(review, s.id, all, advice) == ReviewMark::NeedsAttention)
        .map(|s| s.id.number().to_string())
        .collect();
    ui.add_space(10.0);
    if !open_steps.is_empty() {
        ui.colored_label(
            theme::WARNING,
            t!(
                "review-not-confirmed",
                steps = open_steps.join(", "),
                count = open_steps.len()
            ),
        );
    }
    if !attention_steps.is_empty() {
        ui.colored_label(
            theme::WARNING,
            t!(
                "review-needing-attention",
                steps = attention_steps.join(", "),
                count = attention_steps.len()
            ),
        );
    }
    ui.add_space(8.0);
    ui.label(RichText::new(t!("review-sign-off")).strong().size(16.0));
    let sign_off = &mut review.sign_off;
    Form::show(ui, "sign-off", today, |form| {
        form.text(&t!("review-approver"), &mut sign_off.approver);
        form.text(&t!("review-role"), &mut sign_off.role);
        form.date(&t!("review-date"), &mut sign_off.date);
        form.multiline(&t!("review-comment"), &mut sign_off.comment);
    });
    ui.add_space(6.0);
    let ready = !sign_off.approver.trim().is_empty();
    let button = ui
        .add_enabled(
            ready,
            egui::Button::new(t!("review-sign-off-revision", revision = next)),
        )
        .on_disabled_hover_text(t!("review-sign-off-revision.disabled"));
    if button.clicked() {
        SummaryAction::SignOff
    } else {
        SummaryAction::None
    }
}
