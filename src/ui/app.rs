//! The app: which screen is showing, the open plan, and the commands that change them.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use egui::{Key, KeyboardShortcut, Modifiers, RichText, Ui};

use crate::advice::Advice;
use crate::advice::review::Review;
use crate::documents::{self, invitation};
use crate::files::disk::{self, DiskState};
use crate::files::plan_lock::{self, Holder, PlanLock};
use crate::files::storage::{self, RecentPlan, Settings, StorageError};
use crate::model::options::Paper;
use crate::model::plan::Plan;
use crate::model::steps::StepId;
use crate::platform::clock::Clock;
use crate::platform::desktop::{Desktop, Printed, SystemDesktop};
use crate::ui::{start, theme, wizard};

/// What a save dialog asks for.
pub struct SaveRequest<'a> {
    /// The dialog's title, e.g. "Save the backup plan".
    pub title: &'a str,
    /// The name the dialog suggests.
    pub file_name: String,
    /// The kind of file, e.g. "PDF document".
    pub kind: &'a str,
    /// The file name ending, without the dot.
    pub extension: &'a str,
}

/// Asks the person for a file: the native dialogs, or a stand-in in tests.
pub trait FileDialogs {
    /// A plan file to open, or `None` when the person cancels.
    fn open_plan(&mut self) -> Option<PathBuf>;
    /// Where to save a file, or `None` when the person cancels.
    fn save_file(&mut self, request: &SaveRequest<'_>) -> Option<PathBuf>;
}

/// The operating system's file dialogs.
pub struct NativeDialogs;

impl FileDialogs for NativeDialogs {
    fn open_plan(&mut self) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .set_title("Open a backup plan")
            .add_filter("Backup plan", &[storage::PLAN_EXTENSION])
            .pick_file()
    }

    fn save_file(&mut self, request: &SaveRequest<'_>) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .set_title(request.title)
            .add_filter(request.kind, &[request.extension])
            .set_file_name(&request.file_name)
            .save_file()
            .map(|path| with_extension(&path, request.extension))
    }
}

/// Adds the ending when the person typed a name without one.
fn with_extension(path: &Path, extension: &str) -> PathBuf {
    if path.extension().is_some() {
        path.to_owned()
    } else {
        path.with_extension(extension)
    }
}

/// What the app needs from the outside world; tests give their own.
pub struct AppConfig {
    /// Where settings and the recent-plans list live; `None` keeps them in memory only.
    pub config_dir: Option<PathBuf>,
    /// Where documents made for printing are written.
    pub print_dir: PathBuf,
    pub clock: Clock,
    pub dialogs: Box<dyn FileDialogs>,
    pub desktop: Box<dyn Desktop>,
    /// Where unsaved work is kept aside against a crash; `None` keeps no recovery copy.
    pub recovery_dir: Option<PathBuf>,
    /// For benchmarks: a file that gets a line (milliseconds since start) per frame drawn.
    pub frame_log: Option<PathBuf>,
    /// How often the open plan's file is looked at for changes made by someone else.
    pub watch_every: std::time::Duration,
}

impl AppConfig {
    /// The real thing: the OS config folder, the machine's clock, native dialogs.
    pub fn native() -> Self {
        Self {
            config_dir: storage::default_config_dir(),
            print_dir: storage::default_print_dir(),
            clock: Clock::System,
            dialogs: Box::new(NativeDialogs),
            desktop: Box::new(SystemDesktop),
            recovery_dir: storage::default_recovery_dir(),
            frame_log: std::env::var_os("BACKUP_PLANNER_FRAME_LOG").map(PathBuf::from),
            watch_every: std::time::Duration::from_secs(2),
        }
    }
}

/// The page of the wizard that shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Page {
    /// Organisation, title and review date.
    Details,
    Step(StepId),
    /// The end of a review: the changes and the sign-off.
    ReviewSummary,
}

/// A plan being worked on.
pub struct OpenPlan {
    pub plan: Plan,
    /// The file it came from or was last saved to; `None` until first saved.
    pub path: Option<PathBuf>,
    /// The plan as last saved, opened or created, to tell whether there are unsaved
    /// changes: an untouched new plan can be put away without a question.
    saved: Plan,
    pub page: Page,
    /// Earlier states of the plan, for Undo and Redo.
    undoer: egui::util::undoer::Undoer<Plan>,
    /// The yearly review under way, if any.
    pub review: Option<Review>,
    /// The adviser's last word, the change and the day it was about.
    advice: Option<(u64, chrono::NaiveDate, std::rc::Rc<Advice>)>,
    /// The plan as last seen, to notice a change once a frame.
    seen: Plan,
    /// Counts the changes noticed; a change of plan shows as a new number.
    change: u64,
    /// When the last change was noticed (egui's clock, seconds).
    changed_at: f64,
    /// When the first change not yet in the recovery copy was noticed.
    unrecorded_since: Option<f64>,
    /// The change the recovery copy holds, if there is a copy.
    recorded: Option<u64>,
    /// What the file held when this window last read or wrote it: a save replaces only that.
    disk: Option<DiskState>,
    /// This window's lock beside the file, saying to others that it is open here.
    lock: Option<PlanLock>,
    /// Why there is no lock, said in the menu bar.
    lock_problem: Option<String>,
    /// Opened to read while someone else has it open: a save goes to another file.
    pub read_only: Option<Holder>,
    /// Looks out for changes to the file by someone else.
    watch: Option<crate::files::watch::Watch>,
}

impl OpenPlan {
    fn new(plan: Plan, path: Option<PathBuf>) -> Self {
        let plan_seen = plan.clone();
        Self {
            saved: plan.clone(),
            plan,
            path,
            page: Page::Details,
            undoer: egui::util::undoer::Undoer::default(),
            review: None,
            advice: None,
            seen: plan_seen,
            change: 0,
            changed_at: 0.0,
            unrecorded_since: None,
            recorded: None,
            disk: None,
            lock: None,
            lock_problem: None,
            read_only: None,
            watch: None,
        }
    }

    /// Whether the plan is open to read only, because someone else has it open.
    pub fn is_read_only(&self) -> bool {
        self.read_only.is_some()
    }

    /// Goes back to the state before the last change, if there is one.
    pub fn undo(&mut self) {
        if let Some(previous) = self.undoer.undo(&self.plan) {
            self.plan = previous.clone();
        }
    }

    /// Takes back the last undo, if there is one.
    pub fn redo(&mut self) {
        if let Some(next) = self.undoer.redo(&self.plan) {
            self.plan = next.clone();
        }
    }

    /// Counts the changes to the plan noticed so far: a new number means a changed plan.
    pub fn change(&self) -> u64 {
        self.change
    }

    /// Whether the plan has changes not yet saved.
    pub fn is_dirty(&self) -> bool {
        self.saved != self.plan
    }

    /// Notices whether the plan changed since the last frame; `now` is egui's clock.
    fn observe(&mut self, now: f64) {
        if self.seen != self.plan {
            self.seen.clone_from(&self.plan);
            self.change += 1;
            self.changed_at = now;
            self.unrecorded_since.get_or_insert(now);
        }
    }

    /// The findings and storage estimate for the plan as it stands today.
    /// The plan's changes are noticed at the start of each frame (see [`App::show`]).
    pub fn advice(&mut self, today: chrono::NaiveDate) -> std::rc::Rc<Advice> {
        if let Some((change, day, advice)) = &self.advice
            && *day == today
            && *change == self.change
        {
            return advice.clone();
        }
        let advice = std::rc::Rc::new(Advice::new(&self.plan, today));
        self.advice = Some((self.change, today, advice.clone()));
        advice
    }

    /// When the unsaved work should next be written aside: `Some(0.0)` for now, `None`
    /// when there is nothing to write.
    fn recovery_due_in(&self, now: f64) -> Option<f64> {
        let since = self.unrecorded_since?;
        if !self.is_dirty() || self.recorded == Some(self.change) {
            return None;
        }
        let due = (self.changed_at + RECOVERY_PAUSE).min(since + RECOVERY_LONGEST);
        Some((due - now).max(0.0))
    }
}

/// Seconds after the last edit that unsaved work is written aside.
const RECOVERY_PAUSE: f64 = 3.0;
/// During a long stretch of typing, unsaved work is written aside at least this often.
const RECOVERY_LONGEST: f64 = 30.0;

/// Something the person asked for, carried out once at the end of the frame.
#[must_use]
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    NewPlan,
    OpenDialog,
    OpenPath(PathBuf),
    /// Open a plan that someone else has open: `read_only`, or anyway.
    OpenInUse {
        path: PathBuf,
        read_only: bool,
    },
    OpenExample,
    Save,
    SaveAs,
    /// Save over a file that someone else changed, as the person chose.
    SaveReplacingTheirs,
    /// Read the plan's file again, putting this window's unsaved changes away.
    Reload,
    /// Show what differs between the plan's file and this window's plan.
    CompareWithDisk,
    ClosePlan,
    Quit,
    Undo,
    Redo,
    /// Takes a plan off the recent list (the file itself is left alone).
    ForgetRecent(PathBuf),
    PrintProcedure,
    ExportProcedure,
    SetPaper(Paper),
    /// The invitation PDF of the training session with this index.
    SaveInvitation(usize),
    SaveCalendar(usize),
    CopyEmail(usize),
    OpenMail(usize),
    StartReview,
    EndReview,
    /// Sign off the review as the plan's next revision.
    SignOff,
    /// Compare the open plan with another plan file, such as last year's copy.
    CompareWithFile,
}

impl Command {
    /// Whether the command puts the open plan away, so unsaved changes need a decision.
    fn leaves_plan(&self) -> bool {
        matches!(
            self,
            Self::NewPlan
                | Self::OpenDialog
                | Self::OpenPath(_)
                | Self::OpenInUse { .. }
                | Self::OpenExample
                | Self::ClosePlan
                | Self::Quit
        )
    }
}

/// A question or message over the app.
enum Dialog {
    /// Unsaved changes, and `then` waits for Save, Discard or Cancel.
    Unsaved { then: Command },
    /// Something failed; the person reads why.
    Error { title: String, message: String },
    /// Saving failed: the plan stays open and unsaved, and Save as... is offered.
    SaveFailed { message: String },
    /// Unsaved work from an app that did not close properly, to restore or discard.
    Recover(Box<crate::files::recovery::Orphan>),
    /// Something worked and the person should know how.
    Notice { title: String, message: String },
    /// Someone else has the plan open: open it anyway, to read only, or not.
    InUse { path: PathBuf, holder: Holder },
    /// The file changed since this window read or saved it; the save was held back.
    Conflict { path: PathBuf },
    /// The file changed while open here; `dirty` when this window has unsaved changes.
    ChangedOnDisk { dirty: bool },
    /// What changed between another plan file and the open plan.
    Comparison {
        title: String,
        changes: Vec<crate::advice::changes::Change>,
    },
}

/// The Backup Planner app.
pub struct App {
    config: AppConfig,
    settings: Settings,
    /// Which recent plans still exist, checked when the start screen is entered.
    recent_present: Vec<bool>,
    pub(crate) open: Option<OpenPlan>,
    dialog: Option<Dialog>,
    commands: Vec<Command>,
    /// Set once the person has settled unsaved changes, so the window may close.
    may_close: bool,
    window_title: String,
    /// This app's place in the recovery folder, if it could have one.
    recovery: Option<crate::files::recovery::Session>,
    /// Recovery copies left by earlier runs, still to be offered.
    orphans: Vec<crate::files::recovery::Orphan>,
    /// Why unsaved work cannot be kept aside, said in the menu bar until it can.
    recovery_problem: Option<String>,
    /// See [`AppConfig::frame_log`].
    frame_log: Option<(std::fs::File, std::time::Instant)>,
    /// Documents being made on threads of their own, oldest first.
    making: Vec<Making>,
    /// The thread of the newest document; the next one waits for it, so documents are
    /// made one at a time.
    worker: Option<std::thread::JoinHandle<()>>,
    /// To wake the window when the open plan's file changes.
    ctx: egui::Context,
}

/// What becomes of a document once it is made.
enum Then {
    /// Written where the person said; `what` names it in the messages.
    Save { path: PathBuf, what: &'static str },
    /// Written to the print folder and sent to the printer.
    Print { path: PathBuf },
}

/// A document being made on a thread of its own, so the window keeps answering: the
/// procedure of a 2,000-system plan takes seconds.
struct Making {
    /// "the procedure", for "Preparing the procedure...".
    what: &'static str,
    then: Then,
    receiver: std::sync::mpsc::Receiver<Result<Vec<u8>, String>>,
    /// The document once it arrived, kept until no message is open to be covered.
    made: Option<Result<Vec<u8>, String>>,
}

impl App {
    /// Creates the app; `open_path` is a plan file named on the command line.
    pub fn new(ctx: &egui::Context, config: AppConfig, open_path: Option<PathBuf>) -> Self {
        theme::apply(ctx);
        let mut app = Self {
            config,
            settings: Settings::default(),
            recent_present: Vec::new(),
            open: None,
            dialog: None,
            commands: Vec::new(),
            may_close: false,
            window_title: String::new(),
            recovery: None,
            orphans: Vec::new(),
            recovery_problem: None,
            frame_log: None,
            making: Vec::new(),
            worker: None,
            ctx: ctx.clone(),
        };
        app.frame_log = app
            .config
            .frame_log
            .as_ref()
            .and_then(|path| std::fs::File::create(path).ok())
            .map(|file| (file, std::time::Instant::now()));
        app.start_recovery();
        if let Some(dir) = &app.config.config_dir {
            match Settings::load(dir) {
                Ok(settings) => app.settings = settings,
                Err(err) => app.show_error("Could not read the settings", &err),
            }
        }
        app.refresh_recent();
        if let Some(path) = open_path {
            app.open_path(&path, None);
        }
        app
    }

    /// Finds unsaved work left by earlier runs, then starts this run's recovery session.
    fn start_recovery(&mut self) {
        let Some(dir) = self.config.recovery_dir.clone() else {
            return;
        };
        let (orphans, unreadable) = crate::files::recovery::orphans(&dir);
        self.orphans = orphans;
        if let Some(first) = unreadable.first() {
            self.fail(
                "A recovery copy could not be read",
                format!(
                    "{} It was set aside as {} and will not be offered again.",
                    first.error,
                    first.file.display()
                ),
            );
        }
        match crate::files::recovery::Session::start(&dir) {
            Ok(session) => self.recovery = Some(session),
            Err(err) => {
                self.recovery_problem = Some(format!(
                    "Unsaved work cannot be kept aside against a crash ({err}); save often."
                ));
            }
        }
    }

    /// Writes unsaved work aside a few seconds after the last edit; clears the copy once
    /// there is nothing unsaved.
    fn keep_recovery_copy(&mut self, ctx: &egui::Context) {
        let Some(session) = &self.recovery else {
            return;
        };
        if let Some(problem) = session.problem() {
            self.recovery_problem = Some(format!(
                "Unsaved work could not be kept aside against a crash: {problem}. Save often."
            ));
        }
        let Some(open) = &mut self.open else {
            return;
        };
        let now = ctx.input(|i| i.time);
        open.observe(now);
        if !open.is_dirty() {
            if open.recorded.take().is_some() {
                session.clear();
            }
            open.unrecorded_since = None;
            return;
        }
        match open.recovery_due_in(now) {
            Some(wait) if wait <= 0.0 => {
                session.write(crate::files::recovery::RecoveryCopy {
                    plan_path: open.path.clone(),
                    disk: open.disk,
                    written: self.config.clock.now(),
                    plan: open.plan.clone(),
                });
                open.recorded = Some(open.change);
                open.unrecorded_since = None;
            }
            Some(wait) => ctx.request_repaint_after(std::time::Duration::from_secs_f64(wait)),
            None => {}
        }
    }

    /// Puts `open` in place of the open plan; the old plan's recovery copy goes.
    fn replace_open(&mut self, open: Option<OpenPlan>) {
        if let (Some(session), Some(old)) = (&self.recovery, &self.open)
            && old.recorded.is_some()
        {
            session.clear();
        }
        self.open = open;
    }

    /// Ends the recovery session as the app quits: the copy goes unless work is unsaved.
    pub fn end_recovery(&mut self) {
        let unsaved = self.open.as_ref().is_some_and(OpenPlan::is_dirty);
        if let Some(session) = self.recovery.take()
            && !unsaved
        {
            session.end();
        }
    }

    /// Restores unsaved work from a recovery copy: the plan opens with its file, unsaved,
    /// and a save replaces the file only if nobody changed it since the copy was made.
    fn restore(&mut self, orphan: &crate::files::recovery::Orphan) {
        let copy = orphan.copy.clone();
        let had_path = copy.plan_path.is_some();
        // Copies of older versions kept the path as typed: relative to a folder unknown now.
        let path = copy.plan_path.filter(|p| p.is_absolute());
        let on_disk = path
            .as_deref()
            .and_then(|p| storage::load_plan_with_state(p).ok());
        let mut open = OpenPlan::new(copy.plan, path.clone());
        if let Some((plan, state)) = on_disk {
            open.saved = plan;
            // An older copy does not say what the file held: what is there now counts.
            open.disk = copy.disk.or(Some(state));
        } else {
            open.saved = Plan::default();
            open.disk = copy.disk;
        }
        // Kept aside again at once: the old copy goes now.
        open.unrecorded_since = Some(f64::NEG_INFINITY);
        self.replace_open(None);
        if let Some(path) = &path {
            if let Some(holder) = plan_lock::held_by_other(path) {
                open.read_only = Some(holder);
            }
            if let Err(holder) = Self::attach_file(&self.config, &self.ctx, &mut open, path, false)
            {
                open.read_only = Some(holder);
                let _ = Self::attach_file(&self.config, &self.ctx, &mut open, path, false);
            }
        }
        self.replace_open(Some(open));
        orphan.remove();
        if had_path && path.is_none() {
            self.notice(
                "Restored without its file",
                "The work is back, but this copy does not say which folder its plan file \
                 was in. Use Save as... to choose where it goes.",
            );
        }
    }

    /// Ties `open` to its file at `path`: this window's lock (unless it opened the plan to
    /// read only) and a watch for changes by someone else.
    /// `replace` when the person chose to open it although someone else has it open.
    /// Returns who holds the lock when someone else took it since it was last looked at.
    fn attach_file(
        config: &AppConfig,
        ctx: &egui::Context,
        open: &mut OpenPlan,
        path: &Path,
        replace: bool,
    ) -> Result<(), Holder> {
        open.lock = None;
        open.lock_problem = None;
        if open.read_only.is_none() {
            match PlanLock::take(path, config.clock.now(), replace) {
                Ok(lock) => open.lock = Some(lock),
                Err(plan_lock::Taken::Held(holder)) => return Err(holder),
                // A folder this person may not write to keeps no lock; the plan still
                // opens, and the menu bar says what that means.
                Err(plan_lock::Taken::Io(err)) => {
                    open.lock_problem = Some(format!(
                        "Others who open this plan will not be told that it is open here:                          {err}. A save still asks before replacing their changes."
                    ));
                }
            }
        }
        let ctx = ctx.clone();
        open.watch = Some(crate::files::watch::Watch::start(
            path.to_owned(),
            open.disk,
            config.watch_every,
            move || ctx.request_repaint(),
        ));
        Ok(())
    }

    /// The open plan, if any.
    pub fn open_plan(&self) -> Option<&OpenPlan> {
        self.open.as_ref()
    }

    /// The open plan, to change from outside the UI (benchmarks, tests).
    pub fn open_plan_mut(&mut self) -> Option<&mut OpenPlan> {
        self.open.as_mut()
    }

    /// The recent plans the start screen lists.
    pub fn recent(&self) -> &[RecentPlan] {
        &self.settings.recent
    }

    /// The window title: the plan, and a marker while changes are unsaved.
    pub fn window_title(&self) -> String {
        match &self.open {
            None => "Backup Planner".to_owned(),
            Some(open) => {
                // The name, and the folder it is in: two plans of one name are told apart.
                let file = open.path.as_ref().map_or_else(
                    || "not saved yet".to_owned(),
                    |path| match (path.file_name(), path.parent()) {
                        (Some(name), Some(folder)) => {
                            format!("{} in {}", name.to_string_lossy(), folder.display())
                        }
                        _ => path.display().to_string(),
                    },
                );
                let marker = if open.is_dirty() { "● " } else { "" };
                let read_only = if open.is_read_only() {
                    ", read-only"
                } else {
                    ""
                };
                format!(
                    "{marker}{} ({file}{read_only}) - Backup Planner",
                    open.plan.display_title()
                )
            }
        }
    }

    /// Asks for a command to run at the end of this frame.
    pub fn push(&mut self, command: Command) {
        self.commands.push(command);
    }

    fn today(&self) -> chrono::NaiveDate {
        self.config.clock.today()
    }

    fn show_error(&mut self, title: &str, err: &StorageError) {
        self.dialog = Some(Dialog::Error {
            title: title.to_owned(),
            message: err.to_string(),
        });
    }

    fn refresh_recent(&mut self) {
        self.recent_present = self
            .settings
            .recent
            .iter()
            .map(|r| r.path.is_file())
            .collect();
    }

    /// Puts the open plan first in the recent list; `saved_now` when it was just saved.
    fn remember(&mut self, saved_now: bool) {
        let Some(open) = &self.open else { return };
        let Some(path) = &open.path else { return };
        let path = std::path::absolute(path).unwrap_or_else(|_| path.clone());
        let last_saved = if saved_now {
            Some(self.config.clock.now())
        } else {
            modified_at(&path)
        };
        self.settings.remember(RecentPlan {
            path,
            title: open.plan.display_title().to_owned(),
            organisation: open.plan.identity.organisation.clone(),
            last_saved,
            next_review: open.plan.identity.next_review,
        });
        self.save_settings();
    }

    fn save_settings(&mut self) {
        if let Some(dir) = &self.config.config_dir
            && let Err(err) = self.settings.save(dir)
        {
            self.show_error("Could not update the list of recent plans", &err);
        }
    }

    fn run(&mut self, ctx: &egui::Context, command: Command) {
        let dirty = self.open.as_ref().is_some_and(OpenPlan::is_dirty);
        if dirty && command.leaves_plan() && !matches!(self.dialog, Some(Dialog::Unsaved { .. })) {
            self.dialog = Some(Dialog::Unsaved { then: command });
            return;
        }
        match command {
            Command::NewPlan => {
                let plan = Plan::new(self.today());
                self.replace_open(Some(OpenPlan::new(plan, None)));
            }
            Command::OpenDialog => {
                if let Some(path) = self.config.dialogs.open_plan() {
                    self.open_path(&path, None);
                }
            }
            Command::OpenPath(path) => self.open_path(&path, None),
            Command::OpenInUse { path, read_only } => self.open_path(&path, Some(read_only)),
            Command::OpenExample => {
                match storage::plan_from_str(crate::EXAMPLE_PLAN, Path::new("example plan")) {
                    Ok(plan) => self.replace_open(Some(OpenPlan::new(plan, None))),
                    Err(err) => self.show_error("Could not open the example plan", &err),
                }
            }
            Command::Save => {
                self.save(false);
            }
            Command::SaveAs => {
                self.save(true);
            }
            Command::SaveReplacingTheirs => {
                self.save_checked(false, false);
            }
            Command::Reload => self.reload(),
            Command::CompareWithDisk => self.compare_with_disk(),
            Command::ClosePlan => {
                self.replace_open(None);
                self.refresh_recent();
            }
            Command::Quit => {
                self.end_recovery();
                self.may_close = true;
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
            Command::ForgetRecent(path) => {
                self.settings.recent.retain(|r| r.path != path);
                self.save_settings();
                self.refresh_recent();
            }
            Command::PrintProcedure => self.print_procedure(ctx),
            Command::ExportProcedure => self.export_procedure(ctx),
            Command::SetPaper(paper) => {
                self.settings.paper = paper;
                self.save_settings();
            }
            Command::SaveInvitation(index) => self.save_invitation(ctx, index),
            Command::SaveCalendar(index) => self.save_calendar(index),
            Command::CopyEmail(index) => self.copy_email(ctx, index),
            Command::OpenMail(index) => self.open_mail(index),
            Command::StartReview => {
                if let Some(open) = &mut self.open {
                    open.review = Some(Review::start(&open.plan));
                    open.page = Page::Step(StepId::IdentifySystems);
                }
            }
            Command::EndReview => {
                if let Some(open) = &mut self.open {
                    open.review = None;
                    if open.page == Page::ReviewSummary {
                        open.page = Page::Details;
                    }
                }
            }
            Command::SignOff => self.sign_off(),
            Command::CompareWithFile => self.compare_with_file(),
            Command::Undo => {
                if let Some(open) = &mut self.open {
                    open.undo();
                }
            }
            Command::Redo => {
                if let Some(open) = &mut self.open {
                    open.redo();
                }
            }
        }
    }

    fn copy_email(&mut self, ctx: &egui::Context, index: usize) {
        if let Some((plan, session)) = self.session(index) {
            ctx.copy_text(invitation::email(plan, session).as_text());
            self.notice(
                "E-mail text copied",
                "Paste it into a new e-mail to the attendees.",
            );
        }
    }

    fn open_mail(&mut self, index: usize) {
        if let Some((plan, session)) = self.session(index) {
            let link = invitation::email(plan, session).mailto();
            if let Err(err) = self.config.desktop.open(&link) {
                self.fail(
                    "Could not open the mail program",
                    format!("{err}. Use Copy e-mail text and paste it into an e-mail instead."),
                );
            }
        }
    }

    fn notice(&mut self, title: &str, message: impl Into<String>) {
        self.dialog = Some(Dialog::Notice {
            title: title.to_owned(),
            message: message.into(),
        });
    }

    fn fail(&mut self, title: &str, message: impl Into<String>) {
        self.dialog = Some(Dialog::Error {
            title: title.to_owned(),
            message: message.into(),
        });
    }

    /// The open plan and its training session at `index`.
    fn session(&self, index: usize) -> Option<(&Plan, &crate::model::plan::TrainingSession)> {
        let plan = &self.open.as_ref()?.plan;
        Some((plan, plan.training.sessions.get(index)?))
    }

    /// Asks where to save a document; `None` when the person cancels.
    fn ask_document_path(
        &mut self,
        title: &str,
        name: &str,
        kind: &str,
        extension: &str,
    ) -> Option<PathBuf> {
        let plan_title = self
            .open
            .as_ref()
            .map_or("backup-plan", |o| o.plan.display_title());
        let request = SaveRequest {
            title,
            file_name: format!("{}-{name}.{extension}", file_stem_for(plan_title)),
            kind,
            extension,
        };
        self.config.dialogs.save_file(&request)
    }

    /// Makes a document and writes it where the person says.
    fn save_document(&mut self, path: &Path, made: Result<Vec<u8>, String>, what: &str) {
        let written = made.and_then(|bytes| {
            documents::write_document(path, &bytes).map_err(|err| err.to_string())
        });
        match written {
            Ok(()) => self.notice(
                &format!("{what} saved"),
                format!("Saved as {}", path.display()),
            ),
            Err(err) => self.fail(&format!("Could not save the {}", what.to_lowercase()), err),
        }
    }

    /// Starts making a document on a thread of its own; `then` says what becomes of it.
    ///
    /// The thread then lets go of the layouts typst remembers: for a large plan they are
    /// hundreds of MB, and without this every document made of an edited plan would add
    /// to the memory the app holds for as long as it runs.
    fn make_document(
        &mut self,
        ctx: &egui::Context,
        what: &'static str,
        then: Then,
        make: impl FnOnce() -> Result<Vec<u8>, documents::DocumentError> + Send + 'static,
    ) {
        let (sender, receiver) = std::sync::mpsc::channel();
        let previous = self.worker.take();
        let ctx = ctx.clone();
        let spawned = std::thread::Builder::new()
            .name("document".to_owned())
            .spawn(move || {
                if let Some(previous) = previous {
                    let _ = previous.join();
                }
                let _ = sender.send(make().map_err(|err| err.to_string()));
                ctx.request_repaint();
                documents::forget_layouts();
            });
        match spawned {
            Ok(handle) => {
                self.worker = Some(handle);
                self.making.push(Making {
                    what,
                    then,
                    receiver,
                    made: None,
                });
            }
            Err(err) => self.fail(
                &format!("Could not make {what}"),
                format!("The program could not start working on it: {err}"),
            ),
        }
    }

    /// Whether a document is still being laid out.
    pub fn is_making_document(&self) -> bool {
        self.making.iter().any(|m| m.made.is_none())
    }

    /// Finishes the documents that are made, in the order they were asked for, once no
    /// message is open: what becomes of a document is said in a message of its own, and
    /// must not push aside a question the person has not answered yet. Returns whether
    /// one was finished.
    fn finish_documents(&mut self) -> bool {
        for making in self.making.iter_mut().filter(|m| m.made.is_none()) {
            making.made = match making.receiver.try_recv() {
                Ok(made) => Some(made),
                Err(std::sync::mpsc::TryRecvError::Empty) => None,
                Err(std::sync::mpsc::TryRecvError::Disconnected) => Some(Err(
                    "Something went wrong while laying it out. Your plan is unchanged; please try again.".to_owned(),
                )),
            };
        }
        let mut finished = false;
        while self.dialog.is_none() {
            let Some(made) = self.making.first_mut().and_then(|m| m.made.take()) else {
                break;
            };
            let making = self.making.remove(0);
            match making.then {
                Then::Save { path, what } => self.save_document(&path, made, what),
                Then::Print { path } => self.print_document(&path, made),
            }
            finished = true;
        }
        finished
    }

    /// A calm note while documents are being made; the window stays usable.
    fn making_ui(&self, ctx: &egui::Context) {
        let Some(first) = self.making.iter().find(|m| m.made.is_none()) else {
            return;
        };
        egui::Area::new(egui::Id::unique("making document"))
            .anchor(egui::Align2::RIGHT_BOTTOM, egui::vec2(-16.0, -48.0))
            .interactable(false)
            .show(ctx, |ui| {
                egui::Frame::popup(ui.style()).show(ui, |ui| {
                    ui.label(format!("Preparing {}\u{2026}", first.what));
                });
            });
    }

    fn export_procedure(&mut self, ctx: &egui::Context) {
        let Some(path) = self.ask_document_path(
            "Export the backup procedure",
            "procedure",
            "PDF document",
            "pdf",
        ) else {
            return;
        };
        let Some(open) = &self.open else { return };
        let (plan, paper, today) = (open.plan.clone(), self.settings.paper, self.today());
        self.make_document(
            ctx,
            "the procedure",
            Then::Save {
                path,
                what: "Procedure document",
            },
            move || documents::procedure_pdf(&plan, paper, today),
        );
    }

    fn print_procedure(&mut self, ctx: &egui::Context) {
        let Some(open) = &self.open else { return };
        let path = self.config.print_dir.join(format!(
            "{}-procedure.pdf",
            file_stem_for(open.plan.display_title())
        ));
        let (plan, paper, today) = (open.plan.clone(), self.settings.paper, self.today());
        self.make_document(ctx, "the procedure", Then::Print { path }, move || {
            documents::procedure_pdf(&plan, paper, today)
        });
    }

    /// Writes a made procedure to the print folder and sends it to the printer.
    fn print_document(&mut self, path: &Path, made: Result<Vec<u8>, String>) {
        let written = made.and_then(|bytes| {
            std::fs::create_dir_all(&self.config.print_dir)
                .map_err(|err| format!("{err}: {}", self.config.print_dir.display()))?;
            documents::write_document(path, &bytes).map_err(|err| err.to_string())
        });
        if let Err(err) = written {
            self.fail("Could not make the document to print", err);
            return;
        }
        match self.config.desktop.print(path) {
            Ok(Printed::Sent) => self.notice(
                "Sent to the printer",
                format!("The procedure went to your default printer. A copy is at {}", path.display()),
            ),
            Ok(Printed::OpenedInViewer) => self.notice(
                "Opened for printing",
                format!(
                    "No printer answered directly, so the procedure opened in your PDF viewer: print it from there. The file is at {}",
                    path.display()
                ),
            ),
            Err(err) => self.fail("Could not print", err),
        }
    }

    fn save_invitation(&mut self, ctx: &egui::Context, index: usize) {
        let Some(path) = self.ask_document_path(
            "Save the training invitation",
            "invitation",
            "PDF document",
            "pdf",
        ) else {
            return;
        };
        let (paper, today) = (self.settings.paper, self.today());
        let Some((plan, session)) = self.session(index) else {
            return;
        };
        let (plan, session) = (plan.clone(), session.clone());
        self.make_document(
            ctx,
            "the invitation",
            Then::Save {
                path,
                what: "Invitation",
            },
            move || documents::invitation_pdf(&plan, &session, paper, today),
        );
    }

    fn save_calendar(&mut self, index: usize) {
        let Some((plan, session)) = self.session(index) else {
            return;
        };
        // Check before asking where, so nobody picks a place for a file that cannot be made.
        if let Err(err) = invitation::ics(plan, session, self.config.clock.now()) {
            self.fail("Could not make the calendar file", err.to_string());
            return;
        }
        let Some(path) =
            self.ask_document_path("Save the calendar file", "training", "Calendar file", "ics")
        else {
            return;
        };
        let Some((plan, session)) = self.session(index) else {
            return;
        };
        let made = invitation::ics(plan, session, self.config.clock.now())
            .map(String::into_bytes)
            .map_err(|err| err.to_string());
        self.save_document(&path, made, "Calendar file");
    }

    fn sign_off(&mut self) {
        let today = self.today();
        let Some(open) = &mut self.open else { return };
        let Some(review) = open.review.take() else {
            return;
        };
        let revision =
            crate::advice::review::sign_off(&mut open.plan, &review.sign_off, today).revision;
        open.page = Page::Details;
        let next = open
            .plan
            .identity
            .next_review
            .map_or_else(|| "not set".to_owned(), crate::model::format::date);
        self.notice(
            &format!("Revision {revision} signed off"),
            format!(
                "The review is recorded with its changes. The next review is due by {next}. Save the plan, then print the procedure again for signatures."
            ),
        );
    }

    fn compare_with_file(&mut self) {
        let Some(path) = self.config.dialogs.open_plan() else {
            return;
        };
        let Some(open) = &self.open else { return };
        match storage::load_plan(&path) {
            Ok(other) => {
                let name = path.file_name().map_or_else(
                    || path.display().to_string(),
                    |n| n.to_string_lossy().into_owned(),
                );
                self.dialog = Some(Dialog::Comparison {
                    title: format!("Changes from {name} to this plan"),
                    changes: crate::advice::changes::changes(&other, &open.plan),
                });
            }
            Err(err) => self.show_error("Could not open the plan to compare with", &err),
        }
    }

    /// Opens the plan at `path`. When someone else has it open, asks first, unless
    /// `read_only` says how the person chose to open it (`Some(false)`: anyway).
    fn open_path(&mut self, path: &Path, read_only: Option<bool>) {
        // Known by its absolute path from here on: the recent list, the recovery copy and
        // the title must name the same file whatever folder the app was started from.
        let path = std::path::absolute(path).unwrap_or_else(|_| path.to_owned());
        let holder = plan_lock::held_by_other(&path).filter(|holder| {
            // This window's own lock (the plan opened again) is no one else's.
            self.open
                .as_ref()
                .and_then(|o| o.lock.as_ref())
                .is_none_or(|lock| lock.holder() != holder)
        });
        if read_only.is_none()
            && let Some(holder) = holder.clone()
        {
            self.dialog = Some(Dialog::InUse { path, holder });
            return;
        }
        match storage::load_plan_with_state(&path) {
            Ok((plan, state)) => {
                // The old plan and its lock go first, so its lock never removes the new one.
                self.replace_open(None);
                let mut open = OpenPlan::new(plan, Some(path.clone()));
                open.disk = Some(state);
                if read_only == Some(true) {
                    open.read_only = holder;
                }
                let replace = read_only == Some(false);
                if let Err(holder) =
                    Self::attach_file(&self.config, &self.ctx, &mut open, &path, replace)
                {
                    // Another window took it in the instant since it was looked at.
                    self.dialog = Some(Dialog::InUse { path, holder });
                    return;
                }
                self.replace_open(Some(open));
                self.remember(false);
            }
            Err(err) => {
                self.show_error("Could not open the plan", &err);
                self.refresh_recent();
            }
        }
    }

    /// Reads the plan's file again: someone else changed it, and the person chose their
    /// version over this window's unsaved changes (which Undo still brings back).
    fn reload(&mut self) {
        let Some(open) = &mut self.open else { return };
        let Some(path) = open.path.clone() else {
            return;
        };
        match storage::load_plan_with_state(&path) {
            Ok((plan, state)) => {
                open.saved = plan.clone();
                open.plan = plan;
                open.disk = Some(state);
                if let Some(watch) = &open.watch {
                    watch.set_known(Some(state));
                }
            }
            Err(err) => self.show_error("Could not read the plan again", &err),
        }
    }

    /// Shows what differs between the plan's file as it is now and this window's plan.
    fn compare_with_disk(&mut self) {
        let Some(open) = &self.open else { return };
        let Some(path) = open.path.clone() else {
            return;
        };
        match storage::load_plan(&path) {
            Ok(theirs) => {
                self.dialog = Some(Dialog::Comparison {
                    title: "From the file on disk to this window's plan".to_owned(),
                    changes: crate::advice::changes::changes(&theirs, &open.plan),
                });
            }
            Err(err) => self.show_error("Could not read the plan's file", &err),
        }
    }

    /// Saves the open plan; asks where when it has no file yet or `choose` is set.
    /// Returns whether the plan is now saved.
    fn save(&mut self, choose: bool) -> bool {
        self.save_checked(choose, true)
    }

    /// Saves the open plan; with `check`, a file that someone else changed since this
    /// window read or saved it is left alone and the person is asked what to do.
    fn save_checked(&mut self, choose: bool, check: bool) -> bool {
        let Some(open) = &self.open else { return false };
        // A plan opened to read only is saved as another file.
        let choose = choose || open.is_read_only();
        let known = open.path.clone().filter(|_| !choose);
        let path = if let Some(path) = known {
            path
        } else {
            let request = SaveRequest {
                title: "Save the backup plan",
                file_name: format!(
                    "{}.{}",
                    file_stem_for(open.plan.display_title()),
                    storage::PLAN_EXTENSION
                ),
                kind: "Backup plan",
                extension: storage::PLAN_EXTENSION,
            };
            let Some(path) = self.config.dialogs.save_file(&request) else {
                return false;
            };
            std::path::absolute(&path).unwrap_or(path)
        };
        let same_file = open
            .path
            .as_ref()
            .is_some_and(|p| disk::same_file(p, &path));
        if !same_file && let Some(holder) = plan_lock::held_by_other(&path) {
            self.fail(
                "That plan is open somewhere else",
                format!(
                    "{} Saving over it would take it from under them: choose another name.",
                    in_use_text(&path, &holder)
                ),
            );
            return false;
        }
        // Another file was chosen in the dialog, which asked before replacing it.
        let expected = if same_file && check { open.disk } else { None };
        let Some(open) = &mut self.open else {
            return false;
        };
        match storage::save_plan_checked(&open.plan, &path, expected) {
            Ok(saved) => {
                open.disk = Some(saved.state);
                open.saved = open.plan.clone();
                if same_file && !open.is_read_only() {
                    if let Some(watch) = &open.watch {
                        watch.set_known(open.disk);
                    }
                } else {
                    // A new file: this window's lock and watch move there.
                    open.lock = None;
                    open.read_only = None;
                    open.path = Some(path.clone());
                    if let Err(holder) =
                        Self::attach_file(&self.config, &self.ctx, open, &path, false)
                    {
                        open.lock_problem = Some(format!(
                            "{} opened this plan as it was saved, so this window holds no lock.",
                            holder.user
                        ));
                    }
                }
                if open.recorded.take().is_some()
                    && let Some(session) = &self.recovery
                {
                    session.clear();
                }
                open.unrecorded_since = None;
                self.remember(true);
                if !saved.notes.is_empty() {
                    self.notice("Saved, with a note", saved.notes.join(" "));
                }
                true
            }
            Err(StorageError::ChangedOnDisk { path }) => {
                self.dialog = Some(Dialog::Conflict { path });
                false
            }
            Err(err) => {
                self.dialog = Some(Dialog::SaveFailed {
                    message: err.to_string(),
                });
                false
            }
        }
    }

    /// Takes in a change to the open plan's file that someone else made: asks whether to
    /// reload, once no other question is open.
    fn notice_disk_change(&mut self) {
        if self.dialog.is_some() {
            return;
        }
        let Some(open) = &mut self.open else { return };
        let Some(state) = open
            .watch
            .as_ref()
            .and_then(crate::files::watch::Watch::take_change)
        else {
            return;
        };
        if open.disk == Some(state) {
            return;
        }
        self.dialog = Some(Dialog::ChangedOnDisk {
            dirty: open.is_dirty(),
        });
    }

    fn shortcuts(&mut self, ctx: &egui::Context) {
        let shortcut = |key| KeyboardShortcut::new(Modifiers::COMMAND, key);
        let save_as = KeyboardShortcut::new(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
        ctx.input_mut(|i| {
            // The longer shortcut first, or Ctrl+S would swallow Ctrl+Shift+S.
            if i.consume_shortcut(&save_as) {
                self.commands.push(Command::SaveAs);
            }
            if i.consume_shortcut(&shortcut(Key::S)) {
                self.commands.push(Command::Save);
            }
            if i.consume_shortcut(&shortcut(Key::O)) {
                self.commands.push(Command::OpenDialog);
            }
            if i.consume_shortcut(&shortcut(Key::N)) {
                self.commands.push(Command::NewPlan);
            }
            if i.consume_shortcut(&shortcut(Key::P)) {
                self.commands.push(Command::PrintProcedure);
            }
        });
        // A text field being edited keeps Ctrl+Z for its own text.
        if ctx.memory(|m| m.focused().is_none()) {
            let redo = KeyboardShortcut::new(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
            ctx.input_mut(|i| {
                if i.consume_shortcut(&redo) || i.consume_shortcut(&shortcut(Key::Y)) {
                    self.commands.push(Command::Redo);
                }
                if i.consume_shortcut(&shortcut(Key::Z)) {
                    self.commands.push(Command::Undo);
                }
            });
        }
    }

    fn file_menu_ui(&mut self, ui: &mut Ui) {
        let has_plan = self.open.is_some();
        if ui
            .add(egui::Button::new("New plan").shortcut_text("Ctrl+N"))
            .clicked()
        {
            self.commands.push(Command::NewPlan);
        }
        if ui
            .add(egui::Button::new("Open plan...").shortcut_text("Ctrl+O"))
            .clicked()
        {
            self.commands.push(Command::OpenDialog);
        }
        if ui.button("Open the example plan").clicked() {
            self.commands.push(Command::OpenExample);
        }
        ui.separator();
        if ui
            .add_enabled(has_plan, egui::Button::new("Save").shortcut_text("Ctrl+S"))
            .clicked()
        {
            self.commands.push(Command::Save);
        }
        if ui
            .add_enabled(
                has_plan,
                egui::Button::new("Save as...").shortcut_text("Ctrl+Shift+S"),
            )
            .clicked()
        {
            self.commands.push(Command::SaveAs);
        }
        if ui
            .add_enabled(has_plan, egui::Button::new("Close plan"))
            .clicked()
        {
            self.commands.push(Command::ClosePlan);
        }
        ui.separator();
        if ui
            .add_enabled(
                has_plan,
                egui::Button::new("Print procedure...").shortcut_text("Ctrl+P"),
            )
            .clicked()
        {
            self.commands.push(Command::PrintProcedure);
        }
        if ui
            .add_enabled(
                has_plan,
                egui::Button::new("Compare with another plan file..."),
            )
            .clicked()
        {
            self.commands.push(Command::CompareWithFile);
        }
        if ui
            .add_enabled(has_plan, egui::Button::new("Export procedure PDF..."))
            .clicked()
        {
            self.commands.push(Command::ExportProcedure);
        }
        ui.menu_button("Paper size", |ui| {
            for paper in Paper::ALL {
                if ui
                    .radio(self.settings.paper == paper, paper.label())
                    .clicked()
                {
                    self.commands.push(Command::SetPaper(paper));
                }
            }
        });
        ui.separator();
        if ui.button("Quit").clicked() {
            self.commands.push(Command::Quit);
        }
    }

    fn menu_bar_ui(&mut self, ui: &mut Ui) {
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button("File", |ui| self.file_menu_ui(ui));
            ui.menu_button("Edit", |ui| {
                let (can_undo, can_redo) = self.open.as_ref().map_or((false, false), |o| {
                    (o.undoer.has_undo(&o.plan), o.undoer.has_redo(&o.plan))
                });
                if ui
                    .add_enabled(can_undo, egui::Button::new("Undo").shortcut_text("Ctrl+Z"))
                    .clicked()
                {
                    self.commands.push(Command::Undo);
                }
                if ui
                    .add_enabled(
                        can_redo,
                        egui::Button::new("Redo").shortcut_text("Ctrl+Shift+Z"),
                    )
                    .clicked()
                {
                    self.commands.push(Command::Redo);
                }
            });
            let today = self.today();
            let hide_findings = &mut self.settings.hide_findings;
            let mut toggled = false;
            if let Some(open) = &mut self.open {
                let advice = open.advice(today);
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    toggled = findings_toggle_ui(ui, &advice, hide_findings);
                    ui.separator();
                    if open.review.is_some() {
                        if ui
                            .button("End review")
                            .on_hover_text("Stop reviewing; your edits stay")
                            .clicked()
                        {
                            self.commands.push(Command::EndReview);
                        }
                    } else if ui
                        .button("Start yearly review")
                        .on_hover_text("Walk the 14 steps again against the last approved revision")
                        .clicked()
                    {
                        self.commands.push(Command::StartReview);
                    }
                    ui.separator();
                    if let Some(problem) = &self.recovery_problem {
                        ui.label(RichText::new("⚠ No recovery copy").color(theme::WARNING))
                            .on_hover_text(problem.as_str());
                    }
                    if let Some(problem) = &open.lock_problem {
                        ui.label(RichText::new("⚠ Not locked").color(theme::WARNING))
                            .on_hover_text(problem.as_str());
                    }
                    if let Some(holder) = &open.read_only {
                        ui.label(RichText::new("Read-only").color(theme::WARNING))
                            .on_hover_text(format!(
                                "{} has this plan open. To keep changes, save them as a new file.",
                                holder.user
                            ));
                    } else if open.is_dirty() {
                        if ui.button("💾 Save").on_hover_text("Ctrl+S").clicked() {
                            self.commands.push(Command::Save);
                        }
                        ui.label(RichText::new("Unsaved changes").color(theme::WARNING));
                    } else if open.path.is_some() {
                        ui.label(RichText::new("All changes saved").color(theme::MUTED));
                    }
                });
            }
            if toggled {
                self.save_settings();
            }
        });
    }

    /// Saving failed: the reason, that nothing is lost, and Save as....
    fn save_failed_ui(&mut self, ctx: &egui::Context) {
        let Some(Dialog::SaveFailed { message }) = &self.dialog else {
            return;
        };
        let mut save_as = false;
        let response = egui::Modal::new(egui::Id::unique("save-failed")).show(ctx, |ui| {
            ui.set_max_width(520.0);
            ui.heading("Could not save the plan");
            ui.add(egui::Label::new(message.as_str()).wrap());
            ui.add_space(4.0);
            ui.label("Nothing is lost: the plan stays open with all its changes.");
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                save_as = ui.button("Save as...").clicked();
                ui.button("OK").clicked()
            })
            .inner
        });
        if save_as {
            self.dialog = None;
            self.commands.push(Command::SaveAs);
            return;
        }
        if response.inner || response.should_close() {
            self.dialog = None;
        }
    }

    /// Unsaved work from a run that did not end cleanly: Restore or Discard.
    fn recover_ui(&mut self, ctx: &egui::Context) {
        let Some(Dialog::Recover(orphan)) = &self.dialog else {
            return;
        };
        let copy = &orphan.copy;
        let file = copy.plan_path.as_ref().map_or_else(
            || "a plan not saved yet".to_owned(),
            |p| p.display().to_string(),
        );
        let mut choice = None;
        egui::Modal::new(egui::Id::unique("recover")).show(ctx, |ui| {
            ui.set_max_width(520.0);
            ui.heading("Restore unsaved work?");
            ui.add(
                egui::Label::new(format!(
                    "Backup Planner did not close properly last time. It kept the \
                     unsaved changes to \"{}\" ({file}) as they were on {} at {}.",
                    copy.plan.display_title(),
                    crate::model::format::date(copy.written.date()),
                    crate::model::format::time(copy.written.time()),
                ))
                .wrap(),
            );
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                if ui.button("Restore").clicked() {
                    choice = Some(true);
                }
                if ui
                    .button("Discard")
                    .on_hover_text("Throw the unsaved changes away for good")
                    .clicked()
                {
                    choice = Some(false);
                }
            });
        });
        if let Some(restore) = choice {
            let Some(Dialog::Recover(orphan)) = self.dialog.take() else {
                return;
            };
            if restore {
                self.restore(&orphan);
            } else {
                orphan.remove();
            }
        }
    }

    /// The question of a plan shared with others that is open now, if any: its heading,
    /// what happened in plain words, and the choices (a command, or none to just close).
    fn shared_file_question(&self) -> Option<(&'static str, String, Vec<Choice>)> {
        let title = self
            .open
            .as_ref()
            .map_or("This plan", |o| o.plan.display_title());
        let differences = || {
            Choice::new(
                "Show differences",
                "What differs between the file and this window's plan",
                Some(Command::CompareWithDisk),
            )
        };
        let reload_theirs = || {
            Choice::new(
                "Reload theirs",
                "Put your unsaved changes away and show the file's version (Undo brings yours back)",
                Some(Command::Reload),
            )
        };
        Some(match self.dialog.as_ref()? {
            Dialog::InUse { path, holder } => (
                "This plan is open somewhere else",
                in_use_text(path, holder),
                vec![
                    Choice::new(
                        "Open read-only",
                        "Read the plan; to keep changes, save them as a new file",
                        Some(Command::OpenInUse {
                            path: path.clone(),
                            read_only: true,
                        }),
                    ),
                    Choice::new(
                        "Open anyway",
                        "Open it to change it. If you both save, the second save asks before replacing the first.",
                        Some(Command::OpenInUse {
                            path: path.clone(),
                            read_only: false,
                        }),
                    ),
                    Choice::new("Cancel", "Do not open it", None),
                ],
            ),
            Dialog::Conflict { path } => (
                "Someone else changed this plan",
                format!(
                    "\"{title}\" was changed by another window, another computer or another \
                     program since you opened or last saved it. Saving now would replace their \
                     changes, so nothing was saved yet. File: {}",
                    path.display()
                ),
                vec![
                    differences(),
                    Choice::new(
                        "Save as a new file...",
                        "Keep both: yours goes to a new file",
                        Some(Command::SaveAs),
                    ),
                    Choice::new(
                        "Replace their version",
                        "Save yours over the file; theirs is kept as the .bak beside it",
                        Some(Command::SaveReplacingTheirs),
                    ),
                    reload_theirs(),
                    Choice::new("Cancel", "Do nothing for now", None),
                ],
            ),
            Dialog::ChangedOnDisk { dirty: true } => (
                "This plan was changed on disk",
                format!(
                    "\"{title}\" was changed by someone else while it is open here, and you \
                     have unsaved changes. When you save, you will be asked before their \
                     changes are replaced."
                ),
                vec![
                    differences(),
                    reload_theirs(),
                    Choice::new("Keep working", "Carry on with your changes", None),
                ],
            ),
            Dialog::ChangedOnDisk { dirty: false } => (
                "This plan was changed on disk",
                format!(
                    "\"{title}\" was changed by someone else while it is open here. Reload it \
                     to see and keep working on their version."
                ),
                vec![
                    Choice::new(
                        "Reload",
                        "Show the file's new version",
                        Some(Command::Reload),
                    ),
                    Choice::new("Not now", "Keep this version on screen", None),
                ],
            ),
            _ => return None,
        })
    }

    /// Asks the question of a shared plan (see [`Self::shared_file_question`]).
    fn shared_file_ui(&mut self, ctx: &egui::Context) {
        let Some((heading, text, choices)) = self.shared_file_question() else {
            return;
        };
        let mut chosen = None;
        let response = egui::Modal::new(egui::Id::unique("shared file")).show(ctx, |ui| {
            ui.set_max_width(560.0);
            ui.heading(heading);
            ui.add(egui::Label::new(text).wrap());
            ui.add_space(8.0);
            ui.horizontal_wrapped(|ui| {
                for choice in choices {
                    if ui
                        .button(choice.label)
                        .on_hover_text(choice.hover)
                        .clicked()
                    {
                        chosen = Some(choice.command);
                    }
                }
            });
        });
        if response.should_close() && chosen.is_none() {
            chosen = Some(None);
        }
        if let Some(command) = chosen {
            self.dialog = None;
            self.commands.extend(command);
        }
    }

    fn dialog_ui(&mut self, ctx: &egui::Context) {
        let Some(dialog) = &self.dialog else { return };
        let mut close = false;
        match dialog {
            Dialog::Unsaved { then } => {
                let then = then.clone();
                let title = self
                    .open
                    .as_ref()
                    .map_or("This plan", |o| o.plan.display_title())
                    .to_owned();
                let mut choice = None;
                egui::Modal::new(egui::Id::unique("unsaved")).show(ctx, |ui| {
                    ui.set_max_width(420.0);
                    ui.heading("Save your changes?");
                    ui.label(format!("\"{title}\" has changes that are not saved yet."));
                    ui.add_space(8.0);
                    ui.horizontal(|ui| {
                        if ui.button("Save").clicked() {
                            choice = Some(UnsavedChoice::Save);
                        }
                        if ui.button("Discard changes").clicked() {
                            choice = Some(UnsavedChoice::Discard);
                        }
                        if ui.button("Cancel").clicked() || ui.input(|i| i.key_pressed(Key::Escape))
                        {
                            choice = Some(UnsavedChoice::Cancel);
                        }
                    });
                });
                match choice {
                    None => {}
                    Some(UnsavedChoice::Cancel) => close = true,
                    Some(UnsavedChoice::Discard) => {
                        if let Some(open) = &mut self.open {
                            // Leaves the plan as saved, so `then` no longer asks.
                            open.saved = open.plan.clone();
                        }
                        self.dialog = None;
                        self.run(ctx, then);
                        return;
                    }
                    Some(UnsavedChoice::Save) => {
                        self.dialog = None;
                        if self.save(false) {
                            self.run(ctx, then);
                        }
                        return;
                    }
                }
            }
            Dialog::InUse { .. } | Dialog::Conflict { .. } | Dialog::ChangedOnDisk { .. } => {
                return self.shared_file_ui(ctx);
            }
            Dialog::Comparison { title, changes } => {
                let response = egui::Modal::new(egui::Id::unique("comparison")).show(ctx, |ui| {
                    ui.set_max_width(640.0);
                    ui.heading(title.as_str());
                    egui::ScrollArea::vertical()
                        .max_height(420.0)
                        .show(ui, |ui| {
                            if changes.is_empty() {
                                ui.label("The two plans say the same.");
                            }
                            crate::ui::review::changes_ui(ui, changes);
                        });
                    ui.add_space(8.0);
                    ui.button("OK").clicked()
                });
                close = response.inner || response.should_close();
            }
            Dialog::SaveFailed { .. } => return self.save_failed_ui(ctx),
            Dialog::Recover(_) => return self.recover_ui(ctx),
            Dialog::Error { title, message } | Dialog::Notice { title, message } => {
                let response = egui::Modal::new(egui::Id::unique("message")).show(ctx, |ui| {
                    ui.set_max_width(520.0);
                    ui.heading(title.as_str());
                    ui.add(egui::Label::new(message.as_str()).wrap());
                    ui.add_space(8.0);
                    ui.button("OK").clicked()
                });
                close = response.inner || response.should_close();
            }
        }
        if close {
            self.dialog = None;
        }
    }

    /// Draws the whole app; the body of [`eframe::App::ui`], callable from tests.
    pub fn show(&mut self, ui: &mut Ui) {
        let ctx = ui.ctx().clone();
        if let Some((file, start)) = &mut self.frame_log {
            let _ = writeln!(file, "{}", start.elapsed().as_millis());
        }
        // Unsaved work from before is offered while nothing unsaved is open now.
        if self.dialog.is_none()
            && self.open.as_ref().is_none_or(|o| !o.is_dirty())
            && let Some(orphan) = self.orphans.pop()
        {
            self.dialog = Some(Dialog::Recover(Box::new(orphan)));
        }
        if let Some(open) = &mut self.open {
            open.observe(ctx.input(|i| i.time));
        }
        if self.dialog.is_none() {
            self.shortcuts(&ctx);
        }
        egui::Panel::top("menu").show(ui, |ui| self.menu_bar_ui(ui));

        let now = self.config.clock.now();
        let today = now.date();
        match &mut self.open {
            None => {
                let present = &self.recent_present;
                egui::CentralPanel::default_margins().show(ui, |ui| {
                    start::start_ui(
                        ui,
                        &self.settings.recent,
                        present,
                        today,
                        &mut self.commands,
                    );
                });
            }
            Some(open) => wizard::wizard_ui(
                ui,
                open,
                now,
                !self.settings.hide_findings,
                &mut self.commands,
            ),
        }

        self.making_ui(&ctx);
        self.notice_disk_change();
        self.dialog_ui(&ctx);
        if self.finish_documents() {
            // Its message shows in the next frame.
            ctx.request_repaint();
        }

        if ctx.input(|i| i.viewport().close_requested())
            && !self.may_close
            && self.open.as_ref().is_some_and(OpenPlan::is_dirty)
        {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            if self.dialog.is_none() {
                self.dialog = Some(Dialog::Unsaved {
                    then: Command::Quit,
                });
            }
        }

        for command in std::mem::take(&mut self.commands) {
            self.run(&ctx, command);
        }
        self.keep_recovery_copy(&ctx);
        if let Some(open) = &mut self.open {
            open.undoer.feed_state(ctx.input(|i| i.time), &open.plan);
        }

        let title = self.window_title();
        if title != self.window_title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.window_title = title;
        }
    }
}

/// The button that shows or hides the findings panel, with how many there are.
/// Returns true when it was clicked.
fn findings_toggle_ui(ui: &mut Ui, advice: &Advice, hidden: &mut bool) -> bool {
    let findings = &advice.findings;
    let high = crate::advice::adviser::count(findings, crate::advice::adviser::Severity::High);
    let text = if findings.is_empty() {
        RichText::new("✔ Findings")
    } else if high > 0 {
        RichText::new(format!("⚠ Findings ({})", findings.len())).color(theme::ERROR)
    } else {
        RichText::new(format!("Findings ({})", findings.len()))
    };
    let response = ui
        .selectable_label(!*hidden, text)
        .accessible_name(format!(
            "Findings panel: {}",
            crate::advice::adviser::summary(findings)
        ))
        .on_hover_text(format!(
            "Show or hide what the adviser found: {}",
            crate::advice::adviser::summary(findings)
        ));
    if response.clicked() {
        *hidden = !*hidden;
    }
    response.clicked()
}

/// Who has a plan open, where and since when, for the question before opening it.
fn in_use_text(path: &Path, holder: &Holder) -> String {
    let since = format!(
        "{} at {}",
        crate::model::format::date(holder.since.date()),
        crate::model::format::time(holder.since.time())
    );
    let name = path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    if holder.is_this_computer() {
        format!(
            "{} has \"{name}\" open in another Backup Planner window on this computer, \
             since {since}.",
            holder.user
        )
    } else {
        format!(
            "{} has \"{name}\" open on the computer {}, since {since}. If Backup Planner is no \
             longer open there (it may have closed without tidying up), open it anyway.",
            holder.user, holder.host
        )
    }
}

/// One answer to a question: its button, what it does in a few words, and its command.
struct Choice {
    label: &'static str,
    hover: &'static str,
    command: Option<Command>,
}

impl Choice {
    fn new(label: &'static str, hover: &'static str, command: Option<Command>) -> Self {
        Self {
            label,
            hover,
            command,
        }
    }
}

enum UnsavedChoice {
    Save,
    Discard,
    Cancel,
}

/// When a file was last written, in local time, if the platform says.
fn modified_at(path: &Path) -> Option<chrono::NaiveDateTime> {
    let modified = std::fs::metadata(path).and_then(|m| m.modified()).ok()?;
    Some(chrono::DateTime::<chrono::Local>::from(modified).naive_local())
}

/// A file name for a plan title: letters, digits and dashes.
fn file_stem_for(title: &str) -> String {
    let stem: String = title
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect();
    let stem = stem
        .split('-')
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    if stem.is_empty() {
        "backup-plan".to_owned()
    } else {
        stem
    }
}

impl eframe::App for App {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }

    fn on_exit(&mut self) {
        self.end_recovery();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_come_from_titles() {
        assert_eq!(
            file_stem_for("Backups 2026 / Zoë's office"),
            "Backups-2026-Zoë-s-office"
        );
        assert_eq!(file_stem_for("???"), "backup-plan");
    }

    #[test]
    fn a_typed_name_without_ending_gets_one() {
        assert_eq!(
            with_extension(Path::new("/tmp/plan"), "ron"),
            PathBuf::from("/tmp/plan.ron")
        );
        assert_eq!(
            with_extension(Path::new("/tmp/plan.ron"), "pdf"),
            PathBuf::from("/tmp/plan.ron")
        );
    }
}
