//! The app: which screen is showing, the open plan, and the commands that change them.
//! Each file holds one job: [`state`] the open plan, [`command`] what a person can ask
//! for and [`dispatch`] how it is carried out, [`plan_files`] opening and saving,
//! [`recovery`] the copies of unsaved work, [`making`] the documents made in the
//! background, [`chooser`] asking for a file (the app's own chooser where the system's
//! cannot be shown), [`dialogs`] the questions and messages, [`menus`] the menu bar. This
//! file holds the app's parts and the order of a frame.

mod chooser;
mod dialogs;
mod dispatch;
mod import;
mod making;
mod menus;
mod plan_files;
mod print;
mod recovery;

use dialogs::Dialog;
use making::Making;

use std::io::Write as _;
use std::path::PathBuf;

use egui::Ui;

use crate::files::storage::{self, RecentPlan, Settings, StorageError};
use crate::platform::clock::Clock;
use crate::platform::desktop::{Desktop, SystemDesktop};
use crate::platform::dialogs::{FileDialogs, NativeDialogs};
use crate::ui::command::Command;
use crate::ui::state::OpenPlan;
use crate::ui::{start, theme, wizard};

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
    /// The computer's language, which the window speaks unless the person chose another.
    pub system_language: crate::i18n::Language,
}

impl AppConfig {
    /// The real thing: the OS config folder, the machine's clock, native dialogs.
    pub fn native() -> Self {
        Self {
            config_dir: storage::default_config_dir(),
            print_dir: storage::default_print_dir(),
            clock: Clock::System,
            dialogs: Box::new(NativeDialogs::default()),
            desktop: Box::new(SystemDesktop),
            recovery_dir: storage::default_recovery_dir(),
            frame_log: std::env::var_os("BACKUP_PLANNER_FRAME_LOG").map(PathBuf::from),
            watch_every: std::time::Duration::from_secs(2),
            system_language: crate::i18n::Language::of_system(),
        }
    }
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
    /// Where the window is now, kept each frame and remembered when the app closes.
    window_place: Option<storage::WindowPlace>,
    /// The help window that is open, if any.
    help: Option<crate::ui::help::HelpPage>,
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
            window_place: None,
            help: None,
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
        let unread = match app.config.config_dir.as_deref().map(Settings::load) {
            Some(Ok(settings)) => {
                app.settings = settings;
                None
            }
            Some(Err(err)) => Some(err),
            None => None,
        };
        // The messages of the first frame are in the window's language too.
        crate::i18n::set_ui(app.language());
        app.start_recovery();
        if let (Some(err), Some(dir)) = (unread, app.config.config_dir.clone()) {
            // Kept aside before anything is written in its place: the recent plans it
            // lists are never lost.
            let kept = Settings::set_aside(&dir);
            app.fail(
                &t!("window-settings-not-read"),
                settings_problem(&err, kept.as_deref()),
            );
        }
        app.refresh_recent();
        if let Some(path) = open_path {
            app.open_path(&path, None);
        }
        app
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
            None => t!("window-title").into_owned(),
            Some(open) => {
                // The name, and the folder it is in: two plans of one name are told apart.
                let file = open.path.as_ref().map_or_else(
                    || t!("window-title-not-saved"),
                    |path| match (path.file_name(), path.parent()) {
                        (Some(name), Some(folder)) => t!(
                            "window-title-file",
                            name = name.to_string_lossy(),
                            folder = folder.display().to_string()
                        ),
                        _ => path.display().to_string().into(),
                    },
                );
                let marker = if open.is_dirty() { "● " } else { "" };
                let title = open.plan.display_title(crate::i18n::ui());
                let text = if open.is_read_only() {
                    t!("window-title-plan-read-only", title = title, file = file)
                } else {
                    t!("window-title-plan", title = title, file = file)
                };
                format!("{marker}{text}")
            }
        }
    }

    /// Asks for a command to run at the end of this frame.
    pub fn push(&mut self, command: Command) {
        self.commands.push(command);
    }

    pub(super) fn today(&self) -> chrono::NaiveDate {
        self.config.clock.today()
    }

    pub(super) fn show_error(&mut self, title: &str, err: &StorageError) {
        self.dialog = Some(Dialog::Error {
            title: title.to_owned(),
            message: err.text(crate::i18n::ui()),
        });
    }

    pub(super) fn notice(&mut self, title: &str, message: impl Into<String>) {
        self.dialog = Some(Dialog::Notice {
            title: title.to_owned(),
            message: message.into(),
        });
    }

    /// Files dropped onto the window: a plan opens; backup logs are imported into the
    /// open plan.
    fn dropped_files(&mut self, ctx: &egui::Context) {
        let dropped: Vec<std::path::PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_owned())
                .filter(|p| !p.as_os_str().is_empty())
                .collect()
        });
        if dropped.is_empty() {
            return;
        }
        let (plans, logs): (Vec<_>, Vec<_>) = dropped
            .into_iter()
            .partition(|p| storage::looks_like_plan(p));
        if !logs.is_empty() && self.open.is_some() {
            self.commands.push(Command::ImportLogFiles(logs));
        } else if let Some(plan) = plans.into_iter().next() {
            self.commands.push(Command::OpenPath(plan));
        } else if !logs.is_empty() {
            self.notice(
                &t!("window-open-a-plan-first"),
                t!("window-open-a-plan-first-text"),
            );
        }
    }

    pub(super) fn fail(&mut self, title: &str, message: impl Into<String>) {
        self.dialog = Some(Dialog::Error {
            title: title.to_owned(),
            message: message.into(),
        });
    }

    /// The language the window speaks: the person's choice, else the computer's.
    pub fn language(&self) -> crate::i18n::Language {
        self.settings
            .language
            .unwrap_or(self.config.system_language)
    }

    /// Draws the whole app; the body of [`eframe::App::ui`], callable from tests.
    pub fn show(&mut self, ui: &mut Ui) {
        let ctx = ui.ctx().clone();
        crate::i18n::set_ui(self.language());
        crate::ui::widgets::start_frame(&ctx);
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
            self.dropped_files(&ctx);
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

        let places = crate::ui::help::Places {
            settings: self.config.config_dir.clone(),
            recovery: self.config.recovery_dir.clone(),
            print: self.config.print_dir.clone(),
        };
        crate::ui::help::help_ui(&ctx, &mut self.help, &places);
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

        self.window_place = ctx
            .input(|i| window_place(i.viewport()))
            .or(self.window_place);

        let title = self.window_title();
        if title != self.window_title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.window_title = title;
        }
    }
}

impl eframe::App for App {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }

    fn on_exit(&mut self) {
        self.end_recovery();
        self.remember_window();
    }
}

impl App {
    /// Keeps where the window was in the settings, for the next start.
    pub fn remember_window(&mut self) {
        if let Some(place) = self.window_place.and_then(storage::WindowPlace::usable)
            && self.settings.window != Some(place)
        {
            self.settings.window = Some(place);
            self.save_settings();
        }
    }
}

/// Where the window is and how large, once the system has said both. A maximised
/// window keeps the size it had before, so it comes back to it when no longer maximised.
fn window_place(info: &egui::ViewportInfo) -> Option<storage::WindowPlace> {
    let outer = info.outer_rect?;
    let inner = info.inner_rect?;
    Some(storage::WindowPlace {
        x: outer.min.x,
        y: outer.min.y,
        width: inner.width(),
        height: inner.height(),
        maximized: info.maximized.unwrap_or(false),
    })
}

/// What the window says when the settings file could not be read at all (`err`): what
/// is wrong with it, naming it, and where it was kept aside (`kept`), or that it was left
/// alone.
fn settings_problem(err: &StorageError, kept: Result<&std::path::Path, &StorageError>) -> String {
    let path = err
        .path()
        .map(|path| path.display().to_string())
        .unwrap_or_default();
    let what = match err {
        StorageError::Parse {
            line,
            column,
            reason,
            ..
        } => t!(
            "window-settings-mistake",
            line = line.to_string(),
            column = column.to_string(),
            reason = reason.as_str(),
            path = path.as_str()
        ),
        StorageError::TooLarge { size_mb, .. } => t!(
            "window-settings-too-large",
            size = crate::i18n::ui().formats().whole(*size_mb),
            path = path.as_str()
        ),
        // The system's words about the file, which they name.
        other => other.text(crate::i18n::ui()).into(),
    };
    let done = match kept {
        Ok(kept) => t!(
            "window-settings-kept-aside",
            kept = kept.display().to_string()
        ),
        Err(why) => t!(
            "window-settings-left-alone",
            reason = why.text(crate::i18n::ui())
        ),
    };
    format!("{what}\n\n{done}")
}
