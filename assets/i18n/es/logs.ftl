## Backup logs: why a file could not be read, notes on how one was read, and what an
## import did. Shown in the window's import and printed by the command line's `import`.

## A file that could not be read as a backup log. $file is the file's path.

# "import PLAN.ron LOG..." is the command as typed: keep it as it is.
logs-plan-not-log = { $file } es un plan de copias de seguridad, no un registro de copias. (En la línea de comandos, el plan va primero: import PLAN.ron LOG...)
# The file could not be opened or read; $error is what the computer said.
logs-file-error = { $file }: { $error }
# The formats read: keep the tools' names and their options (--json, --log-json) as
# they are; the words in the last brackets are the CSV file's column names (English).
logs-not-a-log = { $file } no es un registro de copias que Backup Planner sepa leer. Backup Planner lee restic (backup, snapshots y restore con --json), Borg (create, list e info con --json, y las líneas de --log-json), el informe JSON de Duplicati, los eventos de Windows Server Backup y de Veeam Agent guardados como XML, el registro de Synology Hyper Backup y su CSV de Log Center, y el CSV sencillo de cualquier otra herramienta (started, job, result, duration, size).
logs-no-runs-nothing = { $file } es un registro, pero no contiene ninguna ejecución de copia: no informa de ninguna copia, restauración ni comprobación
# $count lines of the file could not be read.
logs-no-runs-unreadable = { $file } es un registro, pero no contiene ninguna ejecución de copia: { $count ->
        [one] { $count } línea no se ha podido leer
       *[other] { $count } líneas no se han podido leer
    }
# A CSV file: "job" and "system" are column names the file may use (English).
logs-no-runs-no-job-column = { $file } es un registro, pero no contiene ninguna ejecución de copia: su encabezado no tiene ninguna columna job ni system

## Notes under a file read, on how it was read.

logs-note-restic-no-time = Esta versión de restic no anota cuándo se hizo la copia: se toma la fecha del propio archivo como el momento en que terminó.
# $count runs were left out; $first and $last are years (1900, 2199).
logs-note-out-of-range = { $count ->
        [one] Se ha omitido { $count } ejecución con fecha anterior a { $first } o posterior a { $last }
       *[other] Se han omitido { $count } ejecuciones con fecha anterior a { $first } o posterior a { $last }
    }, fechas que un plan no admite (puede que el reloj de un ordenador estuviera mal, o que el registro escriba «nunca» como fecha).
# $count durations or sizes the log gave could not be true.
logs-note-implausible = { $count ->
        [one] { $count } valor de duración o tamaño se ha dejado como desconocido
       *[other] { $count } valores de duración o tamaño se han dejado como desconocidos
    }: ninguna copia tarda más de un año ni ocupa más de 100 petabytes.

## What an import did, a line each: the window's message after Import, and the command
## line's `import`.

# $runs runs were added, $known of those read were in the plan already, and $errors
# entries went to step 8's error log.
logs-summary-added = Se han añadido { $runs ->
        [one] { $runs } ejecución
       *[other] { $runs } ejecuciones
    } (ya había { $known } en el plan) y { $errors ->
        [one] { $errors } entrada
       *[other] { $errors } entradas
    } al registro de errores del paso 8.
# As logs-summary-added, and a review of the period the logs cover went to step 11.
logs-summary-added-review = Se han añadido { $runs ->
        [one] { $runs } ejecución
       *[other] { $runs } ejecuciones
    } (ya había { $known } en el plan), { $errors ->
        [one] { $errors } entrada
       *[other] { $errors } entradas
    } al registro de errores del paso 8 y una revisión del periodo al paso 11.
# $count runs dated after today were left out.
logs-summary-future = { $count ->
        [one] Se ha omitido { $count } ejecución con fecha posterior a hoy
       *[other] Se han omitido { $count } ejecuciones con fecha posterior a hoy
    }: el reloj de un ordenador estaba mal cuando se escribió el registro. Compruebe el reloj del ordenador que hace las copias de seguridad.
# $count runs were left out; $runs is the most runs a plan keeps of one job, $jobs the
# most jobs it keeps.
logs-summary-over-limit = { $count ->
        [one] Se ha omitido { $count } ejecución
       *[other] Se han omitido { $count } ejecuciones
    }: un plan conserva como máximo { $runs ->
        [one] { $runs } ejecución
       *[other] { $runs } ejecuciones
    } de cada trabajo de copia (las más recientes) y { $jobs ->
        [one] { $jobs } trabajo de copia
       *[other] { $jobs } trabajos de copia
    }.
# $entries is the most entries the error log holds; $count entries found had no room.
logs-summary-errors-full = El registro de errores del paso 8 está lleno ({ $entries ->
        [one] { $entries } entrada
       *[other] { $entries } entradas
    }): { $count ->
        [one] no se ha podido añadir { $count } más
       *[other] no se han podido añadir { $count } más
    }. Elimine las entradas antiguas que ya estén resueltas y vuelva a importar.
# Jobs of the logs matched to no system (in the window); $jobs are their names in the
# logs, separated by semicolons.
logs-summary-unmatched-window = Trabajos de copia sin asignar a ningún sistema del paso 1 (se conservan; vuelva a importarlos para asignarlos): { $jobs }
# The same, printed by the command line; --system is the option as typed.
logs-summary-unmatched-command-line = Trabajos de copia sin asignar a ningún sistema del paso 1 (se conservan; asígnelos en la aplicación o con --system): { $jobs }
# What one system's runs show: $system is its name, $last the date and time of its last
# good backup, $found what is wrong (a list, or logs-summary-nothing-wrong).
logs-summary-health = { $system }: última copia correcta, el { $last }; { $found }
# As logs-summary-health, for a system with no good backup at all.
logs-summary-health-never = { $system }: ninguna copia correcta; { $found }
logs-summary-nothing-wrong = no se ha encontrado ningún problema

## What an import writes into the plan: step 8's error log and step 11's review of the
## logs. Worded in the plan's document language, as the plan's documents print them.

# A run that failed, for step 8's error log. $kind is what ran: backup, restore or check
# (keep these three keys as they are).
logs-entry-failed = { $kind ->
        [restore] La restauración ha fallado
        [check] La comprobación de integridad ha fallado
       *[backup] La copia de seguridad ha fallado
    }
# As logs-entry-failed, for a run that was cancelled.
logs-entry-cancelled = { $kind ->
        [restore] La restauración se ha cancelado
        [check] La comprobación de integridad se ha cancelado
       *[backup] La copia de seguridad se ha cancelado
    }
# $what is logs-entry-failed or logs-entry-cancelled; $message is what the backup tool
# said about it, in its own words (often English).
logs-entry-with-message = { $what }: { $message }
# Runs missed against step 5's schedule, for step 8's error log: $from and $to are the
# dates of the runs before and after the gap; $hours how many hours apart step 5 expects
# backups.
logs-entry-missed-hours = Ninguna copia de seguridad del { $from } al { $to }: el paso 5 prevé una { $hours ->
        [one] cada hora
       *[other] cada { $hours } horas
    }
# As logs-entry-missed-hours, for a schedule of $days days (a week: 7).
logs-entry-missed-days = Ninguna copia de seguridad del { $from } al { $to }: el paso 5 prevé una cada { $days } días
# Step 11's "period" column: the dates the imported runs cover, $first to $last.
logs-review-period = del { $first } al { $last } (importado de los registros de copias de seguridad)
# As logs-review-period, when all the runs are of one day, $day.
logs-review-period-day = { $day } (importado de los registros de copias de seguridad)
# One thing wrong with a system's runs, in step 11's "anomalies" column: $system is the
# system's name, $anomaly what is wrong ("2 failed backups").
logs-review-anomaly = { $system }: { $anomaly }
# Joins the anomalies: $first is one, $rest the ones after it.
logs-review-and = { $first }; { $rest }
# $count runs of jobs the import could not match to a system of step 1 did not succeed.
logs-review-unmatched-failures = { $count ->
        [one] { $count } ejecución fallida de un trabajo de copia aún sin asignar a ningún sistema
       *[other] { $count } ejecuciones fallidas de trabajos de copia aún sin asignar a ningún sistema
    }
# Step 11's "anomalies" column when the imported runs show nothing wrong.
logs-review-none-found = Ninguna: todas las ejecuciones se completaron correctamente y con la frecuencia prevista.
