//! The app makes no network connection: no network client is built in, and the headless
//! commands, run under strace, open no internet socket.

use std::process::Command;

/// Crates that would let the program talk to the network on its own.
const NETWORK_CLIENTS: &[&str] = &[
    "reqwest",
    "ureq",
    "hyper",
    "curl",
    "isahc",
    "attohttpc",
    "native-tls",
    "rustls",
    "openssl",
    "h2",
];

#[test]
fn no_network_client_is_built_in() {
    let lock = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/Cargo.lock")).unwrap();
    let found: Vec<&str> = NETWORK_CLIENTS
        .iter()
        .copied()
        .filter(|name| lock.contains(&format!("name = \"{name}\"\n")))
        .collect();
    assert!(found.is_empty(), "network clients in Cargo.lock: {found:?}");
}

#[cfg(target_os = "linux")]
#[test]
fn exporting_and_checking_open_no_internet_socket() {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("plan.ron");
    std::fs::write(&plan, backup_planner::EXAMPLE_PLAN).unwrap();
    let log = dir.path().join("strace.log");
    let exe = env!("CARGO_BIN_EXE_backup-planner");
    let runs: [Vec<std::ffi::OsString>; 2] = [
        vec![
            "export".into(),
            plan.clone().into(),
            "--procedure".into(),
            dir.path().join("p.pdf").into(),
            "--invitation".into(),
            dir.path().join("i.pdf").into(),
            "--ics".into(),
            dir.path().join("t.ics").into(),
        ],
        vec!["check".into(), plan.clone().into()],
    ];
    for args in runs {
        let status = Command::new("strace")
            .args(["-f", "-e", "trace=socket,connect", "-o"])
            .arg(&log)
            .arg(exe)
            .args(&args)
            .stdout(std::process::Stdio::null())
            .status()
            .expect("strace runs (scripts/test installs it)");
        assert!(status.code().is_some_and(|c| c <= 1), "{args:?}: {status}");
        let trace = std::fs::read_to_string(&log).unwrap();
        let internet: Vec<&str> = trace
            .lines()
            .filter(|l| l.contains("AF_INET") || l.contains("AF_INET6"))
            .collect();
        assert!(internet.is_empty(), "{args:?} opened: {internet:#?}");
    }
}
