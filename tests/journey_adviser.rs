//! The adviser as an office manager meets it: a finding appears in the step and in the
//! panel the moment a poor choice is made and goes when it is undone; the panel leads to
//! the step; the legal periods follow the country; step 5 shows the storage to buy.

mod common;

use backup_planner::advice::{adviser, estimate};
use common::{TestApp, today};
use egui_kittest::kittest::Queryable as _;

const NOT_ENCRYPTED: &str = "Client, financial or staff data is backed up without encryption";

fn example_app(dir: &std::path::Path) -> TestApp {
    let mut app = TestApp::start(dir);
    app.click("Open the example plan");
    app
}

/// How many nodes carry exactly this label.
fn count(app: &TestApp, label: &str) -> usize {
    app.harness.query_all_by_label(label).count()
}

/// How many nodes have a label containing `part`.
fn count_containing(app: &TestApp, part: &str) -> usize {
    app.harness.query_all_by_label_contains(part).count()
}

/// Opens a dropdown and picks an option with the pointer, as a person does. (A dropdown
/// picked through accessibility actions alone stays half-open in egui's memory, so the
/// next accessibility click closes it instead of opening it.)
fn pick_with_pointer(app: &mut TestApp, dropdown: &str, option: &str) {
    app.harness.get_by_label(dropdown).click();
    app.run();
    app.harness.get_by_label(option).click();
    app.run();
}

#[test]
fn an_unencrypted_client_data_destination_is_flagged_in_the_step_and_the_panel() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = example_app(dir.path());
    app.go_to_step(6);
    assert_eq!(count(&app, NOT_ENCRYPTED), 0);
    assert!(!app.shows("Step 6 has high findings"));

    // The cloud backup holds the client files: switch its encryption off.
    pick_with_pointer(&mut app, "Method, row 2", "None");
    assert_eq!(
        count(&app, NOT_ENCRYPTED),
        1,
        "the finding shows in the step"
    );
    assert!(app.shows_text("Cloud backup: not encrypted"));
    assert!(
        app.shows(&format!("Step 6: {NOT_ENCRYPTED}")),
        "and in the panel"
    );
    assert!(
        app.shows("Step 6 has high findings"),
        "and the step list marks it"
    );
    assert!(
        app.shows("Findings panel: 1 high, 3 medium"),
        "the toolbar counts it with the example's three"
    );

    pick_with_pointer(&mut app, "Method, row 2", "AES-256");
    assert_eq!(count(&app, NOT_ENCRYPTED), 0);
    assert!(!app.shows(&format!("Step 6: {NOT_ENCRYPTED}")));
    assert!(!app.shows("Step 6 has high findings"));
}

#[test]
fn a_finding_in_the_panel_leads_to_its_step() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = example_app(dir.path());
    app.go_to_step(1);
    let title = "Some systems have not had a restore test in the last 12 months";
    app.click(&format!("Step 9: {title}"));
    assert!(app.shows("Step 9 of 14"));
    assert_eq!(count(&app, title), 1, "the finding shows on the page");
    assert!(app.shows("• Payroll and staff records"));
}

fn toggle_panel(app: &mut TestApp) {
    app.harness
        .get_by_label_contains("Findings panel")
        .click_accesskit();
    app.run();
}

#[test]
fn the_panel_can_be_hidden_and_stays_hidden() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = example_app(dir.path());
    let entry = "Step 3: Records are kept for less than the law commonly asks";
    assert!(app.shows(entry));
    toggle_panel(&mut app);
    assert!(!app.shows(entry));

    let mut again = example_app(dir.path());
    assert!(!again.shows(entry), "the choice is remembered");
    toggle_panel(&mut again);
    assert!(again.shows(entry));
}

#[test]
fn legal_periods_follow_the_country_chosen_in_plan_details() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = example_app(dir.path());
    app.go_to_step(3);
    // Financial and compliance data, both kept a year against six.
    assert_eq!(
        count_containing(&app, "the common minimum in the United Kingdom is 6 years"),
        2
    );
    assert!(count_containing(&app, "not legal advice") >= 1);

    app.click("Plan details");
    app.pick("Country", "Germany");
    app.go_to_step(3);
    assert_eq!(
        count_containing(&app, "the common minimum in Germany is 10 years"),
        1
    );
    assert!(
        count_containing(&app, "§ 257 HGB") >= 2,
        "finding and the list of periods"
    );

    // Keeping the financial and compliance backups indefinitely settles it.
    app.pick("Keep backups for, row 1", "Indefinitely");
    app.pick("Keep backups for, row 3", "Indefinitely");
    assert_eq!(
        count_containing(&app, "Records are kept for less than the law commonly asks"),
        0
    );
    let findings = adviser::check(app.plan(), today());
    assert!(
        findings
            .iter()
            .all(|f| f.rule.id != "retention-below-legal")
    );
}

#[test]
fn step_five_shows_the_storage_each_destination_needs() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = example_app(dir.path());
    app.go_to_step(5);
    let before = estimate::estimate(app.plan());
    assert!(app.shows(&before.summary()), "{}", before.summary());
    assert!(app.shows("Office server (whole machine)"));

    // Fulls every week instead of every 30 days need more room.
    app.replace_in("Full backup every", "7");
    let after = estimate::estimate(app.plan());
    assert_eq!(after.full_every_days, 7);
    assert!(after.total_gb > before.total_gb);
    assert!(app.shows(&after.summary()), "{}", after.summary());

    // Saving nothing through compression doubles the figure from a 50% saving.
    app.replace_in("Saved by compression and deduplication", "0");
    let raw = estimate::estimate(app.plan());
    assert!((raw.total_gb - 2.0 * after.total_gb).abs() < 1e-6);
    assert!(app.shows(&raw.summary()));
}

#[test]
fn an_empty_plan_is_not_praised() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = TestApp::start(&dir.path().join("config"));
    app.click("New plan");
    assert!(!app.shows_text("Nothing to point out"));
    assert!(app.shows_text("the adviser starts once step 1 lists a system"));
}
