## The window around the steps: the start screen, the file menu's work (open, save,
## recovery, the file chooser), the print and preview dialog, the import of backup logs,
## and every question and message the window asks or gives.

## Questions and messages over the window. A message's .tooltip says what its button does.

dialog-ok = Aceptar
# Stands for the plan's title when no plan is open, as in dialog-unsaved-text.
dialog-this-plan = Este plan

## Saving failed: the reason (from the program) shows between the heading and the rest.
dialog-save-failed = No se ha podido guardar el plan
dialog-save-failed-nothing-lost = No se ha perdido nada: el plan sigue abierto con todos sus cambios.
dialog-save-failed-save-as = Guardar como...

## Unsaved work from a run that did not close properly.
dialog-recover = ¿Recuperar el trabajo sin guardar?
# $title is the plan's title, $file the plan's file (or dialog-recover-not-saved-yet),
# $date and $time when the copy was written.
dialog-recover-text = Backup Planner no se cerró correctamente la última vez. Conservó los cambios sin guardar de «{ $title }» ({ $file }) tal como estaban el { $date } a las { $time }.
# Stands for the file in dialog-recover-text when the plan had none.
dialog-recover-not-saved-yet = un plan que aún no se había guardado
dialog-recover-restore = Recuperar
dialog-recover-discard = Descartar
    .tooltip = Eliminar definitivamente los cambios sin guardar

## Unsaved changes, before the plan is put away (closed, another opened, the app quit).
dialog-unsaved = ¿Guardar los cambios?
# $title is the plan's title.
dialog-unsaved-text = «{ $title }» tiene cambios que aún no se han guardado.
dialog-unsaved-save = Guardar
dialog-unsaved-discard = Descartar cambios
dialog-unsaved-cancel = Cancelar

## What changed between two plan files.
dialog-comparison-same = Los dos planes dicen lo mismo.

## A plan shared with others: open somewhere else, or changed by someone else.
dialog-show-differences = Ver diferencias
    .tooltip = Lo que difiere entre el archivo y el plan de esta ventana
dialog-reload-theirs = Cargar la otra versión
    .tooltip = Apartar sus cambios sin guardar y mostrar la versión del archivo («Deshacer» recupera los suyos)

dialog-in-use = Este plan está abierto en otro lugar
# Someone has the plan open in another window of this computer. $user is their user
# name, $name the plan file's name, $date and $time since when.
dialog-in-use-here = { $user } tiene «{ $name }» abierto en otra ventana de Backup Planner de este ordenador desde el { $date } a las { $time }.
# Someone has the plan open on another computer, called $computer. $user is their user
# name, $name the plan file's name, $date and $time since when.
dialog-in-use-elsewhere = { $user } tiene «{ $name }» abierto en el ordenador { $computer } desde el { $date } a las { $time }. Si Backup Planner ya no está abierto allí (puede que se cerrara sin dejarlo todo en orden), elija «Abrir igualmente».
dialog-in-use-read-only = Abrir en solo lectura
    .tooltip = Leer el plan; para conservar los cambios, guárdelos como un archivo nuevo
dialog-in-use-anyway = Abrir igualmente
    .tooltip = Abrirlo para hacer cambios. Si los dos guardan, al segundo se le preguntará antes de reemplazar lo que guardó el primero.
dialog-in-use-cancel = Cancelar
    .tooltip = No abrirlo

dialog-conflict = Otra persona ha modificado este plan
# $title is the plan's title, $path its file.
dialog-conflict-text = «{ $title }» se ha modificado desde otra ventana, otro ordenador u otro programa después de que usted lo abriera o lo guardara por última vez. Si guardara ahora, reemplazaría esos cambios, así que todavía no se ha guardado nada. Archivo: { $path }
dialog-conflict-save-as = Guardar como archivo nuevo...
    .tooltip = Conservar las dos versiones: la suya va a un archivo nuevo
dialog-conflict-replace = Reemplazar la otra versión
    .tooltip = Guardar su versión encima del archivo; la otra se conserva como .bak a su lado
dialog-conflict-cancel = Cancelar
    .tooltip = No hacer nada por ahora

dialog-changed-on-disk = Este plan ha cambiado en el disco
# $title is the plan's title; this window has unsaved changes.
dialog-changed-on-disk-unsaved = Otra persona ha modificado «{ $title }» mientras está abierto aquí, y usted tiene cambios sin guardar. Cuando guarde, se le preguntará antes de reemplazar los cambios de esa persona.
# $title is the plan's title; this window has no unsaved changes.
dialog-changed-on-disk-saved = Otra persona ha modificado «{ $title }» mientras está abierto aquí. Vuelva a cargarlo para ver la versión de esa persona y seguir trabajando con ella.
dialog-changed-on-disk-keep-working = Seguir trabajando
    .tooltip = Continuar con sus cambios
dialog-changed-on-disk-reload = Volver a cargar
    .tooltip = Mostrar la nueva versión del archivo
dialog-changed-on-disk-not-now = Ahora no
    .tooltip = Mantener esta versión en pantalla

## A document the printer did not take. $details is the system's answer, in its own words.
dialog-print-failed-procedure = No se ha podido imprimir el procedimiento
dialog-print-failed-procedure-text =
    Este ordenador no tiene ninguna impresora a la que Backup Planner pueda acceder, ni ningún programa en el que mostrar el documento para imprimirlo. Guarde el procedimiento como PDF en un lugar donde pueda encontrarlo (en una memoria USB o para enviarlo por correo electrónico) e imprímalo desde otro programa u otro ordenador.

    Para la persona que se ocupa de sus ordenadores: { $details }
dialog-print-failed-invitation = No se ha podido imprimir la invitación
dialog-print-failed-invitation-text =
    Este ordenador no tiene ninguna impresora a la que Backup Planner pueda acceder, ni ningún programa en el que mostrar el documento para imprimirlo. Guarde la invitación como PDF en un lugar donde pueda encontrarla (en una memoria USB o para enviarla por correo electrónico) e imprímala desde otro programa u otro ordenador.

    Para la persona que se ocupa de sus ordenadores: { $details }
dialog-print-failed-save-pdf = Guardar como PDF...
    .tooltip = Elegir dónde guardar el documento como PDF
dialog-print-failed-not-now = Ahora no
    .tooltip = Cerrar este mensaje

## Signing off a review while some steps were not looked at.
dialog-unreviewed = Aún hay pasos sin revisar
# $steps lists the steps, each as dialog-unreviewed-step, joined with "and".
dialog-unreviewed-text = Al aprobar la revisión, se deja constancia de que todo el plan se ha vuelto a revisar este año. Todavía sin revisar: { $steps }.
# One step in the list of dialog-unreviewed-text: its number and title.
dialog-unreviewed-step = { $number }. { $title }
dialog-unreviewed-go-back = Volver a la revisión
    .tooltip = Revisar primero esos pasos
dialog-unreviewed-sign-off = Aprobar igualmente
    .tooltip = Registrar la versión tal como está

## Making documents (the procedure, a training invitation, calendar files): saved,
## printed, or why not. $path is where the file was written.

making-preparing-procedure = Preparando el procedimiento…
making-preparing-invitation = Preparando la invitación…
making-saved-procedure = Documento del procedimiento guardado
making-saved-invitation = Invitación guardada
making-saved-calendar = Archivo de calendario guardado
making-saved-as = Se ha guardado como { $path }
making-not-saved-procedure = No se ha podido guardar el documento del procedimiento
making-not-saved-invitation = No se ha podido guardar la invitación
making-not-saved-calendar = No se ha podido guardar el archivo de calendario
making-not-made-procedure = No se ha podido crear el procedimiento
making-not-made-invitation = No se ha podido crear la invitación
# $error is the system's answer, in its own words.
making-not-started = El programa no ha podido empezar a prepararlo: { $error }
making-went-wrong = Algo ha fallado al componer el documento. Su plan no ha cambiado; vuelva a intentarlo.
making-print-not-made = No se ha podido crear el documento para imprimir
making-calendar-not-made = No se ha podido crear el archivo de calendario

# The titles of the dialogs that ask where to save a document.
making-ask-procedure = Exportar el procedimiento de copia de seguridad
making-ask-invitation = Guardar la invitación a la formación
making-ask-calendar = Guardar el archivo de calendario
making-ask-reminders = Guardar los recordatorios para su calendario
# The kinds of file the save dialogs name.
making-kind-pdf = Documento PDF
making-kind-calendar = Archivo de calendario
# The ends of the file names suggested: "office-procedure.pdf". Letters, digits and
# dashes only, no spaces.
making-file-procedure = procedimiento
making-file-invitation = invitación
making-file-calendar = formación
making-file-reminders = recordatorios

making-sent = Enviado a la impresora
# $printer is the printer's name as the system calls it.
making-sent-procedure = El procedimiento se ha enviado a la impresora { $printer }. Hay una copia en { $path }
making-sent-procedure-default = El procedimiento se ha enviado a la impresora predeterminada. Hay una copia en { $path }
# $printer is the printer's name as the system calls it.
making-sent-invitation = La invitación se ha enviado a la impresora { $printer }. Hay una copia en { $path }
making-sent-invitation-default = La invitación se ha enviado a la impresora predeterminada. Hay una copia en { $path }
making-opened = Abierto para imprimir
making-opened-procedure = El procedimiento se ha abierto en su visor de PDF: imprímalo desde ahí. El archivo está en { $path }
making-opened-invitation = La invitación se ha abierto en su visor de PDF: imprímala desde ahí. El archivo está en { $path }

making-reminders-saved = Recordatorios guardados
# $count is how many recurring duties (reviews, restore tests, ...) the file holds.
making-reminders-saved-text = Se ha guardado como { $path }. Abra este archivo con su calendario (Thunderbird, Outlook, Calendario de Apple) para añadir { $count ->
        [one] { $count } evento periódico, con un recordatorio previo. Si más adelante añade un archivo más reciente, el evento se actualiza en lugar de duplicarse.
       *[other] { $count } eventos periódicos, cada uno con un recordatorio previo. Si más adelante añade un archivo más reciente, los eventos se actualizan en lugar de duplicarse.
    }
making-reminders-not-saved = No se han podido guardar los recordatorios

## The print and preview dialog of a document: the options on one side, the pages as
## they will print on the other.

print-title-procedure = Imprimir el procedimiento de copia de seguridad
print-title-procedure-pdf = Guardar el procedimiento de copia de seguridad como PDF
print-title-invitation = Imprimir la invitación a la formación
print-title-invitation-pdf = Guardar la invitación a la formación como PDF

# $problem is why the pages could not be drawn, in the program's words.
print-no-preview = Sin vista previa: { $problem }
print-preparing-preview = Preparando la vista previa…
# Which page of the preview shows: $page of $count pages.
print-page-of = Página { $page } de { $count }
# What a screen reader says of the page's picture: $page of $count pages.
print-preview-of-page = Vista previa de la página { $page } de { $count }
print-previous-page = Página anterior
print-next-page = Página siguiente
print-smaller = Reducir
print-larger = Ampliar
# How large the page shows; $percent is a number.
print-zoom = { $percent } %

print-printer = Impresora
# The default printer in the list of printers; $printer is its name.
print-printer-default = { $printer } (predeterminada)
print-copies = Copias
print-pages = Páginas
print-pages-all = Todas
print-pages-some = Algunas páginas
# What a screen reader calls the field for the pages to print (such as 1-3).
print-which-pages = Qué páginas
print-sides = Caras
print-both-sides = Imprimir a doble cara
print-paper = Papel
# $most is the most copies one print asks for.
print-copies-wrong = Copias: un número del 1 al { $most }
print-pages-wrong = Páginas: una página, como 2, o un intervalo, como 1-3
print-pages-too-many = Páginas: el documento no tiene tantas páginas

print-print = Imprimir
print-cancel = Cancelar
print-open-in-viewer = Abrir en el visor de PDF...
    .tooltip = Abrir el documento en su visor de PDF para imprimirlo desde ahí
print-save-pdf = Guardar como PDF...
print-to-print = Imprimir...
    .tooltip = Imprimirlo en su lugar
print-save-explained = La vista previa muestra el documento tal como se guardará. Elija el papel y, después, dónde guardar el archivo.

print-no-printer = No hay ninguna impresora configurada en este ordenador.
# $why is the print system's answer, in its own words.
print-no-print-system = Ningún sistema de impresión ha respondido en este ordenador. { $why }
print-no-printer-explained = Puede abrir el documento en su visor de PDF e imprimirlo desde ahí, o guardarlo como PDF para imprimirlo en otro sitio.

## The window's title, and messages of the window itself.

# The window's title while no plan is open: the program's name.
window-title = Backup Planner
# The window's title with a plan open: $title is the plan's title, $file its file (as
# window-title-file, or window-title-not-saved).
window-title-plan = { $title } ({ $file }) - Backup Planner
# As window-title-plan, for a plan opened to read only.
window-title-plan-read-only = { $title } ({ $file }, solo lectura) - Backup Planner
# The plan's file in the window's title: $name the file's name, $folder the folder it is in.
window-title-file = { $name } en { $folder }
window-title-not-saved = aún sin guardar

window-settings-not-read = No se ha podido leer la configuración
# The settings file (where the app keeps the recent plans, the chosen language and the
# window's place) is not readable RON. $line and $column say where the mistake is, $reason
# is what is wrong there in the RON reader's words (English), $path is the settings file.
window-settings-mistake = El archivo de configuración tiene un error en la línea { $line }, columna { $column }: { $reason }. Archivo de configuración: { $path }
# $size is the settings file's size in megabytes; $path is the settings file.
window-settings-too-large = El archivo de configuración es demasiado grande para ser la configuración de Backup Planner ({ $size } MB). Archivo de configuración: { $path }
# After window-settings-mistake (or another reason the settings file could not be read):
# the file was renamed to $kept (a full path), so that the recent plans it lists are not
# lost when the settings are saved again.
window-settings-kept-aside = El archivo se ha guardado como { $kept }, con la lista de planes recientes, y Backup Planner se inicia con su configuración habitual.
# As window-settings-kept-aside, when the file could not be renamed either: $reason is why.
window-settings-left-alone = El archivo se ha dejado tal como está, ya que no se ha podido apartar ({ $reason }); los cambios de configuración no se guardarán ahora, para no escribir nada encima.
window-email-copied = Texto del correo copiado
window-email-copied-text = Péguelo en un correo nuevo para los asistentes.
window-mail-not-opened = No se ha podido abrir el programa de correo
# $error is the system's answer, in its own words.
window-mail-not-opened-text = { $error }. En su lugar, use «Copiar texto del correo» y péguelo en un correo.
window-open-a-plan-first = Abra primero un plan
window-open-a-plan-first-text = Los registros de copias se leen dentro de un plan: abra uno o empiece uno nuevo y, después, vuelva a soltar los registros.

## The right of the menu bar: the plan's state, and the button of the findings panel.

window-save = 💾 Guardar
window-unsaved-changes = Cambios sin guardar
window-all-saved = Todos los cambios guardados
# Shown when unsaved work cannot be kept aside against a crash; the reason shows on hover.
window-no-recovery-copy = ⚠ Sin copia de recuperación
# Shown when others who open the plan will not be told it is open here; the reason
# shows on hover.
window-not-locked = ⚠ Sin bloqueo
# .tooltip: $user is the user name of whoever has the plan open.
window-read-only = Solo lectura
    .tooltip = { $user } tiene este plan abierto. Para conservar los cambios, guárdelos como un archivo nuevo.
# The button of the findings panel when the adviser found nothing.
window-findings-none = ✔ Observaciones
# The button of the findings panel when some findings are serious; $count is how many
# findings there are in all.
window-findings-high = ⚠ Observaciones ({ $count })
# The button of the findings panel; $count is how many findings there are. .panel is
# what a screen reader calls the button; in .panel and .tooltip, $summary counts the
# findings by severity.
window-findings = Observaciones ({ $count })
    .panel = Panel de observaciones: { $summary }
    .tooltip = Mostrar u ocultar las observaciones del asesor: { $summary }

## Opening, saving and comparing plan files, and plans shared with others. The reason a
## file could not be read or written shows under these headings, in the program's words.

files-not-opened = No se ha podido abrir el plan
files-example-not-opened = No se ha podido abrir el plan de ejemplo
files-not-reloaded = No se ha podido volver a leer el plan
files-not-read = No se ha podido leer el archivo del plan
files-recent-not-saved = No se ha podido actualizar la lista de planes recientes
files-compare-not-opened = No se ha podido abrir el plan con el que comparar
# The title of the dialog that asks where to save the plan.
files-ask-save = Guardar el plan de copias de seguridad
# The kind of file the save dialog names.
files-kind-plan = Plan de copias de seguridad
files-saved-with-note = Guardado, con una nota

# The headings of what changed between two plans. $name is the other plan's file name.
files-compare-with-file = Cambios entre { $name } y este plan
files-compare-with-disk = Del archivo en el disco al plan de esta ventana

files-read-only = Este plan está abierto en solo lectura
# $user is the user name of whoever has the plan open.
files-read-only-text = { $user } tiene este plan abierto, y aquí está abierto solo para leerlo. Guárdelo como un archivo nuevo: elija otro nombre.
files-taken = Ese plan está abierto en otro lugar
# $in_use says who has the plan open, where and since when (dialog-in-use-here or
# dialog-in-use-elsewhere).
files-taken-text = { $in_use } Si guardara encima, se lo quitaría mientras lo está usando: elija otro nombre.
# Shown on hover over "Not locked" in the menu bar; $error is the system's answer.
files-not-locked = Quienes abran este plan no sabrán que está abierto aquí: { $error }. Aun así, al guardar se le preguntará antes de reemplazar los cambios de otras personas.
# Shown on hover over "Not locked" in the menu bar; $user is the user name of whoever
# opened the plan.
files-lock-taken = { $user } abrió este plan tal como se guardó, así que esta ventana no tiene el bloqueo.

## Signing off the yearly review.
# $revision is the number of the revision signed off.
files-signed-off = Versión { $revision } del plan aprobada
# $date is when the next review is due.
files-signed-off-text = La revisión queda registrada con sus cambios. La próxima revisión debe hacerse antes del { $date }. Guarde el plan y, después, vuelva a imprimir el procedimiento para recoger las firmas.
files-signed-off-text-no-date = La revisión queda registrada con sus cambios. La fecha de la próxima revisión no está fijada. Guarde el plan y, después, vuelva a imprimir el procedimiento para recoger las firmas.

## Importing backup logs: the preview of what each file holds, and which system each
## backup job is taken to back up.

import-heading = Importar registros de copias
import-nothing-read = No se ha podido leer ningún registro de copias
# $problems lists why each file could not be read, a line each, in the program's words.
import-nothing-read-text =
    { $problems }

    El plan no ha cambiado.
# One file read: $name its name, $runs how many backup runs it holds, $jobs of how many
# backup jobs.
import-file = { $name }: { $runs ->
        [one] { $runs } ejecución
       *[other] { $runs } ejecuciones
    } de { $jobs ->
        [one] { $jobs } trabajo de copia
       *[other] { $jobs } trabajos de copia
    }
# As import-file, and $skipped lines of the file could not be read.
import-file-skipped = { $name }: { $runs ->
        [one] { $runs } ejecución
       *[other] { $runs } ejecuciones
    } de { $jobs ->
        [one] { $jobs } trabajo de copia
       *[other] { $jobs } trabajos de copia
    }; { $skipped ->
        [one] { $skipped } línea no se ha podido leer y se ha omitido
       *[other] { $skipped } líneas no se han podido leer y se han omitido
    }
import-systems = Qué sistema corresponde a cada trabajo de copia
# What a screen reader calls the list of systems beside a job; $job is the backup tool
# and the job's name, such as "restic nightly".
import-system-of = Sistema de { $job }
import-no-system = elija su sistema: hasta entonces, sus ejecuciones no aparecen en ninguna parte
# Beside a system the program guessed for a job.
import-guess = (una suposición: compruébela)
import-explained = No cambia nada hasta que pulse «Importar». Las ejecuciones se guardan en el plan; los fallos y los huecos van al registro de errores del paso 8, y una revisión del periodo, al paso 11. «Deshacer» anula toda la importación.
import-import = Importar
import-cancel = Cancelar
import-done = Registros de copias importados

## The program's own file chooser, shown where the system's cannot be (the heading is
## that of the dialog it stands in for).

chooser-open-plan = Abrir un plan de copias de seguridad
chooser-import-log = Importar un registro de copias
# .tooltip: $why is the system's answer when asked for its file chooser, in its own words.
chooser-explained = No se ha podido mostrar el selector de archivos del sistema en este ordenador, así que Backup Planner le ofrece el suyo propio: escriba el nombre completo del archivo.
    .tooltip = Lo que dijo el sistema: { $why }
# .hint is an example of a file's full name, shown in the empty field.
chooser-file-name = Nombre del archivo
    .hint = /home/usuario/Documentos/plan-de-copias.ron
chooser-files = Archivos de esta carpeta:
chooser-files-to-save-over = Archivos de este tipo que ya hay en esta carpeta (si guarda encima de uno, lo reemplaza):
chooser-save = Guardar
chooser-open = Abrir
chooser-cancel = Cancelar

## Copies of unsaved work, kept aside against a crash. $error is the program's reason.

recovery-unreadable = No se ha podido leer una copia de recuperación
# $path is where the copy was set aside.
recovery-unreadable-text = { $error } Se ha apartado como { $path } y no se volverá a ofrecer.
# Shown on hover over "No recovery copy" in the menu bar.
recovery-not-started = No se pueden guardar copias de recuperación del trabajo sin guardar por si el programa se cierra de golpe ({ $error }); guarde a menudo.
# Shown on hover over "No recovery copy" in the menu bar.
recovery-not-written = No se ha podido guardar una copia de recuperación del trabajo sin guardar por si el programa se cierra de golpe: { $error }. Guarde a menudo.
recovery-without-file = Recuperado sin su archivo
recovery-without-file-text = El trabajo se ha recuperado, pero esta copia no indica en qué carpeta estaba el archivo del plan. Use «Guardar como...» para elegir dónde guardarlo.

## The start screen: begin a plan, open one, or pick up a recent one.

# The program's name, large at the top.
start-title = Backup Planner
start-what-it-does = Planifique paso a paso las copias de seguridad de su oficina, imprima el procedimiento y revíselo una vez al año.
start-recent = Planes recientes
start-recent-none = Aquí aparecerán los planes que abra o guarde.
# The headings of the columns of the recent plans.
start-plan = Plan
start-file = Archivo
start-last-saved = Último guardado
start-next-review = Próxima revisión
# A recent plan: $title is its title, $organisation the office it is for.
start-plan-of = { $title } ({ $organisation })
start-open = Abrir este plan
# A recent plan's file that is no longer there; $file is where it was.
start-missing = { $file } (no encontrado)
    .tooltip = Este archivo ya no está ahí: se ha movido, se le ha cambiado el nombre o se ha eliminado.
start-forget = Olvidar
    .tooltip = Quitarlo de esta lista; no se toca ningún archivo
# When a plan was last saved: $date the day, $time the hour and minute.
start-saved-at = { $date } { $time }
# $date is when the plan's next review is due.
start-review-overdue = { $date }, revisión atrasada
# $date is when the plan's next review is due.
start-review-soon = { $date }, revisión próxima
start-review-not-set = sin fijar
