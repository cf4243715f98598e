## The pages of the 14 steps: labels, hints, buttons and notes of the step forms and
## their tables, and the fields' own messages.

## Plan details (the plan's own details, before step 1)
forms-details-organisation = Organisation
forms-details-title = Titre du plan
forms-details-created = Créé le
# The plan's revision number, shown beside this label.
forms-details-revision = Version
    .tooltip = Augmente de 1 à chaque nouvelle validation du plan
# Also the label of the same date on the page of step 12.
forms-details-next-review = Date de la prochaine revue
# Label of a field holding a number of months, written after the field ("Review every [12] months").
forms-details-review-every = Revue tous les
    .tooltip = Après chaque validation, la prochaine revue est fixée à cette échéance (12 si le champ est vide)
forms-details-country = Pays
    .tooltip = Le pays dont les durées de conservation habituelles servent de comparaison à l'étape 3 ; des chiffres généraux si aucun n'est choisi
forms-details-time-zone = Fuseau horaire
    .tooltip = Le fuseau horaire du bureau, pour les heures des formations
# Said beside the time zone when what the plan holds is no time zone name the program knows.
# "Europe/London" is a time zone name and stays as it is.
forms-details-time-zone-unknown = Ce programme ne connaît pas ce fuseau horaire : écrivez-le sous la forme Europe/London
# The language the plan's documents are printed in (a setting of the plan).
forms-details-document-language = Langue des documents
    .tooltip = La langue dans laquelle la procédure, les invitations et les fichiers de calendrier sont rédigés. La fenêtre garde sa propre langue (menu « Langue »).

## Units written after a number field
forms-unit-months = mois
forms-unit-minutes = minutes
# Gigabytes.
forms-unit-gb = Go

## Step 1: the critical systems
# The table's add button (the window puts "➕" before it).
forms-systems-add = Ajouter un système
forms-systems-empty = Aucun système pour l'instant. Ajoutez le premier : la comptabilité, le lecteur partagé, la messagerie...
# Below the table; "Max data loss" and "Max downtime" are the titles of two of its columns (column-systems-max-data-loss, column-systems-max-downtime).
forms-systems-note = Perte de données max. : combien d'heures de travail vous pourriez vous permettre de refaire (RPO). Interruption max. : combien de temps vous pourriez vous passer du système (RTO).

## Step 2: the current backup solution
forms-assessment-current-solution = Solution actuelle
forms-assessment-what-works = Ce qui fonctionne
forms-assessment-gaps = Manques relevés
# Who was consulted about how backups are made today.
forms-assessment-consulted = Personnes consultées

## Step 3: how long data is kept
forms-retention-add = Ajouter une règle de conservation
forms-retention-empty = Aucune règle de conservation pour l'instant. Ajoutez-en une pour chaque type de données que conserve le bureau.
# Heading of the list of the periods the law commonly asks records to be kept.
forms-legal-periods = Minimums légaux habituels
# Above that list. $country is the country chosen in Plan details: united-kingdom, germany,
# united-states, other (another country), or none (no country chosen yet; "Plan details"
# is the page where it is chosen).
forms-legal-periods-intro = { $country ->
        [united-kingdom] Durées minimales de conservation habituelles au Royaume-Uni :
        [germany] Durées minimales de conservation habituelles en Allemagne :
        [austria] Durées minimales de conservation habituelles en Autriche :
        [switzerland] Durées minimales de conservation habituelles en Suisse :
        [france] Durées minimales de conservation habituelles en France :
        [spain] Durées minimales de conservation habituelles en Espagne :
        [united-states] Durées minimales de conservation habituelles aux États-Unis :
        [none] Durées minimales de conservation habituelles dans la plupart des pays (choisissez votre pays dans « Détails du plan ») :
       *[other] Durées minimales de conservation habituelles dans la plupart des pays :
    }
# One line of that list (after a bullet). $kind is a kind of data ("Financial data"),
# $years how many years it is kept, $source the law or rule it comes from.
forms-legal-minimum = { $kind } : { $years ->
        [one] { $years } an
       *[other] { $years } ans
    }. { $source }.

## Step 4: the backup procedures
forms-procedures-responsible = Responsable des sauvegardes
forms-procedures-deputy = Suppléant
forms-procedures-destinations = Où vont les copies
forms-procedures-destinations-add = Ajouter un emplacement
forms-procedures-destinations-empty = Aucun emplacement pour l'instant. Gardez au moins une copie hors du bureau et une hors ligne.
forms-procedures-steps = La procédure, étape par étape
forms-procedures-steps-add = Ajouter une consigne
forms-procedures-steps-empty = Aucune consigne pour l'instant. Rédigez-les de façon que le suppléant puisse les suivre seul.
forms-procedures-contacts = Qui appeler en cas de problème
forms-procedures-contacts-add = Ajouter un contact
forms-procedures-contacts-empty = Aucun contact pour l'instant.
forms-procedures-media = Supports de sauvegarde
# How the backup disks, tapes and the like are handled, kept and carried.
forms-procedures-media-handling = Manipulation des supports

## Step 5: the backup schedules
forms-schedules-no-systems = Ajoutez d'abord les systèmes à l'étape 1 : chaque planification se rattache à l'un d'eux.
forms-schedules-add = Ajouter une planification
forms-schedules-empty = Aucune planification pour l'instant. Ajoutez-en une pour chaque système ; un système peut en avoir plusieurs.
# Heading of the storage estimate below the schedules.
forms-schedules-storage = Espace de stockage nécessaire aux sauvegardes

## Step 6: encryption
forms-encryption-no-destinations = Ajoutez d'abord les emplacements de sauvegarde à l'étape 4.
# A row of the table checks the encryption of one backup destination.
forms-encryption-add = Ajouter un emplacement à vérifier
forms-encryption-empty = Rien n'est encore vérifié. Ajoutez une ligne pour chaque emplacement de sauvegarde.

## Step 7: the first full backups
forms-initial-backups-add = Ajouter une sauvegarde initiale
forms-initial-backups-empty = Aucune sauvegarde initiale n'est encore notée.

## Step 8: monitoring
forms-monitoring-checker = Qui vérifie
# How the checker finds out whether backups ran (a dropdown: an alert e-mail, a dashboard...).
forms-monitoring-method = Méthode
forms-monitoring-how-often = Fréquence
forms-monitoring-errors = Journal des erreurs
forms-monitoring-errors-add = Ajouter une erreur
forms-monitoring-errors-empty = Aucune erreur notée.

## Step 9: restore tests
# Label of a field holding a number of months, written after the field ("Test a restore every [3] months").
forms-restore-tests-every = Tester une restauration tous les
    .tooltip = La fréquence à laquelle une restauration est mise à l'essai ; les rappels du calendrier s'en servent (3 si le champ est vide)
forms-restore-tests-add = Ajouter un test de restauration
forms-restore-tests-empty = Aucun test de restauration pour l'instant. Tant qu'aucun n'est noté, le plan ne peut pas être approuvé.
forms-restore-tests-outdated = Ces tests ont changé après leur approbation : redemandez l'approbation à l'étape 10.

## Step 10: the approval of the restore tests
# $status is where the approval stands: "Approved", "Not decided yet"...
forms-approval-status = Statut : { $status }
forms-approval-no-tests = L'étape 9 ne contient encore aucun test de restauration : il n'y a donc rien à approuver.
# Above the list of the restore tests the approval covers; $count is how many (1 or more).
forms-approval-covers = { $count ->
        [one] L'approbation porte sur le test de restauration noté à l'étape 9 :
       *[other] L'approbation porte sur les { $count } tests de restauration notés à l'étape 9 :
    }
# One line of that list, for a test with nothing recorded as to what was restored.
forms-approval-test-unnamed = Test de restauration
# Stands for the result of a test that has none yet.
forms-approval-test-no-result = aucun résultat noté
# One line of that list. $test is what was restored ("Individual files"), $system the
# system's name, $date the day of the test, $result its result ("Success").
forms-approval-test = { $test } : { $result }
forms-approval-test-system = { $test }, { $system } : { $result }
forms-approval-test-date = { $test }, { $date } : { $result }
forms-approval-test-system-date = { $test }, { $system }, { $date } : { $result }
forms-approval-approver = Approbateur
# The approver's role in the office.
forms-approval-role = Rôle
forms-approval-decision = Décision
forms-approval-date = Date
forms-approval-comment = Commentaire
# Shown when a restore test changed after the approval.
forms-approval-approve-again = Approuver les tests de restauration dans leur état actuel

## Step 11: reviews of the backup logs
forms-log-review-cadence = Fréquence des examens
forms-log-review-reviewer = Examinateur
forms-log-review-entries = Examens
forms-log-review-add = Ajouter un examen
forms-log-review-empty = Aucun examen n'est encore noté.

## Step 12: the documentation
forms-documentation-version = Version du document
forms-documentation-history = Historique des versions
forms-documentation-add = Ajouter une version
forms-documentation-empty = Aucune version n'est encore notée.

## Step 13: training sessions
forms-training-none = Aucune séance de formation n'est encore prévue.
# Heading of a session; $number is its place in the list.
forms-training-session = Séance { $number }
forms-training-remove = Supprimer la séance
    .name = Supprimer la séance { $number }
forms-training-invite = Inviter le personnel
# The four buttons of a session. Their .numbered text is what a screen reader says of the
# buttons of the second session on; $number is the session's place in the list.
forms-training-save-invitation = Enregistrer l'invitation en PDF...
    .numbered = Enregistrer l'invitation en PDF... (séance { $number })
forms-training-save-calendar = Enregistrer le fichier de calendrier...
    .numbered = Enregistrer le fichier de calendrier... (séance { $number })
forms-training-copy-email = Copier l'e-mail
    .numbered = Copier l'e-mail (séance { $number })
forms-training-open-mail = Ouvrir dans la messagerie
    .numbered = Ouvrir dans la messagerie (séance { $number })
# A session just removed, as table-removed and table-undo.name name it ("Removed session 2.");
# $number is its place in the list, $title its title.
forms-training-removed-name = la séance { $number }
forms-training-removed-name-titled = la séance { $number } (« { $title } »)
# The button adding a session (the window puts "➕" before it).
forms-training-add = Ajouter une séance de formation
forms-session-title = Titre
forms-session-date = Date
forms-session-start-time = Heure de début
# Label of a field holding a number of minutes, written after the field.
forms-session-duration = Durée
forms-session-place = Lieu ou lien
forms-session-trainer = Formateur
forms-session-trainer-email = E-mail du formateur
forms-session-agenda = Programme
forms-session-what-to-bring = À apporter
forms-session-attendees = Participants
forms-session-attendees-add = Ajouter un participant
forms-session-attendees-empty = Personne n'est encore invité.

## Step 14: the evaluation
forms-evaluation-evaluated-on = Date de l'évaluation
forms-evaluation-backup-durations = Durée des sauvegardes
forms-evaluation-success-rate = Taux de réussite
# RTO: recovery time objective, the downtime the office accepted for a system.
forms-evaluation-restore-times = Durées de restauration par rapport au RTO
forms-evaluation-storage-used = Espace de stockage utilisé
forms-evaluation-adjustments = Ce qui a été ajusté
forms-evaluation-feedback = Retours du personnel
forms-evaluation-next = Date de la prochaine évaluation

## The editable tables of the steps
# A backup destination of step 4 not named yet, by its place in the list.
table-destination-number = Emplacement { $number }
# A row not named by anything in it, inside a sentence ("Removed row 3."); $number is its place.
table-row-number = la ligne { $number }
# A row named by what its first cell holds ($name), in quotation marks, inside a sentence.
table-quoted = « { $name } »
# Said after a row was removed. $name names it: table-row-number, table-quoted or forms-training-removed-name.
table-removed = Vous avez supprimé { $name }.
# The button beside table-removed (the window puts "↩" before it). .name is what a
# screen reader says of it, $name as in table-removed.
table-undo = Annuler
    .name = Remettre { $name }
    .tooltip = Remettre à sa place
# Said while a row out of sight holds text that is not understood. $number is the row's
# place, $name names it as table-removed does.
table-row-not-understood = ligne { $number } ({ $name }) : une saisie n'est pas comprise, ouvrez ses détails
# The button of a row showing all its fields in a form below the table (when the table
# is too wide for the window). $number is the row's place.
table-details = Détails
    .name = Détails de la ligne { $number }
    .tooltip = Afficher tous les champs de cette ligne ci-dessous
    .tooltip-marked = Cette ligne contient une saisie non comprise : afficher tous ses champs ci-dessous
# Heading of that form. $number is the row's place, $name names it as table-removed does.
table-details-heading = Ligne { $number } : { $name }
# The arrows moving a row: the text shows when hovered, .name is what a screen reader says.
table-move-up = Monter
    .name = Monter la ligne { $number }
table-move-down = Descendre
    .name = Descendre la ligne { $number }
table-remove = Supprimer cette ligne (« Annuler » la remet)
    .name = Supprimer la ligne { $number }
# What a screen reader says of a cell: $column is the column's title, $row the row's place.
table-cell-name = { $column }, ligne { $row }

## The fields of the forms and tables
# What a dropdown shows while nothing is chosen.
widgets-nothing-chosen = Choisir...
# Said when a number field refuses what was typed. $min and $max are the range, $example
# an everyday value, all written as the language writes numbers.
widgets-problem-size-gb = Saisissez une taille en Go de { $min } à { $max }, par exemple { $example }
widgets-problem-percent = Saisissez un pourcentage de { $min } à { $max }, par exemple { $example }
widgets-problem-hours = Saisissez un nombre d'heures de { $min } à { $max }, par exemple { $example }
widgets-problem-whole-minutes = Saisissez un nombre entier de minutes de { $min } à { $max }, par exemple { $example }
widgets-problem-whole-days = Saisissez un nombre entier de jours de { $min } à { $max }, par exemple { $example }
widgets-problem-whole-months = Saisissez un nombre entier de mois de { $min } à { $max }, par exemple { $example }
# Said when a date field refuses what was typed. $first, $last and $example are dates
# written as the language writes dates; say here in words in which order a date is typed.
widgets-date-problem = Saisissez une date du { $first } au { $last } dans l'ordre jour/mois/année, par exemple { $example }
# The grey hint in an empty time field: hours and minutes.
widgets-time-hint = HH:MM
widgets-time-problem = Saisissez l'heure au format 24 heures, par exemple 22:30
# Said when a text field holds the most characters it takes; $most is that number, written
# as the language writes numbers.
widgets-field-full = Ce champ est plein : il contient { $most } caractères, le maximum que Backup Planner accepte dans un champ. Le surplus n'a pas été repris.
# Said by the add button of a full list; $most is the most rows, written as the language writes numbers.
widgets-list-full = Cette liste contient { $most } lignes, le maximum que Backup Planner accepte dans une liste.
# The calendar button beside a date field. .name is what a screen reader says of it;
# $field is the date field's label.
widgets-calendar = Choisir dans un calendrier
    .name = Choisir dans un calendrier : { $field }
# The search at the top of the list of time zones: the grey hint, and .name what a screen reader says.
widgets-time-zone-search = Saisissez une ville, par ex. Berlin
    .name = Rechercher un fuseau horaire
widgets-time-zone-none = Aucun fuseau horaire ne contient cela dans son nom
# What a screen reader says of the "?" beside a term; $term is the term.
widgets-help-mark = Ce que veut dire « { $term } »

## The calendar beside a date field: a month at a time, the weeks from Monday.
# The month shown and its year, at the top of the calendar.
calendar-month-year = { $month } { $year }
calendar-previous-month = Mois précédent
calendar-next-month = Mois suivant
# Picks today's date.
calendar-today = Aujourd'hui
# The months, as the top of the calendar names them.
calendar-month-1 = janvier
calendar-month-2 = février
calendar-month-3 = mars
calendar-month-4 = avril
calendar-month-5 = mai
calendar-month-6 = juin
calendar-month-7 = juillet
calendar-month-8 = août
calendar-month-9 = septembre
calendar-month-10 = octobre
calendar-month-11 = novembre
calendar-month-12 = décembre
# The days of the week, Monday first, shortened to head a column of days.
calendar-weekday-1 = lu
calendar-weekday-2 = ma
calendar-weekday-3 = me
calendar-weekday-4 = je
calendar-weekday-5 = ve
calendar-weekday-6 = sa
calendar-weekday-7 = di
