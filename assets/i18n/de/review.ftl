## What the app works out from a plan, beyond the adviser's findings: the changes
## between two states of a plan (the yearly review), the recurring duties, step 5's
## storage estimate and what the imported backup logs show. Said in the window and in
## the documents alike.

## The changes between two states of a plan: last year's approved revision and today's,
## or two plan files. One line each; the lines of a signed-off review are kept in the
## plan and printed in the procedure's document control.

# What a value reads as when nothing was given: a number, date or option not chosen yet.
changes-not-set = nicht angegeben
# What a text reads as when nothing was typed.
changes-empty = leer
# A yes-or-no value (a checkbox of a table).
changes-yes = ja
changes-no = nein
# A field outside the tables changed: $field is its name (one of changes-field-...
# below, with a capital), $old and $new its values before and after.
changes-field = { $field } geändert von { $old } auf { $new }
# A cell of a table's row changed: $row names the row ("Accounts"), $field is the
# column's name in lower case ("owner"), $old and $new its values before and after.
changes-row-field = { $row }: { $field } geändert von { $old } auf { $new }
# A row added to one of the plan's tables: $table says which table, $name names the
# row; for an attendee, $session is the title of the training session.
changes-added = { $table ->
        [systems] System hinzugefügt: { $name }
        [retention] Aufbewahrungsregel hinzugefügt: { $name }
        [destinations] Speicherort hinzugefügt: { $name }
        [instructions] Anweisung hinzugefügt: { $name }
        [contacts] Kontakt hinzugefügt: { $name }
        [schedules] Zeitplan hinzugefügt: { $name }
        [encryption] Verschlüsselungsprüfung hinzugefügt: { $name }
        [initial-backups] Erstsicherung hinzugefügt: { $name }
        [errors] Fehler hinzugefügt: { $name }
        [restore-tests] Wiederherstellungstest hinzugefügt: { $name }
        [log-reviews] Protokollprüfung hinzugefügt: { $name }
        [sessions] Schulung hinzugefügt: { $name }
       *[attendees] Teilnehmende Person der Schulung „{ $session }“ hinzugefügt: { $name }
    }
# A row removed from one of the plan's tables; the variables as in changes-added.
changes-removed = { $table ->
        [systems] System entfernt: { $name }
        [retention] Aufbewahrungsregel entfernt: { $name }
        [destinations] Speicherort entfernt: { $name }
        [instructions] Anweisung entfernt: { $name }
        [contacts] Kontakt entfernt: { $name }
        [schedules] Zeitplan entfernt: { $name }
        [encryption] Verschlüsselungsprüfung entfernt: { $name }
        [initial-backups] Erstsicherung entfernt: { $name }
        [errors] Fehler entfernt: { $name }
        [restore-tests] Wiederherstellungstest entfernt: { $name }
        [log-reviews] Protokollprüfung entfernt: { $name }
        [sessions] Schulung entfernt: { $name }
       *[attendees] Teilnehmende Person der Schulung „{ $session }“ entfernt: { $name }
    }
# How a row is named when it is something on a day: an error ("destination unreachable
# on 2026-03-10"), a restore test, a training session. $date may be changes-not-set.
changes-on = { $what } am { $date }
# How a schedule is named: $system and its backup type in lower case ("incremental").
changes-schedule = { $system } ({ $kind })
# How a log review is named: its $date and the $period it covered, as typed.
changes-log-review = { $date } ({ $period })
# A schedule whose system is in neither plan.
changes-no-system = kein System ausgewählt
# An encryption check whose destination is in neither plan.
changes-unnamed-destination = ein unbenannter Speicherort
# The names of the fields outside the tables, at the start of changes-field.
changes-field-organisation = Organisation
changes-field-plan-title = Titel des Plans
changes-field-time-zone = Zeitzone
changes-field-current-solution = Aktuelle Lösung
changes-field-what-works = Was funktioniert
changes-field-gaps = Gefundene Lücken
changes-field-consulted = Wer befragt wurde
changes-field-responsible = Verantwortliche Person
changes-field-deputy = Vertretung
changes-field-media-handling = Umgang mit den Medien
changes-field-checker = Wer prüft
changes-field-check-method = Art der Prüfung
changes-field-check-often = Häufigkeit der Prüfung
changes-field-restore-test-every = Wiederherstellungstest alle (Monate)
changes-field-approver = Freigebende Person
changes-field-approver-role = Funktion der freigebenden Person
changes-field-decision = Entscheidung
changes-field-review-cadence = Prüfrhythmus
changes-field-reviewer = Prüfende Person
changes-field-document-version = Dokumentversion
changes-field-evaluated-on = Bewertet am
changes-field-success-rate = Erfolgsquote (%)
changes-field-storage-used = Belegter Speicherplatz (GB)
changes-field-adjustments = Was angepasst wurde
changes-field-next-evaluation = Nächste Bewertung
# The fields of a training session, in lower case after the session's name, as in
# changes-row-field.
changes-session-title = Titel
changes-session-date = Datum
changes-session-place = Ort
changes-session-trainer = Schulungsleitung
# What a review compares with: the last approved revision ($revision is its number), or
# the plan's start when none was approved yet. Put into "Changes since { $since }:".
changes-since-revision = Fassung { $revision }
changes-since-start = Beginn

## The plan's recurring duties, in the window's notice of what is overdue and in the
## calendar of reminders: what each is, and (.what) what to do. $every is how often it
## comes back (duties-every).

duties-review = Sicherungsplan überprüfen
    .what = Öffnen Sie den Plan in Backup Planner und starten Sie die Überprüfung: Gehen Sie die 14 Schritte durch, bestätigen oder ändern Sie jeden davon und zeichnen Sie die Überprüfung ab. Sie steht { $every } an.
duties-restore-test = Wiederherstellung aus der Sicherung testen
    .what = Stellen Sie einige Dateien oder eine Datenbank an einem separaten Ort wieder her (nie über dem Original), messen Sie die benötigte Zeit und tragen Sie den Test in Schritt 9 ein.
duties-log-review = Sicherungsprotokolle prüfen
    .what = Sehen Sie die Sicherungsprotokolle auf Fehler, ausgebliebene Läufe und alles Ungewöhnliche durch (Backup Planner kann sie importieren), und tragen Sie die Prüfung in Schritt 11 ein.
duties-key-check = Verschlüsselungsschlüssel prüfen
    .what = Prüfen Sie, ob der Verschlüsselungsschlüssel oder das Passwort jeder Sicherung dort liegt, wo Schritt 6 es angibt, ob die eingetragene Person ihn noch hat und ob sich die Sicherung damit öffnen lässt; tragen Sie das Datum in Schritt 6 ein.
duties-training = Mitarbeitende im Sicherungsablauf schulen
    .what = Planen Sie die diesjährige Schulung zum Sicherungsablauf und laden Sie die Mitarbeitenden aus Schritt 13 ein.
duties-evaluation = Leistung der Sicherungen bewerten
    .what = Sehen Sie sich an, wie lange die Sicherungen dauern, wie viele erfolgreich sind, wie schnell Wiederherstellungen gehen und wie viel Speicherplatz belegt ist, und tragen Sie es in Schritt 14 ein.
# How often a duty comes back: $unit is days, months or years, $count how many.
duties-every = { $unit ->
        [days] { $count ->
            [1] jeden Tag
            [7] jede Woche
            [14] alle zwei Wochen
           *[other] alle { $count } Tage
        }
        [months] { $count ->
            [1] jeden Monat
            [12] jedes Jahr
           *[other] alle { $count } Monate
        }
       *[years] { $count ->
            [1] jedes Jahr
           *[other] alle { $count } Jahre
        }
    }

## Step 5's storage estimate: how much space each backup destination needs, in the
## window and in the procedure.

# The columns of the estimate's table.
estimate-column-system = System
estimate-column-size = Größe
estimate-column-backups = Sicherungen
estimate-column-kept-for = Aufbewahrung
estimate-column-copies = Aufbewahrte Kopien
estimate-column-storage = Speicherbedarf
# Sizes of storage (1 TB = 1,000 GB, as disks are sold): $size is a number, written
# with its decimal ("5.0").
estimate-size-gb = { $size } GB
estimate-size-tb = { $size } TB
# How often a system's backups run, in the estimate's table.
estimate-every-hours = { $hours ->
        [1] stündlich
       *[other] alle { $hours } Stunden
    }
estimate-every-days = { $days ->
        [1] täglich
       *[other] alle { $days } Tage
    }
# How long the backups are kept, in the estimate's table.
estimate-kept-indefinitely = Unbegrenzt
estimate-kept-days = { $days ->
        [one] { $days } Tag
       *[other] { $days } Tage
    }
# The copies the estimate counts: $full full copies and $changes copies of what changed.
estimate-copies = { $full } vollständige + { $changes }
# $size is a size of storage ("850 GB").
estimate-each = Jeder Speicherort der Sicherungen braucht etwa { $size }.
# Follows estimate-each when step 4 lists more than one destination: $count is how many,
# $size what they need together.
estimate-all = Schritt 4 nennt { $count ->
        [one] { $count } Speicherort
       *[other] { $count } Speicherorte
    }: zusammen { $size }.
# $systems lists systems by name ("A, B and C").
estimate-type-unknown = Als Vollsicherungen gerechnet, die am meisten Platz brauchen, weil die Sicherungsart noch nicht bekannt ist: { $systems }.
# $systems lists systems with what each needs (estimate-needs), separated by semicolons;
# $more is how many more systems there are (0 when none).
estimate-unestimated = { $more ->
        [0] Mangels Angaben nicht geschätzt: { $systems }.
       *[other] Mangels Angaben nicht geschätzt: { $systems } und { $more } weitere.
    }
# A system the estimate leaves out, and what it lacks ($missing lists the words below).
estimate-needs = { $system } (benötigt: { $missing })
estimate-missing-size = Größe
estimate-missing-retention = Aufbewahrungsfrist seiner Datenart
estimate-missing-schedule = Sicherungszeitplan
# How the estimate is worked out, under "How this is worked out". "Full" and "Not sure"
# are the names of backup types; "Indefinitely" is a retention period.
estimate-method = So wird für jedes System gerechnet: Sicherungen bilden Ketten. Eine Kette beginnt mit einer vollständigen Kopie des Systems; bei jedem Sicherungslauf aus Schritt 5 kommt eine Kopie der Änderungen hinzu: Bei inkrementellen Sicherungen enthält jeder Lauf, was sich seit dem vorigen Lauf geändert hat (die tägliche Änderung aus Schritt 1, verteilt auf die Läufe eines Tages), bei differenziellen Sicherungen alles, was sich seit der vollständigen Kopie geändert hat. Mit jeder Vollsicherung beginnt eine neue Kette: so oft, wie es ein Zeitplan mit der Sicherungsart „Vollständig“ in Schritt 5 vorsieht, sonst so oft, wie unten eingestellt. Die aufbewahrten Kopien reichen so weit zurück, wie die Aufbewahrungsfrist der Datenart des Systems (Schritt 3) es verlangt, dazu kommt die Kette, die gerade entsteht, denn die älteste Kette kann erst gelöscht werden, wenn die neueste vollständig ist. Also: Speicherbedarf = Anzahl der Ketten × (Größe + Änderungen je Kette) × (100 % − Ersparnis). „Unbegrenzt“ wird als ein Jahr gerechnet und wächst danach mit jedem weiteren Jahr. Ein Zeitplan mit der Sicherungsart „Weiß nicht“ wird als Vollsicherung gerechnet, die am meisten Platz braucht. Ein Monat zählt als 30 Tage. Jeder Speicherort aus Schritt 4 bewahrt seine eigenen Kopien auf und braucht daher so viel Platz; lassen Sie Raum zum Wachsen.

## What the backup logs read into the plan show for a system: in step 14, in the
## procedure's chapter "Backup health", and after an import.

# What is wrong with a system's backups, a short phrase each: $count is how many.
runs-anomaly-failed = { $count ->
        [one] { $count } fehlgeschlagene Sicherung
       *[other] { $count } fehlgeschlagene Sicherungen
    }
runs-anomaly-missed = { $count ->
        [one] { $count } Lücke ohne Sicherungen
       *[other] { $count } Lücken ohne Sicherungen
    }
runs-anomaly-shrunk = { $count ->
        [one] { $count } Sicherung viel kleiner als üblich
       *[other] { $count } Sicherungen viel kleiner als üblich
    }
runs-anomaly-surges = { $count ->
        [one] { $count } Lauf mit weit mehr geänderten Daten als üblich
       *[other] { $count } Läufe mit weit mehr geänderten Daten als üblich
    }
runs-anomaly-overruns = { $count ->
        [one] { $count } Sicherung lief noch, als die nächste fällig war
       *[other] { $count } Sicherungen liefen noch, als die nächste fällig war
    }
runs-anomaly-slow-restores = { $count ->
        [one] { $count } Wiederherstellung dauerte länger als die maximale Ausfallzeit (RTO)
       *[other] { $count } Wiederherstellungen dauerten länger als die maximale Ausfallzeit (RTO)
    }
runs-anomaly-beyond-rpo = keine erfolgreiche Sicherung innerhalb des maximalen Datenverlusts (RPO)
# What a system's runs show, in one sentence of parts (below) in step 14: "28 backups
# from 2026-03-01 to 2026-03-28; 96% succeeded; usually 1 hour, the longest 1.3 hours;
# 10 GB to 10.4 GB; the last good one 2026-03-28 23:00." $parts are the parts, joined
# by runs-figures-and.
runs-figures = { $parts }.
# Joins two parts of runs-figures: $first is a part, $rest the parts after it.
runs-figures-and = { $first }; { $rest }
# $count backups, the first on $first and the last on $last (dates).
runs-figures-backups = { $count ->
        [one] { $count } Sicherung vom { $first } bis zum { $last }
       *[other] { $count } Sicherungen vom { $first } bis zum { $last }
    }
runs-figures-no-backups = keine Sicherungen in den Protokollen
# $percent is a whole number.
runs-figures-succeeded = { $percent } % erfolgreich
# $usual and $longest are spans of time ("1 hour", "40 minutes").
runs-figures-durations = üblicherweise { $usual }, am längsten { $longest }
# $first and $last are sizes in gigabytes: of the first backup and of the last.
runs-figures-sizes = von { $first } GB bis { $last } GB
# $at is the date and time the last good backup ended.
runs-figures-last-good = letzte erfolgreiche Sicherung am { $at }
# A system's figures in the evaluation of step 14, a line each: $system is its name,
# $figures what its runs show (runs-figures).
runs-figures-of = { $system }: { $figures }
# The note of a restore test recorded from a backup log: $tool is the backup program
# ("restic"), $job the name of its job as the log gives it.
runs-restore-note = Aus dem Protokoll von { $tool }, Auftrag { $job }
