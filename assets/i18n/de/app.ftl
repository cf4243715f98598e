## The window's own words: menus, commands, buttons and messages.
## Write for an office manager, not for an IT specialist: plain and calm.

## The menu bar.
menu-file = Datei
menu-edit = Bearbeiten
menu-help = Hilfe
menu-paper-size = Papierformat
menu-language = Sprache
    .tooltip = Die Sprache des Fensters. Die Sprache der Dokumente eines Plans wählen Sie in dessen Plandetails.
language-of-system = Wie auf dem Computer ({ $language })

## The commands of the menus, buttons and keys: the words, and .tooltip what each does.

command-new-plan = Neuer Plan
    .tooltip = Einen neuen Plan mit dem ersten Schritt beginnen
command-open-plan = Plan öffnen...
    .tooltip = Eine Plandatei öffnen, die Sie früher gespeichert haben
command-open-example = Beispielplan öffnen
    .tooltip = Der Plan eines kleinen Büros, in dem alle Schritte ausgefüllt sind, zum Ansehen und Ausprobieren
command-save = Speichern
    .tooltip = Den Plan in seiner Datei speichern
command-save-as = Speichern unter...
    .tooltip = Den Plan in einer Datei Ihrer Wahl speichern
command-close-plan = Plan schließen
    .tooltip = Den Plan schließen und zur Startseite zurückkehren
command-print-procedure = Sicherungsablauf drucken...
    .tooltip = Den Sicherungsablauf erstellen und drucken
command-compare-with-file = Mit anderer Plandatei vergleichen...
    .tooltip = Sehen, was sich zwischen einer anderen Plandatei, etwa der vom letzten Jahr, und diesem Plan geändert hat
command-export-procedure = Sicherungsablauf als PDF...
    .tooltip = Den Sicherungsablauf als PDF-Datei speichern
command-save-reminders = Kalendererinnerungen speichern...
    .tooltip = Die Überprüfung, Wiederherstellungstests, Protokollprüfungen und andere wiederkehrende Aufgaben als Serientermine mit Erinnerung speichern, die Sie in Ihrem Kalender öffnen können
command-import-logs = Sicherungsprotokolle importieren...
    .tooltip = Lesen, was die Sicherungsprogramme aufgezeichnet haben (restic, Borg, eine CSV-Datei), und den Plan damit abgleichen
command-quit = Beenden
    .tooltip = Backup Planner beenden
command-undo = Rückgängig
    .tooltip = Die letzte Änderung am Plan zurücknehmen
command-redo = Wiederholen
    .tooltip = Die zurückgenommene Änderung wieder ausführen
command-start-review = Jährliche Überprüfung starten
    .tooltip = Die 14 Schritte noch einmal durchgehen und mit der zuletzt abgezeichneten Fassung vergleichen
command-end-review = Überprüfung beenden
    .tooltip = Die Überprüfung beenden; Ihre Änderungen bleiben erhalten

## Progress through the steps.
steps-complete = { $done } von { $all ->
        [one] { $all } Schritt
       *[other] { $all } Schritten
    } erledigt

## Paper sizes.
paper-a4 = A4
paper-letter = US-Letter

## Phrases.
# Text said as it is: a name a person typed, or a list of names.
phrase-verbatim = { $text }

## The plan.
# What a plan without a title is called (in the title bar, the recent list, file names).
plan-untitled = Unbenannter Plan
