//! Windows event logs exported as XML (`wevtutil qe ... /f:xml`, events one after another,
//! or Event Viewer's "Save as" with an `<Events>` root): Windows Server Backup
//! (Microsoft-Windows-Backup) and Veeam Agent for Microsoft Windows.
//!
//! Windows Server Backup: 1 a backup started; 4 it succeeded; 7 it finished with errors
//! (a warning: something was left out); 8 it was cancelled; 5, 9, 17 to 20, 49, 50 and 52
//! it failed, with `ErrorMessage` or `HRESULT`; `BackupTime` is when it started.
//! Veeam Agent: 110 a job started, 190 it finished (its words and level say Success,
//! Warning or Failed), 191 it failed and will be retried. Times are written in UTC and
//! read into this computer's time. See tests/fixtures/logs/README.md for the sources.

use chrono::NaiveDateTime;

use super::LogFile;
use crate::model::evidence::{Outcome, Run, Tool, one_line};

/// One event, as far as the readers need it.
struct Event<'a> {
    line: usize,
    provider: &'a str,
    id: u32,
    level: u32,
    time: Option<NaiveDateTime>,
    computer: &'a str,
    /// The named data (Windows Server Backup), and the unnamed (Veeam's message).
    data: Vec<(&'a str, &'a str)>,
}

impl Event<'_> {
    fn data(&self, name: &str) -> Option<&str> {
        self.data
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| *v)
            .filter(|v| !v.is_empty())
    }
}

/// Reads `text` as exported Windows events, if it is; `None` if it is not XML of events.
pub(super) fn read(name: &str, text: &str) -> Option<LogFile> {
    let body = text.trim_start_matches('\u{feff}').trim_start();
    if !(body.starts_with("<?xml") || body.starts_with("<Event") || body.starts_with("<!--")) {
        return None;
    }
    if !body.contains("<Event") {
        return None;
    }
    // Events one after another have no single root: give them one.
    let without_declaration = match body.strip_prefix("<?xml") {
        Some(rest) => rest.split_once("?>").map_or("", |(_, after)| after),
        None => body,
    };
    let wrapped = format!("<Wrapped>{without_declaration}</Wrapped>");
    let mut file = LogFile {
        name: name.to_owned(),
        ..LogFile::default()
    };
    let Ok(document) = roxmltree::Document::parse(&wrapped) else {
        file.skipped.push(1);
        return Some(file);
    };
    let events: Vec<Event<'_>> = document
        .descendants()
        .filter(|n| n.has_tag_name("Event"))
        .filter_map(|node| event(&document, node))
        .collect();
    let mut started: Vec<(String, NaiveDateTime)> = Vec::new();
    for event in &events {
        match event.provider {
            "Microsoft-Windows-Backup" => windows_backup(event, &mut started, &mut file),
            p if p.starts_with("Veeam") => veeam(event, &mut started, &mut file),
            _ => file.skipped.push(event.line),
        }
    }
    Some(file)
}

fn event<'a>(
    document: &'a roxmltree::Document<'a>,
    node: roxmltree::Node<'a, 'a>,
) -> Option<Event<'a>> {
    let system = node.children().find(|n| n.has_tag_name("System"))?;
    let child = |name: &str| system.children().find(|n| n.has_tag_name(name));
    let provider = child("Provider")?.attribute("Name")?;
    let id = child("EventID")?.text()?.trim().parse().ok()?;
    let level = child("Level")
        .and_then(|n| n.text())
        .and_then(|t| t.trim().parse().ok())
        .unwrap_or(4);
    let time = child("TimeCreated")
        .and_then(|n| n.attribute("SystemTime"))
        .and_then(super::utc_time);
    let computer = child("Computer").and_then(|n| n.text()).unwrap_or("?");
    let data = node
        .children()
        .find(|n| n.has_tag_name("EventData"))
        .map(|d| {
            d.children()
                .filter(|n| n.has_tag_name("Data"))
                .map(|n| (n.attribute("Name").unwrap_or(""), n.text().unwrap_or("")))
                .collect()
        })
        .unwrap_or_default();
    Some(Event {
        line: document.text_pos_at(node.range().start).row as usize,
        provider,
        id,
        level,
        time,
        computer,
        data,
    })
}

fn windows_backup(
    event: &Event<'_>,
    started: &mut Vec<(String, NaiveDateTime)>,
    file: &mut LogFile,
) {
    let job = format!("Windows Server Backup on {}", event.computer);
    let outcome = match event.id {
        1 => {
            if let Some(time) = event.time {
                started.retain(|(j, _)| *j != job);
                started.push((job, time));
            }
            return;
        }
        4 => Outcome::Succeeded,
        7 => Outcome::Warning,
        8 => Outcome::Cancelled,
        5 | 9 | 17..=20 | 49 | 50 | 52 => Outcome::Failed,
        // 14 ends every run, whatever its result; the others say nothing of a run.
        _ => return,
    };
    let begun = event
        .data("BackupTime")
        .and_then(super::utc_time)
        .or_else(|| started.iter().find(|(j, _)| *j == job).map(|(_, t)| *t))
        .or(event.time);
    let Some(begun) = begun else {
        file.skipped.push(event.line);
        return;
    };
    let message = match outcome {
        Outcome::Succeeded => String::new(),
        _ => event
            .data("ErrorMessage")
            .map(str::to_owned)
            .or_else(|| event.data("HRESULT").map(|h| format!("error code {h}")))
            .unwrap_or_default(),
    };
    file.push_run(
        Tool::WindowsServerBackup,
        &job,
        run(begun, event.time, outcome, &message),
    );
    started.retain(|(j, _)| *j != job);
}

fn veeam(event: &Event<'_>, started: &mut Vec<(String, NaiveDateTime)>, file: &mut LogFile) {
    let words = event
        .data
        .iter()
        .map(|(_, v)| *v)
        .find(|v| !v.is_empty())
        .unwrap_or_default();
    // "Veeam Agent 'Accounts nightly' finished with Success."
    let name = words.split('\'').nth(1).map_or_else(
        || format!("Veeam Agent on {}", event.computer),
        |n| format!("Veeam Agent {n} on {}", event.computer),
    );
    let outcome = match event.id {
        110 => {
            if let Some(time) = event.time {
                started.retain(|(j, _)| *j != name);
                started.push((name, time));
            }
            return;
        }
        190 => {
            let lower = words.to_lowercase();
            if lower.contains("success") && event.level >= 4 {
                Outcome::Succeeded
            } else if lower.contains("warning") || event.level == 3 {
                Outcome::Warning
            } else {
                Outcome::Failed
            }
        }
        191 => Outcome::Failed,
        _ => return,
    };
    let begun = started
        .iter()
        .find(|(j, _)| *j == name)
        .map(|(_, t)| *t)
        .or(event.time);
    let Some(begun) = begun else {
        file.skipped.push(event.line);
        return;
    };
    let message = if outcome == Outcome::Succeeded {
        String::new()
    } else {
        words.to_owned()
    };
    file.push_run(
        Tool::VeeamAgent,
        &name,
        run(begun, event.time, outcome, &message),
    );
    started.retain(|(j, _)| *j != name);
}

fn run(begun: NaiveDateTime, ended: Option<NaiveDateTime>, outcome: Outcome, message: &str) -> Run {
    Run {
        started: begun,
        outcome,
        seconds: ended
            .filter(|e| *e >= begun)
            .and_then(|e| u64::try_from((e - begun).num_seconds()).ok()),
        message: one_line(message),
        ..Run::default()
    }
}
