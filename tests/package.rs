//! The Linux install: the desktop entry, the software-centre metadata and the plan's file
//! type pass their validators and agree with each other; and, in CI as root, the Debian
//! package that `scripts/package` makes installs, opens plan files and removes cleanly.
#![cfg(target_os = "linux")]

use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use backup_planner::files::storage;
use backup_planner::model::plan::Plan;

const PACKAGE: &str = "backup-planner";
const DESKTOP: &str = "assets/linux/backup-planner.desktop";
const METAINFO: &str = "assets/linux/io.github.backup_planner.BackupPlanner.metainfo.xml";
const MIME: &str = "assets/linux/backup-planner-mime.xml";
const PLAN_TYPE: &str = "application/x-backup-plan";

fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

fn read(path: &str) -> String {
    std::fs::read_to_string(repo(path)).unwrap()
}

/// Runs a command; a missing tool fails with what to do about it.
fn output_of(command: &mut Command) -> Output {
    let program = command.get_program().to_string_lossy().into_owned();
    match command.output() {
        Ok(output) => output,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => {
            panic!("{program} is not installed: run scripts/test, which installs it")
        }
        Err(err) => panic!("{program} could not run: {err}"),
    }
}

/// What a command printed, both streams.
fn said(output: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

#[test]
fn the_desktop_entry_passes_desktop_file_validate_without_a_warning() {
    let output = output_of(Command::new("desktop-file-validate").arg(repo(DESKTOP)));
    let text = said(&output);
    // Hints (suggestions) may come and go between versions; errors and warnings may not.
    let problems: Vec<&str> = text
        .lines()
        .filter(|line| line.contains(": error: ") || line.contains(": warning: "))
        .collect();
    assert!(
        output.status.success() && problems.is_empty(),
        "desktop-file-validate {DESKTOP}:\n{text}"
    );
}

#[test]
fn the_metainfo_passes_appstreamcli_validate() {
    let output = output_of(
        Command::new("appstreamcli")
            .args(["validate", "--no-net"])
            .arg(repo(METAINFO)),
    );
    let text = said(&output);
    let problems: Vec<&str> = text
        .lines()
        .filter(|line| line.starts_with("E:") || line.starts_with("W:"))
        .collect();
    assert!(
        output.status.success() && problems.is_empty(),
        "appstreamcli validate --no-net {METAINFO}:\n{text}"
    );
    // The component's id differs from the desktop file's name, so it must name the file.
    let metainfo = read(METAINFO);
    assert!(
        metainfo.contains("<launchable type=\"desktop-id\">backup-planner.desktop</launchable>"),
        "{METAINFO} names no launchable backup-planner.desktop"
    );
    assert!(
        metainfo.contains(&format!(
            "<release version=\"{}\"",
            env!("CARGO_PKG_VERSION")
        )),
        "{METAINFO} has no release of version {}",
        env!("CARGO_PKG_VERSION")
    );
}

#[test]
fn plan_files_have_their_own_type_found_by_content_and_the_app_opens_it() {
    let mime = read(MIME);
    assert!(
        mime.contains(&format!("<mime-type type=\"{PLAN_TYPE}\">")),
        "{MIME} defines no {PLAN_TYPE}"
    );
    assert!(
        !mime.contains("<glob"),
        "{MIME} has a glob: a *.ron glob would claim other programs' RON files"
    );
    // The magic matches the start of a plan as the app writes it, with Unix or Windows
    // line breaks, up to the field only a plan has.
    let written = storage::plan_to_string(&Plan::default()).unwrap();
    let field = "format_version: ";
    let start = &written[..written.find(field).unwrap() + field.len()];
    for line_break in ["\\n", "\\r\\n"] {
        let value = start.replace('\n', line_break);
        assert!(
            mime.contains(&format!("value=\"{value}\"")),
            "{MIME} has no magic for a plan starting {value:?}"
        );
    }
    assert!(
        backup_planner::EXAMPLE_PLAN.starts_with(start),
        "the example plan starts differently from a saved plan"
    );

    let desktop = read(DESKTOP);
    let types = desktop
        .lines()
        .find_map(|line| line.strip_prefix("MimeType="))
        .unwrap_or_else(|| panic!("{DESKTOP} has no MimeType line"));
    assert!(
        types.split(';').any(|found| found == PLAN_TYPE),
        "{DESKTOP} does not open {PLAN_TYPE}: MimeType={types}"
    );
    assert!(
        read(METAINFO).contains(&format!("<mediatype>{PLAN_TYPE}</mediatype>")),
        "{METAINFO} does not say the app opens {PLAN_TYPE}"
    );
}

/// Removes the package when the test ends, passed or failed, so that a failed check
/// never leaves it installed.
struct RemoveOnDrop;

impl Drop for RemoveOnDrop {
    fn drop(&mut self) {
        let _ = Command::new("dpkg").args(["-r", PACKAGE]).output();
    }
}

/// Why the package test must not run here, if it must not: it installs a package on the
/// computer, so only in CI or when asked, as root, with dpkg, and never over an
/// installed copy.
fn why_not_install_here() -> Option<String> {
    if std::env::var_os("CI").is_none() && std::env::var_os("BACKUP_PLANNER_TEST_DPKG").is_none() {
        return Some(
            "it installs and removes a package: set CI or BACKUP_PLANNER_TEST_DPKG to run it"
                .to_owned(),
        );
    }
    let Ok(uid) = Command::new("id").arg("-u").output() else {
        return Some("id -u does not run here".to_owned());
    };
    if String::from_utf8_lossy(&uid.stdout).trim() != "0" {
        return Some("dpkg -i needs root".to_owned());
    }
    let Ok(dpkg) = Command::new("dpkg").arg("--version").output() else {
        return Some("no dpkg here (not Debian or Ubuntu)".to_owned());
    };
    if !dpkg.status.success() {
        return Some("dpkg does not run here".to_owned());
    }
    let installed = Command::new("dpkg-query")
        .args(["-W", "-f=${Status}", PACKAGE])
        .output()
        .is_ok_and(|output| String::from_utf8_lossy(&output.stdout).ends_with(" installed"));
    if installed {
        return Some(format!(
            "{PACKAGE} is installed on this computer, and the test would remove it"
        ));
    }
    None
}

/// `xdg-mime` as a desktop without a session runs it: the shared MIME database read by
/// `mimetype`, the default application from the system's caches, not this user's
/// choices.
fn xdg_mime(args: &[&OsStr], home: &Path) -> String {
    let mut command = Command::new("xdg-mime");
    command
        .args(args)
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_DATA_DIRS", "/usr/local/share:/usr/share")
        .env("XDG_CONFIG_DIRS", "/etc/xdg");
    for desktop in [
        "XDG_CURRENT_DESKTOP",
        "XDG_MENU_PREFIX",
        "DESKTOP_SESSION",
        "KDE_FULL_SESSION",
        "KDE_SESSION_VERSION",
        "GNOME_DESKTOP_SESSION_ID",
        "MATE_DESKTOP_SESSION_ID",
        "DISPLAY",
        "WAYLAND_DISPLAY",
    ] {
        command.env_remove(desktop);
    }
    let output = output_of(&mut command);
    assert!(
        output.status.success(),
        "xdg-mime {args:?}: {}",
        said(&output)
    );
    String::from_utf8_lossy(&output.stdout).trim().to_owned()
}

fn file_type(file: &Path, home: &Path) -> String {
    xdg_mime(
        &[
            OsStr::new("query"),
            OsStr::new("filetype"),
            file.as_os_str(),
        ],
        home,
    )
}

/// `scripts/package` run on the tests' binary; the path of the package it made.
fn build_package(out: &Path) -> PathBuf {
    let output = output_of(
        Command::new(repo("scripts/package"))
            .arg("--binary")
            .arg(env!("CARGO_BIN_EXE_backup-planner"))
            .arg("--out")
            .arg(out)
            // The tests' binary is a debug build; gzip packs it in seconds.
            .args(["--compress", "gzip"]),
    );
    assert!(
        output.status.success(),
        "scripts/package:\n{}",
        said(&output)
    );
    let debs: Vec<PathBuf> = std::fs::read_dir(out)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "deb"))
        .collect();
    assert_eq!(debs.len(), 1, "scripts/package made {debs:?}");
    debs[0].clone()
}

/// The files the installed package put on the computer, checked for the ones it must.
fn installed_files() -> Vec<PathBuf> {
    let listed = output_of(Command::new("dpkg").args(["-L", PACKAGE]));
    let files: Vec<PathBuf> = String::from_utf8_lossy(&listed.stdout)
        .lines()
        .map(PathBuf::from)
        .filter(|path| path.is_file())
        .collect();
    for expected in [
        "/usr/bin/backup-planner",
        "/usr/share/applications/backup-planner.desktop",
        "/usr/share/mime/packages/backup-planner.xml",
        "/usr/share/metainfo/io.github.backup_planner.BackupPlanner.metainfo.xml",
        "/usr/share/icons/hicolor/scalable/apps/backup-planner.svg",
        "/usr/share/icons/hicolor/48x48/apps/backup-planner.png",
        "/usr/share/doc/backup-planner/copyright",
    ] {
        assert!(
            files.iter().any(|file| file == Path::new(expected)),
            "the package installed no {expected}: {files:?}"
        );
    }
    files
}

/// A plan, saved with Unix or Windows line breaks, is a plan to the desktop and opens in
/// the app; another program's RON file is plain text.
fn check_plans_open_in_the_app(dir: &Path, home: &Path) {
    let plan = dir.join("Backup plan 2026.ron");
    std::fs::write(&plan, backup_planner::EXAMPLE_PLAN).unwrap();
    let windows_plan = dir.join("saved on Windows.ron");
    std::fs::write(
        &windows_plan,
        backup_planner::EXAMPLE_PLAN.replace('\n', "\r\n"),
    )
    .unwrap();
    // Notepad saves with a byte-order mark before the text; the app opens such a plan.
    let marked_plan = dir.join("saved in Notepad.ron");
    std::fs::write(
        &marked_plan,
        format!(
            "\u{feff}{}",
            backup_planner::EXAMPLE_PLAN.replace('\n', "\r\n")
        ),
    )
    .unwrap();
    let other_ron = dir.join("settings.ron");
    std::fs::write(&other_ron, "(\n    name: \"x\",\n)\n").unwrap();
    assert_eq!(file_type(&plan, home), PLAN_TYPE);
    assert_eq!(file_type(&windows_plan, home), PLAN_TYPE);
    assert_eq!(file_type(&marked_plan, home), PLAN_TYPE);
    assert_eq!(
        file_type(&other_ron, home),
        "text/plain",
        "another program's RON file must not open in Backup Planner"
    );
    let default = [
        OsStr::new("query"),
        OsStr::new("default"),
        OsStr::new(PLAN_TYPE),
    ];
    assert_eq!(xdg_mime(&default, home), "backup-planner.desktop");
    // GNOME's and Xfce's file managers ask GIO; check it too where it is installed.
    if let Ok(gio) = Command::new("gio")
        .args(["info", "-a", "standard::content-type"])
        .arg(&plan)
        .output()
        && gio.status.success()
    {
        assert!(
            String::from_utf8_lossy(&gio.stdout).contains(PLAN_TYPE),
            "gio info: {}",
            said(&gio)
        );
    }
}

#[test]
fn the_debian_package_installs_opens_plans_and_removes_cleanly() {
    if let Some(reason) = why_not_install_here() {
        eprintln!("skipped the Debian package test: {reason}");
        return;
    }
    // Without mimetype, xdg-mime outside a desktop asks file(1), which knows no plans.
    output_of(Command::new("mimetype").arg("--version"));
    let dir = tempfile::tempdir().unwrap();
    let deb = build_package(&dir.path().join("out"));

    let _remove = RemoveOnDrop;
    let output = output_of(Command::new("dpkg").arg("-i").arg(&deb));
    assert!(
        output.status.success(),
        "dpkg -i {} (missing dependencies are listed; apt-get install them):\n{}",
        deb.display(),
        said(&output)
    );
    let files = installed_files();
    let version = output_of(Command::new("/usr/bin/backup-planner").arg("--version"));
    assert_eq!(
        String::from_utf8_lossy(&version.stdout).trim(),
        format!("backup-planner {}", env!("CARGO_PKG_VERSION"))
    );
    let home = dir.path().join("home");
    check_plans_open_in_the_app(dir.path(), &home);

    let output = output_of(Command::new("dpkg").args(["-r", PACKAGE]));
    assert!(output.status.success(), "dpkg -r: {}", said(&output));
    let left: Vec<&PathBuf> = files.iter().filter(|file| file.exists()).collect();
    assert!(left.is_empty(), "dpkg -r left {left:?}");
    let status = output_of(
        Command::new("dpkg")
            .args(["-s", PACKAGE])
            .env("LC_ALL", "C"),
    );
    assert!(
        !status.status.success() && said(&status).contains("not installed"),
        "dpkg -s after removal: {}",
        said(&status)
    );
    // The caches were brought up to date: a plan is no longer a type of its own.
    let plan = dir.path().join("Backup plan 2026.ron");
    assert_ne!(file_type(&plan, &home), PLAN_TYPE);
}
