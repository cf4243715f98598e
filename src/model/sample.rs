//! Plans of any size, made from the example plan: for benchmarks and tests of how the
//! program copes with a large office.

use crate::model::limits;
use crate::model::plan::{Plan, Schedule, System, SystemId};

/// The example plan that ships with the app, as data (an empty plan if it ever failed to
/// parse; its own test makes sure it does not).
pub fn example() -> Plan {
    let mut plan: Plan = ron::from_str(crate::EXAMPLE_PLAN).unwrap_or_default();
    let from = plan.format_version;
    plan.upgrade(from);
    plan
}

/// A new plan (created 2026-01-05) with one restore test of individual files (2026-01-06):
/// where approval and sign-off tests start.
pub fn plan_with_restore_test() -> Plan {
    let day = |d| chrono::NaiveDate::from_ymd_opt(2026, 1, d).unwrap_or_default();
    let mut plan = Plan::new(day(5));
    plan.restore_tests.push(crate::model::plan::RestoreTest {
        kind: Some(crate::model::options::RestoreKind::IndividualFiles),
        date: Some(day(6)),
        ..crate::model::plan::RestoreTest::default()
    });
    plan
}

/// The example plan grown (or cut) to `systems` systems, each with its own schedule.
pub fn plan_with_systems(systems: usize) -> Plan {
    let mut plan = example();
    let templates = std::mem::take(&mut plan.systems);
    let schedules = std::mem::take(&mut plan.schedules);
    plan.systems.reserve(systems);
    for i in 0..systems {
        let template = templates
            .get(i % templates.len().max(1))
            .cloned()
            .unwrap_or_default();
        // Numbered directly: `add_system` looks for the highest id each time.
        let id = SystemId(u32::try_from(i + 1).unwrap_or(u32::MAX));
        plan.systems.push(System {
            id,
            name: format!("{} #{}", template.name, i + 1),
            ..template
        });
        let schedule = schedules
            .get(i % schedules.len().max(1))
            .cloned()
            .unwrap_or_default();
        plan.schedules.push(Schedule {
            system: Some(id),
            ..schedule
        });
    }
    // Keep step 9's records pointing at systems that exist.
    let first = plan.systems.first().map(|s| s.id);
    for test in &mut plan.restore_tests {
        test.system = first;
    }
    for entry in &mut plan.monitoring.errors {
        entry.system = first;
    }
    let _ = plan.decide(crate::model::options::Decision::Approved);
    plan
}

/// Text of `chars` characters in words, as a person might paste: "Backup copies are...".
pub fn long_text(chars: usize) -> String {
    const WORDS: &str = "Backup copies are checked every Friday by the office manager, who \
                         writes down what failed and whom she asked for help. ";
    WORDS.chars().cycle().take(chars).collect()
}

/// `list` grown (or cut) to `rows` rows, cycling through its own.
fn cycle<T: Clone + Default>(list: &mut Vec<T>, rows: usize) {
    let template = if list.is_empty() {
        vec![T::default()]
    } else {
        std::mem::take(list)
    };
    *list = template.iter().cycle().take(rows).cloned().collect();
}

/// A plan at the limits a plan file may hold: every list of the plan (the attendees of
/// its first training session among them) of `rows` rows, the first `long_rows` rows of
/// each with every text field at [`limits::MAX_TEXT_CHARS`], and every text field outside
/// the lists at the limit too. Built from the example plan, so that its references hold.
pub fn plan_at_limits(rows: usize, long_rows: usize) -> Plan {
    use crate::model::plan::{Destination, DestinationId};
    let mut plan = plan_with_systems(rows);
    // Every list grows to `rows` rows, cycling through the example's own.
    let p = &mut plan;
    cycle(&mut p.retention, rows);
    let destinations = std::mem::take(&mut p.procedures.destinations);
    p.procedures.destinations = (0..rows)
        .map(|i| Destination {
            id: DestinationId(u32::try_from(i + 1).unwrap_or(u32::MAX)),
            ..destinations
                .get(i % destinations.len().max(1))
                .cloned()
                .unwrap_or_default()
        })
        .collect();
    cycle(&mut p.procedures.steps, rows);
    cycle(&mut p.procedures.escalation, rows);
    cycle(&mut p.encryption, rows);
    cycle(&mut p.initial_backups, rows);
    cycle(&mut p.monitoring.errors, rows);
    cycle(&mut p.restore_tests, rows);
    cycle(&mut p.log_reviews.entries, rows);
    cycle(&mut p.documentation.history, rows);
    if p.training.sessions.is_empty() {
        p.training
            .sessions
            .push(crate::model::plan::TrainingSession::default());
    }
    if let Some(session) = p.training.sessions.first_mut() {
        cycle(&mut session.attendees, rows);
    }
    p.revisions.clear();

    fill_long_texts(p, long_rows);
    let _ = plan.decide(crate::model::options::Decision::Approved);
    plan
}

/// Every text field outside the lists of `p`, and in the first `long_rows` rows of each
/// list, at [`limits::MAX_TEXT_CHARS`].
fn fill_long_texts(p: &mut Plan, long_rows: usize) {
    let long = long_text(limits::MAX_TEXT_CHARS);
    let fill = |text: &mut String| text.clone_from(&long);
    let i = &mut p.identity;
    fill(&mut i.organisation);
    fill(&mut i.title);
    let a = &mut p.assessment;
    for text in [&mut a.what_works, &mut a.gaps, &mut a.consulted] {
        fill(text);
    }
    let pr = &mut p.procedures;
    for text in [&mut pr.responsible, &mut pr.deputy, &mut pr.media_handling] {
        fill(text);
    }
    fill(&mut p.monitoring.checker);
    let ap = &mut p.approval;
    for text in [&mut ap.approver, &mut ap.role, &mut ap.comment] {
        fill(text);
    }
    fill(&mut p.log_reviews.reviewer);
    fill(&mut p.documentation.version);
    let e = &mut p.evaluation;
    for text in [
        &mut e.backup_durations,
        &mut e.restore_times,
        &mut e.adjustments,
        &mut e.feedback,
    ] {
        fill(text);
    }
    for s in &mut p.training.sessions {
        for text in [
            &mut s.title,
            &mut s.place,
            &mut s.trainer,
            &mut s.trainer_email,
            &mut s.agenda,
            &mut s.what_to_bring,
        ] {
            fill(text);
        }
        for a in s.attendees.iter_mut().take(long_rows) {
            fill(&mut a.name);
            fill(&mut a.email);
        }
        if s.attendees.is_empty() {
            s.attendees.push(crate::model::plan::Attendee::default());
        }
    }
    fill_long_rows(p, long_rows, &fill);
}

/// The text fields of the first `long_rows` rows of each list of `p` filled by `fill`.
fn fill_long_rows(p: &mut Plan, long_rows: usize, fill: &dyn Fn(&mut String)) {
    for s in p.systems.iter_mut().take(long_rows) {
        for text in [
            &mut s.name,
            &mut s.owner,
            &mut s.location,
            &mut s.redundancy,
        ] {
            fill(text);
        }
    }
    for r in p.retention.iter_mut().take(long_rows) {
        fill(&mut r.note);
    }
    for d in p.procedures.destinations.iter_mut().take(long_rows) {
        fill(&mut d.name);
        fill(&mut d.location);
    }
    for step in p.procedures.steps.iter_mut().take(long_rows) {
        fill(step);
    }
    for c in p.procedures.escalation.iter_mut().take(long_rows) {
        for text in [&mut c.name, &mut c.role, &mut c.phone, &mut c.email] {
            fill(text);
        }
    }
    for s in p.schedules.iter_mut().take(long_rows) {
        fill(&mut s.tool);
    }
    for c in p.encryption.iter_mut().take(long_rows) {
        fill(&mut c.key_holder);
        fill(&mut c.key_location);
    }
    for b in p.initial_backups.iter_mut().take(long_rows) {
        fill(&mut b.notes);
    }
    for err in p.monitoring.errors.iter_mut().take(long_rows) {
        fill(&mut err.error);
        fill(&mut err.action);
    }
    for t in p.restore_tests.iter_mut().take(long_rows) {
        fill(&mut t.restored_to);
        fill(&mut t.notes);
    }
    for r in p.log_reviews.entries.iter_mut().take(long_rows) {
        for text in [
            &mut r.period,
            &mut r.anomalies,
            &mut r.error_codes,
            &mut r.follow_up,
        ] {
            fill(text);
        }
    }
    for r in p.documentation.history.iter_mut().take(long_rows) {
        fill(&mut r.version);
        fill(&mut r.author);
        fill(&mut r.change);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_plan_at_the_limits_is_within_them_and_at_them() {
        let plan = plan_at_limits(40, 3);
        assert_eq!(limits::check(&plan), Ok(()));
        assert_eq!(plan.training.sessions[0].attendees.len(), 40);
        assert_eq!(plan.procedures.steps.len(), 40);
        assert_eq!(plan.systems[2].name.chars().count(), limits::MAX_TEXT_CHARS);
        assert_eq!(plan.systems[3].name, "E-mail and calendars #4");
        let mut over = plan;
        over.systems[3]
            .owner
            .push_str(&long_text(limits::MAX_TEXT_CHARS + 1));
        assert!(limits::check(&over).is_err());
    }

    #[test]
    fn a_grown_plan_has_the_systems_asked_for_and_consistent_references() {
        let plan = plan_with_systems(12);
        assert_eq!(plan.systems.len(), 12);
        assert_eq!(plan.schedules.len(), 12);
        for schedule in &plan.schedules {
            assert!(plan.system(schedule.system.unwrap()).is_some());
        }
        assert_eq!(
            plan.approval_state(),
            crate::model::plan::ApprovalState::Approved
        );
    }
}
