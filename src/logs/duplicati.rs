//! Duplicati's result report in JSON: the one it sends (`--send-http-result-output-format
//! =Json`: `{"Data": {...}, "Extra": {...}, "LogLines": [...]}`) or the bare result its
//! window shows. `MainOperation` says what ran (Backup, Restore, Test), `ParsedResult` how
//! it ended (Success, Warning, Error, Fatal), `BeginTime` and `EndTime` when (UTC);
//! `Extra` names the backup and the computer. See tests/fixtures/logs/README.md.

use serde_json::Value;

use crate::model::evidence::{Outcome, Run, RunKind, one_line};

/// The job and the run of one report, if `value` is one.
pub(super) fn run_of(value: &Value) -> Option<(String, Run)> {
    let data = value.get("Data").unwrap_or(value);
    let operation = data.get("MainOperation")?.as_str()?;
    let kind = match operation {
        "Backup" => RunKind::Backup,
        "Restore" => RunKind::Restore,
        "Test" | "Verify" => RunKind::Check,
        _ => return None,
    };
    let text = |key: &str| data.get(key).and_then(Value::as_str);
    let started = super::utc_time(text("BeginTime")?)?;
    let ended = text("EndTime").and_then(super::utc_time);
    let outcome = match text("ParsedResult").unwrap_or("Unknown") {
        "Success" => Outcome::Succeeded,
        "Warning" => Outcome::Warning,
        _ if data.get("Interrupted").and_then(Value::as_bool) == Some(true) => Outcome::Cancelled,
        _ => Outcome::Failed,
    };
    let extra = value.get("Extra");
    let extra_text = |key: &str| extra.and_then(|e| e.get(key)).and_then(Value::as_str);
    let name = match (extra_text("backup-name"), extra_text("machine-name")) {
        (Some(backup), Some(machine)) => format!("Duplicati {backup} on {machine}"),
        (Some(backup), None) => format!("Duplicati {backup}"),
        _ => "Duplicati".to_owned(),
    };
    let message = if outcome == Outcome::Succeeded {
        String::new()
    } else {
        first_problem(value, data)
    };
    let size = |key: &str| data.get(key).and_then(Value::as_u64);
    let added = match (size("SizeOfAddedFiles"), size("SizeOfModifiedFiles")) {
        (None, None) => None,
        (a, m) => Some(a.unwrap_or(0).saturating_add(m.unwrap_or(0))),
    };
    let run = Run {
        started,
        kind,
        outcome,
        seconds: ended
            .filter(|e| *e >= started)
            .and_then(|e| u64::try_from((e - started).num_seconds()).ok()),
        total_bytes: size("SizeOfExaminedFiles").filter(|s| *s > 0),
        added_bytes: added,
        message,
        id: String::new(),
    };
    Some((name, run))
}

/// The first error or warning the report words: its exception, its error and warning
/// lists (in the window's result), or its log lines.
fn first_problem(value: &Value, data: &Value) -> String {
    let first_of = |list: Option<&Value>| {
        list.and_then(Value::as_array)
            .and_then(|items| items.iter().find_map(Value::as_str).map(str::to_owned))
    };
    value
        .get("Exception")
        .and_then(Value::as_str)
        .filter(|e| !e.is_empty())
        .map(str::to_owned)
        .or_else(|| first_of(data.get("Errors")))
        .or_else(|| first_of(data.get("Warnings")))
        .or_else(|| {
            value
                .get("LogLines")
                .and_then(Value::as_array)
                .and_then(|lines| {
                    lines
                        .iter()
                        .filter_map(Value::as_str)
                        .find(|l| l.contains("[Error") || l.contains("[Warning"))
                        .map(str::to_owned)
                })
        })
        .map(|m| one_line(&m))
        .unwrap_or_default()
}
