## The documents a plan prints: the backup procedure, the training invitation, its
## calendar file and e-mail, and the calendar of recurring duties. They are written in
## the plan's document language (chosen in Plan details), which may differ from the
## window's. A variable that chooses between yes and no ($named, $dated...) is "yes"
## or "no".

## Shared by every document.

# Put where a value is missing: in a table cell, or for a name nobody typed.
doc-none = –
# A system without a name, by its place in the list of critical systems (1, 2, 3...).
doc-system-unnamed = Sistema { $number }
# Where a row of a table names no system.
doc-no-system = ningún sistema elegido
doc-untitled-plan = Plan sin título
# A step of the workflow: $number is its number, $title its title.
doc-step = Paso { $number }. { $title }
# A date and a time of day: $date written the language's way, $time as 22:30.
doc-date-time = { $date } { $time }
# A yes-or-no cell of a table.
doc-yes = Sí
doc-no = No
# Whether an option's label is written in lower case inside a sentence ("file servers",
# "financial data"): yes, or no where nouns keep their capitals (German).
doc-labels-lowercase = yes

## The backup procedure: the words its pages print around the plan's answers.

procedure-cover-kind = Procedimiento de copia de seguridad
procedure-label-revision = Versión del plan
procedure-label-version = Versión del documento
procedure-label-approval = Aprobación
procedure-label-next-review = Próxima revisión
procedure-label-printed-on = Fecha de impresión
procedure-label-comment = Comentario
procedure-cover-note = Este procedimiento sigue los 14 pasos de un proceso de copia de seguridad alineado con la norma ISO/IEC 27002:2022. El anexo relaciona cada paso con sus controles.
# At the foot of every page: $revision is the plan's revision number, $date the day
# the document was printed.
procedure-footer = Versión { $revision } del plan, impresa el { $date }
# At the foot of every page: $page is the page's number, $pages the number of pages.
procedure-page = Página { $page } de { $pages }
procedure-heading-control = Control del documento
procedure-no-revisions = Todavía no se ha registrado ninguna versión.
procedure-heading-systems = Sistemas críticos
procedure-systems-note = RPO: el máximo de trabajo que se puede perder, en horas desde la última copia de seguridad. RTO: el tiempo máximo que el sistema puede estar fuera de servicio.
procedure-no-systems = Todavía no se ha registrado ningún sistema.
procedure-heading-duties = Quién hace qué y cuándo
procedure-no-duties = Todavía no se ha asignado ninguna tarea.
procedure-heading-steps = El procedimiento, paso a paso
procedure-heading-restore-tests = Pruebas de restauración
procedure-no-restore-tests = Todavía no se ha registrado ninguna prueba de restauración.
procedure-heading-health = Estado de las copias de seguridad
procedure-heading-findings = Observaciones pendientes
procedure-heading-sign-off = Firmas
procedure-sign-off = Con nuestra firma, confirmamos que este procedimiento describe cómo se hacen, se comprueban y se restauran las copias de seguridad de la oficina, y nos comprometemos a cumplirlo.
# Above the lines to sign on: who signs.
procedure-signature-prepared = Elaborado por (responsable de las copias de seguridad)
procedure-signature-approved = Aprobado por
# Beside the lines to sign on.
procedure-signature-name = Nombre
procedure-signature-signature = Firma
procedure-signature-date = Fecha
procedure-heading-appendix = Anexo: pasos y controles de la norma ISO/IEC 27002:2022
procedure-appendix-column-step = Paso
procedure-appendix-column-title = Título
procedure-appendix-column-controls = Controles de ISO/IEC 27002:2022
# The heading of a step's section: $number is the step's number, $title its title.
procedure-section-heading = { $number }. { $title }
# Under a step's heading and a finding: $controls lists the controls ("8.13 Information backup, ...").
procedure-controls = ISO/IEC 27002:2022: { $controls }
# Said in a step's section when nothing is recorded for the step.
procedure-not-recorded = Todavía no se ha registrado nada para este paso.

## The procedure's tables.

procedure-systems-column-retention = Conservación
procedure-systems-column-encryption = Cifrado
procedure-systems-column-rpo = RPO
procedure-systems-column-rto = RTO
# A number of hours in a table cell: $hours is a number.
procedure-hours = { $hours } h
procedure-duties-column-who = Quién
procedure-duties-column-what = Qué
procedure-duties-column-when = Cuándo
procedure-duty-responsible = Es responsable de las copias de seguridad y sigue este procedimiento
procedure-duty-always = Siempre
procedure-duty-deputy = Sustituye a la persona responsable
procedure-duty-deputy-when = En su ausencia
# Who runs a backup when the plan names no tool.
procedure-duty-software = El programa de copia de seguridad
# A schedule in the table of duties: $system is backed up; $kind is full, incremental,
# differential, not-sure or none; $label is the backup type's name in lower case.
procedure-duty-backs-up = Hace la copia de seguridad de { $system }{ $kind ->
        [not-sure] {" "}(tipo aún desconocido)
        [none] {""}
       *[other] {" "}({ $label })
    }
# When a schedule runs: $when is how often ("Daily"), $time the time it starts (22:30).
procedure-duty-when-from = { $when }, a partir de las { $time }
# What the person checking the backups does: $method is how they check, in lower case
# ("e-mail reports from the backup software").
procedure-duty-checks = Comprueba que se han hecho las copias de seguridad { $known ->
        [yes] mediante { $method }
       *[no] revisándolas
    }
procedure-duty-reads-logs = Lee los registros de copias en busca de anomalías

## The procedure's approval.

# The approver with their role: "Margaret O'Neill (Managing partner)".
procedure-approver-role = { $approver } ({ $role })
# The state of the approval, on the cover and in step 10: $who approved (with their
# role), on $date.
procedure-approval-approved = { $dated ->
        [yes] Aprobado por { $who } el { $date }
       *[no] Aprobado por { $who }
    }
procedure-approval-outdated = { $dated ->
        [yes] Aprobado por { $who } el { $date }, pero las pruebas de restauración han cambiado desde entonces: hay que volver a aprobarlas
       *[no] Aprobado por { $who }, pero las pruebas de restauración han cambiado desde entonces: hay que volver a aprobarlas
    }
procedure-approval-changes-requested = { $dated ->
        [yes] Cambios solicitados por { $who } el { $date }
       *[no] Cambios solicitados por { $who }
    }
procedure-approval-rejected = { $dated ->
        [yes] Rechazado por { $who } el { $date }
       *[no] Rechazado por { $who }
    }
procedure-approval-none = Sin aprobar
# The state of the approval (one of the above) as a sentence in step 10.
procedure-approval-sentence = { $approval }.
procedure-approval-comment = Comentario: { $comment }

## The changes since the last approved revision, in the document control.

# $revision is the number of the last approved revision.
procedure-changes-in = Cambios en la versión { $revision }
procedure-changes-since = Cambios desde la versión { $revision } (aún sin aprobar)

## Step 1: the critical systems.

procedure-systems-count = { $count ->
        [one] La oficina depende de un sistema crítico.
       *[other] La oficina depende de { $count } sistemas críticos.
    }
# A system and what it is: $about lists its department, kind of data and type
# ("Accounts (Finance, financial data, servers)").
procedure-system-about = { $system } ({ $about })
# $system is the system (as above); $owner and $location are typed by the person.
procedure-system-owner = { $owned ->
        [yes] { $placed ->
            [yes] { $system } tiene como propietario a { $owner } y se encuentra en { $location }.
           *[no] { $system } tiene como propietario a { $owner }.
        }
       *[no] { $placed ->
            [yes] { $system } todavía no tiene un propietario designado y se encuentra en { $location }.
           *[no] { $system } todavía no tiene un propietario designado.
        }
    }
# $size is in gigabytes, $change a percentage; both are numbers.
procedure-system-size = { $changing ->
        [yes] Contiene unos { $size } GB, de los que cambia cada día el { $change } %.
       *[no] Contiene unos { $size } GB.
    }
# $hours is a number.
procedure-system-rpo = { $hours ->
        [one] Se puede perder como máximo { $hours } hora de trabajo.
       *[other] Se pueden perder como máximo { $hours } horas de trabajo.
    }
procedure-system-rto = { $hours ->
        [one] Puede estar fuera de servicio como máximo { $hours } hora.
       *[other] Puede estar fuera de servicio como máximo { $hours } horas.
    }
procedure-system-redundancy = Redundancia existente: { $redundancy }.

## Step 2: the backups before the plan.

procedure-assessment-unknown = Todavía nadie sabe cómo se hacían las copias de seguridad antes de este plan: hay que averiguarlo.
# $solution is the option chosen ("Manual copies to a USB drive").
procedure-assessment-solution = Solución de copia de seguridad anterior a este plan: { $solution }.
# $text is what the person wrote.
procedure-assessment-works = Qué funciona: { $text }
procedure-assessment-gaps = Carencias encontradas: { $text }
procedure-assessment-consulted = Personas consultadas: { $text }

## Step 3: how long backups are kept.

procedure-retention-unnamed-kind = Datos de un tipo sin nombre
# $kind is a kind of data ("Financial data"), at the start of the sentence; $period is
# indefinitely, set or none; $time the period chosen ("1 year"); $reason is law,
# contract, business or none.
procedure-retention = { $kind }: { $period ->
        [indefinitely] las copias se conservan indefinidamente
        [none] todavía no se ha fijado un periodo de conservación
       *[set] las copias se conservan durante { $time }
    }{ $reason ->
        [law] , como exige la ley
        [contract] , como exige un contrato
        [business] , por necesidades propias de la oficina
       *[none] {""}
    }.

## Step 4: who does the backups and where the copies go.

# $who is the person responsible, $deputy the person standing in.
procedure-responsible = { $who } es la persona responsable de las copias de seguridad.
procedure-deputy-only = { $deputy } actúa como suplente; todavía no se ha nombrado a ninguna persona responsable.
procedure-responsible-and-deputy = { $who } es la persona responsable de las copias de seguridad; { $deputy } la sustituye cuando { $who } no está.
procedure-destinations-intro = Las copias de seguridad se guardan en estos lugares:
# A place backup copies go: $name as typed; $kind is on-site, off-site, offline or none;
# $location is where it is, as typed.
procedure-destination = { $name } ({ $kind ->
        [on-site] en la oficina
        [off-site] fuera de la oficina
        [offline] copia desconectada
       *[none] tipo sin indicar
    }){ $placed ->
        [yes] : { $location }
       *[no] {""}
    }
# Where a sentence or a table names a destination that has no name or was removed.
procedure-destination-unnamed = un destino sin nombre
procedure-routine-intro = La rutina, en orden:
procedure-escalation-intro = Cuando algo vaya mal, llame a:
procedure-media = Soportes de copia de seguridad: { $text }

## Step 5: the backup schedules and the storage they need.

# One schedule: $system is backed up; $kind is full, incremental, differential,
# not-sure or none; $often is hourly, daily, weekly, biweekly, monthly or none;
# $start is the time it starts (22:30); $tool the program that runs it, as typed.
procedure-schedule = Se hace { $kind ->
        [full] una copia completa
        [incremental] una copia incremental
        [differential] una copia diferencial
        [not-sure] una copia de seguridad (de un tipo aún por averiguar)
       *[none] una copia de seguridad
    } de { $system }{ $often ->
        [hourly] {" "}cada hora
        [daily] {" "}cada día
        [weekly] {" "}cada semana
        [biweekly] {" "}cada dos semanas
        [monthly] {" "}cada mes
       *[none] {""}
    }{ $started ->
        [yes] , a partir de las { $start }
       *[no] {""}
    }{ $run ->
        [yes] , con { $tool }
       *[no] {""}
    }.
procedure-schedule-tested = Se comprobó que funcionaba el { $date }.
procedure-schedule-untested = Todavía no se ha comprobado que funcione.
procedure-estimate-intro = Espacio que necesitan las copias de seguridad (cálculo aproximado):
# $days is a number of days; $percent a percentage.
procedure-estimate-assumed = Supuestos: una copia completa cada { $days ->
        [one] día
       *[other] { $days } días
    } cuando no hay ninguna programación de tipo «Completa», y un ahorro del { $percent } % gracias a la compresión y la deduplicación.
procedure-estimate-grows = Algunos datos se conservan indefinidamente: el espacio necesario crece cada año.

## Step 6: encryption.

# Copies at $place (a destination's name); $method is none, provider, not-sure, unset
# or other (then $label names it: "AES-256"); $scope is at-rest, in-transit, both,
# not-sure or none.
procedure-encryption = { $method ->
        [none] Las copias en { $place } no están cifradas
        [provider] Las copias en { $place } están cifradas por el proveedor
        [not-sure] Todavía nadie sabe si las copias en { $place } están cifradas: hay que averiguarlo
        [unset] Todavía no consta el cifrado de las copias en { $place }
       *[other] Las copias en { $place } están cifradas con { $label }
    }{ $scope ->
        [at-rest] {" "}mientras están guardadas
        [in-transit] {" "}mientras se envían
        [both] {" "}mientras están guardadas y mientras se envían
        [not-sure] ; aún hay que averiguar si lo están mientras se guardan, mientras se envían o en ambos casos
       *[none] {""}
    }.
# $holder is who holds the key, $place where it is kept, as typed.
procedure-encryption-key-holder = La clave está en poder de { $holder }.
procedure-encryption-key-holder-place = La clave está en poder de { $holder } y se guarda en { $place }.
procedure-encryption-key-place = La clave se guarda en { $place }.
procedure-encryption-checked = Se comprobó el { $date }.

## Step 7: the first full backups.

procedure-initial-unnamed-kind = un tipo de sistema sin nombre
# $what is a kind of system in lower case ("file servers"); $status is succeeded,
# failed, in-progress or not-started.
procedure-initial = { $status ->
        [succeeded] La primera copia completa de { $what } se realizó correctamente{ $dated ->
            [yes] {" "}el { $date }
           *[no] {""}
        }
        [failed] La primera copia completa de { $what } falló{ $dated ->
            [yes] {" "}el { $date }
           *[no] {""}
        }
        [in-progress] La primera copia completa de { $what } está en curso{ $dated ->
            [yes] {" "}desde el { $date }
           *[no] {""}
        }
       *[not-started] La primera copia completa de { $what } todavía no ha empezado{ $dated ->
            [yes] {" "}(fecha: { $date })
           *[no] {""}
        }
    }.
# $hours and $size (in gigabytes) are numbers.
procedure-initial-facts = { $timed ->
        [yes] { $sized ->
            [yes] { $hours ->
                [one] Tardó { $hours } hora y ocupó { $size } GB.
               *[other] Tardó { $hours } horas y ocupó { $size } GB.
            }
           *[no] { $hours ->
                [one] Tardó { $hours } hora.
               *[other] Tardó { $hours } horas.
            }
        }
       *[no] Ocupó { $size } GB.
    }
procedure-initial-lessons = Lecciones aprendidas: { $notes }

## Step 8: monitoring.

# $who checks (as typed); $often as in procedure-schedule; $method is how, in lower case.
procedure-monitoring = { $named ->
        [yes] { $who }
       *[no] Una persona aún por designar
    } comprueba que se han hecho las copias de seguridad{ $often ->
        [hourly] {" "}cada hora
        [daily] {" "}cada día
        [weekly] {" "}cada semana
        [biweekly] {" "}cada dos semanas
        [monthly] {" "}cada mes
       *[none] {""}
    }{ $known ->
        [yes] , mediante { $method }
       *[no] {""}
    }.
procedure-monitoring-no-errors = No consta ningún error de copia de seguridad.
procedure-monitoring-errors = Errores registrados y medidas tomadas:

## Step 9: restore tests.

procedure-restore-cadence = { $months ->
        [one] Se prueba una restauración cada mes.
       *[other] Se prueba una restauración cada { $months } meses.
    }
procedure-restore-recorded = { $count ->
        [one] Consta una prueba de restauración; los detalles figuran más abajo, en el apartado «{ procedure-heading-restore-tests }». Los datos se restauran siempre en un lugar aparte, nunca encima del original.
       *[other] Constan { $count } pruebas de restauración; los detalles figuran más abajo, en el apartado «{ procedure-heading-restore-tests }». Los datos se restauran siempre en un lugar aparte, nunca encima del original.
    }

## Step 11: log reviews.

# $who reviews (as typed); $often as in procedure-schedule.
procedure-log-review = { $named ->
        [yes] { $who }
       *[no] Una persona aún por designar
    } lee los registros de copias de principio a fin{ $often ->
        [hourly] {" "}cada hora
        [daily] {" "}cada día
        [weekly] {" "}cada semana
        [biweekly] {" "}cada dos semanas
        [monthly] {" "}cada mes
       *[none] {""}
    }.

## Step 12: the documentation.

# $version is the document's version, as typed.
procedure-documentation-version = Esta es la versión { $version } del procedimiento.
procedure-documentation-next-review = Se volverá a revisar antes del { $date }.
procedure-documentation-history = Su historial de versiones figura en el control del documento, al principio.

## Step 13: training.

# A training session: $title as typed; $date, $time (14:00), $minutes (a number),
# $place and $trainer are each said only when known.
procedure-training-session = «{ $title }»{ $dated ->
        [yes] {" "}el { $date }
       *[no] {""}
    }{ $timed ->
        [yes] {" "}a las { $time }
       *[no] {""}
    }{ $lasting ->
        [yes] , con una duración de { $minutes ->
            [one] { $minutes } minuto
           *[other] { $minutes } minutos
        }
       *[no] {""}
    }{ $placed ->
        [yes] , en { $place }
       *[no] {""}
    }{ $given ->
        [yes] , impartida por { $trainer }
       *[no] {""}
    }.
procedure-training-agenda = Orden del día: { $agenda }
# $people lists people by name ("A, B and C").
procedure-training-invited = Personas invitadas: { $people }.
procedure-training-no-attendance = No se ha registrado la asistencia.
procedure-training-attended = Asistieron: { $people }.

## Step 14: evaluation.

procedure-evaluation-date = La última evaluación de las copias de seguridad se hizo el { $date }.
# $percent is a number.
procedure-evaluation-success = El { $percent } % de las ejecuciones de copia de seguridad terminaron correctamente.
# $size is a number of gigabytes.
procedure-evaluation-storage = Las copias de seguridad ocupan { $size } GB de almacenamiento.
# $text is what the person wrote.
procedure-evaluation-durations = Duración de las copias: { $text }
procedure-evaluation-restore-times = Tiempos de restauración frente al RTO: { $text }
procedure-evaluation-adjustments = Qué se ha ajustado: { $text }
procedure-evaluation-feedback = Opiniones del personal: { $text }
procedure-evaluation-next = La próxima evaluación debe hacerse antes del { $date }.

## The adviser's open findings.

# The first line of the chapter: $date is the day of the check.
procedure-findings-none = Plan comprobado el { $date }: cumple todas las comprobaciones de buenas prácticas.
# $summary counts the findings by severity ("1 high, 3 medium").
procedure-findings-some = Plan comprobado el { $date }. Observaciones por gravedad: { $summary }. Cada una se explica a continuación junto con lo que hay que hacer; se resuelven modificando el plan.
# A finding's first line: $severity is its severity ("High"), $title says what is wrong.
procedure-finding-heading = { $severity }: { $title }
# $advice says what to do about a finding.
procedure-finding-advice = Qué hacer: { $advice }
# The last line of a finding's list when it has more lines than are printed.
procedure-finding-more = … y { $count } más

## The procedure's chapter "Backup health": what the imported backup logs show.

health-no-logs = Todavía no se ha importado ningún registro de copias en este plan, así que este capítulo no puede indicar cómo se hicieron realmente las copias. Los registros de las herramientas de copia de seguridad se pueden importar en Backup Planner (Archivo > Importar registros de copias...).
health-no-match = Los registros de copias importados en este plan no mencionan ningún sistema de la lista de sistemas críticos, así que todavía no se pueden valorar las copias de ningún sistema.
# $date is the day the document is made.
health-intro = Lo que anotaron los registros de las propias herramientas de copia de seguridad, comparado con este plan: la programación de cada sistema, su RPO y su RTO. Situación a { $date }.
# $jobs lists the names of the backup jobs no system is matched to.
health-unmatched = Trabajos de copia no asignados a ningún sistema, que se han dejado fuera: { $jobs }.
# The labels of a system's facts, and the facts.
health-fact-last-good = Última copia correcta
health-last-good-none = ninguna en los registros
# $at is the date and time of the last good backup; $since how long before the
# document's date ("9 hours"); $rpo the most the system's RPO allows ("24 hours").
health-last-good = { $at }{ $aged ->
        [yes] , { $since } antes de la fecha de este documento
       *[no] {""}
    }{ $bounded ->
        [yes] ; su RPO permite { $rpo }
       *[no] {""}
    }
health-fact-backups = Copias en los registros
# $count backups, the first on $first and the last on $last.
health-backups = { $count } del { $first } al { $last }
health-fact-succeeded = Correctas
# $percent is a number; $good of $count backups worked.
health-succeeded = { $percent } % ({ $good } de { $count })
health-fact-failed = Fallidas
# $count backups failed, the last at $at; $message is what the backup tool said.
health-failed = { $said ->
        [yes] { $count }; la última, el { $at }: { $message }
       *[no] { $count }; la última, el { $at }
    }
health-fact-warnings = Terminadas con advertencias
health-fact-missed = No realizadas
# $count gaps without a backup; the longest from $from to $to (dates and times).
health-missed = { $count ->
        [one] { $count } hueco
       *[other] { $count } huecos
    } sin copia; el más largo, del { $from } al { $to }
health-fact-duration = Duración de una copia
# $usual and $longest are spans of time ("1 hour").
health-duration = normalmente { $usual }; la más larga, { $longest }
health-fact-size = Tamaño de la copia
# $first and $last are numbers of gigabytes.
health-size = { $first } GB al principio, { $last } GB en la última copia
health-fact-restores = Restauraciones
# $count restores; the slowest took $slowest ("2 hours"); $rto is the RTO ("4 hours").
health-restores = { $bounded ->
        [yes] { $count }; la más lenta tardó { $slowest }, frente a un RTO de { $rto }
       *[no] { $count }; la más lenta tardó { $slowest }
    }
# Said under a system's facts.
health-verdict-fine = No se ha encontrado ningún problema en sus ejecuciones.
health-verdict-rpo = Revise primero este sistema: no tiene ninguna copia correcta tan reciente como exige su RPO.
health-verdict-look = Lo que muestran las ejecuciones merece una revisión; las observaciones pendientes indican qué hacer.
# Above a system's chart of backups: $period is day, week, month or days (then $days
# is the number of days in each bar); $first and $last are dates.
health-chart-caption = Copias por { $period ->
        [day] día
        [week] semana
        [month] mes
       *[days] periodo de { $days ->
            [one] { $days } día
           *[other] { $days } días
        }
    }, del { $first } al { $last }
# What the top of the chart stands for.
health-chart-top = { $count ->
        [one] { $count } copia
       *[other] { $count } copias
    }
# Under the chart: $period as in health-chart-caption.
health-chart-legend = Verde: copias que funcionaron. Rojo: copias que fallaron. Gris: ninguna copia { $period ->
        [day] ese día
        [week] esa semana
        [month] ese mes
       *[days] en esos días
    }.

## The training invitation: a page for each person invited.

invitation-heading = Invitación a la formación sobre los procedimientos de copia de seguridad
# The greeting: $name is the person invited.
invitation-dear = Estimado/a { $name }:
# The greeting of the page for everyone.
invitation-all-staff = A todo el personal:
# $title is the session's title, printed in bold.
invitation-invited = Le invitamos a { $title }: una breve sesión sobre cómo hace la oficina las copias de seguridad de sus datos y qué supone eso para cada uno de nosotros. No hace falta ningún conocimiento técnico.
invitation-when = Cuándo
invitation-duration = Duración
invitation-where = Lugar
invitation-trainer = Formador
invitation-bring = Qué traer
invitation-agenda = Orden del día
invitation-cannot-come = Si no puede asistir, avise al formador para que se pueda buscar otra fecha.
# Where the session's title, place or trainer is not known yet.
invitation-to-be-announced = Por determinar
invitation-date-to-be-announced = Fecha por determinar
# How long the session lasts: $minutes is a number.
invitation-minutes = { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }
invitation-about-an-hour = Aproximadamente una hora
invitation-bring-nothing = Solo sus preguntas.
# When the session is: $date is a long date ("Thursday 2 April 2026"); $times is span,
# start or none; $start and $end are times (14:00); $zone is the office's time zone
# (Europe/London).
invitation-when-text = { $times ->
        [span] { $date }, de { $start } a { $end }
        [start] { $date }, a las { $start }
       *[none] { $date }
    }{ $zoned ->
        [yes] {" "}({ $zone })
       *[no] {""}
    }
# A long date: $weekday and $month are the names below, $day and $year numbers.
invitation-long-date = { $weekday }, { $day } de { $month } de { $year }
invitation-weekday-1 = Lunes
invitation-weekday-2 = Martes
invitation-weekday-3 = Miércoles
invitation-weekday-4 = Jueves
invitation-weekday-5 = Viernes
invitation-weekday-6 = Sábado
invitation-weekday-7 = Domingo
invitation-month-1 = enero
invitation-month-2 = febrero
invitation-month-3 = marzo
invitation-month-4 = abril
invitation-month-5 = mayo
invitation-month-6 = junio
invitation-month-7 = julio
invitation-month-8 = agosto
invitation-month-9 = septiembre
invitation-month-10 = octubre
invitation-month-11 = noviembre
invitation-month-12 = diciembre

## The e-mail that goes with the invitation (also the description of its calendar
## event). Each message is one line of the e-mail.

# The subject: $title is the session's; $dated is date-time, date or none; $date and
# $time (14:00) are the session's.
email-subject = { $dated ->
        [date-time] Invitación: { $title }, el { $date } a las { $time }
        [date] Invitación: { $title }, el { $date }
       *[none] Invitación: { $title }
    }
email-greeting = Hola:
email-invited = Les invitamos a «{ $title }»: una breve sesión sobre cómo hace la oficina las copias de seguridad de sus datos y qué supone eso para cada uno de nosotros.
# $when is said as in invitation-when-text.
email-when = Cuándo: { $when }
email-where = Lugar: { $place }
email-trainer = Formador: { $trainer }
email-bring = Qué traer: { $bring }
email-agenda = Orden del día:
email-calendar = El archivo de calendario adjunto añade la sesión a su calendario.
email-regards = Un cordial saludo,
# The head of the e-mail when it is copied as text: $addresses lists e-mail addresses.
email-to-line = Para: { $addresses }
email-subject-line = Asunto: { $subject }

## The calendar of recurring duties (reminders), one event each.

# The calendar's name: $organisation is the office's, when known.
reminders-calendar-name = { $named ->
        [yes] Copias de seguridad de { $organisation }: tareas periódicas
       *[no] Copias de seguridad: tareas periódicas
    }
# An event's title: $duty is the duty (below), $organisation the office's.
reminders-summary = { $named ->
        [yes] { $duty } ({ $organisation })
       *[no] { $duty }
    }
# Under what to do: $every is how often it comes back (below); $step is the step of
# the plan it belongs to ("Step 9. Test data restoration from backup").
reminders-comes-back = Se repite { $every }. En el plan de copias de seguridad: { $step }.
# The category the events are filed under in the calendar.
reminders-category = Copias de seguridad

## When a document cannot be made.
# Typst could not lay the document out: a fault of the program; $details is typst's own
# (English) report, for whoever looks into it.
doc-error-typeset = No se ha podido componer el documento: { $details }
# The document's data could not be put together: a fault of the program; $details says why.
doc-error-data = No se han podido preparar los datos del documento: { $details }
# The document would be too long. $document is "procedure" or "invitation"; $chars the
# characters it would come to, $most the most a document is made of.
doc-error-too-long = { $document ->
        [invitation] No se puede crear la invitación
       *[procedure] No se puede crear el procedimiento
    }: ocuparía { $chars ->
        [one] { $chars } carácter
       *[other] unos { $chars } caracteres
    }, y un documento admite como máximo { $most }. Los textos que se repiten lo alargan: el nombre largo de un sistema se imprime en cada fila que trata de él. Acorte los nombres y los textos más largos.
doc-error-invitation-text = No se puede crear la invitación: { $pages ->
        [one] su { $pages } página, una por cada persona invitada, contendría
       *[other] sus { $pages } páginas, una por cada persona invitada, contendrían
    } en total { $chars ->
        [one] { $chars } carácter
       *[other] { $chars } caracteres
    } de texto, y un documento admite como máximo { $most }. Cada página repite los datos y el orden del día de la sesión: acórtelos o invite a menos personas en cada invitación.
doc-error-invitation-lines = No se puede crear la invitación: { $pages ->
        [one] su { $pages } página, una por cada persona invitada, imprimiría
       *[other] sus { $pages } páginas, una por cada persona invitada, imprimirían
    } en total { $lines ->
        [one] { $lines } línea
       *[other] { $lines } líneas
    } de orden del día, y una invitación imprime como máximo { $most }. Cada página repite el orden del día: póngalo en menos líneas o invite a menos personas en cada invitación.
doc-error-calendar-no-time = La sesión de formación necesita una fecha y una hora de inicio para poder añadirse a un calendario.
# $zone is the time zone the plan names (as written in Plan details).
doc-error-calendar-time-zone = «{ $zone }» no es una zona horaria que este programa conozca. Escríbala como Europe/London o America/New_York en los Datos del plan.
# $date is the training's date; $first and $last the first and last dates a calendar holds.
doc-error-calendar-date = La fecha de la formación, { $date }, queda fuera de los años que admite un archivo de calendario: elija una fecha entre el { $first } y el { $last } en el paso 13.
# $minutes is how long the session lasts; $most the longest a calendar file holds (a week).
doc-error-calendar-minutes = La sesión de formación dura { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }, más de lo que admite un archivo de calendario de Backup Planner: como máximo { $most ->
        [one] { $most } minuto
       *[other] { $most } minutos
    } (una semana).
