//! The plan's recurring duties (`advice::duties`) as one calendar file (RFC 5545): each an
//! all-day event that repeats, with a reminder before it, so the office's own calendar
//! (Thunderbird, Outlook, Apple Calendar, a phone) says when the review, a restore test or
//! a log review is due.
//!
//! Each duty keeps the same UID from one export to the next, so a file added again
//! updates the events instead of doubling them.

use std::hash::Hasher as _;

use chrono::{Datelike as _, NaiveDate, NaiveDateTime};

use crate::advice::duties::{self, Duty, Every};
use crate::documents::ics::{begin_calendar, ics_local, ics_text, push_line, sequence};
use crate::documents::{flag, step_line};
use crate::model::plan::Plan;
use crate::model::steps::STEPS;

/// What stays the same for a plan from one export to the next, however its title changes
/// from year to year: the organisation and the day the plan was made.
fn plan_key(plan: &Plan) -> String {
    let mut hasher = siphasher::sip::SipHasher13::new_with_keys(0x4261_636b, 0x7570_506c);
    hasher.write(plan.identity.organisation.trim().as_bytes());
    hasher.write(&[0]);
    if let Some(created) = plan.identity.created {
        hasher.write(created.to_string().as_bytes());
    }
    format!("{:016x}", hasher.finish())
}

/// The date a repeating event starts on. A monthly duty due on the 29th to the 31st
/// starts on the 28th instead, and a yearly one due on 29 February on the 28th:
/// calendars skip a month or year that lacks the day (RFC 5545 leaves such a date out),
/// and a reminder that skips February is no reminder.
fn start_day(duty: &Duty) -> NaiveDate {
    match duty.every {
        // Yearly: only 29 February lacks a day in other years.
        Every::Months(months) if months % 12 == 0 => {
            if duty.due.month() == 2 && duty.due.day() == 29 {
                duty.due.with_day(28).unwrap_or(duty.due)
            } else {
                duty.due
            }
        }
        Every::Months(_) if duty.due.day() > 28 => duty.due.with_day(28).unwrap_or(duty.due),
        _ => duty.due,
    }
}

fn rule(every: Every) -> String {
    match every {
        Every::Days(days) if days % 7 == 0 => format!("FREQ=WEEKLY;INTERVAL={}", days / 7),
        Every::Days(days) => format!("FREQ=DAILY;INTERVAL={days}"),
        Every::Months(months) if months % 12 == 0 => {
            format!("FREQ=YEARLY;INTERVAL={}", months / 12)
        }
        Every::Months(months) => format!("FREQ=MONTHLY;INTERVAL={months}"),
    }
}

fn date_value(date: NaiveDate) -> String {
    date.format("%Y%m%d").to_string()
}

/// The calendar file of every recurring duty of `plan` as of `today`, in the plan's
/// document language, stamped at `now` in UTC (which also numbers its sequence, so a file
/// added again updates the events whatever the computer's zone or a change of the
/// clocks).
pub fn ics(plan: &Plan, today: NaiveDate, now: NaiveDateTime) -> String {
    let language = plan.identity.document_language;
    let key = plan_key(plan);
    let organisation = plan.identity.organisation.trim();
    let named = flag(!organisation.is_empty());
    let mut out = String::new();
    begin_calendar(&mut out, "PUBLISH");
    let name = say!(
        language,
        "reminders-calendar-name",
        named = named,
        organisation = organisation
    );
    push_line(&mut out, &format!("X-WR-CALNAME:{}", ics_text(&name)));
    let category = say!(language, "reminders-category");
    let sequence = sequence(now);
    for duty in duties::duties(plan, today) {
        // An overdue duty starts again today, so its first reminder is not in the past.
        let start = start_day(&Duty {
            due: duty.due.max(today),
            ..duty.clone()
        });
        let Some(end) = start.succ_opt() else {
            continue;
        };
        let step = STEPS
            .iter()
            .find(|s| s.id == duty.step)
            .map(|s| step_line(language, s))
            .unwrap_or_default();
        let title = duty.title.text(language);
        let every = duty.every.words().text(language);
        let summary = say!(
            language,
            "reminders-summary",
            named = named,
            duty = &title,
            organisation = organisation
        );
        let what = duty.what.text(language);
        let description = format!(
            "{what}\n\n{}",
            say!(language, "reminders-comes-back", every = every, step = step)
        );
        push_line(&mut out, "BEGIN:VEVENT");
        push_line(
            &mut out,
            &format!("UID:{}-{key}@backup-planner", duty.kind.key()),
        );
        push_line(&mut out, &format!("DTSTAMP:{}Z", ics_local(now)));
        push_line(&mut out, &format!("SEQUENCE:{sequence}"));
        push_line(
            &mut out,
            &format!("DTSTART;VALUE=DATE:{}", date_value(start)),
        );
        push_line(&mut out, &format!("DTEND;VALUE=DATE:{}", date_value(end)));
        push_line(&mut out, &format!("RRULE:{}", rule(duty.every)));
        push_line(&mut out, &format!("SUMMARY:{}", ics_text(&summary)));
        push_line(&mut out, &format!("DESCRIPTION:{}", ics_text(&description)));
        push_line(&mut out, "TRANSP:TRANSPARENT");
        push_line(&mut out, &format!("CATEGORIES:{}", ics_text(&category)));
        // An alarm at 9 in the morning, on the day or the given days before; Outlook
        // drops an alarm without a TRIGGER, so every alarm has one.
        push_line(&mut out, "BEGIN:VALARM");
        push_line(&mut out, "ACTION:DISPLAY");
        push_line(&mut out, &format!("DESCRIPTION:{}", ics_text(&title)));
        let trigger = match duty.remind_days_before {
            0 => "PT9H".to_owned(),
            1 => "-PT15H".to_owned(),
            days => format!("-P{}DT15H", days - 1),
        };
        push_line(&mut out, &format!("TRIGGER;RELATED=START:{trigger}"));
        push_line(&mut out, "END:VALARM");
        push_line(&mut out, "END:VEVENT");
    }
    push_line(&mut out, "END:VCALENDAR");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(y: i32, m: u32, d: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(y, m, d)
            .unwrap()
            .and_hms_opt(10, 0, 0)
            .unwrap()
    }

    fn plan() -> Plan {
        let mut plan = Plan::new(at(2026, 1, 12).date());
        plan.identity.organisation = "Harbour Street; Accountants, Ltd".to_owned();
        plan.identity.next_review = Some(at(2027, 1, 31).date());
        plan
    }

    #[test]
    fn each_duty_repeats_with_an_alarm_and_a_stable_uid() {
        let plan = plan();
        let ics = ics(&plan, at(2026, 12, 3).date(), at(2026, 12, 3));
        assert!(
            ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"),
            "{ics}"
        );
        // The review, due on 31 January every 12 months: a yearly event on that day.
        assert!(ics.contains("DTSTART;VALUE=DATE:20270131\r\n"), "{ics}");
        assert!(ics.contains("RRULE:FREQ=YEARLY;INTERVAL=1\r\n"), "{ics}");
        // Restore tests every 3 months, none yet: from today.
        assert!(ics.contains("DTSTART;VALUE=DATE:20261203\r\n"), "{ics}");
        assert!(ics.contains("RRULE:FREQ=MONTHLY;INTERVAL=3\r\n"), "{ics}");
        assert!(
            ics.contains(
                "SUMMARY:Review the backup plan (Harbour Street\\; Accountants\\, Ltd)\r\n"
            )
        );
        assert_eq!(ics.matches("BEGIN:VALARM").count(), 2);
        assert_eq!(ics.matches("TRIGGER").count(), 2);
        assert!(
            ics.contains("TRIGGER;RELATED=START:-P6DT15H\r\n"),
            "a week before, at 9"
        );

        // A later export, with the plan renamed: the same UIDs, a higher sequence.
        let mut renamed = plan.clone();
        renamed.identity.title = "Backup plan 2027".to_owned();
        let later = super::ics(&renamed, at(2026, 12, 4).date(), at(2026, 12, 4));
        let uids = |text: &str| -> Vec<String> {
            text.lines()
                .filter(|l| l.starts_with("UID:"))
                .map(str::to_owned)
                .collect()
        };
        assert_eq!(uids(&ics), uids(&later));
        assert_eq!(uids(&ics).len(), 2);
        assert_ne!(uids(&ics)[0], uids(&ics)[1]);
        // Another office's plan does not take over these events.
        let mut other = plan.clone();
        other.identity.organisation = "Another office".to_owned();
        assert_ne!(
            uids(&ics),
            uids(&super::ics(&other, at(2026, 12, 4).date(), at(2026, 12, 4)))
        );
    }

    #[test]
    fn weekly_and_daily_duties_repeat_by_weeks_and_days() {
        assert_eq!(rule(Every::Days(14)), "FREQ=WEEKLY;INTERVAL=2");
        assert_eq!(rule(Every::Days(1)), "FREQ=DAILY;INTERVAL=1");
        assert_eq!(rule(Every::Months(24)), "FREQ=YEARLY;INTERVAL=2");
    }
}
