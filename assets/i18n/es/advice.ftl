## The adviser: each rule's title and advice, and what a finding says about the plan.

## How much a finding matters: the word, what it means (.meaning), and a count of
## findings of it (.counted, in "2 high, 1 medium").
advice-severity-high = Alta
    .meaning = Se podrían perder o quedar expuestos datos: corrija esto primero.
    .counted =
        { $count ->
            [one] { $count } alta
           *[other] { $count } altas
        }
advice-severity-medium = Media
    .meaning = Un punto débil que conviene corregir pronto.
    .counted =
        { $count ->
            [one] { $count } media
           *[other] { $count } medias
        }
advice-severity-low = Baja
    .meaning = Una buena práctica que conviene añadir.
    .counted =
        { $count ->
            [one] { $count } baja
           *[other] { $count } bajas
        }
# The summary of findings when there are none.
advice-summary-none = ninguna

## Each rule: what is wrong, in one line, and (.advice) what to do about it and why.
advice-system-incomplete = A algunos sistemas les falta el propietario, el tamaño o un objetivo de recuperación
    .advice = Indique para cada sistema un propietario que responda de él, su tamaño (para el cálculo de espacio), la pérdida máxima de datos que la oficina puede permitirse y el tiempo máximo que puede estar parado: las demás comprobaciones miden con estos datos las programaciones y las pruebas de restauración.
advice-no-solution = La oficina no tiene hoy ninguna copia de seguridad
    .advice = Hasta que funcionen las programaciones del paso 5, un disco averiado o un ataque de ransomware significa perder los datos. Configure ahora al menos una copia de seguridad automática del sistema más importante y, cuando funcione, anote aquí la nueva solución.
advice-manual-backups = Las copias de seguridad se hacen a mano
    .advice = Las copias hechas a mano se olvidan en las semanas de mucho trabajo y en vacaciones. Deje que un programa las haga según una programación (paso 5) y, cuando funcione, anote aquí la nueva solución.
advice-current-solution-unknown = Nadie sabe cómo se hacen hoy las copias de seguridad de la oficina
    .advice = Pregunte a quien se ocupa de los ordenadores, o al proveedor informático, qué programa hace ahora las copias, adónde van y cuándo se restauró una por última vez. Mientras no lo sepa, planifique como si no hubiera copias de seguridad.
advice-retention-missing = Algunos tipos de datos no tienen periodo de conservación
    .advice = Decida cuánto tiempo se conservan las copias de seguridad de cada tipo de datos que contienen los sistemas, para que nadie borre lo que exige la ley ni guarde lo que esta prohíbe. El cálculo de espacio también lo necesita.
advice-retention-below-legal = Hay documentos que se conservan menos tiempo del que suele exigir la ley
    .advice = Conserve las copias de seguridad de estos documentos durante el periodo que exige la ley (la lista ofrece 2, 3, 6, 7 y 10 años), o asegúrese de que los propios documentos se archivan en otro lugar durante ese tiempo e indique dónde en la nota.
advice-retention-indefinite-personal = Se conservan datos personales para siempre
    .advice = Los datos sobre personas no deben conservarse más tiempo del necesario (limitación del plazo de conservación). Elija un periodo que se ajuste al contrato o a la ley, y borre las copias más antiguas cuando venza.
advice-no-offsite = No se guarda ninguna copia de seguridad fuera de la oficina
    .advice = Un incendio, una inundación o un robo acaban con la oficina y con todas las copias que haya en ella. Guarde una copia fuera de la oficina (el 1 de la regla 3-2-1): un servicio de copias de seguridad en la nube, o un disco que alguien se lleva a casa y se cambia cada semana.
advice-no-offline = No hay ninguna copia desconectada ni inmutable
    .advice = El ransomware cifra todas las copias de seguridad a las que puede llegar a través de la red. Guarde una copia que no pueda alcanzar ni modificar (el 1 adicional de la regla 3-2-1-1-0): un disco que se desconecta después de cada copia, o almacenamiento en la nube con bloqueo de objetos. Marque esos destinos como desconectados o inmutables.
advice-single-copy = Las copias de seguridad van a menos de dos lugares
    .advice = La regla 3-2-1: tres copias de los datos (el original y dos copias de seguridad), en dos tipos de almacenamiento distintos, y una de ellas fuera de la oficina. Una sola copia de seguridad falla justo cuando hace falta, y eso ocurre más a menudo de lo que se piensa.
advice-procedure-gaps = La rutina de copia de seguridad depende de una sola persona o no está por escrito
    .advice = Nombre a una persona responsable y a un suplente, y ponga la rutina por escrito en instrucciones breves, para que las copias de seguridad sigan haciéndose cuando alguien esté enfermo o se vaya.
advice-unscheduled-system = Algunos sistemas no tienen programación de copias de seguridad
    .advice = De un sistema sin programación solo se hace copia cuando alguien se acuerda. Añada una programación para cada uno, al menos con la frecuencia que exige la pérdida de datos que puede aceptar.
advice-frequency-below-rpo = Algunos sistemas se copian con menos frecuencia de la que exige su pérdida máxima de datos
    .advice = El tiempo entre dos copias de seguridad es el máximo trabajo que se puede perder. Haga la copia de estos sistemas al menos con la frecuencia que marca la pérdida máxima de datos fijada en el paso 1, o acuerde con el propietario una pérdida mayor y cámbiela allí.
advice-schedule-untested = Nadie ha visto funcionar algunas programaciones
    .advice = Observe una vez cómo se ejecuta cada programación nueva, compruebe el resultado y anote la fecha: puede que una programación que nadie ha visto funcionar no se haya ejecutado nunca.
advice-backup-type-unknown = Nadie sabe qué copian algunas copias de seguridad
    .advice = Mire en el programa de copia de seguridad, o pregunte a quien lo configuró, si cada ejecución lo copia todo (completa) o solo lo que ha cambiado (incremental o diferencial). La restauración funciona de forma distinta en cada caso, y el cálculo de espacio cuenta un tipo desconocido como copia completa, lo que puede suponer mucho más espacio del necesario.
advice-encryption-none = Hay datos de clientes, financieros o del personal copiados sin cifrar
    .advice = Cualquiera que encuentre o robe una copia, o que la reciba, puede leerla. Active el cifrado del programa de copia de seguridad con AES-256 y guarde la clave (o su copia de recuperación) en un lugar seguro y aparte de las copias de seguridad.
advice-encryption-rsa = Se indica RSA como cifrado de las copias de seguridad
    .advice = RSA solo protege las claves; los datos en sí se cifran con un cifrado simétrico. Compruebe en el programa de copia de seguridad cuál usa para los datos (AES-256 es la opción habitual) y anótelo.
advice-encryption-blowfish = Las copias de seguridad se cifran con Blowfish
    .advice = Blowfish trabaja con bloques de 64 bits, lo que deja de ser seguro cuando se cifran gigabytes con una misma clave, como ocurre con las copias de seguridad. Cambie a AES-256.
advice-encryption-unknown = Nadie sabe todavía cómo se cifran algunas copias de seguridad
    .advice = Pregunte a quien configuró el destino, o al proveedor (su sitio web o su servicio de asistencia se lo pueden decir), si las copias están cifradas, cómo, si lo están mientras se guardan, mientras se envían o en ambos casos, y quién tiene la clave. Después, anote aquí la respuesta.
advice-encryption-by-provider = El proveedor cifra algunas copias, pero no consta quién tiene la clave
    .advice = Pida al proveedor que confirme por escrito cómo se cifran las copias y quién tiene la clave. Si solo la tiene el proveedor, su personal (o cualquiera que entre sin permiso en sus sistemas) podría leer los datos; si la tiene la oficina, perder la clave supone perder las copias de seguridad. Anote aquí quién tiene la clave.
advice-encryption-unchecked = Hay cifrados que no se han comprobado en los últimos 12 meses
    .advice = Una vez al año, compruebe que las copias de cada destino siguen cifradas y que la clave está donde dice el plan: intente abrir una copia con ella.
advice-encryption-unrecorded = De algunos destinos de las copias no consta el cifrado
    .advice = Compruebe cómo se cifran las copias de cada destino y quién tiene la clave, y anótelo aquí.
advice-no-monitoring = No hay nadie encargado de vigilar las copias de seguridad
    .advice = Las copias de seguridad fallan sin hacer ruido: un disco lleno, una contraseña caducada, una carpeta que ha cambiado. Indique quién comprueba los resultados, cómo se entera de un fallo (un correo de alerta es lo más sencillo) y con qué frecuencia lo revisa.
advice-restore-test-missing = No consta ninguna prueba de restauración
    .advice = Una copia de seguridad solo vale lo que vale su restauración. Restaure un archivo, una base de datos o un sistema entero en un lugar aparte (nunca encima del original), compruebe que se abre y anote cuánto tardó.
advice-restore-test-stale = La última prueba de restauración tiene más de 12 meses
    .advice = En un año cambian los sistemas, los programas y las personas. Vuelva a probar una restauración, al menos una vez al año y después de cada cambio importante.
advice-restore-untested-systems = Algunos sistemas no han tenido una prueba de restauración en los últimos 12 meses
    .advice = Cada sistema crítico se restaura de una forma distinta. Pruebe cada uno al menos una vez al año, empezando por el que la oficina necesita recuperar primero.
advice-restore-failed = La última prueba de restauración de algunos sistemas no salió del todo bien
    .advice = Averigüe qué falló, corríjalo y vuelva a probar hasta que la restauración salga bien: hasta entonces, la oficina no puede contar con estas copias de seguridad.
advice-restore-slower-than-rto = Una restauración tardó más de lo que el sistema puede estar parado
    .advice = Cuando llegue el día de verdad, la oficina se quedaría sin estos sistemas más tiempo del que puede soportar. Acelere la restauración (una copia local, un equipo de reserva, una rutina ensayada) o acuerde con el propietario un tiempo de inactividad mayor en el paso 1.
advice-not-approved = Las pruebas de restauración no están aprobadas
    .advice = Pida a la persona que responde de la oficina (un socio, la dirección) que revise las pruebas de restauración y las apruebe, para que el plan se conozca y cuente con el respaldo de la dirección.
advice-evaluation-overdue = La evaluación de las copias de seguridad lleva retraso
    .advice = Repase cómo han funcionado las copias de seguridad desde la última evaluación: cuánto tardaron, cuántas veces fallaron, lo rápidas que fueron las restauraciones y lo lleno que está el almacenamiento. Ajuste lo que haga falta y fije la fecha de la próxima.
advice-training-stale = No ha habido formación del personal en los últimos 12 meses
    .advice = Las personas que saben dónde guardar los archivos, cómo pedir una restauración y qué aspecto tiene un correo sospechoso evitan la mayor parte de las pérdidas de datos. Organice una sesión breve al menos una vez al año.
advice-runs-beyond-rpo = Los registros de copias no muestran ninguna copia correcta dentro del tiempo que la oficina puede permitirse perder
    .advice = La última copia de seguridad que funcionó es más antigua que la pérdida máxima de datos del sistema (paso 1): un fallo ahora haría perder más trabajo del que la oficina dijo que podía rehacer. Averigüe por qué las copias se han detenido o fallan (el registro de errores del paso 8 recoge lo que decían los registros), haga una a mano e importe el nuevo registro para comprobarlo.
advice-runs-failed = Los registros de copias muestran copias fallidas
    .advice = Cada ejecución fallida figura en el registro de errores del paso 8, con las palabras de la propia herramienta. Anote lo que se hizo al respecto; si vuelve a aparecer el mismo error, consulte a quien configuró la copia de seguridad y facilítele el texto del error.
advice-runs-missed = Las copias de seguridad no se hicieron con la frecuencia prevista en el paso 5
    .advice = Los registros tienen huecos más largos de lo que permite la programación: el ordenador estaba apagado, el trabajo de copia estaba en pausa o la herramienta se detuvo sin avisar. Compruebe que el trabajo de copia está activado y se ejecuta a una hora en que el ordenador está encendido, o cambie la programación para que refleje lo que ocurre en realidad.
advice-runs-size-changed = Una copia de seguridad fue mucho más pequeña de lo normal, o cambiaron muchos más datos de lo normal
    .advice = Una copia que se reduce a la mitad puede haber dejado fuera una carpeta; una avalancha repentina de datos cambiados es lo que se ve cuando el ransomware cifra los archivos. Revise el sistema ahora: ¿están los archivos y se pueden leer? Conserve las copias anteriores hasta que lo sepa.
advice-runs-restore-slow = Una restauración tardó más de lo que el sistema puede estar parado
    .advice = Restaurar el sistema llevó más tiempo que su tiempo máximo de inactividad (paso 1). Averigüe qué fue lento (la descarga, el tamaño, encontrar la clave) o acuerde un tiempo de inactividad mayor con quien depende del sistema.

## The lines of a finding, naming what is concerned.
# A system without a name, by its place in the list.
advice-system-number = Sistema { $number }
advice-no-system-chosen = Ningún sistema elegido
advice-removed-system = Un sistema eliminado
# A schedule: its system, and how often it runs in lower case ("Accounts, daily").
advice-schedule-name = { $system }, { $frequency }
advice-a-destination = Un destino
advice-destination-number = Destino { $number }
# Sizes of backups: $size is a number.
advice-size-tb = { $size } TB
advice-size-gb = { $size } GB
advice-size-mb = { $size } MB
advice-size-kb = { $size } KB
advice-size-bytes = { $size ->
        [one] { $size } byte
       *[other] { $size } bytes
    }
# Up to four names, then how many more: "A, B, C, D and 12 more".
advice-names-and-more = { $names } y { $more } más
advice-hours = { $hours ->
    [one] { $hours } hora
   *[other] { $hours } horas
}
advice-under-a-minute = menos de un minuto
advice-minutes = { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
}
advice-days = { $days ->
    [one] { $days } día
   *[other] { $days } días
}
# What a system lacks, in "Accounts: no owner and size".
advice-missing-owner = propietario
advice-missing-size = tamaño
advice-missing-max-data-loss = pérdida máxima de datos
advice-missing-max-downtime = tiempo máximo de inactividad
advice-system-incomplete-line = { $name }: sin { $missing }
# $kind is a kind of data, $names the systems that hold it.
advice-retention-missing-line = { $kind }, en { $names }
# $kind a kind of data, $period how long it is kept, $where "in Germany", $years the
# legal period, $source the law, $choose the period of the list to choose instead.
advice-retention-below-legal-line = { $kind }: conservación de { $period }; el mínimo habitual { $where } es de { $years ->
        [one] 1 año
       *[other] { $years } años
    } ({ $source }): elija { $choose }
advice-kept-indefinitely = { $kind }: conservación indefinida
advice-kept-indefinitely-staff = { $kind }: conservación indefinida, y Recursos Humanos guarda datos del personal de este tipo
advice-no-responsible = No se ha nombrado a ninguna persona responsable
advice-no-deputy = No se ha nombrado a ningún suplente
advice-no-instructions = La rutina no tiene instrucciones escritas
# $frequency is how often in lower case ("weekly"); $every and $rpo are spans of hours.
advice-frequency-below-rpo-line = { $name }: copia { $frequency } (cada { $every }), pero como máximo se pueden perder { $rpo } de datos
# $place is a backup destination.
advice-not-encrypted = { $place }: sin cifrar
advice-data-at-risk = Los datos en riesgo: { $names }
advice-encryption-unknown-line = { $place }: si sus copias están cifradas
advice-encryption-scope-unknown-line = { $place }: si las copias se cifran mientras se guardan, mientras se envían o en ambos casos
advice-no-key-holder = { $place }: no consta quién tiene la clave
advice-last-checked = { $place }: última comprobación el { $date }
advice-not-checked = { $place }: aún sin comprobar
advice-no-checker = No se ha nombrado a nadie para comprobar las copias de seguridad
advice-no-monitor-method = No consta cómo se detectan los fallos
advice-no-check-interval = No consta con qué frecuencia se comprueban los resultados
advice-last-test = Última prueba: { $date }
advice-restore-partly = { $name }: restauración parcial el { $date }
advice-restore-failed-line = { $name }: restauración fallida el { $date }
# $took and $rto are spans of hours.
advice-restore-slower-line = { $name }: la restauración tardó { $took }, pero el sistema puede estar parado como máximo { $rto }
advice-was-due = Estaba prevista para el { $date }
advice-no-session-yet = Todavía no se ha celebrado ninguna sesión
advice-last-session = Última sesión: { $date }

## Lines from the backup logs.
# $last is a date and time, $ago how long ago ("3 days"), $rpo a span of hours.
advice-runs-beyond-rpo-line = { $name }: última copia correcta el { $last }, hace { $ago }; puede perder como máximo { $rpo }
advice-runs-no-good-backup = { $name }: ninguna copia correcta en los registros; puede perder como máximo { $rpo }
# $failed of $runs backups failed; $date the last failure.
advice-runs-failed-line = { $name }: { $failed ->
        [one] falló { $failed }
       *[other] fallaron { $failed }
    } de { $runs ->
        [one] { $runs } ejecución
       *[other] { $runs } ejecuciones
    }, la última el { $date }
# The same, with the backup tool's own words ($words) about the last failure.
advice-runs-failed-line-saying = { $name }: { $failed ->
        [one] falló { $failed }
       *[other] fallaron { $failed }
    } de { $runs ->
        [one] { $runs } ejecución
       *[other] { $runs } ejecuciones
    }, la última el { $date }: { $words }
# $from and $to are dates with times.
advice-runs-missed-line = { $name }: { $gaps ->
        [one] 1 hueco
       *[other] { $gaps } huecos
    }, el último del { $from } al { $to }
# A backup much smaller than usual ($size on $date against $usual).
advice-size-shrunk = { $size } el { $date }, frente a los { $usual } habituales
# Much more data changed than usual.
advice-size-surge = { $size } cambiados el { $date }, frente a los { $usual } habituales
advice-size-changed-line = { $name }: { $change }
advice-size-changed-both = { $name }: { $shrunk }; { $surge }
# $took is how long the restore took, $rto the longest the system may be down.
advice-runs-restore-slow-line = { $name }: { $took }, frente a un máximo de { $rto }

## Where the plan's approval stands.
approval-state-not-decided = Aún sin decidir
approval-state-approved = Aprobado
approval-state-outdated = Aprobación caducada: las pruebas de restauración han cambiado desde entonces
approval-state-changes-requested = Cambios solicitados
approval-state-rejected = Rechazado

## The periods the law commonly asks records to be kept, by country: a default to
## confirm, not legal advice. Each names the law and what it asks.
advice-legal-note = Los periodos legales son mínimos habituales del país elegido en los Datos del plan, que se dan como punto de partida para confirmarlos con su contable o su abogado; no son asesoramiento jurídico. Se aplican a los propios documentos: si los documentos se archivan en otro lugar durante ese tiempo, puede ser correcto conservar las copias de seguridad durante menos tiempo.
advice-in-united-kingdom = en el Reino Unido
advice-in-germany = en Alemania
advice-in-austria = en Austria
advice-in-switzerland = en Suiza
advice-in-france = en Francia
advice-in-spain = en España
advice-in-united-states = en Estados Unidos
advice-in-most-countries = en la mayoría de los países
advice-legal-uk-financial = Companies Act 2006 s.388 (3 años para una sociedad limitada, 6 para una sociedad anónima); HMRC exige 6 años de documentación empresarial y del IVA
advice-legal-uk-compliance = Limitation Act 1980: la mayoría de las reclamaciones pueden presentarse durante 6 años; HMRC exige 3 años de documentación de nóminas
advice-legal-de-financial = § 257 HGB y § 147 AO: libros, inventarios y cuentas anuales 10 años (justificantes contables 8 años desde 2025)
advice-legal-de-compliance = § 257 HGB y § 147 AO: correspondencia comercial y otros documentos relevantes a efectos fiscales 6 años
advice-legal-at-financial = § 132 BAO y § 212 UGB: libros, registros y justificantes 7 años desde el final del año
advice-legal-at-compliance = § 132 BAO: documentos comerciales relevantes a efectos fiscales 7 años
advice-legal-ch-financial = Art. 958f OR (Código de Obligaciones): libros contables, justificantes, informe anual e informe de auditoría 10 años
advice-legal-ch-compliance = Art. 958f OR: documentos que sirven de justificante 10 años; Art. 127 OR: la mayoría de las reclamaciones pueden presentarse durante 10 años
advice-legal-fr-financial = Code de commerce art. L123-22: documentos contables y justificantes 10 años; Livre des procédures fiscales art. L102 B: 6 años a efectos fiscales
advice-legal-fr-compliance = Livre des procédures fiscales art. L102 B: documentos relevantes a efectos fiscales 6 años; Code du travail art. L3243-4: nóminas 5 años
advice-legal-es-financial = Código de Comercio art. 30: libros, correspondencia y justificantes 6 años desde el último asiento
advice-legal-es-compliance = Ley General Tributaria art. 66: los impuestos pueden revisarse durante 4 años; documentación laboral y de Seguridad Social 4 años (LISOS art. 21)
advice-legal-us-financial = IRS Publication 583: de 3 a 7 años según el caso; 7 años los cubren todos
advice-legal-us-compliance = IRS: documentación fiscal de empleo al menos 4 años; FLSA: documentación de nóminas 3 años
advice-legal-other-financial = La mayoría de los países exigen de 5 a 10 años de documentos contables
advice-legal-other-compliance = Depende de la norma aplicable; 5 años es un mínimo habitual
