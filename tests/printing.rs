//! Printing for real: CUPS with the cups-pdf virtual printer (`scripts/print-system`
//! installs and starts them where it can), through the print dialog and through
//! `backup-planner print`, and the PDF the virtual printer wrote read back: the pages
//! chosen, the copies, the paper. Where no print system can be started here, each test
//! says why and checks nothing more.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use backup_planner::files::storage;
use backup_planner::model::sample;
use backup_planner::platform::desktop::SystemDesktop;
use common::TestApp;

/// The folder the virtual printer writes to, once the print system is ready; else why not.
fn print_system() -> Result<PathBuf, String> {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/print-system");
    let output = Command::new("bash")
        .arg(script)
        .output()
        .map_err(|err| err.to_string())?;
    if !output.status.success() {
        return Err(String::from_utf8_lossy(&output.stderr).trim().to_owned());
    }
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .last()
        .map(|line| PathBuf::from(line.trim()))
        .ok_or_else(|| "print-system said no folder".to_owned())
}

/// The print system, or a line saying why the test checks nothing more. Made ready once
/// for all the tests here: two scripts starting two schedulers at once would lose jobs.
fn ready() -> Option<PathBuf> {
    static READY: std::sync::OnceLock<Result<PathBuf, String>> = std::sync::OnceLock::new();
    match READY.get_or_init(print_system).clone() {
        Ok(folder) => Some(folder),
        Err(why) => {
            eprintln!("SKIPPED: no print system could be started here: {why}");
            None
        }
    }
}

/// Waits for job `number` to leave the queue and gives the PDF cups-pdf wrote for it.
fn printed_file(folder: &Path, number: &str) -> PathBuf {
    let start = Instant::now();
    loop {
        let queue = Command::new("lpstat")
            .args(["-o", "PDF"])
            .env("LC_ALL", "C")
            .output()
            .unwrap();
        let waiting = String::from_utf8_lossy(&queue.stdout)
            .lines()
            .any(|l| l.starts_with(&format!("PDF-{number} ")));
        let ending = format!("-job_{number}.pdf");
        let found = std::fs::read_dir(folder).ok().and_then(|entries| {
            entries
                .flatten()
                .map(|e| e.path())
                .find(|p| p.to_string_lossy().ends_with(&ending))
        });
        if !waiting && let Some(path) = found {
            return path;
        }
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "job {number} did not arrive in {}",
            folder.display()
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

fn pdf_info(path: &Path) -> String {
    let output = Command::new("pdfinfo").arg(path).output().unwrap();
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// How many characters of text each page holds. The virtual printer passes the document
/// through Ghostscript, whose fonts pdftotext reads as other symbols: the words are lost,
/// but each page keeps its count, which tells the pages apart.
fn glyphs_per_page(path: &Path) -> Vec<usize> {
    let info = pdf_info(path);
    let pages: usize = info
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or(0);
    (1..=pages)
        .map(|page| {
            let output = Command::new("pdftotext")
                .args(["-f", &page.to_string(), "-l", &page.to_string()])
                .arg(path)
                .arg("-")
                .output()
                .unwrap();
            String::from_utf8_lossy(&output.stdout)
                .chars()
                .filter(|c| !c.is_whitespace())
                .count()
        })
        .collect()
}

/// Whether two counts of characters are those of the same page (Ghostscript may join or
/// split a few).
fn same_page(printed: usize, original: usize) -> bool {
    printed.abs_diff(original) * 50 <= original.max(1)
}

/// The printing tests take turns: each finds its job among the printer's files.
static TURN: std::sync::Mutex<()> = std::sync::Mutex::new(());

fn job_number(said: &str) -> String {
    // "request id is PDF-12 (1 file(s))"
    said.split("PDF-")
        .nth(1)
        .and_then(|rest| rest.split(' ').next())
        .unwrap_or_else(|| panic!("no job in: {said}"))
        .to_owned()
}

#[test]
fn print_on_the_command_line_with_copies_pages_and_paper() {
    let _turn = TURN.lock();
    let Some(folder) = ready() else { return };
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("office.ron");
    storage::save_plan(&sample::example(), &plan).unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_backup-planner"))
        .arg("print")
        .arg(&plan)
        .args(["--printer", "PDF", "--copies", "2", "--pages", "1-2"])
        .args(["--paper", "letter", "--two-sided"])
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&output.stdout).into_owned();
    assert!(
        output.status.success(),
        "{said}{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let file = printed_file(&folder, &job_number(&said));
    let info = pdf_info(&file);
    assert!(
        info.contains("Pages:           4"),
        "two copies of two pages: {info}"
    );
    assert!(info.contains("612 x 792"), "US Letter: {info}");
    // The same document, exported: the printed pages are its pages 1 and 2, twice over.
    let original = dir.path().join("original.pdf");
    let export = Command::new(env!("CARGO_BIN_EXE_backup-planner"))
        .arg("export")
        .arg(&plan)
        .arg("--procedure")
        .arg(&original)
        .args(["--paper", "letter"])
        .output()
        .unwrap();
    assert!(export.status.success());
    let want = glyphs_per_page(&original);
    let got = glyphs_per_page(&file);
    assert!(want.len() > 3 && want[0] != want[1], "{want:?}");
    for (printed, page) in got.iter().zip([0, 1, 0, 1]) {
        assert!(same_page(*printed, want[page]), "{got:?} against {want:?}");
    }
    let _ = std::fs::remove_file(file);

    // A printer that is not there: said, with the ones that are, and nothing printed.
    let output = Command::new(env!("CARGO_BIN_EXE_backup-planner"))
        .arg("print")
        .arg(&plan)
        .args(["--printer", "Nowhere"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let said = String::from_utf8_lossy(&output.stderr);
    assert!(
        said.contains("There is no printer called \"Nowhere\""),
        "{said}"
    );
    assert!(said.contains("PDF"), "{said}");

    // A slip in the options is caught before anything is made.
    let output = Command::new(env!("CARGO_BIN_EXE_backup-planner"))
        .arg("print")
        .arg(&plan)
        .args(["--copies", "0"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("--copies takes a number"));
}

#[test]
fn print_through_the_dialog_to_the_virtual_printer() {
    let _turn = TURN.lock();
    let Some(folder) = ready() else { return };
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("office.ron");
    storage::save_plan(&sample::example(), &plan).unwrap();
    let before: Vec<PathBuf> = std::fs::read_dir(&folder)
        .map(|entries| entries.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    let mut app = TestApp::start_with_desktop(
        &dir.path().join("config"),
        Some(plan),
        Box::new(SystemDesktop),
        common::RecordingDesktop::default(),
    );
    app.menu("File", "Print procedure... Ctrl+P");
    assert!(app.shows("Print the backup procedure"));
    app.pick("Printer", "PDF (default)");
    app.click("Some pages");
    app.type_into("Which pages", "3");
    app.click("Print");
    assert!(app.shows("Sent to the printer"), "the print system took it");
    // The job is the newest file of the procedure in the printer's folder.
    let start = Instant::now();
    let file = loop {
        let new: Vec<PathBuf> = std::fs::read_dir(&folder)
            .map(|entries| entries.flatten().map(|e| e.path()).collect::<Vec<_>>())
            .unwrap_or_default()
            .into_iter()
            .filter(|p| !before.contains(p))
            .filter(|p| p.to_string_lossy().contains("procedure"))
            .collect();
        if let [file] = new.as_slice()
            && pdf_info(file).contains("Pages:")
        {
            break file.clone();
        }
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "no job arrived: {new:?}"
        );
        std::thread::sleep(Duration::from_millis(100));
    };
    let info = pdf_info(&file);
    assert!(info.contains("Pages:           1"), "page 3 only: {info}");
    assert!(info.contains("595 x 842"), "A4: {info}");
    // The copy the app keeps of what it sent: the printed page is its third.
    let sent = dir
        .path()
        .join("config/print/Backup-plan-2026-procedure.pdf");
    let want = glyphs_per_page(&sent);
    let got = glyphs_per_page(&file);
    assert!(
        same_page(got[0], want[2]) && !same_page(got[0], want[0]),
        "{got:?} against {want:?}"
    );
    let _ = std::fs::remove_file(file);
}

/// Pages past the end of the procedure are said, and nothing is sent; a range that runs
/// past the end prints up to the last page.
#[test]
fn pages_past_the_end_are_refused_before_anything_is_printed() {
    let _turn = TURN.lock();
    let Some(folder) = ready() else { return };
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("office.ron");
    storage::save_plan(&sample::example(), &plan).unwrap();
    let before = std::fs::read_dir(&folder).map_or(0, Iterator::count);
    let output = Command::new(env!("CARGO_BIN_EXE_backup-planner"))
        .arg("print")
        .arg(&plan)
        .args(["--printer", "PDF", "--pages", "900-999"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let said = String::from_utf8_lossy(&output.stderr);
    assert!(said.contains("asks for none of them"), "{said}");
    std::thread::sleep(Duration::from_millis(500));
    let after = std::fs::read_dir(&folder).map_or(0, Iterator::count);
    assert_eq!(before, after, "nothing was printed");
}
