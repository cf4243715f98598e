//! The export command as a person runs it: the whole process, from start to PDF on disk,
//! for plans of 25 to 2,000 systems, and its peak memory; and, where `LibreOffice` is
//! installed, `soffice --headless --convert-to pdf` of the same procedure content as HTML,
//! measured in the same run as the reference for what an office uses today.
//!
//! `cargo bench --bench export` (release build of the app).

use std::fmt::Write as _;
use std::process::Command;
use std::time::{Duration, Instant};

mod common;

use backup_planner::documents::{self, Block, Table};
use backup_planner::files::storage;
use backup_planner::model::options::Paper;
use backup_planner::model::sample::plan_with_systems;

const APP: &str = env!("CARGO_BIN_EXE_backup-planner");

fn median(mut runs: Vec<Duration>) -> Duration {
    runs.sort_unstable();
    runs[runs.len() / 2]
}

/// Runs `command` `runs` times (after one warm-up) and gives the median wall time.
fn time(runs: usize, mut command: impl FnMut() -> Command) -> Duration {
    let mut times = Vec::new();
    for i in 0..=runs {
        let start = Instant::now();
        let status = command().status().expect("the command runs");
        assert!(status.success(), "{status}");
        if i > 0 {
            times.push(start.elapsed());
        }
    }
    median(times)
}

/// Peak resident memory of one run in MB, from GNU time, or "?" without it.
fn peak_mb(args: &[&std::ffi::OsStr]) -> String {
    let output = Command::new("/usr/bin/time")
        .args(["-f", "%M"])
        .arg(APP)
        .args(args)
        .output();
    output
        .ok()
        .and_then(|o| String::from_utf8(o.stderr).ok())
        .and_then(|e| e.lines().last().and_then(|l| l.trim().parse::<u64>().ok()))
        .map_or_else(|| "?".to_owned(), |kb| (kb / 1024).to_string())
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

fn html_table(out: &mut String, table: &Table) {
    out.push_str("<table border=\"1\"><tr>");
    for c in &table.columns {
        let _ = write!(out, "<th>{}</th>", escape(c));
    }
    out.push_str("</tr>");
    for row in &table.rows {
        out.push_str("<tr>");
        for cell in row {
            let _ = write!(out, "<td>{}</td>", escape(cell));
        }
        out.push_str("</tr>");
    }
    out.push_str("</table>");
}

/// The procedure's content (the same data the PDF template lays out) as one HTML page.
fn procedure_html(plan: &backup_planner::model::plan::Plan) -> String {
    let today = chrono::NaiveDate::from_ymd_opt(2026, 3, 16).unwrap_or_default();
    let data = documents::procedure_data(plan, Paper::A4, today);
    let mut out = format!(
        "<html><head><meta charset=\"utf-8\"><title>{}</title></head><body><h1>{}</h1><p>{}</p>",
        escape(&data.title),
        escape(&data.title),
        escape(&data.organisation)
    );
    out.push_str("<h2>Critical systems</h2>");
    html_table(&mut out, &data.systems);
    out.push_str("<h2>Who does what and when</h2>");
    html_table(&mut out, &data.duties);
    for section in &data.sections {
        let _ = write!(
            out,
            "<h2>{}. {}</h2>",
            section.number,
            escape(&section.title)
        );
        for block in &section.blocks {
            match block {
                Block::Paragraph { text } | Block::Empty { text } => {
                    let _ = write!(out, "<p>{}</p>", escape(text));
                }
                Block::Bullets { items } | Block::Numbered { items } => {
                    out.push_str("<ul>");
                    for item in items {
                        let _ = write!(out, "<li>{}</li>", escape(item));
                    }
                    out.push_str("</ul>");
                }
                Block::Table { table } => html_table(&mut out, table),
            }
        }
    }
    out.push_str("<h2>Restore tests</h2>");
    html_table(&mut out, &data.restore_tests);
    out.push_str("<h2>Appendix</h2>");
    html_table(&mut out, &data.appendix);
    out.push_str("</body></html>");
    out
}

fn soffice() -> Option<&'static str> {
    ["soffice", "libreoffice"].into_iter().find(|name| {
        Command::new(name)
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success())
    })
}

fn main() {
    let dir = std::env::temp_dir().join(format!("backup-planner-export-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temporary folder");
    let office = soffice();
    println!(
        "systems  procedure  pages  peak MB  invitation   LibreOffice (HTML -> PDF)  pages  ratio"
    );
    for systems in [25, 250, 500, 1000, 2000] {
        let plan = plan_with_systems(systems);
        let path = dir.join(format!("plan-{systems}.ron"));
        storage::save_plan(&plan, &path).expect("saved");
        let pdf = dir.join(format!("procedure-{systems}.pdf"));
        let runs = if systems >= 1000 { 5 } else { 9 };
        let procedure = time(runs, || {
            let mut c = Command::new(APP);
            c.arg("export").arg(&path).arg("--procedure").arg(&pdf);
            c.stdout(std::process::Stdio::null());
            c
        });
        let invitation_pdf = dir.join("invitation.pdf");
        let invitation = time(runs, || {
            let mut c = Command::new(APP);
            c.arg("export")
                .arg(&path)
                .arg("--invitation")
                .arg(&invitation_pdf);
            c.stdout(std::process::Stdio::null());
            c
        });
        let peak = peak_mb(&[
            "export".as_ref(),
            path.as_os_str(),
            "--procedure".as_ref(),
            pdf.as_os_str(),
        ]);
        let mut line = format!(
            "{systems:>7}  {:>6.0} ms  {:>5}  {peak:>7}  {:>7.0} ms",
            procedure.as_secs_f64() * 1000.0,
            common::pages(&pdf),
            invitation.as_secs_f64() * 1000.0
        );
        if let Some(office) = office {
            let html = dir.join(format!("procedure-{systems}.html"));
            std::fs::write(&html, procedure_html(&plan)).expect("html written");
            let out = dir.join("office");
            let lo = time(if systems >= 1000 { 3 } else { 5 }, || {
                let mut c = Command::new(office);
                c.args(["--headless", "--convert-to", "pdf", "--outdir"])
                    .arg(&out)
                    .arg(&html);
                c.stdout(std::process::Stdio::null());
                c.stderr(std::process::Stdio::null());
                c
            });
            let lo_pdf = out.join(format!("procedure-{systems}.pdf"));
            let _ = write!(
                line,
                "  {:>20.0} ms  {:>10}  {:>5.1}x",
                lo.as_secs_f64() * 1000.0,
                common::pages(&lo_pdf),
                lo.as_secs_f64() / procedure.as_secs_f64()
            );
        } else {
            line.push_str("  (LibreOffice not installed)");
        }
        println!("{line}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}
