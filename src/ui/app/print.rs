//! The print and preview dialog of a document (the procedure, an invitation): the pages
//! as they will print, and either the print options (the printer, the system's printers
//! with the default first, copies, pages, one- or two-sided, the paper) or the paper to
//! save it as a PDF on. Where no print system answers, the PDF viewer to print from.
//! Nothing is sent to a printer the person did not choose.

use std::borrow::Cow;

use egui::{Key, RichText, Ui};

use crate::model::options::Paper;
use crate::model::plan::{Plan, TrainingSession};
use crate::platform::desktop::{Pages, PrintOptions, Printer};
use crate::platform::printing::MOST_COPIES;
use crate::ui::command::{Command, Document};
use crate::ui::theme;

/// How finely the preview draws a page: pixels per typographic point (an A4 page is 595
/// points wide).
const PREVIEW_SCALE: f32 = 1.5;

/// What a preview is drawn from: the document's plan as it was when the dialog opened.
#[derive(Clone)]
struct Source {
    plan: Plan,
    /// The training session whose invitation it is; `None` for the procedure.
    invitation: Option<TrainingSession>,
}

impl Source {
    /// The document's pages drawn as images, each handed to `each` as it is drawn.
    fn pages(
        &self,
        paper: Paper,
        today: chrono::NaiveDate,
        each: impl FnMut(usize, crate::documents::PageImage) -> bool,
    ) -> Result<(), crate::documents::DocumentError> {
        let plan = &self.plan;
        match &self.invitation {
            None => crate::documents::procedure_pages(plan, paper, today, PREVIEW_SCALE, each),
            Some(session) => {
                crate::documents::invitation_pages(plan, session, paper, today, PREVIEW_SCALE, each)
            }
        }
    }
}

/// The pages of a document drawn as images, arriving one by one from a thread of their
/// own, so the first shows quickly and the window keeps answering while a large plan's
/// pages are drawn.
struct Preview {
    paper: Paper,
    receiver: std::sync::mpsc::Receiver<Result<(usize, crate::documents::PageImage), String>>,
    /// Asks the thread to stop (the dialog closed, the paper changed).
    stop: std::sync::Arc<std::sync::atomic::AtomicBool>,
    pages: Vec<egui::TextureHandle>,
    count: Option<usize>,
    problem: Option<String>,
    /// The page shown, from 0.
    shown: usize,
    /// How large the page shows, against fitting the width.
    zoom: f32,
}

impl Preview {
    fn start(ctx: &egui::Context, source: &Source, paper: Paper, today: chrono::NaiveDate) -> Self {
        use std::sync::atomic::{AtomicBool, Ordering};
        let (sender, receiver) = std::sync::mpsc::channel();
        let stop = std::sync::Arc::new(AtomicBool::new(false));
        let (source, stopped, ctx) = (source.clone(), stop.clone(), ctx.clone());
        let language = crate::i18n::ui();
        std::thread::spawn(move || {
            let made = source.pages(paper, today, |count, page| {
                let sent = sender.send(Ok((count, page))).is_ok();
                // The window draws the page as soon as it is here, and only then.
                ctx.request_repaint();
                sent && !stopped.load(Ordering::Relaxed)
            });
            if let Err(err) = made {
                let _ = sender.send(Err(err.text(language)));
                ctx.request_repaint();
            }
            crate::documents::forget_layouts();
        });
        Self {
            paper,
            receiver,
            stop,
            pages: Vec::new(),
            count: None,
            problem: None,
            shown: 0,
            zoom: 1.0,
        }
    }

    /// Takes in the pages drawn since the last frame.
    fn receive(&mut self, ctx: &egui::Context) {
        // The thread asks for a frame as each page arrives: no polling here.
        while let Ok(arrived) = self.receiver.try_recv() {
            match arrived {
                Ok((count, page)) => {
                    self.count = Some(count);
                    let size = [page.width as usize, page.height as usize];
                    let image = egui::ColorImage::from_rgba_premultiplied(size, &page.rgba);
                    let name = format!("preview page {}", self.pages.len() + 1);
                    self.pages
                        .push(ctx.load_texture(name, image, egui::TextureOptions::LINEAR));
                }
                Err(problem) => self.problem = Some(problem),
            }
        }
    }

    fn ui(&mut self, ui: &mut Ui, height: f32) {
        self.receive(ui.ctx());
        if let Some(problem) = &self.problem {
            ui.colored_label(theme::WARNING, t!("print-no-preview", problem = problem));
            return;
        }
        let count = self.count.unwrap_or(0);
        ui.horizontal(|ui| {
            if ui
                .add_enabled(self.shown > 0, egui::Button::new("◀"))
                .on_hover_text(t!("print-previous-page"))
                .accessible_name(t!("print-previous-page"))
                .clicked()
            {
                self.shown -= 1;
            }
            let pages = if count == 0 {
                t!("print-preparing-preview")
            } else {
                t!("print-page-of", page = self.shown + 1, count = count)
            };
            ui.label(pages);
            if ui
                .add_enabled(self.shown + 1 < count, egui::Button::new("▶"))
                .on_hover_text(t!("print-next-page"))
                .accessible_name(t!("print-next-page"))
                .clicked()
            {
                self.shown += 1;
            }
            ui.separator();
            if ui
                .add_enabled(self.zoom > 0.5, egui::Button::new("−"))
                .accessible_name(t!("print-smaller"))
                .on_hover_text(t!("print-smaller"))
                .clicked()
            {
                self.zoom = (self.zoom / 1.25).max(0.5);
            }
            let zoom = crate::i18n::ui()
                .formats()
                .number(f64::from(self.zoom * 100.0), 0);
            ui.label(t!("print-zoom", percent = zoom));
            if ui
                .add_enabled(self.zoom < 3.0, egui::Button::new("+"))
                .accessible_name(t!("print-larger"))
                .on_hover_text(t!("print-larger"))
                .clicked()
            {
                self.zoom = (self.zoom * 1.25).min(3.0);
            }
        });
        let width = ui.available_width();
        egui::ScrollArea::both()
            .id_salt("preview")
            .min_scrolled_height(height)
            .max_height(height)
            .auto_shrink([false, false])
            .show(ui, |ui| {
                if let Some(page) = self.pages.get(self.shown) {
                    let [w, h] = page.size();
                    #[expect(clippy::cast_precision_loss, reason = "sizes of an image")]
                    let (w, h) = (w as f32, h as f32);
                    // The whole page in view at 100%; larger to read the small print.
                    let fit = ((width - 16.0).max(80.0) / w).min((height - 8.0).max(80.0) / h);
                    let scale = fit * self.zoom;
                    let image = egui::Image::new((page.id(), egui::vec2(w * scale, h * scale)));
                    ui.add(image.sense(egui::Sense::hover())).widget_info(|| {
                        egui::WidgetInfo::labeled(
                            egui::Role::Image,
                            true,
                            t!(
                                "print-preview-of-page",
                                page = self.shown + 1,
                                count = count
                            ),
                        )
                    });
                } else {
                    ui.add_space(height / 2.0);
                    ui.vertical_centered(|ui| {
                        ui.label(RichText::new(t!("print-preparing-preview")).color(theme::MUTED))
                    });
                }
            });
    }
}

impl Drop for Preview {
    fn drop(&mut self) {
        self.stop.store(true, std::sync::atomic::Ordering::Relaxed);
    }
}

/// What the dialog holds while it is open.
pub(super) struct PrintDialog {
    document: Document,
    /// What the preview is made of.
    source: Source,
    today: chrono::NaiveDate,
    preview: Option<Preview>,
    /// The printers, or why there are none to choose from; `None` while the dialog is
    /// for saving a PDF (the print system is asked only when printing).
    printers: Option<Result<Vec<Printer>, String>>,
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
    SaveAsPdf(Paper),
    /// From saving a PDF to printing: the dialog stays, with the print options.
    ToPrint,
    Cancel,
}

impl PrintDialog {
    /// The dialog for `document` of `plan` (a training session's invitation: `None`
    /// when there is no such session), to print it with `printers`, or, with none, to
    /// save it as a PDF.
    fn new(
        document: Document,
        plan: &Plan,
        printers: Option<Result<Vec<Printer>, String>>,
        paper: Paper,
        today: chrono::NaiveDate,
    ) -> Option<Self> {
        let invitation = match document {
            Document::Procedure => None,
            Document::Invitation(index) => Some(plan.training.sessions.get(index)?.clone()),
        };
        let source = Source {
            plan: plan.clone(),
            invitation,
        };
        let mut dialog = Self {
            document,
            source,
            today,
            preview: None,
            printers: None,
            options: PrintOptions {
                paper,
                ..PrintOptions::default()
            },
            copies_text: "1".to_owned(),
            pages_text: String::new(),
            all_pages: true,
            typing: false,
        };
        if let Some(printers) = printers {
            dialog.set_printers(printers);
        }
        Some(dialog)
    }

    /// Turns the dialog to printing, on `printers` (the default first).
    fn set_printers(&mut self, printers: Result<Vec<Printer>, String>) {
        self.options.printer = printers
            .as_ref()
            .ok()
            .and_then(|p| p.first())
            .map(|p| p.name.clone());
        self.printers = Some(printers);
    }

    /// What the dialog's heading calls the document.
    fn title(&self) -> Cow<'static, str> {
        match (self.document, self.printers.is_some()) {
            (Document::Procedure, true) => t!("print-title-procedure"),
            (Document::Procedure, false) => t!("print-title-procedure-pdf"),
            (Document::Invitation(_), true) => t!("print-title-invitation"),
            (Document::Invitation(_), false) => t!("print-title-invitation-pdf"),
        }
    }

    /// The options as typed, or what is wrong with them.
    fn chosen(&self) -> Result<PrintOptions, Cow<'static, str>> {
        let copies: u32 = self
            .copies_text
            .trim()
            .parse()
            .ok()
            .filter(|n| (1..=MOST_COPIES).contains(n))
            .ok_or_else(|| t!("print-copies-wrong", most = MOST_COPIES))?;
        let pages = if self.all_pages {
            Pages::All
        } else {
            Pages::parse(&self.pages_text).ok_or_else(|| t!("print-pages-wrong"))?
        };
        // Once the preview knows how many pages there are: none past the end.
        let pages = match self.preview.as_ref().and_then(|p| p.count) {
            Some(count) => pages
                .within(count)
                .ok_or_else(|| t!("print-pages-too-many"))?,
            None => pages,
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
        // The preview is of the paper chosen: drawn again when the paper changes.
        if self
            .preview
            .as_ref()
            .is_none_or(|p| p.paper != self.options.paper)
        {
            self.preview = Some(Preview::start(
                ui.ctx(),
                &self.source,
                self.options.paper,
                self.today,
            ));
        }
        // Beside the options where the window is wide enough, else below them.
        let screen = ui.ctx().content_rect();
        let wide = screen.width() >= 980.0;
        let height = (screen.height() - if wide { 180.0 } else { 440.0 }).clamp(140.0, 1200.0);
        let choice = if wide {
            ui.horizontal_top(|ui| {
                let choice = ui
                    .vertical(|ui| {
                        ui.set_width(440.0);
                        self.options_ui(ui, escape)
                    })
                    .inner;
                ui.separator();
                ui.vertical(|ui| {
                    ui.set_width((screen.width() - 620.0).clamp(320.0, 900.0));
                    if let Some(preview) = &mut self.preview {
                        preview.ui(ui, height);
                    }
                });
                choice
            })
            .inner
        } else {
            let choice = self.options_ui(ui, escape);
            ui.separator();
            if let Some(preview) = &mut self.preview {
                preview.ui(ui, height);
            }
            choice
        };
        self.typing = ui.memory(|m| m.focused().is_some());
        choice
    }

    fn options_ui(&mut self, ui: &mut Ui, escape: bool) -> Option<PrintChoice> {
        ui.set_max_width(480.0);
        ui.heading(self.title());
        ui.add_space(4.0);
        let printers = match &self.printers {
            None => return self.save_ui(ui, escape),
            Some(Ok(printers)) if !printers.is_empty() => printers.clone(),
            Some(Ok(_)) => {
                let why = t!("print-no-printer");
                return self.no_printer_ui(ui, &why, escape);
            }
            Some(Err(why)) => {
                let why = t!("print-no-print-system", why = why);
                return self.no_printer_ui(ui, &why, escape);
            }
        };
        egui::Grid::new("print options")
            .num_columns(2)
            .spacing([16.0, 8.0])
            .show(ui, |ui| {
                let printer_label = ui.label(t!("print-printer"));
                let shown = self.options.printer.clone().unwrap_or_default();
                egui::ComboBox::from_id_salt("printer")
                    .selected_text(shown)
                    .width(260.0)
                    .show_ui(ui, |ui| {
                        for printer in &printers {
                            let text = if printer.default {
                                t!("print-printer-default", printer = &printer.name)
                            } else {
                                printer.name.clone().into()
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

                let copies_label = ui.label(t!("print-copies"));
                ui.add(egui::TextEdit::singleline(&mut self.copies_text).desired_width(60.0))
                    .labelled_by(copies_label.id);
                ui.end_row();

                ui.label(t!("print-pages"));
                ui.horizontal(|ui| {
                    ui.radio_value(&mut self.all_pages, true, t!("print-pages-all"));
                    ui.radio_value(&mut self.all_pages, false, t!("print-pages-some"));
                    let field = ui
                        .add_enabled(
                            !self.all_pages,
                            egui::TextEdit::singleline(&mut self.pages_text)
                                .hint_text("1-3")
                                .desired_width(80.0),
                        )
                        .accessible_name(t!("print-which-pages"));
                    if field.changed() && !self.pages_text.trim().is_empty() {
                        self.all_pages = false;
                    }
                });
                ui.end_row();

                ui.label(t!("print-sides"));
                ui.checkbox(&mut self.options.two_sided, t!("print-both-sides"));
                ui.end_row();

                ui.label(t!("print-paper"));
                ui.horizontal(|ui| {
                    paper_ui(ui, &mut self.options.paper);
                });
                ui.end_row();
            });
        let chosen = self.chosen();
        if let Err(problem) = &chosen {
            ui.label(RichText::new(problem.clone()).color(theme::WARNING));
        }
        ui.add_space(8.0);
        let mut choice = None;
        ui.horizontal(|ui| {
            if ui
                .add_enabled(chosen.is_ok(), egui::Button::new(t!("print-print")))
                .clicked()
                && let Ok(options) = &chosen
            {
                choice = Some(PrintChoice::Print(options.clone()));
            }
            if ui.button(t!("print-cancel")).clicked() || escape {
                choice = Some(PrintChoice::Cancel);
            }
            if ui
                .button(t!("print-open-in-viewer"))
                .on_hover_text(t!("print-open-in-viewer.tooltip"))
                .clicked()
            {
                choice = Some(PrintChoice::OpenInViewer);
            }
        });
        choice
    }

    /// Saving a PDF: the paper, and Save as PDF... or Print... instead.
    fn save_ui(&mut self, ui: &mut Ui, escape: bool) -> Option<PrintChoice> {
        ui.add(egui::Label::new(t!("print-save-explained")).wrap());
        ui.add_space(4.0);
        ui.horizontal(|ui| {
            ui.label(t!("print-paper"));
            paper_ui(ui, &mut self.options.paper);
        });
        ui.add_space(8.0);
        let mut choice = None;
        ui.horizontal(|ui| {
            if ui.button(t!("print-save-pdf")).clicked() {
                choice = Some(PrintChoice::SaveAsPdf(self.options.paper));
            }
            if ui
                .button(t!("print-to-print"))
                .on_hover_text(t!("print-to-print.tooltip"))
                .clicked()
            {
                choice = Some(PrintChoice::ToPrint);
            }
            if ui.button(t!("print-cancel")).clicked() || escape {
                choice = Some(PrintChoice::Cancel);
            }
        });
        choice
    }

    /// Where nothing can be printed from here: the PDF viewer or a saved PDF instead.
    fn no_printer_ui(&self, ui: &mut Ui, why: &str, escape: bool) -> Option<PrintChoice> {
        ui.add(egui::Label::new(why).wrap());
        ui.add(egui::Label::new(t!("print-no-printer-explained")).wrap());
        ui.add_space(8.0);
        let mut choice = None;
        ui.horizontal(|ui| {
            if ui.button(t!("print-open-in-viewer")).clicked() {
                choice = Some(PrintChoice::OpenInViewer);
            }
            if ui.button(t!("print-save-pdf")).clicked() {
                choice = Some(PrintChoice::SaveAsPdf(self.options.paper));
            }
            if ui.button(t!("print-cancel")).clicked() || escape {
                choice = Some(PrintChoice::Cancel);
            }
        });
        choice
    }
}

/// A choice of each paper size the documents come in.
fn paper_ui(ui: &mut Ui, chosen: &mut Paper) {
    for paper in Paper::ALL {
        ui.radio_value(chosen, paper, paper.label(crate::i18n::ui()));
    }
}

impl super::App {
    /// Opens the dialog with the preview of `document`, to print it (`print`) or save it
    /// as a PDF.
    pub(super) fn open_preview(&mut self, document: Document, print: bool) {
        let Some(open) = &self.open else { return };
        let printers = print.then(|| self.config.desktop.printers());
        let dialog = PrintDialog::new(
            document,
            &open.plan,
            printers,
            self.settings.paper,
            self.today(),
        );
        if let Some(dialog) = dialog {
            self.dialog = Some(super::dialogs::Dialog::Print(Box::new(dialog)));
        }
    }

    /// The print and preview dialog, while it is open.
    pub(super) fn print_dialog_ui(&mut self, ctx: &egui::Context) {
        let Some(super::dialogs::Dialog::Print(dialog)) = &mut self.dialog else {
            return;
        };
        let mut choice = None;
        egui::Modal::new(egui::Id::unique("print dialog")).show(ctx, |ui| {
            choice = dialog.ui(ui);
        });
        let Some(choice) = choice else { return };
        let document = dialog.document;
        if let PrintChoice::ToPrint = choice {
            dialog.set_printers(self.config.desktop.printers());
            return;
        }
        self.dialog = None;
        let command = match choice {
            PrintChoice::Print(options) => Command::PrintWith(document, options),
            PrintChoice::OpenInViewer => Command::OpenInViewer(document),
            PrintChoice::SaveAsPdf(paper) => Command::SavePdf(document, paper),
            PrintChoice::ToPrint | PrintChoice::Cancel => return,
        };
        self.commands.push(command);
    }
}
