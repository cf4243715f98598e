## Help: the guide inside the app, the keyboard shortcuts and About.

## The Help menu's items, which are also the titles of their windows.
help-guide = Guía
help-shortcuts = Atajos de teclado
help-about = Acerca de Backup Planner

## The guide. The names of menus and commands in it ("New plan", "File > Print
## procedure...", "Start yearly review") are written as the menus say them.
help-guide-intro = Backup Planner le ayuda a planificar, documentar y mantener al día las copias de seguridad de su oficina. No hace copias de seguridad por sí mismo: es el plan, el registro y el procedimiento impreso que las acompañan.
help-first-plan = Su primer plan
help-first-plan-text = Elija «Nuevo plan» y recorra los 14 pasos de la lista de la izquierda; una marca de verificación indica que un paso está completado. Cuando haya anotado las pruebas de restauración (paso 9), pida la aprobación (paso 10); después, imprima el procedimiento (Archivo > Imprimir procedimiento...) y envíe las invitaciones a la formación desde el paso 13. Guarde el plan donde la oficina guarda sus documentos.
help-review = La revisión anual
help-review-text = La pantalla de inicio muestra la fecha de la próxima revisión de cada plan y marca las que ya han vencido. Abra el plan y elija «Iniciar revisión anual»: cada paso muestra lo que se decidió la última vez; confírmelo o cámbielo y, al final, apruebe la revisión. El plan pasa a una nueva versión y el procedimiento se puede volver a imprimir.
help-between = Entre revisiones
help-between-text = Anote en su paso una prueba de restauración, una revisión de registros, una sesión de formación o el resultado de una copia de seguridad en cuanto ocurra. Archivo > Importar registros de copias... lee lo que anotaron las herramientas de copia de seguridad e indica qué ha fallado; Archivo > Añadir recordatorios al calendario... lleva cada tarea periódica a su propio calendario.
# A heading, above the title and guidance of each of the 14 steps.
help-steps = Los 14 pasos
help-adviser = El asesor
help-adviser-text = Mientras usted rellena el plan, el panel de observaciones compara sus decisiones con las buenas prácticas (ISO/IEC 27002) y le dice con palabras sencillas qué puede mejorar, empezando por lo más grave. Haga clic en una observación para ir a su paso. Los periodos legales de conservación se ofrecen como valores predeterminados que usted debe confirmar, no como asesoramiento jurídico.
help-files = Los archivos que crea
# ".ron", ".ron.bak" and ".~lock.NAME#" are the endings of the files' names: keep them
# as they are.
help-files-text = El plan es un único archivo que termina en .ron y que se guarda donde usted elija; la copia anterior a cada guardado se conserva a su lado como .ron.bak. Mientras un plan está abierto, un pequeño archivo junto a él (.~lock.NAME#) indica a sus compañeros quién lo tiene abierto. Cada pocos segundos se guarda una copia del trabajo sin guardar, para que no se pierda nada si el ordenador se detiene.

## The keyboard shortcuts.

# Two keys that do the same ("Ctrl+Z or Alt+Backspace").
help-keys-either = { $first } o { $second }
help-keys-text = Tab pasa al campo siguiente y Mayús+Tab, al anterior; Intro abre una lista desplegable, y las teclas de flecha eligen dentro de ella. En un campo de texto, los atajos de «Deshacer» y «Rehacer» anulan primero lo escrito en ese campo.

## About.

# The program's name and $version, its version number ("1.2.0").
help-about-version = Backup Planner { $version }
help-about-description = Planifique, documente y revise las copias de seguridad de una pequeña oficina siguiendo un proceso de 14 pasos alineado con la ISO/IEC 27002
help-licences = Licencias
# The names of the licences and fonts stay as they are.
help-licences-text = Backup Planner es software libre con la licencia MIT o la licencia Apache 2.0, a su elección. Los documentos impresos usan las fuentes Noto Sans (latina, griega, cirílica, árabe y hebrea; copyright de Google), con la SIL Open Font License 1.1. La ventana usa las fuentes de egui: Ubuntu Light (Ubuntu Font Licence 1.0), Hack (licencias MIT y Bitstream Vera) y Noto Emoji (SIL Open Font License 1.1). Los documentos se componen con typst (Apache 2.0). Cada una de las demás bibliotecas conserva su propia licencia, que figura junto al código fuente.
# The heading of a list of the app's own folders, each with its path beside it (in the
# guide and in About).
help-places = Dónde se guardan las cosas
# In place of a folder's path, when the computer has no folder for it.
help-place-not-kept = no se guarda: el sistema no tiene ninguna carpeta para ello
help-place-settings = Configuración y planes recientes
help-place-recovery = Copias del trabajo sin guardar
help-place-print = Documentos enviados a imprimir
