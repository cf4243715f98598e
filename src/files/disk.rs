//! Safe reading and writing of the files a person keeps in shared and synced folders.
//!
//! Plans live where an office keeps its documents: a shared folder on the NAS, a synced
//! folder reached through a link, a group folder with the sticky bit. This module holds
//! the few primitives that make every file the app reads or writes survive that:
//! reads that open only regular files and never read more than a limit, names of
//! temporary and backup files that fit the 255-byte limit of file names, temporary
//! files that stay their writer's until renamed, and writes that go through links to the
//! real file and keep its permissions and group. No egui here; [`crate::files::storage`] builds
//! plan files on it.

use std::ffi::{OsStr, OsString};
use std::fmt;
use std::fs::{self, File};
use std::io::{self, Read as _, Write};
use std::path::{Path, PathBuf};

use crate::i18n::{Language, Phrase};

/// The longest file name most file systems take, in bytes.
const MAX_NAME_BYTES: usize = 255;

/// How many links in a row are followed before giving up (as the kernel does).
const MAX_LINKS: usize = 40;

/// What a file held when this program last read or wrote it: enough to notice that
/// someone else changed it since, whatever the file system's clock says.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct DiskState {
    /// The file's length in bytes.
    pub len: u64,
    /// A digest of its bytes (`SipHash` 1-3 with fixed keys: stable across runs).
    pub digest: u64,
}

impl DiskState {
    /// The state of a file holding `bytes`.
    pub fn of(bytes: &[u8]) -> Self {
        use std::hash::Hasher as _;
        let mut hasher = siphasher::sip::SipHasher13::new_with_keys(0x4261_636b, 0x7570_506c);
        hasher.write(bytes);
        Self {
            len: bytes.len() as u64,
            digest: hasher.finish(),
        }
    }
}

/// Why a path cannot be read or written as a file.
#[derive(Debug)]
pub enum NotAFile {
    Folder,
    Special,
    /// `/dev/stdout` and the like lead through `/proc` to whatever the program's output is
    /// now: replacing that would replace, say, a log the output is appended to.
    Stream,
}

impl NotAFile {
    /// What the path leads to, to be worded in any language: "it is a folder".
    pub fn phrase(&self) -> Phrase {
        Phrase::new(match self {
            Self::Folder => "error-not-a-file-folder",
            Self::Special => "error-not-a-file-special",
            Self::Stream => "error-not-a-file-stream",
        })
    }

    /// What the path leads to, in `language`.
    pub fn text(&self, language: Language) -> String {
        self.phrase().text(language)
    }
}

/// In English, for logs and for callers not yet moved to [`NotAFile::text`].
impl fmt::Display for NotAFile {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(Language::ENGLISH))
    }
}

impl std::error::Error for NotAFile {}

/// An error of this module: an I/O error, or a path that is not a regular file.
#[derive(Debug)]
pub enum DiskError {
    Io(io::Error),
    NotAFile(NotAFile),
    /// The file holds more than the limit; `size` is what was found (at least limit + 1).
    TooLarge {
        limit: u64,
        size: u64,
    },
    /// The file is not what the writer last saw: someone else changed it.
    Changed,
}

impl DiskError {
    /// The error in `language`; an I/O error in the system's own words.
    pub fn text(&self, language: Language) -> String {
        match self {
            Self::Io(err) => err.to_string(),
            Self::NotAFile(what) => what.text(language),
            Self::TooLarge { limit, .. } => Phrase::new("error-disk-too-large")
                .with("limit", *limit)
                .text(language),
            Self::Changed => language.text("error-disk-changed").into_owned(),
        }
    }
}

/// In English, for logs and for callers not yet moved to [`DiskError::text`].
impl fmt::Display for DiskError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(Language::ENGLISH))
    }
}

impl std::error::Error for DiskError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        // As the errors it wraps would say it themselves: theirs is the message.
        match self {
            Self::Io(err) => err.source(),
            Self::NotAFile(_) | Self::TooLarge { .. } | Self::Changed => None,
        }
    }
}

impl From<io::Error> for DiskError {
    fn from(err: io::Error) -> Self {
        Self::Io(err)
    }
}

impl From<NotAFile> for DiskError {
    fn from(what: NotAFile) -> Self {
        Self::NotAFile(what)
    }
}

/// Opens `path` for reading only if it is a regular file (following links), without
/// ever blocking: a pipe or a device is refused, not waited on.
pub fn open_regular(path: &Path) -> Result<(File, fs::Metadata), DiskError> {
    let mut options = fs::OpenOptions::new();
    options.read(true);
    // Opening a pipe for reading waits for a writer; non-blocking, it returns at once and
    // the check below refuses it. Regular files ignore the flag.
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::custom_flags(&mut options, libc::O_NONBLOCK);
    let file = options.open(path)?;
    let metadata = file.metadata()?;
    check_regular(&metadata)?;
    Ok((file, metadata))
}

fn check_regular(metadata: &fs::Metadata) -> Result<(), NotAFile> {
    if metadata.is_dir() {
        Err(NotAFile::Folder)
    } else if metadata.is_file() {
        Ok(())
    } else {
        Err(NotAFile::Special)
    }
}

/// Reads a regular file of at most `limit` bytes, whatever size the file claims to have
/// (`/proc` files say 0, a file may grow while it is read).
pub fn read_limited(path: &Path, limit: u64) -> Result<Vec<u8>, DiskError> {
    let (file, metadata) = open_regular(path)?;
    if metadata.len() > limit {
        return Err(DiskError::TooLarge {
            limit,
            size: metadata.len(),
        });
    }
    let mut bytes = Vec::with_capacity(usize::try_from(metadata.len()).unwrap_or(0));
    file.take(limit + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        return Err(DiskError::TooLarge {
            limit,
            size: bytes.len() as u64,
        });
    }
    Ok(bytes)
}

/// The state of the file at `path` now: `Ok(None)` when there is no file.
pub fn state_of(path: &Path, limit: u64) -> Result<Option<DiskState>, DiskError> {
    match read_limited(path, limit) {
        Ok(bytes) => Ok(Some(DiskState::of(&bytes))),
        Err(DiskError::Io(err)) if err.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(err) => Err(err),
    }
}

/// The file a path names once every symbolic link on the way is followed: writing there
/// keeps the link a link, and the real file (in a synced folder, say) gets the content.
/// A link to a file that does not exist yet gives the path where it will be.
pub fn resolve_links(path: &Path) -> Result<PathBuf, DiskError> {
    let mut current = std::path::absolute(path)?;
    // The kernel follows 40 links; the 41st is too many.
    for _ in 0..=MAX_LINKS {
        match fs::symlink_metadata(&current) {
            Ok(meta) if meta.file_type().is_symlink() => {
                if current.starts_with("/proc") || current.starts_with("/dev/fd") {
                    return Err(NotAFile::Stream.into());
                }
                let target = fs::read_link(&current)?;
                current = match current.parent() {
                    Some(parent) => parent.join(target),
                    None => target,
                };
            }
            _ => return Ok(current),
        }
    }
    Err(io::Error::other("too many links in a row").into())
}

/// Whether two paths name the same file, by any path (links, `..`, other spellings).
pub fn same_file(a: &Path, b: &Path) -> bool {
    #[cfg(unix)]
    if let (Ok(a), Ok(b)) = (fs::metadata(a), fs::metadata(b)) {
        use std::os::unix::fs::MetadataExt as _;
        return (a.dev(), a.ino()) == (b.dev(), b.ino());
    }
    match (canonical_path(a), canonical_path(b)) {
        (Some(a), Some(b)) => a == b,
        _ => false,
    }
}

/// The canonical form of a path that may not exist yet: its folder resolved, its name kept.
fn canonical_path(path: &Path) -> Option<PathBuf> {
    if let Ok(path) = fs::canonicalize(path) {
        return Some(path);
    }
    let resolved = resolve_links(path).ok()?;
    let name = resolved.file_name()?;
    let parent = match resolved.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    Some(fs::canonicalize(parent).ok()?.join(name))
}

/// A name in the same folder as `file_name`, made of `prefix`, the name and `suffix`,
/// that fits the 255-byte limit: a name too long for that is shortened and given a digest
/// of the whole, so two long names never share a shortened one.
pub fn sibling_name(file_name: &OsStr, prefix: &str, suffix: &str) -> OsString {
    let room = MAX_NAME_BYTES.saturating_sub(prefix.len() + suffix.len());
    let mut out = OsString::from(prefix);
    out.push(fitted(file_name, room));
    out.push(suffix);
    out
}

/// `file_name` as it is when it fits in `room` bytes, else cut on a character with a
/// digest of the whole name behind.
fn fitted(file_name: &OsStr, room: usize) -> OsString {
    match file_name.to_str() {
        Some(name) if name.len() <= room => file_name.to_owned(),
        _ => {
            let name = file_name.to_string_lossy().replace('\u{fffd}', "_");
            let digest = format!(
                "~{:016x}",
                DiskState::of(file_name.as_encoded_bytes()).digest
            );
            let mut end = room.saturating_sub(digest.len()).min(name.len());
            while !name.is_char_boundary(end) {
                end -= 1;
            }
            OsString::from(format!("{}{digest}", &name[..end]))
        }
    }
}

/// This computer's name, as the lock files and temporary names give it.
pub fn host_name() -> String {
    let host = gethostname::gethostname().to_string_lossy().into_owned();
    if host.is_empty() {
        "this-computer".to_owned()
    } else {
        host
    }
}

/// The host name as it may stand in a file name: letters, digits and dashes, short.
fn host_for_names() -> String {
    name_for_host(&host_name())
}

/// `host` as it may stand in a file name.
fn name_for_host(host: &str) -> String {
    let plain: String = host
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .take(23)
        .collect();
    if plain == host {
        return plain;
    }
    // A name with other letters must not shrink to another computer's name (or to none).
    let digest = DiskState::of(host.as_bytes()).digest;
    format!("{plain}x{:08x}", digest & 0xffff_ffff)
}

/// Counts writes, so that temporary files are unique per process and write.
static WRITES: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

/// The part of a temporary name before the writer's mark: `.NAME.`, leaving room for the
/// widest mark (host 32, pid 10, count 20, separators and `.tmp`).
fn temporary_prefix(file_name: &OsStr) -> OsString {
    let name = sibling_name(file_name, ".", &".".repeat(70))
        .to_string_lossy()
        .into_owned();
    // The name is text (fitted makes it so); the 69 dots past the first go.
    OsString::from(&name[..name.len() - 69])
}

/// A temporary file of this process, on its way to becoming `file_name` in `dir`:
/// `.NAME.HOST-PID-N.tmp`. It is locked for as long as it lives, created new (never an
/// existing file) and readable by its owner only; dropping it removes it unless it was
/// renamed into place.
pub struct Temporary {
    path: PathBuf,
    file: Option<File>,
}

impl Temporary {
    /// Creates the temporary file in `dir` beside `file_name`, clearing the temporary files
    /// of writers of the same name that died before they finished.
    pub fn create(dir: &Path, file_name: &OsStr) -> io::Result<Self> {
        let prefix = temporary_prefix(file_name);
        let pid = std::process::id();
        let host = host_for_names();
        let mut options = fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        let mut last_err = None;
        for _ in 0..16 {
            let n = WRITES.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            let mut name = prefix.clone();
            name.push(format!("{host}-{pid}-{n}.tmp"));
            let path = dir.join(name);
            match options.open(&path) {
                Ok(file) => {
                    // Locked for its whole life: a cleaner in another process sees it held.
                    let _ = file.try_lock();
                    let temporary = Self {
                        path,
                        file: Some(file),
                    };
                    remove_dead_temporaries(dir, &prefix, &temporary);
                    return Ok(temporary);
                }
                // Someone's file (or a pipe) with this name: never touched, another name.
                Err(err) if err.kind() == io::ErrorKind::AlreadyExists => last_err = Some(err),
                Err(err) => return Err(err),
            }
        }
        Err(last_err.unwrap_or_else(|| io::Error::other("no free temporary name")))
    }

    /// Where the temporary file is.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The open file, to write.
    fn file(&mut self) -> io::Result<&mut File> {
        self.file
            .as_mut()
            .ok_or_else(|| io::Error::other("the temporary file is closed"))
    }

    /// Writes `bytes` into the temporary file.
    pub fn write_all(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.file()?.write_all(bytes)?;
        self.file()?.sync_all()
    }

    /// Gives the file the name `target` only if no file has it (atomically, where the file
    /// system has hard links, else by creating it new), and hands back the open, locked
    /// file; the temporary name goes.
    pub fn link_as(mut self, target: &Path) -> io::Result<File> {
        let file = self
            .file
            .take()
            .ok_or_else(|| io::Error::other("the temporary file is closed"))?;
        match fs::hard_link(&self.path, target) {
            Ok(()) => Ok(file),
            Err(err) if err.kind() == io::ErrorKind::AlreadyExists => Err(err),
            // No hard links here (some network shares): a new file, written after.
            Err(_) => {
                let mut new = fs::OpenOptions::new()
                    .write(true)
                    .create_new(true)
                    .open(target)?;
                let _ = new.try_lock();
                let mut bytes = Vec::new();
                File::open(&self.path)?.read_to_end(&mut bytes)?;
                new.write_all(&bytes)?;
                Ok(new)
            }
        }
    }

    /// Renames the file into place; the lock is held until it is there.
    fn persist(mut self, target: &Path) -> io::Result<()> {
        fs::rename(&self.path, target)?;
        // Two names of one file: the rename does nothing, and this name must still go.
        if fs::symlink_metadata(&self.path).is_ok() {
            let _ = fs::remove_file(&self.path);
        }
        // Renamed: nothing is left to remove.
        self.path = PathBuf::new();
        self.file = None;
        Ok(())
    }
}

impl Drop for Temporary {
    fn drop(&mut self) {
        if !self.path.as_os_str().is_empty() {
            let _ = fs::remove_file(&self.path);
        }
    }
}

/// Removes temporary files of `prefix` left by writers that died before renaming them
/// (a killed process, a power cut). Only regular files that the same user owns are
/// opened; a writer at work holds its file's lock, and a file of a writer still running
/// on this computer is left alone even in the instant before its lock is taken.
fn remove_dead_temporaries(dir: &Path, prefix: &OsStr, mine: &Temporary) {
    let (Some(prefix), Ok(entries)) = (prefix.to_str(), fs::read_dir(dir)) else {
        return;
    };
    #[cfg(unix)]
    let my_uid = {
        use std::os::unix::fs::MetadataExt as _;
        fs::symlink_metadata(mine.path()).ok().map(|m| m.uid())
    };
    let this_host = host_for_names();
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(name) = name.to_str() else { continue };
        // Only this name's own: `.plan.ron.bak.HOST-…` is the backup's, not the plan's.
        let Some(mark) = name
            .strip_prefix(prefix)
            .and_then(|rest| rest.strip_suffix(".tmp"))
            .filter(|mark| !mark.contains('.'))
        else {
            continue;
        };
        let path = entry.path();
        if path == mine.path() {
            continue;
        }
        // Not a link, a pipe or a device, and the same user's: never anything else.
        let Ok(meta) = fs::symlink_metadata(&path) else {
            continue;
        };
        if !meta.file_type().is_file() {
            continue;
        }
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt as _;
            if Some(meta.uid()) != my_uid {
                continue;
            }
        }
        // HOST-PID-N, where the host may hold dashes itself.
        let Some((host, pid)) = mark
            .rsplit_once('-')
            .and_then(|(rest, _count)| rest.rsplit_once('-'))
        else {
            continue;
        };
        let age = meta
            .modified()
            .ok()
            .and_then(|m| m.elapsed().ok())
            .unwrap_or_default();
        // Another computer's writer cannot be asked: an hour is far past any save. On this
        // computer, a writer that is gone, or a file whose lock nobody has held for a while
        // (the lock is taken the moment the file is made, and held until it is renamed):
        // a process number may have been taken again by another program.
        let writer_gone = age > std::time::Duration::from_hours(1)
            || (host == this_host
                && (!process_running(pid, age, meta.modified().ok())
                    || age > std::time::Duration::from_secs(10)));
        if !writer_gone {
            continue;
        }
        if let Ok((file, _)) = open_regular(&path)
            && file.try_lock().is_ok()
        {
            let _ = fs::remove_file(&path);
        }
    }
}

/// Whether the process `pid` of this computer may still be writing a file last written
/// at `modified`.
fn process_running(
    pid: &str,
    age: std::time::Duration,
    modified: Option<std::time::SystemTime>,
) -> bool {
    if cfg!(target_os = "linux") && Path::new("/proc/self").exists() {
        if pid.parse::<u32>().is_err() || !Path::new("/proc").join(pid).exists() {
            return false;
        }
        // A process that started after the file was last written is another program
        // that was given the same number: the writer is gone.
        return !matches!(
            (process_started(pid), modified),
            (Some(started), Some(modified)) if started > modified
        );
    }
    // Where processes cannot be looked up, a file this young may be a writer's that has
    // not taken its lock yet.
    age < std::time::Duration::from_mins(1)
}

/// When the process `pid` started (Linux), to about a second: the boot time and the
/// process's start in clock ticks (100 a second, Linux's fixed user clock).
fn process_started(pid: &str) -> Option<std::time::SystemTime> {
    let stat = fs::read_to_string(Path::new("/proc").join(pid).join("stat")).ok()?;
    // The fields after the program's name (which may hold spaces and brackets); the
    // start time is the 22nd field, the 20th after the name.
    let ticks: u64 = stat
        .rsplit_once(')')?
        .1
        .split_whitespace()
        .nth(19)?
        .parse()
        .ok()?;
    let boot: u64 = fs::read_to_string("/proc/stat")
        .ok()?
        .lines()
        .find_map(|line| line.strip_prefix("btime "))?
        .trim()
        .parse()
        .ok()?;
    std::time::UNIX_EPOCH.checked_add(
        std::time::Duration::from_secs(boot) + std::time::Duration::from_millis(ticks * 10),
    )
}

/// What [`write`] did that the person should hear of.
#[derive(Debug, Default)]
pub struct Written {
    /// Things that could not be kept as they were, in plain words.
    pub notes: Vec<Note>,
}

/// Something a write could not keep as it was: "The file's permissions could not be
/// kept."
#[derive(Clone, Debug, PartialEq)]
pub struct Note(Phrase);

impl Note {
    /// The note in `language`.
    pub fn text(&self, language: Language) -> String {
        self.0.text(language)
    }
}

/// In English, for logs and for callers not yet moved to [`Note::text`].
impl fmt::Display for Note {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(Language::ENGLISH))
    }
}

/// Whether the content a file holds now may be replaced (`None`: there is no file).
pub type MayReplace<'a> = &'a dyn Fn(Option<&[u8]>) -> bool;

/// Whether the content being replaced is worth keeping as the backup.
pub type WorthKeeping<'a> = &'a dyn Fn(&[u8]) -> bool;

/// How [`write`] treats the file it replaces.
pub struct WriteOptions<'a> {
    /// Keep the replaced content as this file (a plan's `.bak`), if the check says the
    /// content is worth keeping (a torn file must not replace the last good backup).
    pub backup: Option<(&'a Path, WorthKeeping<'a>)>,
    /// Asked just before the file is replaced, with what it holds now (`None`: no file);
    /// `false` stops the write with nothing changed ([`DiskError::Changed`]).
    pub may_replace: Option<MayReplace<'a>>,
    /// With a backup or a check, a file larger than this is refused, not read.
    pub old_limit: u64,
}

/// A writer's turn at a folder: an advisory lock on the folder itself (Unix), held until
/// dropped. Where the system keeps no such locks (some network shares, Windows) the turn
/// is taken without one, as before.
struct FolderTurn(Option<File>);

/// How long a save waits for another one in the same folder to finish.
const TURN_WAIT: std::time::Duration = std::time::Duration::from_secs(10);

impl FolderTurn {
    fn take(dir: &Path) -> Result<Self, DiskError> {
        #[cfg(unix)]
        {
            let Ok(folder) = File::open(dir) else {
                return Ok(Self(None));
            };
            let start = std::time::Instant::now();
            loop {
                match folder.try_lock() {
                    Ok(()) => return Ok(Self(Some(folder))),
                    Err(fs::TryLockError::WouldBlock) if start.elapsed() < TURN_WAIT => {
                        std::thread::sleep(std::time::Duration::from_millis(10));
                    }
                    // Another save has held it for ten seconds: say the file is busy
                    // rather than write past it.
                    Err(fs::TryLockError::WouldBlock) => return Err(DiskError::Changed),
                    Err(fs::TryLockError::Error(_)) => return Ok(Self(None)),
                }
            }
        }
        #[cfg(not(unix))]
        {
            let _ = dir;
            Ok(Self(None))
        }
    }
}

impl Drop for FolderTurn {
    fn drop(&mut self) {
        if let Some(folder) = &self.0 {
            let _ = folder.unlock();
        }
    }
}

/// Writes `bytes` to `path` so that the file holds either its old or its new content.
///
/// A link is followed and the file it points to is written, beside itself. A file that
/// already exists keeps its permissions and, where the system allows, its group; a new
/// file is readable by its owner only. A file with other names (hard links), or one this
/// user may write but not replace (a colleague's in a folder with the sticky bit), is
/// written in place after the new content is safely on disk beside it. `wrap` wraps the
/// temporary file, so tests can make writes fail.
pub fn write<W: Write>(
    path: &Path,
    bytes: &[u8],
    options: &WriteOptions<'_>,
    wrap: impl FnOnce(File) -> W,
) -> Result<Written, DiskError> {
    let target = resolve_links(path)?;
    let dir = match target.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_owned(),
        _ => PathBuf::from("."),
    };
    let file_name = target
        .file_name()
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "no file name"))?
        .to_owned();
    let mut written = Written::default();
    // Two writers that each check what the file holds before replacing it take turns:
    // the check and the replacement happen while this one holds the folder, so no other
    // save lands between them unseen (two imports started together, two windows).
    let _turn = if options.may_replace.is_some() {
        Some(FolderTurn::take(&dir)?)
    } else {
        None
    };

    // What is there now: refused unless a regular file; read only for a backup or check.
    let old_meta = match fs::metadata(&target) {
        Ok(meta) => {
            check_regular(&meta)?;
            Some(meta)
        }
        Err(err) if err.kind() == io::ErrorKind::NotFound => None,
        Err(err) => return Err(err.into()),
    };
    let old_bytes = match &old_meta {
        Some(_) if options.backup.is_some() || options.may_replace.is_some() => {
            Some(read_limited(&target, options.old_limit)?)
        }
        _ => None,
    };
    if let Some(may_replace) = options.may_replace
        && !may_replace(old_bytes.as_deref())
    {
        return Err(DiskError::Changed);
    }
    // A file this user may read but not write is not theirs to replace, even where the
    // folder would allow it; asked before anything (a backup, a temporary) is made.
    if old_meta.is_some() {
        fs::OpenOptions::new().write(true).open(&target)?;
    }
    let old = old_meta.as_ref().map(|meta| (old_bytes.as_deref(), meta));

    let mut temporary = Temporary::create(&dir, &file_name)?;
    let backup = options.backup.map(|(path, _)| path);
    let in_place = old
        .as_ref()
        .is_some_and(|(_, meta)| has_other_names(meta, backup));
    if let (Some((backup, worth_keeping)), Some((Some(old_bytes), meta))) = (options.backup, old)
        && old_bytes != bytes
        && worth_keeping(old_bytes)
        && let Err(err) = keep_backup(&target, backup, old_bytes, meta, &temporary, in_place)
    {
        written.notes.push(Note(
            Phrase::new("error-backup-not-kept")
                .with("backup", backup.display().to_string())
                .with("reason", err.to_string()),
        ));
    }

    {
        let file = temporary.file()?.try_clone()?;
        let mut writer = wrap(file);
        writer.write_all(bytes)?;
        writer.flush()?;
    }
    temporary.file()?.sync_all()?;
    if let Some((_, meta)) = old {
        keep_permissions(temporary.path(), meta, &mut written);
    }

    if in_place {
        write_in_place(&target, bytes, old_bytes.as_deref())?;
        return Ok(written);
    }
    let temp_path = temporary.path().to_owned();
    match temporary.persist(&target) {
        Ok(()) => {}
        // A colleague's file in a folder with the sticky bit may be written, not replaced.
        Err(err) if err.kind() == io::ErrorKind::PermissionDenied && old.is_some() => {
            write_in_place(&target, bytes, old_bytes.as_deref())?;
            let _ = fs::remove_file(&temp_path);
        }
        Err(err) => {
            let _ = fs::remove_file(&temp_path);
            return Err(err.into());
        }
    }
    sync_dir(&dir);
    Ok(written)
}

/// Whether the file has names besides its own and the backup's (hard links), which a
/// rename would leave holding the old content.
fn has_other_names(meta: &fs::Metadata, backup: Option<&Path>) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt as _;
        let backup_is_same = backup
            .and_then(|b| fs::symlink_metadata(b).ok())
            .is_some_and(|b| (b.dev(), b.ino()) == (meta.dev(), meta.ino()));
        meta.nlink() > 1 + u64::from(backup_is_same)
    }
    #[cfg(not(unix))]
    {
        let _ = (meta, backup);
        false
    }
}

/// Keeps the replaced content as `backup`: the replaced file itself under a second name
/// where that is safe (this user's own file, about to be replaced by a rename), else a
/// copy written atomically.
fn keep_backup(
    target: &Path,
    backup: &Path,
    old: &[u8],
    meta: &fs::Metadata,
    mine: &Temporary,
    in_place: bool,
) -> io::Result<()> {
    let dir = backup.parent().unwrap_or(Path::new("."));
    let name = backup.file_name().unwrap_or(OsStr::new("backup"));
    if !in_place && owned_like(meta, mine.path()) {
        // A second name, given under a temporary name of ours and renamed into place: a
        // link we own the file of can always be removed again, even in a sticky folder.
        let mut link = Temporary::create(dir, name)?;
        let link_path = link.path().to_owned();
        fs::remove_file(&link_path)?;
        if fs::hard_link(target, &link_path).is_ok() {
            link.file = None;
            if link.persist(backup).is_ok() {
                sync_dir(dir);
                return Ok(());
            }
        }
    }
    let mut copy = Temporary::create(dir, name)?;
    copy.file()?.write_all(old)?;
    copy.file()?.sync_all()?;
    let mut ignored = Written::default();
    keep_permissions(copy.path(), meta, &mut ignored);
    copy.persist(backup)?;
    sync_dir(dir);
    Ok(())
}

/// Whether the file of `meta` has the same owner as the file at `mine` (one of ours).
fn owned_like(meta: &fs::Metadata, mine: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt as _;
        fs::symlink_metadata(mine).is_ok_and(|m| m.uid() == meta.uid())
    }
    #[cfg(not(unix))]
    {
        let _ = (meta, mine);
        true
    }
}

/// Gives the new file the permissions and group of the file it replaces; says what could
/// not be kept. Without the group, the group's permissions are not given either: they
/// would go to another group of people.
fn keep_permissions(new: &Path, old: &fs::Metadata, written: &mut Written) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::{MetadataExt as _, PermissionsExt as _};
        let mut mode = old.mode() & 0o7777;
        // The owner too where the system allows (an administrator saving a person's plan
        // must not take it from them); else the group, which keeps colleagues' access.
        let group_kept = std::os::unix::fs::chown(new, Some(old.uid()), Some(old.gid())).is_ok()
            || std::os::unix::fs::chown(new, None, Some(old.gid())).is_ok()
            || fs::metadata(new).is_ok_and(|m| m.gid() == old.gid());
        if !group_kept {
            mode &= !0o070;
            if old.mode() & 0o070 != 0 {
                written
                    .notes
                    .push(Note(Phrase::new("error-group-not-kept")));
            }
        }
        if fs::set_permissions(new, fs::Permissions::from_mode(mode)).is_err() {
            written
                .notes
                .push(Note(Phrase::new("error-permissions-not-kept")));
        }
    }
    #[cfg(not(unix))]
    let _ = (new, old, written);
}

/// Writes `bytes` over the file itself, keeping its identity, owner and other names. Only
/// used once the new content is safely on disk beside it; a write that fails puts `old`
/// back where it can.
fn write_in_place(target: &Path, bytes: &[u8], old: Option<&[u8]>) -> io::Result<()> {
    let overwrite = |bytes: &[u8]| -> io::Result<()> {
        let mut file = fs::OpenOptions::new().write(true).open(target)?;
        file.write_all(bytes)?;
        file.set_len(bytes.len() as u64)?;
        file.sync_all()
    };
    overwrite(bytes).inspect_err(|_| {
        if let Some(old) = old {
            let _ = overwrite(old);
        }
    })
}

/// Makes a rename durable where the platform allows; best effort by design.
pub fn sync_dir(dir: &Path) {
    #[cfg(unix)]
    if let Ok(dir) = File::open(dir) {
        let _ = dir.sync_all();
    }
    #[cfg(not(unix))]
    let _ = dir;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(dir)
            .unwrap()
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    fn plain() -> WriteOptions<'static> {
        WriteOptions {
            backup: None,
            may_replace: None,
            old_limit: 1 << 20,
        }
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn a_process_number_taken_again_is_not_the_writer() {
        let me = std::process::id().to_string();
        let started = process_started(&me).expect("this process's start");
        let now = std::time::SystemTime::now();
        assert!(started <= now);
        let long = std::time::Duration::from_secs(5);
        // A file written after this process started may be its own.
        assert!(process_running(&me, long, Some(now)));
        // One last written before it started was some earlier process's.
        let before = started - std::time::Duration::from_secs(3);
        assert!(!process_running(&me, long, Some(before)));
        assert!(!process_running("not a number", long, Some(now)));
    }

    #[test]
    fn names_fit_the_limit_and_stay_apart() {
        let long = "é".repeat(127); // 254 bytes
        let other = format!("{}x", "é".repeat(126));
        for suffix in [".bak", "#", ".host-123-4.tmp"] {
            let a = sibling_name(OsStr::new(&long), ".~lock.", suffix);
            let b = sibling_name(OsStr::new(&other), ".~lock.", suffix);
            assert!(a.len() <= 255, "{a:?}");
            assert_ne!(a, b);
            assert!(a.to_str().unwrap().ends_with(suffix));
        }
        assert_eq!(
            sibling_name(OsStr::new("plan.ron"), "", ".bak"),
            OsStr::new("plan.ron.bak")
        );
    }

    #[test]
    fn a_long_name_is_written_without_a_name_too_long() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(format!("{}.ron", "p".repeat(251)));
        let backup = dir
            .path()
            .join(sibling_name(path.file_name().unwrap(), "", ".bak"));
        let options = WriteOptions {
            backup: Some((&backup, &|_| true)),
            ..plain()
        };
        write(&path, b"one", &options, |f| f).unwrap();
        write(&path, b"two", &options, |f| f).unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"two");
        assert_eq!(fs::read(&backup).unwrap(), b"one");
        assert_eq!(names(dir.path()).len(), 2, "{:?}", names(dir.path()));
    }

    #[cfg(unix)]
    #[test]
    fn pipes_and_devices_are_refused_at_once() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("plan.ron");
        assert!(
            std::process::Command::new("mkfifo")
                .arg(&fifo)
                .status()
                .unwrap()
                .success()
        );
        let started = std::time::Instant::now();
        assert!(matches!(
            read_limited(&fifo, 100),
            Err(DiskError::NotAFile(NotAFile::Special))
        ));
        assert!(matches!(
            read_limited(Path::new("/dev/zero"), 100),
            Err(DiskError::NotAFile(NotAFile::Special))
        ));
        assert!(matches!(
            read_limited(dir.path(), 100),
            Err(DiskError::NotAFile(NotAFile::Folder))
        ));
        assert!(matches!(
            write(&fifo, b"x", &plain(), |f| f),
            Err(DiskError::NotAFile(NotAFile::Special))
        ));
        assert!(started.elapsed() < std::time::Duration::from_secs(1));
        assert_eq!(names(dir.path()), ["plan.ron"], "the pipe is left alone");
    }

    #[cfg(unix)]
    #[test]
    fn a_pipe_with_a_temporary_name_is_never_opened() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.ron");
        // A dead writer's name (pid 0 runs nothing we could be), as a pipe.
        let trap = dir
            .path()
            .join(format!(".plan.ron.{}-0-7.tmp", host_for_names()));
        std::process::Command::new("mkfifo")
            .arg(&trap)
            .status()
            .unwrap();
        let started = std::time::Instant::now();
        write(&path, b"plan", &plain(), |f| f).unwrap();
        assert!(started.elapsed() < std::time::Duration::from_secs(1));
        assert_eq!(fs::read(&path).unwrap(), b"plan");
        assert!(trap.exists(), "not ours: left alone");
    }

    #[test]
    fn a_dead_writers_temporary_file_is_cleared_a_live_ones_is_not() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.ron");
        let host = host_for_names();
        // No process has the largest pid.
        let dead = dir
            .path()
            .join(format!(".plan.ron.{host}-4294967295-1.tmp"));
        fs::write(&dead, "half").unwrap();
        // This very process, unlocked: as a writer in the instant before it locks.
        let live = dir.path().join(format!(
            ".plan.ron.{host}-{}-999999.tmp",
            std::process::id()
        ));
        fs::write(&live, "half").unwrap();
        // A dead writer's whose process number was taken again by a live program.
        let reused = dir.path().join(format!(".plan.ron.{host}-1-3.tmp"));
        File::create(&reused)
            .unwrap()
            .set_modified(std::time::SystemTime::now() - std::time::Duration::from_hours(2))
            .unwrap();
        write(&path, b"plan", &plain(), |f| f).unwrap();
        assert!(!dead.exists());
        assert!(!reused.exists());
        assert!(live.exists());
    }

    #[cfg(unix)]
    #[test]
    fn a_link_stays_a_link_and_its_file_gets_the_content() {
        let dir = tempfile::tempdir().unwrap();
        let synced = dir.path().join("Nextcloud");
        fs::create_dir(&synced).unwrap();
        let real = synced.join("plan.ron");
        fs::write(&real, "old").unwrap();
        let link = dir.path().join("plan.ron");
        std::os::unix::fs::symlink(&real, &link).unwrap();
        let backup = dir.path().join("plan.ron.bak");
        write(
            &link,
            b"new",
            &WriteOptions {
                backup: Some((&backup, &|_| true)),
                ..plain()
            },
            |f| f,
        )
        .unwrap();
        assert!(
            fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(fs::read(&real).unwrap(), b"new");
        assert_eq!(names(&synced), ["plan.ron"], "written beside the real file");
    }

    #[cfg(unix)]
    #[test]
    fn every_name_of_a_hard_linked_file_gets_the_content() {
        use std::os::unix::fs::MetadataExt as _;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.ron");
        fs::write(&path, "old").unwrap();
        let other = dir.path().join("plan-for-anna.ron");
        fs::hard_link(&path, &other).unwrap();
        let backup = dir.path().join("plan.ron.bak");
        write(
            &path,
            b"new",
            &WriteOptions {
                backup: Some((&backup, &|_| true)),
                ..plain()
            },
            |f| f,
        )
        .unwrap();
        assert_eq!(fs::read(&other).unwrap(), b"new");
        assert_eq!(fs::read(&backup).unwrap(), b"old");
        assert_eq!(
            fs::metadata(&path).unwrap().ino(),
            fs::metadata(&other).unwrap().ino()
        );
        assert_eq!(
            names(dir.path()),
            ["plan-for-anna.ron", "plan.ron", "plan.ron.bak"]
        );
    }

    #[cfg(unix)]
    #[test]
    fn a_shared_files_mode_and_group_are_kept_a_new_file_is_private() {
        use std::os::unix::fs::{MetadataExt as _, PermissionsExt as _};
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.ron");
        fs::write(&path, "old").unwrap();
        fs::set_permissions(&path, fs::Permissions::from_mode(0o664)).unwrap();
        // A group other than ours where we may set one (as root in CI), else our own.
        let group = if std::os::unix::fs::chown(&path, None, Some(100)).is_ok() {
            100
        } else {
            fs::metadata(&path).unwrap().gid()
        };
        let written = write(&path, b"new", &plain(), |f| f).unwrap();
        let meta = fs::metadata(&path).unwrap();
        assert_eq!(meta.mode() & 0o777, 0o664);
        assert_eq!(meta.gid(), group);
        assert!(written.notes.is_empty(), "{:?}", written.notes);

        let new = dir.path().join("new.ron");
        write(&new, b"x", &plain(), |f| f).unwrap();
        assert_eq!(fs::metadata(&new).unwrap().mode() & 0o777, 0o600);
    }

    #[test]
    fn computers_with_names_in_other_letters_stay_apart() {
        assert_eq!(name_for_host("OFFICE-PC"), "OFFICE-PC");
        let a = name_for_host("Büro");
        let b = name_for_host("Bäro");
        let c = name_for_host("事務所");
        assert_ne!(a, b);
        assert!(!c.is_empty() && c != name_for_host("受付"));
        assert!(a.chars().all(|ch| ch.is_ascii_alphanumeric() || ch == '-'));
    }

    #[test]
    fn forty_links_in_a_row_are_followed_as_the_kernel_does() {
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("plan.ron");
        fs::write(&real, "old").unwrap();
        let mut next = real.clone();
        for i in 0..40 {
            let link = dir.path().join(format!("link{i}"));
            #[cfg(unix)]
            std::os::unix::fs::symlink(&next, &link).unwrap();
            next = link;
        }
        #[cfg(unix)]
        {
            write(&next, b"new", &plain(), |f| f).unwrap();
            assert_eq!(fs::read(&real).unwrap(), b"new");
        }
    }

    #[cfg(unix)]
    #[test]
    fn the_programs_own_output_is_never_replaced() {
        // /dev/stdout leads through /proc to whatever the output is (a log appended to).
        assert!(matches!(
            resolve_links(Path::new("/dev/stdout")),
            Err(DiskError::NotAFile(NotAFile::Stream))
        ));
    }

    #[cfg(unix)]
    #[test]
    fn a_backup_that_is_already_the_plan_under_a_second_name_leaves_no_litter() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.ron");
        let backup = dir.path().join("plan.ron.bak");
        fs::write(&path, "old").unwrap();
        fs::hard_link(&path, &backup).unwrap();
        write(
            &path,
            b"new",
            &WriteOptions {
                backup: Some((&backup, &|_| true)),
                ..plain()
            },
            |f| f,
        )
        .unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"new");
        assert_eq!(fs::read(&backup).unwrap(), b"old");
        assert_eq!(names(dir.path()), ["plan.ron", "plan.ron.bak"]);
    }

    #[cfg(unix)]
    #[test]
    fn a_persons_plan_saved_by_an_administrator_stays_theirs() {
        use std::os::unix::fs::MetadataExt as _;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.ron");
        fs::write(&path, "old").unwrap();
        let mode = fs::metadata(&path).unwrap().mode() & 0o777;
        if std::os::unix::fs::chown(&path, Some(54_001), Some(54_000)).is_err() {
            println!("skipped: giving a file to another user needs root");
            return;
        }
        write(&path, b"new", &plain(), |f| f).unwrap();
        let meta = fs::metadata(&path).unwrap();
        assert_eq!((meta.uid(), meta.gid()), (54_001, 54_000));
        assert_eq!(meta.mode() & 0o777, mode);
    }

    #[test]
    fn the_same_file_is_known_by_any_path() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.ron");
        fs::write(&path, "x").unwrap();
        let other_spelling = dir.path().join(".").join("plan.ron");
        assert!(same_file(&path, &other_spelling));
        assert!(!same_file(&path, &dir.path().join("out.pdf")));
        assert!(same_file(
            &dir.path().join("new.pdf"),
            &dir.path()
                .join("..")
                .join(dir.path().file_name().unwrap())
                .join("new.pdf")
        ));
        #[cfg(unix)]
        {
            let link = dir.path().join("link.ron");
            std::os::unix::fs::symlink(&path, &link).unwrap();
            assert!(same_file(&path, &link));
        }
    }
}
