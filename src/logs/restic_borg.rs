//! restic's and Borg's JSON output.
//!
//! restic (0.14 to current): `backup --json` (status lines, `error` messages, the
//! `summary`; since 0.17 the summary says when the backup started and ended, before that
//! the file's own date stands in), `exit_error` (0.17+) or a `Fatal:` line for a run that
//! failed, `snapshots --json` (the history, each snapshot with its paths and computer, and
//! since 0.17 its summary), and `restore --json` (its summary, 0.16+).
//!
//! Borg (1.2): `create --json` (the archive: start, duration, sizes, the repository),
//! `list --json` and `info --json` (the archives), and `--log-json` lines (warnings and
//! errors, with their time).

use chrono::{DateTime, Local, NaiveDateTime, TimeDelta, Timelike as _};
use serde_json::Value;

use super::json::Piece;
use super::{LogFile, LogJob};
use crate::model::evidence::{Outcome, Run, RunKind, Tool, one_line};

/// Reads the pieces of a JSON log of the file `name`.
pub(super) fn read(name: &str, pieces: &[Piece], modified: Option<NaiveDateTime>) -> LogFile {
    let mut file = LogFile {
        name: name.to_owned(),
        ..LogFile::default()
    };
    let mut problems = Problems::default();
    let mut restic_backups = Vec::new();
    for piece in pieces {
        match piece {
            Piece::Broken(line) => file.skipped.push(*line),
            Piece::Text(line, text) => {
                if !problems.note_text(text) {
                    file.skipped.push(*line);
                }
            }
            Piece::Json(line, value) => {
                if !read_value(
                    value,
                    modified,
                    &mut file,
                    &mut problems,
                    &mut restic_backups,
                ) {
                    file.skipped.push(*line);
                }
            }
        }
    }
    let stem = name.rsplit(['/', '\\']).next().unwrap_or(name);
    // A restic backup log: its runs, or the failure it ended in.
    if !restic_backups.is_empty() || problems.restic_fatal.is_some() {
        let mut runs = Vec::new();
        let mut guessed = false;
        for summary in &restic_backups {
            let (run, from_file) = restic_backup_run(summary, modified, &problems);
            guessed |= from_file;
            runs.extend(run);
        }
        if let Some(message) = &problems.restic_fatal
            && let Some(ended) = modified
        {
            runs.push(Run {
                started: ended,
                outcome: Outcome::Failed,
                message: message.clone(),
                ..Run::default()
            });
            guessed = true;
        }
        if guessed {
            file.notes
                .push(crate::i18n::Phrase::new("logs-note-restic-no-time"));
        }
        file.jobs.push(LogJob {
            tool: Tool::Restic,
            name: format!("{BACKUP_LOG}{stem})"),
            runs,
        });
    }
    // Borg errors with no archive: the run failed.
    if file.jobs.iter().all(|j| j.tool != Tool::Borg)
        && let Some((when, message)) = &problems.borg_error
    {
        file.jobs.push(LogJob {
            tool: Tool::Borg,
            name: format!("borg ({stem})"),
            runs: vec![Run {
                started: *when,
                outcome: Outcome::Failed,
                message: message.clone(),
                ..Run::default()
            }],
        });
    }
    file
}

/// What went wrong, as the log's messages say, for the run they belong to.
#[derive(Default)]
struct Problems {
    /// The first restic error about a file or folder (the backup went on without it).
    restic_warning: Option<String>,
    /// How restic ended a run that failed.
    restic_fatal: Option<String>,
    /// The first Borg warning.
    borg_warning: Option<String>,
    /// The first Borg error, and when.
    borg_error: Option<(NaiveDateTime, String)>,
}

impl Problems {
    /// Notes a plain text line; false when it means nothing to us.
    fn note_text(&mut self, text: &str) -> bool {
        if let Some(fatal) = text.strip_prefix("Fatal: ") {
            self.restic_fatal.get_or_insert_with(|| one_line(fatal));
            true
        } else if text.ends_with("does not exist, skipping")
            || text.starts_with("error: ")
            || text.contains("Errno")
        {
            self.restic_warning.get_or_insert_with(|| one_line(text));
            true
        } else {
            false
        }
    }
}

/// Reads one JSON value into `file`; false when it is nothing we read.
fn read_value(
    value: &Value,
    modified: Option<NaiveDateTime>,
    file: &mut LogFile,
    problems: &mut Problems,
    restic_backups: &mut Vec<Value>,
) -> bool {
    if let Some(items) = value.as_array() {
        // restic snapshots --json.
        let mut job_runs: Vec<LogJob> = Vec::new();
        for item in items {
            let Some((name, run)) = restic_snapshot(item) else {
                return false;
            };
            match job_runs.iter_mut().find(|j| j.name == name) {
                Some(job) => job.runs.push(run),
                None => job_runs.push(LogJob {
                    tool: Tool::Restic,
                    name,
                    runs: vec![run],
                }),
            }
        }
        file.jobs.extend(job_runs);
        return true;
    }
    let text = |key: &str| value.get(key).and_then(Value::as_str);
    match text("message_type") {
        Some("status" | "verbose_status" | "excluded_item" | "change" | "node") => true,
        Some("summary") if value.get("files_restored").is_some() => {
            // restic restore --json: when it ended is not said; the file's date is.
            file.jobs.push(LogJob {
                tool: Tool::Restic,
                name: "restic restore".to_owned(),
                runs: restic_restore_run(value, modified).into_iter().collect(),
            });
            true
        }
        Some("summary") => {
            restic_backups.push(value.clone());
            true
        }
        Some("error") => {
            let message = value
                .get("error")
                .and_then(|e| e.get("message").and_then(Value::as_str).or(e.as_str()))
                .unwrap_or("an error");
            let item = text("item").unwrap_or_default();
            let words = if item.is_empty() {
                message.to_owned()
            } else {
                format!("{item}: {message}")
            };
            problems
                .restic_warning
                .get_or_insert_with(|| one_line(&words));
            true
        }
        Some("exit_error") => {
            let message = text("message").unwrap_or("restic stopped with an error");
            problems
                .restic_fatal
                .get_or_insert_with(|| one_line(message));
            true
        }
        Some(_) => false,
        None => {
            if let Some((name, run)) = super::duplicati::run_of(value) {
                file.push_run(Tool::Duplicati, &name, run);
                return true;
            }
            read_borg(value, file, problems)
        }
    }
}

/// A restic backup run from its summary; true with it when its time is the file's date.
fn restic_backup_run(
    summary: &Value,
    modified: Option<NaiveDateTime>,
    problems: &Problems,
) -> (Option<Run>, bool) {
    let seconds = summary
        .get("total_duration")
        .and_then(Value::as_f64)
        .map(whole_seconds);
    let start = summary
        .get("backup_start")
        .and_then(Value::as_str)
        .and_then(offset_time);
    let end = summary
        .get("backup_end")
        .and_then(Value::as_str)
        .and_then(offset_time);
    let (started, guessed) = match (start, modified) {
        (Some(start), _) => (start, false),
        (None, Some(ended)) => (
            ended - TimeDelta::seconds(seconds.unwrap_or(0).try_into().unwrap_or(0)),
            true,
        ),
        (None, None) => return (None, false),
    };
    let seconds = match (start, end) {
        (Some(start), Some(end)) if end >= start => u64::try_from((end - start).num_seconds()).ok(),
        _ => seconds,
    };
    let (outcome, message) = match &problems.restic_warning {
        Some(warning) => (Outcome::Warning, warning.clone()),
        None => (Outcome::Succeeded, String::new()),
    };
    let run = Run {
        started,
        kind: RunKind::Backup,
        outcome,
        seconds,
        total_bytes: summary.get("total_bytes_processed").and_then(Value::as_u64),
        added_bytes: summary.get("data_added").and_then(Value::as_u64),
        message,
        id: summary
            .get("snapshot_id")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_owned(),
    };
    (Some(run), guessed)
}

/// A restic restore from its summary. It does not say when: the file's own date (when the
/// restore ended) stands in, less the time it took; the person confirms the date in step 9.
fn restic_restore_run(summary: &Value, modified: Option<NaiveDateTime>) -> Option<Run> {
    let seconds = summary
        .get("seconds_elapsed")
        .and_then(Value::as_f64)
        .map(whole_seconds);
    let errors = summary
        .get("errors")
        .and_then(Value::as_u64)
        .unwrap_or_default();
    let ended = modified.unwrap_or_else(|| Local::now().naive_local());
    let took = TimeDelta::seconds(i64::try_from(seconds.unwrap_or(0)).unwrap_or(0));
    Some(Run {
        started: (ended - took).with_nanosecond(0)?,
        kind: RunKind::Restore,
        outcome: if errors > 0 {
            Outcome::Warning
        } else {
            Outcome::Succeeded
        },
        seconds,
        total_bytes: summary.get("bytes_restored").and_then(Value::as_u64),
        added_bytes: None,
        message: if errors > 0 {
            format!("{errors} files could not be restored")
        } else {
            String::new()
        },
        id: String::new(),
    })
}

/// One snapshot of `restic snapshots --json`: its job ("restic /srv/clients on
/// fileserver") and its run.
fn restic_snapshot(item: &Value) -> Option<(String, Run)> {
    let started = offset_time(item.get("time")?.as_str()?)?;
    let paths: Vec<&str> = item
        .get("paths")?
        .as_array()?
        .iter()
        .filter_map(Value::as_str)
        .collect();
    let host = item.get("hostname").and_then(Value::as_str).unwrap_or("?");
    let name = format!("restic {} on {host}", paths.join(", "));
    let summary = item.get("summary");
    let at = |key: &str| summary.and_then(|s| s.get(key));
    let seconds = match (
        at("backup_start")
            .and_then(Value::as_str)
            .and_then(offset_time),
        at("backup_end")
            .and_then(Value::as_str)
            .and_then(offset_time),
    ) {
        (Some(start), Some(end)) if end >= start => u64::try_from((end - start).num_seconds()).ok(),
        _ => None,
    };
    let run = Run {
        started: at("backup_start")
            .and_then(Value::as_str)
            .and_then(offset_time)
            .unwrap_or(started),
        seconds,
        total_bytes: at("total_bytes_processed").and_then(Value::as_u64),
        added_bytes: at("data_added").and_then(Value::as_u64),
        id: item
            .get("id")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_owned(),
        ..Run::default()
    };
    Some((name, run))
}

/// Borg's output: an archive made (create), the archives (list, info), a log line.
fn read_borg(value: &Value, file: &mut LogFile, problems: &mut Problems) -> bool {
    let repository = value
        .get("repository")
        .and_then(|r| r.get("location"))
        .and_then(Value::as_str);
    let name = repository.map_or_else(|| "borg".to_owned(), |r| format!("borg {r}"));
    if let Some(archive) = value.get("archive") {
        let Some(run) = borg_archive(archive) else {
            return false;
        };
        let run = with_borg_problems(run, problems);
        file.push_run(Tool::Borg, &name, run);
        return true;
    }
    if let Some(archives) = value.get("archives").and_then(Value::as_array) {
        for archive in archives {
            if let Some(run) = borg_archive(archive) {
                file.push_run(Tool::Borg, &name, run);
            }
        }
        return true;
    }
    match value.get("type").and_then(Value::as_str) {
        Some("log_message") => {
            let message = value
                .get("message")
                .and_then(Value::as_str)
                .unwrap_or_default();
            let when = value
                .get("time")
                .and_then(Value::as_f64)
                .and_then(epoch_time);
            match value.get("levelname").and_then(Value::as_str) {
                Some("WARNING") => {
                    problems
                        .borg_warning
                        .get_or_insert_with(|| one_line(message));
                }
                Some("ERROR" | "CRITICAL") => {
                    if let Some(when) = when {
                        problems
                            .borg_error
                            .get_or_insert_with(|| (when, one_line(message)));
                    }
                }
                _ => {}
            }
            // A warning that comes after the archive it is about.
            if let Some(job) = file.jobs.iter_mut().rev().find(|j| j.tool == Tool::Borg)
                && let Some(run) = job.runs.last_mut()
                && run.outcome == Outcome::Succeeded
                && let Some(warning) = &problems.borg_warning
            {
                run.outcome = Outcome::Warning;
                run.message.clone_from(warning);
            }
            true
        }
        Some("archive_progress" | "progress_message" | "progress_percent" | "file_status") => true,
        _ => false,
    }
}

fn borg_archive(archive: &Value) -> Option<Run> {
    let started = naive_time(archive.get("start")?.as_str()?)?;
    let stats = archive.get("stats");
    let at = |key: &str| stats.and_then(|s| s.get(key)).and_then(Value::as_u64);
    Some(Run {
        started,
        seconds: archive
            .get("duration")
            .and_then(Value::as_f64)
            .map(whole_seconds),
        total_bytes: at("original_size"),
        added_bytes: at("deduplicated_size"),
        ..Run::default()
    })
}

fn with_borg_problems(mut run: Run, problems: &Problems) -> Run {
    if let Some((_, error)) = &problems.borg_error {
        run.outcome = Outcome::Warning;
        run.message.clone_from(error);
    } else if let Some(warning) = &problems.borg_warning {
        run.outcome = Outcome::Warning;
        run.message.clone_from(warning);
    }
    run
}

/// The restic backup logs of `files` that name a snapshot listed by a snapshot list of
/// `files` take that snapshot's job (its paths and computer) and, where the log did not
/// say, its time.
pub(super) fn join_restic(files: &mut [LogFile]) {
    // Every listed snapshot: its full id, its job and when it started.
    let listed: Vec<(String, String, NaiveDateTime)> = files
        .iter()
        .flat_map(|f| &f.jobs)
        .filter(|j| j.tool == Tool::Restic && !j.name.starts_with(BACKUP_LOG))
        .flat_map(|j| {
            j.runs
                .iter()
                .filter(|r| !r.id.is_empty())
                .map(|r| (r.id.clone(), j.name.clone(), r.started))
        })
        .collect();
    if listed.is_empty() {
        return;
    }
    for file in files.iter_mut() {
        let mut moved = Vec::new();
        for job in file
            .jobs
            .iter_mut()
            .filter(|j| j.tool == Tool::Restic && j.name.starts_with(BACKUP_LOG))
        {
            job.runs.retain(|run| {
                let snapshot = (!run.id.is_empty())
                    .then(|| listed.iter().find(|(id, _, _)| id.starts_with(&run.id)))
                    .flatten();
                match snapshot {
                    Some((_, name, started)) => {
                        moved.push((
                            name.clone(),
                            Run {
                                started: *started,
                                ..run.clone()
                            },
                        ));
                        false
                    }
                    None => true,
                }
            });
        }
        for (name, run) in moved {
            file.push_run(Tool::Restic, &name, run);
        }
        file.jobs.retain(|j| !j.runs.is_empty());
    }
}

/// How a restic backup log's job is called until its snapshot is known.
const BACKUP_LOG: &str = "restic backup (";

/// Seconds, rounded, of a duration in seconds that may have a fraction.
fn whole_seconds(seconds: f64) -> u64 {
    if seconds.is_finite() && seconds > 0.0 {
        // Durations beyond u64 do not occur; the cast saturates.
        #[expect(
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            reason = "checked positive and finite; saturates"
        )]
        let whole = seconds.round() as u64;
        whole
    } else {
        0
    }
}

/// An RFC 3339 time with its offset, as the wall-clock time it was where it was written.
fn offset_time(text: &str) -> Option<NaiveDateTime> {
    DateTime::parse_from_rfc3339(text)
        .ok()?
        .naive_local()
        .with_nanosecond(0)
}

/// A time without an offset ("2026-11-26T22:10:45.000000"), as Borg writes it.
fn naive_time(text: &str) -> Option<NaiveDateTime> {
    NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M:%S%.f")
        .ok()?
        .with_nanosecond(0)
}

/// Seconds since 1970 (Borg's log lines), in this computer's time.
fn epoch_time(seconds: f64) -> Option<NaiveDateTime> {
    if !seconds.is_finite() {
        return None;
    }
    #[expect(
        clippy::cast_possible_truncation,
        reason = "a time in seconds fits i64"
    )]
    let whole = seconds.floor() as i64;
    let utc = DateTime::from_timestamp(whole, 0)?;
    Some(utc.with_timezone(&Local).naive_local())
}
