//! The backup plan as plain data: what a person records in the 14 steps.
//!
//! No egui and no I/O here. Every struct defaults field by field (`#[serde(default)]`),
//! so a file written before a field existed still loads.

use chrono::{NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};

use crate::model::evidence::Evidence;
pub use crate::model::ids::SystemId;
use crate::model::limits;
use crate::model::options::{
    BackupType, Country, CurrentSolution, DataKind, Decision, Department, DestinationKind,
    Encryption, EncryptionScope, Frequency, InitialStatus, MonitorMethod, RestoreKind,
    RestoreResult, RetentionPeriod, RetentionReason, SystemType,
};

/// The plan file format this version writes, and the newest it reads.
///
/// 1: the first format. 2: approved revisions are kept in the plan (`revisions`).
/// 3: the country for legal retention periods, and the storage estimate's assumptions.
/// 4: the runs read from the backup tools' logs (`evidence`).
pub const FORMAT_VERSION: u32 = 4;

/// The file name ending of plan files.
pub const PLAN_EXTENSION: &str = "ron";

/// A whole backup plan: its identity and the record of each of the 14 steps.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Plan {
    /// Which file format this plan was written in; see [`FORMAT_VERSION`]. Read as 0 when
    /// a file does not say: every plan file does, so such a file is not a plan.
    #[serde(default)]
    pub format_version: u32,
    pub identity: Identity,
    /// Step 1.
    pub systems: Vec<System>,
    /// Step 2.
    pub assessment: Assessment,
    /// Step 3.
    pub retention: Vec<RetentionRule>,
    /// Step 4.
    pub procedures: Procedures,
    /// Step 5.
    pub schedules: Vec<Schedule>,
    /// Step 6.
    pub encryption: Vec<EncryptionCheck>,
    /// Step 7.
    pub initial_backups: Vec<InitialBackup>,
    /// Step 8.
    pub monitoring: Monitoring,
    /// Step 9.
    pub restore_tests: Vec<RestoreTest>,
    /// Step 9: months from one restore test to the next; 3 when not set.
    #[serde(deserialize_with = "limits::months")]
    pub restore_test_every_months: Option<u32>,
    /// Step 10.
    pub approval: Approval,
    /// Step 11.
    pub log_reviews: LogReviews,
    /// Step 12.
    pub documentation: Documentation,
    /// Step 13.
    pub training: Training,
    /// Step 14.
    pub evaluation: Evaluation,
    /// What the storage estimate assumes beyond what the steps record.
    pub estimate: EstimateSettings,
    /// Every approved revision, oldest first, each with the plan as it was approved.
    pub revisions: Vec<ApprovedRevision>,
    /// The runs of the backup jobs, read from the tools' logs (steps 8, 9, 11 and 14);
    /// left out of the file while there are none.
    #[serde(skip_serializing_if = "Evidence::is_empty")]
    pub evidence: Evidence,
}

impl Default for Plan {
    fn default() -> Self {
        Self {
            format_version: FORMAT_VERSION,
            identity: Identity::default(),
            systems: Vec::new(),
            assessment: Assessment::default(),
            retention: Vec::new(),
            procedures: Procedures::default(),
            schedules: Vec::new(),
            encryption: Vec::new(),
            initial_backups: Vec::new(),
            monitoring: Monitoring::default(),
            restore_tests: Vec::new(),
            restore_test_every_months: None,
            approval: Approval::default(),
            log_reviews: LogReviews::default(),
            documentation: Documentation::default(),
            training: Training::default(),
            evaluation: Evaluation::default(),
            estimate: EstimateSettings::default(),
            revisions: Vec::new(),
            evidence: Evidence::default(),
        }
    }
}

impl Plan {
    /// A fresh plan created on `today`.
    pub fn new(today: NaiveDate) -> Self {
        Self {
            identity: Identity {
                created: Some(today),
                revision: 1,
                review_interval_months: Some(Identity::DEFAULT_REVIEW_MONTHS),
                ..Identity::default()
            },
            restore_test_every_months: Some(Self::DEFAULT_RESTORE_TEST_MONTHS),
            ..Self::default()
        }
    }

    /// The default time from one restore test to the next.
    pub const DEFAULT_RESTORE_TEST_MONTHS: u32 = 3;

    /// Months from one restore test to the next (step 9).
    pub fn restore_test_months(&self) -> u32 {
        self.restore_test_every_months
            .filter(|m| *m > 0)
            .unwrap_or(Self::DEFAULT_RESTORE_TEST_MONTHS)
    }

    /// The title to show for this plan: its own, or a neutral stand-in.
    pub fn display_title(&self, language: crate::i18n::Language) -> std::borrow::Cow<'_, str> {
        let title = self.identity.title.trim();
        if title.is_empty() {
            language.text("plan-untitled")
        } else {
            title.into()
        }
    }

    /// The system with this id, if the plan still has it.
    /// What the app calls the system `id` (see [`System::label`]), if the plan has it.
    pub fn system_label(&self, id: SystemId, language: crate::i18n::Language) -> Option<String> {
        let (index, system) = self.systems.iter().enumerate().find(|(_, s)| s.id == id)?;
        Some(system.label(index, language))
    }

    pub fn system(&self, id: SystemId) -> Option<&System> {
        self.systems.iter().find(|s| s.id == id)
    }

    /// The backup destination with this id, if the plan still has it.
    pub fn destination(&self, id: DestinationId) -> Option<&Destination> {
        self.procedures.destinations.iter().find(|d| d.id == id)
    }

    /// Adds an empty system with a fresh id and returns it for filling in.
    pub fn add_system(&mut self) -> &mut System {
        let id = SystemId(self.systems.iter().map(|s| s.id.0).max().unwrap_or(0) + 1);
        self.systems.push(System {
            id,
            ..System::default()
        });
        let last = self.systems.len() - 1;
        &mut self.systems[last]
    }

    /// Adds an empty backup destination with a fresh id and returns it for filling in.
    pub fn add_destination(&mut self) -> &mut Destination {
        let destinations = &mut self.procedures.destinations;
        let id = DestinationId(destinations.iter().map(|d| d.id.0).max().unwrap_or(0) + 1);
        destinations.push(Destination {
            id,
            ..Destination::default()
        });
        let last = destinations.len() - 1;
        &mut destinations[last]
    }

    /// Adds a training session with a fresh calendar identity, made from `now`.
    pub fn add_training_session(&mut self, now: chrono::NaiveDateTime) -> &mut TrainingSession {
        let sessions = &mut self.training.sessions;
        let seed = format!("{now:?}/{}", sessions.len());
        sessions.push(TrainingSession {
            uid: session_uid(&seed),
            title: "Backup Procedures Training".to_owned(),
            duration_minutes: Some(60),
            ..TrainingSession::default()
        });
        let last = sessions.len() - 1;
        &mut sessions[last]
    }

    /// Gives every training session without one a calendar identity, derived from the
    /// plan and the session's place in it so that it is the same each time it is loaded.
    pub fn ensure_session_uids(&mut self) {
        let plan_key = format!(
            "{}/{}/{:?}",
            self.identity.organisation, self.identity.title, self.identity.created
        );
        for (index, session) in self.training.sessions.iter_mut().enumerate() {
            if session.uid.trim().is_empty() {
                session.uid = session_uid(&format!("{plan_key}/{index}"));
            }
        }
    }

    /// The plan as it stands, without its revision list: what a revision keeps.
    #[must_use]
    pub fn snapshot(&self) -> Plan {
        // Without the runs read from the backup logs either: each revision would carry a
        // copy of the whole history, and a review compares the plan, not the evidence.
        Plan {
            revisions: Vec::new(),
            evidence: Evidence::default(),
            ..self.clone()
        }
    }

    /// The last approved revision, if the plan has one.
    pub fn last_revision(&self) -> Option<&ApprovedRevision> {
        self.revisions.last()
    }

    /// Records a reviewed plan as a new approved revision: the revision number goes up,
    /// `changes` (the change summary since the last revision, worked out by
    /// `advice::review::sign_off`) is kept with a copy of the plan, a line
    /// goes into the revision history of step 12, and the next review is set.
    ///
    /// What is kept stays within [`limits`]: at most [`limits::MAX_ROWS`] changes (the
    /// last saying how many more there were), and the revision history and the revisions
    /// keep their newest [`limits::MAX_ROWS`].
    pub fn record_revision(
        &mut self,
        sign_off: &SignOff,
        changes: Vec<String>,
        today: NaiveDate,
    ) -> &ApprovedRevision {
        let date = sign_off.date.unwrap_or(today);
        self.identity.revision = if self.revisions.is_empty() {
            self.identity.revision.max(1)
        } else {
            Some(self.identity.revision + 1)
                .filter(|next| limits::contains_whole(&limits::REVISION, *next))
                .unwrap_or(self.identity.revision)
        };
        self.identity.next_review = date
            .checked_add_months(chrono::Months::new(self.identity.review_months()))
            .filter(|next| limits::date_in_range(*next));
        let summary = match changes.len() {
            0 => "Reviewed; no changes.".to_owned(),
            1 => "Reviewed; 1 change.".to_owned(),
            n => format!("Reviewed; {n} changes."),
        };
        // What the plan keeps stays within what a plan file may hold, so it opens again.
        let mut changes = changes;
        limits::keep_within(&mut changes, "changes");
        let history = &mut self.documentation.history;
        if history.len() >= limits::MAX_ROWS {
            history.drain(..=history.len() - limits::MAX_ROWS);
        }
        if self.revisions.len() >= limits::MAX_ROWS {
            self.revisions
                .drain(..=self.revisions.len() - limits::MAX_ROWS);
        }
        self.documentation.history.push(DocumentRevision {
            version: self.identity.revision.to_string(),
            date: Some(date),
            author: sign_off.approver.trim().to_owned(),
            change: summary,
        });
        self.documentation.version = self.identity.revision.to_string();
        let revision = ApprovedRevision {
            revision: self.identity.revision,
            date: Some(date),
            approver: sign_off.approver.trim().to_owned(),
            role: sign_off.role.trim().to_owned(),
            comment: sign_off.comment.trim().to_owned(),
            changes,
            snapshot: Box::new(self.snapshot()),
        };
        self.revisions.push(revision);
        let last = self.revisions.len() - 1;
        &self.revisions[last]
    }

    /// Brings a plan read from an older format up to date. A format 1 plan that was
    /// approved gets that approval as its first revision, so the next review has
    /// something to compare with.
    pub fn upgrade(&mut self, from_version: u32) {
        self.format_version = FORMAT_VERSION;
        self.ensure_session_uids();
        if from_version < 2
            && self.revisions.is_empty()
            && self.approval.decision == Some(Decision::Approved)
        {
            let revision = ApprovedRevision {
                revision: self.identity.revision.max(1),
                date: self.approval.date,
                approver: self.approval.approver.trim().to_owned(),
                role: self.approval.role.trim().to_owned(),
                comment: self.approval.comment.trim().to_owned(),
                changes: Vec::new(),
                snapshot: Box::new(self.snapshot()),
            };
            self.revisions.push(revision);
        }
    }

    /// Where step 10 stands, judged against the restore tests recorded now.
    pub fn approval_state(&self) -> ApprovalState {
        match self.approval.decision {
            None => ApprovalState::NotDecided,
            Some(Decision::Approved) if self.approval.approved_tests != self.restore_tests => {
                ApprovalState::Outdated
            }
            Some(Decision::Approved) => ApprovalState::Approved,
            Some(Decision::ChangesRequested) => ApprovalState::ChangesRequested,
            Some(Decision::Rejected) => ApprovalState::Rejected,
        }
    }

    /// Whether an approval can be given now: only with a restore test on record.
    pub fn can_approve(&self) -> bool {
        !self.restore_tests.is_empty()
    }

    /// Records the approver's decision, keeping a copy of the restore tests it covers.
    ///
    /// Refuses ([`ApprovalRefused`]) to approve while step 9 holds no test.
    /// [`Self::decide`] as the approver does it on `today`: a decision without a date
    /// gets today's, as a person signing a paper would write it.
    pub fn decide_on(
        &mut self,
        decision: Decision,
        today: NaiveDate,
    ) -> Result<(), ApprovalRefused> {
        self.decide(decision)?;
        self.approval.date.get_or_insert(today);
        Ok(())
    }

    pub fn decide(&mut self, decision: Decision) -> Result<(), ApprovalRefused> {
        if decision == Decision::Approved && !self.can_approve() {
            return Err(ApprovalRefused);
        }
        self.approval.decision = Some(decision);
        self.approval.approved_tests = if decision == Decision::Approved {
            self.restore_tests.clone()
        } else {
            Vec::new()
        };
        Ok(())
    }
}

/// A calendar UID from `seed`: a 64-bit FNV-1a hash, stable across versions and machines.
fn session_uid(seed: &str) -> String {
    let hash = seed.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    });
    format!("training-{hash:016x}@backup-planner")
}

/// Approval was asked for while step 9 has no recorded restore test.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ApprovalRefused;

impl ApprovalRefused {
    /// Why, in `language`: "Record at least one restore test in step 9 before approving."
    pub fn text(self, language: crate::i18n::Language) -> String {
        language.text("error-approval-refused").into_owned()
    }
}

/// In English, for logs and for callers not yet moved to [`ApprovalRefused::text`].
impl std::fmt::Display for ApprovalRefused {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text(crate::i18n::Language::ENGLISH))
    }
}

impl std::error::Error for ApprovalRefused {}

/// Where the approval of step 10 stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ApprovalState {
    NotDecided,
    Approved,
    /// Approved, but a restore test changed since.
    Outdated,
    ChangesRequested,
    Rejected,
}

impl ApprovalState {
    /// The message of the state in the Fluent files (`advice.ftl`).
    pub fn message(self) -> &'static str {
        match self {
            Self::NotDecided => "approval-state-not-decided",
            Self::Approved => "approval-state-approved",
            Self::Outdated => "approval-state-outdated",
            Self::ChangesRequested => "approval-state-changes-requested",
            Self::Rejected => "approval-state-rejected",
        }
    }

    /// A short phrase for a person.
    pub fn label(self, language: crate::i18n::Language) -> std::borrow::Cow<'static, str> {
        language.text(self.message())
    }
}

/// Who the plan belongs to and where it stands.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Identity {
    pub organisation: String,
    pub title: String,
    #[serde(deserialize_with = "limits::date")]
    pub created: Option<NaiveDate>,
    /// Counts up with each approved revision; 1 for a new plan.
    #[serde(deserialize_with = "limits::revision")]
    pub revision: u32,
    #[serde(deserialize_with = "limits::date")]
    pub next_review: Option<NaiveDate>,
    /// IANA time zone of the office, e.g. `Europe/London`; training times are in it.
    pub time_zone: String,
    /// Months from one approved revision to the next review; 12 when not set.
    #[serde(deserialize_with = "limits::months")]
    pub review_interval_months: Option<u32>,
    /// Whose common record-keeping periods the adviser compares retention with.
    pub country: Option<Country>,
    /// The language the plan's documents are printed in; English unless chosen (Plan
    /// details).
    #[serde(default)]
    pub document_language: crate::i18n::Language,
}

impl Identity {
    /// The default time between reviews.
    pub const DEFAULT_REVIEW_MONTHS: u32 = 12;

    /// Months from one approved revision to the next review.
    pub fn review_months(&self) -> u32 {
        self.review_interval_months
            .filter(|m| *m > 0)
            .unwrap_or(Self::DEFAULT_REVIEW_MONTHS)
    }
}

/// What the storage estimate assumes (the estimate itself is worked out in `advice`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct EstimateSettings {
    /// Days between full backups where step 5 schedules none; 30 when not set.
    #[serde(deserialize_with = "limits::days")]
    pub full_every_days: Option<u32>,
    /// Share of the raw backup size that compression and deduplication save; 50 when not
    /// set.
    #[serde(deserialize_with = "limits::percent")]
    pub saving_percent: Option<f64>,
}

/// One approved revision of the plan, kept so the next review can compare with it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ApprovedRevision {
    #[serde(deserialize_with = "limits::revision")]
    pub revision: u32,
    #[serde(deserialize_with = "limits::date")]
    pub date: Option<NaiveDate>,
    pub approver: String,
    pub role: String,
    pub comment: String,
    /// What changed since the revision before, in words.
    pub changes: Vec<String>,
    /// The plan as it was approved (without its own revision list).
    pub snapshot: Box<Plan>,
}

/// Who signs off a reviewed plan, and when.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SignOff {
    pub approver: String,
    pub role: String,
    pub date: Option<NaiveDate>,
    pub comment: String,
}

/// Stable identity of a backup destination.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(transparent)]
pub struct DestinationId(pub u32);

impl<'de> Deserialize<'de> for DestinationId {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        limits::id(deserializer).map(Self)
    }
}

/// Step 1: a critical system or data set.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct System {
    pub id: SystemId,
    pub name: String,
    pub department: Option<Department>,
    pub data_kind: Option<DataKind>,
    pub system_type: Option<SystemType>,
    pub owner: String,
    /// Where it lives: a server room, a cloud service, a laptop.
    pub location: String,
    #[serde(deserialize_with = "limits::size_gb")]
    pub size_gb: Option<f64>,
    #[serde(deserialize_with = "limits::percent")]
    pub daily_change_percent: Option<f64>,
    /// Most data the office can afford to lose (recovery point objective).
    #[serde(deserialize_with = "limits::hours")]
    pub rpo_hours: Option<f64>,
    /// Longest the office can do without it (recovery time objective).
    #[serde(deserialize_with = "limits::hours")]
    pub rto_hours: Option<f64>,
    /// Redundancy already in place (mirrored disks, a second server).
    pub redundancy: String,
}

/// How a row that names no system of step 1 (or one since removed) reads.
pub const NO_SYSTEM: &str = "no system chosen";

impl System {
    /// What the app calls the system wherever it names one: its name, or "System 3" by
    /// its place in step 1 (`index`, counted from 0) while it has none.
    pub fn label(&self, index: usize, language: crate::i18n::Language) -> String {
        let name = self.name.trim();
        if name.is_empty() {
            crate::i18n::Phrase::new("advice-system-number")
                .with("number", index + 1)
                .text(language)
        } else {
            name.to_owned()
        }
    }
}

/// Step 2: the backup solution in place today.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Assessment {
    pub current_solution: Option<CurrentSolution>,
    pub what_works: String,
    pub gaps: String,
    /// Who was asked about their experience.
    pub consulted: String,
}

/// Step 3: how long one kind of data is kept, and why.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct RetentionRule {
    pub data_kind: Option<DataKind>,
    pub period: Option<RetentionPeriod>,
    pub reason: Option<RetentionReason>,
    pub note: String,
}

/// Step 4: who does what, and where the copies go.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Procedures {
    pub responsible: String,
    pub deputy: String,
    pub destinations: Vec<Destination>,
    /// The procedure, one instruction a row, in order.
    pub steps: Vec<String>,
    pub escalation: Vec<Contact>,
    /// How backup media are labelled, stored, carried and destroyed.
    pub media_handling: String,
}

/// Step 4: a place where backup copies are kept.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Destination {
    pub id: DestinationId,
    pub name: String,
    pub kind: Option<DestinationKind>,
    pub location: String,
    /// Copies there cannot be changed or deleted for a set time (object lock, WORM media),
    /// so ransomware cannot reach them either.
    pub immutable: bool,
}

/// Step 4: a person to call when backups go wrong.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Contact {
    pub name: String,
    pub role: String,
    pub phone: String,
    pub email: String,
}

/// Step 5: an automated backup job for one system.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Schedule {
    pub system: Option<SystemId>,
    pub frequency: Option<Frequency>,
    #[serde(deserialize_with = "limits::time")]
    pub start_time: Option<NaiveTime>,
    pub backup_type: Option<BackupType>,
    /// The program or service that runs the job.
    pub tool: String,
    /// When the schedule was seen to run as intended; `None` while untested.
    #[serde(deserialize_with = "limits::date")]
    pub tested_on: Option<NaiveDate>,
}

/// Step 6: how one destination's copies are encrypted.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct EncryptionCheck {
    pub destination: Option<DestinationId>,
    pub method: Option<Encryption>,
    pub scope: Option<EncryptionScope>,
    pub key_holder: String,
    /// Where the key or its recovery copy is kept.
    pub key_location: String,
    #[serde(deserialize_with = "limits::date")]
    pub verified_on: Option<NaiveDate>,
}

/// Step 7: the first full backup of one kind of system.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct InitialBackup {
    pub system_type: Option<SystemType>,
    pub status: Option<InitialStatus>,
    #[serde(deserialize_with = "limits::date")]
    pub date: Option<NaiveDate>,
    #[serde(deserialize_with = "limits::hours")]
    pub duration_hours: Option<f64>,
    #[serde(deserialize_with = "limits::size_gb")]
    pub size_gb: Option<f64>,
    /// Problems met and lessons learned.
    pub notes: String,
}

/// Step 8: who watches the backups, how and how often, and what went wrong.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Monitoring {
    pub checker: String,
    pub method: Option<MonitorMethod>,
    pub how_often: Option<Frequency>,
    pub errors: Vec<ErrorEntry>,
}

/// Step 8: one backup error and what was done about it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ErrorEntry {
    #[serde(deserialize_with = "limits::date")]
    pub date: Option<NaiveDate>,
    pub system: Option<SystemId>,
    pub error: String,
    pub action: String,
}

/// Step 9: one test of bringing data back from a backup.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct RestoreTest {
    pub kind: Option<RestoreKind>,
    pub system: Option<SystemId>,
    #[serde(deserialize_with = "limits::date")]
    pub date: Option<NaiveDate>,
    /// Where the data was restored to: never over the original.
    pub restored_to: String,
    pub result: Option<RestoreResult>,
    #[serde(deserialize_with = "limits::hours")]
    pub duration_hours: Option<f64>,
    pub notes: String,
}

/// Step 10: the approval of the restore tests.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Approval {
    pub approver: String,
    pub role: String,
    pub decision: Option<Decision>,
    #[serde(deserialize_with = "limits::date")]
    pub date: Option<NaiveDate>,
    pub comment: String,
    /// The restore tests as they stood when approved: a later edit outdates the approval.
    pub approved_tests: Vec<RestoreTest>,
}

/// Step 11: the routine reading of the backup logs.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct LogReviews {
    pub cadence: Option<Frequency>,
    pub reviewer: String,
    pub entries: Vec<LogReview>,
}

/// Step 11: one reading of the logs.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct LogReview {
    #[serde(deserialize_with = "limits::date")]
    pub date: Option<NaiveDate>,
    /// The stretch of time the logs covered, e.g. "March 2026".
    pub period: String,
    pub anomalies: String,
    pub error_codes: String,
    pub follow_up: String,
}

/// Step 12: the document's version and history. The next review date is in [`Identity`].
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Documentation {
    pub version: String,
    pub history: Vec<DocumentRevision>,
}

/// Step 12: one line of the revision history.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct DocumentRevision {
    pub version: String,
    #[serde(deserialize_with = "limits::date")]
    pub date: Option<NaiveDate>,
    pub author: String,
    pub change: String,
}

/// Step 13: the staff training.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Training {
    pub sessions: Vec<TrainingSession>,
}

/// Step 13: one training session and who is invited.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct TrainingSession {
    /// Stable identity for calendar files, so a re-sent invitation updates the event.
    pub uid: String,
    pub title: String,
    #[serde(deserialize_with = "limits::date")]
    pub date: Option<NaiveDate>,
    #[serde(deserialize_with = "limits::time")]
    pub start_time: Option<NaiveTime>,
    #[serde(deserialize_with = "limits::minutes")]
    pub duration_minutes: Option<u32>,
    /// A room, an address or a meeting link.
    pub place: String,
    pub trainer: String,
    pub trainer_email: String,
    pub agenda: String,
    pub what_to_bring: String,
    pub attendees: Vec<Attendee>,
}

/// Step 13: one invited person.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Attendee {
    pub name: String,
    pub email: String,
    /// Ticked after the session by whoever ran it.
    pub attended: bool,
}

/// Step 14: how the backups performed and what was adjusted.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Evaluation {
    #[serde(deserialize_with = "limits::date")]
    pub evaluated_on: Option<NaiveDate>,
    /// How long backup runs take, in plain words.
    pub backup_durations: String,
    #[serde(deserialize_with = "limits::percent")]
    pub success_rate_percent: Option<f64>,
    /// Restore times seen, compared with the systems' RTO.
    pub restore_times: String,
    #[serde(deserialize_with = "limits::size_gb")]
    pub storage_used_gb: Option<f64>,
    pub adjustments: String,
    pub feedback: String,
    #[serde(deserialize_with = "limits::date")]
    pub next_evaluation: Option<NaiveDate>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    use crate::model::sample::plan_with_restore_test as plan_with_test;

    #[test]
    fn a_decision_gets_todays_date_unless_one_is_set() {
        let mut plan = plan_with_test();
        plan.decide_on(Decision::Approved, date(2026, 3, 16))
            .unwrap();
        assert_eq!(plan.approval.date, Some(date(2026, 3, 16)));
        plan.decide_on(Decision::ChangesRequested, date(2026, 4, 1))
            .unwrap();
        assert_eq!(plan.approval.date, Some(date(2026, 3, 16)), "kept as set");
        let mut untested = Plan::new(date(2026, 1, 5));
        assert_eq!(
            untested.decide_on(Decision::Approved, date(2026, 3, 16)),
            Err(ApprovalRefused)
        );
        assert_eq!(
            untested.approval.date, None,
            "nothing decided, nothing dated"
        );
    }

    #[test]
    fn approval_is_refused_without_a_restore_test() {
        let mut plan = Plan::new(date(2026, 1, 5));
        assert!(!plan.can_approve());
        assert_eq!(plan.decide(Decision::Approved), Err(ApprovalRefused));
        assert_eq!(plan.approval_state(), ApprovalState::NotDecided);
        // Asking for changes needs no test: it is how an approver says "not yet".
        assert_eq!(plan.decide(Decision::ChangesRequested), Ok(()));
        assert_eq!(plan.approval_state(), ApprovalState::ChangesRequested);
    }

    #[test]
    fn editing_a_restore_test_after_approval_outdates_it() {
        let mut plan = plan_with_test();
        plan.decide(Decision::Approved).unwrap();
        assert_eq!(plan.approval_state(), ApprovalState::Approved);

        plan.restore_tests[0]
            .notes
            .push_str("restored to the wrong folder");
        assert_eq!(plan.approval_state(), ApprovalState::Outdated);

        // Approving again covers the tests as they are now.
        plan.decide(Decision::Approved).unwrap();
        assert_eq!(plan.approval_state(), ApprovalState::Approved);
    }

    #[test]
    fn adding_or_removing_a_restore_test_outdates_the_approval() {
        let mut plan = plan_with_test();
        plan.decide(Decision::Approved).unwrap();
        plan.restore_tests.push(RestoreTest::default());
        assert_eq!(plan.approval_state(), ApprovalState::Outdated);
        plan.restore_tests.pop();
        assert_eq!(plan.approval_state(), ApprovalState::Approved);
        plan.restore_tests.clear();
        assert_eq!(plan.approval_state(), ApprovalState::Outdated);
    }

    #[test]
    fn new_ids_never_repeat_a_remaining_one() {
        let mut plan = Plan::default();
        let a = plan.add_system().id;
        let b = plan.add_system().id;
        plan.systems.retain(|s| s.id != a);
        let c = plan.add_system().id;
        assert_ne!(b, c);
        assert_eq!(plan.systems.len(), 2);
    }

    #[test]
    fn an_approved_format_one_plan_gets_its_approval_as_first_revision() {
        let mut plan = plan_with_test();
        plan.decide(Decision::Approved).unwrap();
        plan.approval.approver = "Margaret".into();
        plan.approval.date = Some(date(2026, 1, 7));
        plan.format_version = 1;
        plan.upgrade(1);
        assert_eq!(plan.format_version, FORMAT_VERSION);
        let first = plan.last_revision().unwrap();
        assert_eq!((first.revision, first.date), (1, Some(date(2026, 1, 7))));
        assert_eq!(*first.snapshot, plan.snapshot());
    }
}
