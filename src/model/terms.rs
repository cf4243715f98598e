//! The glossary: each technical word the window and the documents use, explained once in
//! plain words for an office manager.
//!
//! Column help (`model::columns`) and option notes (`model::options`) read these
//! explanations rather than restating them, so a word means the same everywhere.

use std::borrow::Cow;

use crate::i18n::Language;

/// A technical word and what it means, in one plain sentence: its message in the Fluent
/// files (`terms.ftl`), whose value is the word and whose `.explanation` the sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Term(&'static str);

impl Term {
    /// The word as the window writes it, in lower case unless it is a name.
    pub fn word(self, language: Language) -> Cow<'static, str> {
        language.text(self.0)
    }

    /// One sentence, ending with a full stop.
    pub fn explanation(self, language: Language) -> Cow<'static, str> {
        language.text(&format!("{}.explanation", self.0))
    }
}

pub const AT_REST: Term = Term("term-at-rest");

pub const IN_TRANSIT: Term = Term("term-in-transit");

pub const FULL_BACKUP: Term = Term("term-full-backup");

pub const INCREMENTAL: Term = Term("term-incremental");

pub const DIFFERENTIAL: Term = Term("term-differential");

pub const BACKUP_TYPE: Term = Term("term-backup-type");

pub const IMMUTABLE: Term = Term("term-immutable");

pub const REDUNDANCY: Term = Term("term-redundancy");

pub const DEDUPLICATION: Term = Term("term-deduplication");

pub const MAX_DATA_LOSS: Term = Term("term-max-data-loss");

pub const MAX_DOWNTIME: Term = Term("term-max-downtime");

pub const DAILY_CHANGE: Term = Term("term-daily-change");

pub const ON_SITE: Term = Term("term-on-site");

pub const OFF_SITE: Term = Term("term-off-site");

pub const OFFLINE_COPY: Term = Term("term-offline-copy");

pub const THREE_TWO_ONE: Term = Term("term-three-two-one");

pub const ENCRYPTION: Term = Term("term-encryption");

pub const ENCRYPTION_METHOD: Term = Term("term-encryption-method");

pub const ENCRYPTION_KEY: Term = Term("term-encryption-key");

pub const RESTORE_TEST: Term = Term("term-restore-test");

pub const RETENTION: Term = Term("term-retention");

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
        let en = Language::ENGLISH;
        for term in ALL {
            let text = term.explanation(en);
            let word = term.word(en);
            assert!(en.has(term.0), "{} is not in terms.ftl", term.0);
            assert!(text.ends_with('.'), "{word}: no full stop at the end");
            let body = &text[..text.len() - 1];
            assert!(
                !body.contains(". ") && !body.contains('?') && !body.contains('!'),
                "{word}: more than one sentence"
            );
            let words = text.split_whitespace().count();
            assert!(words <= 30, "{word}: {words} words");
            assert!(
                text.starts_with(|c: char| c.is_uppercase()),
                "{word}: starts in lower case"
            );
            assert!(!text.contains("  "), "{word}: a double space");
        }
    }

    #[test]
    fn no_word_is_defined_twice() {
        let mut words = BTreeSet::new();
        let mut explanations = BTreeSet::new();
        let en = Language::ENGLISH;
        for term in ALL {
            let word = term.word(en);
            assert!(words.insert(word.to_lowercase()), "{word} is defined twice");
            assert!(
                explanations.insert(term.explanation(en)),
                "{word} repeats another explanation"
            );
        }
    }
}
