## What the lower layers say when something cannot be done: reading and writing plan
## files, the limits of what a plan holds, who has a plan open, printing, and the
## system's file dialogs. Most of these appear in an error message of the window, and
## some on the command line too.
##
## $path is always the full path of a file. $reason is the words of the operating system
## or of another program (in the computer's language, or in English), put in as they are.

## Reading and writing plan files. Each message ends with the file it is about.

error-read = No se ha podido leer el archivo: { $reason }. Archivo: { $path }
# $size is the file's size in megabytes.
error-too-large = Este archivo es demasiado grande para ser un plan de copias de seguridad ({ $size } MB). Archivo: { $path }
# $what says what the path leads to instead: one of the error-not-a-file-... messages.
error-not-a-file = Esto no es un archivo normal: { $what }. Archivo: { $path }
error-changed-on-disk = Otra persona (otro programa u otro ordenador) ha modificado el archivo desde que se leyó, así que no se ha reemplazado. Archivo: { $path }
error-not-text = Este archivo no es un plan de copias de seguridad: no es texto. Archivo: { $path }
error-empty = Este archivo está vacío: no contiene ningún plan. Archivo: { $path }
# RON is the kind of text plan files are written in; format_version is a word of that
# text, so it stays as it is.
error-not-a-plan = Este archivo no es un plan de copias de seguridad: tiene la forma de un archivo RON, pero no la de un plan (no indica ningún format_version). Archivo: { $path }
# $line and $column say where in the file's text the mistake is; $reason is what is wrong
# there: one of the limits-... refusals below, or the words of the RON reader.
error-parse = Este archivo no es un plan de copias de seguridad legible. Línea { $line }, columna { $column }: { $reason }. Archivo: { $path }
# $reason is a limits-over-text or limits-over-rows message.
error-over-limit = Este archivo contiene más de lo que cabe en un plan de copias de seguridad: { $reason }. Archivo: { $path }
# $found and $supported are numbers of versions of the file format.
error-newer-format = Este plan se guardó con una versión más reciente de Backup Planner (formato de archivo { $found }; esta versión lee hasta el formato { $supported }). Actualice Backup Planner para abrirlo. Archivo: { $path }
error-write = No se ha podido guardar: { $reason }. Archivo: { $path }
error-serialize = No se ha podido convertir el plan en texto: { $reason }

## What a path leads to when it is not an ordinary file (in error-not-a-file).

error-not-a-file-folder = es una carpeta
error-not-a-file-special = es una canalización, un dispositivo u otro archivo especial, no un archivo normal
# Such as /dev/stdout: whatever a program writes to or reads from at the moment.
error-not-a-file-stream = es la entrada o la salida de un programa, no un archivo propio

## Reading and writing any file (backup logs too), in the middle of a longer message.

# $limit is a number of bytes.
error-disk-too-large = el archivo ocupa más de { $limit ->
        [one] { $limit } byte
       *[other] { $limit } bytes
    }
error-disk-changed = otra persona ha modificado el archivo desde que se leyó

## What a save could not keep as it was, said after the plan was saved.

# $backup is the full path of the file that keeps the previous version (PLAN.ron.bak).
error-backup-not-kept = No se ha podido conservar una copia del archivo anterior como { $backup } ({ $reason }).
error-group-not-kept = No se ha podido mantener el grupo del archivo, así que es posible que los compañeros de ese grupo ya no puedan abrirlo. Pida a quien se ocupe de la carpeta compartida que vuelva a asignarle su grupo.
error-permissions-not-kept = No se han podido mantener los permisos del archivo.

## Opening a file or a link with the program the computer uses for it.

# $program is the name of a command of the system, such as xdg-open or lpstat.
error-program-not-installed = { $program } no está instalado
# $status is the system's words for how the program ended, such as "exit status: 4".
error-program-stopped = terminó con { $status }

## The system's file dialogs: their titles and the names of the kinds of file offered.

error-dialog-open-plan = Abrir un plan de copias de seguridad
error-dialog-plan-files = Plan de copias de seguridad
error-dialog-import-logs = Importar registros de copias
error-dialog-log-files = Registros de copias
error-dialog-every-file = Todos los archivos

## Step 10.

error-approval-refused = Anote al menos una prueba de restauración en el paso 9 antes de aprobar.

## Who has a plan open (the lock file beside it).

# $user is a login name, $host the name of a computer.
lock-held = { $user } tiene el plan abierto en el ordenador { $host }
lock-not-written = no se ha podido escribir el archivo de bloqueo: { $reason }

## Printing through the computer's print system (CUPS).

# $reason is one of the print-system-... reasons below, or the system's words.
print-system-none = Ningún sistema de impresión ha respondido en este ordenador ({ $reason }).
print-system-windows = Backup Planner imprime a través de CUPS, que Windows no tiene
print-system-not-running = su planificador no está en marcha
# $name is the printer asked for; $printers the names of the printers there are, with
# commas between.
print-system-unknown-printer = No hay ninguna impresora llamada «{ $name }» en este ordenador. Las impresoras que hay son: { $printers }.
print-system-no-printer = No hay ninguna impresora configurada en este ordenador.
# $said is what the print system answered, in its own words.
print-system-refused = La impresora no ha aceptado el documento: { $said }

## The limits of what a plan holds. A plan file with a value beyond them is refused with
## one of these, after "Line 12, column 3:". $min and $max are the range; $value is the
## value refused, as the file writes it (or one of the limits-value-... words).
## A quantity's .hint is what its field says when it refuses what was typed ($example
## is an everyday value); .hint-whole the same for whole numbers only.

limits-value-nan = NaN (no es un número)
limits-value-infinity = infinito

# The size of data or of storage, in gigabytes.
limits-size-gb = el tamaño en GB debe estar entre { $min } y { $max }, pero es { $value }
    .hint = Escriba un tamaño en GB entre { $min } y { $max }, por ejemplo { $example }
    .hint-whole = Escriba un tamaño en GB sin decimales entre { $min } y { $max }, por ejemplo { $example }
limits-percent = el porcentaje debe estar entre { $min } y { $max }, pero es { $value }
    .hint = Escriba un porcentaje entre { $min } y { $max }, por ejemplo { $example }
    .hint-whole = Escriba un porcentaje sin decimales entre { $min } y { $max }, por ejemplo { $example }
limits-hours = el número de horas debe estar entre { $min } y { $max }, pero es { $value }
    .hint = Escriba un número de horas entre { $min } y { $max }, por ejemplo { $example }
    .hint-whole = Escriba un número entero de horas entre { $min } y { $max }, por ejemplo { $example }
limits-minutes = el número de minutos debe estar entre { $min } y { $max }, pero es { $value }
    .hint = Escriba un número de minutos entre { $min } y { $max }, por ejemplo { $example }
    .hint-whole = Escriba un número entero de minutos entre { $min } y { $max }, por ejemplo { $example }
limits-days = el número de días debe estar entre { $min } y { $max }, pero es { $value }
    .hint = Escriba un número de días entre { $min } y { $max }, por ejemplo { $example }
    .hint-whole = Escriba un número entero de días entre { $min } y { $max }, por ejemplo { $example }
limits-months = el número de meses debe estar entre { $min } y { $max }, pero es { $value }
    .hint = Escriba un número de meses entre { $min } y { $max }, por ejemplo { $example }
    .hint-whole = Escriba un número entero de meses entre { $min } y { $max }, por ejemplo { $example }
# The number of a revision of the plan (1, 2, 3...).
limits-revision = el número de versión debe estar entre { $min } y { $max }, pero es { $value }
    .hint = Escriba un número de versión entre { $min } y { $max }, por ejemplo { $example }
    .hint-whole = Escriba un número de versión entero entre { $min } y { $max }, por ejemplo { $example }
# The numbers the plan file gives systems and backup destinations, to refer to them.
limits-id = el número que identifica una fila debe estar entre { $min } y { $max }, pero es { $value }
    .hint = Escriba un número que identifique una fila, entre { $min } y { $max }, por ejemplo { $example }
    .hint-whole = Escriba un número entero que identifique una fila, entre { $min } y { $max }, por ejemplo { $example }
# $first and $last are the first and last date a plan may hold; $date the date refused.
limits-date = la fecha debe estar entre el { $first } y el { $last }, pero es el { $date }
    .hint = Escriba una fecha entre el { $first } y el { $last } en el orden día/mes/año, por ejemplo { $example }
# $time is a time of day (23:59) that the file gives with a 60th second.
limits-time = la hora debe estar entre las 00:00 y las 23:59, pero el archivo indica { $time }:60

## Too much text in one field, or too many rows in one list, in a plan file. $place and
## $list say where, in the words of the limits-place-... messages below.

# $chars is a number of characters; $most the most one field takes.
limits-over-text = { $chars ->
        [one] { $chars } carácter
       *[other] { $chars } caracteres
    } en { $place }, y un campo admite como máximo { $most }
# $rows is a number of rows; $most the most one list takes.
limits-over-rows = { $rows ->
        [one] { $rows } fila
       *[other] { $rows } filas
    } en { $list }, y una lista admite como máximo { $most }

## Too much for a document to be made of. $document is "procedure" (the backup procedure,
## made of the whole plan) or "calendar" (a training session's calendar file).

limits-document-text = { $document ->
        [calendar]
            No se puede crear el archivo de calendario: la sesión de formación contiene { $chars ->
                [one] { $chars } carácter
               *[other] { $chars } caracteres
            } de texto, y un documento admite como máximo { $most }.
       *[procedure]
            No se puede crear el procedimiento: el plan contiene { $chars ->
                [one] { $chars } carácter
               *[other] { $chars } caracteres
            } de texto, y un documento admite como máximo { $most }.
    }
limits-document-rows = { $document ->
        [calendar]
            No se puede crear el archivo de calendario: la sesión de formación contiene { $rows ->
                [one] { $rows } fila
               *[other] { $rows } filas
            } en sus listas, y un documento admite como máximo { $most }.
       *[procedure]
            No se puede crear el procedimiento: el plan contiene { $rows ->
                [one] { $rows } fila
               *[other] { $rows } filas
            } en sus listas, y un documento admite como máximo { $most }.
    }
# Said after limits-document-text: $place is where the longest text is.
limits-document-longest-text = El texto más largo está en { $place } ({ $chars ->
        [one] { $chars } carácter
       *[other] { $chars } caracteres
    }).
# Said after limits-document-rows: $list is the longest list.
limits-document-longest-list = La lista más larga es { $list } ({ $rows ->
        [one] { $rows } fila
       *[other] { $rows } filas
    }).
# Two sentences one after the other, as the language writes them.
limits-two-sentences = { $first } { $second }

## Where something is in a plan, in words, built from the inside out: "the notes" of
## "system 4" in "step 8", in the copy of the plan kept with "revision 1". $number is the
## row's place in its list, counted from 1.

limits-place-plan = el plan
# A row of a list without a name of its own.
limits-place-row = la fila { $number }
# $thing is what is inside $owner: "the notes" of "system 4".
limits-place-of = { $thing } de { $owner }
# $thing is inside $part of the plan: "step 4" or "the plan details".
limits-place-in = { $thing } en { $part }
# $thing is in the copy of the whole plan that $owner ("revision 1") keeps.
limits-place-in-copy = { $thing }, en la copia del plan guardada con { $owner }
limits-place-in-a-copy = { $thing }, en una copia del plan
# A field without words of its own: $field is its name in the plan file.
limits-place-field = el campo «{ $field }»
# A row of a list without words of its own: $list is the list's name in the plan file.
limits-place-item = la fila { $number } de «{ $list }»
# A list without words of its own: $list is its name in the plan file.
limits-place-list = la lista «{ $list }»
# $place is where a list without a name of its own is.
limits-place-list-in = la lista que hay en { $place }

## The parts of the plan.

limits-part-plan-details = los Datos del plan
limits-part-step = el paso { $number }

## A row of each list of the plan, and (.list) the list itself.

limits-row-systems = la fila { $number } de la lista de sistemas
    .list = la lista de sistemas
limits-row-retention = la regla de conservación { $number }
    .list = la lista de reglas de conservación
limits-row-destinations = la fila { $number } de la lista de destinos
    .list = la lista de destinos
# One instruction of the backup procedure of step 4.
limits-row-steps = la instrucción { $number }
    .list = la lista de instrucciones
# A person to call when something goes wrong.
limits-row-escalation = la fila { $number } de la lista de contactos
    .list = la lista de contactos
limits-row-schedules = la programación { $number }
    .list = la lista de programaciones
limits-row-encryption = la comprobación de cifrado { $number }
    .list = la lista de comprobaciones de cifrado
limits-row-initial-backups = la copia inicial { $number }
    .list = la lista de copias iniciales
limits-row-errors = la fila { $number } del registro de errores
    .list = el registro de errores
limits-row-restore-tests = la prueba de restauración { $number }
    .list = la lista de pruebas de restauración
limits-row-approved-tests = la prueba de restauración aprobada { $number }
    .list = la lista de pruebas de restauración aprobadas
limits-row-entries = la revisión de registros { $number }
    .list = la lista de revisiones de registros
limits-row-history = la línea { $number } del historial de versiones
    .list = el historial de versiones
limits-row-sessions = la sesión de formación { $number }
    .list = la lista de sesiones de formación
limits-row-attendees = la fila { $number } de la lista de asistentes
    .list = la lista de asistentes
limits-row-revisions = la versión { $number }
    .list = la lista de versiones
# A line of what changed since the revision before.
limits-row-changes = la línea { $number } de la lista de cambios
    .list = la lista de cambios

## The fields of the plan that hold text, as a thing in a sentence: "the notes".

limits-field-action = la medida tomada
limits-field-adjustments = los ajustes realizados
limits-field-agenda = el orden del día
limits-field-anomalies = las anomalías
limits-field-approver = el aprobador
limits-field-author = el autor
limits-field-backup-durations = la duración de las copias
limits-field-change = el cambio
limits-field-checker = la persona que comprueba
limits-field-comment = el comentario
limits-field-consulted = las personas consultadas
limits-field-deputy = el suplente
limits-field-email = el correo electrónico
limits-field-error = el error
limits-field-error-codes = los códigos de error
limits-field-feedback = las opiniones del personal
limits-field-follow-up = el seguimiento
limits-field-gaps = las carencias encontradas
limits-field-id = el identificador
limits-field-key-holder = la persona que tiene la clave
limits-field-key-location = el lugar donde se guarda la clave
limits-field-location = la ubicación
limits-field-media-handling = el manejo de los soportes
limits-field-message = el mensaje
limits-field-name = el nombre
limits-field-note = la nota
limits-field-notes = las notas
limits-field-organisation = la organización
limits-field-owner = el propietario
limits-field-period = el periodo
limits-field-phone = el teléfono
limits-field-place = el lugar
limits-field-redundancy = la redundancia
limits-field-responsible = la persona responsable
limits-field-restore-times = los tiempos de restauración
limits-field-restored-to = el campo «Restaurado en»
limits-field-reviewer = el revisor
limits-field-role = el cargo
limits-field-time-zone = la zona horaria
limits-field-title = el título
limits-field-tool = la herramienta
limits-field-trainer = el formador
limits-field-trainer-email = el correo del formador
limits-field-version = la versión del documento
limits-field-what-to-bring = el campo «Qué traer»
# A field of step 14 headed "What works".
limits-field-what-works = el campo «Qué funciona»
# The identity of a training session in calendars (its UID).
limits-field-uid = el identificador para calendarios
