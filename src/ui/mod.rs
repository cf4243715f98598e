//! The egui layer: the only part of the program that imports egui.

mod app;
mod findings;
mod forms;
mod review;
mod start;
pub mod theme;
pub mod widgets;
mod wizard;

pub use crate::platform::dialogs::{FileDialogs, NativeDialogs, SaveRequest};
pub use app::{App, AppConfig, Command, OpenPlan, Page};
pub use start::ReviewDue;
