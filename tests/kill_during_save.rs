//! A save killed at any moment leaves the old plan or the new one, never half of one.
//!
//! The test runs itself as a child process (the `saver` test below, switched on by an
//! environment variable) that saves two large plans in turn, over and over, and kills it
//! with SIGKILL at random moments, 200 times. After each kill the plan file must parse and
//! equal one of the two plans, and so must its backup copy.

#![cfg(unix)]

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use backup_planner::files::storage;
use backup_planner::model::plan::Plan;
use backup_planner::model::sample::plan_with_systems;

const CHILD: &str = "BACKUP_PLANNER_KILL_TEST_FILE";
const KILLS: usize = 200;

fn plans() -> (Plan, Plan) {
    let a = plan_with_systems(400);
    let mut b = a.clone();
    b.identity.title = "The other version".into();
    b.systems.truncate(300);
    (a, b)
}

/// The child: saves the two plans in turn until it is killed. Does nothing in a normal run.
#[test]
fn saver() {
    let Some(path) = std::env::var_os(CHILD) else {
        return;
    };
    let path = PathBuf::from(path);
    let (a, b) = plans();
    // Tell the parent the first full save is done, so every kill lands in the loop.
    storage::save_plan(&a, &path).expect("the first save");
    println!("ready");
    loop {
        for plan in [&b, &a] {
            storage::save_plan(plan, &path).expect("a save");
        }
    }
}

/// A tiny deterministic random source (xorshift), so a failure can be replayed.
struct Random(u64);

impl Random {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }
}

fn check_file(path: &Path, a: &Plan, b: &Plan, round: usize) {
    let plan = storage::load_plan(path)
        .unwrap_or_else(|err| panic!("round {round}: {} does not load: {err}", path.display()));
    assert!(
        plan == *a || plan == *b,
        "round {round}: {} holds neither version",
        path.display()
    );
}

#[test]
fn a_save_killed_at_any_moment_leaves_a_whole_plan() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.ron");
    let (a, b) = plans();
    let mut random = Random(0x9e37_79b9_7f4a_7c15);
    let exe = std::env::current_exe().unwrap();
    let started = Instant::now();
    for round in 0..KILLS {
        let mut child = Command::new(&exe)
            .args(["--exact", "saver", "--nocapture", "--test-threads=1"])
            .env(CHILD, &path)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        // Wait for "ready", then let it save for a random while.
        let mut stdout = child.stdout.take().unwrap();
        let mut seen = Vec::new();
        let mut byte = [0_u8; 1];
        while !String::from_utf8_lossy(&seen).contains("ready") {
            let n = std::io::Read::read(&mut stdout, &mut byte).unwrap();
            assert!(n == 1, "round {round}: the child ended before it was ready");
            seen.push(byte[0]);
        }
        std::thread::sleep(Duration::from_micros(random.below(40_000)));
        child.kill().unwrap(); // SIGKILL: no destructor, no flush, no cleanup runs
        child.wait().unwrap();

        check_file(&path, &a, &b, round);
        let backup = storage::backup_path(&path);
        if backup.exists() {
            check_file(&backup, &a, &b, round);
        }
    }
    let elapsed = started.elapsed().as_secs_f64();
    // A killed save may leave its temporary file behind; the next save clears them.
    let files = || -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(dir.path())
            .unwrap()
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    };
    let litter = files().len() - 2;
    storage::save_plan(&a, &path).unwrap();
    assert_eq!(files(), ["plan.ron", "plan.ron.bak"]);
    println!("{KILLS} kills in {elapsed:.1} s; {litter} temporary files cleared by the next save");
}
