//! "Today" for the app: the machine's clock, or a fixed moment for tests.

use chrono::{NaiveDate, NaiveDateTime};

/// Where the app's idea of now comes from.
#[derive(Clone, Copy, Debug, Default)]
pub enum Clock {
    /// The machine's local time.
    #[default]
    System,
    /// A fixed moment, so that tests do not depend on the day they run.
    Fixed(NaiveDateTime),
}

impl Clock {
    /// A clock that always says `date`, at noon.
    pub fn fixed(date: NaiveDate) -> Self {
        Self::Fixed(date.and_hms_opt(12, 0, 0).unwrap_or_default())
    }

    /// The local date and time now.
    pub fn now(self) -> NaiveDateTime {
        match self {
            Self::System => chrono::Local::now().naive_local(),
            Self::Fixed(at) => at,
        }
    }

    /// The time now in UTC, for the stamps of calendar files (a fixed clock's moment is
    /// taken as UTC).
    pub fn now_utc(self) -> NaiveDateTime {
        match self {
            Self::System => chrono::Utc::now().naive_utc(),
            Self::Fixed(at) => at,
        }
    }

    /// The local date today.
    pub fn today(self) -> NaiveDate {
        self.now().date()
    }

    /// The computer's time zone by its IANA name ("Europe/Berlin"), if the system says;
    /// a fixed clock is in UTC.
    pub fn time_zone(self) -> Option<String> {
        match self {
            Self::System => jiff::tz::TimeZone::system().iana_name().map(str::to_owned),
            Self::Fixed(_) => Some("UTC".to_owned()),
        }
    }
}
