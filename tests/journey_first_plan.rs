//! Journey 1, the first plan: an office manager starts the app, creates a plan, fills
//! all 14 steps through the real UI, saves, and finds every answer again in a fresh app.

mod common;

use backup_planner::model::options::{
    BackupType, CurrentSolution, DataKind, Decision, Department, DestinationKind, Encryption,
    EncryptionScope, Frequency, InitialStatus, MonitorMethod, RestoreKind, RestoreResult,
    RetentionPeriod, RetentionReason, SystemType,
};
use backup_planner::model::plan::{ApprovalState, Plan};
use backup_planner::model::steps::{STEPS, StepStatus};
use common::{TestApp, today};
use egui_kittest::kittest::Queryable as _;

const ORGANISATION: &str = "Zoë's Büro 🗄️ مكتب 会計 \"A&B\" \\ #x *y*";

fn date(y: i32, m: u32, d: u32) -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn fill_details(app: &mut TestApp) {
    app.type_into("Organisation", ORGANISATION);
    app.type_into("Plan title", "Backups 2026");
    // The zone is found by typing a city into the list's search.
    app.click("Time zone");
    app.harness
        .get_by_label("Search time zones")
        .type_text("berlin");
    app.run();
    app.click("Europe/Berlin");
}

fn fill_systems(app: &mut TestApp) {
    app.click("Next ➡");
    assert!(app.shows("Step 1 of 14"));
    app.click("➕ Add system");
    app.click("➕ Add system");

    app.type_into("System, row 1", "Accounts");
    app.pick("Department, row 1", "Finance");
    app.pick("Kind of data, row 1", "Financial data");
    app.pick("System type, row 1", "Database servers");
    app.type_into("Owner, row 1", "Priya");
    app.type_into("Where it lives, row 1", "Server room");
    app.type_into("Size (GB), row 1", "40");
    app.type_into("Daily change (%), row 1", "2,5");
    app.type_into("Max data loss (h), row 1", "4");
    app.type_into("Max downtime (h), row 1", "8");
    app.type_into("Redundancy in place, row 1", "RAID 1");

    app.type_into("System, row 2", "Client files");
    app.pick("Department, row 2", "Human Resources");
    app.pick("Kind of data, row 2", "Client information");
    app.pick("System type, row 2", "File servers");
    app.type_into("Owner, row 2", "Tom");
    app.type_into("Where it lives, row 2", "NAS");
    // A number field refuses letters: the value keeps its last good state.
    app.type_into("Size (GB), row 2", "350");
    app.type_into("Size (GB), row 2", "x");
    app.type_into("Max data loss (h), row 2", "24");
    app.type_into("Max downtime (h), row 2", "24");

    let plan = app.plan();
    assert_eq!(
        plan.systems[1].size_gb,
        Some(350.0),
        "letters never land in a number"
    );
    assert_eq!(
        plan.systems[0].daily_change_percent,
        Some(2.5),
        "a decimal comma is read"
    );
}

fn fill_assessment(app: &mut TestApp) {
    app.click("Next ➡");
    assert!(app.shows("Step 2 of 14"));
    app.pick("Current solution", "Manual process");
    app.type_into("What works", "USB copies on Fridays");
    app.type_into("Gaps found", "Nothing leaves the office");
    app.type_into("Who was asked", "Priya, Tom");
}

fn fill_retention(app: &mut TestApp) {
    app.click("Next ➡");
    app.click("➕ Add retention rule");
    app.click("➕ Add retention rule");
    app.pick("Kind of data, row 1", "Financial data");
    app.pick("Keep backups for, row 1", "Indefinitely");
    app.pick("Reason, row 1", "Law");
    app.type_into("Note, row 1", "Yearly archive kept 10 years");
    app.pick("Kind of data, row 2", "Client information");
    app.pick("Keep backups for, row 2", "6 months");
    app.pick("Reason, row 2", "Contract");
}

fn fill_procedures(app: &mut TestApp) {
    app.click("Next ➡");
    app.type_into("Responsible person", "Tom");
    app.type_into("Deputy", "Priya");
    app.click("➕ Add destination");
    app.click("➕ Add destination");
    app.type_into("Destination, row 1", "NAS");
    app.pick("Kind, row 1", "On-site");
    app.type_into("Location, row 1", "Cupboard");
    app.type_into("Destination, row 2", "Cloud");
    app.pick("Kind, row 2", "Off-site");
    app.click("➕ Add instruction");
    app.click("➕ Add instruction");
    app.type_into("Instruction, row 1", "Swap the disk");
    app.type_into("Instruction, row 2", "Read the report");
    // The order matters in a procedure: move the second instruction up.
    app.click("Move row 2 up");
    app.click("➕ Add contact");
    app.type_into("Name, row 1", "Northgate IT");
    app.type_into("Role, row 1", "Support");
    app.type_into("Phone, row 1", "+44 20 7946 0999");
    app.type_into("E-mail, row 1", "help@northgate.example");
    app.type_into("Media handling", "Disks in a locked case");
}

fn fill_schedules(app: &mut TestApp) {
    app.click("Next ➡");
    app.click("➕ Add schedule");
    app.click("➕ Add schedule");
    app.pick("System, row 1", "Accounts");
    app.pick("Frequency, row 1", "Hourly");
    app.type_into("Start time, row 1", "08:00");
    app.pick("Backup type, row 1", "Incremental");
    app.type_into("Tool, row 1", "Veeam");
    app.type_into("Tested on, row 1", "2026-03-02");
    app.pick("System, row 2", "Client files");
    app.pick("Frequency, row 2", "Bi-weekly");
    app.type_into("Start time, row 2", "22:30");
    app.pick("Backup type, row 2", "Full");
    app.type_into("Tested on, row 2", "2026-03-03");
}

fn fill_encryption(app: &mut TestApp) {
    app.click("Next ➡");
    app.click("➕ Add destination check");
    app.click("➕ Add destination check");
    app.pick("Destination, row 1", "NAS");
    app.pick("Method, row 1", "AES-256");
    app.pick("Protects, row 1", "At rest");
    app.type_into("Key holder, row 1", "Tom");
    app.type_into("Where the key is kept, row 1", "Safe");
    app.type_into("Verified on, row 1", "2026-03-04");
    app.pick("Destination, row 2", "Cloud");
    app.pick("Method, row 2", "AES-128");
    app.pick("Protects, row 2", "At rest and in transit");
    app.type_into("Verified on, row 2", "2026-03-05");
}

fn fill_initial_backups(app: &mut TestApp) {
    app.click("Next ➡");
    app.click("➕ Add initial backup");
    app.pick("System type, row 1", "Database servers");
    app.pick("Status, row 1", "Succeeded");
    app.type_into("Date, row 1", "2026-03-06");
    app.type_into("Duration (h), row 1", "1.5");
    app.type_into("Size (GB), row 1", "38");
    app.type_into("Problems and lessons learned, row 1", "Close Sage first");
}

fn fill_monitoring(app: &mut TestApp) {
    app.click("Next ➡");
    app.type_into("Who checks", "Tom");
    app.pick("How", "Alert e-mail");
    app.pick("How often", "Daily");
    app.click("➕ Add error");
    app.type_into("Date, row 1", "2026-03-09");
    app.pick("System, row 1", "Client files");
    app.type_into("Error, row 1", "Destination unreachable");
    app.type_into("Action taken, row 1", "Restarted the router");
}

fn fill_restore_tests(app: &mut TestApp) {
    app.click("Next ➡");
    app.click("➕ Add restore test");
    app.pick("What was restored, row 1", "Individual files");
    app.pick("System, row 1", "Client files");
    app.type_into("Date, row 1", "2026-03-10");
    app.type_into("Restored to, row 1", "Test folder");
    app.pick("Result, row 1", "Success");
    app.type_into("Time taken (h), row 1", "0.5");
    app.type_into("Notes, row 1", "All opened");
}

fn fill_approval(app: &mut TestApp) {
    app.click("Next ➡");
    assert!(app.shows("Step 10 of 14"));
    app.type_into("Approver", "Margaret O'Neill");
    app.type_into("Role", "Managing partner");
    app.pick("Decision", "Approved");
    // Approving dated it today; the approver signed on another day.
    assert_eq!(app.value_of("Date"), "2026-03-16");
    app.replace_in("Date", "2026-03-11");
    app.type_into("Comment", "Fine");
    assert_eq!(app.plan().approval_state(), ApprovalState::Approved);
    assert!(app.shows_text("Status: Approved"));
}

fn fill_log_review(app: &mut TestApp) {
    app.click("Next ➡");
    app.pick("Review cadence", "Monthly");
    app.type_into("Reviewer", "Priya");
    app.click("➕ Add review");
    app.type_into("Date, row 1", "2026-03-12");
    app.type_into("Period covered, row 1", "February");
    app.type_into("Anomalies, row 1", "None");
    app.type_into("Error codes, row 1", "E42");
    app.type_into("Follow-up, row 1", "Nothing");
}

fn fill_documentation(app: &mut TestApp) {
    app.click("Next ➡");
    app.type_into("Document version", "1.0");
    app.type_into("Next review date", "2027-03-11");
    app.click("➕ Add revision");
    app.type_into("Version, row 1", "1.0");
    app.type_into("Date, row 1", "2026-03-11");
    app.type_into("Author, row 1", "Tom");
    app.type_into("What changed, row 1", "First version");
}

fn fill_training(app: &mut TestApp) {
    app.click("Next ➡");
    app.click("➕ Add training session");
    app.type_into("Date", "2026-04-02");
    app.type_into("Start time", "14:00");
    app.type_into("Place or link", "Meeting room 2");
    app.type_into("Trainer", "Tom");
    app.type_into("Trainer's e-mail", "tom@example.org");
    app.type_into("Agenda", "Where files go; how to ask for a restore");
    app.click("➕ Add attendee");
    app.click("➕ Add attendee");
    app.type_into("Name, row 1", "Aisha");
    app.type_into("E-mail, row 1", "aisha@example.org");
    app.type_into("Name, row 2", "Jonas");
    app.type_into("E-mail, row 2", "jonas@example.org");
    app.click("Attended, row 1");
}

fn fill_evaluation(app: &mut TestApp) {
    app.click("Next ➡");
    assert!(app.shows("Step 14 of 14"));
    app.type_into("Evaluated on", "2026-03-15");
    app.type_into("Backup durations", "Under an hour");
    app.type_into("Success rate", "98.5");
    app.type_into("Restore times against the RTO", "Within");
    app.type_into("Storage used", "400");
    app.type_into("What was adjusted", "Nothing yet");
    app.type_into("Feedback from staff", "Clear");
    app.type_into("Next evaluation date", "2026-09-15");
}

/// Every answer the journey gives, as the plan must hold it.
#[expect(
    clippy::too_many_lines,
    clippy::many_single_char_names,
    reason = "one answer sheet, read top to bottom"
)]
fn assert_every_answer(plan: &Plan) {
    let id = plan.identity.clone();
    assert_eq!(id.organisation, ORGANISATION);
    assert_eq!(id.title, "Backups 2026");
    assert_eq!(id.time_zone, "Europe/Berlin");
    assert_eq!(id.created, Some(today()));
    assert_eq!(id.next_review, Some(date(2027, 3, 11)));

    let [accounts, files] = &plan.systems[..] else {
        panic!("two systems expected: {:?}", plan.systems);
    };
    assert_eq!(accounts.name, "Accounts");
    assert_eq!(accounts.department, Some(Department::Finance));
    assert_eq!(accounts.data_kind, Some(DataKind::FinancialData));
    assert_eq!(accounts.system_type, Some(SystemType::DatabaseServers));
    assert_eq!(accounts.owner, "Priya");
    assert_eq!(accounts.location, "Server room");
    assert_eq!(accounts.size_gb, Some(40.0));
    assert_eq!(accounts.daily_change_percent, Some(2.5));
    assert_eq!(accounts.rpo_hours, Some(4.0));
    assert_eq!(accounts.rto_hours, Some(8.0));
    assert_eq!(accounts.redundancy, "RAID 1");
    assert_eq!(files.name, "Client files");
    assert_eq!(files.department, Some(Department::HumanResources));
    assert_eq!(files.data_kind, Some(DataKind::ClientInformation));
    assert_eq!(files.system_type, Some(SystemType::FileServers));
    assert_eq!(files.size_gb, Some(350.0));
    assert_ne!(accounts.id, files.id);

    assert_eq!(
        plan.assessment.current_solution,
        Some(CurrentSolution::ManualProcess)
    );
    assert_eq!(plan.assessment.what_works, "USB copies on Fridays");
    assert_eq!(plan.assessment.gaps, "Nothing leaves the office");
    assert_eq!(plan.assessment.consulted, "Priya, Tom");

    let rules: Vec<_> = plan
        .retention
        .iter()
        .map(|r| (r.data_kind, r.period, r.reason, r.note.as_str()))
        .collect();
    assert_eq!(
        rules,
        [
            (
                Some(DataKind::FinancialData),
                Some(RetentionPeriod::Indefinitely),
                Some(RetentionReason::Law),
                "Yearly archive kept 10 years"
            ),
            (
                Some(DataKind::ClientInformation),
                Some(RetentionPeriod::SixMonths),
                Some(RetentionReason::Contract),
                ""
            ),
        ]
    );

    let p = &plan.procedures;
    assert_eq!(
        (p.responsible.as_str(), p.deputy.as_str()),
        ("Tom", "Priya")
    );
    let destinations: Vec<_> = p
        .destinations
        .iter()
        .map(|d| (d.name.as_str(), d.kind, d.location.as_str()))
        .collect();
    assert_eq!(
        destinations,
        [
            ("NAS", Some(DestinationKind::OnSite), "Cupboard"),
            ("Cloud", Some(DestinationKind::OffSite), "")
        ]
    );
    assert_eq!(p.steps, ["Read the report", "Swap the disk"]);
    assert_eq!(p.escalation[0].name, "Northgate IT");
    assert_eq!(p.escalation[0].role, "Support");
    assert_eq!(p.escalation[0].phone, "+44 20 7946 0999");
    assert_eq!(p.escalation[0].email, "help@northgate.example");
    assert_eq!(p.media_handling, "Disks in a locked case");

    let s = &plan.schedules;
    assert_eq!(s.len(), 2);
    assert_eq!(s[0].system, Some(accounts.id));
    assert_eq!(s[0].frequency, Some(Frequency::Hourly));
    assert_eq!(s[0].start_time, chrono::NaiveTime::from_hms_opt(8, 0, 0));
    assert_eq!(s[0].backup_type, Some(BackupType::Incremental));
    assert_eq!(s[0].tool, "Veeam");
    assert_eq!(s[0].tested_on, Some(date(2026, 3, 2)));
    assert_eq!(s[1].system, Some(files.id));
    assert_eq!(s[1].frequency, Some(Frequency::BiWeekly));
    assert_eq!(s[1].start_time, chrono::NaiveTime::from_hms_opt(22, 30, 0));
    assert_eq!(s[1].backup_type, Some(BackupType::Full));
    assert_eq!(s[1].tested_on, Some(date(2026, 3, 3)));

    let e = &plan.encryption;
    assert_eq!(e.len(), 2);
    assert_eq!(e[0].destination, Some(p.destinations[0].id));
    assert_eq!(e[0].method, Some(Encryption::Aes256));
    assert_eq!(e[0].scope, Some(EncryptionScope::AtRest));
    assert_eq!(e[0].key_holder, "Tom");
    assert_eq!(e[0].key_location, "Safe");
    assert_eq!(e[0].verified_on, Some(date(2026, 3, 4)));
    assert_eq!(e[1].destination, Some(p.destinations[1].id));
    assert_eq!(e[1].method, Some(Encryption::Aes128));
    assert_eq!(e[1].scope, Some(EncryptionScope::Both));

    let b = &plan.initial_backups[0];
    assert_eq!(b.system_type, Some(SystemType::DatabaseServers));
    assert_eq!(b.status, Some(InitialStatus::Succeeded));
    assert_eq!(b.date, Some(date(2026, 3, 6)));
    assert_eq!(b.duration_hours, Some(1.5));
    assert_eq!(b.size_gb, Some(38.0));
    assert_eq!(b.notes, "Close Sage first");

    let m = &plan.monitoring;
    assert_eq!(m.checker, "Tom");
    assert_eq!(m.method, Some(MonitorMethod::AlertMail));
    assert_eq!(m.how_often, Some(Frequency::Daily));
    assert_eq!(m.errors[0].date, Some(date(2026, 3, 9)));
    assert_eq!(m.errors[0].system, Some(files.id));
    assert_eq!(m.errors[0].error, "Destination unreachable");
    assert_eq!(m.errors[0].action, "Restarted the router");

    let t = &plan.restore_tests[0];
    assert_eq!(t.kind, Some(RestoreKind::IndividualFiles));
    assert_eq!(t.system, Some(files.id));
    assert_eq!(t.date, Some(date(2026, 3, 10)));
    assert_eq!(t.restored_to, "Test folder");
    assert_eq!(t.result, Some(RestoreResult::Success));
    assert_eq!(t.duration_hours, Some(0.5));
    assert_eq!(t.notes, "All opened");

    let a = &plan.approval;
    assert_eq!(a.approver, "Margaret O'Neill");
    assert_eq!(a.role, "Managing partner");
    assert_eq!(a.decision, Some(Decision::Approved));
    assert_eq!(a.date, Some(date(2026, 3, 11)));
    assert_eq!(a.comment, "Fine");
    assert_eq!(plan.approval_state(), ApprovalState::Approved);

    let r = &plan.log_reviews;
    assert_eq!(r.cadence, Some(Frequency::Monthly));
    assert_eq!(r.reviewer, "Priya");
    let entry = &r.entries[0];
    assert_eq!(entry.date, Some(date(2026, 3, 12)));
    assert_eq!(
        (
            entry.period.as_str(),
            entry.anomalies.as_str(),
            entry.error_codes.as_str(),
            entry.follow_up.as_str()
        ),
        ("February", "None", "E42", "Nothing")
    );

    let d = &plan.documentation;
    assert_eq!(d.version, "1.0");
    assert_eq!(d.history[0].version, "1.0");
    assert_eq!(d.history[0].date, Some(date(2026, 3, 11)));
    assert_eq!(d.history[0].author, "Tom");
    assert_eq!(d.history[0].change, "First version");

    let session = &plan.training.sessions[0];
    assert_eq!(session.title, "Backup Procedures Training");
    assert_eq!(session.date, Some(date(2026, 4, 2)));
    assert_eq!(
        session.start_time,
        chrono::NaiveTime::from_hms_opt(14, 0, 0)
    );
    assert_eq!(session.duration_minutes, Some(60));
    assert_eq!(session.place, "Meeting room 2");
    assert_eq!(session.trainer, "Tom");
    assert_eq!(session.trainer_email, "tom@example.org");
    assert_eq!(session.agenda, "Where files go; how to ask for a restore");
    let attendees: Vec<_> = session
        .attendees
        .iter()
        .map(|a| (a.name.as_str(), a.email.as_str(), a.attended))
        .collect();
    assert_eq!(
        attendees,
        [
            ("Aisha", "aisha@example.org", true),
            ("Jonas", "jonas@example.org", false)
        ]
    );

    let ev = &plan.evaluation;
    assert_eq!(ev.evaluated_on, Some(date(2026, 3, 15)));
    assert_eq!(ev.backup_durations, "Under an hour");
    assert_eq!(ev.success_rate_percent, Some(98.5));
    assert_eq!(ev.restore_times, "Within");
    assert_eq!(ev.storage_used_gb, Some(400.0));
    assert_eq!(ev.adjustments, "Nothing yet");
    assert_eq!(ev.feedback, "Clear");
    assert_eq!(ev.next_evaluation, Some(date(2026, 9, 15)));
}

#[test]
fn an_office_manager_fills_every_step_saves_and_finds_it_all_again() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config");
    let file = dir.path().join("office plan.ron");

    let mut app = TestApp::start(&config);
    assert!(app.shows_text("Plans you open or save will be listed here"));
    app.click("New plan");
    fill_details(&mut app);
    fill_systems(&mut app);
    fill_assessment(&mut app);
    fill_retention(&mut app);
    fill_procedures(&mut app);
    fill_schedules(&mut app);
    fill_encryption(&mut app);
    fill_initial_backups(&mut app);
    fill_monitoring(&mut app);
    fill_restore_tests(&mut app);
    fill_approval(&mut app);
    fill_log_review(&mut app);
    fill_documentation(&mut app);
    fill_training(&mut app);
    fill_evaluation(&mut app);

    // Every step of the list now says it is complete.
    for step in &STEPS {
        assert_eq!(
            (step.status)(app.plan()),
            StepStatus::Complete,
            "{}",
            step.title(backup_planner::i18n::Language::ENGLISH)
        );
    }
    assert_every_answer(app.plan());
    assert!(app.shows("Unsaved changes"));
    assert!(
        app.harness
            .state()
            .window_title()
            .starts_with("● Backups 2026")
    );

    // Save with Ctrl+S: the plan has no file yet, so the dialog asks where.
    app.dialogs.answer(&file);
    app.harness
        .key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    app.run();
    assert!(file.is_file(), "the plan was written");
    assert!(app.shows("All changes saved"));
    // The folder too: two plans of one name in two folders are told apart (issue 12).
    assert_eq!(
        app.harness.state().window_title(),
        format!(
            "Backups 2026 (office plan.ron in {}) - Backup Planner",
            file.parent().unwrap().display()
        )
    );
    let saved = app.plan().clone();
    drop(app);

    // A fresh start lists the plan among the recent ones; open it from there.
    let mut app = TestApp::start(&config);
    assert!(app.shows_text("office plan.ron"));
    app.click(&format!("Backups 2026 ({ORGANISATION})"));
    assert_eq!(app.plan(), &saved);
    assert_every_answer(app.plan());

    // And the UI shows the answers where the person left them.
    app.go_to_step(1);
    assert_eq!(app.value_of("System, row 1"), "Accounts");
    assert_eq!(app.value_of("Department, row 2"), "Human Resources");
    // The rest of a row shows in the form below the list, for the row chosen in it.
    app.click("Details of row 2");
    assert_eq!(app.value_of("Size (GB), row 2"), "350");
    app.go_to_step(10);
    assert!(app.shows_text("Status: Approved"));
}
