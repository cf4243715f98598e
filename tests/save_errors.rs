//! A save that fails never loses work: the message says why, the plan stays open and
//! unsaved, and Save as... is offered. A full disk leaves the old file as it was.

mod common;

use std::fs;
use std::path::Path;

use backup_planner::files::storage::{self, StorageError};
use backup_planner::model::sample::plan_with_systems;
use common::TestApp;

fn open_example_from(dir: &Path) -> (TestApp, std::path::PathBuf) {
    fs::create_dir_all(dir).unwrap();
    let path = dir.join("plan.ron");
    fs::write(&path, backup_planner::EXAMPLE_PLAN).unwrap();
    let config = dir.parent().unwrap().join("config");
    (TestApp::start_with(&config, Some(path.clone())), path)
}

fn save(app: &mut TestApp) {
    app.harness
        .key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    app.run();
}

#[test]
fn a_vanished_folder_keeps_the_work_open_and_offers_save_as() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, _) = open_example_from(&dir.path().join("usb-stick"));
    app.type_into("Plan title", " (edited)");
    // The stick is pulled out.
    fs::remove_dir_all(dir.path().join("usb-stick")).unwrap();
    save(&mut app);
    assert!(app.shows("Could not save the plan"));
    assert!(app.shows_text("Nothing is lost: the plan stays open with all its changes."));
    assert!(app.harness.state().window_title().starts_with("● "));
    assert_eq!(app.plan().identity.title, "Backup plan 2026 (edited)");

    let elsewhere = dir.path().join("elsewhere.ron");
    app.dialogs.answer(&elsewhere);
    app.click("Save as...");
    assert_eq!(
        storage::load_plan(&elsewhere).unwrap().identity.title,
        "Backup plan 2026 (edited)"
    );
    assert!(!app.harness.state().window_title().starts_with("● "));
}

#[test]
fn a_folder_that_cannot_be_written_is_refused_with_a_message() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, path) = open_example_from(&dir.path().join("shared"));
    app.type_into("Plan title", " (edited)");
    // The folder became a file in its place (as good as read-only for everyone, root too).
    fs::remove_dir_all(dir.path().join("shared")).unwrap();
    fs::write(dir.path().join("shared"), "not a folder").unwrap();
    save(&mut app);
    assert!(app.shows("Could not save the plan"));
    assert!(app.shows_text(&path.display().to_string()));
    app.click("OK");
    assert!(app.harness.state().window_title().starts_with("● "));
}

/// Where the test runs as a user (not root), a folder without write permission.
#[cfg(unix)]
#[test]
fn a_read_only_folder_is_refused_and_the_old_file_stays() {
    use std::os::unix::fs::PermissionsExt as _;
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("read-only");
    fs::create_dir(&folder).unwrap();
    let path = folder.join("plan.ron");
    fs::write(&path, backup_planner::EXAMPLE_PLAN).unwrap();
    fs::set_permissions(&folder, fs::Permissions::from_mode(0o555)).unwrap();
    let probe = folder.join("probe");
    let root = fs::write(&probe, "x").is_ok();
    let result = storage::save_plan(&plan_with_systems(3), &path);
    fs::set_permissions(&folder, fs::Permissions::from_mode(0o755)).unwrap();
    if root {
        // Root writes anywhere; the cases above cover refusal for root.
        assert!(result.is_ok());
        return;
    }
    assert!(matches!(result, Err(StorageError::Write { .. })));
    assert_eq!(
        fs::read_to_string(&path).unwrap(),
        backup_planner::EXAMPLE_PLAN
    );
}

/// A real full disk: a small tmpfs, where the test may mount one (root with the right to
/// mount); else a writer that fails after some bytes, as a full disk does.
#[cfg(target_os = "linux")]
#[test]
fn a_full_disk_leaves_the_old_file_whole() {
    use std::process::Command;
    let dir = tempfile::tempdir().unwrap();
    let mount = dir.path().join("small-disk");
    fs::create_dir(&mount).unwrap();
    let mounted = Command::new("mount")
        .args(["-t", "tmpfs", "-o", "size=512k", "tmpfs"])
        .arg(&mount)
        .output()
        .is_ok_and(|o| o.status.success());
    let path = mount.join("plan.ron");
    let small = plan_with_systems(3);
    let big = plan_with_systems(2000);
    if mounted {
        storage::save_plan(&small, &path).unwrap();
        let before = fs::read(&path).unwrap();
        let err = storage::save_plan(&big, &path).unwrap_err();
        let message = err.to_string();
        let after = fs::read(&path).unwrap();
        let leftovers: Vec<_> = fs::read_dir(&mount)
            .unwrap()
            .flatten()
            .map(|e| e.file_name())
            .collect();
        let _ = Command::new("umount").arg(&mount).status();
        assert!(matches!(err, StorageError::Write { .. }), "{message}");
        assert!(message.contains("No space left on device"), "{message}");
        // The storage message serves the command line too: the window adds Save as.
        assert!(!message.contains("Save as"), "{message}");
        assert_eq!(
            leftovers.len(),
            2,
            "the plan and its backup copy, no half-written temporary file: {leftovers:?}"
        );
        assert_eq!(after, before, "the old plan is whole");
        println!("full disk tested on a 512 KB tmpfs");
    } else {
        fs::remove_dir(&mount).unwrap();
        fs::create_dir(&mount).unwrap();
        storage::save_plan(&small, &path).unwrap();
        let before = fs::read(&path).unwrap();
        let text = storage::plan_to_string(&big).unwrap();
        let err = storage::write_atomic_with(&path, text.as_bytes(), |file| FullAfter {
            file,
            room: 4096,
        })
        .unwrap_err();
        assert!(err.to_string().contains("No space left"), "{err}");
        assert_eq!(fs::read(&path).unwrap(), before);
        assert_eq!(
            fs::read_dir(&mount).unwrap().count(),
            1,
            "no temporary file left"
        );
        println!("full disk simulated: no tmpfs could be mounted here");
    }
}

/// A file that takes `room` bytes, then fails as a full disk does.
struct FullAfter {
    file: fs::File,
    room: usize,
}

impl std::io::Write for FullAfter {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if self.room == 0 {
            return Err(std::io::Error::from_raw_os_error(28)); // ENOSPC
        }
        let n = buf.len().min(self.room);
        self.room -= n;
        self.file.write(&buf[..n])
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.file.flush()
    }
}
