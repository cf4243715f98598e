//! The columns of every table a step keeps, each defined once: the message naming it (its
//! title, and how the change summary names it, in every language), its starting width
//! and the field of the row it shows.
//!
//! The editable tables of the window, the change summary (`advice::changes`) and the
//! procedure document all read these lists, so a column renamed, added or moved here is
//! renamed, added or moved everywhere at once. No egui here: a width is a plain number of
//! points the window starts the column at.

use std::borrow::Cow;

use chrono::{NaiveDate, NaiveTime};

use crate::i18n::Language;

use crate::model::limits::{self, Limit};
use crate::model::options::OptionList;
use crate::model::plan::{
    Attendee, Contact, Destination, DestinationId, DocumentRevision, EncryptionCheck, ErrorEntry,
    InitialBackup, LogReview, RestoreTest, RetentionRule, Schedule, System, SystemId,
};
use crate::model::terms::{self, Term};

/// One column of a table of rows `R`.
pub struct Column<R: 'static> {
    /// The message naming the column (`assets/i18n/*/columns.ftl`): its text is the
    /// column's header in the window and in the document, its `.change` attribute how the
    /// change summary names it. Also the column's id in the window, the same in every
    /// language.
    pub message: &'static str,
    /// The width the window starts the column at, in points.
    pub width: f32,
    /// What the window says about the column's cells when hovered, if anything: the
    /// glossary term (`model::terms`) whose explanation it shows.
    pub help: Option<Term>,
    /// The field of the row the column shows and edits.
    pub field: Field<R>,
}

impl<R> Column<R> {
    /// The column's header in the window and in the document: "Size (GB)".
    pub fn title(&self, language: Language) -> Cow<'static, str> {
        language.text(self.message)
    }

    /// How the change summary names the column: "size (GB)".
    pub fn change_name(&self, language: Language) -> Cow<'static, str> {
        language.text(&format!("{}.change", self.message))
    }
}

/// A column of a table of `R` named by the message `message`; see [`Column`].
const fn column<R>(message: &'static str, width: f32, field: Field<R>) -> Column<R> {
    Column {
        message,
        width,
        help: None,
        field,
    }
}

/// A column of a table of `R` whose cells explain `term` when hovered.
const fn explained<R>(column: Column<R>, term: &'static Term) -> Column<R> {
    Column {
        help: Some(*term),
        ..column
    }
}

/// Both ways to one field of a row: to read it and to edit it.
pub struct Access<R, T> {
    pub get: fn(&R) -> &T,
    pub edit: fn(&mut R) -> &mut T,
}

/// The [`Access`] to the field `$field` of a row.
macro_rules! at {
    ($field:ident) => {
        Access {
            get: |row| &row.$field,
            edit: |row| &mut row.$field,
        }
    };
}

/// The [`Field`] of a column holding an option of the list the row's field `$field` holds.
macro_rules! choice {
    ($row:ty, $field:ident) => {
        Field::Choice(&OptionField::<$row, _> {
            access: at!($field),
        })
    };
}

/// How a column's value is kept in its row, and so how it is edited and read.
pub enum Field<R: 'static> {
    /// One line of text.
    Text(Access<R, String>),
    /// A number of the quantity the [`Limit`] bounds: a size, hours.
    Number(Access<R, Option<f64>>, Limit),
    /// A percentage from 0 to 100.
    Percent(Access<R, Option<f64>>),
    Date(Access<R, Option<NaiveDate>>),
    /// A time of day.
    Time(Access<R, Option<NaiveTime>>),
    /// Yes or no: a checkbox.
    Flag(Access<R, bool>),
    /// One option of one of the option lists (`model::options`).
    Choice(&'static dyn ChoiceField<R>),
    /// One of the systems of step 1.
    System(Access<R, Option<SystemId>>),
    /// One of the backup destinations of step 4.
    Destination(Access<R, Option<DestinationId>>),
}

/// A column's value in a row, for a reader to write in its own words: the change summary
/// says "empty" and "not set", the document "–".
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Value<'r> {
    /// Text with nothing but white space in it.
    Empty,
    /// A number, date, time or option not given yet.
    NotSet,
    /// Text, without the white space around it.
    Text(&'r str),
    Number(f64),
    Date(NaiveDate),
    Time(NaiveTime),
    Flag(bool),
    /// The option chosen: the message that names it (`Language::text` gives its label).
    Choice(&'static str),
    /// A system of step 1, if one is chosen (it may since have been removed).
    System(Option<SystemId>),
    /// A backup destination of step 4, if one is chosen.
    Destination(Option<DestinationId>),
}

impl<R> Field<R> {
    /// The field's value in `row`.
    pub fn value<'r>(&self, row: &'r R) -> Value<'r> {
        fn or_not_set<T>(
            value: Option<T>,
            to_value: impl FnOnce(T) -> Value<'static>,
        ) -> Value<'static> {
            value.map_or(Value::NotSet, to_value)
        }
        match self {
            Field::Text(at) => match (at.get)(row).trim() {
                "" => Value::Empty,
                text => Value::Text(text),
            },
            Field::Number(at, _) | Field::Percent(at) => or_not_set(*(at.get)(row), Value::Number),
            Field::Date(at) => or_not_set(*(at.get)(row), Value::Date),
            Field::Time(at) => or_not_set(*(at.get)(row), Value::Time),
            Field::Flag(at) => Value::Flag(*(at.get)(row)),
            Field::Choice(choice) => or_not_set(choice.message(row), Value::Choice),
            Field::System(at) => Value::System(*(at.get)(row)),
            Field::Destination(at) => Value::Destination(*(at.get)(row)),
        }
    }
}

/// A field holding one option of an option list, whichever list it is: what a dropdown
/// needs to show and change it.
pub trait ChoiceField<R>: Sync {
    /// The label of every option, in the order a dropdown shows them.
    fn labels(&self, language: Language) -> Vec<Cow<'static, str>>;
    /// Where the row's option stands among the [`labels`](Self::labels), if one is chosen.
    fn chosen(&self, row: &R) -> Option<usize>;
    /// Chooses the option at `index` of the labels; `None` (or no such option) chooses none.
    fn choose(&self, row: &mut R, index: Option<usize>);
    /// The message naming the row's option, if one is chosen.
    fn message(&self, row: &R) -> Option<&'static str>;
    /// What each option means, where it has a note, in the order of the
    /// [`labels`](Self::labels): for a dropdown to show beside or under each.
    fn notes(&self, language: Language) -> Vec<Option<Cow<'static, str>>>;
}

/// A field holding an option of the list `T`.
pub struct OptionField<R, T: OptionList> {
    pub access: Access<R, Option<T>>,
}

impl<R, T: OptionList> ChoiceField<R> for OptionField<R, T> {
    fn labels(&self, language: Language) -> Vec<Cow<'static, str>> {
        T::ALL.iter().map(|o| o.label(language)).collect()
    }

    fn chosen(&self, row: &R) -> Option<usize> {
        let value = (*(self.access.get)(row))?;
        T::ALL.iter().position(|o| *o == value)
    }

    fn choose(&self, row: &mut R, index: Option<usize>) {
        *(self.access.edit)(row) = index.and_then(|i| T::ALL.get(i).copied());
    }

    fn message(&self, row: &R) -> Option<&'static str> {
        (*(self.access.get)(row)).map(OptionList::message)
    }

    fn notes(&self, language: Language) -> Vec<Option<Cow<'static, str>>> {
        T::ALL.iter().map(|o| o.note(language)).collect()
    }
}

/// The column naming a system of step 1.
pub const SYSTEM_NAME: Column<System> =
    column("column-systems-name", 150.0, Field::Text(at!(name)));
/// The department that owns a system.
pub const DEPARTMENT: Column<System> = column(
    "column-systems-department",
    130.0,
    choice!(System, department),
);
/// The kind of data a system holds.
pub const KIND_OF_DATA: Column<System> = column(
    "column-systems-kind-of-data",
    150.0,
    choice!(System, data_kind),
);
/// Who owns a system.
pub const OWNER: Column<System> = column("column-systems-owner", 110.0, Field::Text(at!(owner)));

/// Step 1: the critical systems.
pub static SYSTEMS: &[Column<System>] = &[
    SYSTEM_NAME,
    DEPARTMENT,
    KIND_OF_DATA,
    column(
        "column-systems-system-type",
        150.0,
        choice!(System, system_type),
    ),
    OWNER,
    column("column-systems-location", 130.0, Field::Text(at!(location))),
    column(
        "column-systems-size",
        80.0,
        Field::Number(at!(size_gb), limits::SIZE_GB),
    ),
    explained(
        column(
            "column-systems-daily-change",
            100.0,
            Field::Percent(at!(daily_change_percent)),
        ),
        &terms::DAILY_CHANGE,
    ),
    explained(
        column(
            "column-systems-max-data-loss",
            110.0,
            Field::Number(at!(rpo_hours), limits::HOURS),
        ),
        &terms::MAX_DATA_LOSS,
    ),
    explained(
        column(
            "column-systems-max-downtime",
            110.0,
            Field::Number(at!(rto_hours), limits::HOURS),
        ),
        &terms::MAX_DOWNTIME,
    ),
    explained(
        column(
            "column-systems-redundancy",
            150.0,
            Field::Text(at!(redundancy)),
        ),
        &terms::REDUNDANCY,
    ),
];

/// Step 3: how long each kind of data is kept.
pub static RETENTION: &[Column<RetentionRule>] = &[
    column(
        "column-retention-kind-of-data",
        170.0,
        choice!(RetentionRule, data_kind),
    ),
    explained(
        column(
            "column-retention-period",
            140.0,
            choice!(RetentionRule, period),
        ),
        &terms::RETENTION,
    ),
    column(
        "column-retention-reason",
        130.0,
        choice!(RetentionRule, reason),
    ),
    column("column-retention-note", 280.0, Field::Text(at!(note))),
];

/// Step 4: where the copies go.
pub static DESTINATIONS: &[Column<Destination>] = &[
    column("column-destinations-name", 180.0, Field::Text(at!(name))),
    explained(
        column(
            "column-destinations-kind",
            130.0,
            choice!(Destination, kind),
        ),
        &terms::THREE_TWO_ONE,
    ),
    column(
        "column-destinations-location",
        300.0,
        Field::Text(at!(location)),
    ),
    explained(
        column(
            "column-destinations-immutable",
            90.0,
            Field::Flag(at!(immutable)),
        ),
        &terms::IMMUTABLE,
    ),
];

/// Step 4: the procedure, one instruction a row.
pub static PROCEDURE_STEPS: &[Column<String>] = &[column(
    "column-procedure-instruction",
    620.0,
    Field::Text(Access {
        get: |step| step,
        edit: |step| step,
    }),
)];

/// Step 4: whom to call when something goes wrong.
pub static CONTACTS: &[Column<Contact>] = &[
    column("column-contacts-name", 160.0, Field::Text(at!(name))),
    column("column-contacts-role", 140.0, Field::Text(at!(role))),
    column("column-contacts-phone", 130.0, Field::Text(at!(phone))),
    column("column-contacts-email", 200.0, Field::Text(at!(email))),
];

/// How often a schedule runs.
pub const FREQUENCY: Column<Schedule> = column(
    "column-schedules-frequency",
    120.0,
    choice!(Schedule, frequency),
);

/// Step 5: the backup schedules.
pub static SCHEDULES: &[Column<Schedule>] = &[
    column("column-schedules-system", 170.0, Field::System(at!(system))),
    FREQUENCY,
    column(
        "column-schedules-start-time",
        80.0,
        Field::Time(at!(start_time)),
    ),
    explained(
        column(
            "column-schedules-backup-type",
            120.0,
            choice!(Schedule, backup_type),
        ),
        &terms::BACKUP_TYPE,
    ),
    column("column-schedules-tool", 150.0, Field::Text(at!(tool))),
    column(
        "column-schedules-tested-on",
        140.0,
        Field::Date(at!(tested_on)),
    ),
];

/// Step 6: the encryption of each destination.
pub static ENCRYPTION: &[Column<EncryptionCheck>] = &[
    column(
        "column-encryption-destination",
        170.0,
        Field::Destination(at!(destination)),
    ),
    explained(
        column(
            "column-encryption-method",
            110.0,
            choice!(EncryptionCheck, method),
        ),
        &terms::ENCRYPTION_METHOD,
    ),
    explained(
        column(
            "column-encryption-scope",
            170.0,
            choice!(EncryptionCheck, scope),
        ),
        &terms::ENCRYPTION,
    ),
    explained(
        column(
            "column-encryption-key-holder",
            130.0,
            Field::Text(at!(key_holder)),
        ),
        &terms::ENCRYPTION_KEY,
    ),
    column(
        "column-encryption-key-location",
        180.0,
        Field::Text(at!(key_location)),
    ),
    column(
        "column-encryption-verified-on",
        140.0,
        Field::Date(at!(verified_on)),
    ),
];

/// Step 7: the first full backups.
pub static INITIAL_BACKUPS: &[Column<InitialBackup>] = &[
    column(
        "column-initial-backups-system-type",
        160.0,
        choice!(InitialBackup, system_type),
    ),
    column(
        "column-initial-backups-status",
        110.0,
        choice!(InitialBackup, status),
    ),
    column("column-initial-backups-date", 140.0, Field::Date(at!(date))),
    column(
        "column-initial-backups-duration",
        90.0,
        Field::Number(at!(duration_hours), limits::HOURS),
    ),
    column(
        "column-initial-backups-size",
        80.0,
        Field::Number(at!(size_gb), limits::SIZE_GB),
    ),
    column(
        "column-initial-backups-notes",
        280.0,
        Field::Text(at!(notes)),
    ),
];

/// Step 8: the error log.
pub static ERRORS: &[Column<ErrorEntry>] = &[
    column("column-errors-date", 140.0, Field::Date(at!(date))),
    column("column-errors-system", 160.0, Field::System(at!(system))),
    column("column-errors-error", 240.0, Field::Text(at!(error))),
    column("column-errors-action", 240.0, Field::Text(at!(action))),
];

/// Step 9: the restore tests, by date as the document lists them.
pub static RESTORE_TESTS: &[Column<RestoreTest>] = &[
    column("column-restore-tests-date", 140.0, Field::Date(at!(date))),
    explained(
        column(
            "column-restore-tests-kind",
            150.0,
            choice!(RestoreTest, kind),
        ),
        &terms::RESTORE_TEST,
    ),
    column(
        "column-restore-tests-system",
        150.0,
        Field::System(at!(system)),
    ),
    column(
        "column-restore-tests-restored-to",
        160.0,
        Field::Text(at!(restored_to)),
    ),
    column(
        "column-restore-tests-result",
        120.0,
        choice!(RestoreTest, result),
    ),
    column(
        "column-restore-tests-duration",
        100.0,
        Field::Number(at!(duration_hours), limits::HOURS),
    ),
    column("column-restore-tests-notes", 200.0, Field::Text(at!(notes))),
];

/// Step 11: the readings of the backup logs.
pub static LOG_REVIEWS: &[Column<LogReview>] = &[
    column("column-log-reviews-date", 140.0, Field::Date(at!(date))),
    column("column-log-reviews-period", 130.0, Field::Text(at!(period))),
    column(
        "column-log-reviews-anomalies",
        200.0,
        Field::Text(at!(anomalies)),
    ),
    column(
        "column-log-reviews-error-codes",
        120.0,
        Field::Text(at!(error_codes)),
    ),
    column(
        "column-log-reviews-follow-up",
        200.0,
        Field::Text(at!(follow_up)),
    ),
];

/// Step 12: the revision history.
pub static REVISIONS: &[Column<DocumentRevision>] = &[
    column("column-revisions-version", 80.0, Field::Text(at!(version))),
    column("column-revisions-date", 140.0, Field::Date(at!(date))),
    column("column-revisions-author", 140.0, Field::Text(at!(author))),
    column("column-revisions-change", 340.0, Field::Text(at!(change))),
];

/// Step 13: the people invited to a training session.
pub static ATTENDEES: &[Column<Attendee>] = &[
    column("column-attendees-name", 180.0, Field::Text(at!(name))),
    column("column-attendees-email", 240.0, Field::Text(at!(email))),
    column(
        "column-attendees-attended",
        70.0,
        Field::Flag(at!(attended)),
    ),
];

#[cfg(test)]
mod tests {
    use std::collections::{BTreeMap, BTreeSet};

    use serde::Serialize;

    use super::*;

    /// Sets the column's field of `row` through its editor to something not its default.
    fn fill<R>(field: &Field<R>, row: &mut R) {
        match field {
            Field::Text(at) => (at.edit)(row).push_str("filled"),
            Field::Number(at, _) | Field::Percent(at) => *(at.edit)(row) = Some(7.0),
            Field::Date(at) => *(at.edit)(row) = NaiveDate::from_ymd_opt(2026, 3, 16),
            Field::Time(at) => *(at.edit)(row) = NaiveTime::from_hms_opt(22, 30, 0),
            Field::Flag(at) => *(at.edit)(row) = true,
            Field::Choice(choice) => {
                choice.choose(row, Some(1));
                assert_eq!(choice.chosen(row), Some(1));
                let label = choice.message(row).map(|m| Language::ENGLISH.text(m));
                assert_eq!(label, Some(choice.labels(Language::ENGLISH)[1].clone()));
            }
            Field::System(at) => *(at.edit)(row) = Some(SystemId(7)),
            Field::Destination(at) => *(at.edit)(row) = Some(DestinationId(7)),
        }
    }

    /// The fields of `row` by the names the plan file gives them.
    fn fields_of<R: Serialize>(row: &R) -> BTreeMap<String, serde_json::Value> {
        match serde_json::to_value(row).unwrap() {
            serde_json::Value::Object(fields) => fields.into_iter().collect(),
            whole => BTreeMap::from([("the row itself".to_owned(), whole)]),
        }
    }

    /// Titles and change names are each unique, and every field of the row but `hidden`
    /// is edited by exactly one column, which reads the same field as it edits.
    fn check<R: Default + Serialize>(columns: &[Column<R>], hidden: &[&str]) {
        let en = Language::ENGLISH;
        let titles: BTreeSet<_> = columns.iter().map(|c| c.title(en)).collect();
        assert_eq!(titles.len(), columns.len(), "a title repeats: {titles:?}");
        let names: BTreeSet<_> = columns.iter().map(|c| c.change_name(en)).collect();
        assert_eq!(
            names.len(),
            columns.len(),
            "a change name repeats: {names:?}"
        );
        for column in columns {
            assert!(
                column.width >= 48.0,
                "{} is narrower than a column may be",
                column.message
            );
        }

        let blank = R::default();
        let before = fields_of(&blank);
        let mut edited_by = BTreeMap::new();
        for column in columns {
            let mut row = R::default();
            fill(&column.field, &mut row);
            assert_ne!(
                column.field.value(&row),
                column.field.value(&blank),
                "{} reads another field than it edits",
                column.message
            );
            let after = fields_of(&row);
            let edited: Vec<&String> = before.keys().filter(|k| before[*k] != after[*k]).collect();
            assert_eq!(edited.len(), 1, "{} edits {edited:?}", column.message);
            if let Some(other) = edited_by.insert(edited[0].clone(), column.message) {
                panic!("{} and {other} both edit {}", column.message, edited[0]);
            }
        }
        let shown: BTreeSet<&str> = edited_by.keys().map(String::as_str).collect();
        let fields: BTreeSet<&str> = before
            .keys()
            .map(String::as_str)
            .filter(|k| !hidden.contains(k))
            .collect();
        assert_eq!(shown, fields, "fields without a column");
    }

    #[test]
    fn each_table_shows_each_field_of_its_rows_in_one_column() {
        // Ids are kept out of sight: other steps refer to rows by them.
        check(SYSTEMS, &["id"]);
        check(RETENTION, &[]);
        check(DESTINATIONS, &["id"]);
        check(PROCEDURE_STEPS, &[]);
        check(CONTACTS, &[]);
        check(SCHEDULES, &[]);
        check(ENCRYPTION, &[]);
        check(INITIAL_BACKUPS, &[]);
        check(ERRORS, &[]);
        check(RESTORE_TESTS, &[]);
        check(LOG_REVIEWS, &[]);
        check(REVISIONS, &[]);
        check(ATTENDEES, &[]);
    }

    /// The help of each of `columns` that has any, with the column's English title, for
    /// the glossary test.
    fn helps<R>(columns: &[Column<R>]) -> Vec<(Cow<'static, str>, Term)> {
        columns
            .iter()
            .filter_map(|c| c.help.map(|h| (c.title(Language::ENGLISH), h)))
            .collect()
    }

    /// The message of each of `columns`.
    fn messages<R>(columns: &[Column<R>]) -> Vec<&'static str> {
        columns.iter().map(|c| c.message).collect()
    }

    #[test]
    fn every_column_is_named_in_english_with_its_change_name() {
        let all = [
            messages(SYSTEMS),
            messages(RETENTION),
            messages(DESTINATIONS),
            messages(PROCEDURE_STEPS),
            messages(CONTACTS),
            messages(SCHEDULES),
            messages(ENCRYPTION),
            messages(INITIAL_BACKUPS),
            messages(ERRORS),
            messages(RESTORE_TESTS),
            messages(LOG_REVIEWS),
            messages(REVISIONS),
            messages(ATTENDEES),
        ]
        .concat();
        let en = Language::ENGLISH;
        for message in &all {
            assert!(message.starts_with("column-"), "{message}");
            assert!(en.has(message), "{message} is not in English");
            assert!(
                en.has(&format!("{message}.change")),
                "{message} has no .change"
            );
        }
        // Each column has a message of its own.
        let unique: BTreeSet<_> = all.iter().collect();
        assert_eq!(unique.len(), all.len(), "two columns share a message");
        assert_eq!(OWNER.title(en), "Owner");
        assert_eq!(SYSTEMS[6].change_name(en), "size (GB)");
    }

    #[test]
    fn column_help_comes_from_the_glossary() {
        let all = [
            helps(SYSTEMS),
            helps(RETENTION),
            helps(DESTINATIONS),
            helps(SCHEDULES),
            helps(ENCRYPTION),
            helps(RESTORE_TESTS),
        ]
        .concat();
        for (title, help) in &all {
            assert!(
                terms::ALL.contains(&help),
                "{title}: its help is not in the glossary"
            );
        }
        for title in [
            "Max data loss (h)",
            "Max downtime (h)",
            "Immutable",
            "Backup type",
        ] {
            assert!(all.iter().any(|(t, _)| t == title), "{title} has no help");
        }
    }

    #[test]
    fn a_dropdown_gets_a_note_for_each_option_that_has_one() {
        let Field::Choice(backup_type) = SCHEDULES[3].field else {
            panic!("the backup type is chosen from a list");
        };
        let en = Language::ENGLISH;
        let notes = backup_type.notes(en);
        assert_eq!(notes.len(), backup_type.labels(en).len());
        assert_eq!(notes[1], Some(terms::INCREMENTAL.explanation(en)));
        let Field::Choice(department) = DEPARTMENT.field else {
            panic!("the department is chosen from a list");
        };
        assert!(department.notes(en).iter().all(Option::is_none));
    }

    #[test]
    fn values_read_as_a_person_reads_them() {
        let mut system = System {
            owner: "  Priya Shah ".into(),
            redundancy: "   ".into(),
            size_gb: Some(2.5),
            ..System::default()
        };
        assert_eq!(OWNER.field.value(&system), Value::Text("Priya Shah"));
        assert_eq!(SYSTEMS[10].field.value(&system), Value::Empty);
        assert_eq!(SYSTEMS[6].field.value(&system), Value::Number(2.5));
        assert_eq!(DEPARTMENT.field.value(&system), Value::NotSet);
        let Field::Choice(department) = DEPARTMENT.field else {
            panic!("the department is chosen from a list");
        };
        department.choose(&mut system, Some(99));
        assert_eq!(system.department, None, "no such option chooses none");
        department.choose(&mut system, Some(0));
        assert_eq!(
            DEPARTMENT.field.value(&system),
            Value::Choice("option-department-finance")
        );
    }
}
