//! `backup-planner import PLAN.ron LOG...` for scripts: the runs land in the plan (saved as
//! the app saves, with its `.bak`), a log read twice adds nothing twice, `check` then
//! reports what the runs show (exit 1 when a finding is high), and a slip in the order
//! of the files or a file that is no log changes nothing and says why (exit 2).

use std::path::Path;
use std::process::{Command, Output};

use backup_planner::files::storage;
use backup_planner::model::sample;

fn app(args: &[&Path]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_backup-planner"))
        .args(args)
        .output()
        .unwrap()
}

fn text(output: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

/// Three nights of the client files from a tool without its own format, the last failed.
const HISTORY: &str = "started,job,result,duration,size,message\n\
    2026-03-01 22:00,fileserver clients,ok,3600,10 GB,\n\
    2026-03-02 22:00,fileserver clients,ok,3550,10 GB,\n\
    2026-03-03 22:00,fileserver clients,failed,12,,disk full\n";

#[test]
fn import_then_check_on_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("office.ron");
    storage::save_plan(&sample::example(), &plan).unwrap();
    let log = dir.path().join("history.csv");
    std::fs::write(&log, HISTORY).unwrap();
    let import = Path::new("import");
    let system = Path::new("--system");
    let clients = Path::new("Client files (shared drive)");

    let first = app(&[import, &plan, &log, system, clients]);
    let said = text(&first);
    assert!(first.status.success(), "{said}");
    assert!(said.contains("Added 3 runs"), "{said}");
    assert!(said.contains("1 entry to step 8's error log"), "{said}");
    assert!(
        said.contains("Client files (shared drive): last good backup 2026-03-02"),
        "{said}"
    );
    let loaded = storage::load_plan(&plan).unwrap();
    assert_eq!(loaded.evidence.jobs.len(), 1);
    assert_eq!(loaded.evidence.jobs[0].runs.len(), 3);
    assert!(
        loaded
            .monitoring
            .errors
            .iter()
            .any(|e| e.error.contains("disk full")),
        "the failure is in step 8"
    );
    assert!(
        loaded
            .log_reviews
            .entries
            .iter()
            .any(|r| r.period.contains("2026-03-01 to 2026-03-03")),
        "a review of the period in step 11"
    );
    assert!(
        storage::backup_path(&plan).exists(),
        "saved as the app saves"
    );
    // The approved revisions do not carry the runs.
    assert!(
        loaded
            .revisions
            .iter()
            .all(|r| r.snapshot.evidence.jobs.is_empty())
    );

    // The same log again adds nothing; the job is remembered, no --system needed.
    let again = app(&[import, &plan, &log]);
    let said = text(&again);
    assert!(again.status.success(), "{said}");
    assert!(
        said.contains("Added 0 runs (3 in the plan already)"),
        "{said}"
    );
    assert!(said.contains("-> Client files (shared drive)"), "{said}");
    let reloaded = storage::load_plan(&plan).unwrap();
    assert_eq!(reloaded.evidence.jobs[0].runs.len(), 3);
    assert_eq!(reloaded.monitoring.errors, loaded.monitoring.errors);

    // check: no good backup for months against a 24-hour RPO is high.
    let check = app(&[Path::new("check"), &plan]);
    let said = text(&check);
    assert_eq!(check.status.code(), Some(1), "{said}");
    assert!(said.contains("no good backup within the time"), "{said}");
    assert!(
        said.contains("[runs-beyond-rpo]") && said.contains("[runs-failed]"),
        "{said}"
    );
}

#[test]
fn a_slip_in_the_order_or_a_file_that_is_no_log_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("office.ron");
    storage::save_plan(&sample::example(), &plan).unwrap();
    let before = std::fs::read(&plan).unwrap();
    let log = dir.path().join("history.csv");
    std::fs::write(&log, HISTORY).unwrap();
    let import = Path::new("import");

    // The log first, the plan second.
    let slip = app(&[import, &log, &plan]);
    assert_eq!(slip.status.code(), Some(2), "{}", text(&slip));
    assert_eq!(std::fs::read(&plan).unwrap(), before);
    assert_eq!(std::fs::read_to_string(&log).unwrap(), HISTORY);

    // A photo, a folder and a pipe: nothing read, nothing written.
    let photo = dir.path().join("holiday.jpg");
    std::fs::write(
        &photo,
        [0xff_u8, 0xd8, 0xff, 0xe0, 0, 16, b'J', b'F', b'I', b'F'],
    )
    .unwrap();
    let folder = dir.path().to_owned();
    let none = app(&[import, &plan, &photo, &folder]);
    let said = text(&none);
    assert_eq!(none.status.code(), Some(2), "{said}");
    assert!(
        said.contains("holiday.jpg is not a backup log") && said.contains("restic"),
        "{said}"
    );
    assert!(said.contains("the plan is unchanged"), "{said}");
    assert_eq!(std::fs::read(&plan).unwrap(), before);

    // A system that step 1 does not have is named, with the ones it has.
    let wrong = app(&[
        import,
        &plan,
        &log,
        Path::new("--system"),
        Path::new("Payroll PC"),
    ]);
    let said = text(&wrong);
    assert_eq!(wrong.status.code(), Some(2), "{said}");
    assert!(
        said.contains("no system called \"Payroll PC\"") && said.contains("Accounting"),
        "{said}"
    );
    assert_eq!(std::fs::read(&plan).unwrap(), before);
}

/// What a hostile hour found: logs that left a plan the program would no longer open.
/// Each such log now imports what a plan holds, says what it left out, and the plan opens.
#[test]
fn an_import_never_leaves_a_plan_that_does_not_open() {
    use std::fmt::Write as _;
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("office.ron");
    storage::save_plan(&sample::example(), &plan).unwrap();
    let mut many = String::from("started,job,result\n");
    let start = chrono::NaiveDate::from_ymd_opt(2019, 1, 1)
        .unwrap()
        .and_hms_opt(0, 0, 0)
        .unwrap();
    for n in 0..61_000 {
        let at = start + chrono::TimeDelta::minutes(5 * n);
        let _ = writeln!(
            many,
            "{},every five minutes,ok",
            at.format("%Y-%m-%d %H:%M")
        );
    }
    let long_name = "x".repeat(25_000);
    let logs = [
        // .NET's "never", and a failed run far in the future: dates a plan does not hold.
        (
            "never.csv",
            "started,job,result,message\n0001-01-01 00:00,nightly,failed,never ran\n\
             2026-03-01 22:00,nightly,ok,\n2250-06-01 22:00,nightly,failed,clock\n"
                .to_owned(),
        ),
        (
            "name.csv",
            format!("started,job,result\n2026-03-01 22:00,{long_name},ok\n"),
        ),
        (
            "newline.csv",
            "started,job,result\n2026-03-01 22:00,\"two\nlines\",ok\n".to_owned(),
        ),
        (
            "numbers.csv",
            "started,job,result,duration,size\n\
             2026-03-01 22:00,big,ok,18446744073709551616,99999999999999999999999\n"
                .to_owned(),
        ),
        ("many.csv", many),
    ];
    for (name, content) in logs {
        let log = dir.path().join(name);
        std::fs::write(&log, content).unwrap();
        let output = app(&[Path::new("import"), &plan, &log]);
        let said = text(&output);
        assert!(output.status.success(), "{name}: {said}");
        assert!(
            !said.contains(&long_name),
            "{name}: a 25,000-character name printed"
        );
        let loaded = storage::load_plan(&plan)
            .unwrap_or_else(|err| panic!("{name} left a plan that does not open: {err}"));
        match name {
            "never.csv" => {
                assert!(said.contains("2 runs left out"), "{said}");
                assert!(said.contains("dated before 1900 or after 2199"), "{said}");
            }
            "numbers.csv" => {
                assert!(said.contains("left unknown"), "{said}");
                let run = &loaded.evidence.jobs.last().unwrap().runs[0];
                assert_eq!((run.seconds, run.total_bytes), (None, None));
            }
            "newline.csv" => assert!(said.contains("two lines"), "{said}"),
            "many.csv" => {
                assert!(said.contains("1,000 runs left out"), "{said}");
                let job = loaded.evidence.jobs.last().unwrap();
                assert_eq!(job.runs.len(), 60_000);
                assert!(job.runs[0].started > start, "the newest are kept");
            }
            _ => {}
        }
    }
    let check = app(&[Path::new("check"), &plan]);
    assert!(
        check.status.code().is_some_and(|c| c < 2),
        "{}",
        text(&check)
    );
}

/// Runs dated after today (a computer's clock gone wrong) are left out, and said: taken
/// in, one of them would hide that the real backups stopped.
#[test]
fn a_run_dated_in_the_future_does_not_hide_a_stale_backup() {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("office.ron");
    storage::save_plan(&sample::example(), &plan).unwrap();
    let log = dir.path().join("future.csv");
    std::fs::write(
        &log,
        "started,job,result\n2020-06-01 22:00,clients,ok\n2099-01-01 02:00,clients,ok\n",
    )
    .unwrap();
    let output = app(&[
        Path::new("import"),
        &plan,
        &log,
        Path::new("--system"),
        Path::new("Client files (shared drive)"),
    ]);
    let said = text(&output);
    assert!(
        said.contains("1 run left out: dated later than today"),
        "{said}"
    );
    let check = app(&[Path::new("check"), &plan]);
    assert_eq!(check.status.code(), Some(1), "{}", text(&check));
    assert!(text(&check).contains("runs-beyond-rpo"), "{}", text(&check));
}

/// Imports started together into one plan each keep their runs: a save checks and
/// replaces the file in one turn, and an import that finds the plan changed reads it
/// again and imports into that.
#[test]
fn imports_started_together_all_land() {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("office.ron");
    storage::save_plan(&sample::example(), &plan).unwrap();
    let logs: Vec<std::path::PathBuf> = (0..8)
        .map(|n| {
            let log = dir.path().join(format!("job{n}.csv"));
            std::fs::write(
                &log,
                format!("started,job,result\n2026-03-01 22:00,job number {n},ok\n"),
            )
            .unwrap();
            log
        })
        .collect();
    let children: Vec<std::process::Child> = logs
        .iter()
        .map(|log| {
            Command::new(env!("CARGO_BIN_EXE_backup-planner"))
                .arg("import")
                .arg(&plan)
                .arg(log)
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for child in children {
        let output = child.wait_with_output().unwrap();
        assert!(output.status.success(), "{}", text(&output));
    }
    let loaded = storage::load_plan(&plan).unwrap();
    let mut names: Vec<&str> = loaded
        .evidence
        .jobs
        .iter()
        .map(|j| j.name.as_str())
        .collect();
    names.sort_unstable();
    assert_eq!(names.len(), 8, "{names:?}");
}

/// A failure of a job not matched to a system yet is said in step 11's review (never
/// "none found"), and a full error log in step 8 is said rather than passed over.
#[test]
fn failures_are_never_passed_over_as_none_found() {
    use backup_planner::model::plan::ErrorEntry;
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("office.ron");
    let mut full = sample::example();
    full.monitoring.errors = (0..5_000)
        .map(|n| ErrorEntry {
            error: format!("old error {n}"),
            ..ErrorEntry::default()
        })
        .collect();
    storage::save_plan(&full, &plan).unwrap();
    let log = dir.path().join("history.csv");
    // A job that shares no word with a system: not matched.
    std::fs::write(&log, HISTORY.replace("fileserver clients", "nightly job")).unwrap();
    let output = app(&[Path::new("import"), &plan, &log]);
    let said = text(&output);
    assert!(output.status.success(), "{said}");
    assert!(
        said.contains("Step 8's error log is full (5,000 entries): 1 more could not be added"),
        "{said}"
    );
    let loaded = storage::load_plan(&plan).unwrap();
    let review = loaded.log_reviews.entries.last().unwrap();
    assert_eq!(
        review.anomalies,
        "1 failed run of a job not matched to a system yet"
    );
    assert_eq!(review.error_codes, "disk full");
}

/// What an import writes into the plan (step 8's entries, step 11's review) is in the
/// plan's document language, and what it tells the person is in theirs: a French plan
/// imported with `--lang de` gets French entries and a German summary, no English in
/// either, and an unnamed system is "Système 2" in the plan.
#[test]
fn an_import_writes_the_plan_in_its_language_and_speaks_the_readers() {
    #[allow(dead_code, reason = "this test uses part of the helper")]
    #[path = "common/english.rs"]
    mod english;
    use backup_planner::i18n::Language;
    use backup_planner::model::evidence::{Job, Tool};

    let (french, german) = (
        Language::from_code("fr").unwrap(),
        Language::from_code("de").unwrap(),
    );
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("office.ron");
    let mut example: backup_planner::model::plan::Plan = storage::load_plan(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/examples/small-office.ron"),
    )
    .unwrap();
    example.identity.document_language = french;
    // The client files' system has no name yet; its jobs are remembered from before.
    example.systems[1].name = String::new();
    let clients = example.systems[1].id;
    for (tool, name) in [
        (Tool::HyperBackup, "Hyper Backup Client files to USB"),
        (Tool::Csv, "client copy"),
    ] {
        example.evidence.jobs.push(Job {
            tool,
            name: name.to_owned(),
            system: Some(clients),
            ..Job::default()
        });
    }
    storage::save_plan(&example, &plan).unwrap();
    let before = storage::load_plan(&plan).unwrap();
    let fixture =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/logs/synology-hyperbackup.log");
    // Two nights days apart: a gap step 5's daily schedule did not expect.
    let gap = dir.path().join("gap.csv");
    std::fs::write(
        &gap,
        "started,job,result\n2026-03-01 22:00,client copy,ok\n2026-03-05 22:00,client copy,ok\n",
    )
    .unwrap();

    let output = app(&[
        Path::new("import"),
        &plan,
        &fixture,
        &gap,
        Path::new("--lang"),
        Path::new("de"),
    ]);
    let said = String::from_utf8_lossy(&output.stdout).into_owned();
    assert!(output.status.success(), "{}", text(&output));

    // The terminal: German, the anomalies too.
    let english = english::English::against(german);
    for line in said.lines() {
        assert_eq!(english.found_in(line), None, "in the summary:\n{said}");
    }
    assert!(said.contains("fehlgeschlagene Sicherung"), "{said}");
    assert!(said.contains("System 2: "), "{said}");

    // The plan: French, every entry the import made.
    let loaded = storage::load_plan(&plan).unwrap();
    let english = english::English::against(french);
    let errors = &loaded.monitoring.errors[before.monitoring.errors.len()..];
    let reviews = &loaded.log_reviews.entries[before.log_reviews.entries.len()..];
    assert!(errors.len() >= 3, "{errors:#?}");
    assert_eq!(reviews.len(), 1, "{reviews:#?}");
    let review = &reviews[0];
    let written: Vec<&str> = errors
        .iter()
        .map(|e| e.error.as_str())
        .chain([review.period.as_str(), review.anomalies.as_str()])
        .collect();
    for text in &written {
        assert_eq!(english.found_in(text), None, "in the plan: {written:#?}");
        assert!(!text.contains("System 2"), "in the plan: {written:#?}");
    }
    assert!(review.anomalies.contains("Système 2"), "{review:#?}");
    assert!(review.period.contains("01/03/2026"), "{review:#?}");
    assert!(
        errors.iter().any(|e| e.error.contains("01/03/2026")),
        "the gap, dated the French way: {errors:#?}"
    );
}
