//! What the imported backup logs show, where the steps use it: step 14's figures beside
//! the person's own, and step 9's offer to record a restore the logs show as a test.

use egui::{RichText, Ui};

use crate::advice::health;
use crate::model::format;
use crate::model::plan::{Plan, RestoreTest};
use crate::ui::theme;

/// Step 14: per system, what its runs show (worked out once per change, in `advice`),
/// and a button that writes the figures into the evaluation's fields.
pub fn figures_ui(ui: &mut Ui, plan: &mut Plan, systems: &[health::SystemHealth]) {
    if systems.is_empty() {
        return;
    }
    ui.add_space(12.0);
    ui.label(
        RichText::new("What the backup logs show")
            .strong()
            .size(16.0),
    );
    for system in systems {
        ui.add(egui::Label::new(format!("{}: {}", system.name, system.figures())).wrap());
    }
    let backups: usize = systems.iter().map(|s| s.backups.len()).sum();
    let good: usize = systems
        .iter()
        .map(|s| s.backups.iter().filter(|r| r.outcome.is_good()).count())
        .sum();
    if backups == 0 {
        return;
    }
    #[expect(clippy::cast_precision_loss, reason = "counts of runs are exact")]
    let rate = (good as f64 / backups as f64 * 1000.0).round() / 10.0;
    let storage: f64 = systems
        .iter()
        .filter_map(health::SystemHealth::latest_gigabytes)
        .sum();
    if ui
        .button("Use these figures in the evaluation")
        .on_hover_text(
            "Fills in the success rate, the durations and the storage used from the logs",
        )
        .clicked()
    {
        let e = &mut plan.evaluation;
        e.success_rate_percent = Some(rate);
        e.backup_durations = systems
            .iter()
            .map(|s| format!("{}: {}", s.name, s.figures()))
            .collect::<Vec<_>>()
            .join("\n");
        if storage > 0.0 {
            e.storage_used_gb = Some((storage * 10.0).round() / 10.0);
        }
    }
    ui.label(
        RichText::new(format!(
            "{} of {backups} backups succeeded ({}%).",
            good,
            format::number(rate)
        ))
        .color(theme::MUTED),
    );
}

/// Step 9: the restores the logs show that are not recorded yet (worked out once per
/// change, in `advice`), each with a button that records it as a restore test.
pub fn offered_tests_ui(ui: &mut Ui, plan: &mut Plan, offered: &[RestoreTest]) {
    if offered.is_empty() {
        return;
    }
    ui.add_space(12.0);
    ui.label(RichText::new("Restores found in the backup logs").strong());
    let mut record = None;
    for (index, test) in offered.iter().enumerate() {
        ui.horizontal_wrapped(|ui| {
            let system = test
                .system
                .and_then(|id| plan.system_label(id))
                .unwrap_or_default();
            let when = test.date.map(format::date).unwrap_or_default();
            let took = test
                .duration_hours
                .map(|h| format!(", {}", format::hours(h)))
                .unwrap_or_default();
            let result = test.result.map_or("", |r| {
                use crate::model::options::OptionList as _;
                r.label()
            });
            ui.label(format!("{system}, {when}{took}: {result}"));
            if ui
                .button("Record as a restore test")
                .accessible_name(format!("Record the restore of {system} on {when}"))
                .clicked()
            {
                record = Some(index);
            }
        });
    }
    if let Some(index) = record
        && let Some(test) = offered.get(index)
    {
        plan.restore_tests.push(test.clone());
    }
}
