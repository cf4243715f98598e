//! Timing helpers the benchmarks share.

#![allow(dead_code, reason = "each benchmark uses a part")]

use std::time::{Duration, Instant};

/// The middle of the measured times.
pub fn median(mut runs: Vec<Duration>) -> Duration {
    runs.sort_unstable();
    runs[runs.len() / 2]
}

/// Runs `f` once to warm up, then `runs` times, and gives the median time.
pub fn time(runs: usize, mut f: impl FnMut()) -> Duration {
    f();
    let mut times = Vec::with_capacity(runs);
    for _ in 0..runs {
        let start = Instant::now();
        f();
        times.push(start.elapsed());
    }
    median(times)
}

/// Milliseconds with `decimals` places: "0.903 ms".
pub fn ms(d: Duration, decimals: usize) -> String {
    format!("{:.decimals$} ms", d.as_secs_f64() * 1000.0)
}

/// The page count as poppler's pdfinfo reads it, or "?" where it is not installed.
pub fn pages(pdf: &std::path::Path) -> String {
    std::process::Command::new("pdfinfo")
        .arg(pdf)
        .output()
        .ok()
        .and_then(|o| String::from_utf8(o.stdout).ok())
        .and_then(|text| {
            text.lines()
                .find_map(|l| l.strip_prefix("Pages:").map(|n| n.trim().to_owned()))
        })
        .unwrap_or_else(|| "?".to_owned())
}

/// The app as a window would run it, headless: no settings, no recovery copy, a fixed
/// day, documents to `dir`, and `plan` open.
pub fn headless_app(
    ctx: &egui::Context,
    dir: &std::path::Path,
    today: chrono::NaiveDate,
    dialogs: Box<dyn backup_planner::ui::FileDialogs>,
    plan: std::path::PathBuf,
) -> backup_planner::ui::App {
    headless_app_in(
        ctx,
        dir,
        today,
        dialogs,
        plan,
        backup_planner::i18n::Language::ENGLISH,
    )
}

/// [`headless_app`] with the window speaking `language`.
pub fn headless_app_in(
    ctx: &egui::Context,
    dir: &std::path::Path,
    today: chrono::NaiveDate,
    dialogs: Box<dyn backup_planner::ui::FileDialogs>,
    plan: std::path::PathBuf,
    language: backup_planner::i18n::Language,
) -> backup_planner::ui::App {
    let config = backup_planner::ui::AppConfig {
        config_dir: None,
        print_dir: dir.to_owned(),
        clock: backup_planner::platform::clock::Clock::fixed(today),
        dialogs,
        desktop: Box::new(backup_planner::platform::desktop::SystemDesktop),
        recovery_dir: None,
        frame_log: None,
        watch_every: std::time::Duration::from_secs(2),
        system_language: language,
    };
    backup_planner::ui::App::new(ctx, config, Some(plan))
}

/// One frame's input: a 1200x800 window and nothing happening.
pub fn window_input() -> egui::RawInput {
    egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1200.0, 800.0),
        )),
        ..Default::default()
    }
}
