## The command line: `backup-planner --help`, and what `check`, `export`, `import` and
## `print` write in the terminal.

## `--help`: the explanation of each command, beside or below its synopsis (the command
## and its options as typed, the same in every language). The program wraps each to its
## column, so line breaks here do not matter. Options (--ics, --reminders) stay as typed.

cli-usage-heading = Uso:
cli-usage-window = abrir la aplicación, opcionalmente con un plan
cli-usage-export = escribir los documentos del plan sin abrir la ventana: --ics es el archivo de calendario de la invitación a la formación; --reminders, cada tarea periódica (revisión, pruebas de restauración, revisiones de registros...) como eventos de calendario que se repiten
cli-usage-check = mostrar las observaciones del asesor (a fecha de hoy o del día indicado) y el cálculo de espacio; código de salida 1 si hay alguna observación de gravedad alta, 2 si no se puede leer el plan
cli-usage-import = leer los registros de las herramientas de copia de seguridad (restic, Borg, CSV) e incorporarlos al plan: sus ejecuciones, el registro de errores del paso 8 y una revisión en el paso 11; código de salida 2 si no se ha podido leer ningún registro
cli-usage-print = imprimir el procedimiento a través del sistema de impresión (CUPS); código de salida 2 si la impresora es desconocida o no responde ningún sistema de impresión
# --lang, given to check, export, import, print or --help; its synopsis lists the
# languages' codes.
cli-usage-lang = con check, export, import, print o --help, antes o después del comando: el idioma en que se escribe (el del ordenador si no se indica); export y print también crean los documentos en ese idioma, en lugar del idioma de los documentos del plan
cli-usage-version = mostrar la versión

## Mistakes in the command typed. Options (--on, --help) and commands (check, export)
## stay as typed.

# $option is the option as typed.
cli-unknown-option = opción desconocida: { $option }; pruebe con --help
cli-one-plan-at-most = indique como máximo un archivo de plan; pruebe con --help
# $command is the command as typed: check, export or print.
cli-one-plan = { $command } admite un solo archivo de plan; pruebe con --help
# $command is the command as typed: export or print.
cli-needs-plan = { $command } necesita un archivo de plan; pruebe con --help
# $option is the option as typed (--paper), given without its value.
cli-needs-value = { $option } necesita un valor; pruebe con --help
cli-on-needs-date = --on necesita una fecha; pruebe con --help
# $text is what was given after --on; the date stays written as the option takes it.
cli-on-not-a-date = --on admite una fecha como 2026-03-31, no { $text }
# $most is the most copies printed; $text is what was given.
cli-copies-not-a-number = --copies admite un número del 1 al { $most }, no { $text }
# $text is what was given after --pages.
cli-pages-not-pages = --pages admite una página o un intervalo, como 1-3, no { $text }
# $text is what was given after --paper; a4 and letter stay as typed.
cli-paper-not-a-paper = --paper admite a4 o letter, no { $text }
# $code is what was given after --lang; $languages lists the codes there are, each with
# its language's name: "en (English), de (Deutsch)".
cli-unknown-language = --lang admite uno de estos idiomas: { $languages }; no { $code }
# --lang was given twice (before and after the command, or twice in a row).
cli-lang-twice = --lang se ha indicado dos veces; indíquelo una sola vez, antes o después del comando
# --lang with no command: the window has a menu for its language; $menu is that menu's
# name (menu-language).
cli-lang-not-for-window = --lang va con check, export, import, print o --help; el idioma de la ventana se elige en su menú { $menu }
cli-export-what = indique qué exportar: --procedure, --invitation, --ics, --email o --reminders
cli-system-needs-name = --system necesita el nombre de un sistema; pruebe con --help
cli-import-needs-plan = import necesita el archivo del plan y, después, uno o varios archivos de registro; pruebe con --help
cli-import-needs-logs = import necesita uno o varios archivos de registro después del plan; pruebe con --help

## `check`: the adviser's findings about a plan.

# The first line: $plan is the plan's title, $organisation the organisation's name, $date
# the day the plan is checked as of.
cli-check-heading = { $plan } ({ $organisation }), comprobado a fecha de { $date }
# As cli-check-heading, for a plan with no organisation's name.
cli-check-heading-no-organisation = { $plan }, comprobado a fecha de { $date }
cli-check-no-findings = Ninguna observación: el plan supera todas las comprobaciones.
# $count findings; $summary counts them by severity: "2 high, 1 medium".
cli-check-findings = { $count ->
        [one] { $count } observación
       *[other] { $count } observaciones
    }: { $summary }
# A finding's first line: $severity (in capitals, padded to a column), $step the number
# of the step where it is fixed, $title what is wrong, $rule the rule's id (as typed, in
# English, for scripts).
cli-check-finding = { $severity }  Paso { $step }  { $title }  [{ $rule }]
# $advice is what to do about a finding.
cli-check-what-to-do = Qué hacer: { $advice }
# $controls are the controls of the standard a finding concerns: "8.13 Information backup".
cli-check-controls = ISO/IEC 27002:2022: { $controls }
# $estimate is the storage estimate, a sentence or two.
cli-check-storage = Espacio de almacenamiento: { $estimate }

## `export`: the plan's documents written without a window.

# A file written: $file is its path.
cli-wrote = se ha escrito { $file }
cli-export-no-session = El plan todavía no tiene ninguna sesión de formación (paso 13), así que no hay ninguna invitación que escribir.
# $option is the option as typed (--procedure), $file the file it names.
cli-export-is-the-plan = { $option } indica el propio archivo del plan; un documento nunca se escribe encima de su plan. Dé al documento un nombre de archivo propio. Archivo: { $file }
cli-export-is-a-plan = { $option } indica un archivo que contiene un plan de copias de seguridad; un documento nunca se escribe encima de un plan. Dé al documento un nombre de archivo propio. Archivo: { $file }
# $first and $option are two options as typed that name the same $file.
cli-export-same-file = { $first } y { $option } indican el mismo archivo; cada documento necesita su propio archivo. Archivo: { $file }

## `import`: backup logs read into a plan. What the import did is in logs.ftl.

cli-import-nothing-read = No se ha podido leer ningún registro; el plan no ha cambiado.
# One log file read: $file is its path, $runs how many backup runs it holds, $jobs of
# how many backup jobs.
cli-import-file = { $file }: { $runs ->
        [one] { $runs } ejecución
       *[other] { $runs } ejecuciones
    } de { $jobs ->
        [one] { $jobs } trabajo de copia
       *[other] { $jobs } trabajos de copia
    }
# As cli-import-file, and $skipped lines could not be read: $lines are the numbers of
# the first ten, then "..." if there are more.
cli-import-file-skipped = { $file }: { $runs ->
        [one] { $runs } ejecución
       *[other] { $runs } ejecuciones
    } de { $jobs ->
        [one] { $jobs } trabajo de copia
       *[other] { $jobs } trabajos de copia
    }; { $skipped ->
        [one] { $skipped } línea omitida (línea { $lines })
       *[other] { $skipped } líneas omitidas (líneas { $lines })
    }
# A job of the logs and the system it is taken to back up: $tool is the backup tool
# (restic, Borg), $job the job's name in its log, $system the system of step 1.
cli-import-match = { $tool } { $job } -> { $system }
# As cli-import-match, for a job matched to no system.
cli-import-no-match = { $tool } { $job } -> todavía sin sistema
# --system named no system of the plan: $name is the name given, $systems the names of
# the plan's systems.
cli-import-no-such-system = el paso 1 no tiene ningún sistema llamado «{ $name }»; sus sistemas son: { $systems }

## `print`: the procedure sent to the print system.

# --pages asked for none of the procedure's pages: $count is how many pages it has,
# $pages what --pages said ("5-7").
cli-print-no-such-pages = El procedimiento tiene { $count ->
        [one] { $count } página
       *[other] { $count } páginas
    }; --pages { $pages } no pide ninguna de ellas.
# The folder for the file handed to the printer could not be made: $error is what the
# computer said, $folder the folder.
cli-print-folder-error = { $error }: { $folder }
cli-print-no-folder = No se ha podido crear una carpeta privada en { $folder } ({ $error })

## Starting the window.

# $error is what the system said.
cli-no-window = no se ha podido abrir la ventana: { $error }
