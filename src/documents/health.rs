//! The procedure's "Backup health" chapter: per system of step 1, what the runs read from
//! its backup tools' logs show (`advice::health`), in sentences and a chart the template
//! draws from the numbers.

use serde::Serialize;

use crate::advice::health::{self, SystemHealth};
use crate::advice::{hours, time_span};
use crate::documents::{Typed, date_time, flag, system_name};
use crate::i18n::Language;
use crate::model::plan::Plan;
use crate::model::{evidence, format};

/// The chapter's data.
#[derive(Debug, Serialize)]
pub struct HealthChapter {
    /// What the chapter is read from, or that no log has been read into the plan.
    pub intro: String,
    pub systems: Vec<SystemReport>,
}

/// One system's part of the chapter.
#[derive(Debug, Serialize)]
pub struct SystemReport {
    pub name: String,
    /// A label and its value a row: "Last good backup", "2026-03-28 23:00, ...".
    pub facts: Vec<[String; 2]>,
    /// What is wrong, a phrase each; empty when nothing is.
    pub anomalies: Vec<String>,
    /// Said under the facts: nothing wrong found, or what to look at first.
    pub verdict: String,
    pub chart: Chart,
}

/// The numbers of a system's chart: its backups per period, good and failed.
#[derive(Debug, Serialize)]
pub struct Chart {
    /// "Backups per week, 2026-01-05 to 2026-12-28".
    pub caption: String,
    /// The most backups in one period: the top of the chart.
    pub most: u32,
    /// What the top of the chart stands for: "7 backups".
    pub top: String,
    /// What the colours mean.
    pub legend: String,
    pub first: String,
    pub last: String,
    pub bars: Vec<Bar>,
}

/// One period's backups.
#[derive(Debug, Serialize)]
pub struct Bar {
    pub good: u32,
    pub failed: u32,
}

/// The longest part of a tool's message the chapter quotes.
const MESSAGE_CHARS: usize = 120;

/// The chapter of `plan` as of the start of `today`, as the adviser sees the runs, in the
/// plan's document language.
pub fn chapter(plan: &Plan, today: chrono::NaiveDate) -> HealthChapter {
    let language = plan.identity.document_language;
    let now = today.and_time(chrono::NaiveTime::MIN);
    let systems: Vec<SystemReport> = health::health(plan, now)
        .iter()
        .map(|h| report(plan, language, h))
        .collect();
    let unmatched: Vec<&str> = plan
        .evidence
        .jobs
        .iter()
        .filter(|j| j.system.is_none())
        .map(|j| j.name.as_str())
        .collect();
    let mut intro = if plan.evidence.is_empty() {
        say!(language, "health-no-logs")
    } else if systems.is_empty() {
        say!(language, "health-no-match")
    } else {
        say!(
            language,
            "health-intro",
            date = language.formats().date(today)
        )
    };
    if !unmatched.is_empty() {
        let names: Vec<String> = unmatched.iter().map(|n| format::one_line(n, 80)).collect();
        intro.push(' ');
        intro.push_str(&say!(
            language,
            "health-unmatched",
            jobs = language.join_and(&names)
        ));
    }
    HealthChapter { intro, systems }
}

/// What the runs of a system show, a label and its value each: how they went.
fn run_facts(language: Language, h: &SystemHealth) -> Vec<[String; 2]> {
    let mut facts = Vec::new();
    let mut fact = |label: &str, value: String| facts.push([say!(language, label), value]);
    fact("health-fact-last-good", last_good(language, h));
    if let (Some(first), Some(last)) = (h.backups.first(), h.backups.last()) {
        fact(
            "health-fact-backups",
            say!(
                language,
                "health-backups",
                count = h.backups.len(),
                first = language.formats().date(first.started.date()),
                last = language.formats().date(last.started.date())
            ),
        );
    }
    if let Some(percent) = h.success_percent() {
        let good = h.backups.iter().filter(|r| r.outcome.is_good()).count();
        fact(
            "health-fact-succeeded",
            say!(
                language,
                "health-succeeded",
                percent = Typed((percent * 10.0).round() / 10.0),
                good = good,
                count = h.backups.len()
            ),
        );
    }
    if let Some(run) = h.failures.last() {
        fact(
            "health-fact-failed",
            say!(
                language,
                "health-failed",
                count = h.failures.len(),
                at = date_time(language, run.started),
                said = flag(!run.message.is_empty()),
                message = format::one_line(&evidence::one_line(&run.message), MESSAGE_CHARS)
            ),
        );
    }
    if !h.warnings.is_empty() {
        fact(
            "health-fact-warnings",
            language.formats().whole(h.warnings.len() as u64),
        );
    }
    if let Some((from, to)) = h.missed.iter().max_by_key(|(from, to)| *to - *from) {
        fact(
            "health-fact-missed",
            say!(
                language,
                "health-missed",
                count = h.missed.len(),
                from = date_time(language, *from),
                to = date_time(language, *to)
            ),
        );
    }
    facts
}

/// What the runs of a system show: how long they take, how large they are, and how
/// long restores took.
fn time_facts(language: Language, h: &SystemHealth) -> Vec<[String; 2]> {
    let mut facts = Vec::new();
    let mut fact = |label: &str, value: String| facts.push([say!(language, label), value]);
    if let Some((usual, longest)) = h.durations() {
        fact(
            "health-fact-duration",
            say!(
                language,
                "health-duration",
                usual = usual.text(language),
                longest = longest.text(language)
            ),
        );
    }
    if let Some((first, last)) = h.size_range_gb() {
        fact(
            "health-fact-size",
            say!(
                language,
                "health-size",
                first = Typed(first),
                last = Typed(last)
            ),
        );
    }
    if let Some(slowest) = h.restores.iter().filter_map(|r| r.seconds).max() {
        fact(
            "health-fact-restores",
            say!(
                language,
                "health-restores",
                count = h.restores.len(),
                slowest = time_span(health::seconds_as_hours(slowest)).text(language),
                bounded = flag(h.rto_hours.is_some()),
                rto = h
                    .rto_hours
                    .map(|rto| hours(rto).text(language))
                    .unwrap_or_default()
            ),
        );
    }
    facts
}

fn report(plan: &Plan, language: Language, h: &SystemHealth) -> SystemReport {
    let mut facts = run_facts(language, h);
    facts.extend(time_facts(language, h));
    let anomalies: Vec<String> = h
        .anomaly_phrases()
        .iter()
        .map(|a| a.text(language))
        .collect();
    let verdict = if anomalies.is_empty() {
        say!(language, "health-verdict-fine")
    } else if h.beyond_rpo() {
        say!(language, "health-verdict-rpo")
    } else {
        say!(language, "health-verdict-look")
    };
    SystemReport {
        name: system_name(language, plan, Some(h.system)),
        facts,
        anomalies,
        verdict,
        chart: chart(language, h),
    }
}

/// "2026-03-28 23:00, 9 hours before this date; its RPO allows 24 hours".
fn last_good(language: Language, h: &SystemHealth) -> String {
    let Some(last) = h.last_good else {
        return say!(language, "health-last-good-none");
    };
    say!(
        language,
        "health-last-good",
        at = date_time(language, last),
        aged = flag(h.hours_since_good.is_some()),
        since = h
            .hours_since_good
            .map(|since| time_span(since).text(language))
            .unwrap_or_default(),
        bounded = flag(h.rpo_hours.is_some()),
        rpo = h
            .rpo_hours
            .map(|rpo| hours(rpo).text(language))
            .unwrap_or_default()
    )
}

fn chart(language: Language, h: &SystemHealth) -> Chart {
    let trend = &h.trend;
    let period = match trend.days_per_period {
        1 => "day",
        7 => "week",
        30 => "month",
        _ => "days",
    };
    let most = trend
        .periods
        .iter()
        .map(|p| p.good + p.failed)
        .max()
        .unwrap_or(0);
    let first = trend.periods.first().map(|p| p.start);
    let last = trend.periods.last().map(|p| {
        p.start + chrono::TimeDelta::days(i64::from(trend.days_per_period.saturating_sub(1)))
    });
    let (first, last) = (
        first
            .map(|d| language.formats().date(d))
            .unwrap_or_default(),
        last.map(|d| language.formats().date(d)).unwrap_or_default(),
    );
    Chart {
        caption: say!(
            language,
            "health-chart-caption",
            period = period,
            days = trend.days_per_period,
            first = &first,
            last = &last
        ),
        most,
        top: say!(language, "health-chart-top", count = most),
        legend: say!(language, "health-chart-legend", period = period),
        first,
        last,
        bars: trend
            .periods
            .iter()
            .map(|p| Bar {
                good: p.good,
                failed: p.failed,
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::evidence::{Job, Outcome, Run};
    use crate::model::options::Frequency;
    use crate::model::plan::Schedule;
    use crate::model::sample::plan_with_systems;

    fn night(day: u32) -> Run {
        Run {
            started: chrono::NaiveDate::from_ymd_opt(2026, 3, day)
                .unwrap()
                .and_hms_opt(2, 0, 0)
                .unwrap(),
            seconds: Some(3600),
            total_bytes: Some(10_000_000_000),
            ..Run::default()
        }
    }

    fn today(day: u32) -> chrono::NaiveDate {
        chrono::NaiveDate::from_ymd_opt(2026, 3, day).unwrap()
    }

    fn plan(runs: Vec<Run>) -> Plan {
        let mut plan = plan_with_systems(2);
        let id = plan.systems[0].id;
        plan.systems[0].rpo_hours = Some(24.0);
        plan.schedules = vec![Schedule {
            system: Some(id),
            frequency: Some(Frequency::Daily),
            ..Schedule::default()
        }];
        plan.evidence.jobs = vec![
            Job {
                system: Some(id),
                name: "restic /srv/clients".to_owned(),
                runs: runs.into(),
                ..Job::default()
            },
            Job {
                name: "borg /home on laptop".to_owned(),
                runs: vec![night(1)].into(),
                ..Job::default()
            },
        ];
        plan
    }

    #[test]
    fn a_plan_without_logs_says_so() {
        let chapter = chapter(&plan_with_systems(2), today(10));
        assert!(chapter.systems.is_empty());
        assert!(
            chapter.intro.starts_with("No backup logs"),
            "{}",
            chapter.intro
        );
    }

    #[test]
    fn a_system_with_a_failure_and_a_gap() {
        let mut runs: Vec<Run> = (1..=9).filter(|d| *d != 4).map(night).collect();
        runs[5].outcome = Outcome::Failed; // the 7th
        runs[5].message = "Fatal: unable to open repository\x1b[31m at /mnt/usb".to_owned();
        let chapter = chapter(&plan(runs), today(10));
        assert!(
            chapter.intro.contains("left out: borg /home on laptop"),
            "{}",
            chapter.intro
        );
        let [system] = &chapter.systems[..] else {
            panic!("one system: {chapter:?}")
        };
        let fact = |label: &str| {
            system
                .facts
                .iter()
                .find(|[l, _]| l == label)
                .map(|[_, v]| v.clone())
                .unwrap_or_default()
        };
        assert_eq!(
            fact("Last good backup"),
            "2026-03-09 03:00, 21 hours before this date; its RPO allows 24 hours"
        );
        assert_eq!(fact("Succeeded"), "87.5% (7 of 8)");
        assert!(fact("Failed").starts_with("1; the last on 2026-03-07 02:00: Fatal: unable"));
        assert_eq!(
            fact("Missed"),
            "1 gap without a backup; the longest from 2026-03-03 02:00 to 2026-03-05 02:00"
        );
        assert_eq!(
            fact("Size of the backup"),
            "10 GB at first, 10 GB at the last backup"
        );
        assert_eq!(
            system.anomalies,
            ["1 failed backup", "1 gap without backups"]
        );
        assert_eq!(
            system.chart.caption,
            "Backups per day, 2026-03-01 to 2026-03-09"
        );
        assert_eq!(system.chart.most, 1);
        assert_eq!(system.chart.bars.len(), 9);
        assert_eq!(
            (system.chart.bars[3].good, system.chart.bars[3].failed),
            (0, 0)
        );
        assert_eq!(
            (system.chart.bars[6].good, system.chart.bars[6].failed),
            (0, 1)
        );
    }

    #[test]
    fn backups_that_stopped_point_to_the_system_first() {
        let chapter = chapter(&plan((1..=3).map(night).collect()), today(20));
        let system = &chapter.systems[0];
        assert!(system.verdict.starts_with("Look at this system first"));
        assert!(
            system.facts[0][1].contains("17 days before this date"),
            "{:?}",
            system.facts
        );
    }
}
