## The pages of the 14 steps: labels, hints, buttons and notes of the step forms and
## their tables, and the fields' own messages.

## Plan details (the plan's own details, before step 1)
forms-details-organisation = Organisation
forms-details-title = Titel des Plans
forms-details-created = Erstellt am
# The plan's revision number, shown beside this label.
forms-details-revision = Fassung
    .tooltip = Zählt jedes Mal eins weiter, wenn der Plan erneut abgezeichnet wird
# Also the label of the same date on the page of step 12.
forms-details-next-review = Nächste Überprüfung am
# Label of a field holding a number of months, written after the field ("Review every [12] months").
forms-details-review-every = Überprüfung alle
    .tooltip = Nach jedem Abzeichnen wird die nächste Überprüfung so weit im Voraus angesetzt (12, wenn leer)
forms-details-country = Land
    .tooltip = Das Land, mit dessen üblichen Aufbewahrungsfristen Schritt 3 verglichen wird; ohne Auswahl allgemeine Werte
forms-details-time-zone = Zeitzone
    .tooltip = Die Zeitzone des Büros, für die Uhrzeiten der Schulungen
# Said beside the time zone when what the plan holds is no time zone name the program knows.
# "Europe/London" is a time zone name and stays as it is.
forms-details-time-zone-unknown = Diese Zeitzone kennt das Programm nicht: Schreiben Sie sie in der Form Europe/Berlin
# The language the plan's documents are printed in (a setting of the plan).
forms-details-document-language = Sprache der Dokumente
    .tooltip = Die Sprache, in der der Sicherungsablauf, die Einladungen und die Kalenderdateien geschrieben werden. Das Fenster behält seine eigene Sprache (Menü „Sprache“).

## Units written after a number field
forms-unit-months = Monate
forms-unit-minutes = Minuten
# Gigabytes.
forms-unit-gb = GB

## Step 1: the critical systems
# The table's add button (the window puts "➕" before it).
forms-systems-add = System hinzufügen
forms-systems-empty = Noch keine Systeme. Fügen Sie das erste hinzu: die Buchhaltung, das gemeinsame Laufwerk, die E-Mail...
# Below the table; "Max data loss" and "Max downtime" are the titles of two of its columns (column-systems-max-data-loss, column-systems-max-downtime).
forms-systems-note = Max. Datenverlust: wie viele Stunden Arbeit Sie höchstens nachholen könnten (RPO). Max. Ausfallzeit: wie lange Sie ohne das System auskommen könnten (RTO).

## Step 2: the current backup solution
forms-assessment-current-solution = Aktuelle Lösung
forms-assessment-what-works = Was funktioniert
forms-assessment-gaps = Gefundene Lücken
# Who was consulted about how backups are made today.
forms-assessment-consulted = Wer befragt wurde

## Step 3: how long data is kept
forms-retention-add = Aufbewahrungsregel hinzufügen
forms-retention-empty = Noch keine Aufbewahrungsregeln. Legen Sie für jede Art von Daten, die das Büro aufbewahrt, eine an.
# Heading of the list of the periods the law commonly asks records to be kept.
forms-legal-periods = Übliche gesetzliche Mindestfristen
# Above that list. $country is the country chosen in Plan details: united-kingdom, germany,
# united-states, other (another country), or none (no country chosen yet; "Plan details"
# is the page where it is chosen).
forms-legal-periods-intro = { $country ->
        [united-kingdom] Übliche Mindestaufbewahrungsfristen im Vereinigten Königreich:
        [germany] Übliche Mindestaufbewahrungsfristen in Deutschland:
        [austria] Übliche Mindestaufbewahrungsfristen in Österreich:
        [switzerland] Übliche Mindestaufbewahrungsfristen in der Schweiz:
        [france] Übliche Mindestaufbewahrungsfristen in Frankreich:
        [spain] Übliche Mindestaufbewahrungsfristen in Spanien:
        [united-states] Übliche Mindestaufbewahrungsfristen in den Vereinigten Staaten:
        [none] Übliche Mindestaufbewahrungsfristen in den meisten Ländern (wählen Sie Ihr Land in den Plandetails):
       *[other] Übliche Mindestaufbewahrungsfristen in den meisten Ländern:
    }
# One line of that list (after a bullet). $kind is a kind of data ("Financial data"),
# $years how many years it is kept, $source the law or rule it comes from.
forms-legal-minimum = { $kind }: { $years ->
        [one] { $years } Jahr
       *[other] { $years } Jahre
    }. { $source }.

## Step 4: the backup procedures
forms-procedures-responsible = Verantwortliche Person
forms-procedures-deputy = Vertretung
forms-procedures-destinations = Wohin die Kopien gehen
forms-procedures-destinations-add = Speicherort hinzufügen
forms-procedures-destinations-empty = Noch keine Speicherorte. Bewahren Sie mindestens eine Kopie außer Haus und eine offline auf.
forms-procedures-steps = Der Ablauf, Schritt für Schritt
forms-procedures-steps-add = Anweisung hinzufügen
forms-procedures-steps-empty = Noch keine Anweisungen. Schreiben Sie sie so, dass die Vertretung ihnen allein folgen könnte.
forms-procedures-contacts = Wen man anruft, wenn etwas schiefgeht
forms-procedures-contacts-add = Kontakt hinzufügen
forms-procedures-contacts-empty = Noch keine Kontakte.
forms-procedures-media = Sicherungsmedien
# How the backup disks, tapes and the like are handled, kept and carried.
forms-procedures-media-handling = Umgang mit den Medien

## Step 5: the backup schedules
forms-schedules-no-systems = Tragen Sie zuerst in Schritt 1 die Systeme ein: Jeder Zeitplan gehört zu einem davon.
forms-schedules-add = Zeitplan hinzufügen
forms-schedules-empty = Noch keine Zeitpläne. Legen Sie für jedes System einen an; ein System kann auch mehrere haben.
# Heading of the storage estimate below the schedules.
forms-schedules-storage = Speicherbedarf der Sicherungen

## Step 6: encryption
forms-encryption-no-destinations = Tragen Sie zuerst in Schritt 4 die Speicherorte der Sicherungen ein.
# A row of the table checks the encryption of one backup destination.
forms-encryption-add = Prüfung hinzufügen
forms-encryption-empty = Noch nichts geprüft. Fügen Sie für jeden Speicherort der Sicherungen eine Zeile hinzu.

## Step 7: the first full backups
forms-initial-backups-add = Erstsicherung hinzufügen
forms-initial-backups-empty = Noch keine Erstsicherungen eingetragen.

## Step 8: monitoring
forms-monitoring-checker = Wer prüft
# How the checker finds out whether backups ran (a dropdown: an alert e-mail, a dashboard...).
forms-monitoring-method = Wie
forms-monitoring-how-often = Wie oft
forms-monitoring-errors = Fehlerprotokoll
forms-monitoring-errors-add = Fehler hinzufügen
forms-monitoring-errors-empty = Keine Fehler eingetragen.

## Step 9: restore tests
# Label of a field holding a number of months, written after the field ("Test a restore every [3] months").
forms-restore-tests-every = Wiederherstellung testen alle
    .tooltip = Wie oft eine Wiederherstellung ausprobiert wird; die Kalendererinnerungen richten sich danach (3, wenn leer)
forms-restore-tests-add = Test hinzufügen
forms-restore-tests-empty = Noch keine Wiederherstellungstests. Solange keiner eingetragen ist, kann der Plan in Schritt 10 nicht freigegeben werden.
forms-restore-tests-outdated = Diese Tests wurden nach ihrer Freigabe geändert: Bitten Sie in Schritt 10 erneut um Freigabe.

## Step 10: the approval of the restore tests
# $status is where the approval stands: "Approved", "Not decided yet"...
forms-approval-status = Status: { $status }
forms-approval-no-tests = In Schritt 9 ist noch kein Wiederherstellungstest eingetragen, daher gibt es nichts freizugeben.
# Above the list of the restore tests the approval covers; $count is how many (1 or more).
forms-approval-covers = { $count ->
        [one] Die Freigabe umfasst den in Schritt 9 eingetragenen Wiederherstellungstest:
       *[other] Die Freigabe umfasst die { $count } in Schritt 9 eingetragenen Wiederherstellungstests:
    }
# One line of that list, for a test with nothing recorded as to what was restored.
forms-approval-test-unnamed = Wiederherstellungstest
# Stands for the result of a test that has none yet.
forms-approval-test-no-result = kein Ergebnis eingetragen
# One line of that list. $test is what was restored ("Individual files"), $system the
# system's name, $date the day of the test, $result its result ("Success").
forms-approval-test = { $test }: { $result }
forms-approval-test-system = { $test }, { $system }: { $result }
forms-approval-test-date = { $test }, { $date }: { $result }
forms-approval-test-system-date = { $test }, { $system }, { $date }: { $result }
forms-approval-approver = Freigebende Person
# The approver's role in the office.
forms-approval-role = Funktion
forms-approval-decision = Entscheidung
forms-approval-date = Datum
forms-approval-comment = Kommentar
# Shown when a restore test changed after the approval.
forms-approval-approve-again = Die Wiederherstellungstests in ihrem jetzigen Stand freigeben

## Step 11: reviews of the backup logs
forms-log-review-cadence = Prüfrhythmus
forms-log-review-reviewer = Prüfende Person
forms-log-review-entries = Prüfungen
forms-log-review-add = Prüfung hinzufügen
forms-log-review-empty = Noch keine Prüfungen eingetragen.

## Step 12: the documentation
forms-documentation-version = Dokumentversion
forms-documentation-history = Änderungsverlauf
forms-documentation-add = Änderung hinzufügen
forms-documentation-empty = Noch keine Änderungen eingetragen.

## Step 13: training sessions
forms-training-none = Noch keine Schulung geplant.
# Heading of a session; $number is its place in the list.
forms-training-session = Schulung { $number }
forms-training-remove = Schulung entfernen
    .name = Schulung { $number } entfernen
forms-training-invite = Mitarbeitende einladen
# The four buttons of a session. Their .numbered text is what a screen reader says of the
# buttons of the second session on; $number is the session's place in the list.
forms-training-save-invitation = Einladung als PDF speichern...
    .numbered = Einladung als PDF speichern... (Schulung { $number })
forms-training-save-calendar = Kalenderdatei speichern...
    .numbered = Kalenderdatei speichern... (Schulung { $number })
forms-training-copy-email = E-Mail-Text kopieren
    .numbered = E-Mail-Text kopieren (Schulung { $number })
forms-training-open-mail = Im E-Mail-Programm öffnen
    .numbered = Im E-Mail-Programm öffnen (Schulung { $number })
# A session just removed, as table-removed and table-undo.name name it ("Removed session 2.");
# $number is its place in the list, $title its title.
forms-training-removed-name = Schulung { $number }
forms-training-removed-name-titled = Schulung { $number } („{ $title }“)
# The button adding a session (the window puts "➕" before it).
forms-training-add = Schulung hinzufügen
forms-session-title = Titel
forms-session-date = Datum
forms-session-start-time = Beginn
# Label of a field holding a number of minutes, written after the field.
forms-session-duration = Dauer
forms-session-place = Ort oder Link
forms-session-trainer = Schulungsleitung
forms-session-trainer-email = E-Mail der Schulungsleitung
forms-session-agenda = Tagesordnung
forms-session-what-to-bring = Bitte mitbringen
forms-session-attendees = Teilnehmende
forms-session-attendees-add = Person hinzufügen
forms-session-attendees-empty = Noch niemand eingeladen.

## Step 14: the evaluation
forms-evaluation-evaluated-on = Bewertet am
forms-evaluation-backup-durations = Dauer der Sicherungen
forms-evaluation-success-rate = Erfolgsquote
# RTO: recovery time objective, the downtime the office accepted for a system.
forms-evaluation-restore-times = Wiederherstellungszeiten im Vergleich zur maximalen Ausfallzeit (RTO)
forms-evaluation-storage-used = Belegter Speicherplatz
forms-evaluation-adjustments = Was angepasst wurde
forms-evaluation-feedback = Rückmeldungen der Mitarbeitenden
forms-evaluation-next = Nächste Bewertung am

## The editable tables of the steps
# A backup destination of step 4 not named yet, by its place in the list.
table-destination-number = Speicherort { $number }
# A row not named by anything in it, inside a sentence ("Removed row 3."); $number is its place.
table-row-number = Zeile { $number }
# A row named by what its first cell holds ($name), in quotation marks, inside a sentence.
table-quoted = „{ $name }“
# Said after a row was removed. $name names it: table-row-number, table-quoted or forms-training-removed-name.
table-removed = { $name } entfernt.
# The button beside table-removed (the window puts "↩" before it). .name is what a
# screen reader says of it, $name as in table-removed.
table-undo = Rückgängig
    .name = { $name } wieder einfügen
    .tooltip = Wieder an der alten Stelle einfügen
# Said while a row out of sight holds text that is not understood. $number is the row's
# place, $name names it as table-removed does.
table-row-not-understood = Zeile { $number } ({ $name }) enthält etwas, das das Programm nicht versteht: Öffnen Sie ihre Details
# The button of a row showing all its fields in a form below the table (when the table
# is too wide for the window). $number is the row's place.
table-details = Details
    .name = Details von Zeile { $number }
    .tooltip = Alle Felder dieser Zeile unten anzeigen
    .tooltip-marked = Diese Zeile enthält etwas, das das Programm nicht versteht: Alle ihre Felder unten anzeigen
# Heading of that form. $number is the row's place, $name names it as table-removed does.
table-details-heading = Zeile { $number }: { $name }
# The arrows moving a row: the text shows when hovered, .name is what a screen reader says.
table-move-up = Nach oben
    .name = Zeile { $number } nach oben verschieben
table-move-down = Nach unten
    .name = Zeile { $number } nach unten verschieben
table-remove = Diese Zeile entfernen (mit „Rückgängig“ holen Sie sie zurück)
    .name = Zeile { $number } entfernen
# What a screen reader says of a cell: $column is the column's title, $row the row's place.
table-cell-name = { $column }, Zeile { $row }

## The fields of the forms and tables
# What a dropdown shows while nothing is chosen.
widgets-nothing-chosen = Bitte wählen...
# Said when a number field refuses what was typed. $min and $max are the range, $example
# an everyday value, all written as the language writes numbers.
widgets-problem-size-gb = Geben Sie eine Größe in GB von { $min } bis { $max } ein, etwa { $example }
widgets-problem-percent = Geben Sie einen Prozentwert von { $min } bis { $max } ein, etwa { $example }
widgets-problem-hours = Geben Sie eine Anzahl Stunden von { $min } bis { $max } ein, etwa { $example }
widgets-problem-whole-minutes = Geben Sie ganze Minuten von { $min } bis { $max } ein, etwa { $example }
widgets-problem-whole-days = Geben Sie ganze Tage von { $min } bis { $max } ein, etwa { $example }
widgets-problem-whole-months = Geben Sie ganze Monate von { $min } bis { $max } ein, etwa { $example }
# Said when a date field refuses what was typed. $first, $last and $example are dates
# written as the language writes dates; say here in words in which order a date is typed.
widgets-date-problem = Geben Sie ein Datum vom { $first } bis zum { $last } in der Reihenfolge Tag.Monat.Jahr ein, etwa { $example }
# The grey hint in an empty time field: hours and minutes.
widgets-time-hint = HH:MM
widgets-time-problem = Geben Sie die Uhrzeit im 24-Stunden-Format ein, etwa 22:30
# Said when a text field holds the most characters it takes; $most is that number, written
# as the language writes numbers.
widgets-field-full = Dieses Feld ist voll: Es enthält { $most } Zeichen, so viele, wie Backup Planner in einem Feld höchstens aufnimmt. Alles darüber hinaus wurde weggelassen.
# Said by the add button of a full list; $most is the most rows, written as the language writes numbers.
widgets-list-full = Diese Liste enthält { $most } Zeilen, so viele, wie Backup Planner in einer Liste höchstens aufnimmt.
# The calendar button beside a date field. .name is what a screen reader says of it;
# $field is the date field's label.
widgets-calendar = Aus einem Kalender wählen
    .name = Aus einem Kalender wählen: { $field }
# The search at the top of the list of time zones: the grey hint, and .name what a screen reader says.
widgets-time-zone-search = Stadt eingeben, z. B. Berlin
    .name = Zeitzonen durchsuchen
widgets-time-zone-none = Keine Zeitzone hat das in ihrem Namen
# What a screen reader says of the "?" beside a term; $term is the term.
widgets-help-mark = Was mit „{ $term }“ gemeint ist

## The calendar beside a date field: a month at a time, the weeks from Monday.
# The month shown and its year, at the top of the calendar.
calendar-month-year = { $month } { $year }
calendar-previous-month = Vorheriger Monat
calendar-next-month = Nächster Monat
# Picks today's date.
calendar-today = Heute
# The months, as the top of the calendar names them.
calendar-month-1 = Januar
calendar-month-2 = Februar
calendar-month-3 = März
calendar-month-4 = April
calendar-month-5 = Mai
calendar-month-6 = Juni
calendar-month-7 = Juli
calendar-month-8 = August
calendar-month-9 = September
calendar-month-10 = Oktober
calendar-month-11 = November
calendar-month-12 = Dezember
# The days of the week, Monday first, shortened to head a column of days.
calendar-weekday-1 = Mo
calendar-weekday-2 = Di
calendar-weekday-3 = Mi
calendar-weekday-4 = Do
calendar-weekday-5 = Fr
calendar-weekday-6 = Sa
calendar-weekday-7 = So
