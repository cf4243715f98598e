//! The backup procedure document: the plan's answers turned into plain procedure text.
//!
//! Everything here is data for the template (`assets/templates/procedure.typ`): the
//! sentences are written in Rust, where they can be tested, and the template only lays
//! them out.

use crate::i18n::ENGLISH;
use std::fmt::Write as _;

use serde::Serialize;

use crate::model::columns::{self, Column, Value};
use crate::model::format;
use crate::model::options::Paper;
use crate::model::options::{
    BackupType, CurrentSolution, DestinationKind, Encryption, EncryptionScope, Frequency,
    InitialStatus, OptionList, RetentionPeriod, RetentionReason,
};
use crate::model::plan::{ApprovalState, Plan, System};
use crate::model::steps::{STEPS, StepId};

/// What the template needs to lay out the procedure.
#[derive(Debug, Serialize)]
pub struct ProcedureData {
    pub paper: &'static str,
    pub organisation: String,
    pub title: String,
    pub revision: String,
    pub printed_on: String,
    pub version: String,
    pub approval: ApprovalBlock,
    pub next_review: String,
    pub revisions: Vec<Vec<String>>,
    /// "Changes since revision N" (or "in revision N") and the changes, if any.
    pub changes_heading: String,
    pub changes: Vec<String>,
    pub systems: Table,
    pub duties: Table,
    pub restore_tests: Table,
    /// What the imported backup logs show, per system.
    pub health: crate::documents::health::HealthChapter,
    pub sections: Vec<Section>,
    /// "1 high, 3 medium, checked on ..." or that there are none.
    pub findings_summary: String,
    pub findings: Vec<FindingItem>,
    pub signatures: Vec<Signature>,
    pub appendix: Table,
}

/// The approval as the cover and the document control show it.
#[derive(Debug, Serialize)]
pub struct ApprovalBlock {
    /// One line: "Approved by X (role) on date" or "Not approved".
    pub summary: String,
    pub approved: bool,
    pub comment: String,
}

/// A table: column titles and rows of cells.
#[derive(Debug, Default, Serialize)]
pub struct Table {
    pub columns: Vec<&'static str>,
    pub rows: Vec<Vec<String>>,
}

/// One piece of a step's section.
#[derive(Debug, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Block {
    Paragraph {
        text: String,
    },
    Bullets {
        items: Vec<String>,
    },
    Numbered {
        items: Vec<String>,
    },
    Table {
        table: Table,
    },
    /// Said when a step has nothing recorded.
    Empty {
        text: String,
    },
}

/// One step of the workflow as a section of the document.
#[derive(Debug, Serialize)]
pub struct Section {
    pub number: usize,
    pub title: String,
    pub controls: String,
    pub blocks: Vec<Block>,
}

/// One open finding of the adviser, as the document lists it.
#[derive(Debug, Serialize)]
pub struct FindingItem {
    pub severity: &'static str,
    /// "Step 6. Verify backup encryption methods"
    pub step: String,
    pub title: &'static str,
    pub details: Vec<String>,
    pub advice: &'static str,
    pub controls: String,
}

/// How many lines of a finding's details the document prints before "and N more".
const FINDING_DETAILS: usize = 8;

fn findings_section(plan: &Plan, today: chrono::NaiveDate) -> (String, Vec<FindingItem>) {
    let findings = crate::advice::adviser::check(plan, today);
    let summary = if findings.is_empty() {
        format!(
            "Checked on {}: the plan keeps to every check of good practice.",
            format::date(today)
        )
    } else {
        format!(
            "Checked on {}: {}. Each is explained below with what to do; they are settled \
             by changing the plan.",
            format::date(today),
            crate::advice::adviser::summary(&findings)
        )
    };
    let items = findings
        .into_iter()
        .map(|f| {
            let mut details: Vec<String> =
                f.details.iter().take(FINDING_DETAILS).cloned().collect();
            if f.details.len() > FINDING_DETAILS {
                details.push(format!("… and {} more", f.details.len() - FINDING_DETAILS));
            }
            FindingItem {
                severity: f.rule.severity.label(),
                step: format!(
                    "Step {}. {}",
                    f.rule.step.number(),
                    f.rule.step.def().title(ENGLISH)
                ),
                title: f.rule.title,
                details,
                advice: f.rule.advice,
                controls: crate::model::steps::controls_text(f.rule.controls, ENGLISH),
            }
        })
        .collect();
    (summary, items)
}

/// The storage estimate as a table and the sentences around it, for step 5.
fn estimate_blocks(plan: &Plan) -> Vec<Block> {
    use crate::advice::estimate;
    let e = estimate::estimate(plan);
    if e.systems.is_empty() {
        return Vec::new();
    }
    let mut blocks = vec![
        Block::Paragraph {
            text: "Storage the backups need (an estimate):".to_owned(),
        },
        Block::Table {
            table: Table {
                columns: estimate::COLUMNS.to_vec(),
                rows: e
                    .systems
                    .iter()
                    .map(|s| {
                        vec![
                            s.name.clone(),
                            estimate::size(s.size_gb),
                            estimate::every(s.run_hours),
                            s.kept_for(),
                            s.copies(),
                            estimate::size(s.stored_gb),
                        ]
                    })
                    .collect(),
            },
        },
    ];
    let mut text = e.summary();
    let _ = write!(
        text,
        " Assumed: a full backup every {} days where no Full schedule is set, and {}% saved \
         by compression and deduplication.",
        e.full_every_days,
        format::number(e.saving_percent)
    );
    if e.grows {
        text.push_str(" Some data is kept indefinitely: the need grows each year.");
    }
    if let Some(unknown) = e.unknown_type_text() {
        let _ = write!(text, " {unknown}");
    }
    blocks.push(Block::Paragraph { text });
    if !e.unestimated.is_empty() {
        blocks.push(Block::Paragraph {
            text: e.unestimated_text(),
        });
    }
    blocks
}

/// A line to sign on.
#[derive(Debug, Serialize)]
pub struct Signature {
    pub role: &'static str,
    pub name: String,
}

const NOT_RECORDED: &str = "Nothing has been recorded for this step yet.";

/// A label as it reads inside a sentence: its first letter in lower case, unless it starts
/// a name or an abbreviation ("PCs and laptops", "NAS (network storage)").
fn in_sentence(label: &str) -> String {
    let mut chars = label.chars();
    match (chars.next(), chars.next()) {
        (Some(first), Some(second)) if !second.is_uppercase() => {
            first.to_lowercase().chain(label.chars().skip(1)).collect()
        }
        _ => label.to_owned(),
    }
}

fn or_dash(text: &str) -> String {
    let text = text.trim();
    if text.is_empty() {
        "–".to_owned()
    } else {
        text.to_owned()
    }
}

fn label<T: OptionList>(value: Option<T>) -> String {
    value.map_or_else(|| "–".to_owned(), |v| v.label(ENGLISH).into_owned())
}

fn date(value: Option<chrono::NaiveDate>) -> String {
    value.map_or_else(|| "–".to_owned(), format::date)
}

fn hours(value: Option<f64>) -> String {
    value.map_or_else(|| "–".to_owned(), |h| format!("{} h", format::number(h)))
}

fn system_name(plan: &Plan, id: Option<crate::model::plan::SystemId>) -> String {
    id.and_then(|id| plan.system_label(id))
        .unwrap_or_else(|| crate::model::plan::NO_SYSTEM.to_owned())
}

/// What a destination is called where a sentence or a cell names it.
fn destination_name(plan: &Plan, id: Option<crate::model::plan::DestinationId>) -> String {
    id.and_then(|id| plan.destination(id))
        .map_or_else(|| "an unnamed destination".to_owned(), |d| or_dash(&d.name))
}

/// The cell of `column` in `row`, as the document writes it.
fn cell<R>(plan: &Plan, column: &Column<R>, row: &R) -> String {
    match column.field.value(row) {
        Value::Empty | Value::NotSet => or_dash(""),
        Value::Text(text) => text.to_owned(),
        Value::Choice(message) => ENGLISH.text(message).into_owned(),
        Value::Number(number) => format::number(number),
        Value::Date(day) => format::date(day),
        Value::Time(time) => format::time(time),
        Value::Flag(flag) => if flag { "Yes" } else { "No" }.to_owned(),
        Value::System(id) => system_name(plan, id),
        Value::Destination(id) => destination_name(plan, id),
    }
}

/// A table a step keeps, with the columns the window shows it in (`model::columns`).
fn step_table<R>(plan: &Plan, columns: &[Column<R>], rows: &[R]) -> Table {
    Table {
        columns: columns.iter().map(|c| c.title).collect(),
        rows: rows
            .iter()
            .map(|row| columns.iter().map(|c| cell(plan, c, row)).collect())
            .collect(),
    }
}

/// How a frequency reads inside a sentence: "every hour", "every two weeks".
fn how_often(frequency: Frequency) -> &'static str {
    match frequency {
        Frequency::Hourly => "every hour",
        Frequency::Daily => "every day",
        Frequency::Weekly => "every week",
        Frequency::BiWeekly => "every two weeks",
        Frequency::Monthly => "every month",
    }
}

/// The retention a system's kind of data gets, from step 3.
fn retention_for(plan: &Plan, system: &System) -> Option<RetentionPeriod> {
    let kind = system.data_kind?;
    plan.retention
        .iter()
        .find(|r| r.data_kind == Some(kind))
        .and_then(|r| r.period)
}

/// The most frequent schedule of a system, from step 5.
fn frequency_for(plan: &Plan, system: &System) -> Option<Frequency> {
    plan.schedules
        .iter()
        .filter(|s| s.system == Some(system.id))
        .filter_map(|s| s.frequency)
        .min()
}

/// The encryption methods in use, from step 6.
fn encryption_summary(plan: &Plan) -> String {
    let mut methods: Vec<Encryption> = plan.encryption.iter().filter_map(|e| e.method).collect();
    methods.sort();
    methods.dedup();
    if methods.is_empty() {
        "–".to_owned()
    } else {
        methods
            .iter()
            .map(|m| m.label(ENGLISH))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

fn systems_table(plan: &Plan) -> Table {
    let encryption = encryption_summary(plan);
    // An overview across the steps: the columns it shares with a step's table take their
    // titles and cells from there.
    Table {
        columns: vec![
            columns::SYSTEM_NAME.title,
            columns::DEPARTMENT.title,
            columns::OWNER.title,
            columns::KIND_OF_DATA.title,
            columns::FREQUENCY.title,
            "Retention",
            "Encryption",
            "RPO",
            "RTO",
        ],
        rows: plan
            .systems
            .iter()
            .enumerate()
            .map(|(i, s)| {
                vec![
                    s.label(i),
                    cell(plan, &columns::DEPARTMENT, s),
                    cell(plan, &columns::OWNER, s),
                    cell(plan, &columns::KIND_OF_DATA, s),
                    label(frequency_for(plan, s)),
                    label(retention_for(plan, s)),
                    encryption.clone(),
                    hours(s.rpo_hours),
                    hours(s.rto_hours),
                ]
            })
            .collect(),
    }
}

fn duties_table(plan: &Plan) -> Table {
    let p = &plan.procedures;
    let mut rows = Vec::new();
    if !p.responsible.trim().is_empty() {
        rows.push(vec![
            p.responsible.trim().to_owned(),
            "Is responsible for the backups and follows this procedure".to_owned(),
            "Always".to_owned(),
        ]);
    }
    if !p.deputy.trim().is_empty() {
        rows.push(vec![
            p.deputy.trim().to_owned(),
            "Stands in for the person responsible".to_owned(),
            "When they are away".to_owned(),
        ]);
    }
    for schedule in &plan.schedules {
        let who = if schedule.tool.trim().is_empty() {
            "The backup software".to_owned()
        } else {
            schedule.tool.trim().to_owned()
        };
        let what = format!(
            "Backs up {} ({})",
            system_name(plan, schedule.system),
            match schedule.backup_type {
                Some(BackupType::NotSure) => "type not known yet".to_owned(),
                kind => kind
                    .map_or("backup".into(), |t| t.label(ENGLISH))
                    .to_lowercase(),
            }
        );
        let mut when = schedule
            .frequency
            .map_or("–".into(), |f| f.label(ENGLISH))
            .into_owned();
        if let Some(start) = schedule.start_time {
            when = format!("{when}, from {}", format::time(start));
        }
        rows.push(vec![who, what, when]);
    }
    let m = &plan.monitoring;
    if !m.checker.trim().is_empty() {
        rows.push(vec![
            m.checker.trim().to_owned(),
            format!(
                "Checks that backups ran, by {}",
                m.method
                    .map_or("looking at them".into(), |x| x.label(ENGLISH))
                    .to_lowercase()
            ),
            label(m.how_often),
        ]);
    }
    let r = &plan.log_reviews;
    if !r.reviewer.trim().is_empty() {
        rows.push(vec![
            r.reviewer.trim().to_owned(),
            "Reads the backup logs for anything unusual".to_owned(),
            label(r.cadence),
        ]);
    }
    Table {
        columns: vec!["Who", "What", "When"],
        rows,
    }
}

fn approval_block(plan: &Plan) -> ApprovalBlock {
    let a = &plan.approval;
    let who = if a.role.trim().is_empty() {
        or_dash(&a.approver)
    } else {
        format!("{} ({})", or_dash(&a.approver), a.role.trim())
    };
    let on = a
        .date
        .map(|d| format!(" on {}", format::date(d)))
        .unwrap_or_default();
    let state = plan.approval_state();
    let summary = match state {
        ApprovalState::Approved => format!("Approved by {who}{on}"),
        ApprovalState::Outdated => format!(
            "Approved by {who}{on}, but the restore tests have changed since: approval needed again"
        ),
        ApprovalState::ChangesRequested => format!("Changes requested by {who}{on}"),
        ApprovalState::Rejected => format!("Rejected by {who}{on}"),
        ApprovalState::NotDecided => "Not approved".to_owned(),
    };
    ApprovalBlock {
        summary,
        approved: state == ApprovalState::Approved,
        comment: a.comment.trim().to_owned(),
    }
}

/// A bulleted list, or nothing when there are no items.
fn bullets(items: Vec<String>) -> Vec<Block> {
    if items.is_empty() {
        Vec::new()
    } else {
        vec![Block::Bullets { items }]
    }
}

fn systems_section(plan: &Plan) -> Vec<Block> {
    if plan.systems.is_empty() {
        return Vec::new();
    }
    let count = plan.systems.len();
    let mut blocks = vec![Block::Paragraph {
        text: if count == 1 {
            "The office depends on one critical system.".to_owned()
        } else {
            format!("The office depends on {count} critical systems.")
        },
    }];
    let items = plan
        .systems
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let mut text = s.label(i);
            let mut about = Vec::new();
            if let Some(d) = s.department {
                about.push(d.label(ENGLISH).into_owned());
            }
            if let Some(k) = s.data_kind {
                about.push(k.label(ENGLISH).to_lowercase());
            }
            if let Some(t) = s.system_type {
                about.push(in_sentence(&t.label(ENGLISH)));
            }
            if !about.is_empty() {
                let _ = write!(text, " ({})", about.join(", "));
            }
            if s.owner.trim().is_empty() {
                text.push_str(" has no owner named yet");
            } else {
                let _ = write!(text, " is owned by {}", s.owner.trim());
            }
            if !s.location.trim().is_empty() {
                let _ = write!(text, " and lives in {}", s.location.trim());
            }
            text.push('.');
            if let Some(size) = s.size_gb {
                let _ = write!(text, " It holds about {} GB", format::number(size));
                if let Some(change) = s.daily_change_percent {
                    let _ = write!(
                        text,
                        ", of which {}% changes each day",
                        format::number(change)
                    );
                }
                text.push('.');
            }
            if let Some(rpo) = s.rpo_hours {
                let _ = write!(
                    text,
                    " At most {} hours of work may be lost.",
                    format::number(rpo)
                );
            }
            if let Some(rto) = s.rto_hours {
                let _ = write!(
                    text,
                    " It may be down for at most {} hours.",
                    format::number(rto)
                );
            }
            if !s.redundancy.trim().is_empty() {
                let _ = write!(text, " Redundancy in place: {}.", s.redundancy.trim());
            }
            text
        })
        .collect();
    blocks.push(Block::Bullets { items });
    blocks
}

fn assessment_section(plan: &Plan) -> Vec<Block> {
    let a = &plan.assessment;
    let mut blocks = Vec::new();
    match a.current_solution {
        Some(CurrentSolution::NotSure) => blocks.push(Block::Paragraph {
            text: "Nobody knows yet how backups were made before this plan: this must be found \
                   out."
                .to_owned(),
        }),
        Some(solution) => blocks.push(Block::Paragraph {
            text: format!(
                "Before this plan, backups were made by: {}.",
                solution.label(ENGLISH)
            ),
        }),
        None => {}
    }
    for (heading, text) in [
        ("What works", &a.what_works),
        ("Gaps found", &a.gaps),
        ("People asked", &a.consulted),
    ] {
        if !text.trim().is_empty() {
            blocks.push(Block::Paragraph {
                text: format!("{heading}: {}", text.trim()),
            });
        }
    }
    blocks
}

fn retention_section(plan: &Plan) -> Vec<Block> {
    let items: Vec<String> = plan
        .retention
        .iter()
        .map(|r| {
            let kind = r
                .data_kind
                .map_or("Data of an unnamed kind".into(), |k| k.label(ENGLISH));
            let mut text = match r.period {
                Some(RetentionPeriod::Indefinitely) => format!("{kind} is kept indefinitely"),
                Some(period) => format!("{kind} is kept for {}", period.label(ENGLISH)),
                None => format!("{kind} has no retention period set yet"),
            };
            match r.reason {
                Some(RetentionReason::Law) => text.push_str(", as the law requires"),
                Some(RetentionReason::Contract) => text.push_str(", as a contract requires"),
                Some(RetentionReason::Business) => text.push_str(", for the office's own needs"),
                None => {}
            }
            text.push('.');
            if !r.note.trim().is_empty() {
                let _ = write!(text, " {}", r.note.trim());
            }
            text
        })
        .collect();
    bullets(items)
}

fn procedures_section(plan: &Plan) -> Vec<Block> {
    let p = &plan.procedures;
    let mut blocks = Vec::new();
    match (p.responsible.trim(), p.deputy.trim()) {
        ("", "") => {}
        (who, "") => blocks.push(Block::Paragraph {
            text: format!("{who} is responsible for the backups."),
        }),
        ("", deputy) => blocks.push(Block::Paragraph {
            text: format!("{deputy} is the deputy; nobody is named as responsible yet."),
        }),
        (who, deputy) => blocks.push(Block::Paragraph {
            text: format!(
                "{who} is responsible for the backups; {deputy} stands in when {who} is away."
            ),
        }),
    }
    if !p.destinations.is_empty() {
        blocks.push(Block::Paragraph {
            text: "Backup copies are kept in these places:".to_owned(),
        });
        blocks.push(Block::Bullets {
            items: p
                .destinations
                .iter()
                .map(|d| {
                    let kind = match d.kind {
                        Some(DestinationKind::OnSite) => "on site",
                        Some(DestinationKind::OffSite) => "away from the office",
                        Some(DestinationKind::Offline) => "offline, disconnected",
                        None => "kind not chosen",
                    };
                    let mut text = format!("{} ({kind})", or_dash(&d.name));
                    if !d.location.trim().is_empty() {
                        let _ = write!(text, ": {}", d.location.trim());
                    }
                    text
                })
                .collect(),
        });
    }
    let steps: Vec<String> = p
        .steps
        .iter()
        .map(|s| s.trim().to_owned())
        .filter(|s| !s.is_empty())
        .collect();
    if !steps.is_empty() {
        blocks.push(Block::Paragraph {
            text: "The routine, in order:".to_owned(),
        });
        blocks.push(Block::Numbered { items: steps });
    }
    if !p.escalation.is_empty() {
        blocks.push(Block::Paragraph {
            text: "When something goes wrong, call:".to_owned(),
        });
        blocks.push(Block::Table {
            table: step_table(plan, columns::CONTACTS, &p.escalation),
        });
    }
    if !p.media_handling.trim().is_empty() {
        blocks.push(Block::Paragraph {
            text: format!("Backup media: {}", p.media_handling.trim()),
        });
    }
    blocks
}

fn schedules_section(plan: &Plan) -> Vec<Block> {
    let items: Vec<String> = plan
        .schedules
        .iter()
        .map(|s| {
            let kind = match s.backup_type {
                Some(BackupType::Full) => "a full backup",
                Some(BackupType::Incremental) => "an incremental backup",
                Some(BackupType::Differential) => "a differential backup",
                Some(BackupType::NotSure) => "a backup (of a type still to be found out)",
                None => "a backup",
            };
            let mut text = format!("{} gets {kind}", system_name(plan, s.system));
            if let Some(f) = s.frequency {
                let _ = write!(text, " {}", how_often(f));
            }
            if let Some(t) = s.start_time {
                let _ = write!(text, ", starting at {}", format::time(t));
            }
            if !s.tool.trim().is_empty() {
                let _ = write!(text, ", run by {}", s.tool.trim());
            }
            text.push('.');
            match s.tested_on {
                Some(d) => {
                    let _ = write!(text, " It was seen working on {}.", format::date(d));
                }
                None => text.push_str(" It has not been seen working yet."),
            }
            text
        })
        .collect();
    let mut blocks = bullets(items);
    if !blocks.is_empty() {
        blocks.extend(estimate_blocks(plan));
    }
    blocks
}

fn encryption_section(plan: &Plan) -> Vec<Block> {
    let items: Vec<String> = plan
        .encryption
        .iter()
        .map(|e| {
            let place = destination_name(plan, e.destination);
            let mut text = match e.method {
                Some(Encryption::None) => format!("Copies at {place} are not encrypted"),
                Some(Encryption::ByProvider) => {
                    format!("Copies at {place} are encrypted by the provider")
                }
                Some(Encryption::NotSure) => format!(
                    "Nobody knows yet whether copies at {place} are encrypted: this must be \
                     found out"
                ),
                Some(method) => format!(
                    "Copies at {place} are encrypted with {}",
                    method.label(ENGLISH)
                ),
                None => format!("The encryption of copies at {place} is not recorded yet"),
            };
            // What is protected says nothing when whether anything is remains unknown.
            if e.method != Some(Encryption::NotSure) {
                match e.scope {
                    Some(EncryptionScope::AtRest) => text.push_str(" while stored"),
                    Some(EncryptionScope::InTransit) => text.push_str(" while being sent"),
                    Some(EncryptionScope::Both) => {
                        text.push_str(" while stored and while being sent");
                    }
                    Some(EncryptionScope::NotSure)
                        if e.method.is_some_and(|m| m != Encryption::None) =>
                    {
                        text.push_str(
                            "; whether while stored, while being sent or both is still to be \
                             found out",
                        );
                    }
                    Some(EncryptionScope::NotSure) | None => {}
                }
            }
            text.push('.');
            if !e.key_holder.trim().is_empty() {
                let _ = write!(text, " The key is held by {}", e.key_holder.trim());
                if !e.key_location.trim().is_empty() {
                    let _ = write!(text, " and kept in {}", e.key_location.trim());
                }
                text.push('.');
            } else if !e.key_location.trim().is_empty() {
                let _ = write!(text, " The key is kept in {}.", e.key_location.trim());
            }
            if let Some(d) = e.verified_on {
                let _ = write!(text, " Checked on {}.", format::date(d));
            }
            text
        })
        .collect();
    bullets(items)
}

fn initial_backup_section(plan: &Plan) -> Vec<Block> {
    let items: Vec<String> = plan
        .initial_backups
        .iter()
        .map(|b| {
            let what = b.system_type.map_or_else(
                || "an unnamed kind of system".to_owned(),
                |t| in_sentence(&t.label(ENGLISH)),
            );
            let mut text = match b.status {
                Some(InitialStatus::Succeeded) => {
                    format!("The first full backup of {what} succeeded")
                }
                Some(InitialStatus::Failed) => format!("The first full backup of {what} failed"),
                Some(InitialStatus::InProgress) => {
                    format!("The first full backup of {what} is under way")
                }
                Some(InitialStatus::NotStarted) | None => {
                    format!("The first full backup of {what} has not started yet")
                }
            };
            if let Some(d) = b.date {
                let _ = write!(text, " on {}", format::date(d));
            }
            text.push('.');
            let mut facts = Vec::new();
            if let Some(h) = b.duration_hours {
                facts.push(format!("took {} hours", format::number(h)));
            }
            if let Some(gb) = b.size_gb {
                facts.push(format!("came to {} GB", format::number(gb)));
            }
            if !facts.is_empty() {
                let _ = write!(text, " It {}.", format::join_and(&facts));
            }
            if !b.notes.trim().is_empty() {
                let _ = write!(text, " Lessons learned: {}", b.notes.trim());
            }
            text
        })
        .collect();
    bullets(items)
}

fn monitoring_section(plan: &Plan) -> Vec<Block> {
    let m = &plan.monitoring;
    if m.checker.trim().is_empty()
        && m.method.is_none()
        && m.how_often.is_none()
        && m.errors.is_empty()
    {
        return Vec::new();
    }
    let mut blocks = Vec::new();
    if !m.checker.trim().is_empty() || m.method.is_some() || m.how_often.is_some() {
        let who = if m.checker.trim().is_empty() {
            "Someone still to be named"
        } else {
            m.checker.trim()
        };
        let mut text = format!("{who} checks that the backups ran");
        if let Some(f) = m.how_often {
            let _ = write!(text, " {}", how_often(f));
        }
        if let Some(method) = m.method {
            let _ = write!(text, ", by {}", method.label(ENGLISH).to_lowercase());
        }
        text.push('.');
        blocks.push(Block::Paragraph { text });
    }
    if m.errors.is_empty() {
        blocks.push(Block::Paragraph {
            text: "No backup errors are recorded.".to_owned(),
        });
    } else {
        blocks.push(Block::Paragraph {
            text: "Errors recorded and what was done:".to_owned(),
        });
        blocks.push(Block::Table {
            table: step_table(plan, columns::ERRORS, &m.errors),
        });
    }
    blocks
}

fn restore_section(plan: &Plan) -> Vec<Block> {
    let cadence = Block::Paragraph {
        text: match plan.restore_test_months() {
            1 => "A restore is tested every month.".to_owned(),
            months => format!("A restore is tested every {months} months."),
        },
    };
    if plan.restore_tests.is_empty() {
        return if plan.restore_test_every_months.is_some() {
            vec![cadence]
        } else {
            Vec::new()
        };
    }
    let count = plan.restore_tests.len();
    vec![
        cadence,
        Block::Paragraph {
            text: format!(
                "{} recorded; the records are in the section \"Restore tests\" below. Data is always restored to a separate place, never over the original.",
                if count == 1 {
                    "One restore test is".to_owned()
                } else {
                    format!("{count} restore tests are")
                }
            ),
        },
    ]
}

fn approval_section(plan: &Plan) -> Vec<Block> {
    let block = approval_block(plan);
    if plan.approval.decision.is_none() && plan.approval.approver.trim().is_empty() {
        return Vec::new();
    }
    let mut blocks = vec![Block::Paragraph {
        text: format!("{}.", block.summary),
    }];
    if !block.comment.is_empty() {
        blocks.push(Block::Paragraph {
            text: format!("Comment: {}", block.comment),
        });
    }
    blocks
}

fn log_review_section(plan: &Plan) -> Vec<Block> {
    let r = &plan.log_reviews;
    let mut blocks = Vec::new();
    if !r.reviewer.trim().is_empty() || r.cadence.is_some() {
        let who = if r.reviewer.trim().is_empty() {
            "Someone still to be named"
        } else {
            r.reviewer.trim()
        };
        let mut text = format!("{who} reads the backup logs from end to end");
        if let Some(f) = r.cadence {
            let _ = write!(text, " {}", how_often(f));
        }
        text.push('.');
        blocks.push(Block::Paragraph { text });
    }
    if !r.entries.is_empty() {
        blocks.push(Block::Table {
            table: step_table(plan, columns::LOG_REVIEWS, &r.entries),
        });
    }
    blocks
}

fn documentation_section(plan: &Plan) -> Vec<Block> {
    let d = &plan.documentation;
    let mut blocks = Vec::new();
    if !d.version.trim().is_empty() {
        blocks.push(Block::Paragraph {
            text: format!("This is version {} of the procedure.", d.version.trim()),
        });
    }
    if let Some(next) = plan.identity.next_review {
        blocks.push(Block::Paragraph {
            text: format!("It is reviewed again by {}.", format::date(next)),
        });
    }
    if !d.history.is_empty() {
        blocks.push(Block::Paragraph {
            text: "Its revision history is in the document control at the start.".to_owned(),
        });
    }
    blocks
}

fn training_section(plan: &Plan) -> Vec<Block> {
    plan.training
        .sessions
        .iter()
        .flat_map(|s| {
            let mut text = format!("\"{}\"", or_dash(&s.title));
            if let Some(d) = s.date {
                let _ = write!(text, " on {}", format::date(d));
            }
            if let Some(t) = s.start_time {
                let _ = write!(text, " at {}", format::time(t));
            }
            if let Some(m) = s.duration_minutes {
                let _ = write!(text, " for {m} minutes");
            }
            if !s.place.trim().is_empty() {
                let _ = write!(text, ", in {}", s.place.trim());
            }
            if !s.trainer.trim().is_empty() {
                let _ = write!(text, ", given by {}", s.trainer.trim());
            }
            text.push('.');
            let invited: Vec<String> = s.attendees.iter().map(|a| or_dash(&a.name)).collect();
            let came: Vec<String> = s
                .attendees
                .iter()
                .filter(|a| a.attended)
                .map(|a| or_dash(&a.name))
                .collect();
            let mut blocks = vec![Block::Paragraph { text }];
            if !s.agenda.trim().is_empty() {
                blocks.push(Block::Paragraph {
                    text: format!("Agenda: {}", s.agenda.trim()),
                });
            }
            if !invited.is_empty() {
                blocks.push(Block::Paragraph {
                    text: format!("Invited: {}.", format::join_and(&invited)),
                });
                blocks.push(Block::Paragraph {
                    text: if came.is_empty() {
                        "Attendance has not been recorded.".to_owned()
                    } else {
                        format!("Attended: {}.", format::join_and(&came))
                    },
                });
            }
            blocks
        })
        .collect()
}

fn evaluation_section(plan: &Plan) -> Vec<Block> {
    let e = &plan.evaluation;
    let mut blocks = Vec::new();
    if let Some(d) = e.evaluated_on {
        blocks.push(Block::Paragraph {
            text: format!("The backups were last evaluated on {}.", format::date(d)),
        });
    }
    if let Some(rate) = e.success_rate_percent {
        blocks.push(Block::Paragraph {
            text: format!("{}% of backup runs succeeded.", format::number(rate)),
        });
    }
    if let Some(gb) = e.storage_used_gb {
        blocks.push(Block::Paragraph {
            text: format!("The backups use {} GB of storage.", format::number(gb)),
        });
    }
    for (heading, text) in [
        ("Backup durations", &e.backup_durations),
        ("Restore times against the RTO", &e.restore_times),
        ("What was adjusted", &e.adjustments),
        ("Feedback from staff", &e.feedback),
    ] {
        if !text.trim().is_empty() {
            blocks.push(Block::Paragraph {
                text: format!("{heading}: {}", text.trim()),
            });
        }
    }
    if let Some(d) = e.next_evaluation {
        blocks.push(Block::Paragraph {
            text: format!("The next evaluation is due by {}.", format::date(d)),
        });
    }
    blocks
}

fn section_blocks(plan: &Plan, step: StepId) -> Vec<Block> {
    match step {
        StepId::IdentifySystems => systems_section(plan),
        StepId::AssessCurrent => assessment_section(plan),
        StepId::FrequencyRetention => retention_section(plan),
        StepId::DocumentProcedures => procedures_section(plan),
        StepId::Schedules => schedules_section(plan),
        StepId::Encryption => encryption_section(plan),
        StepId::InitialBackup => initial_backup_section(plan),
        StepId::Monitoring => monitoring_section(plan),
        StepId::RestoreTests => restore_section(plan),
        StepId::Approval => approval_section(plan),
        StepId::LogReview => log_review_section(plan),
        StepId::Documentation => documentation_section(plan),
        StepId::Training => training_section(plan),
        StepId::Evaluation => evaluation_section(plan),
    }
}

fn controls_text(step: &crate::model::steps::StepDef) -> String {
    crate::model::steps::controls_text(step.controls, ENGLISH)
}

/// What changed since the last approved revision; once approved, what that revision changed.
fn changes_section(plan: &Plan) -> (String, Vec<String>) {
    let Some(last) = plan.last_revision() else {
        return (String::new(), Vec::new());
    };
    let pending: Vec<String> = crate::advice::changes::changes(&last.snapshot, plan)
        .into_iter()
        .map(|c| c.text)
        .collect();
    if pending.is_empty() {
        (
            format!("Changes in revision {}", last.revision),
            last.changes.clone(),
        )
    } else {
        (
            format!(
                "Changes since revision {} (not yet approved)",
                last.revision
            ),
            pending,
        )
    }
}

/// Builds the document's data from a plan.
pub fn procedure_data(plan: &Plan, paper: Paper, today: chrono::NaiveDate) -> ProcedureData {
    let sections = STEPS
        .iter()
        .map(|step| {
            let mut blocks = section_blocks(plan, step.id);
            if blocks.is_empty() {
                blocks.push(Block::Empty {
                    text: NOT_RECORDED.to_owned(),
                });
            }
            Section {
                number: step.id.number(),
                title: step.title(ENGLISH).into_owned(),
                controls: controls_text(step),
                blocks,
            }
        })
        .collect();
    let appendix = Table {
        columns: vec!["Step", "Title", "ISO/IEC 27002:2022 controls"],
        rows: STEPS
            .iter()
            .map(|s| {
                vec![
                    s.id.number().to_string(),
                    s.title(ENGLISH).into_owned(),
                    controls_text(s),
                ]
            })
            .collect(),
    };
    let (changes_heading, changes) = changes_section(plan);
    let (findings_summary, findings) = findings_section(plan, today);
    let p = &plan.procedures;
    ProcedureData {
        findings_summary,
        findings,
        changes_heading,
        changes,
        paper: crate::documents::typst_paper(paper),
        organisation: plan.identity.organisation.trim().to_owned(),
        title: plan.display_title().to_owned(),
        revision: plan.identity.revision.to_string(),
        printed_on: format::date(today),
        version: plan.documentation.version.trim().to_owned(),
        approval: approval_block(plan),
        next_review: date(plan.identity.next_review),
        // The template writes this table's titles; they are those of `columns::REVISIONS`.
        revisions: step_table(plan, columns::REVISIONS, &plan.documentation.history).rows,
        systems: systems_table(plan),
        duties: duties_table(plan),
        restore_tests: step_table(plan, columns::RESTORE_TESTS, &plan.restore_tests),
        health: crate::documents::health::chapter(plan, today),
        sections,
        signatures: vec![
            Signature {
                role: "Prepared by (responsible for backups)",
                name: p.responsible.trim().to_owned(),
            },
            Signature {
                role: "Approved by",
                name: plan.approval.approver.trim().to_owned(),
            },
        ],
        appendix,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::plan::Schedule;

    fn bullet_texts(blocks: &[Block]) -> Vec<String> {
        blocks
            .iter()
            .flat_map(|b| match b {
                Block::Bullets { items } | Block::Numbered { items } => items.clone(),
                _ => Vec::new(),
            })
            .collect()
    }

    #[test]
    fn a_schedule_reads_as_one_plain_sentence() {
        let mut plan = Plan::new(chrono::NaiveDate::from_ymd_opt(2026, 3, 1).unwrap());
        let id = plan.add_system().id;
        plan.add_system().name = "E-mail".into();
        plan.schedules.push(Schedule {
            system: Some(id),
            frequency: Some(Frequency::BiWeekly),
            backup_type: Some(BackupType::Incremental),
            start_time: chrono::NaiveTime::from_hms_opt(22, 30, 0),
            tool: "  Veeam ".into(),
            ..Schedule::default()
        });
        plan.schedules.push(Schedule::default());
        let items = bullet_texts(&schedules_section(&plan));
        assert_eq!(
            items[0],
            "System 1 gets an incremental backup every two weeks, starting at 22:30, run by \
             Veeam. It has not been seen working yet."
        );
        assert_eq!(
            items[1],
            "no system chosen gets a backup. It has not been seen working yet."
        );
    }

    /// Answers of "Not sure" and "Done by the provider" read as plain sentences that say
    /// what is still to be found out.
    #[test]
    fn unknown_answers_say_they_must_be_found_out() {
        use crate::model::options::SystemType;
        let mut plan = crate::model::sample::example();
        plan.encryption[0].method = Some(Encryption::ByProvider);
        plan.encryption[0].scope = Some(EncryptionScope::NotSure);
        plan.encryption[1].method = Some(Encryption::NotSure);
        let items = bullet_texts(&encryption_section(&plan));
        assert!(
            items[0].starts_with(
                "Copies at NAS in the server cupboard are encrypted by the provider; whether \
                 while stored, while being sent or both is still to be found out. The key is"
            ),
            "{}",
            items[0]
        );
        assert!(
            items[1].starts_with(
                "Nobody knows yet whether copies at Cloud backup are encrypted: this must be \
                 found out. The key"
            ),
            "{}",
            items[1]
        );

        plan.schedules[0].backup_type = Some(BackupType::NotSure);
        assert!(bullet_texts(&schedules_section(&plan))[0].starts_with(
            "Accounting (Sage 50) gets a backup (of a type still to be found out) every hour"
        ),);

        plan.assessment.current_solution = Some(CurrentSolution::NotSure);
        let Some(Block::Paragraph { text }) = assessment_section(&plan).into_iter().next() else {
            panic!("the assessment starts with a paragraph");
        };
        assert_eq!(
            text,
            "Nobody knows yet how backups were made before this plan: this must be found out."
        );

        assert_eq!(
            in_sentence(&SystemType::PcsAndLaptops.label(ENGLISH)),
            "PCs and laptops"
        );
        assert_eq!(
            in_sentence(&SystemType::Nas.label(ENGLISH)),
            "NAS (network storage)"
        );
        assert_eq!(
            in_sentence(&SystemType::CloudServices.label(ENGLISH)),
            "cloud services (such as Microsoft 365)"
        );
        assert_eq!(
            in_sentence(&SystemType::FileServers.label(ENGLISH)),
            "file servers"
        );
    }

    #[test]
    fn a_steps_table_has_the_windows_columns_and_dashes_for_what_is_missing() {
        let mut plan = crate::model::sample::example();
        plan.monitoring
            .errors
            .push(crate::model::plan::ErrorEntry::default());
        let today = chrono::NaiveDate::from_ymd_opt(2026, 3, 16).unwrap();
        let data = procedure_data(&plan, Paper::A4, today);
        let titles: Vec<&str> = columns::RESTORE_TESTS.iter().map(|c| c.title).collect();
        assert_eq!(data.restore_tests.columns, titles);
        assert_eq!(data.restore_tests.rows[0][0], "2026-02-12");
        assert_eq!(data.restore_tests.rows[0][5], "0.25");

        let errors = step_table(&plan, columns::ERRORS, &plan.monitoring.errors);
        assert_eq!(
            errors.rows.last().unwrap(),
            &["–", crate::model::plan::NO_SYSTEM, "–", "–"]
        );
        assert_eq!(
            systems_table(&plan).columns[..5],
            ["System", "Department", "Owner", "Kind of data", "Frequency"]
        );
    }

    #[test]
    fn a_system_takes_its_most_frequent_schedule_and_its_datas_retention() {
        let mut plan = Plan::new(chrono::NaiveDate::from_ymd_opt(2026, 3, 1).unwrap());
        let system = plan.add_system().clone();
        for frequency in [Frequency::Weekly, Frequency::Hourly, Frequency::Monthly] {
            plan.schedules.push(Schedule {
                system: Some(system.id),
                frequency: Some(frequency),
                ..Schedule::default()
            });
        }
        assert_eq!(frequency_for(&plan, &system), Some(Frequency::Hourly));
        assert_eq!(retention_for(&plan, &system), None, "no kind of data yet");
        assert_eq!(how_often(Frequency::BiWeekly), "every two weeks");
    }
}
