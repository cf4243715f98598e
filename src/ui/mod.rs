//! The egui layer: the only part of the program that imports egui.

mod app;
pub mod command;
mod evidence;
mod findings;
mod finish;
mod forms;
mod help;
mod review;
mod start;
mod state;
mod table;
pub mod theme;
pub mod widgets;
mod wizard;

pub use crate::platform::dialogs::{FileDialogs, NativeDialogs, SaveRequest};
pub use app::{App, AppConfig};
pub use command::{Command, UiCommand};
pub use start::ReviewDue;
pub use state::{OpenPlan, Page};
