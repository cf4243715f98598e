## The wizard: the step list, the findings panel, the plan at a glance, the yearly
## review, and step 14's charts of what the backups did.

## Around every page of the wizard: the step list, Back and Next, the notes above a page.

# A step in the step list, a page's heading and a link: its number, a full stop, its
# title ("3. Determine backup frequency and retention policy").
wizard-step-numbered = { $number }. { $title }
# The first page of the wizard, before step 1: in the step list, the bar at the bottom
# and the page's heading; also the heading of its changes in a review.
wizard-plan-details = Datos del plan
wizard-plan-details-intro = De quién es este plan y cuándo se vuelve a revisar. La fecha de la próxima revisión aparece en la pantalla de inicio, para que el plan no se quede anticuado.
# The page after step 14, in the step list and the bar at the bottom.
wizard-plan-at-a-glance = El plan de un vistazo
# Hover text of the red mark beside a step in the step list.
wizard-high-findings =
    { $count ->
        [one] { $count } observación de gravedad alta
       *[other] { $count } observaciones de gravedad alta
    }
# What a screen reader says for the red mark beside a step in the step list.
wizard-step-has-high-findings = El paso { $number } tiene observaciones de gravedad alta
# A link's hover text or accessible name: $number is the step's number.
wizard-go-to-step = Ir al paso { $number }
# Where the bottom bar says the person is.
wizard-step-of = Paso { $number } de { $count }
wizard-review-summary = Resumen de la revisión
wizard-back = ⬅ Atrás
wizard-next = Siguiente ➡
# In the bottom bar, when one field holds text the app cannot read; $problem is that
# field's own message, such as "Not a date".
wizard-field-not-understood = ⚠ Un campo marcado en rojo: { $problem }
# In the bottom bar, when several fields hold text the app cannot read.
wizard-fields-not-understood =
    ⚠ { $count ->
        [one] { $count } campo marcado en rojo contiene algo que no se entiende
       *[other] { $count } campos marcados en rojo contienen algo que no se entiende
    }
# Above the page, when a colleague has the plan open; $user is their user name.
wizard-read-only = Solo lectura: { $user } tiene abierto este plan. Puede leerlo aquí; para hacer cambios, guarde una copia como archivo nuevo.
wizard-save-copy = Guardar una copia como...
# Above the page: the recurring duties (the review, a restore test...) that are due.
wizard-due-now = Pendiente:
# One duty that is due: $duty is what to do ("Yearly review"), $date when it was due.
wizard-due-duty = { $duty } (vencimiento: { $date })
wizard-remind-me = Recordármelo en mi calendario...
wizard-not-now = Ahora no
    .tooltip = Ocultar este aviso hasta que se vuelva a abrir el plan
# Under a step's title and a finding: the controls of the standard it answers to;
# $controls is their list ("5.30 ICT readiness, 8.13 Information backup").
wizard-controls = ISO/IEC 27002:2022: { $controls }

## The adviser's findings: in a step, and in the panel on the right.

# Under a finding's details, when some are not shown.
findings-more-details = … y { $count } más
# The adviser's advice on a finding; $advice is its text.
findings-what-to-do = Qué hacer: { $advice }
findings-heading = Observaciones
findings-intro = Las decisiones del plan, comparadas con las buenas prácticas mientras usted lo edita. Haga clic en una observación para ir a su paso.
findings-none = ✔ Nada que señalar.
findings-not-started = Todavía no hay nada que comprobar: el asesor empieza en cuanto el paso 1 incluye un sistema.
# A heading in the findings panel: $severity is the word for how serious ("High",
# "Medium"), $count how many findings have it.
findings-severity-count = { $severity } ({ $count })
# A finding in the panel: $number is its step's number, $title the finding's title.
findings-step-finding = Paso { $number }: { $title }

## Step 5's storage estimate.

# A field: the number of days between full backups, followed by findings-days.
findings-full-every = Copia completa cada
    .tooltip = Si en el paso 5 un sistema no tiene una programación de tipo «Completa»; { $days } si se deja vacío
# The unit after the field findings-full-every.
findings-days = días
findings-saving = Ahorro por compresión y deduplicación
    .tooltip = La parte del tamaño original que ahorra el programa de copia de seguridad; { $percent } % si se deja vacío
findings-nothing-to-estimate = Todavía no hay nada que calcular: un sistema necesita un tamaño (paso 1), un periodo de conservación para su tipo de datos (paso 3) y una programación aquí.
findings-grows = Algunos datos se conservan indefinidamente: esto es lo que se necesita al cabo de un año, y crece cada año que pasa.
findings-how-worked-out = Cómo se calcula
# Hover text of a system's backup schedule in the estimate table: $every is how often
# ("every week"); $between is "none", "differential" or "incremental".
findings-schedule =
    Una copia completa { $every }; { $between ->
        [none] sin copias de los cambios entre una y otra
        [differential] copias diferenciales entre una y otra
       *[incremental] copias incrementales entre una y otra
    }
# Hover text of the number of copies kept in the estimate table: $chains is the number
# of chains, $changes the copies of changes in each.
findings-chains =
    { $chains ->
        [one] { $chains } cadena
       *[other] { $chains } cadenas
    }, cada una con una copia completa y { $changes ->
        [one] { $changes } copia
       *[other] { $changes } copias
    } de cambios

## The plan at a glance, after step 14.

finish-heading = Su plan de un vistazo
# $count is the number of steps (14).
finish-all-complete = { $count ->
        [one] { $count } paso está completado.
       *[other] Los { $count } pasos están completados.
    } Guarde el plan, imprima el procedimiento para la carpeta que está junto al disco de copias e invite al personal a la formación.
# $complete is the number of complete steps, $count the number of all steps (14).
finish-some-complete = Hay { $complete } de { $count ->
        [one] { $count } paso completado
       *[other] { $count } pasos completados
    }. Los que quedan pendientes aparecen abajo: cada enlace le lleva de vuelta a su paso. Puede guardar e imprimir en cualquier momento.
finish-still-open = Pendientes
finish-open-step = Abrir este paso
# Beside a step still open: $status is how far it is ("In progress"), $count its high
# findings.
finish-status-high-findings =
    { $count ->
        [one] { $status }, { $count } observación de gravedad alta
       *[other] { $status }, { $count } observaciones de gravedad alta
    }
finish-complete = Completado
finish-save = Guardar el plan
finish-save-as = Guardar el plan como...
finish-print = Imprimir el procedimiento...
finish-export = Exportar el procedimiento en PDF...
finish-training-invitations = Invitaciones a la formación
finish-no-session = Todavía no hay ninguna sesión de formación planificada.
# A link to the step of the training; $number is its number (13).
finish-plan-session = Planifique una en el paso { $number }
# A training session without a title; $number counts the sessions from 1.
finish-session-untitled = Sesión { $number }
# A training session's title and date.
finish-session-on = { $title }, { $date }
finish-save-invitation = Guardar invitación en PDF...
finish-save-calendar = Guardar archivo de calendario...
finish-open-mail = Abrir en el programa de correo
# What a screen reader says for a session's button: $action is the button's words
# (finish-save-invitation...), $number the session's number.
finish-session-action = { $action } (sesión { $number })

## The yearly review.

# How a step stands in the review, in the step list.
review-mark-to-review = Por revisar
review-mark-confirmed = Confirmado como aún válido
review-mark-changed = Cambiado en esta revisión
review-mark-needs-attention = Requiere atención
# The box over a step's form during a review.
review-yearly = Revisión anual
# $since is "revision 3" or "the start".
review-no-changes-here = Sin cambios desde { $since }.
# $since is "revision 3" or "the start"; the changes follow.
review-changed-since = Cambios desde { $since }:
review-confirmed = ✔ Confirmado como aún válido
review-undo-confirmation = Deshacer la confirmación
review-confirm = Confirmar: sigue siendo válido
    .tooltip = Este paso sigue reflejando cómo es la oficina
# The last page of a review: in the step list and as its heading.
review-summary-and-sign-off = Resumen y aprobación de la revisión
# $since is "revision 3" or "the start".
review-nothing-changed = No ha cambiado nada desde { $since }.
# $since is "revision 3" or "the start"; the changes follow.
review-changes-since = Cambios desde { $since }:
# $steps is the steps' numbers ("3, 9, 10"), $count how many there are.
review-not-confirmed =
    Aún sin confirmar ni cambiar: { $count ->
        [one] paso { $steps }.
       *[other] pasos { $steps }.
    }
# $steps is the steps' numbers ("3, 9, 10"), $count how many there are.
review-needing-attention =
    Requieren atención: { $count ->
        [one] paso { $steps }.
       *[other] pasos { $steps }.
    }
review-sign-off = Aprobación
review-approver = Aprobador
review-role = Cargo
review-date = Fecha
review-comment = Comentario
# The button that ends the review; $revision is the number of the new revision.
review-sign-off-revision = Aprobar la versión { $revision }
    .disabled = Indique primero el aprobador

## Step 14's figures from the backup logs, and step 9's restores found in them.

evidence-heading = Lo que muestran los registros de copias
evidence-use-figures = Usar estas cifras en la evaluación
    .tooltip = Rellena con los datos de los registros el porcentaje de éxito, la duración de las copias y el almacenamiento usado
# $good of $count backups; $rate is a percentage already written as a number ("98.5").
evidence-succeeded = Copias correctas: { $good } de { $count } ({ $rate } %).
# The titles of a system's three charts.
evidence-chart-per-day = Copias por día
evidence-chart-per-week = Copias por semana
evidence-chart-per-month = Copias por mes
evidence-chart-longest = Copia más larga (horas)
evidence-chart-size = Tamaño de la copia (GB)
# The two kinds of bars of the first chart.
evidence-worked = Correctas
evidence-failed = Fallidas
# A chart's summary: $percent of $count backups worked, $failed failed, the last of
# them on $date.
evidence-outcomes =
    Correctas: el { $percent } % de { $count ->
        [one] { $count } copia
       *[other] { $count } copias
    }; { $failed ->
        [one] falló { $failed }, el { $date }.
       *[other] fallaron { $failed }, la última el { $date }.
    }
evidence-outcomes-none-failed =
    Correctas: el { $percent } % de { $count ->
        [one] { $count } copia
       *[other] { $count } copias
    }; no falló ninguna.
evidence-no-backups = No hay copias en los registros.
# The summary of the first chart ($outcomes, one of the three above), and how many gaps
# without backups the logs show.
evidence-outcomes-gaps =
    { $outcomes } { $count ->
        [one] { $count } hueco sin copias.
       *[other] { $count } huecos sin copias.
    }
# $usual and $longest are spans of time ("59 minutes", "2 hours").
evidence-durations = Normalmente { $usual }; la más larga, { $longest }.
evidence-no-durations = Los registros no indican cuánto tardaron las copias.
# $first and $last are sizes in gigabytes, already written as numbers.
evidence-sizes = De { $first } GB a { $last } GB.
evidence-no-sizes = Los registros no indican el tamaño de las copias.
# What a screen reader says for a chart: its title, the system, its summary.
evidence-chart-label = { $title }, { $system }: { $summary }
evidence-restores-found = Restauraciones encontradas en los registros de copias
# A restore found in the logs: the system, the date, and what came of it.
evidence-restore = { $system }, { $date }: { $result }
# A restore found in the logs with how long it took: $hours is the number of hours (for
# the plural), $duration the same number as written.
evidence-restore-took =
    { $system }, { $date }, { $hours ->
        [one] { $duration } hora
       *[other] { $duration } horas
    }: { $result }
evidence-record-restore = Anotar como prueba de restauración
# What a screen reader says for the button: the system and the date of the restore.
evidence-record-restore-of = Anotar la restauración de { $system } del { $date }

# The estimate of one system in a narrow window, where its table would not fit: $system
# its name, $size its size ("40 GB"), $every how often it is backed up ("daily"), $kept
# how long ("365 days"), $copies the copies kept ("14 full + 58"), $storage the space.
findings-estimate-line = { $system }: { $size }, copia { $every }, conservación { $kept }, { $copies } copias conservadas, { $storage } de espacio
