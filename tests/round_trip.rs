//! Property: any plan within the limits (`backup_planner::model::limits`) survives save -> load
//! unchanged.
//!
//! Plans are made at random (a fixed-seed generator, so a failure replays) with every field
//! filled from odd values: empty text and text at the longest a field takes, emoji,
//! right-to-left and CJK scripts, quotes, backslashes, control characters and RON's own
//! punctuation; numbers from zero to the ends of each quantity's range, the smallest
//! fractions included; dates at the ends of the range every output writes; times with
//! nanoseconds; every option of every list, or none.

use std::path::Path;

use backup_planner::files::storage;
use backup_planner::i18n::Language;
use backup_planner::model::evidence::{self, Evidence, Job, Outcome, Run, RunKind, Tool};
use backup_planner::model::limits::{self, Limit};
use backup_planner::model::options::{
    BackupType, Country, CurrentSolution, DataKind, Decision, Department, DestinationKind,
    Encryption, EncryptionScope, Frequency, InitialStatus, MonitorMethod, OptionList, RestoreKind,
    RestoreResult, RetentionPeriod, RetentionReason, SystemType,
};
use backup_planner::model::plan::{
    Approval, ApprovedRevision, Assessment, Attendee, Contact, Destination, DestinationId,
    DocumentRevision, Documentation, EncryptionCheck, ErrorEntry, EstimateSettings, Evaluation,
    Identity, InitialBackup, LogReview, LogReviews, Monitoring, Plan, Procedures, RestoreTest,
    RetentionRule, Schedule, System, SystemId, Training, TrainingSession,
};
use chrono::{Datelike as _, NaiveDate, NaiveTime};

/// xorshift64*: small, deterministic, good enough to pick test values.
struct Gen(u64);

impl Gen {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn u32(&mut self) -> u32 {
        u32::try_from(self.next() >> 32).unwrap()
    }

    fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next() % n as u64).unwrap()
    }

    fn chance(&mut self, one_in: usize) -> bool {
        self.below(one_in) == 0
    }

    fn text(&mut self) -> String {
        const POOL: &[&str] = &[
            "",
            "Accounts",
            "Ünïcødé façade",
            "emoji 😀🎉👩‍💻",
            "שלום עולם",
            "مرحبا بالعالم",
            "数据备份 データ 백업",
            "quote \" apostrophe ' backslash \\ end",
            "line one\nline two\r\nline three\ttab",
            "control \u{1}\u{7}\u{1b}\u{7f} chars",
            "nul \u{0} inside",
            "RON ( ) [ ] { } , : ; # r\"raw\" /* comment */ // too",
            "  leading and trailing spaces  ",
            "\u{202e}right-to-left override",
            "zero\u{200b}width",
        ];
        let mut text = String::new();
        for _ in 0..=self.below(3) {
            text.push_str(POOL[self.below(POOL.len())]);
        }
        if self.chance(40) {
            // Filled to the longest text a field takes.
            let room = limits::MAX_TEXT_CHARS.saturating_sub(text.chars().count());
            text.push_str(&"x".repeat(room));
        }
        text
    }

    /// A number within `limit`, its ends and the smallest fractions included.
    fn number(&mut self, limit: Limit) -> Option<f64> {
        let pool = [
            limit.min,
            limit.max,
            0.0,
            -0.0,
            1.0,
            0.1,
            2.5,
            1e-300,
            f64::MIN_POSITIVE,
            f64::EPSILON,
            limit.max / 3.0,
            limit.max - f64::EPSILON * limit.max,
        ];
        match self.below(4) {
            0 => None,
            1 => Some(pool[self.below(pool.len())]),
            _ => {
                // Any value of the range, to the full precision of an f64.
                #[allow(clippy::cast_precision_loss, reason = "53 random bits")]
                let share = (self.next() >> 11) as f64 / (1_u64 << 53) as f64;
                Some(limit.min + share * (limit.max - limit.min))
            }
        }
    }

    /// A whole number within `limit`, its ends included.
    fn count(&mut self, limit: Limit) -> Option<u32> {
        #[allow(
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            reason = "the limits of whole numbers are whole and within u32"
        )]
        let max = limit.max as u32;
        match self.below(4) {
            0 => None,
            1 => Some(max),
            2 => Some(0),
            _ => Some(self.u32() % (max + 1)),
        }
    }

    /// A number that identifies a row, within its limit.
    fn id(&mut self) -> u32 {
        self.count(limits::ID).unwrap_or(1)
    }

    /// A date within the range every output writes, its ends included.
    fn date(&mut self) -> Option<NaiveDate> {
        match self.below(5) {
            0 => None,
            1 => Some(limits::FIRST_DATE),
            2 => Some(limits::LAST_DATE),
            _ => {
                let first = limits::FIRST_DATE.num_days_from_ce();
                let span = limits::LAST_DATE.num_days_from_ce() - first;
                let days = i32::try_from(self.below(usize::try_from(span).unwrap() + 1)).unwrap();
                NaiveDate::from_num_days_from_ce_opt(first + days)
            }
        }
    }

    fn time(&mut self) -> Option<NaiveTime> {
        if self.chance(4) {
            return None;
        }
        let secs = u32::try_from(self.below(86_400)).unwrap();
        let nanos = if self.chance(2) {
            0
        } else {
            u32::try_from(self.below(1_000_000_000)).unwrap()
        };
        NaiveTime::from_num_seconds_from_midnight_opt(secs, nanos)
    }

    /// Any language the app speaks.
    fn language(&mut self) -> Language {
        let all: Vec<Language> = Language::all().collect();
        all[self.below(all.len())]
    }

    fn pick<T: OptionList>(&mut self) -> Option<T> {
        let n = T::ALL.len();
        let i = self.below(n + 1);
        T::ALL.get(i).copied()
    }

    /// Jobs of every tool with runs of every kind and outcome, sizes from zero to the
    /// largest, and messages as the import keeps them (on one line, cut short).
    fn evidence(&mut self) -> Evidence {
        const TOOLS: &[Tool] = &[
            Tool::Restic,
            Tool::Borg,
            Tool::Duplicati,
            Tool::WindowsServerBackup,
            Tool::VeeamAgent,
            Tool::HyperBackup,
            Tool::Csv,
        ];
        const KINDS: &[RunKind] = &[RunKind::Backup, RunKind::Restore, RunKind::Check];
        const OUTCOMES: &[Outcome] = &[
            Outcome::Succeeded,
            Outcome::Warning,
            Outcome::Failed,
            Outcome::Cancelled,
        ];
        let jobs = self.rows(3, |g| Job {
            tool: TOOLS[g.below(TOOLS.len())],
            name: g.text(),
            system: g.chance(2).then(|| SystemId(g.id())),
            runs: g
                .rows(6, |g| {
                    let day = g.date().unwrap_or(limits::FIRST_DATE);
                    let size = |g: &mut Gen| match g.below(4) {
                        0 => None,
                        1 => Some(0),
                        2 => Some(u64::MAX / 1_000_000_000_000 * 1_000_000_000_000),
                        _ => Some(g.next() >> 8),
                    };
                    Run {
                        started: day
                            .and_hms_opt(g.u32() % 24, g.u32() % 60, g.u32() % 60)
                            .unwrap(),
                        kind: KINDS[g.below(KINDS.len())],
                        outcome: OUTCOMES[g.below(OUTCOMES.len())],
                        seconds: g.chance(3).then(|| g.next() >> 20),
                        total_bytes: size(g),
                        added_bytes: size(g),
                        message: evidence::one_line(&g.text()),
                        id: String::new(),
                    }
                })
                .into(),
        });
        Evidence { jobs }
    }

    fn rows<T>(&mut self, most: usize, mut make: impl FnMut(&mut Self) -> T) -> Vec<T> {
        let n = self.below(most + 1);
        (0..n).map(|_| make(self)).collect()
    }

    #[allow(
        clippy::too_many_lines,
        reason = "one line a field: the whole model in one place"
    )]
    fn plan(&mut self, with_revisions: bool) -> Plan {
        let systems = self.rows(6, |g| System {
            id: SystemId(g.id()),
            name: g.text(),
            department: g.pick::<Department>(),
            data_kind: g.pick::<DataKind>(),
            system_type: g.pick::<SystemType>(),
            owner: g.text(),
            location: g.text(),
            size_gb: g.number(limits::SIZE_GB),
            daily_change_percent: g.number(limits::PERCENT),
            rpo_hours: g.number(limits::HOURS),
            rto_hours: g.number(limits::HOURS),
            redundancy: g.text(),
        });
        let restore_tests = self.rows(4, |g| RestoreTest {
            kind: g.pick::<RestoreKind>(),
            system: g.chance(2).then(|| SystemId(g.id())),
            date: g.date(),
            restored_to: g.text(),
            result: g.pick::<RestoreResult>(),
            duration_hours: g.number(limits::HOURS),
            notes: g.text(),
        });
        let mut plan = Plan {
            format_version: backup_planner::model::plan::FORMAT_VERSION,
            identity: Identity {
                organisation: self.text(),
                title: self.text(),
                created: self.date(),
                revision: self.count(limits::REVISION).unwrap_or(1),
                next_review: self.date(),
                time_zone: self.text(),
                review_interval_months: self.count(limits::MONTHS),
                country: self.pick::<Country>(),
                document_language: self.language(),
            },
            systems,
            assessment: Assessment {
                current_solution: self.pick::<CurrentSolution>(),
                what_works: self.text(),
                gaps: self.text(),
                consulted: self.text(),
            },
            retention: self.rows(5, |g| RetentionRule {
                data_kind: g.pick::<DataKind>(),
                period: g.pick::<RetentionPeriod>(),
                reason: g.pick::<RetentionReason>(),
                note: g.text(),
            }),
            procedures: Procedures {
                responsible: self.text(),
                deputy: self.text(),
                destinations: self.rows(4, |g| Destination {
                    id: DestinationId(g.id()),
                    name: g.text(),
                    kind: g.pick::<DestinationKind>(),
                    location: g.text(),
                    immutable: g.chance(2),
                }),
                steps: self.rows(5, Gen::text),
                escalation: self.rows(3, |g| Contact {
                    name: g.text(),
                    role: g.text(),
                    phone: g.text(),
                    email: g.text(),
                }),
                media_handling: self.text(),
            },
            schedules: self.rows(5, |g| Schedule {
                system: g.chance(2).then(|| SystemId(g.id())),
                frequency: g.pick::<Frequency>(),
                start_time: g.time(),
                backup_type: g.pick::<BackupType>(),
                tool: g.text(),
                tested_on: g.date(),
            }),
            encryption: self.rows(4, |g| EncryptionCheck {
                destination: g.chance(2).then(|| DestinationId(g.id())),
                method: g.pick::<Encryption>(),
                scope: g.pick::<EncryptionScope>(),
                key_holder: g.text(),
                key_location: g.text(),
                verified_on: g.date(),
            }),
            initial_backups: self.rows(4, |g| InitialBackup {
                system_type: g.pick::<SystemType>(),
                status: g.pick::<InitialStatus>(),
                date: g.date(),
                duration_hours: g.number(limits::HOURS),
                size_gb: g.number(limits::SIZE_GB),
                notes: g.text(),
            }),
            monitoring: Monitoring {
                checker: self.text(),
                method: self.pick::<MonitorMethod>(),
                how_often: self.pick::<Frequency>(),
                errors: self.rows(3, |g| ErrorEntry {
                    date: g.date(),
                    system: g.chance(2).then(|| SystemId(g.id())),
                    error: g.text(),
                    action: g.text(),
                }),
            },
            approval: Approval {
                approver: self.text(),
                role: self.text(),
                decision: self.pick::<Decision>(),
                date: self.date(),
                comment: self.text(),
                approved_tests: if self.chance(2) {
                    restore_tests.clone()
                } else {
                    Vec::new()
                },
            },
            restore_tests,
            restore_test_every_months: self.count(limits::MONTHS),
            log_reviews: LogReviews {
                cadence: self.pick::<Frequency>(),
                reviewer: self.text(),
                entries: self.rows(3, |g| LogReview {
                    date: g.date(),
                    period: g.text(),
                    anomalies: g.text(),
                    error_codes: g.text(),
                    follow_up: g.text(),
                }),
            },
            documentation: Documentation {
                version: self.text(),
                history: self.rows(3, |g| DocumentRevision {
                    version: g.text(),
                    date: g.date(),
                    author: g.text(),
                    change: g.text(),
                }),
            },
            training: Training {
                sessions: self.rows(3, |g| TrainingSession {
                    // Loading gives a session without a calendar identity one; a saved
                    // plan always has it.
                    uid: format!("training-{:016x}@backup-planner", g.next()),
                    title: g.text(),
                    date: g.date(),
                    start_time: g.time(),
                    duration_minutes: g.count(limits::MINUTES),
                    place: g.text(),
                    trainer: g.text(),
                    trainer_email: g.text(),
                    agenda: g.text(),
                    what_to_bring: g.text(),
                    attendees: g.rows(4, |g| Attendee {
                        name: g.text(),
                        email: g.text(),
                        attended: g.chance(2),
                    }),
                }),
            },
            evaluation: Evaluation {
                evaluated_on: self.date(),
                backup_durations: self.text(),
                success_rate_percent: self.number(limits::PERCENT),
                restore_times: self.text(),
                storage_used_gb: self.number(limits::SIZE_GB),
                adjustments: self.text(),
                feedback: self.text(),
                next_evaluation: self.date(),
            },
            estimate: EstimateSettings {
                full_every_days: self.count(limits::DAYS),
                saving_percent: self.number(limits::PERCENT),
            },
            revisions: Vec::new(),
            evidence: self.evidence(),
        };
        if with_revisions {
            plan.revisions = self.rows(2, |g| ApprovedRevision {
                revision: g.count(limits::REVISION).unwrap_or(0),
                date: g.date(),
                approver: g.text(),
                role: g.text(),
                comment: g.text(),
                changes: g.rows(3, Gen::text),
                snapshot: Box::new(g.plan(false)),
            });
        }
        plan
    }
}

#[test]
fn any_plan_survives_save_and_load_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.ron");
    for seed in 1..=300_u64 {
        let plan = Gen(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15)).plan(true);
        storage::save_plan(&plan, &path).unwrap_or_else(|e| panic!("seed {seed}: {e}"));
        let back = storage::load_plan(&path).unwrap_or_else(|e| panic!("seed {seed}: {e}"));
        assert!(back == plan, "seed {seed}: the plan changed on the way");
        // And the text is stable: saving what was loaded writes the same bytes.
        assert_eq!(
            storage::plan_to_string(&back).unwrap(),
            std::fs::read_to_string(&path).unwrap(),
            "seed {seed}"
        );
    }
}

/// NaN is a value an f64 field can hold in memory, but no size: a file holding it is
/// refused where it is, never read back as a number.
#[test]
fn not_a_number_is_refused_where_it_is() {
    let mut plan = Plan::default();
    plan.add_system().size_gb = Some(f64::NAN);
    let text = storage::plan_to_string(&plan).unwrap();
    let err = storage::plan_from_str(&text, Path::new("nan")).unwrap_err();
    let storage::StorageError::Parse { line, reason, .. } = &err else {
        panic!("{err}");
    };
    let expected = text.lines().position(|l| l.contains("NaN")).unwrap() + 1;
    assert_eq!(*line, expected, "{err}");
    assert!(reason.contains("not NaN"), "{err}");
}
