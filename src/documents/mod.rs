//! The documents a plan produces: the printable backup procedure, the training
//! invitation (PDF, calendar file, e-mail text). No egui here; PDFs are typeset by an
//! embedded typst that sees only our templates, our fonts and the plan as data.

/// A message of `assets/i18n/*/documents.ftl` in a document's language, as a `String`:
/// `say!(language, "id")`, or with values `say!(language, "id", name = value, count = n)`.
/// Values: text (`&str`, `&String`, `String`, `Cow<str>`), counts (integers, which also
/// choose plural forms), and numbers a person typed as [`Typed`].
macro_rules! say {
    ($lang:expr, $id:expr) => {
        $lang.text($id).into_owned()
    };
    ($lang:expr, $id:expr, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::i18n::Args::new();
        $(args.set(stringify!($name), $crate::documents::DocArg::arg($value));)+
        $lang.text_with($id, &args)
    }};
}

pub mod health;
mod ics;
pub mod invitation;
mod procedure;
pub mod reminders;
mod typeset;

use std::path::Path;

pub use procedure::{Block, ProcedureData, Table, procedure_data};
pub use typeset::{PageImage, TypesetError, forget_layouts};

use fluent_bundle::FluentValue;
use fluent_bundle::types::{FluentNumber, FluentNumberOptions};

use crate::i18n::{IntoValue, Language, Phrase};
use crate::model::limits;
use crate::model::options::Paper;
use crate::model::plan::{Plan, System, SystemId};
use crate::model::steps::StepDef;

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

/// A value put into a document's message (see [`say!`]).
pub(crate) trait DocArg<'a> {
    fn arg(self) -> FluentValue<'a>;
}

impl<'a, T: IntoValue<'a>> DocArg<'a> for T {
    fn arg(self) -> FluentValue<'a> {
        crate::i18n::value(self)
    }
}

/// The most decimals a number a person typed is printed with: as many as the window
/// takes, so 0.125 hours print as they were typed.
const TYPED_DECIMALS: usize = 6;

/// A number a person typed (a size, a number of hours), put into a message with its
/// decimals as typed, in the language's way; it also chooses plural forms.
pub(crate) struct Typed(pub f64);

impl<'a> DocArg<'a> for Typed {
    fn arg(self) -> FluentValue<'a> {
        let options = FluentNumberOptions {
            maximum_fraction_digits: Some(TYPED_DECIMALS),
            ..FluentNumberOptions::default()
        };
        FluentValue::Number(FluentNumber::new(self.0, options))
    }
}

/// A number a person typed, written the language's way: 2.5, 2,5.
pub(crate) fn typed(language: Language, value: f64) -> String {
    language.formats().number(value, TYPED_DECIMALS)
}

/// The selector value of a message's yes-or-no variable (`{ $named -> [yes] ... }`).
pub(crate) fn flag(yes: bool) -> &'static str {
    if yes { "yes" } else { "no" }
}

/// A date and a time of day: 26.11.2026 22:30.
pub(crate) fn date_time(language: Language, at: chrono::NaiveDateTime) -> String {
    say!(
        language,
        "doc-date-time",
        date = language.formats().date(at.date()),
        time = crate::model::format::time(at.time())
    )
}

/// What a document calls `system`, at `index` in step 1: its name, or "System 3" while
/// it has none.
pub(crate) fn system_label(language: Language, system: &System, index: usize) -> String {
    let name = system.name.trim();
    if name.is_empty() {
        // A place in a list, not an amount: written without a thousands mark.
        say!(
            language,
            "doc-system-unnamed",
            number = (index + 1).to_string()
        )
    } else {
        name.to_owned()
    }
}

/// What a document calls the system `id` of `plan`: as [`system_label`], or that no
/// system is chosen (or the one chosen was removed).
pub(crate) fn system_name(language: Language, plan: &Plan, id: Option<SystemId>) -> String {
    id.and_then(|id| plan.systems.iter().enumerate().find(|(_, s)| s.id == id))
        .map_or_else(
            || say!(language, "doc-no-system"),
            |(index, system)| system_label(language, system, index),
        )
}

/// "Step 6. Verify backup encryption methods".
pub(crate) fn step_line(language: Language, step: &StepDef) -> String {
    say!(
        language,
        "doc-step",
        number = step.id.number().to_string(),
        title = step.title(language)
    )
}

/// Items joined with the language's list separator alone: "A, B, C".
pub(crate) fn comma_list<S: AsRef<str>>(language: Language, items: &[S]) -> String {
    let separator = format!("{} ", language.text("format-list-separator"));
    items
        .iter()
        .map(AsRef::as_ref)
        .collect::<Vec<_>>()
        .join(&separator)
}

/// Making or writing a document failed.
#[derive(Debug, thiserror::Error)]
pub enum DocumentError {
    /// Typst could not lay the document out: a fault of the program, said with typst's
    /// own (English) words for whoever looks into it.
    #[error("{}", self.text(Language::ENGLISH))]
    Typeset(#[from] TypesetError),
    #[error("{}", self.text(Language::ENGLISH))]
    Data(String),
    #[error("{}", self.text(Language::ENGLISH))]
    Write(#[from] crate::files::storage::StorageError),
    /// The plan holds more than a document can be made of; the phrase says what.
    #[error("{}", self.text(Language::ENGLISH))]
    TooLarge(Phrase),
}

impl DocumentError {
    /// What went wrong, in `language`.
    pub fn text(&self, language: Language) -> String {
        match self {
            Self::Typeset(err) => Phrase::new("doc-error-typeset")
                .with("details", err.0.as_str())
                .text(language),
            Self::Data(details) => Phrase::new("doc-error-data")
                .with("details", details.as_str())
                .text(language),
            Self::Write(err) => err.text(language),
            Self::TooLarge(why) => why.text(language),
        }
    }
}

fn to_json(data: &impl serde::Serialize) -> Result<Vec<u8>, DocumentError> {
    serde_json::to_vec(data).map_err(|err| DocumentError::Data(err.to_string()))
}

/// The document's data as JSON, if it is within [`limits::MAX_DOCUMENT_BYTES`]: a
/// backstop for text a document repeats (a long name in every row that refers to it).
/// `document` is "procedure" or "invitation", as the message `doc-error-too-long` chooses.
fn to_json_within(
    data: &impl serde::Serialize,
    document: &'static str,
) -> Result<Vec<u8>, DocumentError> {
    let json = to_json(data)?;
    if json.len() > limits::MAX_DOCUMENT_BYTES {
        return Err(DocumentError::TooLarge(
            Phrase::new("doc-error-too-long")
                .with("document", document)
                .with("chars", json.len())
                .with("most", limits::MAX_DOCUMENT_BYTES),
        ));
    }
    Ok(json)
}

/// Checks, before anything is made, that the procedure can be made of `plan`: at most
/// [`limits::MAX_DOCUMENT_CHARS`] characters of text and [`limits::MAX_DOCUMENT_ROWS`]
/// rows, the copies its revisions keep aside (the document prints none of them).
pub fn check_procedure(plan: &Plan) -> Result<(), DocumentError> {
    match limits::amount_skipping(plan, &["snapshot", "runs"])
        .refusal(limits::DocumentKind::Procedure)
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
    let data = to_json_within(&procedure_data(plan, paper, today), "procedure")?;
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
    let data = to_json_within(&procedure_data(plan, paper, today), "procedure")?;
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
    // What each page prints once: its person's name and greeting.
    let names: u64 = data
        .pages
        .iter()
        .map(|p| (p.name.chars().count() + p.greeting.chars().count()) as u64)
        .sum();
    let printed = all.chars.saturating_sub(names) * pages + names;
    if printed > limits::MAX_DOCUMENT_CHARS {
        return Err(DocumentError::TooLarge(
            Phrase::new("doc-error-invitation-text")
                .with("pages", pages)
                .with("chars", printed)
                .with("most", limits::MAX_DOCUMENT_CHARS),
        ));
    }
    let lines = data.agenda.len() as u64 * pages;
    if lines > limits::MAX_INVITATION_LINES {
        return Err(DocumentError::TooLarge(
            Phrase::new("doc-error-invitation-lines")
                .with("pages", pages)
                .with("lines", lines)
                .with("most", limits::MAX_INVITATION_LINES),
        ));
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
    let data = to_json_within(&data, "invitation")?;
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
    let data = to_json_within(&data, "invitation")?;
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
