//! The file dialogs the app asks the person with: the operating system's, or a stand-in
//! in tests. No egui.

use std::path::{Path, PathBuf};

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
}

/// The operating system's file dialogs.
pub struct NativeDialogs;

impl FileDialogs for NativeDialogs {
    fn open_plan(&mut self) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .set_title("Open a backup plan")
            .add_filter("Backup plan", &[PLAN_EXTENSION])
            .pick_file()
    }

    fn save_file(&mut self, request: &SaveRequest<'_>) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .set_title(request.title)
            .add_filter(request.kind, &[request.extension])
            .set_file_name(&request.file_name)
            .save_file()
            .map(|path| with_extension(&path, request.extension))
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
