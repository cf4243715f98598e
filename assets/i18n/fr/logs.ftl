## Backup logs: why a file could not be read, notes on how one was read, and what an
## import did. Shown in the window's import and printed by the command line's `import`.

## A file that could not be read as a backup log. $file is the file's path.

# "import PLAN.ron LOG..." is the command as typed: keep it as it is.
logs-plan-not-log = { $file } est un plan de sauvegarde, pas un journal. (En ligne de commande, le plan vient en premier : import PLAN.ron LOG...)
# The file could not be opened or read; $error is what the computer said.
logs-file-error = { $file } : { $error }
# The formats read: keep the tools' names and their options (--json, --log-json) as
# they are; the words in the last brackets are the CSV file's column names (English).
logs-not-a-log = { $file } n'est pas un journal de sauvegarde que Backup Planner sait lire. Il lit restic (backup, snapshots et restore avec --json), Borg (create, list et info avec --json, et les lignes --log-json), le rapport JSON de Duplicati, les événements de Windows Server Backup et de Veeam Agent enregistrés au format XML, le journal de Synology Hyper Backup et le CSV de son Log Center, ainsi que le CSV simple de tout autre outil (started, job, result, duration, size).
logs-no-runs-nothing = { $file } est un journal, mais ne contient aucune exécution de sauvegarde : il ne signale aucune sauvegarde, restauration ou vérification
# $count lines of the file could not be read.
logs-no-runs-unreadable = { $file } est un journal, mais ne contient aucune exécution de sauvegarde : { $count ->
        [one] { $count } ligne n'a pas pu être lue
       *[other] { $count } lignes n'ont pas pu être lues
    }
# A CSV file: "job" and "system" are column names the file may use (English).
logs-no-runs-no-job-column = { $file } est un journal, mais ne contient aucune exécution de sauvegarde : son en-tête ne nomme aucune colonne « job » ou « system »

## Notes under a file read, on how it was read.

logs-note-restic-no-time = Cette version de restic n'indique pas quand une sauvegarde a eu lieu : la date du fichier lui-même tient lieu d'heure de fin.
# $count runs were left out; $first and $last are years (1900, 2199).
logs-note-out-of-range = { $count ->
        [one] { $count } exécution laissée de côté : sa date est antérieure à { $first } ou postérieure à { $last }
       *[other] { $count } exécutions laissées de côté : leur date est antérieure à { $first } ou postérieure à { $last }
    }, des dates qu'un plan ne peut pas contenir (l'horloge d'un ordinateur était peut-être fausse, ou le journal écrit « jamais » sous forme de date).
# $count durations or sizes the log gave could not be true.
logs-note-implausible = { $count ->
        [one] { $count } durée ou taille a été considérée comme inconnue
       *[other] { $count } durées ou tailles ont été considérées comme inconnues
    } : aucune sauvegarde ne dure plus d'un an ni ne contient plus de 100 pétaoctets.

## What an import did, a line each: the window's message after Import, and the command
## line's `import`.

# $runs runs were added, $known of those read were in the plan already, and $errors
# entries went to step 8's error log.
logs-summary-added = { $runs ->
        [one] { $runs } exécution ajoutée
       *[other] { $runs } exécutions ajoutées
    } ({ $known } déjà dans le plan), { $errors ->
        [one] { $errors } entrée ajoutée
       *[other] { $errors } entrées ajoutées
    } au journal des erreurs de l'étape 8.
# As logs-summary-added, and a review of the period the logs cover went to step 11.
logs-summary-added-review = { $runs ->
        [one] { $runs } exécution ajoutée
       *[other] { $runs } exécutions ajoutées
    } ({ $known } déjà dans le plan), { $errors ->
        [one] { $errors } entrée ajoutée
       *[other] { $errors } entrées ajoutées
    } au journal des erreurs de l'étape 8, et un examen de la période ajouté à l'étape 11.
# $count runs dated after today were left out.
logs-summary-future = { $count ->
        [one] { $count } exécution laissée de côté : elle porte une date future
       *[other] { $count } exécutions laissées de côté : elles portent une date future
    }, l'horloge d'un ordinateur était donc fausse au moment où le journal a été écrit. Vérifiez l'horloge de l'ordinateur qui fait les sauvegardes.
# $count runs were left out; $runs is the most runs a plan keeps of one job, $jobs the
# most jobs it keeps.
logs-summary-over-limit = { $count ->
        [one] { $count } exécution laissée de côté
       *[other] { $count } exécutions laissées de côté
    } : un plan conserve au plus { $runs ->
        [one] { $runs } exécution
       *[other] { $runs } exécutions
    } par tâche (les plus récentes) et { $jobs ->
        [one] { $jobs } tâche
       *[other] { $jobs } tâches
    }.
# $entries is the most entries the error log holds; $count entries found had no room.
logs-summary-errors-full = Le journal des erreurs de l'étape 8 est plein ({ $entries ->
        [one] { $entries } entrée
       *[other] { $entries } entrées
    }) : { $count ->
        [one] { $count } entrée de plus n'a pas pu être ajoutée
       *[other] { $count } entrées de plus n'ont pas pu être ajoutées
    }. Supprimez les anciennes entrées déjà traitées, puis relancez l'importation.
# Jobs of the logs matched to no system (in the window); $jobs are their names in the
# logs, separated by semicolons.
logs-summary-unmatched-window = Tâches non rattachées à un système de l'étape 1 (conservées ; importez-les de nouveau pour les rattacher) : { $jobs }
# The same, printed by the command line; --system is the option as typed.
logs-summary-unmatched-command-line = Tâches non rattachées à un système de l'étape 1 (conservées ; rattachez-les dans l'application ou avec --system) : { $jobs }
# What one system's runs show: $system is its name, $last the date and time of its last
# good backup, $found what is wrong (a list, or logs-summary-nothing-wrong).
logs-summary-health = { $system } : dernière sauvegarde réussie le { $last } ; { $found }
# As logs-summary-health, for a system with no good backup at all.
logs-summary-health-never = { $system } : aucune sauvegarde réussie ; { $found }
logs-summary-nothing-wrong = aucun problème relevé

## What an import writes into the plan: step 8's error log and step 11's review of the
## logs. Worded in the plan's document language, as the plan's documents print them.

# A run that failed, for step 8's error log. $kind is what ran: backup, restore or check
# (keep these three keys as they are).
logs-entry-failed = { $kind ->
        [restore] La restauration a échoué
        [check] La vérification d'intégrité a échoué
       *[backup] La sauvegarde a échoué
    }
# As logs-entry-failed, for a run that was cancelled.
logs-entry-cancelled = { $kind ->
        [restore] La restauration a été annulée
        [check] La vérification d'intégrité a été annulée
       *[backup] La sauvegarde a été annulée
    }
# $what is logs-entry-failed or logs-entry-cancelled; $message is what the backup tool
# said about it, in its own words (often English).
logs-entry-with-message = { $what } : { $message }
# Runs missed against step 5's schedule, for step 8's error log: $from and $to are the
# dates of the runs before and after the gap; $hours how many hours apart step 5 expects
# backups.
logs-entry-missed-hours = Aucune sauvegarde du { $from } au { $to } : l'étape 5 en prévoit une { $hours ->
        [one] toutes les heures
       *[other] toutes les { $hours } heures
    }
# As logs-entry-missed-hours, for a schedule of $days days (a week: 7).
logs-entry-missed-days = Aucune sauvegarde du { $from } au { $to } : l'étape 5 en prévoit une tous les { $days } jours
# Step 11's "period" column: the dates the imported runs cover, $first to $last.
logs-review-period = du { $first } au { $last } (importé depuis les journaux de sauvegarde)
# As logs-review-period, when all the runs are of one day, $day.
logs-review-period-day = { $day } (importé depuis les journaux de sauvegarde)
# One thing wrong with a system's runs, in step 11's "anomalies" column: $system is the
# system's name, $anomaly what is wrong ("2 failed backups").
logs-review-anomaly = { $system } : { $anomaly }
# Joins the anomalies: $first is one, $rest the ones after it.
logs-review-and = { $first } ; { $rest }
# $count runs of jobs the import could not match to a system of step 1 did not succeed.
logs-review-unmatched-failures = { $count ->
        [one] { $count } exécution échouée d'une tâche pas encore rattachée à un système
       *[other] { $count } exécutions échouées de tâches pas encore rattachées à un système
    }
# Step 11's "anomalies" column when the imported runs show nothing wrong.
logs-review-none-found = Aucune anomalie : chaque exécution a réussi, aussi souvent que prévu.
