//! How fast backup logs are read and held against the plan, and what the runs cost the
//! plan file.
//!
//! `cargo bench --bench logs` prints the median time of: reading 100,000 lines of restic
//! JSON (10,000 nightly runs, each nine status lines and its summary) and of Synology
//! Hyper Backup's log (50,000 runs), each with the import into the example plan and what
//! the runs show (`import::apply`, which works out the health of every system); and
//! saving and opening a plan holding a year of hourly runs of five systems (43,800 runs);
//! and a whole UI frame of step 14 with that plan's charts (egui's context run headless, no
//! GPU, 1200x800), scrolled to its top and to the charts.

mod common;

use std::fmt::Write as _;

use common::{ms, time};

use backup_planner::advice::health;
use backup_planner::files::storage;
use backup_planner::logs::{self, import};
use backup_planner::model::evidence::{Job, Run};
use backup_planner::model::sample;

fn restic_lines(runs: usize) -> String {
    let mut text = String::new();
    let start = chrono::NaiveDate::from_ymd_opt(2020, 1, 1)
        .unwrap_or_default()
        .and_hms_opt(22, 0, 0)
        .unwrap_or_default();
    for night in 0..runs {
        let day = start + chrono::TimeDelta::days(i64::try_from(night).unwrap_or(0));
        for step in 0..9 {
            let _ = writeln!(
                text,
                "{{\"message_type\":\"status\",\"percent_done\":0.{step},\"total_files\":4210,\"files_done\":{},\"total_bytes\":40000000000,\"bytes_done\":{}}}",
                step * 400,
                step * 4_000_000_000_u64
            );
        }
        let _ = writeln!(
            text,
            "{{\"message_type\":\"summary\",\"files_new\":3,\"files_changed\":12,\"files_unmodified\":4195,\"data_added\":{},\"total_files_processed\":4210,\"total_bytes_processed\":40000000000,\"total_duration\":3605.2,\"backup_start\":\"{}+01:00\",\"backup_end\":\"{}+01:00\",\"snapshot_id\":\"{night:08x}\"}}",
            100_000_000 + night,
            day.format("%Y-%m-%dT%H:%M:%S"),
            (day + chrono::TimeDelta::seconds(3605)).format("%Y-%m-%dT%H:%M:%S"),
        );
    }
    text
}

fn synology_lines(runs: usize) -> String {
    let mut text = String::new();
    let start = chrono::NaiveDate::from_ymd_opt(2020, 1, 1)
        .unwrap_or_default()
        .and_hms_opt(1, 0, 0)
        .unwrap_or_default();
    for run in 0..runs {
        let at = start + chrono::TimeDelta::hours(i64::try_from(run).unwrap_or(0));
        let end = at + chrono::TimeDelta::minutes(16);
        let _ = writeln!(
            text,
            "info\t{}\tSYSTEM:\t[Local][Client files to USB] Backup task started.",
            at.format("%Y/%m/%d %H:%M:%S")
        );
        let _ = writeln!(
            text,
            "info\t{}\tSYSTEM:\t[Local][Client files to USB] Backup task finished successfully.",
            end.format("%Y/%m/%d %H:%M:%S")
        );
    }
    text
}

fn main() {
    let now = chrono::NaiveDate::from_ymd_opt(2026, 3, 16)
        .unwrap_or_default()
        .and_hms_opt(9, 0, 0)
        .unwrap_or_default();
    println!("100,000 lines     read      read, import and health");
    for (name, text) in [
        ("restic JSON", restic_lines(10_000)),
        ("Hyper Backup", synology_lines(50_000)),
    ] {
        let lines = text.lines().count();
        let read = time(5, || {
            std::hint::black_box(logs::read("bench.log", &text, Some(now)).ok());
        });
        let whole = time(5, || {
            let mut plan = sample::example();
            let Ok(file) = logs::read("bench.log", &text, Some(now)) else {
                return;
            };
            let files = [file];
            let mut matches = import::suggest(&plan, &files);
            for m in &mut matches {
                m.system = plan.systems.get(1).map(|s| s.id);
            }
            std::hint::black_box(import::apply(&mut plan, &files, &matches, now));
        });
        println!(
            "{name:<14} {lines:>7} lines  {:>9}  {:>9}",
            ms(read, 1),
            ms(whole, 1)
        );
    }

    // A year of hourly runs of each of the example's five systems.
    let mut plan = sample::example();
    let start = now - chrono::TimeDelta::days(365);
    for system in plan.systems.clone() {
        plan.evidence.jobs.push(Job {
            name: format!("restic /srv/{} on nas", system.name),
            system: Some(system.id),
            runs: (0..365 * 24)
                .map(|hour| Run {
                    started: start + chrono::TimeDelta::hours(hour),
                    seconds: Some(300),
                    total_bytes: Some(40_000_000_000),
                    added_bytes: Some(12_345_678),
                    ..Run::default()
                })
                .collect(),
            ..Job::default()
        });
    }
    let dir = std::env::temp_dir().join(format!("backup-planner-logs-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    let path = dir.join("year.ron");
    let to_text = time(11, || {
        std::hint::black_box(storage::plan_to_string(&plan).ok());
    });
    // As the app saves: over the file it read (its state known, so the old file is not
    // read again to check it is whole before it becomes the .bak).
    let mut state = storage::save_plan(&plan, &path).ok().map(|s| s.state);
    let save = time(11, || {
        state = storage::save_plan_checked(&plan, &path, state)
            .ok()
            .map(|s| s.state);
    });
    let open = time(11, || {
        std::hint::black_box(storage::load_plan(&path).ok());
    });
    let health = time(11, || {
        std::hint::black_box(health::health(&plan, now));
    });
    let step_14 = step_14_frames(&dir, &path, now.date());
    let size = std::fs::metadata(&path).map_or(0, |m| m.len());
    println!(
        "a year of hourly runs, 5 systems (43,800 runs, {} KB): to text {}, save {}, open {}, health {}",
        size / 1024,
        ms(to_text, 1),
        ms(save, 1),
        ms(open, 1),
        ms(health, 1)
    );
    println!(
        "a frame of step 14 on that plan: at its top {}, scrolled to the charts {}",
        ms(step_14.0, 3),
        ms(step_14.1, 3)
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// Answers no file dialog: the benchmark opens its plan itself.
struct NoDialogs;

impl backup_planner::ui::FileDialogs for NoDialogs {
    fn open_plan(&mut self) -> Option<std::path::PathBuf> {
        None
    }

    fn save_file(
        &mut self,
        _request: &backup_planner::ui::SaveRequest<'_>,
    ) -> Option<std::path::PathBuf> {
        None
    }

    fn open_logs(&mut self) -> Vec<std::path::PathBuf> {
        Vec::new()
    }
}

/// Frames of step 14 with the plan at `path` open: at the page's top, and scrolled down
/// to the charts of its five systems.
fn step_14_frames(
    dir: &std::path::Path,
    path: &std::path::Path,
    today: chrono::NaiveDate,
) -> (std::time::Duration, std::time::Duration) {
    use backup_planner::model::steps::StepId;
    use backup_planner::ui::{App, Page};
    let ctx = egui::Context::default();
    let mut app = common::headless_app(&ctx, dir, today, Box::new(NoDialogs), path.to_owned());
    if let Some(open) = app.open_plan_mut() {
        open.page = Page::Step(StepId::Evaluation);
    }
    let frame = |app: &mut App, input: egui::RawInput| {
        let _ = ctx.run_ui(input, |ui| app.show(ui));
    };
    // The advice (and with it the health of the runs) is worked out once, on the first
    // frame after the plan opens; what is timed is the frames after it.
    frame(&mut app, common::window_input());
    let top = time(101, || frame(&mut app, common::window_input()));
    let scrolled = time(101, || {
        let mut input = common::window_input();
        input
            .events
            .push(egui::Event::PointerMoved(egui::pos2(700.0, 400.0)));
        input.events.push(egui::Event::MouseWheel {
            unit: egui::MouseWheelUnit::Point,
            delta: egui::vec2(0.0, -400.0),
            modifiers: egui::Modifiers::NONE,
            phase: egui::TouchPhase::Move,
            source: egui::MouseWheelSource::Unknown,
        });
        frame(&mut app, input);
    });
    (top, scrolled)
}
