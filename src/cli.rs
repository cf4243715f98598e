//! The command line: `backup-planner [PLAN.ron]`, `export`, `check`, `import`, `print`,
//! `--version`.
//!
//! Parsing and the headless commands live here, apart from `main.rs`, so tests can run
//! them without a window. What they print comes from `assets/i18n/<language>/cli.ftl`, in
//! the language `--lang` names, else the computer's; the options and the synopsis of
//! `--help` are the same in every language.

use std::borrow::Cow;
use std::ffi::OsString;
use std::path::{Path, PathBuf};

use crate::documents::{self, invitation};
use crate::files::disk;
use crate::files::storage;
use crate::i18n::{Arg, Language, Phrase};
use crate::model::options::Paper;
use crate::platform::clock::Clock;

/// What the command line asks for. `language` is what `--lang` named, if it was given.
#[derive(Debug, PartialEq)]
pub enum Invocation {
    /// Open the window, with this plan if one is given.
    Window {
        plan: Option<PathBuf>,
    },
    Version,
    /// Print the usage, in the language `--lang` named (else the computer's).
    Help {
        language: Option<Language>,
    },
    Export(Export),
    /// Print the adviser's findings about a plan, as of a day (today when `None`).
    Check {
        plan: PathBuf,
        on: Option<chrono::NaiveDate>,
        language: Option<Language>,
    },
    /// Read backup logs into a plan, all for one system when one is named.
    Import {
        plan: PathBuf,
        logs: Vec<PathBuf>,
        system: Option<String>,
        language: Option<Language>,
    },
    /// Print a plan's procedure with the print system.
    Print {
        plan: PathBuf,
        options: crate::platform::printing::PrintOptions,
        language: Option<Language>,
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
    /// What `--lang` named: the language of the messages and of the documents (which are
    /// otherwise in the plan's document language).
    pub language: Option<Language>,
}

/// The commands `--help` lists: each one's synopsis, a line each as typed (the same in
/// every language: a Fluent value may not start with `[`), and the message explaining it.
const COMMANDS: [(&[&str], &str); 6] = [
    (&["backup-planner [PLAN.ron]"], "cli-usage-window"),
    (
        &[
            "backup-planner export PLAN.ron [--procedure OUT.pdf] [--invitation OUT.pdf]",
            "               [--ics OUT.ics] [--email OUT.txt] [--reminders OUT.ics]",
            "               [--paper a4|letter] [--lang CODE]",
        ],
        "cli-usage-export",
    ),
    (
        &["backup-planner check PLAN.ron [--on YYYY-MM-DD] [--lang CODE]"],
        "cli-usage-check",
    ),
    (
        &["backup-planner import PLAN.ron LOG... [--system NAME] [--lang CODE]"],
        "cli-usage-import",
    ),
    (
        &[
            "backup-planner print PLAN.ron [--printer NAME] [--copies N] [--pages 1-3]",
            "               [--two-sided] [--paper a4|letter] [--lang CODE]",
        ],
        "cli-usage-print",
    ),
    (&["backup-planner --version"], "cli-usage-version"),
];

/// The column the explanations of `--help` start in, and their width: the usage fits in
/// 87 columns.
const EXPLAIN_AT: usize = 39;
const EXPLAIN_WIDTH: usize = 48;

/// The usage text `--help` prints, its explanations in `language`.
pub fn usage(language: Language) -> String {
    let codes: Vec<&str> = Language::all().map(Language::code).collect();
    let lang = format!("--lang {}", codes.join("|"));
    let mut commands: Vec<(Vec<&str>, &str)> = COMMANDS
        .iter()
        .map(|(synopsis, message)| (synopsis.to_vec(), *message))
        .collect();
    // `--lang` before `--version`, the last.
    commands.insert(commands.len() - 1, (vec![lang.as_str()], "cli-usage-lang"));
    let mut lines = vec![language.text("cli-usage-heading").into_owned()];
    for (synopsis, message) in commands {
        let explanation = wrap(&language.text(message), EXPLAIN_WIDTH);
        let mut explanation = explanation.iter();
        match synopsis.as_slice() {
            // A short synopsis of one line has its explanation beside it.
            [line] if line.chars().count() + 4 <= EXPLAIN_AT => {
                let first = explanation.next().map_or("", String::as_str);
                let line = format!("  {line}");
                lines.push(format!("{line:EXPLAIN_AT$}{first}"));
            }
            _ => lines.extend(synopsis.iter().map(|line| format!("  {line}"))),
        }
        for line in explanation {
            lines.push(format!("{:EXPLAIN_AT$}{line}", ""));
        }
    }
    lines.join("\n")
}

/// `text` in lines of at most `width` characters, broken between words (a word longer
/// than the width has a line of its own).
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    // Only breakable spaces break a line: French keeps a no-break space before ":" and ";".
    let breakable = |c: char| c.is_whitespace() && c != '\u{a0}' && c != '\u{202f}';
    for word in text.split(breakable).filter(|w| !w.is_empty()) {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// Reads the arguments (without the program name). The error is a message for a person,
/// in the language `--lang` names, else in the computer's.
pub fn parse(args: impl IntoIterator<Item = OsString>) -> Result<Invocation, String> {
    parse_in(args, Language::of_system())
}

/// Reads the arguments (without the program name). The error is a message for a person,
/// in the language `--lang` names (wherever it stands; when it is given twice, in the one
/// language both name, else in `language`), else in `language`.
pub fn parse_in(
    args: impl IntoIterator<Item = OsString>,
    language: Language,
) -> Result<Invocation, String> {
    let args: Vec<OsString> = args.into_iter().collect();
    read_args(args.iter().cloned()).map_err(|mistake| {
        let mut asked: Vec<Language> = args
            .windows(2)
            .filter(|pair| pair[0].to_str() == Some("--lang"))
            .filter_map(|pair| Language::from_code(pair[1].to_str()?))
            .collect();
        asked.sort();
        asked.dedup();
        match asked.as_slice() {
            [one] => mistake.text(*one),
            _ => mistake.text(language),
        }
    })
}

/// Most characters of a value typed that a message repeats.
const SHOWN_AT_MOST: usize = 40;

/// A value as typed, to be repeated in a message: on one line and shortened to
/// [`SHOWN_AT_MOST`] characters ("xxxx…"), and in quotes when it is empty or only spaces,
/// which would otherwise not show.
fn shown(text: &str) -> String {
    if text.trim().is_empty() {
        let text: String = text.chars().take(SHOWN_AT_MOST).collect();
        format!("{text:?}")
    } else {
        crate::model::format::one_line(text, SHOWN_AT_MOST)
    }
}

/// The language `--lang` names, or why there is none.
fn language_named(code: &str) -> Result<Language, Phrase> {
    Language::from_code(code).ok_or_else(|| {
        let languages: Vec<Arg> = Language::all()
            .map(|l| Arg::Text(format!("{} ({})", l.code(), l.name())))
            .collect();
        Phrase::new("cli-unknown-language")
            .with("code", shown(code))
            .with("languages", Arg::Joined(languages))
    })
}

/// Reads the value of `--lang` into `language`: refused when it names no language the
/// app speaks, or when `--lang` was given already (before the command or after it).
fn set_language(language: &mut Option<Language>, value: Option<OsString>) -> Result<(), Phrase> {
    let value = value.ok_or_else(|| needs_value("--lang"))?;
    if language.is_some() {
        return Err(Phrase::new("cli-lang-twice"));
    }
    *language = Some(language_named(&value.to_string_lossy())?);
    Ok(())
}

/// "unknown option --frobnicate; try --help".
fn unknown_option(option: &str) -> Phrase {
    Phrase::new("cli-unknown-option").with("option", shown(option))
}

/// "--paper needs a value; try --help".
fn needs_value(option: &str) -> Phrase {
    Phrase::new("cli-needs-value").with("option", option)
}

/// The arguments read, or what is wrong with them. `--lang` may stand before the
/// command as well as after it.
fn read_args(args: impl IntoIterator<Item = OsString>) -> Result<Invocation, Phrase> {
    let mut args = args.into_iter().peekable();
    let mut language = None;
    while args.peek().and_then(|a| a.to_str()) == Some("--lang") {
        args.next();
        set_language(&mut language, args.next())?;
    }
    match args.peek().and_then(|a| a.to_str()) {
        Some("--version" | "-V") => return Ok(Invocation::Version),
        Some("--help" | "-h") => {
            // Only `--lang` counts after it; the rest is what help was wanted for.
            args.next();
            while let Some(arg) = args.next() {
                if arg.to_str() == Some("--lang") {
                    set_language(&mut language, args.next())?;
                }
            }
            return Ok(Invocation::Help { language });
        }
        Some("export") => {
            args.next();
            return parse_export(args, language).map(Invocation::Export);
        }
        Some("check") => {
            args.next();
            return parse_check(args, language);
        }
        Some("import") => {
            args.next();
            return parse_import(args, language);
        }
        Some("print") => {
            args.next();
            return parse_print(args, language);
        }
        _ => {}
    }
    // The window has a menu for its language.
    let not_for_window =
        || Phrase::new("cli-lang-not-for-window").with_message("menu", "menu-language");
    if language.is_some() {
        return Err(not_for_window());
    }
    let mut plan = None;
    for arg in args {
        match arg.to_str() {
            Some("--lang") => return Err(not_for_window()),
            Some(flag) if flag.starts_with('-') => return Err(unknown_option(flag)),
            _ if plan.is_none() => plan = Some(PathBuf::from(arg)),
            _ => return Err(Phrase::new("cli-one-plan-at-most")),
        }
    }
    Ok(Invocation::Window { plan })
}

/// `check`'s arguments; `language` is what a `--lang` before the command named.
fn parse_check(
    mut args: impl Iterator<Item = OsString>,
    mut language: Option<Language>,
) -> Result<Invocation, Phrase> {
    let mut plans = Vec::new();
    let mut on = None;
    while let Some(arg) = args.next() {
        match arg.to_str() {
            Some("--on") => {
                let value = args
                    .next()
                    .ok_or_else(|| Phrase::new("cli-on-needs-date"))?;
                let text = value.to_string_lossy();
                on =
                    Some(crate::model::format::parse_date(&text).ok_or_else(|| {
                        Phrase::new("cli-on-not-a-date").with("text", shown(&text))
                    })?);
            }
            Some("--lang") => set_language(&mut language, args.next())?,
            Some(flag) if flag.starts_with('-') => return Err(unknown_option(flag)),
            _ => plans.push(PathBuf::from(arg)),
        }
    }
    match <[PathBuf; 1]>::try_from(plans) {
        Ok([plan]) => Ok(Invocation::Check { plan, on, language }),
        Err(_) => Err(Phrase::new("cli-one-plan").with("command", "check")),
    }
}

/// `print`'s arguments; `language` is what a `--lang` before the command named.
fn parse_print(
    args: impl Iterator<Item = OsString>,
    mut language: Option<Language>,
) -> Result<Invocation, Phrase> {
    use crate::platform::printing::{MOST_COPIES, Pages, PrintOptions};
    let mut options = PrintOptions::default();
    let mut plan = None;
    let mut args = args;
    while let Some(arg) = args.next() {
        let flag = arg.to_str().unwrap_or_default().to_owned();
        if flag == "--lang" {
            set_language(&mut language, args.next())?;
            continue;
        }
        let mut value = || {
            args.next()
                .map(|v| v.to_string_lossy().into_owned())
                .ok_or_else(|| needs_value(&flag))
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
                        Phrase::new("cli-copies-not-a-number")
                            .with("most", MOST_COPIES)
                            .with("text", shown(&text))
                    })?;
            }
            "--pages" => {
                let text = value()?;
                options.pages = Pages::parse(&text)
                    .ok_or_else(|| Phrase::new("cli-pages-not-pages").with("text", shown(&text)))?;
            }
            "--two-sided" => options.two_sided = true,
            "--paper" => {
                let text = value()?;
                options.paper = Paper::parse(&text).ok_or_else(|| {
                    Phrase::new("cli-paper-not-a-paper").with("text", shown(&text))
                })?;
            }
            f if f.starts_with('-') => return Err(unknown_option(f)),
            _ if plan.is_none() => plan = Some(PathBuf::from(arg)),
            _ => return Err(Phrase::new("cli-one-plan").with("command", "print")),
        }
    }
    let plan = plan.ok_or_else(|| Phrase::new("cli-needs-plan").with("command", "print"))?;
    Ok(Invocation::Print {
        plan,
        options,
        language,
    })
}

/// Runs `print`: makes the plan's procedure (in `document_language`, else the plan's own)
/// and sends it to the printer; the print system's words for the job, or a message for a
/// person in `language`.
pub fn run_print(
    plan_path: &Path,
    options: &crate::platform::printing::PrintOptions,
    document_language: Option<Language>,
    clock: Clock,
    language: Language,
) -> Result<String, String> {
    use crate::platform::printing;
    // Asked first: nothing is made for a printer that is not there.
    let printers = printing::printers().map_err(|err| err.text(language))?;
    if let Some(name) = &options.printer
        && !printers.iter().any(|p| &p.name == name)
    {
        let names: Vec<&str> = printers.iter().map(|p| p.name.as_str()).collect();
        return Err(
            printing::PrintError::UnknownPrinter(name.clone(), names.join(", ")).text(language),
        );
    }
    let mut plan = storage::load_plan(plan_path).map_err(|err| err.text(language))?;
    if let Some(chosen) = document_language {
        plan.identity.document_language = chosen;
    }
    let (pdf, pages) = documents::procedure_pdf_counted(&plan, options.paper, clock.today())
        .map_err(|err| err.text(language))?;
    // Pages past the end are none to print: said, and nothing sent.
    let mut options = options.clone();
    options.pages = options.pages.within(pages).ok_or_else(|| {
        Phrase::new("cli-print-no-such-pages")
            .with("count", pages)
            .with("pages", options.pages.text().unwrap_or_default())
            .text(language)
    })?;
    let dir = private_folder().map_err(|why| why.text(language))?;
    // The job is named after the file: letters, digits and dashes only (a name with a
    // space brought a CUPS scheduler with cups-pdf down in testing).
    let stem: String = crate::model::format::one_line(&plan.display_title(language), 60)
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect();
    let path = dir.join(format!("{}-procedure.pdf", stem.trim_matches('-')));
    documents::write_document(&path, &pdf).map_err(|err| err.text(language))?;
    let printed = printing::print_pdf(&path, &options).map_err(|err| err.text(language));
    // The print system has its own copy once it took the job.
    let _ = std::fs::remove_dir_all(&dir);
    printed
}

/// A new folder of this user's alone in the temporary folder, for the file handed to the
/// print system: made fresh (never one that is there already, which someone else may
/// have made to swap the document or to have their files removed with it).
fn private_folder() -> Result<PathBuf, Phrase> {
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
            Err(err) => {
                return Err(Phrase::new("cli-print-folder-error")
                    .with("error", err.to_string())
                    .with("folder", dir.display().to_string()));
            }
        }
    }
    Err(Phrase::new("cli-print-no-folder")
        .with("folder", base.display().to_string())
        .with("error", last.map(|e| e.to_string()).unwrap_or_default()))
}

/// `export`'s arguments; `language` is what a `--lang` before the command named.
fn parse_export(
    args: impl Iterator<Item = OsString>,
    language: Option<Language>,
) -> Result<Export, Phrase> {
    let mut export = Export {
        language,
        ..Export::default()
    };
    let mut plan = None;
    let mut args = args;
    while let Some(arg) = args.next() {
        let flag = arg.to_str().unwrap_or_default().to_owned();
        if flag == "--lang" {
            set_language(&mut export.language, args.next())?;
            continue;
        }
        let mut value = || args.next().ok_or_else(|| needs_value(&flag));
        match flag.as_str() {
            "--procedure" => export.procedure = Some(value()?.into()),
            "--invitation" => export.invitation = Some(value()?.into()),
            "--ics" => export.ics = Some(value()?.into()),
            "--email" => export.email = Some(value()?.into()),
            "--reminders" => export.reminders = Some(value()?.into()),
            "--paper" => {
                let paper = value()?;
                export.paper = paper.to_str().and_then(Paper::parse).ok_or_else(|| {
                    Phrase::new("cli-paper-not-a-paper")
                        .with("text", shown(&paper.to_string_lossy()))
                })?;
            }
            f if f.starts_with('-') => return Err(unknown_option(f)),
            _ if plan.is_none() => plan = Some(PathBuf::from(arg)),
            _ => return Err(Phrase::new("cli-one-plan").with("command", "export")),
        }
    }
    export.plan = plan.ok_or_else(|| Phrase::new("cli-needs-plan").with("command", "export"))?;
    if export.procedure.is_none()
        && export.invitation.is_none()
        && export.ics.is_none()
        && export.email.is_none()
        && export.reminders.is_none()
    {
        return Err(Phrase::new("cli-export-what"));
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
    /// any path: links, `..`, other spellings). Says why in `language`.
    fn check_outputs(&self, language: Language) -> Result<(), String> {
        let outputs = self.outputs();
        for (i, (flag, path)) in outputs.iter().enumerate() {
            let file = path.display().to_string();
            if disk::same_file(path, &self.plan) {
                return Err(Phrase::new("cli-export-is-the-plan")
                    .with("option", *flag)
                    .with("file", file)
                    .text(language));
            }
            if storage::looks_like_plan(path) {
                return Err(Phrase::new("cli-export-is-a-plan")
                    .with("option", *flag)
                    .with("file", file)
                    .text(language));
            }
            if let Some((other, _)) = outputs[..i]
                .iter()
                .find(|(_, earlier)| disk::same_file(earlier, path))
            {
                return Err(Phrase::new("cli-export-same-file")
                    .with("first", *other)
                    .with("option", *flag)
                    .with("file", file)
                    .text(language));
            }
        }
        Ok(())
    }
}

/// Runs `export`; returns the files written, or a message for a person in `language`.
/// The documents are in the language `--lang` named, else in the plan's document language.
pub fn run_export(
    export: &Export,
    clock: Clock,
    language: Language,
) -> Result<Vec<PathBuf>, String> {
    export.check_outputs(language)?;
    let mut plan = storage::load_plan(&export.plan).map_err(|err| err.text(language))?;
    if let Some(chosen) = export.language {
        plan.identity.document_language = chosen;
    }
    let today = clock.today();
    let mut written = Vec::new();
    let mut write = |path: &PathBuf, bytes: Result<Vec<u8>, documents::DocumentError>| {
        let bytes = bytes.map_err(|err| err.text(language))?;
        documents::write_document(path, &bytes).map_err(|err| err.text(language))?;
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
        let session = invitation::session_to_invite(&plan, today)
            .ok_or_else(|| language.text("cli-export-no-session").into_owned())?;
        if let Some(path) = &export.invitation {
            write(
                path,
                documents::invitation_pdf(&plan, session, export.paper, today),
            )?;
        }
        if let Some(path) = &export.ics {
            let ics = invitation::ics(&plan, session, clock.now_utc())
                .map_err(|err| err.text(language))?;
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

/// "wrote OUT.pdf", in `language`: what `export` says of each file written.
pub fn wrote(path: &Path, language: Language) -> String {
    Phrase::new("cli-wrote")
        .with("file", path.display().to_string())
        .text(language)
}

/// What `check` found: the report to print, and whether any finding is high.
#[derive(Debug)]
pub struct CheckReport {
    pub text: String,
    pub high: bool,
}

/// Runs `check`: the adviser's findings about the plan at `path` as of the clock's today,
/// and the storage estimate, in `language`.
pub fn run_check(
    path: &std::path::Path,
    clock: Clock,
    language: Language,
) -> Result<CheckReport, String> {
    use std::fmt::Write as _;

    use crate::advice::adviser::{self, Severity};

    let plan = storage::load_plan(path).map_err(|err| err.text(language))?;
    let today = language.formats().date(clock.today());
    // As of now; a day given with --on is checked as of its start.
    let findings = adviser::check_at(&plan, clock.now());
    let mut text = String::new();
    let organisation = plan.identity.organisation.trim();
    let title = plan.display_title(language);
    let heading = if organisation.is_empty() {
        Phrase::new("cli-check-heading-no-organisation")
            .with("plan", title)
            .with("date", today.as_str())
            .text(language)
    } else {
        Phrase::new("cli-check-heading")
            .with("plan", title)
            .with("organisation", organisation)
            .with("date", today.as_str())
            .text(language)
    };
    let _ = writeln!(text, "{heading}");
    if findings.is_empty() {
        let _ = writeln!(text, "{}", language.text("cli-check-no-findings"));
    } else {
        let summary = adviser::summary(&findings, language);
        let _ = writeln!(
            text,
            "{}",
            Phrase::new("cli-check-findings")
                .with("count", findings.len())
                .with("summary", summary)
                .text(language)
        );
    }
    // The severities stand in a column as wide as the language's longest.
    let width = Severity::ALL
        .iter()
        .map(|s| s.label(language).chars().count())
        .max()
        .unwrap_or_default();
    for finding in &findings {
        write_finding(&mut text, finding, width, language);
    }
    let estimate = crate::advice::estimate::estimate(&plan);
    if !estimate.systems.is_empty() {
        let _ = writeln!(
            text,
            "\n{}",
            Phrase::new("cli-check-storage")
                .with("estimate", estimate.summary_in(language))
                .text(language)
        );
    }
    let _ = writeln!(text, "\n{}", adviser::legal_note(language));
    Ok(CheckReport {
        text,
        high: adviser::count(&findings, Severity::High) > 0,
    })
}

/// One finding of `check`'s report, its severity padded to `width`, in `language`.
fn write_finding(
    text: &mut String,
    finding: &crate::advice::adviser::Finding,
    width: usize,
    language: Language,
) {
    use std::fmt::Write as _;

    let rule = finding.rule;
    let severity = rule.severity.label(language).to_uppercase();
    let _ = writeln!(
        text,
        "\n{}",
        Phrase::new("cli-check-finding")
            .with("severity", format!("{severity:<width$}"))
            .with("step", rule.step.number())
            .with("title", rule.title(language).into_owned())
            .with("rule", rule.id)
            .text(language)
    );
    for line in finding.details(language) {
        let _ = writeln!(text, "  - {line}");
    }
    let _ = writeln!(
        text,
        "  {}",
        Phrase::new("cli-check-what-to-do")
            .with("advice", rule.advice(language).into_owned())
            .text(language)
    );
    let _ = writeln!(
        text,
        "  {}",
        Phrase::new("cli-check-controls")
            .with(
                "controls",
                crate::model::steps::controls_text(rule.controls, language)
            )
            .text(language)
    );
}

/// `import`'s arguments; `language` is what a `--lang` before the command named.
fn parse_import(
    mut args: impl Iterator<Item = OsString>,
    mut language: Option<Language>,
) -> Result<Invocation, Phrase> {
    let mut files = Vec::new();
    let mut system = None;
    while let Some(arg) = args.next() {
        match arg.to_str() {
            Some("--system") => {
                let name = args
                    .next()
                    .ok_or_else(|| Phrase::new("cli-system-needs-name"))?;
                system = Some(name.to_string_lossy().into_owned());
            }
            Some("--lang") => set_language(&mut language, args.next())?,
            Some(flag) if flag.starts_with('-') => return Err(unknown_option(flag)),
            _ => files.push(PathBuf::from(arg)),
        }
    }
    let mut files = files.into_iter();
    let plan = files
        .next()
        .ok_or_else(|| Phrase::new("cli-import-needs-plan"))?;
    let logs: Vec<PathBuf> = files.collect();
    if logs.is_empty() {
        return Err(Phrase::new("cli-import-needs-logs"));
    }
    Ok(Invocation::Import {
        plan,
        logs,
        system,
        language,
    })
}

/// What `import` did, for the terminal, and whether any log could be read.
pub struct ImportReport {
    pub text: String,
    pub read_any: bool,
}

/// Runs `import`: reads the logs into the plan at `plan_path` (saved as the app saves)
/// and says what was found, in `language`. Nothing is written when no log could be read.
pub fn run_import(
    plan_path: &Path,
    logs: &[PathBuf],
    system: Option<&str>,
    clock: Clock,
    language: Language,
) -> Result<ImportReport, String> {
    use std::fmt::Write as _;

    use crate::logs::import;

    let (mut plan, state) =
        storage::load_plan_with_state(plan_path).map_err(|err| err.text(language))?;
    let chosen = match system {
        None => None,
        Some(name) => Some(system_named(&plan, name, language)?),
    };
    let (files, problems) = crate::logs::read_files(logs);
    let mut text = String::new();
    for problem in problems {
        let _ = writeln!(text, "{}", problem.text(language));
    }
    if files.is_empty() {
        let _ = writeln!(text, "{}", language.text("cli-import-nothing-read"));
        return Ok(ImportReport {
            text,
            read_any: false,
        });
    }
    describe_files(&files, &mut text, language);
    let mut matches = import::suggest(&plan, &files);
    if let Some(id) = chosen {
        for m in &mut matches {
            m.system = Some(id);
        }
    }
    for m in &matches {
        let line = match m.system.and_then(|id| plan.system_label(id, language)) {
            Some(system) => Phrase::new("cli-import-match")
                .with("tool", m.tool.label())
                .with("job", m.job.as_str())
                .with("system", system)
                .text(language),
            None => Phrase::new("cli-import-no-match")
                .with("tool", m.tool.label())
                .with("job", m.job.as_str())
                .text(language),
        };
        let _ = writeln!(text, "{line}");
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
                    storage::load_plan_with_state(plan_path).map_err(|err| err.text(language))?;
                plan = theirs;
                state = their_state;
                imported = import::apply(&mut plan, &files, &matches, clock.now());
            }
            other => break other.map_err(|err| err.text(language))?,
        }
    };
    text.push_str(&imported.summary(import::SummaryFor::CommandLine, language));
    for note in saved.notes {
        let _ = writeln!(text, "{}", note.text(language));
    }
    Ok(ImportReport {
        text,
        read_any: true,
    })
}

/// What each file read held, and how it was read.
fn describe_files(files: &[crate::logs::LogFile], text: &mut String, language: Language) {
    use std::fmt::Write as _;

    /// The line numbers said of the lines skipped; "..." after them when there are more.
    const LINES_SAID: usize = 10;

    for file in files {
        let line = if file.skipped.is_empty() {
            Phrase::new("cli-import-file")
                .with("file", file.name.as_str())
                .with("runs", file.run_count())
                .with("jobs", file.jobs.len())
                .text(language)
        } else {
            let mut lines: Vec<String> = file
                .skipped
                .iter()
                .take(LINES_SAID)
                .map(ToString::to_string)
                .collect();
            if file.skipped.len() > LINES_SAID {
                lines.push("...".to_owned());
            }
            Phrase::new("cli-import-file-skipped")
                .with("file", file.name.as_str())
                .with("runs", file.run_count())
                .with("jobs", file.jobs.len())
                .with("skipped", file.skipped.len())
                .with("lines", lines.join(", "))
                .text(language)
        };
        let _ = writeln!(text, "{line}");
        for note in &file.notes {
            let _ = writeln!(text, "  {}", note.text(language));
        }
    }
}

/// The system of step 1 called `name` (any case, spaces around ignored), or why there is
/// none, in `language`.
fn system_named(
    plan: &crate::model::plan::Plan,
    name: &str,
    language: Language,
) -> Result<crate::model::plan::SystemId, String> {
    let wanted = name.trim().to_lowercase();
    plan.systems
        .iter()
        .find(|s| s.name.trim().to_lowercase() == wanted)
        .map(|s| s.id)
        .ok_or_else(|| {
            let names: Vec<&str> = plan.systems.iter().map(|s| s.name.trim()).collect();
            Phrase::new("cli-import-no-such-system")
                .with(
                    "name",
                    crate::model::format::one_line(name.trim(), SHOWN_AT_MOST),
                )
                .with("systems", names.join(", "))
                .text(language)
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
        parse_in(
            words.split_whitespace().map(OsString::from),
            Language::ENGLISH,
        )
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
        assert_eq!(parse_words("-h"), Ok(Invocation::Help { language: None }));
        assert_eq!(
            parse_words("check plan.ron --on 2026-03-31"),
            Ok(Invocation::Check {
                plan: "plan.ron".into(),
                on: chrono::NaiveDate::from_ymd_opt(2026, 3, 31),
                language: None,
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
    fn lang_names_the_language_and_mistakes_are_said_in_it() {
        let german = Language::from_code("de").unwrap();
        assert_eq!(
            parse_words("check plan.ron --lang de"),
            Ok(Invocation::Check {
                plan: "plan.ron".into(),
                on: None,
                language: Some(german),
            })
        );
        let Ok(Invocation::Export(export)) =
            parse_words("export plan.ron --lang fr --procedure out.pdf")
        else {
            panic!("export takes --lang");
        };
        assert_eq!(export.language, Language::from_code("fr"));
        assert!(matches!(
            parse_words("import plan.ron a.log --lang es"),
            Ok(Invocation::Import {
                language: Some(_),
                ..
            })
        ));
        assert!(matches!(
            parse_words("print plan.ron --lang en"),
            Ok(Invocation::Print {
                language: Some(Language::ENGLISH),
                ..
            })
        ));
        let err = parse_words("check plan.ron --lang xx").unwrap_err();
        for named in [
            "xx",
            "en (English)",
            "de (Deutsch)",
            "fr (Français)",
            "es (Español)",
        ] {
            assert!(err.contains(named), "{err}");
        }
        assert!(
            parse_words("--lang de").is_err(),
            "the window has its own menu"
        );
        // Before the command too, and with --help on either side.
        assert_eq!(
            parse_words("--lang de check plan.ron"),
            parse_words("check plan.ron --lang de")
        );
        for words in ["--lang de --help", "--help --lang de", "-h x --lang de"] {
            assert_eq!(
                parse_words(words),
                Ok(Invocation::Help {
                    language: Some(german)
                }),
                "{words}"
            );
        }
        let Ok(Invocation::Export(export)) = parse_words("--lang fr export plan.ron --ics x")
        else {
            panic!("export takes --lang before it");
        };
        assert_eq!(export.language, Language::from_code("fr"));
        // Once only, wherever it stands.
        for words in [
            "--lang de --lang fr check plan.ron",
            "--lang de check plan.ron --lang de",
            "export plan.ron --lang de --ics x --lang fr",
            "import plan.ron a.log --lang de --lang de",
            "print plan.ron --lang fr --lang fr",
            "--help --lang de --lang de",
        ] {
            let err = parse_words(words).unwrap_err();
            assert!(
                err.contains("--lang") && !err.contains("unknown"),
                "{words}: {err}"
            );
        }
        // A mistake is said in the language asked for, wherever --lang stands.
        let said = parse_in(
            ["check", "a.ron", "b.ron", "--lang", "de"].map(OsString::from),
            Language::ENGLISH,
        )
        .unwrap_err();
        assert_eq!(
            said,
            Phrase::new("cli-one-plan")
                .with("command", "check")
                .text(german)
        );
    }

    #[test]
    fn a_value_is_repeated_short_and_visible() {
        assert_eq!(shown("xx"), "xx");
        assert_eq!(shown(""), "\"\"");
        assert_eq!(shown("  "), "\"  \"");
        let long = shown(&"x".repeat(100_000));
        assert_eq!(long.chars().count(), SHOWN_AT_MOST);
        assert!(long.ends_with("x…"), "{long}");
        let err = parse_words("check plan.ron --lang").unwrap_err();
        assert!(err.contains("--lang needs a value"), "{err}");
        let err = parse_in(
            ["check", "plan.ron", "--lang", ""].map(OsString::from),
            Language::ENGLISH,
        )
        .unwrap_err();
        assert!(err.ends_with("not \"\""), "{err}");
    }

    #[test]
    fn the_usage_wraps_each_explanation_beside_its_synopsis() {
        let text = usage(Language::ENGLISH);
        assert!(text.starts_with("Usage:\n  backup-planner [PLAN.ron]            open the app"));
        let pad = " ".repeat(EXPLAIN_AT);
        assert!(
            text.contains(&format!(
                "  backup-planner check PLAN.ron [--on YYYY-MM-DD] [--lang CODE]\n\
                 {pad}print the adviser's findings (as of today, or of\n\
                 {pad}the day given) and the storage estimate; exit\n"
            )),
            "{text}"
        );
        assert!(text.contains("  --lang en|de|fr|es"), "{text}");
        assert!(text.ends_with("  backup-planner --version             print the version"));
        // Every explanation keeps to its column, in every language.
        for language in Language::all() {
            for line in usage(language).lines().filter(|l| l.starts_with(&pad)) {
                assert!(line.chars().count() <= EXPLAIN_AT + EXPLAIN_WIDTH, "{line}");
            }
        }
    }

    #[test]
    fn the_usage_breaks_lines_only_where_a_space_may_break() {
        let lines = wrap("Aide\u{a0}: un mot\u{202f}; deux", 10);
        assert_eq!(lines, ["Aide\u{a0}: un", "mot\u{202f}; deux"]);
        assert!(lines.iter().all(|l| !l.starts_with([':', ';'])));
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
            let Ok(Invocation::Export(export)) = parse_in(words, Language::ENGLISH) else {
                panic!("parses");
            };
            export.check_outputs(Language::ENGLISH)
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
