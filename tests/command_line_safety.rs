//! The command line and the files an office really has: a slip in the order of the
//! arguments never destroys a plan, special files are answered at once, parallel writers
//! never break each other, a received plan cannot send escape codes to the terminal, and a
//! colleague's plan in a shared folder with the sticky bit can be saved.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant};

use backup_planner::files::storage;

const EXE: &str = env!("CARGO_BIN_EXE_backup-planner");

fn run(args: &[&std::ffi::OsStr]) -> Output {
    Command::new(EXE).args(args).output().unwrap()
}

fn os<T: AsRef<std::ffi::OsStr> + ?Sized>(value: &T) -> &std::ffi::OsStr {
    value.as_ref()
}

/// The example plan saved in `dir` as `name`.
fn example(dir: &Path, name: &str) -> PathBuf {
    let path = dir.join(name);
    let plan = storage::plan_from_str(backup_planner::EXAMPLE_PLAN, &path).unwrap();
    storage::save_plan(&plan, &path).unwrap();
    path
}

fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn a_slip_in_the_arguments_never_replaces_a_plan() {
    let dir = tempfile::tempdir().unwrap();
    let plan = example(dir.path(), "plan.ron");
    let other = example(dir.path(), "last-year.ron");
    let before = fs::read(&plan).unwrap();
    let before_other = fs::read(&other).unwrap();
    let out = dir.path().join("out.pdf");
    let same_by_another_path = dir.path().join(".").join("plan.ron");
    let slips: [&[&std::ffi::OsStr]; 5] = [
        &[os("export"), os(&plan), os("--procedure"), os(&plan)],
        &[
            os("export"),
            os(&plan),
            os("--ics"),
            os(&same_by_another_path),
        ],
        &[os("export"), os("--procedure"), os(&plan), os(&other)],
        &[os("export"), os(&other), os("--email"), os(&plan)],
        &[
            os("export"),
            os(&plan),
            os("--procedure"),
            os(&out),
            os("--invitation"),
            os(&out),
        ],
    ];
    for args in slips {
        let output = run(args);
        let message = String::from_utf8_lossy(&output.stderr);
        assert!(!output.status.success(), "{args:?} succeeded");
        assert!(
            message.contains("never written over") || message.contains("name the same file"),
            "{args:?}: {message}"
        );
        assert!(
            !message.contains("Save as"),
            "the command line has no Save as: {message}"
        );
    }
    assert_eq!(fs::read(&plan).unwrap(), before);
    assert_eq!(fs::read(&other).unwrap(), before_other);
    assert_eq!(
        names(dir.path()),
        ["last-year.ron", "plan.ron"],
        "nothing written"
    );

    // The right order still works.
    let output = run(&[os("export"), os("--procedure"), os(&out), os(&plan)]);
    assert!(output.status.success(), "{output:?}");
}

#[cfg(unix)]
#[test]
fn pipes_devices_and_folders_are_answered_within_a_second() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("plan.ron");
    assert!(
        Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let plan = example(dir.path(), "real.ron");
    for path in [fifo.as_path(), Path::new("/dev/zero"), dir.path()] {
        let started = Instant::now();
        let output = run(&[os("check"), os(path)]);
        assert!(started.elapsed() < Duration::from_secs(1), "{path:?} hung");
        assert_eq!(output.status.code(), Some(2), "{path:?}");
        let message = String::from_utf8_lossy(&output.stderr);
        assert!(message.contains("not an ordinary file"), "{message}");
    }
    // A pipe or a device as a document's output is refused, not written into or replaced.
    let started = Instant::now();
    let output = run(&[os("export"), os(&plan), os("--email"), os(&fifo)]);
    assert!(started.elapsed() < Duration::from_secs(1));
    assert!(!output.status.success());
    assert!(
        fs::symlink_metadata(&fifo)
            .unwrap()
            .file_type()
            .is_fifo_like()
    );
}

/// `FileType::is_fifo` behind a name that reads well in the assertion.
trait FifoLike {
    fn is_fifo_like(&self) -> bool;
}

impl FifoLike for fs::FileType {
    fn is_fifo_like(&self) -> bool {
        #[cfg(unix)]
        {
            std::os::unix::fs::FileTypeExt::is_fifo(self)
        }
        #[cfg(not(unix))]
        false
    }
}

#[cfg(unix)]
#[test]
fn the_programs_own_output_is_never_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let plan = example(dir.path(), "plan.ron");
    let log = dir.path().join("nightly.log");
    fs::write(&log, "important line of a nightly log\n").unwrap();
    let appended = fs::OpenOptions::new().append(true).open(&log).unwrap();
    let output = Command::new(EXE)
        .args([os("export"), os(&plan), os("--email"), os("/dev/stdout")])
        .stdout(appended)
        .output()
        .unwrap();
    assert!(!output.status.success());
    let message = String::from_utf8_lossy(&output.stderr);
    assert!(message.contains("input or output"), "{message}");
    assert!(
        fs::read_to_string(&log)
            .unwrap()
            .starts_with("important line of a nightly log"),
        "the log is whole"
    );
}

#[test]
fn three_parallel_writers_of_the_same_files_never_fail() {
    let dir = tempfile::tempdir().unwrap();
    let plan = example(dir.path(), "plan.ron");
    let ics = dir.path().join("training.ics");
    let email = dir.path().join("training.txt");
    let runs_each = 40;
    let failures: usize = std::thread::scope(|scope| {
        let writers: Vec<_> = (0..3)
            .map(|_| {
                scope.spawn(|| {
                    (0..runs_each)
                        .filter(|_| {
                            !run(&[
                                os("export"),
                                os(&plan),
                                os("--ics"),
                                os(&ics),
                                os("--email"),
                                os(&email),
                            ])
                            .status
                            .success()
                        })
                        .count()
                })
            })
            .collect();
        writers.into_iter().map(|w| w.join().unwrap()).sum()
    });
    assert_eq!(failures, 0, "of {} runs", 3 * runs_each);
    assert_eq!(
        names(dir.path()),
        ["plan.ron", "training.ics", "training.txt"]
    );

    // The same inside one program: three threads saving one plan.
    let path = dir.path().join("plan.ron");
    let plan = storage::load_plan(&path).unwrap();
    std::thread::scope(|scope| {
        for _ in 0..3 {
            scope.spawn(|| {
                for _ in 0..50 {
                    storage::save_plan(&plan, &path).unwrap();
                }
            });
        }
    });
    assert_eq!(
        names(dir.path()),
        ["plan.ron", "training.ics", "training.txt"]
    );
}

#[test]
fn a_received_plan_cannot_send_escape_codes_to_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("received.ron");
    let mut plan = storage::plan_from_str(backup_planner::EXAMPLE_PLAN, &path).unwrap();
    plan.identity.title = "Plan\u{1b}]0;pwned\u{7}\u{1b}[2J\u{202e}txt.exe".into();
    plan.identity.organisation = "Org\r\u{1b}[31mred".into();
    storage::save_plan(&plan, &path).unwrap();
    let output = run(&[os("check"), os(&path)]);
    let printed = [output.stdout, output.stderr].concat();
    let text = String::from_utf8_lossy(&printed);
    assert!(text.contains("Plan\\u{1b}]0;pwned"), "{text}");
    for raw in ['\u{1b}', '\u{7}', '\r', '\u{202e}'] {
        assert!(
            !text.contains(raw),
            "{raw:?} reached the terminal: {text:?}"
        );
    }
    // And in the command line's own messages, which name paths.
    let odd = dir.path().join("odd\u{1b}[2Jname.ron");
    let output = run(&[os("check"), os(&odd)]);
    assert!(!String::from_utf8_lossy(&output.stderr).contains('\u{1b}'));
}

/// The child of the test below: saves the plan given in the environment, as another user.
#[test]
fn save_as_another_user() {
    let Some(path) = std::env::var_os("BACKUP_PLANNER_SAVE_AS_USER") else {
        return;
    };
    let path = PathBuf::from(path);
    let mut plan = storage::load_plan(&path).expect("the colleague's plan reads");
    plan.identity.organisation = "Saved by the second user".into();
    let saved = storage::save_plan(&plan, &path).expect("the save");
    for note in saved.notes {
        println!("note: {note}");
    }
}

/// Two members of one office group on this computer, and their shared folder.
#[cfg(unix)]
struct Office {
    alice: u32,
    staff: u32,
    /// Kept for its lifetime: the folder goes with it.
    _top: tempfile::TempDir,
    shared: PathBuf,
}

#[cfg(unix)]
impl Office {
    const ALICE: u32 = 54_001;
    const BOB: u32 = 54_002;
    const STAFF: u32 = 54_000;

    /// A group folder with `mode` (sticky or not) holding the example plan; `None` when
    /// this computer cannot play two users (it needs root and setpriv; CI runs as root).
    fn with_folder(mode: u32) -> Option<Self> {
        use std::os::unix::fs::{MetadataExt as _, PermissionsExt as _};
        let root = fs::metadata("/proc/self").is_ok_and(|m| m.uid() == 0);
        if !root || Command::new("setpriv").arg("--version").output().is_err() {
            println!("skipped: playing two users needs root and setpriv (util-linux)");
            return None;
        }
        let top = tempfile::tempdir().unwrap();
        fs::set_permissions(top.path(), fs::Permissions::from_mode(0o755)).unwrap();
        let shared = top.path().join("Shared");
        fs::create_dir(&shared).unwrap();
        std::os::unix::fs::chown(&shared, Some(0), Some(Self::STAFF)).unwrap();
        fs::set_permissions(&shared, fs::Permissions::from_mode(mode)).unwrap();
        example(&shared, "plan.ron");
        Some(Self {
            alice: Self::ALICE,
            staff: Self::STAFF,
            _top: top,
            shared,
        })
    }

    fn plan(&self) -> PathBuf {
        self.shared.join("plan.ron")
    }

    /// Bob, of the same group, saves the plan (see `save_as_another_user`).
    fn bob_saves(&self) -> Output {
        Command::new("setpriv")
            .args([
                &format!("--reuid={}", Self::BOB),
                &format!("--regid={}", self.staff),
                "--clear-groups",
            ])
            .arg(std::env::current_exe().unwrap())
            .args(["--exact", "save_as_another_user", "--nocapture"])
            .env("BACKUP_PLANNER_SAVE_AS_USER", self.plan())
            .env("HOME", self.shared.parent().unwrap())
            .output()
            .unwrap()
    }
}

/// A group folder with the sticky bit, as offices share them: a colleague's plan (0664,
/// their group) saved by another member of the group. Needs root (to play two users); CI
/// runs as root.
#[cfg(unix)]
#[test]
fn a_colleagues_plan_in_a_sticky_group_folder_is_saved_and_stays_shared() {
    use std::os::unix::fs::{MetadataExt as _, PermissionsExt as _};
    let Some(office) = Office::with_folder(0o3777) else {
        return;
    };
    let path = office.plan();
    // Alice's plan, and Alice's backup of an earlier save.
    fs::copy(&path, storage::backup_path(&path)).unwrap();
    for file in [path.clone(), storage::backup_path(&path)] {
        std::os::unix::fs::chown(&file, Some(office.alice), Some(office.staff)).unwrap();
        fs::set_permissions(&file, fs::Permissions::from_mode(0o664)).unwrap();
    }
    let output = office.bob_saves();
    let printed = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{printed}{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(
        storage::load_plan(&path).unwrap().identity.organisation,
        "Saved by the second user"
    );
    let meta = fs::metadata(&path).unwrap();
    assert_eq!(meta.mode() & 0o777, 0o664, "colleagues can still open it");
    assert_eq!(meta.gid(), office.staff);
    // Alice's backup cannot be replaced by Bob in a sticky folder: he is told, the save
    // goes on, and no temporary file is left behind.
    assert!(
        printed.contains("note: The version it replaced could not be kept"),
        "{printed}"
    );
    assert_eq!(names(&office.shared), ["plan.ron", "plan.ron.bak"]);
}

/// A colleague's plan that this user may read but not write, in a folder where the user
/// could replace files: refused with nothing made, never taken over.
#[cfg(unix)]
#[test]
fn a_plan_one_may_only_read_is_not_replaced_through_the_folder() {
    use std::os::unix::fs::{MetadataExt as _, PermissionsExt as _};
    let Some(office) = Office::with_folder(0o2775) else {
        return;
    };
    let path = office.plan();
    std::os::unix::fs::chown(&path, Some(office.alice), Some(office.staff)).unwrap();
    fs::set_permissions(&path, fs::Permissions::from_mode(0o644)).unwrap();
    let before = fs::read(&path).unwrap();
    let output = office.bob_saves();
    assert!(
        !output.status.success(),
        "Bob saved a plan he may only read"
    );
    assert_eq!(fs::read(&path).unwrap(), before);
    assert_eq!(fs::metadata(&path).unwrap().uid(), office.alice);
    assert_eq!(
        names(&office.shared),
        ["plan.ron"],
        "no backup, no temporary file"
    );
}
