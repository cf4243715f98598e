//! What the office's backup tools recorded of their runs, read from their own logs: the
//! evidence the plan is held against (steps 8, 9, 11 and 14).
//!
//! A plan keeps what the steps need of each run and no more, one short line a run, so
//! that a year of hourly runs stays quick to open and plain to read in the file:
//!
//! ```text
//! 2026-03-01T02:00:05 backup ok 3605s 1.2G+15M
//! 2026-03-02T02:00:04 backup failed - - Fatal: unable to open repository
//! ```
//!
//! Approved revisions do not carry the evidence (see `Plan::record_revision`).

use std::fmt::Write as _;

use chrono::{Datelike as _, NaiveDateTime, Timelike as _};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::model::ids::SystemId;

/// Every job the imported logs named, with its runs.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Evidence {
    pub jobs: Vec<Job>,
}

impl Evidence {
    /// Whether no log has been read into the plan.
    pub fn is_empty(&self) -> bool {
        self.jobs.is_empty()
    }
}

/// The backup tools whose logs are read.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum Tool {
    #[default]
    Restic,
    Borg,
    Duplicati,
    WindowsServerBackup,
    VeeamAgent,
    HyperBackup,
    /// A plain CSV file, for any other tool.
    Csv,
}

impl Tool {
    /// The tool's name as its users know it.
    pub fn label(self) -> &'static str {
        match self {
            Self::Restic => "restic",
            Self::Borg => "Borg",
            Self::Duplicati => "Duplicati",
            Self::WindowsServerBackup => "Windows Server Backup",
            Self::VeeamAgent => "Veeam Agent",
            Self::HyperBackup => "Hyper Backup",
            Self::Csv => "CSV",
        }
    }
}

/// One backup job as its tool names it (a repository and its paths, a task), the system
/// of step 1 it backs up, and its runs.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Job {
    pub tool: Tool,
    /// What identifies the job in its logs: "restic /srv/clients on fileserver".
    pub name: String,
    /// The system of step 1 it backs up, once matched.
    pub system: Option<SystemId>,
    /// Its runs, oldest first, one a start time and kind.
    #[serde(serialize_with = "runs_out", deserialize_with = "runs_in")]
    pub runs: Runs,
}

/// A job's runs, shared by the copies of a plan (the state Undo keeps, the state last
/// saved, the one last looked at) until one of them changes: a year of hourly runs is
/// then compared and copied as one pointer, not 8,760 runs on every frame.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Runs(std::sync::Arc<Vec<Run>>);

impl Runs {
    /// The runs to change: this copy's own from now on.
    pub fn make_mut(&mut self) -> &mut Vec<Run> {
        std::sync::Arc::make_mut(&mut self.0)
    }
}

impl std::ops::Deref for Runs {
    type Target = Vec<Run>;

    fn deref(&self) -> &Vec<Run> {
        &self.0
    }
}

impl From<Vec<Run>> for Runs {
    fn from(runs: Vec<Run>) -> Self {
        Self(std::sync::Arc::new(runs))
    }
}

impl FromIterator<Run> for Runs {
    fn from_iter<I: IntoIterator<Item = Run>>(runs: I) -> Self {
        Self::from(runs.into_iter().collect::<Vec<_>>())
    }
}

/// What a run did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum RunKind {
    #[default]
    Backup,
    Restore,
    /// A check of the backups themselves (an integrity check).
    Check,
}

/// How a run ended.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Outcome {
    #[default]
    Succeeded,
    /// It finished, but left something out or reported a problem.
    Warning,
    Failed,
    Cancelled,
}

impl Outcome {
    /// Whether the run left a usable backup (a warning still does).
    pub fn is_good(self) -> bool {
        matches!(self, Self::Succeeded | Self::Warning)
    }

    /// A word for a person.
    pub fn label(self) -> &'static str {
        match self {
            Self::Succeeded => "succeeded",
            Self::Warning => "finished with warnings",
            Self::Failed => "failed",
            Self::Cancelled => "was cancelled",
        }
    }
}

/// One run of a job, as its log recorded it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Run {
    /// When it started, in the office's time as the log wrote it (to the second).
    pub started: NaiveDateTime,
    pub kind: RunKind,
    pub outcome: Outcome,
    /// How long it took, in seconds, if the log says.
    pub seconds: Option<u64>,
    /// How much data it covered (the size of the backup), in bytes, if the log says.
    pub total_bytes: Option<u64>,
    /// How much new or changed data it stored, in bytes, if the log says.
    pub added_bytes: Option<u64>,
    /// The tool's own words about what went wrong, if anything (one line, cut short).
    pub message: String,
    /// The tool's own name for the run while its logs are read (a restic snapshot's id),
    /// to tell the same run in two logs; not kept in the plan.
    pub id: String,
}

/// The longest a run's message is kept, in characters.
pub const MESSAGE_CHARS: usize = 300;

impl Run {
    /// When it ended, if its duration is known.
    pub fn ended(&self) -> Option<NaiveDateTime> {
        let seconds = i64::try_from(self.seconds?).ok()?;
        self.started
            .checked_add_signed(chrono::TimeDelta::try_seconds(seconds)?)
    }

    /// The run as one line of the plan file.
    pub fn to_line(&self) -> String {
        // Written field by field: a year of hourly runs is written at every save, and
        // chrono's format string would be parsed again for each.
        let (date, time) = (self.started.date(), self.started.time());
        let mut line = format!(
            "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}",
            date.year(),
            date.month(),
            date.day(),
            time.hour(),
            time.minute(),
            time.second()
        );
        line.push(' ');
        line.push_str(match self.kind {
            RunKind::Backup => "backup",
            RunKind::Restore => "restore",
            RunKind::Check => "check",
        });
        line.push(' ');
        line.push_str(match self.outcome {
            Outcome::Succeeded => "ok",
            Outcome::Warning => "warning",
            Outcome::Failed => "failed",
            Outcome::Cancelled => "cancelled",
        });
        match self.seconds {
            Some(s) => {
                let _ = write!(line, " {s}s");
            }
            None => line.push_str(" -"),
        }
        match (self.total_bytes, self.added_bytes) {
            (None, None) => line.push_str(" -"),
            (total, added) => {
                line.push(' ');
                if let Some(total) = total {
                    line.push_str(&bytes_text(total));
                }
                if let Some(added) = added {
                    line.push('+');
                    line.push_str(&bytes_text(added));
                }
            }
        }
        let message = one_line(&self.message);
        if !message.is_empty() {
            line.push(' ');
            line.push_str(&message);
        }
        line
    }

    /// Reads a run from one line of the plan file; `None` if it is not one.
    pub fn from_line(line: &str) -> Option<Self> {
        let mut parts = line.splitn(6, ' ');
        let started = NaiveDateTime::parse_from_str(parts.next()?, "%Y-%m-%dT%H:%M:%S").ok()?;
        let kind = match parts.next()? {
            "backup" => RunKind::Backup,
            "restore" => RunKind::Restore,
            "check" => RunKind::Check,
            _ => return None,
        };
        let outcome = match parts.next()? {
            "ok" => Outcome::Succeeded,
            "warning" => Outcome::Warning,
            "failed" => Outcome::Failed,
            "cancelled" => Outcome::Cancelled,
            _ => return None,
        };
        let seconds = match parts.next()? {
            "-" => None,
            s => Some(s.strip_suffix('s')?.parse().ok()?),
        };
        let (total_bytes, added_bytes) = match parts.next()? {
            "-" => (None, None),
            sizes => {
                let (total, added) = sizes.split_once('+').unwrap_or((sizes, ""));
                let read = |s: &str| -> Option<Option<u64>> {
                    if s.is_empty() {
                        Some(None)
                    } else {
                        bytes_from_text(s).map(Some)
                    }
                };
                (read(total)?, read(added)?)
            }
        };
        let message = parts.next().unwrap_or_default().to_owned();
        Some(Self {
            started,
            kind,
            outcome,
            seconds,
            total_bytes,
            added_bytes,
            message,
            id: String::new(),
        })
    }

    /// Completes this run with what another log says of the same run: what this one
    /// lacks, and the worse outcome with its message.
    pub fn fill_from(&mut self, other: Self) {
        self.seconds = self.seconds.or(other.seconds);
        self.total_bytes = self.total_bytes.or(other.total_bytes);
        self.added_bytes = self.added_bytes.or(other.added_bytes);
        if other.outcome > self.outcome {
            self.outcome = other.outcome;
            self.message = other.message;
        } else if self.message.is_empty() {
            self.message = other.message;
        }
    }

    /// What makes a run the same run in two logs: when it started (to the second) and
    /// what it did.
    pub fn key(&self) -> (NaiveDateTime, RunKind) {
        (
            self.started.with_nanosecond(0).unwrap_or(self.started),
            self.kind,
        )
    }

    /// Whether two runs are the same run (read twice from the same or another log).
    pub fn same_as(&self, other: &Self) -> bool {
        self.key() == other.key()
    }
}

/// A tool's message on one line of at most [`MESSAGE_CHARS`] characters, without
/// control characters.
pub fn one_line(text: &str) -> String {
    one_line_of(text, MESSAGE_CHARS)
}

/// The longest a job's name is kept, in characters.
pub const JOB_NAME_CHARS: usize = 200;

/// `text` on one line of at most `max` characters, without control characters and
/// without the marks that turn the direction of text (a log's "gnp.exe" written so that
/// it shows as "exe.png" in a document).
pub fn one_line_of(text: &str, max: usize) -> String {
    let cleaned: String = text
        .chars()
        .filter(|c| !is_direction_mark(*c))
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    crate::model::format::one_line(&cleaned, max)
}

/// The embeddings, overrides and isolates of Unicode's bidirectional text.
fn is_direction_mark(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// A size in the plan file: exact bytes, written short where that loses nothing
/// ("15M" is 15,000,000 bytes; "1234567" stays as it is).
fn bytes_text(bytes: u64) -> String {
    for (unit, size) in [
        ("T", 1_000_000_000_000),
        ("G", 1_000_000_000),
        ("M", 1_000_000),
        ("K", 1_000),
    ] {
        if bytes >= size && bytes.is_multiple_of(size) {
            return format!("{}{unit}", bytes / size);
        }
    }
    bytes.to_string()
}

fn bytes_from_text(text: &str) -> Option<u64> {
    let (digits, unit) = match text.char_indices().last()? {
        (i, 'K') => (&text[..i], 1_000),
        (i, 'M') => (&text[..i], 1_000_000),
        (i, 'G') => (&text[..i], 1_000_000_000),
        (i, 'T') => (&text[..i], 1_000_000_000_000),
        _ => (text, 1),
    };
    digits.parse::<u64>().ok()?.checked_mul(unit)
}

fn runs_out<S: Serializer>(runs: &Runs, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.collect_seq(runs.iter().map(Run::to_line))
}

fn runs_in<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Runs, D::Error> {
    let lines = Vec::<String>::deserialize(deserializer)?;
    if lines.len() > crate::model::limits::MAX_RUNS {
        return Err(serde::de::Error::custom(format!(
            "a job holds {} runs, more than the {} Backup Planner keeps",
            lines.len(),
            crate::model::limits::MAX_RUNS
        )));
    }
    lines
        .iter()
        .map(|line| {
            let fits = line.chars().count() <= MESSAGE_CHARS + 100;
            fits.then(|| Run::from_line(line)).flatten().ok_or_else(|| {
                serde::de::Error::custom(format!("not a backup run: {}", one_line(line)))
            })
        })
        .collect()
}

impl Job {
    /// Adds `runs` not already among this job's; returns how many were new. Runs stay
    /// oldest first.
    pub fn add_runs(&mut self, runs: impl IntoIterator<Item = Run>) -> usize {
        // Where each run is, by what makes it the same run: a year of hourly runs is
        // looked up, not searched.
        let mut known: std::collections::HashMap<(NaiveDateTime, RunKind), usize> = self
            .runs
            .iter()
            .enumerate()
            .map(|(i, r)| (r.key(), i))
            .collect();
        let mut added = 0;
        let mut changed = Vec::new();
        for run in runs {
            if let Some(&at) = known.get(&run.key()) {
                changed.push((at, run));
                continue;
            }
            // Added in order below, so a later run of the same key finds it there.
            known.insert(run.key(), self.runs.len() + added);
            changed.push((usize::MAX, run));
            added += 1;
        }
        if changed.is_empty() {
            return 0;
        }
        let runs = self.runs.make_mut();
        for (at, run) in changed {
            match runs.get_mut(at) {
                Some(known) => known.fill_from(run),
                None => runs.push(run),
            }
        }
        if added > 0 {
            runs.sort_by_key(|r| (r.started, r.kind));
        }
        added
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_keeps_no_mark_that_turns_the_text_around() {
        let message = "file gnp\u{202e}.exe\u{202c} failed\u{1b}[31m\nat line 2";
        assert_eq!(one_line(message), "file gnp.exe failed [31m at line 2");
        assert_eq!(one_line_of(&"é".repeat(300), 200).chars().count(), 200);
    }

    fn at(text: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M:%S").unwrap()
    }

    #[test]
    fn a_run_is_one_line_and_back() {
        let runs = [
            Run {
                started: at("2026-03-01T02:00:05"),
                seconds: Some(3605),
                total_bytes: Some(1_200_000_000),
                added_bytes: Some(15_000_000),
                ..Run::default()
            },
            Run {
                started: at("2026-03-02T02:00:04"),
                outcome: Outcome::Failed,
                message: "Fatal: unable to open\nrepository \u{1b}[31m".into(),
                ..Run::default()
            },
            Run {
                started: at("2026-03-03T10:00:00"),
                kind: RunKind::Restore,
                outcome: Outcome::Warning,
                seconds: Some(0),
                total_bytes: Some(1_234_567),
                ..Run::default()
            },
            Run {
                started: at("2026-03-04T10:00:00"),
                kind: RunKind::Check,
                added_bytes: Some(7),
                ..Run::default()
            },
        ];
        assert_eq!(
            runs[0].to_line(),
            "2026-03-01T02:00:05 backup ok 3605s 1200M+15M"
        );
        assert_eq!(
            runs[1].to_line(),
            "2026-03-02T02:00:04 backup failed - - Fatal: unable to open repository [31m"
        );
        for run in &runs {
            let back = Run::from_line(&run.to_line()).unwrap();
            assert_eq!(back.to_line(), run.to_line());
            assert_eq!(back.total_bytes, run.total_bytes);
            assert_eq!(back.added_bytes, run.added_bytes);
        }
        for bad in [
            "",
            "2026-03-01 backup ok - -",
            "2026-03-01T02:00:05 nap ok - -",
            "2026-03-01T02:00:05 backup ok 5 -",
            "2026-03-01T02:00:05 backup ok - 99999999999999999999T",
        ] {
            assert!(Run::from_line(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn a_run_read_twice_is_kept_once() {
        let mut job = Job::default();
        let run = Run {
            started: at("2026-03-01T02:00:05"),
            ..Run::default()
        };
        assert_eq!(job.add_runs([run.clone(), run.clone()]), 1);
        assert_eq!(job.add_runs([run]), 0);
        assert_eq!(job.runs.len(), 1);
    }
}
