//! Recovery copies: unsaved work written aside a few seconds after the last edit, so that
//! a crash, a killed process or a power cut loses at most those seconds.
//!
//! Each running app holds a *session* in the recovery folder (the OS data folder): a lock
//! file it keeps locked while it runs, and the recovery copy beside it. The copy is written
//! by a worker thread, in order with the requests to clear it, so the UI never waits for
//! the disk. A clean save, closing the plan or quitting clears it. At the next start, a
//! copy whose lock nobody holds any more was left by an app that did not end cleanly, and
//! is offered back; a copy whose lock is held belongs to another window still open.
//!
//! No egui here.

use std::fs::{self, File};
use std::io;
use std::path::{Path, PathBuf};
use std::sync::mpsc;

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

use crate::files::storage::{self, StorageError};
use crate::model::plan::Plan;

/// What a recovery copy holds: the plan, and what to say about it when it is offered back.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RecoveryCopy {
    /// The file the plan came from or was last saved to, as an absolute path (a restart
    /// from another folder must find the same file); `None` for a plan never saved.
    pub plan_path: Option<PathBuf>,
    /// What that file held when this window last read or wrote it: a restored plan whose
    /// file changed since is not saved over the change unasked. `None` in older copies.
    #[serde(default)]
    pub disk: Option<crate::files::disk::DiskState>,
    /// When the copy was written, in local time.
    pub written: NaiveDateTime,
    pub plan: Plan,
}

/// A recovery copy left by an app that did not end cleanly.
#[derive(Debug)]
pub struct Orphan {
    pub copy: RecoveryCopy,
    /// The copy's file, to remove once the person has decided.
    pub file: PathBuf,
    /// Its lock file, if there is one.
    lock: Option<PathBuf>,
}

impl Orphan {
    /// Removes the copy and its lock: it was restored or discarded.
    pub fn remove(&self) {
        let _ = fs::remove_file(&self.file);
        if let Some(lock) = &self.lock {
            let _ = fs::remove_file(lock);
        }
    }
}

/// A recovery file that could not be read: said once, and set aside, never deleted.
#[derive(Debug)]
pub struct Unreadable {
    pub file: PathBuf,
    pub error: StorageError,
}

const COPY_EXTENSION: &str = "ron";
const LOCK_EXTENSION: &str = "lock";
/// Unreadable copies are renamed with this ending, so they are offered only once.
const SET_ASIDE_EXTENSION: &str = "unreadable";

/// The recovery copies in `dir` whose apps are gone, oldest first, and those that could
/// not be read (renamed so they are not reported again).
pub fn orphans(dir: &Path) -> (Vec<Orphan>, Vec<Unreadable>) {
    let mut found = Vec::new();
    let mut unreadable = Vec::new();
    let Ok(entries) = fs::read_dir(dir) else {
        return (found, unreadable);
    };
    for entry in entries.flatten() {
        let file = entry.path();
        let extension = file.extension().and_then(|e| e.to_str());
        // A lock without a copy is left by an app that ended with nothing unsaved.
        if extension == Some(LOCK_EXTENSION)
            && !file.with_extension(COPY_EXTENSION).exists()
            && !held_by_another(&file)
        {
            let _ = fs::remove_file(&file);
            continue;
        }
        if extension != Some(COPY_EXTENSION) {
            continue;
        }
        let lock = file.with_extension(LOCK_EXTENSION);
        let lock = if lock.exists() {
            if held_by_another(&lock) {
                continue;
            }
            Some(lock)
        } else {
            None
        };
        match read_copy(&file) {
            Ok(copy) => found.push(Orphan { copy, file, lock }),
            Err(error) => {
                let aside = file.with_extension(SET_ASIDE_EXTENSION);
                let _ = fs::rename(&file, &aside);
                if let Some(lock) = &lock {
                    let _ = fs::remove_file(lock);
                }
                unreadable.push(Unreadable { file: aside, error });
            }
        }
    }
    found.sort_by_key(|o| o.copy.written);
    (found, unreadable)
}

/// Whether another running app holds this lock file.
fn held_by_another(lock: &Path) -> bool {
    // Only a regular file is opened: a pipe with a lock's name must not hang the start.
    let Ok((file, _)) = crate::files::disk::open_regular(lock) else {
        return false;
    };
    match file.try_lock() {
        Ok(()) => {
            let _ = file.unlock();
            false
        }
        Err(fs::TryLockError::WouldBlock) => true,
        // A file system without locks: treat the copy as left behind.
        Err(fs::TryLockError::Error(_)) => false,
    }
}

/// Reads a recovery copy.
pub fn read_copy(file: &Path) -> Result<RecoveryCopy, StorageError> {
    let text = storage::read_text(file)?;
    let mut copy: RecoveryCopy =
        ron::from_str(&text).map_err(|err| storage::parse_error(file, &err))?;
    let from = copy.plan.format_version;
    if from > crate::model::plan::FORMAT_VERSION {
        return Err(StorageError::NewerFormat {
            path: file.to_owned(),
            found: from,
            supported: crate::model::plan::FORMAT_VERSION,
        });
    }
    storage::check_limits(&copy.plan, file)?;
    copy.plan.upgrade(from);
    Ok(copy)
}

enum Job {
    Write(Box<RecoveryCopy>),
    Clear,
}

/// This app's session in the recovery folder: its lock, and the worker that writes and
/// clears its copy.
pub struct Session {
    copy: PathBuf,
    lock_path: PathBuf,
    /// Held (locked) for as long as the app runs.
    _lock: File,
    jobs: Option<mpsc::Sender<Job>>,
    worker: Option<std::thread::JoinHandle<()>>,
    errors: mpsc::Receiver<StorageError>,
}

impl Session {
    /// Starts a session in `dir`, creating the folder if need be.
    pub fn start(dir: &Path) -> io::Result<Self> {
        fs::create_dir_all(dir)?;
        // No dots in the name: the copy and its lock differ only in their ending.
        let stamp = chrono::Local::now().format("%Y%m%d-%H%M%S-%f");
        let name = format!("session-{stamp}-{}", std::process::id());
        let lock_path = dir.join(format!("{name}.{LOCK_EXTENSION}"));
        let lock = File::create(&lock_path)?;
        lock.lock()?;
        let copy = dir.join(format!("{name}.{COPY_EXTENSION}"));
        let (jobs, inbox) = mpsc::channel::<Job>();
        let (report, errors) = mpsc::channel();
        let target = copy.clone();
        let worker = std::thread::Builder::new()
            .name("recovery".to_owned())
            .spawn(move || {
                for job in inbox {
                    let result = match job {
                        Job::Write(copy) => write_copy(&target, &copy),
                        Job::Clear => match fs::remove_file(&target) {
                            Err(err) if err.kind() != io::ErrorKind::NotFound => {
                                Err(StorageError::Write {
                                    path: target.clone(),
                                    source: err,
                                })
                            }
                            _ => Ok(()),
                        },
                    };
                    if let Err(err) = result {
                        let _ = report.send(err);
                    }
                }
            })?;
        Ok(Self {
            copy,
            lock_path,
            _lock: lock,
            jobs: Some(jobs),
            worker: Some(worker),
            errors,
        })
    }

    /// Where this session's copy is written.
    pub fn copy_path(&self) -> &Path {
        &self.copy
    }

    /// Writes `copy` aside, in the background.
    pub fn write(&self, copy: RecoveryCopy) {
        if let Some(jobs) = &self.jobs {
            let _ = jobs.send(Job::Write(Box::new(copy)));
        }
    }

    /// Removes the copy, in the background, after any write asked for before.
    pub fn clear(&self) {
        if let Some(jobs) = &self.jobs {
            let _ = jobs.send(Job::Clear);
        }
    }

    /// A problem the worker met since the last call (the latest, if several).
    pub fn problem(&self) -> Option<StorageError> {
        self.errors.try_iter().last()
    }

    /// Waits until every write and clear asked for so far is done.
    pub fn finish(&mut self) {
        drop(self.jobs.take());
        if let Some(worker) = self.worker.take() {
            let _ = worker.join();
        }
    }

    /// Ends the session cleanly: the copy and the lock go.
    pub fn end(mut self) {
        self.clear();
        self.finish();
        let _ = fs::remove_file(&self.lock_path);
    }
}

impl Drop for Session {
    /// Without [`Session::end`], as when the app is torn down without quitting, the copy
    /// stays for the next start to offer; the pending writes are finished first.
    fn drop(&mut self) {
        self.finish();
    }
}

fn write_copy(target: &Path, copy: &RecoveryCopy) -> Result<(), StorageError> {
    let config = ron::ser::PrettyConfig::new()
        .struct_names(false)
        .indentor(" ");
    let text = ron::ser::to_string_pretty(copy, config).map_err(|err| StorageError::Serialize {
        reason: err.to_string(),
    })?;
    storage::write_atomic(target, text.as_bytes())
}
