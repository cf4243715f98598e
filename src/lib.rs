//! Backup Planner: plan, document and review a small office's backups along the
//! 14-step workflow aligned with ISO/IEC 27002.
//!
//! The model ([`plan`], [`options`], [`steps`]) and [`storage`] know nothing of the UI;
//! [`ui`] is a thin egui layer over them.

pub mod adviser;
pub mod changes;
pub mod cli;
pub mod clock;
pub mod desktop;
pub mod disk;
pub mod documents;
pub mod estimate;
pub mod format;
pub mod limits;
pub mod options;
pub mod plan;
pub mod plan_lock;
pub mod recovery;
pub mod sample;
pub mod steps;
pub mod storage;
pub mod ui;
pub mod watch;

/// The example plan that ships with the app: a small office with every step filled in.
pub const EXAMPLE_PLAN: &str = include_str!("../assets/examples/small-office.ron");
