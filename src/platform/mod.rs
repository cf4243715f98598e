//! What the app asks of the computer, behind seams that tests replace: the clock, printing
//! and opening files or links. No egui; uses [`crate::model`] at most.

pub mod clock;
pub mod desktop;
pub mod dialogs;
pub mod printing;
