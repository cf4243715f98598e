//! What changed between two states of a plan: last year's approved revision and today's,
//! or two plan files. Rows are matched by what they are about (a system's id, a kind of
//! data, a destination), never by their position, so reordering a table changes nothing.

use crate::i18n::ENGLISH;
use std::collections::BTreeMap;

use crate::model::columns::{self, Column, Value};
use crate::model::format;
use crate::model::options::OptionList;
use crate::model::plan::Plan;
use crate::model::steps::StepId;

/// Whether something was added, removed or changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum ChangeKind {
    Added,
    Removed,
    Changed,
}

/// One change, in words, with the step it belongs to (`None` for the plan's details).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    pub step: Option<StepId>,
    pub kind: ChangeKind,
    pub text: String,
}

/// A field of a record outside the tables: its name and its value as a person reads it.
type Field<T> = (&'static str, fn(&T) -> String);

/// A field that changed: its name, and its value before and after, in words.
type Difference = (&'static str, String, String);

/// How a number, date, time or option not given yet reads.
const NOT_SET: &str = "not set";

fn opt<T: OptionList>(value: Option<T>) -> String {
    value.map_or_else(|| NOT_SET.to_owned(), |v| v.label(ENGLISH).into_owned())
}

fn num(value: Option<f64>) -> String {
    value.map_or_else(|| NOT_SET.to_owned(), format::number)
}

fn day(value: Option<chrono::NaiveDate>) -> String {
    value.map_or_else(|| NOT_SET.to_owned(), format::date)
}

fn text(value: &str) -> String {
    let value = value.trim();
    if value.is_empty() {
        "empty".to_owned()
    } else {
        value.to_owned()
    }
}

/// A column's value in words. A system or destination is named as `plan` names it, or,
/// if it is not there (any more), as `other` does.
fn said(value: Value<'_>, plan: &Plan, other: &Plan) -> String {
    match value {
        Value::Empty => text(""),
        Value::NotSet => NOT_SET.to_owned(),
        Value::Text(words) => words.to_owned(),
        Value::Choice(message) => ENGLISH.text(message).into_owned(),
        Value::Number(number) => format::number(number),
        Value::Date(date) => format::date(date),
        Value::Time(time) => format::time(time),
        Value::Flag(flag) => if flag { "yes" } else { "no" }.to_owned(),
        Value::System(id) => id
            .and_then(|id| plan.system_label(id).or_else(|| other.system_label(id)))
            .unwrap_or_else(|| NOT_SET.to_owned()),
        Value::Destination(id) => id
            .and_then(|id| plan.destination(id).or_else(|| other.destination(id)))
            .map_or_else(|| NOT_SET.to_owned(), |d| text(&d.name)),
    }
}

/// What two states of a record are compared in: the fields of a record outside the
/// tables, or the columns of a table's row (`model::columns`).
trait Compared<T> {
    /// What differs from `old` to `new`; systems and destinations are named as the
    /// `plans`, before and after, name them.
    fn differences(&self, old: &T, new: &T, plans: [&Plan; 2]) -> Vec<Difference>;
}

impl<T> Compared<T> for [Field<T>] {
    fn differences(&self, old: &T, new: &T, _: [&Plan; 2]) -> Vec<Difference> {
        self.iter()
            .filter_map(|(name, value)| {
                let (old, new) = (value(old), value(new));
                (old != new).then_some((*name, old, new))
            })
            .collect()
    }
}

impl<T> Compared<T> for [Column<T>] {
    fn differences(&self, old: &T, new: &T, [before, after]: [&Plan; 2]) -> Vec<Difference> {
        self.iter()
            .filter_map(|column| {
                let (was, is) = (column.field.value(old), column.field.value(new));
                (was != is).then(|| {
                    let was = said(was, before, after);
                    (column.change_name, was, said(is, after, before))
                })
            })
            .collect()
    }
}

struct Collector<'p> {
    before: &'p Plan,
    after: &'p Plan,
    step: Option<StepId>,
    changes: Vec<Change>,
}

impl Collector<'_> {
    fn push(&mut self, kind: ChangeKind, text: String) {
        self.changes.push(Change {
            step: self.step,
            kind,
            text,
        });
    }

    /// Says what changed in one record; `prefix` names it ("Accounting: ").
    fn changed(&mut self, prefix: &str, differences: Vec<Difference>) {
        for (name, old, new) in differences {
            self.push(
                ChangeKind::Changed,
                format!("{prefix}{name} changed from {old} to {new}"),
            );
        }
    }

    /// Compares one record outside the tables in its `fields`.
    fn fields<T>(&mut self, prefix: &str, before: &T, after: &T, fields: &[Field<T>]) {
        let differences = fields.differences(before, after, [self.before, self.after]);
        self.changed(prefix, differences);
    }

    /// Compares two tables, matching rows by `key`, a row in both in its `fields` (a
    /// table of a step: its columns); `noun` says what a row is, `name` which it is.
    fn rows<T, K: Ord>(
        &mut self,
        noun: &str,
        before: &[T],
        after: &[T],
        key: impl Fn(&T) -> K,
        name: impl Fn(&T) -> String,
        fields: &(impl Compared<T> + ?Sized),
    ) {
        let plans = [self.before, self.after];
        let old: BTreeMap<K, &T> = before.iter().map(|r| (key(r), r)).collect();
        let new: BTreeMap<K, &T> = after.iter().map(|r| (key(r), r)).collect();
        for (k, row) in &new {
            match old.get(k) {
                None => self.push(ChangeKind::Added, format!("{noun} added: {}", name(row))),
                Some(previous) => {
                    let differences = fields.differences(previous, row, plans);
                    self.changed(&format!("{}: ", name(row)), differences);
                }
            }
        }
        for (k, row) in &old {
            if !new.contains_key(k) {
                self.push(
                    ChangeKind::Removed,
                    format!("{noun} removed: {}", name(row)),
                );
            }
        }
    }
}

/// A schedule's name from its plan, if its system is there.
fn schedule_name(plan: &Plan, schedule: &crate::model::plan::Schedule) -> Option<String> {
    let system = plan.system_label(schedule.system?)?;
    Some(format!(
        "{system} ({})",
        opt(schedule.backup_type).to_lowercase()
    ))
}

/// A schedule whose system is in neither plan.
fn schedule_without_system(schedule: &crate::model::plan::Schedule) -> String {
    format!(
        "{} ({})",
        crate::model::plan::NO_SYSTEM,
        opt(schedule.backup_type).to_lowercase()
    )
}

/// Every change from `before` to `after`, in step order.
#[expect(
    clippy::too_many_lines,
    reason = "one table of fields per step, read top to bottom"
)]
pub fn changes(before: &Plan, after: &Plan) -> Vec<Change> {
    let mut c = Collector {
        before,
        after,
        step: None,
        changes: Vec::new(),
    };
    c.fields(
        "",
        &before.identity,
        &after.identity,
        &[
            ("Organisation", |i| text(&i.organisation)),
            ("Plan title", |i| text(&i.title)),
            ("Time zone", |i| text(&i.time_zone)),
        ],
    );

    c.step = Some(StepId::IdentifySystems);
    c.rows(
        "System",
        &before.systems,
        &after.systems,
        |s| s.id,
        |s| text(&s.name),
        columns::SYSTEMS,
    );

    c.step = Some(StepId::AssessCurrent);
    c.fields(
        "",
        &before.assessment,
        &after.assessment,
        &[
            ("Current solution", |a| opt(a.current_solution)),
            ("What works", |a| text(&a.what_works)),
            ("Gaps found", |a| text(&a.gaps)),
            ("Who was asked", |a| text(&a.consulted)),
        ],
    );

    c.step = Some(StepId::FrequencyRetention);
    c.rows(
        "Retention rule",
        &before.retention,
        &after.retention,
        |r| r.data_kind,
        |r| opt(r.data_kind),
        columns::RETENTION,
    );

    c.step = Some(StepId::DocumentProcedures);
    c.fields(
        "",
        &before.procedures,
        &after.procedures,
        &[
            ("Responsible person", |p| text(&p.responsible)),
            ("Deputy", |p| text(&p.deputy)),
            ("Media handling", |p| text(&p.media_handling)),
        ],
    );
    c.rows(
        "Destination",
        &before.procedures.destinations,
        &after.procedures.destinations,
        |d| d.id,
        |d| text(&d.name),
        columns::DESTINATIONS,
    );
    c.rows(
        "Instruction",
        &before.procedures.steps,
        &after.procedures.steps,
        |s| s.trim().to_owned(),
        |s| text(s),
        columns::PROCEDURE_STEPS,
    );
    c.rows(
        "Contact",
        &before.procedures.escalation,
        &after.procedures.escalation,
        |p| p.name.trim().to_owned(),
        |p| text(&p.name),
        columns::CONTACTS,
    );

    c.step = Some(StepId::Schedules);
    // Rows of both plans are named from their own plan, so a renamed system reads right.
    let before_names: BTreeMap<_, String> = before
        .schedules
        .iter()
        .filter_map(|s| Some(((s.system, s.backup_type), schedule_name(before, s)?)))
        .collect();
    c.rows(
        "Schedule",
        &before.schedules,
        &after.schedules,
        |s| (s.system, s.backup_type),
        |s| {
            schedule_name(after, s)
                .or_else(|| before_names.get(&(s.system, s.backup_type)).cloned())
                .unwrap_or_else(|| schedule_without_system(s))
        },
        columns::SCHEDULES,
    );

    c.step = Some(StepId::Encryption);
    let destination_name = |plan: &Plan, id: Option<crate::model::plan::DestinationId>| {
        id.and_then(|id| plan.destination(id))
            .map(|d| text(&d.name))
    };
    let encryption_names: BTreeMap<_, String> = before
        .encryption
        .iter()
        .chain(&after.encryption)
        .map(|e| {
            let name = destination_name(after, e.destination)
                .or_else(|| destination_name(before, e.destination))
                .unwrap_or_else(|| "an unnamed destination".to_owned());
            (e.destination, name)
        })
        .collect();
    c.rows(
        "Encryption check",
        &before.encryption,
        &after.encryption,
        |e| e.destination,
        |e| {
            encryption_names
                .get(&e.destination)
                .cloned()
                .unwrap_or_default()
        },
        columns::ENCRYPTION,
    );

    c.step = Some(StepId::InitialBackup);
    c.rows(
        "Initial backup",
        &before.initial_backups,
        &after.initial_backups,
        |b| b.system_type,
        |b| opt(b.system_type),
        columns::INITIAL_BACKUPS,
    );

    c.step = Some(StepId::Monitoring);
    c.fields(
        "",
        &before.monitoring,
        &after.monitoring,
        &[
            ("Who checks", |m| text(&m.checker)),
            ("How", |m| opt(m.method)),
            ("How often", |m| opt(m.how_often)),
        ],
    );
    c.rows(
        "Error",
        &before.monitoring.errors,
        &after.monitoring.errors,
        |e| (e.date, e.error.trim().to_owned()),
        |e| format!("{} on {}", text(&e.error), day(e.date)),
        columns::ERRORS,
    );

    c.step = Some(StepId::RestoreTests);
    c.rows(
        "Restore test",
        &before.restore_tests,
        &after.restore_tests,
        |t| (t.date, t.kind, t.system),
        |t| format!("{} on {}", opt(t.kind), day(t.date)),
        columns::RESTORE_TESTS,
    );
    c.fields(
        "",
        before,
        after,
        &[("Test a restore every (months)", |p| {
            num(p.restore_test_every_months.map(f64::from))
        })],
    );

    c.step = Some(StepId::Approval);
    c.fields(
        "",
        &before.approval,
        &after.approval,
        &[
            ("Approver", |a| text(&a.approver)),
            ("Approver's role", |a| text(&a.role)),
            ("Decision", |a| opt(a.decision)),
        ],
    );

    c.step = Some(StepId::LogReview);
    c.fields(
        "",
        &before.log_reviews,
        &after.log_reviews,
        &[
            ("Review cadence", |r| opt(r.cadence)),
            ("Reviewer", |r| text(&r.reviewer)),
        ],
    );
    c.rows(
        "Log review",
        &before.log_reviews.entries,
        &after.log_reviews.entries,
        |e| (e.date, e.period.trim().to_owned()),
        |e| format!("{} ({})", day(e.date), text(&e.period)),
        columns::LOG_REVIEWS,
    );

    c.step = Some(StepId::Documentation);
    c.fields(
        "",
        &before.documentation,
        &after.documentation,
        &[("Document version", |d| text(&d.version))],
    );

    c.step = Some(StepId::Training);
    // A session is a form of its own, not a row of a table.
    let session_fields: &[Field<crate::model::plan::TrainingSession>] = &[
        ("title", |s| text(&s.title)),
        ("date", |s| day(s.date)),
        ("place", |s| text(&s.place)),
        ("trainer", |s| text(&s.trainer)),
    ];
    c.rows(
        "Training session",
        &before.training.sessions,
        &after.training.sessions,
        |s| s.uid.clone(),
        |s| format!("{} on {}", text(&s.title), day(s.date)),
        session_fields,
    );
    for session in &after.training.sessions {
        let Some(previous) = before
            .training
            .sessions
            .iter()
            .find(|s| s.uid == session.uid)
        else {
            continue;
        };
        c.rows(
            &format!("Attendee of {}", text(&session.title)),
            &previous.attendees,
            &session.attendees,
            |a| a.name.trim().to_owned(),
            |a| text(&a.name),
            columns::ATTENDEES,
        );
    }

    c.step = Some(StepId::Evaluation);
    c.fields(
        "",
        &before.evaluation,
        &after.evaluation,
        &[
            ("Evaluated on", |e| day(e.evaluated_on)),
            ("Success rate (%)", |e| num(e.success_rate_percent)),
            ("Storage used (GB)", |e| num(e.storage_used_gb)),
            ("What was adjusted", |e| text(&e.adjustments)),
            ("Next evaluation", |e| day(e.next_evaluation)),
        ],
    );
    c.changes
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::options::{Department, Encryption, Frequency, RetentionPeriod};

    fn example() -> Plan {
        crate::model::sample::example()
    }

    fn texts(changes: &[Change]) -> Vec<&str> {
        changes.iter().map(|c| c.text.as_str()).collect()
    }

    #[test]
    fn no_change_means_an_empty_summary() {
        assert!(changes(&example(), &example()).is_empty());
    }

    #[test]
    fn reordered_rows_are_not_changes() {
        let before = example();
        let mut after = before.clone();
        after.systems.reverse();
        after.retention.reverse();
        after.schedules.reverse();
        after.encryption.reverse();
        after.restore_tests.reverse();
        after.procedures.escalation.reverse();
        after.training.sessions[0].attendees.reverse();
        assert_eq!(texts(&changes(&before, &after)), Vec::<&str>::new());
    }

    #[test]
    fn added_removed_and_changed_systems_are_named() {
        let before = example();
        let mut after = before.clone();
        after.systems[0].owner = "Aisha Rahman".into();
        after.systems[1].department = Some(Department::Sales);
        let removed = after.systems.remove(2);
        let added = after.add_system();
        added.name = "Website".into();
        let summary = changes(&before, &after);
        assert_eq!(
            texts(&summary),
            [
                "Accounting (Sage 50): owner changed from Priya Shah to Aisha Rahman",
                "Client files (shared drive): department changed from Operations to Sales",
                "System added: Website",
                &format!("System removed: {}", removed.name),
            ]
        );
        assert!(
            summary
                .iter()
                .all(|c| c.step == Some(StepId::IdentifySystems))
        );
        assert_eq!(summary[2].kind, ChangeKind::Added);
        assert_eq!(summary[3].kind, ChangeKind::Removed);
    }

    #[test]
    fn a_renamed_system_is_one_change_not_a_removal_and_an_addition() {
        let before = example();
        let mut after = before.clone();
        after.systems[0].name = "Accounting (Xero)".into();
        assert_eq!(
            texts(&changes(&before, &after)),
            ["Accounting (Xero): name changed from Accounting (Sage 50) to Accounting (Xero)"]
        );
    }

    #[test]
    fn retention_encryption_schedules_and_people_are_reported() {
        let before = example();
        let mut after = before.clone();
        after.retention[0].period = Some(RetentionPeriod::Indefinitely);
        after.encryption[1].method = Some(Encryption::Blowfish);
        after.schedules[1].frequency = Some(Frequency::Hourly);
        after.procedures.deputy = "Jonas Weber".into();
        after.training.sessions[0].attendees.pop();
        let summary = changes(&before, &after);
        assert_eq!(
            texts(&summary),
            [
                "Financial data: retention changed from 1 year to Indefinitely",
                "Deputy changed from Priya Shah to Jonas Weber",
                "Client files (shared drive) (incremental): frequency changed from Daily to Hourly",
                "Cloud backup: method changed from AES-256 to Blowfish",
                "Attendee of Backup Procedures Training removed: Jonas Weber",
            ]
        );
        let steps: Vec<_> = summary.iter().map(|c| c.step.unwrap().number()).collect();
        assert_eq!(steps, [3, 4, 5, 6, 13]);
    }

    #[test]
    fn every_column_of_a_table_is_compared_and_a_system_is_named_by_its_plan() {
        let before = example();
        let mut after = before.clone();
        after.procedures.destinations[2].immutable = true;
        after.monitoring.errors[0].system = Some(after.systems[0].id);
        after.training.sessions[0].attendees[2].attended = true;
        // Renaming a system changes no row that points at it.
        after.systems[0].name = "Accounting (Xero)".into();
        assert_eq!(
            texts(&changes(&before, &after)),
            [
                "Accounting (Xero): name changed from Accounting (Sage 50) to Accounting (Xero)",
                "Rotating USB disks: immutable changed from no to yes",
                "Hyper Backup: destination unreachable on 2026-03-10: system changed from \
                 Client files (shared drive) to Accounting (Xero)",
                "Jonas Weber: attended changed from no to yes",
            ]
        );
    }

    #[test]
    fn a_removed_system_is_named_even_in_the_rows_that_pointed_at_it() {
        let before = example();
        let mut after = before.clone();
        let gone = after.systems.remove(0);
        after.schedules.retain(|s| s.system != Some(gone.id));
        let summary = changes(&before, &after);
        assert!(texts(&summary).contains(&"Schedule removed: Accounting (Sage 50) (incremental)"));
    }
}
