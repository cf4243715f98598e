//! The storage estimate: how much space each backup destination needs.
//!
//! For each system, from its size and daily change (step 1), the retention of its kind of
//! data (step 3), its schedules (step 5) and the assumptions in
//! [`crate::model::plan::EstimateSettings`]. The arithmetic is spelled out in [`method`]
//! for the person, and in the tests against examples worked by hand.
//!
//! The estimate is worked out once and worded where it is read, in that place's language
//! (the window's, the document's): its sizes keep their decimal ("5.0 GB"), which the
//! numbers of a [`Phrase`] do not, so its texts take the language they are said in.

use std::borrow::Cow;

use crate::i18n::{Arg, Language, Phrase};
use crate::model::options::BackupType;
use crate::model::plan::{Plan, SystemId};

/// Days between full backups when step 5 schedules none for a system.
pub const DEFAULT_FULL_EVERY_DAYS: u32 = 30;
/// Share of the raw size compression and deduplication save, when not set.
pub const DEFAULT_SAVING_PERCENT: f64 = 50.0;
/// How far ahead "Indefinitely" is counted: one year, after which the need grows.
pub const INDEFINITE_DAYS: u32 = 365;

/// How the estimate is worked out, for the person reading it.
pub fn method(language: Language) -> Cow<'static, str> {
    language.text("estimate-method")
}

/// The messages of the columns of the estimate's table, on screen and on paper.
const COLUMNS: [&str; 6] = [
    "estimate-column-system",
    "estimate-column-size",
    "estimate-column-backups",
    "estimate-column-kept-for",
    "estimate-column-copies",
    "estimate-column-storage",
];

/// The columns of the estimate's table in `language`.
pub fn columns(language: Language) -> [Cow<'static, str>; 6] {
    COLUMNS.map(|message| language.text(message))
}

/// The estimate for one system.
#[derive(Clone, Debug, PartialEq)]
pub struct SystemEstimate {
    pub system: SystemId,
    /// The system's name, or its place in step 1 while it has none.
    pub name: Phrase,
    pub size_gb: f64,
    pub daily_change_percent: f64,
    /// Hours between backup runs (of any type).
    pub run_hours: u32,
    /// Hours between full backups.
    pub full_hours: u32,
    /// Whether the runs between fulls are differential rather than incremental.
    pub differential: bool,
    /// Some of its schedules are of a type nobody knows yet, counted as full.
    pub type_unknown: bool,
    /// Days the backups are kept (one year for "Indefinitely").
    pub retention_days: u32,
    /// Kept indefinitely: the need grows beyond this figure each year.
    pub grows: bool,
    /// Chains kept: each a full copy and the changes after it.
    pub chains: u32,
    /// Copies of changes in each chain.
    pub partials_per_chain: u32,
    /// Size of the changes of one chain, in GB.
    pub chain_changes_gb: f64,
    /// Before compression and deduplication.
    pub raw_gb: f64,
    /// What the destination needs for this system.
    pub stored_gb: f64,
}

/// A system the estimate leaves out, and what it lacks.
#[derive(Clone, Debug, PartialEq)]
pub struct Unestimated {
    pub name: Phrase,
    /// The messages of what it lacks: `estimate-missing-size`...
    pub missing: Vec<&'static str>,
}

/// What the whole plan needs at each destination.
#[derive(Clone, Debug, PartialEq)]
pub struct Estimate {
    pub systems: Vec<SystemEstimate>,
    pub unestimated: Vec<Unestimated>,
    pub full_every_days: u32,
    pub saving_percent: f64,
    /// The total each destination needs, in GB.
    pub total_gb: f64,
    /// How many destinations step 4 lists.
    pub destinations: usize,
    /// Some data is kept indefinitely: the need grows each year.
    pub grows: bool,
}

impl Estimate {
    /// What all destinations need together.
    pub fn all_destinations_gb(&self) -> f64 {
        self.total_gb * f64::from(u32::try_from(self.destinations).unwrap_or(u32::MAX))
    }

    /// The systems left out and what they lack, the first few by name: "Not estimated for
    /// lack of figures: A (needs size); B (needs backup schedule) and 12 more."
    pub fn unestimated_text(&self, language: Language) -> String {
        const NAMED: usize = 5;
        let named: Vec<String> = self
            .unestimated
            .iter()
            .take(NAMED)
            .map(|u| {
                let missing = u.missing.iter().copied().map(Arg::Message).collect();
                Phrase::new("estimate-needs")
                    .with("system", u.name.clone())
                    .with("missing", Arg::Joined(missing))
                    .text(language)
            })
            .collect();
        Phrase::new("estimate-unestimated")
            .with("systems", named.join("; "))
            .with("more", self.unestimated.len().saturating_sub(NAMED))
            .text(language)
    }

    /// "Counted as full backups, ...: A, B.", when the type of some systems' backups is not
    /// known; `None` when every type is.
    pub fn unknown_type_text(&self, language: Language) -> Option<String> {
        let names: Vec<Arg> = self
            .systems
            .iter()
            .filter(|s| s.type_unknown)
            .map(|s| Arg::from(s.name.clone()))
            .collect();
        (!names.is_empty()).then(|| {
            Phrase::new("estimate-type-unknown")
                .with("systems", Arg::List(names))
                .text(language)
        })
    }

    /// What each destination needs, and all of them together, in `language`: one
    /// sentence, or two when step 4 lists more than one destination.
    pub fn summary_in(&self, language: Language) -> String {
        let each = crate::tr!(
            language,
            "estimate-each",
            size = size(language, self.total_gb)
        );
        if self.destinations > 1 {
            let all = crate::tr!(
                language,
                "estimate-all",
                count = self.destinations,
                size = size(language, self.all_destinations_gb())
            );
            format!("{each} {all}")
        } else {
            each.into_owned()
        }
    }

    /// [`Self::summary_in`] English, for the command line until it moves.
    pub fn summary(&self) -> String {
        self.summary_in(Language::ENGLISH)
    }
}

/// Works out the storage `plan` needs.
pub fn estimate(plan: &Plan) -> Estimate {
    let settings = &plan.estimate;
    // Ten years at most: longer means no periodic full at all, and keeps the hours in range.
    let full_every_days = settings
        .full_every_days
        .filter(|d| *d > 0)
        .map_or(DEFAULT_FULL_EVERY_DAYS, |d| d.min(3650));
    let saving_percent = settings
        .saving_percent
        .filter(|p| p.is_finite())
        .map_or(DEFAULT_SAVING_PERCENT, |p| p.clamp(0.0, 99.0));

    let mut schedules: std::collections::HashMap<SystemId, Vec<&crate::model::plan::Schedule>> =
        std::collections::HashMap::new();
    for schedule in &plan.schedules {
        if let Some(id) = schedule.system {
            schedules.entry(id).or_default().push(schedule);
        }
    }

    let mut systems = Vec::new();
    let mut unestimated = Vec::new();
    for (index, system) in plan.systems.iter().enumerate() {
        let name = crate::advice::system_name(system, index);
        let retention = system.data_kind.and_then(|kind| {
            plan.retention
                .iter()
                .find(|r| r.data_kind == Some(kind) && r.period.is_some())
                .and_then(|r| r.period)
        });
        let runs: Vec<(u32, Option<BackupType>)> = schedules
            .get(&system.id)
            .map(|list| {
                list.iter()
                    .filter_map(|s| s.frequency.map(|q| (q.interval_hours(), s.backup_type)))
                    .collect()
            })
            .unwrap_or_default();
        let type_unknown = runs
            .iter()
            .any(|(_, kind)| *kind == Some(BackupType::NotSure));
        // Not knowing, count the kind that needs the most room.
        let runs: Vec<(u32, Option<BackupType>)> = runs
            .into_iter()
            .map(|(hours, kind)| match kind {
                Some(BackupType::NotSure) => (hours, Some(BackupType::Full)),
                kind => (hours, kind),
            })
            .collect();
        let mut missing = Vec::new();
        let size = system.size_gb.filter(|s| s.is_finite() && *s >= 0.0);
        if size.is_none() {
            missing.push("estimate-missing-size");
        }
        if retention.is_none() {
            missing.push("estimate-missing-retention");
        }
        if runs.is_empty() {
            missing.push("estimate-missing-schedule");
        }
        let (Some(size_gb), Some(retention), false) = (size, retention, runs.is_empty()) else {
            unestimated.push(Unestimated { name, missing });
            continue;
        };
        let change = system
            .daily_change_percent
            .filter(|c| c.is_finite())
            .map_or(0.0, |c| c.clamp(0.0, 100.0));
        let retention_days = retention.days().unwrap_or(INDEFINITE_DAYS);
        let grows = retention.days().is_none();
        systems.push(SystemEstimate {
            type_unknown,
            ..system_estimate(
                system.id,
                name,
                size_gb,
                change,
                retention_days,
                grows,
                &runs,
                full_every_days * 24,
                saving_percent,
            )
        });
    }
    let total_gb = systems.iter().map(|s| s.stored_gb).sum();
    let grows = systems.iter().any(|s| s.grows);
    Estimate {
        systems,
        unestimated,
        full_every_days,
        saving_percent,
        total_gb,
        destinations: plan.procedures.destinations.len(),
        grows,
    }
}

/// The chains and sizes for one system. `runs` are the hours between runs of each of its
/// schedules with the backup type; `default_full_hours` applies when none is Full.
#[allow(
    clippy::too_many_arguments,
    reason = "one call site, each argument a plain figure"
)]
fn system_estimate(
    system: SystemId,
    name: Phrase,
    size_gb: f64,
    daily_change_percent: f64,
    retention_days: u32,
    grows: bool,
    runs: &[(u32, Option<BackupType>)],
    default_full_hours: u32,
    saving_percent: f64,
) -> SystemEstimate {
    let full_runs = runs
        .iter()
        .filter(|(_, kind)| *kind == Some(BackupType::Full))
        .map(|(hours, _)| *hours)
        .min();
    // The most frequent run that copies only changes; an unset type counts as incremental.
    let partial = runs
        .iter()
        .filter(|(_, kind)| *kind != Some(BackupType::Full))
        .min_by_key(|(hours, _)| *hours)
        .copied();
    let (full_hours, run_hours, differential) = match (full_runs, partial) {
        (Some(full), None) => (full, full, false),
        (full, Some((hours, kind))) => {
            let full = full.unwrap_or(default_full_hours);
            if hours >= full {
                (full, full, false)
            } else {
                (full, hours, kind == Some(BackupType::Differential))
            }
        }
        (None, None) => (default_full_hours, default_full_hours, false),
    };
    let retention_hours = retention_days * 24;
    let chains = retention_hours.div_ceil(full_hours) + 1;
    let partials_per_chain = full_hours.div_ceil(run_hours) - 1;
    // Share of the system that changes between two runs, at most all of it.
    let per_run = (daily_change_percent / 100.0 * f64::from(run_hours) / 24.0).min(1.0);
    let chain_changes = if differential {
        differential_sum(per_run, partials_per_chain)
    } else {
        per_run * f64::from(partials_per_chain)
    };
    let chain_changes_gb = chain_changes * size_gb;
    let raw_gb = f64::from(chains) * (size_gb + chain_changes_gb);
    let stored_gb = raw_gb * (1.0 - saving_percent / 100.0);
    SystemEstimate {
        system,
        name,
        size_gb,
        daily_change_percent,
        run_hours,
        full_hours,
        differential,
        type_unknown: false,
        retention_days,
        grows,
        chains,
        partials_per_chain,
        chain_changes_gb,
        raw_gb,
        stored_gb,
    }
}

/// The sum of min(k x a, 1) for k from 1 to `m`: the differential copies of one chain,
/// each holding all change since the full, as shares of the system's size.
fn differential_sum(a: f64, m: u32) -> f64 {
    if a <= 0.0 {
        return 0.0;
    }
    // Copies below the cap: k x a < 1 for k up to `below`.
    let below = f64::from(m).min((1.0 / a).floor());
    let capped = f64::from(m) - below;
    a * below * (below + 1.0) / 2.0 + capped
}

impl SystemEstimate {
    /// "14 full + 10,066": the copies kept, full ones and those of changes.
    /// The system's figures as the estimate's table shows them, in the order of
    /// [`columns`]: the window's table and the procedure's both read this.
    pub fn row(&self, language: Language) -> [String; 6] {
        [
            self.name.text(language),
            size(language, self.size_gb),
            every(language, self.run_hours),
            self.kept_for(language),
            self.copies(language),
            size(language, self.stored_gb),
        ]
    }

    pub fn copies(&self, language: Language) -> String {
        Phrase::new("estimate-copies")
            .with("full", self.chains)
            .with(
                "changes",
                u64::from(self.chains) * u64::from(self.partials_per_chain),
            )
            .text(language)
    }

    /// "365 days", or "Indefinitely" when the need grows.
    pub fn kept_for(&self, language: Language) -> String {
        if self.grows {
            language.text("estimate-kept-indefinitely").into_owned()
        } else {
            crate::tr!(language, "estimate-kept-days", days = self.retention_days).into_owned()
        }
    }
}

/// `value` with exactly `decimals` decimals, a last zero kept ("5.0"), written the
/// language's way.
fn fixed(language: Language, value: f64, decimals: usize) -> String {
    let text = format!("{value:.decimals$}");
    let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
    let whole = whole
        .parse::<u64>()
        .map_or_else(|_| whole.to_owned(), |w| language.formats().whole(w));
    if fraction.is_empty() {
        whole
    } else {
        format!("{whole}{}{fraction}", language.text("format-decimal"))
    }
}

/// A size for a person: "850 GB", "1.2 TB" (1 TB = 1,000 GB, as disks are sold).
pub fn size(language: Language, gb: f64) -> String {
    let (message, size) = if gb >= 1000.0 {
        ("estimate-size-tb", fixed(language, gb / 1000.0, 1))
    } else if gb >= 10.0 {
        ("estimate-size-gb", fixed(language, gb, 0))
    } else {
        ("estimate-size-gb", fixed(language, gb, 1))
    };
    crate::tr!(language, message, size = size).into_owned()
}

/// "every hour", "every 7 days": a span of hours in words.
pub fn every(language: Language, hours: u32) -> String {
    if hours.is_multiple_of(24) {
        crate::tr!(language, "estimate-every-days", days = hours / 24).into_owned()
    } else {
        crate::tr!(language, "estimate-every-hours", hours = hours).into_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::options::{DataKind, Frequency, RetentionPeriod};
    use crate::model::plan::{RetentionRule, Schedule};

    /// A plan with one system of `size_gb` and `change`% a day, kept `period`, backed up
    /// by `schedules` (frequency and type).
    fn plan(
        size_gb: f64,
        change: f64,
        period: RetentionPeriod,
        schedules: &[(Frequency, BackupType)],
    ) -> Plan {
        let mut plan = Plan::default();
        let system = plan.add_system();
        system.name = "Accounts".into();
        system.data_kind = Some(DataKind::FinancialData);
        system.size_gb = Some(size_gb);
        system.daily_change_percent = Some(change);
        let id = system.id;
        plan.retention.push(RetentionRule {
            data_kind: Some(DataKind::FinancialData),
            period: Some(period),
            ..RetentionRule::default()
        });
        for (frequency, kind) in schedules {
            plan.schedules.push(Schedule {
                system: Some(id),
                frequency: Some(*frequency),
                backup_type: Some(*kind),
                ..Schedule::default()
            });
        }
        plan
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    /// 100 GB, 2% a day, daily incrementals, kept a month, a full every 30 days: two
    /// chains (the month kept and the one being built) of a 100 GB full and 29
    /// incrementals of 2 GB each, so 2 x (100 + 58) = 316 GB raw, 158 GB after the 50%
    /// saving.
    #[test]
    fn daily_incrementals_over_a_month() {
        let e = estimate(&plan(
            100.0,
            2.0,
            RetentionPeriod::OneMonth,
            &[(Frequency::Daily, BackupType::Incremental)],
        ));
        let s = &e.systems[0];
        assert_eq!((s.chains, s.partials_per_chain), (2, 29));
        assert_eq!((s.full_hours, s.run_hours), (720, 24));
        assert!(close(s.chain_changes_gb, 58.0), "{s:?}");
        assert!(close(s.raw_gb, 316.0), "{s:?}");
        assert!(close(s.stored_gb, 158.0), "{s:?}");
        assert!(close(e.total_gb, 158.0));
        assert!(!e.grows);
    }

    /// The same with differentials: the k-th holds k x 2 GB, so a chain's changes are
    /// 2 x (1 + 2 + ... + 29) = 2 x 435 = 870 GB; 2 x (100 + 870) = 1,940 GB raw, 970 stored.
    #[test]
    fn differentials_hold_everything_since_the_full() {
        let e = estimate(&plan(
            100.0,
            2.0,
            RetentionPeriod::OneMonth,
            &[(Frequency::Daily, BackupType::Differential)],
        ));
        let s = &e.systems[0];
        assert!(s.differential);
        assert!(close(s.chain_changes_gb, 870.0), "{s:?}");
        assert!(close(s.stored_gb, 970.0), "{s:?}");
    }

    /// At 10% a day a differential reaches the whole system on day 10: the 29 copies hold
    /// 0.1 + 0.2 + ... + 1.0 = 5.5 systems, then 19 x 1 = 19 more: 24.5 x 10 GB = 245 GB.
    #[test]
    fn a_differential_never_exceeds_the_system() {
        assert!(close(differential_sum(0.1, 29), 24.5));
        assert!(close(differential_sum(0.1, 5), 1.5));
        assert!(close(differential_sum(0.0, 29), 0.0));
        let e = estimate(&plan(
            10.0,
            10.0,
            RetentionPeriod::OneMonth,
            &[(Frequency::Daily, BackupType::Differential)],
        ));
        assert!(close(e.systems[0].chain_changes_gb, 245.0));
    }

    /// A weekly full image of 500 GB kept 3 months: 90 x 24 / 168 = 12.9, so 13 weeks
    /// plus the week being made = 14 fulls, 7,000 GB raw, 3,500 GB stored.
    #[test]
    fn weekly_fulls_only() {
        let e = estimate(&plan(
            500.0,
            1.0,
            RetentionPeriod::ThreeMonths,
            &[(Frequency::Weekly, BackupType::Full)],
        ));
        let s = &e.systems[0];
        assert_eq!((s.chains, s.partials_per_chain), (14, 0));
        assert!(close(s.raw_gb, 7000.0));
        assert!(close(s.stored_gb, 3500.0));
    }

    /// Hourly incrementals of 40 GB at 3% a day, kept a year: fulls every 30 days give
    /// 8,760 / 720 = 12.2, so 13 + 1 = 14 chains; each has 719 runs of 40 x 0.03 / 24 =
    /// 0.05 GB = 35.95 GB; 14 x 75.95 = 1,063.3 GB raw, 531.65 GB stored.
    #[test]
    fn hourly_incrementals_over_a_year() {
        let e = estimate(&plan(
            40.0,
            3.0,
            RetentionPeriod::OneYear,
            &[(Frequency::Hourly, BackupType::Incremental)],
        ));
        let s = &e.systems[0];
        assert_eq!((s.chains, s.partials_per_chain), (14, 719));
        assert!(close(s.chain_changes_gb, 35.95), "{s:?}");
        assert!(close(s.raw_gb, 1063.3), "{s:?}");
        assert!(close(s.stored_gb, 531.65), "{s:?}");
    }

    /// A weekly full schedule sets the chains; the daily incrementals fill them: 30 days
    /// need 5 weeks plus the current, 6 chains of 100 GB and 6 x 1 GB = 6 x 106 = 636 raw.
    #[test]
    fn a_full_schedule_starts_the_chains() {
        let e = estimate(&plan(
            100.0,
            1.0,
            RetentionPeriod::OneMonth,
            &[
                (Frequency::Daily, BackupType::Incremental),
                (Frequency::Weekly, BackupType::Full),
            ],
        ));
        let s = &e.systems[0];
        assert_eq!((s.full_hours, s.chains, s.partials_per_chain), (168, 6, 6));
        assert!(close(s.raw_gb, 636.0), "{s:?}");
    }

    /// A daily backup of unknown type is counted as a daily full: 100 GB kept a month (30
    /// days) is 30 + 1 = 31 fulls, 3,100 GB raw; the same as a daily Full schedule, and said so.
    #[test]
    fn an_unknown_backup_type_is_counted_as_full() {
        let unknown = estimate(&plan(
            100.0,
            2.0,
            RetentionPeriod::OneMonth,
            &[(Frequency::Daily, BackupType::NotSure)],
        ));
        let full = estimate(&plan(
            100.0,
            2.0,
            RetentionPeriod::OneMonth,
            &[(Frequency::Daily, BackupType::Full)],
        ));
        let s = &unknown.systems[0];
        assert_eq!((s.full_hours, s.chains, s.partials_per_chain), (24, 31, 0));
        assert!(close(s.raw_gb, 3100.0), "{s:?}");
        assert!(close(unknown.total_gb, full.total_gb));
        assert!(s.type_unknown && !full.systems[0].type_unknown);
        assert_eq!(full.unknown_type_text(Language::ENGLISH), None);
        assert_eq!(
            unknown.unknown_type_text(Language::ENGLISH).as_deref(),
            Some(
                "Counted as full backups, which need the most room, because the backup type \
                 is not known yet: Accounts."
            )
        );
        assert!(method(Language::ENGLISH).contains("\"Not sure\" is counted as full"));
    }

    #[test]
    fn the_assumptions_can_be_changed() {
        let mut p = plan(
            100.0,
            2.0,
            RetentionPeriod::OneMonth,
            &[(Frequency::Daily, BackupType::Incremental)],
        );
        p.estimate.full_every_days = Some(7);
        p.estimate.saving_percent = Some(0.0);
        let e = estimate(&p);
        // Fulls every 7 days: 30 / 7 = 4.3, so 5 + 1 = 6 chains of 100 + 6 x 2 GB.
        assert!(close(e.total_gb, 6.0 * 112.0), "{e:?}");
        assert_eq!(e.full_every_days, 7);
        // Nonsense from a hand-edited file is kept in bounds rather than giving a negative
        // size or overflowing.
        p.estimate.saving_percent = Some(250.0);
        assert!(estimate(&p).total_gb > 0.0);
        p.estimate.saving_percent = Some(f64::NAN);
        assert!(close(estimate(&p).saving_percent, DEFAULT_SAVING_PERCENT));
        p.estimate.full_every_days = Some(u32::MAX);
        assert_eq!(estimate(&p).full_every_days, 3650);
        p.systems[0].size_gb = Some(f64::INFINITY);
        assert_eq!(
            estimate(&p).unestimated[0].missing,
            ["estimate-missing-size"]
        );
    }

    #[test]
    fn indefinite_retention_is_counted_for_a_year_and_grows() {
        let e = estimate(&plan(
            10.0,
            0.0,
            RetentionPeriod::Indefinitely,
            &[(Frequency::Monthly, BackupType::Full)],
        ));
        let s = &e.systems[0];
        assert!(e.grows && s.grows);
        assert_eq!(s.retention_days, 365);
        // 8,760 / 720 = 12.2: 13 + 1 monthly fulls.
        assert_eq!(s.chains, 14);
    }

    #[test]
    fn systems_lacking_figures_are_named_with_what_they_lack() {
        let mut p = plan(100.0, 2.0, RetentionPeriod::OneMonth, &[]);
        p.systems[0].size_gb = None;
        p.add_system();
        let e = estimate(&p);
        assert!(e.systems.is_empty());
        assert_eq!(
            e.unestimated,
            [
                Unestimated {
                    name: Phrase::verbatim("Accounts"),
                    missing: vec!["estimate-missing-size", "estimate-missing-schedule"],
                },
                Unestimated {
                    name: Phrase::new("advice-system-number").with("number", 2_usize),
                    missing: vec![
                        "estimate-missing-size",
                        "estimate-missing-retention",
                        "estimate-missing-schedule"
                    ],
                },
            ]
        );
        assert_eq!(
            e.unestimated_text(Language::ENGLISH),
            "Not estimated for lack of figures: Accounts (needs size, backup schedule); \
             System 2 (needs size, retention of its kind of data, backup schedule)."
        );
    }

    #[test]
    fn the_estimate_in_words() {
        let mut p = plan(
            100.0,
            2.0,
            RetentionPeriod::OneMonth,
            &[(Frequency::Daily, BackupType::Incremental)],
        );
        let e = estimate(&p);
        let s = &e.systems[0];
        let en = Language::ENGLISH;
        assert_eq!(s.name.text(en), "Accounts");
        assert_eq!(s.copies(en), "2 full + 58");
        assert_eq!(s.kept_for(en), "30 days");
        assert_eq!(e.summary(), "Each backup destination needs about 158 GB.");
        assert_eq!(columns(en)[4], "Copies kept");
        p.add_destination();
        p.add_destination();
        assert_eq!(
            estimate(&p).summary(),
            "Each backup destination needs about 158 GB. Step 4 lists 2 destinations: \
             316 GB in all."
        );
    }

    #[test]
    fn the_example_plan_is_estimated_in_full() {
        let plan = crate::model::sample::example();
        let e = estimate(&plan);
        assert_eq!(e.systems.len(), 5);
        assert!(e.unestimated.is_empty());
        assert_eq!(e.destinations, 3);
        let sum: f64 = e.systems.iter().map(|s| s.stored_gb).sum();
        assert!(close(e.total_gb, sum));
    }

    #[test]
    fn sizes_read_as_a_person_would_say_them() {
        let en = Language::ENGLISH;
        assert_eq!(size(en, 0.25), "0.2 GB");
        assert_eq!(size(en, 5.0), "5.0 GB");
        assert_eq!(size(en, 158.0), "158 GB");
        assert_eq!(size(en, 1063.3), "1.1 TB");
        assert_eq!(size(en, 1_234_000.0), "1,234.0 TB");
        let german = Language::from_code("de").unwrap();
        assert_eq!(size(german, 5.0), "5,0 GB");
        assert_eq!(every(en, 1), "every hour");
        assert_eq!(every(en, 24), "every day");
        assert_eq!(every(en, 168), "every 7 days");
        assert_eq!(every(en, 12), "every 12 hours");
    }
}
