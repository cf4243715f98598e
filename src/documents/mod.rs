//! The documents a plan produces: the printable backup procedure, the training
//! invitation (PDF, calendar file, e-mail text). No egui here; PDFs are typeset by an
//! embedded typst that sees only our templates, our fonts and the plan as data.

pub mod invitation;
mod procedure;
mod typeset;

use std::path::Path;

pub use procedure::{Block, ProcedureData, Table, procedure_data};
pub use typeset::{TypesetError, forget_layouts};

use crate::plan::Plan;

/// The procedure's typst template.
const PROCEDURE_TEMPLATE: &str = include_str!("../../assets/templates/procedure.typ");
/// The invitation's typst template.
const INVITATION_TEMPLATE: &str = include_str!("../../assets/templates/invitation.typ");

/// Paper sizes the documents come in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Paper {
    #[default]
    A4,
    Letter,
}

impl Paper {
    /// Every paper size, for menus.
    pub const ALL: [Self; 2] = [Self::A4, Self::Letter];

    /// The name a person reads.
    pub fn label(self) -> &'static str {
        match self {
            Self::A4 => "A4",
            Self::Letter => "US Letter",
        }
    }

    /// The name typst knows the paper by.
    pub(crate) fn typst_name(self) -> &'static str {
        match self {
            Self::A4 => "a4",
            Self::Letter => "us-letter",
        }
    }

    /// Reads `a4` or `letter`, as the command line writes them.
    pub fn parse(text: &str) -> Option<Self> {
        match text.to_ascii_lowercase().as_str() {
            "a4" => Some(Self::A4),
            "letter" | "us-letter" => Some(Self::Letter),
            _ => None,
        }
    }
}

/// Making or writing a document failed.
#[derive(Debug, thiserror::Error)]
pub enum DocumentError {
    #[error(transparent)]
    Typeset(#[from] TypesetError),
    #[error("Could not prepare the document's data: {0}")]
    Data(String),
    #[error(transparent)]
    Write(#[from] crate::storage::StorageError),
}

fn to_json(data: &impl serde::Serialize) -> Result<Vec<u8>, DocumentError> {
    serde_json::to_vec(data).map_err(|err| DocumentError::Data(err.to_string()))
}

/// The backup procedure document of `plan` as PDF bytes.
pub fn procedure_pdf(
    plan: &Plan,
    paper: Paper,
    today: chrono::NaiveDate,
) -> Result<Vec<u8>, DocumentError> {
    let data = to_json(&procedure_data(plan, paper, today))?;
    Ok(typeset::pdf(PROCEDURE_TEMPLATE, data, today)?)
}

/// The printable training invitation for `session` as PDF bytes.
pub fn invitation_pdf(
    plan: &Plan,
    session: &crate::plan::TrainingSession,
    paper: Paper,
    today: chrono::NaiveDate,
) -> Result<Vec<u8>, DocumentError> {
    let data = to_json(&invitation::invitation_data(plan, session, paper))?;
    Ok(typeset::pdf(INVITATION_TEMPLATE, data, today)?)
}

/// Writes `bytes` to `path` the same safe way plans are written.
pub fn write_document(path: &Path, bytes: &[u8]) -> Result<(), DocumentError> {
    Ok(crate::storage::write_atomic(path, bytes)?)
}
