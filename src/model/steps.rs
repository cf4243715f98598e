//! The 14 steps of the workflow, defined once.
//!
//! The wizard's step list, Back and Next, and every later walk through the plan read
//! [`STEPS`]; nothing else restates a title, a guidance text or a control.

use std::borrow::Cow;

use crate::i18n::Language;
use crate::model::options::InitialStatus;
use crate::model::plan::{ApprovalState, Plan};

/// One of the 14 steps, in workflow order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum StepId {
    IdentifySystems,
    AssessCurrent,
    FrequencyRetention,
    DocumentProcedures,
    Schedules,
    Encryption,
    InitialBackup,
    Monitoring,
    RestoreTests,
    Approval,
    LogReview,
    Documentation,
    Training,
    Evaluation,
}

impl StepId {
    /// The step's definition.
    pub fn def(self) -> &'static StepDef {
        &STEPS[self.index()]
    }

    /// Position in [`STEPS`], from 0.
    pub fn index(self) -> usize {
        self as usize
    }

    /// The number a person sees, from 1 to 14.
    pub fn number(self) -> usize {
        self.index() + 1
    }

    /// The step after this one, if any.
    pub fn next(self) -> Option<Self> {
        STEPS.get(self.index() + 1).map(|s| s.id)
    }

    /// The message of the step's title in the Fluent files: `step-identify-systems`.
    pub fn message(self) -> &'static str {
        match self {
            Self::IdentifySystems => "step-identify-systems",
            Self::AssessCurrent => "step-assess-current",
            Self::FrequencyRetention => "step-frequency-retention",
            Self::DocumentProcedures => "step-document-procedures",
            Self::Schedules => "step-schedules",
            Self::Encryption => "step-encryption",
            Self::InitialBackup => "step-initial-backup",
            Self::Monitoring => "step-monitoring",
            Self::RestoreTests => "step-restore-tests",
            Self::Approval => "step-approval",
            Self::LogReview => "step-log-review",
            Self::Documentation => "step-documentation",
            Self::Training => "step-training",
            Self::Evaluation => "step-evaluation",
        }
    }

    /// The step before this one, if any.
    pub fn previous(self) -> Option<Self> {
        self.index().checked_sub(1).map(|i| STEPS[i].id)
    }
}

/// A control of ISO/IEC 27002:2022, by its number; its name is in the Fluent files
/// (`control-8-13`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Control {
    pub id: &'static str,
}

impl Control {
    /// The control's name in the standard: "Information backup".
    pub fn name(self, language: Language) -> Cow<'static, str> {
        language.text(&format!("control-{}", self.id.replace('.', "-")))
    }
}

pub const C5_9: Control = Control { id: "5.9" };
pub const C5_30: Control = Control { id: "5.30" };
pub const C5_33: Control = Control { id: "5.33" };
pub const C5_37: Control = Control { id: "5.37" };
pub const C6_3: Control = Control { id: "6.3" };
pub const C8_10: Control = Control { id: "8.10" };
pub const C8_13: Control = Control { id: "8.13" };
pub const C8_14: Control = Control { id: "8.14" };
pub const C8_15: Control = Control { id: "8.15" };
pub const C8_16: Control = Control { id: "8.16" };
pub const C8_24: Control = Control { id: "8.24" };

/// Controls as a person reads them: "8.13 Information backup; 5.30 ICT readiness ...".
pub fn controls_text(controls: &[Control], language: Language) -> String {
    controls
        .iter()
        .map(|c| format!("{} {}", c.id, c.name(language)))
        .collect::<Vec<_>>()
        // The language's mark between items: French writes a narrow space before ";".
        .join(&format!("{} ", language.text("format-list-semicolon")))
}

/// How far a step has got.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StepStatus {
    NotStarted,
    InProgress,
    Complete,
}

impl StepStatus {
    /// A short phrase for a person.
    pub fn label(self, language: Language) -> Cow<'static, str> {
        language.text(match self {
            Self::NotStarted => "step-status-not-started",
            Self::InProgress => "step-status-in-progress",
            Self::Complete => "step-status-complete",
        })
    }

    fn from_parts(started: bool, complete: bool) -> Self {
        match (started, complete) {
            (_, true) => Self::Complete,
            (true, false) => Self::InProgress,
            (false, false) => Self::NotStarted,
        }
    }
}

/// Everything the program knows about one step. Its words are in the Fluent files
/// (`steps.ftl`): [`StepDef::title`] and [`StepDef::guidance`].
pub struct StepDef {
    pub id: StepId,
    pub controls: &'static [Control],
    /// How far the step has got in a plan.
    pub status: fn(&Plan) -> StepStatus,
}

impl StepDef {
    /// The seed workflow's title (to the letter, in English).
    pub fn title(&self, language: Language) -> Cow<'static, str> {
        language.text(self.id.message())
    }

    /// What to do in this step, in our words, for someone who is not an IT specialist.
    pub fn guidance(&self, language: Language) -> Cow<'static, str> {
        language.text(&format!("{}.guidance", self.id.message()))
    }
}

/// The 14 steps in workflow order.
pub static STEPS: [StepDef; 14] = [
    StepDef {
        id: StepId::IdentifySystems,
        controls: &[C5_9, C8_14, C5_30],
        status: |plan| {
            let complete = !plan.systems.is_empty()
                && plan.systems.iter().all(|s| {
                    !s.name.trim().is_empty()
                        && s.department.is_some()
                        && s.data_kind.is_some()
                        && s.system_type.is_some()
                        && !s.owner.trim().is_empty()
                        && s.rpo_hours.is_some()
                        && s.rto_hours.is_some()
                });
            StepStatus::from_parts(!plan.systems.is_empty(), complete)
        },
    },
    StepDef {
        id: StepId::AssessCurrent,
        controls: &[C8_13],
        status: |plan| {
            let a = &plan.assessment;
            let started = a.current_solution.is_some()
                || !a.what_works.trim().is_empty()
                || !a.gaps.trim().is_empty()
                || !a.consulted.trim().is_empty();
            StepStatus::from_parts(
                started,
                a.current_solution.is_some() && !a.gaps.trim().is_empty(),
            )
        },
    },
    StepDef {
        id: StepId::FrequencyRetention,
        controls: &[C5_33, C8_10, C8_13],
        status: |plan| {
            let rules = &plan.retention;
            // Every kind of data the systems of step 1 hold has its period, too.
            let covered = plan
                .systems
                .iter()
                .filter_map(|s| s.data_kind)
                .all(|kind| rules.iter().any(|r| r.data_kind == Some(kind)));
            let complete = !rules.is_empty()
                && covered
                && rules
                    .iter()
                    .all(|r| r.data_kind.is_some() && r.period.is_some() && r.reason.is_some());
            StepStatus::from_parts(!rules.is_empty(), complete)
        },
    },
    StepDef {
        id: StepId::DocumentProcedures,
        controls: &[C5_37],
        status: |plan| {
            let p = &plan.procedures;
            let started = !p.responsible.trim().is_empty()
                || !p.deputy.trim().is_empty()
                || !p.destinations.is_empty()
                || !p.steps.is_empty()
                || !p.escalation.is_empty()
                || !p.media_handling.trim().is_empty();
            let complete = !p.responsible.trim().is_empty()
                && !p.deputy.trim().is_empty()
                && !p.destinations.is_empty()
                && p.destinations.iter().all(|d| d.kind.is_some())
                && !p.steps.is_empty()
                && !p.escalation.is_empty();
            StepStatus::from_parts(started, complete)
        },
    },
    StepDef {
        id: StepId::Schedules,
        controls: &[C8_13],
        status: |plan| {
            // A set, not a search per system: the step list asks every frame.
            let scheduled: std::collections::HashSet<_> = plan
                .schedules
                .iter()
                .filter(|j| j.frequency.is_some())
                .filter_map(|j| j.system)
                .collect();
            let complete = !plan.systems.is_empty()
                && plan.systems.iter().all(|s| scheduled.contains(&s.id))
                && plan.schedules.iter().all(|j| j.tested_on.is_some());
            StepStatus::from_parts(!plan.schedules.is_empty(), complete)
        },
    },
    StepDef {
        id: StepId::Encryption,
        controls: &[C8_24],
        status: |plan| {
            let checks = &plan.encryption;
            let complete = !checks.is_empty()
                && checks.iter().all(|c| {
                    c.destination.is_some() && c.method.is_some() && c.verified_on.is_some()
                });
            StepStatus::from_parts(!checks.is_empty(), complete)
        },
    },
    StepDef {
        id: StepId::InitialBackup,
        controls: &[C8_13],
        status: |plan| {
            let runs = &plan.initial_backups;
            let complete = !runs.is_empty()
                && runs.iter().all(|r| {
                    r.system_type.is_some()
                        && r.status == Some(InitialStatus::Succeeded)
                        && r.date.is_some()
                });
            StepStatus::from_parts(!runs.is_empty(), complete)
        },
    },
    StepDef {
        id: StepId::Monitoring,
        controls: &[C8_15, C8_16],
        status: |plan| {
            let m = &plan.monitoring;
            let started = !m.checker.trim().is_empty()
                || m.method.is_some()
                || m.how_often.is_some()
                || !m.errors.is_empty();
            let complete =
                !m.checker.trim().is_empty() && m.method.is_some() && m.how_often.is_some();
            StepStatus::from_parts(started, complete)
        },
    },
    StepDef {
        id: StepId::RestoreTests,
        controls: &[C8_13, C5_30],
        status: |plan| {
            let tests = &plan.restore_tests;
            let complete = !tests.is_empty()
                && tests
                    .iter()
                    .all(|t| t.kind.is_some() && t.date.is_some() && t.result.is_some());
            StepStatus::from_parts(!tests.is_empty(), complete)
        },
    },
    StepDef {
        id: StepId::Approval,
        controls: &[C8_13, C5_37],
        status: |plan| {
            let a = &plan.approval;
            let started = !a.approver.trim().is_empty() || a.decision.is_some();
            let complete = plan.approval_state() == ApprovalState::Approved
                && !a.approver.trim().is_empty()
                && a.date.is_some();
            StepStatus::from_parts(started, complete)
        },
    },
    StepDef {
        id: StepId::LogReview,
        controls: &[C8_15, C8_16],
        status: |plan| {
            let r = &plan.log_reviews;
            let started =
                r.cadence.is_some() || !r.reviewer.trim().is_empty() || !r.entries.is_empty();
            let complete =
                r.cadence.is_some() && !r.reviewer.trim().is_empty() && !r.entries.is_empty();
            StepStatus::from_parts(started, complete)
        },
    },
    StepDef {
        id: StepId::Documentation,
        controls: &[C5_37],
        status: |plan| {
            let d = &plan.documentation;
            let started = !d.version.trim().is_empty() || !d.history.is_empty();
            let complete = !d.version.trim().is_empty()
                && !d.history.is_empty()
                && plan.identity.next_review.is_some();
            StepStatus::from_parts(started, complete)
        },
    },
    StepDef {
        id: StepId::Training,
        controls: &[C6_3],
        status: |plan| {
            let sessions = &plan.training.sessions;
            let complete = !sessions.is_empty()
                && sessions.iter().all(|s| {
                    !s.title.trim().is_empty()
                        && s.date.is_some()
                        && s.start_time.is_some()
                        && !s.place.trim().is_empty()
                        && !s.attendees.is_empty()
                });
            StepStatus::from_parts(!sessions.is_empty(), complete)
        },
    },
    StepDef {
        id: StepId::Evaluation,
        controls: &[C8_13, C5_30],
        status: |plan| {
            let e = &plan.evaluation;
            let started = e.evaluated_on.is_some()
                || e.success_rate_percent.is_some()
                || !e.backup_durations.trim().is_empty()
                || !e.adjustments.trim().is_empty();
            let complete = e.evaluated_on.is_some()
                && e.success_rate_percent.is_some()
                && e.next_evaluation.is_some();
            StepStatus::from_parts(started, complete)
        },
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn step_3_is_done_only_when_every_kind_of_data_held_has_its_period() {
        use crate::model::options::{DataKind, RetentionPeriod, RetentionReason};
        use crate::model::plan::RetentionRule;
        let mut plan = Plan::new(chrono::NaiveDate::from_ymd_opt(2026, 3, 1).unwrap());
        plan.add_system().data_kind = Some(DataKind::FinancialData);
        plan.add_system().data_kind = Some(DataKind::ClientInformation);
        plan.retention.push(RetentionRule {
            data_kind: Some(DataKind::FinancialData),
            period: Some(RetentionPeriod::SixYears),
            reason: Some(RetentionReason::Law),
            note: String::new(),
        });
        let status = |plan: &Plan| (StepId::FrequencyRetention.def().status)(plan);
        assert_eq!(
            status(&plan),
            StepStatus::InProgress,
            "client data has no period"
        );
        plan.retention.push(RetentionRule {
            data_kind: Some(DataKind::ClientInformation),
            period: Some(RetentionPeriod::ThreeYears),
            reason: Some(RetentionReason::Contract),
            note: String::new(),
        });
        assert_eq!(status(&plan), StepStatus::Complete);
    }

    #[test]
    fn controls_are_listed_with_the_languages_semicolon() {
        let controls = [C8_13, C5_30];
        assert_eq!(
            controls_text(&controls, Language::ENGLISH),
            "8.13 Information backup; 5.30 ICT readiness for business continuity"
        );
        let french = Language::from_code("fr").unwrap();
        assert!(
            controls_text(&controls, french).contains("\u{202f}; 5.30"),
            "{}",
            controls_text(&controls, french)
        );
    }

    #[test]
    fn the_table_is_in_workflow_order() {
        for (i, step) in STEPS.iter().enumerate() {
            assert_eq!(step.id.index(), i, "{:?} is out of place", step.id);
        }
        assert_eq!(StepId::IdentifySystems.previous(), None);
        assert_eq!(StepId::Evaluation.next(), None);
        assert_eq!(StepId::Approval.number(), 10);
    }

    /// The seed's titles are facts we keep to the letter.
    #[test]
    fn titles_are_the_seeds() {
        let titles: Vec<_> = STEPS.iter().map(|s| s.title(Language::ENGLISH)).collect();
        assert_eq!(
            titles,
            [
                "Identify critical systems and data",
                "Assess current backup solutions",
                "Determine backup frequency and retention policy",
                "Document backup procedures",
                "Configure automated backup schedules",
                "Verify backup encryption methods",
                "Perform initial backup of critical systems",
                "Monitor backup process for errors",
                "Test data restoration from backup",
                "Approval: Data Restoration",
                "Review backup logs for anomalies",
                "Update backup documentation",
                "Conduct training for staff on backup procedures",
                "Evaluate backup performance and adjust settings as needed",
            ]
        );
    }

    #[test]
    fn an_empty_plan_has_every_step_not_started() {
        let plan = Plan::default();
        for step in &STEPS {
            assert_eq!(
                (step.status)(&plan),
                StepStatus::NotStarted,
                "{:?}",
                step.id
            );
        }
    }

    #[test]
    fn a_system_missing_its_owner_leaves_step_one_in_progress() {
        let mut plan = Plan::default();
        let system = plan.add_system();
        system.name = "Accounts".into();
        assert_eq!(
            (StepId::IdentifySystems.def().status)(&plan),
            StepStatus::InProgress
        );
    }
}
