//! The yearly review in the wizard: what changed since the last approved revision, step
//! by step, the confirmations, and the sign-off of the next revision.

use std::collections::BTreeSet;
use std::rc::Rc;

use chrono::NaiveDate;
use egui::{RichText, Ui};

use crate::changes::{Change, ChangeKind};
use crate::plan::{Plan, SignOff};
use crate::steps::{STEPS, StepId};
use crate::ui::findings::Advice;
use crate::ui::theme;
use crate::ui::widgets::Form;

/// A review under way.
pub struct Review {
    /// The plan as last approved; an empty plan when it never was.
    pub baseline: Plan,
    /// The number of that revision, if there is one.
    pub baseline_revision: Option<u32>,
    /// Steps the person confirmed as still valid.
    pub confirmed: BTreeSet<StepId>,
    pub sign_off: SignOff,
    /// The changes since the baseline as last worked out, and the change of plan they are
    /// about (see [`OpenPlan::change`](crate::ui::OpenPlan)): a 2,000-system plan takes some
    /// 5 ms to compare, too long to do again in every frame.
    changes: Option<(u64, Rc<[Change]>)>,
}

impl Review {
    /// Starts a review of `plan` against its last approved revision.
    pub fn start(plan: &Plan) -> Self {
        let last = plan.last_revision();
        Self {
            baseline: last.map(|r| (*r.snapshot).clone()).unwrap_or_default(),
            baseline_revision: last.map(|r| r.revision),
            confirmed: BTreeSet::new(),
            sign_off: SignOff {
                approver: plan.approval.approver.clone(),
                role: plan.approval.role.clone(),
                ..SignOff::default()
            },
            changes: None,
        }
    }

    /// Every change from the baseline to `plan`, worked out again only when `change`
    /// (the count of the plan's changes) moved on.
    pub fn changes(&mut self, plan: &Plan, change: u64) -> Rc<[Change]> {
        if let Some((seen, changes)) = &self.changes
            && *seen == change
        {
            return changes.clone();
        }
        let changes: Rc<[Change]> = crate::changes::changes(&self.baseline, plan).into();
        self.changes = Some((change, changes.clone()));
        changes
    }

    fn since(&self) -> String {
        self.baseline_revision
            .map_or_else(|| "the start".to_owned(), |n| format!("revision {n}"))
    }
}

/// How a step stands in the review.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReviewMark {
    ToReview,
    Confirmed,
    Changed,
    NeedsAttention,
}

impl ReviewMark {
    /// The icon and the words for the step list.
    pub fn icon(self) -> (RichText, &'static str) {
        match self {
            Self::ToReview => (RichText::new("○").color(theme::MUTED), "To review"),
            Self::Confirmed => (
                RichText::new("✔").color(theme::GOOD),
                "Confirmed as still valid",
            ),
            Self::Changed => (
                RichText::new("✎").color(theme::ACCENT),
                "Changed in this review",
            ),
            Self::NeedsAttention => (RichText::new("⚠").color(theme::WARNING), "Needs attention"),
        }
    }
}

/// How `step` stands in the review: a step with findings needs attention until the
/// person confirms it (having read them), then it counts as changed or confirmed.
pub fn mark(review: &Review, step: StepId, all: &[Change], advice: &Advice) -> ReviewMark {
    let has_findings = advice.for_step(step).next().is_some();
    if has_findings && !review.confirmed.contains(&step) {
        ReviewMark::NeedsAttention
    } else if all.iter().any(|c| c.step == Some(step)) {
        ReviewMark::Changed
    } else if review.confirmed.contains(&step) {
        ReviewMark::Confirmed
    } else {
        ReviewMark::ToReview
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
            let title = change.step.map_or("Plan details".to_owned(), |s| {
                format!("{}. {}", s.number(), s.def().title)
            });
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
    let since = review.since();
    egui::Frame::group(ui.style())
        .fill(ui.visuals().faint_bg_color)
        .show(ui, |ui| {
            ui.set_width(ui.available_width().min(900.0));
            ui.label(RichText::new("Yearly review").strong().color(theme::ACCENT));
            if here.is_empty() {
                ui.label(format!("No changes since {since}."));
            } else {
                ui.label(format!("Changed since {since}:"));
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
                    ui.colored_label(theme::GOOD, "✔ Confirmed as still valid");
                    if ui.small_button("Undo confirmation").clicked() {
                        review.confirmed.remove(&step);
                    }
                } else if ui
                    .button("Confirm: still valid")
                    .on_hover_text("This step still matches the office")
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
    ui.heading("Review summary and sign-off");
    ui.add_space(4.0);
    if all.is_empty() {
        ui.label(format!("Nothing has changed since {}.", review.since()));
    } else {
        ui.label(format!("Changes since {}:", review.since()));
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
            format!(
                "Not yet confirmed or changed: steps {}.",
                open_steps.join(", ")
            ),
        );
    }
    if !attention_steps.is_empty() {
        ui.colored_label(
            theme::WARNING,
            format!("Needing attention: steps {}.", attention_steps.join(", ")),
        );
    }
    ui.add_space(8.0);
    ui.label(RichText::new("Sign-off").strong().size(16.0));
    let sign_off = &mut review.sign_off;
    Form::show(ui, "sign-off", today, |form| {
        form.text("Approver", &mut sign_off.approver);
        form.text("Role", &mut sign_off.role);
        form.date("Date", &mut sign_off.date);
        form.multiline("Comment", &mut sign_off.comment);
    });
    ui.add_space(6.0);
    let ready = !sign_off.approver.trim().is_empty();
    let button = ui
        .add_enabled(
            ready,
            egui::Button::new(format!("Sign off revision {next}")),
        )
        .on_disabled_hover_text("Name the approver first");
    if button.clicked() {
        SummaryAction::SignOff
    } else {
        SummaryAction::None
    }
}
