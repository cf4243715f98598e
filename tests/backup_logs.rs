//! The backup tools' own logs, made by the real tools in a temporary folder: restic and
//! Borg back up, fail, list and restore, and what they printed is read back into runs.
//! The test script installs both (Debian: restic 0.14, borgbackup 1.2).

use std::path::Path;
use std::process::Command;

use backup_planner::logs::{self, LogError};
use backup_planner::model::evidence::{Outcome, RunKind, Tool};

/// Runs `tool` with `args` and the environment `env` in `dir`; its output, stdout then
/// stderr, as one text (as a person piping both into a file gets).
fn run(dir: &Path, tool: &str, args: &[&str], env: &[(&str, String)]) -> (bool, String) {
    let output = Command::new(tool)
        .args(args)
        .envs(env.iter().map(|(k, v)| (*k, v.as_str())))
        .current_dir(dir)
        .output()
        .unwrap_or_else(|e| panic!("{tool} runs (the test script installs it): {e}"));
    let mut text = String::from_utf8_lossy(&output.stdout).into_owned();
    text.push('\n');
    text.push_str(&String::from_utf8_lossy(&output.stderr));
    (output.status.success(), text)
}

fn some_files(dir: &Path) -> std::path::PathBuf {
    let data = dir.join("clients");
    std::fs::create_dir_all(&data).unwrap();
    for i in 0..3 {
        std::fs::write(
            data.join(format!("letter-{i}.txt")),
            "Dear client, ".repeat(5000 + i),
        )
        .unwrap();
    }
    data
}

fn now() -> chrono::NaiveDateTime {
    chrono::Local::now().naive_local()
}

#[test]
fn restic_backups_a_failure_the_snapshot_list_and_a_restore() {
    let dir = tempfile::tempdir().unwrap();
    let data = some_files(dir.path());
    let repo = dir.path().join("repo").display().to_string();
    let env = [
        ("RESTIC_REPOSITORY", repo.clone()),
        ("RESTIC_PASSWORD", "correct horse".to_owned()),
    ];
    let (ok, _) = run(dir.path(), "restic", &["init"], &env);
    assert!(ok);
    let data = data.display().to_string();

    // A good backup.
    let (ok, good) = run(dir.path(), "restic", &["backup", "--json", &data], &env);
    assert!(ok, "{good}");
    let file = logs::read("good.json", &good, Some(now())).unwrap();
    assert_eq!(file.jobs.len(), 1);
    let backup = &file.jobs[0].runs[0];
    assert_eq!(backup.kind, RunKind::Backup);
    assert_eq!(backup.outcome, Outcome::Succeeded);
    assert!(backup.total_bytes.unwrap() > 60_000, "{backup:?}");
    assert!(backup.added_bytes.is_some());
    assert!(file.skipped.is_empty(), "{:?}", file.skipped);

    // A backup of a folder that is not there: restic goes on, and says so.
    let missing = dir.path().join("gone").display().to_string();
    let (_, partial) = run(
        dir.path(),
        "restic",
        &["backup", "--json", &data, &missing],
        &env,
    );
    let file = logs::read("partial.json", &partial, Some(now())).unwrap();
    let run_ = &file.jobs[0].runs[0];
    assert_eq!(run_.outcome, Outcome::Warning, "{partial}");
    assert!(run_.message.contains("gone"), "{}", run_.message);

    // A backup that cannot reach its repository fails.
    let wrong = [
        (
            "RESTIC_REPOSITORY",
            dir.path().join("nowhere").display().to_string(),
        ),
        ("RESTIC_PASSWORD", "correct horse".to_owned()),
    ];
    let (ok, failed) = run(dir.path(), "restic", &["backup", "--json", &data], &wrong);
    assert!(!ok);
    let file = logs::read("failed.json", &failed, Some(now())).unwrap_or_else(|e| {
        panic!("{e}: {failed}");
    });
    let run_ = &file.jobs[0].runs[0];
    assert_eq!(run_.outcome, Outcome::Failed, "{failed}");
    assert!(!run_.message.is_empty());

    // The snapshot list: two snapshots of the folder, on this computer.
    let (ok, list) = run(dir.path(), "restic", &["snapshots", "--json"], &env);
    assert!(ok);
    let mut files = vec![
        logs::read("snapshots.json", &list, None).unwrap(),
        logs::read("good.json", &good, Some(now())).unwrap(),
    ];
    assert_eq!(files[0].jobs.len(), 1);
    assert_eq!(files[0].jobs[0].tool, Tool::Restic);
    assert!(
        files[0].jobs[0].name.contains(&data),
        "{}",
        files[0].jobs[0].name
    );
    assert_eq!(files[0].jobs[0].runs.len(), 2);
    // The backup log's run joins its snapshot's job, at the snapshot's time.
    logs::join(&mut files);
    assert_eq!(files[1].jobs[0].name, files[0].jobs[0].name);
    assert_eq!(
        files[1].jobs[0].runs[0].started,
        files[0].jobs[0].runs[0].started
    );

    // A restore: restic 0.14 prints no JSON for it; newer versions print a summary.
    let target = dir.path().join("restored").display().to_string();
    let (ok, restored) = run(
        dir.path(),
        "restic",
        &["restore", "latest", "--target", &target, "--json"],
        &env,
    );
    assert!(ok, "{restored}");
    match logs::read("restore.json", &restored, Some(now())) {
        Ok(file) => assert_eq!(file.jobs[0].runs[0].kind, RunKind::Restore),
        Err(err) => assert!(
            matches!(err, LogError::NotALog { .. } | LogError::NoRuns { .. }),
            "{err}"
        ),
    }
}

#[test]
fn borg_an_archive_a_warning_the_list_and_a_missing_repository() {
    let dir = tempfile::tempdir().unwrap();
    let data = some_files(dir.path()).display().to_string();
    let repo = dir.path().join("borg").display().to_string();
    let env = [
        ("BORG_REPO", repo.clone()),
        ("BORG_PASSPHRASE", "correct horse".to_owned()),
        (
            "BORG_BASE_DIR",
            dir.path().join("base").display().to_string(),
        ),
    ];
    let (ok, out) = run(dir.path(), "borg", &["init", "-e", "repokey"], &env);
    assert!(ok, "{out}");
    let (ok, created) = run(
        dir.path(),
        "borg",
        &["create", "--json", "::monday", &data],
        &env,
    );
    assert!(ok, "{created}");
    let file = logs::read("create.json", &created, None).unwrap();
    assert_eq!(file.jobs[0].tool, Tool::Borg);
    assert!(file.jobs[0].name.contains(&repo), "{}", file.jobs[0].name);
    let archive = &file.jobs[0].runs[0];
    assert_eq!(archive.outcome, Outcome::Succeeded);
    assert!(archive.total_bytes.unwrap() > 60_000);
    assert!(archive.seconds.is_some());

    let missing = dir.path().join("gone").display().to_string();
    let (_, warned) = run(
        dir.path(),
        "borg",
        &[
            "create",
            "--json",
            "--log-json",
            "::tuesday",
            &data,
            &missing,
        ],
        &env,
    );
    let file = logs::read("warned.json", &warned, None).unwrap();
    let run_ = &file.jobs[0].runs[0];
    assert_eq!(run_.outcome, Outcome::Warning, "{warned}");
    assert!(run_.message.contains("gone"));

    let (ok, list) = run(dir.path(), "borg", &["list", "--json"], &env);
    assert!(ok);
    let file = logs::read("list.json", &list, None).unwrap();
    assert_eq!(file.jobs[0].runs.len(), 2);

    let (ok, info) = run(dir.path(), "borg", &["info", "--json", "::monday"], &env);
    assert!(ok, "{info}");
    let file = logs::read("info.json", &info, None).unwrap();
    assert!(file.jobs[0].runs[0].total_bytes.is_some());

    let nowhere = [
        (
            "BORG_REPO",
            dir.path().join("nowhere").display().to_string(),
        ),
        ("BORG_PASSPHRASE", "correct horse".to_owned()),
        (
            "BORG_BASE_DIR",
            dir.path().join("base").display().to_string(),
        ),
    ];
    let (ok, failed) = run(
        dir.path(),
        "borg",
        &["create", "--json", "--log-json", "::wednesday", &data],
        &nowhere,
    );
    assert!(!ok);
    let file = logs::read("failed.json", &failed, None).unwrap_or_else(|e| panic!("{e}: {failed}"));
    assert_eq!(file.jobs[0].runs[0].outcome, Outcome::Failed, "{failed}");
}

#[test]
fn a_file_that_is_no_log_names_the_formats_read_and_broken_lines_are_counted() {
    let err = logs::read("holiday.jpg", "\u{1}\u{2}JFIF nonsense", None).unwrap_err();
    let said = err.to_string();
    assert!(said.contains("holiday.jpg") && said.contains("restic") && said.contains("CSV"));

    let text = "{\"message_type\":\"status\",\"percent_done\":0}\n{\"message_type\":\"summary\",\"total_duration\":2.5,\"data_added\":10,\"total_bytes_processed\":100,\"snapshot_id\":\"abcd1234\"\n{\"message_type\":\"summary\",\"total_duration\":2.5,\"data_added\":10,\"total_bytes_processed\":100,\"snapshot_id\":\"abcd1234\"}\n";
    let file = logs::read("cut.json", text, Some(now())).unwrap();
    assert_eq!(file.skipped, [2]);
    assert_eq!(file.run_count(), 1);
}

#[test]
fn a_year_of_hourly_runs_of_five_systems_saves_and_opens_again() {
    use backup_planner::files::storage;
    use backup_planner::model::evidence::{Job, Run};
    let mut plan = backup_planner::model::sample::example();
    let start = chrono::NaiveDate::from_ymd_opt(2025, 3, 1)
        .unwrap()
        .and_hms_opt(0, 0, 0)
        .unwrap();
    for system in &plan.systems.clone() {
        let runs = (0..365 * 24)
            .map(|hour| Run {
                started: start + chrono::TimeDelta::hours(hour),
                seconds: Some(300),
                total_bytes: Some(40_000_000_000),
                added_bytes: Some(12_345_678),
                ..Run::default()
            })
            .collect();
        plan.evidence.jobs.push(Job {
            name: format!("restic /srv/{} on nas", system.name),
            system: Some(system.id),
            runs,
            ..Job::default()
        });
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("year.ron");
    storage::save_plan(&plan, &path).unwrap();
    let back = storage::load_plan(&path).unwrap();
    assert_eq!(back.evidence, plan.evidence);
    // The procedure is still made: the runs are not rows of its tables.
    assert!(
        backup_planner::documents::procedure_pdf(
            &back,
            backup_planner::model::options::Paper::default(),
            start.date()
        )
        .is_ok()
    );
}

/// The fixtures made from the vendors' documented formats (tests/fixtures/logs/README.md
/// names the sources): each format's runs and outcomes, as a person would read them.
fn fixture(name: &str) -> backup_planner::logs::LogFile {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/logs")
        .join(name);
    let (mut files, problems) = logs::read_files(&[path]);
    assert!(problems.is_empty(), "{problems:?}");
    files.remove(0)
}

fn outcomes(file: &backup_planner::logs::LogFile) -> Vec<(String, RunKind, Outcome)> {
    file.jobs
        .iter()
        .flat_map(|j| j.runs.iter().map(|r| (j.name.clone(), r.kind, r.outcome)))
        .collect()
}

#[test]
fn duplicati_reports() {
    for (name, outcome) in [
        ("duplicati-backup-success.json", Outcome::Succeeded),
        ("duplicati-backup-warning.json", Outcome::Warning),
        ("duplicati-backup-failed.json", Outcome::Failed),
    ] {
        let file = fixture(name);
        assert_eq!(file.jobs[0].tool, Tool::Duplicati, "{name}");
        let run = &file.jobs[0].runs[0];
        assert_eq!(run.outcome, outcome, "{name}");
        assert_eq!(run.kind, RunKind::Backup);
        if outcome != Outcome::Succeeded {
            assert!(!run.message.is_empty(), "{name}: the tool's words are kept");
        }
    }
}

#[test]
fn windows_server_backup_and_veeam_agent_events() {
    let wevtutil = fixture("windows-server-backup.xml");
    let viewer = fixture("windows-server-backup-eventviewer.xml");
    assert_eq!(
        outcomes(&wevtutil),
        outcomes(&viewer),
        "both exports read alike"
    );
    let found = outcomes(&wevtutil);
    for outcome in [Outcome::Succeeded, Outcome::Failed, Outcome::Warning] {
        assert!(
            found.iter().any(|(_, _, o)| *o == outcome),
            "{outcome:?} in {found:?}"
        );
    }
    assert_eq!(wevtutil.jobs[0].tool, Tool::WindowsServerBackup);
    assert!(wevtutil.jobs[0].name.contains("OFFICE-SRV1"));
    let failed = wevtutil.jobs[0]
        .runs
        .iter()
        .find(|r| r.outcome == Outcome::Failed)
        .unwrap();
    assert!(
        !failed.message.is_empty() && failed.seconds.is_some(),
        "{failed:?}"
    );

    let veeam = fixture("veeam-agent.xml");
    assert_eq!(veeam.jobs[0].tool, Tool::VeeamAgent);
    assert!(veeam.jobs[0].name.contains("Accounts nightly"));
    let found = outcomes(&veeam);
    assert!(found.iter().any(|(_, _, o)| *o == Outcome::Succeeded));
    assert!(found.iter().any(|(_, _, o)| *o == Outcome::Failed));
}

#[test]
fn hyper_backup_log_and_log_center_csv() {
    let log = fixture("synology-hyperbackup.log");
    let found = outcomes(&log);
    let has = |task: &str, kind: RunKind, outcome: Outcome| {
        found
            .iter()
            .any(|(j, k, o)| j.contains(task) && *k == kind && *o == outcome)
    };
    assert!(has("Accounts nightly", RunKind::Backup, Outcome::Succeeded));
    assert!(has("Accounts nightly", RunKind::Backup, Outcome::Warning));
    assert!(has("Accounts nightly", RunKind::Backup, Outcome::Cancelled));
    assert!(has("Accounts nightly", RunKind::Check, Outcome::Succeeded));
    assert!(has("Client files to USB", RunKind::Backup, Outcome::Failed));
    let partial = log
        .jobs
        .iter()
        .flat_map(|j| &j.runs)
        .find(|r| r.outcome == Outcome::Warning)
        .unwrap();
    assert!(partial.message.contains("accounts-archive"), "{partial:?}");
    assert!(log.skipped.is_empty(), "{:?}", log.skipped);

    let csv = fixture("synology-logcenter.csv");
    assert!(csv.jobs.iter().all(|j| j.tool == Tool::HyperBackup));
    assert!(outcomes(&csv).iter().any(|(_, k, _)| *k == RunKind::Check));
}

#[test]
fn a_log_saved_as_utf_16_reads_as_the_same_log() {
    // Windows' Event Viewer saves its XML as UTF-16 with a byte order mark.
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/logs/windows-server-backup-eventviewer.xml");
    let text = std::fs::read_to_string(&fixture).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let wide = dir.path().join("backup.xml");
    let mut bytes = vec![0xff, 0xfe];
    bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    std::fs::write(&wide, bytes).unwrap();
    let (files, problems) = logs::read_files(&[fixture, wide]);
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(files[0].jobs, files[1].jobs);
}
