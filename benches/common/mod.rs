//! Timing helpers the benchmarks share.

#![allow(dead_code, reason = "each benchmark uses a part")]

use std::time::{Duration, Instant};

/// The middle of the measured times.
pub fn median(mut runs: Vec<Duration>) -> Duration {
    runs.sort_unstable();
    runs[runs.len() / 2]
}

/// Runs `f` once to warm up, then `runs` times, and gives the median time.
pub fn time(runs: usize, mut f: impl FnMut()) -> Duration {
    f();
    let mut times = Vec::with_capacity(runs);
    for _ in 0..runs {
        let start = Instant::now();
        f();
        times.push(start.elapsed());
    }
    median(times)
}

/// Milliseconds with `decimals` places: "0.903 ms".
pub fn ms(d: Duration, decimals: usize) -> String {
    format!("{:.decimals$} ms", d.as_secs_f64() * 1000.0)
}

/// The page count as poppler's pdfinfo reads it, or "?" where it is not installed.
pub fn pages(pdf: &std::path::Path) -> String {
    std::process::Command::new("pdfinfo")
        .arg(pdf)
        .output()
        .ok()
        .and_then(|o| String::from_utf8(o.stdout).ok())
        .and_then(|text| {
            text.lines()
                .find_map(|l| l.strip_prefix("Pages:").map(|n| n.trim().to_owned()))
        })
        .unwrap_or_else(|| "?".to_owned())
}
