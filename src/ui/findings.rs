//! The adviser in the wizard: the findings of a step where it is edited, the panel of all
//! findings, and the storage estimate of step 5.

use egui::{Color32, RichText, Stroke, Ui};

use crate::advice::Advice;
use crate::advice::adviser::{self, Finding, Severity};
use crate::advice::estimate::{self, Estimate};
use crate::model::plan::Plan;
use crate::model::steps::StepId;
use crate::ui::state::Page;
use crate::ui::theme;

/// The colour that marks a severity.
pub fn colour(severity: Severity) -> Color32 {
    match severity {
        Severity::High => theme::ERROR,
        Severity::Medium => theme::WARNING,
        Severity::Low => theme::ACCENT,
    }
}

/// How many lines of a finding's details show before "and N more".
const DETAILS_SHOWN: usize = 6;

/// The findings about `step`, shown above its form; nothing when there are none.
pub fn step_findings_ui(ui: &mut Ui, advice: &Advice, step: StepId) {
    let mut any = false;
    for finding in advice.for_step(step) {
        any = true;
        finding_ui(ui, finding);
        ui.add_space(6.0);
    }
    if any {
        ui.add_space(4.0);
    }
}

fn finding_ui(ui: &mut Ui, finding: &Finding) {
    let rule = finding.rule;
    let colour = colour(rule.severity);
    egui::Frame::new()
        .fill(colour.gamma_multiply(0.07))
        .stroke(Stroke::new(1.0, colour.gamma_multiply(0.6)))
        .corner_radius(4.0)
        .inner_margin(egui::Margin::symmetric(10, 8))
        .show(ui, |ui| {
            ui.set_width(ui.available_width().min(900.0));
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(rule.severity.label()).strong().color(colour))
                    .on_hover_text(rule.severity.meaning());
                ui.label(RichText::new(rule.title).strong());
            });
            for line in finding.details.iter().take(DETAILS_SHOWN) {
                ui.add(egui::Label::new(format!("• {line}")).wrap());
            }
            if finding.details.len() > DETAILS_SHOWN {
                ui.label(
                    RichText::new(format!(
                        "… and {} more",
                        finding.details.len() - DETAILS_SHOWN
                    ))
                    .color(theme::MUTED),
                );
            }
            ui.add(egui::Label::new(format!("What to do: {}", rule.advice)).wrap());
            ui.label(
                RichText::new(format!(
                    "ISO/IEC 27002:2022: {}",
                    crate::model::steps::controls_text(rule.controls, crate::i18n::ui())
                ))
                .small()
                .color(theme::MUTED),
            );
        });
}

/// The panel listing every finding; a click goes to the finding's step.
pub fn panel_ui(ui: &mut Ui, advice: &Advice, page: &mut Page) {
    ui.add_space(6.0);
    ui.heading("Findings");
    ui.add(
        egui::Label::new(
            RichText::new(
                "The plan's choices, checked against good practice as you edit. Click a \
                 finding to go to its step.",
            )
            .color(theme::MUTED),
        )
        .wrap(),
    );
    ui.separator();
    egui::ScrollArea::vertical()
        .auto_shrink(false)
        .show(ui, |ui| {
            if advice.findings.is_empty() {
                if advice.started {
                    ui.label(RichText::new("✔ Nothing to point out.").color(theme::GOOD));
                } else {
                    // An empty plan is not a good one: say why there is nothing yet.
                    ui.label(
                        RichText::new(
                            "Nothing to check yet: the adviser starts once step 1 lists a system.",
                        )
                        .color(theme::MUTED),
                    );
                }
            }
            for severity in Severity::ALL {
                let count = adviser::count(&advice.findings, severity);
                if count == 0 {
                    continue;
                }
                ui.add_space(4.0);
                ui.label(
                    RichText::new(format!("{} ({count})", severity.label()))
                        .strong()
                        .color(colour(severity)),
                )
                .on_hover_text(severity.meaning());
                for finding in advice
                    .findings
                    .iter()
                    .filter(|f| f.rule.severity == severity)
                {
                    let step = finding.rule.step;
                    let text = format!("Step {}: {}", step.number(), finding.rule.title);
                    let selected = *page == Page::Step(step);
                    if ui
                        .add(egui::Button::selectable(selected, text).wrap())
                        .on_hover_text(step.def().title(crate::i18n::ui()))
                        .clicked()
                    {
                        *page = Page::Step(step);
                    }
                }
            }
            ui.add_space(10.0);
            ui.add(
                egui::Label::new(
                    RichText::new(adviser::LEGAL_NOTE)
                        .small()
                        .color(theme::MUTED),
                )
                .wrap(),
            );
        });
}

/// The storage estimate of step 5, read from `estimate`; the assumptions edit `plan`.
pub fn estimate_ui(ui: &mut Ui, estimate: &Estimate, plan: &mut Plan, today: chrono::NaiveDate) {
    crate::ui::widgets::Form::show(ui, "estimate", today, |form| {
        form.count_or(
            "Full backup every",
            "days",
            &mut plan.estimate.full_every_days,
            "30",
            crate::model::limits::DAYS,
        )
        .on_hover_text(format!(
            "Where step 5 has no Full schedule for a system; {} when empty",
            estimate::DEFAULT_FULL_EVERY_DAYS
        ));
        form.explained(crate::model::terms::DEDUPLICATION)
            .percent_or(
                "Saved by compression and deduplication",
                &mut plan.estimate.saving_percent,
                "50",
            )
            .on_hover_text(format!(
                "The share of the raw size the backup program saves; {}% when empty",
                estimate::DEFAULT_SAVING_PERCENT
            ));
    });
    ui.add_space(6.0);

    if estimate.systems.is_empty() {
        ui.label(
            RichText::new(
                "Nothing to estimate yet: a system needs a size (step 1), a retention for its \
                 kind of data (step 3) and a schedule here.",
            )
            .color(theme::MUTED),
        );
    } else {
        estimate_table_ui(ui, estimate);
        ui.add_space(4.0);
        ui.label(RichText::new(estimate.summary()).strong());
        if estimate.grows {
            ui.label(
                RichText::new(
                    "Some data is kept indefinitely: this is the need after one year, and it \
                     grows each year after.",
                )
                .color(theme::WARNING),
            );
        }
    }
    if let Some(text) = estimate.unknown_type_text() {
        ui.add(egui::Label::new(RichText::new(text).color(theme::WARNING)).wrap());
    }
    if !estimate.unestimated.is_empty() {
        ui.label(RichText::new(estimate.unestimated_text()).color(theme::MUTED));
    }
    egui::CollapsingHeader::new("How this is worked out")
        .id_salt("estimate-method")
        .show(ui, |ui| {
            ui.add(egui::Label::new(estimate::METHOD).wrap());
        });
}

fn estimate_table_ui(ui: &mut Ui, estimate: &Estimate) {
    use egui_extras::{Column, TableBuilder};
    let row_height = ui.spacing().interact_size.y;
    ui.push_id("estimate-table", |ui| {
        TableBuilder::new(ui)
            .striped(true)
            .vscroll(true)
            .max_scroll_height(theme::TABLE_MAX_HEIGHT)
            .column(Column::initial(220.0).clip(true))
            .columns(Column::initial(110.0), 5)
            .header(24.0, |mut header| {
                for title in estimate::COLUMNS {
                    header.col(|ui| {
                        ui.strong(title);
                    });
                }
            })
            .body(|body| {
                body.rows(row_height, estimate.systems.len(), |mut row| {
                    let s = &estimate.systems[row.index()];
                    row.col(|ui| {
                        ui.label(&s.name);
                    });
                    row.col(|ui| {
                        ui.label(estimate::size(s.size_gb));
                    });
                    row.col(|ui| {
                        ui.label(estimate::every(s.run_hours))
                            .on_hover_text(format!(
                                "A full copy {}; {}",
                                estimate::every(s.full_hours),
                                if s.partials_per_chain == 0 {
                                    "no copies of changes between"
                                } else if s.differential {
                                    "differential copies between"
                                } else {
                                    "incremental copies between"
                                }
                            ));
                    });
                    row.col(|ui| {
                        ui.label(s.kept_for());
                    });
                    row.col(|ui| {
                        ui.label(s.copies()).on_hover_text(format!(
                            "{} chains, each a full copy and {} copies of changes",
                            s.chains, s.partials_per_chain
                        ));
                    });
                    row.col(|ui| {
                        ui.label(estimate::size(s.stored_gb));
                    });
                });
            });
    });
}
