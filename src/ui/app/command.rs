//! What a person can ask for, carried out once at the end of the frame.

use std::path::PathBuf;

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
    PrintProcedure,
    ExportProcedure,
    SetPaper(Paper),
    /// The invitation PDF of the training session with this index.
    SaveInvitation(usize),
    SaveCalendar(usize),
    CopyEmail(usize),
    OpenMail(usize),
    StartReview,
    EndReview,
    /// Sign off the review as the plan's next revision.
    SignOff,
    /// Compare the open plan with another plan file, such as last year's copy.
    CompareWithFile,
}

impl Command {
    /// Whether the command puts the open plan away, so unsaved changes need a decision.
    pub(super) fn leaves_plan(&self) -> bool {
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
