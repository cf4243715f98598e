## The window's own words: menus, commands, buttons and messages.
## Write for an office manager, not for an IT specialist: plain and calm.

## The menu bar.
menu-file = Fichier
menu-edit = Édition
menu-help = Aide
menu-paper-size = Format du papier
menu-language = Langue
    .tooltip = La langue de la fenêtre. Celle des documents d'un plan se choisit dans « Détails du plan ».
language-of-system = Langue de l'ordinateur ({ $language })

## The commands of the menus, buttons and keys: the words, and .tooltip what each does.

command-new-plan = Nouveau plan
    .tooltip = Commencer un plan à partir de la première étape
command-open-plan = Ouvrir un plan...
    .tooltip = Ouvrir un fichier de plan que vous avez enregistré auparavant
command-open-example = Ouvrir le plan d'exemple
    .tooltip = Le plan d'un petit bureau, avec toutes les étapes remplies, pour découvrir l'application
command-save = Enregistrer
    .tooltip = Enregistrer le plan dans son fichier
command-save-as = Enregistrer sous...
    .tooltip = Enregistrer le plan dans le fichier de votre choix
command-close-plan = Fermer le plan
    .tooltip = Fermer le plan et revenir à l'écran d'accueil
command-print-procedure = Imprimer la procédure...
    .tooltip = Préparer la procédure de sauvegarde et l'imprimer
command-compare-with-file = Comparer avec un autre fichier de plan...
    .tooltip = Voir ce qui a changé entre un autre fichier de plan, par exemple celui de l'an dernier, et ce plan
command-export-procedure = Exporter la procédure en PDF...
    .tooltip = Enregistrer la procédure de sauvegarde dans un fichier PDF
command-save-reminders = Ajouter des rappels au calendrier...
    .tooltip = Enregistrer la revue annuelle, les tests de restauration, les examens des journaux et les autres rendez-vous réguliers sous forme d'événements récurrents avec rappels, à ouvrir dans votre calendrier
command-import-logs = Importer les journaux...
    .tooltip = Lire ce qu'ont noté les outils de sauvegarde (restic, Borg, un fichier CSV) et le comparer au plan
command-quit = Quitter
    .tooltip = Fermer Backup Planner
command-undo = Annuler
    .tooltip = Revenir sur la dernière modification du plan
command-redo = Rétablir
    .tooltip = Refaire la modification que vous avez annulée
command-start-review = Commencer la revue annuelle
    .tooltip = Reprendre les 14 étapes en les comparant à la dernière version validée
command-end-review = Terminer la revue
    .tooltip = Arrêter la revue ; vos modifications sont conservées

## Progress through the steps.
steps-complete =
    { $done ->
        [one] { $done } étape terminée sur { $all }
       *[other] { $done } étapes terminées sur { $all }
    }

## Paper sizes.
paper-a4 = A4
paper-letter = Lettre US

## Phrases.
# Text said as it is: a name a person typed, or a list of names.
phrase-verbatim = { $text }

## The plan.
# What a plan without a title is called (in the title bar, the recent list, file names).
plan-untitled = Plan sans titre
