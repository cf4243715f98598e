//! Reading the backup tools' own logs into runs (`model::evidence`), and bringing them
//! into the plan ([`import`]).
//!
//! Each reader turns a file's text into jobs and their runs. A line that cannot be read is
//! skipped and counted with its number, and never stops the rest. Files are read through
//! `files::disk` (a pipe or a device is refused at once); uses model, advice and files.

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

use crate::model::evidence::{Run, Tool};

/// The formats read, for the message about a file that is none of them.
pub const FORMATS: &str = "restic (backup, snapshots and restore with --json), Borg \
    (create, list and info with --json, and --log-json lines), Duplicati's JSON report, \
    Windows Server Backup and Veeam Agent events saved as XML, Synology Hyper Backup's log \
    and its Log Center CSV, and the plain CSV of any other tool (started, job, result, \
    duration, size)";

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
    /// run is the file's own date: the log does not say it").
    pub notes: Vec<String>,
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

/// Why a file could not be read as a log.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum LogError {
    #[error("{file} is not a backup log Backup Planner reads. It reads {FORMATS}.")]
    NotALog { file: String },
    #[error("{file} is a log, but holds no backup run: {why}")]
    NoRuns { file: String, why: String },
}

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
                "it reports no backup, restore or check".to_owned()
            } else {
                format!("{} lines could not be read", file.skipped.len())
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
        file.notes.push(format!(
            "{} left out: dated before {} or after {}, which a plan does not hold (a \
             computer's clock may have been wrong, or the log writes \"never\" as a date).",
            runs_phrase(out_of_range),
            limits::FIRST_DATE.format("%Y"),
            limits::LAST_DATE.format("%Y")
        ));
    }
    if implausible > 0 {
        file.notes.push(format!(
            "{implausible} {} left unknown: no backup takes more than a year or holds more \
             than 100 petabytes.",
            if implausible == 1 {
                "duration or size was"
            } else {
                "durations or sizes were"
            }
        ));
    }
}

/// "1 run", "3 runs".
pub fn runs_phrase(count: usize) -> String {
    if count == 1 {
        "1 run".to_owned()
    } else {
        format!("{} runs", crate::model::limits::grouped(count as u64))
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
/// of the others (a plan given as a log, a file that is no log, one that cannot be read).
pub fn read_files(paths: &[PathBuf]) -> (Vec<LogFile>, Vec<String>) {
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

fn read_file(path: &Path) -> Result<LogFile, String> {
    let name = path.display().to_string();
    if storage::looks_like_plan(path) {
        return Err(format!(
            "{name} is a backup plan, not a log. (On the command line the plan comes \
             first: import PLAN.ron LOG...)"
        ));
    }
    let bytes = disk::read_limited(path, MAX_LOG_BYTES).map_err(|err| format!("{name}: {err}"))?;
    let text = decode(&bytes);
    let modified = std::fs::metadata(path)
        .and_then(|m| m.modified())
        .ok()
        .map(|t| chrono::DateTime::<chrono::Local>::from(t).naive_local());
    read(&name, &text, modified).map_err(|err| err.to_string())
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
