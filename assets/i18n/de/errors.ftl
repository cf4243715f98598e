## What the lower layers say when something cannot be done: reading and writing plan
## files, the limits of what a plan holds, who has a plan open, printing, and the
## system's file dialogs. Most of these appear in an error message of the window, and
## some on the command line too.
##
## $path is always the full path of a file. $reason is the words of the operating system
## or of another program (in the computer's language, or in English), put in as they are.

## Reading and writing plan files. Each message ends with the file it is about.

error-read = Die Datei konnte nicht gelesen werden: { $reason }. Datei: { $path }
# $size is the file's size in megabytes.
error-too-large = Diese Datei ist zu groß für einen Sicherungsplan ({ $size } MB). Datei: { $path }
# $what says what the path leads to instead: one of the error-not-a-file-... messages.
error-not-a-file = Dies ist keine gewöhnliche Datei: { $what }. Datei: { $path }
error-changed-on-disk = Die Datei wurde seit dem Lesen von jemand anderem geändert (von einem anderen Programm oder an einem anderen Computer), deshalb wurde sie nicht ersetzt. Datei: { $path }
error-not-text = Diese Datei ist kein Sicherungsplan: Sie enthält keinen Text. Datei: { $path }
error-empty = Diese Datei ist leer: Sie enthält keinen Plan. Datei: { $path }
# RON is the kind of text plan files are written in; format_version is a word of that
# text, so it stays as it is.
error-not-a-plan = Diese Datei ist kein Sicherungsplan: Sie ist wie eine RON-Datei aufgebaut, aber nicht wie ein Plan (die Angabe format_version fehlt). Datei: { $path }
# $line and $column say where in the file's text the mistake is; $reason is what is wrong
# there: one of the limits-... refusals below, or the words of the RON reader.
error-parse = Diese Datei ist kein lesbarer Sicherungsplan. Zeile { $line }, Spalte { $column }: { $reason }. Datei: { $path }
# $reason is a limits-over-text or limits-over-rows message.
error-over-limit = Diese Datei enthält mehr, als ein Sicherungsplan fassen kann: { $reason }. Datei: { $path }
# $found and $supported are numbers of versions of the file format.
error-newer-format = Dieser Plan wurde mit einer neueren Version von Backup Planner gespeichert (Dateiformat { $found }; diese Version liest bis Dateiformat { $supported }). Bitte aktualisieren Sie Backup Planner, um ihn zu öffnen. Datei: { $path }
error-write = Die Datei konnte nicht gespeichert werden: { $reason }. Datei: { $path }
error-serialize = Der Plan konnte nicht in Text umgewandelt werden: { $reason }

## What a path leads to when it is not an ordinary file (in error-not-a-file).

error-not-a-file-folder = Es ist ein Ordner
error-not-a-file-special = Es ist eine Pipe, ein Gerät oder eine andere Sonderdatei, keine gewöhnliche Datei
# Such as /dev/stdout: whatever a program writes to or reads from at the moment.
error-not-a-file-stream = Es ist die Ein- oder Ausgabe eines Programms, keine eigene Datei

## Reading and writing any file (backup logs too), in the middle of a longer message.

# $limit is a number of bytes.
error-disk-too-large = Die Datei ist größer als { $limit } Byte
error-disk-changed = Die Datei wurde seit dem Lesen von jemand anderem geändert

## What a save could not keep as it was, said after the plan was saved.

# $backup is the full path of the file that keeps the previous version (PLAN.ron.bak).
error-backup-not-kept = Der vorherige Stand der Datei konnte nicht als { $backup } aufbewahrt werden ({ $reason }).
error-group-not-kept = Die Gruppe der Datei konnte nicht beibehalten werden, daher können Kolleginnen und Kollegen dieser Gruppe sie womöglich nicht mehr öffnen. Bitten Sie die Person, die sich um den gemeinsamen Ordner kümmert, die Gruppe wieder einzustellen.
error-permissions-not-kept = Die Zugriffsrechte der Datei konnten nicht beibehalten werden.

## Opening a file or a link with the program the computer uses for it.

# $program is the name of a command of the system, such as xdg-open or lpstat.
error-program-not-installed = { $program } ist nicht installiert
# $status is the system's words for how the program ended, such as "exit status: 4".
error-program-stopped = Das Programm wurde mit einem Fehler beendet ({ $status })

## The system's file dialogs: their titles and the names of the kinds of file offered.

error-dialog-open-plan = Sicherungsplan öffnen
error-dialog-plan-files = Sicherungsplan
error-dialog-import-logs = Sicherungsprotokolle importieren
error-dialog-log-files = Sicherungsprotokolle
error-dialog-every-file = Alle Dateien

## Step 10.

error-approval-refused = Tragen Sie in Schritt 9 mindestens einen Wiederherstellungstest ein, bevor Sie freigeben.

## Who has a plan open (the lock file beside it).

# $user is a login name, $host the name of a computer.
lock-held = { $user } hat den Plan auf dem Computer { $host } geöffnet
lock-not-written = Die Sperrdatei konnte nicht geschrieben werden: { $reason }

## Printing through the computer's print system (CUPS).

# $reason is one of the print-system-... reasons below, or the system's words.
print-system-none = Auf diesem Computer hat kein Drucksystem geantwortet ({ $reason }).
print-system-windows = Backup Planner druckt über CUPS, und das gibt es unter Windows nicht
print-system-not-running = der Druckdienst läuft nicht
# $name is the printer asked for; $printers the names of the printers there are, with
# commas between.
print-system-unknown-printer = Auf diesem Computer gibt es keinen Drucker namens „{ $name }“. Vorhandene Drucker: { $printers }.
print-system-no-printer = Auf diesem Computer ist kein Drucker eingerichtet.
# $said is what the print system answered, in its own words.
print-system-refused = Der Drucker hat das Dokument nicht angenommen: { $said }

## The limits of what a plan holds. A plan file with a value beyond them is refused with
## one of these, after "Line 12, column 3:". $min and $max are the range; $value is the
## value refused, as the file writes it (or one of the limits-value-... words).
## A quantity's .hint is what its field says when it refuses what was typed ($example
## is an everyday value); .hint-whole the same for whole numbers only.

limits-value-nan = NaN (keine Zahl)
limits-value-infinity = unendlich

# The size of data or of storage, in gigabytes.
limits-size-gb = Die Größe in GB muss zwischen { $min } und { $max } liegen, hier steht aber { $value }
    .hint = Geben Sie eine Größe in GB von { $min } bis { $max } ein, etwa { $example }
    .hint-whole = Geben Sie eine Größe in ganzen GB von { $min } bis { $max } ein, etwa { $example }
limits-percent = Der Prozentwert muss zwischen { $min } und { $max } liegen, hier steht aber { $value }
    .hint = Geben Sie einen Prozentwert von { $min } bis { $max } ein, etwa { $example }
    .hint-whole = Geben Sie einen ganzzahligen Prozentwert von { $min } bis { $max } ein, etwa { $example }
limits-hours = Die Anzahl der Stunden muss zwischen { $min } und { $max } liegen, hier steht aber { $value }
    .hint = Geben Sie eine Anzahl Stunden von { $min } bis { $max } ein, etwa { $example }
    .hint-whole = Geben Sie ganze Stunden von { $min } bis { $max } ein, etwa { $example }
limits-minutes = Die Anzahl der Minuten muss zwischen { $min } und { $max } liegen, hier steht aber { $value }
    .hint = Geben Sie eine Anzahl Minuten von { $min } bis { $max } ein, etwa { $example }
    .hint-whole = Geben Sie ganze Minuten von { $min } bis { $max } ein, etwa { $example }
limits-days = Die Anzahl der Tage muss zwischen { $min } und { $max } liegen, hier steht aber { $value }
    .hint = Geben Sie eine Anzahl Tage von { $min } bis { $max } ein, etwa { $example }
    .hint-whole = Geben Sie ganze Tage von { $min } bis { $max } ein, etwa { $example }
limits-months = Die Anzahl der Monate muss zwischen { $min } und { $max } liegen, hier steht aber { $value }
    .hint = Geben Sie eine Anzahl Monate von { $min } bis { $max } ein, etwa { $example }
    .hint-whole = Geben Sie ganze Monate von { $min } bis { $max } ein, etwa { $example }
# The number of a revision of the plan (1, 2, 3...).
limits-revision = Die Nummer der Fassung muss zwischen { $min } und { $max } liegen, hier steht aber { $value }
    .hint = Geben Sie eine Fassungsnummer von { $min } bis { $max } ein, etwa { $example }
    .hint-whole = Geben Sie eine ganzzahlige Fassungsnummer von { $min } bis { $max } ein, etwa { $example }
# The numbers the plan file gives systems and backup destinations, to refer to them.
limits-id = Die Nummer, die eine Zeile kennzeichnet, muss zwischen { $min } und { $max } liegen, hier steht aber { $value }
    .hint = Geben Sie eine Nummer zur Kennzeichnung einer Zeile von { $min } bis { $max } ein, etwa { $example }
    .hint-whole = Geben Sie eine ganze Zahl zur Kennzeichnung einer Zeile von { $min } bis { $max } ein, etwa { $example }
# $first and $last are the first and last date a plan may hold; $date the date refused.
limits-date = Das Datum muss zwischen dem { $first } und dem { $last } liegen, hier steht aber der { $date }
    .hint = Geben Sie ein Datum vom { $first } bis zum { $last } in der Reihenfolge Tag.Monat.Jahr ein, etwa { $example }
# $time is a time of day (23:59) that the file gives with a 60th second.
limits-time = Die Uhrzeit muss zwischen 00:00 und 23:59 liegen, hier steht aber { $time }:60

## Too much text in one field, or too many rows in one list, in a plan file. $place and
## $list say where, in the words of the limits-place-... messages below.

# $chars is a number of characters; $most the most one field takes.
limits-over-text = Ein Feld fasst höchstens { $most } Zeichen, aber { $place } enthält { $chars }
# $rows is a number of rows; $most the most one list takes.
limits-over-rows = Eine Liste fasst höchstens { $most ->
        [one] { $most } Zeile
       *[other] { $most } Zeilen
    }, aber { $list } hat { $rows }

## Too much for a document to be made of. $document is "procedure" (the backup procedure,
## made of the whole plan) or "calendar" (a training session's calendar file).

limits-document-text = { $document ->
        [calendar] Die Kalenderdatei kann nicht erstellt werden: Die Schulung enthält { $chars } Zeichen Text, für ein Dokument sind aber höchstens { $most } möglich.
       *[procedure] Der Sicherungsablauf kann nicht erstellt werden: Der Plan enthält { $chars } Zeichen Text, für ein Dokument sind aber höchstens { $most } möglich.
    }
limits-document-rows = { $document ->
        [calendar] Die Kalenderdatei kann nicht erstellt werden: Die Schulung enthält in ihren Listen { $rows ->
            [one] { $rows } Zeile
           *[other] { $rows } Zeilen
        }, für ein Dokument sind aber höchstens { $most } möglich.
       *[procedure] Der Sicherungsablauf kann nicht erstellt werden: Der Plan enthält in seinen Listen { $rows ->
            [one] { $rows } Zeile
           *[other] { $rows } Zeilen
        }, für ein Dokument sind aber höchstens { $most } möglich.
    }
# Said after limits-document-text: $place is where the longest text is.
limits-document-longest-text = Den längsten Text enthält { $place } ({ $chars } Zeichen).
# Said after limits-document-rows: $list is the longest list.
limits-document-longest-list = Die längste Liste ist { $list } ({ $rows ->
        [one] { $rows } Zeile
       *[other] { $rows } Zeilen
    }).
# Two sentences one after the other, as the language writes them.
limits-two-sentences = { $first } { $second }

## Where something is in a plan, in words, built from the inside out: "the notes" of
## "system 4" in "step 8", in the copy of the plan kept with "revision 1". $number is the
## row's place in its list, counted from 1.

limits-place-plan = der Plan
# A row of a list without a name of its own.
limits-place-row = Zeile { $number }
# $thing is what is inside $owner: "the notes" of "system 4".
limits-place-of = { $thing } von { $owner }
# $thing is inside $part of the plan: "step 4" or "the plan details".
limits-place-in = { $thing } in { $part }
# $thing is in the copy of the whole plan that $owner ("revision 1") keeps.
limits-place-in-copy = { $thing }, in der Kopie des Plans, die mit { $owner } aufbewahrt wird
limits-place-in-a-copy = { $thing }, in einer Kopie des Plans
# A field without words of its own: $field is its name in the plan file.
limits-place-field = das Feld „{ $field }“
# A row of a list without words of its own: $list is the list's name in the plan file.
limits-place-item = Eintrag { $number } der Liste „{ $list }“
# A list without words of its own: $list is its name in the plan file.
limits-place-list = die Liste „{ $list }“
# $place is where a list without a name of its own is.
limits-place-list-in = eine Liste ohne eigenen Namen (Stelle: { $place })

## The parts of the plan.

limits-part-plan-details = den Plandetails
limits-part-step = Schritt { $number }

## A row of each list of the plan, and (.list) the list itself.

limits-row-systems = System { $number }
    .list = die Liste der Systeme
limits-row-retention = Aufbewahrungsregel { $number }
    .list = die Liste der Aufbewahrungsregeln
limits-row-destinations = Speicherort { $number }
    .list = die Liste der Speicherorte
# One instruction of the backup procedure of step 4.
limits-row-steps = Anweisung { $number }
    .list = die Liste der Anweisungen
# A person to call when something goes wrong.
limits-row-escalation = Kontakt { $number }
    .list = die Liste der Kontakte
limits-row-schedules = Zeitplan { $number }
    .list = die Liste der Zeitpläne
limits-row-encryption = Verschlüsselungsprüfung { $number }
    .list = die Liste der Verschlüsselungsprüfungen
limits-row-initial-backups = Erstsicherung { $number }
    .list = die Liste der Erstsicherungen
limits-row-errors = Fehler { $number }
    .list = die Liste der Fehler
limits-row-restore-tests = Wiederherstellungstest { $number }
    .list = die Liste der Wiederherstellungstests
limits-row-approved-tests = Wiederherstellungstest { $number } der Freigabe
    .list = die Liste der freigegebenen Wiederherstellungstests
limits-row-entries = Protokollprüfung { $number }
    .list = die Liste der Protokollprüfungen
limits-row-history = Eintrag { $number } des Änderungsverlaufs
    .list = der Änderungsverlauf
limits-row-sessions = Schulung { $number }
    .list = die Liste der Schulungen
limits-row-attendees = Person { $number }
    .list = die Liste der Teilnehmenden
limits-row-revisions = Fassung { $number }
    .list = die Liste der Fassungen
# A line of what changed since the revision before.
limits-row-changes = Änderung { $number }
    .list = die Liste der Änderungen

## The fields of the plan that hold text, as a thing in a sentence: "the notes".

limits-field-action = das Feld „Maßnahme“
limits-field-adjustments = das Feld „Was angepasst wurde“
limits-field-agenda = das Feld „Tagesordnung“
limits-field-anomalies = das Feld „Auffälligkeiten“
limits-field-approver = das Feld „Freigebende Person“
limits-field-author = das Feld „Verfasst von“
limits-field-backup-durations = das Feld „Dauer der Sicherungen“
limits-field-change = das Feld „Was geändert wurde“
limits-field-checker = das Feld „Wer prüft“
limits-field-comment = das Feld „Kommentar“
limits-field-consulted = das Feld „Wer befragt wurde“
limits-field-deputy = das Feld „Vertretung“
limits-field-email = das Feld „E-Mail“
limits-field-error = das Feld „Fehler“
limits-field-error-codes = das Feld „Fehlercodes“
limits-field-feedback = das Feld „Rückmeldungen der Mitarbeitenden“
limits-field-follow-up = das Feld „Folgemaßnahmen“
limits-field-gaps = das Feld „Gefundene Lücken“
limits-field-id = das Feld „Kennung“
limits-field-key-holder = das Feld „Schlüssel bei“
limits-field-key-location = das Feld „Wo der Schlüssel liegt“
limits-field-location = das Feld „Standort“
limits-field-media-handling = das Feld „Umgang mit den Medien“
limits-field-message = das Feld „Meldung“
limits-field-name = das Feld „Name“
limits-field-note = das Feld „Notiz“
limits-field-notes = das Feld „Notizen“
limits-field-organisation = das Feld „Organisation“
limits-field-owner = das Feld „Zuständig“
limits-field-period = das Feld „Geprüfter Zeitraum“
limits-field-phone = das Feld „Telefon“
limits-field-place = das Feld „Ort oder Link“
limits-field-redundancy = das Feld „Redundanz“
limits-field-responsible = das Feld „Verantwortliche Person“
limits-field-restore-times = das Feld „Wiederherstellungszeiten“
limits-field-restored-to = das Feld „Zielort“
limits-field-reviewer = das Feld „Prüfende Person“
limits-field-role = das Feld „Funktion“
limits-field-time-zone = das Feld „Zeitzone“
limits-field-title = das Feld „Titel“
limits-field-tool = das Feld „Programm“
limits-field-trainer = das Feld „Schulungsleitung“
limits-field-trainer-email = das Feld „E-Mail der Schulungsleitung“
limits-field-version = das Feld „Version“
limits-field-what-to-bring = das Feld „Bitte mitbringen“
# A field of step 14 headed "What works".
limits-field-what-works = das Feld „Was funktioniert“
# The identity of a training session in calendars (its UID).
limits-field-uid = die Kalenderkennung (UID)
