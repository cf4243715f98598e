//! The form of each step: one small function a step, dispatched from [`step_form_ui`].

use chrono::{NaiveDate, NaiveDateTime};
use egui::{RichText, Ui};

use crate::advice::Advice;
use crate::model::columns;
use crate::model::limits;
use crate::model::options::{Decision, OptionList as _};
use crate::model::plan::{ApprovalState, Identity, Plan, RestoreTest, TrainingSession};
use crate::model::steps::StepId;
use crate::model::terms;
use crate::ui::command::Command;
use crate::ui::findings;
use crate::ui::table::{self, Choices, RowChange, TableSpec, table_ui};
use crate::ui::theme;
use crate::ui::widgets;
use crate::ui::widgets::Form;

/// Shows the form of `step` for `plan`; actions that reach beyond the plan (files, the
/// mail program) land in `commands`.
pub fn step_form_ui(
    ui: &mut Ui,
    plan: &mut Plan,
    step: StepId,
    now: NaiveDateTime,
    commands: &mut Vec<Command>,
    advice: &Advice,
) {
    let today = now.date();
    match step {
        StepId::IdentifySystems => systems_ui(ui, plan, today),
        StepId::AssessCurrent => assessment_ui(ui, plan, today),
        StepId::FrequencyRetention => retention_ui(ui, plan, today),
        StepId::DocumentProcedures => procedures_ui(ui, plan, today),
        StepId::Schedules => {
            schedules_ui(ui, plan, today);
            section(ui, "Storage the backups need");
            findings::estimate_ui(ui, &advice.estimate, plan, today);
        }
        StepId::Encryption => encryption_ui(ui, plan, today),
        StepId::InitialBackup => initial_backup_ui(ui, plan, today),
        StepId::Monitoring => monitoring_ui(ui, plan, today),
        StepId::RestoreTests => {
            restore_tests_ui(ui, plan, today);
            crate::ui::evidence::offered_tests_ui(ui, plan, &advice.offered_tests);
        }
        StepId::Approval => approval_ui(ui, plan, today),
        StepId::LogReview => log_review_ui(ui, plan, today),
        StepId::Documentation => documentation_ui(ui, plan, today),
        StepId::Training => training_ui(ui, plan, now, commands),
        StepId::Evaluation => {
            evaluation_ui(ui, plan, today);
            crate::ui::evidence::figures_ui(ui, plan, &advice.health);
        }
    }
}

/// The plan's own details: whose plan it is and when it is reviewed.
pub fn details_ui(ui: &mut Ui, identity: &mut Identity, today: NaiveDate) {
    Form::show(ui, "details", today, |form| {
        form.text("Organisation", &mut identity.organisation);
        form.text("Plan title", &mut identity.title);
        form.date("Created on", &mut identity.created);
        form.custom("Revision", |ui| {
            ui.label(identity.revision.to_string())
                .on_hover_text("Counts up each time the plan is approved again")
        });
        form.date("Next review date", &mut identity.next_review);
        form.count_or(
            "Review every",
            "months",
            &mut identity.review_interval_months,
            "12",
            limits::MONTHS,
        )
        .on_hover_text(
            "After each sign-off, the next review is set this far ahead (12 when empty)",
        );
        form.dropdown("Country", &mut identity.country)
            .on_hover_text(
                "Whose common record-keeping periods step 3 is compared with; general figures \
                 when not chosen",
            );
        form.custom("Time zone", |ui| {
            ui.horizontal(|ui| {
                let response = crate::ui::widgets::time_zone_ui(ui, &mut identity.time_zone)
                    .on_hover_text("The office's time zone, for training times");
                let zone = identity.time_zone.trim();
                if !zone.is_empty() && jiff::tz::TimeZone::get(zone).is_err() {
                    ui.colored_label(
                        theme::WARNING,
                        "Not a time zone this program knows: write it like Europe/London",
                    );
                }
                response
            })
            .inner
        });
    });
}

fn section(ui: &mut Ui, title: &str) {
    ui.add_space(12.0);
    ui.label(RichText::new(title).strong().size(16.0));
    ui.add_space(2.0);
}

fn systems_ui(ui: &mut Ui, plan: &mut Plan, today: NaiveDate) {
    let spec = TableSpec {
        id_salt: "systems",
        columns: columns::SYSTEMS,
        add_label: "Add system",
        empty_text: "No systems yet. Add the first one: the accounts, the shared drive, e-mail...",
        reorderable: false,
        today,
        choices: &Choices::default(),
    };
    // Rows get stable ids, so adding goes through the plan rather than `Default`.
    let mut systems = std::mem::take(&mut plan.systems);
    let added = table_ui(ui, &spec, &mut systems) == Some(RowChange::Added);
    if added {
        systems.pop();
    }
    plan.systems = systems;
    if added {
        plan.add_system();
    }
    ui.label(
        RichText::new(
            "Max data loss: how many hours of work you could afford to redo (RPO). \
             Max downtime: how long you could manage without the system (RTO).",
        )
        .color(theme::MUTED)
        .small(),
    );
}

fn assessment_ui(ui: &mut Ui, plan: &mut Plan, today: NaiveDate) {
    let a = &mut plan.assessment;
    Form::show(ui, "assessment", today, |form| {
        form.dropdown("Current solution", &mut a.current_solution);
        form.multiline("What works", &mut a.what_works);
        form.multiline("Gaps found", &mut a.gaps);
        form.text("Who was asked", &mut a.consulted);
    });
}

fn retention_ui(ui: &mut Ui, plan: &mut Plan, today: NaiveDate) {
    let spec = TableSpec {
        id_salt: "retention",
        columns: columns::RETENTION,
        add_label: "Add retention rule",
        empty_text: "No retention rules yet. Add one for each kind of data the office keeps.",
        reorderable: false,
        today,
        choices: &Choices::default(),
    };
    table_ui(ui, &spec, &mut plan.retention);
    legal_periods_ui(ui, plan.identity.country);
}

/// The legal keeping periods the adviser compares with, and where they come from.
fn legal_periods_ui(ui: &mut Ui, country: Option<crate::model::options::Country>) {
    section(ui, "Common legal minimums");
    let mut place = crate::advice::adviser::in_country(country).to_owned();
    if country.is_none() {
        place.push_str(" (choose your country in Plan details)");
    }
    ui.label(format!("Common minimum keeping periods {place}:"));
    for kind in crate::model::options::DataKind::ALL {
        if let Some(minimum) = crate::advice::adviser::legal_minimum(country, *kind) {
            ui.add(
                egui::Label::new(format!(
                    "• {}: {} years. {}.",
                    kind.label(crate::i18n::ui()),
                    minimum.years,
                    minimum.source
                ))
                .wrap(),
            );
        }
    }
    ui.add(
        egui::Label::new(
            RichText::new(crate::advice::adviser::LEGAL_NOTE)
                .small()
                .color(theme::MUTED),
        )
        .wrap(),
    );
}

fn procedures_ui(ui: &mut Ui, plan: &mut Plan, today: NaiveDate) {
    let p = &mut plan.procedures;
    Form::show(ui, "procedures", today, |form| {
        form.text("Responsible person", &mut p.responsible);
        form.text("Deputy", &mut p.deputy);
    });

    section(ui, "Where the copies go");
    let spec = TableSpec {
        id_salt: "destinations",
        columns: columns::DESTINATIONS,
        add_label: "Add destination",
        empty_text: "No destinations yet. Keep at least one copy away from the office and one offline.",
        reorderable: false,
        today,
        choices: &Choices::default(),
    };
    // Rows get stable ids, so adding goes through the plan rather than `Default`.
    if table_ui(ui, &spec, &mut p.destinations) == Some(RowChange::Added) {
        p.destinations.pop();
        plan.add_destination();
    }
    let p = &mut plan.procedures;

    section(ui, "The procedure, step by step");
    let spec = TableSpec {
        id_salt: "procedure-steps",
        columns: columns::PROCEDURE_STEPS,
        add_label: "Add instruction",
        empty_text: "No instructions yet. Write them so that the deputy could follow them alone.",
        reorderable: true,
        today,
        choices: &Choices::default(),
    };
    table_ui(ui, &spec, &mut p.steps);

    section(ui, "Whom to call when something goes wrong");
    let spec = TableSpec {
        id_salt: "escalation",
        columns: columns::CONTACTS,
        add_label: "Add contact",
        empty_text: "No contacts yet.",
        reorderable: true,
        today,
        choices: &Choices::default(),
    };
    table_ui(ui, &spec, &mut p.escalation);

    section(ui, "Backup media");
    Form::show(ui, "media", today, |form| {
        form.explained(terms::OFFLINE_COPY)
            .multiline("Media handling", &mut p.media_handling);
    });
}

fn schedules_ui(ui: &mut Ui, plan: &mut Plan, today: NaiveDate) {
    let choices = Choices::of(plan);
    if choices.systems.is_empty() {
        ui.label(
            RichText::new("Add the systems in step 1 first: each schedule belongs to one.")
                .color(theme::WARNING),
        );
    }
    let spec = TableSpec {
        id_salt: "schedules",
        columns: columns::SCHEDULES,
        add_label: "Add schedule",
        empty_text: "No schedules yet. Add one for each system; a system may have several.",
        reorderable: false,
        today,
        choices: &choices,
    };
    table_ui(ui, &spec, &mut plan.schedules);
    // Systems without a schedule are named by the adviser's finding above the form.
}

fn encryption_ui(ui: &mut Ui, plan: &mut Plan, today: NaiveDate) {
    let choices = Choices::of(plan);
    if choices.destinations.is_empty() {
        ui.label(
            RichText::new("Add the backup destinations in step 4 first.").color(theme::WARNING),
        );
    }
    let spec = TableSpec {
        id_salt: "encryption",
        columns: columns::ENCRYPTION,
        add_label: "Add destination check",
        empty_text: "Nothing checked yet. Add a row for each backup destination.",
        reorderable: false,
        today,
        choices: &choices,
    };
    table_ui(ui, &spec, &mut plan.encryption);
}

fn initial_backup_ui(ui: &mut Ui, plan: &mut Plan, today: NaiveDate) {
    let spec = TableSpec {
        id_salt: "initial-backups",
        columns: columns::INITIAL_BACKUPS,
        add_label: "Add initial backup",
        empty_text: "No initial backups recorded yet.",
        reorderable: false,
        today,
        choices: &Choices::default(),
    };
    table_ui(ui, &spec, &mut plan.initial_backups);
}

fn monitoring_ui(ui: &mut Ui, plan: &mut Plan, today: NaiveDate) {
    let m = &mut plan.monitoring;
    Form::show(ui, "monitoring", today, |form| {
        form.text("Who checks", &mut m.checker);
        form.dropdown("How", &mut m.method);
        form.dropdown("How often", &mut m.how_often);
    });
    section(ui, "Error log");
    let choices = Choices::of(plan);
    let spec = TableSpec {
        id_salt: "errors",
        columns: columns::ERRORS,
        add_label: "Add error",
        empty_text: "No errors recorded.",
        reorderable: false,
        today,
        choices: &choices,
    };
    table_ui(ui, &spec, &mut plan.monitoring.errors);
}

fn restore_tests_ui(ui: &mut Ui, plan: &mut Plan, today: NaiveDate) {
    Form::show(ui, "restore-cadence", today, |form| {
        form.count_or(
            "Test a restore every",
            "months",
            &mut plan.restore_test_every_months,
            "3",
            limits::MONTHS,
        )
        .on_hover_text(
            "How often a restore is tried out; the calendar reminders use it (3 when empty)",
        );
    });
    let choices = Choices::of(plan);
    let spec = TableSpec {
        id_salt: "restore-tests",
        columns: columns::RESTORE_TESTS,
        add_label: "Add restore test",
        empty_text: "No restore tests yet. Until one is recorded, the plan cannot be approved.",
        reorderable: false,
        today,
        choices: &choices,
    };
    table_ui(ui, &spec, &mut plan.restore_tests);
    if plan.approval_state() == ApprovalState::Outdated {
        ui.label(
            RichText::new(
                "These tests changed after they were approved: ask for approval again in step 10.",
            )
            .color(theme::WARNING),
        );
    }
}

/// One line about a restore test, for the approver: what, which system, when, result.
fn restore_test_summary(plan: &Plan, test: &RestoreTest) -> String {
    let mut parts = vec![
        test.kind
            .map_or("Restore test".into(), |k| k.label(crate::i18n::ui()))
            .into_owned(),
    ];
    if let Some(system) = test.system.and_then(|id| plan.system(id)) {
        parts.push(system.name.clone());
    }
    if let Some(date) = test.date {
        parts.push(crate::model::format::date(date));
    }
    let result = test
        .result
        .map_or("no result recorded".into(), |r| r.label(crate::i18n::ui()));
    format!("{}: {result}", parts.join(", "))
}

fn approval_ui(ui: &mut Ui, plan: &mut Plan, today: NaiveDate) {
    let state = plan.approval_state();
    let colour = match state {
        ApprovalState::Approved => theme::GOOD,
        ApprovalState::NotDecided => theme::MUTED,
        _ => theme::WARNING,
    };
    ui.label(
        RichText::new(format!("Status: {}", state.label()))
            .color(colour)
            .strong(),
    );
    let count = plan.restore_tests.len();
    ui.label(match count {
        0 => "Step 9 has no restore test yet, so there is nothing to approve.".to_owned(),
        1 => "The approval covers the 1 restore test recorded in step 9:".to_owned(),
        n => format!("The approval covers the {n} restore tests recorded in step 9:"),
    });
    for test in &plan.restore_tests {
        ui.label(format!("•  {}", restore_test_summary(plan, test)));
    }
    ui.add_space(8.0);

    let can_approve = plan.can_approve();
    let mut decision = plan.approval.decision;
    let a = &mut plan.approval;
    Form::show(ui, "approval", today, |form| {
        form.text("Approver", &mut a.approver);
        form.text("Role", &mut a.role);
        form.custom("Decision", |ui| {
            let current = decision.map_or(crate::ui::widgets::NOTHING_CHOSEN.into(), |d| {
                d.label(crate::i18n::ui())
            });
            egui::ComboBox::from_id_salt("decision")
                .selected_text(current)
                .width(320.0)
                .show_ui(ui, |ui| {
                    for option in Decision::ALL {
                        let enabled = can_approve || *option != Decision::Approved;
                        let response = ui
                            .add_enabled(
                                enabled,
                                egui::Button::selectable(
                                    decision == Some(*option),
                                    option.label(crate::i18n::ui()),
                                ),
                            )
                            .on_disabled_hover_text(
                                crate::model::plan::ApprovalRefused.to_string(),
                            );
                        if response.clicked() {
                            decision = Some(*option);
                        }
                    }
                })
                .response
        });
        form.date("Date", &mut a.date);
        form.multiline("Comment", &mut a.comment);
    });
    if !can_approve {
        ui.label(
            RichText::new(crate::model::plan::ApprovalRefused.to_string()).color(theme::WARNING),
        );
    }
    if decision != plan.approval.decision
        && let Some(decision) = decision
    {
        // Refusal cannot happen here (the option is disabled), but never swallow it.
        if let Err(refused) = plan.decide_on(decision, today) {
            ui.label(RichText::new(refused.to_string()).color(theme::ERROR));
        }
    }
    if state == ApprovalState::Outdated
        && ui
            .button("Approve the restore tests as they are now")
            .clicked()
    {
        // Approved again as they are now: a new decision, dated today.
        if plan.decide(Decision::Approved).is_ok() {
            plan.approval.date = Some(today);
        }
    }
}

fn log_review_ui(ui: &mut Ui, plan: &mut Plan, today: NaiveDate) {
    let r = &mut plan.log_reviews;
    Form::show(ui, "log-review", today, |form| {
        form.dropdown("Review cadence", &mut r.cadence);
        form.text("Reviewer", &mut r.reviewer);
    });
    section(ui, "Reviews");
    let spec = TableSpec {
        id_salt: "log-reviews",
        columns: columns::LOG_REVIEWS,
        add_label: "Add review",
        empty_text: "No reviews recorded yet.",
        reorderable: false,
        today,
        choices: &Choices::default(),
    };
    table_ui(ui, &spec, &mut r.entries);
}

fn documentation_ui(ui: &mut Ui, plan: &mut Plan, today: NaiveDate) {
    let d = &mut plan.documentation;
    let identity = &mut plan.identity;
    Form::show(ui, "documentation", today, |form| {
        form.text("Document version", &mut d.version);
        form.date("Next review date", &mut identity.next_review);
    });
    section(ui, "Revision history");
    let spec = TableSpec {
        id_salt: "history",
        columns: columns::REVISIONS,
        add_label: "Add revision",
        empty_text: "No revisions recorded yet.",
        reorderable: false,
        today,
        choices: &Choices::default(),
    };
    table_ui(ui, &spec, &mut d.history);
}

fn training_ui(ui: &mut Ui, plan: &mut Plan, now: NaiveDateTime, commands: &mut Vec<Command>) {
    let today = now.date();
    if plan.training.sessions.is_empty() {
        ui.label(RichText::new("No training session planned yet.").color(theme::MUTED));
    }
    let mut remove = None;
    for (index, session) in plan.training.sessions.iter_mut().enumerate() {
        let number = index + 1;
        // Named by the session's own id, not its place: what a session's fields remember
        // (text not understood yet) stays with it when one above is removed.
        let key = if session.uid.is_empty() {
            format!("#{index}")
        } else {
            session.uid.clone()
        };
        ui.push_id(("session", key), |ui| {
            egui::Frame::group(ui.style()).show(ui, |ui| {
                ui.horizontal(|ui| {
                    ui.label(RichText::new(format!("Session {number}")).strong());
                    if ui
                        .button("Remove session")
                        .accessible_name(format!("Remove session {number}"))
                        .clicked()
                    {
                        remove = Some(index);
                    }
                });
                session_ui(ui, session, index, today);
                ui.add_space(6.0);
                ui.label(RichText::new("Invite the staff").strong());
                ui.horizontal_wrapped(|ui| {
                    let actions = [
                        ("Save invitation PDF...", Command::SaveInvitation(index)),
                        ("Save calendar file...", Command::SaveCalendar(index)),
                        ("Copy e-mail text", Command::CopyEmail(index)),
                        ("Open in mail program", Command::OpenMail(index)),
                    ];
                    for (text, command) in actions {
                        let name = if number == 1 {
                            text.to_owned()
                        } else {
                            format!("{text} (session {number})")
                        };
                        if ui.button(text).accessible_name(name).clicked() {
                            commands.push(command);
                        }
                    }
                });
            });
        });
        ui.add_space(8.0);
    }
    let sessions_id = ui.scope_id().with("sessions");
    if let Some(index) = remove {
        let session = plan.training.sessions.remove(index);
        let title = crate::model::format::one_line(&session.title, 40);
        let name = if title.is_empty() {
            format!("session {}", index + 1)
        } else {
            format!("session {} (“{title}”)", index + 1)
        };
        table::remember_removed(
            ui,
            sessions_id,
            index,
            session,
            name,
            plan.training.sessions.clone(),
        );
    }
    ui.horizontal(|ui| {
        if ui
            .add_enabled(
                plan.training.sessions.len() < limits::MAX_ROWS,
                egui::Button::new("➕ Add training session"),
            )
            .on_disabled_hover_text(widgets::list_full_text())
            .clicked()
        {
            plan.add_training_session(now);
        }
        table::put_back_ui(ui, sessions_id, &mut plan.training.sessions);
    });
}

fn session_ui(ui: &mut Ui, session: &mut TrainingSession, index: usize, today: NaiveDate) {
    let number = index + 1;
    Form::show(ui, &format!("session-{number}"), today, |form| {
        form.text("Title", &mut session.title);
        form.date("Date", &mut session.date);
        form.time("Start time", &mut session.start_time);
        form.count(
            "Duration",
            "minutes",
            &mut session.duration_minutes,
            limits::MINUTES,
        );
        form.text("Place or link", &mut session.place);
        form.text("Trainer", &mut session.trainer);
        form.text("Trainer's e-mail", &mut session.trainer_email);
        form.multiline("Agenda", &mut session.agenda);
        form.text("What to bring", &mut session.what_to_bring);
    });
    ui.label(RichText::new("Attendees").strong());
    let id_salt = format!("attendees-{number}");
    let spec = TableSpec {
        id_salt: &id_salt,
        columns: columns::ATTENDEES,
        add_label: "Add attendee",
        empty_text: "No one invited yet.",
        reorderable: false,
        today,
        choices: &Choices::default(),
    };
    table_ui(ui, &spec, &mut session.attendees);
}

fn evaluation_ui(ui: &mut Ui, plan: &mut Plan, today: NaiveDate) {
    let e = &mut plan.evaluation;
    Form::show(ui, "evaluation", today, |form| {
        form.date("Evaluated on", &mut e.evaluated_on);
        form.multiline("Backup durations", &mut e.backup_durations);
        form.percent("Success rate", &mut e.success_rate_percent);
        form.explained(terms::MAX_DOWNTIME)
            .multiline("Restore times against the RTO", &mut e.restore_times);
        form.number(
            "Storage used",
            "GB",
            &mut e.storage_used_gb,
            limits::SIZE_GB,
        );
        form.multiline("What was adjusted", &mut e.adjustments);
        form.multiline("Feedback from staff", &mut e.feedback);
        form.date("Next evaluation date", &mut e.next_evaluation);
    });
}
