//! The plan as plain data and the facts it is made of: the 14 steps, the option lists,
//! the limits of every value, and how dates and numbers are written. No I/O, no egui;
//! uses nothing else of the crate. Everything else builds on this layer.

pub mod columns;
pub mod evidence;
pub mod format;
pub mod ids;
pub mod limits;
pub mod options;
pub mod plan;
pub mod sample;
pub mod steps;
pub mod terms;
