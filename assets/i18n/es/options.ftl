## The option lists of the dropdowns. Those of the seed workflow keep its labels to the letter;
## .note says what an option means where its label alone may not.


## Department: Department that owns a system (seed, step 1).
option-department-finance = Finanzas
option-department-human-resources = Recursos Humanos
option-department-it = Informática
option-department-sales = Ventas
option-department-operations = Operaciones

## CurrentSolution: The backup solution in place today (seed, step 2), or (ours) "Not sure".
option-current-solution-cloud-based = En la nube
    .note = Las copias se envían a un servicio en internet.
option-current-solution-on-premises = En la oficina
    .note = Las copias se guardan en equipos de la oficina.
option-current-solution-hybrid = Híbrida
    .note = Unas copias se guardan en la oficina y otras en la nube.
option-current-solution-manual-process = Proceso manual
    .note = Alguien copia los archivos a mano, por ejemplo en un disco USB.
option-current-solution-no-solution = Ninguna
option-current-solution-not-sure = No lo sé
    .note = Aquí nadie lo sabe todavía: pregunte a quien se ocupa de los ordenadores.

## RetentionPeriod: How long backups of a kind of data are kept (seed, step 3). The seed's five, and (ours) the years the law commonly asks for records, so a plan can follow the law without keeping everything for ever.
option-retention-period-one-month = 1 mes
option-retention-period-three-months = 3 meses
option-retention-period-six-months = 6 meses
option-retention-period-one-year = 1 año
option-retention-period-two-years = 2 años
option-retention-period-three-years = 3 años
option-retention-period-six-years = 6 años
option-retention-period-seven-years = 7 años
option-retention-period-ten-years = 10 años
option-retention-period-indefinitely = Indefinidamente

## DataKind: Kind of data a system holds (seed, step 3).
option-data-kind-financial-data = Datos financieros
option-data-kind-client-information = Información de clientes
option-data-kind-intellectual-property = Propiedad intelectual
option-data-kind-operational-data = Datos operativos
option-data-kind-compliance-data = Datos de cumplimiento

## Frequency: How often a backup runs, or a check is made (seed, step 5).
option-frequency-hourly = Cada hora
option-frequency-daily = Diaria
option-frequency-weekly = Semanal
option-frequency-bi-weekly = Quincenal
    .note = Cada dos semanas, no dos veces por semana.
option-frequency-monthly = Mensual

## Encryption: Encryption method of a backup destination (seed, step 6), and (ours) the answers a person gives who did not set the encryption up.
option-encryption-aes128 = AES-128
    .note = Fuerte y seguro, aunque AES-256 es la opción más habitual.
option-encryption-aes256 = AES-256
    .note = Fuerte, y la opción habitual.
option-encryption-rsa = RSA
    .note = Protege las claves, no las copias en sí: compruebe qué usa el programa para los datos.
option-encryption-blowfish = Blowfish
    .note = Un método antiguo, que ya no es seguro para las grandes cantidades de datos que contienen las copias.
option-encryption-none = Ninguno
    .note = Cualquiera que consiga una copia puede leerla.
option-encryption-by-provider = Lo hace el proveedor
    .note = El servicio o el dispositivo cifra las copias por sí mismo; averigüe quién tiene la clave.
option-encryption-not-sure = No lo sé
    .note = { option-ask-who-set-it-up }

## SystemType: Kind of system (seed, step 7), and (ours) what small offices run most.
option-system-type-database-servers = Servidores de bases de datos
    .note = Ordenadores con una base de datos, como la del programa de contabilidad.
option-system-type-file-servers = Servidores de archivos
    .note = Un ordenador que guarda las carpetas compartidas de la oficina.
option-system-type-application-servers = Servidores de aplicaciones
    .note = Un ordenador con un programa que usa toda la oficina, como el de nóminas.
option-system-type-virtual-machines = Máquinas virtuales
    .note = Ordenadores simulados dentro de otro ordenador; a menudo se copian enteros.
option-system-type-network-devices = Dispositivos de red
    .note = Routers, switches y cortafuegos, cuya configuración conviene guardar.
option-system-type-pcs-and-laptops = Ordenadores y portátiles
    .note = Los ordenadores en los que trabaja la gente y los archivos que guardan en ellos.
option-system-type-nas = NAS (almacenamiento en red)
    .note = Un equipo de almacenamiento en la red de la oficina que guarda archivos compartidos.
option-system-type-cloud-services = Servicios en la nube (como Microsoft 365)
    .note = Programas que se usan por internet, cuyo proveedor no siempre hace copias de seguridad por usted.

## RestoreKind: What a restore test brought back (seed, step 9).
option-restore-kind-individual-files = Archivos sueltos
option-restore-kind-whole-databases = Bases de datos completas
option-restore-kind-system-images = Imágenes del sistema
option-restore-kind-application-data = Datos de aplicaciones
option-restore-kind-user-settings = Ajustes de usuario

## RetentionReason: Why a retention period was chosen (ours, step 3).
option-retention-reason-law = Ley
option-retention-reason-contract = Contrato
option-retention-reason-business = Necesidad del negocio

## DestinationKind: Where a backup copy is kept (ours, step 4).
option-destination-kind-on-site = En la oficina
    .note = { term-on-site.explanation }
option-destination-kind-off-site = Fuera de la oficina
    .note = { term-off-site.explanation }
option-destination-kind-offline = Copia desconectada
    .note = { term-offline-copy.explanation }

## BackupType: What a backup run copies, or "Not sure" (ours, step 5).
option-backup-type-full = Completa
    .note = { term-full-backup.explanation }
option-backup-type-incremental = Incremental
    .note = { term-incremental.explanation }
option-backup-type-differential = Diferencial
    .note = { term-differential.explanation }
option-backup-type-not-sure = No lo sé
    .note = El cálculo de espacio la cuenta como completa hasta que usted lo averigüe.

## EncryptionScope: Whether encryption protects stored copies, copies on the move, or both, or "Not sure" (ours, step 6).
option-encryption-scope-at-rest = En reposo
    .note = { term-at-rest.explanation }
option-encryption-scope-in-transit = En tránsito
    .note = { term-in-transit.explanation }
option-encryption-scope-both = En reposo y en tránsito
    .note = Mientras se guardan y mientras se envían: la opción más segura.
option-encryption-scope-not-sure = No lo sé
    .note = { option-ask-who-set-it-up }

## InitialStatus: State of an initial backup (ours, step 7).
option-initial-status-not-started = Sin empezar
option-initial-status-in-progress = En curso
option-initial-status-succeeded = Correcta
option-initial-status-failed = Fallida

## MonitorMethod: How backup jobs are watched (ours, step 8).
option-monitor-method-alert-mail = Correo de alerta
option-monitor-method-dashboard = Panel de control
option-monitor-method-manual-check = Comprobación manual

## RestoreResult: Outcome of a restore test (ours, step 9).
option-restore-result-success = Correcta
option-restore-result-partial = Restaurada en parte
option-restore-result-failed = Fallida

## Decision: The approver's decision (ours, step 10).
option-decision-approved = Aprobado
option-decision-changes-requested = Cambios solicitados
option-decision-rejected = Rechazado

## Country: The country whose common record-keeping periods the adviser compares with (ours).
option-country-united-kingdom = Reino Unido
option-country-germany = Alemania
option-country-austria = Austria
option-country-switzerland = Suiza
option-country-france = Francia
option-country-spain = España
option-country-united-states = Estados Unidos
option-country-other = Otro país

# The note of "Not sure" about how a destination is protected.
option-ask-who-set-it-up = Pregunte a quien configuró el destino, o al proveedor.
