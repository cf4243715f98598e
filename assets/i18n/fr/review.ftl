## What the app works out from a plan, beyond the adviser's findings: the changes
## between two states of a plan (the yearly review), the recurring duties, step 5's
## storage estimate and what the imported backup logs show. Said in the window and in
## the documents alike.

## The changes between two states of a plan: last year's approved revision and today's,
## or two plan files. One line each; the lines of a signed-off review are kept in the
## plan and printed in the procedure's document control.

# What a value reads as when nothing was given: a number, date or option not chosen yet.
changes-not-set = non renseigné
# What a text reads as when nothing was typed.
changes-empty = vide
# A yes-or-no value (a checkbox of a table).
changes-yes = oui
changes-no = non
# A field outside the tables changed: $field is its name (one of changes-field-...
# below, with a capital), $old and $new its values before and after.
changes-field = { $field } : { $old } devient { $new }
# A cell of a table's row changed: $row names the row ("Accounts"), $field is the
# column's name in lower case ("owner"), $old and $new its values before and after.
changes-row-field = { $row }, { $field } : { $old } devient { $new }
# A row added to one of the plan's tables: $table says which table, $name names the
# row; for an attendee, $session is the title of the training session.
changes-added = { $table ->
        [systems] Système ajouté : { $name }
        [retention] Règle de conservation ajoutée : { $name }
        [destinations] Emplacement ajouté : { $name }
        [instructions] Consigne ajoutée : { $name }
        [contacts] Contact ajouté : { $name }
        [schedules] Planification ajoutée : { $name }
        [encryption] Vérification du chiffrement ajoutée : { $name }
        [initial-backups] Sauvegarde initiale ajoutée : { $name }
        [errors] Erreur ajoutée : { $name }
        [restore-tests] Test de restauration ajouté : { $name }
        [log-reviews] Examen des journaux ajouté : { $name }
        [sessions] Séance de formation ajoutée : { $name }
       *[attendees] Participant ajouté à la séance « { $session } » : { $name }
    }
# A row removed from one of the plan's tables; the variables as in changes-added.
changes-removed = { $table ->
        [systems] Système supprimé : { $name }
        [retention] Règle de conservation supprimée : { $name }
        [destinations] Emplacement supprimé : { $name }
        [instructions] Consigne supprimée : { $name }
        [contacts] Contact supprimé : { $name }
        [schedules] Planification supprimée : { $name }
        [encryption] Vérification du chiffrement supprimée : { $name }
        [initial-backups] Sauvegarde initiale supprimée : { $name }
        [errors] Erreur supprimée : { $name }
        [restore-tests] Test de restauration supprimé : { $name }
        [log-reviews] Examen des journaux supprimé : { $name }
        [sessions] Séance de formation supprimée : { $name }
       *[attendees] Participant retiré de la séance « { $session } » : { $name }
    }
# How a row is named when it is something on a day: an error ("destination unreachable
# on 2026-03-10"), a restore test, a training session. $date may be changes-not-set.
changes-on = { $what } ({ $date })
# How a schedule is named: $system and its backup type in lower case ("incremental").
changes-schedule = { $system } ({ $kind })
# How a log review is named: its $date and the $period it covered, as typed.
changes-log-review = { $date } ({ $period })
# A schedule whose system is in neither plan.
changes-no-system = aucun système choisi
# An encryption check whose destination is in neither plan.
changes-unnamed-destination = un emplacement sans nom
# The names of the fields outside the tables, at the start of changes-field.
changes-field-organisation = Organisation
changes-field-plan-title = Titre du plan
changes-field-time-zone = Fuseau horaire
changes-field-current-solution = Solution actuelle
changes-field-what-works = Ce qui fonctionne
changes-field-gaps = Manques relevés
changes-field-consulted = Personnes consultées
changes-field-responsible = Responsable des sauvegardes
changes-field-deputy = Suppléant
changes-field-media-handling = Manipulation des supports
changes-field-checker = Qui vérifie
changes-field-check-method = Méthode de vérification
changes-field-check-often = Fréquence de vérification
changes-field-restore-test-every = Tester une restauration tous les (mois)
changes-field-approver = Approbateur
changes-field-approver-role = Rôle de l'approbateur
changes-field-decision = Décision
changes-field-review-cadence = Fréquence des examens
changes-field-reviewer = Examinateur
changes-field-document-version = Version du document
changes-field-evaluated-on = Date de l'évaluation
changes-field-success-rate = Taux de réussite (%)
changes-field-storage-used = Espace de stockage utilisé (Go)
changes-field-adjustments = Ce qui a été ajusté
changes-field-next-evaluation = Date de la prochaine évaluation
# The fields of a training session, in lower case after the session's name, as in
# changes-row-field.
changes-session-title = titre
changes-session-date = date
changes-session-place = lieu
changes-session-trainer = formateur
# What a review compares with: the last approved revision ($revision is its number), or
# the plan's start when none was approved yet. Put into "Changes since { $since }:".
changes-since-revision = la version { $revision }
changes-since-start = le début

## The plan's recurring duties, in the window's notice of what is overdue and in the
## calendar of reminders: what each is, and (.what) what to do. $every is how often it
## comes back (duties-every).

duties-review = Faire la revue du plan de sauvegarde
    .what = Ouvrez le plan dans Backup Planner et commencez la revue : reprenez les 14 étapes, confirmez ou modifiez chacune d'elles, puis validez la revue. Elle revient { $every }.
duties-restore-test = Tester une restauration à partir de la sauvegarde
    .what = Restaurez quelques fichiers ou une base de données à un endroit séparé (jamais par-dessus l'original), mesurez le temps nécessaire et notez le test à l'étape 9.
duties-log-review = Examiner les journaux de sauvegarde
    .what = Parcourez les journaux de sauvegarde à la recherche d'échecs, d'exécutions manquées et de tout ce qui sort de l'ordinaire (Backup Planner peut les importer), puis notez l'examen à l'étape 11.
duties-key-check = Vérifier les clés de chiffrement
    .what = Vérifiez que la clé de chiffrement ou le mot de passe de chaque sauvegarde se trouve là où l'indique l'étape 6, que son détenteur l'a toujours et qu'il ouvre bien la sauvegarde ; notez la date à l'étape 6.
duties-training = Former le personnel à la procédure de sauvegarde
    .what = Prévoyez la formation de cette année à la procédure de sauvegarde et invitez le personnel indiqué à l'étape 13.
duties-evaluation = Évaluer les performances des sauvegardes
    .what = Regardez combien de temps prennent les sauvegardes, combien réussissent, à quelle vitesse se font les restaurations et quel espace de stockage est utilisé, puis notez-le à l'étape 14.
# How often a duty comes back: $unit is days, months or years, $count how many.
duties-every = { $unit ->
        [days] { $count ->
            [1] chaque jour
            [7] chaque semaine
            [14] toutes les deux semaines
           *[other] tous les { $count } jours
        }
        [months] { $count ->
            [1] chaque mois
            [12] chaque année
           *[other] tous les { $count } mois
        }
       *[years] { $count ->
            [1] chaque année
           *[other] tous les { $count } ans
        }
    }

## Step 5's storage estimate: how much space each backup destination needs, in the
## window and in the procedure.

# The columns of the estimate's table.
estimate-column-system = Système
estimate-column-size = Taille
estimate-column-backups = Sauvegardes
estimate-column-kept-for = Conservation
estimate-column-copies = Copies conservées
estimate-column-storage = Stockage
# Sizes of storage (1 TB = 1,000 GB, as disks are sold): $size is a number, written
# with its decimal ("5.0").
estimate-size-gb = { $size } Go
estimate-size-tb = { $size } To
# How often a system's backups run, in the estimate's table.
estimate-every-hours = { $hours ->
        [1] chaque heure
       *[other] toutes les { $hours } heures
    }
estimate-every-days = { $days ->
        [1] chaque jour
       *[other] tous les { $days } jours
    }
# How long the backups are kept, in the estimate's table.
estimate-kept-indefinitely = Sans limite
estimate-kept-days = { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    }
# The copies the estimate counts: $full full copies and $changes copies of what changed.
estimate-copies = { $full ->
        [one] { $full } complète
       *[other] { $full } complètes
    } + { $changes }
# $size is a size of storage ("850 GB").
estimate-each = Chaque emplacement de sauvegarde a besoin d'environ { $size }.
# Follows estimate-each when step 4 lists more than one destination: $count is how many,
# $size what they need together.
estimate-all = L'étape 4 indique { $count ->
        [one] { $count } emplacement
       *[other] { $count } emplacements
    } : { $size } au total.
# $systems lists systems by name ("A, B and C").
estimate-type-unknown = Les sauvegardes de ces systèmes sont comptées comme complètes, ce qui demande le plus de place, car leur type n'est pas encore connu : { $systems }.
# $systems lists systems with what each needs (estimate-needs), separated by semicolons;
# $more is how many more systems there are (0 when none).
estimate-unestimated = { $more ->
        [0] Estimation impossible faute de chiffres : { $systems }.
        [one] Estimation impossible faute de chiffres : { $systems } et { $more } autre.
       *[other] Estimation impossible faute de chiffres : { $systems } et { $more } autres.
    }
# A system the estimate leaves out, and what it lacks ($missing lists the words below).
estimate-needs = { $system } (il manque { $missing })
estimate-missing-size = la taille
estimate-missing-retention = la durée de conservation de son type de données
estimate-missing-schedule = la planification des sauvegardes
# How the estimate is worked out, under "How this is worked out". "Full" and "Not sure"
# are the names of backup types; "Indefinitely" is a retention period.
estimate-method = Mode de calcul, pour chaque système : les sauvegardes forment des chaînes. Une chaîne commence par une copie complète du système, puis ajoute à chaque exécution de sauvegarde de l'étape 5 une copie de ce qui a changé : avec des sauvegardes incrémentielles, chaque exécution contient ce qui a changé depuis l'exécution précédente (le taux de modification quotidien de l'étape 1, réparti entre les exécutions d'une journée) ; avec des sauvegardes différentielles, tout ce qui a changé depuis la copie complète. Une nouvelle chaîne commence à chaque sauvegarde complète : aussi souvent que le prévoit une planification « Complète » à l'étape 5, ou sinon aussi souvent que l'indique le réglage ci-dessous. Les copies conservées couvrent la durée de conservation du type de données du système (étape 3), plus la chaîne en cours de constitution, car la chaîne la plus ancienne ne peut être supprimée qu'une fois la plus récente terminée. Ainsi : stockage = nombre de chaînes x (taille + modifications par chaîne) x (100 % - gain). « Sans limite » est compté comme un an, et le besoin augmente chaque année ensuite. Une planification dont le type de sauvegarde est « Je ne sais pas » est comptée comme complète, ce qui demande le plus de place. Un mois compte pour 30 jours. Chaque emplacement de sauvegarde de l'étape 4 conserve ses propres copies : chacun a donc besoin de tout cet espace. Prévoyez de la marge pour la croissance.

## What the backup logs read into the plan show for a system: in step 14, in the
## procedure's chapter "Backup health", and after an import.

# What is wrong with a system's backups, a short phrase each: $count is how many.
runs-anomaly-failed = { $count ->
        [one] { $count } sauvegarde échouée
       *[other] { $count } sauvegardes échouées
    }
runs-anomaly-missed = { $count ->
        [one] { $count } intervalle sans sauvegarde
       *[other] { $count } intervalles sans sauvegarde
    }
runs-anomaly-shrunk = { $count ->
        [one] { $count } sauvegarde bien plus petite que d'habitude
       *[other] { $count } sauvegardes bien plus petites que d'habitude
    }
runs-anomaly-surges = { $count ->
        [one] { $count } exécution avec bien plus de données modifiées que d'habitude
       *[other] { $count } exécutions avec bien plus de données modifiées que d'habitude
    }
runs-anomaly-overruns = { $count ->
        [one] { $count } sauvegarde encore en cours à l'heure de la suivante
       *[other] { $count } sauvegardes encore en cours à l'heure de la suivante
    }
runs-anomaly-slow-restores = { $count ->
        [one] { $count } restauration plus lente que le RTO
       *[other] { $count } restaurations plus lentes que le RTO
    }
runs-anomaly-beyond-rpo = aucune sauvegarde réussie dans le délai de son RPO
# What a system's runs show, in one sentence of parts (below) in step 14: "28 backups
# from 2026-03-01 to 2026-03-28; 96% succeeded; usually 1 hour, the longest 1.3 hours;
# 10 GB to 10.4 GB; the last good one 2026-03-28 23:00." $parts are the parts, joined
# by runs-figures-and.
runs-figures = { $parts }.
# Joins two parts of runs-figures: $first is a part, $rest the parts after it.
runs-figures-and = { $first } ; { $rest }
# $count backups, the first on $first and the last on $last (dates).
runs-figures-backups = { $count ->
        [one] { $count } sauvegarde du { $first } au { $last }
       *[other] { $count } sauvegardes du { $first } au { $last }
    }
runs-figures-no-backups = aucune sauvegarde dans les journaux
# $percent is a whole number.
runs-figures-succeeded = { $percent } % de réussite
# $usual and $longest are spans of time ("1 hour", "40 minutes").
runs-figures-durations = durée habituelle { $usual }, maximale { $longest }
# $first and $last are sizes in gigabytes: of the first backup and of the last.
runs-figures-sizes = taille de { $first } Go à { $last } Go
# $at is the date and time the last good backup ended.
runs-figures-last-good = dernière sauvegarde réussie le { $at }
# A system's figures in the evaluation of step 14, a line each: $system is its name,
# $figures what its runs show (runs-figures).
runs-figures-of = { $system } : { $figures }
# The note of a restore test recorded from a backup log: $tool is the backup program
# ("restic"), $job the name of its job as the log gives it.
runs-restore-note = D'après le journal { $tool } de la tâche { $job }
