//! The app's own settings file, edited by hand or by an older or newer version: a setting
//! of the wrong type, or a language the app does not speak, is ignored and the others are
//! kept; the recent plans are never lost; a file that cannot be read at all is kept aside
//! before a new one is written, and the message about it names the settings file.

mod common;

use std::path::{Path, PathBuf};

use backup_planner::files::storage::{self, Settings};
use backup_planner::i18n::Language;
use backup_planner::model::options::Paper;
use backup_planner::model::sample;
use backup_planner::platform::clock::Clock;
use backup_planner::ui::{App, AppConfig};
use common::TestApp;
use egui_kittest::Harness;

/// Two recent plans, as the settings file lists them.
const RECENT: &str = r#"recent: [
        (path: "/plans/office.bpplan", title: "Office plan", organisation: "Harbour Street"),
        (path: "/plans/home.bpplan", title: "Home plan"),
    ]"#;

/// Writes the settings file of `config` with `fields` inside its parentheses.
fn write_settings(config: &Path, fields: &str) -> PathBuf {
    std::fs::create_dir_all(config).unwrap();
    let path = Settings::file(config);
    std::fs::write(&path, format!("(\n    {fields},\n)\n")).unwrap();
    path
}

fn recent_paths(settings: &Settings) -> Vec<PathBuf> {
    settings.recent.iter().map(|r| r.path.clone()).collect()
}

fn two_recent() -> Vec<PathBuf> {
    vec![
        PathBuf::from("/plans/office.bpplan"),
        PathBuf::from("/plans/home.bpplan"),
    ]
}

/// The app on a computer whose language is `system`.
fn start_on_computer_speaking(config: &Path, system: Language) -> Harness<'static, App> {
    let dialogs = common::ScriptedDialogs::default();
    let desktop = common::RecordingDesktop::default();
    let config = AppConfig {
        config_dir: Some(config.to_owned()),
        print_dir: config.join("print"),
        clock: Clock::fixed(common::today()),
        dialogs: Box::new(dialogs),
        desktop: Box::new(desktop),
        recovery_dir: Some(config.join("recovery")),
        frame_log: None,
        watch_every: std::time::Duration::from_millis(50),
        system_language: system,
    };
    let mut harness = Harness::builder()
        .with_size([1280.0, 800.0])
        .with_max_steps(12)
        .allow_missing_glyphs()
        .build_eframe(move |cc| App::new(&cc.egui_ctx, config, None));
    harness.run();
    harness
}

/// The message a person sees does not call the settings file a backup plan.
fn assert_no_plan_message(app: &TestApp) {
    assert!(
        !app.shows_text("backup plan"),
        "the settings file is not a backup plan"
    );
    assert!(!app.shows_text("Could not read the settings"));
}

#[test]
fn a_language_of_the_wrong_type_is_ignored_and_the_recent_plans_stay() {
    for language in ["Some(7)", "7", "Some((code: \"de\"))", "[\"de\"]", "true"] {
        let dir = tempfile::tempdir().unwrap();
        let config = dir.path().join("config");
        write_settings(&config, &format!("{RECENT},\n    language: {language}"));

        let settings = Settings::load(&config).unwrap();
        assert_eq!(recent_paths(&settings), two_recent(), "{language}");
        assert_eq!(settings.language, None, "{language}: follow the computer");

        let mut app = TestApp::start(&config);
        assert_no_plan_message(&app);
        assert_eq!(app.harness.state().recent().len(), 2, "{language}");
        assert_eq!(app.harness.state().language(), Language::ENGLISH);

        // A change of settings writes the file again: with the recent plans in it.
        app.menu("Language", "Deutsch");
        let saved = Settings::load(&config).unwrap();
        assert_eq!(recent_paths(&saved), two_recent(), "{language}");
        assert_eq!(saved.language, Language::from_code("de"));
    }
}

#[test]
fn a_language_code_without_some_is_read_as_that_language() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config");
    write_settings(&config, &format!("{RECENT},\n    language: \"de\""));
    let settings = Settings::load(&config).unwrap();
    assert_eq!(settings.language, Language::from_code("de"));
    assert_eq!(recent_paths(&settings), two_recent());
    let app = TestApp::start(&config);
    assert_eq!(
        app.harness.state().language(),
        Language::from_code("de").unwrap()
    );
}

#[test]
fn an_unknown_language_code_follows_the_computer() {
    let german = Language::from_code("de").unwrap();
    for code in [
        "Some(\"xx\")",
        "\"xx\"",
        "Some(\"\")",
        "Some(\"klingon-KL\")",
    ] {
        let dir = tempfile::tempdir().unwrap();
        let config = dir.path().join("config");
        write_settings(&config, &format!("{RECENT},\n    language: {code}"));
        let settings = Settings::load(&config).unwrap();
        assert_eq!(settings.language, None, "{code}: follow the computer");
        assert_eq!(recent_paths(&settings), two_recent(), "{code}");

        let harness = start_on_computer_speaking(&config, german);
        assert_eq!(
            harness.state().language(),
            german,
            "{code}: the computer's language, not English"
        );
        assert_eq!(harness.state().recent().len(), 2);
    }
}

#[test]
fn any_setting_of_the_wrong_type_is_ignored_and_the_others_kept() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config");
    write_settings(
        &config,
        r#"recent: [
        (path: "/plans/office.bpplan", title: 7, last_saved: "yesterday", next_review: Some(3)),
        (path: 42),
        "not a plan",
        (path: "/plans/home.bpplan", title: "Home plan", colour: "green"),
    ],
    paper: Tabloid,
    hide_findings: "yes",
    window: Some((x: "left", y: 10.0)),
    theme: Dark,
    language: Some("fr")"#,
    );
    let settings = Settings::load(&config).unwrap();
    assert_eq!(
        recent_paths(&settings),
        two_recent(),
        "entries without a readable path are left out, the others kept"
    );
    assert_eq!(
        settings.recent[0].title, "",
        "the wrong-typed title is left out"
    );
    assert_eq!(settings.recent[0].last_saved, None);
    assert_eq!(settings.recent[0].next_review, None);
    assert_eq!(settings.recent[1].title, "Home plan");
    assert_eq!(settings.paper, Paper::default());
    assert!(!settings.hide_findings);
    assert_eq!(settings.window, None);
    assert_eq!(settings.language, Language::from_code("fr"));

    // Each good value survives next to bad ones.
    write_settings(
        &config,
        "recent: 5,
    paper: Letter,
    hide_findings: true,
    window: Some((x: 1.0, y: 2.0, width: 900.0, height: 700.0, maximized: false)),
    language: Some(7)",
    );
    let settings = Settings::load(&config).unwrap();
    assert!(settings.recent.is_empty());
    assert_eq!(settings.paper, Paper::Letter);
    assert!(settings.hide_findings);
    assert_eq!(settings.window.map(|w| w.width), Some(900.0));
    assert_eq!(settings.language, None);
}

#[test]
fn a_settings_file_that_cannot_be_read_is_kept_aside_and_named() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config");
    let path = Settings::file(&config);
    std::fs::create_dir_all(&config).unwrap();
    let broken = format!("(\n    {RECENT},\n    language: Some(\"de\"\n");
    std::fs::write(&path, &broken).unwrap();

    let mut app = TestApp::start(&config);
    assert!(
        !app.shows_text("backup plan"),
        "the settings file is not a backup plan"
    );
    assert!(
        app.shows_text(&path.display().to_string()),
        "the message names the settings file"
    );
    let kept = config.join("settings.ron.unreadable");
    assert_eq!(
        std::fs::read_to_string(&kept).unwrap(),
        broken,
        "kept aside, as it was"
    );
    assert!(
        app.shows_text(&kept.display().to_string()),
        "and says where"
    );
    app.click("OK");

    // A change of settings writes a new file; the one kept aside stays.
    app.menu("Language", "Deutsch");
    assert_eq!(
        Settings::load(&config).unwrap().language,
        Language::from_code("de")
    );
    assert_eq!(std::fs::read_to_string(&kept).unwrap(), broken);
}

#[test]
fn saving_never_writes_over_a_settings_file_that_cannot_be_read() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config");
    let path = Settings::file(&config);
    std::fs::create_dir_all(&config).unwrap();
    std::fs::write(&path, "(recent: [(path: \"/plans/office.bpplan\")").unwrap();
    // An older copy kept aside before is not written over either.
    std::fs::write(config.join("settings.ron.unreadable"), "older").unwrap();

    Settings::default().save(&config).unwrap();
    assert_eq!(Settings::load(&config).unwrap(), Settings::default());
    let kept: Vec<String> = std::fs::read_dir(&config)
        .unwrap()
        .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap())
        .collect();
    assert!(kept.iter().any(|t| t == "older"), "{kept:?}");
    assert!(
        kept.iter()
            .any(|t| t == "(recent: [(path: \"/plans/office.bpplan\")"),
        "{kept:?}"
    );
}

#[test]
fn a_plan_opened_after_a_bad_setting_joins_the_recent_plans() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config");
    write_settings(&config, &format!("{RECENT},\n    hide_findings: 3"));
    let plan = dir.path().join("example.bpplan");
    storage::save_plan(&sample::example(), &plan).unwrap();
    let app = TestApp::start_with(&config, Some(plan.clone()));
    assert_no_plan_message(&app);
    let saved = Settings::load(&config).unwrap();
    let paths = recent_paths(&saved);
    assert_eq!(paths.len(), 3, "{paths:?}");
    assert_eq!(paths[1..], two_recent()[..]);
}
