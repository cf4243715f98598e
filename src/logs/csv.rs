//! The plain CSV for any other tool: a header, then one run a line.
//!
//! Columns, by name in the header (any order, any case; comma, semicolon or tab between):
//! `started` (or `date` and `time`): 2026-03-01 02:00, 2026-03-01T02:00:00 or
//! 01.03.2026 02:00; `job` (or `system`, `task`); `result`: ok, success, warning, failed,
//! error, cancelled; `duration` (optional): seconds, 1:02:03, 90 min or 2 h; `size`
//! (optional): bytes or 12.5 GB; `changed` (optional): the new or changed data, as size;
//! `kind` (optional): backup, restore or check; `message` (optional).

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};

use super::{LogError, LogFile, NoRunsWhy};
use crate::model::evidence::{Outcome, Run, RunKind, Tool, one_line};

/// The columns a header may name, and the names each goes by.
const COLUMNS: &[(Column, &[&str])] = &[
    (
        Column::Started,
        &["started", "start", "datetime", "date time"],
    ),
    (Column::Date, &["date", "day"]),
    (Column::Time, &["time"]),
    (Column::Job, &["job", "system", "task", "name"]),
    (Column::Result, &["result", "status", "outcome"]),
    (Column::Duration, &["duration", "seconds", "time taken"]),
    (Column::Size, &["size", "bytes", "total"]),
    (Column::Changed, &["changed", "added", "new data"]),
    (Column::Kind, &["kind", "type", "operation"]),
    (Column::Message, &["message", "error", "details", "note"]),
];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Column {
    Started,
    Date,
    Time,
    Job,
    Result,
    Duration,
    Size,
    Changed,
    Kind,
    Message,
}

/// Reads `text` as the plain CSV, if its first line is such a header; `Ok(None)` if not.
pub(super) fn read(name: &str, text: &str) -> Result<Option<LogFile>, LogError> {
    let Some(header) = text.lines().find(|l| !l.trim().is_empty()) else {
        return Ok(None);
    };
    let delimiter = [b';', b'\t', b',']
        .into_iter()
        .max_by_key(|d| header.bytes().filter(|b| b == d).count())
        .unwrap_or(b',');
    let mut reader = ::csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .trim(::csv::Trim::All)
        .from_reader(text.as_bytes());
    let Ok(names) = reader.headers().cloned() else {
        return Ok(None);
    };
    let columns: Vec<Option<Column>> = names
        .iter()
        .map(|n| {
            let n = n.trim().trim_start_matches('\u{feff}').to_lowercase();
            COLUMNS
                .iter()
                .find(|(_, names)| names.contains(&n.as_str()))
                .map(|(c, _)| *c)
        })
        .collect();
    let has = |c: Column| columns.contains(&Some(c));
    let timed = has(Column::Started) || has(Column::Date);
    if !(timed && has(Column::Result)) {
        return Ok(None);
    }
    if !has(Column::Job) {
        return Err(LogError::NoRuns {
            file: name.to_owned(),
            why: NoRunsWhy::NoJobColumn,
        });
    }
    let mut file = LogFile {
        name: name.to_owned(),
        ..LogFile::default()
    };
    for record in reader.records() {
        let record = match record {
            Ok(record) => record,
            Err(err) => {
                let line = err.position().map_or(0, ::csv::Position::line);
                file.skipped
                    .push(usize::try_from(line).unwrap_or(usize::MAX));
                continue;
            }
        };
        let line = record
            .position()
            .map_or(0, |p| usize::try_from(p.line()).unwrap_or(usize::MAX));
        if record.iter().all(str::is_empty) {
            continue;
        }
        let field = |c: Column| {
            columns
                .iter()
                .position(|x| *x == Some(c))
                .and_then(|i| record.get(i))
                .unwrap_or_default()
        };
        match run_of(&field) {
            Some((job, run)) => file.push_run(Tool::Csv, &job, run),
            None => file.skipped.push(line),
        }
    }
    Ok(Some(file))
}

/// The job and the run of one line, if every field it needs reads.
fn run_of<'r>(field: &dyn Fn(Column) -> &'r str) -> Option<(String, Run)> {
    let started = match field(Column::Started) {
        "" => date_time(&format!("{} {}", field(Column::Date), field(Column::Time)))?,
        text => date_time(text)?,
    };
    let job = field(Column::Job);
    if job.is_empty() {
        return None;
    }
    let outcome = outcome(field(Column::Result))?;
    let kind = match field(Column::Kind).to_lowercase().as_str() {
        "" | "backup" => RunKind::Backup,
        "restore" => RunKind::Restore,
        "check" | "verify" => RunKind::Check,
        _ => return None,
    };
    let optional = |text: &str, read: fn(&str) -> Option<u64>| match text {
        "" => Some(None),
        text => read(text).map(Some),
    };
    let run = Run {
        started,
        kind,
        outcome,
        seconds: optional(field(Column::Duration), duration)?,
        total_bytes: optional(field(Column::Size), size)?,
        added_bytes: optional(field(Column::Changed), size)?,
        message: one_line(field(Column::Message)),
        id: String::new(),
    };
    Some((job.to_owned(), run))
}

fn date_time(text: &str) -> Option<NaiveDateTime> {
    let text = text.trim();
    for format in [
        "%Y-%m-%d %H:%M:%S",
        "%Y-%m-%d %H:%M",
        "%Y-%m-%dT%H:%M:%S",
        "%Y-%m-%dT%H:%M",
        "%d.%m.%Y %H:%M:%S",
        "%d.%m.%Y %H:%M",
    ] {
        if let Ok(t) = NaiveDateTime::parse_from_str(text, format) {
            return Some(t);
        }
    }
    // A date alone: the start of the day.
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .ok()
        .map(|d| d.and_time(NaiveTime::MIN))
}

fn outcome(text: &str) -> Option<Outcome> {
    Some(match text.to_lowercase().as_str() {
        "ok" | "success" | "succeeded" | "successful" | "completed" | "done" => Outcome::Succeeded,
        "warning" | "warnings" | "partial" | "partially completed" => Outcome::Warning,
        "failed" | "failure" | "error" | "fail" => Outcome::Failed,
        "cancelled" | "canceled" | "aborted" | "stopped" => Outcome::Cancelled,
        _ => return None,
    })
}

/// A duration: seconds, h:mm:ss, mm:ss, or a number with s, min or h.
fn duration(text: &str) -> Option<u64> {
    let text = text.trim().to_lowercase();
    if text.contains(':') {
        let parts: Vec<u64> = text
            .split(':')
            .map(|p| p.parse().ok())
            .collect::<Option<_>>()?;
        return match parts.as_slice() {
            [h, m, s] => Some(h * 3600 + m * 60 + s),
            [m, s] => Some(m * 60 + s),
            _ => None,
        };
    }
    let (number, unit) = split_unit(&text);
    let factor = match unit {
        "" | "s" | "sec" | "seconds" => 1.0,
        "min" | "m" | "minutes" => 60.0,
        "h" | "hours" => 3600.0,
        _ => return None,
    };
    whole(number? * factor)
}

/// A size: bytes, or a number with KB, MB, GB or TB (and their KiB forms).
fn size(text: &str) -> Option<u64> {
    let text = text.trim().to_lowercase();
    let (number, unit) = split_unit(&text);
    let factor = match unit {
        "" | "b" | "bytes" => 1.0,
        "kb" => 1e3,
        "mb" => 1e6,
        "gb" => 1e9,
        "tb" => 1e12,
        "kib" => 1024.0,
        "mib" => 1_048_576.0,
        "gib" => 1_073_741_824.0,
        "tib" => 1_099_511_627_776.0,
        _ => return None,
    };
    whole(number? * factor)
}

/// A number (a comma read as the decimal point) and the unit after it.
fn split_unit(text: &str) -> (Option<f64>, &str) {
    let end = text
        .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
        .unwrap_or(text.len());
    let number = text[..end].replace(',', ".").parse::<f64>().ok();
    (number, text[end..].trim())
}

fn whole(value: f64) -> Option<u64> {
    // A size or duration beyond 2^53 does not occur in a log; the cast saturates.
    #[expect(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        reason = "checked finite and not negative; saturates"
    )]
    (value.is_finite() && value >= 0.0).then(|| value.round() as u64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tool_history_in_csv() {
        let text = "\u{feff}Started;Job;Result;Duration;Size;Message\n\
            2026-03-01 02:00;Accounts;OK;1:00:05;1,5 GB;\n\
            01.03.2026 03:00;Mail;failed;90 s;;\"disk full; stopped\"\n\
            garbage;x;y\n\
            2026-03-02 02:00;Accounts;success;3605;1500000000;\n";
        let file = read("history.csv", text).unwrap().unwrap();
        assert_eq!(file.jobs.len(), 2);
        let accounts = &file.jobs[0];
        assert_eq!(accounts.name, "Accounts");
        assert_eq!(accounts.runs[0].seconds, Some(3605));
        assert_eq!(accounts.runs[0].total_bytes, Some(1_500_000_000));
        assert_eq!(accounts.runs[1].outcome, Outcome::Succeeded);
        let mail = &file.jobs[1].runs[0];
        assert_eq!(mail.outcome, Outcome::Failed);
        assert_eq!(mail.message, "disk full; stopped");
        assert_eq!(mail.seconds, Some(90));
        assert_eq!(file.skipped, [4]);
    }

    #[test]
    fn other_text_is_not_csv() {
        assert!(
            read("x", "{\"message_type\":\"summary\"}")
                .unwrap()
                .is_none()
        );
        assert!(read("x", "name,age\nann,3\n").unwrap().is_none());
        assert!(read("x", "date,result\n2026-03-01,ok\n").is_err());
    }
}
