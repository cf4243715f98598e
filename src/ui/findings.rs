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
                let language = crate::i18n::ui();
                ui.label(
                    RichText::new(rule.severity.label(language))
                        .strong()
                        .color(colour),
                )
                .on_hover_text(rule.severity.meaning(language));
                ui.label(RichText::new(rule.title(language)).strong());
            });
            for line in finding.details.iter().take(DETAILS_SHOWN) {
                let line = line.text(crate::i18n::ui());
                ui.add(egui::Label::new(format!("• {line}")).wrap());
            }
            if finding.details.len() > DETAILS_SHOWN {
                ui.label(
                    RichText::new(t!(
                        "findings-more-details",
                        count = finding.details.len() - DETAILS_SHOWN
                    ))
                    .color(theme::MUTED),
                );
            }
            ui.add(
                egui::Label::new(t!(
                    "findings-what-to-do",
                    advice = rule.advice(crate::i18n::ui())
                ))
                .wrap(),
            );
            ui.label(
                RichText::new(t!(
                    "wizard-controls",
                    controls = crate::model::steps::controls_text(rule.controls, crate::i18n::ui())
                ))
                .small()
                .color(theme::MUTED),
            );
        });
}

/// The panel listing every finding; a click goes to the finding's step.
pub fn panel_ui(ui: &mut Ui, advice: &Advice, page: &mut Page) {
    ui.add_space(6.0);
    ui.heading(t!("findings-heading"));
    ui.add(egui::Label::new(RichText::new(t!("findings-intro")).color(theme::MUTED)).wrap());
    ui.separator();
    egui::ScrollArea::vertical()
        .auto_shrink(false)
        .show(ui, |ui| {
            if advice.findings.is_empty() {
                if advice.started {
                    ui.label(RichText::new(t!("findings-none")).color(theme::GOOD));
                } else {
                    // An empty plan is not a good one: say why there is nothing yet.
                    ui.label(RichText::new(t!("findings-not-started")).color(theme::MUTED));
                }
            }
            for severity in Severity::ALL {
                let count = adviser::count(&advice.findings, severity);
                if count == 0 {
                    continue;
                }
                ui.add_space(4.0);
                ui.label(
                    RichText::new(t!(
                        "findings-severity-count",
                        severity = severity.label(crate::i18n::ui()),
                        count = count
                    ))
                    .strong()
                    .color(colour(severity)),
                )
                .on_hover_text(severity.meaning(crate::i18n::ui()));
                for finding in advice
                    .findings
                    .iter()
                    .filter(|f| f.rule.severity == severity)
                {
                    let step = finding.rule.step;
                    let text = t!(
                        "findings-step-finding",
                        number = step.number(),
                        title = finding.rule.title(crate::i18n::ui())
                    );
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
                    RichText::new(adviser::legal_note(crate::i18n::ui()))
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
            &t!("findings-full-every"),
            &t!("findings-days"),
            &mut plan.estimate.full_every_days,
            "30",
            crate::model::limits::DAYS,
        )
        .on_hover_text(t!(
            "findings-full-every.tooltip",
            days = estimate::DEFAULT_FULL_EVERY_DAYS
        ));
        form.explained(crate::model::terms::DEDUPLICATION)
            .percent_or(
                &t!("findings-saving"),
                &mut plan.estimate.saving_percent,
                "50",
            )
            .on_hover_text(t!(
                "findings-saving.tooltip",
                percent = crate::i18n::ui()
                    .formats()
                    .number(estimate::DEFAULT_SAVING_PERCENT, 1)
            ));
    });
    ui.add_space(6.0);

    if estimate.systems.is_empty() {
        ui.add(
            egui::Label::new(RichText::new(t!("findings-nothing-to-estimate")).color(theme::MUTED))
                .wrap(),
        );
    } else {
        estimate_table_ui(ui, estimate);
        ui.add_space(4.0);
        let summary = estimate.summary_in(crate::i18n::ui());
        ui.add(egui::Label::new(RichText::new(summary).strong()).wrap());
        if estimate.grows {
            let grows = RichText::new(t!("findings-grows")).color(theme::WARNING);
            ui.add(egui::Label::new(grows).wrap());
        }
    }
    if let Some(text) = estimate.unknown_type_text(crate::i18n::ui()) {
        ui.add(egui::Label::new(RichText::new(text).color(theme::WARNING)).wrap());
    }
    if !estimate.unestimated.is_empty() {
        let unestimated = estimate.unestimated_text(crate::i18n::ui());
        ui.add(egui::Label::new(RichText::new(unestimated).color(theme::MUTED)).wrap());
    }
    egui::CollapsingHeader::new(t!("findings-how-worked-out"))
        .id_salt("estimate-method")
        .show(ui, |ui| {
            ui.add(egui::Label::new(estimate::method(crate::i18n::ui())).wrap());
        });
}

/// How many systems' figures are measured for the widths of the estimate's columns: the
/// figures are short and alike, and a longer one is clipped in its cell, so the window
/// need not word and measure 2,000 systems in every frame.
const MEASURED_ROWS: usize = 64;

/// The estimate per system: a table where its columns fit the page at their natural
/// widths, else (a narrow window, a language with long words) one wrapped line a system,
/// so no figure is cut. Only the systems in view are worded in a frame.
fn estimate_table_ui(ui: &mut Ui, estimate: &Estimate) {
    use egui_extras::{Column, TableBuilder};
    let language = crate::i18n::ui();
    let titles = estimate::columns(language);
    let sample: Vec<[String; 6]> = estimate
        .systems
        .iter()
        .take(MEASURED_ROWS)
        .map(|s| s.row(language))
        .collect();
    let body = egui::TextStyle::Body;
    let pad = ui.spacing().item_spacing.x + 8.0;
    let natural: Vec<f32> = (0..6)
        .map(|column| {
            let title =
                crate::ui::widgets::text_width(ui, &titles[column], &egui::TextStyle::Button);
            sample
                .iter()
                .map(|row| crate::ui::widgets::text_width(ui, &row[column], &body))
                .fold(title, f32::max)
                + pad
        })
        .collect();
    let figures: f32 = natural[1..].iter().sum();
    let room = ui.available_width();
    let row_height = ui.spacing().interact_size.y;
    // The systems' names may wrap into what the figures leave, down to 100 points.
    if figures + 100.0 > room {
        estimate_lines_ui(ui, estimate, row_height);
        return;
    }
    let name = (room - figures).min(natural[0]).max(100.0);
    let gap = ui.spacing().item_spacing.x;
    ui.push_id("estimate-table", |ui| {
        let mut table = TableBuilder::new(ui)
            .striped(true)
            .vscroll(true)
            .max_scroll_height(theme::TABLE_MAX_HEIGHT)
            .column(Column::exact(name - gap).clip(true));
        for width in &natural[1..] {
            table = table.column(Column::exact(*width - gap).clip(true));
        }
        table
            .header(24.0, |mut header| {
                for title in &titles {
                    header.col(|ui| {
                        ui.strong(title.as_ref());
                    });
                }
            })
            .body(|body| {
                body.rows(row_height, estimate.systems.len(), |mut row| {
                    let s = &estimate.systems[row.index()];
                    for (column, text) in s.row(language).iter().enumerate() {
                        row.col(|ui| {
                            let response = ui.label(text.as_str());
                            match column {
                                2 => {
                                    response.on_hover_text(t!(
                                        "findings-schedule",
                                        every = estimate::every(language, s.full_hours),
                                        between = if s.partials_per_chain == 0 {
                                            "none"
                                        } else if s.differential {
                                            "differential"
                                        } else {
                                            "incremental"
                                        }
                                    ));
                                }
                                4 => {
                                    response.on_hover_text(t!(
                                        "findings-chains",
                                        chains = s.chains,
                                        changes = s.partials_per_chain
                                    ));
                                }
                                _ => {}
                            }
                        });
                    }
                });
            });
    });
}

/// The estimate as one wrapped line a system, where its table does not fit the page;
/// only the lines in view are worded.
fn estimate_lines_ui(ui: &mut Ui, estimate: &Estimate, row_height: f32) {
    let language = crate::i18n::ui();
    // Three lines a system: a line wraps within them at the narrowest page.
    let height = 3.0 * row_height;
    egui::ScrollArea::vertical()
        .id_salt("estimate-lines")
        .max_height(theme::TABLE_MAX_HEIGHT)
        .show_rows(ui, height, estimate.systems.len(), |ui, shown| {
            for system in &estimate.systems[shown] {
                let [name, size, every, kept, copies, storage] = system.row(language);
                let line = t!(
                    "findings-estimate-line",
                    system = name,
                    size = size,
                    every = every,
                    kept = kept,
                    copies = copies,
                    storage = storage
                );
                ui.allocate_ui(egui::vec2(ui.available_width(), height), |ui| {
                    ui.add(egui::Label::new(line).wrap());
                });
            }
        });
}
