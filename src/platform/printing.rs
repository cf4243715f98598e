//! Printing through the system's print service (CUPS on Linux and macOS): the printers
//! there are, the default first, and a PDF sent with the options a person chose. The
//! `lp` command line is made in one place ([`lp_args`]) for the window and `print` alike.

use std::path::Path;
use std::process::Command;

use crate::i18n::{Language, Phrase};
use crate::model::options::Paper;

/// A printer the print system knows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Printer {
    pub name: String,
    /// Whether it is the computer's default printer.
    pub default: bool,
}

/// Which pages to print.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Pages {
    #[default]
    All,
    /// From the first to the last, counted from 1, both included.
    Range(u32, u32),
}

impl Pages {
    /// Reads "all", "" or a range such as "2", "1-3" or "2 - 5".
    pub fn parse(text: &str) -> Option<Self> {
        let text = text.trim();
        if text.is_empty() || text.eq_ignore_ascii_case("all") {
            return Some(Self::All);
        }
        let (first, last) = match text.split_once('-') {
            Some((first, last)) => (first.trim(), last.trim()),
            None => (text, text),
        };
        let (first, last): (u32, u32) = (first.parse().ok()?, last.parse().ok()?);
        (first >= 1 && first <= last).then_some(Self::Range(first, last))
    }

    /// These pages of a document of `count` pages: a range running past the end stops at
    /// the last page; `None` when the range starts past the end (nothing to print).
    pub fn within(self, count: usize) -> Option<Self> {
        let count = u32::try_from(count).unwrap_or(u32::MAX);
        match self {
            Self::All => Some(Self::All),
            Self::Range(first, _) if first > count => None,
            Self::Range(first, last) => Some(Self::Range(first, last.min(count))),
        }
    }

    /// "1-3", or `None` for all pages.
    pub fn text(self) -> Option<String> {
        match self {
            Self::All => None,
            Self::Range(first, last) if first == last => Some(first.to_string()),
            Self::Range(first, last) => Some(format!("{first}-{last}")),
        }
    }
}

/// What a person chose in the print dialog (or on the command line).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PrintOptions {
    /// The printer; `None` is the computer's default.
    pub printer: Option<String>,
    pub copies: u32,
    pub pages: Pages,
    pub two_sided: bool,
    pub paper: Paper,
}

impl Default for PrintOptions {
    fn default() -> Self {
        Self {
            printer: None,
            copies: 1,
            pages: Pages::All,
            two_sided: false,
            paper: Paper::A4,
        }
    }
}

/// The most copies printed at once.
pub const MOST_COPIES: u32 = 99;

/// Why printing could not be done.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PrintError {
    /// No print system to send to: none installed, or its scheduler is not running.
    NoPrintSystem(NoAnswer),
    /// The printer asked for, and the names of those there are, with commas between.
    UnknownPrinter(String, String),
    NoPrinter,
    /// What the print system said.
    Refused(String),
}

/// Why no print system answered.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NoAnswer {
    /// Windows has no CUPS.
    Windows,
    /// Its command (`lpstat`) is not there.
    NotInstalled(&'static str),
    /// Its scheduler is not running.
    NotRunning,
    /// The system's words for another failure.
    Failed(String),
}

impl PrintError {
    /// Why, in `language`: "No printer is set up on this computer."
    pub fn text(&self, language: Language) -> String {
        match self {
            Self::NoPrintSystem(why) => {
                let why = match why {
                    NoAnswer::Windows => Phrase::new("print-system-windows"),
                    NoAnswer::NotInstalled(program) => {
                        Phrase::new("error-program-not-installed").with("program", *program)
                    }
                    NoAnswer::NotRunning => Phrase::new("print-system-not-running"),
                    NoAnswer::Failed(said) => Phrase::verbatim(said.as_str()),
                };
                Phrase::new("print-system-none").with("reason", why)
            }
            Self::UnknownPrinter(name, printers) => Phrase::new("print-system-unknown-printer")
                .with("name", name.as_str())
                .with("printers", printers.as_str()),
            Self::NoPrinter => Phrase::new("print-system-no-printer"),
            Self::Refused(said) => Phrase::new("print-system-refused").with("said", said.as_str()),
        }
        .text(language)
    }
}

/// In English, for logs and for callers not yet moved to [`PrintError::text`].
impl std::fmt::Display for PrintError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text(Language::ENGLISH))
    }
}

impl std::error::Error for PrintError {}

/// The arguments of `lp` that print `pdf` with `options`.
pub fn lp_args(pdf: &Path, options: &PrintOptions) -> Vec<std::ffi::OsString> {
    let mut args: Vec<std::ffi::OsString> = Vec::new();
    if let Some(printer) = &options.printer {
        args.push("-d".into());
        args.push(printer.into());
    }
    args.push("-n".into());
    args.push(options.copies.clamp(1, MOST_COPIES).to_string().into());
    if let Some(pages) = options.pages.text() {
        args.push("-P".into());
        args.push(pages.into());
    }
    args.push("-o".into());
    args.push(
        if options.two_sided {
            "sides=two-sided-long-edge"
        } else {
            "sides=one-sided"
        }
        .into(),
    );
    args.push("-o".into());
    args.push(
        match options.paper {
            Paper::A4 => "media=A4",
            Paper::Letter => "media=Letter",
        }
        .into(),
    );
    args.push("-o".into());
    args.push("collate=true".into());
    args.push("--".into());
    args.push(pdf.into());
    args
}

/// What a command printed, both streams, trimmed.
fn said(output: &std::process::Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
    .trim()
    .to_owned()
}

/// The printers the print system knows, the default first; an error when there is no
/// print system to ask (none installed, or its scheduler is not running).
pub fn printers() -> Result<Vec<Printer>, PrintError> {
    if cfg!(windows) {
        return Err(PrintError::NoPrintSystem(NoAnswer::Windows));
    }
    let run = |args: &[&str]| {
        Command::new("lpstat")
            .args(args)
            .env("LC_ALL", "C")
            .output()
            .map_err(|err| {
                PrintError::NoPrintSystem(match err.kind() {
                    std::io::ErrorKind::NotFound => NoAnswer::NotInstalled("lpstat"),
                    _ => NoAnswer::Failed(err.to_string()),
                })
            })
    };
    // "scheduler is running" or "scheduler is not running", with success either way.
    let running = run(&["-r"])?;
    if !running.status.success() || said(&running) != "scheduler is running" {
        return Err(PrintError::NoPrintSystem(NoAnswer::NotRunning));
    }
    let names = run(&["-e"])?;
    let default = run(&["-d"])?;
    let default = said(&default)
        .rsplit_once(": ")
        .map(|(_, name)| name.trim().to_owned());
    let mut printers: Vec<Printer> = String::from_utf8_lossy(&names.stdout)
        .lines()
        .map(str::trim)
        .filter(|name| !name.is_empty())
        .map(|name| Printer {
            name: name.to_owned(),
            default: default.as_deref() == Some(name),
        })
        .collect();
    printers.sort_by_key(|p| !p.default);
    Ok(printers)
}

/// Sends `pdf` to the printer with `options`; the print system's words for the job
/// ("request id is PDF-12 (1 file(s))") when it took it.
pub fn print_pdf(pdf: &Path, options: &PrintOptions) -> Result<String, PrintError> {
    let known = printers()?;
    if known.is_empty() {
        return Err(PrintError::NoPrinter);
    }
    if let Some(name) = &options.printer
        && !known.iter().any(|p| &p.name == name)
    {
        let names: Vec<&str> = known.iter().map(|p| p.name.as_str()).collect();
        return Err(PrintError::UnknownPrinter(name.clone(), names.join(", ")));
    }
    let output = Command::new("lp")
        .args(lp_args(pdf, options))
        .env("LC_ALL", "C")
        .output()
        .map_err(|err| PrintError::NoPrintSystem(NoAnswer::Failed(err.to_string())))?;
    if output.status.success() {
        Ok(said(&output))
    } else {
        Err(PrintError::Refused(said(&output)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_are_read_as_a_person_writes_them() {
        assert_eq!(Pages::parse(""), Some(Pages::All));
        assert_eq!(Pages::parse("all"), Some(Pages::All));
        assert_eq!(Pages::parse("2"), Some(Pages::Range(2, 2)));
        assert_eq!(Pages::parse(" 1 - 3 "), Some(Pages::Range(1, 3)));
        for bad in ["0", "3-1", "-2", "a-b", "1-", "1,3", "99999999999"] {
            assert_eq!(Pages::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn pages_past_the_end_stop_at_the_last_or_are_none() {
        assert_eq!(Pages::Range(2, 99).within(13), Some(Pages::Range(2, 13)));
        assert_eq!(Pages::Range(14, 20).within(13), None);
        assert_eq!(Pages::All.within(13), Some(Pages::All));
    }

    #[test]
    fn the_options_become_one_lp_command_line() {
        let options = PrintOptions {
            printer: Some("Office laser".to_owned()),
            copies: 250,
            pages: Pages::Range(1, 3),
            two_sided: true,
            paper: Paper::Letter,
        };
        let args: Vec<String> = lp_args(Path::new("-odd name.pdf"), &options)
            .into_iter()
            .map(|a| a.to_string_lossy().into_owned())
            .collect();
        assert_eq!(
            args,
            [
                "-d",
                "Office laser",
                "-n",
                "99",
                "-P",
                "1-3",
                "-o",
                "sides=two-sided-long-edge",
                "-o",
                "media=Letter",
                "-o",
                "collate=true",
                "--",
                "-odd name.pdf"
            ]
        );
    }
}
