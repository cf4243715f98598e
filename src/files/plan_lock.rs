//! The lock file beside an open plan, saying who has it open, on which computer, since
//! when: `.~lock.PLAN.ron#`, as `LibreOffice` names its own (sync clients such as
//! Nextcloud leave such files out by default).
//!
//! A window that opens a plan writes the lock and keeps it open and locked until the plan
//! is closed. Another window (on this computer or another one on the same share) reads it
//! and asks before opening the plan too. A lock left by an app that crashed does not
//! block: on this computer its OS lock is free (or its process gone) and it is simply
//! taken over; from another computer it cannot be told apart from one in use, so the
//! person is asked, and "Open anyway" is always there. No egui here.

use std::fmt;
use std::fs::{self, File};
use std::io;
use std::path::{Path, PathBuf};

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

use crate::files::disk;
use crate::i18n::{Language, Phrase};

/// Who has a plan open.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Holder {
    pub user: String,
    pub host: String,
    pub pid: u32,
    /// When the plan was opened there, in that computer's local time.
    pub since: NaiveDateTime,
    /// Tells two locks of one process apart (two windows, or one plan opened again).
    #[serde(default)]
    pub token: u64,
}

impl Holder {
    /// This program, now.
    fn me(now: NaiveDateTime) -> Self {
        Self {
            user: user_name(),
            host: disk::host_name(),
            pid: std::process::id(),
            since: now,
            token: TOKENS.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
        }
    }

    /// Whether the holder is on this computer.
    pub fn is_this_computer(&self) -> bool {
        self.host == disk::host_name()
    }
}

/// Counts the locks this process takes.
static TOKENS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

/// The person's login name, as the lock file gives it.
fn user_name() -> String {
    ["USER", "USERNAME", "LOGNAME"]
        .iter()
        .find_map(|var| std::env::var(var).ok().filter(|v| !v.is_empty()))
        .unwrap_or_else(|| "someone".to_owned())
}

/// Where the lock of the plan at `plan` is: beside the file the plan's path leads to.
pub fn lock_path(plan: &Path) -> PathBuf {
    let plan = disk::resolve_links(plan).unwrap_or_else(|_| plan.to_owned());
    let name = plan.file_name().unwrap_or(std::ffi::OsStr::new("plan"));
    plan.with_file_name(disk::sibling_name(name, ".~lock.", "#"))
}

/// Who else has the plan at `plan` open, if anyone does (or may: see the module's text).
/// A stale lock of this computer is not reported.
pub fn held_by_other(plan: &Path) -> Option<Holder> {
    let path = lock_path(plan);
    let bytes = disk::read_limited(&path, 4096).ok()?;
    let holder: Holder = ron::from_str(std::str::from_utf8(&bytes).ok()?).ok()?;
    let (file, _) = disk::open_regular(&path).ok()?;
    match file.try_lock() {
        Err(fs::TryLockError::WouldBlock) => Some(holder),
        // Free on this computer: its app is gone (a lock of ours is never free).
        Ok(()) if holder.is_this_computer() => {
            let _ = file.unlock();
            None
        }
        // Free as seen from here, but the holder is elsewhere: a network share may not
        // pass locks between computers, so it may be in use.
        Ok(()) => {
            let _ = file.unlock();
            Some(holder)
        }
        // No locks on this file system: ask the process table where we can.
        Err(fs::TryLockError::Error(_)) => {
            let gone = holder.is_this_computer()
                && cfg!(target_os = "linux")
                && !Path::new("/proc").join(holder.pid.to_string()).exists();
            (!gone).then_some(holder)
        }
    }
}

/// This window's lock on a plan: held while the plan is open, removed when dropped.
#[derive(Debug)]
pub struct PlanLock {
    path: PathBuf,
    me: Holder,
    /// Kept open and locked: a lock nobody holds is stale.
    _file: File,
}

impl PlanLock {
    /// Who this lock says has the plan open: this window.
    pub fn holder(&self) -> &Holder {
        &self.me
    }

    /// Takes the lock of the plan at `plan`. An earlier lock is replaced only when
    /// `replace` (the person chose to open it anyway) or when it is stale; a lock that is
    /// held, even one taken an instant ago by a window opening at the same moment, is
    /// reported as [`Taken::Held`].
    pub fn take(plan: &Path, now: NaiveDateTime, replace: bool) -> Result<Self, Taken> {
        let path = lock_path(plan);
        let me = Holder::me(now);
        let text = ron::to_string(&me).map_err(io::Error::other)?;
        let dir = path.parent().unwrap_or(Path::new("."));
        let name = path.file_name().unwrap_or(std::ffi::OsStr::new("lock"));
        for attempt in 0..2 {
            // Written and locked under a name of its own, then given the lock's name in one
            // step: nobody ever reads a lock without its holder, or finds it unlocked.
            let mut temporary = disk::Temporary::create(dir, name)?;
            temporary.write_all(text.as_bytes())?;
            #[cfg(unix)]
            {
                use std::os::unix::fs::PermissionsExt as _;
                // Colleagues read who has the plan open.
                let _ = fs::set_permissions(temporary.path(), fs::Permissions::from_mode(0o644));
            }
            match temporary.link_as(&path) {
                Ok(file) => {
                    return Ok(Self {
                        path,
                        me,
                        _file: file,
                    });
                }
                Err(err) if err.kind() == io::ErrorKind::AlreadyExists && attempt == 0 => {
                    if !replace && let Some(holder) = held_by_other(plan) {
                        return Err(Taken::Held(holder));
                    }
                    // Stale, or the person chose: the old lock goes.
                    let _ = fs::remove_file(&path);
                }
                Err(err) => return Err(err.into()),
            }
        }
        Err(io::Error::other("the lock file keeps coming back").into())
    }
}

/// Why a lock could not be taken.
#[derive(Debug)]
pub enum Taken {
    Held(Holder),
    Io(io::Error),
}

impl Taken {
    /// Why, in `language`: "anna has the plan open on RECEPTION-PC".
    pub fn text(&self, language: Language) -> String {
        match self {
            Self::Held(holder) => Phrase::new("lock-held")
                .with("user", holder.user.as_str())
                .with("host", holder.host.as_str()),
            Self::Io(err) => Phrase::new("lock-not-written").with("reason", err.to_string()),
        }
        .text(language)
    }
}

/// In English, for logs and for callers not yet moved to [`Taken::text`].
impl fmt::Display for Taken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(Language::ENGLISH))
    }
}

impl std::error::Error for Taken {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::Held(_) => None,
            Self::Io(err) => Some(err),
        }
    }
}

impl From<io::Error> for Taken {
    fn from(err: io::Error) -> Self {
        Self::Io(err)
    }
}

impl Drop for PlanLock {
    /// Removes the lock file if it is still ours: a person on another computer may have
    /// chosen to open the plan anyway, and their lock stays.
    fn drop(&mut self) {
        let ours = disk::read_limited(&self.path, 4096)
            .ok()
            .and_then(|bytes| ron::from_str::<Holder>(std::str::from_utf8(&bytes).ok()?).ok())
            .is_some_and(|holder| holder == self.me);
        if ours {
            let _ = fs::remove_file(&self.path);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn now() -> NaiveDateTime {
        chrono::NaiveDate::from_ymd_opt(2026, 11, 26)
            .unwrap()
            .and_hms_opt(9, 30, 0)
            .unwrap()
    }

    #[test]
    fn a_second_window_sees_who_has_the_plan_open() {
        let dir = tempfile::tempdir().unwrap();
        let plan = dir.path().join("plan.ron");
        fs::write(&plan, "(format_version: 3)").unwrap();
        assert_eq!(held_by_other(&plan), None);
        let lock = PlanLock::take(&plan, now(), false).unwrap();
        let holder = held_by_other(&plan).expect("held");
        assert_eq!(holder.since, now());
        assert_eq!(holder.pid, std::process::id());
        drop(lock);
        assert_eq!(held_by_other(&plan), None);
        assert!(!lock_path(&plan).exists(), "closing removes the lock");
    }

    #[test]
    fn a_held_lock_is_never_taken_over_unasked_a_stale_one_is() {
        let dir = tempfile::tempdir().unwrap();
        let plan = dir.path().join("plan.ron");
        let first = PlanLock::take(&plan, now(), false).unwrap();
        // A second window opening at the same moment (past the question) is refused.
        let Err(Taken::Held(holder)) = PlanLock::take(&plan, now(), false) else {
            panic!("the first window's lock was taken over");
        };
        assert_eq!(&holder, first.holder());
        drop(first);
        // Left by a crash on this computer: taken without a word.
        let stale = Holder {
            pid: 4_294_967_295,
            ..Holder::me(now())
        };
        fs::write(lock_path(&plan), ron::to_string(&stale).unwrap()).unwrap();
        let second = PlanLock::take(&plan, now(), false).unwrap();
        assert_eq!(held_by_other(&plan).as_ref(), Some(second.holder()));
        let mut names: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        names.sort();
        assert_eq!(names, [".~lock.plan.ron#"], "no temporary name is left");
    }

    #[test]
    fn a_crashed_apps_lock_on_this_computer_does_not_block() {
        let dir = tempfile::tempdir().unwrap();
        let plan = dir.path().join("plan.ron");
        let holder = Holder {
            pid: 4_294_967_295,
            ..Holder::me(now())
        };
        fs::write(lock_path(&plan), ron::to_string(&holder).unwrap()).unwrap();
        assert_eq!(held_by_other(&plan), None);
    }

    #[test]
    fn another_computers_lock_is_reported_and_can_be_overridden() {
        let dir = tempfile::tempdir().unwrap();
        let plan = dir.path().join("plan.ron");
        let theirs = Holder {
            user: "anna".into(),
            host: "RECEPTION-PC".into(),
            pid: 4242,
            since: now(),
            token: 0,
        };
        fs::write(lock_path(&plan), ron::to_string(&theirs).unwrap()).unwrap();
        assert_eq!(held_by_other(&plan), Some(theirs.clone()));
        // Open anyway: the lock is ours now; closing removes ours, not a later one of theirs.
        let mine = PlanLock::take(&plan, now(), true).unwrap();
        fs::write(lock_path(&plan), ron::to_string(&theirs).unwrap()).unwrap();
        drop(mine);
        assert!(lock_path(&plan).exists(), "their lock stays");
    }

    #[cfg(unix)]
    #[test]
    fn the_lock_of_a_linked_plan_is_beside_the_real_file() {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir(dir.path().join("shared")).unwrap();
        let real = dir.path().join("shared").join("plan.ron");
        fs::write(&real, "x").unwrap();
        let link = dir.path().join("plan.ron");
        std::os::unix::fs::symlink(&real, &link).unwrap();
        assert_eq!(
            lock_path(&link),
            dir.path().join("shared").join(".~lock.plan.ron#")
        );
    }
}
