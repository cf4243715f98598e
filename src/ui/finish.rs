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
    ui.heading(t!("finish-heading"));
    ui.add_space(4.0);
    let statuses: Vec<StepStatus> = STEPS.iter().map(|s| (s.status)(&open.plan)).collect();
    let complete = statuses
        .iter()
        .filter(|s| **s == StepStatus::Complete)
        .count();
    let headline = if complete == STEPS.len() {
        t!("finish-all-complete", count = STEPS.len())
    } else {
        t!(
            "finish-some-complete",
            complete = complete,
            count = STEPS.len()
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
        section(ui, &t!("finish-still-open"));
        for (step, status) in open_steps {
            ui.horizontal_wrapped(|ui| {
                let number = step.id.number();
                if ui
                    .link(t!(
                        "wizard-step-numbered",
                        number = number,
                        title = step.title(crate::i18n::ui())
                    ))
                    .accessible_name(t!("wizard-go-to-step", number = number))
                    .on_hover_text(t!("finish-open-step"))
                    .clicked()
                {
                    open.page = Page::Step(step.id);
                }
                let high = advice.high_count(step.id);
                let words = match high {
                    0 => status.label(crate::i18n::ui()),
                    n => t!(
                        "finish-status-high-findings",
                        status = status.label(crate::i18n::ui()),
                        count = n
                    ),
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
        section(ui, &t!("finish-complete"));
        for (step, _) in STEPS
            .iter()
            .zip(&statuses)
            .filter(|(_, status)| **status == StepStatus::Complete)
        {
            let number = step.id.number();
            ui.horizontal(|ui| {
                ui.label(RichText::new("✔").color(theme::GOOD));
                if ui
                    .link(t!(
                        "wizard-step-numbered",
                        number = number,
                        title = step.title(crate::i18n::ui())
                    ))
                    .accessible_name(t!("wizard-go-to-step", number = number))
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
            t!("finish-save")
        } else {
            t!("finish-save-as")
        };
        if ui.button(save).clicked() {
            commands.push(Command::Save);
        }
        if ui.button(t!("finish-print")).clicked() {
            commands.push(Command::PrintProcedure);
        }
        if ui.button(t!("finish-export")).clicked() {
            commands.push(Command::ExportProcedure);
        }
    });
    section(ui, &t!("finish-training-invitations"));
    let sessions = &open.plan.training.sessions;
    if sessions.is_empty() {
        ui.horizontal_wrapped(|ui| {
            ui.label(t!("finish-no-session"));
            let training = STEPS[12].id;
            if ui
                .link(t!("finish-plan-session", number = training.number()))
                .accessible_name(t!("wizard-go-to-step", number = training.number()))
                .clicked()
            {
                open.page = Page::Step(training);
            }
        });
        return;
    }
    for (index, session) in sessions.iter().enumerate() {
        let number = index + 1;
        ui.horizontal_wrapped(|ui| {
            let title = crate::model::format::one_line(&session.title, 60);
            let title = if title.is_empty() {
                t!("finish-session-untitled", number = number)
            } else {
                title.into()
            };
            let heading = match session.date {
                Some(date) => t!(
                    "finish-session-on",
                    title = title,
                    date = crate::i18n::ui().formats().date(date)
                ),
                None => title,
            };
            ui.label(RichText::new(heading).strong());
            for (text, command) in [
                (t!("finish-save-invitation"), Command::SaveInvitation(index)),
                (t!("finish-save-calendar"), Command::SaveCalendar(index)),
                (t!("finish-open-mail"), Command::OpenMail(index)),
            ] {
                if ui
                    .button(text.as_ref())
                    .accessible_name(t!(
                        "finish-session-action",
                        action = text.as_ref(),
                        number = number
                    ))
                    .clicked()
                {
                    commands.push(command);
                }
            }
        });
    }
}
