//! A plan in a real office: two windows (or two PCs) on one file, another program
//! changing it, a lock left by a crash or held on another computer. A save never replaces
//! someone else's newer work unasked; opening a plan that is open elsewhere says who and
//! since when.

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use backup_planner::files::plan_lock::{self, Holder};
use backup_planner::files::storage;
use common::TestApp;
use egui_kittest::kittest::Queryable as _;

/// The example plan saved in `dir`.
fn example_in(dir: &Path) -> PathBuf {
    let path = dir.join("office.ron");
    let plan = storage::plan_from_str(backup_planner::EXAMPLE_PLAN, &path).unwrap();
    storage::save_plan(&plan, &path).unwrap();
    path
}

fn organisation_on_disk(path: &Path) -> String {
    storage::load_plan(path).unwrap().identity.organisation
}

/// Runs frames until `done`, waiting in real time for the watching thread.
fn run_until(app: &mut TestApp, mut done: impl FnMut(&TestApp) -> bool) -> bool {
    let started = Instant::now();
    while started.elapsed() < Duration::from_secs(5) {
        app.run();
        if done(app) {
            return true;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    false
}

#[test]
fn two_windows_on_one_plan_never_overwrite_each_other_unasked() {
    let dir = tempfile::tempdir().unwrap();
    let path = example_in(dir.path());
    let original = organisation_on_disk(&path);
    let mut first = TestApp::start_with(&dir.path().join("one"), Some(path.clone()));
    assert!(!first.shows_text("open somewhere else"));

    // The second window is told who has it open, and chooses to open it anyway.
    let mut second = TestApp::start_with(&dir.path().join("two"), Some(path.clone()));
    assert!(second.shows("This plan is open somewhere else"));
    assert!(second.shows_text("in another Backup Planner window on this computer"));
    second.click("Open anyway");
    assert!(second.harness.state().open_plan().is_some());

    // Both edit; the first saves.
    first.type_into("Organisation", " (first)");
    second.type_into("Organisation", " (second)");
    first.click("💾 Save");
    assert_eq!(organisation_on_disk(&path), format!("{original} (first)"));

    // The second window's save is held back and the person asked.
    second.click("💾 Save");
    assert!(second.shows("Someone else changed this plan"));
    assert_eq!(
        organisation_on_disk(&path),
        format!("{original} (first)"),
        "the first window's work is still in the file"
    );
    // The differences, then replacing theirs: their version is the backup.
    second.click("Show differences");
    assert!(second.shows_text("From the file on disk to this window's plan"));
    second.click("OK");
    second.click("💾 Save");
    second.click("Replace their version");
    assert_eq!(organisation_on_disk(&path), format!("{original} (second)"));
    assert_eq!(
        storage::load_plan(&storage::backup_path(&path))
            .unwrap()
            .identity
            .organisation,
        format!("{original} (first)")
    );

    // The first window has nothing unsaved: it offers the second's version, and a Save
    // with nothing changed does not quietly put its own back.
    assert!(run_until(&mut first, |app| app.shows("This plan was changed on disk")));
    first.click("Not now");
    first
        .harness
        .key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    first.run();
    assert!(first.shows("Someone else changed this plan"));
    first.click("Reload theirs");
    assert_eq!(
        first.plan().identity.organisation,
        format!("{original} (second)")
    );
    assert_eq!(organisation_on_disk(&path), format!("{original} (second)"));

    // Closing both windows leaves no lock behind.
    drop(first);
    drop(second);
    assert!(!plan_lock::lock_path(&path).exists());
}

#[test]
fn a_change_by_another_program_is_offered_and_never_saved_over_unasked() {
    let dir = tempfile::tempdir().unwrap();
    let path = example_in(dir.path());
    let mut app = TestApp::start_with(&dir.path().join("config"), Some(path.clone()));
    app.type_into("Organisation", " (mine)");

    // A sync client brings a colleague's version while this window has unsaved changes.
    let mut theirs = storage::load_plan(&path).unwrap();
    theirs.identity.organisation = "Changed on the other PC".into();
    storage::save_plan(&theirs, &path).unwrap();
    assert!(run_until(&mut app, |app| app.shows("This plan was changed on disk")));
    assert!(app.shows_text("you have unsaved changes"));
    app.click("Keep working");

    app.click("💾 Save");
    assert!(app.shows("Someone else changed this plan"));
    assert_eq!(organisation_on_disk(&path), "Changed on the other PC");
    // Keep both: this window's version goes to a new file.
    let mine = dir.path().join("mine.ron");
    app.dialogs.answer(&mine);
    app.click("Save as a new file...");
    assert_eq!(organisation_on_disk(&path), "Changed on the other PC");
    assert!(organisation_on_disk(&mine).ends_with(" (mine)"));
    assert!(app.harness.state().window_title().contains("mine.ron in "));
}

#[test]
fn a_crashed_apps_lock_does_not_block_another_computers_offers_read_only() {
    let dir = tempfile::tempdir().unwrap();
    let path = example_in(dir.path());
    let since = chrono::NaiveDate::from_ymd_opt(2026, 3, 16)
        .unwrap()
        .and_hms_opt(8, 5, 0)
        .unwrap();
    let write_lock = |host: &str, pid: u32| {
        let holder = Holder {
            user: "anna".into(),
            host: host.into(),
            pid,
            since,
            token: 0,
        };
        fs::write(
            plan_lock::lock_path(&path),
            ron::to_string(&holder).unwrap(),
        )
        .unwrap();
    };

    // Left by a window of this computer that crashed: opens without a question.
    write_lock(&backup_planner::files::disk::host_name(), 4_294_967_295);
    let app = TestApp::start_with(&dir.path().join("one"), Some(path.clone()));
    assert!(!app.shows("This plan is open somewhere else"));
    assert!(app.harness.state().open_plan().is_some());
    drop(app);

    // Held on another computer: who, where, since when; read-only keeps the file as it is.
    write_lock("RECEPTION-PC", 4242);
    let mut app = TestApp::start_with(&dir.path().join("two"), Some(path.clone()));
    assert!(app.shows_text("anna has \"office.ron\" open on the computer RECEPTION-PC"));
    assert!(app.shows_text("16/03/2026") || app.shows_text("2026"));
    app.click("Open read-only");
    assert!(app.harness.state().open_plan().unwrap().is_read_only());
    assert!(app.harness.state().window_title().contains("read-only"));
    assert!(app.shows_text("Read-only: anna has this plan open"));
    let before = fs::read(&path).unwrap();
    // Save asks where to put a copy: the plan's own file is not written.
    let asked = *app.dialogs.asked.borrow();
    app.harness
        .key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    app.run();
    assert_eq!(*app.dialogs.asked.borrow(), asked + 1);
    assert_eq!(fs::read(&path).unwrap(), before);
    // Nor through the app's own chooser, pointed back at the same file.
    app.dialogs.fail_next("no chooser");
    app.menu("File", "Save as... Ctrl+Shift+S");
    // (Escape would close the chooser: the name is typed over what it suggests.)
    app.harness.get_by_label("File name").focus();
    app.run();
    app.harness
        .key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    app.harness
        .get_by_label("File name")
        .type_text(&path.display().to_string());
    app.run();
    app.click("Save");
    assert!(app.shows("This plan is open read-only"));
    app.click("OK");
    assert_eq!(fs::read(&path).unwrap(), before);
    drop(app);
    assert!(
        plan_lock::lock_path(&path).exists(),
        "anna's lock stays: this window never took it"
    );
}

#[cfg(unix)]
#[test]
fn a_plan_behind_a_link_is_saved_into_the_linked_file() {
    let dir = tempfile::tempdir().unwrap();
    let synced = dir.path().join("Nextcloud");
    fs::create_dir(&synced).unwrap();
    let real = example_in(&synced);
    let link = dir.path().join("office.ron");
    std::os::unix::fs::symlink(&real, &link).unwrap();

    let mut app = TestApp::start_with(&dir.path().join("config"), Some(link.clone()));
    app.type_into("Organisation", " (via the link)");
    app.click("💾 Save");
    assert!(!app.shows("Could not save the plan"));
    assert!(
        fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert!(organisation_on_disk(&real).ends_with(" (via the link)"));
    assert!(plan_lock::lock_path(&link).starts_with(&synced));
}

#[test]
fn a_plan_whose_lock_cannot_be_written_opens_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let path = example_in(dir.path());
    // Something that is not a lock sits where the lock goes (a folder the share made).
    fs::create_dir(plan_lock::lock_path(&path)).unwrap();
    let app = TestApp::start_with(&dir.path().join("config"), Some(path.clone()));
    assert!(app.harness.state().open_plan().is_some());
    assert!(app.shows("⚠ Not locked"));
}
