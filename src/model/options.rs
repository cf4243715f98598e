//! The option lists a person picks from.
//!
//! The lists the seed workflow names keep the seed's labels to the letter; the others
//! (marked "ours") are short lists we added where a free text field would invite chaos.

use serde::{Deserialize, Serialize};

use crate::model::terms;

/// A closed list of options with a label for each: what every dropdown is made of.
pub trait OptionList: Copy + Eq + 'static {
    /// Every option, in the order the dropdown shows them.
    const ALL: &'static [Self];

    /// The label a person reads.
    fn label(self) -> &'static str;

    /// What the option means, in one plain sentence, where its label alone may not say.
    fn note(self) -> Option<&'static str> {
        None
    }
}

/// The note of a "Not sure" about how a destination is protected.
const ASK_WHO_SET_IT_UP: &str = "Ask whoever set the destination up, or the provider.";

/// Declares an option enum with its labels, `ALL`, `label()`, `note()` and `Display`.
///
/// Each option is `Variant => "Label"`, optionally followed by `(note: TEXT)`, where TEXT
/// is a sentence or the explanation of a glossary term (`terms::...explanation`).
macro_rules! option_list {
    (@note) => { None };
    (@note $note:expr) => { Some($note) };
    ($(#[$meta:meta])* $name:ident {
        $($(#[$vmeta:meta])* $variant:ident => $label:literal $((note: $note:expr))?,)+
    }) => {
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

            fn note(self) -> Option<&'static str> {
                match self {
                    $(Self::$variant => option_list!(@note $($note)?),)+
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
    /// The backup solution in place today (seed, step 2), or (ours) "Not sure".
    CurrentSolution {
        CloudBased => "Cloud-based" (note: "Copies are sent to a service on the internet."),
        OnPremises => "On-premises" (note: "Copies are kept on equipment in the office."),
        Hybrid => "Hybrid" (note: "Some copies are kept in the office and some in the cloud."),
        ManualProcess => "Manual process"
            (note: "Someone copies the files by hand, for example to a USB disk."),
        NoSolution => "No solution",
        NotSure => "Not sure"
            (note: "Nobody here knows yet: ask whoever looks after the computers."),
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
        BiWeekly => "Bi-weekly" (note: "Every two weeks, not twice a week."),
        Monthly => "Monthly",
    }
}

option_list! {
    /// Encryption method of a backup destination (seed, step 6), and (ours) the answers a
    /// person gives who did not set the encryption up.
    Encryption {
        Aes128 => "AES-128" (note: "Strong and safe, though AES-256 is the more usual choice."),
        Aes256 => "AES-256" (note: "Strong, and the usual choice."),
        Rsa => "RSA"
            (note: "Protects keys, not the backups themselves, so check what the program uses \
                for the data."),
        Blowfish => "Blowfish"
            (note: "An old method, no longer safe for the large amounts of data backups hold."),
        None => "None" (note: "Anyone who gets hold of a copy can read it."),
        ByProvider => "Done by the provider"
            (note: "The service or device encrypts the copies itself; find out who holds the \
                key."),
        NotSure => "Not sure" (note: ASK_WHO_SET_IT_UP),
    }
}

option_list! {
    /// Kind of system (seed, step 7), and (ours) what small offices run most.
    SystemType {
        DatabaseServers => "Database servers"
            (note: "Computers running a database, such as the one behind the accounts program."),
        FileServers => "File servers" (note: "A computer that holds the office's shared folders."),
        ApplicationServers => "Application servers"
            (note: "A computer running a program the whole office uses, such as payroll."),
        VirtualMachines => "Virtual machines"
            (note: "Computers simulated inside another computer, often backed up whole."),
        NetworkDevices => "Network devices"
            (note: "Routers, switches and firewalls, whose settings are worth keeping."),
        PcsAndLaptops => "PCs and laptops"
            (note: "The computers people work on, and the files kept on them."),
        Nas => "NAS (network storage)"
            (note: "A storage box on the office network that holds shared files."),
        CloudServices => "Cloud services (such as Microsoft 365)"
            (note: "Programs used over the internet, whose provider does not always keep backups \
                for you."),
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
        OnSite => "On-site" (note: terms::ON_SITE.explanation),
        OffSite => "Off-site" (note: terms::OFF_SITE.explanation),
        Offline => "Offline copy" (note: terms::OFFLINE_COPY.explanation),
    }
}

option_list! {
    /// What a backup run copies, or "Not sure" (ours, step 5).
    BackupType {
        Full => "Full" (note: terms::FULL_BACKUP.explanation),
        Incremental => "Incremental" (note: terms::INCREMENTAL.explanation),
        Differential => "Differential" (note: terms::DIFFERENTIAL.explanation),
        NotSure => "Not sure" (note: "The storage estimate counts it as full until you find out."),
    }
}

option_list! {
    /// Whether encryption protects stored copies, copies on the move, or both, or "Not sure"
    /// (ours, step 6).
    EncryptionScope {
        AtRest => "At rest" (note: terms::AT_REST.explanation),
        InTransit => "In transit" (note: terms::IN_TRANSIT.explanation),
        Both => "At rest and in transit" (note: "While stored and while sent: the safest choice."),
        NotSure => "Not sure" (note: ASK_WHO_SET_IT_UP),
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

    /// The seed's labels, then (ours) `added`: the seed's come first, exactly and in order.
    fn seed_then<T: OptionList>(seed: &[&str], added: &[&str]) {
        assert_eq!(labels::<T>(), [seed, added].concat());
    }

    /// The seed's lists are facts: this guards them against a well-meant rewording.
    #[test]
    fn seed_option_labels_are_kept_exactly() {
        assert_eq!(
            labels::<Department>(),
            ["Finance", "Human Resources", "IT", "Sales", "Operations"]
        );
        seed_then::<CurrentSolution>(
            &[
                "Cloud-based",
                "On-premises",
                "Hybrid",
                "Manual process",
                "No solution",
            ],
            &["Not sure"],
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
        seed_then::<Encryption>(
            &["AES-128", "AES-256", "RSA", "Blowfish", "None"],
            &["Done by the provider", "Not sure"],
        );
        seed_then::<SystemType>(
            &[
                "Database servers",
                "File servers",
                "Application servers",
                "Virtual machines",
                "Network devices",
            ],
            &[
                "PCs and laptops",
                "NAS (network storage)",
                "Cloud services (such as Microsoft 365)",
            ],
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

    /// Notes are plain, short and single sentences, and explain what a label alone does not.
    #[test]
    fn notes_are_one_short_sentence() {
        fn check<T: OptionList + std::fmt::Debug>() {
            for option in T::ALL {
                let Some(note) = option.note() else { continue };
                assert!(note.ends_with('.'), "{option:?}: {note}");
                assert!(!note[..note.len() - 1].contains(". "), "{option:?}: {note}");
                assert!(note.split_whitespace().count() <= 30, "{option:?}: {note}");
                assert_ne!(note, option.label(), "{option:?}");
            }
        }
        check::<CurrentSolution>();
        check::<Frequency>();
        check::<Encryption>();
        check::<SystemType>();
        check::<DestinationKind>();
        check::<BackupType>();
        check::<EncryptionScope>();
        assert_eq!(
            Frequency::BiWeekly.note(),
            Some("Every two weeks, not twice a week.")
        );
        assert_eq!(Frequency::Daily.note(), None);
        assert_eq!(
            BackupType::Incremental.note(),
            Some(terms::INCREMENTAL.explanation)
        );
        for kind in DestinationKind::ALL {
            assert!(kind.note().is_some(), "{kind:?}");
        }
        for kind in SystemType::ALL {
            assert!(kind.note().is_some(), "{kind:?}");
        }
    }
}
