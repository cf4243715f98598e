## The window's own words: menus, commands, buttons and messages.
## Write for an office manager, not for an IT specialist: plain and calm.

## The menu bar.
menu-file = Archivo
menu-edit = Edición
menu-help = Ayuda
menu-paper-size = Tamaño del papel
menu-language = Idioma
    .tooltip = El idioma de la ventana. El idioma de los documentos de un plan se elige en los Datos del plan.
language-of-system = Igual que el ordenador ({ $language })

## The commands of the menus, buttons and keys: the words, and .tooltip what each does.

command-new-plan = Nuevo plan
    .tooltip = Empezar un plan desde el primer paso
command-open-plan = Abrir plan...
    .tooltip = Abrir un archivo de plan que guardó antes
command-open-example = Abrir el plan de ejemplo
    .tooltip = El plan de una pequeña oficina con todos los pasos completados, para echar un vistazo
command-save = Guardar
    .tooltip = Guardar el plan en su archivo
command-save-as = Guardar como...
    .tooltip = Guardar el plan en el archivo que usted elija
command-close-plan = Cerrar plan
    .tooltip = Cerrar el plan y volver a la pantalla de inicio
command-print-procedure = Imprimir procedimiento...
    .tooltip = Preparar el procedimiento de copia de seguridad e imprimirlo
command-compare-with-file = Comparar con otro archivo de plan...
    .tooltip = Ver qué ha cambiado entre otro archivo de plan, como el del año pasado, y este plan
command-export-procedure = Exportar procedimiento en PDF...
    .tooltip = Guardar el procedimiento de copia de seguridad como archivo PDF
command-save-reminders = Añadir recordatorios al calendario...
    .tooltip = Guardar la revisión, las pruebas de restauración, las revisiones de registros y otras tareas periódicas como eventos repetidos con recordatorios, para abrirlos en su calendario
command-import-logs = Importar registros de copias...
    .tooltip = Leer lo que anotaron las herramientas de copia de seguridad (restic, Borg, un CSV) y compararlo con el plan
command-quit = Salir
    .tooltip = Cerrar Backup Planner
command-undo = Deshacer
    .tooltip = Anular el último cambio hecho en el plan
command-redo = Rehacer
    .tooltip = Volver a aplicar el cambio que deshizo
command-start-review = Iniciar revisión anual
    .tooltip = Recorrer de nuevo los 14 pasos y compararlos con la última versión aprobada
command-end-review = Terminar revisión
    .tooltip = Dejar de revisar; sus cambios se conservan

## Progress through the steps.
steps-complete =
    { $all ->
        [one] { $done } de { $all } paso completado
       *[other] { $done } de { $all } pasos completados
    }

## Paper sizes.
paper-a4 = A4
paper-letter = Carta (EE. UU.)

## Phrases.
# Text said as it is: a name a person typed, or a list of names.
phrase-verbatim = { $text }

## The plan.
# What a plan without a title is called (in the title bar, the recent list, file names).
plan-untitled = Plan sin título
