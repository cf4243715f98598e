//! Starts Backup Planner: the window, or a headless command (see `backup_planner::cli`).

// No unwrap or expect in the program: an error reaches the person as a message, never as
// a panic. Unit tests may (clippy.toml); the journey tests in tests/ are not held to it.
#![warn(clippy::unwrap_used, clippy::expect_used)]

use std::process::ExitCode;

use backup_planner::cli::{self, Invocation, terminal_safe};
use backup_planner::platform::clock::Clock;
use backup_planner::ui::{App, AppConfig};

fn main() -> ExitCode {
    let invocation = match cli::parse(std::env::args_os().skip(1)) {
        Ok(invocation) => invocation,
        Err(message) => {
            eprintln!("backup-planner: {}", terminal_safe(&message));
            return ExitCode::from(2);
        }
    };
    match invocation {
        Invocation::Version => {
            println!("backup-planner {}", env!("CARGO_PKG_VERSION"));
            ExitCode::SUCCESS
        }
        Invocation::Help => {
            println!("{}", cli::USAGE);
            ExitCode::SUCCESS
        }
        Invocation::Export(export) => match cli::run_export(&export, Clock::System) {
            Ok(written) => {
                for path in written {
                    println!("wrote {}", terminal_safe(&path.display().to_string()));
                }
                ExitCode::SUCCESS
            }
            Err(message) => {
                eprintln!("backup-planner: {}", terminal_safe(&message));
                ExitCode::FAILURE
            }
        },
        Invocation::Check { plan, on } => {
            match cli::run_check(&plan, on.map_or(Clock::System, Clock::fixed)) {
                Ok(report) => {
                    print!("{}", terminal_safe(&report.text));
                    if report.high {
                        ExitCode::from(1)
                    } else {
                        ExitCode::SUCCESS
                    }
                }
                Err(message) => {
                    eprintln!("backup-planner: {}", terminal_safe(&message));
                    ExitCode::from(2)
                }
            }
        }
        Invocation::Import { plan, logs, system } => {
            match cli::run_import(&plan, &logs, system.as_deref(), Clock::System) {
                Ok(report) => {
                    print!("{}", terminal_safe(&report.text));
                    if report.read_any {
                        ExitCode::SUCCESS
                    } else {
                        ExitCode::from(2)
                    }
                }
                Err(message) => {
                    eprintln!("backup-planner: {}", terminal_safe(&message));
                    ExitCode::from(2)
                }
            }
        }
        Invocation::Print { plan, options } => {
            match cli::run_print(&plan, &options, Clock::System) {
                Ok(job) => {
                    println!("{}", terminal_safe(&job));
                    ExitCode::SUCCESS
                }
                Err(message) => {
                    eprintln!("backup-planner: {}", terminal_safe(&message));
                    ExitCode::from(2)
                }
            }
        }
        Invocation::Window { plan } => run_window(plan),
    }
}

fn run_window(plan: Option<std::path::PathBuf>) -> ExitCode {
    backup_planner::platform::dialogs::catch_failures();
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("Backup Planner")
        // The name the desktop knows the app by: its .desktop file (assets/linux/), so
        // the task bar shows the app's icon and groups its windows (Wayland's app id).
        .with_app_id("backup-planner")
        .with_inner_size([1200.0, 800.0])
        .with_min_inner_size([800.0, 560.0]);
    // The window comes back where and as large as it was when the app was last closed.
    let remembered = backup_planner::files::storage::default_config_dir()
        .and_then(|dir| backup_planner::files::storage::Settings::load(&dir).ok())
        .and_then(|settings| settings.window)
        .and_then(backup_planner::files::storage::WindowPlace::usable);
    if let Some(place) = remembered {
        viewport = viewport
            .with_inner_size([place.width.max(800.0), place.height.max(560.0)])
            .with_position([place.x, place.y])
            .with_maximized(place.maximized);
    }
    // The app's own icon in the title bar and task bar (X11, Windows); it is built in, so
    // it cannot be missing, and a broken one only leaves the system's default.
    if let Ok(icon) = eframe::icon_data::from_png_bytes(backup_planner::WINDOW_ICON_PNG) {
        viewport = viewport.with_icon(icon);
    }
    let options = eframe::NativeOptions {
        viewport,
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
            eprintln!(
                "backup-planner: could not open the window: {}",
                terminal_safe(&err.to_string())
            );
            ExitCode::FAILURE
        }
    }
}
