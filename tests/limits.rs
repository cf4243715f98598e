//! Limits a person never meets, enforced everywhere (`backup_planner::model::limits`): a file
//! with an impossible number or date is refused at its line and column, one with too much
//! text or too many rows with where they are; the window's fields refuse what is out of
//! range and cut what is too long, saying so; the documents refuse, with a message, what
//! they cannot make; a calendar file for any date in range reads back in two calendar
//! libraries; and the largest plan the limits allow opens and draws.

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use backup_planner::documents::{self, DocumentError, invitation};
use backup_planner::files::storage::{self, StorageError};
use backup_planner::model::limits;
use backup_planner::model::options::Paper;
use backup_planner::model::plan::{Attendee, Plan, TrainingSession};
use backup_planner::model::sample;
use chrono::{NaiveDate, NaiveTime};
use common::TestApp;
use egui_kittest::kittest::{NodeT as _, Queryable as _};

fn today() -> NaiveDate {
    common::today()
}

/// The example plan file with `from` replaced by `to`.
fn example_with(from: &str, to: &str) -> String {
    let text = backup_planner::EXAMPLE_PLAN;
    assert!(text.contains(from), "the example has {from}");
    text.replacen(from, to, 1)
}

fn example() -> Plan {
    storage::plan_from_str(backup_planner::EXAMPLE_PLAN, Path::new("example")).unwrap()
}

fn saved(dir: &Path, name: &str, plan: &Plan) -> PathBuf {
    let path = dir.join(name);
    storage::save_plan(plan, &path).unwrap();
    path
}

#[test]
fn impossible_numbers_and_dates_are_refused_at_their_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let cases = [
        (
            "size_gb: Some(40.0),",
            "size_gb: Some(NaN),",
            "the size in GB must be between 0 and 1,000,000, not NaN",
        ),
        (
            "size_gb: Some(40.0),",
            "size_gb: Some(inf),",
            "the size in GB must be between 0 and 1,000,000, not infinity",
        ),
        (
            "size_gb: Some(40.0),",
            "size_gb: Some(-5.0),",
            "the size in GB must be between 0 and 1,000,000, not -5",
        ),
        (
            "size_gb: Some(40.0),",
            "size_gb: Some(1e300),",
            "the size in GB must be between 0 and 1,000,000, not 1e300",
        ),
        (
            "daily_change_percent: Some(3.0),",
            "daily_change_percent: Some(150.0),",
            "the percentage must be between 0 and 100, not 150",
        ),
        (
            "rpo_hours: Some(4.0),",
            "rpo_hours: Some(-8.0),",
            "the number of hours must be between 0 and 8,760, not -8",
        ),
        (
            "created: Some(\"2026-01-12\"),",
            "created: Some(\"9999-01-01\"),",
            "the date must be between 1900-01-01 and 2199-12-31, not 9999-01-01",
        ),
        (
            "created: Some(\"2026-01-12\"),",
            "created: Some(\"-5000-01-01\"),",
            "the date must be between 1900-01-01 and 2199-12-31, not -5000-01-01",
        ),
        (
            "duration_minutes: Some(60),",
            "duration_minutes: Some(600000),",
            "the number of minutes must be between 0 and 10,080, not 600000",
        ),
        (
            "revision: 1,",
            "revision: 4000000,",
            "the revision number must be between 0 and 9,999, not 4000000",
        ),
        (
            "start_time: Some(\"08:00:00\"),",
            "start_time: Some(\"23:59:60\"),",
            "the time of day must be between 00:00 and 23:59, not 23:59:60",
        ),
        (
            "id: 1,",
            "id: 4294967295,",
            "the number that identifies a row must be between 0 and 999,999,999",
        ),
    ];
    for (from, to, reason_part) in cases {
        let text = example_with(from, to);
        let path = dir.path().join("plan.ron");
        fs::write(&path, &text).unwrap();
        let Err(err) = storage::load_plan(&path) else {
            panic!("{to} was read as a plan");
        };
        let message = err.to_string();
        let StorageError::Parse {
            line,
            column,
            reason,
            ..
        } = &err
        else {
            panic!("{to}: not refused at a line and column: {message}");
        };
        let expected_line = text[..text.find(to).unwrap()].matches('\n').count() + 1;
        assert_eq!(*line, expected_line, "{to}: {message}");
        assert!(*column > 1, "{to}: {message}");
        assert!(reason.contains(reason_part), "{to}: {message}");
        assert!(
            message.contains(&format!("Line {line}, column {column}: ")),
            "{message}"
        );
    }
}

#[test]
fn too_much_text_in_a_field_or_too_many_rows_in_a_list_are_refused_with_where() {
    let dir = tempfile::tempdir().unwrap();

    let mut plan = sample::plan_with_systems(5);
    plan.systems[3].name = "x".repeat(2_000_000);
    let path = saved(dir.path(), "long-name.ron", &plan);
    let err = storage::load_plan(&path).unwrap_err();
    assert!(matches!(err, StorageError::OverLimit { .. }), "{err:?}");
    assert_eq!(
        err.to_string(),
        format!(
            "This file holds more than a backup plan can: 2,000,000 characters in the name \
             of system 4, where a field takes at most 20,000. File: {}",
            path.display()
        )
    );

    let mut plan = example();
    plan.procedures.steps[1] = "y".repeat(20_001);
    let path = saved(dir.path(), "long-step.ron", &plan);
    let message = storage::load_plan(&path).unwrap_err().to_string();
    assert!(
        message.contains("20,001 characters in instruction 2 in step 4, where a field takes"),
        "{message}"
    );

    let plan = sample::plan_with_systems(5_001);
    let path = saved(dir.path(), "many-systems.ron", &plan);
    let message = storage::load_plan(&path).unwrap_err().to_string();
    assert!(
        message.contains("5,001 rows in the list of systems, where a list takes at most 5,000"),
        "{message}"
    );

    let mut plan = example();
    plan.training.sessions[0].attendees = vec![Attendee::default(); 6_000];
    let path = saved(dir.path(), "many-attendees.ron", &plan);
    let message = storage::load_plan(&path).unwrap_err().to_string();
    assert!(
        message.contains(
            "6,000 rows in the list of attendees of training session 1 in step 13, where a \
             list takes at most 5,000"
        ),
        "{message}"
    );

    // At the limits exactly, a plan opens.
    let mut plan = sample::plan_with_systems(5_000);
    plan.systems[3].name = "x".repeat(20_000);
    let path = saved(dir.path(), "at-the-limits.ron", &plan);
    assert_eq!(storage::load_plan(&path).unwrap(), plan);
}

/// A session on `date` at `time` for `minutes`, in `zone`, with two people invited.
fn session_plan(
    date: NaiveDate,
    time: NaiveTime,
    minutes: u32,
    zone: &str,
) -> (Plan, TrainingSession) {
    let mut plan = example();
    zone.clone_into(&mut plan.identity.time_zone);
    let mut session = plan.training.sessions[0].clone();
    session.date = Some(date);
    session.start_time = Some(time);
    session.duration_minutes = Some(minutes);
    plan.training.sessions[0] = session.clone();
    (plan, session)
}

/// A Python that has the `icalendar` package (Debian's python3-icalendar, which
/// `scripts/test` installs).
fn python_with_icalendar() -> &'static str {
    for python in ["python3", "/usr/bin/python3"] {
        let found = Command::new(python)
            .args(["-c", "import icalendar"])
            .stderr(std::process::Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        if found {
            return python;
        }
    }
    panic!("Python's icalendar package is needed: install python3-icalendar (scripts/test does)");
}

#[test]
fn a_calendar_file_for_any_date_in_range_reads_back_in_two_calendar_libraries() {
    use icalendar::{Calendar, CalendarComponent, Component as _};
    let dir = tempfile::tempdir().unwrap();
    let now = today().and_hms_opt(9, 0, 0).unwrap();
    let midnight_less_half = NaiveTime::from_hms_opt(23, 30, 0).unwrap();
    let cases = [
        (limits::FIRST_DATE, NaiveTime::MIN, 60, "Europe/London"),
        (limits::FIRST_DATE, NaiveTime::MIN, 60, ""),
        (
            limits::LAST_DATE,
            midnight_less_half,
            10_080,
            "Europe/Berlin",
        ),
        (
            limits::LAST_DATE,
            midnight_less_half,
            10_080,
            "America/New_York",
        ),
        (limits::LAST_DATE, midnight_less_half, 90, ""),
        (
            NaiveDate::from_ymd_opt(2000, 2, 29).unwrap(),
            midnight_less_half,
            0,
            "Asia/Tokyo",
        ),
        (
            NaiveDate::from_ymd_opt(2026, 3, 29).unwrap(),
            midnight_less_half,
            240,
            "Europe/Berlin",
        ),
        (
            NaiveDate::from_ymd_opt(2100, 10, 31).unwrap(),
            NaiveTime::MIN,
            45,
            "Australia/Sydney",
        ),
    ];
    let mut files = Vec::new();
    for (i, (date, time, minutes, zone)) in cases.into_iter().enumerate() {
        let (plan, session) = session_plan(date, time, minutes, zone);
        let ics = invitation::ics(&plan, &session, now).unwrap();
        let calendar: Calendar = ics.parse().unwrap_or_else(|e| panic!("{date} {zone}: {e}"));
        let event = calendar
            .components
            .iter()
            .find_map(|c| match c {
                CalendarComponent::Event(e) => Some(e),
                _ => None,
            })
            .unwrap_or_else(|| panic!("{date} {zone}: no event"));
        let start = event.property_value("DTSTART").unwrap();
        assert!(
            start.starts_with(&date.format("%Y%m%d").to_string()),
            "{start}"
        );
        let path = dir.path().join(format!("session-{i}.ics"));
        fs::write(&path, ics).unwrap();
        files.push((path, date));
    }
    let script = "import sys\n\
        from icalendar import Calendar\n\
        for name, date in zip(sys.argv[1::2], sys.argv[2::2]):\n\
        \x20   calendar = Calendar.from_ical(open(name, 'rb').read())\n\
        \x20   events = [c for c in calendar.walk('VEVENT')]\n\
        \x20   assert len(events) == 1, name\n\
        \x20   start = events[0].decoded('DTSTART')\n\
        \x20   end = events[0].decoded('DTEND')\n\
        \x20   assert start.strftime('%Y-%m-%d') == date, (name, start, date)\n\
        \x20   assert end >= start, (name, start, end)\n\
        \x20   for zone in calendar.walk('VTIMEZONE'):\n\
        \x20       zone.to_tz()\n\
        print('read', len(sys.argv) // 2)\n";
    let mut command = Command::new(python_with_icalendar());
    command.args(["-c", script]);
    for (path, date) in &files {
        command.arg(path).arg(date.format("%Y-%m-%d").to_string());
    }
    let output = command.output().unwrap();
    assert!(
        output.status.success(),
        "Python's icalendar refused a calendar file: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(
        String::from_utf8_lossy(&output.stdout).trim(),
        format!("read {}", files.len())
    );
}

#[test]
fn a_calendar_file_is_refused_for_a_date_outside_the_range() {
    let now = today().and_hms_opt(9, 0, 0).unwrap();
    for (year, shown) in [
        (9999, "9999-01-01"),
        (-5000, "-5000-01-01"),
        (1899, "1899-01-01"),
    ] {
        let date = NaiveDate::from_ymd_opt(year, 1, 1).unwrap();
        let (plan, session) = session_plan(date, NaiveTime::MIN, 60, "Europe/London");
        let err = invitation::ics(&plan, &session, now).unwrap_err();
        assert_eq!(
            err.to_string(),
            format!(
                "The training date {shown} is outside the years a calendar file can hold: \
                 choose a date from 1900-01-01 to 2199-12-31 in step 13."
            )
        );
    }
}

#[test]
fn documents_beyond_what_can_be_made_are_refused_with_a_message_before_anything_is_made() {
    // Text: 90 fields at the longest, 1,800,000 characters in all.
    let mut plan = example();
    plan.procedures.steps = vec![sample::long_text(20_000); 90];
    let started = std::time::Instant::now();
    let err = documents::procedure_pdf(&plan, Paper::A4, today()).unwrap_err();
    assert!(matches!(err, DocumentError::TooLarge(_)), "{err:?}");
    let message = err.to_string();
    assert!(
        message.starts_with("The procedure cannot be made: the plan holds 1,80")
            && message
                .contains("characters of text, where a document is made of at most 1,000,000.")
            && message.contains("The longest text is instruction 1 in step 4 (20,000 characters)."),
        "{message}"
    );
    assert!(
        started.elapsed() < std::time::Duration::from_secs(5),
        "refused before making"
    );

    // Rows: 3,000 systems with a schedule each and 3,000 instructions, with short text.
    let mut plan = sample::plan_with_systems(3_000);
    plan.procedures.steps = vec!["Check the backup report".to_owned(); 3_000];
    let message = documents::procedure_pdf(&plan, Paper::A4, today())
        .unwrap_err()
        .to_string();
    assert!(
        message.contains("rows in its lists, where a document is made of at most 8,000."),
        "{message}"
    );

    // The invitation: a page for each of 5,000 people, each with a long agenda.
    let mut plan = example();
    let session = &mut plan.training.sessions[0];
    session.agenda = sample::long_text(20_000);
    session.attendees = (0..5_000)
        .map(|i| Attendee {
            name: format!("Person {i}"),
            ..Attendee::default()
        })
        .collect();
    let session = session.clone();
    let message = documents::invitation_pdf(&plan, &session, Paper::A4, today())
        .unwrap_err()
        .to_string();
    assert!(
        message.starts_with(
            "The invitation cannot be made: its 5,000 pages, one for each person invited, \
             would hold 10"
        ) && message
            .contains("characters of text in all, where a document is made of at most 1,000,000."),
        "{message}"
    );

    // An agenda of a thousand lines on each of 45 pages.
    let mut session = session;
    session.attendees.truncate(45);
    session.agenda = "Item\n".repeat(1_000);
    let message = documents::invitation_pdf(&plan, &session, Paper::A4, today())
        .unwrap_err()
        .to_string();
    assert!(
        message.contains(
            "its 45 pages, one for each person invited, would print 45,000 lines of agenda in \
             all, where an invitation prints at most 40,000."
        ),
        "{message}"
    );
    // Within both, it is made.
    session.agenda = "Item\n".repeat(800);
    assert!(documents::invitation_pdf(&plan, &session, Paper::A4, today()).is_ok());
}

#[test]
fn a_system_name_printed_in_every_row_about_it_is_caught_by_the_backstop() {
    // Within the plan's limits, but the name prints in each of 4,000 schedules' rows.
    let mut plan = sample::plan_with_systems(1);
    plan.systems[0].name = sample::long_text(3_000);
    let schedule = plan.schedules[0].clone();
    plan.schedules = vec![schedule; 4_000];
    assert!(documents::check_procedure(&plan).is_ok());
    let message = documents::procedure_pdf(&plan, Paper::A4, today())
        .unwrap_err()
        .to_string();
    assert!(
        message.starts_with("The procedure cannot be made: it would come to some")
            && message.contains("a long name of a system is printed in every row about it"),
        "{message}"
    );
}

/// The text field or cell with this accessible name, focused as a click would.
fn focus(app: &mut TestApp, label: &str) {
    app.harness.get_by_label(label).focus();
    app.run();
}

#[test]
fn a_number_or_date_out_of_range_stays_in_view_and_is_refused_with_the_range() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = TestApp::start(&dir.path().join("config"));
    app.click("New plan");
    app.go_to_step(1);
    app.click("➕ Add system");

    for (field, typed, problem) in [
        (
            "Size (GB), row 1",
            "2000000",
            "Type a size in GB from 0 to 1,000,000, such as 250",
        ),
        (
            "Max downtime (h), row 1",
            "9000",
            "Type a number of hours from 0 to 8,760, such as 24",
        ),
        (
            "Daily change (%), row 1",
            "150",
            "Type a percentage from 0 to 100, such as 2.5",
        ),
    ] {
        focus(&mut app, field);
        app.harness.get_by_label(field).type_text(typed);
        app.run();
        assert_eq!(app.value_of(field), typed, "what was typed stays in view");
        assert!(app.shows(problem), "{field}: the range is said");
        app.harness.key_press(egui::Key::Escape);
        app.run();
    }
    let system = &app.plan().systems[0];
    assert_eq!(
        (
            system.size_gb,
            system.rto_hours,
            system.daily_change_percent
        ),
        (None, None, None),
        "nothing out of range lands in the plan"
    );

    app.go_to_step(13);
    app.click("➕ Add training session");
    focus(&mut app, "Duration");
    app.harness.get_by_label("Duration").type_text("0000");
    app.run();
    assert!(
        app.shows("Type a whole number of minutes from 0 to 10,080, such as 90"),
        "600000 minutes is refused"
    );
    assert_eq!(app.plan().training.sessions[0].duration_minutes, Some(60));
    app.harness.key_press(egui::Key::Escape);
    app.run();

    focus(&mut app, "Date");
    app.harness.get_by_label("Date").type_text("9999-01-01");
    app.run();
    assert_eq!(app.value_of("Date"), "9999-01-01");
    assert!(
        app.shows(
            "Type a date from 1900-01-01 to 2199-12-31 as year-month-day, such as 2026-03-31"
        )
    );
    assert_eq!(app.plan().training.sessions[0].date, None);
}

#[test]
fn a_megabyte_pasted_into_a_field_is_cut_to_the_limit_and_the_person_is_told() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = TestApp::start(&dir.path().join("config"));
    app.click("New plan");
    app.go_to_step(2);
    let megabyte = "pasted text ".repeat(90_000);
    assert!(megabyte.len() > 1_000_000);

    focus(&mut app, "What works");
    app.harness.event(egui::Event::Paste(megabyte.clone()));
    app.run();
    let kept = &app.plan().assessment.what_works;
    assert_eq!(
        kept.chars().count(),
        20_000,
        "the first 20,000 characters are kept"
    );
    assert!(megabyte.starts_with(kept.as_str()));
    assert!(app.shows_text("This field is full: it holds 20,000 characters"));
    app.harness.key_press(egui::Key::Escape);
    app.run();

    // A table cell alike.
    app.go_to_step(1);
    app.click("➕ Add system");
    focus(&mut app, "System, row 1");
    app.harness.event(egui::Event::Paste(megabyte));
    app.run();
    assert_eq!(app.plan().systems[0].name.chars().count(), 20_000);
    assert!(app.shows_text("This field is full"));
}

#[test]
fn a_full_list_offers_no_more_rows_and_says_why() {
    let dir = tempfile::tempdir().unwrap();
    let path = saved(
        dir.path(),
        "full.ron",
        &sample::plan_with_systems(limits::MAX_ROWS),
    );
    let mut app = TestApp::start_with(&dir.path().join("config"), Some(path));
    app.go_to_step(1);
    assert!(
        app.harness
            .get_by_label("➕ Add system")
            .accesskit_node()
            .is_disabled(),
        "a list of 5,000 systems takes no more"
    );
    app.harness.get_by_label("➕ Add system").hover();
    app.run();
    assert!(app.shows_text("This list holds 5,000 rows, the most Backup Planner takes"));
    app.go_to_step(3);
    assert!(
        !app.harness
            .get_by_label("➕ Add retention rule")
            .accesskit_node()
            .is_disabled()
    );
}

/// The peak resident memory of this process so far, in MB (Linux).
fn peak_mb() -> Option<u64> {
    let status = fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024)
}

/// The largest plan the load limits allow: every list at 5,000 rows, and as many fields
/// at 20,000 characters as a plan file takes, opens and draws every step.
#[test]
fn the_largest_plan_the_limits_allow_opens_and_draws_every_step() {
    let dir = tempfile::tempdir().unwrap();
    let plan = sample::plan_at_limits(limits::MAX_ROWS, 65);
    let path = saved(dir.path(), "largest.ron", &plan);
    let size = fs::metadata(&path).unwrap().len();
    assert!(size <= storage::MAX_PLAN_BYTES, "{size} bytes");
    let started = std::time::Instant::now();
    let mut app = TestApp::start_with(&dir.path().join("config"), Some(path));
    assert_eq!(app.plan().systems.len(), limits::MAX_ROWS);
    eprintln!(
        "largest plan: {} MB, opened in {:?}, peak {:?} MB",
        size / 1_000_000,
        started.elapsed(),
        peak_mb()
    );
    for step in 1..=14 {
        let started = std::time::Instant::now();
        app.go_to_step(step);
        eprintln!(
            "step {step}: {:?}, peak {:?} MB",
            started.elapsed(),
            peak_mb()
        );
    }
    app.go_to_step(1);
    assert!(app.shows("System, row 1"));
    app.go_to_step(13);
    assert!(app.shows("Agenda"));
}

/// Writes the plans the document limits were measured with into `$LIMITS_PLANS` (or
/// `/tmp/limits-plans`), for `/usr/bin/time -v target/release/backup-planner export
/// PLAN.ron --procedure OUT.pdf`: text in paragraphs, in table cells and without spaces,
/// rows, both at once, and text the document repeats.
#[test]
#[ignore = "writes plans for measuring by hand"]
#[expect(
    clippy::too_many_lines,
    reason = "one plan after another, each with what it measures"
)]
fn write_the_plans_the_document_limits_were_measured_with() {
    let dir = PathBuf::from(
        std::env::var_os("LIMITS_PLANS").unwrap_or_else(|| "/tmp/limits-plans".into()),
    );
    fs::create_dir_all(&dir).unwrap();
    let fields = |total: u64| usize::try_from(total).unwrap() / limits::MAX_TEXT_CHARS;
    let max_fields = fields(limits::MAX_DOCUMENT_CHARS);
    let write = |name: &str, plan: &Plan| {
        let path = dir.join(name);
        storage::save_plan(plan, &path).unwrap();
        let amount = limits::amount_skipping(plan, &["snapshot"]);
        let data = documents::procedure_data(plan, Paper::A4, today());
        eprintln!(
            "{name}: {} characters, {} rows, {} bytes of data; procedure check {:?}",
            amount.chars,
            amount.rows,
            serde_json::to_vec(&data).unwrap().len(),
            documents::check_procedure(plan)
                .err()
                .map(|e| e.to_string())
        );
    };

    let mut plan = example();
    plan.procedures.steps = vec![sample::long_text(limits::MAX_TEXT_CHARS); max_fields - 1];
    write("text-paragraphs.ron", &plan);

    let mut plan = example();
    let test = plan.restore_tests[0].clone();
    plan.restore_tests = vec![test; max_fields / 2 - 1];
    for test in &mut plan.restore_tests {
        test.notes = sample::long_text(limits::MAX_TEXT_CHARS);
        test.restored_to = sample::long_text(limits::MAX_TEXT_CHARS);
    }
    write("text-cells.ron", &plan);

    let mut plan = example();
    plan.procedures.steps = vec!["x".repeat(limits::MAX_TEXT_CHARS); max_fields - 1];
    write("text-solid.ron", &plan);

    // Rows: systems with a schedule each, the rows that cost a document most.
    let rows_plan = || {
        let rows = usize::try_from(limits::MAX_DOCUMENT_ROWS).unwrap() / 2 - 60;
        let mut plan = sample::plan_with_systems(rows);
        plan.approval.approved_tests.clear();
        plan
    };
    write("rows.ron", &rows_plan());

    // Both at once: each system's name as long as the characters left allow.
    let mut plan = rows_plan();
    let room = limits::MAX_DOCUMENT_CHARS.saturating_sub(limits::amount(&plan).chars);
    let each = usize::try_from(room).unwrap() / plan.systems.len();
    for system in &mut plan.systems {
        system
            .name
            .push_str(&sample::long_text(each.saturating_sub(5)));
    }
    write("rows-and-text.ron", &plan);

    // Rows, and text up to the backstop: 400,000 characters more, each printed once.
    let mut plan = rows_plan();
    let room = limits::MAX_DOCUMENT_BYTES - 3_600_000;
    let each = room / plan.systems.len();
    for system in &mut plan.systems {
        system.redundancy.push_str(&sample::long_text(each));
    }
    write("rows-to-backstop.ron", &plan);

    // A system name printed in every schedule: the document's data near its backstop.
    let mut plan = sample::plan_with_systems(1);
    let schedule = plan.schedules[0].clone();
    plan.schedules = vec![schedule; 3_000];
    let name_chars = limits::MAX_DOCUMENT_BYTES / 3_000 / 2 - 130;
    plan.systems[0].name = sample::long_text(name_chars);
    write("repeated-name.ron", &plan);

    write("systems-2000.ron", &sample::plan_with_systems(2_000));

    // The largest plan the load limits allow, for the window.
    write("largest.ron", &sample::plan_at_limits(limits::MAX_ROWS, 65));

    // The invitation: a page for each person, as many as its characters allow; and a
    // long agenda on each of a few dozen pages.
    let invitation = |plan: &Plan| {
        let session = &plan.training.sessions[0];
        format!(
            "{} people, invitation check {:?}",
            session.attendees.len(),
            documents::check_invitation(plan, session)
                .err()
                .map(|e| e.to_string())
        )
    };
    let mut plan = example();
    plan.training.sessions.truncate(1);
    plan.training.sessions[0].attendees.clear();
    let session = &plan.training.sessions[0];
    let common = limits::amount(&invitation::invitation_data(&plan, session, Paper::A4)).chars;
    let people = usize::try_from(limits::MAX_DOCUMENT_CHARS / (common + 20)).unwrap() - 1;
    plan.training.sessions[0].attendees = (0..people)
        .map(|i| Attendee {
            name: format!("Person number {i}"),
            email: format!("person{i}@example.org"),
            attended: false,
        })
        .collect();
    write("invitation-pages.ron", &plan);
    eprintln!("invitation-pages: {}", invitation(&plan));
    // The most pages: one for each of as many people as a list takes, with the least text.
    let mut few_words = plan.clone();
    let session = &mut few_words.training.sessions[0];
    session.agenda.clear();
    session.place.clear();
    session.what_to_bring.clear();
    session.attendees = (0..4_600)
        .map(|i| Attendee {
            name: format!("P{i}"),
            ..Attendee::default()
        })
        .collect();
    write("invitation-most-pages.ron", &few_words);
    eprintln!("invitation-most-pages: {}", invitation(&few_words));
    plan.training.sessions[0].agenda = sample::long_text(limits::MAX_TEXT_CHARS);
    plan.training.sessions[0].attendees.truncate(45);
    write("invitation-agenda.ron", &plan);
    eprintln!("invitation-agenda: {}", invitation(&plan));
    // As many agenda lines as an invitation prints, on as many pages as its text allows.
    let session = &mut plan.training.sessions[0];
    session.agenda = "Item\n".repeat(11);
    session.attendees = (0..3_500)
        .map(|i| Attendee {
            name: format!("P{i}"),
            ..Attendee::default()
        })
        .collect();
    write("invitation-agenda-lines.ron", &plan);
    eprintln!("invitation-agenda-lines: {}", invitation(&plan));
}
