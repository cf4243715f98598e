//! Backup Planner: plan, document and review a small office's backups along the
//! 14-step workflow aligned with ISO/IEC 27002.
//!
//! The layers, each a folder, depend one way (see ARCHITECTURE.md):
//!
//! ```text
//! ui ──> documents, advice, files, platform ──> model
//! cli ─┘
//! ```
//!
//! [`model`] is the plan as plain data; [`advice`] works things out from it; [`files`]
//! reads and writes it; [`documents`] prints it; [`platform`] is the computer around it;
//! [`ui`] is a thin egui layer over all of them, and [`cli`] the command line.

// No unwrap or expect in the program: an error reaches the person as a message, never as
// a panic. Unit tests may (clippy.toml); the journey tests in tests/ are not held to it.
#![warn(clippy::unwrap_used, clippy::expect_used)]

pub mod advice;
pub mod cli;
pub mod documents;
pub mod files;
pub mod i18n;
pub mod logs;
pub mod model;
pub mod platform;
pub mod ui;

/// The example plan that ships with the app: a small office with every step filled in.
pub const EXAMPLE_PLAN: &str = include_str!("../assets/examples/small-office.ron");

/// The app's icon for the window's title bar and the task bar (the 128-pixel rendering of
/// `assets/icons/backup-planner.svg`, which the package installs for the desktop).
pub const WINDOW_ICON_PNG: &[u8] =
    include_bytes!("../assets/icons/hicolor/128x128/apps/backup-planner.png");
