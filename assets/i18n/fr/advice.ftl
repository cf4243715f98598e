## The adviser: each rule's title and advice, and what a finding says about the plan.

## How much a finding matters: the word, what it means (.meaning), and a count of
## findings of it (.counted, in "2 high, 1 medium").
advice-severity-high = Élevée
    .meaning = Des données pourraient être perdues ou exposées : à corriger en priorité.
    .counted =
        { $count ->
            [one] { $count } élevée
           *[other] { $count } élevées
        }
advice-severity-medium = Moyenne
    .meaning = Une faiblesse à corriger prochainement.
    .counted =
        { $count ->
            [one] { $count } moyenne
           *[other] { $count } moyennes
        }
advice-severity-low = Faible
    .meaning = Une bonne pratique qu'il vaut la peine d'ajouter.
    .counted =
        { $count ->
            [one] { $count } faible
           *[other] { $count } faibles
        }
# The summary of findings when there are none.
advice-summary-none = rien à signaler

## Each rule: what is wrong, in one line, and (.advice) what to do about it and why.
advice-system-incomplete = Certains systèmes n'ont pas de responsable, de taille ou d'objectif de reprise
    .advice = Indiquez pour chaque système un responsable qui en répond, sa taille (pour l'estimation de l'espace de stockage), la quantité maximale de données que le bureau peut perdre et le temps le plus long pendant lequel il peut s'en passer : les autres vérifications comparent les planifications et les tests de restauration à ces valeurs.
advice-no-solution = Le bureau n'a aucune sauvegarde aujourd'hui
    .advice = Tant que les planifications de l'étape 5 ne fonctionnent pas, un disque en panne ou une attaque par rançongiciel signifie que les données sont perdues. Mettez dès maintenant en place au moins une sauvegarde automatique du système le plus important, et notez ici la nouvelle solution une fois qu'elle fonctionne.
advice-manual-backups = Les sauvegardes sont faites à la main
    .advice = Les copies faites à la main sont oubliées pendant les semaines chargées et les vacances. Confiez-les à un logiciel qui les lance selon une planification (étape 5), et notez ici la nouvelle solution une fois qu'elle fonctionne.
advice-current-solution-unknown = Personne ne sait comment le bureau est sauvegardé aujourd'hui
    .advice = Demandez à la personne qui s'occupe des ordinateurs, ou au prestataire informatique, ce qui fait les sauvegardes actuellement, où vont les copies et quand on en a restauré une pour la dernière fois. Tant que vous ne le savez pas, établissez le plan comme s'il n'y avait aucune sauvegarde.
advice-retention-missing = Certains types de données n'ont pas de durée de conservation
    .advice = Décidez combien de temps sont conservées les sauvegardes de chaque type de données que contiennent les systèmes, pour que personne ne supprime ce que la loi exige de garder, ni ne garde ce qu'elle interdit. L'estimation de l'espace de stockage en a besoin elle aussi.
advice-retention-below-legal = Des documents sont conservés moins longtemps que ce que la loi demande habituellement
    .advice = Conservez les sauvegardes de ces documents pendant la durée demandée par la loi (la liste propose 2, 3, 6, 7 et 10 ans), ou assurez-vous que les documents eux-mêmes sont archivés ailleurs aussi longtemps, et indiquez où dans la note.
advice-retention-indefinite-personal = Des données personnelles sont conservées sans limite
    .advice = Les données concernant des personnes ne doivent pas être conservées plus longtemps que nécessaire (limitation de la conservation). Choisissez une durée qui correspond au contrat ou à la loi, et supprimez les copies plus anciennes une fois cette durée écoulée.
advice-no-offsite = Aucune copie de sauvegarde n'est conservée hors du bureau
    .advice = Un incendie, une inondation ou un cambriolage emporte le bureau et toutes les copies qui s'y trouvent. Gardez une copie hors site (le 1 de la règle 3-2-1) : un service de sauvegarde dans le cloud, ou un disque emporté à la maison et échangé chaque semaine.
advice-no-offline = Aucune copie hors ligne ou immuable
    .advice = Un rançongiciel chiffre toutes les sauvegardes qu'il peut atteindre par le réseau. Gardez une copie qu'il ne peut ni atteindre ni modifier (le 1 supplémentaire de la règle 3-2-1-1-0) : un disque débranché après chaque sauvegarde, ou un stockage cloud avec verrouillage d'objet. Marquez ces emplacements comme hors ligne ou immuables.
advice-single-copy = Les sauvegardes vont vers moins de deux emplacements
    .advice = La règle 3-2-1 : trois copies des données (l'original et deux sauvegardes), sur deux types de supports différents, dont une hors du bureau. Une sauvegarde unique fait défaut justement au moment où l'on en a besoin, et plus souvent qu'on ne le croit.
advice-procedure-gaps = La routine de sauvegarde repose sur une seule personne ou n'est pas écrite
    .advice = Désignez un responsable des sauvegardes et un suppléant, et rédigez la routine sous forme de consignes courtes, pour que les sauvegardes continuent quand quelqu'un est malade ou s'en va.
advice-unscheduled-system = Certains systèmes n'ont pas de planification de sauvegarde
    .advice = Un système sans planification n'est sauvegardé que lorsque quelqu'un y pense. Ajoutez une planification pour chacun, au moins aussi fréquente que l'exige la perte de données qu'il peut supporter.
advice-frequency-below-rpo = Certains systèmes sont sauvegardés moins souvent que ne le permet leur perte de données maximale
    .advice = Le temps entre deux sauvegardes, c'est le travail que l'on risque de perdre au pire. Sauvegardez ces systèmes au moins aussi souvent que l'exige la perte de données maximale fixée à l'étape 1, ou convenez avec le responsable du système d'une perte plus importante et modifiez-la à cette étape.
advice-schedule-untested = Personne n'a encore vu certaines planifications fonctionner
    .advice = Regardez chaque nouvelle planification se dérouler une fois, vérifiez le résultat et notez la date : une planification que personne n'a vue fonctionner ne s'est peut-être jamais lancée.
advice-backup-type-unknown = Personne ne sait ce que copient certaines sauvegardes
    .advice = Regardez dans le logiciel de sauvegarde, ou demandez à la personne qui l'a mis en place, si chaque sauvegarde copie tout (complète) ou seulement ce qui a changé (incrémentielle ou différentielle). Une restauration se fait différemment dans chaque cas, et l'estimation de l'espace de stockage compte un type inconnu comme une sauvegarde complète, ce qui peut représenter bien plus de place que nécessaire.
advice-encryption-none = Des données clients, financières ou du personnel sont sauvegardées sans chiffrement
    .advice = Quiconque trouve, vole ou reçoit une copie peut la lire. Activez le chiffrement AES-256 du logiciel de sauvegarde, et gardez la clé (ou sa copie de secours) en lieu sûr, à l'écart des sauvegardes.
advice-encryption-rsa = RSA est indiqué comme méthode de chiffrement des sauvegardes
    .advice = RSA ne protège que les clés ; les données elles-mêmes sont chiffrées avec un chiffrement symétrique. Vérifiez dans le logiciel de sauvegarde lequel il utilise pour les données (AES-256 est le choix habituel) et notez-le.
advice-encryption-blowfish = Les sauvegardes sont chiffrées avec Blowfish
    .advice = Blowfish travaille sur des blocs de 64 bits, ce qui n'est plus sûr dès que des gigaoctets sont chiffrés avec une même clé, comme c'est le cas des sauvegardes. Passez à AES-256.
advice-encryption-unknown = On ne sait pas encore comment certaines sauvegardes sont chiffrées
    .advice = Demandez à la personne qui a mis en place l'emplacement, ou au fournisseur (son site web ou son assistance peut vous renseigner), si les copies sont chiffrées, comment, si elles le sont pendant le stockage, pendant l'envoi ou les deux, et qui détient la clé. Notez ensuite la réponse ici.
advice-encryption-by-provider = Le fournisseur chiffre certaines copies, mais personne n'est indiqué comme détenteur de la clé
    .advice = Demandez au fournisseur de confirmer par écrit comment les copies sont chiffrées et qui détient la clé. Si seul le fournisseur la détient, son personnel (ou quiconque s'introduit chez lui) pourrait lire les données ; si c'est le bureau, perdre la clé revient à perdre les sauvegardes. Notez ici qui détient la clé.
advice-encryption-unchecked = Le chiffrement de certains emplacements n'a pas été vérifié depuis 12 mois
    .advice = Une fois par an, vérifiez que les copies de chaque emplacement sont toujours chiffrées et que la clé se trouve là où le plan l'indique : essayez d'ouvrir une copie avec elle.
advice-encryption-unrecorded = Le chiffrement de certains emplacements de sauvegarde n'est pas renseigné
    .advice = Vérifiez comment les copies de chaque emplacement sont chiffrées et qui détient la clé, et notez-le ici.
advice-no-monitoring = Personne n'est chargé de surveiller les sauvegardes
    .advice = Les sauvegardes échouent sans bruit : un disque plein, un mot de passe expiré, un dossier déplacé. Désignez qui vérifie les résultats, comment cette personne apprend qu'une sauvegarde a échoué (un e-mail d'alerte est le plus simple) et à quelle fréquence elle vérifie.
advice-restore-test-missing = Aucun test de restauration n'est noté
    .advice = Une sauvegarde ne vaut que par sa restauration. Restaurez un fichier, une base de données ou un système entier vers un autre endroit (jamais par-dessus l'original), vérifiez qu'il s'ouvre, et notez combien de temps cela a pris.
advice-restore-test-stale = Le dernier test de restauration date de plus de 12 mois
    .advice = En un an, les systèmes, les logiciels et les personnes changent. Refaites un test de restauration, au moins une fois par an et après chaque changement important.
advice-restore-untested-systems = Certains systèmes n'ont pas eu de test de restauration depuis 12 mois
    .advice = Chaque système critique se restaure différemment. Testez-les tous au moins une fois par an, en commençant par celui dont le bureau a besoin en premier.
advice-restore-failed = Le dernier test de restauration de certains systèmes n'a pas entièrement réussi
    .advice = Cherchez ce qui n'a pas fonctionné, corrigez-le et refaites le test jusqu'à ce que la restauration réussisse : d'ici là, le bureau ne peut pas compter sur ces sauvegardes.
advice-restore-slower-than-rto = Une restauration a duré plus longtemps que l'interruption acceptable du système
    .advice = En cas de vrai sinistre, le bureau serait privé de ces systèmes plus longtemps qu'il ne peut le supporter. Accélérez la restauration (une copie locale, une machine de réserve, une routine bien rodée), ou convenez avec le responsable du système d'une interruption plus longue, et modifiez-la à l'étape 1.
advice-not-approved = Les tests de restauration ne sont pas approuvés
    .advice = Demandez à la personne qui répond du bureau (un associé, la direction) de prendre connaissance des tests de restauration et de les approuver, pour que le plan soit connu et soutenu au plus haut niveau.
advice-evaluation-overdue = L'évaluation des sauvegardes est en retard
    .advice = Regardez comment les sauvegardes se sont comportées depuis la dernière évaluation : combien de temps elles ont pris, combien de fois elles ont échoué, à quelle vitesse les restaurations se sont faites, à quel point le stockage est rempli. Ajustez ce qui doit l'être et fixez la prochaine date.
advice-training-stale = Aucune formation du personnel depuis 12 mois
    .advice = Les personnes qui savent où enregistrer les fichiers, comment demander une restauration et à quoi ressemble un e-mail suspect évitent la plupart des pertes de données. Organisez une courte séance au moins une fois par an.
advice-runs-beyond-rpo = Les journaux de sauvegarde ne montrent aucune sauvegarde réussie assez récente pour respecter la perte de données maximale
    .advice = La dernière sauvegarde réussie est plus ancienne que la perte de données maximale du système (étape 1) : une panne maintenant ferait perdre plus de travail que le bureau n'a dit pouvoir en refaire. Cherchez pourquoi les sauvegardes se sont arrêtées ou échouent (le journal des erreurs de l'étape 8 reprend ce que disaient les journaux), lancez-en une à la main, et importez le nouveau journal pour vérifier.
advice-runs-failed = Des sauvegardes ont échoué, d'après les journaux de sauvegarde
    .advice = Chaque sauvegarde échouée figure dans le journal des erreurs de l'étape 8, avec les propres termes de l'outil. Notez ce qui a été fait pour y remédier ; si la même erreur revient, adressez-vous à la personne qui a mis en place la sauvegarde, avec le texte de l'erreur.
advice-runs-missed = Les sauvegardes n'ont pas eu lieu aussi souvent que le prévoit l'étape 5
    .advice = Les journaux montrent des intervalles sans sauvegarde plus longs que ne le permet la planification : l'ordinateur était éteint, la tâche était en pause, ou l'outil s'est arrêté sans rien dire. Vérifiez que la tâche est activée et qu'elle se lance à une heure où l'ordinateur est allumé, ou adaptez la planification à ce qui se passe réellement.
advice-runs-size-changed = Une sauvegarde était bien plus petite que d'habitude, ou bien plus de données que d'habitude ont changé
    .advice = Une sauvegarde dont la taille diminue de moitié a peut-être laissé un dossier de côté ; un afflux soudain de données modifiées, c'est ce que produit un rançongiciel qui chiffre des fichiers. Vérifiez le système dès maintenant : les fichiers sont-ils là et lisibles ? Gardez les sauvegardes plus anciennes jusqu'à ce que vous en ayez le cœur net.
advice-runs-restore-slow = Une restauration a duré plus longtemps que l'interruption acceptable du système
    .advice = La remise en service du système a pris plus longtemps que sa durée d'interruption maximale (étape 1). Cherchez ce qui a été lent (le téléchargement, la taille, la recherche de la clé), ou convenez d'une interruption plus longue avec les personnes qui dépendent du système.

## The lines of a finding, naming what is concerned.
# A system without a name, by its place in the list.
advice-system-number = Système { $number }
advice-no-system-chosen = Aucun système choisi
advice-removed-system = Un système supprimé
# A schedule: its system, and how often it runs in lower case ("Accounts, daily").
advice-schedule-name = { $system }, { $frequency }
advice-a-destination = Un emplacement
advice-destination-number = Emplacement { $number }
# Sizes of backups: $size is a number.
advice-size-tb = { $size } To
advice-size-gb = { $size } Go
advice-size-mb = { $size } Mo
advice-size-kb = { $size } Ko
advice-size-bytes =
    { $size ->
        [one] { $size } octet
       *[other] { $size } octets
    }
# Up to four names, then how many more: "A, B, C, D and 12 more".
advice-names-and-more =
    { $more ->
        [one] { $names } et { $more } autre
       *[other] { $names } et { $more } autres
    }
advice-hours = { $hours ->
    [one] { $hours } heure
   *[other] { $hours } heures
}
advice-under-a-minute = moins d'une minute
advice-minutes = { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}
advice-days = { $days ->
    [one] { $days } jour
   *[other] { $days } jours
}
# What a system lacks, in "Accounts: no owner and size".
advice-missing-owner = le responsable
advice-missing-size = la taille
advice-missing-max-data-loss = la perte de données maximale
advice-missing-max-downtime = la durée d'interruption maximale
advice-system-incomplete-line = { $name } : il manque { $missing }
# $kind is a kind of data, $names the systems that hold it.
advice-retention-missing-line = { $kind }, dans { $names }
# $kind a kind of data, $period how long it is kept, $where "in Germany", $years the
# legal period, $source the law, $choose the period of the list to choose instead.
advice-retention-below-legal-line = { $kind } : conservation de { $period } ; le minimum habituel { $where } est de { $years ->
        [one] 1 an
       *[other] { $years } ans
    } ({ $source }) : choisissez { $choose }
advice-kept-indefinitely = { $kind } : conservation sans limite
advice-kept-indefinitely-staff = { $kind } : conservation sans limite, et les Ressources humaines conservent des dossiers du personnel de ce type
advice-no-responsible = Aucun responsable des sauvegardes n'est désigné
advice-no-deputy = Aucun suppléant n'est désigné
advice-no-instructions = La routine n'a pas de consignes écrites
# $frequency is how often in lower case ("weekly"); $every and $rpo are spans of hours.
advice-frequency-below-rpo-line = { $name } : sauvegarde { $frequency } (intervalle de { $every }), mais la perte de données ne doit pas dépasser { $rpo }
# $place is a backup destination.
advice-not-encrypted = { $place } : pas de chiffrement
advice-data-at-risk = Les données en danger : { $names }
advice-encryption-unknown-line = { $place } : on ne sait pas si les copies sont chiffrées
advice-encryption-scope-unknown-line = { $place } : on ne sait pas si les copies sont chiffrées pendant le stockage, pendant l'envoi, ou les deux
advice-no-key-holder = { $place } : aucun détenteur de la clé n'est noté
advice-last-checked = { $place } : dernière vérification le { $date }
advice-not-checked = { $place } : pas encore vérifié
advice-no-checker = Personne n'est désigné pour vérifier les sauvegardes
advice-no-monitor-method = La façon de repérer les échecs n'est pas notée
advice-no-check-interval = La fréquence de vérification des résultats n'est pas notée
advice-last-test = Dernier test : { $date }
advice-restore-partly = { $name } : restauration partielle le { $date }
advice-restore-failed-line = { $name } : échec le { $date }
# $took and $rto are spans of hours.
advice-restore-slower-line = { $name } : la restauration a pris { $took }, mais l'interruption ne doit pas dépasser { $rto }
advice-was-due = Elle était prévue le { $date }
advice-no-session-yet = Aucune séance n'a encore eu lieu
advice-last-session = Dernière séance : { $date }

## Lines from the backup logs.
# $last is a date and time, $ago how long ago ("3 days"), $rpo a span of hours.
advice-runs-beyond-rpo-line = { $name } : dernière sauvegarde réussie le { $last }, il y a { $ago } ; perte de données maximale : { $rpo }
advice-runs-no-good-backup = { $name } : aucune sauvegarde réussie dans les journaux ; perte de données maximale : { $rpo }
# $failed of $runs backups failed; $date the last failure.
advice-runs-failed-line = { $name } : { $failed ->
        [one] { $failed } sauvegarde sur { $runs } a échoué
       *[other] { $failed } sauvegardes sur { $runs } ont échoué
    }, la dernière le { $date }
# The same, with the backup tool's own words ($words) about the last failure.
advice-runs-failed-line-saying = { $name } : { $failed ->
        [one] { $failed } sauvegarde sur { $runs } a échoué
       *[other] { $failed } sauvegardes sur { $runs } ont échoué
    }, la dernière le { $date } : { $words }
# $from and $to are dates with times.
advice-runs-missed-line = { $name } : { $gaps ->
        [one] 1 intervalle sans sauvegarde
       *[other] { $gaps } intervalles sans sauvegarde
    }, le dernier du { $from } au { $to }
# A backup much smaller than usual ($size on $date against $usual).
advice-size-shrunk = { $size } le { $date }, contre { $usual } d'habitude
# Much more data changed than usual.
advice-size-surge = { $size } de données modifiées le { $date }, contre { $usual } d'habitude
advice-size-changed-line = { $name } : { $change }
advice-size-changed-both = { $name } : { $shrunk } ; { $surge }
# $took is how long the restore took, $rto the longest the system may be down.
advice-runs-restore-slow-line = { $name } : { $took }, contre { $rto } au maximum

## Where the plan's approval stands.
approval-state-not-decided = Pas encore de décision
approval-state-approved = Approuvé
approval-state-outdated = Approbation périmée : les tests de restauration ont changé depuis
approval-state-changes-requested = Modifications demandées
approval-state-rejected = Refusé

## The periods the law commonly asks records to be kept, by country: a default to
## confirm, not legal advice. Each names the law and what it asks.
advice-legal-note = Les durées légales sont des minimums habituels pour le pays choisi dans « Détails du plan », donnés comme point de départ à confirmer avec votre expert-comptable ou votre avocat ; ce ne sont pas des conseils juridiques. Elles s'appliquent aux documents eux-mêmes : lorsque ces documents sont archivés ailleurs pendant cette durée, une conservation plus courte des sauvegardes peut convenir.
advice-in-united-kingdom = au Royaume-Uni
advice-in-germany = en Allemagne
advice-in-austria = en Autriche
advice-in-switzerland = en Suisse
advice-in-france = en France
advice-in-spain = en Espagne
advice-in-united-states = aux États-Unis
advice-in-most-countries = dans la plupart des pays
advice-legal-uk-financial = Companies Act 2006 s.388 (3 ans pour une société privée, 6 pour une société publique) ; le HMRC demande 6 ans de documents commerciaux et de TVA
advice-legal-uk-compliance = Limitation Act 1980 : la plupart des actions en justice peuvent être intentées pendant 6 ans ; le HMRC demande 3 ans de documents de paie
advice-legal-de-financial = § 257 HGB et § 147 AO : livres, inventaires et comptes annuels 10 ans (pièces comptables 8 ans depuis 2025)
advice-legal-de-compliance = § 257 HGB et § 147 AO : lettres commerciales et autres documents ayant une importance fiscale 6 ans
advice-legal-at-financial = § 132 BAO et § 212 UGB : livres, registres et pièces justificatives 7 ans à compter de la fin de l'année
advice-legal-at-compliance = § 132 BAO : documents commerciaux ayant une importance fiscale 7 ans
advice-legal-ch-financial = Art. 958f OR (Code des obligations) : livres comptables, pièces justificatives, rapport de gestion et rapport de révision 10 ans
advice-legal-ch-compliance = Art. 958f OR : documents servant de pièces justificatives 10 ans ; Art. 127 OR : la plupart des actions en justice peuvent être intentées pendant 10 ans
advice-legal-fr-financial = Code de commerce art. L123-22 : documents comptables et pièces justificatives 10 ans ; Livre des procédures fiscales art. L102 B : 6 ans pour les impôts
advice-legal-fr-compliance = Livre des procédures fiscales art. L102 B : documents ayant une importance fiscale 6 ans ; Code du travail art. L3243-4 : bulletins de paie 5 ans
advice-legal-es-financial = Código de Comercio art. 30 : livres, correspondance et pièces justificatives 6 ans à compter de la dernière écriture
advice-legal-es-compliance = Ley General Tributaria art. 66 : l'impôt peut être contrôlé pendant 4 ans ; documents du travail et de la sécurité sociale 4 ans (LISOS art. 21)
advice-legal-us-financial = IRS Publication 583 : de 3 à 7 ans selon le cas ; 7 ans les couvrent tous
advice-legal-us-compliance = IRS : documents des impôts sur les salaires au moins 4 ans ; FLSA : documents de paie 3 ans
advice-legal-other-financial = La plupart des pays demandent de conserver les documents comptables de 5 à 10 ans
advice-legal-other-compliance = Cela dépend de la règle applicable ; 5 ans est un minimum courant
