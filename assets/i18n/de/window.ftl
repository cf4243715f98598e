## The window around the steps: the start screen, the file menu's work (open, save,
## recovery, the file chooser), the print and preview dialog, the import of backup logs,
## and every question and message the window asks or gives.

## Questions and messages over the window. A message's .tooltip says what its button does.

dialog-ok = OK
# Stands for the plan's title when no plan is open, as in dialog-unsaved-text.
dialog-this-plan = Dieser Plan

## Saving failed: the reason (from the program) shows between the heading and the rest.
dialog-save-failed = Der Plan konnte nicht gespeichert werden
dialog-save-failed-nothing-lost = Es ist nichts verloren: Der Plan bleibt mit allen Änderungen geöffnet.
dialog-save-failed-save-as = Speichern unter...

## Unsaved work from a run that did not close properly.
dialog-recover = Ungespeicherte Arbeit wiederherstellen?
# $title is the plan's title, $file the plan's file (or dialog-recover-not-saved-yet),
# $date and $time when the copy was written.
dialog-recover-text = Backup Planner wurde beim letzten Mal nicht richtig beendet. Die ungespeicherten Änderungen an „{ $title }“ ({ $file }) sind erhalten geblieben, so wie sie am { $date } um { $time } waren.
# Stands for the file in dialog-recover-text when the plan had none.
dialog-recover-not-saved-yet = ein noch nicht gespeicherter Plan
dialog-recover-restore = Wiederherstellen
dialog-recover-discard = Verwerfen
    .tooltip = Die ungespeicherten Änderungen endgültig verwerfen

## Unsaved changes, before the plan is put away (closed, another opened, the app quit).
dialog-unsaved = Änderungen speichern?
# $title is the plan's title.
dialog-unsaved-text = „{ $title }“ hat Änderungen, die noch nicht gespeichert sind.
dialog-unsaved-save = Speichern
dialog-unsaved-discard = Änderungen verwerfen
dialog-unsaved-cancel = Abbrechen

## What changed between two plan files.
dialog-comparison-same = Die beiden Pläne stimmen inhaltlich überein.

## A plan shared with others: open somewhere else, or changed by someone else.
dialog-show-differences = Unterschiede anzeigen
    .tooltip = Was sich zwischen der Datei und dem Plan in diesem Fenster unterscheidet
dialog-reload-theirs = Version der Datei laden
    .tooltip = Ihre ungespeicherten Änderungen beiseitelegen und die Version aus der Datei anzeigen (mit „Rückgängig“ holen Sie Ihre Änderungen zurück)

dialog-in-use = Dieser Plan ist an anderer Stelle geöffnet
# Someone has the plan open in another window of this computer. $user is their user
# name, $name the plan file's name, $date and $time since when.
dialog-in-use-here = { $user } hat „{ $name }“ seit dem { $date } um { $time } in einem anderen Fenster von Backup Planner auf diesem Computer geöffnet.
# Someone has the plan open on another computer, called $computer. $user is their user
# name, $name the plan file's name, $date and $time since when.
dialog-in-use-elsewhere = { $user } hat „{ $name }“ seit dem { $date } um { $time } auf dem Computer { $computer } geöffnet. Wenn Backup Planner dort nicht mehr geöffnet ist (es wurde vielleicht beendet, ohne aufzuräumen), öffnen Sie den Plan trotzdem.
dialog-in-use-read-only = Schreibgeschützt öffnen
    .tooltip = Den Plan lesen; um Änderungen zu behalten, speichern Sie sie als neue Datei
dialog-in-use-anyway = Trotzdem öffnen
    .tooltip = Den Plan zum Bearbeiten öffnen. Wenn Sie beide speichern, fragt das zweite Speichern nach, bevor es das erste ersetzt.
dialog-in-use-cancel = Abbrechen
    .tooltip = Den Plan nicht öffnen

dialog-conflict = Jemand anderes hat diesen Plan geändert
# $title is the plan's title, $path its file.
dialog-conflict-text = „{ $title }“ wurde in einem anderen Fenster, auf einem anderen Computer oder von einem anderen Programm geändert, seit Sie den Plan geöffnet oder zuletzt gespeichert haben. Wenn Sie jetzt speichern, würden Sie die Änderungen der anderen ersetzen, deshalb wurde noch nichts gespeichert. Datei: { $path }
dialog-conflict-save-as = Als neue Datei speichern...
    .tooltip = Beide behalten: Ihre Version kommt in eine neue Datei
dialog-conflict-replace = Andere Version ersetzen
    .tooltip = Ihre Version über die Datei speichern; die andere Version bleibt als .bak-Datei daneben erhalten
dialog-conflict-cancel = Abbrechen
    .tooltip = Vorerst nichts tun

dialog-changed-on-disk = Die Datei dieses Plans wurde geändert
# $title is the plan's title; this window has unsaved changes.
dialog-changed-on-disk-unsaved = „{ $title }“ wurde von jemand anderem geändert, während der Plan hier geöffnet ist, und Sie haben ungespeicherte Änderungen. Beim Speichern werden Sie gefragt, bevor die Änderungen der anderen ersetzt werden.
# $title is the plan's title; this window has no unsaved changes.
dialog-changed-on-disk-saved = „{ $title }“ wurde von jemand anderem geändert, während der Plan hier geöffnet ist. Laden Sie ihn neu, um die neue Version zu sehen und damit weiterzuarbeiten.
dialog-changed-on-disk-keep-working = Weiterarbeiten
    .tooltip = Mit Ihren Änderungen weitermachen
dialog-changed-on-disk-reload = Neu laden
    .tooltip = Die neue Version der Datei anzeigen
dialog-changed-on-disk-not-now = Nicht jetzt
    .tooltip = Diese Version auf dem Bildschirm behalten

## A document the printer did not take. $details is the system's answer, in its own words.
dialog-print-failed-procedure = Der Sicherungsablauf konnte nicht gedruckt werden
dialog-print-failed-procedure-text =
    Dieser Computer hat keinen Drucker, den Backup Planner erreichen kann, und kein Programm, das das Dokument zum Drucken anzeigen kann. Speichern Sie den Sicherungsablauf als PDF an einem Ort, an dem Sie ihn wiederfinden (auf einem USB-Stick oder zum Versenden per E-Mail), und drucken Sie ihn aus einem anderen Programm oder an einem anderen Computer.

    Für die Person, die sich um Ihre Computer kümmert: { $details }
dialog-print-failed-invitation = Die Einladung konnte nicht gedruckt werden
dialog-print-failed-invitation-text =
    Dieser Computer hat keinen Drucker, den Backup Planner erreichen kann, und kein Programm, das das Dokument zum Drucken anzeigen kann. Speichern Sie die Einladung als PDF an einem Ort, an dem Sie sie wiederfinden (auf einem USB-Stick oder zum Versenden per E-Mail), und drucken Sie sie aus einem anderen Programm oder an einem anderen Computer.

    Für die Person, die sich um Ihre Computer kümmert: { $details }
dialog-print-failed-save-pdf = Als PDF speichern...
    .tooltip = Wählen, wo das Dokument als PDF aufbewahrt wird
dialog-print-failed-not-now = Nicht jetzt
    .tooltip = Diese Meldung schließen

## Signing off a review while some steps were not looked at.
dialog-unreviewed = Einige Schritte sind noch nicht überprüft
# $steps lists the steps, each as dialog-unreviewed-step, joined with "and".
dialog-unreviewed-text = Mit dem Abzeichnen bestätigen Sie, dass der ganze Plan in diesem Jahr erneut durchgesehen wurde. Noch nicht überprüft: { $steps }.
# One step in the list of dialog-unreviewed-text: its number and title.
dialog-unreviewed-step = { $number }. { $title }
dialog-unreviewed-go-back = Zurück zur Überprüfung
    .tooltip = Diese Schritte zuerst ansehen
dialog-unreviewed-sign-off = Trotzdem abzeichnen
    .tooltip = Die Fassung so festhalten, wie sie ist

## Making documents (the procedure, a training invitation, calendar files): saved,
## printed, or why not. $path is where the file was written.

making-preparing-procedure = Der Sicherungsablauf wird vorbereitet…
making-preparing-invitation = Die Einladung wird vorbereitet…
making-saved-procedure = Sicherungsablauf gespeichert
making-saved-invitation = Einladung gespeichert
making-saved-calendar = Kalenderdatei gespeichert
making-saved-as = Gespeichert als { $path }
making-not-saved-procedure = Der Sicherungsablauf konnte nicht gespeichert werden
making-not-saved-invitation = Die Einladung konnte nicht gespeichert werden
making-not-saved-calendar = Die Kalenderdatei konnte nicht gespeichert werden
making-not-made-procedure = Der Sicherungsablauf konnte nicht erstellt werden
making-not-made-invitation = Die Einladung konnte nicht erstellt werden
# $error is the system's answer, in its own words.
making-not-started = Das Programm konnte mit der Arbeit daran nicht beginnen: { $error }
making-went-wrong = Beim Aufbau der Seiten ist etwas schiefgegangen. Ihr Plan ist unverändert; bitte versuchen Sie es noch einmal.
making-print-not-made = Das Dokument zum Drucken konnte nicht erstellt werden
making-calendar-not-made = Die Kalenderdatei konnte nicht erstellt werden

# The titles of the dialogs that ask where to save a document.
making-ask-procedure = Sicherungsablauf exportieren
making-ask-invitation = Einladung zur Schulung speichern
making-ask-calendar = Kalenderdatei speichern
making-ask-reminders = Erinnerungen für Ihren Kalender speichern
# The kinds of file the save dialogs name.
making-kind-pdf = PDF-Dokument
making-kind-calendar = Kalenderdatei
# The ends of the file names suggested: "office-procedure.pdf". Letters, digits and
# dashes only, no spaces.
making-file-procedure = sicherungsablauf
making-file-invitation = einladung
making-file-calendar = schulung
making-file-reminders = erinnerungen

making-sent = An den Drucker gesendet
# $printer is the printer's name as the system calls it.
making-sent-procedure = Der Sicherungsablauf wurde an den Drucker { $printer } gesendet. Eine Kopie liegt unter { $path }
making-sent-procedure-default = Der Sicherungsablauf wurde an den Standarddrucker gesendet. Eine Kopie liegt unter { $path }
# $printer is the printer's name as the system calls it.
making-sent-invitation = Die Einladung wurde an den Drucker { $printer } gesendet. Eine Kopie liegt unter { $path }
making-sent-invitation-default = Die Einladung wurde an den Standarddrucker gesendet. Eine Kopie liegt unter { $path }
making-opened = Zum Drucken geöffnet
making-opened-procedure = Der Sicherungsablauf wurde in Ihrem PDF-Programm geöffnet: Drucken Sie ihn von dort aus. Die Datei liegt unter { $path }
making-opened-invitation = Die Einladung wurde in Ihrem PDF-Programm geöffnet: Drucken Sie sie von dort aus. Die Datei liegt unter { $path }

making-reminders-saved = Erinnerungen gespeichert
# $count is how many recurring duties (reviews, restore tests, ...) the file holds.
making-reminders-saved-text = Gespeichert als { $path }. Öffnen Sie diese Datei mit Ihrem Kalender (Thunderbird, Outlook, Apple Kalender), um { $count ->
        [one] { $count } Serientermin mit einer Erinnerung vorab hinzuzufügen. Wenn Sie später eine neuere Datei hinzufügen, wird er aktualisiert statt verdoppelt.
       *[other] { $count } Serientermine mit je einer Erinnerung vorab hinzuzufügen. Wenn Sie später eine neuere Datei hinzufügen, werden sie aktualisiert statt verdoppelt.
    }
making-reminders-not-saved = Die Erinnerungen konnten nicht gespeichert werden

## The print and preview dialog of a document: the options on one side, the pages as
## they will print on the other.

print-title-procedure = Sicherungsablauf drucken
print-title-procedure-pdf = Sicherungsablauf als PDF speichern
print-title-invitation = Einladung zur Schulung drucken
print-title-invitation-pdf = Einladung zur Schulung als PDF speichern

# $problem is why the pages could not be drawn, in the program's words.
print-no-preview = Keine Vorschau: { $problem }
print-preparing-preview = Die Vorschau wird vorbereitet…
# Which page of the preview shows: $page of $count pages.
print-page-of = Seite { $page } von { $count }
# What a screen reader says of the page's picture: $page of $count pages.
print-preview-of-page = Vorschau der Seite { $page } von { $count }
print-previous-page = Vorherige Seite
print-next-page = Nächste Seite
print-smaller = Kleiner
print-larger = Größer
# How large the page shows; $percent is a number.
print-zoom = { $percent } %

print-printer = Drucker
# The default printer in the list of printers; $printer is its name.
print-printer-default = { $printer } (Standard)
print-copies = Exemplare
print-pages = Seiten
print-pages-all = Alle
print-pages-some = Bestimmte Seiten
# What a screen reader calls the field for the pages to print (such as 1-3).
print-which-pages = Welche Seiten
print-sides = Beidseitig
print-both-sides = Auf beiden Seiten drucken
print-paper = Papier
# $most is the most copies one print asks for.
print-copies-wrong = Exemplare: eine Zahl von 1 bis { $most }
print-pages-wrong = Seiten: eine Seite wie 2 oder ein Bereich wie 1-3
print-pages-too-many = Seiten: So viele Seiten hat das Dokument nicht

print-print = Drucken
print-cancel = Abbrechen
print-open-in-viewer = Im PDF-Programm öffnen...
    .tooltip = Das Dokument in Ihrem PDF-Programm öffnen, um es von dort aus zu drucken
print-save-pdf = Als PDF speichern...
print-to-print = Drucken...
    .tooltip = Stattdessen drucken
print-save-explained = Die Vorschau zeigt das Dokument so, wie es gespeichert wird. Wählen Sie das Papier und dann, wo die Datei aufbewahrt werden soll.

print-no-printer = Auf diesem Computer ist kein Drucker eingerichtet.
# $why is the print system's answer, in its own words.
print-no-print-system = Auf diesem Computer hat kein Drucksystem geantwortet. { $why }
print-no-printer-explained = Sie können das Dokument in Ihrem PDF-Programm öffnen und von dort aus drucken oder es als PDF speichern, um es anderswo zu drucken.

## The window's title, and messages of the window itself.

# The window's title while no plan is open: the program's name.
window-title = Backup Planner
# The window's title with a plan open: $title is the plan's title, $file its file (as
# window-title-file, or window-title-not-saved).
window-title-plan = { $title } ({ $file }) - Backup Planner
# As window-title-plan, for a plan opened to read only.
window-title-plan-read-only = { $title } ({ $file }, schreibgeschützt) - Backup Planner
# The plan's file in the window's title: $name the file's name, $folder the folder it is in.
window-title-file = { $name } in { $folder }
window-title-not-saved = noch nicht gespeichert

window-settings-not-read = Die Einstellungen konnten nicht gelesen werden
# The settings file (where the app keeps the recent plans, the chosen language and the
# window's place) is not readable RON. $line and $column say where the mistake is, $reason
# is what is wrong there in the RON reader's words (English), $path is the settings file.
window-settings-mistake = Die Einstellungsdatei enthält einen Fehler in Zeile { $line }, Spalte { $column }: { $reason }. Einstellungsdatei: { $path }
# $size is the settings file's size in megabytes; $path is the settings file.
window-settings-too-large = Die Einstellungsdatei ist viel zu groß für die Einstellungen von Backup Planner ({ $size } MB). Einstellungsdatei: { $path }
# After window-settings-mistake (or another reason the settings file could not be read):
# the file was renamed to $kept (a full path), so that the recent plans it lists are not
# lost when the settings are saved again.
window-settings-kept-aside = Die Datei wurde als { $kept } aufbewahrt, mit der Liste der zuletzt verwendeten Pläne, und Backup Planner startet mit den üblichen Einstellungen.
# As window-settings-kept-aside, when the file could not be renamed either: $reason is why.
window-settings-left-alone = Die Datei bleibt unverändert, da sie nicht beiseitegelegt werden konnte ({ $reason }); jetzt geänderte Einstellungen werden nicht gespeichert, damit sie nicht überschrieben wird.
window-email-copied = E-Mail-Text kopiert
window-email-copied-text = Fügen Sie ihn in eine neue E-Mail an die Teilnehmenden ein.
window-mail-not-opened = Das E-Mail-Programm konnte nicht geöffnet werden
# $error is the system's answer, in its own words.
window-mail-not-opened-text = { $error }. Verwenden Sie stattdessen „E-Mail-Text kopieren“ und fügen Sie den Text in eine E-Mail ein.
window-open-a-plan-first = Öffnen Sie zuerst einen Plan
window-open-a-plan-first-text = Sicherungsprotokolle werden in einen Plan eingelesen: Öffnen oder beginnen Sie einen Plan, und ziehen Sie die Protokolle dann erneut hierher.

## The right of the menu bar: the plan's state, and the button of the findings panel.

window-save = 💾 Speichern
window-unsaved-changes = Ungespeicherte Änderungen
window-all-saved = Alle Änderungen gespeichert
# Shown when unsaved work cannot be kept aside against a crash; the reason shows on hover.
window-no-recovery-copy = ⚠ Keine Notfallkopie
# Shown when others who open the plan will not be told it is open here; the reason
# shows on hover.
window-not-locked = ⚠ Nicht gesperrt
# .tooltip: $user is the user name of whoever has the plan open.
window-read-only = Schreibgeschützt
    .tooltip = { $user } hat diesen Plan geöffnet. Um Änderungen zu behalten, speichern Sie sie als neue Datei.
# The button of the findings panel when the adviser found nothing.
window-findings-none = ✔ Hinweise
# The button of the findings panel when some findings are serious; $count is how many
# findings there are in all.
window-findings-high = ⚠ Hinweise ({ $count })
# The button of the findings panel; $count is how many findings there are. .panel is
# what a screen reader calls the button; in .panel and .tooltip, $summary counts the
# findings by severity.
window-findings = Hinweise ({ $count })
    .panel = Bereich „Hinweise“: { $summary }
    .tooltip = Die Hinweise des Beraters ein- oder ausblenden: { $summary }

## Opening, saving and comparing plan files, and plans shared with others. The reason a
## file could not be read or written shows under these headings, in the program's words.

files-not-opened = Der Plan konnte nicht geöffnet werden
files-example-not-opened = Der Beispielplan konnte nicht geöffnet werden
files-not-reloaded = Der Plan konnte nicht erneut gelesen werden
files-not-read = Die Datei des Plans konnte nicht gelesen werden
files-recent-not-saved = Die Liste der zuletzt verwendeten Pläne konnte nicht aktualisiert werden
files-compare-not-opened = Der Plan zum Vergleichen konnte nicht geöffnet werden
# The title of the dialog that asks where to save the plan.
files-ask-save = Sicherungsplan speichern
# The kind of file the save dialog names.
files-kind-plan = Sicherungsplan
files-saved-with-note = Gespeichert, mit einer Anmerkung

# The headings of what changed between two plans. $name is the other plan's file name.
files-compare-with-file = Änderungen von { $name } zu diesem Plan
files-compare-with-disk = Von der gespeicherten Datei zum Plan in diesem Fenster

files-read-only = Dieser Plan ist schreibgeschützt geöffnet
# $user is the user name of whoever has the plan open.
files-read-only-text = { $user } hat diesen Plan geöffnet, deshalb ist er hier nur zum Lesen geöffnet. Speichern Sie ihn als neue Datei: Wählen Sie einen anderen Namen.
files-taken = Diese Plandatei ist an anderer Stelle geöffnet
# $in_use says who has the plan open, where and since when (dialog-in-use-here or
# dialog-in-use-elsewhere).
files-taken-text = { $in_use } Wenn Sie darüber speichern, würden Sie die Datei überschreiben, an der diese Person gerade arbeitet: Wählen Sie einen anderen Namen.
# Shown on hover over "Not locked" in the menu bar; $error is the system's answer.
files-not-locked = Andere, die diesen Plan öffnen, erfahren nicht, dass er hier geöffnet ist: { $error }. Beim Speichern wird trotzdem nachgefragt, bevor Änderungen der anderen ersetzt werden.
# Shown on hover over "Not locked" in the menu bar; $user is the user name of whoever
# opened the plan.
files-lock-taken = { $user } hat diesen Plan geöffnet, gerade als er gespeichert wurde, deshalb hat dieses Fenster keine Sperre.

## Signing off the yearly review.
# $revision is the number of the revision signed off.
files-signed-off = Fassung { $revision } abgezeichnet
# $date is when the next review is due.
files-signed-off-text = Die Überprüfung ist mit ihren Änderungen festgehalten. Die nächste Überprüfung ist bis zum { $date } fällig. Speichern Sie den Plan und drucken Sie dann den Sicherungsablauf erneut zum Unterschreiben aus.
files-signed-off-text-no-date = Die Überprüfung ist mit ihren Änderungen festgehalten. Für die nächste Überprüfung ist noch kein Datum festgelegt. Speichern Sie den Plan und drucken Sie dann den Sicherungsablauf erneut zum Unterschreiben aus.

## Importing backup logs: the preview of what each file holds, and which system each
## backup job is taken to back up.

import-heading = Sicherungsprotokolle importieren
import-nothing-read = Es konnte kein Sicherungsprotokoll gelesen werden
# $problems lists why each file could not be read, a line each, in the program's words.
import-nothing-read-text =
    { $problems }

    Der Plan ist unverändert.
# One file read: $name its name, $runs how many backup runs it holds, $jobs of how many
# backup jobs.
import-file = { $name }: { $runs ->
        [one] { $runs } Lauf
       *[other] { $runs } Läufe
    } von { $jobs ->
        [one] { $jobs } Auftrag
       *[other] { $jobs } Aufträgen
    }
# As import-file, and $skipped lines of the file could not be read.
import-file-skipped = { $name }: { $runs ->
        [one] { $runs } Lauf
       *[other] { $runs } Läufe
    } von { $jobs ->
        [one] { $jobs } Auftrag
       *[other] { $jobs } Aufträgen
    }; { $skipped ->
        [one] { $skipped } Zeile konnte nicht gelesen werden und wurde übersprungen
       *[other] { $skipped } Zeilen konnten nicht gelesen werden und wurden übersprungen
    }
import-systems = Welches System jeder Auftrag sichert
# What a screen reader calls the list of systems beside a job; $job is the backup tool
# and the job's name, such as "restic nightly".
import-system-of = System von { $job }
import-no-system = System wählen: Bis dahin erscheinen seine Läufe nirgends
# Beside a system the program guessed for a job.
import-guess = (vermutet: bitte prüfen)
import-explained = Es ändert sich nichts, bis Sie auf „Importieren“ klicken. Die Läufe werden im Plan aufbewahrt; Fehler und Lücken kommen in das Fehlerprotokoll von Schritt 8, eine Prüfung des Zeitraums in Schritt 11. Mit „Rückgängig“ nehmen Sie den ganzen Import zurück.
import-import = Importieren
import-cancel = Abbrechen
import-done = Sicherungsprotokolle importiert

## The program's own file chooser, shown where the system's cannot be (the heading is
## that of the dialog it stands in for).

chooser-open-plan = Sicherungsplan öffnen
chooser-import-log = Sicherungsprotokoll importieren
# .tooltip: $why is the system's answer when asked for its file chooser, in its own words.
chooser-explained = Die Dateiauswahl des Systems konnte auf diesem Computer nicht angezeigt werden, deshalb bietet Backup Planner eine eigene an: Geben Sie den vollständigen Pfad der Datei ein.
    .tooltip = Die Antwort des Systems: { $why }
# .hint is an example of a file's full name, shown in the empty field.
chooser-file-name = Dateiname
    .hint = /home/name/Dokumente/sicherungsplan.ron
chooser-files = Dateien in diesem Ordner:
chooser-files-to-save-over = Dateien dieser Art, die schon in diesem Ordner liegen (wenn Sie über eine davon speichern, wird sie ersetzt):
chooser-save = Speichern
chooser-open = Öffnen
chooser-cancel = Abbrechen

## Copies of unsaved work, kept aside against a crash. $error is the program's reason.

recovery-unreadable = Eine Notfallkopie konnte nicht gelesen werden
# $path is where the copy was set aside.
recovery-unreadable-text = { $error } Sie wurde als { $path } beiseitegelegt und wird nicht noch einmal angeboten.
# Shown on hover over "No recovery copy" in the menu bar.
recovery-not-started = Für den Fall eines Absturzes kann keine Notfallkopie der ungespeicherten Arbeit angelegt werden ({ $error }); speichern Sie oft.
# Shown on hover over "No recovery copy" in the menu bar.
recovery-not-written = Die Notfallkopie der ungespeicherten Arbeit für den Fall eines Absturzes konnte nicht geschrieben werden: { $error }. Speichern Sie oft.
recovery-without-file = Ohne Datei wiederhergestellt
recovery-without-file-text = Die Arbeit ist wieder da, aber diese Kopie verrät nicht, in welchem Ordner die Plandatei lag. Wählen Sie mit „Speichern unter...“, wo sie hingehört.

## The start screen: begin a plan, open one, or pick up a recent one.

# The program's name, large at the top.
start-title = Backup Planner
start-what-it-does = Planen Sie die Datensicherung Ihres Büros Schritt für Schritt, drucken Sie den Sicherungsablauf aus und überprüfen Sie ihn einmal im Jahr.
start-recent = Zuletzt verwendete Pläne
start-recent-none = Pläne, die Sie öffnen oder speichern, erscheinen hier.
# The headings of the columns of the recent plans.
start-plan = Plan
start-file = Datei
start-last-saved = Zuletzt gespeichert
start-next-review = Nächste Überprüfung
# A recent plan: $title is its title, $organisation the office it is for.
start-plan-of = { $title } ({ $organisation })
start-open = Diesen Plan öffnen
# A recent plan's file that is no longer there; $file is where it was.
start-missing = { $file } (fehlt)
    .tooltip = Diese Datei ist nicht mehr da: Sie wurde verschoben, umbenannt oder gelöscht.
start-forget = Entfernen
    .tooltip = Aus dieser Liste entfernen; die Datei selbst bleibt unberührt
# When a plan was last saved: $date the day, $time the hour and minute.
start-saved-at = { $date } { $time }
# $date is when the plan's next review is due.
start-review-overdue = { $date }, Überprüfung überfällig
# $date is when the plan's next review is due.
start-review-soon = { $date }, Überprüfung bald fällig
start-review-not-set = nicht festgelegt
