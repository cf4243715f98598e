//! Printing again and again does not make the app hold more and more memory.
//!
//! typst remembers every layout it makes. Without letting go after each document, every
//! print of an edited plan added its layouts to what the app held for as long as it ran:
//! about 110 MB a print for a plan of 300 systems. Alone in its file, so no other test
//! shares this process's memory.

mod common;

use backup_planner::files::storage;
use backup_planner::model::sample::plan_with_systems;
use common::TestApp;

/// This process's resident memory in KB, from /proc (Linux).
fn resident_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
}

#[test]
fn printing_an_edited_plan_again_and_again_keeps_memory_level() {
    if resident_kb().is_none() {
        eprintln!("no /proc/self/status here: nothing to measure");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("large.ron");
    storage::save_plan(&plan_with_systems(300), &path).unwrap();
    let mut app = TestApp::start_with(&dir.path().join("config"), Some(path));

    let before = resident_kb().unwrap();
    let mut after = Vec::new();
    for print in 0..5 {
        // Edits that change the document all through: the title heads every page.
        app.type_into("Plan title", &format!("Backup plan, draft {print}"));
        app.go_to_step(1);
        app.type_into("System, row 1", &format!("File server, draft {print}"));
        app.click("Plan details");
        app.print_procedure();
        assert_eq!(
            app.desktop.printed.borrow().len(),
            print + 1,
            "print {print} went out"
        );
        after.push(resident_kb().unwrap());
    }
    let first = after[0].saturating_sub(before);
    let later = after[4].saturating_sub(after[1]);
    eprintln!("resident KB before {before}, after each print {after:?}");
    assert!(
        first > 10_000,
        "the first print of 300 systems takes memory ({first} KB), or this test measures nothing"
    );
    // Holding on, each print adds about 110 MB here, two thirds of the first one: three
    // prints add twice what the first took. Letting go, they add a few MB.
    assert!(
        later < first,
        "three more prints added {later} KB; the first took {first} KB"
    );
}
