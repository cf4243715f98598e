//! The plan's recurring duties as calendar reminders: saved through File > Add reminders to
//! calendar... and `export --reminders`, and read back by two independent calendar
//! libraries (Python's icalendar and vobject, from Debian's python3-icalendar and
//! python3-vobject, which `scripts/test` installs) with their repeats worked out.

mod common;

use std::path::Path;
use std::process::Command;

use backup_planner::documents::reminders;
use backup_planner::files::storage;
use backup_planner::model::sample;
use common::TestApp;

/// Reads a calendar file with icalendar and vobject and prints, per event: its UID, its
/// title, its first three dates as vobject's recurrence works them out, and its alarm's
/// trigger as icalendar reads it.
const READ_BACK: &str = r#"
import sys, icalendar, vobject
text = open(sys.argv[1], encoding="utf-8").read()
cal = icalendar.Calendar.from_ical(text)
triggers = {}
for event in cal.walk("VEVENT"):
    alarms = [a for a in event.walk("VALARM")]
    assert len(alarms) == 1, "one alarm an event"
    triggers[str(event["UID"])] = str(alarms[0]["TRIGGER"].dt)
for event in vobject.readOne(text).vevent_list:
    uid = event.uid.value
    dates = [d.strftime("%Y-%m-%d") for d in list(event.getrruleset())[:3]]
    print("|".join([uid, event.summary.value, " ".join(dates), triggers[uid]]))
"#;

fn read_back(path: &Path) -> Vec<Vec<String>> {
    let output = Command::new("/usr/bin/python3")
        .args(["-c", READ_BACK])
        .arg(path)
        .output()
        .expect("Python 3 (scripts/test installs python3-icalendar and python3-vobject)");
    assert!(
        output.status.success(),
        "the calendar libraries could not read the file: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .map(|l| l.split('|').map(str::to_owned).collect())
        .collect()
}

#[test]
fn every_duty_of_the_example_repeats_in_two_calendar_libraries() {
    let dir = tempfile::tempdir().unwrap();
    let plan = sample::example();
    let now = chrono::NaiveDate::from_ymd_opt(2026, 12, 3)
        .unwrap()
        .and_hms_opt(9, 0, 0)
        .unwrap();
    let path = dir.path().join("reminders.ics");
    std::fs::write(&path, reminders::ics(&plan, now.date(), now)).unwrap();
    let events = read_back(&path);
    let summaries: Vec<&str> = events.iter().map(|e| e[1].as_str()).collect();
    let organisation = &plan.identity.organisation;
    for duty in [
        "Review the backup plan",
        "Test a restore from the backup",
        "Review the backup logs",
        "Check the encryption keys",
        "Train the staff on the backup procedure",
        "Evaluate how the backups perform",
    ] {
        assert!(
            summaries.contains(&format!("{duty} ({organisation})").as_str()),
            "{duty} in {summaries:?}"
        );
    }
    let event = |title: &str| {
        events
            .iter()
            .find(|e| e[1].starts_with(title))
            .unwrap()
            .clone()
    };
    // The example's next review is 2027-02-15, every 12 months; an alarm a week before.
    let review = event("Review the backup plan");
    assert_eq!(review[2], "2027-02-15 2028-02-15 2029-02-15");
    assert_eq!(review[3], "-7 days, 9:00:00");
    // Restore tests every 3 months after the last test recorded (2026-02-14): overdue
    // since 2026-05-14, so the reminders start today, and every 3 months from there.
    let restore = event("Test a restore from the backup");
    assert_eq!(
        restore[2], "2026-12-03 2027-03-03 2027-06-03",
        "{restore:?}"
    );
    // The evaluation, due 2027-03-31 every year: on that very day, not moved.
    let evaluation = event("Evaluate how the backups perform");
    assert!(
        evaluation[2].starts_with("2027-03-31 2028-03-31"),
        "{evaluation:?}"
    );
    // Every UID is its own.
    let mut uids: Vec<&str> = events.iter().map(|e| e[0].as_str()).collect();
    uids.sort_unstable();
    uids.dedup();
    assert_eq!(uids.len(), events.len());
}

#[test]
fn add_reminders_to_calendar_through_the_menu_and_again_updates_rather_than_doubles() {
    let dir = tempfile::tempdir().unwrap();
    let plan_path = dir.path().join("office.ron");
    storage::save_plan(&sample::example(), &plan_path).unwrap();
    let mut app = TestApp::start_with(&dir.path().join("config"), Some(plan_path));
    let out = dir.path().join("reminders.ics");
    app.dialogs.answer(&out);
    app.menu("File", "Add reminders to calendar...");
    assert!(
        app.shows("Reminders saved"),
        "a calm note says what to do next"
    );
    assert!(app.shows_text("Open this file with your calendar"));
    app.click("OK");
    let first = read_back(&out);
    assert_eq!(first.len(), 6, "{first:?}");

    // Step 9: restore tests every month now; saved again, the same events change.
    app.go_to_step(9);
    app.replace_in("Test a restore every", "1");
    app.dialogs.answer(&out);
    app.menu("File", "Add reminders to calendar...");
    app.click("OK");
    let again = read_back(&out);
    let uids =
        |events: &[Vec<String>]| -> Vec<String> { events.iter().map(|e| e[0].clone()).collect() };
    assert_eq!(uids(&first), uids(&again));
    let restore = |events: &[Vec<String>]| {
        events
            .iter()
            .find(|e| e[1].starts_with("Test a restore"))
            .unwrap()[2]
            .clone()
    };
    assert_ne!(restore(&first), restore(&again));
    assert_eq!(app.plan().restore_test_every_months, Some(1));
}

#[test]
fn export_reminders_on_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let plan_path = dir.path().join("office.ron");
    storage::save_plan(&sample::example(), &plan_path).unwrap();
    let out = dir.path().join("duties.ics");
    let status = Command::new(env!("CARGO_BIN_EXE_backup-planner"))
        .arg("export")
        .arg(&plan_path)
        .arg("--reminders")
        .arg(&out)
        .status()
        .unwrap();
    assert!(status.success());
    assert_eq!(read_back(&out).len(), 6);
    // Stamped in UTC whatever the computer's zone (a stamp 14 hours ahead, or a sequence
    // that goes back when the clocks change, would stop the update).
    let far_east = dir.path().join("far-east.ics");
    let status = Command::new(env!("CARGO_BIN_EXE_backup-planner"))
        .env("TZ", "Etc/GMT-14")
        .arg("export")
        .arg(&plan_path)
        .arg("--reminders")
        .arg(&far_east)
        .status()
        .unwrap();
    assert!(status.success());
    let text = std::fs::read_to_string(&far_east).unwrap();
    let stamp = text
        .lines()
        .find_map(|l| l.strip_prefix("DTSTAMP:"))
        .unwrap()
        .trim_end_matches('Z');
    let stamp = chrono::NaiveDateTime::parse_from_str(stamp, "%Y%m%dT%H%M%S").unwrap();
    let off = (chrono::Utc::now().naive_utc() - stamp).num_minutes().abs();
    assert!(off < 10, "DTSTAMP {stamp} is {off} minutes from UTC now");
    // Named the plan itself, it refuses and writes nothing.
    let output = Command::new(env!("CARGO_BIN_EXE_backup-planner"))
        .arg("export")
        .arg(&plan_path)
        .arg("--reminders")
        .arg(&plan_path)
        .output()
        .unwrap();
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("--reminders names the plan itself"));
    assert!(storage::load_plan(&plan_path).is_ok());
}

#[test]
fn an_overdue_duty_is_said_when_the_plan_opens_and_leads_to_its_step() {
    let dir = tempfile::tempdir().unwrap();
    let plan_path = dir.path().join("office.ron");
    let mut plan = sample::example();
    // The last restore test more than three months before the tests' day.
    let today = common::today();
    for test in &mut plan.restore_tests {
        test.date = Some(today - chrono::TimeDelta::days(200));
    }
    storage::save_plan(&plan, &plan_path).unwrap();
    let mut app = TestApp::start_with(&dir.path().join("config"), Some(plan_path));
    assert!(app.shows("Due now:"));
    let due = (today - chrono::TimeDelta::days(200))
        .checked_add_months(chrono::Months::new(3))
        .unwrap();
    let link = format!(
        "Test a restore from the backup (due {})",
        due.format("%Y-%m-%d")
    );
    app.click(&link);
    assert_eq!(
        app.harness.state().open_plan().unwrap().page,
        backup_planner::ui::Page::Step(backup_planner::model::steps::StepId::RestoreTests)
    );
    // Recording a test today settles it; the note goes.
    app.click("➕ Add restore test");
    app.run();
    let last = app.plan().restore_tests.len() - 1;
    app.replace_in(
        &format!("Date, row {}", last + 1),
        &today.format("%Y-%m-%d").to_string(),
    );
    app.run();
    assert!(!app.shows_text("Test a restore from the backup (due"));

    // Put away, it stays away while the plan is open.
    let mut plan = sample::example();
    plan.identity.next_review = Some(today - chrono::TimeDelta::days(1));
    let other = dir.path().join("other.ron");
    storage::save_plan(&plan, &other).unwrap();
    let mut app = TestApp::start_with(&dir.path().join("config2"), Some(other));
    assert!(app.shows_text("Review the backup plan (due"));
    app.click("Not now");
    assert!(!app.shows("Due now:"));
}
