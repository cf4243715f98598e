//! How fast the adviser keeps up with a person editing a large plan.
//!
//! `cargo bench --bench adviser` prints, for plans of 25 and 2,000 systems, the median
//! time of the checks and the storage estimate alone, and of whole UI frames (egui's
//! context run headless, no GPU) on the systems table and on step 5 with the findings
//! panel open: a frame where nothing changed (the advice is reused) and a frame after an
//! edit (the plan is checked again).

mod common;

use common::{ms, time};

use backup_planner::advice::{adviser, estimate};
use backup_planner::files::storage;
use backup_planner::i18n::Language;
use backup_planner::model::sample::plan_with_systems;
use backup_planner::model::steps::StepId;
use backup_planner::ui::{App, NativeDialogs, Page};

fn main() {
    let today = chrono::NaiveDate::from_ymd_opt(2026, 3, 16).unwrap_or_default();
    let dir = std::env::temp_dir().join(format!("backup-planner-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temporary folder");
    println!(
        "systems     findings  check       estimate    frame, unchanged          frame after an edit"
    );
    println!(
        "                                           step 1      step 5        step 1      step 5"
    );
    let german = backup_planner::i18n::Language::from_code("de").unwrap_or_default();
    for (systems, language) in [
        (25, Language::ENGLISH),
        (2000, Language::ENGLISH),
        (25, german),
        (2000, german),
    ] {
        let plan = plan_with_systems(systems);
        let findings = adviser::check(&plan, today).len();
        let check = time(51, || {
            std::hint::black_box(adviser::check(&plan, today));
        });
        let estimate = time(51, || {
            std::hint::black_box(estimate::estimate(&plan));
        });

        let path = dir.join(format!("plan-{systems}.ron"));
        storage::save_plan(&plan, &path).expect("the plan is saved");
        let ctx = egui::Context::default();
        let dialogs = Box::new(NativeDialogs::default());
        let mut app = common::headless_app_in(&ctx, &dir, today, dialogs, path, language);
        let frame = |app: &mut App, page: Page, edit: bool| {
            let open = app.open_plan_mut().expect("the plan is open");
            open.page = page;
            if edit {
                // A keystroke in the last system's name.
                let name = &mut open.plan.systems.last_mut().expect("systems").name;
                if name.ends_with('x') {
                    name.pop();
                } else {
                    name.push('x');
                }
            }
            let _ = ctx.run_ui(common::window_input(), |ui| app.show(ui));
        };
        let step1 = Page::Step(StepId::IdentifySystems);
        let step5 = Page::Step(StepId::Schedules);
        let still1 = time(101, || frame(&mut app, step1, false));
        let still5 = time(101, || frame(&mut app, step5, false));
        let edit1 = time(51, || frame(&mut app, step1, true));
        let edit5 = time(51, || frame(&mut app, step5, true));
        println!(
            "{systems:>7} {:>2} {findings:>5}  {:>10}  {:>10}  {:>10}  {:>10}    {:>10}  {:>10}",
            language.code(),
            ms(check, 3),
            ms(estimate, 3),
            ms(still1, 3),
            ms(still5, 3),
            ms(edit1, 3),
            ms(edit5, 3)
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}
