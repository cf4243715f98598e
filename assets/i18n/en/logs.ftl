## Backup logs: why a file could not be read, notes on how one was read, and what an
## import did. Shown in the window's import and printed by the command line's `import`.

## A file that could not be read as a backup log. $file is the file's path.

# "import PLAN.ron LOG..." is the command as typed: keep it as it is.
logs-plan-not-log = { $file } is a backup plan, not a log. (On the command line the plan comes first: import PLAN.ron LOG...)
# The file could not be opened or read; $error is what the computer said.
logs-file-error = { $file }: { $error }
# The formats read: keep the tools' names and their options (--json, --log-json) as
# they are; the words in the last brackets are the CSV file's column names (English).
logs-not-a-log = { $file } is not a backup log Backup Planner reads. It reads restic (backup, snapshots and restore with --json), Borg (create, list and info with --json, and --log-json lines), Duplicati's JSON report, Windows Server Backup and Veeam Agent events saved as XML, Synology Hyper Backup's log and its Log Center CSV, and the plain CSV of any other tool (started, job, result, duration, size).
logs-no-runs-nothing = { $file } is a log, but holds no backup run: it reports no backup, restore or check
# $count lines of the file could not be read.
logs-no-runs-unreadable = { $file } is a log, but holds no backup run: { $count ->
        [one] { $count } line could not be read
       *[other] { $count } lines could not be read
    }
# A CSV file: "job" and "system" are column names the file may use (English).
logs-no-runs-no-job-column = { $file } is a log, but holds no backup run: its header names no job or system column

## Notes under a file read, on how it was read.

logs-note-restic-no-time = This restic version does not write when a backup ran: the file's own date stands in for when it ended.
# $count runs were left out; $first and $last are years (1900, 2199).
logs-note-out-of-range = { $count ->
        [one] { $count } run
       *[other] { $count } runs
    } left out: dated before { $first } or after { $last }, which a plan does not hold (a computer's clock may have been wrong, or the log writes "never" as a date).
# $count durations or sizes the log gave could not be true.
logs-note-implausible = { $count ->
        [one] { $count } duration or size was left unknown
       *[other] { $count } durations or sizes were left unknown
    }: no backup takes more than a year or holds more than 100 petabytes.

## What an import did, a line each: the window's message after Import, and the command
## line's `import`.

# $runs runs were added, $known of those read were in the plan already, and $errors
# entries went to step 8's error log.
logs-summary-added = Added { $runs ->
        [one] { $runs } run
       *[other] { $runs } runs
    } ({ $known } in the plan already), { $errors ->
        [one] { $errors } entry
       *[other] { $errors } entries
    } to step 8's error log.
# As logs-summary-added, and a review of the period the logs cover went to step 11.
logs-summary-added-review = Added { $runs ->
        [one] { $runs } run
       *[other] { $runs } runs
    } ({ $known } in the plan already), { $errors ->
        [one] { $errors } entry
       *[other] { $errors } entries
    } to step 8's error log, and a review of the period to step 11.
# $count runs dated after today were left out.
logs-summary-future = { $count ->
        [one] { $count } run
       *[other] { $count } runs
    } left out: dated later than today, so a computer's clock was wrong when the log was written. Check the clock of the computer that makes the backups.
# $count runs were left out; $runs is the most runs a plan keeps of one job, $jobs the
# most jobs it keeps.
logs-summary-over-limit = { $count ->
        [one] { $count } run
       *[other] { $count } runs
    } left out: a plan keeps at most { $runs ->
        [one] { $runs } run
       *[other] { $runs } runs
    } of a job (the newest) and { $jobs ->
        [one] { $jobs } job
       *[other] { $jobs } jobs
    }.
# $entries is the most entries the error log holds; $count entries found had no room.
logs-summary-errors-full = Step 8's error log is full ({ $entries ->
        [one] { $entries } entry
       *[other] { $entries } entries
    }): { $count } more could not be added. Remove the old entries that were dealt with, then import again.
# Jobs of the logs matched to no system (in the window); $jobs are their names in the
# logs, separated by semicolons.
logs-summary-unmatched-window = Not matched to a system of step 1 (kept; import them again to match them): { $jobs }
# The same, printed by the command line; --system is the option as typed.
logs-summary-unmatched-command-line = Not matched to a system of step 1 (kept; match them in the app or with --system): { $jobs }
# What one system's runs show: $system is its name, $last the date and time of its last
# good backup, $found what is wrong (a list, or logs-summary-nothing-wrong).
logs-summary-health = { $system }: last good backup { $last }; { $found }
# As logs-summary-health, for a system with no good backup at all.
logs-summary-health-never = { $system }: last good backup none; { $found }
logs-summary-nothing-wrong = nothing wrong found

## What an import writes into the plan: step 8's error log and step 11's review of the
## logs. Worded in the plan's document language, as the plan's documents print them.

# A run that failed, for step 8's error log. $kind is what ran: backup, restore or check
# (keep these three keys as they are).
logs-entry-failed = { $kind ->
        [restore] The restore failed
        [check] The check failed
       *[backup] The backup failed
    }
# As logs-entry-failed, for a run that was cancelled.
logs-entry-cancelled = { $kind ->
        [restore] The restore was cancelled
        [check] The check was cancelled
       *[backup] The backup was cancelled
    }
# $what is logs-entry-failed or logs-entry-cancelled; $message is what the backup tool
# said about it, in its own words (often English).
logs-entry-with-message = { $what }: { $message }
# Runs missed against step 5's schedule, for step 8's error log: $from and $to are the
# dates of the runs before and after the gap; $hours how many hours apart step 5 expects
# backups.
logs-entry-missed-hours = No backup from { $from } to { $to }: step 5 expects one { $hours ->
        [one] every hour
       *[other] every { $hours } hours
    }
# As logs-entry-missed-hours, for a schedule of $days days (a week: 7).
logs-entry-missed-days = No backup from { $from } to { $to }: step 5 expects one every { $days } days
# Step 11's "period" column: the dates the imported runs cover, $first to $last.
logs-review-period = { $first } to { $last } (imported from the backup logs)
# As logs-review-period, when all the runs are of one day, $day.
logs-review-period-day = { $day } (imported from the backup logs)
# One thing wrong with a system's runs, in step 11's "anomalies" column: $system is the
# system's name, $anomaly what is wrong ("2 failed backups").
logs-review-anomaly = { $system }: { $anomaly }
# Joins the anomalies: $first is one, $rest the ones after it.
logs-review-and = { $first }; { $rest }
# $count runs of jobs the import could not match to a system of step 1 did not succeed.
logs-review-unmatched-failures = { $count ->
        [one] { $count } failed run of a job not matched to a system yet
       *[other] { $count } failed runs of jobs not matched to a system yet
    }
# Step 11's "anomalies" column when the imported runs show nothing wrong.
logs-review-none-found = None found: every run succeeded, as often as planned.
