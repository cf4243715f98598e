## The columns of the tables the steps keep: each title (as the table and the document
## head it) and .change (how the change summary names the column, in lower case).

## Step 1: the critical systems.
column-systems-name = System
    .change = Name
column-systems-department = Abteilung
    .change = Abteilung
column-systems-kind-of-data = Datenart
    .change = Datenart
column-systems-owner = Zuständig
    .change = zuständige Person
column-systems-system-type = Systemart
    .change = Systemart
# Where a system runs or is kept: a server room, a cloud service, a laptop.
column-systems-location = Standort
    .change = Standort
# The size of the system's data, in gigabytes.
column-systems-size = Größe (GB)
    .change = Größe (GB)
# How much of the data changes on a normal day, as a percentage.
column-systems-daily-change = Tägliche Änderung (%)
    .change = tägliche Änderung (%)
# The recovery point objective (RPO), in hours.
column-systems-max-data-loss = Max. Datenverlust (h)
    .change = max. Datenverlust (h)
# The recovery time objective (RTO), in hours.
column-systems-max-downtime = Max. Ausfallzeit (h)
    .change = max. Ausfallzeit (h)
column-systems-redundancy = Vorhandene Redundanz
    .change = Redundanz

## Step 3: how long each kind of data is kept.
column-retention-kind-of-data = Datenart
    .change = Datenart
# How long the backups of a kind of data are kept.
column-retention-period = Aufbewahrungsfrist
    .change = Aufbewahrungsfrist
# Why they are kept that long: a law, a contract, a business need.
column-retention-reason = Grund
    .change = Grund
column-retention-note = Notiz
    .change = Notiz

## Step 4: where the copies go.
# The name of a place backup copies go to; .change names the destination's name.
column-destinations-name = Speicherort
    .change = Name
column-destinations-kind = Art
    .change = Art
column-destinations-location = Standort
    .change = Standort
# Whether the copies there cannot be changed or deleted until they expire (a checkbox).
column-destinations-immutable = Unveränderbar
    .change = unveränderbar

## Step 4: the procedure, one instruction a row.
column-procedure-instruction = Anweisung
    .change = Anweisung

## Step 4: whom to call when something goes wrong.
column-contacts-name = Name
    .change = Name
column-contacts-role = Funktion
    .change = Funktion
column-contacts-phone = Telefon
    .change = Telefon
column-contacts-email = E-Mail
    .change = E-Mail

## Step 5: the backup schedules.
column-schedules-frequency = Häufigkeit
    .change = Häufigkeit
column-schedules-system = System
    .change = System
column-schedules-start-time = Startzeit
    .change = Startzeit
column-schedules-backup-type = Sicherungsart
    .change = Sicherungsart
column-schedules-tool = Programm
    .change = Programm
column-schedules-tested-on = Getestet am
    .change = getestet am

## Step 6: the encryption of each backup destination.
column-encryption-destination = Speicherort
    .change = Speicherort
column-encryption-method = Verfahren
    .change = Verfahren
# What the encryption protects: the copies in transit, at rest, or both.
column-encryption-scope = Geschützt
    .change = geschützt
column-encryption-key-holder = Schlüssel bei
    .change = Person mit dem Schlüssel
# Where the encryption key (or its copy) is kept.
column-encryption-key-location = Wo der Schlüssel liegt
    .change = Ort des Schlüssels
column-encryption-verified-on = Geprüft am
    .change = geprüft am

## Step 7: the first full backups.
column-initial-backups-system-type = Systemart
    .change = Systemart
column-initial-backups-status = Status
    .change = Status
column-initial-backups-date = Datum
    .change = Datum
column-initial-backups-duration = Dauer (h)
    .change = Dauer (h)
column-initial-backups-size = Größe (GB)
    .change = Größe (GB)
column-initial-backups-notes = Probleme und Erkenntnisse
    .change = Probleme und Erkenntnisse

## Step 8: the error log.
column-errors-date = Datum
    .change = Datum
column-errors-system = System
    .change = System
column-errors-error = Fehler
    .change = Fehler
column-errors-action = Maßnahme
    .change = Maßnahme

## Step 9: the restore tests.
column-restore-tests-date = Datum
    .change = Datum
# What a restore test brought back: a file, a database, a whole system.
column-restore-tests-kind = Wiederhergestellt
    .change = wiederhergestellte Daten
column-restore-tests-system = System
    .change = System
# Where the restored data was put (never over the original).
column-restore-tests-restored-to = Zielort
    .change = Zielort
column-restore-tests-result = Ergebnis
    .change = Ergebnis
column-restore-tests-duration = Benötigte Zeit (h)
    .change = benötigte Zeit (h)
column-restore-tests-notes = Notizen
    .change = Notizen

## Step 11: the readings of the backup logs.
column-log-reviews-date = Datum
    .change = Datum
# The span of time whose logs a review read, e.g. "March".
column-log-reviews-period = Geprüfter Zeitraum
    .change = geprüfter Zeitraum
column-log-reviews-anomalies = Auffälligkeiten
    .change = Auffälligkeiten
column-log-reviews-error-codes = Fehlercodes
    .change = Fehlercodes
column-log-reviews-follow-up = Folgemaßnahmen
    .change = Folgemaßnahmen

## Step 12: the revision history of the document.
column-revisions-version = Version
    .change = Version
column-revisions-date = Datum
    .change = Datum
column-revisions-author = Verfasst von
    .change = verfasst von
# What changed in a revision of the document.
column-revisions-change = Was geändert wurde
    .change = was geändert wurde

## Step 13: the people invited to a training session.
column-attendees-name = Name
    .change = Name
column-attendees-email = E-Mail
    .change = E-Mail
# Whether the person came to the session (a checkbox).
column-attendees-attended = Teilgenommen
    .change = teilgenommen
