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
            section(ui, &t!("forms-schedules-storage"));
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
        form.text(
            &t!("forms-details-organisation"),
            &mut identity.organisation,
        );
        form.text(&t!("forms-details-title"), &mut identity.title);
        form.date(&t!("forms-details-created"), &mut identity.created);
        form.custom(&t!("forms-details-revision"), |ui| {
            let revision = crate::i18n::ui()
                .formats()
                .whole(u64::from(identity.revision));
            ui.label(revision)
                .on_hover_text(t!("forms-details-revision.tooltip"))
        });
        form.date(&t!("forms-details-next-review"), &mut identity.next_review);
        form.count_or(
            &t!("forms-details-review-every"),
            &t!("forms-unit-months"),
            &mut identity.review_interval_months,
            "12",
            limits::MONTHS,
        )
        .on_hover_text(t!("forms-details-review-every.tooltip"));
        form.dropdown(&t!("forms-details-country"), &mut identity.country)
            .on_hover_text(t!("forms-details-country.tooltip"));
        form.custom(&t!("forms-details-time-zone"), |ui| {
            ui.horizontal(|ui| {
                let response = crate::ui::widgets::time_zone_ui(ui, &mut identity.time_zone)
                    .on_hover_text(t!("forms-details-time-zone.tooltip"));
                let zone = identity.time_zone.trim();
                if !zone.is_empty() && jiff::tz::TimeZone::get(zone).is_err() {
                    ui.colored_label(theme::WARNING, t!("forms-details-time-zone-unknown"));
                }
                response
            })
            .inner
        });
        form.custom(&t!("forms-details-document-language"), |ui| {
            let chosen = &mut identity.document_language;
            egui::ComboBox::from_id_salt("document language")
                .selected_text(chosen.name())
                .show_ui(ui, |ui| {
                    for language in crate::i18n::Language::all() {
                        ui.selectable_value(chosen, language, language.name());
                    }
                })
                .response
                .on_hover_text(t!("forms-details-document-language.tooltip"))
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
        add_label: &t!("forms-systems-add"),
        empty_text: &t!("forms-systems-empty"),
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
        RichText::new(t!("forms-systems-note"))
            .color(theme::MUTED)
            .small(),
    );
}

fn assessment_ui(ui: &mut Ui, plan: &mut Plan, today: NaiveDate) {
    let a = &mut plan.assessment;
    Form::show(ui, "assessment", today, |form| {
        form.dropdown(
            &t!("forms-assessment-current-solution"),
            &mut a.current_solution,
        );
        form.multiline(&t!("forms-assessment-what-works"), &mut a.what_works);
        form.multiline(&t!("forms-assessment-gaps"), &mut a.gaps);
        form.text(&t!("forms-assessment-consulted"), &mut a.consulted);
    });
}

fn retention_ui(ui: &mut Ui, plan: &mut Plan, today: NaiveDate) {
    let spec = TableSpec {
        id_salt: "retention",
        columns: columns::RETENTION,
        add_label: &t!("forms-retention-add"),
        empty_text: &t!("forms-retention-empty"),
        reorderable: false,
        today,
        choices: &Choices::default(),
    };
    table_ui(ui, &spec, &mut plan.retention);
    legal_periods_ui(ui, plan.identity.country);
}

/// The legal keeping periods the adviser compares with, and where they come from.
fn legal_periods_ui(ui: &mut Ui, country: Option<crate::model::options::Country>) {
    use crate::model::options::Country;
    section(ui, &t!("forms-legal-periods"));
    let whose = match country {
        Some(Country::UnitedKingdom) => "united-kingdom",
        Some(Country::Germany) => "germany",
        Some(Country::Austria) => "austria",
        Some(Country::Switzerland) => "switzerland",
        Some(Country::France) => "france",
        Some(Country::Spain) => "spain",
        Some(Country::UnitedStates) => "united-states",
        Some(Country::Other) => "other",
        None => "none",
    };
    ui.label(t!("forms-legal-periods-intro", country = whose));
    for kind in crate::model::options::DataKind::ALL {
        if let Some(minimum) = crate::advice::adviser::legal_minimum(country, *kind) {
            let line = t!(
                "forms-legal-minimum",
                kind = kind.label(crate::i18n::ui()),
                years = minimum.years,
                source = minimum.source(crate::i18n::ui())
            );
            ui.add(egui::Label::new(format!("• {line}")).wrap());
        }
    }
    ui.add(
        egui::Label::new(
            RichText::new(crate::advice::adviser::legal_note(crate::i18n::ui()))
                .small()
                .color(theme::MUTED),
        )
        .wrap(),
    );
}

fn procedures_ui(ui: &mut Ui, plan: &mut Plan, today: NaiveDate) {
    let p = &mut plan.procedures;
    Form::show(ui, "procedures", today, |form| {
        form.text(&t!("forms-procedures-responsible"), &mut p.responsible);
        form.text(&t!("forms-procedures-deputy"), &mut p.deputy);
    });

    section(ui, &t!("forms-procedures-destinations"));
    let spec = TableSpec {
        id_salt: "destinations",
        columns: columns::DESTINATIONS,
        add_label: &t!("forms-procedures-destinations-add"),
        empty_text: &t!("forms-procedures-destinations-empty"),
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

    section(ui, &t!("forms-procedures-steps"));
    let spec = TableSpec {
        id_salt: "procedure-steps",
        columns: columns::PROCEDURE_STEPS,
        add_label: &t!("forms-procedures-steps-add"),
        empty_text: &t!("forms-procedures-steps-empty"),
        reorderable: true,
        today,
        choices: &Choices::default(),
    };
    table_ui(ui, &spec, &mut p.steps);

    section(ui, &t!("forms-procedures-contacts"));
    let spec = TableSpec {
        id_salt: "escalation",
        columns: columns::CONTACTS,
        add_label: &t!("forms-procedures-contacts-add"),
        empty_text: &t!("forms-procedures-contacts-empty"),
        reorderable: true,
        today,
        choices: &Choices::default(),
    };
    table_ui(ui, &spec, &mut p.escalation);

    section(ui, &t!("forms-procedures-media"));
    Form::show(ui, "media", today, |form| {
        form.explained(terms::OFFLINE_COPY).multiline(
            &t!("forms-procedures-media-handling"),
            &mut p.media_handling,
        );
    });
}

fn schedules_ui(ui: &mut Ui, plan: &mut Plan, today: NaiveDate) {
    let choices = Choices::of(plan);
    if choices.systems.is_empty() {
        ui.label(RichText::new(t!("forms-schedules-no-systems")).color(theme::WARNING));
    }
    let spec = TableSpec {
        id_salt: "schedules",
        columns: columns::SCHEDULES,
        add_label: &t!("forms-schedules-add"),
        empty_text: &t!("forms-schedules-empty"),
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
        ui.label(RichText::new(t!("forms-encryption-no-destinations")).color(theme::WARNING));
    }
    let spec = TableSpec {
        id_salt: "encryption",
        columns: columns::ENCRYPTION,
        add_label: &t!("forms-encryption-add"),
        empty_text: &t!("forms-encryption-empty"),
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
        add_label: &t!("forms-initial-backups-add"),
        empty_text: &t!("forms-initial-backups-empty"),
        reorderable: false,
        today,
        choices: &Choices::default(),
    };
    table_ui(ui, &spec, &mut plan.initial_backups);
}

fn monitoring_ui(ui: &mut Ui, plan: &mut Plan, today: NaiveDate) {
    let m = &mut plan.monitoring;
    Form::show(ui, "monitoring", today, |form| {
        form.text(&t!("forms-monitoring-checker"), &mut m.checker);
        form.dropdown(&t!("forms-monitoring-method"), &mut m.method);
        form.dropdown(&t!("forms-monitoring-how-often"), &mut m.how_often);
    });
    section(ui, &t!("forms-monitoring-errors"));
    let choices = Choices::of(plan);
    let spec = TableSpec {
        id_salt: "errors",
        columns: columns::ERRORS,
        add_label: &t!("forms-monitoring-errors-add"),
        empty_text: &t!("forms-monitoring-errors-empty"),
        reorderable: false,
        today,
        choices: &choices,
    };
    table_ui(ui, &spec, &mut plan.monitoring.errors);
}

fn restore_tests_ui(ui: &mut Ui, plan: &mut Plan, today: NaiveDate) {
    Form::show(ui, "restore-cadence", today, |form| {
        form.count_or(
            &t!("forms-restore-tests-every"),
            &t!("forms-unit-months"),
            &mut plan.restore_test_every_months,
            "3",
            limits::MONTHS,
        )
        .on_hover_text(t!("forms-restore-tests-every.tooltip"));
    });
    let choices = Choices::of(plan);
    let spec = TableSpec {
        id_salt: "restore-tests",
        columns: columns::RESTORE_TESTS,
        add_label: &t!("forms-restore-tests-add"),
        empty_text: &t!("forms-restore-tests-empty"),
        reorderable: false,
        today,
        choices: &choices,
    };
    table_ui(ui, &spec, &mut plan.restore_tests);
    if plan.approval_state() == ApprovalState::Outdated {
        ui.label(RichText::new(t!("forms-restore-tests-outdated")).color(theme::WARNING));
    }
}

/// One line about a restore test, for the approver: what, which system, when, result.
fn restore_test_summary(plan: &Plan, test: &RestoreTest) -> String {
    let language = crate::i18n::ui();
    let what = test
        .kind
        .map_or_else(|| t!("forms-approval-test-unnamed"), |k| k.label(language));
    let result = test.result.map_or_else(
        || t!("forms-approval-test-no-result"),
        |r| r.label(language),
    );
    let system = test.system.and_then(|id| plan.system(id)).map(|s| &s.name);
    let date = test.date.map(|d| language.formats().date(d));
    match (system, date) {
        (None, None) => t!("forms-approval-test", test = what, result = result),
        (Some(system), None) => t!(
            "forms-approval-test-system",
            test = what,
            system = system,
            result = result
        ),
        (None, Some(date)) => t!(
            "forms-approval-test-date",
            test = what,
            date = date,
            result = result
        ),
        (Some(system), Some(date)) => t!(
            "forms-approval-test-system-date",
            test = what,
            system = system,
            date = date,
            result = result
        ),
    }
    .into_owned()
}

fn approval_ui(ui: &mut Ui, plan: &mut Plan, today: NaiveDate) {
    let state = plan.approval_state();
    let colour = match state {
        ApprovalState::Approved => theme::GOOD,
        ApprovalState::NotDecided => theme::MUTED,
        _ => theme::WARNING,
    };
    ui.label(
        RichText::new(t!(
            "forms-approval-status",
            status = state.label(crate::i18n::ui())
        ))
        .color(colour)
        .strong(),
    );
    let count = plan.restore_tests.len();
    ui.label(match count {
        0 => t!("forms-approval-no-tests"),
        n => t!("forms-approval-covers", count = n),
    });
    for test in &plan.restore_tests {
        ui.label(format!("•  {}", restore_test_summary(plan, test)));
    }
    ui.add_space(8.0);

    let can_approve = plan.can_approve();
    let mut decision = plan.approval.decision;
    let a = &mut plan.approval;
    Form::show(ui, "approval", today, |form| {
        form.text(&t!("forms-approval-approver"), &mut a.approver);
        form.text(&t!("forms-approval-role"), &mut a.role);
        form.custom(&t!("forms-approval-decision"), |ui| {
            let current =
                decision.map_or_else(widgets::nothing_chosen, |d| d.label(crate::i18n::ui()));
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
                                crate::model::plan::ApprovalRefused.text(crate::i18n::ui()),
                            );
                        if response.clicked() {
                            decision = Some(*option);
                        }
                    }
                })
                .response
        });
        form.date(&t!("forms-approval-date"), &mut a.date);
        form.multiline(&t!("forms-approval-comment"), &mut a.comment);
    });
    if !can_approve {
        ui.label(
            RichText::new(crate::model::plan::ApprovalRefused.text(crate::i18n::ui()))
                .color(theme::WARNING),
        );
    }
    if decision != plan.approval.decision
        && let Some(decision) = decision
    {
        // Refusal cannot happen here (the option is disabled), but never swallow it.
        if let Err(refused) = plan.decide_on(decision, today) {
            ui.label(RichText::new(refused.text(crate::i18n::ui())).color(theme::ERROR));
        }
    }
    if state == ApprovalState::Outdated && ui.button(t!("forms-approval-approve-again")).clicked() {
        // Approved again as they are now: a new decision, dated today.
        if plan.decide(Decision::Approved).is_ok() {
            plan.approval.date = Some(today);
        }
    }
}

fn log_review_ui(ui: &mut Ui, plan: &mut Plan, today: NaiveDate) {
    let r = &mut plan.log_reviews;
    Form::show(ui, "log-review", today, |form| {
        form.dropdown(&t!("forms-log-review-cadence"), &mut r.cadence);
        form.text(&t!("forms-log-review-reviewer"), &mut r.reviewer);
    });
    section(ui, &t!("forms-log-review-entries"));
    let spec = TableSpec {
        id_salt: "log-reviews",
        columns: columns::LOG_REVIEWS,
        add_label: &t!("forms-log-review-add"),
        empty_text: &t!("forms-log-review-empty"),
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
        form.text(&t!("forms-documentation-version"), &mut d.version);
        form.date(&t!("forms-details-next-review"), &mut identity.next_review);
    });
    section(ui, &t!("forms-documentation-history"));
    let spec = TableSpec {
        id_salt: "history",
        columns: columns::REVISIONS,
        add_label: &t!("forms-documentation-add"),
        empty_text: &t!("forms-documentation-empty"),
        reorderable: false,
        today,
        choices: &Choices::default(),
    };
    table_ui(ui, &spec, &mut d.history);
}

fn training_ui(ui: &mut Ui, plan: &mut Plan, now: NaiveDateTime, commands: &mut Vec<Command>) {
    let today = now.date();
    if plan.training.sessions.is_empty() {
        ui.label(RichText::new(t!("forms-training-none")).color(theme::MUTED));
    }
    let mut remove = None;
    for (index, session) in plan.training.sessions.iter_mut().enumerate() {
        let number = table::place(index);
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
                    let heading = t!("forms-training-session", number = &number);
                    ui.label(RichText::new(heading).strong());
                    if ui
                        .button(t!("forms-training-remove"))
                        .accessible_name(t!("forms-training-remove.name", number = &number))
                        .clicked()
                    {
                        remove = Some(index);
                    }
                });
                session_ui(ui, session, index, today);
                ui.add_space(6.0);
                ui.label(RichText::new(t!("forms-training-invite")).strong());
                ui.horizontal_wrapped(|ui| {
                    let actions = [
                        (
                            "forms-training-save-invitation",
                            Command::SaveInvitation(index),
                        ),
                        ("forms-training-save-calendar", Command::SaveCalendar(index)),
                        ("forms-training-copy-email", Command::CopyEmail(index)),
                        ("forms-training-open-mail", Command::OpenMail(index)),
                    ];
                    for (message, command) in actions {
                        let text = t!(message);
                        // The first session's buttons go by their text alone; the others
                        // say which session they are for.
                        let name = if index == 0 {
                            text.clone()
                        } else {
                            t!(&format!("{message}.numbered"), number = &number)
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
            t!("forms-training-removed-name", number = table::place(index))
        } else {
            t!(
                "forms-training-removed-name-titled",
                number = table::place(index),
                title = title
            )
        }
        .into_owned();
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
                egui::Button::new(format!("➕ {}", t!("forms-training-add"))),
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
        form.text(&t!("forms-session-title"), &mut session.title);
        form.date(&t!("forms-session-date"), &mut session.date);
        form.time(&t!("forms-session-start-time"), &mut session.start_time);
        form.count(
            &t!("forms-session-duration"),
            &t!("forms-unit-minutes"),
            &mut session.duration_minutes,
            limits::MINUTES,
        );
        form.text(&t!("forms-session-place"), &mut session.place);
        form.text(&t!("forms-session-trainer"), &mut session.trainer);
        form.text(
            &t!("forms-session-trainer-email"),
            &mut session.trainer_email,
        );
        form.multiline(&t!("forms-session-agenda"), &mut session.agenda);
        form.text(
            &t!("forms-session-what-to-bring"),
            &mut session.what_to_bring,
        );
    });
    ui.label(RichText::new(t!("forms-session-attendees")).strong());
    let id_salt = format!("attendees-{number}");
    let spec = TableSpec {
        id_salt: &id_salt,
        columns: columns::ATTENDEES,
        add_label: &t!("forms-session-attendees-add"),
        empty_text: &t!("forms-session-attendees-empty"),
        reorderable: false,
        today,
        choices: &Choices::default(),
    };
    table_ui(ui, &spec, &mut session.attendees);
}

fn evaluation_ui(ui: &mut Ui, plan: &mut Plan, today: NaiveDate) {
    let e = &mut plan.evaluation;
    Form::show(ui, "evaluation", today, |form| {
        form.date(&t!("forms-evaluation-evaluated-on"), &mut e.evaluated_on);
        form.multiline(
            &t!("forms-evaluation-backup-durations"),
            &mut e.backup_durations,
        );
        form.percent(
            &t!("forms-evaluation-success-rate"),
            &mut e.success_rate_percent,
        );
        form.explained(terms::MAX_DOWNTIME)
            .multiline(&t!("forms-evaluation-restore-times"), &mut e.restore_times);
        form.number(
            &t!("forms-evaluation-storage-used"),
            &t!("forms-unit-gb"),
            &mut e.storage_used_gb,
            limits::SIZE_GB,
        );
        form.multiline(&t!("forms-evaluation-adjustments"), &mut e.adjustments);
        form.multiline(&t!("forms-evaluation-feedback"), &mut e.feedback);
        form.date(&t!("forms-evaluation-next"), &mut e.next_evaluation);
    });
}
