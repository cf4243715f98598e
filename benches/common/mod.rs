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
