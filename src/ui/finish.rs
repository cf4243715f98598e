//! The end of the wizard, after step 14: what is complete, what is still open (each with a
//! way back to its step), and what to do with the plan now: save it, print the procedure,
//! send the training invitations.

use egui::{RichText, Ui};

use crate::advice::Advice;
use crate::model::steps::{STEPS, StepStatus};
use crate::ui::command::Command;
use crate::ui::state::{OpenPlan, Page};
use crate::ui::theme;

/// Shows the summary page of the open plan.
pub fn finish_ui(ui: &mut Ui, open: &mut OpenPlan, advice: &Advice, commands: &mut Vec<Command>) {
    ui.heading("Your plan at a glance");
    ui.add_space(4.0);
    let statuses: Vec<StepStatus> = STEPS.iter().map(|s| (s.status)(&open.plan)).collect();
    let complete = statuses
        .iter()
        .filter(|s| **s == StepStatus::Complete)
        .count();
    let headline = if complete == STEPS.len() {
        format!(
            "All {} steps are complete. Save the plan, print the procedure for the folder \
             by the backup drive, and invite the staff to the training.",
            STEPS.len()
        )
    } else {
        format!(
            "{complete} of {} steps are complete. The ones still open are listed below: \
             each link takes you back to its step. You can save and print at any time.",
            STEPS.len()
        )
    };
    ui.add(egui::Label::new(RichText::new(headline).color(theme::MUTED)).wrap());
    ui.add_space(10.0);

    actions_ui(ui, open, commands);

    let open_steps: Vec<_> = STEPS
        .iter()
        .zip(&statuses)
        .filter(|(_, status)| **status != StepStatus::Complete)
        .collect();
    if !open_steps.is_empty() {
        section(ui, "Still open");
        for (step, status) in open_steps {
            ui.horizontal_wrapped(|ui| {
                let number = step.id.number();
                if ui
                    .link(format!("{number}. {}", step.title(crate::i18n::ui())))
                    .accessible_name(format!("Go to step {number}"))
                    .on_hover_text("Open this step")
                    .clicked()
                {
                    open.page = Page::Step(step.id);
                }
                let high = advice.high_count(step.id);
                let words = match high {
                    0 => status.label(crate::i18n::ui()).into_owned(),
                    1 => format!("{}, 1 high finding", status.label(crate::i18n::ui())),
                    n => format!("{}, {n} high findings", status.label(crate::i18n::ui())),
                };
                let colour = if high > 0 {
                    theme::ERROR
                } else {
                    theme::WARNING
                };
                ui.label(RichText::new(words).color(colour));
            });
        }
    }
    if complete > 0 {
        section(ui, "Complete");
        for (step, _) in STEPS
            .iter()
            .zip(&statuses)
            .filter(|(_, status)| **status == StepStatus::Complete)
        {
            let number = step.id.number();
            ui.horizontal(|ui| {
                ui.label(RichText::new("✔").color(theme::GOOD));
                if ui
                    .link(format!("{number}. {}", step.title(crate::i18n::ui())))
                    .accessible_name(format!("Go to step {number}"))
                    .clicked()
                {
                    open.page = Page::Step(step.id);
                }
            });
        }
    }
}

fn section(ui: &mut Ui, title: &str) {
    ui.add_space(14.0);
    ui.label(RichText::new(title).strong().size(16.0));
    ui.add_space(2.0);
}

/// Save, print, export and the training invitations, as buttons.
fn actions_ui(ui: &mut Ui, open: &mut OpenPlan, commands: &mut Vec<Command>) {
    ui.horizontal_wrapped(|ui| {
        let save = if open.path.is_some() {
            "Save the plan"
        } else {
            "Save the plan as..."
        };
        if ui.button(save).clicked() {
            commands.push(Command::Save);
        }
        if ui.button("Print the procedure...").clicked() {
            commands.push(Command::PrintProcedure);
        }
        if ui.button("Export the procedure as PDF...").clicked() {
            commands.push(Command::ExportProcedure);
        }
    });
    section(ui, "Training invitations");
    let sessions = &open.plan.training.sessions;
    if sessions.is_empty() {
        ui.horizontal_wrapped(|ui| {
            ui.label("No training session is planned yet.");
            if ui
                .link("Plan one in step 13")
                .accessible_name("Go to step 13")
                .clicked()
            {
                open.page = Page::Step(STEPS[12].id);
            }
        });
        return;
    }
    for (index, session) in sessions.iter().enumerate() {
        let number = index + 1;
        ui.horizontal_wrapped(|ui| {
            let title = crate::model::format::one_line(&session.title, 60);
            let title = if title.is_empty() {
                format!("Session {number}")
            } else {
                title
            };
            let when = session
                .date
                .map(|d| format!(", {}", crate::model::format::date(d)))
                .unwrap_or_default();
            ui.label(RichText::new(format!("{title}{when}")).strong());
            for (text, command) in [
                ("Save invitation PDF...", Command::SaveInvitation(index)),
                ("Save calendar file...", Command::SaveCalendar(index)),
                ("Open in mail program", Command::OpenMail(index)),
            ] {
                if ui
                    .button(text)
                    .accessible_name(format!("{text} (session {number})"))
                    .clicked()
                {
                    commands.push(command);
                }
            }
        });
    }
}
