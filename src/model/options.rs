//! The option lists a person picks from.
//!
//! The lists the seed workflow names keep the seed's labels to the letter; the others
//! (marked "ours") are short lists we added where a free text field would invite chaos.

use serde::{Deserialize, Serialize};

/// A closed list of options with a label for each: what every dropdown is made of.
pub trait OptionList: Copy + Eq + 'static {
    /// Every option, in the order the dropdown shows them.
    const ALL: &'static [Self];

    /// The label a person reads.
    fn label(self) -> &'static str;
}

/// Declares an option enum with its labels, `ALL`, `label()` and `Display`.
macro_rules! option_list {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident => $label:literal,)+ }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        pub enum $name {
            $($(#[$vmeta])* $variant,)+
        }

        impl OptionList for $name {
            const ALL: &'static [Self] = &[$(Self::$variant,)+];

            fn label(self) -> &'static str {
                match self {
                    $(Self::$variant => $label,)+
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.label())
            }
        }
    };
}

option_list! {
    /// Department that owns a system (seed, step 1).
    Department {
        Finance => "Finance",
        HumanResources => "Human Resources",
        It => "IT",
        Sales => "Sales",
        Operations => "Operations",
    }
}

option_list! {
    /// The backup solution in place today (seed, step 2).
    CurrentSolution {
        CloudBased => "Cloud-based",
        OnPremises => "On-premises",
        Hybrid => "Hybrid",
        ManualProcess => "Manual process",
        NoSolution => "No solution",
    }
}

option_list! {
    /// How long backups of a kind of data are kept (seed, step 3). The seed's five, and
    /// (ours) the years the law commonly asks for records, so a plan can follow the law
    /// without keeping everything for ever.
    RetentionPeriod {
        OneMonth => "1 month",
        ThreeMonths => "3 months",
        SixMonths => "6 months",
        OneYear => "1 year",
        TwoYears => "2 years",
        ThreeYears => "3 years",
        SixYears => "6 years",
        SevenYears => "7 years",
        TenYears => "10 years",
        Indefinitely => "Indefinitely",
    }
}

option_list! {
    /// Kind of data a system holds (seed, step 3).
    DataKind {
        FinancialData => "Financial data",
        ClientInformation => "Client information",
        IntellectualProperty => "Intellectual property",
        OperationalData => "Operational data",
        ComplianceData => "Compliance data",
    }
}

option_list! {
    /// How often a backup runs, or a check is made (seed, step 5).
    Frequency {
        Hourly => "Hourly",
        Daily => "Daily",
        Weekly => "Weekly",
        BiWeekly => "Bi-weekly",
        Monthly => "Monthly",
    }
}

option_list! {
    /// Encryption method of a backup destination (seed, step 6).
    Encryption {
        Aes128 => "AES-128",
        Aes256 => "AES-256",
        Rsa => "RSA",
        Blowfish => "Blowfish",
        None => "None",
    }
}

option_list! {
    /// Kind of system (seed, step 7).
    SystemType {
        DatabaseServers => "Database servers",
        FileServers => "File servers",
        ApplicationServers => "Application servers",
        VirtualMachines => "Virtual machines",
        NetworkDevices => "Network devices",
    }
}

option_list! {
    /// What a restore test brought back (seed, step 9).
    RestoreKind {
        IndividualFiles => "Individual files",
        WholeDatabases => "Whole databases",
        SystemImages => "System images",
        ApplicationData => "Application data",
        UserSettings => "User settings",
    }
}

option_list! {
    /// Why a retention period was chosen (ours, step 3).
    RetentionReason {
        Law => "Law",
        Contract => "Contract",
        Business => "Business need",
    }
}

option_list! {
    /// Where a backup copy is kept (ours, step 4).
    DestinationKind {
        OnSite => "On-site",
        OffSite => "Off-site",
        Offline => "Offline copy",
    }
}

option_list! {
    /// What a backup run copies (ours, step 5).
    BackupType {
        Full => "Full",
        Incremental => "Incremental",
        Differential => "Differential",
    }
}

option_list! {
    /// Whether encryption protects stored copies, copies on the move, or both (ours, step 6).
    EncryptionScope {
        AtRest => "At rest",
        InTransit => "In transit",
        Both => "At rest and in transit",
    }
}

option_list! {
    /// State of an initial backup (ours, step 7).
    InitialStatus {
        NotStarted => "Not started",
        InProgress => "In progress",
        Succeeded => "Succeeded",
        Failed => "Failed",
    }
}

option_list! {
    /// How backup jobs are watched (ours, step 8).
    MonitorMethod {
        AlertMail => "Alert e-mail",
        Dashboard => "Dashboard",
        ManualCheck => "Manual check",
    }
}

option_list! {
    /// Outcome of a restore test (ours, step 9).
    RestoreResult {
        Success => "Success",
        Partial => "Partly restored",
        Failed => "Failed",
    }
}

option_list! {
    /// The approver's decision (ours, step 10).
    Decision {
        Approved => "Approved",
        ChangesRequested => "Changes requested",
        Rejected => "Rejected",
    }
}

option_list! {
    /// The country whose common record-keeping periods the adviser compares with (ours).
    Country {
        UnitedKingdom => "United Kingdom",
        Germany => "Germany",
        UnitedStates => "United States",
        Other => "Another country",
    }
}

/// Hours in the periods below: a month counts as 30 days throughout the program.
const DAY_HOURS: u32 = 24;

impl Frequency {
    /// Hours from one run to the next: 1, 24, 168, 336 and 720 (a month as 30 days).
    pub fn interval_hours(self) -> u32 {
        match self {
            Self::Hourly => 1,
            Self::Daily => DAY_HOURS,
            Self::Weekly => 7 * DAY_HOURS,
            Self::BiWeekly => 14 * DAY_HOURS,
            Self::Monthly => 30 * DAY_HOURS,
        }
    }
}

impl RetentionPeriod {
    /// Days the backups are kept (a year counts 365); `None` for "Indefinitely".
    pub fn days(self) -> Option<u32> {
        match self {
            Self::OneMonth => Some(30),
            Self::ThreeMonths => Some(90),
            Self::SixMonths => Some(180),
            Self::OneYear => Some(365),
            Self::TwoYears => Some(2 * 365),
            Self::ThreeYears => Some(3 * 365),
            Self::SixYears => Some(6 * 365),
            Self::SevenYears => Some(7 * 365),
            Self::TenYears => Some(10 * 365),
            Self::Indefinitely => None,
        }
    }

    /// The shortest period of the list that keeps backups at least `years` years.
    pub fn at_least_years(years: u32) -> Self {
        Self::ALL
            .iter()
            .copied()
            .find(|p| p.days().is_some_and(|days| days >= years * 365))
            .unwrap_or(Self::Indefinitely)
    }
}

/// Paper sizes the documents come in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Paper {
    #[default]
    A4,
    Letter,
}

impl Paper {
    /// Every paper size, for menus.
    pub const ALL: [Self; 2] = [Self::A4, Self::Letter];

    /// The name a person reads.
    pub fn label(self) -> &'static str {
        match self {
            Self::A4 => "A4",
            Self::Letter => "US Letter",
        }
    }

    /// Reads `a4` or `letter`, as the command line writes them.
    pub fn parse(text: &str) -> Option<Self> {
        match text.to_ascii_lowercase().as_str() {
            "a4" => Some(Self::A4),
            "letter" | "us-letter" => Some(Self::Letter),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels<T: OptionList>() -> Vec<&'static str> {
        T::ALL.iter().map(|o| o.label()).collect()
    }

    /// The seed's lists are facts: this guards them against a well-meant rewording.
    #[test]
    fn seed_option_labels_are_kept_exactly() {
        assert_eq!(
            labels::<Department>(),
            ["Finance", "Human Resources", "IT", "Sales", "Operations"]
        );
        assert_eq!(
            labels::<CurrentSolution>(),
            [
                "Cloud-based",
                "On-premises",
                "Hybrid",
                "Manual process",
                "No solution"
            ]
        );
        // The seed's five, in its order, with the years the law asks for among them.
        assert_eq!(
            labels::<RetentionPeriod>(),
            [
                "1 month",
                "3 months",
                "6 months",
                "1 year",
                "2 years",
                "3 years",
                "6 years",
                "7 years",
                "10 years",
                "Indefinitely"
            ]
        );
        assert_eq!(
            RetentionPeriod::at_least_years(6),
            RetentionPeriod::SixYears
        );
        assert_eq!(
            RetentionPeriod::at_least_years(8),
            RetentionPeriod::TenYears
        );
        assert_eq!(
            RetentionPeriod::at_least_years(4),
            RetentionPeriod::SixYears
        );
        assert_eq!(
            RetentionPeriod::at_least_years(11),
            RetentionPeriod::Indefinitely
        );
        assert_eq!(
            labels::<DataKind>(),
            [
                "Financial data",
                "Client information",
                "Intellectual property",
                "Operational data",
                "Compliance data"
            ]
        );
        assert_eq!(
            labels::<Frequency>(),
            ["Hourly", "Daily", "Weekly", "Bi-weekly", "Monthly"]
        );
        assert_eq!(
            labels::<Encryption>(),
            ["AES-128", "AES-256", "RSA", "Blowfish", "None"]
        );
        assert_eq!(
            labels::<SystemType>(),
            [
                "Database servers",
                "File servers",
                "Application servers",
                "Virtual machines",
                "Network devices"
            ]
        );
        assert_eq!(
            labels::<RestoreKind>(),
            [
                "Individual files",
                "Whole databases",
                "System images",
                "Application data",
                "User settings"
            ]
        );
    }
}
