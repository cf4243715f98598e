//! The file dialogs the app asks the person with: the operating system's, or a stand-in
//! in tests. No egui.
//!
//! The system's chooser can fail to show at all (no desktop portal and no zenity, as on
//! minimal desktops and remote sessions); rfd then answers as for Cancel and only logs
//! the reason. [`catch_failures`] installs a logger that keeps that reason, so a failure
//! is told apart from Cancel ([`FileDialogs::failure`]) and the app can offer its own.

use std::path::{Path, PathBuf};
use std::sync::{Mutex, PoisonError};

use crate::model::plan::PLAN_EXTENSION;

/// What a save dialog asks for.
pub struct SaveRequest<'a> {
    /// The dialog's title, e.g. "Save the backup plan".
    pub title: &'a str,
    /// The name the dialog suggests.
    pub file_name: String,
    /// The kind of file, e.g. "PDF document".
    pub kind: &'a str,
    /// The file name ending, without the dot.
    pub extension: &'a str,
}

/// Asks the person for a file: the native dialogs, or a stand-in in tests.
pub trait FileDialogs {
    /// A plan file to open, or `None` when the person cancels.
    fn open_plan(&mut self) -> Option<PathBuf>;
    /// Where to save a file, or `None` when the person cancels.
    fn save_file(&mut self, request: &SaveRequest<'_>) -> Option<PathBuf>;
    /// Backup logs to import (one or several), or none when the person cancels.
    fn open_logs(&mut self) -> Vec<PathBuf>;
    /// Why the last dialog answered nothing although nobody cancelled it: it could not be
    /// shown. `None` after a real Cancel.
    fn failure(&mut self) -> Option<String> {
        None
    }
}

/// The reason the system's chooser last failed, as rfd logged it.
static FAILURE: Mutex<Option<String>> = Mutex::new(None);

/// Writes warnings and errors to standard error, as a logger would, and keeps the errors
/// of the file dialogs (see the module's text).
struct DialogLog;

impl log::Log for DialogLog {
    fn enabled(&self, metadata: &log::Metadata<'_>) -> bool {
        metadata.level() <= log::Level::Warn
    }

    fn log(&self, record: &log::Record<'_>) {
        if !self.enabled(record.metadata()) {
            return;
        }
        if record.level() == log::Level::Error && record.target().starts_with("rfd") {
            *FAILURE.lock().unwrap_or_else(PoisonError::into_inner) =
                Some(record.args().to_string());
        }
        // The one place the program's libraries speak; nothing else of ours logs.
        #[expect(clippy::print_stderr, reason = "a logger's output is standard error")]
        {
            eprintln!("[{} {}] {}", record.level(), record.target(), record.args());
        }
    }

    fn flush(&self) {}
}

/// Keeps the reasons the system's file chooser fails (call once, before the window).
pub fn catch_failures() {
    if log::set_logger(&DialogLog).is_ok() {
        log::set_max_level(log::LevelFilter::Warn);
    }
}

/// Runs a system dialog, noting whether it failed rather than being cancelled.
fn watched<T>(dialog: impl FnOnce() -> Option<T>) -> (Option<T>, Option<String>) {
    FAILURE
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .take();
    let answer = dialog();
    let failure = FAILURE
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .take();
    // A path means it worked, whatever was logged on the way (a portal that fell back).
    match answer {
        Some(answer) => (Some(answer), None),
        None => (None, failure),
    }
}

/// The operating system's file dialogs, titled in the window's language
/// ([`crate::i18n::ui`]): only the window opens them.
#[derive(Default)]
pub struct NativeDialogs {
    /// Why the last one could not be shown.
    failure: Option<String>,
}

impl FileDialogs for NativeDialogs {
    fn open_plan(&mut self) -> Option<PathBuf> {
        let language = crate::i18n::ui();
        let (answer, failure) = watched(|| {
            rfd::FileDialog::new()
                .set_title(language.text("error-dialog-open-plan"))
                .add_filter(language.text("error-dialog-plan-files"), &[PLAN_EXTENSION])
                .pick_file()
        });
        self.failure = failure;
        answer
    }

    fn save_file(&mut self, request: &SaveRequest<'_>) -> Option<PathBuf> {
        let (answer, failure) = watched(|| {
            rfd::FileDialog::new()
                .set_title(request.title)
                .add_filter(request.kind, &[request.extension])
                .set_file_name(&request.file_name)
                .save_file()
        });
        self.failure = failure;
        answer.map(|path| with_extension(&path, request.extension))
    }

    fn open_logs(&mut self) -> Vec<PathBuf> {
        let language = crate::i18n::ui();
        let (answer, failure) = watched(|| {
            rfd::FileDialog::new()
                .set_title(language.text("error-dialog-import-logs"))
                .add_filter(
                    language.text("error-dialog-log-files"),
                    &["json", "log", "csv", "txt", "xml"],
                )
                .add_filter(language.text("error-dialog-every-file"), &["*"])
                .pick_files()
        });
        self.failure = failure;
        answer.unwrap_or_default()
    }

    fn failure(&mut self) -> Option<String> {
        self.failure.take()
    }
}

/// Adds the ending when the person typed a name without one.
fn with_extension(path: &Path, extension: &str) -> PathBuf {
    if path.extension().is_some() {
        path.to_owned()
    } else {
        path.with_extension(extension)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_chooser_that_could_not_be_shown_is_told_apart_from_cancel() {
        catch_failures();
        // rfd logs this when neither the desktop portal nor zenity can show a chooser.
        let (answer, failure) = watched(|| {
            log::error!(target: "rfd::backend::xdg_desktop_portal", "Failed to save file with zenity: No such file or directory (os error 2)");
            None::<PathBuf>
        });
        assert_eq!(answer, None);
        assert!(failure.unwrap().contains("zenity"));
        // The person cancelled: nothing was logged.
        assert_eq!(watched(|| None::<PathBuf>), (None, None));
        // A portal that fell back to zenity and worked: a path, no failure.
        let (answer, failure) = watched(|| {
            log::error!(target: "rfd::backend::xdg_desktop_portal", "portal failed");
            Some(PathBuf::from("/tmp/plan.ron"))
        });
        assert_eq!(answer, Some(PathBuf::from("/tmp/plan.ron")));
        assert_eq!(failure, None);
        // Other libraries' errors are not the chooser's.
        let (_, failure) = watched(|| {
            log::error!(target: "wgpu", "something else");
            None::<PathBuf>
        });
        assert_eq!(failure, None);
    }

    #[test]
    fn a_typed_name_without_ending_gets_one() {
        assert_eq!(
            with_extension(Path::new("/tmp/plan"), "ron"),
            PathBuf::from("/tmp/plan.ron")
        );
        assert_eq!(
            with_extension(Path::new("/tmp/plan.ron"), "pdf"),
            PathBuf::from("/tmp/plan.ron")
        );
    }
}
