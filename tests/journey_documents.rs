//! Printing and exporting through the real UI: the buttons write the files the person
//! chose, print hands the PDF over, and failures are said in words with the file's place.

mod common;

use std::fs;

use backup_planner::model::options::Paper;
use backup_planner::platform::desktop::{Pages, Printer};
use common::TestApp;
use egui_kittest::kittest::Queryable as _;
use std::path::Path;

fn open_example(dir: &std::path::Path) -> TestApp {
    let path = dir.join("example.ron");
    fs::write(&path, backup_planner::EXAMPLE_PLAN).unwrap();
    TestApp::start_with(&dir.join("config"), Some(path))
}

fn is_pdf(path: &std::path::Path) -> bool {
    fs::read(path).is_ok_and(|bytes| bytes.starts_with(b"%PDF-") && bytes.len() > 10_000)
}

#[test]
fn export_procedure_writes_the_pdf_where_the_person_chose() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = open_example(dir.path());
    let out = dir.path().join("procedure.pdf");
    app.dialogs.answer(&out);
    app.menu("File", "Export procedure PDF...");
    // First the preview, with the paper to save it on.
    assert!(app.shows("Save the backup procedure as a PDF"));
    assert!(!out.exists(), "nothing written before the person says so");
    app.click("US Letter");
    app.click("Save as PDF...");
    assert!(is_pdf(&out));
    assert!(app.shows("Procedure document saved"));
    let text = pdftotext(&out);
    assert!(text.contains("Backup procedure"), "{text}");
    assert_eq!(
        pdf_page_size(&out),
        "612 x 792",
        "saved on the paper chosen in the dialog"
    );
    app.click("OK");

    // Cancelling the chooser writes nothing and says nothing; nor does Cancel in the
    // preview.
    app.menu("File", "Export procedure PDF...");
    app.click("Save as PDF...");
    assert!(!app.shows("Procedure document saved"));
    app.menu("File", "Export procedure PDF...");
    app.click("Cancel");
    assert!(!app.shows("Save the backup procedure as a PDF"));
    assert!(!app.shows("Procedure document saved"));
}

#[test]
fn print_hands_the_pdf_to_the_system_and_says_what_happened() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = open_example(dir.path());
    app.harness
        .key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::P);
    app.run();
    // The print dialog: the default printer first, then the person's choices.
    assert!(app.shows("Print the backup procedure"));
    assert!(
        app.desktop.printed.borrow().is_empty(),
        "nothing printed unasked"
    );
    assert_eq!(app.value_of("Printer"), "Office printer");
    app.pick("Printer", "Upstairs");
    app.replace_in("Copies", "2");
    app.click("Some pages");
    app.type_into("Which pages", "2-3");
    app.click("Print on both sides");
    app.click("US Letter");
    app.click("Print");
    let printed = app.desktop.printed.borrow().clone();
    assert_eq!(printed.len(), 1);
    assert!(is_pdf(&printed[0]));
    let options = app.desktop.print_options.borrow()[0].clone();
    assert_eq!(options.printer.as_deref(), Some("Upstairs"));
    assert_eq!(options.copies, 2);
    assert_eq!(options.pages, Pages::Range(2, 3));
    assert!(options.two_sided);
    assert_eq!(options.paper, Paper::Letter);
    assert!(app.shows("Sent to the printer"));
    app.click("OK");

    // Copies that are not a number hold Print back and say why.
    app.menu("File", "Print procedure... Ctrl+P");
    app.replace_in("Copies", "lots");
    assert!(app.shows("Copies: a number from 1 to 99"));
    app.click("Cancel");
    assert_eq!(
        app.desktop.printed.borrow().len(),
        1,
        "Cancel prints nothing"
    );

    // No print system: the dialog says so, and the viewer opens only when asked.
    *app.desktop.printers.borrow_mut() = Err("its scheduler is not running".to_owned());
    app.menu("File", "Print procedure... Ctrl+P");
    assert!(app.shows_text("No print system answered on this computer"));
    assert!(app.desktop.opened.borrow().is_empty());
    app.click("Open in PDF viewer...");
    assert!(app.shows("Opened for printing"));
    assert!(is_pdf(Path::new(
        app.desktop.opened.borrow().last().unwrap()
    )));
    app.click("OK");
    *app.desktop.printers.borrow_mut() = Ok(vec![Printer {
        name: "Office printer".to_owned(),
        default: true,
    }]);

    // Nothing works: said in plain words, with the way out (Save as PDF), and the
    // document is not left behind in a folder the person would never find.
    *app.desktop.print_answer.borrow_mut() = Some(Err(
        "The printer did not take the document: lp: Unsupported document-format".to_owned(),
    ));
    app.print_procedure();
    assert!(app.shows("The procedure could not be printed"));
    assert!(app.shows_text("no printer Backup Planner can reach"));
    let last = app.desktop.printed.borrow().last().unwrap().clone();
    assert!(
        !last.exists(),
        "no copy left in the print folder: {}",
        last.display()
    );
    let pdf = dir.path().join("to print elsewhere.pdf");
    app.dialogs.answer(&pdf);
    app.click("Save as PDF...");
    app.run();
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF"));
}

#[test]
fn the_training_step_saves_the_invitation_and_calendar_and_hands_over_the_email() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = open_example(dir.path());
    app.go_to_step(13);

    let pdf = dir.path().join("invitation.pdf");
    app.dialogs.answer(&pdf);
    app.click("Save invitation PDF...");
    assert!(app.shows("Save the training invitation as a PDF"));
    app.click("Save as PDF...");
    assert!(is_pdf(&pdf));
    app.click("OK");

    let ics = dir.path().join("training.ics");
    app.dialogs.answer(&ics);
    app.click("Save calendar file...");
    let calendar = fs::read_to_string(&ics).unwrap();
    assert!(calendar.contains("ATTENDEE;CN=Aisha Rahman"));
    app.click("OK");

    app.harness
        .get_by_label("Copy e-mail text")
        .click_accesskit();
    // The copy happens in the frame that handles the click: look at that frame's output.
    app.harness.step();
    let copied = app
        .harness
        .output()
        .platform_output
        .commands
        .iter()
        .find_map(|c| match c {
            egui::OutputCommand::CopyText(text) => Some(text.clone()),
            _ => None,
        });
    app.run();
    let copied = copied.expect("the e-mail text went to the clipboard");
    assert!(
        copied.contains("Subject: Invitation: Backup Procedures Training on 2026-03-05 at 14:00")
    );
    app.click("OK");

    app.click("Open in mail program");
    let opened = app.desktop.opened.borrow().clone();
    assert_eq!(opened.len(), 1);
    assert!(opened[0].starts_with("mailto:priya@harbour-accountants.example,"));
}

#[test]
fn a_calendar_file_for_a_session_without_a_time_is_refused_before_asking_where() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = TestApp::start(&dir.path().join("config"));
    app.click("New plan");
    app.go_to_step(13);
    app.click("➕ Add training session");
    app.click("Save calendar file...");
    assert!(app.shows("Could not make the calendar file"));
    assert!(app.shows_text("needs a date and a start time"));
    assert_eq!(
        *app.dialogs.asked.borrow(),
        0,
        "no file dialog for a file that cannot be made"
    );
}

#[test]
fn the_window_keeps_answering_while_a_large_procedure_is_made() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("large.ron");
    let mut plan = backup_planner::model::sample::plan_with_systems(300);
    plan.identity.title = "Plan as printed".to_owned();
    backup_planner::files::storage::save_plan(&plan, &path).unwrap();
    let mut app = TestApp::start_with(&dir.path().join("config"), Some(path));

    // Ctrl+P and Print, then straight back to work, without waiting for the document.
    app.harness
        .key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::P);
    app.harness.run();
    app.harness.get_by_label("Print").click();
    app.harness.run();
    assert!(
        app.shows_text("Preparing the procedure"),
        "a note says the document is on its way"
    );
    app.harness.get_by_label("Plan title").focus();
    app.harness.run();
    app.harness
        .get_by_label("Plan title")
        .type_text(", then edited");
    app.harness.run();
    assert_eq!(app.plan().identity.title, "Plan as printed, then edited");
    assert!(
        app.harness.state().is_making_document(),
        "the edit was taken while the document was being made"
    );

    // The document is the plan as it was when Print was pressed.
    app.run();
    let printed = app.desktop.printed.borrow().clone();
    assert_eq!(printed.len(), 1);
    let text = std::process::Command::new("pdftotext")
        .arg(&printed[0])
        .arg("-")
        .output()
        .expect("pdftotext runs (scripts/test installs poppler-utils)");
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(text.contains("Plan as printed"), "{text:.300}");
    assert!(!text.contains("then edited"));
    assert!(app.shows("Sent to the printer"));
    assert!(!app.shows_text("Preparing the procedure"));
}

#[test]
fn a_finished_document_waits_for_the_open_question_to_be_answered() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("large.ron");
    backup_planner::files::storage::save_plan(
        &backup_planner::model::sample::plan_with_systems(300),
        &path,
    )
    .unwrap();
    let mut app = TestApp::start_with(&dir.path().join("config"), Some(path));
    app.type_into("Plan title", " (draft)");

    // Print, then straight away ask to close the plan with unsaved changes.
    app.harness
        .key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::P);
    app.harness.run();
    app.harness.get_by_label("Print").click();
    app.harness.run();
    app.harness.get_by_label("File").click();
    app.harness.run();
    app.harness.get_by_label("Close plan").click();
    app.harness.run();
    assert!(app.harness.state().is_making_document());
    assert!(app.shows("Discard changes"));

    // The document is made while the question is open; the question stays.
    app.run();
    assert!(
        app.shows("Discard changes"),
        "the question is not pushed aside"
    );
    assert!(app.desktop.printed.borrow().is_empty());

    // Once it is answered, the document goes to the printer and says so.
    app.click("Cancel");
    assert_eq!(app.desktop.printed.borrow().len(), 1);
    assert!(app.shows("Sent to the printer"));
    assert_eq!(app.plan().identity.title, "Backup plan 2026 (draft)");
}

#[test]
fn a_long_answer_from_the_print_system_keeps_the_buttons_in_the_window() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = open_example(dir.path());
    app.harness.set_size(egui::vec2(800.0, 560.0));
    *app.desktop.print_answer.borrow_mut() = Some(Err(format!(
        "Start-Process : This command cannot be run {}",
        "because of an error. ".repeat(600)
    )));
    app.print_procedure();
    assert!(app.shows("The procedure could not be printed"));
    let button = app.harness.get_by_label("Save as PDF...").rect();
    assert!(
        button.bottom() <= 560.0,
        "the way out is in view: {button:?}"
    );
}

/// The print dialog shows the pages as they will print, drawn by the same typesetter on a
/// thread of its own: the first page appears, then the rest, page by page; a new paper
/// size draws them again.
#[test]
fn the_print_dialog_previews_the_pages_it_will_print() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = open_example(dir.path());
    app.menu("File", "Print procedure... Ctrl+P");
    let wait_for = |app: &mut TestApp, label: &str| {
        for _ in 0..400 {
            if app.shows_text(label) {
                return;
            }
            std::thread::sleep(std::time::Duration::from_millis(25));
            app.harness.step();
        }
        panic!("{label} did not appear");
    };
    wait_for(&mut app, "Preview of page 1 of ");
    let pages = backup_planner::documents::procedure_pdf(app.plan(), Paper::A4, common::today())
        .map(|pdf| pdf_pages(&pdf))
        .unwrap();
    wait_for(&mut app, &format!("Page 1 of {pages}"));
    app.click("Next page");
    assert!(app.shows(&format!("Preview of page 2 of {pages}")));
    // Pages past the end are refused once the preview knows how many there are.
    app.click("Some pages");
    app.type_into("Which pages", "900-999");
    assert!(app.shows("Pages: the document has fewer pages than that"));
    app.click("Larger");
    assert!(app.shows("125%"));
    app.click("US Letter");
    wait_for(&mut app, "Preview of page 1 of ");
    app.click("Cancel");
    assert!(app.desktop.printed.borrow().is_empty());
}

/// The invitation has the same preview as the procedure, and prints from it: its own
/// pages (one for each person invited), and Print... turns the dialog to the printers.
#[test]
fn the_invitation_is_previewed_and_printed_like_the_procedure() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = open_example(dir.path());
    app.go_to_step(13);
    app.click("Save invitation PDF...");
    assert!(app.shows("Save the training invitation as a PDF"));
    let session = &app.plan().training.sessions[0];
    let pages =
        backup_planner::documents::invitation_pdf(app.plan(), session, Paper::A4, common::today())
            .map(|pdf| pdf_pages(&pdf))
            .unwrap();
    for _ in 0..400 {
        if app.shows_text(&format!("Preview of page 1 of {pages}")) {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(25));
        app.harness.step();
    }
    assert!(app.shows(&format!("Preview of page 1 of {pages}")));
    assert!(
        !app.shows("Printer"),
        "no printer asked for before Print..."
    );
    app.click("Print...");
    assert!(app.shows("Print the training invitation"));
    assert_eq!(app.value_of("Printer"), "Office printer");
    app.click("Print");
    let printed = app.desktop.printed.borrow().clone();
    assert_eq!(printed.len(), 1);
    assert!(
        printed[0]
            .display()
            .to_string()
            .ends_with("-invitation.pdf"),
        "{}",
        printed[0].display()
    );
    assert_eq!(pdf_pages(&fs::read(&printed[0]).unwrap()), pages);
    assert!(app.shows_text("The invitation went to the printer Office printer"));
}

/// The text of a PDF file, as pdftotext reads it.
fn pdftotext(path: &Path) -> String {
    let out = std::process::Command::new("pdftotext")
        .arg(path)
        .arg("-")
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The first page's size in points, as pdfinfo reads it ("595.276 x 841.89").
fn pdf_page_size(path: &Path) -> String {
    let info = std::process::Command::new("pdfinfo")
        .arg(path)
        .output()
        .unwrap();
    String::from_utf8_lossy(&info.stdout)
        .lines()
        .find_map(|l| l.strip_prefix("Page size:"))
        .map(|size| size.trim().split(" pts").next().unwrap_or("").to_owned())
        .unwrap()
}

/// The number of pages of a PDF, as pdfinfo reads it.
fn pdf_pages(pdf: &[u8]) -> usize {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.pdf");
    std::fs::write(&path, pdf).unwrap();
    let info = std::process::Command::new("pdfinfo")
        .arg(&path)
        .output()
        .unwrap();
    String::from_utf8_lossy(&info.stdout)
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .unwrap()
}
