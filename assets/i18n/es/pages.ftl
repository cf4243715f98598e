## The pages of the 14 steps: labels, hints, buttons and notes of the step forms and
## their tables, and the fields' own messages.

## Plan details (the plan's own details, before step 1)
forms-details-organisation = Organización
forms-details-title = Título del plan
forms-details-created = Creado el
# The plan's revision number, shown beside this label.
forms-details-revision = Versión del plan
    .tooltip = Aumenta cada vez que se vuelve a aprobar el plan
# Also the label of the same date on the page of step 12.
forms-details-next-review = Fecha de la próxima revisión
# Label of a field holding a number of months, written after the field ("Review every [12] months").
forms-details-review-every = Revisar cada
    .tooltip = Tras cada aprobación, la próxima revisión se fija con esta antelación (12 si se deja vacío)
forms-details-country = País
    .tooltip = El país cuyos periodos habituales de conservación de documentos se comparan con el paso 3; si no se elige ninguno, se usan cifras generales
forms-details-time-zone = Zona horaria
    .tooltip = La zona horaria de la oficina, para las horas de la formación
# Said beside the time zone when what the plan holds is no time zone name the program knows.
# "Europe/London" is a time zone name and stays as it is.
forms-details-time-zone-unknown = No es una zona horaria que este programa conozca: escríbala como Europe/London
# The language the plan's documents are printed in (a setting of the plan).
forms-details-document-language = Idioma de los documentos
    .tooltip = El idioma en que se redactan el procedimiento, las invitaciones y los archivos de calendario. La ventana conserva su propio idioma (menú «Idioma»).

## Units written after a number field
forms-unit-months = meses
forms-unit-minutes = minutos
# Gigabytes.
forms-unit-gb = GB

## Step 1: the critical systems
# The table's add button (the window puts "➕" before it).
forms-systems-add = Añadir sistema
forms-systems-empty = Todavía no hay sistemas. Añada el primero: la contabilidad, la unidad compartida, el correo electrónico...
# Below the table; "Max data loss" and "Max downtime" are the titles of two of its columns (column-systems-max-data-loss, column-systems-max-downtime).
forms-systems-note = Pérdida máx. de datos: cuántas horas de trabajo podría permitirse rehacer (RPO). Inactividad máx.: cuánto tiempo podría arreglárselas sin el sistema (RTO).

## Step 2: the current backup solution
forms-assessment-current-solution = Solución actual
forms-assessment-what-works = Qué funciona
forms-assessment-gaps = Carencias encontradas
# Who was consulted about how backups are made today.
forms-assessment-consulted = A quién se preguntó

## Step 3: how long data is kept
forms-retention-add = Añadir regla de conservación
forms-retention-empty = Todavía no hay reglas de conservación. Añada una para cada tipo de datos que guarda la oficina.
# Heading of the list of the periods the law commonly asks records to be kept.
forms-legal-periods = Mínimos legales habituales
# Above that list. $country is the country chosen in Plan details: united-kingdom, germany,
# united-states, other (another country), or none (no country chosen yet; "Plan details"
# is the page where it is chosen).
forms-legal-periods-intro = { $country ->
        [united-kingdom] Periodos mínimos de conservación habituales en el Reino Unido:
        [germany] Periodos mínimos de conservación habituales en Alemania:
        [austria] Periodos mínimos de conservación habituales en Austria:
        [switzerland] Periodos mínimos de conservación habituales en Suiza:
        [france] Periodos mínimos de conservación habituales en Francia:
        [spain] Periodos mínimos de conservación habituales en España:
        [united-states] Periodos mínimos de conservación habituales en Estados Unidos:
        [none] Periodos mínimos de conservación habituales en la mayoría de los países (elija su país en los Datos del plan):
       *[other] Periodos mínimos de conservación habituales en la mayoría de los países:
    }
# One line of that list (after a bullet). $kind is a kind of data ("Financial data"),
# $years how many years it is kept, $source the law or rule it comes from.
forms-legal-minimum = { $kind }: { $years ->
        [one] { $years } año
       *[other] { $years } años
    }. { $source }.

## Step 4: the backup procedures
forms-procedures-responsible = Persona responsable
forms-procedures-deputy = Suplente
forms-procedures-destinations = Adónde van las copias
forms-procedures-destinations-add = Añadir destino
forms-procedures-destinations-empty = Todavía no hay destinos. Guarde al menos una copia fuera de la oficina y otra desconectada.
forms-procedures-steps = El procedimiento, paso a paso
forms-procedures-steps-add = Añadir instrucción
forms-procedures-steps-empty = Todavía no hay instrucciones. Escríbalas de forma que el suplente pueda seguirlas sin ayuda.
forms-procedures-contacts = A quién llamar si algo va mal
forms-procedures-contacts-add = Añadir contacto
forms-procedures-contacts-empty = Todavía no hay contactos.
forms-procedures-media = Soportes de copia de seguridad
# How the backup disks, tapes and the like are handled, kept and carried.
forms-procedures-media-handling = Manejo de los soportes

## Step 5: the backup schedules
forms-schedules-no-systems = Añada primero los sistemas en el paso 1: cada programación pertenece a uno.
forms-schedules-add = Añadir programación
forms-schedules-empty = Todavía no hay programaciones. Añada una para cada sistema; un sistema puede tener varias.
# Heading of the storage estimate below the schedules.
forms-schedules-storage = Espacio que necesitan las copias

## Step 6: encryption
forms-encryption-no-destinations = Añada primero los destinos de las copias en el paso 4.
# A row of the table checks the encryption of one backup destination.
forms-encryption-add = Añadir comprobación de destino
forms-encryption-empty = Todavía no se ha comprobado nada. Añada una fila para cada destino de las copias.

## Step 7: the first full backups
forms-initial-backups-add = Añadir copia inicial
forms-initial-backups-empty = Todavía no se ha anotado ninguna copia inicial.

## Step 8: monitoring
forms-monitoring-checker = Quién comprueba
# How the checker finds out whether backups ran (a dropdown: an alert e-mail, a dashboard...).
forms-monitoring-method = Cómo
forms-monitoring-how-often = Con qué frecuencia
forms-monitoring-errors = Registro de errores
forms-monitoring-errors-add = Añadir error
forms-monitoring-errors-empty = No se ha anotado ningún error.

## Step 9: restore tests
# Label of a field holding a number of months, written after the field ("Test a restore every [3] months").
forms-restore-tests-every = Probar una restauración cada
    .tooltip = Con qué frecuencia se prueba una restauración; lo usan los recordatorios del calendario (3 si se deja vacío)
forms-restore-tests-add = Añadir prueba de restauración
forms-restore-tests-empty = Todavía no hay pruebas de restauración. Hasta que se anote una, el plan no se puede aprobar.
forms-restore-tests-outdated = Estas pruebas han cambiado después de aprobarse: vuelva a pedir la aprobación en el paso 10.

## Step 10: the approval of the restore tests
# $status is where the approval stands: "Approved", "Not decided yet"...
forms-approval-status = Estado: { $status }
forms-approval-no-tests = El paso 9 aún no tiene ninguna prueba de restauración, así que no hay nada que aprobar.
# Above the list of the restore tests the approval covers; $count is how many (1 or more).
forms-approval-covers = { $count ->
        [one] La aprobación abarca { $count } prueba de restauración anotada en el paso 9:
       *[other] La aprobación abarca las { $count } pruebas de restauración anotadas en el paso 9:
    }
# One line of that list, for a test with nothing recorded as to what was restored.
forms-approval-test-unnamed = Prueba de restauración
# Stands for the result of a test that has none yet.
forms-approval-test-no-result = sin resultado anotado
# One line of that list. $test is what was restored ("Individual files"), $system the
# system's name, $date the day of the test, $result its result ("Success").
forms-approval-test = { $test }: { $result }
forms-approval-test-system = { $test }, { $system }: { $result }
forms-approval-test-date = { $test }, { $date }: { $result }
forms-approval-test-system-date = { $test }, { $system }, { $date }: { $result }
forms-approval-approver = Aprobador
# The approver's role in the office.
forms-approval-role = Cargo
forms-approval-decision = Decisión
forms-approval-date = Fecha
forms-approval-comment = Comentario
# Shown when a restore test changed after the approval.
forms-approval-approve-again = Aprobar las pruebas de restauración tal como están ahora

## Step 11: reviews of the backup logs
forms-log-review-cadence = Frecuencia de revisión
forms-log-review-reviewer = Revisor
forms-log-review-entries = Revisiones
forms-log-review-add = Añadir revisión
forms-log-review-empty = Todavía no se ha anotado ninguna revisión.

## Step 12: the documentation
forms-documentation-version = Versión del documento
forms-documentation-history = Historial de versiones
forms-documentation-add = Añadir versión
forms-documentation-empty = Todavía no se ha anotado ninguna versión.

## Step 13: training sessions
forms-training-none = Todavía no hay ninguna sesión de formación planificada.
# Heading of a session; $number is its place in the list.
forms-training-session = Sesión { $number }
forms-training-remove = Quitar sesión
    .name = Quitar la sesión { $number }
forms-training-invite = Invitar al personal
# The four buttons of a session. Their .numbered text is what a screen reader says of the
# buttons of the second session on; $number is the session's place in the list.
forms-training-save-invitation = Guardar invitación en PDF...
    .numbered = Guardar invitación en PDF... (sesión { $number })
forms-training-save-calendar = Guardar archivo de calendario...
    .numbered = Guardar archivo de calendario... (sesión { $number })
forms-training-copy-email = Copiar texto del correo
    .numbered = Copiar texto del correo (sesión { $number })
forms-training-open-mail = Abrir en el programa de correo
    .numbered = Abrir en el programa de correo (sesión { $number })
# A session just removed, as table-removed and table-undo.name name it ("Removed session 2.");
# $number is its place in the list, $title its title.
forms-training-removed-name = la sesión { $number }
forms-training-removed-name-titled = la sesión { $number } («{ $title }»)
# The button adding a session (the window puts "➕" before it).
forms-training-add = Añadir sesión de formación
forms-session-title = Título
forms-session-date = Fecha
forms-session-start-time = Hora de inicio
# Label of a field holding a number of minutes, written after the field.
forms-session-duration = Duración
forms-session-place = Lugar o enlace
forms-session-trainer = Formador
forms-session-trainer-email = Correo del formador
forms-session-agenda = Orden del día
forms-session-what-to-bring = Qué traer
forms-session-attendees = Asistentes
forms-session-attendees-add = Añadir asistente
forms-session-attendees-empty = Todavía no se ha invitado a nadie.

## Step 14: the evaluation
forms-evaluation-evaluated-on = Evaluado el
forms-evaluation-backup-durations = Duración de las copias
forms-evaluation-success-rate = Porcentaje de éxito
# RTO: recovery time objective, the downtime the office accepted for a system.
forms-evaluation-restore-times = Tiempos de restauración frente al RTO
forms-evaluation-storage-used = Almacenamiento usado
forms-evaluation-adjustments = Qué se ha ajustado
forms-evaluation-feedback = Opiniones del personal
forms-evaluation-next = Fecha de la próxima evaluación

## The editable tables of the steps
# A backup destination of step 4 not named yet, by its place in the list.
table-destination-number = Destino { $number }
# A row not named by anything in it, inside a sentence ("Removed row 3."); $number is its place.
table-row-number = la fila { $number }
# A row named by what its first cell holds ($name), in quotation marks, inside a sentence.
table-quoted = «{ $name }»
# Said after a row was removed. $name names it: table-row-number, table-quoted or forms-training-removed-name.
table-removed = Se ha quitado { $name }.
# The button beside table-removed (the window puts "↩" before it). .name is what a
# screen reader says of it, $name as in table-removed.
table-undo = Deshacer
    .name = Volver a poner { $name }
    .tooltip = Volver a ponerla donde estaba
# Said while a row out of sight holds text that is not understood. $number is the row's
# place, $name names it as table-removed does.
table-row-not-understood = la fila { $number } ({ $name }) contiene algo que no se entiende: abra sus detalles
# The button of a row showing all its fields in a form below the table (when the table
# is too wide for the window). $number is the row's place.
table-details = Detalles
    .name = Detalles de la fila { $number }
    .tooltip = Mostrar abajo todos los campos de esta fila
    .tooltip-marked = Esta fila contiene algo que no se entiende: mostrar abajo todos sus campos
# Heading of that form. $number is the row's place, $name names it as table-removed does.
table-details-heading = Fila { $number }: { $name }
# The arrows moving a row: the text shows when hovered, .name is what a screen reader says.
table-move-up = Subir
    .name = Subir la fila { $number }
table-move-down = Bajar
    .name = Bajar la fila { $number }
table-remove = Quitar esta fila («Deshacer» la vuelve a poner)
    .name = Quitar la fila { $number }
# What a screen reader says of a cell: $column is the column's title, $row the row's place.
table-cell-name = { $column }, fila { $row }

## The fields of the forms and tables
# What a dropdown shows while nothing is chosen.
widgets-nothing-chosen = Elija...
# Said when a number field refuses what was typed. $min and $max are the range, $example
# an everyday value, all written as the language writes numbers.
widgets-problem-size-gb = Escriba un tamaño en GB entre { $min } y { $max }, por ejemplo { $example }
widgets-problem-percent = Escriba un porcentaje entre { $min } y { $max }, por ejemplo { $example }
widgets-problem-hours = Escriba un número de horas entre { $min } y { $max }, por ejemplo { $example }
widgets-problem-whole-minutes = Escriba un número entero de minutos entre { $min } y { $max }, por ejemplo { $example }
widgets-problem-whole-days = Escriba un número entero de días entre { $min } y { $max }, por ejemplo { $example }
widgets-problem-whole-months = Escriba un número entero de meses entre { $min } y { $max }, por ejemplo { $example }
# Said when a date field refuses what was typed. $first, $last and $example are dates
# written as the language writes dates; say here in words in which order a date is typed.
widgets-date-problem = Escriba una fecha entre el { $first } y el { $last } en el orden día/mes/año, por ejemplo { $example }
# The grey hint in an empty time field: hours and minutes.
widgets-time-hint = HH:MM
widgets-time-problem = Escriba la hora en formato de 24 horas, por ejemplo 22:30
# Said when a text field holds the most characters it takes; $most is that number, written
# as the language writes numbers.
widgets-field-full = Este campo está lleno: contiene { $most } caracteres, el máximo que Backup Planner admite en un campo. Lo que sobraba se ha descartado.
# Said by the add button of a full list; $most is the most rows, written as the language writes numbers.
widgets-list-full = Esta lista contiene { $most } filas, el máximo que Backup Planner admite en una lista.
# The calendar button beside a date field. .name is what a screen reader says of it;
# $field is the date field's label.
widgets-calendar = Elegir en un calendario
    .name = Elegir en un calendario: { $field }
# The search at the top of the list of time zones: the grey hint, and .name what a screen reader says.
widgets-time-zone-search = Escriba una ciudad, p. ej., Madrid
    .name = Buscar zonas horarias
widgets-time-zone-none = Ninguna zona horaria contiene eso en su nombre
# What a screen reader says of the "?" beside a term; $term is the term.
widgets-help-mark = Qué significa «{ $term }»

## The calendar beside a date field: a month at a time, the weeks from Monday.
# The month shown and its year, at the top of the calendar.
calendar-month-year = { $month } de { $year }
calendar-previous-month = Mes anterior
calendar-next-month = Mes siguiente
# Picks today's date.
calendar-today = Hoy
# The months, as the top of the calendar names them.
calendar-month-1 = enero
calendar-month-2 = febrero
calendar-month-3 = marzo
calendar-month-4 = abril
calendar-month-5 = mayo
calendar-month-6 = junio
calendar-month-7 = julio
calendar-month-8 = agosto
calendar-month-9 = septiembre
calendar-month-10 = octubre
calendar-month-11 = noviembre
calendar-month-12 = diciembre
# The days of the week, Monday first, shortened to head a column of days.
calendar-weekday-1 = lu
calendar-weekday-2 = ma
calendar-weekday-3 = mi
calendar-weekday-4 = ju
calendar-weekday-5 = vi
calendar-weekday-6 = sá
calendar-weekday-7 = do
