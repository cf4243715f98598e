//! The backup procedure document: the plan's answers turned into plain procedure text.
//!
//! Everything here is data for the template (`assets/templates/procedure.typ`): the
//! sentences are written in Rust, where they can be tested, and the template only lays
//! them out. Every word comes from `documents.ftl` in the plan's document language
//! (`plan.identity.document_language`), the headings and labels the template prints
//! included, so the template holds no language of its own.

use std::borrow::Cow;
use std::collections::BTreeMap;

use serde::Serialize;

use crate::documents::{Typed, comma_list, flag, step_line, system_label, system_name, typed};
use crate::i18n::Language;
use crate::model::columns::{self, Column, Value};
use crate::model::format;
use crate::model::options::Paper;
use crate::model::options::{
    BackupType, CurrentSolution, DestinationKind, Encryption, EncryptionScope, Frequency,
    InitialStatus, OptionList, RetentionPeriod, RetentionReason,
};
use crate::model::plan::{ApprovalState, Plan, System};
use crate::model::steps::{STEPS, StepDef, StepId};

/// What the template needs to lay out the procedure.
#[derive(Debug, Serialize)]
pub struct ProcedureData {
    /// The document's language code ("en", "de"), for typst's hyphenation and quotes.
    pub lang: &'static str,
    pub paper: &'static str,
    /// The fixed words the template prints (headings, labels, the footer), by name:
    /// see [`WORDS`]. "page" holds `{page}` and `{pages}` for the template to fill in.
    pub words: BTreeMap<&'static str, String>,
    pub organisation: String,
    pub title: String,
    pub revision: String,
    pub printed_on: String,
    pub version: String,
    pub approval: ApprovalBlock,
    pub next_review: String,
    /// The column titles of the revision history (those of `columns::REVISIONS`).
    pub revision_columns: Vec<Cow<'static, str>>,
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
    pub columns: Vec<Cow<'static, str>>,
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
    /// The section's heading: "5. Create backup schedules".
    pub heading: String,
    pub controls: String,
    /// The controls as printed under the heading: "ISO/IEC 27002:2022: 8.13 ...".
    pub controls_line: String,
    pub blocks: Vec<Block>,
}

/// One open finding of the adviser, as the document lists it.
#[derive(Debug, Serialize)]
pub struct FindingItem {
    /// The severity's word: "High".
    pub severity: String,
    /// The severity for the template's colour, the same in every language: "high",
    /// "medium" or "low".
    pub level: &'static str,
    /// "Step 6. Verify backup encryption methods"
    pub step: String,
    pub title: String,
    /// The finding's first line as printed: "Medium: Some systems lack an owner...".
    pub heading: String,
    pub details: Vec<String>,
    pub advice: String,
    /// "What to do: ..." as printed.
    pub advice_line: String,
    pub controls: String,
    /// "ISO/IEC 27002:2022: ..." as printed.
    pub controls_line: String,
}

/// A line to sign on.
#[derive(Debug, Serialize)]
pub struct Signature {
    pub role: String,
    pub name: String,
}

/// The fixed words of the template, by the name it reads them by, and their messages.
const WORDS: [(&str, &str); 26] = [
    ("cover_kind", "procedure-cover-kind"),
    ("revision", "procedure-label-revision"),
    ("version", "procedure-label-version"),
    ("approval", "procedure-label-approval"),
    ("next_review", "procedure-label-next-review"),
    ("printed_on", "procedure-label-printed-on"),
    ("comment", "procedure-label-comment"),
    ("cover_note", "procedure-cover-note"),
    ("control", "procedure-heading-control"),
    ("no_revisions", "procedure-no-revisions"),
    ("systems", "procedure-heading-systems"),
    ("systems_note", "procedure-systems-note"),
    ("no_systems", "procedure-no-systems"),
    ("duties", "procedure-heading-duties"),
    ("no_duties", "procedure-no-duties"),
    ("steps", "procedure-heading-steps"),
    ("restore_tests", "procedure-heading-restore-tests"),
    ("no_restore_tests", "procedure-no-restore-tests"),
    ("health", "procedure-heading-health"),
    ("findings", "procedure-heading-findings"),
    ("sign_off", "procedure-heading-sign-off"),
    ("sign_off_text", "procedure-sign-off"),
    ("name", "procedure-signature-name"),
    ("signature", "procedure-signature-signature"),
    ("date", "procedure-signature-date"),
    ("appendix", "procedure-heading-appendix"),
];

/// The words the template prints, in `language`, with the footer's for this plan.
fn words(
    plan: &Plan,
    language: Language,
    today: chrono::NaiveDate,
) -> BTreeMap<&'static str, String> {
    let mut words: BTreeMap<&'static str, String> = WORDS
        .iter()
        .map(|(name, message)| (*name, say!(language, message)))
        .collect();
    words.insert(
        "footer",
        say!(
            language,
            "procedure-footer",
            revision = plan.identity.revision.to_string(),
            date = language.formats().date(today)
        ),
    );
    // The template puts the page's number and the count of pages in their place.
    words.insert(
        "page",
        say!(
            language,
            "procedure-page",
            page = "{page}",
            pages = "{pages}"
        ),
    );
    words
}

/// How many lines of a finding's details the document prints before "and N more".
const FINDING_DETAILS: usize = 8;

fn findings_section(
    plan: &Plan,
    language: Language,
    today: chrono::NaiveDate,
) -> (String, Vec<FindingItem>) {
    use crate::advice::adviser::{self, Severity};
    let findings = adviser::check(plan, today);
    let date = language.formats().date(today);
    let summary = if findings.is_empty() {
        say!(language, "procedure-findings-none", date = date)
    } else {
        say!(
            language,
            "procedure-findings-some",
            date = date,
            summary = adviser::summary(&findings, language)
        )
    };
    let items = findings
        .iter()
        .map(|f| {
            let all = f.details(language);
            let mut details: Vec<String> = all.iter().take(FINDING_DETAILS).cloned().collect();
            if all.len() > FINDING_DETAILS {
                details.push(say!(
                    language,
                    "procedure-finding-more",
                    count = all.len() - FINDING_DETAILS
                ));
            }
            let severity = String::from(f.rule.severity.label(language));
            let title = String::from(f.rule.title(language));
            let advice = String::from(f.rule.advice(language));
            let controls = crate::model::steps::controls_text(f.rule.controls, language);
            FindingItem {
                heading: say!(
                    language,
                    "procedure-finding-heading",
                    severity = &severity,
                    title = &title
                ),
                level: match f.rule.severity {
                    Severity::High => "high",
                    Severity::Medium => "medium",
                    Severity::Low => "low",
                },
                severity,
                step: step_line(language, f.rule.step.def()),
                title,
                details,
                advice_line: say!(language, "procedure-finding-advice", advice = &advice),
                advice,
                controls_line: say!(language, "procedure-controls", controls = &controls),
                controls,
            }
        })
        .collect();
    (summary, items)
}

/// The storage estimate as a table and the sentences around it, for step 5, worded as
/// `advice::estimate` words it.
fn estimate_blocks(plan: &Plan, language: Language) -> Vec<Block> {
    use crate::advice::estimate;
    let e = estimate::estimate(plan);
    if e.systems.is_empty() {
        return Vec::new();
    }
    let rows = e.systems.iter().map(|s| s.row(language).into()).collect();
    let mut blocks = vec![
        Block::Paragraph {
            text: say!(language, "procedure-estimate-intro"),
        },
        Block::Table {
            table: Table {
                columns: estimate::columns(language).into(),
                rows,
            },
        },
    ];
    let mut sentences = vec![
        e.summary_in(language),
        say!(
            language,
            "procedure-estimate-assumed",
            days = e.full_every_days,
            percent = Typed(e.saving_percent)
        ),
    ];
    if e.grows {
        sentences.push(say!(language, "procedure-estimate-grows"));
    }
    sentences.extend(e.unknown_type_text(language));
    blocks.push(Block::Paragraph {
        text: sentences.join(" "),
    });
    if !e.unestimated.is_empty() {
        blocks.push(Block::Paragraph {
            text: e.unestimated_text(language),
        });
    }
    blocks
}

/// What a document puts where a value is missing: "–".
fn none(language: Language) -> String {
    say!(language, "doc-none")
}

/// Whether `language` writes an option's label in lower case inside a sentence ("file
/// servers"); German keeps its nouns' capitals.
fn lowers_labels(language: Language) -> bool {
    language.text("doc-labels-lowercase") != "no"
}

/// A label as it reads inside a sentence: its first letter in lower case, unless it starts
/// a name or an abbreviation ("PCs and laptops", "NAS (network storage)"), or the
/// language keeps its capitals.
fn in_sentence(language: Language, label: &str) -> String {
    if !lowers_labels(language) {
        return label.to_owned();
    }
    let mut chars = label.chars();
    match (chars.next(), chars.next()) {
        (Some(first), Some(second)) if !second.is_uppercase() => {
            first.to_lowercase().chain(label.chars().skip(1)).collect()
        }
        _ => label.to_owned(),
    }
}

/// A label all in lower case, for the middle of a sentence, where the language writes it
/// so.
fn lowered(language: Language, label: &str) -> String {
    if lowers_labels(language) {
        label.to_lowercase()
    } else {
        label.to_owned()
    }
}

fn or_dash(language: Language, text: &str) -> String {
    let text = text.trim();
    if text.is_empty() {
        none(language)
    } else {
        text.to_owned()
    }
}

fn label<T: OptionList>(language: Language, value: Option<T>) -> String {
    value.map_or_else(|| none(language), |v| v.label(language).into_owned())
}

fn date(language: Language, value: Option<chrono::NaiveDate>) -> String {
    value.map_or_else(|| none(language), |d| language.formats().date(d))
}

fn hours(language: Language, value: Option<f64>) -> String {
    value.map_or_else(
        || none(language),
        |h| say!(language, "procedure-hours", hours = Typed(h)),
    )
}

/// What a destination is called where a sentence or a cell names it.
fn destination_name(
    plan: &Plan,
    language: Language,
    id: Option<crate::model::plan::DestinationId>,
) -> String {
    id.and_then(|id| plan.destination(id)).map_or_else(
        || say!(language, "procedure-destination-unnamed"),
        |d| or_dash(language, &d.name),
    )
}

/// The cell of `column` in `row`, as the document writes it.
fn cell<R>(plan: &Plan, language: Language, column: &Column<R>, row: &R) -> String {
    match column.field.value(row) {
        Value::Empty | Value::NotSet => none(language),
        Value::Text(text) => text.to_owned(),
        Value::Choice(message) => language.text(message).into_owned(),
        Value::Number(number) => typed(language, number),
        Value::Date(day) => language.formats().date(day),
        Value::Time(time) => format::time(time),
        Value::Flag(flag) => say!(language, if flag { "doc-yes" } else { "doc-no" }),
        Value::System(id) => system_name(language, plan, id),
        Value::Destination(id) => destination_name(plan, language, id),
    }
}

/// A table a step keeps, with the columns the window shows it in (`model::columns`).
fn step_table<R>(plan: &Plan, language: Language, columns: &[Column<R>], rows: &[R]) -> Table {
    Table {
        columns: columns.iter().map(|c| c.title(language)).collect(),
        rows: rows
            .iter()
            .map(|row| {
                columns
                    .iter()
                    .map(|c| cell(plan, language, c, row))
                    .collect()
            })
            .collect(),
    }
}

/// The key the messages choose how often something happens by (`{ $often -> ... }`).
fn often(frequency: Option<Frequency>) -> &'static str {
    match frequency {
        Some(Frequency::Hourly) => "hourly",
        Some(Frequency::Daily) => "daily",
        Some(Frequency::Weekly) => "weekly",
        Some(Frequency::BiWeekly) => "biweekly",
        Some(Frequency::Monthly) => "monthly",
        None => "none",
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
fn encryption_summary(plan: &Plan, language: Language) -> String {
    let mut methods: Vec<Encryption> = plan.encryption.iter().filter_map(|e| e.method).collect();
    methods.sort();
    methods.dedup();
    if methods.is_empty() {
        none(language)
    } else {
        let labels: Vec<Cow<'static, str>> = methods.iter().map(|m| m.label(language)).collect();
        comma_list(language, &labels)
    }
}

fn systems_table(plan: &Plan, language: Language) -> Table {
    let encryption = encryption_summary(plan, language);
    // An overview across the steps: the columns it shares with a step's table take their
    // titles and cells from there.
    Table {
        columns: vec![
            columns::SYSTEM_NAME.title(language),
            columns::DEPARTMENT.title(language),
            columns::OWNER.title(language),
            columns::KIND_OF_DATA.title(language),
            columns::FREQUENCY.title(language),
            language.text("procedure-systems-column-retention"),
            language.text("procedure-systems-column-encryption"),
            language.text("procedure-systems-column-rpo"),
            language.text("procedure-systems-column-rto"),
        ],
        rows: plan
            .systems
            .iter()
            .enumerate()
            .map(|(i, s)| {
                vec![
                    system_label(language, s, i),
                    cell(plan, language, &columns::DEPARTMENT, s),
                    cell(plan, language, &columns::OWNER, s),
                    cell(plan, language, &columns::KIND_OF_DATA, s),
                    label(language, frequency_for(plan, s)),
                    label(language, retention_for(plan, s)),
                    encryption.clone(),
                    hours(language, s.rpo_hours),
                    hours(language, s.rto_hours),
                ]
            })
            .collect(),
    }
}

/// The key the messages choose a backup type by.
fn backup_type(kind: Option<BackupType>) -> &'static str {
    match kind {
        Some(BackupType::Full) => "full",
        Some(BackupType::Incremental) => "incremental",
        Some(BackupType::Differential) => "differential",
        Some(BackupType::NotSure) => "not-sure",
        None => "none",
    }
}

fn duties_table(plan: &Plan, language: Language) -> Table {
    let p = &plan.procedures;
    let mut rows = Vec::new();
    if !p.responsible.trim().is_empty() {
        rows.push(vec![
            p.responsible.trim().to_owned(),
            say!(language, "procedure-duty-responsible"),
            say!(language, "procedure-duty-always"),
        ]);
    }
    if !p.deputy.trim().is_empty() {
        rows.push(vec![
            p.deputy.trim().to_owned(),
            say!(language, "procedure-duty-deputy"),
            say!(language, "procedure-duty-deputy-when"),
        ]);
    }
    for schedule in &plan.schedules {
        let who = if schedule.tool.trim().is_empty() {
            say!(language, "procedure-duty-software")
        } else {
            schedule.tool.trim().to_owned()
        };
        let what = say!(
            language,
            "procedure-duty-backs-up",
            system = system_name(language, plan, schedule.system),
            kind = backup_type(schedule.backup_type),
            label = schedule
                .backup_type
                .map(|t| lowered(language, &t.label(language)))
                .unwrap_or_default()
        );
        let mut when = label(language, schedule.frequency);
        if let Some(start) = schedule.start_time {
            when = say!(
                language,
                "procedure-duty-when-from",
                when = when,
                time = format::time(start)
            );
        }
        rows.push(vec![who, what, when]);
    }
    let m = &plan.monitoring;
    if !m.checker.trim().is_empty() {
        rows.push(vec![
            m.checker.trim().to_owned(),
            say!(
                language,
                "procedure-duty-checks",
                known = flag(m.method.is_some()),
                method = m
                    .method
                    .map(|x| lowered(language, &x.label(language)))
                    .unwrap_or_default()
            ),
            label(language, m.how_often),
        ]);
    }
    let r = &plan.log_reviews;
    if !r.reviewer.trim().is_empty() {
        rows.push(vec![
            r.reviewer.trim().to_owned(),
            say!(language, "procedure-duty-reads-logs"),
            label(language, r.cadence),
        ]);
    }
    Table {
        columns: vec![
            language.text("procedure-duties-column-who"),
            language.text("procedure-duties-column-what"),
            language.text("procedure-duties-column-when"),
        ],
        rows,
    }
}

fn approval_block(plan: &Plan, language: Language) -> ApprovalBlock {
    let a = &plan.approval;
    let who = if a.role.trim().is_empty() {
        or_dash(language, &a.approver)
    } else {
        say!(
            language,
            "procedure-approver-role",
            approver = or_dash(language, &a.approver),
            role = a.role.trim()
        )
    };
    let on = a
        .date
        .map(|d| language.formats().date(d))
        .unwrap_or_default();
    let state = plan.approval_state();
    let message = match state {
        ApprovalState::Approved => "procedure-approval-approved",
        ApprovalState::Outdated => "procedure-approval-outdated",
        ApprovalState::ChangesRequested => "procedure-approval-changes-requested",
        ApprovalState::Rejected => "procedure-approval-rejected",
        ApprovalState::NotDecided => "procedure-approval-none",
    };
    let summary = say!(
        language,
        message,
        who = who,
        dated = flag(a.date.is_some()),
        date = on
    );
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

/// One system of step 1 in sentences: who owns it, where it lives, its size and targets.
fn system_text(language: Language, index: usize, s: &System) -> String {
    let name = system_label(language, s, index);
    let mut about = Vec::new();
    if let Some(d) = s.department {
        about.push(d.label(language).into_owned());
    }
    if let Some(k) = s.data_kind {
        about.push(lowered(language, &k.label(language)));
    }
    if let Some(t) = s.system_type {
        about.push(in_sentence(language, &t.label(language)));
    }
    let system = if about.is_empty() {
        name
    } else {
        say!(
            language,
            "procedure-system-about",
            system = name,
            about = comma_list(language, &about)
        )
    };
    let mut sentences = vec![say!(
        language,
        "procedure-system-owner",
        system = system,
        owned = flag(!s.owner.trim().is_empty()),
        owner = s.owner.trim(),
        placed = flag(!s.location.trim().is_empty()),
        location = s.location.trim()
    )];
    if let Some(size) = s.size_gb {
        sentences.push(say!(
            language,
            "procedure-system-size",
            size = Typed(size),
            changing = flag(s.daily_change_percent.is_some()),
            change = Typed(s.daily_change_percent.unwrap_or_default())
        ));
    }
    if let Some(rpo) = s.rpo_hours {
        sentences.push(say!(language, "procedure-system-rpo", hours = Typed(rpo)));
    }
    if let Some(rto) = s.rto_hours {
        sentences.push(say!(language, "procedure-system-rto", hours = Typed(rto)));
    }
    if !s.redundancy.trim().is_empty() {
        sentences.push(say!(
            language,
            "procedure-system-redundancy",
            redundancy = s.redundancy.trim()
        ));
    }
    sentences.join(" ")
}

fn systems_section(plan: &Plan, language: Language) -> Vec<Block> {
    if plan.systems.is_empty() {
        return Vec::new();
    }
    vec![
        Block::Paragraph {
            text: say!(
                language,
                "procedure-systems-count",
                count = plan.systems.len()
            ),
        },
        Block::Bullets {
            items: plan
                .systems
                .iter()
                .enumerate()
                .map(|(i, s)| system_text(language, i, s))
                .collect(),
        },
    ]
}

fn assessment_section(plan: &Plan, language: Language) -> Vec<Block> {
    let a = &plan.assessment;
    let mut blocks = Vec::new();
    match a.current_solution {
        Some(CurrentSolution::NotSure) => blocks.push(Block::Paragraph {
            text: say!(language, "procedure-assessment-unknown"),
        }),
        Some(solution) => blocks.push(Block::Paragraph {
            text: say!(
                language,
                "procedure-assessment-solution",
                solution = solution.label(language)
            ),
        }),
        None => {}
    }
    for (message, text) in [
        ("procedure-assessment-works", &a.what_works),
        ("procedure-assessment-gaps", &a.gaps),
        ("procedure-assessment-consulted", &a.consulted),
    ] {
        if !text.trim().is_empty() {
            blocks.push(Block::Paragraph {
                text: say!(language, message, text = text.trim()),
            });
        }
    }
    blocks
}

fn retention_section(plan: &Plan, language: Language) -> Vec<Block> {
    let items: Vec<String> = plan
        .retention
        .iter()
        .map(|r| {
            let kind = r.data_kind.map_or_else(
                || say!(language, "procedure-retention-unnamed-kind"),
                |k| k.label(language).into_owned(),
            );
            let mut text = say!(
                language,
                "procedure-retention",
                kind = kind,
                period = match r.period {
                    Some(RetentionPeriod::Indefinitely) => "indefinitely",
                    Some(_) => "set",
                    None => "none",
                },
                time = r.period.map(|p| p.label(language)).unwrap_or_default(),
                reason = match r.reason {
                    Some(RetentionReason::Law) => "law",
                    Some(RetentionReason::Contract) => "contract",
                    Some(RetentionReason::Business) => "business",
                    None => "none",
                }
            );
            if !r.note.trim().is_empty() {
                text.push(' ');
                text.push_str(r.note.trim());
            }
            text
        })
        .collect();
    bullets(items)
}

fn procedures_section(plan: &Plan, language: Language) -> Vec<Block> {
    let p = &plan.procedures;
    let mut blocks = Vec::new();
    let (who, deputy) = (p.responsible.trim(), p.deputy.trim());
    let message = match (who, deputy) {
        ("", "") => None,
        (_, "") => Some("procedure-responsible"),
        ("", _) => Some("procedure-deputy-only"),
        (_, _) => Some("procedure-responsible-and-deputy"),
    };
    if let Some(message) = message {
        blocks.push(Block::Paragraph {
            text: say!(language, message, who = who, deputy = deputy),
        });
    }
    if !p.destinations.is_empty() {
        blocks.push(Block::Paragraph {
            text: say!(language, "procedure-destinations-intro"),
        });
        blocks.push(Block::Bullets {
            items: p
                .destinations
                .iter()
                .map(|d| {
                    say!(
                        language,
                        "procedure-destination",
                        name = or_dash(language, &d.name),
                        kind = match d.kind {
                            Some(DestinationKind::OnSite) => "on-site",
                            Some(DestinationKind::OffSite) => "off-site",
                            Some(DestinationKind::Offline) => "offline",
                            None => "none",
                        },
                        placed = flag(!d.location.trim().is_empty()),
                        location = d.location.trim()
                    )
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
            text: say!(language, "procedure-routine-intro"),
        });
        blocks.push(Block::Numbered { items: steps });
    }
    if !p.escalation.is_empty() {
        blocks.push(Block::Paragraph {
            text: say!(language, "procedure-escalation-intro"),
        });
        blocks.push(Block::Table {
            table: step_table(plan, language, columns::CONTACTS, &p.escalation),
        });
    }
    if !p.media_handling.trim().is_empty() {
        blocks.push(Block::Paragraph {
            text: say!(language, "procedure-media", text = p.media_handling.trim()),
        });
    }
    blocks
}

fn schedules_section(plan: &Plan, language: Language) -> Vec<Block> {
    let items: Vec<String> = plan
        .schedules
        .iter()
        .map(|s| {
            let mut text = say!(
                language,
                "procedure-schedule",
                system = system_name(language, plan, s.system),
                kind = backup_type(s.backup_type),
                often = often(s.frequency),
                started = flag(s.start_time.is_some()),
                start = s.start_time.map(format::time).unwrap_or_default(),
                run = flag(!s.tool.trim().is_empty()),
                tool = s.tool.trim()
            );
            text.push(' ');
            text.push_str(&match s.tested_on {
                Some(d) => say!(
                    language,
                    "procedure-schedule-tested",
                    date = language.formats().date(d)
                ),
                None => say!(language, "procedure-schedule-untested"),
            });
            text
        })
        .collect();
    let mut blocks = bullets(items);
    if !blocks.is_empty() {
        blocks.extend(estimate_blocks(plan, language));
    }
    blocks
}

/// The key the encryption sentence chooses what is protected by: nothing is said of it
/// when whether anything is remains unknown.
fn encryption_scope(check: &crate::model::plan::EncryptionCheck) -> &'static str {
    if check.method == Some(Encryption::NotSure) {
        return "none";
    }
    match check.scope {
        Some(EncryptionScope::AtRest) => "at-rest",
        Some(EncryptionScope::InTransit) => "in-transit",
        Some(EncryptionScope::Both) => "both",
        Some(EncryptionScope::NotSure) if check.method.is_some_and(|m| m != Encryption::None) => {
            "not-sure"
        }
        Some(EncryptionScope::NotSure) | None => "none",
    }
}

fn encryption_section(plan: &Plan, language: Language) -> Vec<Block> {
    let items: Vec<String> = plan
        .encryption
        .iter()
        .map(|e| {
            let mut sentences = vec![say!(
                language,
                "procedure-encryption",
                place = destination_name(plan, language, e.destination),
                method = match e.method {
                    Some(Encryption::None) => "none",
                    Some(Encryption::ByProvider) => "provider",
                    Some(Encryption::NotSure) => "not-sure",
                    Some(_) => "other",
                    None => "unset",
                },
                label = e.method.map(|m| m.label(language)).unwrap_or_default(),
                scope = encryption_scope(e)
            )];
            let (holder, place) = (e.key_holder.trim(), e.key_location.trim());
            let key = match (holder, place) {
                ("", "") => None,
                (_, "") => Some("procedure-encryption-key-holder"),
                ("", _) => Some("procedure-encryption-key-place"),
                (_, _) => Some("procedure-encryption-key-holder-place"),
            };
            if let Some(key) = key {
                sentences.push(say!(language, key, holder = holder, place = place));
            }
            if let Some(d) = e.verified_on {
                sentences.push(say!(
                    language,
                    "procedure-encryption-checked",
                    date = language.formats().date(d)
                ));
            }
            sentences.join(" ")
        })
        .collect();
    bullets(items)
}

fn initial_backup_section(plan: &Plan, language: Language) -> Vec<Block> {
    let items: Vec<String> = plan
        .initial_backups
        .iter()
        .map(|b| {
            let what = b.system_type.map_or_else(
                || say!(language, "procedure-initial-unnamed-kind"),
                |t| in_sentence(language, &t.label(language)),
            );
            let mut sentences = vec![say!(
                language,
                "procedure-initial",
                what = what,
                status = match b.status {
                    Some(InitialStatus::Succeeded) => "succeeded",
                    Some(InitialStatus::Failed) => "failed",
                    Some(InitialStatus::InProgress) => "in-progress",
                    Some(InitialStatus::NotStarted) | None => "not-started",
                },
                dated = flag(b.date.is_some()),
                date = date(language, b.date)
            )];
            if b.duration_hours.is_some() || b.size_gb.is_some() {
                sentences.push(say!(
                    language,
                    "procedure-initial-facts",
                    timed = flag(b.duration_hours.is_some()),
                    hours = Typed(b.duration_hours.unwrap_or_default()),
                    sized = flag(b.size_gb.is_some()),
                    size = Typed(b.size_gb.unwrap_or_default())
                ));
            }
            if !b.notes.trim().is_empty() {
                sentences.push(say!(
                    language,
                    "procedure-initial-lessons",
                    notes = b.notes.trim()
                ));
            }
            sentences.join(" ")
        })
        .collect();
    bullets(items)
}

fn monitoring_section(plan: &Plan, language: Language) -> Vec<Block> {
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
        blocks.push(Block::Paragraph {
            text: say!(
                language,
                "procedure-monitoring",
                named = flag(!m.checker.trim().is_empty()),
                who = m.checker.trim(),
                often = often(m.how_often),
                known = flag(m.method.is_some()),
                method = m
                    .method
                    .map(|x| lowered(language, &x.label(language)))
                    .unwrap_or_default()
            ),
        });
    }
    if m.errors.is_empty() {
        blocks.push(Block::Paragraph {
            text: say!(language, "procedure-monitoring-no-errors"),
        });
    } else {
        blocks.push(Block::Paragraph {
            text: say!(language, "procedure-monitoring-errors"),
        });
        blocks.push(Block::Table {
            table: step_table(plan, language, columns::ERRORS, &m.errors),
        });
    }
    blocks
}

fn restore_section(plan: &Plan, language: Language) -> Vec<Block> {
    let cadence = Block::Paragraph {
        text: say!(
            language,
            "procedure-restore-cadence",
            months = plan.restore_test_months()
        ),
    };
    if plan.restore_tests.is_empty() {
        return if plan.restore_test_every_months.is_some() {
            vec![cadence]
        } else {
            Vec::new()
        };
    }
    vec![
        cadence,
        Block::Paragraph {
            text: say!(
                language,
                "procedure-restore-recorded",
                count = plan.restore_tests.len()
            ),
        },
    ]
}

fn approval_section(plan: &Plan, language: Language) -> Vec<Block> {
    let block = approval_block(plan, language);
    if plan.approval.decision.is_none() && plan.approval.approver.trim().is_empty() {
        return Vec::new();
    }
    let mut blocks = vec![Block::Paragraph {
        text: say!(
            language,
            "procedure-approval-sentence",
            approval = &block.summary
        ),
    }];
    if !block.comment.is_empty() {
        blocks.push(Block::Paragraph {
            text: say!(
                language,
                "procedure-approval-comment",
                comment = &block.comment
            ),
        });
    }
    blocks
}

fn log_review_section(plan: &Plan, language: Language) -> Vec<Block> {
    let r = &plan.log_reviews;
    let mut blocks = Vec::new();
    if !r.reviewer.trim().is_empty() || r.cadence.is_some() {
        blocks.push(Block::Paragraph {
            text: say!(
                language,
                "procedure-log-review",
                named = flag(!r.reviewer.trim().is_empty()),
                who = r.reviewer.trim(),
                often = often(r.cadence)
            ),
        });
    }
    if !r.entries.is_empty() {
        blocks.push(Block::Table {
            table: step_table(plan, language, columns::LOG_REVIEWS, &r.entries),
        });
    }
    blocks
}

fn documentation_section(plan: &Plan, language: Language) -> Vec<Block> {
    let d = &plan.documentation;
    let mut blocks = Vec::new();
    if !d.version.trim().is_empty() {
        blocks.push(Block::Paragraph {
            text: say!(
                language,
                "procedure-documentation-version",
                version = d.version.trim()
            ),
        });
    }
    if let Some(next) = plan.identity.next_review {
        blocks.push(Block::Paragraph {
            text: say!(
                language,
                "procedure-documentation-next-review",
                date = language.formats().date(next)
            ),
        });
    }
    if !d.history.is_empty() {
        blocks.push(Block::Paragraph {
            text: say!(language, "procedure-documentation-history"),
        });
    }
    blocks
}

fn training_session_blocks(
    language: Language,
    s: &crate::model::plan::TrainingSession,
) -> Vec<Block> {
    let text = say!(
        language,
        "procedure-training-session",
        title = or_dash(language, &s.title),
        dated = flag(s.date.is_some()),
        date = date(language, s.date),
        timed = flag(s.start_time.is_some()),
        time = s.start_time.map(format::time).unwrap_or_default(),
        lasting = flag(s.duration_minutes.is_some()),
        minutes = s.duration_minutes.unwrap_or_default(),
        placed = flag(!s.place.trim().is_empty()),
        place = s.place.trim(),
        given = flag(!s.trainer.trim().is_empty()),
        trainer = s.trainer.trim()
    );
    let invited: Vec<String> = s
        .attendees
        .iter()
        .map(|a| or_dash(language, &a.name))
        .collect();
    let came: Vec<String> = s
        .attendees
        .iter()
        .filter(|a| a.attended)
        .map(|a| or_dash(language, &a.name))
        .collect();
    let mut blocks = vec![Block::Paragraph { text }];
    if !s.agenda.trim().is_empty() {
        blocks.push(Block::Paragraph {
            text: say!(
                language,
                "procedure-training-agenda",
                agenda = s.agenda.trim()
            ),
        });
    }
    if !invited.is_empty() {
        blocks.push(Block::Paragraph {
            text: say!(
                language,
                "procedure-training-invited",
                people = language.join_and(&invited)
            ),
        });
        blocks.push(Block::Paragraph {
            text: if came.is_empty() {
                say!(language, "procedure-training-no-attendance")
            } else {
                say!(
                    language,
                    "procedure-training-attended",
                    people = language.join_and(&came)
                )
            },
        });
    }
    blocks
}

fn training_section(plan: &Plan, language: Language) -> Vec<Block> {
    plan.training
        .sessions
        .iter()
        .flat_map(|s| training_session_blocks(language, s))
        .collect()
}

fn evaluation_section(plan: &Plan, language: Language) -> Vec<Block> {
    let e = &plan.evaluation;
    let mut blocks = Vec::new();
    let mut add = |text: String| blocks.push(Block::Paragraph { text });
    if let Some(d) = e.evaluated_on {
        add(say!(
            language,
            "procedure-evaluation-date",
            date = language.formats().date(d)
        ));
    }
    if let Some(rate) = e.success_rate_percent {
        add(say!(
            language,
            "procedure-evaluation-success",
            percent = Typed(rate)
        ));
    }
    if let Some(gb) = e.storage_used_gb {
        add(say!(
            language,
            "procedure-evaluation-storage",
            size = Typed(gb)
        ));
    }
    for (message, text) in [
        ("procedure-evaluation-durations", &e.backup_durations),
        ("procedure-evaluation-restore-times", &e.restore_times),
        ("procedure-evaluation-adjustments", &e.adjustments),
        ("procedure-evaluation-feedback", &e.feedback),
    ] {
        if !text.trim().is_empty() {
            add(say!(language, message, text = text.trim()));
        }
    }
    if let Some(d) = e.next_evaluation {
        add(say!(
            language,
            "procedure-evaluation-next",
            date = language.formats().date(d)
        ));
    }
    blocks
}

fn section_blocks(plan: &Plan, language: Language, step: StepId) -> Vec<Block> {
    match step {
        StepId::IdentifySystems => systems_section(plan, language),
        StepId::AssessCurrent => assessment_section(plan, language),
        StepId::FrequencyRetention => retention_section(plan, language),
        StepId::DocumentProcedures => procedures_section(plan, language),
        StepId::Schedules => schedules_section(plan, language),
        StepId::Encryption => encryption_section(plan, language),
        StepId::InitialBackup => initial_backup_section(plan, language),
        StepId::Monitoring => monitoring_section(plan, language),
        StepId::RestoreTests => restore_section(plan, language),
        StepId::Approval => approval_section(plan, language),
        StepId::LogReview => log_review_section(plan, language),
        StepId::Documentation => documentation_section(plan, language),
        StepId::Training => training_section(plan, language),
        StepId::Evaluation => evaluation_section(plan, language),
    }
}

fn controls_text(step: &StepDef, language: Language) -> String {
    crate::model::steps::controls_text(step.controls, language)
}

/// What changed since the last approved revision; once approved, what that revision changed.
fn changes_section(plan: &Plan, language: Language) -> (String, Vec<String>) {
    let Some(last) = plan.last_revision() else {
        return (String::new(), Vec::new());
    };
    let pending: Vec<String> = crate::advice::changes::changes_in(&last.snapshot, plan, language)
        .into_iter()
        .map(|c| c.text)
        .collect();
    let revision = last.revision.to_string();
    if pending.is_empty() {
        (
            say!(language, "procedure-changes-in", revision = revision),
            last.changes.clone(),
        )
    } else {
        (
            say!(language, "procedure-changes-since", revision = revision),
            pending,
        )
    }
}

/// The sections of the steps, in order, each saying when nothing is recorded for it.
fn sections(plan: &Plan, language: Language) -> Vec<Section> {
    STEPS
        .iter()
        .map(|step| {
            let mut blocks = section_blocks(plan, language, step.id);
            if blocks.is_empty() {
                blocks.push(Block::Empty {
                    text: say!(language, "procedure-not-recorded"),
                });
            }
            let title = step.title(language).into_owned();
            let controls = controls_text(step, language);
            Section {
                number: step.id.number(),
                heading: say!(
                    language,
                    "procedure-section-heading",
                    number = step.id.number().to_string(),
                    title = &title
                ),
                title,
                controls_line: say!(language, "procedure-controls", controls = &controls),
                controls,
                blocks,
            }
        })
        .collect()
}

/// The plan's title, or what a plan without one is called.
fn plan_title(plan: &Plan, language: Language) -> String {
    let title = plan.identity.title.trim();
    if title.is_empty() {
        say!(language, "doc-untitled-plan")
    } else {
        title.to_owned()
    }
}

/// Builds the document's data from a plan, in the plan's document language.
pub fn procedure_data(plan: &Plan, paper: Paper, today: chrono::NaiveDate) -> ProcedureData {
    let language = plan.identity.document_language;
    let appendix = Table {
        columns: vec![
            language.text("procedure-appendix-column-step"),
            language.text("procedure-appendix-column-title"),
            language.text("procedure-appendix-column-controls"),
        ],
        rows: STEPS
            .iter()
            .map(|s| {
                vec![
                    s.id.number().to_string(),
                    s.title(language).into_owned(),
                    controls_text(s, language),
                ]
            })
            .collect(),
    };
    let (changes_heading, changes) = changes_section(plan, language);
    let (findings_summary, findings) = findings_section(plan, language, today);
    let p = &plan.procedures;
    ProcedureData {
        lang: language.code(),
        words: words(plan, language, today),
        findings_summary,
        findings,
        changes_heading,
        changes,
        paper: crate::documents::typst_paper(paper),
        organisation: plan.identity.organisation.trim().to_owned(),
        title: plan_title(plan, language),
        revision: plan.identity.revision.to_string(),
        printed_on: language.formats().date(today),
        version: plan.documentation.version.trim().to_owned(),
        approval: approval_block(plan, language),
        next_review: date(language, plan.identity.next_review),
        revision_columns: columns::REVISIONS
            .iter()
            .map(|c| c.title(language))
            .collect(),
        revisions: step_table(
            plan,
            language,
            columns::REVISIONS,
            &plan.documentation.history,
        )
        .rows,
        systems: systems_table(plan, language),
        duties: duties_table(plan, language),
        restore_tests: step_table(plan, language, columns::RESTORE_TESTS, &plan.restore_tests),
        health: crate::documents::health::chapter(plan, today),
        sections: sections(plan, language),
        signatures: vec![
            Signature {
                role: say!(language, "procedure-signature-prepared"),
                name: p.responsible.trim().to_owned(),
            },
            Signature {
                role: say!(language, "procedure-signature-approved"),
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

    const ENGLISH: Language = Language::ENGLISH;

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
        let items = bullet_texts(&schedules_section(&plan, ENGLISH));
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
        let items = bullet_texts(&encryption_section(&plan, ENGLISH));
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
        assert!(
            bullet_texts(&schedules_section(&plan, ENGLISH))[0].starts_with(
                "Accounting (Sage 50) gets a backup (of a type still to be found out) every hour"
            ),
        );

        plan.assessment.current_solution = Some(CurrentSolution::NotSure);
        let Some(Block::Paragraph { text }) = assessment_section(&plan, ENGLISH).into_iter().next()
        else {
            panic!("the assessment starts with a paragraph");
        };
        assert_eq!(
            text,
            "Nobody knows yet how backups were made before this plan: this must be found out."
        );

        let in_sentence = |t: SystemType| in_sentence(ENGLISH, &t.label(ENGLISH));
        assert_eq!(in_sentence(SystemType::PcsAndLaptops), "PCs and laptops");
        assert_eq!(in_sentence(SystemType::Nas), "NAS (network storage)");
        assert_eq!(
            in_sentence(SystemType::CloudServices),
            "cloud services (such as Microsoft 365)"
        );
        assert_eq!(in_sentence(SystemType::FileServers), "file servers");
    }

    #[test]
    fn a_steps_table_has_the_windows_columns_and_dashes_for_what_is_missing() {
        let mut plan = crate::model::sample::example();
        plan.monitoring
            .errors
            .push(crate::model::plan::ErrorEntry::default());
        let today = chrono::NaiveDate::from_ymd_opt(2026, 3, 16).unwrap();
        let data = procedure_data(&plan, Paper::A4, today);
        let titles: Vec<_> = columns::RESTORE_TESTS
            .iter()
            .map(|c| c.title(ENGLISH))
            .collect();
        assert_eq!(data.restore_tests.columns, titles);
        assert_eq!(data.restore_tests.rows[0][0], "2026-02-12");
        assert_eq!(data.restore_tests.rows[0][5], "0.25");

        let errors = step_table(&plan, ENGLISH, columns::ERRORS, &plan.monitoring.errors);
        assert_eq!(
            errors.rows.last().unwrap(),
            &["–", crate::model::plan::NO_SYSTEM, "–", "–"]
        );
        assert_eq!(
            systems_table(&plan, ENGLISH).columns[..5],
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
    }

    /// The document is written in the plan's document language, whatever the window's:
    /// its dates, its words and the language typst hyphenates it in.
    #[test]
    fn the_procedure_speaks_the_plans_document_language() {
        let mut plan = crate::model::sample::example();
        let today = chrono::NaiveDate::from_ymd_opt(2026, 3, 16).unwrap();
        let english = procedure_data(&plan, Paper::A4, today);
        assert_eq!(english.lang, "en");
        assert_eq!(english.words["page"], "Page {page} of {pages}");
        assert_eq!(english.words["footer"], "Revision 1, printed on 2026-03-16");
        assert_eq!(
            english.sections[4].heading,
            "5. Configure automated backup schedules"
        );

        plan.identity.document_language = Language::from_code("de").unwrap();
        let german = procedure_data(&plan, Paper::A4, today);
        assert_eq!(german.lang, "de");
        assert_eq!(german.printed_on, "16.03.2026");
        assert_eq!(german.restore_tests.rows[0][0], "12.02.2026");
        assert_eq!(german.restore_tests.rows[0][5], "0,25");
        assert_eq!(german.words.len(), english.words.len());
    }

    /// In English the storage estimate reads as `advice::estimate` words it for the
    /// window.
    #[test]
    fn the_estimate_reads_in_english_as_the_window_words_it() {
        use crate::advice::estimate;
        let mut plan = crate::model::sample::example();
        plan.systems[0].size_gb = None;
        plan.schedules[1].backup_type = Some(BackupType::NotSure);
        let e = estimate::estimate(&plan);
        assert!(!e.unestimated.is_empty() && e.unknown_type_text(ENGLISH).is_some());
        let blocks = estimate_blocks(&plan, ENGLISH);
        let Some(Block::Table { table }) = blocks.get(1) else {
            panic!("the estimate's table follows its heading");
        };
        assert_eq!(
            table.columns,
            [
                "System",
                "Size",
                "Backups",
                "Kept for",
                "Copies kept",
                "Storage"
            ]
        );
        let first = &table.rows[0];
        assert_eq!(first[0], e.systems[0].name.text(ENGLISH));
        assert!(
            first[1].ends_with(" GB") || first[1].ends_with(" TB"),
            "{first:?}"
        );
        assert!(first[2].starts_with("every "), "{first:?}");
        let texts: Vec<&String> = blocks
            .iter()
            .filter_map(|b| match b {
                Block::Paragraph { text } => Some(text),
                _ => None,
            })
            .collect();
        assert!(texts[1].starts_with(&e.summary()), "{}", texts[1]);
        assert!(
            texts[1].ends_with(&e.unknown_type_text(ENGLISH).unwrap()),
            "{}",
            texts[1]
        );
        assert!(
            texts[2].starts_with("Not estimated for lack of figures: "),
            "{}",
            texts[2]
        );
        assert_eq!(texts[2], &e.unestimated_text(ENGLISH));
    }
}
