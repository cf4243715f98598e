//! The command line: `backup-planner [PLAN.ron]`, `export`, `--version`.
//!
//! Parsing and the headless commands live here, apart from `main.rs`, so tests can run
//! them without a window.

use std::ffi::OsString;
use std::path::PathBuf;

use crate::clock::Clock;
use crate::documents::{self, Paper, invitation};
use crate::storage;

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
}

/// `export PLAN.ron --procedure OUT.pdf ...`
#[derive(Debug, Default, PartialEq)]
pub struct Export {
    pub plan: PathBuf,
    pub procedure: Option<PathBuf>,
    pub invitation: Option<PathBuf>,
    pub ics: Option<PathBuf>,
    pub email: Option<PathBuf>,
    pub paper: Paper,
}

/// The usage text `--help` prints.
pub const USAGE: &str = "\
Usage:
  backup-planner [PLAN.ron]            open the app, optionally with a plan
  backup-planner export PLAN.ron [--procedure OUT.pdf] [--invitation OUT.pdf]
                 [--ics OUT.ics] [--email OUT.txt] [--paper a4|letter]
                                       write the plan's documents without a window
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
    {
        return Err("say what to export: --procedure, --invitation, --ics or --email".to_owned());
    }
    Ok(export)
}

/// Runs `export`; returns the files written, or a message for a person.
pub fn run_export(export: &Export, clock: Clock) -> Result<Vec<PathBuf>, String> {
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
                invitation::ics(&plan, session, clock.now()).map_err(|err| err.to_string())?;
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
