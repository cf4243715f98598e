## The window around the steps: the start screen, the file menu's work (open, save,
## recovery, the file chooser), the print and preview dialog, the import of backup logs,
## and every question and message the window asks or gives.

## Questions and messages over the window. A message's .tooltip says what its button does.

dialog-ok = OK
# Stands for the plan's title when no plan is open, as in dialog-unsaved-text.
dialog-this-plan = Ce plan

## Saving failed: the reason (from the program) shows between the heading and the rest.
dialog-save-failed = Impossible d'enregistrer le plan
dialog-save-failed-nothing-lost = Rien n'est perdu : le plan reste ouvert avec toutes ses modifications.
dialog-save-failed-save-as = Enregistrer sous...

## Unsaved work from a run that did not close properly.
dialog-recover = Récupérer le travail non enregistré ?
# $title is the plan's title, $file the plan's file (or dialog-recover-not-saved-yet),
# $date and $time when the copy was written.
dialog-recover-text = Backup Planner ne s'est pas fermé correctement la dernière fois. Il a conservé les modifications non enregistrées de « { $title } » ({ $file }) telles qu'elles étaient le { $date } à { $time }.
# Stands for the file in dialog-recover-text when the plan had none.
dialog-recover-not-saved-yet = plan pas encore enregistré
dialog-recover-restore = Récupérer
dialog-recover-discard = Supprimer
    .tooltip = Effacer définitivement les modifications non enregistrées

## Unsaved changes, before the plan is put away (closed, another opened, the app quit).
dialog-unsaved = Enregistrer vos modifications ?
# $title is the plan's title.
dialog-unsaved-text = « { $title } » contient des modifications qui ne sont pas encore enregistrées.
dialog-unsaved-save = Enregistrer
dialog-unsaved-discard = Ne pas enregistrer
dialog-unsaved-cancel = Annuler

## What changed between two plan files.
dialog-comparison-same = Les deux plans sont identiques.

## A plan shared with others: open somewhere else, or changed by someone else.
dialog-show-differences = Voir les différences
    .tooltip = Ce qui diffère entre le fichier et le plan de cette fenêtre
dialog-reload-theirs = Recharger le fichier
    .tooltip = Mettre de côté vos modifications non enregistrées et afficher la version du fichier (« Annuler », dans le menu « Édition », les fait revenir)

dialog-in-use = Ce plan est ouvert ailleurs
# Someone has the plan open in another window of this computer. $user is their user
# name, $name the plan file's name, $date and $time since when.
dialog-in-use-here = { $user } a ouvert « { $name } » dans une autre fenêtre de Backup Planner sur cet ordinateur, depuis le { $date } à { $time }.
# Someone has the plan open on another computer, called $computer. $user is their user
# name, $name the plan file's name, $date and $time since when.
dialog-in-use-elsewhere = { $user } a ouvert « { $name } » sur l'ordinateur { $computer }, depuis le { $date } à { $time }. Si Backup Planner n'y est plus ouvert (il a pu se fermer sans faire le ménage), ouvrez-le quand même.
dialog-in-use-read-only = Ouvrir en lecture seule
    .tooltip = Consulter le plan ; pour garder des modifications, enregistrez-les dans un nouveau fichier
dialog-in-use-anyway = Ouvrir quand même
    .tooltip = L'ouvrir pour le modifier. Si vous enregistrez tous les deux, le second enregistrement demandera confirmation avant de remplacer le premier.
dialog-in-use-cancel = Annuler
    .tooltip = Ne pas l'ouvrir

dialog-conflict = Quelqu'un d'autre a modifié ce plan
# $title is the plan's title, $path its file.
dialog-conflict-text = « { $title } » a été modifié par une autre fenêtre, un autre ordinateur ou un autre programme depuis que vous l'avez ouvert ou enregistré pour la dernière fois. Enregistrer maintenant remplacerait ces modifications : rien n'a donc encore été enregistré. Fichier : { $path }
dialog-conflict-save-as = Enregistrer sous un autre nom...
    .tooltip = Garder les deux : votre version va dans un nouveau fichier
dialog-conflict-replace = Remplacer l'autre version
    .tooltip = Enregistrer votre version à la place du fichier ; l'autre est conservée dans le fichier .bak placé à côté
dialog-conflict-cancel = Annuler
    .tooltip = Ne rien faire pour l'instant

dialog-changed-on-disk = Ce plan a été modifié sur le disque
# $title is the plan's title; this window has unsaved changes.
dialog-changed-on-disk-unsaved = « { $title } » a été modifié par quelqu'un d'autre pendant qu'il est ouvert ici, et vous avez des modifications non enregistrées. Lorsque vous enregistrerez, une confirmation vous sera demandée avant que les modifications de l'autre personne soient remplacées.
# $title is the plan's title; this window has no unsaved changes.
dialog-changed-on-disk-saved = « { $title } » a été modifié par quelqu'un d'autre pendant qu'il est ouvert ici. Rechargez-le pour voir la nouvelle version et continuer à travailler dessus.
dialog-changed-on-disk-keep-working = Continuer
    .tooltip = Poursuivre avec vos modifications
dialog-changed-on-disk-reload = Recharger
    .tooltip = Afficher la nouvelle version du fichier
dialog-changed-on-disk-not-now = Plus tard
    .tooltip = Garder cette version à l'écran

## A document the printer did not take. $details is the system's answer, in its own words.
dialog-print-failed-procedure = La procédure n'a pas pu être imprimée
dialog-print-failed-procedure-text =
    Cet ordinateur n'a aucune imprimante que Backup Planner puisse atteindre, ni aucun programme pour afficher le document et l'imprimer. Enregistrez la procédure en PDF à un endroit où vous la retrouverez (sur une clé USB, ou pour l'envoyer par e-mail), puis imprimez-la depuis un autre programme ou un autre ordinateur.

    Pour la personne qui s'occupe de vos ordinateurs : { $details }
dialog-print-failed-invitation = L'invitation n'a pas pu être imprimée
dialog-print-failed-invitation-text =
    Cet ordinateur n'a aucune imprimante que Backup Planner puisse atteindre, ni aucun programme pour afficher le document et l'imprimer. Enregistrez l'invitation en PDF à un endroit où vous la retrouverez (sur une clé USB, ou pour l'envoyer par e-mail), puis imprimez-la depuis un autre programme ou un autre ordinateur.

    Pour la personne qui s'occupe de vos ordinateurs : { $details }
dialog-print-failed-save-pdf = Enregistrer en PDF...
    .tooltip = Choisir où conserver le document au format PDF
dialog-print-failed-not-now = Plus tard
    .tooltip = Fermer ce message

## Signing off a review while some steps were not looked at.
dialog-unreviewed = Certaines étapes n'ont pas encore été revues
# $steps lists the steps, each as dialog-unreviewed-step, joined with "and".
dialog-unreviewed-text = Valider la revue atteste que tout le plan a été revu cette année. Pas encore revues : { $steps }.
# One step in the list of dialog-unreviewed-text: its number and title.
dialog-unreviewed-step = { $number }. { $title }
dialog-unreviewed-go-back = Revenir à la revue
    .tooltip = Revoir d'abord ces étapes
dialog-unreviewed-sign-off = Valider quand même
    .tooltip = Consigner la version telle qu'elle est

## Making documents (the procedure, a training invitation, calendar files): saved,
## printed, or why not. $path is where the file was written.

making-preparing-procedure = Préparation de la procédure…
making-preparing-invitation = Préparation de l'invitation…
making-saved-procedure = Document de procédure enregistré
making-saved-invitation = Invitation enregistrée
making-saved-calendar = Fichier de calendrier enregistré
making-saved-as = Fichier enregistré sous { $path }
making-not-saved-procedure = Impossible d'enregistrer le document de procédure
making-not-saved-invitation = Impossible d'enregistrer l'invitation
making-not-saved-calendar = Impossible d'enregistrer le fichier de calendrier
making-not-made-procedure = Impossible de préparer la procédure
making-not-made-invitation = Impossible de préparer l'invitation
# $error is the system's answer, in its own words.
making-not-started = Le programme n'a pas pu commencer la préparation : { $error }
making-went-wrong = Un problème est survenu pendant la mise en page. Votre plan n'a pas changé ; veuillez réessayer.
making-print-not-made = Impossible de préparer le document à imprimer
making-calendar-not-made = Impossible de créer le fichier de calendrier

# The titles of the dialogs that ask where to save a document.
making-ask-procedure = Exporter la procédure de sauvegarde
making-ask-invitation = Enregistrer l'invitation à la formation
making-ask-calendar = Enregistrer le fichier de calendrier
making-ask-reminders = Enregistrer les rappels pour votre calendrier
# The kinds of file the save dialogs name.
making-kind-pdf = Document PDF
making-kind-calendar = Fichier de calendrier
# The ends of the file names suggested: "office-procedure.pdf". Letters, digits and
# dashes only, no spaces.
making-file-procedure = procedure
making-file-invitation = invitation
making-file-calendar = formation
making-file-reminders = rappels

making-sent = Envoyé à l'imprimante
# $printer is the printer's name as the system calls it.
making-sent-procedure = La procédure a été envoyée à l'imprimante { $printer }. Une copie est enregistrée ici : { $path }
making-sent-procedure-default = La procédure a été envoyée à l'imprimante par défaut. Une copie est enregistrée ici : { $path }
# $printer is the printer's name as the system calls it.
making-sent-invitation = L'invitation a été envoyée à l'imprimante { $printer }. Une copie est enregistrée ici : { $path }
making-sent-invitation-default = L'invitation a été envoyée à l'imprimante par défaut. Une copie est enregistrée ici : { $path }
making-opened = Ouvert pour l'impression
making-opened-procedure = La procédure s'est ouverte dans votre lecteur de PDF : imprimez-la depuis celui-ci. Le fichier se trouve ici : { $path }
making-opened-invitation = L'invitation s'est ouverte dans votre lecteur de PDF : imprimez-la depuis celui-ci. Le fichier se trouve ici : { $path }

making-reminders-saved = Rappels enregistrés
# $count is how many recurring duties (reviews, restore tests, ...) the file holds.
making-reminders-saved-text = Fichier enregistré sous { $path }. Ouvrez ce fichier avec votre calendrier (Thunderbird, Outlook, Calendrier d'Apple) pour ajouter { $count ->
        [one] { $count } événement récurrent, précédé d'un rappel. Si vous ajoutez plus tard un fichier plus récent, il le mettra à jour au lieu de créer un doublon.
       *[other] { $count } événements récurrents, chacun précédé d'un rappel. Si vous ajoutez plus tard un fichier plus récent, il les mettra à jour au lieu de créer des doublons.
    }
making-reminders-not-saved = Impossible d'enregistrer les rappels

## The print and preview dialog of a document: the options on one side, the pages as
## they will print on the other.

print-title-procedure = Imprimer la procédure de sauvegarde
print-title-procedure-pdf = Enregistrer la procédure de sauvegarde en PDF
print-title-invitation = Imprimer l'invitation à la formation
print-title-invitation-pdf = Enregistrer l'invitation à la formation en PDF

# $problem is why the pages could not be drawn, in the program's words.
print-no-preview = Pas d'aperçu : { $problem }
print-preparing-preview = Préparation de l'aperçu…
# Which page of the preview shows: $page of $count pages.
print-page-of = Page { $page } sur { $count }
# What a screen reader says of the page's picture: $page of $count pages.
print-preview-of-page = Aperçu de la page { $page } sur { $count }
print-previous-page = Page précédente
print-next-page = Page suivante
print-smaller = Réduire
print-larger = Agrandir
# How large the page shows; $percent is a number.
print-zoom = { $percent } %

print-printer = Imprimante
# The default printer in the list of printers; $printer is its name.
print-printer-default = { $printer } (par défaut)
print-copies = Exemplaires
print-pages = Pages
print-pages-all = Toutes
print-pages-some = Certaines pages
# What a screen reader calls the field for the pages to print (such as 1-3).
print-which-pages = Pages à imprimer
print-sides = Recto verso
print-both-sides = Imprimer en recto verso
print-paper = Papier
# $most is the most copies one print asks for.
print-copies-wrong = Exemplaires : un nombre de 1 à { $most }
print-pages-wrong = Pages : une page comme 2, ou une plage comme 1-3
print-pages-too-many = Pages : le document n'a pas autant de pages

print-print = Imprimer
print-cancel = Annuler
print-open-in-viewer = Ouvrir dans le lecteur de PDF...
    .tooltip = Ouvrir le document dans votre lecteur de PDF, pour l'imprimer depuis celui-ci
print-save-pdf = Enregistrer en PDF...
print-to-print = Imprimer...
    .tooltip = L'imprimer plutôt
print-save-explained = L'aperçu montre le document tel qu'il sera enregistré. Choisissez le papier, puis l'endroit où conserver le fichier.

print-no-printer = Aucune imprimante n'est configurée sur cet ordinateur.
# $why is the print system's answer, in its own words.
print-no-print-system = Aucun système d'impression n'a répondu sur cet ordinateur. { $why }
print-no-printer-explained = Vous pouvez ouvrir le document dans votre lecteur de PDF et l'imprimer depuis celui-ci, ou l'enregistrer en PDF pour l'imprimer ailleurs.

## The window's title, and messages of the window itself.

# The window's title while no plan is open: the program's name.
window-title = Backup Planner
# The window's title with a plan open: $title is the plan's title, $file its file (as
# window-title-file, or window-title-not-saved).
window-title-plan = { $title } ({ $file }) - Backup Planner
# As window-title-plan, for a plan opened to read only.
window-title-plan-read-only = { $title } ({ $file }, lecture seule) - Backup Planner
# The plan's file in the window's title: $name the file's name, $folder the folder it is in.
window-title-file = { $name } dans { $folder }
window-title-not-saved = pas encore enregistré

window-settings-not-read = Impossible de lire les réglages
# The settings file (where the app keeps the recent plans, the chosen language and the
# window's place) is not readable RON. $line and $column say where the mistake is, $reason
# is what is wrong there in the RON reader's words (English), $path is the settings file.
window-settings-mistake = Le fichier de réglages contient une erreur ligne { $line }, colonne { $column } : { $reason }. Fichier de réglages : { $path }
# $size is the settings file's size in megabytes; $path is the settings file.
window-settings-too-large = Le fichier de réglages est bien trop volumineux pour être celui de Backup Planner ({ $size } Mo). Fichier de réglages : { $path }
# After window-settings-mistake (or another reason the settings file could not be read):
# the file was renamed to $kept (a full path), so that the recent plans it lists are not
# lost when the settings are saved again.
window-settings-kept-aside = Le fichier a été conservé sous { $kept }, avec la liste des plans récents, et Backup Planner démarre avec ses réglages habituels.
# As window-settings-kept-aside, when the file could not be renamed either: $reason is why.
window-settings-left-alone = Le fichier est laissé tel quel, car il n'a pas pu être mis de côté ({ $reason }) ; les réglages modifiés maintenant ne sont pas enregistrés, pour ne rien écrire à sa place.
window-email-copied = Texte de l'e-mail copié
window-email-copied-text = Collez-le dans un nouvel e-mail adressé aux participants.
window-mail-not-opened = Impossible d'ouvrir le programme de messagerie
# $error is the system's answer, in its own words.
window-mail-not-opened-text = { $error }. Utilisez plutôt « Copier l'e-mail » et collez-le dans un e-mail.
window-open-a-plan-first = Ouvrez d'abord un plan
window-open-a-plan-first-text = Les journaux de sauvegarde sont lus dans un plan : ouvrez-en un ou commencez-en un nouveau, puis déposez de nouveau les journaux.

## The right of the menu bar: the plan's state, and the button of the findings panel.

window-save = 💾 Enregistrer
window-unsaved-changes = Modifications non enregistrées
window-all-saved = Tout est enregistré
# Shown when unsaved work cannot be kept aside against a crash; the reason shows on hover.
window-no-recovery-copy = ⚠ Pas de copie de récupération
# Shown when others who open the plan will not be told it is open here; the reason
# shows on hover.
window-not-locked = ⚠ Non verrouillé
# .tooltip: $user is the user name of whoever has the plan open.
window-read-only = Lecture seule
    .tooltip = { $user } a ouvert ce plan. Pour garder des modifications, enregistrez-les dans un nouveau fichier.
# The button of the findings panel when the adviser found nothing.
window-findings-none = ✔ Constats
# The button of the findings panel when some findings are serious; $count is how many
# findings there are in all.
window-findings-high = ⚠ Constats ({ $count })
# The button of the findings panel; $count is how many findings there are. .panel is
# what a screen reader calls the button; in .panel and .tooltip, $summary counts the
# findings by severity.
window-findings = Constats ({ $count })
    .panel = Panneau des constats : { $summary }
    .tooltip = Afficher ou masquer ce que le conseiller a relevé : { $summary }

## Opening, saving and comparing plan files, and plans shared with others. The reason a
## file could not be read or written shows under these headings, in the program's words.

files-not-opened = Impossible d'ouvrir le plan
files-example-not-opened = Impossible d'ouvrir le plan d'exemple
files-not-reloaded = Impossible de relire le plan
files-not-read = Impossible de lire le fichier du plan
files-recent-not-saved = Impossible de mettre à jour la liste des plans récents
files-compare-not-opened = Impossible d'ouvrir le plan à comparer
# The title of the dialog that asks where to save the plan.
files-ask-save = Enregistrer le plan de sauvegarde
# The kind of file the save dialog names.
files-kind-plan = Plan de sauvegarde
files-saved-with-note = Enregistré, avec une remarque

# The headings of what changed between two plans. $name is the other plan's file name.
files-compare-with-file = Changements entre { $name } et ce plan
files-compare-with-disk = Changements entre le fichier sur le disque et le plan de cette fenêtre

files-read-only = Ce plan est ouvert en lecture seule
# $user is the user name of whoever has the plan open.
files-read-only-text = { $user } a ouvert ce plan, et il n'est ouvert ici qu'en lecture seule. Enregistrez-le dans un nouveau fichier : choisissez un autre nom.
files-taken = Ce plan est ouvert ailleurs
# $in_use says who has the plan open, where and since when (dialog-in-use-here or
# dialog-in-use-elsewhere).
files-taken-text = { $in_use } Enregistrer par-dessus écraserait le fichier sur lequel cette personne travaille : choisissez un autre nom.
# Shown on hover over "Not locked" in the menu bar; $error is the system's answer.
files-not-locked = Les autres personnes qui ouvrent ce plan ne seront pas averties qu'il est ouvert ici : { $error }. Un enregistrement demande toujours confirmation avant de remplacer leurs modifications.
# Shown on hover over "Not locked" in the menu bar; $user is the user name of whoever
# opened the plan.
files-lock-taken = { $user } a ouvert ce plan au moment où il était enregistré : cette fenêtre ne détient donc pas le verrou.

## Signing off the yearly review.
# $revision is the number of the revision signed off.
files-signed-off = Version { $revision } validée
# $date is when the next review is due.
files-signed-off-text = La revue est consignée avec ses modifications. La prochaine revue est à faire d'ici le { $date }. Enregistrez le plan, puis imprimez de nouveau la procédure pour la faire signer.
files-signed-off-text-no-date = La revue est consignée avec ses modifications. La date de la prochaine revue n'est pas fixée. Enregistrez le plan, puis imprimez de nouveau la procédure pour la faire signer.

## Importing backup logs: the preview of what each file holds, and which system each
## backup job is taken to back up.

import-heading = Importer les journaux de sauvegarde
import-nothing-read = Aucun journal de sauvegarde n'a pu être lu
# $problems lists why each file could not be read, a line each, in the program's words.
import-nothing-read-text =
    { $problems }

    Le plan n'a pas changé.
# One file read: $name its name, $runs how many backup runs it holds, $jobs of how many
# backup jobs.
import-file = { $name } : { $runs ->
        [one] { $runs } exécution
       *[other] { $runs } exécutions
    } de { $jobs ->
        [one] { $jobs } tâche
       *[other] { $jobs } tâches
    }
# As import-file, and $skipped lines of the file could not be read.
import-file-skipped = { $name } : { $runs ->
        [one] { $runs } exécution
       *[other] { $runs } exécutions
    } de { $jobs ->
        [one] { $jobs } tâche
       *[other] { $jobs } tâches
    } ; { $skipped ->
        [one] { $skipped } ligne illisible a été ignorée
       *[other] { $skipped } lignes illisibles ont été ignorées
    }
import-systems = Le système que sauvegarde chaque tâche
# What a screen reader calls the list of systems beside a job; $job is the backup tool
# and the job's name, such as "restic nightly".
import-system-of = Système de { $job }
import-no-system = choisissez son système : d'ici là, ses exécutions n'apparaissent nulle part
# Beside a system the program guessed for a job.
import-guess = (une supposition : à vérifier)
import-explained = Rien ne change tant que vous n'avez pas cliqué sur « Importer ». Les exécutions sont conservées dans le plan ; les échecs et les intervalles sans sauvegarde vont dans le journal des erreurs de l'étape 8, et un examen de la période à l'étape 11. « Annuler », dans le menu « Édition », défait toute l'importation d'un coup.
import-import = Importer
import-cancel = Annuler
import-done = Journaux de sauvegarde importés

## The program's own file chooser, shown where the system's cannot be (the heading is
## that of the dialog it stands in for).

chooser-open-plan = Ouvrir un plan de sauvegarde
chooser-import-log = Importer un journal de sauvegarde
# .tooltip: $why is the system's answer when asked for its file chooser, in its own words.
chooser-explained = Le sélecteur de fichiers du système n'a pas pu s'afficher sur cet ordinateur ; Backup Planner propose donc le sien : saisissez le chemin complet du fichier.
    .tooltip = Réponse du système : { $why }
# .hint is an example of a file's full name, shown in the empty field.
chooser-file-name = Nom du fichier
    .hint = /home/vous/Documents/plan-de-sauvegarde.ron
chooser-files = Fichiers de ce dossier :
chooser-files-to-save-over = Fichiers de ce type déjà présents dans ce dossier (enregistrer sous l'un de ces noms le remplace) :
chooser-save = Enregistrer
chooser-open = Ouvrir
chooser-cancel = Annuler

## Copies of unsaved work, kept aside against a crash. $error is the program's reason.

recovery-unreadable = Une copie de récupération n'a pas pu être lue
# $path is where the copy was set aside.
recovery-unreadable-text = { $error } Elle a été mise de côté sous { $path } et ne sera plus proposée.
# Shown on hover over "No recovery copy" in the menu bar.
recovery-not-started = Le travail non enregistré ne peut pas être mis à l'abri en cas de plantage ({ $error }) ; enregistrez souvent.
# Shown on hover over "No recovery copy" in the menu bar.
recovery-not-written = Le travail non enregistré n'a pas pu être mis à l'abri en cas de plantage : { $error }. Enregistrez souvent.
recovery-without-file = Récupéré sans son fichier
recovery-without-file-text = Votre travail est récupéré, mais cette copie n'indique pas dans quel dossier se trouvait le fichier du plan. Utilisez « Enregistrer sous... » pour choisir où l'enregistrer.

## The start screen: begin a plan, open one, or pick up a recent one.

# The program's name, large at the top.
start-title = Backup Planner
start-what-it-does = Planifiez pas à pas les sauvegardes de votre bureau, imprimez la procédure et faites-en la revue une fois par an.
start-recent = Plans récents
start-recent-none = Les plans que vous ouvrez ou enregistrez apparaîtront ici.
# The headings of the columns of the recent plans.
start-plan = Plan
start-file = Fichier
start-last-saved = Enregistré le
start-next-review = Prochaine revue
# A recent plan: $title is its title, $organisation the office it is for.
start-plan-of = { $title } ({ $organisation })
start-open = Ouvrir ce plan
# A recent plan's file that is no longer there; $file is where it was.
start-missing = { $file } (introuvable)
    .tooltip = Ce fichier n'est plus là : il a été déplacé, renommé ou supprimé.
start-forget = Retirer
    .tooltip = Le retirer de cette liste ; aucun fichier n'est touché
# When a plan was last saved: $date the day, $time the hour and minute.
start-saved-at = { $date } à { $time }
# $date is when the plan's next review is due.
start-review-overdue = { $date }, revue en retard
# $date is when the plan's next review is due.
start-review-soon = { $date }, revue à faire bientôt
start-review-not-set = non fixée
