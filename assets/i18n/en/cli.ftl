## The command line: `backup-planner --help`, and what `check`, `export`, `import` and
## `print` write in the terminal.

## `--help`: the explanation of each command, beside or below its synopsis (the command
## and its options as typed, the same in every language). The program wraps each to its
## column, so line breaks here do not matter. Options (--ics, --reminders) stay as typed.

cli-usage-heading = Usage:
cli-usage-window = open the app, optionally with a plan
cli-usage-export = write the plan's documents without a window: --ics is the training invitation's calendar file, --reminders every recurring duty (review, restore tests, log reviews...) as repeating calendar events
cli-usage-check = print the adviser's findings (as of today, or of the day given) and the storage estimate; exit status 1 when a finding is high, 2 when the plan cannot be read
cli-usage-import = read backup tools' logs (restic, Borg, CSV) into the plan: their runs, step 8's error log and a review in step 11; exit status 2 when no log could be read
cli-usage-print = print the procedure through the print system (CUPS); exit status 2 when the printer is unknown or no print system answers
# --lang, given to check, export, import, print or --help; its synopsis lists the
# languages' codes.
cli-usage-lang = with check, export, import, print or --help, before or after the command: the language to write in (the computer's unless given); export and print make the documents in it too, instead of the plan's document language
cli-usage-version = print the version

## Mistakes in the command typed. Options (--on, --help) and commands (check, export)
## stay as typed.

# $option is the option as typed.
cli-unknown-option = unknown option { $option }; try --help
cli-one-plan-at-most = give one plan file at most; try --help
# $command is the command as typed: check, export or print.
cli-one-plan = { $command } takes one plan file; try --help
# $command is the command as typed: export or print.
cli-needs-plan = { $command } needs a plan file; try --help
# $option is the option as typed (--paper), given without its value.
cli-needs-value = { $option } needs a value; try --help
cli-on-needs-date = --on needs a date; try --help
# $text is what was given after --on; the date stays written as the option takes it.
cli-on-not-a-date = --on takes a date like 2026-03-31, not { $text }
# $most is the most copies printed; $text is what was given.
cli-copies-not-a-number = --copies takes a number from 1 to { $most }, not { $text }
# $text is what was given after --pages.
cli-pages-not-pages = --pages takes a page or a range such as 1-3, not { $text }
# $text is what was given after --paper; a4 and letter stay as typed.
cli-paper-not-a-paper = --paper takes a4 or letter, not { $text }
# $code is what was given after --lang; $languages lists the codes there are, each with
# its language's name: "en (English), de (Deutsch)".
cli-unknown-language = --lang takes one of { $languages }, not { $code }
# --lang was given twice (before and after the command, or twice in a row).
cli-lang-twice = --lang is given twice; give it once, before or after the command
# --lang with no command: the window has a menu for its language; $menu is that menu's
# name (menu-language).
cli-lang-not-for-window = --lang goes with check, export, import, print or --help; the window's language is chosen in its { $menu } menu
cli-export-what = say what to export: --procedure, --invitation, --ics, --email or --reminders
cli-system-needs-name = --system needs a system's name; try --help
cli-import-needs-plan = import needs the plan file, then one or more log files; try --help
cli-import-needs-logs = import needs one or more log files after the plan; try --help

## `check`: the adviser's findings about a plan.

# The first line: $plan is the plan's title, $organisation the organisation's name, $date
# the day the plan is checked as of.
cli-check-heading = { $plan } ({ $organisation }), checked on { $date }
# As cli-check-heading, for a plan with no organisation's name.
cli-check-heading-no-organisation = { $plan }, checked on { $date }
cli-check-no-findings = No findings: the plan keeps to every check.
# $count findings; $summary counts them by severity: "2 high, 1 medium".
cli-check-findings = { $count ->
        [one] { $count } finding
       *[other] { $count } findings
    }: { $summary }
# A finding's first line: $severity (in capitals, padded to a column), $step the number
# of the step where it is fixed, $title what is wrong, $rule the rule's id (as typed, in
# English, for scripts).
cli-check-finding = { $severity }  Step { $step }  { $title }  [{ $rule }]
# $advice is what to do about a finding.
cli-check-what-to-do = What to do: { $advice }
# $controls are the controls of the standard a finding concerns: "8.13 Information backup".
cli-check-controls = ISO/IEC 27002:2022: { $controls }
# $estimate is the storage estimate, a sentence or two.
cli-check-storage = Storage: { $estimate }

## `export`: the plan's documents written without a window.

# A file written: $file is its path.
cli-wrote = wrote { $file }
cli-export-no-session = The plan has no training session yet (step 13), so there is no invitation to write.
# $option is the option as typed (--procedure), $file the file it names.
cli-export-is-the-plan = { $option } names the plan itself; a document is never written over its plan. Give the document a file name of its own. File: { $file }
cli-export-is-a-plan = { $option } names a file that holds a backup plan; a document is never written over a plan. Give the document a file name of its own. File: { $file }
# $first and $option are two options as typed that name the same $file.
cli-export-same-file = { $first } and { $option } name the same file; each document needs a file of its own. File: { $file }

## `import`: backup logs read into a plan. What the import did is in logs.ftl.

cli-import-nothing-read = No log could be read; the plan is unchanged.
# One log file read: $file is its path, $runs how many backup runs it holds, $jobs of
# how many backup jobs.
cli-import-file = { $file }: { $runs ->
        [one] { $runs } run
       *[other] { $runs } runs
    } of { $jobs ->
        [one] { $jobs } job
       *[other] { $jobs } jobs
    }
# As cli-import-file, and $skipped lines could not be read: $lines are the numbers of
# the first ten, then "..." if there are more.
cli-import-file-skipped = { $file }: { $runs ->
        [one] { $runs } run
       *[other] { $runs } runs
    } of { $jobs ->
        [one] { $jobs } job
       *[other] { $jobs } jobs
    }; { $skipped ->
        [one] { $skipped } line skipped (line { $lines })
       *[other] { $skipped } lines skipped (lines { $lines })
    }
# A job of the logs and the system it is taken to back up: $tool is the backup tool
# (restic, Borg), $job the job's name in its log, $system the system of step 1.
cli-import-match = { $tool } { $job } -> { $system }
# As cli-import-match, for a job matched to no system.
cli-import-no-match = { $tool } { $job } -> no system yet
# --system named no system of the plan: $name is the name given, $systems the names of
# the plan's systems.
cli-import-no-such-system = step 1 has no system called "{ $name }"; its systems are: { $systems }

## `print`: the procedure sent to the print system.

# --pages asked for none of the procedure's pages: $count is how many pages it has,
# $pages what --pages said ("5-7").
cli-print-no-such-pages = The procedure has { $count ->
        [one] { $count } page
       *[other] { $count } pages
    }; --pages { $pages } asks for none of them.
# The folder for the file handed to the printer could not be made: $error is what the
# computer said, $folder the folder.
cli-print-folder-error = { $error }: { $folder }
cli-print-no-folder = No private folder could be made in { $folder } ({ $error })

## Starting the window.

# $error is what the system said.
cli-no-window = could not open the window: { $error }
