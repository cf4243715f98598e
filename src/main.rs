//! Starts Backup Planner: the window, or a headless command (see `backup_planner::cli`).

// No unwrap or expect in the program: an error reaches the person as a message, never as
// a panic. Unit tests may (clippy.toml); the journey tests in tests/ are not held to it.
#![warn(clippy::unwrap_used, clippy::expect_used)]

use std::process::ExitCode;

use backup_planner::cli::{self, Invocation, terminal_safe};
use backup_planner::i18n::Language;
use backup_planner::platform::clock::Clock;
use backup_planner::ui::{App, AppConfig};

fn main() -> ExitCode {
    // The computer's language: what the command line writes in unless `--lang` names
    // another.
    let system = Language::of_system();
    let invocation = match cli::parse_in(std::env::args_os().skip(1), system) {
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
        Invocation::Help { language } => {
            println!("{}", cli::usage(language.unwrap_or(system)));
            ExitCode::SUCCESS
        }
        Invocation::Export(export) => {
            let language = export.language.unwrap_or(system);
            match cli::run_export(&export, Clock::System, language) {
                Ok(written) => {
                    for path in written {
                        println!("{}", terminal_safe(&cli::wrote(&path, language)));
                    }
                    ExitCode::SUCCESS
                }
                Err(message) => {
                    eprintln!("backup-planner: {}", terminal_safe(&message));
                    ExitCode::FAILURE
                }
            }
        }
        Invocation::Check { plan, on, language } => {
            let clock = on.map_or(Clock::System, Clock::fixed);
            match cli::run_check(&plan, clock, language.unwrap_or(system)) {
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
        Invocation::Import {
            plan,
            logs,
            system: named,
            language,
        } => {
            let language = language.unwrap_or(system);
            match cli::run_import(&plan, &logs, named.as_deref(), Clock::System, language) {
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
        Invocation::Print {
            plan,
            options,
            language,
        } => {
            // The procedure is in the language named, else in the plan's own.
            let words = language.unwrap_or(system);
            match cli::run_print(&plan, &options, language, Clock::System, words) {
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
        Invocation::Window { plan } => run_window(plan, system),
    }
}

/// Opens the window; if it cannot be, says so in `language` (the computer's).
fn run_window(plan: Option<std::path::PathBuf>, language: Language) -> ExitCode {
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
            let said = backup_planner::tr!(language, "cli-no-window", error = err.to_string());
            eprintln!("backup-planner: {}", terminal_safe(&said));
            ExitCode::FAILURE
        }
    }
}
