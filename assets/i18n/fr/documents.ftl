## The documents a plan prints: the backup procedure, the training invitation, its
## calendar file and e-mail, and the calendar of recurring duties. They are written in
## the plan's document language (chosen in Plan details), which may differ from the
## window's. A variable that chooses between yes and no ($named, $dated...) is "yes"
## or "no".

## Shared by every document.

# Put where a value is missing: in a table cell, or for a name nobody typed.
doc-none = –
# A system without a name, by its place in the list of critical systems (1, 2, 3...).
doc-system-unnamed = Système { $number }
# Where a row of a table names no system.
doc-no-system = aucun système choisi
doc-untitled-plan = Plan sans titre
# A step of the workflow: $number is its number, $title its title.
doc-step = Étape { $number }. { $title }
# A date and a time of day: $date written the language's way, $time as 22:30.
doc-date-time = { $date } à { $time }
# A yes-or-no cell of a table.
doc-yes = Oui
doc-no = Non
# Whether an option's label is written in lower case inside a sentence ("file servers",
# "financial data"): yes, or no where nouns keep their capitals (German).
doc-labels-lowercase = yes

## The backup procedure: the words its pages print around the plan's answers.

procedure-cover-kind = Procédure de sauvegarde
procedure-label-revision = Version
procedure-label-version = Version du document
procedure-label-approval = Approbation
procedure-label-next-review = Prochaine revue
procedure-label-printed-on = Date d'impression
procedure-label-comment = Commentaire
procedure-cover-note = Cette procédure suit les 14 étapes d'un processus de sauvegarde aligné sur l'ISO/IEC 27002:2022. L'annexe indique les mesures de la norme auxquelles correspond chaque étape.
# At the foot of every page: $revision is the plan's revision number, $date the day
# the document was printed.
procedure-footer = Version { $revision }, imprimée le { $date }
# At the foot of every page: $page is the page's number, $pages the number of pages.
procedure-page = Page { $page } sur { $pages }
procedure-heading-control = Suivi du document
procedure-no-revisions = Aucune version n'a encore été notée.
procedure-heading-systems = Systèmes critiques
procedure-systems-note = RPO : la quantité maximale de travail qui peut être perdue, en heures depuis la dernière sauvegarde. RTO : la durée maximale pendant laquelle le système peut être indisponible.
procedure-no-systems = Aucun système n'a encore été noté.
procedure-heading-duties = Qui fait quoi, et quand
procedure-no-duties = Aucune responsabilité n'a encore été attribuée.
procedure-heading-steps = La procédure, étape par étape
procedure-heading-restore-tests = Tests de restauration
procedure-no-restore-tests = Aucun test de restauration n'a encore été noté.
procedure-heading-health = État des sauvegardes
procedure-heading-findings = Constats à traiter
procedure-heading-sign-off = Validation
procedure-sign-off = En signant, nous confirmons que cette procédure décrit la façon dont les sauvegardes du bureau sont réalisées, vérifiées et restaurées, et que nous nous engageons à l'appliquer.
# Above the lines to sign on: who signs.
procedure-signature-prepared = Établie par (responsable des sauvegardes)
procedure-signature-approved = Validée par
# Beside the lines to sign on.
procedure-signature-name = Nom
procedure-signature-signature = Signature
procedure-signature-date = Date
procedure-heading-appendix = Annexe : étapes et mesures de l'ISO/IEC 27002:2022
procedure-appendix-column-step = Étape
procedure-appendix-column-title = Titre
procedure-appendix-column-controls = Mesures de l'ISO/IEC 27002:2022
# The heading of a step's section: $number is the step's number, $title its title.
procedure-section-heading = { $number }. { $title }
# Under a step's heading and a finding: $controls lists the controls ("8.13 Information backup, ...").
procedure-controls = ISO/IEC 27002:2022 : { $controls }
# Said in a step's section when nothing is recorded for the step.
procedure-not-recorded = Rien n'a encore été noté pour cette étape.

## The procedure's tables.

procedure-systems-column-retention = Conservation
procedure-systems-column-encryption = Chiffrement
procedure-systems-column-rpo = RPO
procedure-systems-column-rto = RTO
# A number of hours in a table cell: $hours is a number.
procedure-hours = { $hours } h
procedure-duties-column-who = Qui
procedure-duties-column-what = Quoi
procedure-duties-column-when = Quand
procedure-duty-responsible = Est responsable des sauvegardes et applique cette procédure
procedure-duty-always = En permanence
procedure-duty-deputy = Remplace le responsable des sauvegardes
procedure-duty-deputy-when = Pendant ses absences
# Who runs a backup when the plan names no tool.
procedure-duty-software = Le logiciel de sauvegarde
# A schedule in the table of duties: $system is backed up; $kind is full, incremental,
# differential, not-sure or none; $label is the backup type's name in lower case.
procedure-duty-backs-up = Sauvegarde { $system } ({ $kind ->
        [not-sure] type encore inconnu
        [none] type non indiqué
       *[other] { $label }
    })
# When a schedule runs: $when is how often ("Daily"), $time the time it starts (22:30).
procedure-duty-when-from = { $when }, à partir de { $time }
# What the person checking the backups does: $method is how they check, in lower case
# ("e-mail reports from the backup software").
procedure-duty-checks = Vérifie que les sauvegardes ont eu lieu, { $known ->
        [yes] par { $method }
       *[no] en allant les voir
    }
procedure-duty-reads-logs = Lit les journaux de sauvegarde pour repérer toute anomalie

## The procedure's approval.

# The approver with their role: "Margaret O'Neill (Managing partner)".
procedure-approver-role = { $approver } ({ $role })
# The state of the approval, on the cover and in step 10: $who approved (with their
# role), on $date.
procedure-approval-approved = { $dated ->
        [yes] Approuvé par { $who } le { $date }
       *[no] Approuvé par { $who }
    }
procedure-approval-outdated = { $dated ->
        [yes] Approuvé par { $who } le { $date }, mais les tests de restauration ont changé depuis : une nouvelle approbation est nécessaire
       *[no] Approuvé par { $who }, mais les tests de restauration ont changé depuis : une nouvelle approbation est nécessaire
    }
procedure-approval-changes-requested = { $dated ->
        [yes] Modifications demandées par { $who } le { $date }
       *[no] Modifications demandées par { $who }
    }
procedure-approval-rejected = { $dated ->
        [yes] Refusé par { $who } le { $date }
       *[no] Refusé par { $who }
    }
procedure-approval-none = Non approuvé
# The state of the approval (one of the above) as a sentence in step 10.
procedure-approval-sentence = { $approval }.
procedure-approval-comment = Commentaire : { $comment }

## The changes since the last approved revision, in the document control.

# $revision is the number of the last approved revision.
procedure-changes-in = Modifications de la version { $revision }
procedure-changes-since = Modifications depuis la version { $revision } (pas encore validées)

## Step 1: the critical systems.

procedure-systems-count = { $count ->
        [one] Le bureau dépend d'un seul système critique.
       *[other] Le bureau dépend de { $count } systèmes critiques.
    }
# A system and what it is: $about lists its department, kind of data and type
# ("Accounts (Finance, financial data, servers)").
procedure-system-about = { $system } ({ $about })
# $system is the system (as above); $owner and $location are typed by the person.
procedure-system-owner = { $owned ->
        [yes] { $placed ->
            [yes] { $system } a pour responsable { $owner } ; lieu : { $location }.
           *[no] { $system } a pour responsable { $owner }.
        }
       *[no] { $placed ->
            [yes] { $system } n'a pas encore de responsable désigné ; lieu : { $location }.
           *[no] { $system } n'a pas encore de responsable désigné.
        }
    }
# $size is in gigabytes, $change a percentage; both are numbers.
procedure-system-size = { $changing ->
        [yes] Le système contient environ { $size } Go de données, dont { $change } % sont modifiées chaque jour.
       *[no] Le système contient environ { $size } Go de données.
    }
# $hours is a number.
procedure-system-rpo = { $hours ->
        [one] Au plus { $hours } heure de travail peut être perdue.
       *[other] Au plus { $hours } heures de travail peuvent être perdues.
    }
procedure-system-rto = { $hours ->
        [one] Le système peut être indisponible pendant { $hours } heure au plus.
       *[other] Le système peut être indisponible pendant { $hours } heures au plus.
    }
procedure-system-redundancy = Redondance en place : { $redundancy }.

## Step 2: the backups before the plan.

procedure-assessment-unknown = Personne ne sait encore comment les sauvegardes étaient faites avant ce plan : il faut le déterminer.
# $solution is the option chosen ("Manual copies to a USB drive").
procedure-assessment-solution = Avant ce plan, les sauvegardes étaient faites de la façon suivante : { $solution }.
# $text is what the person wrote.
procedure-assessment-works = Ce qui fonctionne : { $text }
procedure-assessment-gaps = Manques relevés : { $text }
procedure-assessment-consulted = Personnes consultées : { $text }

## Step 3: how long backups are kept.

procedure-retention-unnamed-kind = Données d'un type non précisé
# $kind is a kind of data ("Financial data"), at the start of the sentence; $period is
# indefinitely, set or none; $time the period chosen ("1 year"); $reason is law,
# contract, business or none.
procedure-retention = { $period ->
        [indefinitely] { $kind } : les sauvegardes sont conservées sans limite
        [none] { $kind } : aucune durée de conservation n'est encore fixée
       *[set] { $kind } : les sauvegardes sont conservées pendant { $time }
    }{ $reason ->
        [law] , comme la loi l'exige
        [contract] , comme un contrat l'exige
        [business] , pour les besoins propres du bureau
       *[none] {""}
    }.

## Step 4: who does the backups and where the copies go.

# $who is the person responsible, $deputy the person standing in.
procedure-responsible = { $who } est responsable des sauvegardes.
procedure-deputy-only = { $deputy } assure la suppléance ; aucun responsable des sauvegardes n'est encore désigné.
procedure-responsible-and-deputy = { $who } est responsable des sauvegardes ; { $deputy } remplace { $who } pendant ses absences.
procedure-destinations-intro = Les copies de sauvegarde sont conservées aux emplacements suivants :
# A place backup copies go: $name as typed; $kind is on-site, off-site, offline or none;
# $location is where it is, as typed.
procedure-destination = { $name } ({ $kind ->
        [on-site] sur site
        [off-site] hors site
        [offline] hors ligne, débranché
       *[none] type non choisi
    }){ $placed ->
        [yes] {"\u00A0"}: { $location }
       *[no] {""}
    }
# Where a sentence or a table names a destination that has no name or was removed.
procedure-destination-unnamed = un emplacement sans nom
procedure-routine-intro = La routine, dans l'ordre :
procedure-escalation-intro = En cas de problème, appelez :
procedure-media = Supports de sauvegarde : { $text }

## Step 5: the backup schedules and the storage they need.

# One schedule: $system is backed up; $kind is full, incremental, differential,
# not-sure or none; $often is hourly, daily, weekly, biweekly, monthly or none;
# $start is the time it starts (22:30); $tool the program that runs it, as typed.
procedure-schedule = { $system } : { $kind ->
        [full] une sauvegarde complète
        [incremental] une sauvegarde incrémentielle
        [differential] une sauvegarde différentielle
        [not-sure] une sauvegarde (d'un type encore à déterminer)
       *[none] une sauvegarde
    } est prévue{ $often ->
        [hourly] {" "}chaque heure
        [daily] {" "}chaque jour
        [weekly] {" "}chaque semaine
        [biweekly] {" "}toutes les deux semaines
        [monthly] {" "}chaque mois
       *[none] {""}
    }{ $started ->
        [yes] , à { $start }
       *[no] {""}
    }{ $run ->
        [yes] , avec { $tool }
       *[no] {""}
    }.
procedure-schedule-tested = Son bon fonctionnement a été constaté le { $date }.
procedure-schedule-untested = Personne ne l'a encore vue fonctionner.
procedure-estimate-intro = Espace de stockage nécessaire aux sauvegardes (estimation) :
# $days is a number of days; $percent a percentage.
procedure-estimate-assumed = Hypothèses : une sauvegarde complète { $days ->
        [one] chaque jour
       *[other] tous les { $days } jours
    } pour les systèmes sans planification de sauvegarde complète, et { $percent } % d'espace économisé grâce à la compression et à la déduplication.
procedure-estimate-grows = Certaines données sont conservées sans limite : le besoin augmente chaque année.

## Step 6: encryption.

# Copies at $place (a destination's name); $method is none, provider, not-sure, unset
# or other (then $label names it: "AES-256"); $scope is at-rest, in-transit, both,
# not-sure or none.
procedure-encryption = { $method ->
        [none] Les copies conservées sur { $place } ne sont pas chiffrées
        [provider] Les copies conservées sur { $place } sont chiffrées par le fournisseur
        [not-sure] Personne ne sait encore si les copies conservées sur { $place } sont chiffrées : il faut le déterminer
        [unset] Le chiffrement des copies conservées sur { $place } n'est pas encore renseigné
       *[other] Les copies conservées sur { $place } sont chiffrées avec { $label }
    }{ $scope ->
        [at-rest] {" "}pendant leur stockage
        [in-transit] {" "}pendant leur envoi
        [both] {" "}pendant leur stockage et pendant leur envoi
        [not-sure] {"\u202F"}; reste à déterminer si elles le sont pendant leur stockage, pendant leur envoi ou les deux
       *[none] {""}
    }.
# $holder is who holds the key, $place where it is kept, as typed.
procedure-encryption-key-holder = La clé est détenue par { $holder }.
procedure-encryption-key-holder-place = La clé est détenue par { $holder } ; lieu de conservation : { $place }.
procedure-encryption-key-place = Lieu de conservation de la clé : { $place }.
procedure-encryption-checked = Vérification faite le { $date }.

## Step 7: the first full backups.

procedure-initial-unnamed-kind = systèmes d'un type non précisé
# $what is a kind of system in lower case ("file servers"); $status is succeeded,
# failed, in-progress or not-started.
procedure-initial = { $status ->
        [succeeded] La première sauvegarde complète des { $what } a réussi
        [failed] La première sauvegarde complète des { $what } a échoué
        [in-progress] La première sauvegarde complète des { $what } est en cours
       *[not-started] La première sauvegarde complète des { $what } n'a pas encore commencé
    }{ $dated ->
        [yes] {" "}le { $date }
       *[no] {""}
    }.
# $hours and $size (in gigabytes) are numbers.
procedure-initial-facts = { $timed ->
        [yes] { $sized ->
            [yes] Elle a duré { $hours ->
                [one] { $hours } heure
               *[other] { $hours } heures
            } pour une taille de { $size } Go.
           *[no] Elle a duré { $hours ->
                [one] { $hours } heure
               *[other] { $hours } heures
            }.
        }
       *[no] Sa taille était de { $size } Go.
    }
procedure-initial-lessons = Enseignements tirés : { $notes }

## Step 8: monitoring.

# $who checks (as typed); $often as in procedure-schedule; $method is how, in lower case.
procedure-monitoring = { $named ->
        [yes] { $who }
       *[no] Une personne encore à désigner
    } vérifie que les sauvegardes ont eu lieu{ $often ->
        [hourly] {" "}chaque heure
        [daily] {" "}chaque jour
        [weekly] {" "}chaque semaine
        [biweekly] {" "}toutes les deux semaines
        [monthly] {" "}chaque mois
       *[none] {""}
    }{ $known ->
        [yes] , par { $method }
       *[no] {""}
    }.
procedure-monitoring-no-errors = Aucune erreur de sauvegarde n'est notée.
procedure-monitoring-errors = Erreurs notées et mesures prises :

## Step 9: restore tests.

procedure-restore-cadence = { $months ->
        [one] Une restauration est testée chaque mois.
       *[other] Une restauration est testée tous les { $months } mois.
    }
procedure-restore-recorded = { $count ->
        [one] Un test de restauration est noté ; son compte rendu figure dans la section « { procedure-heading-restore-tests } » ci-dessous. Les données sont toujours restaurées à un endroit séparé, jamais par-dessus l'original.
       *[other] { $count } tests de restauration sont notés ; leurs comptes rendus figurent dans la section « { procedure-heading-restore-tests } » ci-dessous. Les données sont toujours restaurées à un endroit séparé, jamais par-dessus l'original.
    }

## Step 11: log reviews.

# $who reviews (as typed); $often as in procedure-schedule.
procedure-log-review = { $named ->
        [yes] { $who }
       *[no] Une personne encore à désigner
    } lit les journaux de sauvegarde du début à la fin{ $often ->
        [hourly] {" "}chaque heure
        [daily] {" "}chaque jour
        [weekly] {" "}chaque semaine
        [biweekly] {" "}toutes les deux semaines
        [monthly] {" "}chaque mois
       *[none] {""}
    }.

## Step 12: the documentation.

# $version is the document's version, as typed.
procedure-documentation-version = Ce document est la version { $version } de la procédure.
procedure-documentation-next-review = La prochaine revue est à faire d'ici le { $date }.
procedure-documentation-history = Son historique des versions figure dans le suivi du document, au début.

## Step 13: training.

# A training session: $title as typed; $date, $time (14:00), $minutes (a number),
# $place and $trainer are each said only when known.
procedure-training-session = Séance « { $title } »{ $dated ->
        [yes] {" "}le { $date }
       *[no] {""}
    }{ $timed ->
        [yes] {" "}à { $time }
       *[no] {""}
    }{ $lasting ->
        [yes] , d'une durée de { $minutes ->
            [one] { $minutes } minute
           *[other] { $minutes } minutes
        }
       *[no] {""}
    }{ $given ->
        [yes] , animée par { $trainer }
       *[no] {""}
    }{ $placed ->
        [yes] {"\u202F"}; lieu : { $place }
       *[no] {""}
    }.
procedure-training-agenda = Programme : { $agenda }
# $people lists people by name ("A, B and C").
procedure-training-invited = Personnes invitées : { $people }.
procedure-training-no-attendance = La présence n'a pas été notée.
procedure-training-attended = Personnes présentes : { $people }.

## Step 14: evaluation.

procedure-evaluation-date = Les sauvegardes ont été évaluées pour la dernière fois le { $date }.
# $percent is a number.
procedure-evaluation-success = { $percent } % des sauvegardes ont réussi.
# $size is a number of gigabytes.
procedure-evaluation-storage = Les sauvegardes occupent { $size } Go d'espace de stockage.
# $text is what the person wrote.
procedure-evaluation-durations = Durée des sauvegardes : { $text }
procedure-evaluation-restore-times = Durées de restauration par rapport au RTO : { $text }
procedure-evaluation-adjustments = Ce qui a été ajusté : { $text }
procedure-evaluation-feedback = Retours du personnel : { $text }
procedure-evaluation-next = La prochaine évaluation est à faire d'ici le { $date }.

## The adviser's open findings.

# The first line of the chapter: $date is the day of the check.
procedure-findings-none = Vérification du { $date } : le plan respecte toutes les bonnes pratiques vérifiées.
# $summary counts the findings by severity ("1 high, 3 medium").
procedure-findings-some = Vérification du { $date }. Constats par gravité : { $summary }. Chacun est expliqué ci-dessous avec ce qu'il faut faire ; ils se règlent en modifiant le plan.
# A finding's first line: $severity is its severity ("High"), $title says what is wrong.
procedure-finding-heading = { $severity } : { $title }
# $advice says what to do about a finding.
procedure-finding-advice = À faire : { $advice }
# The last line of a finding's list when it has more lines than are printed.
procedure-finding-more = { $count ->
        [one] … et { $count } autre
       *[other] … et { $count } autres
    }

## The procedure's chapter "Backup health": what the imported backup logs show.

health-no-logs = Aucun journal de sauvegarde n'a encore été importé dans ce plan : ce chapitre ne peut donc pas dire comment les sauvegardes se sont réellement déroulées. Les journaux des outils de sauvegarde peuvent être importés dans Backup Planner (Fichier > Importer les journaux...).
health-no-match = Les journaux de sauvegarde importés dans ce plan ne nomment aucun des systèmes de la liste des systèmes critiques : il n'est donc pas encore possible de juger les sauvegardes d'un système.
# $date is the day the document is made.
health-intro = Ce qu'ont enregistré les journaux des outils de sauvegarde eux-mêmes, comparé à ce plan : la planification de chaque système, son RPO et son RTO. Situation au { $date }.
# $jobs lists the names of the backup jobs no system is matched to.
health-unmatched = Tâches de sauvegarde non rattachées à un système, et donc laissées de côté : { $jobs }.
# The labels of a system's facts, and the facts.
health-fact-last-good = Dernière sauvegarde réussie
health-last-good-none = aucune dans les journaux
# $at is the date and time of the last good backup; $since how long before the
# document's date ("9 hours"); $rpo the most the system's RPO allows ("24 hours").
health-last-good = { $at }{ $aged ->
        [yes] , soit { $since } avant cette date
       *[no] {""}
    }{ $bounded ->
        [yes] {"\u202F"}; son RPO autorise { $rpo }
       *[no] {""}
    }
health-fact-backups = Sauvegardes dans les journaux
# $count backups, the first on $first and the last on $last.
health-backups = { $count }, du { $first } au { $last }
health-fact-succeeded = Réussies
# $percent is a number; $good of $count backups worked.
health-succeeded = { $percent } % ({ $good } sur { $count })
health-fact-failed = Échouées
# $count backups failed, the last at $at; $message is what the backup tool said.
health-failed = { $said ->
        [yes] { $count } ; la dernière le { $at } : { $message }
       *[no] { $count } ; la dernière le { $at }
    }
health-fact-warnings = Terminées avec des avertissements
health-fact-missed = Manquées
# $count gaps without a backup; the longest from $from to $to (dates and times).
health-missed = { $count ->
        [one] { $count } intervalle
       *[other] { $count } intervalles
    } sans sauvegarde ; le plus long du { $from } au { $to }
health-fact-duration = Durée d'une sauvegarde
# $usual and $longest are spans of time ("1 hour").
health-duration = en général { $usual } ; la plus longue : { $longest }
health-fact-size = Taille de la sauvegarde
# $first and $last are numbers of gigabytes.
health-size = { $first } Go au début, { $last } Go lors de la dernière sauvegarde
health-fact-restores = Restaurations
# $count restores; the slowest took $slowest ("2 hours"); $rto is the RTO ("4 hours").
health-restores = { $bounded ->
        [yes] { $count } ; la plus lente a pris { $slowest }, pour un RTO de { $rto }
       *[no] { $count } ; la plus lente a pris { $slowest }
    }
# Said under a system's facts.
health-verdict-fine = Aucun problème n'a été relevé dans ses sauvegardes.
health-verdict-rpo = À vérifier en priorité : ce système n'a aucune sauvegarde réussie aussi récente que l'exige son RPO.
health-verdict-look = Ce que montrent ses sauvegardes demande une vérification ; les constats à traiter indiquent ce qu'il faut faire.
# Above a system's chart of backups: $period is day, week, month or days (then $days
# is the number of days in each bar); $first and $last are dates.
health-chart-caption = Sauvegardes par { $period ->
        [day] jour
        [week] semaine
        [month] mois
       *[days] période de { $days ->
            [one] { $days } jour
           *[other] { $days } jours
        }
    }, du { $first } au { $last }
# What the top of the chart stands for.
health-chart-top = { $count ->
        [one] { $count } sauvegarde
       *[other] { $count } sauvegardes
    }
# Under the chart: $period as in health-chart-caption.
health-chart-legend = Vert : sauvegardes réussies. Rouge : sauvegardes échouées. Gris : aucune sauvegarde { $period ->
        [day] ce jour-là
        [week] cette semaine-là
        [month] ce mois-là
       *[days] pendant ces jours-là
    }.

## The training invitation: a page for each person invited.

invitation-heading = Invitation à la formation aux procédures de sauvegarde
# The greeting: $name is the person invited.
invitation-dear = Bonjour { $name },
# The greeting of the page for everyone.
invitation-all-staff = À l'ensemble du personnel,
# $title is the session's title, printed in bold.
invitation-invited = Nous vous invitons à la séance { $title }, une courte présentation de la façon dont le bureau sauvegarde ses données et de ce que cela demande à chacun d'entre nous. Aucune connaissance technique n'est nécessaire.
invitation-when = Quand
invitation-duration = Durée
invitation-where = Lieu
invitation-trainer = Formateur
invitation-bring = À apporter
invitation-agenda = Programme
invitation-cannot-come = Si vous ne pouvez pas venir, merci de prévenir le formateur afin qu'une autre date puisse être trouvée.
# Where the session's title, place or trainer is not known yet.
invitation-to-be-announced = À préciser
invitation-date-to-be-announced = Date à préciser
# How long the session lasts: $minutes is a number.
invitation-minutes = { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }
invitation-about-an-hour = Environ une heure
invitation-bring-nothing = Rien d'autre que vos questions.
# When the session is: $date is a long date ("Thursday 2 April 2026"); $times is span,
# start or none; $start and $end are times (14:00); $zone is the office's time zone
# (Europe/London).
invitation-when-text = { $times ->
        [span] { $date }, de { $start } à { $end }
        [start] { $date }, à { $start }
       *[none] { $date }
    }{ $zoned ->
        [yes] {" "}({ $zone })
       *[no] {""}
    }
# A long date: $weekday and $month are the names below, $day and $year numbers.
invitation-long-date = { $weekday } { $day } { $month } { $year }
invitation-weekday-1 = lundi
invitation-weekday-2 = mardi
invitation-weekday-3 = mercredi
invitation-weekday-4 = jeudi
invitation-weekday-5 = vendredi
invitation-weekday-6 = samedi
invitation-weekday-7 = dimanche
invitation-month-1 = janvier
invitation-month-2 = février
invitation-month-3 = mars
invitation-month-4 = avril
invitation-month-5 = mai
invitation-month-6 = juin
invitation-month-7 = juillet
invitation-month-8 = août
invitation-month-9 = septembre
invitation-month-10 = octobre
invitation-month-11 = novembre
invitation-month-12 = décembre

## The e-mail that goes with the invitation (also the description of its calendar
## event). Each message is one line of the e-mail.

# The subject: $title is the session's; $dated is date-time, date or none; $date and
# $time (14:00) are the session's.
email-subject = { $dated ->
        [date-time] Invitation : { $title }, le { $date } à { $time }
        [date] Invitation : { $title }, le { $date }
       *[none] Invitation : { $title }
    }
email-greeting = Bonjour,
email-invited = Nous vous invitons à la séance « { $title } », une courte présentation de la façon dont le bureau sauvegarde ses données et de ce que cela demande à chacun d'entre nous.
# $when is said as in invitation-when-text.
email-when = Quand : { $when }
email-where = Lieu : { $place }
email-trainer = Formateur : { $trainer }
email-bring = À apporter : { $bring }
email-agenda = Programme :
email-calendar = Le fichier de calendrier joint ajoute la séance à votre agenda.
email-regards = Bien cordialement,
# The head of the e-mail when it is copied as text: $addresses lists e-mail addresses.
email-to-line = À : { $addresses }
email-subject-line = Objet : { $subject }

## The calendar of recurring duties (reminders), one event each.

# The calendar's name: $organisation is the office's, when known.
reminders-calendar-name = { $named ->
        [yes] Sauvegardes ({ $organisation }) : rendez-vous réguliers
       *[no] Sauvegardes : rendez-vous réguliers
    }
# An event's title: $duty is the duty (below), $organisation the office's.
reminders-summary = { $named ->
        [yes] { $duty } ({ $organisation })
       *[no] { $duty }
    }
# Under what to do: $every is how often it comes back (below); $step is the step of
# the plan it belongs to ("Step 9. Test data restoration from backup").
reminders-comes-back = Ce rendez-vous revient { $every }. Dans le plan de sauvegarde : { $step }.
# The category the events are filed under in the calendar.
reminders-category = Sauvegardes

## When a document cannot be made.
# Typst could not lay the document out: a fault of the program; $details is typst's own
# (English) report, for whoever looks into it.
doc-error-typeset = Impossible de mettre en page le document : { $details }
# The document's data could not be put together: a fault of the program; $details says why.
doc-error-data = Impossible de préparer les données du document : { $details }
# The document would be too long. $document is "procedure" or "invitation"; $chars the
# characters it would come to, $most the most a document is made of.
doc-error-too-long = { $document ->
        [invitation] L'invitation ne peut pas être préparée
       *[procedure] La procédure ne peut pas être préparée
    } : elle compterait environ { $chars ->
        [one] { $chars } caractère
       *[other] { $chars } caractères
    }, alors qu'un document peut en compter au plus { $most }. Ce sont les textes répétés qui l'allongent : le nom d'un système, s'il est long, est imprimé sur chaque ligne qui le concerne. Raccourcissez les noms et les textes les plus longs.
doc-error-invitation-text = L'invitation ne peut pas être préparée : { $pages ->
        [one] sa { $pages } page, une par personne invitée, contiendrait
       *[other] ses { $pages } pages, une par personne invitée, contiendraient
    } en tout { $chars ->
        [one] { $chars } caractère
       *[other] { $chars } caractères
    } de texte, alors qu'un document peut en compter au plus { $most }. Chaque page reprend les détails et le programme de la séance : raccourcissez-les, ou invitez moins de personnes par invitation.
doc-error-invitation-lines = L'invitation ne peut pas être préparée : { $pages ->
        [one] sa { $pages } page, une par personne invitée, imprimerait
       *[other] ses { $pages } pages, une par personne invitée, imprimeraient
    } en tout { $lines ->
        [one] { $lines } ligne
       *[other] { $lines } lignes
    } de programme, alors qu'une invitation en imprime au plus { $most }. Chaque page reprend le programme : écrivez-le sur moins de lignes, ou invitez moins de personnes par invitation.
doc-error-calendar-no-time = La séance de formation doit avoir une date et une heure de début pour pouvoir être ajoutée à un calendrier.
# $zone is the time zone the plan names (as written in Plan details).
doc-error-calendar-time-zone = « { $zone } » n'est pas un fuseau horaire que ce programme connaît. Écrivez-le sous la forme Europe/London ou America/New_York dans « Détails du plan ».
# $date is the training's date; $first and $last the first and last dates a calendar holds.
doc-error-calendar-date = La date de la formation, { $date }, est en dehors des années qu'un fichier de calendrier peut contenir : choisissez une date du { $first } au { $last } à l'étape 13.
# $minutes is how long the session lasts; $most the longest a calendar file holds (a week).
doc-error-calendar-minutes = La séance de formation dure { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }, plus que ce qu'un fichier de calendrier de Backup Planner peut contenir : { $most ->
        [one] { $most } minute
       *[other] { $most } minutes
    } au plus (une semaine).
