## What the app works out from a plan, beyond the adviser's findings: the changes
## between two states of a plan (the yearly review), the recurring duties, step 5's
## storage estimate and what the imported backup logs show. Said in the window and in
## the documents alike.

## The changes between two states of a plan: last year's approved revision and today's,
## or two plan files. One line each; the lines of a signed-off review are kept in the
## plan and printed in the procedure's document control.

# What a value reads as when nothing was given: a number, date or option not chosen yet.
changes-not-set = sin indicar
# What a text reads as when nothing was typed.
changes-empty = vacío
# A yes-or-no value (a checkbox of a table).
changes-yes = sí
changes-no = no
# A field outside the tables changed: $field is its name (one of changes-field-...
# below, with a capital), $old and $new its values before and after.
changes-field = { $field } ha cambiado de { $old } a { $new }
# A cell of a table's row changed: $row names the row ("Accounts"), $field is the
# column's name in lower case ("owner"), $old and $new its values before and after.
changes-row-field = { $row }: { $field } ha cambiado de { $old } a { $new }
# A row added to one of the plan's tables: $table says which table, $name names the
# row; for an attendee, $session is the title of the training session.
changes-added = { $table ->
        [systems] Sistema añadido: { $name }
        [retention] Regla de conservación añadida: { $name }
        [destinations] Destino añadido: { $name }
        [instructions] Instrucción añadida: { $name }
        [contacts] Contacto añadido: { $name }
        [schedules] Programación añadida: { $name }
        [encryption] Comprobación de cifrado añadida: { $name }
        [initial-backups] Copia inicial añadida: { $name }
        [errors] Error añadido: { $name }
        [restore-tests] Prueba de restauración añadida: { $name }
        [log-reviews] Revisión de registros añadida: { $name }
        [sessions] Sesión de formación añadida: { $name }
       *[attendees] Asistente añadido a { $session }: { $name }
    }
# A row removed from one of the plan's tables; the variables as in changes-added.
changes-removed = { $table ->
        [systems] Sistema eliminado: { $name }
        [retention] Regla de conservación eliminada: { $name }
        [destinations] Destino eliminado: { $name }
        [instructions] Instrucción eliminada: { $name }
        [contacts] Contacto eliminado: { $name }
        [schedules] Programación eliminada: { $name }
        [encryption] Comprobación de cifrado eliminada: { $name }
        [initial-backups] Copia inicial eliminada: { $name }
        [errors] Error eliminado: { $name }
        [restore-tests] Prueba de restauración eliminada: { $name }
        [log-reviews] Revisión de registros eliminada: { $name }
        [sessions] Sesión de formación eliminada: { $name }
       *[attendees] Asistente eliminado de { $session }: { $name }
    }
# How a row is named when it is something on a day: an error ("destination unreachable
# on 2026-03-10"), a restore test, a training session. $date may be changes-not-set.
changes-on = { $what } ({ $date })
# How a schedule is named: $system and its backup type in lower case ("incremental").
changes-schedule = { $system } ({ $kind })
# How a log review is named: its $date and the $period it covered, as typed.
changes-log-review = { $date } ({ $period })
# A schedule whose system is in neither plan.
changes-no-system = ningún sistema elegido
# An encryption check whose destination is in neither plan.
changes-unnamed-destination = un destino sin nombre
# The names of the fields outside the tables, at the start of changes-field.
changes-field-organisation = Organización
changes-field-plan-title = Título del plan
changes-field-time-zone = Zona horaria
changes-field-current-solution = Solución actual
changes-field-what-works = Qué funciona
changes-field-gaps = Carencias encontradas
changes-field-consulted = A quién se preguntó
changes-field-responsible = Persona responsable
changes-field-deputy = Suplente
changes-field-media-handling = Manejo de los soportes
changes-field-checker = Quién comprueba
changes-field-check-method = Cómo se comprueba
changes-field-check-often = Con qué frecuencia se comprueba
changes-field-restore-test-every = Probar una restauración cada (meses)
changes-field-approver = Aprobador
changes-field-approver-role = Cargo del aprobador
changes-field-decision = Decisión
changes-field-review-cadence = Frecuencia de revisión
changes-field-reviewer = Revisor
changes-field-document-version = Versión del documento
changes-field-evaluated-on = Evaluado el
changes-field-success-rate = Porcentaje de éxito (%)
changes-field-storage-used = Almacenamiento usado (GB)
changes-field-adjustments = Qué se ha ajustado
changes-field-next-evaluation = Próxima evaluación
# The fields of a training session, in lower case after the session's name, as in
# changes-row-field.
changes-session-title = título
changes-session-date = fecha
changes-session-place = lugar
changes-session-trainer = formador
# What a review compares with: the last approved revision ($revision is its number), or
# the plan's start when none was approved yet. Put into "Changes since { $since }:".
changes-since-revision = la versión { $revision }
changes-since-start = el principio

## The plan's recurring duties, in the window's notice of what is overdue and in the
## calendar of reminders: what each is, and (.what) what to do. $every is how often it
## comes back (duties-every).

duties-review = Revisar el plan de copias de seguridad
    .what = Abra el plan en Backup Planner e inicie la revisión: recorra los 14 pasos, confirme o cambie cada uno y apruebe la revisión. Se repite { $every }.
duties-restore-test = Probar una restauración desde la copia de seguridad
    .what = Restaure algunos archivos o una base de datos en un lugar aparte (nunca encima del original), mida cuánto tarda y anote la prueba en el paso 9.
duties-log-review = Revisar los registros de copias
    .what = Repase los registros de copias en busca de fallos, ejecuciones que no se hicieron y cualquier cosa fuera de lo normal (Backup Planner puede importarlos), y anote la revisión en el paso 11.
duties-key-check = Comprobar las claves de cifrado
    .what = Compruebe que la clave de cifrado o la contraseña de cada copia de seguridad está donde indica el paso 6, que la persona que la tiene todavía la conserva y que con ella se abre la copia; anote la fecha en el paso 6.
duties-training = Formar al personal en el procedimiento de copia de seguridad
    .what = Planifique la formación de este año sobre el procedimiento de copia de seguridad e invite al personal del paso 13.
duties-evaluation = Evaluar el rendimiento de las copias de seguridad
    .what = Mire cuánto tardan las copias, cuántas salen bien, lo rápidas que son las restauraciones y cuánto almacenamiento se usa, y anótelo en el paso 14.
# How often a duty comes back: $unit is days, months or years, $count how many.
duties-every = { $unit ->
        [days] { $count ->
            [1] cada día
            [7] cada semana
            [14] cada dos semanas
           *[other] cada { $count } días
        }
        [months] { $count ->
            [1] cada mes
            [12] cada año
           *[other] cada { $count } meses
        }
       *[years] { $count ->
            [1] cada año
           *[other] cada { $count } años
        }
    }

## Step 5's storage estimate: how much space each backup destination needs, in the
## window and in the procedure.

# The columns of the estimate's table.
estimate-column-system = Sistema
estimate-column-size = Tamaño
estimate-column-backups = Copias
estimate-column-kept-for = Conservación
estimate-column-copies = Copias conservadas
estimate-column-storage = Espacio
# Sizes of storage (1 TB = 1,000 GB, as disks are sold): $size is a number, written
# with its decimal ("5.0").
estimate-size-gb = { $size } GB
estimate-size-tb = { $size } TB
# How often a system's backups run, in the estimate's table.
estimate-every-hours = { $hours ->
        [1] cada hora
       *[other] cada { $hours } horas
    }
estimate-every-days = { $days ->
        [1] cada día
       *[other] cada { $days } días
    }
# How long the backups are kept, in the estimate's table.
estimate-kept-indefinitely = Indefinidamente
estimate-kept-days = { $days ->
        [one] { $days } día
       *[other] { $days } días
    }
# The copies the estimate counts: $full full copies and $changes copies of what changed.
estimate-copies = { $full ->
        [one] { $full } completa
       *[other] { $full } completas
    } + { $changes }
# $size is a size of storage ("850 GB").
estimate-each = Cada destino de las copias necesita unos { $size }.
# Follows estimate-each when step 4 lists more than one destination: $count is how many,
# $size what they need together.
estimate-all = El paso 4 incluye { $count ->
        [one] { $count } destino
       *[other] { $count } destinos
    }: { $size } en total.
# $systems lists systems by name ("A, B and C").
estimate-type-unknown = Se cuentan como copias completas, las que más espacio ocupan, porque todavía no se sabe el tipo de copia: { $systems }.
# $systems lists systems with what each needs (estimate-needs), separated by semicolons;
# $more is how many more systems there are (0 when none).
estimate-unestimated = { $more ->
        [0] Sin calcular por falta de datos: { $systems }.
       *[other] Sin calcular por falta de datos: { $systems } y { $more } más.
    }
# A system the estimate leaves out, and what it lacks ($missing lists the words below).
estimate-needs = { $system } (falta: { $missing })
estimate-missing-size = tamaño
estimate-missing-retention = conservación de su tipo de datos
estimate-missing-schedule = programación de copias
# How the estimate is worked out, under "How this is worked out". "Full" and "Not sure"
# are the names of backup types; "Indefinitely" is a retention period.
estimate-method = Cómo se calcula, para cada sistema: las copias de seguridad forman cadenas. Una cadena empieza con una copia completa del sistema y añade, en cada ejecución de copia del paso 5, una copia de lo que ha cambiado: con copias incrementales, cada ejecución guarda lo que ha cambiado desde la ejecución anterior (el cambio diario del paso 1, repartido entre las ejecuciones de un día); con copias diferenciales, todo lo que ha cambiado desde la copia completa. Cada copia completa inicia una cadena nueva: con la frecuencia que indique una programación de tipo «Completa» en el paso 5 o, si no la hay, con la que se fije abajo. Las copias conservadas abarcan el periodo de conservación del tipo de datos del sistema (paso 3), más la cadena que se está formando, ya que la cadena más antigua solo puede borrarse cuando la más reciente está completa. Así: espacio = número de cadenas x (tamaño + cambios por cadena) x (100 % - ahorro). «Indefinidamente» se cuenta como un año, y el espacio crece cada año que pasa. Una programación cuyo tipo de copia es «No lo sé» se cuenta como completa, que es la que más espacio necesita. Un mes se cuenta como 30 días. Cada destino de las copias del paso 4 guarda sus propias copias, así que cada uno necesita este espacio; deje margen para crecer.

## What the backup logs read into the plan show for a system: in step 14, in the
## procedure's chapter "Backup health", and after an import.

# What is wrong with a system's backups, a short phrase each: $count is how many.
runs-anomaly-failed = { $count ->
        [one] { $count } copia fallida
       *[other] { $count } copias fallidas
    }
runs-anomaly-missed = { $count ->
        [one] { $count } hueco sin copias
       *[other] { $count } huecos sin copias
    }
runs-anomaly-shrunk = { $count ->
        [one] { $count } copia mucho más pequeña de lo normal
       *[other] { $count } copias mucho más pequeñas de lo normal
    }
runs-anomaly-surges = { $count ->
        [one] { $count } ejecución con muchos más datos cambiados de lo normal
       *[other] { $count } ejecuciones con muchos más datos cambiados de lo normal
    }
runs-anomaly-overruns = { $count ->
        [one] { $count } copia aún en curso cuando tocaba la siguiente
       *[other] { $count } copias aún en curso cuando tocaba la siguiente
    }
runs-anomaly-slow-restores = { $count ->
        [one] { $count } restauración más lenta que el RTO
       *[other] { $count } restauraciones más lentas que el RTO
    }
runs-anomaly-beyond-rpo = ninguna copia correcta dentro de su RPO
# What a system's runs show, in one sentence of parts (below) in step 14: "28 backups
# from 2026-03-01 to 2026-03-28; 96% succeeded; usually 1 hour, the longest 1.3 hours;
# 10 GB to 10.4 GB; the last good one 2026-03-28 23:00." $parts are the parts, joined
# by runs-figures-and.
runs-figures = { $parts }.
# Joins two parts of runs-figures: $first is a part, $rest the parts after it.
runs-figures-and = { $first }; { $rest }
# $count backups, the first on $first and the last on $last (dates).
runs-figures-backups = { $count ->
        [one] { $count } copia del { $first } al { $last }
       *[other] { $count } copias del { $first } al { $last }
    }
runs-figures-no-backups = ninguna copia en los registros
# $percent is a whole number.
runs-figures-succeeded = { $percent } % correctas
# $usual and $longest are spans of time ("1 hour", "40 minutes").
runs-figures-durations = normalmente { $usual }, la más larga { $longest }
# $first and $last are sizes in gigabytes: of the first backup and of the last.
runs-figures-sizes = de { $first } GB a { $last } GB
# $at is the date and time the last good backup ended.
runs-figures-last-good = la última correcta, el { $at }
# A system's figures in the evaluation of step 14, a line each: $system is its name,
# $figures what its runs show (runs-figures).
runs-figures-of = { $system }: { $figures }
# The note of a restore test recorded from a backup log: $tool is the backup program
# ("restic"), $job the name of its job as the log gives it.
runs-restore-note = Del registro de { $tool } { $job }
