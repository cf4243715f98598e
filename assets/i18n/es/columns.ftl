## The columns of the tables the steps keep: each title (as the table and the document
## head it) and .change (how the change summary names the column, in lower case).

## Step 1: the critical systems.
column-systems-name = Sistema
    .change = nombre
column-systems-department = Departamento
    .change = departamento
column-systems-kind-of-data = Tipo de datos
    .change = tipo de datos
column-systems-owner = Propietario
    .change = propietario
column-systems-system-type = Tipo de sistema
    .change = tipo de sistema
# Where a system runs or is kept: a server room, a cloud service, a laptop.
column-systems-location = Dónde está
    .change = lugar
# The size of the system's data, in gigabytes.
column-systems-size = Tamaño (GB)
    .change = tamaño (GB)
# How much of the data changes on a normal day, as a percentage.
column-systems-daily-change = Cambio diario (%)
    .change = cambio diario (%)
# The recovery point objective (RPO), in hours.
column-systems-max-data-loss = Pérdida máx. de datos (h)
    .change = pérdida máxima de datos (h)
# The recovery time objective (RTO), in hours.
column-systems-max-downtime = Inactividad máx. (h)
    .change = tiempo máximo de inactividad (h)
column-systems-redundancy = Redundancia existente
    .change = redundancia

## Step 3: how long each kind of data is kept.
column-retention-kind-of-data = Tipo de datos
    .change = tipo de datos
# How long the backups of a kind of data are kept.
column-retention-period = Conservar las copias
    .change = conservación
# Why they are kept that long: a law, a contract, a business need.
column-retention-reason = Motivo
    .change = motivo
column-retention-note = Nota
    .change = nota

## Step 4: where the copies go.
# The name of a place backup copies go to; .change names the destination's name.
column-destinations-name = Destino
    .change = nombre
column-destinations-kind = Tipo
    .change = tipo
column-destinations-location = Ubicación
    .change = ubicación
# Whether the copies there cannot be changed or deleted until they expire (a checkbox).
column-destinations-immutable = Inmutable
    .change = inmutable

## Step 4: the procedure, one instruction a row.
column-procedure-instruction = Instrucción
    .change = instrucción

## Step 4: whom to call when something goes wrong.
column-contacts-name = Nombre
    .change = nombre
column-contacts-role = Cargo
    .change = cargo
column-contacts-phone = Teléfono
    .change = teléfono
column-contacts-email = Correo
    .change = correo electrónico

## Step 5: the backup schedules.
column-schedules-frequency = Frecuencia
    .change = frecuencia
column-schedules-system = Sistema
    .change = sistema
column-schedules-start-time = Hora de inicio
    .change = hora de inicio
column-schedules-backup-type = Tipo de copia
    .change = tipo de copia
column-schedules-tool = Herramienta
    .change = herramienta
column-schedules-tested-on = Probada el
    .change = probada el

## Step 6: the encryption of each backup destination.
column-encryption-destination = Destino
    .change = destino
column-encryption-method = Método
    .change = método
# What the encryption protects: the copies in transit, at rest, or both.
column-encryption-scope = Protege
    .change = protección
column-encryption-key-holder = Tiene la clave
    .change = quién tiene la clave
# Where the encryption key (or its copy) is kept.
column-encryption-key-location = Dónde se guarda la clave
    .change = lugar de la clave
column-encryption-verified-on = Comprobado el
    .change = comprobado el

## Step 7: the first full backups.
column-initial-backups-system-type = Tipo de sistema
    .change = tipo de sistema
column-initial-backups-status = Estado
    .change = estado
column-initial-backups-date = Fecha
    .change = fecha
column-initial-backups-duration = Duración (h)
    .change = duración (h)
column-initial-backups-size = Tamaño (GB)
    .change = tamaño (GB)
column-initial-backups-notes = Problemas y lecciones aprendidas
    .change = problemas y lecciones aprendidas

## Step 8: the error log.
column-errors-date = Fecha
    .change = fecha
column-errors-system = Sistema
    .change = sistema
column-errors-error = Error
    .change = error
column-errors-action = Medida tomada
    .change = medida tomada

## Step 9: the restore tests.
column-restore-tests-date = Fecha
    .change = fecha
# What a restore test brought back: a file, a database, a whole system.
column-restore-tests-kind = Qué se restauró
    .change = qué se restauró
column-restore-tests-system = Sistema
    .change = sistema
# Where the restored data was put (never over the original).
column-restore-tests-restored-to = Restaurado en
    .change = restaurado en
column-restore-tests-result = Resultado
    .change = resultado
column-restore-tests-duration = Tiempo empleado (h)
    .change = tiempo empleado (h)
column-restore-tests-notes = Notas
    .change = notas

## Step 11: the readings of the backup logs.
column-log-reviews-date = Fecha
    .change = fecha
# The span of time whose logs a review read, e.g. "March".
column-log-reviews-period = Periodo revisado
    .change = periodo revisado
column-log-reviews-anomalies = Anomalías
    .change = anomalías
column-log-reviews-error-codes = Códigos de error
    .change = códigos de error
column-log-reviews-follow-up = Seguimiento
    .change = seguimiento

## Step 12: the revision history of the document.
column-revisions-version = Versión
    .change = versión
column-revisions-date = Fecha
    .change = fecha
column-revisions-author = Autor
    .change = autor
# What changed in a revision of the document.
column-revisions-change = Qué cambió
    .change = qué cambió

## Step 13: the people invited to a training session.
column-attendees-name = Nombre
    .change = nombre
column-attendees-email = Correo
    .change = correo electrónico
# Whether the person came to the session (a checkbox).
column-attendees-attended = Asistió
    .change = asistió
