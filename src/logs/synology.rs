//! Synology Hyper Backup: the lines of its log (`level<TAB>2026/03/09 01:00:02<TAB>user:
//! <TAB>[Local][task] message`) and Log Center's CSV export of them (a line `System`, then
//! `Level,Log,Time,User,Event`, newest first). A task's start line opens a run; its end
//! line (finished successfully, partially completed, failed, cancelled) closes it; an
//! integrity check is a run of its own. Times are the NAS's local time. See
//! tests/fixtures/logs/README.md for the sources and what stays uncertain.

use chrono::NaiveDateTime;

use super::LogFile;
use crate::model::evidence::{Outcome, Run, RunKind, Tool, one_line};

/// One line: when, its level, the task and the words.
struct Entry<'a> {
    line: usize,
    time: NaiveDateTime,
    level: &'a str,
    task: &'a str,
    words: &'a str,
}

/// Reads `text` as Hyper Backup's log or Log Center's CSV of it, if it is one.
pub(super) fn read(name: &str, text: &str) -> Option<LogFile> {
    let (mut entries, skipped) = entries_of(text)?;
    // Log Center lists the newest first.
    entries.sort_by_key(|e| (e.time, e.line));
    let mut file = LogFile {
        name: name.to_owned(),
        skipped,
        ..LogFile::default()
    };
    add_runs(&entries, &mut file);
    Some(file)
}

/// The lines of `text` that are Hyper Backup's, and the numbers of those that are not,
/// if any line is.
fn entries_of(text: &str) -> Option<(Vec<Entry<'_>>, Vec<usize>)> {
    let mut entries = Vec::new();
    let mut skipped = Vec::new();
    let csv = text
        .lines()
        .take(3)
        .any(|l| l.trim().eq_ignore_ascii_case("Level,Log,Time,User,Event"));
    for (index, line) in text.lines().enumerate() {
        let number = index + 1;
        if line.trim().is_empty() {
            continue;
        }
        let entry = if csv {
            csv_entry(line)
        } else {
            log_entry(line)
        };
        match entry {
            Some(mut entry) => {
                entry.line = number;
                entries.push(entry);
            }
            None if csv && (line.trim() == "System" || line.starts_with("Level,")) => {}
            None => skipped.push(number),
        }
    }
    (!entries.is_empty()).then_some((entries, skipped))
}

/// Adds the runs the lines tell to `file`, oldest first: a start line opens a run of its task, an end
/// line closes it, and the first problem said on the way is its words.
fn add_runs(entries: &[Entry<'_>], file: &mut LogFile) {
    let mut open: Vec<(String, NaiveDateTime, RunKind, String)> = Vec::new();
    for entry in entries {
        // A line about the NAS or a task's settings, not a run.
        if entry.task.is_empty() {
            continue;
        }
        let task = entry.task.to_owned();
        let words = entry.words;
        let kind = if words.contains("integrity check") {
            RunKind::Check
        } else {
            RunKind::Backup
        };
        if words.ends_with("task started.") || words.contains("integrity check has started") {
            open.retain(|(t, _, k, _)| !(*t == task && *k == kind));
            open.push((task, entry.time, kind, String::new()));
            continue;
        }
        let Some(outcome) = outcome_of(words, kind) else {
            // A problem on the way: the first is kept as the run's words.
            if matches!(
                entry.level.to_lowercase().as_str(),
                "warning" | "err" | "error"
            ) && let Some(run) = open.iter_mut().find(|(t, _, _, _)| *t == task)
                && run.3.is_empty()
            {
                run.3 = one_line(words);
            }
            continue;
        };
        let begun = open
            .iter()
            .position(|(t, _, k, _)| *t == task && *k == kind)
            .map(|i| open.remove(i));
        let (started, message) = match begun {
            Some((_, started, _, message)) => (started, message),
            None => (entry.time, String::new()),
        };
        let message = match outcome {
            Outcome::Succeeded => String::new(),
            _ if message.is_empty() => one_line(words),
            _ => message,
        };
        let run = Run {
            started,
            kind,
            outcome,
            seconds: u64::try_from((entry.time - started).num_seconds()).ok(),
            message,
            ..Run::default()
        };
        file.push_run(Tool::HyperBackup, &format!("Hyper Backup {task}"), run);
    }
}

/// How a line ends a run, if it does.
fn outcome_of(words: &str, kind: RunKind) -> Option<Outcome> {
    if words.contains("finished successfully") || words.contains("No error was found") {
        Some(Outcome::Succeeded)
    } else if words.contains("partially completed") {
        Some(Outcome::Warning)
    } else if words.contains("cancelled") || words.contains("canceled") {
        Some(Outcome::Cancelled)
    } else if words.starts_with("Failed to run backup task")
        || (kind == RunKind::Check && words.contains("is finished"))
    {
        Some(Outcome::Failed)
    } else {
        None
    }
}

/// `info<TAB>2026/03/09 01:00:02<TAB>SYSTEM:<TAB>[Local][task] words`
fn log_entry(line: &str) -> Option<Entry<'_>> {
    let mut parts = line.splitn(4, '\t');
    let (level, time, _user) = (parts.next()?, parts.next()?, parts.next()?);
    entry(level, time, parts.next()?)
}

/// `Info,System,2026/03/15 03:41:37,SYSTEM,[Network][task] words` (the words may hold
/// commas; quotes are not used by Log Center for these).
fn csv_entry(line: &str) -> Option<Entry<'_>> {
    let mut parts = line.splitn(5, ',');
    let (level, _log, time, _user) = (parts.next()?, parts.next()?, parts.next()?, parts.next()?);
    entry(level, time, parts.next()?.trim_matches('"'))
}

/// A line of either form, from its level, its time and its text; a text naming no task
/// is a line about the NAS or a task's settings.
fn entry<'a>(level: &'a str, time: &str, text: &'a str) -> Option<Entry<'a>> {
    let time = NaiveDateTime::parse_from_str(time.trim(), "%Y/%m/%d %H:%M:%S").ok()?;
    let (task, words) = task_and_words(text).unwrap_or(("", text));
    Some(Entry {
        line: 0,
        time,
        level: level.trim(),
        task,
        words,
    })
}

/// "[Local][Client files to USB] Backup task started." gives the task and its words; the
/// kind in the first brackets is left out when there are two (task names hold no brackets).
fn task_and_words(text: &str) -> Option<(&str, &str)> {
    let text = text.trim();
    let rest = text.strip_prefix('[')?;
    let (first, after) = rest.split_once(']')?;
    match after.strip_prefix('[') {
        Some(second) => {
            let (task, words) = second.split_once(']')?;
            Some((task, words.trim()))
        }
        None => Some((first, after.trim())),
    }
}
