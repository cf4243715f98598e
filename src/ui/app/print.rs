//! The print dialog: the printer (the system's printers, the default first), copies,
//! pages, one- or two-sided and the paper; or, where no print system answers, the PDF
//! viewer to print from. Nothing is sent to a printer the person did not choose.

use egui::{Key, RichText, Ui};

use crate::model::options::Paper;
use crate::platform::desktop::{Pages, PrintOptions, Printer};
use crate::platform::printing::MOST_COPIES;
use crate::ui::command::Command;
use crate::ui::theme;

/// What the dialog holds while it is open.
pub(super) struct PrintDialog {
    /// The printers, or why there are none to choose from.
    printers: Result<Vec<Printer>, String>,
    options: PrintOptions,
    copies_text: String,
    pages_text: String,
    all_pages: bool,
    /// Whether a field had the keyboard at the end of the last frame.
    typing: bool,
}

/// What the person chose.
pub(super) enum PrintChoice {
    Print(PrintOptions),
    OpenInViewer,
    SaveAsPdf,
    Cancel,
}

impl PrintDialog {
    pub(super) fn new(printers: Result<Vec<Printer>, String>, paper: Paper) -> Self {
        let printer = printers
            .as_ref()
            .ok()
            .and_then(|p| p.first())
            .map(|p| p.name.clone());
        Self {
            printers,
            options: PrintOptions {
                printer,
                paper,
                ..PrintOptions::default()
            },
            copies_text: "1".to_owned(),
            pages_text: String::new(),
            all_pages: true,
            typing: false,
        }
    }

    /// The options as typed, or what is wrong with them.
    fn chosen(&self) -> Result<PrintOptions, &'static str> {
        let copies: u32 = self
            .copies_text
            .trim()
            .parse()
            .ok()
            .filter(|n| (1..=MOST_COPIES).contains(n))
            .ok_or("Copies: a number from 1 to 99")?;
        let pages = if self.all_pages {
            Pages::All
        } else {
            Pages::parse(&self.pages_text)
                .ok_or("Pages: a page such as 2, or a range such as 1-3")?
        };
        Ok(PrintOptions {
            copies,
            pages,
            ..self.options.clone()
        })
    }

    /// Draws the dialog's content; the person's choice once made.
    pub(super) fn ui(&mut self, ui: &mut Ui) -> Option<PrintChoice> {
        // Escape in a field leaves the field; only otherwise does it close the dialog.
        // (egui lets go of the field's focus as the frame begins, so the frame before
        // says whether Escape was meant for a field.)
        let escape = !self.typing && ui.input(|i| i.key_pressed(Key::Escape));
        let choice = self.options_ui(ui, escape);
        self.typing = ui.memory(|m| m.focused().is_some());
        choice
    }

    fn options_ui(&mut self, ui: &mut Ui, escape: bool) -> Option<PrintChoice> {
        ui.set_max_width(480.0);
        ui.heading("Print the backup procedure");
        ui.add_space(4.0);
        let printers = match &self.printers {
            Ok(printers) if !printers.is_empty() => printers.clone(),
            Ok(_) => {
                return Self::no_printer_ui(ui, "No printer is set up on this computer.", escape);
            }
            Err(why) => {
                let why = format!("No print system answered on this computer. {why}");
                return Self::no_printer_ui(ui, &why, escape);
            }
        };
        egui::Grid::new("print options")
            .num_columns(2)
            .spacing([16.0, 8.0])
            .show(ui, |ui| {
                let printer_label = ui.label("Printer");
                let shown = self.options.printer.clone().unwrap_or_default();
                egui::ComboBox::from_id_salt("printer")
                    .selected_text(shown)
                    .width(260.0)
                    .show_ui(ui, |ui| {
                        for printer in &printers {
                            let text = if printer.default {
                                format!("{} (default)", printer.name)
                            } else {
                                printer.name.clone()
                            };
                            ui.selectable_value(
                                &mut self.options.printer,
                                Some(printer.name.clone()),
                                text,
                            );
                        }
                    })
                    .response
                    .labelled_by(printer_label.id);
                ui.end_row();

                let copies_label = ui.label("Copies");
                ui.add(egui::TextEdit::singleline(&mut self.copies_text).desired_width(60.0))
                    .labelled_by(copies_label.id);
                ui.end_row();

                ui.label("Pages");
                ui.horizontal(|ui| {
                    ui.radio_value(&mut self.all_pages, true, "All");
                    ui.radio_value(&mut self.all_pages, false, "Some pages");
                    let field = ui
                        .add_enabled(
                            !self.all_pages,
                            egui::TextEdit::singleline(&mut self.pages_text)
                                .hint_text("1-3")
                                .desired_width(80.0),
                        )
                        .accessible_name("Which pages");
                    if field.changed() && !self.pages_text.trim().is_empty() {
                        self.all_pages = false;
                    }
                });
                ui.end_row();

                ui.label("Sides");
                ui.checkbox(&mut self.options.two_sided, "Print on both sides");
                ui.end_row();

                ui.label("Paper");
                ui.horizontal(|ui| {
                    for paper in Paper::ALL {
                        ui.radio_value(&mut self.options.paper, paper, paper.label());
                    }
                });
                ui.end_row();
            });
        let chosen = self.chosen();
        if let Err(problem) = chosen {
            ui.label(RichText::new(problem).color(theme::WARNING));
        }
        ui.add_space(8.0);
        let mut choice = None;
        ui.horizontal(|ui| {
            if ui
                .add_enabled(chosen.is_ok(), egui::Button::new("Print"))
                .clicked()
                && let Ok(options) = &chosen
            {
                choice = Some(PrintChoice::Print(options.clone()));
            }
            if ui.button("Cancel").clicked() || escape {
                choice = Some(PrintChoice::Cancel);
            }
            if ui
                .button("Open in PDF viewer...")
                .on_hover_text("Open the procedure in your PDF viewer, to print it from there")
                .clicked()
            {
                choice = Some(PrintChoice::OpenInViewer);
            }
        });
        choice
    }

    /// Where nothing can be printed from here: the PDF viewer or a saved PDF instead.
    fn no_printer_ui(ui: &mut Ui, why: &str, escape: bool) -> Option<PrintChoice> {
        ui.add(egui::Label::new(why).wrap());
        ui.add(
            egui::Label::new(
                "You can open the procedure in your PDF viewer and print it from there, or \
                 save it as a PDF to print elsewhere.",
            )
            .wrap(),
        );
        ui.add_space(8.0);
        let mut choice = None;
        ui.horizontal(|ui| {
            if ui.button("Open in PDF viewer...").clicked() {
                choice = Some(PrintChoice::OpenInViewer);
            }
            if ui.button("Save as PDF...").clicked() {
                choice = Some(PrintChoice::SaveAsPdf);
            }
            if ui.button("Cancel").clicked() || escape {
                choice = Some(PrintChoice::Cancel);
            }
        });
        choice
    }
}

impl super::App {
    /// The print dialog, while it is open.
    pub(super) fn print_dialog_ui(&mut self, ctx: &egui::Context) {
        let Some(super::dialogs::Dialog::Print(dialog)) = &mut self.dialog else {
            return;
        };
        let mut choice = None;
        egui::Modal::new(egui::Id::unique("print dialog")).show(ctx, |ui| {
            choice = dialog.ui(ui);
        });
        let Some(choice) = choice else { return };
        self.dialog = None;
        match choice {
            PrintChoice::Print(options) => self.commands.push(Command::PrintWith(options)),
            PrintChoice::OpenInViewer => self.commands.push(Command::OpenProcedureInViewer),
            PrintChoice::SaveAsPdf => self.commands.push(Command::ExportProcedure),
            PrintChoice::Cancel => {}
        }
    }
}
