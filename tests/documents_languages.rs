//! The procedure and the invitation in each language, read back from the real PDFs with
//! pdftotext: the 14 step titles and the invitation's words in that language, dates as
//! that language writes them, and no English sentence left. The plan's own text (the
//! example is an English office's) is no message and may stay.

mod common;

use std::process::Command;

use backup_planner::documents;
use backup_planner::i18n::Language;
use backup_planner::model::options::Paper;
use backup_planner::model::plan::Plan;
use backup_planner::model::steps::STEPS;
use common::english::English;

fn example_in(language: Language) -> Plan {
    let mut plan = backup_planner::files::storage::plan_from_str(
        backup_planner::EXAMPLE_PLAN,
        std::path::Path::new("example"),
    )
    .unwrap();
    plan.identity.document_language = language;
    plan
}

fn today() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, 3, 16).unwrap()
}

/// The PDF's text, white space folded and words the line breaks hyphenated joined again.
fn text_of(pdf: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("doc.pdf");
    std::fs::write(&path, pdf).unwrap();
    let output = Command::new("pdftotext")
        .args(["-raw", "-enc", "UTF-8"])
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils, which scripts/test installs)");
    let text = String::from_utf8(output.stdout).unwrap();
    let joined = text.replace("-\n", "").replace("\u{ad}\n", "");
    joined.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn assert_no_english(text: &str, language: Language, document: &str) {
    let found = English::against(language).pieces_in(text);
    assert!(
        found.is_empty(),
        "English in the {} {document}:\n  {}",
        language.code(),
        found.join("\n  ")
    );
}

#[test]
fn the_procedure_is_written_in_the_plans_document_language() {
    for code in ["de", "fr", "es"] {
        let language = Language::from_code(code).unwrap();
        let plan = example_in(language);
        let pdf = documents::procedure_pdf(&plan, Paper::A4, today()).unwrap();
        let text = text_of(&pdf);
        for step in &STEPS {
            let title = step.title(language);
            let folded = title.split_whitespace().collect::<Vec<_>>().join(" ");
            assert!(
                text.contains(&folded),
                "{code}: the title of step {:?}: {title}",
                step.id
            );
        }
        // The approval's date, 2026-02-15, as the language writes dates.
        let approved = language
            .formats()
            .date(chrono::NaiveDate::from_ymd_opt(2026, 2, 15).unwrap());
        assert!(
            text.contains(&approved),
            "{code}: {approved} not in the procedure"
        );
        assert!(
            !text.contains("2026-02-15"),
            "{code}: a date written year first"
        );
        assert_no_english(&text, language, "procedure");
    }
}

#[test]
fn the_invitation_is_written_in_the_plans_document_language() {
    for code in ["de", "fr", "es"] {
        let language = Language::from_code(code).unwrap();
        let plan = example_in(language);
        let session = &plan.training.sessions[0];
        let pdf = documents::invitation_pdf(&plan, session, Paper::A4, today()).unwrap();
        let text = text_of(&pdf);
        // The session's day, 2026-03-05, is in the language's own words or numbers.
        assert!(
            !text.contains("2026-03-05"),
            "{code}: a date written year first"
        );
        assert!(
            text.contains("Aisha Rahman"),
            "{code}: the invited person's name"
        );
        assert_no_english(&text, language, "invitation");
    }
}

/// English documents stay as they were: the same sentences the English tests read.
#[test]
fn an_english_plan_still_prints_in_english() {
    let plan = example_in(Language::ENGLISH);
    let text = text_of(&documents::procedure_pdf(&plan, Paper::A4, today()).unwrap());
    assert!(text.contains("Backup procedure"), "{text}");
    assert!(text.contains("1. Identify critical systems and data"));
}
