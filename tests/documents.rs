//! The printed documents, checked by the text extracted from the real PDF bytes
//! (`pdftotext`, from poppler-utils, which `scripts/test` installs).

use std::path::Path;
use std::process::Command;

use backup_planner::documents::{self, invitation};
use backup_planner::files::storage;
use backup_planner::model::format;
use backup_planner::model::options::Paper;
use backup_planner::model::plan::Plan;
use backup_planner::model::steps::STEPS;

fn example() -> Plan {
    storage::plan_from_str(backup_planner::EXAMPLE_PLAN, Path::new("example")).unwrap()
}

fn today() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, 3, 16).unwrap()
}

/// Runs a poppler tool on PDF bytes and returns what it printed, white space folded.
fn poppler(tool: &str, args: &[&str], pdf: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("doc.pdf");
    std::fs::write(&path, pdf).unwrap();
    let mut command = Command::new(tool);
    command.args(args).arg(&path);
    if tool == "pdftotext" {
        command.arg("-");
    }
    let output = command.output().unwrap_or_else(|err| {
        panic!("{tool} is needed to read the PDFs ({err}); scripts/test installs poppler-utils")
    });
    assert!(
        output.status.success(),
        "{tool} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    fold(&String::from_utf8(output.stdout).unwrap())
}

/// The document's text with all white space folded to single spaces.
fn pdf_text(pdf: &[u8]) -> String {
    poppler("pdftotext", &["-raw", "-enc", "UTF-8"], pdf)
}

fn fold(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn pdf_info(pdf: &[u8]) -> String {
    poppler("pdfinfo", &[], pdf)
}

/// The number of pages, as pdfinfo reads it.
fn pages(pdf: &[u8]) -> usize {
    let info = pdf_info(pdf);
    let after = info
        .split("Pages: ")
        .nth(1)
        .expect("pdfinfo names the pages");
    after.split(' ').next().unwrap().parse().unwrap()
}

/// Every answer a person typed or picked in the plan, as the document should show it.
#[expect(
    clippy::too_many_lines,
    clippy::many_single_char_names,
    reason = "one answer sheet, read top to bottom"
)]
fn answers(plan: &Plan) -> Vec<String> {
    use backup_planner::model::options::OptionList as _;
    let mut out: Vec<String> = Vec::new();
    let mut text = |s: &str| {
        if !s.trim().is_empty() {
            out.push(s.trim().to_owned());
        }
    };
    let id = &plan.identity;
    text(&id.organisation);
    text(&id.title);
    for s in &plan.systems {
        for t in [&s.name, &s.owner, &s.location, &s.redundancy] {
            text(t);
        }
        text(
            &s.department
                .unwrap()
                .label(backup_planner::i18n::Language::ENGLISH),
        );
        for v in [s.size_gb, s.rpo_hours, s.rto_hours].into_iter().flatten() {
            text(&format::number(v));
        }
    }
    let a = &plan.assessment;
    text(
        &a.current_solution
            .unwrap()
            .label(backup_planner::i18n::Language::ENGLISH),
    );
    for t in [&a.what_works, &a.gaps, &a.consulted] {
        text(t);
    }
    for r in &plan.retention {
        text(
            &r.data_kind
                .unwrap()
                .label(backup_planner::i18n::Language::ENGLISH),
        );
        text(&r.note);
    }
    let p = &plan.procedures;
    text(&p.responsible);
    text(&p.deputy);
    for d in &p.destinations {
        text(&d.name);
        text(&d.location);
    }
    for s in &p.steps {
        text(s);
    }
    for c in &p.escalation {
        for t in [&c.name, &c.role, &c.phone, &c.email] {
            text(t);
        }
    }
    text(&p.media_handling);
    for s in &plan.schedules {
        text(&s.tool);
        text(&format::time(s.start_time.unwrap()));
        text(&format::date(s.tested_on.unwrap()));
    }
    for e in &plan.encryption {
        text(
            &e.method
                .unwrap()
                .label(backup_planner::i18n::Language::ENGLISH),
        );
        text(&e.key_holder);
        text(&e.key_location);
        text(&format::date(e.verified_on.unwrap()));
    }
    for b in &plan.initial_backups {
        text(&b.notes);
        text(&format::date(b.date.unwrap()));
    }
    let m = &plan.monitoring;
    text(&m.checker);
    for e in &m.errors {
        text(&e.error);
        text(&e.action);
        text(&format::date(e.date.unwrap()));
    }
    for t in &plan.restore_tests {
        text(
            &t.kind
                .unwrap()
                .label(backup_planner::i18n::Language::ENGLISH),
        );
        text(&t.restored_to);
        text(&t.notes);
        text(
            &t.result
                .unwrap()
                .label(backup_planner::i18n::Language::ENGLISH),
        );
        text(&format::date(t.date.unwrap()));
    }
    let ap = &plan.approval;
    text(&ap.approver);
    text(&ap.role);
    text(&ap.comment);
    let r = &plan.log_reviews;
    text(&r.reviewer);
    for e in &r.entries {
        for t in [&e.period, &e.anomalies, &e.error_codes, &e.follow_up] {
            text(t);
        }
    }
    let d = &plan.documentation;
    text(&d.version);
    for h in &d.history {
        text(&h.author);
        text(&h.change);
    }
    for s in &plan.training.sessions {
        for t in [&s.title, &s.place, &s.trainer] {
            text(t);
        }
        for a in &s.attendees {
            text(&a.name);
        }
    }
    let e = &plan.evaluation;
    for t in [
        &e.backup_durations,
        &e.restore_times,
        &e.adjustments,
        &e.feedback,
    ] {
        text(t);
    }
    text(&format::date(e.next_evaluation.unwrap()));
    out
}

#[test]
fn the_procedure_holds_every_answer_of_the_example_and_every_step_title() {
    let plan = example();
    let pdf = documents::procedure_pdf(&plan, Paper::A4, today()).unwrap();
    let text = pdf_text(&pdf);
    for step in &STEPS {
        assert!(
            text.contains(&format!(
                "{}. {}",
                step.id.number(),
                step.title(backup_planner::i18n::Language::ENGLISH)
            )),
            "step title missing: {}",
            step.title(backup_planner::i18n::Language::ENGLISH)
        );
    }
    let missing: Vec<String> = answers(&plan)
        .into_iter()
        .filter(|a| !text.contains(&fold(a)))
        .collect();
    assert!(
        missing.is_empty(),
        "answers missing from the PDF: {missing:#?}"
    );

    // Plain procedure language, not a dump of fields.
    assert!(
        text.contains("Financial data is kept for 1 year, as the law requires."),
        "{text}"
    );
    assert!(text.contains(
        "Tom Becker is responsible for the backups; Priya Shah stands in when Tom Becker is away."
    ));
    // Cover, document control and sign-off.
    assert!(text.contains("Approved by Margaret O'Neill (Managing partner) on 2026-02-15"));
    assert!(text.contains("Document control"));
    assert!(text.contains("Sign-off"));
    assert!(text.contains("Appendix: steps and ISO/IEC 27002:2022 controls"));
    assert!(text.contains("8.24 Use of cryptography"));
}

#[test]
fn pages_are_numbered_with_title_and_revision_on_each() {
    let pdf = documents::procedure_pdf(&example(), Paper::A4, today()).unwrap();
    let info = pdf_info(&pdf);
    let pages = pages(&pdf);
    assert!(pages >= 4, "{info}");
    let text = pdf_text(&pdf);
    for page in 1..=pages {
        assert!(
            text.contains(&format!("Page {page} of {pages}")),
            "page {page} has no number"
        );
    }
    assert!(text.contains("Revision 1, printed on 2026-03-16"));
    assert!(
        info.contains("Page size: 595.276 x 841.89 pts (A4)"),
        "{info}"
    );
}

#[test]
fn letter_paper_gives_letter_pages() {
    let pdf = documents::procedure_pdf(&example(), Paper::Letter, today()).unwrap();
    assert!(pdf_info(&pdf).contains("Page size: 612 x 792 pts (letter)"));
}

#[test]
fn long_tables_repeat_their_header_on_every_page() {
    let mut plan = example();
    let template = plan.systems[0].clone();
    for i in 0..200 {
        let system = plan.add_system();
        let id = system.id;
        *system = backup_planner::model::plan::System {
            id,
            name: format!("Workstation {i:03}"),
            ..template.clone()
        };
    }
    let pdf = documents::procedure_pdf(&plan, Paper::A4, today()).unwrap();
    let header = "System Department Owner Kind of data Frequency Retention Encryption RPO RTO";
    let count = pdf_text(&pdf).matches(header).count();
    assert!(count >= 3, "the systems table header appears {count} times");
}

/// Text that would be markup or code if it were spliced into the template.
const HOSTILE: &str = "#read(\"/etc/passwd\") *bold* _it_ $x^2$ [link] <label> @ref \\ \\n #set page(width: 1cm) // no";

fn hostile_plan() -> Plan {
    let mut plan = example();
    let h = || HOSTILE.to_owned();
    plan.identity.organisation = h();
    plan.identity.title = h();
    for s in &mut plan.systems {
        s.name = h();
        s.owner = h();
        s.location = h();
        s.redundancy = h();
    }
    plan.assessment.gaps = h();
    plan.procedures.responsible = h();
    plan.procedures.steps = vec![h(), h()];
    plan.procedures.destinations[0].name = h();
    plan.procedures.escalation[0].email = h();
    plan.encryption[0].key_location = h();
    plan.monitoring.errors[0].error = h();
    plan.restore_tests[0].notes = h();
    plan.approval.comment = h();
    plan.log_reviews.entries[0].anomalies = h();
    plan.documentation.history[0].change = h();
    plan.training.sessions[0].title = h();
    plan.training.sessions[0].place = h();
    plan.training.sessions[0].agenda = h();
    plan.training.sessions[0].attendees[0].name = h();
    plan.evaluation.feedback = h();
    plan
}

#[test]
fn markup_in_any_field_prints_literally_and_reads_no_file() {
    let plan = hostile_plan();
    let procedure = pdf_text(&documents::procedure_pdf(&plan, Paper::A4, today()).unwrap());
    let session = &plan.training.sessions[0];
    let invite = pdf_text(&documents::invitation_pdf(&plan, session, Paper::A4, today()).unwrap());
    for text in [&procedure, &invite] {
        assert!(
            text.contains(&fold(HOSTILE)),
            "the hostile text is not shown literally"
        );
        assert!(!text.contains("root:"), "a file was read into the document");
    }
    assert!(procedure.matches(&fold(HOSTILE)).count() > 20);
}

#[test]
fn greek_cyrillic_arabic_and_hebrew_print_with_the_bundled_fonts() {
    let mut plan = example();
    let scripts = [
        "Λογιστήριο Αθηνών",
        "Бухгалтерия Москва",
        "Zoë Ünal-Øberg, Ångström",
        "مكتب المحاسبة",
        "משרד רואי חשבון",
    ];
    for (system, name) in plan.systems.iter_mut().zip(scripts) {
        system.name = name.to_owned();
    }
    let pdf = documents::procedure_pdf(&plan, Paper::A4, today()).unwrap();
    let text = pdf_text(&pdf);
    for name in &scripts[..3] {
        assert!(text.contains(name), "{name} did not come out");
    }
    // Right-to-left text comes out of pdftotext in visual order; the letters must be there.
    for name in &scripts[3..] {
        let letters = |s: &str| {
            let mut l: Vec<char> = s.chars().filter(|c| c.is_alphabetic()).collect();
            l.sort_unstable();
            l
        };
        let found = text
            .split(' ')
            .collect::<Vec<_>>()
            .windows(name.split(' ').count())
            .any(|w| letters(&w.join(" ")) == letters(name));
        assert!(found, "{name} did not come out");
    }
    let fonts = poppler("pdffonts", &[], &pdf);
    assert!(fonts.contains("NotoSans"), "{fonts}");
    assert!(
        !fonts.contains("Libertinus"),
        "only the bundled fonts are used: {fonts}"
    );
}

#[test]
fn the_invitation_has_a_page_per_attendee_or_one_general_notice() {
    let mut plan = example();
    let session = plan.training.sessions[0].clone();
    let pdf = documents::invitation_pdf(&plan, &session, Paper::A4, today()).unwrap();
    let text = pdf_text(&pdf);
    assert_eq!(pages(&pdf), 3);
    for name in [
        "Dear Priya Shah,",
        "Dear Aisha Rahman,",
        "Dear Jonas Weber,",
    ] {
        assert!(text.contains(name), "{name}");
    }
    assert!(text.contains("Backup Procedures Training Invitation"));
    assert!(text.contains("Thursday 5 March 2026, 14:00 to 15:00 (Europe/London)"));
    assert!(text.contains("Meeting room 2"));
    assert!(text.contains("60 minutes"));
    assert!(text.contains("How to ask for a restore"));
    assert!(text.contains("Your laptop, to try a restore of your own files."));

    plan.training.sessions[0].attendees.clear();
    let session = plan.training.sessions[0].clone();
    let pdf = documents::invitation_pdf(&plan, &session, Paper::A4, today()).unwrap();
    assert_eq!(pages(&pdf), 1);
    assert!(pdf_text(&pdf).contains("To all staff,"));
}

#[test]
fn the_calendar_file_parses_back_with_attendees_and_times() {
    use icalendar::{Calendar, CalendarComponent, Component as _, EventLike as _};
    let plan = example();
    let session = &plan.training.sessions[0];
    let now = today().and_hms_opt(9, 0, 0).unwrap();
    let ics = invitation::ics(&plan, session, now).unwrap();
    let calendar: Calendar = ics.parse().unwrap();
    let event = calendar
        .components
        .iter()
        .find_map(|c| match c {
            CalendarComponent::Event(e) => Some(e),
            _ => None,
        })
        .expect("one event");
    assert_eq!(event.get_summary(), Some("Backup Procedures Training"));
    assert_eq!(event.get_location(), Some("Meeting room 2"));
    let start = event.property_value("DTSTART").unwrap();
    assert_eq!(start, "20260305T140000");
    let tzid = event
        .properties()
        .get("DTSTART")
        .unwrap()
        .params()
        .get("TZID")
        .unwrap();
    assert_eq!(tzid.value(), "Europe/London");
    assert_eq!(event.property_value("DTEND"), Some("20260305T150000"));
    let attendees: Vec<&str> = event
        .multi_properties()
        .get("ATTENDEE")
        .unwrap()
        .iter()
        .map(icalendar::Property::value)
        .collect();
    assert_eq!(
        attendees,
        [
            "mailto:priya@harbour-accountants.example",
            "mailto:aisha@harbour-accountants.example",
            "mailto:jonas@harbour-accountants.example"
        ]
    );
    assert!(ics.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/London\r\n"));
}

#[test]
fn the_email_names_date_time_and_place() {
    let plan = example();
    let mail = invitation::email(&plan, &plan.training.sessions[0]);
    let text = mail.as_text();
    assert!(
        text.contains("Subject: Invitation: Backup Procedures Training on 2026-03-05 at 14:00")
    );
    assert!(text.contains("When: Thursday 5 March 2026, 14:00 to 15:00 (Europe/London)"));
    assert!(text.contains("Where: Meeting room 2"));
}

#[test]
fn the_command_line_exports_every_document() {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("plan.ron");
    std::fs::write(&plan, backup_planner::EXAMPLE_PLAN).unwrap();
    let out = |name: &str| dir.path().join(name);
    let status = Command::new(env!("CARGO_BIN_EXE_backup-planner"))
        .arg("export")
        .arg(&plan)
        .args(["--paper", "letter", "--procedure"])
        .arg(out("procedure.pdf"))
        .arg("--invitation")
        .arg(out("invitation.pdf"))
        .arg("--ics")
        .arg(out("training.ics"))
        .arg("--email")
        .arg(out("email.txt"))
        .status()
        .unwrap();
    assert!(status.success());
    let procedure = std::fs::read(out("procedure.pdf")).unwrap();
    assert!(pdf_info(&procedure).contains("(letter)"));
    assert!(
        pdf_text(&std::fs::read(out("invitation.pdf")).unwrap()).contains("Dear Aisha Rahman,")
    );
    assert!(
        std::fs::read_to_string(out("training.ics"))
            .unwrap()
            .starts_with("BEGIN:VCALENDAR\r\n")
    );
    assert!(
        std::fs::read_to_string(out("email.txt"))
            .unwrap()
            .contains("Where: Meeting room 2")
    );

    // A plan that is not there: a clear message and a failing status, nothing written.
    let output = Command::new(env!("CARGO_BIN_EXE_backup-planner"))
        .args(["export", "/nonexistent/plan.ron", "--procedure"])
        .arg(out("none.pdf"))
        .output()
        .unwrap();
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("Could not read the file"));
    assert!(!out("none.pdf").exists());
}

#[test]
fn the_procedure_lists_the_open_findings_and_the_storage_needed() {
    let plan = example();
    let text = pdf_text(&documents::procedure_pdf(&plan, Paper::A4, today()).unwrap());
    assert!(text.contains("Open findings"), "{text}");
    assert!(text.contains("Checked on 2026-03-16: 3 medium."), "{text}");
    let en = backup_planner::i18n::Language::ENGLISH;
    for finding in backup_planner::advice::adviser::check(&plan, today()) {
        let title = finding.rule.title(en);
        assert!(text.contains(&fold(&title)), "{title}");
        for line in finding.details(en) {
            assert!(text.contains(&fold(&line)), "{line}");
        }
    }
    // The storage estimate sits with the schedules of step 5.
    let estimate = backup_planner::advice::estimate::estimate(&plan);
    assert!(text.contains("Storage the backups need (an estimate):"));
    assert!(
        text.contains(&fold(&estimate.summary())),
        "{}",
        estimate.summary()
    );
    assert!(text.contains("Office server (whole machine)"));

    // A plan that keeps every rule says so.
    let empty = Plan::new(today());
    let text = pdf_text(&documents::procedure_pdf(&empty, Paper::A4, today()).unwrap());
    assert!(text.contains("the plan keeps to every check of good practice"));
}

/// `check` prints the findings and says by its exit status whether any is high.
#[test]
fn the_command_line_checks_a_plan() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.ron");
    std::fs::write(&path, backup_planner::EXAMPLE_PLAN).unwrap();
    let check = |path: &std::path::Path| {
        Command::new(env!("CARGO_BIN_EXE_backup-planner"))
            .arg("check")
            .arg(path)
            .args(["--on", "2026-03-16"])
            .output()
            .unwrap()
    };

    let output = check(&path);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(0), "{stdout}");
    assert!(stdout.contains("3 findings: 3 medium"), "{stdout}");
    assert!(stdout.contains("MEDIUM  Step 3  Records are kept for less than the law commonly asks  [retention-below-legal]"));
    assert!(stdout.contains("  - Payroll and staff records"));
    assert!(stdout.contains("Storage: Each backup destination needs about"));
    assert!(stdout.contains("not legal advice"));

    // Unencrypted client data is high: exit status 1.
    let mut plan = example();
    plan.encryption[1].method = Some(backup_planner::model::options::Encryption::None);
    backup_planner::files::storage::save_plan(&plan, &path).unwrap();
    let output = check(&path);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(1), "{stdout}");
    assert!(stdout.contains(
        "HIGH    Step 6  Client, financial or staff data is backed up without encryption"
    ));
    assert!(stdout.contains("  - Cloud backup: not encrypted"));

    // A file that is not a plan: exit status 2 and the reason.
    std::fs::write(&path, "%PDF-1.7 not a plan").unwrap();
    let output = check(&path);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("Line 1, column"));
    let output = check(&dir.path().join("missing.ron"));
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("Could not read the file"));
}

/// The "Backup health" chapter: what the imported logs show of each system, read back from
/// the PDF, with the chart's caption and legend, and a plan without logs saying so.
#[test]
fn the_procedure_has_a_backup_health_chapter_from_the_imported_logs() {
    use backup_planner::logs::{self, import};
    let mut plan = example();
    let log = "started,job,result,duration,size,message\n\
        2026-03-10 22:00,fileserver nightly,ok,3600,10 GB,\n\
        2026-03-11 22:00,fileserver nightly,ok,3550,10 GB,\n\
        2026-03-12 22:00,fileserver nightly,failed,12,,disk full on /mnt/usb\n\
        2026-03-14 22:00,fileserver nightly,ok,5400,10.4 GB,\n";
    let files = [logs::read("history.csv", log, None).unwrap()];
    let mut matches = import::suggest(&plan, &files);
    let client_files = plan.systems[1].id;
    matches[0].system = Some(client_files);
    let now = today().and_hms_opt(8, 0, 0).unwrap();
    import::apply(&mut plan, &files, &matches, now);
    let name = plan.systems[1].name.clone();

    let text = pdf_text(&documents::procedure_pdf(&plan, Paper::A4, today()).unwrap());
    // The chapter comes just before the open findings.
    let end = text.rfind("Open findings").expect("the findings' chapter");
    let start = text[..end]
        .rfind("Backup health")
        .expect("the chapter is there");
    let chapter = &text[start..end];
    for expected in [
        name.as_str(),
        "Last good backup 2026-03-14 23:30",
        "Backups in the logs 4 from 2026-03-10 to 2026-03-14",
        "Succeeded 75% (3 of 4)",
        "Failed 1; the last on 2026-03-12 22:00: disk full on /mnt/usb",
        "1 failed backup",
        "Backups per day, 2026-03-10 to 2026-03-14",
        "Green: backups that worked. Red: backups that failed. Grey: no backup that day.",
        "Size of the backup 10 GB at first, 10.4 GB at the last backup",
    ] {
        assert!(chapter.contains(expected), "{expected} in: {chapter}");
    }

    let text = pdf_text(&documents::procedure_pdf(&example(), Paper::A4, today()).unwrap());
    assert!(
        text.contains("No backup logs have been read into this plan yet"),
        "{text}"
    );
}

/// Runs a clock gone wrong could leave, and a log's own words that are markup: the Backup
/// health chapter still prints, its chart stays a chart, and the words print as written.
#[test]
fn the_backup_health_chapter_prints_odd_runs_and_hostile_words() {
    use backup_planner::model::evidence::{Job, Outcome, Run};
    let mut plan = example();
    let at = |y, m, d| {
        chrono::NaiveDate::from_ymd_opt(y, m, d)
            .unwrap()
            .and_hms_opt(22, 0, 0)
            .unwrap()
    };
    let mut runs: Vec<Run> = (1..=20)
        .map(|d| Run {
            started: at(2026, 3, d),
            seconds: Some(u64::MAX),
            total_bytes: Some(u64::MAX),
            added_bytes: Some(0),
            ..Run::default()
        })
        .collect();
    runs[3].outcome = Outcome::Failed;
    runs[3].message = format!("{HOSTILE} \u{1b}[31mred\u{1b}[0m \u{202e}evil");
    // One run dated in the year 9999, and one at the start of the calendar.
    runs.push(Run {
        started: at(9999, 12, 31),
        ..Run::default()
    });
    runs.push(Run {
        started: at(1, 1, 1),
        outcome: Outcome::Cancelled,
        ..Run::default()
    });
    runs.sort_by_key(|r| r.started);
    plan.evidence.jobs.push(Job {
        name: HOSTILE.to_owned(),
        system: Some(plan.systems[1].id),
        runs: runs.into(),
        ..Job::default()
    });
    plan.evidence.jobs.push(Job {
        name: HOSTILE.to_owned(),
        runs: vec![Run::default()].into(),
        ..Job::default()
    });
    let data = documents::procedure_data(&plan, Paper::A4, today());
    let chart = &data.health.systems[0].chart;
    assert!(chart.bars.len() <= 120, "{} bars", chart.bars.len());
    let text = pdf_text(&documents::procedure_pdf(&plan, Paper::A4, today()).unwrap());
    let end = text.rfind("Open findings").unwrap();
    let start = text[..end].rfind("Backup health").unwrap();
    let chapter = &text[start..end];
    assert!(chapter.contains(&fold(HOSTILE)), "{chapter}");
    assert!(
        !chapter.contains('\u{1b}'),
        "no escape code reaches the page"
    );
    assert!(chapter.contains("Backups per "), "{chapter}");
    assert!(!text.contains("root:"), "a file was read into the document");
}
