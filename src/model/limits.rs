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

use std::fmt::{self, Write as _};

use chrono::{NaiveDate, NaiveTime, Timelike as _};
use serde::{Deserialize, Deserializer, Serialize};

/// The range one kind of quantity in the plan keeps to.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Limit {
    /// What the quantity is, to follow "the" or "a": "size in GB".
    pub name: &'static str,
    /// The smallest value taken.
    pub min: f64,
    /// The largest value taken.
    pub max: f64,
    /// An everyday value, for the hint of a field that refuses what was typed.
    pub example: &'static str,
}

/// Sizes of data and storage: up to a petabyte, a thousand times a large office server.
pub const SIZE_GB: Limit = Limit {
    name: "size in GB",
    min: 0.0,
    max: 1_000_000.0,
    example: "250",
};

/// Percentages: a share of something whole.
pub const PERCENT: Limit = Limit {
    name: "percentage",
    min: 0.0,
    max: 100.0,
    example: "2.5",
};

/// Hours (data loss and downtime objectives, how long a backup or a restore took): up to
/// a year.
pub const HOURS: Limit = Limit {
    name: "number of hours",
    min: 0.0,
    max: 8_760.0,
    example: "24",
};

/// Minutes (how long a training session lasts): up to a week.
pub const MINUTES: Limit = Limit {
    name: "number of minutes",
    min: 0.0,
    max: 10_080.0,
    example: "90",
};

/// Days (between full backups): up to ten years, where the storage estimate stops.
pub const DAYS: Limit = Limit {
    name: "number of days",
    min: 0.0,
    max: 3_650.0,
    example: "30",
};

/// Months (between reviews): up to ten years.
pub const MONTHS: Limit = Limit {
    name: "number of months",
    min: 0.0,
    max: 120.0,
    example: "12",
};

/// Revision numbers: one a year would take ten thousand years to reach the end.
pub const REVISION: Limit = Limit {
    name: "revision number",
    min: 0.0,
    max: 9_999.0,
    example: "3",
};

/// The numbers that identify systems and destinations: with room to count up from the
/// largest without overflowing.
pub const ID: Limit = Limit {
    name: "number that identifies a row",
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
    /// 1,000,000, not -5".
    pub fn refusal(&self, value: f64) -> String {
        let shown = if value.is_nan() {
            "NaN (not a number)".to_owned()
        } else if value.is_infinite() {
            "infinity".to_owned()
        } else if value.abs() >= 1e15 {
            format!("{value:e}")
        } else {
            crate::model::format::number(value)
        };
        format!(
            "the {} must be between {} and {}, not {shown}",
            self.name,
            figure(self.min),
            figure(self.max)
        )
    }

    /// What a field of this quantity asks for when it refuses what was typed: "Type a
    /// size in GB from 0 to 1,000,000, such as 250"; `whole` for whole numbers only.
    pub fn hint(&self, whole: bool) -> String {
        let whole = if whole { "whole " } else { "" };
        format!(
            "Type a {whole}{} from {} to {}, such as {}",
            self.name,
            figure(self.min),
            figure(self.max),
            self.example
        )
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
pub fn date_refusal(date: NaiveDate) -> String {
    format!(
        "the date must be between {} and {}, not {}",
        crate::model::format::date(FIRST_DATE),
        crate::model::format::date(LAST_DATE),
        crate::model::format::date(date)
    )
}

/// What a date field asks for when it refuses what was typed.
pub fn date_hint() -> String {
    format!(
        "Type a date from {} to {} as year-month-day, such as 2026-03-31",
        crate::model::format::date(FIRST_DATE),
        crate::model::format::date(LAST_DATE)
    )
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

fn optional_number<'de, D: Deserializer<'de>>(
    deserializer: D,
    limit: &Limit,
) -> Result<Option<f64>, D::Error> {
    let value = Option::<f64>::deserialize(deserializer)?;
    match value {
        Some(v) if !limit.contains(v) => Err(serde::de::Error::custom(limit.refusal(v))),
        _ => Ok(value),
    }
}

fn optional_whole<'de, D: Deserializer<'de>>(
    deserializer: D,
    limit: &Limit,
) -> Result<Option<u32>, D::Error> {
    let value = Option::<u32>::deserialize(deserializer)?;
    match value {
        Some(v) if !contains_whole(limit, v) => {
            Err(serde::de::Error::custom(limit.refusal(f64::from(v))))
        }
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
        Err(serde::de::Error::custom(REVISION.refusal(f64::from(value))))
    }
}

/// Reads the number that identifies a system or a destination, within [`ID`].
pub fn id<'de, D: Deserializer<'de>>(deserializer: D) -> Result<u32, D::Error> {
    let value = u32::deserialize(deserializer)?;
    if contains_whole(&ID, value) {
        Ok(value)
    } else {
        Err(serde::de::Error::custom(ID.refusal(f64::from(value))))
    }
}

/// Reads an optional date from [`FIRST_DATE`] to [`LAST_DATE`].
pub fn date<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<NaiveDate>, D::Error> {
    let value = Option::<NaiveDate>::deserialize(deserializer)?;
    match value {
        Some(d) if !date_in_range(d) => Err(serde::de::Error::custom(date_refusal(d))),
        _ => Ok(value),
    }
}

/// Reads an optional time of day, refusing a leap second (23:59:60), which calendars
/// and clocks do not show.
pub fn time<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<NaiveTime>, D::Error> {
    let value = Option::<NaiveTime>::deserialize(deserializer)?;
    match value {
        Some(t) if t.nanosecond() >= 1_000_000_000 => Err(serde::de::Error::custom(format!(
            "the time of day must be between 00:00 and 23:59, not {}:60",
            t.format("%H:%M")
        ))),
        _ => Ok(value),
    }
}

// Text and rows: checked by walking a value through `serde::Serialize`, so that every
// text field and every list of the plan is covered, including those added later.

/// A plan holds more than Backup Planner takes; the message says where, in words.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct OverLimit(pub String);

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
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Amount {
    /// Characters of text, in all its fields.
    pub chars: u64,
    /// Rows, in all its lists.
    pub rows: u64,
    /// The longest text: where it is, in words, and its characters.
    pub longest_text: Option<(String, u64)>,
    /// The longest list: what it is, in words, and its rows.
    pub longest_list: Option<(String, u64)>,
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
    /// Why `document` cannot be made of this amount of `holder`'s text and rows, if it
    /// cannot: "The procedure cannot be made: the plan holds 2,300,000 characters of text,
    /// where a document is made of at most 1,000,000. The longest text is the notes of
    /// system 4 (20,000 characters)."
    pub fn document_refusal(&self, document: &str, holder: &str) -> Option<String> {
        if self.chars > MAX_DOCUMENT_CHARS {
            let mut text = format!(
                "{document} cannot be made: {holder} holds {} characters of text, where a \
                 document is made of at most {}.",
                grouped(self.chars),
                grouped(MAX_DOCUMENT_CHARS)
            );
            if let Some((place, n)) = &self.longest_text {
                let _ = write!(
                    text,
                    " The longest text is {place} ({} characters).",
                    grouped(*n)
                );
            }
            return Some(text);
        }
        if self.rows > MAX_DOCUMENT_ROWS {
            let mut text = format!(
                "{document} cannot be made: {holder} holds {} rows in its lists, where a \
                 document is made of at most {}.",
                grouped(self.rows),
                grouped(MAX_DOCUMENT_ROWS)
            );
            if let Some((what, n)) = &self.longest_list {
                let _ = write!(text, " The longest is {what} ({} rows).", grouped(*n));
            }
            return Some(text);
        }
        None
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
            return Err(Stop::Over(format!(
                "{} characters in {}, where a field takes at most {}",
                grouped(chars as u64),
                describe(&self.path),
                grouped(self.max_text as u64)
            )));
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
            return Err(Stop::Over(format!(
                "{} rows in {}, where a list takes at most {}",
                grouped(len as u64),
                describe_list(&self.path),
                grouped(self.max_rows as u64)
            )));
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
    Over(String),
    /// The value itself failed to serialize.
    Other(String),
}

impl fmt::Display for Stop {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Over(message) | Self::Other(message) => f.write_str(message),
        }
    }
}

impl std::error::Error for Stop {}

impl serde::ser::Error for Stop {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        Self::Other(msg.to_string())
    }
}

/// The word for one row of a list of the plan, by the list's field name.
fn row_noun(list: &str) -> Option<&'static str> {
    Some(match list {
        "systems" => "system",
        "retention" => "retention rule",
        "destinations" => "destination",
        "steps" => "instruction",
        "escalation" => "contact",
        "schedules" => "schedule",
        "encryption" => "encryption check",
        "initial_backups" => "initial backup",
        "errors" => "error",
        "restore_tests" => "restore test",
        "approved_tests" => "approved restore test",
        "entries" => "log review",
        "history" => "revision history line",
        "sessions" => "training session",
        "attendees" => "attendee",
        "revisions" => "revision",
        "changes" => "change",
        _ => return None,
    })
}

/// Where the parts of the plan that are not lists are filled in.
fn part_words(field: &str) -> Option<&'static str> {
    Some(match field {
        "identity" => "the plan details",
        "assessment" => "step 2",
        "procedures" => "step 4",
        "estimate" => "step 5",
        "monitoring" => "step 8",
        "approval" => "step 10",
        "log_reviews" => "step 11",
        "documentation" => "step 12",
        "training" => "step 13",
        "evaluation" => "step 14",
        _ => return None,
    })
}

/// The words for a field.
fn field_words(field: &str) -> String {
    match field {
        "uid" => "calendar identity".to_owned(),
        "what_works" => "\"what works\"".to_owned(),
        other => other.replace('_', " "),
    }
}

/// Where a value is, in words: "the notes of system 4", "instruction 2 in step 4", "the
/// title in the plan details, in the copy of the plan kept with revision 1".
fn describe(path: &[Step]) -> String {
    let (thing, around) = match path {
        [] => return "the plan".to_owned(),
        [around @ .., Step::Field(list), Step::Row(row)] => (
            format!(
                "{} {}",
                row_noun(list).map_or_else(|| field_words(list), str::to_owned),
                row + 1
            ),
            around,
        ),
        [around @ .., Step::Field(field)] => (format!("the {}", field_words(field)), around),
        [around @ .., Step::Row(row)] => (format!("row {}", row + 1), around),
    };
    thing + &surroundings(around)
}

/// What list a path ends at, in words: "the list of attendees of training session 2 in
/// step 13".
fn describe_list(path: &[Step]) -> String {
    match path {
        [around @ .., Step::Field(list)] => {
            let what = row_noun(list).map_or_else(|| field_words(list), |noun| format!("{noun}s"));
            format!("the list of {what}{}", surroundings(around))
        }
        _ => format!("the list in {}", describe(path)),
    }
}

/// The rows and parts around a value, innermost first: " of system 4", " in step 4".
fn surroundings(path: &[Step]) -> String {
    let mut text = String::new();
    let mut rest = path;
    let mut after_copy = false;
    loop {
        match rest {
            [] => break,
            [outer @ .., Step::Field(list), Step::Row(row)] => {
                let noun = row_noun(list).map_or_else(|| field_words(list), str::to_owned);
                let joint = if after_copy { " " } else { " of " };
                let _ = write!(text, "{joint}{noun} {}", row + 1);
                after_copy = false;
                rest = outer;
            }
            [outer @ .., Step::Field(field)] => {
                if *field == "snapshot" {
                    text.push_str(", in the copy of the plan kept with");
                    after_copy = true;
                } else if let Some(part) = part_words(field) {
                    let _ = write!(text, " in {part}");
                }
                rest = outer;
            }
            [outer @ .., Step::Row(row)] => {
                let _ = write!(text, " of row {}", row + 1);
                rest = outer;
            }
        }
    }
    text
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
            SIZE_GB.refusal(-5.0),
            "the size in GB must be between 0 and 1,000,000, not -5"
        );
        assert_eq!(
            PERCENT.refusal(f64::NAN),
            "the percentage must be between 0 and 100, not NaN (not a number)"
        );
        assert_eq!(
            HOURS.refusal(f64::INFINITY),
            "the number of hours must be between 0 and 8,760, not infinity"
        );
        assert_eq!(
            SIZE_GB.refusal(1e300),
            "the size in GB must be between 0 and 1,000,000, not 1e300"
        );
        assert_eq!(
            MINUTES.hint(true),
            "Type a whole number of minutes from 0 to 10,080, such as 90"
        );
        assert!(SIZE_GB.contains(0.0) && SIZE_GB.contains(1_000_000.0));
        assert!(!SIZE_GB.contains(1_000_000.1) && !SIZE_GB.contains(-0.1));
        assert!(!PERCENT.contains(f64::NAN) && !PERCENT.contains(f64::INFINITY));
        let date = NaiveDate::from_ymd_opt(9999, 1, 1).unwrap();
        assert_eq!(
            date_refusal(date),
            "the date must be between 1900-01-01 and 2199-12-31, not 9999-01-01"
        );
        assert!(date_in_range(FIRST_DATE) && date_in_range(LAST_DATE));
        assert!(!date_in_range(FIRST_DATE.pred_opt().unwrap()));
        assert!(!date_in_range(LAST_DATE.succ_opt().unwrap()));
    }

    fn refusal(plan: &Plan) -> String {
        check(plan).unwrap_err().0
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
        assert_eq!(amount.chars, 2 + 15 + 7);
        assert_eq!(amount.rows, 4);
        assert_eq!(
            amount.longest_text,
            Some(("instruction 1 in step 4".to_owned(), 7))
        );
        assert_eq!(
            amount.longest_list,
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
