//! The command line in the language `--lang` names: `check` reports the adviser's findings
//! in German or French with the dates written their way, `export` makes the documents in
//! it, and a code the app does not speak is refused (exit 2) naming the ones it does. The
//! tests name the language, so they do not depend on the computer's.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use backup_planner::advice::adviser;
use backup_planner::files::storage;
use backup_planner::i18n::Language;
use backup_planner::model::steps::STEPS;
use backup_planner::platform::clock::Clock;

/// The example plan the app offers.
fn example() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/examples/small-office.ron")
}

fn app(args: &[&std::ffi::OsStr]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_backup-planner"))
        .args(args)
        .output()
        .unwrap()
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// `check --lang CODE --on 2027-02-15` on the example plan: the report, and the
/// findings the adviser has that day.
fn check_in(code: &str) -> (String, Vec<adviser::Finding>) {
    let path = example();
    let output = app(&[
        "check".as_ref(),
        path.as_os_str(),
        "--lang".as_ref(),
        code.as_ref(),
        "--on".as_ref(),
        "2027-02-15".as_ref(),
    ]);
    let said = stdout(&output);
    assert!(
        matches!(output.status.code(), Some(0 | 1)),
        "{said}{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let plan = storage::load_plan(&path).unwrap();
    let day = chrono::NaiveDate::from_ymd_opt(2027, 2, 15).unwrap();
    let findings = adviser::check_at(&plan, Clock::fixed(day).now());
    assert!(!findings.is_empty(), "the example has findings by then");
    (said, findings)
}

/// The report speaks the language: each finding's title and severity, its lines, the
/// legal note; and what it says differs from the English.
fn assert_report_in(said: &str, findings: &[adviser::Finding], language: Language) {
    let english = Language::ENGLISH;
    for finding in findings {
        let title = finding.rule.title(language);
        assert!(said.contains(title.as_ref()), "{title} in:\n{said}");
        let severity = finding.rule.severity.label(language).to_uppercase();
        assert!(said.contains(&severity), "{severity} in:\n{said}");
        for line in finding.details(language) {
            assert!(said.contains(&format!("  - {line}")), "{line} in:\n{said}");
        }
    }
    assert!(
        findings
            .iter()
            .any(|f| f.rule.title(language) != f.rule.title(english)),
        "no title is translated"
    );
    assert!(
        said.contains(adviser::legal_note(language).as_ref()),
        "{said}"
    );
    assert!(
        !said.contains(adviser::legal_note(english).as_ref()),
        "{said}"
    );
}

#[test]
fn check_reports_in_german() {
    let german = Language::from_code("de").unwrap();
    let (said, findings) = check_in("de");
    assert!(
        said.contains("15.02.2027"),
        "the date the German way:\n{said}"
    );
    assert_report_in(&said, &findings, german);
}

#[test]
fn check_reports_in_french() {
    let french = Language::from_code("fr").unwrap();
    let (said, findings) = check_in("fr");
    assert!(
        said.contains("15/02/2027"),
        "the date the French way:\n{said}"
    );
    assert_report_in(&said, &findings, french);
}

#[test]
fn a_language_the_app_does_not_speak_is_refused_naming_those_it_does() {
    let path = example();
    let output = app(&[
        "check".as_ref(),
        path.as_os_str(),
        "--lang".as_ref(),
        "xx".as_ref(),
    ]);
    let said = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{said}");
    for named in [
        "xx",
        "en (English)",
        "de (Deutsch)",
        "fr (Français)",
        "es (Español)",
    ] {
        assert!(said.contains(named), "{named} in: {said}");
    }
    assert!(output.stdout.is_empty());
}

#[test]
fn export_makes_the_documents_in_the_language_named() {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("plan.ron");
    std::fs::copy(example(), &plan).unwrap();
    let before = std::fs::read(&plan).unwrap();
    let pdf = dir.path().join("procedure.pdf");
    let output = app(&[
        "export".as_ref(),
        plan.as_os_str(),
        "--lang".as_ref(),
        "de".as_ref(),
        "--procedure".as_ref(),
        pdf.as_os_str(),
    ]);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF"));
    // The language is the document's, not the plan's: the plan is as it was.
    assert_eq!(std::fs::read(&plan).unwrap(), before);

    let text = Command::new("pdftotext")
        .args(["-raw", "-enc", "UTF-8"])
        .arg(&pdf)
        .arg("-")
        .output()
        .unwrap_or_else(|err| {
            panic!("pdftotext reads the PDF ({err}); scripts/test installs poppler-utils")
        });
    assert!(text.status.success());
    let text = String::from_utf8_lossy(&text.stdout)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    // The steps' headings are German, not English.
    let german = Language::from_code("de").unwrap();
    let heading = |step: &backup_planner::model::steps::StepDef, language| {
        format!("{}. {}", step.id.number(), step.title(language))
    };
    assert!(
        STEPS.iter().any(|s| text.contains(&heading(s, german))),
        "a German step heading in: {text}"
    );
    assert!(
        !text.contains(&heading(&STEPS[0], Language::ENGLISH)),
        "no English step heading in: {text}"
    );
}
