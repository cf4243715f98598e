//! The translations: every message of the English files is in every other language, with
//! the same variables, and none is empty; each file reads without a mistake; English keeps
//! the seed's step titles and option labels (`model::steps`, `model::options` test those).

use std::collections::BTreeMap;

use backup_planner::i18n::{LANGUAGES, Language, Message, messages_of};

fn by_id(language: Language) -> BTreeMap<String, Message> {
    let messages = messages_of(language).unwrap_or_else(|err| panic!("{err}"));
    let mut all = BTreeMap::new();
    for message in messages {
        let id = message.id.clone();
        assert!(
            all.insert(id.clone(), message).is_none(),
            "{}: {id} is defined twice",
            language.code()
        );
    }
    all
}

#[test]
fn every_language_has_every_english_message_with_the_same_variables() {
    let english = by_id(Language::ENGLISH);
    assert!(english.len() > 200, "{} English messages", english.len());
    for language in Language::all().skip(1) {
        let code = language.code();
        let translated = by_id(language);
        for (id, message) in &english {
            let Some(other) = translated.get(id) else {
                panic!("{code}: {id} is missing (in {})", message.file);
            };
            assert_eq!(other.file, message.file, "{code}: {id} is in another file");
            assert_eq!(
                other.variables, message.variables,
                "{code}: {id} has other variables"
            );
            assert!(!other.empty, "{code}: {id} is empty");
        }
        for id in translated.keys() {
            assert!(english.contains_key(id), "{code}: {id} is not in English");
        }
    }
    for message in english.values() {
        assert!(!message.empty, "en: {} is empty", message.id);
    }
}

#[test]
fn a_fifth_language_is_one_folder_and_one_line() {
    // The list names each language once, in itself, with its own folder.
    for (i, files) in LANGUAGES.iter().enumerate() {
        let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("assets/i18n")
            .join(files.code);
        assert!(folder.is_dir(), "{} has no folder", files.code);
        let english = std::fs::read_dir(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/i18n/en"),
        )
        .unwrap()
        .count();
        assert_eq!(
            std::fs::read_dir(&folder).unwrap().count(),
            english,
            "{}: not the same files as English",
            files.code
        );
        assert_eq!(
            Language::from_code(files.code).map(Language::code),
            Some(files.code)
        );
        assert_eq!(Language::all().nth(i).map(Language::name), Some(files.name));
    }
}

/// Dates and numbers come out the way each language writes them.
#[test]
fn each_language_writes_dates_and_numbers_its_own_way() {
    let date = chrono::NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
    let cases = [
        ("en", "2026-11-26", "1,234.5", "12,345"),
        ("de", "26.11.2026", "1.234,5", "12.345"),
        ("fr", "26/11/2026", "1\u{202f}234,5", "12\u{202f}345"),
        ("es", "26/11/2026", "1234,5", "12.345"),
    ];
    for (code, written, number, whole) in cases {
        let formats = Language::from_code(code).unwrap().formats();
        assert_eq!(formats.date(date), written, "{code}");
        assert_eq!(formats.parse_date(written), Some(date), "{code}");
        assert_eq!(formats.number(1234.5, 1), number, "{code}");
        assert_eq!(formats.whole(12_345), whole, "{code}");
        assert_eq!(formats.parse_number(number), Some(1234.5), "{code}");
    }
}
