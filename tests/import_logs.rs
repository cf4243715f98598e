//! Importing backup logs through the window, as an office manager would: File > Import
//! backup logs..., the preview of what each file holds and which system each job backs
//! up (changed by hand), Import, the failure in step 8's error log and the review in
//! step 11; Undo takes it all back. Logs dropped onto the window go the same way.

mod common;

use std::path::{Path, PathBuf};

use backup_planner::files::storage;
use backup_planner::model::sample;
use common::TestApp;
use egui_kittest::kittest::Queryable as _;

/// Three nights of the client files from a tool without its own format, the last failed.
const HISTORY: &str = "started,job,result,duration,size,message\n\
    2026-03-01 22:00,fileserver nightly,ok,3600,10 GB,\n\
    2026-03-02 22:00,fileserver nightly,ok,3550,10 GB,\n\
    2026-03-03 22:00,fileserver nightly,failed,12,,disk full\n";

/// A file dropped onto the window, as the desktop hands it over.
#[derive(Debug)]
struct Dropped(PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

fn drop_file(app: &mut TestApp, path: PathBuf) {
    app.harness
        .input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped(path)));
}

fn example(dir: &Path) -> (TestApp, PathBuf) {
    let plan = dir.join("office.ron");
    storage::save_plan(&sample::example(), &plan).unwrap();
    let log = dir.join("history.csv");
    std::fs::write(&log, HISTORY).unwrap();
    let app = TestApp::start_with(&dir.join("config"), Some(plan));
    (app, log)
}

#[test]
fn import_through_the_menu_with_a_preview_then_undo() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, log) = example(dir.path());
    let before = app.plan().clone();
    app.dialogs.answer_logs(&[log]);
    app.menu("File", "Import backup logs...");
    assert!(app.shows("Import backup logs"), "the preview shows");
    assert!(app.shows_text("history.csv: 3 runs of 1 job"));
    assert_eq!(app.plan(), &before, "nothing changes before Import");

    // No system shares a word with "fileserver nightly": the person chooses one.
    app.pick(
        "System of CSV fileserver nightly",
        "Client files (shared drive)",
    );
    app.click("Import");
    assert!(app.shows("Backup logs imported"));
    assert!(app.shows_text("Added 3 runs"));
    app.click("OK");

    let plan = app.plan().clone();
    assert_eq!(plan.evidence.jobs.len(), 1);
    assert_eq!(plan.evidence.jobs[0].runs.len(), 3);
    let client_files = plan.systems[1].id;
    assert_eq!(plan.evidence.jobs[0].system, Some(client_files));
    let failure = plan
        .monitoring
        .errors
        .iter()
        .position(|e| e.error.contains("disk full"))
        .expect("the failure is in step 8's error log");
    assert_eq!(plan.monitoring.errors[failure].system, Some(client_files));
    app.go_to_step(8);
    assert!(
        app.value_of(&format!("Error, row {}", failure + 1))
            .contains("disk full")
    );
    assert!(
        plan.log_reviews
            .entries
            .iter()
            .any(|r| r.period.starts_with("2026-03-01 to 2026-03-03"))
    );
    // The adviser speaks from the runs.
    assert!(
        app.harness
            .query_all_by_label_contains("Backups failed, as the backup logs show")
            .next()
            .is_some()
    );

    // One change: Undo takes the whole import back.
    for _ in 0..70 {
        app.harness.step(); // past the undo's grouping of changes
    }
    app.menu("Edit", "Undo Ctrl+Z");
    assert_eq!(app.plan().evidence, before.evidence);
    assert_eq!(app.plan().monitoring, before.monitoring);
    assert_eq!(app.plan().log_reviews, before.log_reviews);
}

#[test]
fn cancel_changes_nothing_and_a_file_that_is_no_log_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, log) = example(dir.path());
    let before = app.plan().clone();
    app.dialogs.answer_logs(std::slice::from_ref(&log));
    app.menu("File", "Import backup logs...");
    app.click("Cancel");
    assert_eq!(app.plan(), &before);

    let photo = dir.path().join("holiday.jpg");
    std::fs::write(&photo, [0xff_u8, 0xd8, 0xff, 0xe0]).unwrap();
    app.dialogs.answer_logs(&[photo]);
    app.menu("File", "Import backup logs...");
    assert!(app.shows("No backup log could be read"));
    assert!(app.shows_text("holiday.jpg is not a backup log"));
    app.click("OK");
    assert_eq!(app.plan(), &before);
}

#[test]
fn logs_dropped_onto_the_window_are_imported_and_a_dropped_plan_opens() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, log) = example(dir.path());
    drop_file(&mut app, log);
    app.run();
    assert!(
        app.shows("Import backup logs"),
        "the preview shows for a dropped log"
    );
    app.click("Cancel");

    let other = dir.path().join("other.ron");
    let mut plan = sample::plan_with_systems(2);
    plan.identity.title = "The other office".into();
    storage::save_plan(&plan, &other).unwrap();
    drop_file(&mut app, other);
    app.run();
    assert_eq!(app.plan().identity.title, "The other office");
}

#[test]
fn step_14_shows_the_figures_and_step_9_offers_the_restores_of_the_logs() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, log) = example(dir.path());
    let mut history = HISTORY.to_owned();
    history.push_str("2026-03-04 10:00,fileserver nightly,ok,5400,,\n");
    let with_restore = history.replace(
        "started,job,result,duration,size,message\n",
        "started,job,result,duration,size,message,kind\n",
    );
    // The restore is the last line: give every line its kind.
    let lines: Vec<String> = with_restore
        .lines()
        .enumerate()
        .map(|(i, l)| match i {
            0 => l.to_owned(),
            4 => format!("{l},restore"),
            _ => format!("{l},backup"),
        })
        .collect();
    std::fs::write(&log, lines.join("\n")).unwrap();
    app.dialogs.answer_logs(&[log]);
    app.menu("File", "Import backup logs...");
    app.pick(
        "System of CSV fileserver nightly",
        "Client files (shared drive)",
    );
    app.click("Import");
    app.click("OK");

    app.go_to_step(14);
    assert!(app.shows("What the backup logs show"));
    assert!(app.shows_text("3 backups from 2026-03-01 to 2026-03-03; 67% succeeded"));
    // Three charts, each named with what it shows in words for a screen reader.
    for chart in [
        "Backups per day, Client files (shared drive): 67% of 3 backups worked; 1 failed, \
         the last on 2026-03-03. 1 gap without backups.",
        "Longest backup (hours), Client files (shared drive): Usually 59 minutes, the \
         longest 1 hour.",
        "Size of the backup (GB), Client files (shared drive): From 10 GB to 10 GB.",
    ] {
        assert!(app.shows(chart), "{chart}");
    }
    app.click("Use these figures in the evaluation");
    assert_eq!(app.plan().evaluation.success_rate_percent, Some(66.7));
    assert_eq!(app.plan().evaluation.storage_used_gb, Some(10.0));

    app.go_to_step(9);
    let tests = app.plan().restore_tests.len();
    app.click("Record the restore of Client files (shared drive) on 2026-03-04");
    let recorded = app.plan().restore_tests.last().unwrap().clone();
    assert_eq!(app.plan().restore_tests.len(), tests + 1);
    assert_eq!(recorded.duration_hours, Some(1.5));
    assert_eq!(recorded.system, Some(app.plan().systems[1].id));
    assert!(!app.shows("Record the restore of Client files (shared drive) on 2026-03-04"));
}

#[test]
fn without_the_system_chooser_the_apps_own_lists_the_folders_files_but_not_hidden_ones() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, _log) = example(dir.path());
    assert!(
        dir.path().join(".~lock.office.ron#").exists(),
        "the open plan's lock is there"
    );
    app.dialogs.fail_next("no portal");
    app.menu("File", "Import backup logs...");
    assert!(app.shows("Import a backup log"));
    assert!(app.shows("Files in this folder:"));
    assert!(app.shows("history.csv"));
    assert!(
        !app.shows(".~lock.office.ron#"),
        "hidden files are not offered"
    );
    app.click("history.csv");
    app.click("Open");
    assert!(
        app.shows("Import backup logs"),
        "the preview of the chosen log"
    );
}
