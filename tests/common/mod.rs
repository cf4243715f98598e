//! The one test harness every UI test drives the app with: a real `App` in a kittest
//! harness, files in a temporary folder, a fixed clock, and file dialogs that answer
//! with paths the test chose.

#![allow(
    dead_code,
    reason = "each test file uses a different part of the helper"
)]

pub mod english;

use std::cell::RefCell;
use std::collections::VecDeque;
use std::path::{Path, PathBuf};
use std::rc::Rc;

use backup_planner::model::plan::Plan;
use backup_planner::platform::clock::Clock;
use backup_planner::platform::desktop::{Desktop, PrintOptions, Printed, Printer};
use backup_planner::ui::{App, AppConfig, FileDialogs, SaveRequest};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

/// The day every UI test lives on.
pub fn today() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, 3, 16).unwrap()
}

/// File dialogs that answer from a queue the test fills; an empty queue is "Cancel".
#[derive(Clone, Default)]
pub struct ScriptedDialogs {
    answers: Rc<RefCell<VecDeque<PathBuf>>>,
    /// How often a dialog was shown.
    pub asked: Rc<RefCell<usize>>,
    /// The next dialog cannot be shown, for this reason.
    broken: Rc<RefCell<Option<String>>>,
    /// Why the last dialog was not shown.
    failed: Rc<RefCell<Option<String>>>,
    /// What the log dialogs answer, in turn: several files each.
    logs: Rc<RefCell<VecDeque<Vec<PathBuf>>>>,
}

impl ScriptedDialogs {
    /// The next dialog answers with `path`.
    pub fn answer(&self, path: impl Into<PathBuf>) {
        self.answers.borrow_mut().push_back(path.into());
    }

    /// The next dialog for backup logs answers with `paths`.
    pub fn answer_logs(&self, paths: &[PathBuf]) {
        self.logs.borrow_mut().push_back(paths.to_vec());
    }

    /// The next dialog cannot be shown, as on a desktop without a file chooser.
    pub fn fail_next(&self, why: &str) {
        *self.broken.borrow_mut() = Some(why.to_owned());
    }

    fn next(&self) -> Option<PathBuf> {
        *self.asked.borrow_mut() += 1;
        if let Some(why) = self.broken.borrow_mut().take() {
            *self.failed.borrow_mut() = Some(why);
            return None;
        }
        self.answers.borrow_mut().pop_front()
    }
}

impl FileDialogs for ScriptedDialogs {
    fn open_plan(&mut self) -> Option<PathBuf> {
        self.next()
    }

    fn save_file(&mut self, _request: &SaveRequest<'_>) -> Option<PathBuf> {
        self.next()
    }

    fn open_logs(&mut self) -> Vec<PathBuf> {
        *self.asked.borrow_mut() += 1;
        if let Some(why) = self.broken.borrow_mut().take() {
            *self.failed.borrow_mut() = Some(why);
            return Vec::new();
        }
        self.logs.borrow_mut().pop_front().unwrap_or_default()
    }

    fn failure(&mut self) -> Option<String> {
        self.failed.borrow_mut().take()
    }
}

/// A stand-in for the operating system: records what was printed and opened.
#[derive(Clone)]
pub struct RecordingDesktop {
    pub printed: Rc<RefCell<Vec<PathBuf>>>,
    /// The options of each print, in order.
    pub print_options: Rc<RefCell<Vec<PrintOptions>>>,
    pub opened: Rc<RefCell<Vec<String>>>,
    /// What the next print answers; `None` prints successfully.
    pub print_answer: Rc<RefCell<Option<Result<Printed, String>>>>,
    /// The printers the print dialog offers, or why there are none.
    pub printers: Rc<RefCell<Result<Vec<Printer>, String>>>,
}

impl Default for RecordingDesktop {
    fn default() -> Self {
        Self {
            printed: Rc::default(),
            print_options: Rc::default(),
            opened: Rc::default(),
            print_answer: Rc::default(),
            printers: Rc::new(RefCell::new(Ok(vec![
                Printer {
                    name: "Office printer".to_owned(),
                    default: true,
                },
                Printer {
                    name: "Upstairs".to_owned(),
                    default: false,
                },
            ]))),
        }
    }
}

impl Desktop for RecordingDesktop {
    fn printers(&mut self) -> Result<Vec<Printer>, String> {
        self.printers.borrow().clone()
    }

    fn print(&mut self, pdf: &Path, options: &PrintOptions) -> Result<Printed, String> {
        self.printed.borrow_mut().push(pdf.to_owned());
        self.print_options.borrow_mut().push(options.clone());
        self.print_answer
            .borrow_mut()
            .take()
            .unwrap_or(Ok(Printed::Sent))
    }

    fn open(&mut self, target: &str) -> Result<(), String> {
        self.opened.borrow_mut().push(target.to_owned());
        Ok(())
    }
}

/// The app under test, with what it was given.
pub struct TestApp {
    pub harness: Harness<'static, App>,
    pub dialogs: ScriptedDialogs,
    pub desktop: RecordingDesktop,
}

impl TestApp {
    /// Starts the app with `config_dir` for its settings (never the real one).
    pub fn start(config_dir: &Path) -> Self {
        Self::start_with(config_dir, None)
    }

    /// Starts the app as `backup-planner PATH` would.
    pub fn start_with(config_dir: &Path, open: Option<PathBuf>) -> Self {
        let desktop = RecordingDesktop::default();
        Self::start_with_desktop(config_dir, open, Box::new(desktop.clone()), desktop)
    }

    /// Starts the app with the computer's real print system and programs (`desktop`),
    /// for the tests that print for real; `recording` stays empty then.
    pub fn start_with_desktop(
        config_dir: &Path,
        open: Option<PathBuf>,
        real: Box<dyn Desktop>,
        desktop: RecordingDesktop,
    ) -> Self {
        let dialogs = ScriptedDialogs::default();
        let config = AppConfig {
            config_dir: Some(config_dir.to_owned()),
            print_dir: config_dir.join("print"),
            clock: Clock::fixed(today()),
            dialogs: Box::new(dialogs.clone()),
            desktop: real,
            recovery_dir: Some(config_dir.join("recovery")),
            frame_log: None,
            watch_every: std::time::Duration::from_millis(50),
            system_language: backup_planner::i18n::Language::ENGLISH,
        };
        let mut harness = Harness::builder()
            .with_size([1700.0, 1100.0])
            // A background thread (the watch on the plan's file, a document being made)
            // may wake the app once during a run: a few frames more than egui's default.
            .with_max_steps(12)
            // CJK and Arabic show through system fonts in the real app; the harness has none.
            .allow_missing_glyphs()
            .build_eframe(move |cc| App::new(&cc.egui_ctx, config, open));
        harness.run();
        Self {
            harness,
            dialogs,
            desktop,
        }
    }

    /// Runs frames until the app settles, waiting for documents made in the background
    /// as a person waits for the note "Preparing the procedure..." to go.
    pub fn run(&mut self) {
        self.harness.run();
        let started = std::time::Instant::now();
        while self.harness.state().is_making_document() {
            assert!(
                started.elapsed() < std::time::Duration::from_mins(2),
                "a document took more than two minutes"
            );
            std::thread::sleep(std::time::Duration::from_millis(2));
            self.harness.run();
        }
    }

    /// The open plan; panics when none is open.
    pub fn plan(&self) -> &Plan {
        &self
            .harness
            .state()
            .open_plan()
            .expect("a plan is open")
            .plan
    }

    /// Clicks the widget with this accessible name.
    pub fn click(&mut self, label: &str) {
        self.harness.get_by_label(label).click_accesskit();
        self.run();
    }

    /// File > Print procedure..., then Print in the print dialog as it comes.
    pub fn print_procedure(&mut self) {
        self.menu("File", "Print procedure... Ctrl+P");
        self.click("Print");
    }

    /// Picks `item` from the menu `name` of the menu bar, with the pointer as a person would.
    pub fn menu(&mut self, name: &str, item: &str) {
        self.harness.get_by_label(name).click();
        self.run();
        self.harness.get_by_label(item).click();
        self.run();
    }

    /// Types into the text field with this accessible name (appending to what is there).
    pub fn type_into(&mut self, label: &str, text: &str) {
        self.harness.get_by_label(label).focus();
        self.run();
        self.harness.get_by_label(label).type_text(text);
        self.run();
        // Leave the field, as a person moving on would.
        self.harness.key_press(egui::Key::Escape);
        self.run();
    }

    /// Replaces what the text field with this accessible name holds with `text`.
    pub fn replace_in(&mut self, label: &str, text: &str) {
        self.harness.get_by_label(label).focus();
        self.run();
        self.harness
            .key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
        self.harness.get_by_label(label).type_text(text);
        self.run();
        self.harness.key_press(egui::Key::Escape);
        self.run();
    }

    /// Opens the dropdown with this accessible name and picks `option` by its label.
    pub fn pick(&mut self, dropdown: &str, option: &str) {
        self.click(dropdown);
        self.harness.get_by_label(option).click_accesskit();
        self.run();
    }

    /// The value a field or dropdown shows now.
    pub fn value_of(&self, label: &str) -> String {
        self.harness.get_by_label(label).value().unwrap_or_default()
    }

    /// Whether a node with this label is on screen.
    pub fn shows(&self, label: &str) -> bool {
        self.harness.query_by_label(label).is_some()
    }

    /// Whether some node's label contains `part`.
    pub fn shows_text(&self, part: &str) -> bool {
        self.harness.query_by_label_contains(part).is_some()
    }

    /// Goes to a step by clicking it in the step list.
    pub fn go_to_step(&mut self, number: usize) {
        let language = self.harness.state().language();
        let title = backup_planner::model::steps::STEPS[number - 1].title(language);
        self.click(&format!("{number}. {title}"));
    }
}
