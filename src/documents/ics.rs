//! The pieces of a calendar file (RFC 5545) that the invitation and the reminders share:
//! escaped text, parameters, folded lines, local times.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};

/// Starts a calendar file: its version, the program that wrote it, and `method`
/// (`REQUEST` for an invitation, `PUBLISH` for events to keep).
pub(crate) fn begin_calendar(out: &mut String, method: &str) {
    push_line(out, "BEGIN:VCALENDAR");
    push_line(out, "VERSION:2.0");
    push_line(
        out,
        &format!(
            "PRODID:-//Backup Planner//Backup Planner {}//EN",
            env!("CARGO_PKG_VERSION")
        ),
    );
    push_line(out, "CALSCALE:GREGORIAN");
    push_line(out, &format!("METHOD:{method}"));
}

/// The sequence number of an event written at `now` (UTC): minutes since 2020, so a
/// later file always updates an earlier one.
pub(crate) fn sequence(now: NaiveDateTime) -> i64 {
    let epoch = NaiveDate::from_ymd_opt(2020, 1, 1)
        .unwrap_or_default()
        .and_time(NaiveTime::MIN);
    (now - epoch).num_minutes().max(0)
}

/// Escapes TEXT values (RFC 5545, 3.3.11).
pub(crate) fn ics_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// A parameter value such as CN, quoted when it holds `:`, `;` or `,` (RFC 5545, 3.2).
pub(crate) fn ics_param(text: &str) -> String {
    let clean: String = text
        .chars()
        .filter(|c| *c != '"' && !c.is_control())
        .collect();
    if clean.contains([':', ';', ',']) {
        format!("\"{clean}\"")
    } else {
        clean
    }
}

/// Adds a content line, folded at 75 octets without splitting a character, ended by CRLF.
pub(crate) fn push_line(out: &mut String, line: &str) {
    let mut width = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out.push_str("\r\n");
}

pub(crate) fn ics_local(at: NaiveDateTime) -> String {
    at.format("%Y%m%dT%H%M%S").to_string()
}
