//! The yearly review of a large plan: this year's plan of 2,000 systems against last
//! year's approved one, with a tenth of the systems changed, some removed and some added.
//!
//! `cargo bench --bench review` prints the median time of working out the changes alone,
//! and of whole UI frames (egui's context run headless, no GPU): the review on step 1 (the
//! systems and their changes), the review's summary page (every change), and the
//! comparison with last year's file (Tools > Compare with a plan file), for plans of 25
//! and 2,000 systems.

mod common;

use std::path::PathBuf;

use common::{ms, time};

use backup_planner::advice::changes;
use backup_planner::files::storage;
use backup_planner::model::plan::{Plan, SignOff, System, SystemId};
use backup_planner::model::sample::plan_with_systems;
use backup_planner::model::steps::StepId;
use backup_planner::ui::{App, Command, FileDialogs, Page, SaveRequest};

/// Answers every "open a plan" with last year's file.
struct LastYear(PathBuf);

impl FileDialogs for LastYear {
    fn open_plan(&mut self) -> Option<PathBuf> {
        Some(self.0.clone())
    }

    fn save_file(&mut self, _request: &SaveRequest<'_>) -> Option<PathBuf> {
        None
    }

    fn open_logs(&mut self) -> Vec<PathBuf> {
        Vec::new()
    }
}

/// Last year's plan, approved, and this year's: a tenth of the systems with a new owner
/// and a tighter RPO, one in a hundred removed, as many new ones added.
fn plans(systems: usize, today: chrono::NaiveDate) -> (Plan, Plan) {
    let mut last_year = plan_with_systems(systems);
    backup_planner::advice::review::sign_off(
        &mut last_year,
        &SignOff {
            approver: "Dana Fischer".to_owned(),
            role: "Managing director".to_owned(),
            date: Some(today),
            comment: String::new(),
        },
        today,
    );
    let mut this_year = last_year.clone();
    for (i, system) in this_year.systems.iter_mut().enumerate() {
        if i % 10 == 0 {
            system.owner = format!("New owner {i}");
            system.rpo_hours = Some(4.0);
        }
    }
    let removed = systems / 100;
    this_year.systems.retain(|s| s.id.0 % 100 != 50);
    let next = u32::try_from(systems).unwrap_or(u32::MAX);
    for n in 1..=removed {
        this_year.systems.push(System {
            id: SystemId(next + u32::try_from(n).unwrap_or(0)),
            name: format!("New system {n}"),
            ..this_year.systems[0].clone()
        });
    }
    (last_year, this_year)
}

fn main() {
    let today = chrono::NaiveDate::from_ymd_opt(2026, 3, 16).unwrap_or_default();
    let dir = std::env::temp_dir().join(format!("backup-planner-review-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temporary folder");
    println!(
        "systems  changes  working out   frame: review, step 1  review summary  comparison open"
    );
    for systems in [25, 2000] {
        let (last_year, this_year) = plans(systems, today);
        let baseline = this_year
            .last_revision()
            .map(|r| (*r.snapshot).clone())
            .expect("an approved revision");
        let count = changes::changes(&baseline, &this_year).len();
        let working_out = time(51, || {
            std::hint::black_box(changes::changes(&baseline, &this_year));
        });

        let last_path = dir.join(format!("last-year-{systems}.ron"));
        let path = dir.join(format!("this-year-{systems}.ron"));
        storage::save_plan(&last_year, &last_path).expect("saved");
        storage::save_plan(&this_year, &path).expect("saved");
        let ctx = egui::Context::default();
        let mut app = common::headless_app(&ctx, &dir, today, Box::new(LastYear(last_path)), path);
        let frame = |app: &mut App| {
            let _ = ctx.run_ui(common::window_input(), |ui| app.show(ui));
        };
        app.push(Command::StartReview);
        frame(&mut app);
        let set_page = |app: &mut App, page: Page| {
            app.open_plan_mut().expect("the plan is open").page = page;
        };
        set_page(&mut app, Page::Step(StepId::IdentifySystems));
        let step1 = time(101, || frame(&mut app));
        set_page(&mut app, Page::ReviewSummary);
        let summary = time(101, || frame(&mut app));
        set_page(&mut app, Page::Step(StepId::IdentifySystems));
        app.push(Command::CompareWithFile);
        frame(&mut app);
        let comparison = time(101, || frame(&mut app));
        println!(
            "{systems:>7}  {count:>7}  {:>11}  {:>22}  {:>14}  {:>15}",
            ms(working_out, 3),
            ms(step1, 3),
            ms(summary, 3),
            ms(comparison, 3)
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}
