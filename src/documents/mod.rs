//! The documents a plan produces: the printable backup procedure, the training
//! invitation (PDF, calendar file, e-mail text). No egui here; PDFs are typeset by an
//! embedded typst that sees only our templates, our fonts and the plan as data.

pub mod health;
mod ics;
pub mod invitation;
mod procedure;
pub mod reminders;
mod typeset;

use std::path::Path;

pub use procedure::{Block, ProcedureData, Table, procedure_data};
pub use typeset::{PageImage, TypesetError, forget_layouts};

use crate::model::limits;
use crate::model::options::Paper;
use crate::model::plan::Plan;

/// The procedure's typst template.
const PROCEDURE_TEMPLATE: &str = include_str!("../../assets/templates/procedure.typ");
/// The invitation's typst template.
const INVITATION_TEMPLATE: &str = include_str!("../../assets/templates/invitation.typ");

/// The name typst knows `paper` by.
pub(crate) fn typst_paper(paper: Paper) -> &'static str {
    match paper {
        Paper::A4 => "a4",
        Paper::Letter => "us-letter",
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
    Write(#[from] crate::files::storage::StorageError),
    /// The plan holds more than a document can be made of; the message says what.
    #[error("{0}")]
    TooLarge(String),
}

fn to_json(data: &impl serde::Serialize) -> Result<Vec<u8>, DocumentError> {
    serde_json::to_vec(data).map_err(|err| DocumentError::Data(err.to_string()))
}

/// The document's data as JSON, if it is within [`limits::MAX_DOCUMENT_BYTES`]: a
/// backstop for text a document repeats (a long name in every row that refers to it).
fn to_json_within(data: &impl serde::Serialize, document: &str) -> Result<Vec<u8>, DocumentError> {
    let json = to_json(data)?;
    if json.len() > limits::MAX_DOCUMENT_BYTES {
        return Err(DocumentError::TooLarge(format!(
            "{document} cannot be made: it would come to some {} characters, where a document \
             is made of at most {}. Texts it repeats make it long: a long name of a system \
             is printed in every row about it. Shorten the longest names and texts.",
            limits::grouped(json.len() as u64),
            limits::grouped(limits::MAX_DOCUMENT_BYTES as u64)
        )));
    }
    Ok(json)
}

/// Checks, before anything is made, that the procedure can be made of `plan`: at most
/// [`limits::MAX_DOCUMENT_CHARS`] characters of text and [`limits::MAX_DOCUMENT_ROWS`]
/// rows, the copies its revisions keep aside (the document prints none of them).
pub fn check_procedure(plan: &Plan) -> Result<(), DocumentError> {
    match limits::amount_skipping(plan, &["snapshot", "runs"])
        .document_refusal("The procedure", "the plan")
    {
        Some(refusal) => Err(DocumentError::TooLarge(refusal)),
        None => Ok(()),
    }
}

/// The backup procedure document of `plan` as PDF bytes.
///
/// Refused ([`DocumentError::TooLarge`]) before anything is made when the plan holds more
/// than a document can be made of; see [`check_procedure`].
pub fn procedure_pdf(
    plan: &Plan,
    paper: Paper,
    today: chrono::NaiveDate,
) -> Result<Vec<u8>, DocumentError> {
    procedure_pdf_counted(plan, paper, today).map(|(pdf, _)| pdf)
}

/// [`procedure_pdf`] with the number of its pages.
pub fn procedure_pdf_counted(
    plan: &Plan,
    paper: Paper,
    today: chrono::NaiveDate,
) -> Result<(Vec<u8>, usize), DocumentError> {
    check_procedure(plan)?;
    let data = to_json_within(&procedure_data(plan, paper, today), "The procedure")?;
    Ok(typeset::pdf_counted(PROCEDURE_TEMPLATE, data, today)?)
}

/// The pages of the procedure of `plan` drawn as images at `pixels_per_point`, for a
/// preview: each handed to `each` (with the number of pages) as soon as it is drawn,
/// until `each` returns false. The same document as [`procedure_pdf`] prints.
pub fn procedure_pages(
    plan: &Plan,
    paper: Paper,
    today: chrono::NaiveDate,
    pixels_per_point: f32,
    each: impl FnMut(usize, PageImage) -> bool,
) -> Result<(), DocumentError> {
    check_procedure(plan)?;
    let data = to_json_within(&procedure_data(plan, paper, today), "The procedure")?;
    Ok(typeset::pages(
        PROCEDURE_TEMPLATE,
        data,
        today,
        pixels_per_point,
        each,
    )?)
}

/// Checks, before anything is made, that the invitation for `session` can be made: each
/// page repeats the session's text, so it counts once for each page. (Measured: 2,569
/// pages take some 650 MB to make.)
pub fn check_invitation(
    plan: &Plan,
    session: &crate::model::plan::TrainingSession,
) -> Result<(), DocumentError> {
    check_invitation_data(&invitation::invitation_data(plan, session, Paper::A4))
}

fn check_invitation_data(data: &invitation::InvitationData) -> Result<(), DocumentError> {
    let all = limits::amount(data);
    let pages = data.pages.len() as u64;
    let names: u64 = data
        .pages
        .iter()
        .map(|p| p.name.chars().count() as u64)
        .sum();
    let printed = all.chars.saturating_sub(names) * pages + names;
    if printed > limits::MAX_DOCUMENT_CHARS {
        return Err(DocumentError::TooLarge(format!(
            "The invitation cannot be made: its {} pages, one for each person invited, would \
             hold {} characters of text in all, where a document is made of at most {}. Each \
             page repeats the session's details and agenda: shorten them, or invite fewer \
             people with each invitation.",
            limits::grouped(pages),
            limits::grouped(printed),
            limits::grouped(limits::MAX_DOCUMENT_CHARS),
        )));
    }
    let lines = data.agenda.len() as u64 * pages;
    if lines > limits::MAX_INVITATION_LINES {
        return Err(DocumentError::TooLarge(format!(
            "The invitation cannot be made: its {} pages, one for each person invited, would \
             print {} lines of agenda in all, where an invitation prints at most {}. Each page \
             repeats the agenda: put it on fewer lines, or invite fewer people with each \
             invitation.",
            limits::grouped(pages),
            limits::grouped(lines),
            limits::grouped(limits::MAX_INVITATION_LINES),
        )));
    }
    Ok(())
}

/// The printable training invitation for `session` as PDF bytes.
///
/// Refused ([`DocumentError::TooLarge`]) before anything is made when the pages would hold
/// more than a document can be made of.
pub fn invitation_pdf(
    plan: &Plan,
    session: &crate::model::plan::TrainingSession,
    paper: Paper,
    today: chrono::NaiveDate,
) -> Result<Vec<u8>, DocumentError> {
    let data = invitation::invitation_data(plan, session, paper);
    check_invitation_data(&data)?;
    let data = to_json_within(&data, "The invitation")?;
    Ok(typeset::pdf(INVITATION_TEMPLATE, data, today)?)
}

/// The pages of the invitation for `session` drawn as images at `pixels_per_point`, for a
/// preview, as [`procedure_pages`] draws the procedure's.
pub fn invitation_pages(
    plan: &Plan,
    session: &crate::model::plan::TrainingSession,
    paper: Paper,
    today: chrono::NaiveDate,
    pixels_per_point: f32,
    each: impl FnMut(usize, PageImage) -> bool,
) -> Result<(), DocumentError> {
    let data = invitation::invitation_data(plan, session, paper);
    check_invitation_data(&data)?;
    let data = to_json_within(&data, "The invitation")?;
    Ok(typeset::pages(
        INVITATION_TEMPLATE,
        data,
        today,
        pixels_per_point,
        each,
    )?)
}

/// Writes `bytes` to `path` the same safe way plans are written.
pub fn write_document(path: &Path, bytes: &[u8]) -> Result<(), DocumentError> {
    Ok(crate::files::storage::write_atomic(path, bytes)?)
}
