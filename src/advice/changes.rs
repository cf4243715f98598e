//! What changed between two states of a plan: last year's approved revision and today's,
//! or two plan files. Rows are matched by what they are about (a system's id, a kind of
//! data, a destination), never by their position, so reordering a table changes nothing.
//!
//! The changes are worded in the language asked for: the window's for the review and the
//! comparison of two files, the document language for the lines a sign-off keeps in the
//! plan and the procedure prints.

use std::collections::BTreeMap;

use crate::i18n::Language;
use crate::model::columns::{self, Column, Value};
use crate::model::format;
use crate::model::options::OptionList;
use crate::model::plan::Plan;
use crate::model::steps::StepId;
use crate::tr;

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

/// A field of a record outside the tables: the message naming it, and its value.
type Field<T> = (&'static str, fn(&T) -> Value<'_>);

/// A field that changed: its name, and its value before and after, in words.
type Difference = (std::borrow::Cow<'static, str>, String, String);

/// The most decimals a number a person typed is said with (as many as the window takes).
const TYPED_DECIMALS: usize = 6;

/// An option chosen, or none yet.
fn opt<T: OptionList>(value: Option<T>) -> Value<'static> {
    value.map_or(Value::NotSet, |v| Value::Choice(v.message()))
}

fn num(value: Option<f64>) -> Value<'static> {
    value.map_or(Value::NotSet, Value::Number)
}

fn day(value: Option<chrono::NaiveDate>) -> Value<'static> {
    value.map_or(Value::NotSet, Value::Date)
}

/// Text a person typed, without the white space around it.
fn text(value: &str) -> Value<'_> {
    match value.trim() {
        "" => Value::Empty,
        words => Value::Text(words),
    }
}

/// A value in words in `language`; a system or destination is only said by [`said`].
fn word(language: Language, value: Value<'_>) -> String {
    match value {
        Value::Empty => language.text("changes-empty").into_owned(),
        Value::NotSet | Value::System(_) | Value::Destination(_) => {
            language.text("changes-not-set").into_owned()
        }
        Value::Text(words) => words.to_owned(),
        Value::Choice(message) => language.text(message).into_owned(),
        Value::Number(number) => language.formats().number(number, TYPED_DECIMALS),
        Value::Date(date) => language.formats().date(date),
        Value::Time(time) => format::time(time),
        Value::Flag(flag) => language
            .text(if flag { "changes-yes" } else { "changes-no" })
            .into_owned(),
    }
}

/// A column's value in words. A system or destination is named as `plan` names it, or,
/// if it is not there (any more), as `other` does.
fn said(language: Language, value: Value<'_>, plan: &Plan, other: &Plan) -> String {
    match value {
        Value::System(Some(id)) => system_label(language, plan, id)
            .or_else(|| system_label(language, other, id))
            .unwrap_or_else(|| word(language, Value::NotSet)),
        Value::Destination(Some(id)) => plan
            .destination(id)
            .or_else(|| other.destination(id))
            .map_or_else(
                || word(language, Value::NotSet),
                |d| word(language, text(&d.name)),
            ),
        value => word(language, value),
    }
}

/// What the system `id` of `plan` is called in `language`, if the plan has it.
fn system_label(
    language: Language,
    plan: &Plan,
    id: crate::model::plan::SystemId,
) -> Option<String> {
    let (index, system) = plan.systems.iter().enumerate().find(|(_, s)| s.id == id)?;
    Some(crate::advice::system_name(system, index).text(language))
}

/// What two states of a record are compared in: the fields of a record outside the
/// tables, or the columns of a table's row (`model::columns`).
trait Compared<T> {
    /// What differs from `old` to `new`, in `language`; systems and destinations are
    /// named as the `plans`, before and after, name them.
    fn differences(
        &self,
        old: &T,
        new: &T,
        plans: [&Plan; 2],
        language: Language,
    ) -> Vec<Difference>;
}

impl<T> Compared<T> for [Field<T>] {
    fn differences(
        &self,
        old: &T,
        new: &T,
        [before, after]: [&Plan; 2],
        language: Language,
    ) -> Vec<Difference> {
        self.iter()
            .filter_map(|(name, value)| {
                let (was, is) = (value(old), value(new));
                (was != is).then(|| {
                    (
                        language.text(name),
                        said(language, was, before, after),
                        said(language, is, after, before),
                    )
                })
            })
            .collect()
    }
}

impl<T> Compared<T> for [Column<T>] {
    fn differences(
        &self,
        old: &T,
        new: &T,
        [before, after]: [&Plan; 2],
        language: Language,
    ) -> Vec<Difference> {
        self.iter()
            .filter_map(|column| {
                let (was, is) = (column.field.value(old), column.field.value(new));
                (was != is).then(|| {
                    (
                        column.change_name(language),
                        said(language, was, before, after),
                        said(language, is, after, before),
                    )
                })
            })
            .collect()
    }
}

struct Collector<'p> {
    before: &'p Plan,
    after: &'p Plan,
    language: Language,
    step: Option<StepId>,
    changes: Vec<Change>,
}

/// Which table a row is of, as `changes-added` and `changes-removed` tell them apart;
/// an attendee also says the session's title.
#[derive(Clone, Copy)]
enum Table<'a> {
    Of(&'static str),
    Attendees(&'a str),
}

impl Collector<'_> {
    fn push(&mut self, kind: ChangeKind, text: String) {
        self.changes.push(Change {
            step: self.step,
            kind,
            text,
        });
    }

    /// Says what changed in one record; `row` names it when it is a row of a table.
    fn changed(&mut self, row: Option<&str>, differences: Vec<Difference>) {
        let language = self.language;
        for (name, old, new) in differences {
            let text = match row {
                None => tr!(
                    language,
                    "changes-field",
                    field = name,
                    old = old,
                    new = new
                ),
                Some(row) => tr!(
                    language,
                    "changes-row-field",
                    row = row,
                    field = name,
                    old = old,
                    new = new
                ),
            };
            self.push(ChangeKind::Changed, text.into_owned());
        }
    }

    /// Compares one record outside the tables in its `fields`.
    fn fields<T>(&mut self, before: &T, after: &T, fields: &[Field<T>]) {
        let differences =
            fields.differences(before, after, [self.before, self.after], self.language);
        self.changed(None, differences);
    }

    /// A row added to or removed from `table`: "System added: Website".
    fn added_or_removed(&mut self, kind: ChangeKind, table: Table<'_>, name: &str) {
        let (table, session) = match table {
            Table::Of(table) => (table, ""),
            Table::Attendees(session) => ("attendees", session),
        };
        let message = if kind == ChangeKind::Added {
            "changes-added"
        } else {
            "changes-removed"
        };
        let text = tr!(
            self.language,
            message,
            table = table,
            name = name,
            session = session
        );
        self.push(kind, text.into_owned());
    }

    /// Compares two tables, matching rows by `key`, a row in both in its `fields` (a
    /// table of a step: its columns); `table` says which table it is, `name` which row.
    fn rows<T, K: Ord>(
        &mut self,
        table: Table<'_>,
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
                None => self.added_or_removed(ChangeKind::Added, table, &name(row)),
                Some(previous) => {
                    let differences = fields.differences(previous, row, plans, self.language);
                    self.changed(Some(&name(row)), differences);
                }
            }
        }
        for (k, row) in &old {
            if !new.contains_key(k) {
                self.added_or_removed(ChangeKind::Removed, table, &name(row));
            }
        }
    }
}

/// A schedule's name from its plan, if its system is there.
fn schedule_name(
    language: Language,
    plan: &Plan,
    schedule: &crate::model::plan::Schedule,
) -> Option<String> {
    let system = system_label(language, plan, schedule.system?)?;
    Some(schedule_named(language, &system, schedule))
}

/// A schedule of `system`: "Accounts (incremental)".
fn schedule_named(
    language: Language,
    system: &str,
    schedule: &crate::model::plan::Schedule,
) -> String {
    let kind = word(language, opt(schedule.backup_type)).to_lowercase();
    tr!(language, "changes-schedule", system = system, kind = kind).into_owned()
}

/// Every change from `before` to `after`, in English: what the tests of the English
/// wording read. The app words them in a language with [`changes_in`].
pub fn changes(before: &Plan, after: &Plan) -> Vec<Change> {
    changes_in(before, after, Language::ENGLISH)
}

/// Every change from `before` to `after`, in step order, worded in `language`.
#[expect(
    clippy::too_many_lines,
    reason = "one table of fields per step, read top to bottom"
)]
pub fn changes_in(before: &Plan, after: &Plan, language: Language) -> Vec<Change> {
    let mut c = Collector {
        before,
        after,
        language,
        step: None,
        changes: Vec::new(),
    };
    let words = |value: Value<'_>| word(language, value);
    // "Error text on 2026-03-10".
    let on = |what: Value<'_>, date: Option<chrono::NaiveDate>| {
        tr!(
            language,
            "changes-on",
            what = words(what),
            date = words(day(date))
        )
        .into_owned()
    };
    c.fields(
        &before.identity,
        &after.identity,
        &[
            ("changes-field-organisation", |i| text(&i.organisation)),
            ("changes-field-plan-title", |i| text(&i.title)),
            ("changes-field-time-zone", |i| text(&i.time_zone)),
        ],
    );

    c.step = Some(StepId::IdentifySystems);
    c.rows(
        Table::Of("systems"),
        &before.systems,
        &after.systems,
        |s| s.id,
        |s| words(text(&s.name)),
        columns::SYSTEMS,
    );

    c.step = Some(StepId::AssessCurrent);
    c.fields(
        &before.assessment,
        &after.assessment,
        &[
            (
                "changes-field-current-solution",
                |a| opt(a.current_solution),
            ),
            ("changes-field-what-works", |a| text(&a.what_works)),
            ("changes-field-gaps", |a| text(&a.gaps)),
            ("changes-field-consulted", |a| text(&a.consulted)),
        ],
    );

    c.step = Some(StepId::FrequencyRetention);
    c.rows(
        Table::Of("retention"),
        &before.retention,
        &after.retention,
        |r| r.data_kind,
        |r| words(opt(r.data_kind)),
        columns::RETENTION,
    );

    c.step = Some(StepId::DocumentProcedures);
    c.fields(
        &before.procedures,
        &after.procedures,
        &[
            ("changes-field-responsible", |p| text(&p.responsible)),
            ("changes-field-deputy", |p| text(&p.deputy)),
            ("changes-field-media-handling", |p| text(&p.media_handling)),
        ],
    );
    c.rows(
        Table::Of("destinations"),
        &before.procedures.destinations,
        &after.procedures.destinations,
        |d| d.id,
        |d| words(text(&d.name)),
        columns::DESTINATIONS,
    );
    c.rows(
        Table::Of("instructions"),
        &before.procedures.steps,
        &after.procedures.steps,
        |s| s.trim().to_owned(),
        |s| words(text(s)),
        columns::PROCEDURE_STEPS,
    );
    c.rows(
        Table::Of("contacts"),
        &before.procedures.escalation,
        &after.procedures.escalation,
        |p| p.name.trim().to_owned(),
        |p| words(text(&p.name)),
        columns::CONTACTS,
    );

    c.step = Some(StepId::Schedules);
    // Rows of both plans are named from their own plan, so a renamed system reads right.
    let before_names: BTreeMap<_, String> = before
        .schedules
        .iter()
        .filter_map(|s| {
            Some((
                (s.system, s.backup_type),
                schedule_name(language, before, s)?,
            ))
        })
        .collect();
    let no_system = language.text("changes-no-system");
    c.rows(
        Table::Of("schedules"),
        &before.schedules,
        &after.schedules,
        |s| (s.system, s.backup_type),
        |s| {
            schedule_name(language, after, s)
                .or_else(|| before_names.get(&(s.system, s.backup_type)).cloned())
                .unwrap_or_else(|| schedule_named(language, &no_system, s))
        },
        columns::SCHEDULES,
    );

    c.step = Some(StepId::Encryption);
    let destination_name = |plan: &Plan, id: Option<crate::model::plan::DestinationId>| {
        id.and_then(|id| plan.destination(id))
            .map(|d| words(text(&d.name)))
    };
    let encryption_names: BTreeMap<_, String> = before
        .encryption
        .iter()
        .chain(&after.encryption)
        .map(|e| {
            let name = destination_name(after, e.destination)
                .or_else(|| destination_name(before, e.destination))
                .unwrap_or_else(|| language.text("changes-unnamed-destination").into_owned());
            (e.destination, name)
        })
        .collect();
    c.rows(
        Table::Of("encryption"),
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
        Table::Of("initial-backups"),
        &before.initial_backups,
        &after.initial_backups,
        |b| b.system_type,
        |b| words(opt(b.system_type)),
        columns::INITIAL_BACKUPS,
    );

    c.step = Some(StepId::Monitoring);
    c.fields(
        &before.monitoring,
        &after.monitoring,
        &[
            ("changes-field-checker", |m| text(&m.checker)),
            ("changes-field-check-method", |m| opt(m.method)),
            ("changes-field-check-often", |m| opt(m.how_often)),
        ],
    );
    c.rows(
        Table::Of("errors"),
        &before.monitoring.errors,
        &after.monitoring.errors,
        |e| (e.date, e.error.trim().to_owned()),
        |e| on(text(&e.error), e.date),
        columns::ERRORS,
    );

    c.step = Some(StepId::RestoreTests);
    c.rows(
        Table::Of("restore-tests"),
        &before.restore_tests,
        &after.restore_tests,
        |t| (t.date, t.kind, t.system),
        |t| on(opt(t.kind), t.date),
        columns::RESTORE_TESTS,
    );
    c.fields(
        before,
        after,
        &[("changes-field-restore-test-every", |p| {
            num(p.restore_test_every_months.map(f64::from))
        })],
    );

    c.step = Some(StepId::Approval);
    c.fields(
        &before.approval,
        &after.approval,
        &[
            ("changes-field-approver", |a| text(&a.approver)),
            ("changes-field-approver-role", |a| text(&a.role)),
            ("changes-field-decision", |a| opt(a.decision)),
        ],
    );

    c.step = Some(StepId::LogReview);
    c.fields(
        &before.log_reviews,
        &after.log_reviews,
        &[
            ("changes-field-review-cadence", |r| opt(r.cadence)),
            ("changes-field-reviewer", |r| text(&r.reviewer)),
        ],
    );
    c.rows(
        Table::Of("log-reviews"),
        &before.log_reviews.entries,
        &after.log_reviews.entries,
        |e| (e.date, e.period.trim().to_owned()),
        |e| {
            tr!(
                language,
                "changes-log-review",
                date = words(day(e.date)),
                period = words(text(&e.period))
            )
            .into_owned()
        },
        columns::LOG_REVIEWS,
    );

    c.step = Some(StepId::Documentation);
    c.fields(
        &before.documentation,
        &after.documentation,
        &[("changes-field-document-version", |d| text(&d.version))],
    );

    c.step = Some(StepId::Training);
    // A session is a form of its own, not a row of a table.
    let session_fields: &[Field<crate::model::plan::TrainingSession>] = &[
        ("changes-session-title", |s| text(&s.title)),
        ("changes-session-date", |s| day(s.date)),
        ("changes-session-place", |s| text(&s.place)),
        ("changes-session-trainer", |s| text(&s.trainer)),
    ];
    c.rows(
        Table::Of("sessions"),
        &before.training.sessions,
        &after.training.sessions,
        |s| s.uid.clone(),
        |s| on(text(&s.title), s.date),
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
        let title = words(text(&session.title));
        c.rows(
            Table::Attendees(&title),
            &previous.attendees,
            &session.attendees,
            |a| a.name.trim().to_owned(),
            |a| words(text(&a.name)),
            columns::ATTENDEES,
        );
    }

    c.step = Some(StepId::Evaluation);
    c.fields(
        &before.evaluation,
        &after.evaluation,
        &[
            ("changes-field-evaluated-on", |e| day(e.evaluated_on)),
            (
                "changes-field-success-rate",
                |e| num(e.success_rate_percent),
            ),
            ("changes-field-storage-used", |e| num(e.storage_used_gb)),
            ("changes-field-adjustments", |e| text(&e.adjustments)),
            ("changes-field-next-evaluation", |e| day(e.next_evaluation)),
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
