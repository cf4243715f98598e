//! Reading the backup tools' own logs into runs (`model::evidence`), and bringing them
//! into the plan ([`import`]).
//!
//! Each reader turns a file's text into jobs and their runs. A line that cannot be read is
//! skipped and counted with its number, and never stops the rest. Files are read through
//! `files::disk` (a pipe or a device is refused at once); uses i18n, model, advice and
//! files. What it says to a person is a `Phrase` of `assets/i18n/<language>/logs.ftl`,
//! worded in the reader's language.

mod csv;
mod duplicati;
pub mod import;
mod json;
mod restic_borg;
mod synology;
mod windows;

use std::path::{Path, PathBuf};

use chrono::NaiveDateTime;

use crate::files::{disk, storage};
use crate::i18n::{Language, Phrase};
use crate::model::evidence::{Run, Tool};

/// A job and its runs, as one log file tells them.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LogJob {
    pub tool: Tool,
    /// What identifies the job in its log: "restic /srv/clients on fileserver".
    pub name: String,
    pub runs: Vec<Run>,
}

/// What one log file held.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LogFile {
    /// The file's name, as messages call it.
    pub name: String,
    pub jobs: Vec<LogJob>,
    /// The lines that could not be read, by number (from 1).
    pub skipped: Vec<usize>,
    /// Something the person should know about how the file was read ("the time of the
    /// run is the file's own date: the log does not say it"), worded in the reader's
    /// language.
    pub notes: Vec<Phrase>,
}

impl LogFile {
    /// Adds `run` to the job `name` of `tool`, which it makes when the file has none yet.
    pub(crate) fn push_run(&mut self, tool: Tool, name: &str, run: Run) {
        match self
            .jobs
            .iter_mut()
            .find(|j| j.tool == tool && j.name == name)
        {
            Some(job) => job.runs.push(run),
            None => self.jobs.push(LogJob {
                tool,
                name: name.to_owned(),
                runs: vec![run],
            }),
        }
    }

    /// How many runs the file held.
    pub fn run_count(&self) -> usize {
        self.jobs.iter().map(|j| j.runs.len()).sum()
    }
}

/// Why a file could not be read as a log. Its text (`to_string`) is English;
/// [`Self::phrase`] words it in any language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LogError {
    /// None of the formats read: the message names them.
    NotALog { file: String },
    /// A log, but with no backup run in it.
    NoRuns { file: String, why: NoRunsWhy },
}

/// Why a log holds no backup run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoRunsWhy {
    /// It reports no backup, restore or check.
    NothingReported,
    /// This many of its lines could not be read.
    Unreadable(usize),
    /// A CSV file whose header names no job or system column.
    NoJobColumn,
}

impl LogError {
    /// What went wrong, for a person, in whichever language they read.
    pub fn phrase(&self) -> Phrase {
        match self {
            Self::NotALog { file } => Phrase::new("logs-not-a-log").with("file", file.as_str()),
            Self::NoRuns { file, why } => match why {
                NoRunsWhy::NothingReported => Phrase::new("logs-no-runs-nothing"),
                NoRunsWhy::Unreadable(count) => {
                    Phrase::new("logs-no-runs-unreadable").with("count", *count)
                }
                NoRunsWhy::NoJobColumn => Phrase::new("logs-no-runs-no-job-column"),
            }
            .with("file", file.as_str()),
        }
    }
}

impl std::fmt::Display for LogError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.phrase().text(Language::ENGLISH))
    }
}

impl std::error::Error for LogError {}

/// Reads the log `text` of the file `name`, last changed at `modified` (in the office's
/// time: the time of a run whose log does not say when it happened).
pub fn read(name: &str, text: &str, modified: Option<NaiveDateTime>) -> Result<LogFile, LogError> {
    let mut file = if let Some(file) = windows::read(name, text) {
        file
    } else if let Some(file) = synology::read(name, text) {
        file
    } else if let Some(file) = csv::read(name, text)? {
        file
    } else {
        let pieces = json::scan(text);
        let file = restic_borg::read(name, &pieces, modified);
        // Text with no JSON is a log only where restic said in words how a run ended.
        if file.jobs.is_empty() && !pieces.iter().any(|p| matches!(p, json::Piece::Json(..))) {
            return Err(LogError::NotALog {
                file: name.to_owned(),
            });
        }
        file
    };
    tidy(&mut file);
    file.jobs.retain(|j| !j.runs.is_empty());
    if file.jobs.is_empty() {
        return Err(LogError::NoRuns {
            file: name.to_owned(),
            why: if file.skipped.is_empty() {
                NoRunsWhy::NothingReported
            } else {
                NoRunsWhy::Unreadable(file.skipped.len())
            },
        });
    }
    for job in &mut file.jobs {
        job.runs.sort_by_key(|r| (r.started, r.kind));
    }
    Ok(file)
}

/// The longest a run is believed to take: a backup or restore that a log says ran for
/// more than a year is a misreading, not a run.
const MOST_SECONDS: u64 = 366 * 24 * 3600;

/// The largest backup believed: 100 petabytes. A size beyond it is a misreading.
const MOST_BYTES: u64 = 100_000_000_000_000_000;

/// Makes what a file says fit a plan, whatever the file holds: job names on one line
/// without control characters or direction marks, at most [`JOB_NAME_CHARS`] long; runs
/// dated outside the years a plan holds left out; durations and sizes no backup has left
/// unknown. Each is said in the file's notes.
fn tidy(file: &mut LogFile) {
    use crate::model::evidence::{JOB_NAME_CHARS, one_line_of};
    use crate::model::limits;

    let mut jobs: Vec<LogJob> = Vec::new();
    let (mut out_of_range, mut implausible) = (0_usize, 0_usize);
    for mut job in std::mem::take(&mut file.jobs) {
        job.name = one_line_of(&job.name, JOB_NAME_CHARS);
        let before = job.runs.len();
        job.runs.retain(|r| limits::date_in_range(r.started.date()));
        out_of_range += before - job.runs.len();
        for run in &mut job.runs {
            if run.seconds.is_some_and(|s| s > MOST_SECONDS) {
                run.seconds = None;
                implausible += 1;
            }
            for bytes in [&mut run.total_bytes, &mut run.added_bytes] {
                if bytes.is_some_and(|b| b > MOST_BYTES) {
                    *bytes = None;
                    implausible += 1;
                }
            }
        }
        // Two names that differed only in what was tidied away are one job.
        match jobs
            .iter_mut()
            .find(|j| j.tool == job.tool && j.name == job.name)
        {
            Some(same) => same.runs.append(&mut job.runs),
            None => jobs.push(job),
        }
    }
    file.jobs = jobs;
    if out_of_range > 0 {
        file.notes.push(
            Phrase::new("logs-note-out-of-range")
                .with("count", out_of_range)
                // Years, written as they are (1900, not 1,900).
                .with("first", limits::FIRST_DATE.format("%Y").to_string())
                .with("last", limits::LAST_DATE.format("%Y").to_string()),
        );
    }
    if implausible > 0 {
        file.notes
            .push(Phrase::new("logs-note-implausible").with("count", implausible));
    }
}

/// Joins what several files say about the same runs: a restic backup log names its
/// snapshot, and the snapshot list says whose paths and which computer it was, and when.
pub fn join(files: &mut [LogFile]) {
    restic_borg::join_restic(files);
}

/// The largest log file read: some million lines.
pub const MAX_LOG_BYTES: u64 = 256 * 1024 * 1024;

/// Reads the log files at `paths`: those that could be read, and one sentence about each
/// of the others (a plan given as a log, a file that is no log, one that cannot be read),
/// to be worded in the reader's language.
pub fn read_files(paths: &[PathBuf]) -> (Vec<LogFile>, Vec<Phrase>) {
    let mut files = Vec::new();
    let mut problems = Vec::new();
    for path in paths {
        match read_file(path) {
            Ok(file) => files.push(file),
            Err(problem) => problems.push(problem),
        }
    }
    join(&mut files);
    (files, problems)
}

fn read_file(path: &Path) -> Result<LogFile, Phrase> {
    let name = path.display().to_string();
    if storage::looks_like_plan(path) {
        return Err(Phrase::new("logs-plan-not-log").with("file", name));
    }
    // The disk's own error is English for now.
    let bytes = disk::read_limited(path, MAX_LOG_BYTES).map_err(|err| {
        Phrase::new("logs-file-error")
            .with("file", name.as_str())
            .with("error", err.to_string())
    })?;
    let text = decode(&bytes);
    let modified = std::fs::metadata(path)
        .and_then(|m| m.modified())
        .ok()
        .map(|t| chrono::DateTime::<chrono::Local>::from(t).naive_local());
    read(&name, &text, modified).map_err(|err| err.phrase())
}

/// A file's text: UTF-8, or UTF-16 where the file says so (Windows' Event Viewer saves
/// its XML so); anything not readable becomes a replacement character.
fn decode(bytes: &[u8]) -> String {
    let units = |little: bool| -> String {
        let words = bytes[2..].chunks_exact(2).map(|pair| {
            let pair = [pair[0], pair[1]];
            if little {
                u16::from_le_bytes(pair)
            } else {
                u16::from_be_bytes(pair)
            }
        });
        char::decode_utf16(words)
            .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
            .collect()
    };
    match bytes {
        [0xff, 0xfe, ..] => units(true),
        [0xfe, 0xff, ..] => units(false),
        _ => String::from_utf8_lossy(bytes).into_owned(),
    }
}

/// A time written in UTC ("2026-03-10T22:00:05.1932877Z", as Windows and .NET write it),
/// in this computer's time, to the second; `None` for the "never" they write as the
/// year 1 or 1601.
fn utc_time(text: &str) -> Option<NaiveDateTime> {
    let utc = chrono::DateTime::parse_from_rfc3339(text.trim()).ok()?;
    if utc.timestamp() < 0 {
        return None;
    }
    chrono::Timelike::with_nanosecond(&utc.with_timezone(&chrono::Local).naive_local(), 0)
}
