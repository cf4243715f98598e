## The command line: `backup-planner --help`, and what `check`, `export`, `import` and
## `print` write in the terminal.

## `--help`: the explanation of each command, beside or below its synopsis (the command
## and its options as typed, the same in every language). The program wraps each to its
## column, so line breaks here do not matter. Options (--ics, --reminders) stay as typed.

cli-usage-heading = Utilisation :
cli-usage-window = ouvrir l'application, avec un plan si vous le souhaitez
cli-usage-export = écrire les documents du plan sans ouvrir de fenêtre : --ics est le fichier de calendrier de l'invitation à la formation, --reminders chaque rendez-vous régulier (revue, tests de restauration, examens des journaux...) sous forme d'événements récurrents du calendrier
cli-usage-check = afficher les constats du conseiller (à la date du jour, ou à la date indiquée) et l'estimation de l'espace de stockage ; code de sortie 1 si un constat est de gravité élevée, 2 si le plan ne peut pas être lu
cli-usage-import = importer dans le plan les journaux des outils de sauvegarde (restic, Borg, CSV) : leurs exécutions, le journal des erreurs de l'étape 8 et un examen à l'étape 11 ; code de sortie 2 si aucun journal n'a pu être lu
cli-usage-print = imprimer la procédure par le système d'impression (CUPS) ; code de sortie 2 si l'imprimante est inconnue ou si aucun système d'impression ne répond
# --lang, given to check, export, import, print or --help; its synopsis lists the
# languages' codes.
cli-usage-lang = avec check, export, import, print ou --help, avant ou après la commande : la langue dans laquelle écrire (celle de l'ordinateur si elle n'est pas indiquée) ; export et print rédigent aussi les documents dans cette langue, au lieu de la langue des documents du plan
cli-usage-version = afficher la version

## Mistakes in the command typed. Options (--on, --help) and commands (check, export)
## stay as typed.

# $option is the option as typed.
cli-unknown-option = option inconnue : { $option } ; essayez --help
cli-one-plan-at-most = indiquez au plus un fichier de plan ; essayez --help
# $command is the command as typed: check, export or print.
cli-one-plan = { $command } attend un seul fichier de plan ; essayez --help
# $command is the command as typed: export or print.
cli-needs-plan = { $command } a besoin d'un fichier de plan ; essayez --help
# $option is the option as typed (--paper), given without its value.
cli-needs-value = { $option } attend une valeur ; essayez --help
cli-on-needs-date = --on attend une date ; essayez --help
# $text is what was given after --on; the date stays written as the option takes it.
cli-on-not-a-date = --on attend une date comme 2026-03-31, et non { $text }
# $most is the most copies printed; $text is what was given.
cli-copies-not-a-number = --copies attend un nombre de 1 à { $most }, et non { $text }
# $text is what was given after --pages.
cli-pages-not-pages = --pages attend une page ou une plage comme 1-3, et non { $text }
# $text is what was given after --paper; a4 and letter stay as typed.
cli-paper-not-a-paper = --paper attend a4 ou letter, et non { $text }
# $code is what was given after --lang; $languages lists the codes there are, each with
# its language's name: "en (English), de (Deutsch)".
cli-unknown-language = --lang attend l'un des codes { $languages }, et non { $code }
# --lang was given twice (before and after the command, or twice in a row).
cli-lang-twice = --lang est donné deux fois ; donnez-le une seule fois, avant ou après la commande
# --lang with no command: the window has a menu for its language; $menu is that menu's
# name (menu-language).
cli-lang-not-for-window = --lang s'emploie avec check, export, import, print ou --help ; la langue de la fenêtre se choisit dans son menu { $menu }
cli-export-what = indiquez ce qu'il faut exporter : --procedure, --invitation, --ics, --email ou --reminders
cli-system-needs-name = --system attend le nom d'un système ; essayez --help
cli-import-needs-plan = import attend le fichier du plan, puis un ou plusieurs fichiers journaux ; essayez --help
cli-import-needs-logs = import attend un ou plusieurs fichiers journaux après le plan ; essayez --help

## `check`: the adviser's findings about a plan.

# The first line: $plan is the plan's title, $organisation the organisation's name, $date
# the day the plan is checked as of.
cli-check-heading = { $plan } ({ $organisation }), vérifié au { $date }
# As cli-check-heading, for a plan with no organisation's name.
cli-check-heading-no-organisation = { $plan }, vérifié au { $date }
cli-check-no-findings = Aucun constat : le plan satisfait à toutes les vérifications.
# $count findings; $summary counts them by severity: "2 high, 1 medium".
cli-check-findings = { $count ->
        [one] { $count } constat
       *[other] { $count } constats
    } : { $summary }
# A finding's first line: $severity (in capitals, padded to a column), $step the number
# of the step where it is fixed, $title what is wrong, $rule the rule's id (as typed, in
# English, for scripts).
cli-check-finding = { $severity }  Étape { $step }  { $title }  [{ $rule }]
# $advice is what to do about a finding.
cli-check-what-to-do = À faire : { $advice }
# $controls are the controls of the standard a finding concerns: "8.13 Information backup".
cli-check-controls = ISO/IEC 27002:2022 : { $controls }
# $estimate is the storage estimate, a sentence or two.
cli-check-storage = Stockage : { $estimate }

## `export`: the plan's documents written without a window.

# A file written: $file is its path.
cli-wrote = fichier écrit : { $file }
cli-export-no-session = Le plan n'a pas encore de séance de formation (étape 13) : il n'y a donc pas d'invitation à écrire.
# $option is the option as typed (--procedure), $file the file it names.
cli-export-is-the-plan = { $option } désigne le plan lui-même ; un document n'est jamais écrit par-dessus son plan. Donnez au document un nom de fichier qui lui soit propre. Fichier : { $file }
cli-export-is-a-plan = { $option } désigne un fichier qui contient un plan de sauvegarde ; un document n'est jamais écrit par-dessus un plan. Donnez au document un nom de fichier qui lui soit propre. Fichier : { $file }
# $first and $option are two options as typed that name the same $file.
cli-export-same-file = { $first } et { $option } désignent le même fichier ; chaque document a besoin de son propre fichier. Fichier : { $file }

## `import`: backup logs read into a plan. What the import did is in logs.ftl.

cli-import-nothing-read = Aucun journal n'a pu être lu ; le plan n'a pas changé.
# One log file read: $file is its path, $runs how many backup runs it holds, $jobs of
# how many backup jobs.
cli-import-file = { $file } : { $runs ->
        [one] { $runs } exécution
       *[other] { $runs } exécutions
    } de { $jobs ->
        [one] { $jobs } tâche
       *[other] { $jobs } tâches
    }
# As cli-import-file, and $skipped lines could not be read: $lines are the numbers of
# the first ten, then "..." if there are more.
cli-import-file-skipped = { $file } : { $runs ->
        [one] { $runs } exécution
       *[other] { $runs } exécutions
    } de { $jobs ->
        [one] { $jobs } tâche
       *[other] { $jobs } tâches
    } ; { $skipped ->
        [one] { $skipped } ligne ignorée (ligne { $lines })
       *[other] { $skipped } lignes ignorées (lignes { $lines })
    }
# A job of the logs and the system it is taken to back up: $tool is the backup tool
# (restic, Borg), $job the job's name in its log, $system the system of step 1.
cli-import-match = { $tool } { $job } -> { $system }
# As cli-import-match, for a job matched to no system.
cli-import-no-match = { $tool } { $job } -> pas encore de système
# --system named no system of the plan: $name is the name given, $systems the names of
# the plan's systems.
cli-import-no-such-system = l'étape 1 n'a aucun système nommé « { $name } » ; ses systèmes sont : { $systems }

## `print`: the procedure sent to the print system.

# --pages asked for none of the procedure's pages: $count is how many pages it has,
# $pages what --pages said ("5-7").
cli-print-no-such-pages = La procédure compte { $count ->
        [one] { $count } page
       *[other] { $count } pages
    } ; --pages { $pages } ne correspond à aucune d'entre elles.
# The folder for the file handed to the printer could not be made: $error is what the
# computer said, $folder the folder.
cli-print-folder-error = { $error } : { $folder }
cli-print-no-folder = Impossible de créer un dossier privé dans { $folder } ({ $error })

## Starting the window.

# $error is what the system said.
cli-no-window = impossible d'ouvrir la fenêtre : { $error }
