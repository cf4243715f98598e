//! The files the app reads and writes: plan files and settings ([`storage`]), safe access
//! in shared and synced folders ([`disk`]), recovery copies of unsaved work, the lock
//! beside an open plan and the watch on its file. No egui; uses [`crate::model`].

pub mod disk;
pub mod plan_lock;
pub mod recovery;
pub mod storage;
pub mod watch;
