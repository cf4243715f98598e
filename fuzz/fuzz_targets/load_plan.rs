//! Plan loading against any input: it may refuse, but never panic or hang; whatever it
//! accepts saves and loads again to the same text, and the adviser, the estimate and the
//! change summary cope with it.
//!
//! Run from the repository: `cargo +nightly fuzz run load_plan fuzz/corpus/load_plan`.

#![no_main]

use std::path::Path;

use backup_planner::advice::{adviser, changes, estimate};
use backup_planner::files::storage;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(plan) = storage::plan_from_str(text, Path::new("fuzz")) else {
        return;
    };
    let saved = storage::plan_to_string(&plan).expect("a loaded plan saves");
    let again = storage::plan_from_str(&saved, Path::new("fuzz")).expect("a saved plan loads");
    assert_eq!(
        storage::plan_to_string(&again).expect("and saves again"),
        saved,
        "save -> load -> save changed the text"
    );
    let today = chrono::NaiveDate::from_ymd_opt(2026, 3, 16).expect("a date");
    let _ = adviser::check(&plan, today);
    let _ = estimate::estimate(&plan);
    let _ = changes::changes(&backup_planner::model::plan::Plan::default(), &plan);
});
