//! Every window size from 800x560 to 2560x1440 works: the step list and the findings panel
//! keep sensible widths, the findings fold into a window of their own before they would
//! squeeze the page, and the menu bar never draws one label over another.

mod common;

use backup_planner::files::storage;
use backup_planner::model::sample;
use backup_planner::ui::theme;
use common::TestApp;
use egui_kittest::kittest::Queryable as _;

const PANEL_TEXT: &str = "The plan's choices, checked against good practice";

fn example_at(dir: &std::path::Path, size: [f32; 2]) -> TestApp {
    let path = dir.join("example.bpplan");
    storage::save_plan(&sample::example(), &path).unwrap();
    let mut app = TestApp::start_with(&dir.join("config"), Some(path));
    resize(&mut app, size);
    app
}

fn resize(app: &mut TestApp, size: [f32; 2]) {
    app.harness.set_size(size.into());
    app.run();
}

#[test]
fn the_findings_fold_away_in_a_narrow_window_and_open_when_asked() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = example_at(dir.path(), [1280.0, 800.0]);
    assert!(app.shows_text(PANEL_TEXT), "room for the panel at 1280");

    resize(&mut app, [800.0, 560.0]);
    assert!(!app.shows_text(PANEL_TEXT), "no panel squeezing the page");
    // The page keeps its width: a field of the form ends inside the window.
    let organisation = app.harness.get_by_label("Organisation").rect();
    assert!(organisation.right() <= 800.0, "{organisation:?}");
    assert!(
        organisation.width() >= 200.0,
        "the page keeps room for its fields: {organisation:?}"
    );

    // Asked for, they show over the page, and go once a finding is chosen.
    app.harness
        .get_by_label_contains("Findings panel:")
        .click_accesskit();
    app.run();
    assert!(app.shows_text(PANEL_TEXT));
    let finding = app
        .harness
        .query_all_by_label_contains("Step 9: ")
        .next()
        .unwrap();
    finding.click();
    app.run();
    assert!(
        !app.shows_text(PANEL_TEXT),
        "the window went with the choice"
    );
    assert!(app.shows("Step 9 of 14"));
}

#[test]
fn the_findings_panel_comes_back_at_its_width_after_the_window_shrinks_and_grows() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = example_at(dir.path(), [1280.0, 800.0]);
    for size in [[640.0, 480.0], [900.0, 600.0], [1280.0, 800.0]] {
        resize(&mut app, size);
    }
    let text = app.harness.get_by_label_contains(PANEL_TEXT).rect();
    assert!(
        text.width() >= theme::FINDINGS_MIN_WIDTH - 30.0,
        "its words wrap between words, not inside them: {text:?}"
    );
}

#[test]
fn the_menu_bar_never_draws_one_label_over_another() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = example_at(dir.path(), [1280.0, 800.0]);
    app.type_into("Plan title", " (draft)"); // "Unsaved changes" and Save in the bar
    for size in [
        [420.0, 320.0],
        [560.0, 400.0],
        [800.0, 560.0],
        [2560.0, 1440.0],
    ] {
        resize(&mut app, size);
        let mut rects = vec![
            app.harness.get_by_label("File").rect(),
            app.harness.get_by_label("Edit").rect(),
        ];
        for label in ["Start yearly review", "💾 Save", "Unsaved changes"] {
            if let Some(node) = app.harness.query_by_label(label) {
                rects.push(node.rect());
            }
        }
        rects.push(app.harness.get_by_label_contains("Findings panel:").rect());
        for (i, a) in rects.iter().enumerate() {
            assert!(
                a.right() <= size[0] + 0.5,
                "off the window at {size:?}: {a:?}"
            );
            for b in &rects[i + 1..] {
                assert!(
                    !a.shrink(0.5).intersects(b.shrink(0.5)),
                    "at {size:?} {a:?} overlaps {b:?}"
                );
            }
        }
    }
    // What did not fit is still in the File menu.
    resize(&mut app, [420.0, 320.0]);
    app.click("File");
    assert!(
        app.harness
            .query_all_by_label_contains("Start yearly review")
            .count()
            > 0
    );
}

#[test]
fn a_default_that_shows_is_the_value_in_force_and_a_new_plan_saves_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = TestApp::start(&dir.path().join("config"));
    app.click("New plan");
    assert_eq!(app.value_of("Review every"), "12");
    assert_eq!(app.plan().identity.review_interval_months, Some(12));
    // An older plan without it shows the 12 months it is reviewed by, as a value.
    let mut plan = sample::example();
    plan.identity.review_interval_months = None;
    let path = dir.path().join("older.bpplan");
    storage::save_plan(&plan, &path).unwrap();
    let app = TestApp::start_with(&dir.path().join("config2"), Some(path));
    assert_eq!(app.value_of("Review every"), "12");
}

/// The window comes back where it was and as large: where the system says the window is
/// is kept in the settings when the app closes, and read again at the next start.
#[test]
fn the_window_remembers_its_size_and_place() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config");
    let mut app = TestApp::start(&config);
    let viewport = app
        .harness
        .input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default();
    viewport.outer_rect = Some(egui::Rect::from_min_size(
        egui::pos2(120.0, 80.0),
        egui::vec2(1010.0, 740.0),
    ));
    viewport.inner_rect = Some(egui::Rect::from_min_size(
        egui::pos2(125.0, 110.0),
        egui::vec2(1000.0, 700.0),
    ));
    app.run();
    app.harness.state_mut().remember_window();
    let settings = storage::Settings::load(&config).unwrap();
    assert_eq!(
        settings.window,
        Some(storage::WindowPlace {
            x: 120.0,
            y: 80.0,
            width: 1000.0,
            height: 700.0,
            maximized: false,
        })
    );
    // A place no screen has (a settings file edited by hand) is not used.
    let far = storage::WindowPlace {
        x: 1e9,
        ..settings.window.unwrap()
    };
    assert_eq!(far.usable(), None);
    let tiny = storage::WindowPlace {
        width: 3.0,
        ..settings.window.unwrap()
    };
    assert_eq!(tiny.usable(), None);
}

/// The time zone is chosen from a list found by typing part of its name, and a new plan
/// starts in the computer's own zone (a fixed clock's is UTC).
#[test]
fn a_time_zone_is_found_by_typing_a_city() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = TestApp::start(&dir.path().join("config"));
    app.click("New plan");
    assert_eq!(app.plan().identity.time_zone, "UTC");
    assert_eq!(app.value_of("Time zone"), "UTC");
    let search = |app: &mut TestApp, text: &str| {
        app.click("Time zone");
        app.harness
            .get_by_label("Search time zones")
            .type_text(text);
        app.run();
    };
    search(&mut app, "new york");
    assert!(!app.shows("Europe/Berlin"), "only the zones that match");
    app.click("America/New_York");
    assert_eq!(app.plan().identity.time_zone, "America/New_York");
    search(&mut app, "zzz");
    assert!(app.shows("No time zone has that in its name"));
}
