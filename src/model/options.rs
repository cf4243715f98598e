//! The option lists a person picks from.
//!
//! The lists the seed workflow names keep the seed's labels to the letter; the others
//! (marked "ours") are short lists we added where a free text field would invite chaos.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use crate::i18n::Language;

/// A closed list of options with a label for each: what every dropdown is made of.
pub trait OptionList: Copy + Eq + 'static {
    /// Every option, in the order the dropdown shows them.
    const ALL: &'static [Self];

    /// The message that names the option in the Fluent files (`options.ftl`):
    /// `option-<list>-<option>`, as `option-frequency-bi-weekly`.
    fn message(self) -> &'static str;

    /// The label a person reads.
    fn label(self, language: Language) -> Cow<'static, str> {
        language.text(self.message())
    }

    /// What the option means, in one plain sentence, where its label alone may not say
    /// (the message's `.note`).
    fn note(self, language: Language) -> Option<Cow<'static, str>> {
        let note = format!("{}.note", self.message());
        Language::ENGLISH.has(&note).then(|| language.text(&note))
    }
}

/// `FinancialData` as `financial-data`: how the Fluent files name an option.
pub fn kebab(name: &str) -> String {
    let mut out = String::new();
    for (i, c) in name.chars().enumerate() {
        if c.is_ascii_uppercase() && i > 0 {
            out.push('-');
        }
        out.push(c.to_ascii_lowercase());
    }
    out
}

/// Declares an option enum with `ALL` and the name of its messages; the labels and
/// notes are in `assets/i18n/<language>/options.ftl`.
macro_rules! option_list {
    ($(#[$meta:meta])* $name:ident {
        $($(#[$vmeta:meta])* $variant:ident,)+
    }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        pub enum $name {
            $($(#[$vmeta])* $variant,)+
        }

        impl OptionList for $name {
            const ALL: &'static [Self] = &[$(Self::$variant,)+];

            fn message(self) -> &'static str {
                static MESSAGES: std::sync::LazyLock<Vec<String>> =
                    std::sync::LazyLock::new(|| {
                        [$(stringify!($variant),)+]
                            .iter()
                            .map(|v| format!("option-{}-{}", kebab(stringify!($name)), kebab(v)))
                            .collect()
                    });
                MESSAGES.get(self as usize).map_or("", String::as_str)
            }
        }
    };
}

option_list! {
    /// Department that owns a system (seed, step 1).
    Department {
        Finance,
        HumanResources,
        It,
        Sales,
        Operations,
    }
}

option_list! {
    /// The backup solution in place today (seed, step 2), or (ours) "Not sure".
    CurrentSolution {
        CloudBased,
        OnPremises,
        Hybrid,
        ManualProcess,
        NoSolution,
        NotSure,
    }
}

option_list! {
    /// How long backups of a kind of data are kept (seed, step 3). The seed's five, and
    /// (ours) the years the law commonly asks for records, so a plan can follow the law
    /// without keeping everything for ever.
    RetentionPeriod {
        OneMonth,
        ThreeMonths,
        SixMonths,
        OneYear,
        TwoYears,
        ThreeYears,
        SixYears,
        SevenYears,
        TenYears,
        Indefinitely,
    }
}

option_list! {
    /// Kind of data a system holds (seed, step 3).
    DataKind {
        FinancialData,
        ClientInformation,
        IntellectualProperty,
        OperationalData,
        ComplianceData,
    }
}

option_list! {
    /// How often a backup runs, or a check is made (seed, step 5).
    Frequency {
        Hourly,
        Daily,
        Weekly,
        BiWeekly,
        Monthly,
    }
}

option_list! {
    /// Encryption method of a backup destination (seed, step 6), and (ours) the answers a
    /// person gives who did not set the encryption up.
    Encryption {
        Aes128,
        Aes256,
        Rsa,
        Blowfish,
        None,
        ByProvider,
        NotSure,
    }
}

option_list! {
    /// Kind of system (seed, step 7), and (ours) what small offices run most.
    SystemType {
        DatabaseServers,
        FileServers,
        ApplicationServers,
        VirtualMachines,
        NetworkDevices,
        PcsAndLaptops,
        Nas,
        CloudServices,
    }
}

option_list! {
    /// What a restore test brought back (seed, step 9).
    RestoreKind {
        IndividualFiles,
        WholeDatabases,
        SystemImages,
        ApplicationData,
        UserSettings,
    }
}

option_list! {
    /// Why a retention period was chosen (ours, step 3).
    RetentionReason {
        Law,
        Contract,
        Business,
    }
}

option_list! {
    /// Where a backup copy is kept (ours, step 4).
    DestinationKind {
        OnSite,
        OffSite,
        Offline,
    }
}

option_list! {
    /// What a backup run copies, or "Not sure" (ours, step 5).
    BackupType {
        Full,
        Incremental,
        Differential,
        NotSure,
    }
}

option_list! {
    /// Whether encryption protects stored copies, copies on the move, or both, or "Not sure"
    /// (ours, step 6).
    EncryptionScope {
        AtRest,
        InTransit,
        Both,
        NotSure,
    }
}

option_list! {
    /// State of an initial backup (ours, step 7).
    InitialStatus {
        NotStarted,
        InProgress,
        Succeeded,
        Failed,
    }
}

option_list! {
    /// How backup jobs are watched (ours, step 8).
    MonitorMethod {
        AlertMail,
        Dashboard,
        ManualCheck,
    }
}

option_list! {
    /// Outcome of a restore test (ours, step 9).
    RestoreResult {
        Success,
        Partial,
        Failed,
    }
}

option_list! {
    /// The approver's decision (ours, step 10).
    Decision {
        Approved,
        ChangesRequested,
        Rejected,
    }
}

option_list! {
    /// The country whose common record-keeping periods the adviser compares with (ours).
    Country {
        UnitedKingdom,
        Germany,
        Austria,
        Switzerland,
        France,
        Spain,
        UnitedStates,
        Other,
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
    pub fn label(self, language: Language) -> Cow<'static, str> {
        language.text(match self {
            Self::A4 => "paper-a4",
            Self::Letter => "paper-letter",
        })
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

    fn labels<T: OptionList>() -> Vec<Cow<'static, str>> {
        T::ALL.iter().map(|o| o.label(Language::ENGLISH)).collect()
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
                assert!(
                    Language::ENGLISH.has(option.message()),
                    "{option:?} has no label in options.ftl"
                );
                let Some(note) = option.note(Language::ENGLISH) else {
                    continue;
                };
                assert!(note.ends_with('.'), "{option:?}: {note}");
                assert!(!note[..note.len() - 1].contains(". "), "{option:?}: {note}");
                assert!(note.split_whitespace().count() <= 30, "{option:?}: {note}");
                assert_ne!(note, option.label(Language::ENGLISH), "{option:?}");
            }
        }
        check::<CurrentSolution>();
        check::<Frequency>();
        check::<Encryption>();
        check::<SystemType>();
        check::<DestinationKind>();
        check::<BackupType>();
        check::<EncryptionScope>();
        for list in [
            check::<Department> as fn(),
            check::<RetentionPeriod>,
            check::<DataKind>,
            check::<RestoreKind>,
            check::<RetentionReason>,
            check::<InitialStatus>,
            check::<MonitorMethod>,
            check::<RestoreResult>,
            check::<Decision>,
            check::<Country>,
        ] {
            list();
        }
        let en = Language::ENGLISH;
        assert_eq!(
            Frequency::BiWeekly.note(en).as_deref(),
            Some("Every two weeks, not twice a week.")
        );
        assert_eq!(Frequency::Daily.note(en), None);
        assert_eq!(
            BackupType::Incremental.note(en),
            Some(crate::model::terms::INCREMENTAL.explanation(en))
        );
        for kind in DestinationKind::ALL {
            assert!(kind.note(en).is_some(), "{kind:?}");
        }
        for kind in SystemType::ALL {
            assert!(kind.note(en).is_some(), "{kind:?}");
        }
    }
}
