//! How long the documents take for small and large plans.
//!
//! `cargo bench --bench documents` prints, for plans of 25 to 2,000 systems, the median
//! time to make the procedure PDF and the invitation PDF (typesetting and PDF writing,
//! in this process), the procedure's page count and size. Each run starts cold: typst's
//! memory of earlier layouts is let go between runs (untimed), as the app does after every
//! document, so a run cannot reuse the work of the one before.

use std::time::{Duration, Instant};

mod common;

use backup_planner::documents;
use backup_planner::model::options::Paper;
use backup_planner::model::sample::plan_with_systems;

fn time<T>(runs: usize, mut f: impl FnMut() -> T) -> (Duration, T) {
    let mut last = f(); // warm-up: fonts and the standard library load once per process
    let mut times = Vec::with_capacity(runs);
    for _ in 0..runs {
        documents::forget_layouts();
        let start = Instant::now();
        last = f();
        times.push(start.elapsed());
    }
    (common::median(times), last)
}

/// The page count of PDF bytes, written to a temporary file for pdfinfo.
fn page_count(pdf: &[u8]) -> String {
    let path = std::env::temp_dir().join("backup-planner-bench.pdf");
    if std::fs::write(&path, pdf).is_err() {
        return "?".to_owned();
    }
    let pages = common::pages(&path);
    let _ = std::fs::remove_file(&path);
    pages
}

fn main() {
    let today = chrono::NaiveDate::from_ymd_opt(2026, 3, 16).unwrap_or_default();
    println!("systems  procedure (median)  pages   size      invitation (median)");
    for systems in [25, 250, 500, 1000, 2000] {
        let plan = plan_with_systems(systems);
        let runs = if systems >= 1000 { 5 } else { 11 };
        let (procedure_time, pdf) = time(runs, || {
            documents::procedure_pdf(&plan, Paper::A4, today).expect("the procedure is made")
        });
        let session = &plan.training.sessions[0];
        let (invitation_time, _) = time(runs, || {
            documents::invitation_pdf(&plan, session, Paper::A4, today)
                .expect("the invitation is made")
        });
        let pages = page_count(&pdf);
        println!(
            "{systems:>7}  {:>15.1} ms  {pages:>5}  {:>6} KB  {:>15.1} ms",
            procedure_time.as_secs_f64() * 1000.0,
            pdf.len() / 1024,
            invitation_time.as_secs_f64() * 1000.0,
        );
    }

    // The print dialog's preview: the example's procedure drawn as images at the dialog's
    // scale (1.5 pixels a point), the first page alone (what shows first) and all pages.
    let example = backup_planner::model::sample::example();
    let scale = 1.5;
    let (first, ()) = time(11, || {
        documents::procedure_pages(&example, Paper::A4, today, scale, |_, _| false)
            .expect("the preview is drawn");
    });
    let mut count = 0;
    let (all, ()) = time(5, || {
        documents::procedure_pages(&example, Paper::A4, today, scale, |n, _| {
            count = n;
            true
        })
        .expect("the preview is drawn");
    });
    println!(
        "print preview of the example's procedure: first page {:.1} ms, all {count} pages {:.1} ms",
        first.as_secs_f64() * 1000.0,
        all.as_secs_f64() * 1000.0
    );
}
