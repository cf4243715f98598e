//! The floor under the app's start: an eframe window with one label and nothing else,
//! the same size and renderer as the app's. `scripts/bench` starts it under Xvfb as it
//! starts the app, so the app's start can be told apart from the toolkit's own (the
//! graphics driver, the first frame drawn in software).
//!
//! Run by itself (`cargo bench`), it says so and exits: it only opens a window when
//! given `--window`.

fn main() {
    if !std::env::args().any(|a| a == "--window") {
        println!("empty_window: scripts/bench starts it in a window under Xvfb (--window)");
        return;
    }
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Backup Planner (empty window)")
            .with_inner_size([1200.0, 800.0]),
        ..Default::default()
    };
    let result = eframe::run_ui_native("Backup Planner (empty window)", options, |ui, _| {
        egui::CentralPanel::default().show(ui, |ui| {
            ui.label("An empty window");
        });
    });
    if let Err(err) = result {
        eprintln!("empty_window: {err}");
    }
}
