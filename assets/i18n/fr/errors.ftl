## What the lower layers say when something cannot be done: reading and writing plan
## files, the limits of what a plan holds, who has a plan open, printing, and the
## system's file dialogs. Most of these appear in an error message of the window, and
## some on the command line too.
##
## $path is always the full path of a file. $reason is the words of the operating system
## or of another program (in the computer's language, or in English), put in as they are.

## Reading and writing plan files. Each message ends with the file it is about.

error-read = Impossible de lire le fichier : { $reason }. Fichier : { $path }
# $size is the file's size in megabytes.
error-too-large = Ce fichier est trop volumineux pour être un plan de sauvegarde ({ $size } Mo). Fichier : { $path }
# $what says what the path leads to instead: one of the error-not-a-file-... messages.
error-not-a-file = Ce n'est pas un fichier ordinaire : { $what }. Fichier : { $path }
error-changed-on-disk = Le fichier a été modifié par quelqu'un d'autre (un autre programme ou un autre ordinateur) depuis sa lecture : il n'a donc pas été remplacé. Fichier : { $path }
error-not-text = Ce fichier n'est pas un plan de sauvegarde : il ne contient pas de texte. Fichier : { $path }
error-empty = Ce fichier est vide : il ne contient aucun plan. Fichier : { $path }
# RON is the kind of text plan files are written in; format_version is a word of that
# text, so it stays as it is.
error-not-a-plan = Ce fichier n'est pas un plan de sauvegarde : il a la forme d'un fichier RON, mais pas celle d'un plan (il n'indique aucun format_version). Fichier : { $path }
# $line and $column say where in the file's text the mistake is; $reason is what is wrong
# there: one of the limits-... refusals below, or the words of the RON reader.
error-parse = Ce fichier n'est pas un plan de sauvegarde lisible. Ligne { $line }, colonne { $column } : { $reason }. Fichier : { $path }
# $reason is a limits-over-text or limits-over-rows message.
error-over-limit = Ce fichier contient plus qu'un plan de sauvegarde ne peut en contenir : { $reason }. Fichier : { $path }
# $found and $supported are numbers of versions of the file format.
error-newer-format = Ce plan a été enregistré par une version plus récente de Backup Planner (format de fichier { $found } ; cette version-ci lit jusqu'au format { $supported }). Mettez Backup Planner à jour pour l'ouvrir. Fichier : { $path }
error-write = Impossible d'enregistrer : { $reason }. Fichier : { $path }
error-serialize = Impossible de convertir le plan en texte : { $reason }

## What a path leads to when it is not an ordinary file (in error-not-a-file).

error-not-a-file-folder = c'est un dossier
error-not-a-file-special = c'est un tube, un périphérique ou un autre fichier spécial, et non un fichier ordinaire
# Such as /dev/stdout: whatever a program writes to or reads from at the moment.
error-not-a-file-stream = c'est l'entrée ou la sortie d'un programme, et non un fichier à part entière

## Reading and writing any file (backup logs too), in the middle of a longer message.

# $limit is a number of bytes.
error-disk-too-large = { $limit ->
        [one] le fichier dépasse { $limit } octet
       *[other] le fichier dépasse { $limit } octets
    }
error-disk-changed = le fichier a été modifié par quelqu'un d'autre depuis sa lecture

## What a save could not keep as it was, said after the plan was saved.

# $backup is the full path of the file that keeps the previous version (PLAN.ron.bak).
error-backup-not-kept = L'ancien contenu du fichier, qui vient d'être remplacé, n'a pas pu être conservé sous { $backup } ({ $reason }).
error-group-not-kept = Le groupe du fichier n'a pas pu être conservé : les collègues de ce groupe ne pourront peut-être plus l'ouvrir. Demandez à la personne qui s'occupe du dossier partagé de rétablir le groupe du fichier.
error-permissions-not-kept = Les autorisations du fichier n'ont pas pu être conservées.

## Opening a file or a link with the program the computer uses for it.

# $program is the name of a command of the system, such as xdg-open or lpstat.
error-program-not-installed = { $program } n'est pas installé
# $status is the system's words for how the program ended, such as "exit status: 4".
error-program-stopped = il s'est arrêté ({ $status })

## The system's file dialogs: their titles and the names of the kinds of file offered.

error-dialog-open-plan = Ouvrir un plan de sauvegarde
error-dialog-plan-files = Plan de sauvegarde
error-dialog-import-logs = Importer les journaux de sauvegarde
error-dialog-log-files = Journaux de sauvegarde
error-dialog-every-file = Tous les fichiers

## Step 10.

error-approval-refused = Notez au moins un test de restauration à l'étape 9 avant d'approuver.

## Who has a plan open (the lock file beside it).

# $user is a login name, $host the name of a computer.
lock-held = { $user } a ouvert le plan sur l'ordinateur { $host }
lock-not-written = le fichier de verrouillage n'a pas pu être écrit : { $reason }

## Printing through the computer's print system (CUPS).

# $reason is one of the print-system-... reasons below, or the system's words.
print-system-none = Aucun système d'impression n'a répondu sur cet ordinateur ({ $reason }).
print-system-windows = Backup Planner imprime par l'intermédiaire de CUPS, qui n'existe pas sous Windows
print-system-not-running = son service d'impression n'est pas démarré
# $name is the printer asked for; $printers the names of the printers there are, with
# commas between.
print-system-unknown-printer = Il n'y a aucune imprimante appelée « { $name } » sur cet ordinateur. Les imprimantes disponibles sont : { $printers }.
print-system-no-printer = Aucune imprimante n'est configurée sur cet ordinateur.
# $said is what the print system answered, in its own words.
print-system-refused = L'imprimante n'a pas accepté le document : { $said }

## The limits of what a plan holds. A plan file with a value beyond them is refused with
## one of these, after "Line 12, column 3:". $min and $max are the range; $value is the
## value refused, as the file writes it (or one of the limits-value-... words).
## A quantity's .hint is what its field says when it refuses what was typed ($example
## is an everyday value); .hint-whole the same for whole numbers only.

limits-value-nan = NaN (pas un nombre)
limits-value-infinity = l'infini

# The size of data or of storage, in gigabytes.
limits-size-gb = la taille en Go doit être comprise entre { $min } et { $max }, et non { $value }
    .hint = Saisissez une taille en Go de { $min } à { $max }, par exemple { $example }
    .hint-whole = Saisissez une taille en Go, en nombre entier, de { $min } à { $max }, par exemple { $example }
limits-percent = le pourcentage doit être compris entre { $min } et { $max }, et non { $value }
    .hint = Saisissez un pourcentage de { $min } à { $max }, par exemple { $example }
    .hint-whole = Saisissez un pourcentage entier de { $min } à { $max }, par exemple { $example }
limits-hours = le nombre d'heures doit être compris entre { $min } et { $max }, et non { $value }
    .hint = Saisissez un nombre d'heures de { $min } à { $max }, par exemple { $example }
    .hint-whole = Saisissez un nombre entier d'heures de { $min } à { $max }, par exemple { $example }
limits-minutes = le nombre de minutes doit être compris entre { $min } et { $max }, et non { $value }
    .hint = Saisissez un nombre de minutes de { $min } à { $max }, par exemple { $example }
    .hint-whole = Saisissez un nombre entier de minutes de { $min } à { $max }, par exemple { $example }
limits-days = le nombre de jours doit être compris entre { $min } et { $max }, et non { $value }
    .hint = Saisissez un nombre de jours de { $min } à { $max }, par exemple { $example }
    .hint-whole = Saisissez un nombre entier de jours de { $min } à { $max }, par exemple { $example }
limits-months = le nombre de mois doit être compris entre { $min } et { $max }, et non { $value }
    .hint = Saisissez un nombre de mois de { $min } à { $max }, par exemple { $example }
    .hint-whole = Saisissez un nombre entier de mois de { $min } à { $max }, par exemple { $example }
# The number of a revision of the plan (1, 2, 3...).
limits-revision = le numéro de version doit être compris entre { $min } et { $max }, et non { $value }
    .hint = Saisissez un numéro de version de { $min } à { $max }, par exemple { $example }
    .hint-whole = Saisissez un numéro de version entier de { $min } à { $max }, par exemple { $example }
# The numbers the plan file gives systems and backup destinations, to refer to them.
limits-id = le numéro qui identifie une ligne doit être compris entre { $min } et { $max }, et non { $value }
    .hint = Saisissez un numéro identifiant une ligne, de { $min } à { $max }, par exemple { $example }
    .hint-whole = Saisissez un numéro entier identifiant une ligne, de { $min } à { $max }, par exemple { $example }
# $first and $last are the first and last date a plan may hold; $date the date refused.
limits-date = la date doit être comprise entre le { $first } et le { $last }, et non le { $date }
    .hint = Saisissez une date du { $first } au { $last } dans l'ordre jour/mois/année, par exemple { $example }
# $time is a time of day (23:59) that the file gives with a 60th second.
limits-time = l'heure doit être comprise entre 00:00 et 23:59, et non { $time }:60

## Too much text in one field, or too many rows in one list, in a plan file. $place and
## $list say where, in the words of the limits-place-... messages below.

# $chars is a number of characters; $most the most one field takes.
limits-over-text = { $chars ->
        [one] { $chars } caractère dans { $place }, alors qu'un champ n'en accepte pas plus de { $most }
       *[other] { $chars } caractères dans { $place }, alors qu'un champ n'en accepte pas plus de { $most }
    }
# $rows is a number of rows; $most the most one list takes.
limits-over-rows = { $rows ->
        [one] { $rows } ligne dans { $list }, alors qu'une liste n'en accepte pas plus de { $most }
       *[other] { $rows } lignes dans { $list }, alors qu'une liste n'en accepte pas plus de { $most }
    }

## Too much for a document to be made of. $document is "procedure" (the backup procedure,
## made of the whole plan) or "calendar" (a training session's calendar file).

limits-document-text = { $document ->
        [calendar] Le fichier de calendrier ne peut pas être créé : la séance de formation contient { $chars ->
                [one] { $chars } caractère
               *[other] { $chars } caractères
            } de texte, alors qu'un document peut en compter au plus { $most }.
       *[procedure] La procédure ne peut pas être préparée : le plan contient { $chars ->
                [one] { $chars } caractère
               *[other] { $chars } caractères
            } de texte, alors qu'un document peut en compter au plus { $most }.
    }
limits-document-rows = { $document ->
        [calendar] Le fichier de calendrier ne peut pas être créé : la séance de formation contient { $rows ->
                [one] { $rows } ligne
               *[other] { $rows } lignes
            } dans ses listes, alors qu'un document peut en compter au plus { $most }.
       *[procedure] La procédure ne peut pas être préparée : le plan contient { $rows ->
                [one] { $rows } ligne
               *[other] { $rows } lignes
            } dans ses listes, alors qu'un document peut en compter au plus { $most }.
    }
# Said after limits-document-text: $place is where the longest text is.
limits-document-longest-text = { $chars ->
        [one] Le texte le plus long se trouve dans { $place } ({ $chars } caractère).
       *[other] Le texte le plus long se trouve dans { $place } ({ $chars } caractères).
    }
# Said after limits-document-rows: $list is the longest list.
limits-document-longest-list = { $rows ->
        [one] La plus longue est { $list } ({ $rows } ligne).
       *[other] La plus longue est { $list } ({ $rows } lignes).
    }
# Two sentences one after the other, as the language writes them.
limits-two-sentences = { $first } { $second }

## Where something is in a plan, in words, built from the inside out: "the notes" of
## "system 4" in "step 8", in the copy of the plan kept with "revision 1". $number is the
## row's place in its list, counted from 1.

limits-place-plan = le plan
# A row of a list without a name of its own.
limits-place-row = la ligne { $number }
# $thing is what is inside $owner: "the notes" of "system 4".
limits-place-of = { $thing } de { $owner }
# $thing is inside $part of the plan: "step 4" or "the plan details".
limits-place-in = { $thing } à { $part }
# $thing is in the copy of the whole plan that $owner ("revision 1") keeps.
limits-place-in-copy = { $thing }, dans la copie du plan conservée avec { $owner }
limits-place-in-a-copy = { $thing }, dans une copie du plan
# A field without words of its own: $field is its name in the plan file.
limits-place-field = le champ « { $field } »
# A row of a list without words of its own: $list is the list's name in the plan file.
limits-place-item = l'élément { $number } de la liste « { $list } »
# A list without words of its own: $list is its name in the plan file.
limits-place-list = la liste « { $list } »
# $place is where a list without a name of its own is.
limits-place-list-in = la liste contenue dans { $place }

## The parts of the plan.

limits-part-plan-details = la page « Détails du plan »
limits-part-step = l'étape { $number }

## A row of each list of the plan, and (.list) the list itself.

limits-row-systems = la ligne { $number } des systèmes
    .list = la liste des systèmes
limits-row-retention = la règle de conservation { $number }
    .list = la liste des règles de conservation
limits-row-destinations = l'emplacement { $number }
    .list = la liste des emplacements
# One instruction of the backup procedure of step 4.
limits-row-steps = la consigne { $number }
    .list = la liste des consignes
# A person to call when something goes wrong.
limits-row-escalation = la ligne { $number } des contacts
    .list = la liste des contacts
limits-row-schedules = la planification { $number }
    .list = la liste des planifications
limits-row-encryption = la vérification { $number } du chiffrement
    .list = la liste des vérifications du chiffrement
limits-row-initial-backups = la sauvegarde initiale { $number }
    .list = la liste des sauvegardes initiales
limits-row-errors = l'erreur { $number }
    .list = la liste des erreurs
limits-row-restore-tests = la ligne { $number } des tests de restauration
    .list = la liste des tests de restauration
limits-row-approved-tests = la ligne { $number } des tests de restauration approuvés
    .list = la liste des tests de restauration approuvés
limits-row-entries = l'examen { $number } des journaux
    .list = la liste des examens des journaux
limits-row-history = la ligne { $number } de l'historique des versions
    .list = la liste de l'historique des versions
limits-row-sessions = la séance de formation { $number }
    .list = la liste des séances de formation
limits-row-attendees = la ligne { $number } des participants
    .list = la liste des participants
limits-row-revisions = la version { $number }
    .list = la liste des versions
# A line of what changed since the revision before.
limits-row-changes = la modification { $number }
    .list = la liste des modifications

## The fields of the plan that hold text, as a thing in a sentence: "the notes".

limits-field-action = la mesure prise
limits-field-adjustments = les ajustements
limits-field-agenda = le programme
limits-field-anomalies = les anomalies
limits-field-approver = l'approbateur
limits-field-author = l'auteur
limits-field-backup-durations = la durée des sauvegardes
limits-field-change = le champ « Ce qui a changé »
limits-field-checker = la personne qui vérifie
limits-field-comment = le commentaire
limits-field-consulted = les personnes consultées
limits-field-deputy = le suppléant
limits-field-email = l'adresse e-mail
limits-field-error = l'erreur
limits-field-error-codes = les codes d'erreur
limits-field-feedback = les retours du personnel
limits-field-follow-up = les suites données
limits-field-gaps = les manques relevés
limits-field-id = l'identifiant
limits-field-key-holder = le détenteur de la clé
limits-field-key-location = le lieu où la clé est gardée
limits-field-location = le lieu
limits-field-media-handling = la manipulation des supports
limits-field-message = le message
limits-field-name = le nom
limits-field-note = la note
limits-field-notes = les notes
limits-field-organisation = l'organisation
limits-field-owner = le responsable
limits-field-period = la période couverte
limits-field-phone = le téléphone
limits-field-place = le lieu ou le lien
limits-field-redundancy = la redondance
limits-field-responsible = le responsable des sauvegardes
limits-field-restore-times = les durées de restauration
limits-field-restored-to = le champ « Restauré vers »
limits-field-reviewer = l'examinateur
limits-field-role = le rôle
limits-field-time-zone = le fuseau horaire
limits-field-title = le titre
limits-field-tool = l'outil
limits-field-trainer = le formateur
limits-field-trainer-email = l'e-mail du formateur
limits-field-version = la version
limits-field-what-to-bring = le champ « À apporter »
# A field of step 14 headed "What works".
limits-field-what-works = le champ « Ce qui fonctionne »
# The identity of a training session in calendars (its UID).
limits-field-uid = l'identifiant de calendrier
