## The option lists of the dropdowns. Those of the seed workflow keep its labels to the letter;
## .note says what an option means where its label alone may not.


## Department: Department that owns a system (seed, step 1).
option-department-finance = Finances
option-department-human-resources = Ressources humaines
option-department-it = Informatique
option-department-sales = Ventes
option-department-operations = Opérations

## CurrentSolution: The backup solution in place today (seed, step 2), or (ours) "Not sure".
option-current-solution-cloud-based = Dans le cloud
    .note = Les copies sont envoyées à un service sur Internet.
option-current-solution-on-premises = Dans les locaux
    .note = Les copies sont conservées sur du matériel au bureau.
option-current-solution-hybrid = Hybride
    .note = Certaines copies sont conservées au bureau, d'autres dans le cloud.
option-current-solution-manual-process = Copies manuelles
    .note = Quelqu'un copie les fichiers à la main, par exemple sur un disque USB.
option-current-solution-no-solution = Aucune solution
option-current-solution-not-sure = Je ne sais pas
    .note = Personne ici ne le sait encore : demandez à la personne qui s'occupe des ordinateurs.

## RetentionPeriod: How long backups of a kind of data are kept (seed, step 3). The seed's five, and (ours) the years the law commonly asks for records, so a plan can follow the law without keeping everything for ever.
option-retention-period-one-month = 1 mois
option-retention-period-three-months = 3 mois
option-retention-period-six-months = 6 mois
option-retention-period-one-year = 1 an
option-retention-period-two-years = 2 ans
option-retention-period-three-years = 3 ans
option-retention-period-six-years = 6 ans
option-retention-period-seven-years = 7 ans
option-retention-period-ten-years = 10 ans
option-retention-period-indefinitely = Sans limite

## DataKind: Kind of data a system holds (seed, step 3).
option-data-kind-financial-data = Données financières
option-data-kind-client-information = Informations clients
option-data-kind-intellectual-property = Propriété intellectuelle
option-data-kind-operational-data = Données d'activité
option-data-kind-compliance-data = Données de conformité

## Frequency: How often a backup runs, or a check is made (seed, step 5).
option-frequency-hourly = Chaque heure
option-frequency-daily = Chaque jour
option-frequency-weekly = Chaque semaine
option-frequency-bi-weekly = Toutes les 2 semaines
    .note = Une fois toutes les deux semaines, et non deux fois par semaine.
option-frequency-monthly = Chaque mois

## Encryption: Encryption method of a backup destination (seed, step 6), and (ours) the answers a person gives who did not set the encryption up.
option-encryption-aes128 = AES-128
    .note = Solide et sûr, même si AES-256 est le choix le plus courant.
option-encryption-aes256 = AES-256
    .note = Solide, et le choix habituel.
option-encryption-rsa = RSA
    .note = Protège les clés, pas les sauvegardes elles-mêmes : vérifiez ce que le logiciel utilise pour les données.
option-encryption-blowfish = Blowfish
    .note = Une méthode ancienne, qui n'est plus sûre pour les grandes quantités de données que contiennent les sauvegardes.
option-encryption-none = Aucun
    .note = Quiconque met la main sur une copie peut la lire.
option-encryption-by-provider = Assuré par le fournisseur
    .note = Le service ou l'appareil chiffre lui-même les copies ; renseignez-vous pour savoir qui détient la clé.
option-encryption-not-sure = Je ne sais pas
    .note = { option-ask-who-set-it-up }

## SystemType: Kind of system (seed, step 7), and (ours) what small offices run most.
option-system-type-database-servers = Serveurs de bases de données
    .note = Des ordinateurs qui font tourner une base de données, comme celle du logiciel de comptabilité.
option-system-type-file-servers = Serveurs de fichiers
    .note = Un ordinateur qui contient les dossiers partagés du bureau.
option-system-type-application-servers = Serveurs d'applications
    .note = Un ordinateur qui fait tourner un logiciel utilisé par tout le bureau, comme la paie.
option-system-type-virtual-machines = Machines virtuelles
    .note = Des ordinateurs simulés à l'intérieur d'un autre ordinateur, souvent sauvegardés en entier.
option-system-type-network-devices = Équipements réseau
    .note = Routeurs, commutateurs et pare-feu, dont les réglages méritent d'être conservés.
option-system-type-pcs-and-laptops = PC fixes et portables
    .note = Les ordinateurs sur lesquels travaille le personnel, et les fichiers qui y sont enregistrés.
option-system-type-nas = NAS (stockage réseau)
    .note = Un boîtier de stockage branché sur le réseau du bureau, qui contient les fichiers partagés.
option-system-type-cloud-services = Services cloud (comme Microsoft 365)
    .note = Des logiciels utilisés par Internet, dont le fournisseur ne fait pas toujours de sauvegardes pour vous.

## RestoreKind: What a restore test brought back (seed, step 9).
option-restore-kind-individual-files = Fichiers individuels
option-restore-kind-whole-databases = Bases de données complètes
option-restore-kind-system-images = Images système
option-restore-kind-application-data = Données d'applications
option-restore-kind-user-settings = Réglages utilisateur

## RetentionReason: Why a retention period was chosen (ours, step 3).
option-retention-reason-law = Loi
option-retention-reason-contract = Contrat
option-retention-reason-business = Besoin du bureau

## DestinationKind: Where a backup copy is kept (ours, step 4).
option-destination-kind-on-site = Sur site
    .note = { term-on-site.explanation }
option-destination-kind-off-site = Hors site
    .note = { term-off-site.explanation }
option-destination-kind-offline = Copie hors ligne
    .note = { term-offline-copy.explanation }

## BackupType: What a backup run copies, or "Not sure" (ours, step 5).
option-backup-type-full = Complète
    .note = { term-full-backup.explanation }
option-backup-type-incremental = Incrémentielle
    .note = { term-incremental.explanation }
option-backup-type-differential = Différentielle
    .note = { term-differential.explanation }
option-backup-type-not-sure = Je ne sais pas
    .note = En attendant de le savoir, l'estimation de l'espace de stockage compte cette sauvegarde comme complète.

## EncryptionScope: Whether encryption protects stored copies, copies on the move, or both, or "Not sure" (ours, step 6).
option-encryption-scope-at-rest = Au repos
    .note = { term-at-rest.explanation }
option-encryption-scope-in-transit = En transit
    .note = { term-in-transit.explanation }
option-encryption-scope-both = Au repos et en transit
    .note = Pendant le stockage et pendant l'envoi : le choix le plus sûr.
option-encryption-scope-not-sure = Je ne sais pas
    .note = { option-ask-who-set-it-up }

## InitialStatus: State of an initial backup (ours, step 7).
option-initial-status-not-started = Non commencée
option-initial-status-in-progress = En cours
option-initial-status-succeeded = Réussie
option-initial-status-failed = Échouée

## MonitorMethod: How backup jobs are watched (ours, step 8).
option-monitor-method-alert-mail = E-mail d'alerte
option-monitor-method-dashboard = Tableau de bord
option-monitor-method-manual-check = Contrôle manuel

## RestoreResult: Outcome of a restore test (ours, step 9).
option-restore-result-success = Réussite
option-restore-result-partial = Restauration partielle
option-restore-result-failed = Échec

## Decision: The approver's decision (ours, step 10).
option-decision-approved = Approuvé
option-decision-changes-requested = Modifications demandées
option-decision-rejected = Refusé

## Country: The country whose common record-keeping periods the adviser compares with (ours).
option-country-united-kingdom = Royaume-Uni
option-country-germany = Allemagne
option-country-austria = Autriche
option-country-switzerland = Suisse
option-country-france = France
option-country-spain = Espagne
option-country-united-states = États-Unis
option-country-other = Autre pays

# The note of "Not sure" about how a destination is protected.
option-ask-who-set-it-up = Demandez à la personne qui a mis en place cet emplacement de sauvegarde, ou au fournisseur.
