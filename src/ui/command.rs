//! What a person can ask for, carried out once at the end of the frame, and the table
//! of the commands that menus, buttons and the keyboard offer: each command's words,
//! tooltip and shortcut are defined here once (as rerun's `UICommand`), and the
//! shortcut's text comes from egui, so a Mac shows Cmd where others show Ctrl.

use std::borrow::Cow;
use std::path::PathBuf;

use egui::{Key, KeyboardShortcut, Modifiers, Ui};

use crate::model::options::Paper;

/// Something the person asked for, carried out once at the end of the frame.
#[must_use]
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    NewPlan,
    OpenDialog,
    OpenPath(PathBuf),
    /// Open a plan that someone else has open: `read_only`, or anyway.
    OpenInUse {
        path: PathBuf,
        read_only: bool,
    },
    OpenExample,
    Save,
    SaveAs,
    /// Save over a file that someone else changed, as the person chose.
    SaveReplacingTheirs,
    /// Read the plan's file again, putting this window's unsaved changes away.
    Reload,
    /// Show what differs between the plan's file and this window's plan.
    CompareWithDisk,
    ClosePlan,
    Quit,
    Undo,
    Redo,
    /// Takes a plan off the recent list (the file itself is left alone).
    ForgetRecent(PathBuf),
    /// Open the print dialog for the procedure.
    PrintProcedure,
    /// Print a document with the options chosen in the print dialog.
    PrintWith(Document, crate::platform::desktop::PrintOptions),
    /// Make a document and open it in the default PDF viewer, to print from there.
    OpenInViewer(Document),
    /// Open the preview of the procedure, to save it as a PDF.
    ExportProcedure,
    /// Ask where, then save a document as a PDF on this paper.
    SavePdf(Document, Paper),
    SetPaper(Paper),
    /// The window's language; `None` follows the computer's.
    SetLanguage(Option<crate::i18n::Language>),
    /// Open the preview of the invitation of the training session with this index, to
    /// save or print it.
    SaveInvitation(usize),
    SaveCalendar(usize),
    CopyEmail(usize),
    OpenMail(usize),
    StartReview,
    EndReview,
    /// Sign off the review as the plan's next revision (asking first when steps are
    /// not reviewed yet).
    SignOff,
    /// Sign off although some steps were not reviewed, as the person chose.
    SignOffAnyway,
    /// Compare the open plan with another plan file, such as last year's copy.
    CompareWithFile,
    /// The same commands with the file already chosen (in the app's own chooser, when the
    /// system's could not be shown).
    SaveTo(PathBuf),
    CompareWith(PathBuf),
    SavePdfTo(Document, Paper, PathBuf),
    SaveCalendarTo(usize, PathBuf),
    /// Write every recurring duty of the plan as one calendar file.
    SaveReminders,
    SaveRemindersTo(PathBuf),
    /// Ask for backup logs and import them into the open plan.
    ImportLogs,
    /// Import these backup logs (chosen, or dropped onto the window).
    ImportLogFiles(Vec<PathBuf>),
}

/// A document the plan makes, as the print and preview dialog and the commands name it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Document {
    /// The backup procedure.
    Procedure,
    /// The invitation of the training session with this index.
    Invitation(usize),
}

/// What a file chosen in the app's own chooser is for: the command to run with it.
#[derive(Clone, Debug, PartialEq)]
pub enum PathCommand {
    OpenPlan,
    SavePlan,
    Compare,
    Pdf(Document, Paper),
    Calendar(usize),
    Reminders,
    ImportLog,
}

impl PathCommand {
    /// The command that does the work with `path`.
    pub fn with(self, path: PathBuf) -> Command {
        match self {
            Self::OpenPlan => Command::OpenPath(path),
            Self::SavePlan => Command::SaveTo(path),
            Self::Compare => Command::CompareWith(path),
            Self::Pdf(document, paper) => Command::SavePdfTo(document, paper, path),
            Self::Calendar(index) => Command::SaveCalendarTo(index, path),
            Self::Reminders => Command::SaveRemindersTo(path),
            Self::ImportLog => Command::ImportLogFiles(vec![path]),
        }
    }

    /// Whether the file is to be written (rather than read).
    pub fn saves(&self) -> bool {
        !matches!(self, Self::OpenPlan | Self::Compare | Self::ImportLog)
    }
}

impl Command {
    /// Whether the command puts the open plan away, so unsaved changes need a decision.
    pub(crate) fn leaves_plan(&self) -> bool {
        matches!(
            self,
            Self::NewPlan
                | Self::OpenDialog
                | Self::OpenPath(_)
                | Self::OpenInUse { .. }
                | Self::OpenExample
                | Self::ClosePlan
                | Self::Quit
        )
    }
}

/// The commands offered by name in menus and on buttons, with a shortcut where they have
/// one. Commands that carry data (a path, a session) are asked for by the screens that
/// hold it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UiCommand {
    NewPlan,
    OpenPlan,
    OpenExample,
    Save,
    SaveAs,
    ClosePlan,
    PrintProcedure,
    CompareWithFile,
    ExportProcedure,
    SaveReminders,
    ImportLogs,
    Quit,
    Undo,
    Redo,
    StartReview,
    EndReview,
}

impl UiCommand {
    /// The commands with shortcuts, the longer shortcuts first: Ctrl+S must not swallow
    /// Ctrl+Shift+S.
    pub const WITH_SHORTCUTS: [Self; 7] = [
        Self::SaveAs,
        Self::Redo,
        Self::Save,
        Self::OpenPlan,
        Self::NewPlan,
        Self::PrintProcedure,
        Self::Undo,
    ];

    /// The message of the command in the Fluent files (`app.ftl`): its words, and its
    /// `.tooltip`.
    fn message(self) -> &'static str {
        match self {
            Self::NewPlan => "command-new-plan",
            Self::OpenPlan => "command-open-plan",
            Self::OpenExample => "command-open-example",
            Self::Save => "command-save",
            Self::SaveAs => "command-save-as",
            Self::ClosePlan => "command-close-plan",
            Self::PrintProcedure => "command-print-procedure",
            Self::CompareWithFile => "command-compare-with-file",
            Self::ExportProcedure => "command-export-procedure",
            Self::SaveReminders => "command-save-reminders",
            Self::ImportLogs => "command-import-logs",
            Self::Quit => "command-quit",
            Self::Undo => "command-undo",
            Self::Redo => "command-redo",
            Self::StartReview => "command-start-review",
            Self::EndReview => "command-end-review",
        }
    }

    /// The words on the menu item or button, in the window's language.
    pub fn text(self) -> Cow<'static, str> {
        crate::i18n::ui().text(self.message())
    }

    /// What the command does, in a few words.
    pub fn tooltip(self) -> Cow<'static, str> {
        crate::i18n::ui().text(&format!("{}.tooltip", self.message()))
    }

    /// The keys that ask for the command: the first is the one shown.
    pub fn shortcuts(self) -> &'static [KeyboardShortcut] {
        const fn command(key: Key) -> KeyboardShortcut {
            KeyboardShortcut::new(Modifiers::COMMAND, key)
        }
        const fn shifted(key: Key) -> KeyboardShortcut {
            KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), key)
        }
        const NEW: &[KeyboardShortcut] = &[command(Key::N)];
        const OPEN: &[KeyboardShortcut] = &[command(Key::O)];
        const SAVE: &[KeyboardShortcut] = &[command(Key::S)];
        const SAVE_AS: &[KeyboardShortcut] = &[shifted(Key::S)];
        const PRINT: &[KeyboardShortcut] = &[command(Key::P)];
        const UNDO: &[KeyboardShortcut] = &[command(Key::Z)];
        const REDO: &[KeyboardShortcut] = &[shifted(Key::Z), command(Key::Y)];
        match self {
            Self::NewPlan => NEW,
            Self::OpenPlan => OPEN,
            Self::Save => SAVE,
            Self::SaveAs => SAVE_AS,
            Self::PrintProcedure => PRINT,
            Self::Undo => UNDO,
            Self::Redo => REDO,
            Self::OpenExample
            | Self::ClosePlan
            | Self::CompareWithFile
            | Self::ExportProcedure
            | Self::SaveReminders
            | Self::ImportLogs
            | Self::Quit
            | Self::StartReview
            | Self::EndReview => &[],
        }
    }

    /// Whether the command works on the open plan, so it needs one.
    pub fn needs_plan(self) -> bool {
        matches!(
            self,
            Self::Save
                | Self::SaveAs
                | Self::ClosePlan
                | Self::PrintProcedure
                | Self::CompareWithFile
                | Self::ExportProcedure
                | Self::SaveReminders
                | Self::ImportLogs
                | Self::Undo
                | Self::Redo
                | Self::StartReview
                | Self::EndReview
        )
    }

    /// Whether a text field being edited keeps the keys for itself (its own undo).
    pub fn text_field_keeps_keys(self) -> bool {
        matches!(self, Self::Undo | Self::Redo)
    }

    /// What is carried out when the command is asked for.
    pub fn command(self) -> Command {
        match self {
            Self::NewPlan => Command::NewPlan,
            Self::OpenPlan => Command::OpenDialog,
            Self::OpenExample => Command::OpenExample,
            Self::Save => Command::Save,
            Self::SaveAs => Command::SaveAs,
            Self::ClosePlan => Command::ClosePlan,
            Self::PrintProcedure => Command::PrintProcedure,
            Self::CompareWithFile => Command::CompareWithFile,
            Self::ExportProcedure => Command::ExportProcedure,
            Self::SaveReminders => Command::SaveReminders,
            Self::ImportLogs => Command::ImportLogs,
            Self::Quit => Command::Quit,
            Self::Undo => Command::Undo,
            Self::Redo => Command::Redo,
            Self::StartReview => Command::StartReview,
            Self::EndReview => Command::EndReview,
        }
    }

    /// The shortcut as this computer writes it ("Ctrl+S", or "Cmd+S" on a Mac).
    pub fn shortcut_text(self, ctx: &egui::Context) -> Option<String> {
        self.shortcuts().first().map(|s| ctx.format_shortcut(s))
    }

    /// The tooltip with the shortcut, for buttons that do not show it.
    pub fn tooltip_with_shortcut(self, ctx: &egui::Context) -> String {
        match self.shortcut_text(ctx) {
            Some(keys) => format!("{} ({keys})", self.tooltip()),
            None => self.tooltip().into_owned(),
        }
    }

    /// A menu item for the command, with its shortcut; true when clicked.
    pub fn menu_item_ui(self, ui: &mut Ui, enabled: bool) -> bool {
        let mut button = egui::Button::new(self.text());
        if let Some(keys) = self.shortcut_text(ui.ctx()) {
            button = button.shortcut_text(keys);
        }
        ui.add_enabled(enabled, button)
            .on_hover_text(self.tooltip())
            .clicked()
    }

    /// The commands asked for by keyboard in this frame, consumed from the input.
    pub fn from_keys(ctx: &egui::Context) -> Vec<Command> {
        let text_field_focused = ctx.memory(|m| m.focused().is_some());
        ctx.input_mut(|input| {
            Self::WITH_SHORTCUTS
                .into_iter()
                .filter(|c| !(c.text_field_keeps_keys() && text_field_focused))
                .filter(|c| c.shortcuts().iter().any(|s| input.consume_shortcut(s)))
                .map(Self::command)
                .collect()
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_shortcut_is_listed_longest_first_and_none_is_shared() {
        let mut seen = Vec::new();
        for command in UiCommand::WITH_SHORTCUTS {
            assert!(!command.shortcuts().is_empty(), "{command:?}");
            for shortcut in command.shortcuts() {
                assert!(!seen.contains(shortcut), "{shortcut:?} twice");
                seen.push(*shortcut);
            }
        }
        // A shortcut with Shift comes before the same key without it.
        let position = |c: UiCommand| UiCommand::WITH_SHORTCUTS.iter().position(|x| *x == c);
        assert!(position(UiCommand::SaveAs) < position(UiCommand::Save));
        assert!(position(UiCommand::Redo) < position(UiCommand::Undo));
    }

    #[test]
    fn shortcuts_are_written_the_way_the_computer_names_its_keys() {
        let ctx = egui::Context::default();
        // egui asks its fonts which key symbols it can draw: they come with a first frame.
        ctx.run_ui(egui::RawInput::default(), |_| {})
            .textures_delta
            .clear();
        assert_eq!(
            UiCommand::SaveAs.shortcut_text(&ctx).as_deref(),
            Some("Ctrl+Shift+S")
        );
        ctx.set_os(egui::os::OperatingSystem::Mac);
        // Cmd, as a word or as the symbol ⌘ where the font has it; never Ctrl.
        let mac = UiCommand::Save.shortcut_text(&ctx).unwrap();
        assert!(mac.contains("Cmd") || mac.contains('⌘'), "{mac}");
    }
}
