## Help: the guide inside the app, the keyboard shortcuts and About.

## The Help menu's items, which are also the titles of their windows.
help-guide = Anleitung
help-shortcuts = Tastenkürzel
help-about = Über Backup Planner

## The guide. The names of menus and commands in it ("New plan", "File > Print
## procedure...", "Start yearly review") are written as the menus say them.
help-guide-intro = Backup Planner hilft Ihnen, die Sicherungen Ihres Büros zu planen, aufzuschreiben und auf dem neuesten Stand zu halten. Das Programm erstellt selbst keine Sicherungen: Es liefert den Plan, die Aufzeichnungen und den gedruckten Sicherungsablauf dazu.
help-first-plan = Ihr erster Plan
help-first-plan-text = Wählen Sie „Neuer Plan“ und gehen Sie die 14 Schritte in der Liste links durch; ein Häkchen zeigt einen erledigten Schritt. Sobald die Wiederherstellungstests eingetragen sind (Schritt 9), bitten Sie um die Freigabe (Schritt 10), drucken dann den Sicherungsablauf („Datei > Sicherungsablauf drucken...“) und verschicken die Einladungen zur Schulung aus Schritt 13. Speichern Sie den Plan dort, wo das Büro seine Dokumente aufbewahrt.
help-review = Die jährliche Überprüfung
help-review-text = Die Startseite zeigt für jeden Plan das Datum der nächsten Überprüfung; überfällige sind markiert. Öffnen Sie den Plan und wählen Sie „Jährliche Überprüfung starten“: Jeder Schritt zeigt, was beim letzten Mal entschieden wurde; bestätigen oder ändern Sie es, und zeichnen Sie die Überprüfung zum Schluss ab. Der Plan erhält eine neue Fassung, und der Sicherungsablauf kann neu gedruckt werden.
help-between = Zwischendurch
help-between-text = Tragen Sie einen Wiederherstellungstest, eine Protokollprüfung, eine Schulung oder ein Sicherungsergebnis in seinem Schritt ein, sobald es stattfindet. „Datei > Sicherungsprotokolle importieren...“ liest, was die Sicherungsprogramme aufgezeichnet haben, und zeigt, was schiefgelaufen ist; „Datei > Kalendererinnerungen speichern...“ bringt jede wiederkehrende Aufgabe in Ihren eigenen Kalender.
# A heading, above the title and guidance of each of the 14 steps.
help-steps = Die 14 Schritte
help-adviser = Der Berater
help-adviser-text = Während Sie den Plan ausfüllen, vergleicht der Berater im Bereich „Hinweise“ Ihre Entscheidungen mit bewährter Praxis (ISO/IEC 27002) und sagt in einfachen Worten, was sich verbessern lässt, das Wichtigste zuerst. Klicken Sie auf einen Hinweis, um zu seinem Schritt zu gelangen. Gesetzliche Aufbewahrungsfristen sind Vorgaben, die Sie bestätigen sollten, keine Rechtsberatung.
help-files = Die Dateien des Programms
# ".ron", ".ron.bak" and ".~lock.NAME#" are the endings of the files' names: keep them
# as they are.
help-files-text = Der Plan ist eine einzige Datei mit der Endung .ron, dort gespeichert, wo Sie sie ablegen; der Stand vor jedem Speichern bleibt daneben als .ron.bak erhalten. Solange ein Plan geöffnet ist, zeigt eine kleine Datei daneben (.~lock.NAME#) Ihren Kolleginnen und Kollegen, wer ihn geöffnet hat. Alle paar Sekunden wird eine Notfallkopie der ungespeicherten Arbeit angelegt, damit nichts verloren geht, wenn der Computer plötzlich ausgeht.

## The keyboard shortcuts.

# Two keys that do the same ("Ctrl+Z or Alt+Backspace").
help-keys-either = { $first } oder { $second }
help-keys-text = Tab springt zum nächsten Feld und Umschalt+Tab zurück; die Eingabetaste öffnet eine Auswahlliste, und mit den Pfeiltasten wählen Sie darin aus. In einem Textfeld wirken die Tastenkürzel für Rückgängig und Wiederholen zuerst auf die Eingaben in diesem Feld.

## About.

# The program's name and $version, its version number ("1.2.0").
help-about-version = Backup Planner { $version }
help-about-description = Die Sicherungen eines kleinen Büros planen, dokumentieren und überprüfen, in einem an ISO/IEC 27002 ausgerichteten Ablauf mit 14 Schritten
help-licences = Lizenzen
# The names of the licences and fonts stay as they are.
help-licences-text = Backup Planner ist freie Software unter der MIT-Lizenz oder der Apache-Lizenz 2.0, nach Ihrer Wahl. Die gedruckten Dokumente verwenden die Schriften Noto Sans (Lateinisch, Griechisch, Kyrillisch, Arabisch, Hebräisch; Copyright Google) unter der SIL Open Font License 1.1. Das Fenster verwendet die Schriften von egui: Ubuntu Light (Ubuntu Font Licence 1.0), Hack (MIT- und Bitstream-Vera-Lizenz) und Noto Emoji (SIL Open Font License 1.1). Die Dokumente werden mit typst (Apache 2.0) gesetzt. Jede weitere Bibliothek behält ihre eigene Lizenz, die beim Quellcode aufgeführt ist.
# The heading of a list of the app's own folders, each with its path beside it (in the
# guide and in About).
help-places = Wo was gespeichert wird
# In place of a folder's path, when the computer has no folder for it.
help-place-not-kept = nicht gespeichert: Das System hat dafür keinen Ordner
help-place-settings = Einstellungen und zuletzt verwendete Pläne
help-place-recovery = Notfallkopien ungespeicherter Arbeit
help-place-print = Zum Drucken gesendete Dokumente
