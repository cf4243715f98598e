//! The training invitation of step 13: a printable page per attendee, a calendar file
//! (RFC 5545) and the e-mail text with a `mailto:` link, all three in the plan's document
//! language.

use std::fmt::Write as _;

use chrono::{Datelike as _, NaiveDate, NaiveDateTime, NaiveTime};
use serde::Serialize;

use crate::documents::flag;
use crate::documents::ics::{begin_calendar, ics_local, ics_param, ics_text, push_line, sequence};
use crate::i18n::Language;
use crate::model::format;
use crate::model::limits;
use crate::model::options::Paper;
use crate::model::plan::{Plan, TrainingSession};

/// The session invitations are for: the next one from `today`, else the latest.
pub fn session_to_invite(plan: &Plan, today: NaiveDate) -> Option<&TrainingSession> {
    let sessions = &plan.training.sessions;
    sessions
        .iter()
        .filter(|s| s.date.is_some_and(|d| d >= today))
        .min_by_key(|s| s.date)
        .or_else(|| sessions.iter().max_by_key(|s| s.date))
}

/// When a session starts and ends, in the office's local time.
fn start_end(session: &TrainingSession) -> Option<(NaiveDateTime, NaiveDateTime)> {
    let start = session.date?.and_time(session.start_time?);
    let minutes = i64::from(session.duration_minutes.unwrap_or(60));
    Some((start, start + chrono::Duration::minutes(minutes)))
}

/// "Thursday 2 April 2026".
fn long_date(language: Language, date: NaiveDate) -> String {
    let weekday = format!("invitation-weekday-{}", date.weekday().number_from_monday());
    let month = format!("invitation-month-{}", date.month());
    say!(
        language,
        "invitation-long-date",
        weekday = language.text(&weekday),
        day = date.day().to_string(),
        month = language.text(&month),
        year = date.year().to_string()
    )
}

/// "Thursday 2 April 2026, 14:00 to 15:00 (Europe/Berlin)", or as much as is known.
pub fn when_text(language: Language, session: &TrainingSession, time_zone: &str) -> String {
    let Some(date) = session.date else {
        return say!(language, "invitation-date-to-be-announced");
    };
    let (times, start, end) = match (start_end(session), session.start_time) {
        (Some((start, end)), _) => ("span", format::time(start.time()), format::time(end.time())),
        (None, Some(t)) => ("start", format::time(t), String::new()),
        (None, None) => ("none", String::new(), String::new()),
    };
    say!(
        language,
        "invitation-when-text",
        date = long_date(language, date),
        times = times,
        start = start,
        end = end,
        zoned = flag(session.start_time.is_some() && !time_zone.trim().is_empty()),
        zone = time_zone.trim()
    )
}

fn or_tba(language: Language, text: &str) -> String {
    let text = text.trim();
    if text.is_empty() {
        say!(language, "invitation-to-be-announced")
    } else {
        text.to_owned()
    }
}

/// One printed page of the invitation.
#[derive(Debug, Serialize)]
pub struct InvitationPage {
    /// The attendee's name; empty for the general notice.
    pub name: String,
    /// The greeting: "Dear Aisha Rahman," or "To all staff,".
    pub greeting: String,
}

/// The fixed words of the invitation's template, by the name it reads them by, and their
/// messages.
const WORDS: [(&str, &str); 7] = [
    ("when", "invitation-when"),
    ("duration", "invitation-duration"),
    ("where", "invitation-where"),
    ("trainer", "invitation-trainer"),
    ("bring", "invitation-bring"),
    ("agenda", "invitation-agenda"),
    ("cannot_come", "invitation-cannot-come"),
];

/// What the invitation template needs.
#[derive(Debug, Serialize)]
pub struct InvitationData {
    /// The document's language code ("en", "de"), for typst's hyphenation and quotes.
    pub lang: &'static str,
    pub paper: &'static str,
    pub heading: String,
    /// The fixed words the template prints, by name: see [`WORDS`].
    pub words: std::collections::BTreeMap<&'static str, String>,
    /// The sentence that invites, before and after the session's title (printed in
    /// bold between them).
    pub invited: [String; 2],
    pub organisation: String,
    pub title: String,
    pub when: String,
    pub duration: String,
    pub place: String,
    pub trainer: String,
    pub agenda: Vec<String>,
    pub bring: String,
    pub pages: Vec<InvitationPage>,
}

/// Stands for the title in the inviting sentence while it is split around it: a
/// character of the Unicode private use area, which no message holds.
const TITLE_MARK: &str = "\u{E000}";

/// The inviting sentence in `language`, before and after the session's title.
fn invited(language: Language) -> [String; 2] {
    let text = say!(language, "invitation-invited", title = TITLE_MARK);
    match text.split_once(TITLE_MARK) {
        Some((before, after)) => [before.to_owned(), after.to_owned()],
        None => [text, String::new()],
    }
}

/// Builds the invitation's data, in the plan's document language: one page per
/// attendee, or one general notice.
pub fn invitation_data(plan: &Plan, session: &TrainingSession, paper: Paper) -> InvitationData {
    let language = plan.identity.document_language;
    let mut pages: Vec<InvitationPage> = session
        .attendees
        .iter()
        .filter(|a| !a.name.trim().is_empty())
        .map(|a| InvitationPage {
            name: a.name.trim().to_owned(),
            greeting: say!(language, "invitation-dear", name = a.name.trim()),
        })
        .collect();
    if pages.is_empty() {
        pages.push(InvitationPage {
            name: String::new(),
            greeting: say!(language, "invitation-all-staff"),
        });
    }
    InvitationData {
        lang: language.code(),
        paper: crate::documents::typst_paper(paper),
        heading: say!(language, "invitation-heading"),
        words: WORDS
            .iter()
            .map(|(name, message)| (*name, say!(language, message)))
            .collect(),
        invited: invited(language),
        organisation: plan.identity.organisation.trim().to_owned(),
        title: or_tba(language, &session.title),
        when: when_text(language, session, &plan.identity.time_zone),
        duration: session.duration_minutes.map_or_else(
            || say!(language, "invitation-about-an-hour"),
            |m| say!(language, "invitation-minutes", minutes = m),
        ),
        place: or_tba(language, &session.place),
        trainer: or_tba(language, &session.trainer),
        agenda: agenda_items(&session.agenda),
        bring: if session.what_to_bring.trim().is_empty() {
            say!(language, "invitation-bring-nothing")
        } else {
            session.what_to_bring.trim().to_owned()
        },
        pages,
    }
}

/// The agenda as items: one per line, or split at semicolons when written on one line.
fn agenda_items(agenda: &str) -> Vec<String> {
    let lines: Vec<&str> = agenda
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let items: Vec<&str> = if lines.len() == 1 {
        lines[0]
            .split(';')
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect()
    } else {
        lines
    };
    items.into_iter().map(capitalised).collect()
}

/// The text with its first letter in upper case, as a list item starts.
fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

/// The e-mail that goes with the invitation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Email {
    pub to: Vec<String>,
    pub subject: String,
    pub body: String,
    /// The language it is written in: the plan's document language.
    pub language: Language,
}

impl Email {
    /// Subject and body as one text, to copy or to save.
    pub fn as_text(&self) -> String {
        let mut text = String::new();
        if !self.to.is_empty() {
            let _ = writeln!(
                text,
                "{}",
                say!(
                    self.language,
                    "email-to-line",
                    addresses = self.to.join(", ")
                )
            );
        }
        let _ = write!(
            text,
            "{}\n\n{}",
            say!(self.language, "email-subject-line", subject = &self.subject),
            self.body
        );
        text
    }

    /// A `mailto:` link (RFC 6068) that opens the mail program with this e-mail.
    pub fn mailto(&self) -> String {
        let to: Vec<String> = self.to.iter().map(|a| percent_encode(a)).collect();
        format!(
            "mailto:{}?subject={}&body={}",
            to.join(","),
            percent_encode(&self.subject),
            percent_encode(&self.body.replace('\n', "\r\n")),
        )
    }
}

/// Percent-encodes everything but the characters RFC 3986 leaves unreserved.
fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~@".contains(&byte) {
            out.push(char::from(byte));
        } else {
            let _ = write!(out, "%{byte:02X}");
        }
    }
    out
}

/// The invitation e-mail for a session, in the plan's document language: a line of the
/// e-mail a message.
pub fn email(plan: &Plan, session: &TrainingSession) -> Email {
    let language = plan.identity.document_language;
    let title = or_tba(language, &session.title);
    let subject = say!(
        language,
        "email-subject",
        title = &title,
        dated = match (session.date, session.start_time) {
            (Some(_), Some(_)) => "date-time",
            (Some(_), None) => "date",
            (None, _) => "none",
        },
        date = session
            .date
            .map(|d| language.formats().date(d))
            .unwrap_or_default(),
        time = session.start_time.map(format::time).unwrap_or_default()
    );
    let mut lines = vec![
        say!(language, "email-greeting"),
        String::new(),
        say!(language, "email-invited", title = title),
        String::new(),
        say!(
            language,
            "email-when",
            when = when_text(language, session, &plan.identity.time_zone)
        ),
        say!(
            language,
            "email-where",
            place = or_tba(language, &session.place)
        ),
        say!(
            language,
            "email-trainer",
            trainer = or_tba(language, &session.trainer)
        ),
    ];
    if !session.what_to_bring.trim().is_empty() {
        lines.push(say!(
            language,
            "email-bring",
            bring = session.what_to_bring.trim()
        ));
    }
    let agenda = agenda_items(&session.agenda);
    if !agenda.is_empty() {
        lines.push(String::new());
        lines.push(say!(language, "email-agenda"));
        lines.extend(agenda.iter().map(|item| format!("- {item}")));
    }
    lines.push(String::new());
    lines.push(say!(language, "email-calendar"));
    lines.push(String::new());
    lines.push(say!(language, "email-regards"));
    let signer = if session.trainer.trim().is_empty() {
        plan.procedures.responsible.trim()
    } else {
        session.trainer.trim()
    };
    if !signer.is_empty() {
        lines.push(signer.to_owned());
    }
    if !plan.identity.organisation.trim().is_empty() {
        lines.push(plan.identity.organisation.trim().to_owned());
    }
    let mut body = lines.join("\n");
    body.push('\n');
    Email {
        to: session
            .attendees
            .iter()
            .map(|a| a.email.trim().to_owned())
            .filter(|e| !e.is_empty())
            .collect(),
        subject,
        body,
        language,
    }
}

/// Why a calendar file could not be made.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum CalendarError {
    #[error("{}", self.text(Language::ENGLISH))]
    NoTime,
    #[error("{}", self.text(Language::ENGLISH))]
    UnknownTimeZone(String),
    /// The session is outside what a calendar file can hold; the phrase says what.
    #[error("{}", self.text(Language::ENGLISH))]
    OutOfRange(crate::i18n::Phrase),
}

impl CalendarError {
    /// Why, in `language`.
    pub fn text(&self, language: Language) -> String {
        match self {
            Self::NoTime => language.text("doc-error-calendar-no-time").into_owned(),
            Self::UnknownTimeZone(zone) => crate::i18n::Phrase::new("doc-error-calendar-time-zone")
                .with("zone", zone.as_str())
                .text(language),
            Self::OutOfRange(why) => why.text(language),
        }
    }
}

/// Checks, before anything is written, that a calendar file can hold `session`: its date
/// within [`limits::FIRST_DATE`] and [`limits::LAST_DATE`], its length within
/// [`limits::MINUTES`], its text within what a document is made of.
fn check_calendar(session: &TrainingSession) -> Result<(), CalendarError> {
    if let Some(date) = session.date
        && !limits::date_in_range(date)
    {
        return Err(CalendarError::OutOfRange(
            crate::i18n::Phrase::new("doc-error-calendar-date")
                .with("date", date)
                .with("first", limits::FIRST_DATE)
                .with("last", limits::LAST_DATE),
        ));
    }
    if let Some(minutes) = session.duration_minutes
        && !limits::contains_whole(&limits::MINUTES, minutes)
    {
        return Err(CalendarError::OutOfRange(
            crate::i18n::Phrase::new("doc-error-calendar-minutes")
                .with("minutes", minutes)
                .with("most", limits::MINUTES.max),
        ));
    }
    match limits::amount(session).refusal(limits::DocumentKind::Calendar) {
        Some(refusal) => Err(CalendarError::OutOfRange(refusal)),
        None => Ok(()),
    }
}

fn ics_offset(offset: jiff::tz::Offset) -> String {
    let seconds = offset.seconds();
    let sign = if seconds < 0 { '-' } else { '+' };
    let seconds = seconds.unsigned_abs();
    format!("{sign}{:02}{:02}", seconds / 3600, (seconds % 3600) / 60)
}

fn naive_of(dt: jiff::civil::DateTime) -> Option<NaiveDateTime> {
    let date = NaiveDate::from_ymd_opt(
        i32::from(dt.year()),
        u32::try_from(dt.month()).ok()?,
        u32::try_from(dt.day()).ok()?,
    )?;
    let time = NaiveTime::from_hms_opt(
        u32::try_from(dt.hour()).ok()?,
        u32::try_from(dt.minute()).ok()?,
        u32::try_from(dt.second()).ok()?,
    )?;
    Some(date.and_time(time))
}

fn jiff_of(at: NaiveDateTime) -> Option<jiff::civil::DateTime> {
    use chrono::{Datelike as _, Timelike as _};
    jiff::civil::DateTime::new(
        i16::try_from(at.year()).ok()?,
        i8::try_from(at.month()).ok()?,
        i8::try_from(at.day()).ok()?,
        i8::try_from(at.hour()).ok()?,
        i8::try_from(at.minute()).ok()?,
        0,
        0,
    )
    .ok()
}

/// A VTIMEZONE for `tz` covering the year of `around` and the next, from the bundled
/// time zone database: the offsets and the moments they change.
fn vtimezone(out: &mut String, name: &str, tz: &jiff::tz::TimeZone, around: NaiveDateTime) {
    use chrono::Datelike as _;
    push_line(out, "BEGIN:VTIMEZONE");
    push_line(out, &format!("TZID:{}", ics_text(name)));
    let from = jiff_of(
        NaiveDate::from_ymd_opt(around.year() - 1, 12, 31)
            .unwrap_or_default()
            .and_time(NaiveTime::MIN),
    )
    .and_then(|dt| tz.to_timestamp(dt).ok());
    let until = jiff_of(
        NaiveDate::from_ymd_opt(around.year() + 2, 1, 1)
            .unwrap_or_default()
            .and_time(NaiveTime::MIN),
    )
    .and_then(|dt| tz.to_timestamp(dt).ok());
    let mut wrote = false;
    if let (Some(from), Some(until)) = (from, until) {
        let mut before = tz.to_offset(from);
        for transition in tz.following(from) {
            if transition.timestamp() >= until {
                break;
            }
            let after = transition.offset();
            let local = before.to_datetime(transition.timestamp());
            let Some(local) = naive_of(local) else {
                continue;
            };
            let kind = if transition.dst().is_dst() {
                "DAYLIGHT"
            } else {
                "STANDARD"
            };
            push_line(out, &format!("BEGIN:{kind}"));
            push_line(out, &format!("DTSTART:{}", ics_local(local)));
            push_line(out, &format!("TZOFFSETFROM:{}", ics_offset(before)));
            push_line(out, &format!("TZOFFSETTO:{}", ics_offset(after)));
            push_line(
                out,
                &format!("TZNAME:{}", ics_text(transition.abbreviation())),
            );
            push_line(out, &format!("END:{kind}"));
            before = after;
            wrote = true;
        }
    }
    if !wrote {
        // A zone without changes in these years: one fixed offset.
        let offset = from.map_or(jiff::tz::Offset::UTC, |ts| tz.to_offset(ts));
        push_line(out, "BEGIN:STANDARD");
        push_line(out, "DTSTART:19700101T000000");
        push_line(out, &format!("TZOFFSETFROM:{}", ics_offset(offset)));
        push_line(out, &format!("TZOFFSETTO:{}", ics_offset(offset)));
        push_line(out, "END:STANDARD");
    }
    push_line(out, "END:VTIMEZONE");
}

/// The calendar file (RFC 5545) for a session, in the plan's time zone and document language.
///
/// `now` (in UTC) stamps the file and numbers its sequence, so a re-sent invitation with the same
/// UID updates the event in the attendees' calendars instead of adding a second one.
pub fn ics(
    plan: &Plan,
    session: &TrainingSession,
    now: NaiveDateTime,
) -> Result<String, CalendarError> {
    check_calendar(session)?;
    let (start, end) = start_end(session).ok_or(CalendarError::NoTime)?;
    let zone_name = plan.identity.time_zone.trim();
    let zone = if zone_name.is_empty() {
        None
    } else {
        Some(
            jiff::tz::TimeZone::get(zone_name)
                .map_err(|_| CalendarError::UnknownTimeZone(zone_name.to_owned()))?,
        )
    };

    let language = plan.identity.document_language;
    let mut out = String::new();
    begin_calendar(&mut out, "REQUEST");
    if let Some(tz) = &zone {
        vtimezone(&mut out, zone_name, tz, start);
    }
    let (dtstart, dtend) = match &zone {
        Some(_) => (
            format!("DTSTART;TZID={}:{}", ics_param(zone_name), ics_local(start)),
            format!("DTEND;TZID={}:{}", ics_param(zone_name), ics_local(end)),
        ),
        // No zone given: floating local time, read as the attendee's own clock.
        None => (
            format!("DTSTART:{}", ics_local(start)),
            format!("DTEND:{}", ics_local(end)),
        ),
    };
    push_line(&mut out, "BEGIN:VEVENT");
    push_line(&mut out, &format!("UID:{}", ics_text(&session.uid)));
    push_line(&mut out, &format!("DTSTAMP:{}Z", ics_local(now)));
    let sequence = sequence(now);
    push_line(&mut out, &format!("SEQUENCE:{sequence}"));
    push_line(&mut out, &dtstart);
    push_line(&mut out, &dtend);
    push_line(
        &mut out,
        &format!("SUMMARY:{}", ics_text(&or_tba(language, &session.title))),
    );
    if !session.place.trim().is_empty() {
        push_line(
            &mut out,
            &format!("LOCATION:{}", ics_text(session.place.trim())),
        );
    }
    let mail = email(plan, session);
    push_line(&mut out, &format!("DESCRIPTION:{}", ics_text(&mail.body)));
    if !session.trainer_email.trim().is_empty() {
        push_line(
            &mut out,
            &format!(
                "ORGANIZER;CN={}:mailto:{}",
                ics_param(&or_tba(language, &session.trainer)),
                session.trainer_email.trim()
            ),
        );
    }
    for attendee in &session.attendees {
        let address = attendee.email.trim();
        if address.is_empty() {
            continue;
        }
        push_line(
            &mut out,
            &format!(
                "ATTENDEE;CN={};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{address}",
                ics_param(attendee.name.trim())
            ),
        );
    }
    push_line(&mut out, "END:VEVENT");
    push_line(&mut out, "END:VCALENDAR");
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::plan::Attendee;

    fn plan_with_session(zone: &str) -> (Plan, TrainingSession) {
        let mut plan = Plan::default();
        plan.identity.organisation = "Acme; Sons, Ltd".into();
        plan.identity.time_zone = zone.into();
        let session = TrainingSession {
            uid: "training-1@backup-planner".into(),
            title: "Backup Procedures Training".into(),
            date: NaiveDate::from_ymd_opt(2026, 4, 2),
            start_time: NaiveTime::from_hms_opt(14, 0, 0),
            duration_minutes: Some(90),
            place: "Room 2, first floor".into(),
            trainer: "Tom Becker".into(),
            trainer_email: "tom@example.org".into(),
            agenda: "Where files go; How to ask for a restore".into(),
            attendees: vec![
                Attendee {
                    name: "Aisha, Rahman".into(),
                    email: "aisha@example.org".into(),
                    attended: false,
                },
                Attendee {
                    name: "Jonas".into(),
                    email: "jonas@example.org".into(),
                    attended: false,
                },
            ],
            ..TrainingSession::default()
        };
        (plan, session)
    }

    fn now() -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2026, 3, 16)
            .unwrap()
            .and_hms_opt(9, 30, 0)
            .unwrap()
    }

    #[test]
    fn the_calendar_file_carries_the_zone_its_changes_and_the_people() {
        let (plan, session) = plan_with_session("Europe/Berlin");
        let ics = ics(&plan, &session, now()).unwrap();
        assert!(
            ics.contains("DTSTART;TZID=Europe/Berlin:20260402T140000\r\n"),
            "{ics}"
        );
        assert!(
            ics.contains("DTEND;TZID=Europe/Berlin:20260402T153000\r\n"),
            "{ics}"
        );
        // Berlin moves to summer time on 29 March 2026 at 02:00 local time.
        assert!(ics.contains("BEGIN:DAYLIGHT\r\nDTSTART:20260329T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\n"), "{ics}");
        assert!(ics.contains("ORGANIZER;CN=Tom Becker:mailto:tom@example.org\r\n"));
        assert!(ics.contains("ATTENDEE;CN=\"Aisha, Rahman\";ROLE=REQ-PARTICIPANT"));
        assert!(ics.contains("LOCATION:Room 2\\, first floor\r\n"));
        assert!(ics.contains("UID:training-1@backup-planner\r\n"));
        for line in ics.split("\r\n") {
            assert!(line.len() <= 75, "line longer than 75 octets: {line}");
        }
        assert!(ics.ends_with("END:VCALENDAR\r\n"));
    }

    #[test]
    fn a_later_export_of_the_same_session_updates_rather_than_duplicates() {
        let (plan, session) = plan_with_session("Europe/London");
        let first = ics(&plan, &session, now()).unwrap();
        let later = ics(&plan, &session, now() + chrono::Duration::days(2)).unwrap();
        let field = |ics: &str, name: &str| {
            ics.lines()
                .find_map(|l| l.strip_prefix(name))
                .unwrap()
                .to_owned()
        };
        assert_eq!(field(&first, "UID:"), field(&later, "UID:"));
        let seq = |ics: &str| field(ics, "SEQUENCE:").parse::<u64>().unwrap();
        assert!(seq(&later) > seq(&first));
    }

    #[test]
    fn an_unknown_zone_or_missing_time_is_said_plainly() {
        let (plan, session) = plan_with_session("Mars/Olympus");
        assert_eq!(
            ics(&plan, &session, now()),
            Err(CalendarError::UnknownTimeZone("Mars/Olympus".into()))
        );
        let (plan, mut session) = plan_with_session("");
        assert!(
            ics(&plan, &session, now())
                .unwrap()
                .contains("DTSTART:20260402T140000\r\n")
        );
        session.start_time = None;
        assert_eq!(ics(&plan, &session, now()), Err(CalendarError::NoTime));
    }

    #[test]
    fn long_lines_fold_without_splitting_characters() {
        let mut out = String::new();
        let line = format!("DESCRIPTION:{}", "ü€".repeat(40));
        push_line(&mut out, &line);
        let unfolded = out.replace("\r\n ", "");
        assert_eq!(unfolded, format!("{line}\r\n"));
        assert!(out.split("\r\n").all(|l| l.len() <= 75));
    }

    #[test]
    fn the_email_names_date_time_place_and_opens_as_a_mailto_link() {
        let (plan, session) = plan_with_session("Europe/Berlin");
        let mail = email(&plan, &session);
        assert_eq!(
            mail.subject,
            "Invitation: Backup Procedures Training on 2026-04-02 at 14:00"
        );
        assert!(
            mail.body
                .contains("When: Thursday 2 April 2026, 14:00 to 15:30 (Europe/Berlin)")
        );
        assert!(mail.body.contains("Where: Room 2, first floor"));
        assert!(mail.body.contains("- How to ask for a restore"));
        assert!(mail.body.contains("- Where files go"));
        assert_eq!(mail.to, ["aisha@example.org", "jonas@example.org"]);
        let link = mail.mailto();
        assert!(link.starts_with(
            "mailto:aisha@example.org,jonas@example.org?subject=Invitation%3A%20Backup"
        ));
        assert!(!link.contains(' ') && !link.contains('\n'));
    }

    #[test]
    fn the_next_session_is_the_one_invited_to() {
        let (mut plan, session) = plan_with_session("");
        let mut past = session.clone();
        past.date = NaiveDate::from_ymd_opt(2025, 4, 2);
        plan.training.sessions = vec![past, session];
        let today = NaiveDate::from_ymd_opt(2026, 3, 16).unwrap();
        assert_eq!(
            session_to_invite(&plan, today).unwrap().date,
            NaiveDate::from_ymd_opt(2026, 4, 2)
        );
        let later = NaiveDate::from_ymd_opt(2027, 1, 1).unwrap();
        assert_eq!(
            session_to_invite(&plan, later).unwrap().date,
            NaiveDate::from_ymd_opt(2026, 4, 2)
        );
    }
}
