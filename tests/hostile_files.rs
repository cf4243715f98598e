//! Files that are not plans, or are plans at the edge, are refused with a clear message or
//! opened whole: never a panic, never a hang, and the app stays usable.

mod common;

use std::fs;
use std::path::Path;

use backup_planner::files::storage::{self, StorageError};
use backup_planner::model::sample::plan_with_systems;
use common::TestApp;
use egui_kittest::kittest::Queryable as _;

fn refused(path: &Path) -> StorageError {
    match storage::load_plan(path) {
        Ok(_) => panic!("{} was taken for a plan", path.display()),
        Err(err) => err,
    }
}

/// A plan file as the app writes it, with `from` replaced by `to`.
fn example_with(from: &str, to: &str) -> String {
    let text = backup_planner::EXAMPLE_PLAN;
    assert!(text.contains(from), "the example has {from}");
    text.replacen(from, to, 1)
}

#[test]
fn files_that_are_not_plans_are_refused_with_the_reason() {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, bytes: &[u8]| {
        let path = dir.path().join(name);
        fs::write(&path, bytes).unwrap();
        path
    };

    let pdf = write(
        "procedure.pdf",
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\n",
    );
    assert!(matches!(refused(&pdf), StorageError::NotText { .. }));

    let png = write("logo.png", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01");
    assert!(matches!(refused(&png), StorageError::NotText { .. }));

    let empty = write("empty.ron", b"");
    let err = refused(&empty);
    assert!(matches!(err, StorageError::Empty { .. }));
    assert!(err.to_string().starts_with("This file is empty"));
    assert!(matches!(
        refused(&write("blank.ron", b"  \n\t\n")),
        StorageError::Empty { .. }
    ));

    let latin1 = write(
        "latin1.ron",
        b"(format_version: 3, identity: (title: \"Caf\xe9\"))",
    );
    assert!(matches!(refused(&latin1), StorageError::NotText { .. }));

    // The app's own settings file is RON, but not a plan.
    let settings = write(
        "settings.ron",
        b"(recent: [], paper: A4, hide_findings: false)",
    );
    let err = refused(&settings);
    assert!(matches!(err, StorageError::NotAPlan { .. }), "{err}");

    // Plan-like files with a field of the wrong shape, or one this version does not know
    // (and would drop on the next save), are refused where the problem is.
    let wrong = write(
        "wrong-shape.ron",
        example_with("systems: [", "systems: \"none\", other: [").as_bytes(),
    );
    let err = refused(&wrong);
    // Line 14: the systems list comes after the plan's identity (its last field is the
    // language of its documents).
    assert!(err.to_string().contains("Line 14, column"), "{err}");
    let unknown = write(
        "unknown-field.ron",
        example_with(
            "owner: \"Priya Shah\",",
            "owner: \"Priya Shah\", shoe_size: 42,",
        )
        .as_bytes(),
    );
    let err = refused(&unknown);
    assert!(err.to_string().contains("shoe_size"), "{err}");

    // Another shape altogether.
    for (name, text) in [
        ("list.ron", "[1, 2, 3]"),
        ("number.ron", "42"),
        ("json.json", "{\"systems\": []}"),
        (
            "half.ron",
            "(format_version: 3, identity: (title: \"cut off",
        ),
    ] {
        let err = refused(&write(name, text.as_bytes()));
        assert!(
            err.to_string().contains("Line ") || matches!(err, StorageError::NotAPlan { .. }),
            "{name}: {err}"
        );
    }
}

#[test]
fn numbers_out_of_range_and_impossible_dates_are_refused_where_they_are() {
    let dir = tempfile::tempdir().unwrap();
    let cases = [
        ("revision: 1,", "revision: 99999999999,", "revision"),
        ("revision: 1,", "revision: -1,", "revision"),
        ("id: 1,", "id: 4294967296,", "id"),
        (
            "duration_minutes: Some(60),",
            "duration_minutes: Some(-60),",
            "minutes",
        ),
        (
            "created: Some(\"2026-01-12\"),",
            "created: Some(\"2026-02-30\"),",
            "date",
        ),
        (
            "start_time: Some(\"08:00:00\"),",
            "start_time: Some(\"25:00:00\"),",
            "time",
        ),
        (
            "department: Some(Finance),",
            "department: Some(Marketing),",
            "department",
        ),
    ];
    for (from, to, what) in cases {
        let path = dir.path().join("plan.ron");
        fs::write(&path, example_with(from, to)).unwrap();
        let err = refused(&path);
        let message = err.to_string();
        assert!(
            matches!(err, StorageError::Parse { .. }) && message.contains("Line "),
            "{what}: {message}"
        );
    }
}

#[test]
fn oversized_files_are_refused_before_reading_and_large_ones_fail_fast() {
    let dir = tempfile::tempdir().unwrap();
    let huge = dir.path().join("huge.ron");
    let file = fs::File::create(&huge).unwrap();
    file.set_len(storage::MAX_PLAN_BYTES + 1).unwrap();
    assert!(matches!(refused(&huge), StorageError::TooLarge { .. }));

    // 50 MB of text that is not a plan: read, refused at its first character.
    let big = dir.path().join("big.ron");
    fs::write(&big, "x".repeat(50 * 1024 * 1024)).unwrap();
    assert!(refused(&big).to_string().contains("Line 1, column 1"));

    // 50 MB of nesting: refused without exhausting the stack.
    let deep = dir.path().join("deep.ron");
    fs::write(&deep, "(".repeat(50 * 1024 * 1024)).unwrap();
    assert!(matches!(refused(&deep), StorageError::Parse { .. }));
}

/// A plan of 100,000 systems is more than a plan holds: it is refused with where, and the
/// app carries on. One at the limit of a list, 5,000 systems, opens and stays usable.
#[test]
fn a_plan_with_a_hundred_thousand_rows_is_refused_and_one_at_the_limit_opens() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big-company.ron");
    let mut plan = plan_with_systems(100_000);
    plan.schedules.truncate(10);
    storage::save_plan(&plan, &path).unwrap();
    let size = fs::metadata(&path).unwrap().len();
    assert!(size < storage::MAX_PLAN_BYTES, "{size} bytes");
    let err = refused(&path);
    assert!(matches!(err, StorageError::OverLimit { .. }), "{err:?}");
    let message = err.to_string();
    assert!(
        message.contains("100,000 rows in the list of systems, where a list takes at most 5,000"),
        "{message}"
    );
    let mut app = TestApp::start(&dir.path().join("config"));
    app.dialogs.answer(&path);
    app.click("Open plan...");
    assert!(app.shows("Could not open the plan"));
    assert!(
        app.harness
            .query_all_by_label_contains("100,000 rows in the list of systems")
            .count()
            >= 1
    );
    app.click("OK");
    app.click("Open the example plan");
    assert_eq!(
        app.plan().identity.organisation,
        "Harbour Street Accountants Ltd"
    );

    let path = dir.path().join("large-company.ron");
    let mut plan = plan_with_systems(backup_planner::model::limits::MAX_ROWS);
    plan.schedules.truncate(10);
    storage::save_plan(&plan, &path).unwrap();
    let mut app = TestApp::start_with(&dir.path().join("config"), Some(path));
    assert_eq!(app.plan().systems.len(), 5_000);
    app.go_to_step(1);
    assert!(app.shows("➕ Add system"));
    app.go_to_step(5);
    assert!(app.shows_text("Each backup destination needs about"));
    assert!(
        app.shows_text("and 4,985 more"),
        "the unestimated are summed up"
    );
}

/// Refused files leave the app as it was, with the message on screen.
#[test]
fn the_app_says_why_and_carries_on() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("notes.ron");
    fs::write(&bad, "(recent: [])").unwrap();
    let mut app = TestApp::start(&dir.path().join("config"));
    app.dialogs.answer(&bad);
    app.click("Open plan...");
    assert!(app.shows("Could not open the plan"));
    assert!(
        app.harness
            .query_all_by_label_contains("it has the shape of a RON file, but not of a plan")
            .count()
            >= 1
    );
    app.click("OK");
    app.click("Open the example plan");
    assert_eq!(
        app.plan().identity.organisation,
        "Harbour Street Accountants Ltd"
    );
}
