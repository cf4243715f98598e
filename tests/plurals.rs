//! Counts of one read in the singular in every language: "1 hour", not "1 hours"; "1
//! Stunde", "1 heure", "1 hora"; and counts of two in the plural. French counts 0 with 1.
//! The messages are those a tester found reading "1 hours", "0 of 1 backups", "pro 1 Tage".

use backup_planner::i18n::{Language, Phrase};

fn language(code: &str) -> Language {
    Language::from_code(code).unwrap()
}

/// The text with no-break spaces as plain ones: these tests are about the words, not the
/// typography ("1\u{a0}heure", "0\u{a0}%" and "réussi\u{202f};" in French and German).
fn plain(text: &str) -> String {
    text.replace(['\u{a0}', '\u{202f}'], " ")
}

/// Each phrase in `code`'s language reads as said.
fn check(code: &str, cases: Vec<(Phrase, &str)>) {
    let language = language(code);
    for (phrase, said) in cases {
        assert_eq!(
            plain(&phrase.text(language)),
            said,
            "{code}: {}",
            phrase.message
        );
    }
}

fn rpo(hours: u32) -> Phrase {
    Phrase::new("procedure-system-rpo").with("hours", hours)
}

fn rto(hours: u32) -> Phrase {
    Phrase::new("procedure-system-rto").with("hours", hours)
}

fn initial_facts(hours: u32, sized: bool) -> Phrase {
    Phrase::new("procedure-initial-facts")
        .with("timed", "yes")
        .with("sized", if sized { "yes" } else { "no" })
        .with("hours", hours)
        .with("size", 38)
}

fn succeeded(good: u32, count: u32) -> Phrase {
    Phrase::new("evidence-succeeded")
        .with("good", good)
        .with("count", count)
        .with("rate", "0")
}

fn outcomes(count: u32) -> Phrase {
    Phrase::new("evidence-outcomes")
        .with("percent", "0")
        .with("count", count)
        .with("failed", 1)
        .with("date", "2026-03-01")
}

fn none_failed(percent: &str, count: u32) -> Phrase {
    Phrase::new("evidence-outcomes-none-failed")
        .with("percent", percent.to_owned())
        .with("count", count)
}

fn runs_failed(name: &str, runs: u32, date: &str) -> Phrase {
    Phrase::new("advice-runs-failed-line")
        .with("name", name.to_owned())
        .with("failed", 1)
        .with("runs", runs)
        .with("date", date.to_owned())
}

fn caption(days: u32, first: &str, last: &str) -> Phrase {
    Phrase::new("health-chart-caption")
        .with("period", "days")
        .with("days", days)
        .with("first", first.to_owned())
        .with("last", last.to_owned())
}

fn minutes(minutes: u32) -> Phrase {
    Phrase::new("invitation-minutes").with("minutes", minutes)
}

fn steps(done: u32, all: u32) -> Phrase {
    Phrase::new("steps-complete")
        .with("done", done)
        .with("all", all)
}

#[test]
fn english_says_1_hour_and_2_hours() {
    check(
        "en",
        vec![
            (rpo(1), "At most 1 hour of work may be lost."),
            (rpo(2), "At most 2 hours of work may be lost."),
            (rto(1), "It may be down for at most 1 hour."),
            (rto(2), "It may be down for at most 2 hours."),
            (initial_facts(1, true), "It took 1 hour and came to 38 GB."),
            (initial_facts(2, true), "It took 2 hours and came to 38 GB."),
            (initial_facts(1, false), "It took 1 hour."),
            (succeeded(0, 1), "0 of 1 backup succeeded (0%)."),
            (succeeded(0, 2), "0 of 2 backups succeeded (0%)."),
            (
                outcomes(1),
                "0% of 1 backup worked; 1 failed, the last on 2026-03-01.",
            ),
            (
                outcomes(2),
                "0% of 2 backups worked; 1 failed, the last on 2026-03-01.",
            ),
            (
                none_failed("100", 1),
                "100% of 1 backup worked; none failed.",
            ),
            (
                runs_failed("Accounts", 1, "2026-03-01"),
                "Accounts: 1 of 1 run failed, the last on 2026-03-01",
            ),
            (
                runs_failed("Accounts", 2, "2026-03-01"),
                "Accounts: 1 of 2 runs failed, the last on 2026-03-01",
            ),
            (
                caption(1, "2026-03-01", "2026-03-28"),
                "Backups per 1 day, 2026-03-01 to 2026-03-28",
            ),
            (
                caption(2, "2026-03-01", "2026-03-28"),
                "Backups per 2 days, 2026-03-01 to 2026-03-28",
            ),
            (minutes(1), "1 minute"),
            (minutes(90), "90 minutes"),
            (steps(1, 1), "1 of 1 step complete"),
            (steps(1, 14), "1 of 14 steps complete"),
        ],
    );
}

#[test]
fn german_says_1_stunde_and_2_stunden() {
    check(
        "de",
        vec![
            (rpo(1), "Höchstens 1 Stunde Arbeit darf verloren gehen."),
            (rpo(2), "Höchstens 2 Stunden Arbeit dürfen verloren gehen."),
            (succeeded(0, 1), "0 von 1 Sicherung erfolgreich (0 %)."),
            (succeeded(0, 2), "0 von 2 Sicherungen erfolgreich (0 %)."),
            (
                none_failed("0", 1),
                "0 % von 1 Sicherung erfolgreich; keine fehlgeschlagen.",
            ),
            (
                none_failed("0", 2),
                "0 % von 2 Sicherungen erfolgreich; keine fehlgeschlagen.",
            ),
            (
                runs_failed("Buchhaltung", 1, "01.03.2026"),
                "Buchhaltung: 1 von 1 Lauf fehlgeschlagen, der letzte am 01.03.2026",
            ),
            (
                runs_failed("Buchhaltung", 2, "01.03.2026"),
                "Buchhaltung: 1 von 2 Läufen fehlgeschlagen, der letzte am 01.03.2026",
            ),
            (
                caption(1, "01.03.2026", "28.03.2026"),
                "Sicherungen pro 1 Tag, 01.03.2026 bis 28.03.2026",
            ),
            (
                caption(2, "01.03.2026", "28.03.2026"),
                "Sicherungen pro 2 Tage, 01.03.2026 bis 28.03.2026",
            ),
            (minutes(1), "1 Minute"),
            (minutes(90), "90 Minuten"),
            (steps(1, 1), "1 von 1 Schritt erledigt"),
            (steps(3, 14), "3 von 14 Schritten erledigt"),
        ],
    );
}

#[test]
fn french_says_1_heure_and_2_heures_and_counts_0_as_one() {
    check(
        "fr",
        vec![
            (rpo(1), "Au plus 1 heure de travail peut être perdue."),
            (rpo(2), "Au plus 2 heures de travail peuvent être perdues."),
            (initial_facts(1, false), "Elle a duré 1 heure."),
            (initial_facts(2, false), "Elle a duré 2 heures."),
            (minutes(0), "0 minute"),
            (minutes(1), "1 minute"),
            (minutes(2), "2 minutes"),
            (
                caption(1, "01/03/2026", "28/03/2026"),
                "Sauvegardes par période de 1 jour, du 01/03/2026 au 28/03/2026",
            ),
            (
                caption(2, "01/03/2026", "28/03/2026"),
                "Sauvegardes par période de 2 jours, du 01/03/2026 au 28/03/2026",
            ),
            (
                none_failed("100", 1),
                "100 % de 1 sauvegarde a réussi ; aucune n'a échoué.",
            ),
            (
                none_failed("100", 2),
                "100 % des 2 sauvegardes ont réussi ; aucune n'a échoué.",
            ),
        ],
    );
}

#[test]
fn spanish_says_1_hora_and_2_horas() {
    check(
        "es",
        vec![
            (rpo(1), "Se puede perder como máximo 1 hora de trabajo."),
            (rpo(2), "Se pueden perder como máximo 2 horas de trabajo."),
            (
                runs_failed("Contabilidad", 1, "01/03/2026"),
                "Contabilidad: falló 1 de 1 ejecución, la última el 01/03/2026",
            ),
            (
                runs_failed("Contabilidad", 2, "01/03/2026"),
                "Contabilidad: falló 1 de 2 ejecuciones, la última el 01/03/2026",
            ),
            (
                caption(1, "01/03/2026", "28/03/2026"),
                "Copias por periodo de 1 día, del 01/03/2026 al 28/03/2026",
            ),
            (
                caption(2, "01/03/2026", "28/03/2026"),
                "Copias por periodo de 2 días, del 01/03/2026 al 28/03/2026",
            ),
            (minutes(1), "1 minuto"),
            (minutes(90), "90 minutos"),
            (
                none_failed("100", 1),
                "Correctas: el 100 % de 1 copia; no falló ninguna.",
            ),
            (
                none_failed("100", 2),
                "Correctas: el 100 % de 2 copias; no falló ninguna.",
            ),
        ],
    );
}

/// The mark between the items of a list joined with semicolons (the ISO controls): French
/// puts a narrow no-break space before it.
#[test]
fn each_language_has_its_semicolon_for_lists() {
    for (code, mark) in [("en", ";"), ("de", ";"), ("fr", "\u{202f};"), ("es", ";")] {
        assert_eq!(language(code).text("format-list-semicolon"), mark, "{code}");
    }
}
