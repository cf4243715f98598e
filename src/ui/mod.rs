//! The egui layer: the only part of the program that imports egui.

mod app;
mod findings;
mod forms;
mod review;
mod start;
pub mod theme;
pub mod widgets;
mod wizard;

pub use app::{App, AppConfig, Command, FileDialogs, NativeDialogs, OpenPlan, Page, SaveRequest};
pub use start::ReviewDue;
