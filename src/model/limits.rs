//! The limits of Backup Planner, all in one place: the range of each kind of quantity a
//! plan holds, the dates every output can write, the longest text in one field, the most
//! rows in one list, and the most a document can be made of.
//!
//! They are set far beyond what a small office ever meets, and close enough that nothing
//! the program does with a plan within them (open it, draw it, print it, put it in a
//! calendar) runs out of memory or writes something another program cannot read. Loading
//! refuses a plan beyond them with the place and the reason; the window's fields refuse
//! or cut what goes beyond them; the documents check them before anything is made.
//!
//! No egui and no I/O here: the model, the loader, the window and the documents all read
//! the same figures from this module.

use std::cell::RefCell;
use std::fmt;

use chrono::{NaiveDate, NaiveTime, Timelike as _};
use serde::{Deserialize, Deserializer, Serialize};

use crate::i18n::{Arg, Language, Phrase};

/// The range one kind of quantity in the plan keeps to.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Limit {
    /// The quantity's message in `errors.ftl`: why a value is refused ("the size in GB
    /// must be between 0 and 1,000,000, not -5"), with the hints of its fields.
    pub message: &'static str,
    /// The smallest value taken.
    pub min: f64,
    /// The largest value taken.
    pub max: f64,
    /// An everyday value, for the hint of a field that refuses what was typed.
    pub example: &'static str,
}

/// Sizes of data and storage: up to a petabyte, a thousand times a large office server.
pub const SIZE_GB: Limit = Limit {
    message: "limits-size-gb",
    min: 0.0,
    max: 1_000_000.0,
    example: "250",
};

/// Percentages: a share of something whole.
pub const PERCENT: Limit = Limit {
    message: "limits-percent",
    min: 0.0,
    max: 100.0,
    example: "2.5",
};

/// Hours (data loss and downtime objectives, how long a backup or a restore took): up to
/// a year.
pub const HOURS: Limit = Limit {
    message: "limits-hours",
    min: 0.0,
    max: 8_760.0,
    example: "24",
};

/// Minutes (how long a training session lasts): up to a week.
pub const MINUTES: Limit = Limit {
    message: "limits-minutes",
    min: 0.0,
    max: 10_080.0,
    example: "90",
};

/// Days (between full backups): up to ten years, where the storage estimate stops.
pub const DAYS: Limit = Limit {
    message: "limits-days",
    min: 0.0,
    max: 3_650.0,
    example: "30",
};

/// Months (between reviews): up to ten years.
pub const MONTHS: Limit = Limit {
    message: "limits-months",
    min: 0.0,
    max: 120.0,
    example: "12",
};

/// Revision numbers: one a year would take ten thousand years to reach the end.
pub const REVISION: Limit = Limit {
    message: "limits-revision",
    min: 0.0,
    max: 9_999.0,
    example: "3",
};

/// The numbers that identify systems and destinations: with room to count up from the
/// largest without overflowing.
pub const ID: Limit = Limit {
    message: "limits-id",
    min: 0.0,
    max: 999_999_999.0,
    example: "1",
};

const fn day(year: i32, month: u32, day: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(year, month, day) {
        Some(date) => date,
        None => panic!("not a date"),
    }
}

/// The first date a plan may hold.
pub const FIRST_DATE: NaiveDate = day(1900, 1, 1);

/// The last date a plan may hold. A calendar file, the documents and the date fields all
/// write every date from [`FIRST_DATE`] to this one, with a week to spare for a training
/// session that starts on the last day and lasts as long as [`MINUTES`] allows.
pub const LAST_DATE: NaiveDate = day(2199, 12, 31);

/// The most characters one text field holds: some ten printed pages, where a person
/// writes a few lines. Measured: the window draws a table of 5,000 rows whose visible
/// rows are all this long, in a plan file of 60 MB, within some 710 MB.
pub const MAX_TEXT_CHARS: usize = 20_000;

/// The most rows one list or table of the plan holds: a hundred times the staff of the
/// largest office the program is made for.
pub const MAX_ROWS: usize = 5_000;

/// The most runs one backup job keeps (`model::evidence`): more than a year of runs every
/// ten minutes.
pub const MAX_RUNS: usize = 60_000;

/// The most characters of text a plan may hold for a document to be made of it (revision
/// copies aside): some 350 printed pages of text. Measured: 960,000 characters in table
/// cells took the procedure 440 MB and 2.3 s to make; in paragraphs, 170 MB.
pub const MAX_DOCUMENT_CHARS: u64 = 1_000_000;

/// The most rows, in all its lists, a plan may hold for a document to be made of it:
/// twice the 2,000 systems with a schedule each of the benchmarks. Measured: 3,940 systems
/// with a schedule each (7,915 rows, the rows that cost a document most) took the
/// procedure 1.5 GB and 5.7 s to make; with text up to [`MAX_DOCUMENT_BYTES`], 1.6 GB.
pub const MAX_DOCUMENT_ROWS: u64 = 8_000;

/// The most agenda lines an invitation prints over all its pages (each page repeats the
/// agenda): a list item costs a document more than its text. Measured: 180,000 lines took
/// some 2.3 GB to make; 4,600 pages of a few lines each, some 810 MB.
pub const MAX_INVITATION_LINES: u64 = 40_000;

/// The most a document's own data may come to, in bytes: a backstop for plans within the
/// limits above whose text the document repeats (a long system name in every row about
/// the system, the changes since the last revision).
pub const MAX_DOCUMENT_BYTES: usize = 4_000_000;

impl Limit {
    /// Whether `value` is a number within the range.
    pub fn contains(&self, value: f64) -> bool {
        value.is_finite() && (self.min..=self.max).contains(&value)
    }

    /// Why `value` is refused, for a message: "the size in GB must be between 0 and
    /// 1,000,000, not -5". The range is written the language's way; the value as the
    /// plan file writes it, so that it can be found there.
    pub fn refusal(&self, value: f64) -> Phrase {
        let shown = if value.is_nan() {
            Arg::Message("limits-value-nan")
        } else if value.is_infinite() {
            Arg::Message("limits-value-infinity")
        } else if value.abs() >= 1e15 {
            Arg::Text(format!("{value:e}"))
        } else {
            Arg::Text(crate::model::format::number(value))
        };
        Phrase::new(self.message)
            .with("min", self.min)
            .with("max", self.max)
            .with("value", shown)
    }

    /// What a field of this quantity asks for when it refuses what was typed: "Type a
    /// size in GB from 0 to 1,000,000, such as 250"; `whole` for whole numbers only.
    pub fn hint(&self, whole: bool) -> Phrase {
        let example = self
            .example
            .parse::<f64>()
            .map_or_else(|_| Arg::Text(self.example.to_owned()), Arg::Number);
        // The message's attributes are named in `errors.ftl`, one pair for each quantity.
        let hint = match (self.message, whole) {
            ("limits-size-gb", false) => "limits-size-gb.hint",
            ("limits-size-gb", true) => "limits-size-gb.hint-whole",
            ("limits-percent", false) => "limits-percent.hint",
            ("limits-percent", true) => "limits-percent.hint-whole",
            ("limits-hours", false) => "limits-hours.hint",
            ("limits-hours", true) => "limits-hours.hint-whole",
            ("limits-minutes", false) => "limits-minutes.hint",
            ("limits-minutes", true) => "limits-minutes.hint-whole",
            ("limits-days", false) => "limits-days.hint",
            ("limits-days", true) => "limits-days.hint-whole",
            ("limits-months", false) => "limits-months.hint",
            ("limits-months", true) => "limits-months.hint-whole",
            ("limits-revision", false) => "limits-revision.hint",
            ("limits-revision", true) => "limits-revision.hint-whole",
            (_, false) => "limits-id.hint",
            (_, true) => "limits-id.hint-whole",
        };
        Phrase::new(hint)
            .with("min", self.min)
            .with("max", self.max)
            .with("example", example)
    }
}

/// A whole number with thousands separated by commas: `1,000,000`.
pub fn grouped(value: u64) -> String {
    let digits = value.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

/// A limit's figure, with thousands separated when it is whole: `8,760`, `2.5`.
pub fn figure(value: f64) -> String {
    if value.fract() == 0.0 && (0.0..=9.0e15).contains(&value) {
        #[expect(
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            reason = "a whole, non-negative figure below 2^53"
        )]
        let whole = value as u64;
        grouped(whole)
    } else {
        crate::model::format::number(value)
    }
}

/// Whether `date` is one every output can write.
pub fn date_in_range(date: NaiveDate) -> bool {
    (FIRST_DATE..=LAST_DATE).contains(&date)
}

/// Why `date` is refused: "the date must be between 1900-01-01 and 2199-12-31, not
/// 9999-01-01".
pub fn date_refusal(date: NaiveDate) -> Phrase {
    Phrase::new("limits-date")
        .with("first", FIRST_DATE)
        .with("last", LAST_DATE)
        .with("date", date)
}

/// What a date field asks for when it refuses what was typed: "Type a date from
/// 1900-01-01 to 2199-12-31 as year-month-day, such as 2026-03-31".
pub fn date_hint() -> Phrase {
    Phrase::new("limits-date.hint")
        .with("first", FIRST_DATE)
        .with("last", LAST_DATE)
        .with("example", day(2026, 3, 31))
}

/// Whether `value` fits within `limit`, for whole numbers.
pub fn contains_whole(limit: &Limit, value: u32) -> bool {
    limit.contains(f64::from(value))
}

/// `text` cut to [`MAX_TEXT_CHARS`] characters, for text the program writes itself.
pub fn truncate_text(text: &mut String) {
    if let Some((end, _)) = text.char_indices().nth(MAX_TEXT_CHARS) {
        text.truncate(end);
    }
}

/// Keeps `lines` that the program wrote itself (the changes of a revision) within what a
/// plan holds: each cut to [`MAX_TEXT_CHARS`], and at most [`MAX_ROWS`] of them, the last
/// saying how many more `what` there were.
pub fn keep_within(lines: &mut Vec<String>, what: &str) {
    if lines.len() > MAX_ROWS {
        let more = lines.len() - (MAX_ROWS - 1);
        lines.truncate(MAX_ROWS - 1);
        lines.push(format!("… and {} more {what}", grouped(more as u64)));
    }
    for line in lines {
        truncate_text(line);
    }
}

// Reading a plan: each numeric and date field of `crate::model::plan` names one of these with
// `#[serde(deserialize_with = ...)]`. A value out of range is a custom error, which the
// RON reader reports with its line and column.

thread_local! {
    /// The last refusal of a value read on this thread, as a phrase: a custom error of
    /// serde carries its text only, in English, and the loader takes the phrase back
    /// from here ([`refusal_read`]) to say it in the reader's language.
    static REFUSED: RefCell<Option<Phrase>> = const { RefCell::new(None) };
}

/// The error that refuses a value read, with `why` kept for [`refusal_read`].
fn refuse<E: serde::de::Error>(why: Phrase) -> E {
    let error = E::custom(why.text(Language::ENGLISH));
    REFUSED.with(|refused| *refused.borrow_mut() = Some(why));
    error
}

/// The phrase of the refusal whose English words are `message`, if a value read last on
/// this thread was refused with it: the words of a reader's error put back into any
/// language.
pub fn refusal_read(message: &str) -> Option<Phrase> {
    REFUSED
        .with(|refused| refused.borrow_mut().take())
        .filter(|why| why.text(Language::ENGLISH) == message)
}

fn optional_number<'de, D: Deserializer<'de>>(
    deserializer: D,
    limit: &Limit,
) -> Result<Option<f64>, D::Error> {
    let value = Option::<f64>::deserialize(deserializer)?;
    match value {
        Some(v) if !limit.contains(v) => Err(refuse(limit.refusal(v))),
        _ => Ok(value),
    }
}

fn optional_whole<'de, D: Deserializer<'de>>(
    deserializer: D,
    limit: &Limit,
) -> Result<Option<u32>, D::Error> {
    let value = Option::<u32>::deserialize(deserializer)?;
    match value {
        Some(v) if !contains_whole(limit, v) => Err(refuse(limit.refusal(f64::from(v)))),
        _ => Ok(value),
    }
}

/// Reads an optional size in GB within [`SIZE_GB`].
pub fn size_gb<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<f64>, D::Error> {
    optional_number(deserializer, &SIZE_GB)
}

/// Reads an optional percentage within [`PERCENT`].
pub fn percent<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<f64>, D::Error> {
    optional_number(deserializer, &PERCENT)
}

/// Reads an optional number of hours within [`HOURS`].
pub fn hours<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<f64>, D::Error> {
    optional_number(deserializer, &HOURS)
}

/// Reads an optional number of minutes within [`MINUTES`].
pub fn minutes<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<u32>, D::Error> {
    optional_whole(deserializer, &MINUTES)
}

/// Reads an optional number of days within [`DAYS`].
pub fn days<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<u32>, D::Error> {
    optional_whole(deserializer, &DAYS)
}

/// Reads an optional number of months within [`MONTHS`].
pub fn months<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<u32>, D::Error> {
    optional_whole(deserializer, &MONTHS)
}

/// Reads a revision number within [`REVISION`].
pub fn revision<'de, D: Deserializer<'de>>(deserializer: D) -> Result<u32, D::Error> {
    let value = u32::deserialize(deserializer)?;
    if contains_whole(&REVISION, value) {
        Ok(value)
    } else {
        Err(refuse(REVISION.refusal(f64::from(value))))
    }
}

/// Reads the number that identifies a system or a destination, within [`ID`].
pub fn id<'de, D: Deserializer<'de>>(deserializer: D) -> Result<u32, D::Error> {
    let value = u32::deserialize(deserializer)?;
    if contains_whole(&ID, value) {
        Ok(value)
    } else {
        Err(refuse(ID.refusal(f64::from(value))))
    }
}

/// Reads an optional date from [`FIRST_DATE`] to [`LAST_DATE`].
pub fn date<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<NaiveDate>, D::Error> {
    let value = Option::<NaiveDate>::deserialize(deserializer)?;
    match value {
        Some(d) if !date_in_range(d) => Err(refuse(date_refusal(d))),
        _ => Ok(value),
    }
}

/// Reads an optional time of day, refusing a leap second (23:59:60), which calendars
/// and clocks do not show.
pub fn time<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<NaiveTime>, D::Error> {
    let value = Option::<NaiveTime>::deserialize(deserializer)?;
    match value {
        Some(t) if t.nanosecond() >= 1_000_000_000 => Err(refuse(
            Phrase::new("limits-time").with("time", t.format("%H:%M").to_string()),
        )),
        _ => Ok(value),
    }
}

// Text and rows: checked by walking a value through `serde::Serialize`, so that every
// text field and every list of the plan is covered, including those added later.

/// A plan holds more than Backup Planner takes; the message says where, in words.
#[derive(Clone, Debug, PartialEq)]
pub struct OverLimit(pub Phrase);

impl OverLimit {
    /// The message in `language`: "2,000,000 characters in the notes of system 4, where a
    /// field takes at most 20,000".
    pub fn text(&self, language: Language) -> String {
        self.0.text(language)
    }
}

/// In English, for logs and for callers not yet moved to [`OverLimit::text`].
impl fmt::Display for OverLimit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(Language::ENGLISH))
    }
}

impl std::error::Error for OverLimit {}

/// Checks that no text field of `value` holds more than [`MAX_TEXT_CHARS`] characters and
/// no list more than [`MAX_ROWS`] rows: "2,000,000 characters in the notes of system 4,
/// where a field takes at most 20,000".
pub fn check<T: Serialize + ?Sized>(value: &T) -> Result<(), OverLimit> {
    let mut walk = Walk::new(MAX_TEXT_CHARS, MAX_ROWS);
    // The runs read from backup logs have their own limits (`MAX_RUNS`, checked as they
    // are read): a year of hourly runs is more rows than a list a person fills.
    walk.skip = &["runs"];
    match value.serialize(&mut walk) {
        Err(Stop::Over(message)) => Err(OverLimit(message)),
        // The plan's own types serialize without failing; anything else is not a limit.
        Ok(()) | Err(Stop::Other(_)) => Ok(()),
    }
}

/// How much text and how many rows something holds, and where the most of each is.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Amount {
    /// Characters of text, in all its fields.
    pub chars: u64,
    /// Rows, in all its lists.
    pub rows: u64,
    /// The longest text: where it is, in words, and its characters.
    pub longest_text: Option<(Phrase, u64)>,
    /// The longest list: what it is, in words, and its rows.
    pub longest_list: Option<(Phrase, u64)>,
}

/// A document made of a plan or of a part of it, for [`Amount::refusal`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DocumentKind {
    /// The backup procedure, made of the whole plan.
    Procedure,
    /// A training session's calendar file.
    Calendar,
}

impl DocumentKind {
    /// The document's key in the messages of `errors.ftl` (`$document`).
    fn key(self) -> &'static str {
        match self {
            Self::Procedure => "procedure",
            Self::Calendar => "calendar",
        }
    }
}

/// Measures the text and rows of `value`.
pub fn amount<T: Serialize + ?Sized>(value: &T) -> Amount {
    amount_skipping(value, &[])
}

/// Measures the text and rows of `value`, leaving out the fields named in `skip` wherever
/// they are (`snapshot`: the copies of the plan its revisions keep).
pub fn amount_skipping<T: Serialize + ?Sized>(value: &T, skip: &'static [&'static str]) -> Amount {
    let mut walk = Walk::new(usize::MAX, usize::MAX);
    walk.skip = skip;
    // Measuring has no limit to stop at; a value that fails to serialize counts as far as
    // it went.
    let _ = value.serialize(&mut walk);
    Amount {
        chars: walk.chars,
        rows: walk.rows,
        longest_text: walk.longest_text.map(|(path, n)| (describe(&path), n)),
        longest_list: walk.longest_list.map(|(path, n)| (describe_list(&path), n)),
    }
}

impl Amount {
    /// Why `document` cannot be made of this amount of text and rows, if it cannot: "The
    /// procedure cannot be made: the plan holds 2,300,000 characters of text, where a
    /// document is made of at most 1,000,000. The longest text is the notes of system 4
    /// (20,000 characters)."
    pub fn refusal(&self, document: DocumentKind) -> Option<Phrase> {
        let (refusal, longest) = if self.chars > MAX_DOCUMENT_CHARS {
            let refusal = Phrase::new("limits-document-text")
                .with("document", document.key())
                .with("chars", self.chars)
                .with("most", MAX_DOCUMENT_CHARS);
            let longest = self.longest_text.as_ref().map(|(place, n)| {
                Phrase::new("limits-document-longest-text")
                    .with("place", place.clone())
                    .with("chars", *n)
            });
            (refusal, longest)
        } else if self.rows > MAX_DOCUMENT_ROWS {
            let refusal = Phrase::new("limits-document-rows")
                .with("document", document.key())
                .with("rows", self.rows)
                .with("most", MAX_DOCUMENT_ROWS);
            let longest = self.longest_list.as_ref().map(|(list, n)| {
                Phrase::new("limits-document-longest-list")
                    .with("list", list.clone())
                    .with("rows", *n)
            });
            (refusal, longest)
        } else {
            return None;
        };
        Some(match longest {
            Some(longest) => Phrase::new("limits-two-sentences")
                .with("first", refusal)
                .with("second", longest),
            None => refusal,
        })
    }

    /// [`Amount::refusal`] in English, for callers not yet moved to it: `document` is
    /// "The calendar file" (of "the training session") or "The procedure" (of "the
    /// plan"), the only documents refused so.
    pub fn document_refusal(&self, document: &str, holder: &str) -> Option<String> {
        let kind = if document == "The calendar file" || holder == "the training session" {
            DocumentKind::Calendar
        } else {
            DocumentKind::Procedure
        };
        self.refusal(kind)
            .map(|refusal| refusal.text(Language::ENGLISH))
    }
}

/// One step on the way from the whole to a value: a field, or a row of a list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Step {
    Field(&'static str),
    Row(usize),
}

/// Walks a value as a serializer would write it, measuring text and rows.
struct Walk {
    path: Vec<Step>,
    max_text: usize,
    max_rows: usize,
    chars: u64,
    rows: u64,
    longest_text: Option<(Vec<Step>, u64)>,
    longest_list: Option<(Vec<Step>, u64)>,
    /// Fields not walked into.
    skip: &'static [&'static str],
}

impl Walk {
    fn new(max_text: usize, max_rows: usize) -> Self {
        Self {
            skip: &[],
            path: Vec::new(),
            max_text,
            max_rows,
            chars: 0,
            rows: 0,
            longest_text: None,
            longest_list: None,
        }
    }

    fn text(&mut self, text: &str) -> Result<(), Stop> {
        let chars = text.chars().count();
        self.chars += chars as u64;
        if self
            .longest_text
            .as_ref()
            .is_none_or(|(_, n)| chars as u64 > *n)
            && chars > 0
        {
            self.longest_text = Some((self.path.clone(), chars as u64));
        }
        if chars > self.max_text {
            return Err(Stop::Over(
                Phrase::new("limits-over-text")
                    .with("chars", chars)
                    .with("place", describe(&self.path))
                    .with("most", self.max_text),
            ));
        }
        Ok(())
    }

    /// A list of `len` rows begins here.
    fn list(&mut self, len: usize) -> Result<(), Stop> {
        self.rows += len as u64;
        if self
            .longest_list
            .as_ref()
            .is_none_or(|(_, n)| len as u64 > *n)
            && len > 0
        {
            self.longest_list = Some((self.path.clone(), len as u64));
        }
        if len > self.max_rows {
            return Err(Stop::Over(
                Phrase::new("limits-over-rows")
                    .with("rows", len)
                    .with("list", describe_list(&self.path))
                    .with("most", self.max_rows),
            ));
        }
        self.path.push(Step::Row(0));
        Ok(())
    }

    fn next_row(&mut self) {
        if let Some(Step::Row(index)) = self.path.last_mut() {
            *index += 1;
        }
    }

    fn end_list(&mut self) {
        self.path.pop();
    }

    fn field<T: Serialize + ?Sized>(&mut self, name: &'static str, value: &T) -> Result<(), Stop> {
        if self.skip.contains(&name) {
            return Ok(());
        }
        self.path.push(Step::Field(name));
        let walked = value.serialize(&mut *self);
        self.path.pop();
        walked
    }
}

/// Why a walk stopped.
#[derive(Debug)]
enum Stop {
    /// Over a limit: what and where, in words.
    Over(Phrase),
    /// The value itself failed to serialize.
    Other(String),
}

impl fmt::Display for Stop {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Over(message) => f.write_str(&message.text(Language::ENGLISH)),
            Self::Other(message) => f.write_str(message),
        }
    }
}

impl std::error::Error for Stop {}

impl serde::ser::Error for Stop {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        Self::Other(msg.to_string())
    }
}

/// The lists of the plan, by their field names: the message of one row ("system 4"), and
/// of the list itself ("the list of systems").
const LISTS: [(&str, &str, &str); 17] = [
    ("systems", "limits-row-systems", "limits-row-systems.list"),
    (
        "retention",
        "limits-row-retention",
        "limits-row-retention.list",
    ),
    (
        "destinations",
        "limits-row-destinations",
        "limits-row-destinations.list",
    ),
    ("steps", "limits-row-steps", "limits-row-steps.list"),
    (
        "escalation",
        "limits-row-escalation",
        "limits-row-escalation.list",
    ),
    (
        "schedules",
        "limits-row-schedules",
        "limits-row-schedules.list",
    ),
    (
        "encryption",
        "limits-row-encryption",
        "limits-row-encryption.list",
    ),
    (
        "initial_backups",
        "limits-row-initial-backups",
        "limits-row-initial-backups.list",
    ),
    ("errors", "limits-row-errors", "limits-row-errors.list"),
    (
        "restore_tests",
        "limits-row-restore-tests",
        "limits-row-restore-tests.list",
    ),
    (
        "approved_tests",
        "limits-row-approved-tests",
        "limits-row-approved-tests.list",
    ),
    ("entries", "limits-row-entries", "limits-row-entries.list"),
    ("history", "limits-row-history", "limits-row-history.list"),
    (
        "sessions",
        "limits-row-sessions",
        "limits-row-sessions.list",
    ),
    (
        "attendees",
        "limits-row-attendees",
        "limits-row-attendees.list",
    ),
    (
        "revisions",
        "limits-row-revisions",
        "limits-row-revisions.list",
    ),
    ("changes", "limits-row-changes", "limits-row-changes.list"),
];

/// The fields of the plan that hold text, by their names: the message of the field as a
/// thing in a sentence ("the notes").
const FIELDS: [(&str, &str); 47] = [
    ("action", "limits-field-action"),
    ("adjustments", "limits-field-adjustments"),
    ("agenda", "limits-field-agenda"),
    ("anomalies", "limits-field-anomalies"),
    ("approver", "limits-field-approver"),
    ("author", "limits-field-author"),
    ("backup_durations", "limits-field-backup-durations"),
    ("change", "limits-field-change"),
    ("checker", "limits-field-checker"),
    ("comment", "limits-field-comment"),
    ("consulted", "limits-field-consulted"),
    ("deputy", "limits-field-deputy"),
    ("email", "limits-field-email"),
    ("error", "limits-field-error"),
    ("error_codes", "limits-field-error-codes"),
    ("feedback", "limits-field-feedback"),
    ("follow_up", "limits-field-follow-up"),
    ("gaps", "limits-field-gaps"),
    ("id", "limits-field-id"),
    ("key_holder", "limits-field-key-holder"),
    ("key_location", "limits-field-key-location"),
    ("location", "limits-field-location"),
    ("media_handling", "limits-field-media-handling"),
    ("message", "limits-field-message"),
    ("name", "limits-field-name"),
    ("note", "limits-field-note"),
    ("notes", "limits-field-notes"),
    ("organisation", "limits-field-organisation"),
    ("owner", "limits-field-owner"),
    ("period", "limits-field-period"),
    ("phone", "limits-field-phone"),
    ("place", "limits-field-place"),
    ("redundancy", "limits-field-redundancy"),
    ("responsible", "limits-field-responsible"),
    ("restore_times", "limits-field-restore-times"),
    ("restored_to", "limits-field-restored-to"),
    ("reviewer", "limits-field-reviewer"),
    ("role", "limits-field-role"),
    ("time_zone", "limits-field-time-zone"),
    ("title", "limits-field-title"),
    ("tool", "limits-field-tool"),
    ("trainer", "limits-field-trainer"),
    ("trainer_email", "limits-field-trainer-email"),
    ("version", "limits-field-version"),
    ("what_to_bring", "limits-field-what-to-bring"),
    ("what_works", "limits-field-what-works"),
    ("uid", "limits-field-uid"),
];

/// A row's place in its list, counted from 1, as a person reads it.
fn row_number(row: usize) -> Arg {
    Arg::Text((row + 1).to_string())
}

/// A field's name in the plan file, as words: "key location".
fn field_words(field: &str) -> String {
    field.replace('_', " ")
}

/// One row of the list `list`, in words: "system 4".
fn row_words(list: &str, row: usize) -> Phrase {
    match LISTS.iter().find(|(name, ..)| *name == list) {
        Some(&(_, message, _)) => Phrase::new(message).with("number", row_number(row)),
        None => Phrase::new("limits-place-item")
            .with("list", field_words(list))
            .with("number", row_number(row)),
    }
}

/// The field `field` as a thing in a sentence: "the notes".
fn field_phrase(field: &str) -> Phrase {
    match FIELDS.iter().find(|(name, _)| *name == field) {
        Some(&(_, message)) => Phrase::new(message),
        None => Phrase::new("limits-place-field").with("field", field_words(field)),
    }
}

/// Where the parts of the plan that are not lists are filled in: "step 4".
fn part_words(field: &str) -> Option<Phrase> {
    let step: u32 = match field {
        "identity" => return Some(Phrase::new("limits-part-plan-details")),
        "assessment" => 2,
        "procedures" => 4,
        "estimate" => 5,
        "monitoring" => 8,
        "approval" => 10,
        "log_reviews" => 11,
        "documentation" => 12,
        "training" => 13,
        "evaluation" => 14,
        _ => return None,
    };
    Some(Phrase::new("limits-part-step").with("number", step))
}

/// Where a value is, in words: "the notes of system 4", "instruction 2 in step 4", "the
/// title in the plan details, in the copy of the plan kept with revision 1".
fn describe(path: &[Step]) -> Phrase {
    let (thing, around) = match path {
        [] => return Phrase::new("limits-place-plan"),
        [around @ .., Step::Field(list), Step::Row(row)] => (row_words(list, *row), around),
        [around @ .., Step::Field(field)] => (field_phrase(field), around),
        [around @ .., Step::Row(row)] => (
            Phrase::new("limits-place-row").with("number", row_number(*row)),
            around,
        ),
    };
    within(thing, around)
}

/// What list a path ends at, in words: "the list of attendees of training session 2 in
/// step 13".
fn describe_list(path: &[Step]) -> Phrase {
    match path {
        [around @ .., Step::Field(list)] => {
            let what = match LISTS.iter().find(|(name, ..)| name == list) {
                Some(&(.., message)) => Phrase::new(message),
                None => Phrase::new("limits-place-list").with("list", field_words(list)),
            };
            within(what, around)
        }
        _ => Phrase::new("limits-place-list-in").with("place", describe(path)),
    }
}

/// `thing` within the rows and parts around it, innermost first: "the notes" of "system
/// 4" in "step 4".
fn within(mut thing: Phrase, path: &[Step]) -> Phrase {
    let mut rest = path;
    loop {
        match rest {
            [] => return thing,
            [outer @ .., Step::Field(list), Step::Row(row)] => {
                thing = Phrase::new("limits-place-of")
                    .with("thing", thing)
                    .with("owner", row_words(list, *row));
                rest = outer;
            }
            [outer @ .., Step::Field(field)] => {
                rest = outer;
                if *field == "snapshot" {
                    // The copy is kept with the row around it: "revision 1".
                    if let [outer @ .., Step::Field(list), Step::Row(row)] = rest {
                        thing = Phrase::new("limits-place-in-copy")
                            .with("thing", thing)
                            .with("owner", row_words(list, *row));
                        rest = outer;
                    } else {
                        thing = Phrase::new("limits-place-in-a-copy").with("thing", thing);
                    }
                } else if let Some(part) = part_words(field) {
                    thing = Phrase::new("limits-place-in")
                        .with("thing", thing)
                        .with("part", part);
                }
            }
            [outer @ .., Step::Row(row)] => {
                thing = Phrase::new("limits-place-of").with("thing", thing).with(
                    "owner",
                    Phrase::new("limits-place-row").with("number", row_number(*row)),
                );
                rest = outer;
            }
        }
    }
}

impl serde::Serializer for &mut Walk {
    type Ok = ();
    type Error = Stop;
    type SerializeSeq = Self;
    type SerializeTuple = Self;
    type SerializeTupleStruct = Self;
    type SerializeTupleVariant = Self;
    type SerializeMap = Self;
    type SerializeStruct = Self;
    type SerializeStructVariant = Self;

    fn serialize_bool(self, _: bool) -> Result<(), Stop> {
        Ok(())
    }
    fn serialize_i8(self, _: i8) -> Result<(), Stop> {
        Ok(())
    }
    fn serialize_i16(self, _: i16) -> Result<(), Stop> {
        Ok(())
    }
    fn serialize_i32(self, _: i32) -> Result<(), Stop> {
        Ok(())
    }
    fn serialize_i64(self, _: i64) -> Result<(), Stop> {
        Ok(())
    }
    fn serialize_u8(self, _: u8) -> Result<(), Stop> {
        Ok(())
    }
    fn serialize_u16(self, _: u16) -> Result<(), Stop> {
        Ok(())
    }
    fn serialize_u32(self, _: u32) -> Result<(), Stop> {
        Ok(())
    }
    fn serialize_u64(self, _: u64) -> Result<(), Stop> {
        Ok(())
    }
    fn serialize_f32(self, _: f32) -> Result<(), Stop> {
        Ok(())
    }
    fn serialize_f64(self, _: f64) -> Result<(), Stop> {
        Ok(())
    }
    fn serialize_char(self, _: char) -> Result<(), Stop> {
        self.chars += 1;
        Ok(())
    }
    fn serialize_str(self, v: &str) -> Result<(), Stop> {
        self.text(v)
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<(), Stop> {
        self.list(v.len())?;
        self.end_list();
        Ok(())
    }
    fn serialize_none(self) -> Result<(), Stop> {
        Ok(())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Stop> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), Stop> {
        Ok(())
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), Stop> {
        Ok(())
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, _: &'static str) -> Result<(), Stop> {
        Ok(())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<(), Stop> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        value: &T,
    ) -> Result<(), Stop> {
        value.serialize(self)
    }
    fn serialize_seq(self, len: Option<usize>) -> Result<Self, Stop> {
        // Every list of the plan and of the documents' data says its length; one that does
        // not (none does) is walked for its text but counts no rows.
        self.list(len.unwrap_or(0))?;
        Ok(self)
    }
    fn serialize_tuple(self, _: usize) -> Result<Self, Stop> {
        self.list(0)?;
        Ok(self)
    }
    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<Self, Stop> {
        self.list(0)?;
        Ok(self)
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self, Stop> {
        self.list(0)?;
        Ok(self)
    }
    fn serialize_map(self, len: Option<usize>) -> Result<Self, Stop> {
        self.list(len.unwrap_or(0))?;
        Ok(self)
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Self, Stop> {
        Ok(self)
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self, Stop> {
        Ok(self)
    }
}

impl serde::ser::SerializeSeq for &mut Walk {
    type Ok = ();
    type Error = Stop;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Stop> {
        value.serialize(&mut **self)?;
        self.next_row();
        Ok(())
    }
    fn end(self) -> Result<(), Stop> {
        self.end_list();
        Ok(())
    }
}

impl serde::ser::SerializeTuple for &mut Walk {
    type Ok = ();
    type Error = Stop;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Stop> {
        serde::ser::SerializeSeq::serialize_element(self, value)
    }
    fn end(self) -> Result<(), Stop> {
        self.end_list();
        Ok(())
    }
}

impl serde::ser::SerializeTupleStruct for &mut Walk {
    type Ok = ();
    type Error = Stop;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Stop> {
        serde::ser::SerializeSeq::serialize_element(self, value)
    }
    fn end(self) -> Result<(), Stop> {
        self.end_list();
        Ok(())
    }
}

impl serde::ser::SerializeTupleVariant for &mut Walk {
    type Ok = ();
    type Error = Stop;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Stop> {
        serde::ser::SerializeSeq::serialize_element(self, value)
    }
    fn end(self) -> Result<(), Stop> {
        self.end_list();
        Ok(())
    }
}

impl serde::ser::SerializeMap for &mut Walk {
    type Ok = ();
    type Error = Stop;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Stop> {
        key.serialize(&mut **self)
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Stop> {
        value.serialize(&mut **self)?;
        self.next_row();
        Ok(())
    }
    fn end(self) -> Result<(), Stop> {
        self.end_list();
        Ok(())
    }
}

impl serde::ser::SerializeStruct for &mut Walk {
    type Ok = ();
    type Error = Stop;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Stop> {
        self.field(key, value)
    }
    fn end(self) -> Result<(), Stop> {
        Ok(())
    }
}

impl serde::ser::SerializeStructVariant for &mut Walk {
    type Ok = ();
    type Error = Stop;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Stop> {
        self.field(key, value)
    }
    fn end(self) -> Result<(), Stop> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::plan::{ApprovedRevision, Plan, RestoreTest};

    #[test]
    fn figures_are_written_with_thousands_separated() {
        assert_eq!(grouped(0), "0");
        assert_eq!(grouped(999), "999");
        assert_eq!(grouped(1_000), "1,000");
        assert_eq!(grouped(20_000), "20,000");
        assert_eq!(grouped(1_000_000), "1,000,000");
        assert_eq!(figure(8_760.0), "8,760");
        assert_eq!(figure(2.5), "2.5");
    }

    #[test]
    fn refusals_name_the_quantity_its_range_and_the_value() {
        assert_eq!(
            SIZE_GB.refusal(-5.0).text(Language::ENGLISH),
            "the size in GB must be between 0 and 1,000,000, not -5"
        );
        assert_eq!(
            PERCENT.refusal(f64::NAN).text(Language::ENGLISH),
            "the percentage must be between 0 and 100, not NaN (not a number)"
        );
        assert_eq!(
            HOURS.refusal(f64::INFINITY).text(Language::ENGLISH),
            "the number of hours must be between 0 and 8,760, not infinity"
        );
        assert_eq!(
            SIZE_GB.refusal(1e300).text(Language::ENGLISH),
            "the size in GB must be between 0 and 1,000,000, not 1e300"
        );
        assert_eq!(
            MINUTES.hint(true).text(Language::ENGLISH),
            "Type a whole number of minutes from 0 to 10,080, such as 90"
        );
        assert!(SIZE_GB.contains(0.0) && SIZE_GB.contains(1_000_000.0));
        assert!(!SIZE_GB.contains(1_000_000.1) && !SIZE_GB.contains(-0.1));
        assert!(!PERCENT.contains(f64::NAN) && !PERCENT.contains(f64::INFINITY));
        let date = NaiveDate::from_ymd_opt(9999, 1, 1).unwrap();
        assert_eq!(
            date_refusal(date).text(Language::ENGLISH),
            "the date must be between 1900-01-01 and 2199-12-31, not 9999-01-01"
        );
        assert!(date_in_range(FIRST_DATE) && date_in_range(LAST_DATE));
        assert!(!date_in_range(FIRST_DATE.pred_opt().unwrap()));
        assert!(!date_in_range(LAST_DATE.succ_opt().unwrap()));
    }

    fn refusal(plan: &Plan) -> String {
        check(plan).unwrap_err().to_string()
    }

    #[test]
    fn what_is_too_long_is_named_in_words_wherever_it_is() {
        let long = "x".repeat(MAX_TEXT_CHARS + 1);
        let mut plan = Plan::default();
        plan.identity.organisation.clone_from(&long);
        assert_eq!(
            refusal(&plan),
            "20,001 characters in the organisation in the plan details, where a field takes \
             at most 20,000"
        );

        let mut plan = Plan::default();
        plan.approval.approved_tests = vec![RestoreTest::default(); 3];
        plan.approval.approved_tests[2].notes.clone_from(&long);
        assert!(
            refusal(&plan).contains("in the notes of approved restore test 3 in step 10,"),
            "{}",
            refusal(&plan)
        );

        let mut copy = Plan::default();
        for _ in 0..4 {
            copy.add_system();
        }
        copy.systems[3].name.clone_from(&long);
        let mut plan = Plan::default();
        plan.revisions.push(ApprovedRevision {
            snapshot: Box::new(copy),
            ..ApprovedRevision::default()
        });
        assert!(
            refusal(&plan)
                .contains("in the name of system 4, in the copy of the plan kept with revision 1,"),
            "{}",
            refusal(&plan)
        );

        let mut plan = Plan::default();
        plan.revisions.push(ApprovedRevision::default());
        plan.revisions[0].changes = vec![String::new(); MAX_ROWS + 1];
        assert_eq!(
            refusal(&plan),
            "5,001 rows in the list of changes of revision 1, where a list takes at most 5,000"
        );

        let mut plan = Plan::default();
        plan.evaluation.feedback = "é".repeat(MAX_TEXT_CHARS);
        assert_eq!(check(&plan), Ok(()), "characters are counted, not bytes");
    }

    #[test]
    fn amounts_count_characters_and_rows_and_find_the_longest() {
        let mut plan = Plan::default();
        plan.identity.title = "ab".into();
        for _ in 0..3 {
            plan.add_system().name = "é".repeat(5);
        }
        plan.procedures.steps = vec!["x".repeat(7)];
        let amount = amount(&plan);
        // The title, the names, the instruction, and the code of the documents' language.
        assert_eq!(amount.chars, 2 + 15 + 7 + 2);
        assert_eq!(amount.rows, 4);
        let en = |(words, n): &(Phrase, u64)| (words.text(Language::ENGLISH), *n);
        assert_eq!(
            amount.longest_text.as_ref().map(en),
            Some(("instruction 1 in step 4".to_owned(), 7))
        );
        assert_eq!(
            amount.longest_list.as_ref().map(en),
            Some(("the list of systems".to_owned(), 3))
        );
        assert_eq!(amount.document_refusal("The procedure", "the plan"), None);
        let big = Amount {
            chars: MAX_DOCUMENT_CHARS + 1,
            ..amount
        };
        assert!(
            big.document_refusal("The procedure", "the plan")
                .unwrap()
                .contains("The longest text is instruction 1 in step 4 (7 characters).")
        );
    }

    #[test]
    fn long_lines_the_program_writes_are_cut_at_a_character() {
        let mut text = "é".repeat(MAX_TEXT_CHARS + 5);
        truncate_text(&mut text);
        assert_eq!(text.chars().count(), MAX_TEXT_CHARS);
        let mut lines = vec!["a".to_owned(); 3];
        keep_within(&mut lines, "changes");
        assert_eq!(lines, ["a", "a", "a"]);
    }
}
