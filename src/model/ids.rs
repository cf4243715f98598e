//! The stable identity of a system, apart from the plan so that what refers to systems
//! (the plan's steps, the runs read from backup logs) can name one without the other.

use serde::{Deserialize, Serialize};

use crate::model::limits;

/// Stable identity of a system, so that other steps can refer to it across renames.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(transparent)]
pub struct SystemId(pub u32);

impl<'de> Deserialize<'de> for SystemId {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        limits::id(deserializer).map(Self)
    }
}
