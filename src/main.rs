//! Starts Backup Planner: `backup-planner [PLAN.ron]` or `backup-planner --version`.

use std::path::PathBuf;
use std::process::ExitCode;

use backup_planner::ui::{App, AppConfig};

fn main() -> ExitCode {
    let mut plan = None;
    for arg in std::env::args_os().skip(1) {
        match arg.to_str() {
            Some("--version" | "-V") => {
                println!("backup-planner {}", env!("CARGO_PKG_VERSION"));
                return ExitCode::SUCCESS;
            }
            Some("--help" | "-h") => {
                println!("Usage: backup-planner [PLAN.ron]\n       backup-planner --version");
                return ExitCode::SUCCESS;
            }
            Some(flag) if flag.starts_with('-') => {
                eprintln!("backup-planner: unknown option {flag}; try --help");
                return ExitCode::from(2);
            }
            _ if plan.is_none() => plan = Some(PathBuf::from(arg)),
            _ => {
                eprintln!("backup-planner: give one plan file at most; try --help");
                return ExitCode::from(2);
            }
        }
    }

    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Backup Planner")
            .with_inner_size([1200.0, 800.0])
            .with_min_inner_size([800.0, 560.0]),
        ..Default::default()
    };
    let result = eframe::run_native(
        "Backup Planner",
        options,
        Box::new(|cc| Ok(Box::new(App::new(&cc.egui_ctx, AppConfig::native(), plan)))),
    );
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("backup-planner: could not open the window: {err}");
            ExitCode::FAILURE
        }
    }
}
