//! The glossary: each technical word the window and the documents use, explained once in
//! plain words for an office manager.
//!
//! Column help (`model::columns`) and option notes (`model::options`) read these
//! explanations rather than restating them, so a word means the same everywhere.

/// A technical word and what it means, in one plain sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Term {
    /// The word as the window writes it, in lower case unless it is a name.
    pub word: &'static str,
    /// One sentence, ending with a full stop.
    pub explanation: &'static str,
}

pub const AT_REST: Term = Term {
    word: "at rest",
    explanation: "While the copies sit in storage, on a disk or in the cloud.",
};

pub const IN_TRANSIT: Term = Term {
    word: "in transit",
    explanation: "While the copies travel over the office network or the internet.",
};

pub const FULL_BACKUP: Term = Term {
    word: "full backup",
    explanation: "Copies everything each time: the simplest to restore from, but the slowest and \
        the largest.",
};

pub const INCREMENTAL: Term = Term {
    word: "incremental",
    explanation: "Copies only what changed since the previous backup: quick and small, but a \
        restore needs every copy since the last full one.",
};

pub const DIFFERENTIAL: Term = Term {
    word: "differential",
    explanation: "Copies everything changed since the last full backup: it grows each day, but \
        a restore needs only the full copy and the latest one.",
};

pub const BACKUP_TYPE: Term = Term {
    word: "backup type",
    explanation: "Whether each backup copies everything or only what has changed.",
};

pub const IMMUTABLE: Term = Term {
    word: "immutable",
    explanation: "Copies there cannot be changed or deleted for a set time (object lock, \
        write-once media), so ransomware cannot touch them.",
};

pub const REDUNDANCY: Term = Term {
    word: "redundancy",
    explanation: "A spare part that keeps a system running when one fails, such as a second \
        mirrored disk, which is no backup because a deletion reaches both.",
};

pub const DEDUPLICATION: Term = Term {
    word: "deduplication",
    explanation: "Storing data that appears many times, in many files or backups, only once, \
        so the backups take less room.",
};

pub const MAX_DATA_LOSS: Term = Term {
    word: "maximum data loss (RPO)",
    explanation: "The most recent work, in hours, the office could bear to lose and redo, so \
        backups must run at least that often.",
};

pub const MAX_DOWNTIME: Term = Term {
    word: "maximum downtime (RTO)",
    explanation: "The longest, in hours, the office can manage without the system, so a \
        restore must be finished within it.",
};

pub const DAILY_CHANGE: Term = Term {
    word: "daily change rate",
    explanation: "The share of a system's data that is new or changed on a normal working day, \
        often a few per cent.",
};

pub const ON_SITE: Term = Term {
    word: "on-site",
    explanation: "Kept in the office, such as on a NAS or a disk by the computer: quick to \
        restore from, but lost with the office in a fire.",
};

pub const OFF_SITE: Term = Term {
    word: "off-site",
    explanation: "Kept away from the office, such as with a cloud service or on a disk taken \
        home, so a fire or burglary cannot take every copy.",
};

pub const OFFLINE_COPY: Term = Term {
    word: "offline copy",
    explanation: "A copy on a disk unplugged after each backup, so ransomware and mistakes over \
        the network cannot reach it.",
};

pub const THREE_TWO_ONE: Term = Term {
    word: "3-2-1 rule",
    explanation: "Keep three copies of the data, on two different kinds of storage, with one \
        of them away from the office.",
};

pub const ENCRYPTION: Term = Term {
    word: "encryption",
    explanation: "Scrambling the copies so that nobody can read them without the key, while \
        they are stored, while they are sent, or both.",
};

pub const ENCRYPTION_METHOD: Term = Term {
    word: "encryption method",
    explanation: "The way the copies are scrambled, as the backup program or provider names \
        it; AES-256 is the usual one.",
};

pub const ENCRYPTION_KEY: Term = Term {
    word: "encryption key",
    explanation: "The password or file that unlocks encrypted copies: without it they cannot \
        be restored, so keep it safe and apart from the backups.",
};

pub const RESTORE_TEST: Term = Term {
    word: "restore test",
    explanation: "Bringing files or a whole system back from a backup to a spare place, to \
        prove the backup really works.",
};

pub const RETENTION: Term = Term {
    word: "retention",
    explanation: "How long backups are kept before the oldest are deleted.",
};

/// Every term of the glossary, in the order a list of them reads best.
pub static ALL: &[&Term] = &[
    &FULL_BACKUP,
    &INCREMENTAL,
    &DIFFERENTIAL,
    &BACKUP_TYPE,
    &RETENTION,
    &DAILY_CHANGE,
    &MAX_DATA_LOSS,
    &MAX_DOWNTIME,
    &REDUNDANCY,
    &ON_SITE,
    &OFF_SITE,
    &OFFLINE_COPY,
    &IMMUTABLE,
    &THREE_TWO_ONE,
    &ENCRYPTION,
    &ENCRYPTION_METHOD,
    &ENCRYPTION_KEY,
    &AT_REST,
    &IN_TRANSIT,
    &DEDUPLICATION,
    &RESTORE_TEST,
];

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;

    /// Each explanation is one short sentence a person reads at a glance.
    #[test]
    fn every_explanation_is_one_short_sentence() {
        for term in ALL {
            let text = term.explanation;
            assert!(
                text.ends_with('.'),
                "{}: no full stop at the end",
                term.word
            );
            let body = &text[..text.len() - 1];
            assert!(
                !body.contains(". ") && !body.contains('?') && !body.contains('!'),
                "{}: more than one sentence",
                term.word
            );
            let words = text.split_whitespace().count();
            assert!(words <= 30, "{}: {words} words", term.word);
            assert!(
                text.starts_with(|c: char| c.is_uppercase()),
                "{}: starts in lower case",
                term.word
            );
            assert!(!text.contains("  "), "{}: a double space", term.word);
        }
    }

    #[test]
    fn no_word_is_defined_twice() {
        let mut words = BTreeSet::new();
        let mut explanations = BTreeSet::new();
        for term in ALL {
            assert!(
                words.insert(term.word.to_lowercase()),
                "{} is defined twice",
                term.word
            );
            assert!(
                explanations.insert(term.explanation),
                "{} repeats another explanation",
                term.word
            );
        }
    }
}
