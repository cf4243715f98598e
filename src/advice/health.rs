//! The plan held against what the backups really did: from the runs read from the tools'
//! logs (`model::evidence`), per system of step 1, the failures, the runs missed against
//! step 5's schedule, the last good backup against the system's RPO, backups much smaller
//! than usual or changes far above the usual, durations and runs that overran into the
//! next, and restores against the RTO.

use chrono::{NaiveDate, NaiveDateTime, TimeDelta};
use serde::Serialize;

use crate::i18n::Phrase;
use crate::model::evidence::{Outcome, Run, RunKind};
use crate::model::options::Frequency;
use crate::model::plan::{Plan, SystemId};

/// How much later than its schedule a run may come before it counts as missed: half an
/// interval more (a nightly backup that starts at 02:00 one day and 05:00 the next is not
/// missed).
const GAP_TOLERANCE: f64 = 1.5;

/// A backup is "much smaller than usual" below this share of the usual size.
const SHRUNK_BELOW: f64 = 0.5;

/// New or changed data is "far above the usual" beyond this many times the usual...
const SURGE_TIMES: f64 = 5.0;
/// ...and when it is at least this share of the whole backup (a few megabytes more on a
/// quiet system is no alarm).
const SURGE_SHARE: f64 = 0.1;

/// How many earlier runs make "the usual" (their median), and how many are needed.
const USUAL_OF: usize = 10;
const USUAL_NEEDS: usize = 3;

/// What the runs of one system's jobs show.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SystemHealth {
    pub system: SystemId,
    /// The system's place in step 1, counted from 0, and its name as typed (trimmed;
    /// empty while it has none): [`Self::name`] words them.
    pub index: usize,
    pub typed_name: String,
    /// The backup runs, oldest first, of all the system's jobs.
    pub backups: Vec<Run>,
    /// The restore runs.
    pub restores: Vec<Run>,
    /// Hours from one run to the next by the system's schedule (step 5), if it has one.
    pub interval_hours: Option<u32>,
    /// Runs that failed or were cancelled.
    pub failures: Vec<Run>,
    /// Runs that finished with warnings.
    pub warnings: Vec<Run>,
    /// Runs missed against the schedule: from the run before the gap to the run after it
    /// (or to `now` when no run came after).
    pub missed: Vec<(NaiveDateTime, NaiveDateTime)>,
    /// When the last backup that succeeded (or finished with warnings) ended, or started
    /// when its duration is not known.
    pub last_good: Option<NaiveDateTime>,
    /// Hours from the last good backup to `now`.
    pub hours_since_good: Option<f64>,
    /// The system's RPO and RTO (step 1), in hours.
    pub rpo_hours: Option<f64>,
    pub rto_hours: Option<f64>,
    /// Backups much smaller than the usual: the run and the usual size.
    pub shrunk: Vec<(Run, u64)>,
    /// Runs that stored far more new data than usual: the run and the usual amount.
    pub surges: Vec<(Run, u64)>,
    /// The median and the longest duration of the backups, in seconds.
    pub median_seconds: Option<u64>,
    pub longest_seconds: Option<u64>,
    /// Backups still running when the next was due.
    pub overruns: Vec<Run>,
    /// Restores that took longer than the RTO.
    pub slow_restores: Vec<Run>,
    /// The backups in periods of equal length, for the charts.
    pub trend: Trend,
}

/// A system's backups in periods of equal length, oldest first, from the first backup in
/// the logs to the last: what step 14's charts and the procedure's chart draw. A period
/// without a backup stays in, empty, so a gap shows.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Trend {
    /// Days in each period: a day, a week or a month, so a chart has at most about a
    /// hundred bars whatever the span of the logs.
    pub days_per_period: u32,
    pub periods: Vec<Period>,
}

/// The backups that started in one period.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Period {
    pub start: NaiveDate,
    /// Backups that left a usable backup (with warnings too).
    pub good: u32,
    /// Backups that failed or were cancelled.
    pub failed: u32,
    /// The longest backup that started in the period, in hours.
    pub longest_hours: Option<f64>,
    /// The size of the period's last backup that says it, in gigabytes.
    pub size_gb: Option<f64>,
}

/// Most periods a trend holds before its periods grow beyond a month.
const MOST_PERIODS: i64 = 120;

impl Trend {
    /// The periods of `backups` (oldest first).
    fn of(backups: &[Run]) -> Self {
        let (Some(first), Some(last)) = (backups.first(), backups.last()) else {
            return Self::default();
        };
        let (first, last) = (first.started.date(), last.started.date());
        let span = (last - first).num_days() + 1;
        let days: i64 = match span {
            ..=62 => 1,
            63..=420 => 7,
            _ => 30.max((span + MOST_PERIODS - 1) / MOST_PERIODS),
        };
        let count = usize::try_from((span + days - 1) / days).unwrap_or(0);
        let mut periods: Vec<Period> = (0..count)
            .map(|i| Period {
                start: first + TimeDelta::days(days * i64::try_from(i).unwrap_or(0)),
                ..Period::default()
            })
            .collect();
        for run in backups {
            let index = (run.started.date() - first).num_days() / days;
            let Some(period) = usize::try_from(index).ok().and_then(|i| periods.get_mut(i)) else {
                continue;
            };
            if run.outcome.is_good() {
                period.good += 1;
            } else {
                period.failed += 1;
            }
            if let Some(seconds) = run.seconds {
                let hours = seconds_as_hours(seconds);
                period.longest_hours = Some(period.longest_hours.map_or(hours, |h| h.max(hours)));
            }
            if let Some(bytes) = run.total_bytes {
                period.size_gb = Some(bytes_as_gigabytes(bytes));
            }
        }
        Self {
            days_per_period: u32::try_from(days).unwrap_or(u32::MAX),
            periods,
        }
    }
}

impl SystemHealth {
    /// The share of backup runs that left a usable backup, in per cent.
    pub fn success_percent(&self) -> Option<f64> {
        if self.backups.is_empty() {
            return None;
        }
        let good = self.backups.iter().filter(|r| r.outcome.is_good()).count();
        Some(ratio(good, self.backups.len()) * 100.0)
    }

    /// Whether the last good backup is older than the RPO allows.
    pub fn beyond_rpo(&self) -> bool {
        match (self.rpo_hours, self.hours_since_good) {
            (Some(rpo), Some(hours)) => hours > rpo,
            // Runs, none good: nothing to restore from.
            (Some(_), None) => !self.backups.is_empty(),
            _ => false,
        }
    }
}

impl SystemHealth {
    /// What is wrong with the runs, a short phrase each: "2 failed backups".
    pub fn anomaly_phrases(&self) -> Vec<Phrase> {
        let counted = [
            (self.failures.len(), "runs-anomaly-failed"),
            (self.missed.len(), "runs-anomaly-missed"),
            (self.shrunk.len(), "runs-anomaly-shrunk"),
            (self.surges.len(), "runs-anomaly-surges"),
            (self.overruns.len(), "runs-anomaly-overruns"),
            (self.slow_restores.len(), "runs-anomaly-slow-restores"),
        ];
        let mut found: Vec<Phrase> = counted
            .into_iter()
            .filter(|(n, _)| *n > 0)
            .map(|(n, message)| Phrase::new(message).with("count", n))
            .collect();
        if self.beyond_rpo() {
            found.push(Phrase::new("runs-anomaly-beyond-rpo"));
        }
        found
    }

    /// What the app calls the system, to be worded in any language: its name, or
    /// "System 3" by its place in step 1 while it has none (as [`System::label`]).
    ///
    /// [`System::label`]: crate::model::plan::System::label
    pub fn name(&self) -> Phrase {
        if self.typed_name.is_empty() {
            Phrase::new("advice-system-number").with("number", self.index + 1)
        } else {
            Phrase::verbatim(self.typed_name.as_str())
        }
    }

    /// What the runs show, in one sentence for step 14: "28 backups from 2026-03-01 to
    /// 2026-03-28; 96% succeeded; usually 1 hour, the longest 1.3 hours; 10 GB to 10.4 GB;
    /// the last good one 2026-03-28 23:00."
    pub fn figures(&self) -> Phrase {
        let mut parts = Vec::new();
        match (self.backups.first(), self.backups.last()) {
            (Some(first), Some(last)) => parts.push(
                Phrase::new("runs-figures-backups")
                    .with("count", self.backups.len())
                    .with("first", first.started.date())
                    .with("last", last.started.date()),
            ),
            _ => parts.push(Phrase::new("runs-figures-no-backups")),
        }
        if let Some(percent) = self.success_percent() {
            parts.push(Phrase::new("runs-figures-succeeded").with("percent", percent.round()));
        }
        if let Some((usual, longest)) = self.durations() {
            parts.push(
                Phrase::new("runs-figures-durations")
                    .with("usual", usual)
                    .with("longest", longest),
            );
        }
        if let Some((first, last)) = self.size_range_gb() {
            parts.push(
                Phrase::new("runs-figures-sizes")
                    .with("first", first)
                    .with("last", last),
            );
        }
        if let Some(last) = self.last_good {
            parts.push(Phrase::new("runs-figures-last-good").with("at", last));
        }
        // Joined from the last: "A; (B; (C; D))".
        let joined = parts
            .into_iter()
            .rev()
            .reduce(|rest, first| {
                Phrase::new("runs-figures-and")
                    .with("first", first)
                    .with("rest", rest)
            })
            .unwrap_or_else(|| Phrase::verbatim(""));
        Phrase::new("runs-figures").with("parts", joined)
    }

    /// How long a backup usually takes and the longest, in words ("40 minutes").
    pub fn durations(&self) -> Option<(Phrase, Phrase)> {
        let (median, longest) = (self.median_seconds?, self.longest_seconds?);
        Some((
            crate::advice::time_span(seconds_as_hours(median)),
            crate::advice::time_span(seconds_as_hours(longest)),
        ))
    }

    /// The size of the first and of the last backup that say it, in gigabytes.
    pub fn size_range_gb(&self) -> Option<(f64, f64)> {
        let mut sizes = self.backups.iter().filter_map(|r| r.total_bytes);
        let first = sizes.next()?;
        let last = sizes.next_back().unwrap_or(first);
        Some((bytes_as_gigabytes(first), bytes_as_gigabytes(last)))
    }

    /// The size of the newest backup that says it, in gigabytes.
    pub fn latest_gigabytes(&self) -> Option<f64> {
        let bytes = self.backups.iter().rev().find_map(|r| r.total_bytes)?;
        Some(bytes_as_gigabytes(bytes))
    }
}

/// What the runs of every system show, as of `now`; systems without runs are left out.
pub fn health(plan: &Plan, now: NaiveDateTime) -> Vec<SystemHealth> {
    plan.systems
        .iter()
        .enumerate()
        .filter_map(|(index, system)| {
            let mut runs: Vec<Run> = plan
                .evidence
                .jobs
                .iter()
                .filter(|j| j.system == Some(system.id))
                .flat_map(|j| j.runs.iter().cloned())
                .collect();
            if runs.is_empty() {
                return None;
            }
            runs.sort_by_key(|r| r.started);
            let interval_hours = plan
                .schedules
                .iter()
                .filter(|s| s.system == Some(system.id))
                .filter_map(|s| s.frequency.map(Frequency::interval_hours))
                .min();
            Some(of_system(
                (system.id, index, system.name.trim()),
                runs,
                interval_hours,
                (system.rpo_hours, system.rto_hours),
                now,
            ))
        })
        .collect()
}

/// What `runs` show of the system with this id, place in step 1 and name.
fn of_system(
    (system, index, typed_name): (SystemId, usize, &str),
    runs: Vec<Run>,
    interval_hours: Option<u32>,
    (rpo, rto): (Option<f64>, Option<f64>),
    now: NaiveDateTime,
) -> SystemHealth {
    let (backups, others): (Vec<Run>, Vec<Run>) =
        runs.into_iter().partition(|r| r.kind == RunKind::Backup);
    let restores: Vec<Run> = others
        .into_iter()
        .filter(|r| r.kind == RunKind::Restore)
        .collect();
    let failures = backups
        .iter()
        .filter(|r| matches!(r.outcome, Outcome::Failed | Outcome::Cancelled))
        .cloned()
        .collect();
    let warnings = backups
        .iter()
        .filter(|r| r.outcome == Outcome::Warning)
        .cloned()
        .collect();
    let last_good = backups
        .iter()
        .rev()
        .find(|r| r.outcome.is_good())
        .map(|r| r.ended().unwrap_or(r.started));
    let hours_since_good = last_good.map(|t| hours(now - t).max(0.0));
    let mut health = SystemHealth {
        system,
        index,
        typed_name: typed_name.to_owned(),
        interval_hours,
        failures,
        warnings,
        last_good,
        hours_since_good,
        rpo_hours: rpo,
        rto_hours: rto,
        ..SystemHealth::default()
    };
    if let Some(interval) = interval_hours {
        let allowed = f64::from(interval) * GAP_TOLERANCE;
        let mut times: Vec<NaiveDateTime> = backups.iter().map(|r| r.started).collect();
        times.push(now);
        for pair in times.windows(2) {
            if hours(pair[1] - pair[0]) > allowed {
                health.missed.push((pair[0], pair[1]));
            }
        }
        health.overruns = backups
            .iter()
            .filter(|r| r.seconds.is_some_and(|s| s > u64::from(interval) * 3600))
            .cloned()
            .collect();
    }
    let mut durations: Vec<u64> = backups.iter().filter_map(|r| r.seconds).collect();
    durations.sort_unstable();
    health.median_seconds = median(&durations);
    health.longest_seconds = durations.last().copied();
    size_changes(&backups, &mut health);
    if let Some(rto) = rto {
        health.slow_restores = restores
            .iter()
            .filter(|r| r.seconds.is_some_and(|s| seconds_as_hours(s) > rto))
            .cloned()
            .collect();
    }
    health.trend = Trend::of(&backups);
    health.backups = backups;
    health.restores = restores;
    health
}

/// Backups much smaller than the usual, and changes far above it, each against the
/// median of the good runs before it.
fn size_changes(backups: &[Run], health: &mut SystemHealth) {
    let good: Vec<&Run> = backups.iter().filter(|r| r.outcome.is_good()).collect();
    for (i, run) in good.iter().enumerate() {
        let before = &good[i.saturating_sub(USUAL_OF)..i];
        let usual = |size: fn(&Run) -> Option<u64>| {
            let mut sizes: Vec<u64> = before.iter().filter_map(|r| size(r)).collect();
            sizes.sort_unstable();
            (sizes.len() >= USUAL_NEEDS)
                .then(|| median(&sizes))
                .flatten()
        };
        if let (Some(total), Some(usual_total)) = (run.total_bytes, usual(|r| r.total_bytes))
            && ratio_u64(total, usual_total) < SHRUNK_BELOW
        {
            health.shrunk.push(((*run).clone(), usual_total));
        }
        if let (Some(added), Some(usual_added)) = (run.added_bytes, usual(|r| r.added_bytes)) {
            let far_above = ratio_u64(added, usual_added.max(1)) > SURGE_TIMES;
            let large = run
                .total_bytes
                .is_none_or(|total| ratio_u64(added, total.max(1)) >= SURGE_SHARE);
            if far_above && large {
                health.surges.push(((*run).clone(), usual_added));
            }
        }
    }
}

fn median(sorted: &[u64]) -> Option<u64> {
    match sorted.len() {
        0 => None,
        n if !n.is_multiple_of(2) => Some(sorted[n / 2]),
        n => Some(sorted[n / 2 - 1] / 2 + sorted[n / 2] / 2),
    }
}

fn hours(delta: TimeDelta) -> f64 {
    // Seconds in a plan's lifetime fit an f64 exactly.
    #[expect(
        clippy::cast_precision_loss,
        reason = "seconds of a few years are exact"
    )]
    let seconds = delta.num_seconds() as f64;
    seconds / 3600.0
}

/// A duration in seconds as hours.
pub fn seconds_as_hours(seconds: u64) -> f64 {
    #[expect(clippy::cast_precision_loss, reason = "durations of runs are exact")]
    let seconds = seconds as f64;
    seconds / 3600.0
}

fn bytes_as_gigabytes(bytes: u64) -> f64 {
    #[expect(
        clippy::cast_precision_loss,
        reason = "a size to a tenth of a gigabyte"
    )]
    let gb = bytes as f64 / 1e9;
    (gb * 10.0).round() / 10.0
}

fn ratio(part: usize, whole: usize) -> f64 {
    #[expect(clippy::cast_precision_loss, reason = "counts of runs are exact")]
    let (part, whole) = (part as f64, whole as f64);
    part / whole
}

fn ratio_u64(part: u64, whole: u64) -> f64 {
    #[expect(
        clippy::cast_precision_loss,
        reason = "a ratio; precision beyond 2^53 bytes is moot"
    )]
    let (part, whole) = (part as f64, whole.max(1) as f64);
    part / whole
}

/// The restores the imported logs show that step 9 does not record yet, as restore tests
/// to offer: the system, the day, the time taken and the result, noted as from the log
/// (in the plan's document language, as the plan keeps the note).
pub fn restore_tests_offered(plan: &Plan) -> Vec<crate::model::plan::RestoreTest> {
    use crate::model::options::RestoreResult;
    use crate::model::plan::RestoreTest;
    let language = plan.identity.document_language;
    let mut offered = Vec::new();
    for job in &plan.evidence.jobs {
        let Some(system) = job.system else { continue };
        for run in job
            .runs
            .iter()
            .filter(|r| r.kind == crate::model::evidence::RunKind::Restore)
        {
            let date = Some(run.started.date());
            let recorded = plan
                .restore_tests
                .iter()
                .any(|t| t.system == Some(system) && t.date == date);
            if recorded {
                continue;
            }
            #[expect(clippy::cast_precision_loss, reason = "seconds of a restore are exact")]
            let hours = run.seconds.map(|s| (s as f64 / 360.0).round() / 10.0);
            offered.push(RestoreTest {
                kind: None,
                system: Some(system),
                date,
                restored_to: String::new(),
                result: Some(match run.outcome {
                    Outcome::Succeeded => RestoreResult::Success,
                    Outcome::Warning => RestoreResult::Partial,
                    Outcome::Failed | Outcome::Cancelled => RestoreResult::Failed,
                }),
                duration_hours: hours.filter(|h| crate::model::limits::HOURS.contains(*h)),
                notes: Phrase::new("runs-restore-note")
                    .with("tool", job.tool.label())
                    .with("job", job.name.as_str())
                    .text(language),
            });
        }
    }
    offered
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Language;
    use crate::model::evidence::Job;
    use crate::model::plan::Schedule;
    use crate::model::sample::plan_with_systems;

    fn at(day: u32, hour: u32) -> NaiveDateTime {
        chrono::NaiveDate::from_ymd_opt(2026, 3, day)
            .unwrap()
            .and_hms_opt(hour, 0, 0)
            .unwrap()
    }

    fn nightly(day: u32) -> Run {
        Run {
            started: at(day, 2),
            seconds: Some(3600),
            total_bytes: Some(100_000_000_000),
            added_bytes: Some(1_000_000_000),
            ..Run::default()
        }
    }

    /// A plan whose first system is backed up daily with an RPO of 24 h and an RTO of
    /// 4 h, and has `runs`.
    fn plan_with_runs(runs: Vec<Run>) -> Plan {
        let mut plan = plan_with_systems(1);
        let id = plan.systems[0].id;
        plan.systems[0].rpo_hours = Some(24.0);
        plan.systems[0].rto_hours = Some(4.0);
        plan.schedules = vec![Schedule {
            system: Some(id),
            frequency: Some(Frequency::Daily),
            ..Schedule::default()
        }];
        plan.evidence.jobs = vec![Job {
            system: Some(id),
            runs: runs.into(),
            ..Job::default()
        }];
        plan
    }

    #[test]
    fn a_month_of_good_nights_shows_nothing_wrong() {
        let runs = (1..=30).map(nightly).collect();
        let health = &health(&plan_with_runs(runs), at(30, 12))[0];
        assert!(health.failures.is_empty() && health.missed.is_empty());
        assert!(health.shrunk.is_empty() && health.surges.is_empty());
        assert!(health.overruns.is_empty());
        assert_eq!(health.success_percent(), Some(100.0));
        assert_eq!(health.last_good, Some(at(30, 3)));
        assert_eq!(health.hours_since_good, Some(9.0));
        assert!(!health.beyond_rpo());
        assert_eq!(health.median_seconds, Some(3600));
    }

    #[test]
    fn a_missed_night_a_failure_a_shrinking_backup_and_a_surge() {
        let mut runs: Vec<Run> = (1..=10).filter(|d| *d != 5).map(nightly).collect();
        runs[6].outcome = Outcome::Failed; // the night of the 8th
        runs[6].message = "Fatal: repository locked".into();
        runs[7].total_bytes = Some(20_000_000_000); // the 9th: a fifth of the usual
        runs[8].added_bytes = Some(60_000_000_000); // the 10th: 60 times the usual
        let health = &health(&plan_with_runs(runs), at(10, 12))[0];
        assert_eq!(health.missed, [(at(4, 2), at(6, 2))]);
        assert_eq!(health.failures.len(), 1);
        assert_eq!(health.failures[0].started, at(8, 2));
        assert_eq!(health.shrunk.len(), 1);
        assert_eq!(health.shrunk[0].0.started, at(9, 2));
        assert_eq!(health.shrunk[0].1, 100_000_000_000);
        assert_eq!(health.surges.len(), 1);
        assert_eq!(health.surges[0].0.started, at(10, 2));
        assert_eq!(health.success_percent(), Some(100.0 * 8.0 / 9.0));
    }

    #[test]
    fn backups_that_stopped_are_beyond_the_rpo_and_missed_until_now() {
        let runs = (1..=3).map(nightly).collect();
        let health = &health(&plan_with_runs(runs), at(20, 9))[0];
        assert!(health.beyond_rpo());
        assert_eq!(health.missed, [(at(3, 2), at(20, 9))]);
        assert_eq!(health.hours_since_good, Some(17.0 * 24.0 + 6.0));
    }

    #[test]
    fn an_overrun_and_a_restore_slower_than_the_rto() {
        let mut runs: Vec<Run> = (1..=3).map(nightly).collect();
        runs[1].seconds = Some(25 * 3600);
        runs.push(Run {
            started: at(3, 10),
            kind: RunKind::Restore,
            seconds: Some(5 * 3600),
            ..Run::default()
        });
        let health = &health(&plan_with_runs(runs), at(4, 3))[0];
        assert_eq!(health.overruns.len(), 1);
        assert_eq!(health.overruns[0].started, at(2, 2));
        assert_eq!(health.slow_restores.len(), 1);
        assert_eq!(health.longest_seconds, Some(25 * 3600));
        assert_eq!(health.backups.len(), 3);
    }

    #[test]
    fn the_figures_of_step_14_in_one_sentence() {
        let mut runs: Vec<Run> = (1..=4).map(nightly).collect();
        runs[3].outcome = Outcome::Failed;
        runs[2].total_bytes = Some(104_000_000_000);
        let health = &health(&plan_with_runs(runs), at(10, 12))[0];
        assert_eq!(
            health.figures().text(Language::ENGLISH),
            "4 backups from 2026-03-01 to 2026-03-04; 75% succeeded; usually 1 hour, the \
             longest 1 hour; 100 GB to 100 GB; the last good one 2026-03-03 03:00."
        );
        assert_eq!(health.latest_gigabytes(), Some(100.0));
    }

    #[test]
    fn the_trend_has_a_period_a_day_with_the_missed_night_empty() {
        let mut runs: Vec<Run> = (1..=10).filter(|d| *d != 5).map(nightly).collect();
        runs[6].outcome = Outcome::Failed; // the 8th
        runs[7].total_bytes = Some(20_000_000_000); // the 9th
        runs[8].seconds = Some(5400); // the 10th
        let trend = &health(&plan_with_runs(runs), at(10, 12))[0].trend;
        assert_eq!(trend.days_per_period, 1);
        assert_eq!(trend.periods.len(), 10);
        let day = |d: usize| &trend.periods[d - 1];
        assert_eq!(day(1).start, at(1, 0).date());
        assert_eq!((day(5).good, day(5).failed), (0, 0));
        assert_eq!((day(5).size_gb, day(5).longest_hours), (None, None));
        assert_eq!((day(8).good, day(8).failed), (0, 1));
        assert_eq!(day(9).size_gb, Some(20.0));
        assert_eq!(day(10).longest_hours, Some(1.5));
        assert_eq!(day(10).size_gb, Some(100.0));
    }

    #[test]
    fn a_longer_history_is_drawn_by_weeks_then_by_months_and_never_in_thousands_of_bars() {
        let day = at(1, 2);
        let every_day = |days: i64| -> Vec<Run> {
            (0..days)
                .map(|d| Run {
                    started: day + TimeDelta::days(d),
                    ..nightly(1)
                })
                .collect()
        };
        let weeks = Trend::of(&every_day(365));
        assert_eq!(weeks.days_per_period, 7);
        assert_eq!(weeks.periods.len(), 53);
        assert_eq!(weeks.periods[0].good, 7);
        assert_eq!(weeks.periods.iter().map(|p| p.good).sum::<u32>(), 365);
        let months = Trend::of(&every_day(3 * 365));
        assert_eq!(months.days_per_period, 30);
        // A run dated far in the future (a clock gone wrong) still leaves a chart that can
        // be drawn.
        let mut odd = every_day(3);
        odd.push(Run {
            started: at(1, 2) + TimeDelta::days(2_000_000),
            ..nightly(1)
        });
        let odd = Trend::of(&odd);
        assert!(odd.periods.len() <= 120, "{} periods", odd.periods.len());
        assert_eq!(odd.periods.iter().map(|p| p.good).sum::<u32>(), 4);
        assert_eq!(Trend::of(&[]), Trend::default());
    }

    #[test]
    fn the_anomalies_in_short_phrases() {
        let mut runs: Vec<Run> = (1..=10).filter(|d| *d != 5).map(nightly).collect();
        runs[6].outcome = Outcome::Failed;
        runs[7].outcome = Outcome::Cancelled;
        let health = &health(&plan_with_runs(runs), at(20, 12))[0];
        let worded: Vec<String> = health
            .anomaly_phrases()
            .iter()
            .map(|a| a.text(Language::ENGLISH))
            .collect();
        assert_eq!(
            worded,
            [
                "2 failed backups",
                "2 gaps without backups",
                "no good backup within its RPO"
            ]
        );
    }

    #[test]
    fn a_system_without_a_name_is_named_by_its_place_in_any_language() {
        let mut plan = plan_with_runs((1..=3).map(nightly).collect());
        plan.systems[0].name = "  ".to_owned();
        let health = &health(&plan, at(4, 3))[0];
        let french = Language::from_code("fr").unwrap();
        assert_eq!(health.name().text(Language::ENGLISH), "System 1");
        assert_eq!(health.name().text(french), "Système 1");
        plan.systems[0].name = " Accounts ".to_owned();
        let health = &super::health(&plan, at(4, 3))[0];
        assert_eq!(health.name().text(french), "Accounts");
    }

    #[test]
    fn systems_without_runs_are_left_out() {
        let plan = plan_with_systems(3);
        assert!(health(&plan, at(1, 0)).is_empty());
    }
}
