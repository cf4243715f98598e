//! Handing things to the operating system: printing a PDF, opening a file or a
//! `mailto:` link with the program the person has chosen for it.

use std::io::{self, Read as _};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::i18n::{Language, Phrase};

pub use crate::platform::printing::{Pages, PrintOptions, Printer};

/// What became of a print request.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Printed {
    /// The print system took the job.
    Sent,
    /// No print system answered; the file was opened in the default viewer to print from.
    OpenedInViewer,
}

/// Printing and opening, through the operating system or a stand-in in tests.
pub trait Desktop {
    /// The printers there are, the default first; why not, where no print system answers.
    fn printers(&mut self) -> Result<Vec<Printer>, String>;
    /// Prints a PDF with the options chosen in the print dialog.
    fn print(&mut self, pdf: &Path, options: &PrintOptions) -> Result<Printed, String>;
    /// Opens a file or a link (such as `mailto:`) with its default program.
    fn open(&mut self, target: &str) -> Result<(), String>;
}

/// The real operating system. What goes wrong is said in the window's language
/// ([`crate::i18n::ui`]): only the window asks it.
pub struct SystemDesktop;

/// How long a helper program may take before it is taken to have started fine: a viewer
/// opened by `xdg-open` may stay in the foreground until the person closes it.
const PATIENCE: Duration = Duration::from_secs(3);

/// Runs a helper program and reports its failure in its own words, or in `language`
/// where it says nothing.
fn run(command: &mut Command, language: Language) -> Result<(), String> {
    let program = command.get_program().to_string_lossy().into_owned();
    let mut child = command
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|err| match err.kind() {
            io::ErrorKind::NotFound => Phrase::new("error-program-not-installed")
                .with("program", program)
                .text(language),
            _ => err.to_string(),
        })?;
    let started = Instant::now();
    loop {
        if let Some(status) = child.try_wait().map_err(|err| err.to_string())? {
            if status.success() {
                return Ok(());
            }
            let mut said = String::new();
            if let Some(mut stderr) = child.stderr.take() {
                let _ = stderr.read_to_string(&mut said);
            }
            let said = said.trim();
            return Err(if said.is_empty() {
                Phrase::new("error-program-stopped")
                    .with("status", status.to_string())
                    .text(language)
            } else {
                said.to_owned()
            });
        }
        if started.elapsed() > PATIENCE {
            // Still running: the program is up (a viewer, a print dialog). Leave it be.
            return Ok(());
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

impl Desktop for SystemDesktop {
    fn printers(&mut self) -> Result<Vec<Printer>, String> {
        crate::platform::printing::printers().map_err(|err| err.text(crate::i18n::ui()))
    }

    fn print(&mut self, pdf: &Path, options: &PrintOptions) -> Result<Printed, String> {
        // CUPS, on Linux and macOS alike; where there is none, the print dialog offered
        // the PDF viewer instead, so nothing is printed anywhere unasked.
        crate::platform::printing::print_pdf(pdf, options)
            .map(|_| Printed::Sent)
            .map_err(|err| err.text(crate::i18n::ui()))
    }

    fn open(&mut self, target: &str) -> Result<(), String> {
        let language = crate::i18n::ui();
        if cfg!(windows) {
            run(
                Command::new("cmd").args(["/C", "start", ""]).arg(target),
                language,
            )
        } else if cfg!(target_os = "macos") {
            run(Command::new("open").arg(target), language)
        } else {
            run(Command::new("xdg-open").arg(target), language)
        }
    }
}
