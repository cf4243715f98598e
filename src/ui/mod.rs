//! The egui layer: the only part of the program that imports egui.

/// A message of the Fluent files in the window's language: `t!("id")`, or with
/// arguments `t!("id", name = value, count = n)`. Gives a `Cow<'static, str>`.
macro_rules! t {
    ($id:expr) => {
        $crate::i18n::ui().text($id)
    };
    ($id:expr, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::tr!($crate::i18n::ui(), $id, $($name = $value),+)
    };
}

mod app;
mod calendar;
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
