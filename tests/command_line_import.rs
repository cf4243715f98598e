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
    assert!(said.contains("1 entries to step 8's error log"), "{said}");
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
        said.contains("Added 0 runs (3 were in the plan already)"),
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
