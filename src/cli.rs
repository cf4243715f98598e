//! The command line: `backup-planner [PLAN.ron]`, `export`, `check`, `import`, `--version`.
//!
//! Parsing and the headless commands live here, apart from `main.rs`, so tests can run
//! them without a window.

use crate::i18n::ENGLISH;
use std::borrow::Cow;
use std::ffi::OsString;
use std::path::{Path, PathBuf};

use crate::documents::{self, invitation};
use crate::files::disk;
use crate::files::storage;
use crate::model::options::Paper;
use crate::platform::clock::Clock;

/// What the command line asks for.
#[derive(Debug, PartialEq)]
pub enum Invocation {
    /// Open the window, with this plan if one is given.
    Window {
        plan: Option<PathBuf>,
    },
    Version,
    Help,
    Export(Export),
    /// Print the adviser's findings about a plan, as of a day (today when `None`).
    Check {
        plan: PathBuf,
        on: Option<chrono::NaiveDate>,
    },
    /// Read backup logs into a plan, all for one system when one is named.
    Import {
        plan: PathBuf,
        logs: Vec<PathBuf>,
        system: Option<String>,
    },
    /// Print a plan's procedure with the print system.
    Print {
        plan: PathBuf,
        options: crate::platform::printing::PrintOptions,
    },
}

/// `export PLAN.ron --procedure OUT.pdf ...`
#[derive(Debug, Default, PartialEq)]
pub struct Export {
    pub plan: PathBuf,
    pub procedure: Option<PathBuf>,
    pub invitation: Option<PathBuf>,
    pub ics: Option<PathBuf>,
    pub email: Option<PathBuf>,
    /// Every recurring duty of the plan as one calendar file.
    pub reminders: Option<PathBuf>,
    pub paper: Paper,
}

/// The usage text `--help` prints.
pub const USAGE: &str = "\
Usage:
  backup-planner [PLAN.ron]            open the app, optionally with a plan
  backup-planner export PLAN.ron [--procedure OUT.pdf] [--invitation OUT.pdf]
                 [--ics OUT.ics] [--email OUT.txt] [--reminders OUT.ics]
                 [--paper a4|letter]
                                       write the plan's documents without a window:
                                       --ics is the training invitation's calendar
                                       file, --reminders every recurring duty (review,
                                       restore tests, log reviews...) as repeating
                                       calendar events
  backup-planner check PLAN.ron [--on YYYY-MM-DD]
                                       print the adviser's findings (as of today, or of
                                       the day given) and the storage estimate; exit
                                       status 1 when a finding is high, 2 when the plan
                                       cannot be read
  backup-planner import PLAN.ron LOG... [--system NAME]
                                       read backup tools' logs (restic, Borg, CSV) into
                                       the plan: their runs, step 8's error log and a
                                       review in step 11; exit status 2 when no log
                                       could be read
  backup-planner print PLAN.ron [--printer NAME] [--copies N] [--pages 1-3]
                 [--two-sided] [--paper a4|letter]
                                       print the procedure through the print system
                                       (CUPS); exit status 2 when the printer is
                                       unknown or no print system answers
  backup-planner --version             print the version";

/// Reads the arguments (without the program name). The error is a message for a person.
pub fn parse(args: impl IntoIterator<Item = OsString>) -> Result<Invocation, String> {
    let mut args = args.into_iter().peekable();
    match args.peek().and_then(|a| a.to_str()) {
        Some("--version" | "-V") => return Ok(Invocation::Version),
        Some("--help" | "-h") => return Ok(Invocation::Help),
        Some("export") => {
            args.next();
            return parse_export(args).map(Invocation::Export);
        }
        Some("check") => {
            args.next();
            let mut plans = Vec::new();
            let mut on = None;
            while let Some(arg) = args.next() {
                match arg.to_str() {
                    Some("--on") => {
                        let value = args.next().ok_or("--on needs a date; try --help")?;
                        let text = value.to_string_lossy();
                        on = Some(crate::model::format::parse_date(&text).ok_or_else(|| {
                            format!("--on takes a date like 2026-03-31, not {text}")
                        })?);
                    }
                    Some(flag) if flag.starts_with('-') => {
                        return Err(format!("unknown option {flag}; try --help"));
                    }
                    _ => plans.push(PathBuf::from(arg)),
                }
            }
            return match <[PathBuf; 1]>::try_from(plans) {
                Ok([plan]) => Ok(Invocation::Check { plan, on }),
                Err(_) => Err("check takes one plan file; try --help".to_owned()),
            };
        }
        Some("import") => {
            args.next();
            return parse_import(args);
        }
        Some("print") => {
            args.next();
            return parse_print(args);
        }
        _ => {}
    }
    let mut plan = None;
    for arg in args {
        match arg.to_str() {
            Some(flag) if flag.starts_with('-') => {
                return Err(format!("unknown option {flag}; try --help"));
            }
            _ if plan.is_none() => plan = Some(PathBuf::from(arg)),
            _ => return Err("give one plan file at most; try --help".to_owned()),
        }
    }
    Ok(Invocation::Window { plan })
}

fn parse_print(args: impl Iterator<Item = OsString>) -> Result<Invocation, String> {
    use crate::platform::printing::{MOST_COPIES, Pages, PrintOptions};
    let mut options = PrintOptions::default();
    let mut plan = None;
    let mut args = args;
    while let Some(arg) = args.next() {
        let flag = arg.to_str().unwrap_or_default().to_owned();
        let mut value = || {
            args.next()
                .map(|v| v.to_string_lossy().into_owned())
                .ok_or_else(|| format!("{flag} needs a value; try --help"))
        };
        match flag.as_str() {
            "--printer" => options.printer = Some(value()?),
            "--copies" => {
                let text = value()?;
                options.copies = text
                    .trim()
                    .parse()
                    .ok()
                    .filter(|n| (1..=MOST_COPIES).contains(n))
                    .ok_or_else(|| {
                        format!("--copies takes a number from 1 to {MOST_COPIES}, not {text}")
                    })?;
            }
            "--pages" => {
                let text = value()?;
                options.pages = Pages::parse(&text).ok_or_else(|| {
                    format!("--pages takes a page or a range such as 1-3, not {text}")
                })?;
            }
            "--two-sided" => options.two_sided = true,
            "--paper" => {
                let text = value()?;
                options.paper = Paper::parse(&text)
                    .ok_or_else(|| format!("--paper takes a4 or letter, not {text}"))?;
            }
            f if f.starts_with('-') => return Err(format!("unknown option {f}; try --help")),
            _ if plan.is_none() => plan = Some(PathBuf::from(arg)),
            _ => return Err("print takes one plan file; try --help".to_owned()),
        }
    }
    let plan = plan.ok_or("print needs a plan file; try --help")?;
    Ok(Invocation::Print { plan, options })
}

/// Runs `print`: makes the plan's procedure and sends it to the printer; the print
/// system's words for the job, or a message for a person.
pub fn run_print(
    plan_path: &Path,
    options: &crate::platform::printing::PrintOptions,
    clock: Clock,
) -> Result<String, String> {
    use crate::platform::printing;
    // Asked first: nothing is made for a printer that is not there.
    let printers = printing::printers().map_err(|err| err.to_string())?;
    if let Some(name) = &options.printer
        && !printers.iter().any(|p| &p.name == name)
    {
        let names: Vec<&str> = printers.iter().map(|p| p.name.as_str()).collect();
        return Err(
            printing::PrintError::UnknownPrinter(name.clone(), names.join(", ")).to_string(),
        );
    }
    let plan = storage::load_plan(plan_path).map_err(|err| err.to_string())?;
    let (pdf, pages) = documents::procedure_pdf_counted(&plan, options.paper, clock.today())
        .map_err(|err| err.to_string())?;
    // Pages past the end are none to print: said, and nothing sent.
    let mut options = options.clone();
    options.pages = options.pages.within(pages).ok_or_else(|| {
        format!(
            "The procedure has {pages} pages; --pages {} asks for none of them.",
            options.pages.text().unwrap_or_default()
        )
    })?;
    let dir = private_folder()?;
    // The job is named after the file: letters, digits and dashes only (a name with a
    // space brought a CUPS scheduler with cups-pdf down in testing).
    let stem: String = crate::model::format::one_line(plan.display_title(), 60)
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect();
    let path = dir.join(format!("{}-procedure.pdf", stem.trim_matches('-')));
    documents::write_document(&path, &pdf).map_err(|err| err.to_string())?;
    let printed = printing::print_pdf(&path, &options).map_err(|err| err.to_string());
    // The print system has its own copy once it took the job.
    let _ = std::fs::remove_dir_all(&dir);
    printed
}

/// A new folder of this user's alone in the temporary folder, for the file handed to the
/// print system: made fresh (never one that is there already, which someone else may
/// have made to swap the document or to have their files removed with it).
fn private_folder() -> Result<PathBuf, String> {
    let base = std::env::temp_dir();
    let mut last = None;
    for attempt in 0..100_u32 {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.subsec_nanos());
        let dir = base.join(format!(
            "backup-planner-print-{}-{nanos:x}-{attempt}",
            std::process::id()
        ));
        let mut builder = std::fs::DirBuilder::new();
        #[cfg(unix)]
        std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
        match builder.create(&dir) {
            Ok(()) => return Ok(dir),
            Err(err) if err.kind() == std::io::ErrorKind::AlreadyExists => last = Some(err),
            Err(err) => return Err(format!("{err}: {}", dir.display())),
        }
    }
    Err(format!(
        "No private folder could be made in {} ({})",
        base.display(),
        last.map(|e| e.to_string()).unwrap_or_default()
    ))
}

fn parse_export(args: impl Iterator<Item = OsString>) -> Result<Export, String> {
    let mut export = Export::default();
    let mut plan = None;
    let mut args = args;
    while let Some(arg) = args.next() {
        let flag = arg.to_str().unwrap_or_default().to_owned();
        let mut value = || {
            args.next()
                .ok_or_else(|| format!("{flag} needs a value; try --help"))
        };
        match flag.as_str() {
            "--procedure" => export.procedure = Some(value()?.into()),
            "--invitation" => export.invitation = Some(value()?.into()),
            "--ics" => export.ics = Some(value()?.into()),
            "--email" => export.email = Some(value()?.into()),
            "--reminders" => export.reminders = Some(value()?.into()),
            "--paper" => {
                let paper = value()?;
                export.paper = paper.to_str().and_then(Paper::parse).ok_or_else(|| {
                    format!(
                        "--paper takes a4 or letter, not {}",
                        paper.to_string_lossy()
                    )
                })?;
            }
            f if f.starts_with('-') => return Err(format!("unknown option {f}; try --help")),
            _ if plan.is_none() => plan = Some(PathBuf::from(arg)),
            _ => return Err("export takes one plan file; try --help".to_owned()),
        }
    }
    export.plan = plan.ok_or("export needs a plan file; try --help")?;
    if export.procedure.is_none()
        && export.invitation.is_none()
        && export.ics.is_none()
        && export.email.is_none()
        && export.reminders.is_none()
    {
        return Err(
            "say what to export: --procedure, --invitation, --ics, --email or --reminders"
                .to_owned(),
        );
    }
    Ok(export)
}

impl Export {
    /// The documents asked for, each with the option that named it.
    fn outputs(&self) -> Vec<(&'static str, &Path)> {
        [
            ("--procedure", &self.procedure),
            ("--invitation", &self.invitation),
            ("--ics", &self.ics),
            ("--email", &self.email),
            ("--reminders", &self.reminders),
        ]
        .into_iter()
        .filter_map(|(flag, path)| Some((flag, path.as_deref()?)))
        .collect()
    }

    /// Refuses, before anything is written, outputs that would destroy something: the
    /// plan itself or any other plan, or another output of the same run (the same file by
    /// any path: links, `..`, other spellings).
    fn check_outputs(&self) -> Result<(), String> {
        let outputs = self.outputs();
        for (i, (flag, path)) in outputs.iter().enumerate() {
            if disk::same_file(path, &self.plan) {
                return Err(format!(
                    "{flag} names the plan itself; a document is never written over its plan. \
                     Give the document a file name of its own. File: {}",
                    path.display()
                ));
            }
            if storage::looks_like_plan(path) {
                return Err(format!(
                    "{flag} names a file that holds a backup plan; a document is never written \
                     over a plan. Give the document a file name of its own. File: {}",
                    path.display()
                ));
            }
            if let Some((other, _)) = outputs[..i]
                .iter()
                .find(|(_, earlier)| disk::same_file(earlier, path))
            {
                return Err(format!(
                    "{other} and {flag} name the same file; each document needs a file of its \
                     own. File: {}",
                    path.display()
                ));
            }
        }
        Ok(())
    }
}

/// Runs `export`; returns the files written, or a message for a person.
pub fn run_export(export: &Export, clock: Clock) -> Result<Vec<PathBuf>, String> {
    export.check_outputs()?;
    let plan = storage::load_plan(&export.plan).map_err(|err| err.to_string())?;
    let today = clock.today();
    let mut written = Vec::new();
    let mut write = |path: &PathBuf, bytes: Result<Vec<u8>, documents::DocumentError>| {
        let bytes = bytes.map_err(|err| err.to_string())?;
        documents::write_document(path, &bytes).map_err(|err| err.to_string())?;
        written.push(path.clone());
        Ok::<(), String>(())
    };
    if let Some(path) = &export.procedure {
        write(path, documents::procedure_pdf(&plan, export.paper, today))?;
    }
    if let Some(path) = &export.reminders {
        let ics = documents::reminders::ics(&plan, clock.today(), clock.now_utc());
        write(path, Ok(ics.into_bytes()))?;
    }
    if export.invitation.is_some() || export.ics.is_some() || export.email.is_some() {
        let session = invitation::session_to_invite(&plan, today).ok_or(
            "The plan has no training session yet (step 13), so there is no invitation to write.",
        )?;
        if let Some(path) = &export.invitation {
            write(
                path,
                documents::invitation_pdf(&plan, session, export.paper, today),
            )?;
        }
        if let Some(path) = &export.ics {
            let ics =
                invitation::ics(&plan, session, clock.now_utc()).map_err(|err| err.to_string())?;
            write(path, Ok(ics.into_bytes()))?;
        }
        if let Some(path) = &export.email {
            write(
                path,
                Ok(invitation::email(&plan, session).as_text().into_bytes()),
            )?;
        }
    }
    Ok(written)
}

/// What `check` found: the report to print, and whether any finding is high.
#[derive(Debug)]
pub struct CheckReport {
    pub text: String,
    pub high: bool,
}

/// Runs `check`: the adviser's findings about the plan at `path` as of the clock's today,
/// and the storage estimate.
pub fn run_check(path: &std::path::Path, clock: Clock) -> Result<CheckReport, String> {
    use std::fmt::Write as _;

    use crate::advice::adviser::{self, Severity};

    let plan = storage::load_plan(path).map_err(|err| err.to_string())?;
    let today = clock.today();
    // As of now; a day given with --on is checked as of its start.
    let findings = adviser::check_at(&plan, clock.now());
    let mut text = String::new();
    let organisation = plan.identity.organisation.trim();
    let _ = write!(text, "{}", plan.display_title());
    if !organisation.is_empty() {
        let _ = write!(text, " ({organisation})");
    }
    let _ = writeln!(text, ", checked on {}", crate::model::format::date(today));
    match findings.len() {
        0 => text.push_str("No findings: the plan keeps to every check.\n"),
        1 => {
            let _ = writeln!(text, "1 finding: {}", adviser::summary(&findings));
        }
        n => {
            let _ = writeln!(text, "{n} findings: {}", adviser::summary(&findings));
        }
    }
    for finding in &findings {
        let rule = finding.rule;
        let _ = writeln!(
            text,
            "\n{:<6}  Step {}  {}  [{}]",
            rule.severity.label().to_uppercase(),
            rule.step.number(),
            rule.title,
            rule.id
        );
        for line in &finding.details {
            let _ = writeln!(text, "  - {line}");
        }
        let _ = writeln!(text, "  What to do: {}", rule.advice);
        let _ = writeln!(
            text,
            "  ISO/IEC 27002:2022: {}",
            crate::model::steps::controls_text(rule.controls, ENGLISH)
        );
    }
    let estimate = crate::advice::estimate::estimate(&plan);
    if !estimate.systems.is_empty() {
        let _ = writeln!(text, "\nStorage: {}", estimate.summary());
    }
    let _ = writeln!(text, "\n{}", adviser::LEGAL_NOTE);
    Ok(CheckReport {
        text,
        high: adviser::count(&findings, Severity::High) > 0,
    })
}

fn parse_import(mut args: impl Iterator<Item = OsString>) -> Result<Invocation, String> {
    let mut files = Vec::new();
    let mut system = None;
    while let Some(arg) = args.next() {
        match arg.to_str() {
            Some("--system") => {
                let name = args
                    .next()
                    .ok_or("--system needs a system's name; try --help")?;
                system = Some(name.to_string_lossy().into_owned());
            }
            Some(flag) if flag.starts_with('-') => {
                return Err(format!("unknown option {flag}; try --help"));
            }
            _ => files.push(PathBuf::from(arg)),
        }
    }
    let mut files = files.into_iter();
    let plan = files
        .next()
        .ok_or("import needs the plan file, then one or more log files; try --help")?;
    let logs: Vec<PathBuf> = files.collect();
    if logs.is_empty() {
        return Err("import needs one or more log files after the plan; try --help".to_owned());
    }
    Ok(Invocation::Import { plan, logs, system })
}

/// What `import` did, for the terminal, and whether any log could be read.
pub struct ImportReport {
    pub text: String,
    pub read_any: bool,
}

/// Runs `import`: reads the logs into the plan at `plan_path` (saved as the app saves)
/// and says what was found. Nothing is written when no log could be read.
pub fn run_import(
    plan_path: &Path,
    logs: &[PathBuf],
    system: Option<&str>,
    clock: Clock,
) -> Result<ImportReport, String> {
    use std::fmt::Write as _;

    use crate::logs::import;

    let (mut plan, state) =
        storage::load_plan_with_state(plan_path).map_err(|err| err.to_string())?;
    let chosen = match system {
        None => None,
        Some(name) => Some(system_named(&plan, name)?),
    };
    let (files, problems) = crate::logs::read_files(logs);
    let mut text = String::new();
    for problem in problems {
        let _ = writeln!(text, "{problem}");
    }
    if files.is_empty() {
        let _ = writeln!(text, "No log could be read; the plan is unchanged.");
        return Ok(ImportReport {
            text,
            read_any: false,
        });
    }
    describe_files(&files, &mut text);
    let mut matches = import::suggest(&plan, &files);
    if let Some(id) = chosen {
        for m in &mut matches {
            m.system = Some(id);
        }
    }
    for m in &matches {
        let system = m
            .system
            .and_then(|id| plan.system_label(id))
            .unwrap_or_else(|| "no system yet".to_owned());
        let _ = writeln!(text, "{} {} -> {system}", m.tool.label(), m.job);
    }
    let mut imported = import::apply(&mut plan, &files, &matches, clock.now());
    let mut state = state;
    // Another import (or a window) may save the plan meanwhile: then its version is read
    // again and the logs are imported into it, so neither is lost.
    let mut tries = 0;
    let saved = loop {
        match storage::save_plan_checked(&plan, plan_path, Some(state)) {
            Err(storage::StorageError::ChangedOnDisk { .. }) if tries < 50 => {
                tries += 1;
                // Imports started together go on at slightly different moments.
                std::thread::sleep(std::time::Duration::from_millis(
                    5 + u64::from(std::process::id() % 20) + tries,
                ));
                let (theirs, their_state) =
                    storage::load_plan_with_state(plan_path).map_err(|err| err.to_string())?;
                plan = theirs;
                state = their_state;
                imported = import::apply(&mut plan, &files, &matches, clock.now());
            }
            other => break other.map_err(|err| err.to_string())?,
        }
    };
    text.push_str(&imported.summary("match them in the app or with --system"));
    for note in saved.notes {
        let _ = writeln!(text, "{note}");
    }
    Ok(ImportReport {
        text,
        read_any: true,
    })
}

/// What each file read held, and how it was read.
fn describe_files(files: &[crate::logs::LogFile], text: &mut String) {
    use std::fmt::Write as _;

    for file in files {
        let _ = write!(
            text,
            "{}: {} of {}",
            file.name,
            crate::logs::runs_phrase(file.run_count()),
            if file.jobs.len() == 1 {
                "1 job".to_owned()
            } else {
                format!("{} jobs", file.jobs.len())
            }
        );
        if !file.skipped.is_empty() {
            let lines: Vec<String> = file
                .skipped
                .iter()
                .take(10)
                .map(ToString::to_string)
                .collect();
            let _ = write!(
                text,
                "; {} lines skipped (line {}{})",
                file.skipped.len(),
                lines.join(", "),
                if file.skipped.len() > 10 { ", ..." } else { "" }
            );
        }
        text.push('\n');
        for note in &file.notes {
            let _ = writeln!(text, "  {note}");
        }
    }
}

/// The system of step 1 called `name` (any case, spaces around ignored).
fn system_named(
    plan: &crate::model::plan::Plan,
    name: &str,
) -> Result<crate::model::plan::SystemId, String> {
    let wanted = name.trim().to_lowercase();
    plan.systems
        .iter()
        .find(|s| s.name.trim().to_lowercase() == wanted)
        .map(|s| s.id)
        .ok_or_else(|| {
            let names: Vec<&str> = plan.systems.iter().map(|s| s.name.trim()).collect();
            format!(
                "step 1 has no system called \"{}\"; its systems are: {}",
                name.trim(),
                names.join(", ")
            )
        })
}

/// `text` made safe to print to a terminal: control characters (escape sequences that
/// could move the cursor, retitle the window or hide text) and the characters that turn
/// text right to left are shown as `\u{..}` instead of acting. A plan received from
/// someone else may hold them; line breaks and tabs stay.
pub fn terminal_safe(text: &str) -> Cow<'_, str> {
    let acts = |c: char| {
        (c.is_control() && c != '\n' && c != '\t')
            || matches!(
                c,
                '\u{61c}' | '\u{200b}'..='\u{200f}' | '\u{2028}'..='\u{202e}'
                    | '\u{2060}'..='\u{206f}' | '\u{feff}'
            )
    };
    if !text.chars().any(acts) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .map(|c| {
                if acts(c) {
                    format!("\\u{{{:x}}}", u32::from(c))
                } else {
                    c.to_string()
                }
            })
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn each_print_job_gets_a_fresh_folder_of_its_own() {
        use std::os::unix::fs::PermissionsExt as _;
        let first = private_folder().unwrap();
        let second = private_folder().unwrap();
        assert_ne!(first, second, "never a folder that is there already");
        let mode = std::fs::metadata(&first).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o700, "{mode:o}");
        // The name a process number alone would give (which another user could make
        // first) is not the one used.
        let guessable =
            std::env::temp_dir().join(format!("backup-planner-print-{}", std::process::id()));
        assert_ne!(first, guessable);
        let _ = std::fs::remove_dir(first);
        let _ = std::fs::remove_dir(second);
    }

    fn parse_words(words: &str) -> Result<Invocation, String> {
        parse(words.split_whitespace().map(OsString::from))
    }

    #[test]
    fn the_command_line_reads_each_form_and_says_what_is_wrong() {
        assert_eq!(parse_words(""), Ok(Invocation::Window { plan: None }));
        assert_eq!(
            parse_words("plan.ron"),
            Ok(Invocation::Window {
                plan: Some("plan.ron".into())
            })
        );
        assert_eq!(parse_words("--version"), Ok(Invocation::Version));
        assert_eq!(parse_words("-h"), Ok(Invocation::Help));
        assert_eq!(
            parse_words("check plan.ron --on 2026-03-31"),
            Ok(Invocation::Check {
                plan: "plan.ron".into(),
                on: chrono::NaiveDate::from_ymd_opt(2026, 3, 31)
            })
        );
        let Ok(Invocation::Export(export)) =
            parse_words("export --paper letter plan.ron --ics t.ics --email t.txt")
        else {
            panic!("export parses in any order");
        };
        assert_eq!(export.plan, PathBuf::from("plan.ron"));
        assert_eq!(export.paper, Paper::Letter);
        assert_eq!(export.ics, Some("t.ics".into()));
        for (words, says) in [
            ("a.ron b.ron", "one plan file at most"),
            ("--frobnicate", "unknown option --frobnicate"),
            ("check", "check takes one plan file"),
            (
                "check plan.ron --on 31/03/2026",
                "--on takes a date like 2026-03-31",
            ),
            ("export plan.ron", "say what to export"),
            ("export --procedure", "--procedure needs a value"),
            (
                "export plan.ron --paper a3 --ics x",
                "--paper takes a4 or letter",
            ),
            ("export --ics x.ics", "export needs a plan file"),
        ] {
            let err = parse_words(words).unwrap_err();
            assert!(err.contains(says), "{words}: {err}");
        }
    }

    #[test]
    fn escape_codes_and_direction_marks_are_shown_not_obeyed() {
        assert_eq!(terminal_safe("plain\nline\tend"), "plain\nline\tend");
        assert_eq!(
            terminal_safe("a\u{1b}]0;owned\u{7}b\u{202e}c\r"),
            "a\\u{1b}]0;owned\\u{7}b\\u{202e}c\\u{d}"
        );
        assert_eq!(
            terminal_safe("\u{61c}x\u{2028}y\u{2029}"),
            "\\u{61c}x\\u{2028}y\\u{2029}"
        );
    }

    #[test]
    fn outputs_may_not_be_the_plan_another_plan_or_each_other() {
        let dir = tempfile::tempdir().unwrap();
        let plan = dir.path().join("plan.ron");
        std::fs::write(&plan, "(format_version: 3)").unwrap();
        let other_plan = dir.path().join("old.ron");
        std::fs::write(&other_plan, "(\n    format_version: 2,\n)").unwrap();
        let export = |args: &[&Path]| {
            let mut words = vec![OsString::from("export"), plan.clone().into()];
            for (flag, path) in ["--procedure", "--ics"].iter().zip(args) {
                words.push(flag.into());
                words.push(path.into());
            }
            let Ok(Invocation::Export(export)) = parse(words) else {
                panic!("parses");
            };
            export.check_outputs()
        };
        let same = dir.path().join(".").join("plan.ron");
        let err = export(&[&same]).unwrap_err();
        assert!(err.contains("--procedure names the plan itself"), "{err}");
        let err = export(&[&other_plan]).unwrap_err();
        assert!(err.contains("holds a backup plan"), "{err}");
        // A plan that names its format only after a long comment is still a plan.
        let annotated = dir.path().join("annotated.ron");
        let comment = format!("// {}\n", "Reviewed by the board. ".repeat(400));
        std::fs::write(&annotated, comment + "(\n    format_version: 3,\n)").unwrap();
        let err = export(&[&annotated]).unwrap_err();
        assert!(err.contains("holds a backup plan"), "{err}");
        let pdf = dir.path().join("out.pdf");
        std::fs::create_dir(dir.path().join("x")).unwrap();
        let err = export(&[&pdf, &dir.path().join("x").join("..").join("out.pdf")]).unwrap_err();
        assert!(
            err.contains("--procedure and --ics name the same file"),
            "{err}"
        );
        assert!(export(&[&pdf, &dir.path().join("out.ics")]).is_ok());
        assert!(matches!(
            parse_words("export --procedure a.pdf plan.ron"),
            Ok(Invocation::Export(Export { .. }))
        ));
    }
}
