//! The form of each step: one small function a step, dispatched from [`step_form_ui`].

use chrono::{NaiveDate, NaiveDateTime};
use egui::{RichText, Ui};

use crate::advice::Advice;
use crate::model::limits;
use crate::model::options::{Decision, OptionList as _};
use crate::model::plan::{
    ApprovalState, Attendee, Contact, Destination, DestinationId, DocumentRevision, ErrorEntry,
    Identity, Plan, RestoreTest, System, SystemId, TrainingSession,
};
use crate::model::steps::StepId;
use crate::ui::command::Command;
use crate::ui::findings;
use crate::ui::theme;
use crate::ui::widgets::{Form, TableSpec, col, table_ui};

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
        StepId::RestoreTests => restore_tests_ui(ui, plan, today),
        StepId::Approval => approval_ui(ui, plan, today),
        StepId::LogReview => log_review_ui(ui, plan, today),
        StepId::Documentation => documentation_ui(ui, plan, today),
        StepId::Training => training_ui(ui, plan, now, commands),
        StepId::Evaluation => evaluation_ui(ui, plan, today),
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
                let response = ui
                    .add(
                        egui::TextEdit::singleline(&mut identity.time_zone)
                            .desired_width(200.0)
                            .char_limit(limits::MAX_TEXT_CHARS),
                    )
                    .on_hover_text("For training times, e.g. Europe/London or America/New_York");
                let response =
                    crate::ui::widgets::text_limit_note(ui, response, &identity.time_zone);
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

fn system_choices(systems: &[System]) -> Vec<(SystemId, String)> {
    systems
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let label = s.label(i);
            (s.id, label)
        })
        .collect()
}

fn destination_choices(destinations: &[Destination]) -> Vec<(DestinationId, String)> {
    destinations
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let name = d.name.trim();
            let label = if name.is_empty() {
                format!("Destination {}", i + 1)
            } else {
                name.to_owned()
            };
            (d.id, label)
        })
        .collect()
}

fn as_refs<K: Copy>(choices: &[(K, String)]) -> Vec<(K, &str)> {
    choices.iter().map(|(k, s)| (*k, s.as_str())).collect()
}

fn systems_ui(ui: &mut Ui, plan: &mut Plan, today: NaiveDate) {
    let columns = [
        col("System", 150.0),
        col("Department", 130.0),
        col("Kind of data", 150.0),
        col("System type", 150.0),
        col("Owner", 110.0),
        col("Where it lives", 130.0),
        col("Size (GB)", 80.0),
        col("Daily change (%)", 100.0),
        col("Max data loss (h)", 110.0),
        col("Max downtime (h)", 110.0),
        col("Redundancy in place", 150.0),
    ];
    let spec = TableSpec {
        id_salt: "systems",
        columns: &columns,
        add_label: "Add system",
        empty_text: "No systems yet. Add the first one: the accounts, the shared drive, e-mail...",
        reorderable: false,
        today,
    };
    // Rows get stable ids, so adding goes through the plan rather than `Default`.
    let mut systems = std::mem::take(&mut plan.systems);
    let before = systems.len();
    table_ui(ui, &spec, &mut systems, |ui, cell, system| {
        match cell.column.title {
            "System" => cell.text(ui, &mut system.name),
            "Department" => cell.dropdown(ui, &mut system.department),
            "Kind of data" => cell.dropdown(ui, &mut system.data_kind),
            "System type" => cell.dropdown(ui, &mut system.system_type),
            "Owner" => cell.text(ui, &mut system.owner),
            "Where it lives" => cell.text(ui, &mut system.location),
            "Size (GB)" => cell.number(ui, &mut system.size_gb, limits::SIZE_GB),
            "Daily change (%)" => cell.percent(ui, &mut system.daily_change_percent),
            "Max data loss (h)" => cell.number(ui, &mut system.rpo_hours, limits::HOURS),
            "Max downtime (h)" => cell.number(ui, &mut system.rto_hours, limits::HOURS),
            _ => cell.text(ui, &mut system.redundancy),
        }
    });
    let added = systems.len() > before;
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
    let columns = [
        col("Kind of data", 170.0),
        col("Keep backups for", 140.0),
        col("Reason", 130.0),
        col("Note", 280.0),
    ];
    let spec = TableSpec {
        id_salt: "retention",
        columns: &columns,
        add_label: "Add retention rule",
        empty_text: "No retention rules yet. Add one for each kind of data the office keeps.",
        reorderable: false,
        today,
    };
    table_ui(
        ui,
        &spec,
        &mut plan.retention,
        |ui, cell, rule| match cell.column.title {
            "Kind of data" => cell.dropdown(ui, &mut rule.data_kind),
            "Keep backups for" => cell.dropdown(ui, &mut rule.period),
            "Reason" => cell.dropdown(ui, &mut rule.reason),
            _ => cell.text(ui, &mut rule.note),
        },
    );
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
                    kind.label(),
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
    let columns = [
        col("Destination", 180.0),
        col("Kind", 130.0),
        col("Location", 300.0),
        col("Immutable", 90.0),
    ];
    let spec = TableSpec {
        id_salt: "destinations",
        columns: &columns,
        add_label: "Add destination",
        empty_text: "No destinations yet. Keep at least one copy away from the office and one offline.",
        reorderable: false,
        today,
    };
    let before = p.destinations.len();
    table_ui(ui, &spec, &mut p.destinations, |ui, cell, d| {
        match cell.column.title {
            "Destination" => cell.text(ui, &mut d.name),
            "Kind" => cell.dropdown(ui, &mut d.kind),
            "Location" => cell.text(ui, &mut d.location),
            _ => cell.checkbox(ui, &mut d.immutable).on_hover_text(
                "Copies there cannot be changed or deleted for a set time (object lock, \
                 write-once media), so ransomware cannot touch them",
            ),
        }
    });
    if p.destinations.len() > before {
        p.destinations.pop();
        plan.add_destination();
    }
    let p = &mut plan.procedures;

    section(ui, "The procedure, step by step");
    let columns = [col("Instruction", 620.0)];
    let spec = TableSpec {
        id_salt: "procedure-steps",
        columns: &columns,
        add_label: "Add instruction",
        empty_text: "No instructions yet. Write them so that the deputy could follow them alone.",
        reorderable: true,
        today,
    };
    table_ui(ui, &spec, &mut p.steps, |ui, cell, step| {
        cell.text(ui, step)
    });

    section(ui, "Whom to call when something goes wrong");
    let columns = [
        col("Name", 160.0),
        col("Role", 140.0),
        col("Phone", 130.0),
        col("E-mail", 200.0),
    ];
    let spec = TableSpec {
        id_salt: "escalation",
        columns: &columns,
        add_label: "Add contact",
        empty_text: "No contacts yet.",
        reorderable: true,
        today,
    };
    table_ui(ui, &spec, &mut p.escalation, |ui, cell, c: &mut Contact| {
        let value = match cell.column.title {
            "Name" => &mut c.name,
            "Role" => &mut c.role,
            "Phone" => &mut c.phone,
            _ => &mut c.email,
        };
        cell.text(ui, value)
    });

    section(ui, "Backup media");
    Form::show(ui, "media", today, |form| {
        form.multiline("Media handling", &mut p.media_handling);
    });
}

fn schedules_ui(ui: &mut Ui, plan: &mut Plan, today: NaiveDate) {
    let choices = system_choices(&plan.systems);
    let choices = as_refs(&choices);
    if choices.is_empty() {
        ui.label(
            RichText::new("Add the systems in step 1 first: each schedule belongs to one.")
                .color(theme::WARNING),
        );
    }
    let columns = [
        col("System", 170.0),
        col("Frequency", 120.0),
        col("Start time", 80.0),
        col("Backup type", 120.0),
        col("Tool", 150.0),
        col("Tested on", 140.0),
    ];
    let spec = TableSpec {
        id_salt: "schedules",
        columns: &columns,
        add_label: "Add schedule",
        empty_text: "No schedules yet. Add one for each system; a system may have several.",
        reorderable: false,
        today,
    };
    table_ui(ui, &spec, &mut plan.schedules, |ui, cell, s| {
        match cell.column.title {
            "System" => cell.choice(ui, &mut s.system, &choices),
            "Frequency" => cell.dropdown(ui, &mut s.frequency),
            "Start time" => cell.time(ui, &mut s.start_time),
            "Backup type" => cell.dropdown(ui, &mut s.backup_type),
            "Tool" => cell.text(ui, &mut s.tool),
            _ => cell.date(ui, &mut s.tested_on),
        }
    });
    // Systems without a schedule are named by the adviser's finding above the form.
}

fn encryption_ui(ui: &mut Ui, plan: &mut Plan, today: NaiveDate) {
    let choices = destination_choices(&plan.procedures.destinations);
    let choices = as_refs(&choices);
    if choices.is_empty() {
        ui.label(
            RichText::new("Add the backup destinations in step 4 first.").color(theme::WARNING),
        );
    }
    let columns = [
        col("Destination", 170.0),
        col("Method", 110.0),
        col("Protects", 170.0),
        col("Key holder", 130.0),
        col("Where the key is kept", 180.0),
        col("Verified on", 140.0),
    ];
    let spec = TableSpec {
        id_salt: "encryption",
        columns: &columns,
        add_label: "Add destination check",
        empty_text: "Nothing checked yet. Add a row for each backup destination.",
        reorderable: false,
        today,
    };
    table_ui(ui, &spec, &mut plan.encryption, |ui, cell, e| {
        match cell.column.title {
            "Destination" => cell.choice(ui, &mut e.destination, &choices),
            "Method" => cell.dropdown(ui, &mut e.method),
            "Protects" => cell.dropdown(ui, &mut e.scope),
            "Key holder" => cell.text(ui, &mut e.key_holder),
            "Where the key is kept" => cell.text(ui, &mut e.key_location),
            _ => cell.date(ui, &mut e.verified_on),
        }
    });
}

fn initial_backup_ui(ui: &mut Ui, plan: &mut Plan, today: NaiveDate) {
    let columns = [
        col("System type", 160.0),
        col("Status", 110.0),
        col("Date", 140.0),
        col("Duration (h)", 90.0),
        col("Size (GB)", 80.0),
        col("Problems and lessons learned", 280.0),
    ];
    let spec = TableSpec {
        id_salt: "initial-backups",
        columns: &columns,
        add_label: "Add initial backup",
        empty_text: "No initial backups recorded yet.",
        reorderable: false,
        today,
    };
    table_ui(
        ui,
        &spec,
        &mut plan.initial_backups,
        |ui, cell, b| match cell.column.title {
            "System type" => cell.dropdown(ui, &mut b.system_type),
            "Status" => cell.dropdown(ui, &mut b.status),
            "Date" => cell.date(ui, &mut b.date),
            "Duration (h)" => cell.number(ui, &mut b.duration_hours, limits::HOURS),
            "Size (GB)" => cell.number(ui, &mut b.size_gb, limits::SIZE_GB),
            _ => cell.text(ui, &mut b.notes),
        },
    );
}

fn monitoring_ui(ui: &mut Ui, plan: &mut Plan, today: NaiveDate) {
    let m = &mut plan.monitoring;
    Form::show(ui, "monitoring", today, |form| {
        form.text("Who checks", &mut m.checker);
        form.dropdown("How", &mut m.method);
        form.dropdown("How often", &mut m.how_often);
    });
    section(ui, "Error log");
    let choices = system_choices(&plan.systems);
    let choices = as_refs(&choices);
    let columns = [
        col("Date", 140.0),
        col("System", 160.0),
        col("Error", 240.0),
        col("Action taken", 240.0),
    ];
    let spec = TableSpec {
        id_salt: "errors",
        columns: &columns,
        add_label: "Add error",
        empty_text: "No errors recorded.",
        reorderable: false,
        today,
    };
    table_ui(
        ui,
        &spec,
        &mut plan.monitoring.errors,
        |ui, cell, e: &mut ErrorEntry| match cell.column.title {
            "Date" => cell.date(ui, &mut e.date),
            "System" => cell.choice(ui, &mut e.system, &choices),
            "Error" => cell.text(ui, &mut e.error),
            _ => cell.text(ui, &mut e.action),
        },
    );
}

fn restore_tests_ui(ui: &mut Ui, plan: &mut Plan, today: NaiveDate) {
    let choices = system_choices(&plan.systems);
    let choices = as_refs(&choices);
    let columns = [
        col("What was restored", 150.0),
        col("System", 150.0),
        col("Date", 140.0),
        col("Restored to", 160.0),
        col("Result", 120.0),
        col("Time taken (h)", 100.0),
        col("Notes", 200.0),
    ];
    let spec = TableSpec {
        id_salt: "restore-tests",
        columns: &columns,
        add_label: "Add restore test",
        empty_text: "No restore tests yet. Until one is recorded, the plan cannot be approved.",
        reorderable: false,
        today,
    };
    table_ui(
        ui,
        &spec,
        &mut plan.restore_tests,
        |ui, cell, t| match cell.column.title {
            "What was restored" => cell.dropdown(ui, &mut t.kind),
            "System" => cell.choice(ui, &mut t.system, &choices),
            "Date" => cell.date(ui, &mut t.date),
            "Restored to" => cell.text(ui, &mut t.restored_to),
            "Result" => cell.dropdown(ui, &mut t.result),
            "Time taken (h)" => cell.number(ui, &mut t.duration_hours, limits::HOURS),
            _ => cell.text(ui, &mut t.notes),
        },
    );
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
    let mut parts = vec![test.kind.map_or("Restore test", |k| k.label()).to_owned()];
    if let Some(system) = test.system.and_then(|id| plan.system(id)) {
        parts.push(system.name.clone());
    }
    if let Some(date) = test.date {
        parts.push(crate::model::format::date(date));
    }
    let result = test.result.map_or("no result recorded", |r| r.label());
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
            let current = decision.map_or(crate::ui::widgets::NOTHING_CHOSEN, |d| d.label());
            egui::ComboBox::from_id_salt("decision")
                .selected_text(current)
                .width(320.0)
                .show_ui(ui, |ui| {
                    for option in Decision::ALL {
                        let enabled = can_approve || *option != Decision::Approved;
                        let response = ui
                            .add_enabled(
                                enabled,
                                egui::Button::selectable(decision == Some(*option), option.label()),
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
        if let Err(refused) = plan.decide(decision) {
            ui.label(RichText::new(refused.to_string()).color(theme::ERROR));
        }
    }
    if state == ApprovalState::Outdated
        && ui
            .button("Approve the restore tests as they are now")
            .clicked()
    {
        let _ = plan.decide(Decision::Approved);
    }
}

fn log_review_ui(ui: &mut Ui, plan: &mut Plan, today: NaiveDate) {
    let r = &mut plan.log_reviews;
    Form::show(ui, "log-review", today, |form| {
        form.dropdown("Review cadence", &mut r.cadence);
        form.text("Reviewer", &mut r.reviewer);
    });
    section(ui, "Reviews");
    let columns = [
        col("Date", 140.0),
        col("Period covered", 130.0),
        col("Anomalies", 200.0),
        col("Error codes", 120.0),
        col("Follow-up", 200.0),
    ];
    let spec = TableSpec {
        id_salt: "log-reviews",
        columns: &columns,
        add_label: "Add review",
        empty_text: "No reviews recorded yet.",
        reorderable: false,
        today,
    };
    table_ui(ui, &spec, &mut r.entries, |ui, cell, e| {
        match cell.column.title {
            "Date" => cell.date(ui, &mut e.date),
            "Period covered" => cell.text(ui, &mut e.period),
            "Anomalies" => cell.text(ui, &mut e.anomalies),
            "Error codes" => cell.text(ui, &mut e.error_codes),
            _ => cell.text(ui, &mut e.follow_up),
        }
    });
}

fn documentation_ui(ui: &mut Ui, plan: &mut Plan, today: NaiveDate) {
    let d = &mut plan.documentation;
    let identity = &mut plan.identity;
    Form::show(ui, "documentation", today, |form| {
        form.text("Document version", &mut d.version);
        form.date("Next review date", &mut identity.next_review);
    });
    section(ui, "Revision history");
    let columns = [
        col("Version", 80.0),
        col("Date", 140.0),
        col("Author", 140.0),
        col("What changed", 340.0),
    ];
    let spec = TableSpec {
        id_salt: "history",
        columns: &columns,
        add_label: "Add revision",
        empty_text: "No revisions recorded yet.",
        reorderable: false,
        today,
    };
    table_ui(
        ui,
        &spec,
        &mut d.history,
        |ui, cell, r: &mut DocumentRevision| match cell.column.title {
            "Version" => cell.text(ui, &mut r.version),
            "Date" => cell.date(ui, &mut r.date),
            "Author" => cell.text(ui, &mut r.author),
            _ => cell.text(ui, &mut r.change),
        },
    );
}

fn training_ui(ui: &mut Ui, plan: &mut Plan, now: NaiveDateTime, commands: &mut Vec<Command>) {
    let today = now.date();
    if plan.training.sessions.is_empty() {
        ui.label(RichText::new("No training session planned yet.").color(theme::MUTED));
    }
    let mut remove = None;
    for (index, session) in plan.training.sessions.iter_mut().enumerate() {
        let number = index + 1;
        ui.push_id(("session", index), |ui| {
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
    if let Some(index) = remove {
        plan.training.sessions.remove(index);
    }
    if ui
        .add_enabled(
            plan.training.sessions.len() < limits::MAX_ROWS,
            egui::Button::new("➕ Add training session"),
        )
        .on_disabled_hover_text(crate::ui::widgets::list_full_text())
        .clicked()
    {
        plan.add_training_session(now);
    }
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
    let columns = [
        col("Name", 180.0),
        col("E-mail", 240.0),
        col("Attended", 70.0),
    ];
    let id_salt = format!("attendees-{number}");
    let spec = TableSpec {
        id_salt: &id_salt,
        columns: &columns,
        add_label: "Add attendee",
        empty_text: "No one invited yet.",
        reorderable: false,
        today,
    };
    table_ui(
        ui,
        &spec,
        &mut session.attendees,
        |ui, cell, a: &mut Attendee| match cell.column.title {
            "Name" => cell.text(ui, &mut a.name),
            "E-mail" => cell.text(ui, &mut a.email),
            _ => cell.checkbox(ui, &mut a.attended),
        },
    );
}

fn evaluation_ui(ui: &mut Ui, plan: &mut Plan, today: NaiveDate) {
    let e = &mut plan.evaluation;
    Form::show(ui, "evaluation", today, |form| {
        form.date("Evaluated on", &mut e.evaluated_on);
        form.multiline("Backup durations", &mut e.backup_durations);
        form.percent("Success rate", &mut e.success_rate_percent);
        form.multiline("Restore times against the RTO", &mut e.restore_times);
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
