## The command line: `backup-planner --help`, and what `check`, `export`, `import` and
## `print` write in the terminal.

## `--help`: the explanation of each command, beside or below its synopsis (the command
## and its options as typed, the same in every language). The program wraps each to its
## column, so line breaks here do not matter. Options (--ics, --reminders) stay as typed.

cli-usage-heading = Aufruf:
cli-usage-window = das Programm öffnen, wahlweise mit einem Plan
cli-usage-export = die Dokumente des Plans ohne Fenster erstellen: --ics ist die Kalenderdatei der Einladung zur Schulung, --reminders enthält jede wiederkehrende Aufgabe (Überprüfung, Wiederherstellungstests, Protokollprüfungen...) als Serientermin im Kalender
cli-usage-check = die Hinweise des Beraters (Stand heute oder zum angegebenen Tag) und die Schätzung des Speicherbedarfs ausgeben; Exit-Status 1 bei einem hoch eingestuften Hinweis, 2, wenn der Plan nicht gelesen werden kann
cli-usage-import = Protokolle von Sicherungsprogrammen (restic, Borg, CSV) in den Plan einlesen: ihre Läufe, das Fehlerprotokoll von Schritt 8 und eine Prüfung in Schritt 11; Exit-Status 2, wenn kein Protokoll gelesen werden konnte
cli-usage-print = den Sicherungsablauf über das Drucksystem (CUPS) drucken; Exit-Status 2, wenn der Drucker unbekannt ist oder kein Drucksystem antwortet
# --lang, given to check, export, import, print or --help; its synopsis lists the
# languages' codes.
cli-usage-lang = mit check, export, import, print oder --help, vor oder nach dem Befehl: die Sprache der Ausgabe (ohne Angabe die des Computers); export und print erstellen auch die Dokumente in dieser Sprache statt in der Dokumentsprache des Plans
cli-usage-version = die Version ausgeben

## Mistakes in the command typed. Options (--on, --help) and commands (check, export)
## stay as typed.

# $option is the option as typed.
cli-unknown-option = unbekannte Option { $option }; siehe --help
cli-one-plan-at-most = geben Sie höchstens eine Plandatei an; siehe --help
# $command is the command as typed: check, export or print.
cli-one-plan = { $command } erwartet genau eine Plandatei; siehe --help
# $command is the command as typed: export or print.
cli-needs-plan = { $command } braucht eine Plandatei; siehe --help
# $option is the option as typed (--paper), given without its value.
cli-needs-value = { $option } braucht einen Wert; siehe --help
cli-on-needs-date = --on braucht ein Datum; siehe --help
# $text is what was given after --on; the date stays written as the option takes it.
cli-on-not-a-date = --on erwartet ein Datum wie 2026-03-31, nicht { $text }
# $most is the most copies printed; $text is what was given.
cli-copies-not-a-number = --copies erwartet eine Zahl von 1 bis { $most }, nicht { $text }
# $text is what was given after --pages.
cli-pages-not-pages = --pages erwartet eine Seite oder einen Bereich wie 1-3, nicht { $text }
# $text is what was given after --paper; a4 and letter stay as typed.
cli-paper-not-a-paper = --paper erwartet a4 oder letter, nicht { $text }
# $code is what was given after --lang; $languages lists the codes there are, each with
# its language's name: "en (English), de (Deutsch)".
cli-unknown-language = --lang erwartet einen der Codes { $languages }, nicht { $code }
# --lang was given twice (before and after the command, or twice in a row).
cli-lang-twice = --lang wurde zweimal angegeben; geben Sie es einmal an, vor oder nach dem Befehl
# --lang with no command: the window has a menu for its language; $menu is that menu's
# name (menu-language).
cli-lang-not-for-window = --lang gehört zu check, export, import, print oder --help; die Sprache des Fensters wählen Sie in seinem Menü { $menu }
cli-export-what = geben Sie an, was exportiert werden soll: --procedure, --invitation, --ics, --email oder --reminders
cli-system-needs-name = --system braucht den Namen eines Systems; siehe --help
cli-import-needs-plan = import braucht die Plandatei und danach eine oder mehrere Protokolldateien; siehe --help
cli-import-needs-logs = import braucht nach dem Plan eine oder mehrere Protokolldateien; siehe --help

## `check`: the adviser's findings about a plan.

# The first line: $plan is the plan's title, $organisation the organisation's name, $date
# the day the plan is checked as of.
cli-check-heading = { $plan } ({ $organisation }), geprüft am { $date }
# As cli-check-heading, for a plan with no organisation's name.
cli-check-heading-no-organisation = { $plan }, geprüft am { $date }
cli-check-no-findings = Keine Hinweise: Der Plan besteht jede Prüfung.
# $count findings; $summary counts them by severity: "2 high, 1 medium".
cli-check-findings = { $count ->
        [one] { $count } Hinweis
       *[other] { $count } Hinweise
    }: { $summary }
# A finding's first line: $severity (in capitals, padded to a column), $step the number
# of the step where it is fixed, $title what is wrong, $rule the rule's id (as typed, in
# English, for scripts).
cli-check-finding = { $severity }  Schritt { $step }  { $title }  [{ $rule }]
# $advice is what to do about a finding.
cli-check-what-to-do = Was zu tun ist: { $advice }
# $controls are the controls of the standard a finding concerns: "8.13 Information backup".
cli-check-controls = ISO/IEC 27002:2022: { $controls }
# $estimate is the storage estimate, a sentence or two.
cli-check-storage = Speicherbedarf: { $estimate }

## `export`: the plan's documents written without a window.

# A file written: $file is its path.
cli-wrote = { $file } geschrieben
cli-export-no-session = Der Plan hat noch keine Schulung (Schritt 13), daher gibt es keine Einladung zu erstellen.
# $option is the option as typed (--procedure), $file the file it names.
cli-export-is-the-plan = { $option } nennt die Plandatei selbst; ein Dokument überschreibt nie seinen Plan. Geben Sie dem Dokument einen eigenen Dateinamen. Datei: { $file }
cli-export-is-a-plan = { $option } nennt eine Datei, die einen Sicherungsplan enthält; ein Dokument überschreibt nie einen Plan. Geben Sie dem Dokument einen eigenen Dateinamen. Datei: { $file }
# $first and $option are two options as typed that name the same $file.
cli-export-same-file = { $first } und { $option } nennen dieselbe Datei; jedes Dokument braucht eine eigene Datei. Datei: { $file }

## `import`: backup logs read into a plan. What the import did is in logs.ftl.

cli-import-nothing-read = Es konnte kein Protokoll gelesen werden; der Plan ist unverändert.
# One log file read: $file is its path, $runs how many backup runs it holds, $jobs of
# how many backup jobs.
cli-import-file = { $file }: { $runs ->
        [one] { $runs } Lauf
       *[other] { $runs } Läufe
    } von { $jobs ->
        [one] { $jobs } Auftrag
       *[other] { $jobs } Aufträgen
    }
# As cli-import-file, and $skipped lines could not be read: $lines are the numbers of
# the first ten, then "..." if there are more.
cli-import-file-skipped = { $file }: { $runs ->
        [one] { $runs } Lauf
       *[other] { $runs } Läufe
    } von { $jobs ->
        [one] { $jobs } Auftrag
       *[other] { $jobs } Aufträgen
    }; { $skipped ->
        [one] { $skipped } Zeile übersprungen (Zeile { $lines })
       *[other] { $skipped } Zeilen übersprungen (Zeilen { $lines })
    }
# A job of the logs and the system it is taken to back up: $tool is the backup tool
# (restic, Borg), $job the job's name in its log, $system the system of step 1.
cli-import-match = { $tool } { $job } -> { $system }
# As cli-import-match, for a job matched to no system.
cli-import-no-match = { $tool } { $job } -> noch kein System
# --system named no system of the plan: $name is the name given, $systems the names of
# the plan's systems.
cli-import-no-such-system = Schritt 1 hat kein System namens „{ $name }“; seine Systeme sind: { $systems }

## `print`: the procedure sent to the print system.

# --pages asked for none of the procedure's pages: $count is how many pages it has,
# $pages what --pages said ("5-7").
cli-print-no-such-pages = Der Sicherungsablauf hat { $count ->
        [one] { $count } Seite
       *[other] { $count } Seiten
    }; --pages { $pages } wählt keine davon aus.
# The folder for the file handed to the printer could not be made: $error is what the
# computer said, $folder the folder.
cli-print-folder-error = { $error }: { $folder }
cli-print-no-folder = In { $folder } konnte kein privater Ordner angelegt werden ({ $error })

## Starting the window.

# $error is what the system said.
cli-no-window = das Fenster konnte nicht geöffnet werden: { $error }
