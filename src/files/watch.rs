//! Notices when the file of an open plan is changed by someone else: another window,
//! another computer on the share, a sync client, another program.
//!
//! A thread looks at the file's size and time every few seconds (cheap, and it works on
//! network shares where change notifications do not), reads it only when those moved, and
//! reports only a content that differs from what this window last read or wrote. The
//! window is woken only then, so an idle app stays idle. No egui here.

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, SystemTime};

use crate::files::disk::{self, DiskState};
use crate::files::storage::MAX_PLAN_BYTES;

/// What the watching thread and the window share.
#[derive(Default)]
struct Shared {
    /// What this window last read or wrote.
    known: Mutex<Option<DiskState>>,
    /// A state of the file, different from `known`, not yet taken by the window.
    changed: Mutex<Option<DiskState>>,
    stop: AtomicBool,
}

/// Watches one plan file while it is open; stops when dropped.
pub struct Watch {
    shared: Arc<Shared>,
}

impl Watch {
    /// Starts watching `path`, whose content this window knows as `known`, every `every`;
    /// `wake` is called when a change is found (to repaint the window).
    pub fn start(
        path: PathBuf,
        known: Option<DiskState>,
        every: Duration,
        wake: impl Fn() + Send + 'static,
    ) -> Self {
        let shared = Arc::new(Shared {
            known: Mutex::new(known),
            ..Shared::default()
        });
        let theirs = Arc::clone(&shared);
        let spawned = std::thread::Builder::new()
            .name("watch plan file".to_owned())
            .spawn(move || watch(&path, every, &theirs, &wake));
        if spawned.is_err() {
            // Without the thread, a change is still caught when the plan is saved.
            shared.stop.store(true, Ordering::Relaxed);
        }
        Self { shared }
    }

    /// Tells the watch what this window just read or wrote.
    pub fn set_known(&self, state: Option<DiskState>) {
        *lock(&self.shared.known) = state;
        let mut changed = lock(&self.shared.changed);
        if *changed == state {
            *changed = None;
        }
    }

    /// A change found since the last call: the file's new state.
    pub fn take_change(&self) -> Option<DiskState> {
        let change = lock(&self.shared.changed).take()?;
        // A change this window made itself (a save that raced the look) is no change.
        (Some(change) != *lock(&self.shared.known)).then_some(change)
    }
}

impl Drop for Watch {
    fn drop(&mut self) {
        self.shared.stop.store(true, Ordering::Relaxed);
    }
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

/// What a look at a file's metadata sees: a program can keep the size and the time of
/// change of a file it rewrites, but not the time its inode changed, nor the inode of a
/// file put in its place.
#[derive(Clone, Copy, PartialEq, Eq)]
struct Look {
    len: u64,
    modified: Option<SystemTime>,
    #[cfg(unix)]
    inode: (u64, i64, i64),
}

impl Look {
    fn of(meta: &std::fs::Metadata) -> Self {
        #[cfg(unix)]
        use std::os::unix::fs::MetadataExt as _;
        Self {
            len: meta.len(),
            modified: meta.modified().ok(),
            #[cfg(unix)]
            inode: (meta.ino(), meta.ctime(), meta.ctime_nsec()),
        }
    }
}

/// The thread: look, and read when what it sees moved.
fn watch(path: &std::path::Path, every: Duration, shared: &Shared, wake: &dyn Fn()) {
    let mut last_look: Option<Look> = None;
    while !shared.stop.load(Ordering::Relaxed) {
        std::thread::sleep(every);
        let Ok(meta) = std::fs::metadata(path) else {
            continue;
        };
        let look = Look::of(&meta);
        if last_look == Some(look) {
            continue;
        }
        last_look = Some(look);
        let Ok(Some(state)) = disk::state_of(path, MAX_PLAN_BYTES) else {
            continue;
        };
        if Some(state) != *lock(&shared.known) {
            *lock(&shared.changed) = Some(state);
            wake();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Waits (in real time) for the watch to report a change.
    fn next_change(watch: &Watch) -> Option<DiskState> {
        let started = std::time::Instant::now();
        while started.elapsed() < Duration::from_secs(5) {
            if let Some(change) = watch.take_change() {
                return Some(change);
            }
            std::thread::sleep(Duration::from_millis(5));
        }
        None
    }

    /// Writes `text` as a program that saves safely does: whole, then put in place, so the
    /// watch (looking every few milliseconds) never sees the file half written.
    fn replace(path: &std::path::Path, text: &str) {
        let part = path.with_extension("part");
        std::fs::write(&part, text).unwrap();
        std::fs::rename(&part, path).unwrap();
    }

    #[test]
    fn a_change_by_someone_else_is_reported_once_and_ones_own_is_not() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.ron");
        std::fs::write(&path, "mine").unwrap();
        let woken = Arc::new(AtomicBool::new(false));
        let flag = Arc::clone(&woken);
        let watch = Watch::start(
            path.clone(),
            Some(DiskState::of(b"mine")),
            Duration::from_millis(5),
            move || flag.store(true, Ordering::Relaxed),
        );
        std::thread::sleep(Duration::from_millis(50));
        assert_eq!(watch.take_change(), None, "nothing changed");
        assert!(
            !woken.load(Ordering::Relaxed),
            "an idle window is not woken"
        );

        // This window saves: no change to report, even if the watch looked in between.
        replace(&path, "saved here");
        watch.set_known(Some(DiskState::of(b"saved here")));
        std::thread::sleep(Duration::from_millis(50));
        assert_eq!(watch.take_change(), None);

        replace(&path, "someone else's version");
        assert_eq!(
            next_change(&watch),
            Some(DiskState::of(b"someone else's version"))
        );
        assert_eq!(watch.take_change(), None, "reported once");
        assert!(woken.load(Ordering::Relaxed), "the window was woken");

        // Rewritten with the same size and the old time of change kept: still noticed.
        let modified = std::fs::metadata(&path).unwrap().modified().unwrap();
        std::thread::sleep(Duration::from_millis(20));
        replace(&path, "SOMEONE else's version");
        std::fs::File::options()
            .write(true)
            .open(&path)
            .unwrap()
            .set_modified(modified)
            .unwrap();
        assert_eq!(
            next_change(&watch),
            Some(DiskState::of(b"SOMEONE else's version"))
        );
    }
}
