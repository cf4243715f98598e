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

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// The program with its arguments as text and the computer speaking Spanish (so what
/// follows the computer shows apart from English and from what `--lang` names).
fn app_in_spanish(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_backup-planner"))
        .args(args)
        .env("LC_ALL", "es_ES.UTF-8")
        .env_remove("LANGUAGE")
        .output()
        .unwrap()
}

#[test]
fn check_gives_the_storage_estimate_in_the_language_named() {
    let german = Language::from_code("de").unwrap();
    let (said, _) = check_in("de");
    let plan = storage::load_plan(&example()).unwrap();
    let estimate = backup_planner::advice::estimate::estimate(&plan);
    let worded = estimate.summary_in(german);
    assert!(said.contains(&worded), "{worded} in:\n{said}");
    assert!(
        !said.contains(&estimate.summary_in(Language::ENGLISH)),
        "{said}"
    );
}

/// `--lang` may stand before the command as well as after it; `--help` speaks it
/// wherever it stands; the window, which has a menu for its language, says so.
#[test]
fn lang_may_stand_before_the_command() {
    let german = Language::from_code("de").unwrap();
    let path = example();
    let path = path.to_str().unwrap();
    let after = app_in_spanish(&["check", path, "--lang", "de", "--on", "2027-02-15"]);
    let before = app_in_spanish(&["--lang", "de", "check", path, "--on", "2027-02-15"]);
    assert_eq!(
        before.status.code(),
        after.status.code(),
        "{}",
        stderr(&before)
    );
    assert_eq!(stdout(&before), stdout(&after));
    assert!(
        stdout(&before).contains("15.02.2027"),
        "{}",
        stdout(&before)
    );

    let help = backup_planner::cli::usage(german);
    for args in [["--lang", "de", "--help"], ["--help", "--lang", "de"]] {
        let output = app_in_spanish(&args);
        assert_eq!(
            output.status.code(),
            Some(0),
            "{args:?}: {}",
            stderr(&output)
        );
        assert_eq!(stdout(&output), format!("{help}\n"), "{args:?}");
    }

    let window = app_in_spanish(&["--lang", "de", path]);
    let said = stderr(&window);
    assert_eq!(window.status.code(), Some(2), "{said}");
    assert!(!said.contains("unknown option"), "{said}");
    assert!(
        said.contains("--lang") && said.contains(german.text("menu-language").as_ref()),
        "names the window's menu, in German: {said}"
    );
}

/// `--lang` given twice is refused (said in the language both name, else the
/// computer's), and a value that is empty or very long is shown plainly, never whole.
#[test]
fn a_second_an_empty_or_a_huge_lang_is_refused_plainly() {
    let german = Language::from_code("de").unwrap();
    let spanish = Language::from_code("es").unwrap();
    let path = example();
    let path = path.to_str().unwrap();
    let twice = backup_planner::i18n::Phrase::new("cli-lang-twice");
    for (args, language) in [
        (vec!["--lang", "de", "check", path, "--lang", "fr"], spanish),
        (vec!["check", path, "--lang", "de", "--lang", "fr"], spanish),
        (vec!["--lang", "de", "--lang", "de", "--help"], german),
        (vec!["export", path, "--lang", "de", "--lang", "de"], german),
    ] {
        let output = app_in_spanish(&args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert_eq!(
            stderr(&output),
            format!("backup-planner: {}\n", twice.text(language)),
            "{args:?}"
        );
        assert!(output.stdout.is_empty(), "{args:?}");
    }

    let empty = app_in_spanish(&["check", path, "--lang", ""]);
    assert_eq!(empty.status.code(), Some(2));
    assert!(stderr(&empty).contains("\"\""), "{}", stderr(&empty));

    let huge = "x".repeat(100_000);
    for args in [
        vec!["check", path, "--lang", huge.as_str()],
        vec!["--lang", huge.as_str(), "check", path],
        vec!["check", path, "--on", huge.as_str()],
        vec!["print", path, "--paper", huge.as_str()],
        vec!["check", path, &format!("--{huge}")],
    ] {
        let output = app_in_spanish(&args);
        let said = stderr(&output);
        assert_eq!(
            output.status.code(),
            Some(2),
            "{}",
            &said[..said.len().min(200)]
        );
        assert!(said.len() < 1_000, "{} bytes: {}", said.len(), &said[..200]);
        assert!(said.contains("xxx…"), "{said}");
    }
}

/// A printer the print system does not know is said in the language named.
#[cfg(unix)]
#[test]
fn an_unknown_printer_is_said_in_the_language_named() {
    use std::os::unix::fs::PermissionsExt as _;
    let german = Language::from_code("de").unwrap();
    // A print system of one printer, "Office": lpstat as a script first on the PATH.
    let bin = tempfile::tempdir().unwrap();
    let lpstat = bin.path().join("lpstat");
    std::fs::write(
        &lpstat,
        "#!/bin/sh\ncase \"$1\" in\n  -r) echo 'scheduler is running' ;;\n  \
         -e) echo Office ;;\n  -d) echo 'system default destination: Office' ;;\nesac\n",
    )
    .unwrap();
    std::fs::set_permissions(&lpstat, std::fs::Permissions::from_mode(0o755)).unwrap();
    let path = format!(
        "{}:{}",
        bin.path().display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let output = Command::new(env!("CARGO_BIN_EXE_backup-planner"))
        .args(["print".as_ref(), example().as_os_str()])
        .args(["--printer", "nope", "--lang", "de"])
        .env("PATH", path)
        .output()
        .unwrap();
    let said = stderr(&output);
    assert_eq!(output.status.code(), Some(2), "{said}");
    let expected = backup_planner::platform::printing::PrintError::UnknownPrinter(
        "nope".to_owned(),
        "Office".to_owned(),
    );
    assert_eq!(said, format!("backup-planner: {}\n", expected.text(german)));
    assert_ne!(expected.text(german), expected.text(Language::ENGLISH));
}
