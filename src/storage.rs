//! Reading and writing plan files (RON) and the app's own settings.
//!
//! Writes are atomic: the bytes go to a temporary file in the same folder, are synced to
//! the disk, and only then renamed over the old file. A crash, a power cut or a full disk
//! leaves either the old file or the new one, never half of one.

use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::plan::{FORMAT_VERSION, Plan};

/// Files larger than this are refused before reading: no plan comes near it.
pub const MAX_PLAN_BYTES: u64 = 64 * 1024 * 1024;

/// The file name ending of plan files.
pub const PLAN_EXTENSION: &str = "ron";

/// Something went wrong reading or writing a file. Each message ends with the path.
#[derive(Debug, thiserror::Error)]
pub enum StorageError {
    #[error("Could not read the file: {source}. File: {path}")]
    Read { path: PathBuf, source: io::Error },

    #[error("This file is too large to be a backup plan ({size_mb} MB). File: {path}")]
    TooLarge { path: PathBuf, size_mb: u64 },

    #[error("This file is not a backup plan: it is not text. File: {path}")]
    NotText { path: PathBuf },

    #[error("This file is empty: it holds no plan. File: {path}")]
    Empty { path: PathBuf },

    #[error(
        "This file is not a backup plan: it has the shape of a RON file, but not of a plan (it names no format_version). File: {path}"
    )]
    NotAPlan { path: PathBuf },

    #[error(
        "This file is not a readable backup plan. Line {line}, column {column}: {reason}. File: {path}"
    )]
    Parse {
        path: PathBuf,
        line: usize,
        column: usize,
        reason: String,
    },

    #[error(
        "This plan was saved by a newer version of Backup Planner (file format {found}; this version reads up to {supported}). Please update Backup Planner to open it. File: {path}"
    )]
    NewerFormat {
        path: PathBuf,
        found: u32,
        supported: u32,
    },

    #[error(
        "Could not save: {source}. Your work is still open; try Save as... to save it elsewhere. File: {path}"
    )]
    Write { path: PathBuf, source: io::Error },

    #[error("Could not turn the plan into text: {reason}")]
    Serialize { reason: String },
}

impl StorageError {
    /// The file the error is about, if any.
    pub fn path(&self) -> Option<&Path> {
        match self {
            Self::Read { path, .. }
            | Self::TooLarge { path, .. }
            | Self::NotText { path }
            | Self::Empty { path }
            | Self::NotAPlan { path }
            | Self::Parse { path, .. }
            | Self::NewerFormat { path, .. }
            | Self::Write { path, .. } => Some(path),
            Self::Serialize { .. } => None,
        }
    }
}

/// Only the format version, read first so that a newer file is refused for the right reason.
#[derive(Deserialize)]
struct VersionProbe {
    #[serde(default)]
    format_version: u32,
}

/// Reads a plan file.
pub fn load_plan(path: &Path) -> Result<Plan, StorageError> {
    let text = read_text(path)?;
    plan_from_str(&text, path)
}

/// Parses a plan from its text; `path` is only for messages.
pub fn plan_from_str(text: &str, path: &Path) -> Result<Plan, StorageError> {
    if text.trim().is_empty() {
        return Err(StorageError::Empty {
            path: path.to_owned(),
        });
    }
    // One parse in the usual case; the version is read by itself only when the text is
    // not a plan of ours, to say why rather than only where.
    let (version, parsed) = match ron::from_str::<Plan>(text) {
        Ok(plan) => (Some(plan.format_version), Ok(plan)),
        Err(err) => (
            ron::from_str::<VersionProbe>(text)
                .ok()
                .map(|probe| probe.format_version),
            Err(parse_error(path, &err)),
        ),
    };
    match version {
        // A file from a newer version may hold what this one cannot read or keep.
        Some(found) if found > FORMAT_VERSION => Err(StorageError::NewerFormat {
            path: path.to_owned(),
            found,
            supported: FORMAT_VERSION,
        }),
        // Every plan file names its format; another program's RON file does not.
        Some(0) => Err(StorageError::NotAPlan {
            path: path.to_owned(),
        }),
        _ => {
            let mut plan = parsed?;
            // Older formats are upgraded in memory here; the next save writes the current.
            let from_version = plan.format_version;
            plan.upgrade(from_version);
            Ok(plan)
        }
    }
}

/// Where and why a RON text did not parse, for a person.
pub(crate) fn parse_error(path: &Path, err: &ron::error::SpannedError) -> StorageError {
    StorageError::Parse {
        path: path.to_owned(),
        line: err.span.start.line,
        column: err.span.start.col,
        reason: err.code.to_string(),
    }
}

/// The text of a plan file: pretty RON, fields in declaration order.
pub fn plan_to_string(plan: &Plan) -> Result<String, StorageError> {
    let config = ron::ser::PrettyConfig::new()
        .struct_names(false)
        .separate_tuple_members(false)
        .indentor("    ");
    let mut text =
        ron::ser::to_string_pretty(plan, config).map_err(|err| StorageError::Serialize {
            reason: err.to_string(),
        })?;
    text.push('\n');
    Ok(text)
}

/// Writes a plan file atomically, keeping the version it replaces as `PLAN.ron.bak`, so
/// that one wrong save can be undone from the folder.
pub fn save_plan(plan: &Plan, path: &Path) -> Result<(), StorageError> {
    let text = plan_to_string(plan)?;
    if let Ok(old) = fs::read(path)
        && old != text.as_bytes()
    {
        keep_as_backup(path, &old)?;
    }
    write_atomic(path, text.as_bytes())
}

/// Makes the file at `path`, which holds `old`, its backup `PLAN.ron.bak`.
///
/// Where the file system allows, the backup is a second name for the same file, given
/// under a temporary name and renamed into place: nothing is copied or written again,
/// and the save that follows gives `path` a new file. Elsewhere (FAT drives, some network
/// shares) `old` is written as a file of its own, atomically.
fn keep_as_backup(path: &Path, old: &[u8]) -> Result<(), StorageError> {
    let backup = backup_path(path);
    if let (Some(dir), Some(name)) = (path.parent(), backup.file_name()) {
        let temp = temporary_path(dir, name);
        if fs::hard_link(path, &temp).is_ok() {
            // A plan from before files were kept private may be readable by others; its
            // backup is for the owner only, as a copy would be.
            #[cfg(unix)]
            {
                use std::os::unix::fs::PermissionsExt as _;
                let _ = fs::set_permissions(&temp, fs::Permissions::from_mode(0o600));
            }
            if fs::rename(&temp, &backup).is_ok() {
                sync_dir(if dir.as_os_str().is_empty() {
                    Path::new(".")
                } else {
                    dir
                });
                return Ok(());
            }
            let _ = fs::remove_file(&temp);
        }
    }
    write_atomic(&backup, old)
}

/// Where the previous version of a plan file is kept: `PLAN.ron.bak`.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".bak");
    PathBuf::from(name)
}

/// Counts writes, so that temporary files are unique per process and write.
static WRITES: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

/// A hidden name beside `file_name` in `dir` for a file on its way to becoming it:
/// `.NAME.PID-N.tmp`, unique per process and write, and recognised (and, once its writer
/// is gone, removed) by [`remove_dead_temporaries`].
fn temporary_path(dir: &Path, file_name: &std::ffi::OsStr) -> PathBuf {
    let n = WRITES.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let mut name = std::ffi::OsString::from(".");
    name.push(file_name);
    name.push(format!(".{}-{n}.tmp", std::process::id()));
    dir.join(name)
}

/// Writes `bytes` to `path` so that the file holds either its old or its new content.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), StorageError> {
    write_atomic_with(path, bytes, |file| file)
}

/// [`write_atomic`] with the temporary file wrapped by `wrap`, so tests can make writes fail.
pub fn write_atomic_with<W: Write>(
    path: &Path,
    bytes: &[u8],
    wrap: impl FnOnce(File) -> W,
) -> Result<(), StorageError> {
    let err = |source| StorageError::Write {
        path: path.to_owned(),
        source,
    };
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    let file_name = path
        .file_name()
        .ok_or_else(|| err(io::Error::new(io::ErrorKind::InvalidInput, "no file name")))?;
    remove_dead_temporaries(dir, file_name);
    let temp = temporary_path(dir, file_name);

    let written = (|| {
        let mut options = fs::OpenOptions::new();
        options.write(true).create_new(true);
        // Plans say where backups and keys are kept: for the owner's eyes only.
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        let file = match options.open(&temp) {
            // Left by a process that died with this same number: it is nobody's now.
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
                fs::remove_file(&temp)?;
                options.open(&temp)?
            }
            other => other?,
        };
        // Locked while written: a lock nobody holds marks a writer that died (see
        // `remove_dead_temporaries`). Where the file system has no locks, it is skipped.
        let _ = file.try_lock();
        let mut writer = wrap(file);
        writer.write_all(bytes)?;
        writer.flush()?;
        drop(writer);
        // Reopen to sync: the wrapper owned the handle.
        File::open(&temp)?.sync_all()?;
        fs::rename(&temp, path)?;
        sync_dir(dir);
        Ok(())
    })();
    if written.is_err() {
        // The old file is untouched; do not leave the half-written copy lying about.
        let _ = fs::remove_file(&temp);
    }
    written.map_err(err)
}

/// Removes the temporary files of earlier writes of `file_name` whose writer died before
/// renaming them (a killed process, a power cut): their lock is free. A writer still at
/// work holds its lock, and its file stays.
fn remove_dead_temporaries(dir: &Path, file_name: &std::ffi::OsStr) {
    let mut prefix = std::ffi::OsString::from(".");
    prefix.push(file_name);
    prefix.push(".");
    let (Some(prefix), Ok(entries)) = (prefix.to_str(), fs::read_dir(dir)) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(name) = name.to_str() else { continue };
        let temporary = Path::new(name).extension().is_some_and(|e| e == "tmp");
        if !(name.starts_with(prefix) && temporary) {
            continue;
        }
        let path = entry.path();
        if let Ok(file) = File::open(&path)
            && file.try_lock().is_ok()
        {
            let _ = fs::remove_file(&path);
        }
    }
}

/// Makes the rename itself durable where the platform allows; best effort by design.
fn sync_dir(dir: &Path) {
    #[cfg(unix)]
    if let Ok(dir) = File::open(dir) {
        let _ = dir.sync_all();
    }
    #[cfg(not(unix))]
    let _ = dir;
}

/// Reads a text file of at most [`MAX_PLAN_BYTES`].
pub(crate) fn read_text(path: &Path) -> Result<String, StorageError> {
    let read_err = |source| StorageError::Read {
        path: path.to_owned(),
        source,
    };
    let size = fs::metadata(path).map_err(read_err)?.len();
    if size > MAX_PLAN_BYTES {
        return Err(StorageError::TooLarge {
            path: path.to_owned(),
            size_mb: size / (1024 * 1024),
        });
    }
    let bytes = fs::read(path).map_err(read_err)?;
    String::from_utf8(bytes).map_err(|_| StorageError::NotText {
        path: path.to_owned(),
    })
}

/// A plan the person opened or saved before, for the start screen.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct RecentPlan {
    pub path: PathBuf,
    pub title: String,
    pub organisation: String,
    pub last_saved: Option<chrono::NaiveDateTime>,
    pub next_review: Option<chrono::NaiveDate>,
}

/// The app's own settings, kept in the OS config folder.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Most recent first.
    pub recent: Vec<RecentPlan>,
    /// The paper documents are made for.
    pub paper: crate::documents::Paper,
    /// Whether the person closed the findings panel.
    pub hide_findings: bool,
}

impl Settings {
    /// How many recent plans are remembered.
    pub const MAX_RECENT: usize = 10;

    /// Puts `entry` first in the recent list, replacing an older entry for the same file.
    pub fn remember(&mut self, entry: RecentPlan) {
        self.recent.retain(|r| r.path != entry.path);
        self.recent.insert(0, entry);
        self.recent.truncate(Self::MAX_RECENT);
    }

    /// The settings file inside `config_dir`.
    pub fn file(config_dir: &Path) -> PathBuf {
        config_dir.join("settings.ron")
    }

    /// Reads the settings; a missing file means defaults.
    pub fn load(config_dir: &Path) -> Result<Self, StorageError> {
        let path = Self::file(config_dir);
        let text = match fs::read_to_string(&path) {
            Ok(text) => text,
            Err(err) if err.kind() == io::ErrorKind::NotFound => return Ok(Self::default()),
            Err(source) => return Err(StorageError::Read { path, source }),
        };
        ron::from_str(&text).map_err(|err| StorageError::Parse {
            path,
            line: err.span.start.line,
            column: err.span.start.col,
            reason: err.code.to_string(),
        })
    }

    /// Writes the settings atomically, creating the folder if needed.
    pub fn save(&self, config_dir: &Path) -> Result<(), StorageError> {
        let path = Self::file(config_dir);
        fs::create_dir_all(config_dir).map_err(|source| StorageError::Write {
            path: path.clone(),
            source,
        })?;
        let text =
            ron::ser::to_string_pretty(self, ron::ser::PrettyConfig::new()).map_err(|err| {
                StorageError::Serialize {
                    reason: err.to_string(),
                }
            })?;
        write_atomic(&path, text.as_bytes())
    }
}

fn project_dirs() -> Option<directories::ProjectDirs> {
    directories::ProjectDirs::from("org", "Backup Planner", "backup-planner")
}

/// The OS data folder's place for recovery copies of unsaved work, if the platform has one.
pub fn default_recovery_dir() -> Option<PathBuf> {
    project_dirs().map(|dirs| dirs.data_dir().join("recovery"))
}

/// The OS config folder for Backup Planner, if the platform has one.
pub fn default_config_dir() -> Option<PathBuf> {
    project_dirs().map(|dirs| dirs.config_dir().to_owned())
}

/// Where documents made for printing go: the person's own cache folder, so that two
/// people on one PC never share (or are refused) one folder in the system temp folder.
pub fn default_print_dir() -> PathBuf {
    project_dirs().map_or_else(
        || std::env::temp_dir().join("backup-planner"),
        |dirs| dirs.cache_dir().join("print"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::options::{DataKind, Department, Encryption, Frequency};
    use crate::plan::{EncryptionCheck, Schedule};

    fn odd_text() -> String {
        "Zoë's «Büro» 🗄️💾 — مكتب المحاسبة — 会計事務所 \"quoted\" back\\slash\nsecond line\ttab \
         #read(\"/etc/passwd\") *bold* $x$ <b>"
            .to_owned()
    }

    fn filled_plan() -> Plan {
        let mut plan = Plan::new(chrono::NaiveDate::from_ymd_opt(2026, 3, 1).unwrap());
        plan.identity.organisation = odd_text();
        plan.identity.title = "Backups 2026".into();
        let system = plan.add_system();
        system.name = odd_text();
        system.department = Some(Department::HumanResources);
        system.data_kind = Some(DataKind::ClientInformation);
        system.size_gb = Some(120.5);
        system.rpo_hours = Some(24.0);
        let id = system.id;
        plan.schedules.push(Schedule {
            system: Some(id),
            frequency: Some(Frequency::BiWeekly),
            start_time: chrono::NaiveTime::from_hms_opt(22, 30, 0),
            ..Schedule::default()
        });
        plan.encryption.push(EncryptionCheck {
            method: Some(Encryption::None),
            key_location: odd_text(),
            ..EncryptionCheck::default()
        });
        plan.procedures.steps = vec![odd_text(), String::new(), "x".repeat(100_000)];
        plan
    }

    #[test]
    fn a_plan_survives_save_and_load_unchanged() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.ron");
        let plan = filled_plan();
        save_plan(&plan, &path).unwrap();
        assert_eq!(load_plan(&path).unwrap(), plan);
    }

    #[test]
    fn odd_text_survives_to_the_letter() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("odd «名前» 💾.ron");
        let plan = filled_plan();
        save_plan(&plan, &path).unwrap();
        let back = load_plan(&path).unwrap();
        assert_eq!(back.identity.organisation, odd_text());
        assert_eq!(back.systems[0].name, odd_text());
    }

    #[test]
    fn the_file_is_readable_and_carries_its_format_version() {
        let text = plan_to_string(&filled_plan()).unwrap();
        assert!(
            text.starts_with(&format!("(\n    format_version: {FORMAT_VERSION},")),
            "{text}"
        );
        assert!(text.contains("department: Some(HumanResources)"), "{text}");
        assert!(text.contains("frequency: Some(BiWeekly)"), "{text}");
        // Saving twice gives the same bytes: diff-friendly.
        assert_eq!(text, plan_to_string(&filled_plan()).unwrap());
    }

    #[test]
    fn a_corrupt_file_is_refused_with_line_and_column_and_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("broken.ron");
        let text =
            "(\n    format_version: 1,\n    identity: (title: \"x\" organisation: \"y\"),\n)";
        fs::write(&path, text).unwrap();
        let err = load_plan(&path).unwrap_err();
        let StorageError::Parse { line, column, .. } = err else {
            panic!("expected a parse error, got {err:?}");
        };
        assert_eq!(line, 3);
        assert!(column > 1);
        let message = err_message(&path);
        assert!(message.contains("Line 3"), "{message}");
        assert!(message.ends_with(&path.display().to_string()), "{message}");
        assert_eq!(fs::read_to_string(&path).unwrap(), text);
    }

    fn err_message(path: &Path) -> String {
        load_plan(path).unwrap_err().to_string()
    }

    #[test]
    fn a_newer_format_is_refused_with_a_message_saying_so() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("future.ron");
        // A future plan may hold fields and shapes we do not know.
        fs::write(
            &path,
            "(format_version: 7, identity: (title: \"x\"), hologram: Some(Cube(3)))",
        )
        .unwrap();
        let err = load_plan(&path).unwrap_err();
        assert!(
            matches!(
                err,
                StorageError::NewerFormat {
                    found: 7,
                    supported: FORMAT_VERSION,
                    ..
                }
            ),
            "{err:?}"
        );
        assert!(err.to_string().contains("newer version"));
    }

    #[test]
    fn a_file_that_is_not_text_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("image.ron");
        fs::write(&path, [0x89, b'P', b'N', b'G', 0xff, 0xfe, 0x00]).unwrap();
        assert!(matches!(
            load_plan(&path),
            Err(StorageError::NotText { .. })
        ));
    }

    #[test]
    fn an_older_file_without_newer_fields_still_loads() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("old.ron");
        fs::write(
            &path,
            "(format_version: 1, identity: (title: \"Old plan\", revision: 3))",
        )
        .unwrap();
        let plan = load_plan(&path).unwrap();
        assert_eq!(plan.identity.title, "Old plan");
        assert_eq!(plan.identity.revision, 3);
        assert_eq!(plan.format_version, FORMAT_VERSION);
    }

    /// A writer that fails after `limit` bytes, as a full disk would.
    struct FailAfter<W> {
        inner: W,
        limit: usize,
    }

    impl<W: Write> Write for FailAfter<W> {
        fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
            if self.limit == 0 {
                return Err(io::Error::other("no space left on device"));
            }
            let n = buf.len().min(self.limit);
            self.limit -= n;
            self.inner.write(&buf[..n])
        }

        fn flush(&mut self) -> io::Result<()> {
            self.inner.flush()
        }
    }

    #[test]
    fn saving_keeps_the_version_it_replaces_beside_the_plan() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.ron");
        let first = filled_plan();
        let mut second = first.clone();
        second.identity.title = "Second".into();
        save_plan(&first, &path).unwrap();
        assert!(
            !backup_path(&path).exists(),
            "nothing to keep on the first save"
        );
        save_plan(&second, &path).unwrap();
        assert_eq!(load_plan(&backup_path(&path)).unwrap(), first);
        assert_eq!(load_plan(&path).unwrap(), second);
        // Saving the same plan again keeps the older version, not a second copy of this one.
        save_plan(&second, &path).unwrap();
        assert_eq!(load_plan(&backup_path(&path)).unwrap(), first);
        assert_eq!(
            backup_path(Path::new("/x/plan.ron")),
            Path::new("/x/plan.ron.bak")
        );
    }

    #[cfg(unix)]
    #[test]
    fn the_backup_is_the_replaced_file_itself_not_a_copy() {
        use std::os::unix::fs::MetadataExt as _;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.ron");
        let first = filled_plan();
        save_plan(&first, &path).unwrap();
        let replaced = fs::metadata(&path).unwrap().ino();
        let mut second = first.clone();
        second.identity.title = "Second".into();
        save_plan(&second, &path).unwrap();
        assert_eq!(fs::metadata(backup_path(&path)).unwrap().ino(), replaced);
        assert_ne!(fs::metadata(&path).unwrap().ino(), replaced);
        assert_eq!(load_plan(&backup_path(&path)).unwrap(), first);
        let mut names: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        names.sort();
        assert_eq!(
            names,
            ["plan.ron", "plan.ron.bak"],
            "no temporary name is left"
        );
    }

    #[cfg(unix)]
    #[test]
    fn plan_files_and_their_backups_are_for_the_owner_only() {
        use std::os::unix::fs::PermissionsExt as _;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.ron");
        fs::write(&path, "(format_version: 3)").unwrap();
        fs::set_permissions(&path, fs::Permissions::from_mode(0o644)).unwrap();
        save_plan(&filled_plan(), &path).unwrap();
        for file in [&path, &backup_path(&path)] {
            let mode = fs::metadata(file).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600, "{}", file.display());
        }
    }

    #[test]
    fn an_interrupted_save_leaves_the_old_file_intact_and_no_litter() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.ron");
        let old = filled_plan();
        save_plan(&old, &path).unwrap();
        let old_bytes = fs::read(&path).unwrap();

        let mut new = old.clone();
        new.identity.title = "Changed".into();
        let text = plan_to_string(&new).unwrap();
        let err = write_atomic_with(&path, text.as_bytes(), |file| FailAfter {
            inner: file,
            limit: 100,
        })
        .unwrap_err();
        assert!(err.to_string().contains("no space left"), "{err}");

        assert_eq!(fs::read(&path).unwrap(), old_bytes);
        let names: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, [std::ffi::OsString::from("plan.ron")]);
    }

    #[test]
    fn saving_into_a_missing_folder_says_where() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("gone").join("plan.ron");
        let err = save_plan(&filled_plan(), &path).unwrap_err();
        assert!(matches!(err, StorageError::Write { .. }));
        assert!(err.to_string().ends_with(&path.display().to_string()));
    }

    #[test]
    fn recent_plans_keep_the_newest_first_without_duplicates() {
        let mut settings = Settings::default();
        for name in ["a", "b", "a"] {
            settings.remember(RecentPlan {
                path: PathBuf::from(name),
                ..RecentPlan::default()
            });
        }
        let paths: Vec<_> = settings.recent.iter().map(|r| r.path.clone()).collect();
        assert_eq!(paths, [PathBuf::from("a"), PathBuf::from("b")]);

        let dir = tempfile::tempdir().unwrap();
        let config = dir.path().join("config");
        settings.save(&config).unwrap();
        assert_eq!(Settings::load(&config).unwrap(), settings);
    }
}
