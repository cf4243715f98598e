## Backup logs: why a file could not be read, notes on how one was read, and what an
## import did. Shown in the window's import and printed by the command line's `import`.

## A file that could not be read as a backup log. $file is the file's path.

# "import PLAN.ron LOG..." is the command as typed: keep it as it is.
logs-plan-not-log = { $file } ist ein Sicherungsplan, kein Sicherungsprotokoll. (Auf der Kommandozeile kommt der Plan zuerst: import PLAN.ron LOG...)
# The file could not be opened or read; $error is what the computer said.
logs-file-error = { $file }: { $error }
# The formats read: keep the tools' names and their options (--json, --log-json) as
# they are; the words in the last brackets are the CSV file's column names (English).
logs-not-a-log = { $file } ist kein Sicherungsprotokoll, das Backup Planner lesen kann. Gelesen werden restic (backup, snapshots und restore mit --json), Borg (create, list und info mit --json sowie Zeilen von --log-json), der JSON-Bericht von Duplicati, als XML gespeicherte Ereignisse von Windows Server Backup und Veeam Agent, das Protokoll von Synology Hyper Backup und dessen CSV-Datei aus dem Log Center sowie die einfache CSV-Datei jedes anderen Programms (started, job, result, duration, size).
logs-no-runs-nothing = { $file } ist ein Protokoll, enthält aber keinen Sicherungslauf: Es meldet keine Sicherung, Wiederherstellung oder Prüfung
# $count lines of the file could not be read.
logs-no-runs-unreadable = { $file } ist ein Protokoll, enthält aber keinen Sicherungslauf: { $count ->
        [one] { $count } Zeile konnte nicht gelesen werden
       *[other] { $count } Zeilen konnten nicht gelesen werden
    }
# A CSV file: "job" and "system" are column names the file may use (English).
logs-no-runs-no-job-column = { $file } ist ein Protokoll, enthält aber keinen Sicherungslauf: Seine Kopfzeile nennt keine Spalte job oder system

## Notes under a file read, on how it was read.

logs-note-restic-no-time = Diese restic-Version hält nicht fest, wann eine Sicherung lief: Als Ende gilt stattdessen das Datum der Datei.
# $count runs were left out; $first and $last are years (1900, 2199).
logs-note-out-of-range = { $count ->
        [one] { $count } Lauf nicht übernommen
       *[other] { $count } Läufe nicht übernommen
    }: datiert vor { $first } oder nach { $last }, und solche Daten nimmt ein Plan nicht auf (vielleicht ging die Uhr eines Computers falsch, oder das Protokoll schreibt „never“ als Datum).
# $count durations or sizes the log gave could not be true.
logs-note-implausible = { $count ->
        [one] { $count } Angabe zu Dauer oder Größe wurde als unbekannt behandelt
       *[other] { $count } Angaben zu Dauer oder Größe wurden als unbekannt behandelt
    }: Keine Sicherung dauert länger als ein Jahr oder umfasst mehr als 100 Petabyte.

## What an import did, a line each: the window's message after Import, and the command
## line's `import`.

# $runs runs were added, $known of those read were in the plan already, and $errors
# entries went to step 8's error log.
logs-summary-added = Hinzugefügt: { $runs ->
        [one] { $runs } Lauf
       *[other] { $runs } Läufe
    } ({ $known } schon im Plan vorhanden) und { $errors ->
        [one] { $errors } Eintrag
       *[other] { $errors } Einträge
    } im Fehlerprotokoll von Schritt 8.
# As logs-summary-added, and a review of the period the logs cover went to step 11.
logs-summary-added-review = Hinzugefügt: { $runs ->
        [one] { $runs } Lauf
       *[other] { $runs } Läufe
    } ({ $known } schon im Plan vorhanden), { $errors ->
        [one] { $errors } Eintrag
       *[other] { $errors } Einträge
    } im Fehlerprotokoll von Schritt 8 und eine Prüfung des Zeitraums in Schritt 11.
# $count runs dated after today were left out.
logs-summary-future = { $count ->
        [one] { $count } Lauf nicht übernommen: Er ist
       *[other] { $count } Läufe nicht übernommen: Sie sind
    } auf einen Tag nach heute datiert, die Uhr eines Computers ging also falsch, als das Protokoll geschrieben wurde. Prüfen Sie die Uhr des Computers, der die Sicherungen erstellt.
# $count runs were left out; $runs is the most runs a plan keeps of one job, $jobs the
# most jobs it keeps.
logs-summary-over-limit = { $count ->
        [one] { $count } Lauf nicht übernommen
       *[other] { $count } Läufe nicht übernommen
    }: Ein Plan bewahrt höchstens { $runs ->
        [one] { $runs } Lauf
       *[other] { $runs } Läufe
    } je Auftrag auf (die neuesten) und höchstens { $jobs ->
        [one] { $jobs } Auftrag
       *[other] { $jobs } Aufträge
    }.
# $entries is the most entries the error log holds; $count entries found had no room.
logs-summary-errors-full = Das Fehlerprotokoll von Schritt 8 ist voll ({ $entries ->
        [one] { $entries } Eintrag
       *[other] { $entries } Einträge
    }): { $count ->
        [one] { $count } weiterer Eintrag konnte
       *[other] { $count } weitere Einträge konnten
    } nicht hinzugefügt werden. Entfernen Sie die alten Einträge, die erledigt sind, und importieren Sie dann erneut.
# Jobs of the logs matched to no system (in the window); $jobs are their names in the
# logs, separated by semicolons.
logs-summary-unmatched-window = Keinem System aus Schritt 1 zugeordnet (aufbewahrt; importieren Sie sie erneut, um sie zuzuordnen): { $jobs }
# The same, printed by the command line; --system is the option as typed.
logs-summary-unmatched-command-line = Keinem System aus Schritt 1 zugeordnet (aufbewahrt; ordnen Sie sie im Programmfenster oder mit --system zu): { $jobs }
# What one system's runs show: $system is its name, $last the date and time of its last
# good backup, $found what is wrong (a list, or logs-summary-nothing-wrong).
logs-summary-health = { $system }: letzte erfolgreiche Sicherung am { $last }; { $found }
# As logs-summary-health, for a system with no good backup at all.
logs-summary-health-never = { $system }: keine erfolgreiche Sicherung; { $found }
logs-summary-nothing-wrong = nichts Auffälliges gefunden

## What an import writes into the plan: step 8's error log and step 11's review of the
## logs. Worded in the plan's document language, as the plan's documents print them.

# A run that failed, for step 8's error log. $kind is what ran: backup, restore or check
# (keep these three keys as they are).
logs-entry-failed = { $kind ->
        [restore] Die Wiederherstellung ist fehlgeschlagen
        [check] Die Integritätsprüfung ist fehlgeschlagen
       *[backup] Die Sicherung ist fehlgeschlagen
    }
# As logs-entry-failed, for a run that was cancelled.
logs-entry-cancelled = { $kind ->
        [restore] Die Wiederherstellung wurde abgebrochen
        [check] Die Integritätsprüfung wurde abgebrochen
       *[backup] Die Sicherung wurde abgebrochen
    }
# $what is logs-entry-failed or logs-entry-cancelled; $message is what the backup tool
# said about it, in its own words (often English).
logs-entry-with-message = { $what }: { $message }
# Runs missed against step 5's schedule, for step 8's error log: $from and $to are the
# dates of the runs before and after the gap; $hours how many hours apart step 5 expects
# backups.
logs-entry-missed-hours = Keine Sicherung vom { $from } bis { $to }: Schritt 5 sieht { $hours ->
        [one] jede Stunde
       *[other] alle { $hours } Stunden
    } eine vor
# As logs-entry-missed-hours, for a schedule of $days days (a week: 7).
logs-entry-missed-days = Keine Sicherung vom { $from } bis { $to }: Schritt 5 sieht alle { $days } Tage eine vor
# Step 11's "period" column: the dates the imported runs cover, $first to $last.
logs-review-period = { $first } bis { $last } (aus den Sicherungsprotokollen importiert)
# As logs-review-period, when all the runs are of one day, $day.
logs-review-period-day = { $day } (aus den Sicherungsprotokollen importiert)
# One thing wrong with a system's runs, in step 11's "anomalies" column: $system is the
# system's name, $anomaly what is wrong ("2 failed backups").
logs-review-anomaly = { $system }: { $anomaly }
# Joins the anomalies: $first is one, $rest the ones after it.
logs-review-and = { $first }; { $rest }
# $count runs of jobs the import could not match to a system of step 1 did not succeed.
logs-review-unmatched-failures = { $count ->
        [one] { $count } fehlgeschlagener Lauf eines Auftrags, der noch keinem System zugeordnet ist
       *[other] { $count } fehlgeschlagene Läufe von Aufträgen, die noch keinem System zugeordnet sind
    }
# Step 11's "anomalies" column when the imported runs show nothing wrong.
logs-review-none-found = Nichts gefunden: Jeder Lauf war erfolgreich, so oft wie geplant.
