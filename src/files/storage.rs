//! Reading and writing plan files (RON) and the app's own settings.
//!
//! Writes are atomic: the bytes go to a temporary file in the same folder, are synced to
//! the disk, and only then renamed over the old file. A crash, a power cut or a full disk
//! leaves either the old file or the new one, never half of one.

use std::fmt;
use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use ron::value::RawValue;
use serde::{Deserialize, Serialize};

pub use crate::files::disk::DiskState;
use crate::files::disk::{self, DiskError};
use crate::i18n::{Arg, Language, Phrase};
use crate::model::limits;
use crate::model::plan::{FORMAT_VERSION, Plan};

/// Files larger than this are refused before reading: no plan comes near it.
pub const MAX_PLAN_BYTES: u64 = 64 * 1024 * 1024;

/// Something went wrong reading or writing a file. Each message ends with the path.
///
/// Worded from `errors.ftl` in any language ([`StorageError::text`]); `Display` gives the
/// English, for logs and for callers not yet moved.
#[derive(Debug)]
pub enum StorageError {
    /// The file could not be read: the system's words.
    Read {
        path: PathBuf,
        source: io::Error,
    },
    /// Larger than [`MAX_PLAN_BYTES`].
    TooLarge {
        path: PathBuf,
        size_mb: u64,
    },
    /// A folder, a pipe, a device.
    NotAFile {
        path: PathBuf,
        what: disk::NotAFile,
    },
    /// Someone else changed the file since it was read; it was not replaced.
    ChangedOnDisk {
        path: PathBuf,
    },
    NotText {
        path: PathBuf,
    },
    Empty {
        path: PathBuf,
    },
    /// RON, but naming no `format_version`.
    NotAPlan {
        path: PathBuf,
    },
    /// Not readable as a plan at `line` and `column`.
    Parse {
        path: PathBuf,
        line: usize,
        column: usize,
        /// What is wrong there, in the reader's words (English).
        reason: String,
        /// The same in any language, when it is a refusal of [`limits`].
        refusal: Option<Phrase>,
    },
    /// More text or rows than [`limits`] allow.
    OverLimit {
        path: PathBuf,
        reason: limits::OverLimit,
    },
    /// Saved by a newer version, in a format this one does not read.
    NewerFormat {
        path: PathBuf,
        found: u32,
        supported: u32,
    },
    /// The file could not be written: the system's words.
    Write {
        path: PathBuf,
        source: io::Error,
    },
    Serialize {
        reason: String,
    },
}

impl StorageError {
    /// The file the error is about, if any.
    pub fn path(&self) -> Option<&Path> {
        match self {
            Self::Read { path, .. }
            | Self::TooLarge { path, .. }
            | Self::NotAFile { path, .. }
            | Self::ChangedOnDisk { path }
            | Self::NotText { path }
            | Self::Empty { path }
            | Self::NotAPlan { path }
            | Self::Parse { path, .. }
            | Self::OverLimit { path, .. }
            | Self::NewerFormat { path, .. }
            | Self::Write { path, .. } => Some(path),
            Self::Serialize { .. } => None,
        }
    }

    /// The message in `language`: "This file is empty: it holds no plan. File: ...".
    pub fn text(&self, language: Language) -> String {
        self.phrase().text(language)
    }

    /// The message, to be worded in any language.
    pub fn phrase(&self) -> Phrase {
        let file = |message: &'static str, path: &Path| {
            Phrase::new(message).with("path", path.display().to_string())
        };
        match self {
            Self::Read { path, source } => {
                file("error-read", path).with("reason", source.to_string())
            }
            Self::TooLarge { path, size_mb } => {
                file("error-too-large", path).with("size", *size_mb)
            }
            Self::NotAFile { path, what } => {
                file("error-not-a-file", path).with("what", what.phrase())
            }
            Self::ChangedOnDisk { path } => file("error-changed-on-disk", path),
            Self::NotText { path } => file("error-not-text", path),
            Self::Empty { path } => file("error-empty", path),
            Self::NotAPlan { path } => file("error-not-a-plan", path),
            Self::Parse {
                path,
                line,
                column,
                reason,
                refusal,
            } => file("error-parse", path)
                .with("line", line.to_string())
                .with("column", column.to_string())
                .with(
                    "reason",
                    refusal
                        .clone()
                        .map_or_else(|| Arg::Text(reason.clone()), Arg::from),
                ),
            Self::OverLimit { path, reason } => {
                file("error-over-limit", path).with("reason", reason.0.clone())
            }
            Self::NewerFormat {
                path,
                found,
                supported,
            } => file("error-newer-format", path)
                .with("found", found.to_string())
                .with("supported", supported.to_string()),
            Self::Write { path, source } => {
                file("error-write", path).with("reason", source.to_string())
            }
            Self::Serialize { reason } => {
                Phrase::new("error-serialize").with("reason", reason.as_str())
            }
        }
    }
}

/// In English, for logs and for callers not yet moved to [`StorageError::text`].
impl fmt::Display for StorageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(Language::ENGLISH))
    }
}

impl std::error::Error for StorageError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::Read { source, .. } | Self::Write { source, .. } => Some(source),
            _ => None,
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
    load_plan_with_state(path).map(|(plan, _)| plan)
}

/// Reads a plan file, with the state of the file as read, to notice later changes by others.
pub fn load_plan_with_state(path: &Path) -> Result<(Plan, DiskState), StorageError> {
    let text = read_text(path)?;
    let state = DiskState::of(text.as_bytes());
    Ok((plan_from_str(&text, path)?, state))
}

/// Whether the file at `path` holds a backup plan, or something that might be one (it
/// names a plan format anywhere in it): a document is never written over one.
pub fn looks_like_plan(path: &Path) -> bool {
    disk::read_limited(path, MAX_PLAN_BYTES)
        .is_ok_and(|bytes| bytes.windows(14).any(|w| w == b"format_version"))
}

/// Refuses a plan read from `path` that holds more than [`limits`] allow.
pub fn check_limits<T: Serialize + ?Sized>(value: &T, path: &Path) -> Result<(), StorageError> {
    limits::check(value).map_err(|reason| StorageError::OverLimit {
        path: path.to_owned(),
        reason,
    })
}

/// Parses a plan from its text; `path` is only for messages.
pub fn plan_from_str(text: &str, path: &Path) -> Result<Plan, StorageError> {
    // A byte-order mark, as Notepad and some editors write at the start of a text file.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
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
            check_limits(&plan, path)?;
            // Older formats are upgraded in memory here; the next save writes the current.
            let from_version = plan.format_version;
            plan.upgrade(from_version);
            Ok(plan)
        }
    }
}

/// Where and why a RON text did not parse, for a person.
pub(crate) fn parse_error(path: &Path, err: &ron::error::SpannedError) -> StorageError {
    let refusal = match &err.code {
        ron::Error::Message(message) => limits::refusal_read(message),
        _ => None,
    };
    StorageError::Parse {
        path: path.to_owned(),
        line: err.span.start.line,
        column: err.span.start.col,
        reason: err.code.to_string(),
        refusal,
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
/// that one wrong save can be undone from the folder. Replaces whatever is there; see
/// [`save_plan_checked`] to replace only what was read.
pub fn save_plan(plan: &Plan, path: &Path) -> Result<Saved, StorageError> {
    save_plan_checked(plan, path, None)
}

/// What a save did: the state of the file now, and what the person should hear of.
#[derive(Debug)]
pub struct Saved {
    pub state: DiskState,
    /// Things that could not be kept as they were (a backup, a group), in plain words.
    pub notes: Vec<disk::Note>,
}

/// Writes a plan file as [`save_plan`] does, but only over the content it was read or last
/// saved with (`expected`): a file that someone else changed since is left as it is
/// and [`StorageError::ChangedOnDisk`] returned. A file that is gone is written anew.
pub fn save_plan_checked(
    plan: &Plan,
    path: &Path,
    expected: Option<DiskState>,
) -> Result<Saved, StorageError> {
    let text = plan_to_string(plan)?;
    let err = |source| write_error(path, source);
    let target = disk::resolve_links(path).map_err(err)?;
    let backup = backup_path(&target);
    let unchanged = |old: Option<&[u8]>| match (expected, old) {
        (Some(expected), Some(old)) => DiskState::of(old) == expected,
        _ => true,
    };
    // Only a whole plan is kept as the backup: a file torn by a crash must not replace the
    // last good one. What this window read or wrote needs no second look.
    let whole = |old: &[u8]| {
        expected == Some(DiskState::of(old))
            || std::str::from_utf8(old).is_ok_and(|text| plan_from_str(text, path).is_ok())
    };
    let options = disk::WriteOptions {
        backup: Some((&backup, &whole)),
        may_replace: Some(&unchanged),
        old_limit: MAX_PLAN_BYTES,
    };
    let written = disk::write(path, text.as_bytes(), &options, |file| file).map_err(err)?;
    Ok(Saved {
        state: DiskState::of(text.as_bytes()),
        notes: written.notes,
    })
}

/// A write error of [`disk`] for a person.
fn write_error(path: &Path, err: DiskError) -> StorageError {
    let path = path.to_owned();
    match err {
        DiskError::Io(source) => StorageError::Write { path, source },
        DiskError::NotAFile(what) => StorageError::NotAFile { path, what },
        DiskError::TooLarge { size, .. } => StorageError::TooLarge {
            path,
            size_mb: size / (1024 * 1024),
        },
        DiskError::Changed => StorageError::ChangedOnDisk { path },
    }
}

/// Where the previous version of a plan file is kept: `PLAN.ron.bak` (shortened where the
/// name would pass the 255-byte limit).
pub fn backup_path(path: &Path) -> PathBuf {
    let name = path.file_name().unwrap_or(std::ffi::OsStr::new("plan"));
    path.with_file_name(disk::sibling_name(name, "", ".bak"))
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
    let options = disk::WriteOptions {
        backup: None,
        may_replace: None,
        old_limit: MAX_PLAN_BYTES,
    };
    disk::write(path, bytes, &options, wrap)
        .map(|_| ())
        .map_err(|err| write_error(path, err))
}

/// Reads a text file of at most [`MAX_PLAN_BYTES`]; only a regular file is opened.
pub(crate) fn read_text(path: &Path) -> Result<String, StorageError> {
    let bytes = disk::read_limited(path, MAX_PLAN_BYTES).map_err(|err| match err {
        DiskError::Io(source) => StorageError::Read {
            path: path.to_owned(),
            source,
        },
        other => write_error(path, other),
    })?;
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
///
/// Read with [`Settings::load`] (or [`Settings::from_ron`]), which reads each setting by
/// itself: a value of the wrong type is ignored, never the whole file.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Settings {
    /// Most recent first.
    pub recent: Vec<RecentPlan>,
    /// The paper documents are made for.
    pub paper: crate::model::options::Paper,
    /// Whether the person closed the findings panel.
    pub hide_findings: bool,
    /// Where the window was and how large, when the app was last closed.
    pub window: Option<WindowPlace>,
    /// The language the person chose for the window; `None` follows the computer's.
    pub language: Option<crate::i18n::Language>,
}

/// Where a window is on the screen and how large, in points.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct WindowPlace {
    pub x: f32,
    pub y: f32,
    pub width: f32,
    pub height: f32,
    pub maximized: bool,
}

impl WindowPlace {
    /// The place, if it can be used again: a size a window can have and a position not
    /// far off every screen (a settings file edited by hand, a screen since removed).
    pub fn usable(self) -> Option<Self> {
        let size = 200.0..=20_000.0;
        let position = -10_000.0..=20_000.0;
        (size.contains(&self.width)
            && size.contains(&self.height)
            && position.contains(&self.x)
            && position.contains(&self.y))
        .then_some(self)
    }
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

    /// Reads the settings; a missing or empty file means defaults.
    ///
    /// Each setting is read by itself: one of the wrong type (a hand edit, an older or
    /// newer version's) is ignored and the others kept, and a language the app does not
    /// speak follows the computer's. Refused only when the file cannot be read at all:
    /// the system will not give it, or it is not RON. Then [`Settings::set_aside`] keeps it
    /// before anything is written in its place.
    pub fn load(config_dir: &Path) -> Result<Self, StorageError> {
        let path = Self::file(config_dir);
        let bytes = match disk::read_limited(&path, MAX_SETTINGS_BYTES) {
            Ok(bytes) => bytes,
            Err(DiskError::Io(source)) if source.kind() == io::ErrorKind::NotFound => {
                return Ok(Self::default());
            }
            Err(DiskError::Io(source)) => return Err(StorageError::Read { path, source }),
            Err(other) => return Err(write_error(&path, other)),
        };
        // A byte that is not UTF-8 (in a name typed elsewhere) is replaced rather than the
        // whole file refused.
        Self::from_ron(&String::from_utf8_lossy(&bytes), &path)
    }

    /// The settings in `text`, the contents of a settings file (`path`, for messages),
    /// read as [`Settings::load`] reads them.
    pub fn from_ron(text: &str, path: &Path) -> Result<Self, StorageError> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        if text.trim().is_empty() {
            return Ok(Self::default());
        }
        let written: SettingsText = ron::from_str(text).map_err(|err| parse_error(path, &err))?;
        Ok(Self {
            recent: recent_setting(written.recent.as_deref()),
            paper: setting(written.paper.as_deref(), "paper").unwrap_or_default(),
            hide_findings: setting(written.hide_findings.as_deref(), "hide_findings")
                .unwrap_or_default(),
            window: optional_setting(written.window.as_deref(), "window"),
            language: language_setting(written.language.as_deref()),
        })
    }

    /// Moves the settings file of `config_dir`, which cannot be read, out of the way:
    /// to `settings.ron.unreadable` (`settings.ron.unreadable-2`... when an older one is
    /// there), so that the recent plans it lists are never lost to a new file. Returns
    /// where it went.
    pub fn set_aside(config_dir: &Path) -> Result<PathBuf, StorageError> {
        let path = Self::file(config_dir);
        let kept = (1..=100)
            .map(|n| {
                config_dir.join(if n == 1 {
                    "settings.ron.unreadable".to_owned()
                } else {
                    format!("settings.ron.unreadable-{n}")
                })
            })
            .find(|kept| fs::symlink_metadata(kept).is_err())
            .ok_or_else(|| StorageError::Write {
                path: config_dir.join("settings.ron.unreadable"),
                source: io::ErrorKind::AlreadyExists.into(),
            })?;
        fs::rename(&path, &kept).map_err(|source| StorageError::Write {
            path: kept.clone(),
            source,
        })?;
        log::warn!(
            "the settings file {} could not be read; kept as {}",
            path.display(),
            kept.display()
        );
        Ok(kept)
    }

    /// Writes the settings atomically, creating the folder if needed. A settings file
    /// there that cannot be read is first kept aside ([`Settings::set_aside`]), never
    /// written over; when it cannot be, nothing is written.
    pub fn save(&self, config_dir: &Path) -> Result<(), StorageError> {
        let path = Self::file(config_dir);
        fs::create_dir_all(config_dir).map_err(|source| StorageError::Write {
            path: path.clone(),
            source,
        })?;
        if Self::load(config_dir).is_err() {
            Self::set_aside(config_dir)?;
        }
        let text =
            ron::ser::to_string_pretty(self, ron::ser::PrettyConfig::new()).map_err(|err| {
                StorageError::Serialize {
                    reason: err.to_string(),
                }
            })?;
        write_atomic(&path, text.as_bytes())
    }
}

/// A settings file larger than this is not read: settings take a few kilobytes.
const MAX_SETTINGS_BYTES: u64 = 1024 * 1024;

/// A settings file as written, each setting's value kept as its own RON text, so that
/// each is read by itself and one of the wrong type leaves the others alone. Names not
/// listed (a newer version's settings) are passed over.
#[derive(Default, Deserialize)]
#[serde(default, rename = "Settings")]
struct SettingsText {
    #[serde(deserialize_with = "value_text")]
    recent: Option<Box<RawValue>>,
    #[serde(deserialize_with = "value_text")]
    paper: Option<Box<RawValue>>,
    #[serde(deserialize_with = "value_text")]
    hide_findings: Option<Box<RawValue>>,
    #[serde(deserialize_with = "value_text")]
    window: Option<Box<RawValue>>,
    #[serde(deserialize_with = "value_text")]
    language: Option<Box<RawValue>>,
}

/// One recent plan as written, each field's value as its own text.
#[derive(Default, Deserialize)]
#[serde(default, rename = "RecentPlan")]
struct RecentPlanText {
    #[serde(deserialize_with = "value_text")]
    path: Option<Box<RawValue>>,
    #[serde(deserialize_with = "value_text")]
    title: Option<Box<RawValue>>,
    #[serde(deserialize_with = "value_text")]
    organisation: Option<Box<RawValue>>,
    #[serde(deserialize_with = "value_text")]
    last_saved: Option<Box<RawValue>>,
    #[serde(deserialize_with = "value_text")]
    next_review: Option<Box<RawValue>>,
}

/// The RON text of a value, whatever it holds.
fn value_text<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<Box<RawValue>>, D::Error> {
    Box::<RawValue>::deserialize(deserializer).map(Some)
}

/// The setting `name` written as `text`, if it is a `T`; when it is not, it is ignored
/// (and the log says so).
fn setting<T: serde::de::DeserializeOwned>(text: Option<&RawValue>, name: &str) -> Option<T> {
    let text = text?;
    match text.into_rust::<T>() {
        Ok(value) => Some(value),
        Err(err) => {
            log::warn!(
                "settings: {name} ignored: {} is not understood ({err})",
                text.get_ron()
            );
            None
        }
    }
}

/// An optional setting: `Some(value)`, or the value written without `Some`; `None` when
/// it is `None` or not a `T`.
fn optional_setting<T: serde::de::DeserializeOwned>(
    text: Option<&RawValue>,
    name: &str,
) -> Option<T> {
    let text = text?;
    match text
        .into_rust::<Option<T>>()
        .or_else(|_| text.into_rust::<T>().map(Some))
    {
        Ok(value) => value,
        Err(err) => {
            log::warn!(
                "settings: {name} ignored: {} is not understood ({err})",
                text.get_ron()
            );
            None
        }
    }
}

/// The language the person chose, if the app speaks it: anything else (a code the app
/// does not know, a value of another type) means following the computer's.
fn language_setting(text: Option<&RawValue>) -> Option<Language> {
    let code: String = optional_setting(text, "language")?;
    let language = Language::from_code(&code);
    if language.is_none() {
        log::warn!("settings: language {code:?} is not one the app speaks; the computer's is used");
    }
    language
}

/// The recent plans written as `text`: each entry by itself, each of its fields too; an
/// entry without a path it can be found by is left out.
fn recent_setting(text: Option<&RawValue>) -> Vec<RecentPlan> {
    let entries: Vec<Box<RawValue>> = setting(text, "recent").unwrap_or_default();
    entries
        .iter()
        .filter_map(|entry| {
            let entry: RecentPlanText = setting(Some(entry), "a recent plan")?;
            let path: PathBuf = setting(entry.path.as_deref(), "a recent plan's path")?;
            if path.as_os_str().is_empty() {
                return None;
            }
            Some(RecentPlan {
                path,
                title: setting(entry.title.as_deref(), "a recent plan's title").unwrap_or_default(),
                organisation: setting(
                    entry.organisation.as_deref(),
                    "a recent plan's organisation",
                )
                .unwrap_or_default(),
                last_saved: optional_setting(
                    entry.last_saved.as_deref(),
                    "a recent plan's last save",
                ),
                next_review: optional_setting(
                    entry.next_review.as_deref(),
                    "a recent plan's next review",
                ),
            })
        })
        .take(Settings::MAX_RECENT)
        .collect()
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
    use crate::model::options::{DataKind, Department, Encryption, Frequency};
    use crate::model::plan::{EncryptionCheck, Schedule};

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
        plan.procedures.steps = vec![
            odd_text(),
            String::new(),
            "x".repeat(crate::model::limits::MAX_TEXT_CHARS),
        ];
        plan
    }

    #[test]
    fn a_plan_saved_with_a_byte_order_mark_opens() {
        let text = plan_to_string(&Plan::new(
            chrono::NaiveDate::from_ymd_opt(2026, 3, 1).unwrap(),
        ))
        .unwrap();
        let marked = format!("\u{feff}{text}");
        assert!(plan_from_str(&marked, Path::new("bom.ron")).is_ok());
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

    #[test]
    fn a_torn_plan_never_replaces_the_last_good_backup() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.ron");
        let first = filled_plan();
        let mut second = first.clone();
        second.identity.title = "Second".into();
        save_plan(&first, &path).unwrap();
        save_plan(&second, &path).unwrap();
        // A crash while the file was written in place left half of it.
        let text = fs::read_to_string(&path).unwrap();
        fs::write(&path, &text[..text.len() / 2]).unwrap();
        let mut third = first.clone();
        third.identity.title = "Third".into();
        save_plan(&third, &path).unwrap();
        assert_eq!(load_plan(&path).unwrap(), third);
        assert_eq!(load_plan(&backup_path(&path)).unwrap(), first);
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
    fn a_new_plan_is_for_the_owner_only_an_existing_one_keeps_its_mode() {
        use std::os::unix::fs::PermissionsExt as _;
        let mode = |file: &Path| fs::metadata(file).unwrap().permissions().mode() & 0o777;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.ron");
        save_plan(&filled_plan(), &path).unwrap();
        assert_eq!(
            mode(&path),
            0o600,
            "plans say where backups and keys are kept"
        );
        // A plan shared with colleagues stays shared: they must still be able to open it.
        fs::set_permissions(&path, fs::Permissions::from_mode(0o664)).unwrap();
        let mut second = filled_plan();
        second.identity.title = "Second".into();
        save_plan(&second, &path).unwrap();
        assert_eq!(mode(&path), 0o664);
        assert_eq!(
            mode(&backup_path(&path)),
            0o664,
            "the backup is the file it was"
        );
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
