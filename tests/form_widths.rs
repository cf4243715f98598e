//! A form's labels take a fair share of its width, in every language and window size: a
//! long label wraps onto more lines instead of pushing the fields out of the window, and
//! every field keeps room for what it shows.

mod common;

use backup_planner::files::storage;
use backup_planner::i18n::Language;
use backup_planner::model::evidence::{Job, Run};
use backup_planner::model::plan::Plan;
use backup_planner::model::sample;
use common::TestApp;
use egui::Role;
use egui_kittest::kittest::{NodeT as _, Queryable as _};

/// The example plan, with two months of nightly runs of its first system, so step 14
/// shows its charts too.
fn example_with_runs() -> Plan {
    let mut plan = sample::example();
    let start = chrono::NaiveDate::from_ymd_opt(2026, 1, 10).unwrap();
    let runs = (0..60)
        .map(|day| Run {
            started: (start + chrono::TimeDelta::days(day))
                .and_hms_opt(22, 0, 0)
                .unwrap(),
            seconds: Some(3_600 + 60 * u64::try_from(day % 7).unwrap()),
            total_bytes: Some(10_000_000_000 + 50_000_000 * u64::try_from(day).unwrap()),
            ..Run::default()
        })
        .collect();
    plan.evidence.jobs.push(Job {
        name: "fileserver nightly".to_owned(),
        system: Some(plan.systems[0].id),
        runs,
        ..Job::default()
    });
    plan
}

/// The app at `size` in `language`, with the example plan open.
fn example_at(dir: &std::path::Path, language: Language, size: [f32; 2]) -> TestApp {
    let path = dir.join("example.bpplan");
    storage::save_plan(&example_with_runs(), &path).unwrap();
    let mut app = TestApp::start_with(&dir.join("config"), Some(path));
    if language != Language::ENGLISH {
        app.menu("Language", language.name());
    }
    app.harness.set_size(size.into());
    app.run();
    app
}

/// Where the page ends on the right: the findings panel's edge when it shows, else the
/// window's.
fn page_right(app: &TestApp, language: Language, width: f32) -> f32 {
    app.harness
        .query_by_label(&language.text("findings-intro"))
        .map_or(width, |panel| panel.rect().left() - 8.0)
}

/// What the name of a table's cell holds between its column and its row: ", row ".
fn cell_name_middle(language: Language) -> String {
    let name = backup_planner::tr!(language, "table-cell-name", column = "\u{1}", row = "\u{2}");
    name.trim_start_matches('\u{1}')
        .trim_end_matches('\u{2}')
        .to_owned()
}

/// Every text field, date field, calendar button and chart of the page ends inside it,
/// and every field of a form (a table's cells have their own widths) is at least 100
/// points wide.
fn check_fields(app: &TestApp, language: Language, size: [f32; 2], page: &str) {
    let right = page_right(app, language, size[0]);
    let in_table = cell_name_middle(language);
    let fields: Vec<_> = app
        .harness
        .query_all_by_role(Role::TextInput)
        .chain(app.harness.query_all_by_role(Role::MultilineTextInput))
        .collect();
    assert!(!fields.is_empty(), "{page}: the form shows");
    for field in fields {
        let rect = field.rect();
        let name = field.accesskit_node().label().unwrap_or_default();
        let at = format!("{page} in {} at {size:?}", language.code());
        assert!(
            rect.left() >= 0.0 && rect.right() <= right + 0.5,
            "{at}: the field {name:?} ends past the page's edge at {right}: {rect:?}"
        );
        assert!(
            rect.width() >= 100.0 || name.contains(&in_table),
            "{at}: the field {name:?} is squeezed: {rect:?}"
        );
    }
    let calendar = language.text("widgets-calendar");
    let others = app
        .harness
        .query_all_by_role(Role::Button)
        .filter(|b| {
            b.accesskit_node()
                .label()
                .is_some_and(|l| l.starts_with(calendar.as_ref()))
        })
        .chain(app.harness.query_all_by_role(Role::Image));
    for node in others {
        let rect = node.rect();
        assert!(
            rect.right() <= right + 0.5,
            "{page} in {} at {size:?}: {:?} ends past the page's edge at {right}: {rect:?}",
            language.code(),
            node.accesskit_node().label().unwrap_or_default()
        );
    }
}

/// Step 14's longest German label, "Wiederherstellungszeiten im Vergleich zur maximalen
/// Ausfallzeit (RTO)", wraps: the dates, their calendar buttons, the text fields and the
/// charts stay in the window at its default size.
#[test]
fn step_14_fits_in_german_at_the_default_window_size() {
    let dir = tempfile::tempdir().unwrap();
    let german = Language::from_code("de").unwrap();
    let mut app = example_at(dir.path(), german, [1200.0, 800.0]);
    app.go_to_step(14);
    check_fields(&app, german, [1200.0, 800.0], "step 14");

    // The label wraps within its column rather than widening it.
    let label = german.text("forms-evaluation-restore-times");
    let rect = app
        .harness
        .query_all_by_role(Role::Label)
        .find(|node| node.accesskit_node().value().as_deref() == Some(label.as_ref()))
        .or_else(|| app.harness.query_by_role_and_label(Role::Label, &label))
        .expect("the label shows")
        .rect();
    assert!(
        rect.width() <= 260.0,
        "the label column takes a fair share: {rect:?}"
    );
    let evaluated_on = german.text("forms-evaluation-evaluated-on");
    assert_eq!(
        app.value_of(&evaluated_on),
        "30.09.2026",
        "the date shows whole"
    );
}

/// The forms with the longest labels fit at the smallest, the usual and a large window,
/// in every language.
#[test]
fn forms_fit_in_every_language_and_window_size() {
    for language in Language::all() {
        for size in [[800.0, 560.0], [1280.0, 800.0], [2560.0, 1440.0]] {
            let dir = tempfile::tempdir().unwrap();
            let mut app = example_at(dir.path(), language, size);
            check_fields(&app, language, size, "plan details");
            for step in [5, 10, 13, 14] {
                app.go_to_step(step);
                check_fields(&app, language, size, &format!("step {step}"));
            }
        }
    }
}

/// No text of the page runs past its right edge, in any language: a sentence longer than
/// the page wraps (the estimate's summary of step 5 in German ran off it).
#[test]
fn no_text_runs_off_the_page_in_any_language() {
    for code in ["en", "de", "fr", "es"] {
        let language = Language::from_code(code).unwrap();
        for size in [[1200.0, 800.0], [800.0, 560.0]] {
            let dir = tempfile::tempdir().unwrap();
            let mut app = example_at(dir.path(), language, size);
            for step in [1, 5, 10, 13, 14] {
                app.go_to_step(step);
                let right = page_right(&app, language, size[0]);
                // The page starts right of the step list.
                let left = app
                    .harness
                    .query_by_label(&language.text("wizard-plan-details"))
                    .map_or(0.0, |entry| entry.rect().right());
                for node in app.harness.query_all_by_role(Role::Label) {
                    let rect = node.rect();
                    // The menu bar above the page has its own rules (what does not fit
                    // beside the menus is left out).
                    let on_page = rect.top() > 40.0 && rect.left() > left && rect.left() < right;
                    if on_page && rect.right() > right + 1.0 {
                        let text = node.accesskit_node().value().unwrap_or_default();
                        panic!("{code} {size:?} step {step}: {text:?} runs past {right}: {rect:?}");
                    }
                }
            }
        }
    }
}
