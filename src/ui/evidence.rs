//! What the imported backup logs show, where the steps use it: step 14's figures beside
//! the person's own, and step 9's offer to record a restore the logs show as a test.

use std::borrow::Cow;

use egui::{RichText, Ui};

use crate::advice::health;
use crate::model::plan::{Plan, RestoreTest};
use crate::ui::theme;

/// Step 14: per system, what its runs show (worked out once per change, in `advice`) in a
/// sentence and three charts, each with its summary in words beside it; and a button that
/// writes the figures into the evaluation's fields.
pub fn figures_ui(ui: &mut Ui, plan: &mut Plan, systems: &[health::SystemHealth]) {
    if systems.is_empty() {
        return;
    }
    ui.add_space(12.0);
    ui.label(RichText::new(t!("evidence-heading")).strong().size(16.0));
    for system in systems {
        ui.add_space(6.0);
        ui.separator();
        ui.label(
            RichText::new(system.name().text(crate::i18n::ui()))
                .strong()
                .size(15.0),
        );
        ui.add(egui::Label::new(system.figures().text(crate::i18n::ui())).wrap());
        charts_ui(ui, system);
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
    ui.add_space(6.0);
    if ui
        .button(t!("evidence-use-figures"))
        .on_hover_text(t!("evidence-use-figures.tooltip"))
        .clicked()
    {
        // Written into the plan, which the procedure prints: in its document language.
        let language = plan.identity.document_language;
        let e = &mut plan.evaluation;
        e.success_rate_percent = Some(rate);
        e.backup_durations = systems
            .iter()
            .map(|s| {
                crate::i18n::Phrase::new("runs-figures-of")
                    .with("system", s.name())
                    .with("figures", s.figures())
                    .text(language)
            })
            .collect::<Vec<_>>()
            .join("\n");
        if storage > 0.0 {
            e.storage_used_gb = Some((storage * 10.0).round() / 10.0);
        }
    }
    ui.label(
        RichText::new(t!(
            "evidence-succeeded",
            good = good,
            count = backups,
            rate = crate::i18n::ui().formats().number(rate, 1)
        ))
        .color(theme::MUTED),
    );
}

/// One chart of a system: what it shows, in words as well as drawn.
struct Chart {
    title: Cow<'static, str>,
    summary: Cow<'static, str>,
    kind: ChartKind,
}

impl Chart {
    /// What a screen reader says for the chart of `system`: its title and its summary.
    fn accessible_name(&self, system: &str) -> String {
        t!(
            "evidence-chart-label",
            title = self.title.as_ref(),
            system = system,
            summary = self.summary.as_ref()
        )
        .into_owned()
    }
}

#[derive(Clone, Copy, Debug, Hash)]
enum ChartKind {
    /// Backups per period, those that worked and those that failed stacked.
    Outcomes,
    /// The longest backup of each period, in hours.
    Durations,
    /// The size of the backup at the end of each period, in gigabytes.
    Sizes,
}

/// The three charts of a system's runs: side by side where the page is wide enough for
/// each to keep [`theme::CHART_MIN_WIDTH`], else one below the other.
fn charts_ui(ui: &mut Ui, system: &health::SystemHealth) {
    if system.trend.periods.is_empty() {
        return;
    }
    let charts = charts_of(system);
    let width = ui.available_width();
    let gap = ui.spacing().item_spacing.x * 2.0;
    #[expect(clippy::cast_precision_loss, reason = "three charts")]
    let count = charts.len() as f32;
    if width >= theme::CHART_MIN_WIDTH * count + gap * (count - 1.0) {
        ui.columns(charts.len(), |columns| {
            for (ui, chart) in columns.iter_mut().zip(&charts) {
                // Columns justify their text; a chart's summary reads better ragged.
                ui.with_layout(egui::Layout::top_down(egui::Align::Min), |ui| {
                    chart_ui(ui, system, chart);
                });
            }
        });
    } else {
        for chart in &charts {
            chart_ui(ui, system, chart);
        }
    }
}

fn charts_of(system: &health::SystemHealth) -> [Chart; 3] {
    let formats = crate::i18n::ui().formats();
    let outcomes = match (system.success_percent(), system.failures.last()) {
        (Some(percent), Some(last)) => t!(
            "evidence-outcomes",
            percent = formats.number(percent.round(), 0),
            count = system.backups.len(),
            failed = system.failures.len(),
            date = formats.date(last.started.date())
        ),
        (Some(percent), None) => t!(
            "evidence-outcomes-none-failed",
            percent = formats.number(percent.round(), 0),
            count = system.backups.len()
        ),
        (None, _) => t!("evidence-no-backups"),
    };
    let outcomes = match system.missed.len() {
        0 => outcomes,
        n => t!("evidence-outcomes-gaps", outcomes = outcomes, count = n),
    };
    let durations = match system.durations() {
        Some((usual, longest)) => t!(
            "evidence-durations",
            usual = usual.text(crate::i18n::ui()),
            longest = longest.text(crate::i18n::ui())
        ),
        None => t!("evidence-no-durations"),
    };
    let sizes = match system.size_range_gb() {
        Some((first, last)) => t!(
            "evidence-sizes",
            first = formats.number(first, 1),
            last = formats.number(last, 1)
        ),
        None => t!("evidence-no-sizes"),
    };
    [
        Chart {
            title: match system.trend.days_per_period {
                1 => t!("evidence-chart-per-day"),
                7 => t!("evidence-chart-per-week"),
                _ => t!("evidence-chart-per-month"),
            },
            summary: outcomes,
            kind: ChartKind::Outcomes,
        },
        Chart {
            title: t!("evidence-chart-longest"),
            summary: durations,
            kind: ChartKind::Durations,
        },
        Chart {
            title: t!("evidence-chart-size"),
            summary: sizes,
            kind: ChartKind::Sizes,
        },
    ]
}

/// One chart under its title and summary. The chart is still (no zoom or drag: the page
/// scrolls over it) and is drawn only when on screen.
fn chart_ui(ui: &mut Ui, system: &health::SystemHealth, chart: &Chart) {
    use egui_plot::{Bar, BarChart, Line, Plot, PlotPoints};
    ui.label(RichText::new(chart.title.as_ref()).strong());
    ui.add(egui::Label::new(RichText::new(chart.summary.as_ref()).color(theme::MUTED)).wrap());
    let size = egui::vec2(ui.available_width(), theme::CHART_HEIGHT);
    // The chart's place carries its name and summary for a screen reader, on screen or not.
    let (rect, place) = ui.allocate_exact_size(size, egui::Sense::hover());
    let label = chart.accessible_name(&system.name().text(crate::i18n::ui()));
    place.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, &label));
    let _ = place.accessible_name(label);
    if !ui.is_rect_visible(rect) {
        return;
    }
    let trend = &system.trend;
    let Some(first) = trend.periods.first().map(|p| p.start) else {
        return;
    };
    let days = f64::from(trend.days_per_period);
    let x_of = |start: chrono::NaiveDate| {
        #[expect(clippy::cast_precision_loss, reason = "days of a chart are exact")]
        let x = (start - first).num_days() as f64;
        x
    };
    let formats = crate::i18n::ui().formats();
    let plot = Plot::new(("run chart", system.system.0, chart.kind))
        .allow_zoom(false)
        .allow_scroll(false)
        .allow_drag(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .show_x(false)
        .include_y(0.0)
        .grid_spacing(egui::Rangef::new(GRID_SPACING_MIN, 300.0))
        .x_grid_spacer(date_marks)
        .y_grid_spacer(value_marks)
        .y_axis_formatter(|mark, _range| value_label(mark))
        .x_axis_formatter(move |mark, _range| {
            #[expect(clippy::cast_possible_truncation, reason = "whole days of a chart")]
            let day = mark.value.round() as i64;
            first
                .checked_add_signed(chrono::TimeDelta::days(day))
                .map(|date| formats.date(date))
                .unwrap_or_default()
        })
        .y_axis_min_width(28.0);
    ui.scope_builder(egui::UiBuilder::new().max_rect(rect), |ui| {
        plot.show(ui, |plot_ui| match chart.kind {
            ChartKind::Outcomes => {
                let width = days * 0.8;
                let at = |p: &health::Period| x_of(p.start) + days / 2.0;
                let good = BarChart::new(
                    t!("evidence-worked"),
                    trend
                        .periods
                        .iter()
                        .map(|p| {
                            Bar::new(at(p), f64::from(p.good))
                                .width(width)
                                .fill(theme::GOOD.gamma_multiply(0.55))
                        })
                        .collect(),
                )
                .color(theme::GOOD);
                let failed = BarChart::new(
                    t!("evidence-failed"),
                    trend
                        .periods
                        .iter()
                        .map(|p| {
                            Bar::new(at(p), f64::from(p.failed))
                                .width(width)
                                .fill(theme::ERROR.gamma_multiply(0.85))
                        })
                        .collect(),
                )
                .color(theme::ERROR)
                .stack_on(&[&good]);
                plot_ui.bar_chart(good);
                plot_ui.bar_chart(failed);
            }
            ChartKind::Durations | ChartKind::Sizes => {
                let points: PlotPoints = trend
                    .periods
                    .iter()
                    .filter_map(|p| {
                        let y = match chart.kind {
                            ChartKind::Durations => p.longest_hours,
                            _ => p.size_gb,
                        }?;
                        Some([x_of(p.start) + days / 2.0, y])
                    })
                    .collect();
                plot_ui.line(Line::new(chart.title.as_ref(), points).color(theme::ACCENT));
            }
        })
    });
}

/// The least room `egui_plot`'s grid spacers are told of, in points: what turns their
/// `base_step_size` into values per point.
const GRID_SPACING_MIN: f32 = 8.0;

/// Dates along a chart's days, on whole days, at least a date's width apart and none so
/// near an edge that its label would be cut off there; on a chart too narrow for two, one
/// near its middle.
#[expect(
    clippy::needless_pass_by_value,
    reason = "egui_plot hands a spacer its input by value"
)]
fn date_marks(input: egui_plot::GridInput) -> Vec<egui_plot::GridMark> {
    const STEPS: [f64; 10] = [1.0, 2.0, 7.0, 14.0, 30.0, 61.0, 91.0, 182.0, 365.0, 730.0];
    let (min, max) = input.bounds;
    let days_per_point = input.base_step_size / f64::from(GRID_SPACING_MIN);
    let least = days_per_point * 100.0;
    let edge = days_per_point * 45.0;
    let inside = (min + edge, max - edge);
    let step = STEPS
        .into_iter()
        .find(|step| *step >= least)
        .unwrap_or_else(|| (least / 365.0).ceil() * 365.0);
    let found = marks(inside, step, 1.0);
    if !found.is_empty() {
        return found;
    }
    STEPS
        .into_iter()
        .rev()
        .filter(|step| *step < least)
        .find_map(|step| marks(inside, step, 1.0).into_iter().next())
        .into_iter()
        .collect()
}

/// Values up a chart at a round step (1, 2 or 5 times a power of ten), at least a line of
/// text apart and at most four of them.
#[expect(
    clippy::needless_pass_by_value,
    reason = "egui_plot hands a spacer its input by value"
)]
fn value_marks(input: egui_plot::GridInput) -> Vec<egui_plot::GridMark> {
    let (min, max) = input.bounds;
    let per_point = input.base_step_size / f64::from(GRID_SPACING_MIN);
    let least = (per_point * 30.0).max((max - min) / 4.0);
    if !(least.is_finite() && least > 0.0) {
        return Vec::new();
    }
    let exponent = least.log10().floor();
    // Steps below 1 are counted in tenths, hundredths...: 3 tenths is 0.3, where 3 times
    // 0.1 would be 0.30000000000000004.
    let (unit, per) = if exponent < 0.0 {
        (1.0, 10_f64.powf(-exponent))
    } else {
        (10_f64.powf(exponent), 1.0)
    };
    let step = [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|m| m * unit)
        .find(|step| step / per >= least)
        .unwrap_or(10.0 * unit);
    marks((min, max), step, per)
}

/// A value up a chart with as many decimals as its step needs: "0.5", "200", "0".
fn value_label(mark: egui_plot::GridMark) -> String {
    #[expect(clippy::cast_possible_truncation, reason = "a few decimals")]
    let decimals = (-mark.step_size.log10()).ceil().clamp(0.0, 6.0) as i32;
    let decimals = usize::try_from(decimals).unwrap_or_default();
    crate::i18n::ui().formats().number(mark.value, decimals)
}

/// Marks at each multiple of `step / per` from `min` to `max`.
fn marks((min, max): (f64, f64), step: f64, per: f64) -> Vec<egui_plot::GridMark> {
    let mut marks = Vec::new();
    if !(step.is_finite() && step > 0.0 && per.is_finite() && per > 0.0) {
        return marks;
    }
    let mut k = (min * per / step).ceil();
    while k * step / per <= max && marks.len() < 12 {
        marks.push(egui_plot::GridMark {
            // Adding zero turns -0 into 0, which would otherwise be labelled "-0".
            value: k * step / per + 0.0,
            step_size: step / per,
        });
        k += 1.0;
    }
    marks
}

/// Step 9: the restores the logs show that are not recorded yet (worked out once per
/// change, in `advice`), each with a button that records it as a restore test.
pub fn offered_tests_ui(ui: &mut Ui, plan: &mut Plan, offered: &[RestoreTest]) {
    if offered.is_empty() {
        return;
    }
    ui.add_space(12.0);
    ui.label(RichText::new(t!("evidence-restores-found")).strong());
    let mut record = None;
    for (index, test) in offered.iter().enumerate() {
        ui.horizontal_wrapped(|ui| {
            let system = test
                .system
                .and_then(|id| plan.system_label(id, crate::i18n::ui()))
                .unwrap_or_default();
            let formats = crate::i18n::ui().formats();
            let when = test.date.map(|d| formats.date(d)).unwrap_or_default();
            let result = test.result.map_or("".into(), |r| {
                use crate::model::options::OptionList as _;
                r.label(crate::i18n::ui())
            });
            let line = if let Some(hours) = test.duration_hours {
                t!(
                    "evidence-restore-took",
                    system = &system,
                    date = &when,
                    hours = hours,
                    duration = formats.number(hours, 2),
                    result = result
                )
            } else {
                t!(
                    "evidence-restore",
                    system = &system,
                    date = &when,
                    result = result
                )
            };
            ui.label(line);
            if ui
                .button(t!("evidence-record-restore"))
                .accessible_name(t!(
                    "evidence-record-restore-of",
                    system = &system,
                    date = &when
                ))
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

#[cfg(test)]
mod tests {
    use super::*;

    /// A chart's axis from `min` to `max` over `points` of the screen.
    fn input(min: f64, max: f64, points: f64) -> egui_plot::GridInput {
        egui_plot::GridInput {
            bounds: (min, max),
            base_step_size: (max - min) / points * f64::from(GRID_SPACING_MIN),
        }
    }

    fn values(marks: &[egui_plot::GridMark]) -> Vec<f64> {
        marks.iter().map(|m| m.value).collect()
    }

    #[test]
    fn a_count_axis_is_marked_at_round_numbers_a_line_apart() {
        let marks = values(&value_marks(input(-0.3, 7.7, 110.0)));
        assert_eq!(marks, [0.0, 5.0]);
        assert!(marks[0].is_sign_positive(), "0, not -0");
        assert_eq!(
            values(&value_marks(input(0.0, 453.6, 110.0))),
            [0.0, 200.0, 400.0]
        );
        assert_eq!(
            values(&value_marks(input(0.0, 0.33, 110.0))),
            [0.0, 0.1, 0.2, 0.3].map(|v: f64| (v * 10.0).round() / 10.0)
        );
        // A flat line (every value the same) and a broken range give no endless loop.
        assert!(value_marks(input(5.0, 5.0, 110.0)).len() <= 12);
        assert!(value_marks(input(f64::NAN, 1.0, 110.0)).is_empty());
    }

    #[test]
    fn values_are_labelled_with_the_decimals_their_step_needs() {
        let label = |value, step_size| value_label(egui_plot::GridMark { value, step_size });
        assert_eq!(label(0.5, 0.5), "0.5");
        assert_eq!(label(0.0, 0.1), "0");
        assert_eq!(label(0.300_000_000_000_000_04, 0.1), "0.3");
        assert_eq!(label(400.0, 200.0), "400");
        assert_eq!(label(0.05, 0.05), "0.05");
    }

    #[test]
    fn dates_are_marked_a_labels_width_apart_and_away_from_the_edges() {
        for points in [150.0, 600.0, 1800.0] {
            let marks = values(&date_marks(input(-5.0, 125.0, points)));
            let days_per_point = 130.0 / points;
            assert!(!marks.is_empty(), "{points}: {marks:?}");
            for pair in marks.windows(2) {
                assert!((pair[1] - pair[0]) / days_per_point >= 100.0, "{marks:?}");
            }
            let edge = 45.0 * days_per_point;
            assert!(
                marks
                    .iter()
                    .all(|d| *d >= -5.0 + edge && *d <= 125.0 - edge),
                "{points}: {marks:?}"
            );
        }
        assert!(values(&date_marks(input(-5.0, 125.0, 1800.0))).len() >= 4);
    }
}
