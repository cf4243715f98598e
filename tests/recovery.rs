//! Nothing is lost: unsaved work is written aside a few seconds after the last edit, and
//! after a crash the next start offers it back. A clean save or quit leaves nothing behind.

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use backup_planner::files::storage;
use common::TestApp;
use egui_kittest::kittest::Queryable as _;

const ORGANISATION: &str = "Harbour Street Accountants Ltd";

/// A saved copy of the example plan in `dir`.
fn saved_example(dir: &Path) -> PathBuf {
    let path = dir.join("harbour.ron");
    fs::write(&path, backup_planner::EXAMPLE_PLAN).unwrap();
    path
}

/// The recovery copies in the app's recovery folder.
fn copies(config: &Path) -> Vec<PathBuf> {
    fs::read_dir(config.join("recovery"))
        .map(|entries| {
            entries
                .flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "ron"))
                .collect()
        })
        .unwrap_or_default()
}

/// Waits (a little, in real time) until the recovery worker has caught up.
fn until(mut done: impl FnMut() -> bool) -> bool {
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(5) {
        if done() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    false
}

/// Lets `seconds` pass on egui's clock (kittest moves it a quarter second a frame).
fn pass(app: &mut TestApp, seconds: u32) {
    for _ in 0..seconds * 4 {
        app.harness.step();
    }
}

fn edit_organisation(app: &mut TestApp) {
    app.type_into("Organisation", " & Partners");
    assert_eq!(
        app.plan().identity.organisation,
        format!("{ORGANISATION} & Partners")
    );
}

#[test]
fn unsaved_work_comes_back_after_a_crash() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config");
    let path = saved_example(dir.path());
    let mut app = TestApp::start_with(&config, Some(path.clone()));
    edit_organisation(&mut app);

    // Straight after the edit nothing is written; a few quiet seconds later it is.
    assert!(copies(&config).is_empty(), "not on every frame");
    pass(&mut app, 4);
    assert!(
        until(|| copies(&config).len() == 1),
        "the work is set aside"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let mode = fs::metadata(&copies(&config)[0])
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600, "for the owner's eyes only");
    }
    assert_eq!(
        storage::load_plan(&path).unwrap().identity.organisation,
        ORGANISATION,
        "the plan file itself is untouched"
    );

    // The crash: the app goes without saving or quitting.
    drop(app);

    let mut app = TestApp::start(&config);
    assert!(app.shows("Restore unsaved work?"));
    assert!(app.shows_text("\"Backup plan 2026\" ("));
    assert!(app.shows_text("harbour.ron) as they were on 2026-03-16 at 12:00."));
    app.click("Restore");
    assert_eq!(
        app.plan().identity.organisation,
        format!("{ORGANISATION} & Partners")
    );
    assert!(
        app.harness.state().window_title().starts_with("● "),
        "restored work is unsaved until saved"
    );
    // Saving puts it in the plan file it came from, and the copy goes.
    app.harness
        .key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    app.run();
    assert_eq!(
        storage::load_plan(&path).unwrap().identity.organisation,
        format!("{ORGANISATION} & Partners")
    );
    assert!(
        until(|| copies(&config).is_empty()),
        "{:?}",
        copies(&config)
    );
    drop(app);
    let app = TestApp::start(&config);
    assert!(!app.shows("Restore unsaved work?"), "offered only once");
}

#[test]
fn a_plan_never_saved_comes_back_too_and_can_be_discarded() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config");
    let mut app = TestApp::start(&config);
    app.click("New plan");
    app.type_into("Plan title", "Draft plan");
    pass(&mut app, 4);
    assert!(until(|| copies(&config).len() == 1));
    drop(app);

    let mut app = TestApp::start(&config);
    assert!(app.shows_text("\"Draft plan\" (a plan not saved yet)"));
    app.click("Discard");
    assert!(app.harness.state().open_plan().is_none());
    assert!(until(|| copies(&config).is_empty()));
    drop(app);
    let app = TestApp::start(&config);
    assert!(!app.shows("Restore unsaved work?"));
}

#[test]
fn saving_or_quitting_cleanly_leaves_no_copy() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config");
    let path = saved_example(dir.path());
    let mut app = TestApp::start_with(&config, Some(path));
    edit_organisation(&mut app);
    pass(&mut app, 4);
    assert!(until(|| copies(&config).len() == 1));
    app.harness
        .key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    app.run();
    assert!(until(|| copies(&config).is_empty()), "a save clears it");

    // Undoing back to the saved state clears it too: there is nothing unsaved.
    app.type_into("Plan title", " (draft)");
    pass(&mut app, 4);
    assert!(until(|| copies(&config).len() == 1));
    app.menu("Edit", "Undo Ctrl+Z");
    assert_eq!(app.plan().identity.title, "Backup plan 2026");
    app.harness.step();
    assert!(
        until(|| copies(&config).is_empty()),
        "nothing unsaved, no copy"
    );

    // A clean quit clears it.
    app.type_into("Plan title", " (draft)");
    pass(&mut app, 4);
    assert!(until(|| copies(&config).len() == 1));
    app.menu("File", "Quit");
    assert!(app.shows("Save your changes?"));
    app.click("Discard changes");
    assert!(
        until(|| copies(&config).is_empty()),
        "a clean quit clears it"
    );
    drop(app);
    let app = TestApp::start(&config);
    assert!(!app.shows("Restore unsaved work?"));
    assert!(
        fs::read_dir(config.join("recovery")).unwrap().count() <= 1,
        "only the new session's lock is there"
    );
}

#[test]
fn the_copy_of_a_window_still_open_is_not_offered_to_another() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config");
    let path = saved_example(dir.path());
    let mut first = TestApp::start_with(&config, Some(path));
    edit_organisation(&mut first);
    pass(&mut first, 4);
    assert!(until(|| copies(&config).len() == 1));

    let second = TestApp::start(&config);
    assert!(
        !second.shows("Restore unsaved work?"),
        "the first window still holds it"
    );
    drop(first);
    drop(second);
    let third = TestApp::start(&config);
    assert!(third.shows("Restore unsaved work?"));
}

#[test]
fn an_unreadable_copy_is_set_aside_with_a_message() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config");
    let recovery = config.join("recovery");
    fs::create_dir_all(&recovery).unwrap();
    fs::write(
        recovery.join("session-old.ron"),
        "(plan_path: None, written: ",
    )
    .unwrap();
    let mut app = TestApp::start(&config);
    assert!(app.shows("A recovery copy could not be read"));
    app.click("OK");
    assert!(
        recovery.join("session-old.unreadable").exists(),
        "kept, not deleted"
    );
    drop(app);
    let app = TestApp::start(&config);
    assert!(!app.shows("A recovery copy could not be read"), "said once");
    assert!(app.harness.query_by_label("New plan").is_some());
}

/// How long the app asks to sleep after the last frame.
fn sleeps_for(app: &TestApp) -> Duration {
    app.harness.output().viewport_output[&egui::ViewportId::ROOT].repaint_delay
}

/// Keeping the copy costs nothing while nothing happens: the app wakes once for it, then
/// sleeps until the next input.
#[test]
fn the_app_sleeps_while_nothing_happens() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config");
    let path = saved_example(dir.path());
    let mut app = TestApp::start_with(&config, Some(path));
    app.harness.step();
    assert_eq!(
        sleeps_for(&app),
        Duration::MAX,
        "idle: no repaint asked for"
    );

    edit_organisation(&mut app);
    app.harness.step();
    let wake = sleeps_for(&app);
    assert!(
        wake > Duration::ZERO && wake <= Duration::from_secs(3),
        "one wake-up for the copy: {wake:?}"
    );
    pass(&mut app, 4);
    assert!(until(|| copies(&config).len() == 1));
    app.harness.step();
    assert_eq!(
        sleeps_for(&app),
        Duration::MAX,
        "asleep again once it is written"
    );
}
