## The wizard: the step list, the findings panel, the plan at a glance, the yearly
## review, and step 14's charts of what the backups did.

## Around every page of the wizard: the step list, Back and Next, the notes above a page.

# A step in the step list, a page's heading and a link: its number, a full stop, its
# title ("3. Determine backup frequency and retention policy").
wizard-step-numbered = { $number }. { $title }
# The first page of the wizard, before step 1: in the step list, the bar at the bottom
# and the page's heading; also the heading of its changes in a review.
wizard-plan-details = Détails du plan
wizard-plan-details-intro = À qui appartient ce plan, et quand il sera revu. La date de la prochaine revue apparaît sur l'écran d'accueil, pour que le plan ne devienne pas obsolète.
# The page after step 14, in the step list and the bar at the bottom.
wizard-plan-at-a-glance = Aperçu du plan
# Hover text of the red mark beside a step in the step list.
wizard-high-findings =
    { $count ->
        [one] { $count } constat de gravité élevée
       *[other] { $count } constats de gravité élevée
    }
# What a screen reader says for the red mark beside a step in the step list.
wizard-step-has-high-findings = L'étape { $number } a des constats de gravité élevée
# A link's hover text or accessible name: $number is the step's number.
wizard-go-to-step = Aller à l'étape { $number }
# Where the bottom bar says the person is.
wizard-step-of = Étape { $number } sur { $count }
wizard-review-summary = Synthèse de la revue
wizard-back = ⬅ Précédent
wizard-next = Suivant ➡
# In the bottom bar, when one field holds text the app cannot read; $problem is that
# field's own message, such as "Not a date".
wizard-field-not-understood = ⚠ Un champ marqué en rouge : { $problem }
# In the bottom bar, when several fields hold text the app cannot read.
wizard-fields-not-understood =
    ⚠ { $count ->
        [one] { $count } champ marqué en rouge contient une saisie non comprise
       *[other] { $count } champs marqués en rouge contiennent une saisie non comprise
    }
# Above the page, when a colleague has the plan open; $user is their user name.
wizard-read-only = Lecture seule : { $user } a ce plan ouvert. Vous pouvez le consulter ici ; pour le modifier, enregistrez-en une copie dans un nouveau fichier.
wizard-save-copy = Enregistrer une copie sous...
# Above the page: the recurring duties (the review, a restore test...) that are due.
wizard-due-now = À faire maintenant :
# One duty that is due: $duty is what to do ("Yearly review"), $date when it was due.
wizard-due-duty = { $duty } (échéance : { $date })
wizard-remind-me = Me le rappeler dans mon calendrier...
wizard-not-now = Plus tard
    .tooltip = Masquer cette note jusqu'à la prochaine ouverture du plan
# Under a step's title and a finding: the controls of the standard it answers to;
# $controls is their list ("5.30 ICT readiness, 8.13 Information backup").
wizard-controls = ISO/IEC 27002:2022 : { $controls }

## The adviser's findings: in a step, and in the panel on the right.

# Under a finding's details, when some are not shown.
findings-more-details =
    { $count ->
        [one] … et { $count } autre
       *[other] … et { $count } autres
    }
# The adviser's advice on a finding; $advice is its text.
findings-what-to-do = À faire : { $advice }
findings-heading = Constats
findings-intro = Les choix du plan, comparés aux bonnes pratiques au fil de vos modifications. Cliquez sur un constat pour aller à son étape.
findings-none = ✔ Rien à signaler.
findings-not-started = Rien à vérifier pour l'instant : le conseiller se met au travail dès que l'étape 1 contient un système.
# A heading in the findings panel: $severity is the word for how serious ("High",
# "Medium"), $count how many findings have it.
findings-severity-count = { $severity } ({ $count })
# A finding in the panel: $number is its step's number, $title the finding's title.
findings-step-finding = Étape { $number } : { $title }

## Step 5's storage estimate.

# A field: the number of days between full backups, followed by findings-days.
findings-full-every = Sauvegarde complète tous les
    .tooltip = Pour un système sans planification de sauvegarde complète à l'étape 5 ; { $days } si le champ est vide
# The unit after the field findings-full-every.
findings-days = jours
findings-saving = Gain de la compression et de la déduplication
    .tooltip = La part de la taille brute que le logiciel de sauvegarde économise ; { $percent } % si le champ est vide
findings-nothing-to-estimate = Rien à estimer pour l'instant : il faut pour un système une taille (étape 1), une durée de conservation pour son type de données (étape 3) et une planification ici.
findings-grows = Certaines données sont conservées sans limite : ce chiffre est le besoin au bout d'un an, et il augmente chaque année ensuite.
findings-how-worked-out = Mode de calcul
# Hover text of a system's backup schedule in the estimate table: $every is how often
# ("every week"); $between is "none", "differential" or "incremental".
findings-schedule =
    Une copie complète { $every } ; { $between ->
        [none] aucune copie des modifications entre-temps
        [differential] des copies différentielles entre-temps
       *[incremental] des copies incrémentielles entre-temps
    }
# Hover text of the number of copies kept in the estimate table: $chains is the number
# of chains, $changes the copies of changes in each.
findings-chains =
    { $chains ->
        [one] { $chains } chaîne
       *[other] { $chains } chaînes
    }, chacune composée d'une copie complète et de { $changes ->
        [one] { $changes } copie
       *[other] { $changes } copies
    } des modifications

## The plan at a glance, after step 14.

finish-heading = Aperçu de votre plan
# $count is the number of steps (14).
finish-all-complete = { $count ->
        [one] { $count } étape est terminée.
       *[other] Les { $count } étapes sont terminées.
    } Enregistrez le plan, imprimez la procédure pour le classeur rangé près du disque de sauvegarde, et invitez le personnel à la formation.
# $complete is the number of complete steps, $count the number of all steps (14).
finish-some-complete =
    { $complete ->
        [one] { $complete } étape sur { $count } est terminée.
       *[other] { $complete } étapes sur { $count } sont terminées.
    } Les étapes restantes sont listées ci-dessous : chaque lien vous ramène à son étape. Vous pouvez enregistrer et imprimer à tout moment.
finish-still-open = À terminer
finish-open-step = Ouvrir cette étape
# Beside a step still open: $status is how far it is ("In progress"), $count its high
# findings.
finish-status-high-findings =
    { $count ->
        [one] { $status }, { $count } constat de gravité élevée
       *[other] { $status }, { $count } constats de gravité élevée
    }
finish-complete = Terminée
finish-save = Enregistrer le plan
finish-save-as = Enregistrer le plan sous...
finish-print = Imprimer la procédure...
finish-export = Exporter la procédure en PDF...
finish-training-invitations = Invitations à la formation
finish-no-session = Aucune séance de formation n'est encore prévue.
# A link to the step of the training; $number is its number (13).
finish-plan-session = En prévoir une à l'étape { $number }
# A training session without a title; $number counts the sessions from 1.
finish-session-untitled = Séance { $number }
# A training session's title and date.
finish-session-on = { $title }, { $date }
finish-save-invitation = Enregistrer l'invitation en PDF...
finish-save-calendar = Enregistrer le fichier de calendrier...
finish-open-mail = Ouvrir dans la messagerie
# What a screen reader says for a session's button: $action is the button's words
# (finish-save-invitation...), $number the session's number.
finish-session-action = { $action } (séance { $number })

## The yearly review.

# How a step stands in the review, in the step list.
review-mark-to-review = À revoir
review-mark-confirmed = Confirmée comme toujours valable
review-mark-changed = Modifiée lors de cette revue
review-mark-needs-attention = À traiter
# The box over a step's form during a review.
review-yearly = Revue annuelle
# $since is "revision 3" or "the start".
review-no-changes-here = Aucune modification depuis { $since }.
# $since is "revision 3" or "the start"; the changes follow.
review-changed-since = Ce qui a changé depuis { $since } :
review-confirmed = ✔ Confirmée comme toujours valable
review-undo-confirmation = Annuler la confirmation
review-confirm = Confirmer : toujours valable
    .tooltip = Cette étape correspond toujours à la réalité du bureau
# The last page of a review: in the step list and as its heading.
review-summary-and-sign-off = Synthèse et validation de la revue
# $since is "revision 3" or "the start".
review-nothing-changed = Rien n'a changé depuis { $since }.
# $since is "revision 3" or "the start"; the changes follow.
review-changes-since = Modifications depuis { $since } :
# $steps is the steps' numbers ("3, 9, 10"), $count how many there are.
review-not-confirmed =
    { $count ->
        [one] Pas encore confirmée ni modifiée : étape { $steps }.
       *[other] Pas encore confirmées ni modifiées : étapes { $steps }.
    }
# $steps is the steps' numbers ("3, 9, 10"), $count how many there are.
review-needing-attention =
    À traiter : { $count ->
        [one] étape { $steps }.
       *[other] étapes { $steps }.
    }
review-sign-off = Validation
review-approver = Approbateur
review-role = Rôle
review-date = Date
review-comment = Commentaire
# The button that ends the review; $revision is the number of the new revision.
review-sign-off-revision = Valider la version { $revision }
    .disabled = Indiquez d'abord le nom de l'approbateur

## Step 14's figures from the backup logs, and step 9's restores found in them.

evidence-heading = Ce que montrent les journaux de sauvegarde
evidence-use-figures = Reprendre ces chiffres dans l'évaluation
    .tooltip = Renseigne le taux de réussite, les durées et l'espace de stockage utilisé d'après les journaux
# $good of $count backups; $rate is a percentage already written as a number ("98.5").
evidence-succeeded =
    { $good ->
        [one] { $good } sauvegarde sur { $count } a réussi ({ $rate } %).
       *[other] { $good } sauvegardes sur { $count } ont réussi ({ $rate } %).
    }
# The titles of a system's three charts.
evidence-chart-per-day = Sauvegardes par jour
evidence-chart-per-week = Sauvegardes par semaine
evidence-chart-per-month = Sauvegardes par mois
evidence-chart-longest = Sauvegarde la plus longue (heures)
evidence-chart-size = Taille de la sauvegarde (Go)
# The two kinds of bars of the first chart.
evidence-worked = Réussies
evidence-failed = Échouées
# A chart's summary: $percent of $count backups worked, $failed failed, the last of
# them on $date.
evidence-outcomes =
    { $count ->
        [one] { $percent } % de { $count } sauvegarde a réussi
       *[other] { $percent } % des { $count } sauvegardes ont réussi
    } ; { $failed ->
        [one] { $failed } a échoué, la dernière le { $date }.
       *[other] { $failed } ont échoué, la dernière le { $date }.
    }
evidence-outcomes-none-failed =
    { $count ->
        [one] { $percent } % de { $count } sauvegarde a réussi ; aucune n'a échoué.
       *[other] { $percent } % des { $count } sauvegardes ont réussi ; aucune n'a échoué.
    }
evidence-no-backups = Aucune sauvegarde dans les journaux.
# The summary of the first chart ($outcomes, one of the three above), and how many gaps
# without backups the logs show.
evidence-outcomes-gaps =
    { $outcomes } { $count ->
        [one] { $count } intervalle sans sauvegarde.
       *[other] { $count } intervalles sans sauvegarde.
    }
# $usual and $longest are spans of time ("59 minutes", "2 hours").
evidence-durations = Durée habituelle : { $usual } ; la plus longue : { $longest }.
evidence-no-durations = Les journaux n'indiquent pas la durée des sauvegardes.
# $first and $last are sizes in gigabytes, already written as numbers.
evidence-sizes = De { $first } Go à { $last } Go.
evidence-no-sizes = Les journaux n'indiquent pas la taille des sauvegardes.
# What a screen reader says for a chart: its title, the system, its summary.
evidence-chart-label = { $title }, { $system } : { $summary }
evidence-restores-found = Restaurations trouvées dans les journaux de sauvegarde
# A restore found in the logs: the system, the date, and what came of it.
evidence-restore = { $system }, { $date } : { $result }
# A restore found in the logs with how long it took: $hours is the number of hours (for
# the plural), $duration the same number as written.
evidence-restore-took =
    { $system }, { $date }, { $hours ->
        [one] { $duration } heure
       *[other] { $duration } heures
    } : { $result }
evidence-record-restore = Noter comme test de restauration
# What a screen reader says for the button: the system and the date of the restore.
evidence-record-restore-of = Noter la restauration de { $system } du { $date } comme test

# The estimate of one system in a narrow window, where its table would not fit: $system
# its name, $size its size ("40 GB"), $every how often it is backed up ("daily"), $kept
# how long ("365 days"), $copies the copies kept ("14 full + 58"), $storage the space.
findings-estimate-line = { $system }{"\u00A0"}: { $size }, sauvegardé { $every }, conservé { $kept }, { $copies } copies conservées, { $storage } de stockage
