//! Bringing what the logs hold into the plan: each job matched to a system of step 1, its
//! runs added to the evidence (a run read twice is kept once), and what they show written
//! where the steps keep it: step 8's error log gets a dated entry per failed or missed
//! run, step 11 a review of the period the logs cover with the anomalies found.

use std::collections::BTreeSet;

use chrono::NaiveDateTime;

use super::LogFile;
use crate::advice::health::{self, SystemHealth};
use crate::i18n::{Arg, Language, Phrase};
use crate::model::evidence::{Job, Outcome, Run, RunKind, Tool};
use crate::model::limits;
use crate::model::plan::{ErrorEntry, LogReview, Plan, SystemId};

/// Which system of step 1 a job of the logs backs up.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Match {
    pub tool: Tool,
    /// The job's name in its log.
    pub job: String,
    /// The system, if one is matched.
    pub system: Option<SystemId>,
    /// Whether the plan remembered it from an earlier import (else it is a guess).
    pub remembered: bool,
}

/// The jobs of `files`, each with the system the plan remembers for it, or else the
/// system whose name or place shares the most words with the job's name (or none).
pub fn suggest(plan: &Plan, files: &[LogFile]) -> Vec<Match> {
    let mut matches: Vec<Match> = Vec::new();
    for job in files.iter().flat_map(|f| &f.jobs) {
        if matches
            .iter()
            .any(|m| m.tool == job.tool && m.job == job.name)
        {
            continue;
        }
        let known = plan
            .evidence
            .jobs
            .iter()
            .find(|j| j.tool == job.tool && j.name == job.name)
            .and_then(|j| j.system);
        let system = known.or_else(|| guess(plan, &job.name));
        matches.push(Match {
            tool: job.tool,
            job: job.name.clone(),
            system,
            remembered: known.is_some(),
        });
    }
    matches
}

/// The system that shares the most words (three letters or more) with `job`, if any does.
fn guess(plan: &Plan, job: &str) -> Option<SystemId> {
    let job_words = words(job);
    plan.systems
        .iter()
        .map(|s| {
            let mine = words(&format!("{} {}", s.name, s.location));
            (job_words.intersection(&mine).count(), s.id)
        })
        .filter(|(shared, _)| *shared > 0)
        .max_by_key(|(shared, _)| *shared)
        .map(|(_, id)| id)
}

fn words(text: &str) -> BTreeSet<String> {
    const COMMON: &[&str] = &[
        "restic", "borg", "backup", "backups", "the", "and", "srv", "home", "data", "var",
    ];
    text.split(|c: char| !c.is_alphanumeric())
        .map(str::to_lowercase)
        .filter(|w| w.chars().count() >= 3 && !COMMON.contains(&w.as_str()))
        .collect()
}

/// What an import did.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Imported {
    /// Runs new to the plan.
    pub runs: usize,
    /// Runs the plan had already (the same log read again).
    pub known: usize,
    /// Entries added to step 8's error log.
    pub errors: usize,
    /// Whether step 11 got a review of the period.
    pub review: bool,
    /// Jobs not matched to a system: their runs are kept, and show once matched.
    pub unmatched: Vec<String>,
    /// What the runs show, per system touched, as of the import.
    pub health: Vec<SystemHealth>,
    /// Runs dated after the import: a clock gone wrong; left out.
    pub future: usize,
    /// Runs left out because a job keeps at most [`limits::MAX_RUNS`] (the oldest go) or
    /// the plan at most [`limits::MAX_ROWS`] jobs.
    pub over_limit: usize,
    /// Entries step 8's error log had no room for ([`limits::MAX_ROWS`]).
    pub errors_without_room: usize,
}

/// Where the person reading an import's summary matches the jobs left unmatched.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SummaryFor {
    /// The window: importing again shows the preview to match them in.
    Window,
    /// The command line: in the app, or with `--system`.
    CommandLine,
}

impl Imported {
    /// What the import did and found, a line each, for a person reading `language`: how
    /// many runs, the entries made, the jobs not matched (and how to match them where the
    /// summary is read), and per system its last good backup and what is wrong.
    pub fn summary(&self, place: SummaryFor, language: Language) -> String {
        let mut lines = vec![
            Phrase::new(if self.review {
                "logs-summary-added-review"
            } else {
                "logs-summary-added"
            })
            .with("runs", self.runs)
            .with("known", self.known)
            .with("errors", self.errors),
        ];
        if self.future > 0 {
            lines.push(Phrase::new("logs-summary-future").with("count", self.future));
        }
        if self.over_limit > 0 {
            lines.push(
                Phrase::new("logs-summary-over-limit")
                    .with("count", self.over_limit)
                    .with("runs", limits::MAX_RUNS)
                    .with("jobs", limits::MAX_ROWS),
            );
        }
        if self.errors_without_room > 0 {
            lines.push(
                Phrase::new("logs-summary-errors-full")
                    .with("entries", limits::MAX_ROWS)
                    .with("count", self.errors_without_room),
            );
        }
        if !self.unmatched.is_empty() {
            let message = match place {
                SummaryFor::Window => "logs-summary-unmatched-window",
                SummaryFor::CommandLine => "logs-summary-unmatched-command-line",
            };
            lines.push(Phrase::new(message).with("jobs", self.unmatched.join("; ")));
        }
        for health in &self.health {
            let found = health.anomaly_phrases();
            let found = if found.is_empty() {
                Phrase::new("logs-summary-nothing-wrong")
            } else {
                // "2 failed backups, 1 gap without backups"
                Phrase::new("phrase-verbatim").with(
                    "text",
                    Arg::Joined(found.into_iter().map(Arg::from).collect()),
                )
            };
            let line = match health.last_good {
                Some(last) => Phrase::new("logs-summary-health").with("last", last),
                None => Phrase::new("logs-summary-health-never"),
            };
            lines.push(line.with("system", health.name()).with("found", found));
        }
        let mut text = lines
            .iter()
            .map(|line| line.text(language))
            .collect::<Vec<_>>()
            .join("\n");
        text.push('\n');
        text
    }
}

/// Adds the runs of `files` to `plan` with the systems of `matches`, and what they show
/// to steps 8 and 11, as of `now`.
pub fn apply(
    plan: &mut Plan,
    files: &[LogFile],
    matches: &[Match],
    now: NaiveDateTime,
) -> Imported {
    let mut imported = Imported::default();
    let mut new_runs: Vec<(Option<SystemId>, Run)> = Vec::new();
    // A run dated after now (beyond a day, for clocks and zones a little apart) is a
    // clock gone wrong: taken in, it would hide how old the last real backup is.
    let latest = now + chrono::TimeDelta::days(1);
    for job in files.iter().flat_map(|f| &f.jobs) {
        let system = matches
            .iter()
            .find(|m| m.tool == job.tool && m.job == job.name)
            .and_then(|m| m.system);
        let runs: Vec<Run> = job
            .runs
            .iter()
            .filter(|r| r.started <= latest)
            .cloned()
            .collect();
        imported.future += job.runs.len() - runs.len();
        let jobs = &mut plan.evidence.jobs;
        let index = if let Some(index) = jobs
            .iter()
            .position(|j| j.tool == job.tool && j.name == job.name)
        {
            index
        } else if jobs.len() >= limits::MAX_ROWS {
            imported.over_limit += runs.len();
            continue;
        } else {
            jobs.push(Job {
                tool: job.tool,
                name: job.name.clone(),
                ..Job::default()
            });
            jobs.len() - 1
        };
        let kept = &mut jobs[index];
        kept.system = system.or(kept.system);
        let known: std::collections::HashSet<_> = kept.runs.iter().map(Run::key).collect();
        let mut fresh: Vec<Run> = runs
            .iter()
            .filter(|r| !known.contains(&r.key()))
            .cloned()
            .collect();
        let mut added = kept.add_runs(runs.iter().cloned());
        imported.known += runs.len().saturating_sub(added);
        // A job keeps its newest runs: the oldest go past what a plan holds.
        if kept.runs.len() > limits::MAX_RUNS {
            let dropped = kept.runs.len() - limits::MAX_RUNS;
            let oldest_kept = kept.runs[dropped].started;
            kept.runs.make_mut().drain(..dropped);
            imported.over_limit += dropped;
            let before = fresh.len();
            fresh.retain(|r| r.started >= oldest_kept);
            added -= before - fresh.len();
        }
        imported.runs += added;
        if kept.system.is_none() && !imported.unmatched.contains(&job.name) {
            imported.unmatched.push(job.name.clone());
        }
        new_runs.extend(fresh.into_iter().map(|r| (kept.system, r)));
    }
    if new_runs.is_empty() {
        return imported;
    }
    let touched: BTreeSet<SystemId> = new_runs.iter().filter_map(|(s, _)| *s).collect();
    imported.health = health::health(plan, now)
        .into_iter()
        .filter(|h| touched.contains(&h.system))
        .collect();
    (imported.errors, imported.errors_without_room) = log_errors(plan, &new_runs, &imported.health);
    imported.review = review_period(plan, &new_runs, &imported.health, now);
    imported
}

/// Step 8: a dated entry per failed run and per gap of missed runs the import showed,
/// unless the error log has it already; worded in the plan's document language, as the
/// plan keeps them.
fn log_errors(
    plan: &mut Plan,
    new_runs: &[(Option<SystemId>, Run)],
    health: &[SystemHealth],
) -> (usize, usize) {
    let language = plan.identity.document_language;
    let mut entries = Vec::new();
    for (system, run) in new_runs {
        let message = match run.outcome {
            Outcome::Failed => "logs-entry-failed",
            Outcome::Cancelled => "logs-entry-cancelled",
            Outcome::Succeeded | Outcome::Warning => continue,
        };
        let kind = match run.kind {
            RunKind::Backup => "backup",
            RunKind::Restore => "restore",
            RunKind::Check => "check",
        };
        let what = Phrase::new(message).with("kind", kind);
        let what = if run.message.is_empty() {
            what
        } else {
            Phrase::new("logs-entry-with-message")
                .with("what", what)
                .with("message", run.message.as_str())
        };
        entries.push(ErrorEntry {
            date: Some(run.started.date()),
            system: *system,
            error: what.text(language),
            action: String::new(),
        });
    }
    let first = new_runs.iter().map(|(_, r)| r.started).min();
    for h in health {
        let last = h.backups.last().map(|r| r.started);
        for (from, to) in &h.missed {
            // Only the gaps of the period the import covers, and only between runs: after
            // the last run the log may simply end (the adviser says how long ago that is).
            if first.is_some_and(|first| *to < first) || Some(*from) == last {
                continue;
            }
            entries.push(ErrorEntry {
                date: Some(to.date()),
                system: Some(h.system),
                error: missed(from.date(), to.date(), h.interval_hours.unwrap_or_default())
                    .text(language),
                action: String::new(),
            });
        }
    }
    let log = &mut plan.monitoring.errors;
    let (mut added, mut without_room) = (0, 0);
    for entry in entries {
        let known = log
            .iter()
            .any(|e| e.date == entry.date && e.system == entry.system && e.error == entry.error);
        if known {
            continue;
        }
        if log.len() < limits::MAX_ROWS {
            log.push(entry);
            added += 1;
        } else {
            without_room += 1;
        }
    }
    (added, without_room)
}

/// "No backup from 2026-03-01 to 2026-03-05: step 5 expects one every 24 hours" (or
/// "every hour", "every 7 days").
fn missed(from: chrono::NaiveDate, to: chrono::NaiveDate, hours: u32) -> Phrase {
    let phrase = if hours.is_multiple_of(24) && hours > 24 {
        Phrase::new("logs-entry-missed-days").with("days", hours / 24)
    } else {
        Phrase::new("logs-entry-missed-hours").with("hours", hours)
    };
    phrase.with("from", from).with("to", to)
}

/// Step 11: a review of the period the imported runs cover, with the anomalies found,
/// for the person to confirm and add the follow-up; worded in the plan's document
/// language, as the plan keeps it.
fn review_period(
    plan: &mut Plan,
    new_runs: &[(Option<SystemId>, Run)],
    health: &[SystemHealth],
    now: NaiveDateTime,
) -> bool {
    let (Some(first), Some(last)) = (
        new_runs.iter().map(|(_, r)| r.started.date()).min(),
        new_runs.iter().map(|(_, r)| r.started.date()).max(),
    ) else {
        return false;
    };
    let language = plan.identity.document_language;
    let period = if first == last {
        Phrase::new("logs-review-period-day").with("day", first)
    } else {
        Phrase::new("logs-review-period")
            .with("first", first)
            .with("last", last)
    };
    let mut anomalies: Vec<Phrase> = health.iter().flat_map(anomalies_of).collect();
    // Runs of jobs not matched to a system have no health of their own; their failures
    // are said all the same, never passed over as "none found".
    let unmatched_failures = new_runs
        .iter()
        .filter(|(system, r)| system.is_none() && !r.outcome.is_good())
        .count();
    if unmatched_failures > 0 {
        anomalies
            .push(Phrase::new("logs-review-unmatched-failures").with("count", unmatched_failures));
    }
    // Joined from the last: "A; (B; C)".
    let anomalies = anomalies
        .into_iter()
        .rev()
        .reduce(|rest, first| {
            Phrase::new("logs-review-and")
                .with("first", first)
                .with("rest", rest)
        })
        .unwrap_or_else(|| Phrase::new("logs-review-none-found"));
    // The tool's own words about what went wrong; a message of a run that worked is not
    // an error code.
    let codes: BTreeSet<&str> = new_runs
        .iter()
        .filter(|(_, r)| !r.outcome.is_good())
        .map(|(_, r)| r.message.as_str())
        .filter(|m| !m.is_empty())
        .take(3)
        .collect();
    let review = LogReview {
        date: Some(now.date()),
        period: period.text(language),
        anomalies: anomalies.text(language),
        error_codes: codes.into_iter().collect::<Vec<_>>().join("; "),
        follow_up: String::new(),
    };
    let reviews = &mut plan.log_reviews.entries;
    if reviews
        .iter()
        .any(|r| r.period == review.period && r.anomalies == review.anomalies)
        || reviews.len() >= crate::model::limits::MAX_ROWS
    {
        return false;
    }
    reviews.push(review);
    true
}

/// What is wrong with one system's runs, a short phrase each, after the system's name:
/// "Accounts: 2 failed backups".
pub fn anomalies_of(h: &SystemHealth) -> Vec<Phrase> {
    h.anomaly_phrases()
        .into_iter()
        .map(|a| {
            Phrase::new("logs-review-anomaly")
                .with("system", h.name())
                .with("anomaly", a)
        })
        .collect()
}
