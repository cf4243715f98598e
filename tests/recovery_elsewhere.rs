//! Unsaved work restored after a crash goes back to the file it came from, even when the
//! app is started again from another folder (a launcher, a shortcut) that holds another
//! plan of the same name; and a file that changed since is not saved over unasked.
//!
//! One test in a binary of its own: it changes the process's working folder.

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use backup_planner::files::storage;
use common::TestApp;

fn plan_named(dir: &Path, organisation: &str) -> PathBuf {
    let path = dir.join("plan.ron");
    let mut plan = storage::plan_from_str(backup_planner::EXAMPLE_PLAN, &path).unwrap();
    plan.identity.organisation = organisation.into();
    storage::save_plan(&plan, &path).unwrap();
    path
}

fn organisation_on_disk(path: &Path) -> String {
    storage::load_plan(path).unwrap().identity.organisation
}

/// Leaves the app unsaved with its recovery copy written, then drops it as a crash would.
fn crash_with_unsaved_edit(config: &Path, open: &Path) {
    let mut app = TestApp::start_with(config, Some(open.to_owned()));
    app.type_into("Organisation", " (unsaved)");
    // kittest moves egui's clock a quarter second a frame: past the recovery pause.
    for _ in 0..20 {
        app.harness.step();
    }
    let started = Instant::now();
    while fs::read_dir(config.join("recovery"))
        .unwrap()
        .flatten()
        .all(|e| e.path().extension().is_none_or(|x| x != "ron"))
    {
        assert!(
            started.elapsed() < Duration::from_secs(5),
            "no recovery copy"
        );
        std::thread::sleep(Duration::from_millis(10));
    }
    drop(app);
}

#[test]
fn restored_work_goes_back_to_its_own_file_from_any_folder() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config");
    let office = dir.path().join("office");
    let launcher = dir.path().join("launcher");
    fs::create_dir_all(&office).unwrap();
    fs::create_dir_all(&launcher).unwrap();
    let ours = plan_named(&office, "Ours");
    let unrelated = plan_named(&launcher, "Unrelated");

    // Opened by a relative path from the office folder, edited, crashed.
    std::env::set_current_dir(&office).unwrap();
    crash_with_unsaved_edit(&config, Path::new("plan.ron"));

    // Started again from another folder with a plan.ron of its own.
    std::env::set_current_dir(&launcher).unwrap();
    let mut app = TestApp::start(&config);
    assert!(app.shows("Restore unsaved work?"));
    assert!(app.shows_text(&format!("({})", ours.display())));
    app.click("Restore");
    app.click("💾 Save");
    assert_eq!(organisation_on_disk(&ours), "Ours (unsaved)");
    assert_eq!(organisation_on_disk(&unrelated), "Unrelated");
    drop(app);

    // Crashed again, and a colleague changes the file before the restart: the restored
    // work is not saved over their change unasked.
    std::env::set_current_dir(&office).unwrap();
    crash_with_unsaved_edit(&config, &ours);
    let mut theirs = storage::load_plan(&ours).unwrap();
    theirs.identity.organisation = "Colleague's".into();
    storage::save_plan(&theirs, &ours).unwrap();
    std::env::set_current_dir(&launcher).unwrap();
    let mut app = TestApp::start(&config);
    app.click("Restore");
    app.click("💾 Save");
    assert!(app.shows("Someone else changed this plan"));
    assert_eq!(organisation_on_disk(&ours), "Colleague's");
}
