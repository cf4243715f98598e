## The columns of the tables the steps keep: each title (as the table and the document
## head it) and .change (how the change summary names the column, in lower case).

## Step 1: the critical systems.
column-systems-name = Système
    .change = nom
column-systems-department = Service
    .change = service
column-systems-kind-of-data = Type de données
    .change = type de données
column-systems-owner = Responsable
    .change = responsable
column-systems-system-type = Type de système
    .change = type de système
# Where a system runs or is kept: a server room, a cloud service, a laptop.
column-systems-location = Où il se trouve
    .change = lieu
# The size of the system's data, in gigabytes.
column-systems-size = Taille (Go)
    .change = taille (Go)
# How much of the data changes on a normal day, as a percentage.
column-systems-daily-change = Modif. quotidienne (%)
    .change = modification quotidienne (%)
# The recovery point objective (RPO), in hours.
column-systems-max-data-loss = Perte de données max. (h)
    .change = perte de données max. (h)
# The recovery time objective (RTO), in hours.
column-systems-max-downtime = Interruption max. (h)
    .change = interruption max. (h)
column-systems-redundancy = Redondance en place
    .change = redondance

## Step 3: how long each kind of data is kept.
column-retention-kind-of-data = Type de données
    .change = type de données
# How long the backups of a kind of data are kept.
column-retention-period = Durée de conservation
    .change = durée de conservation
# Why they are kept that long: a law, a contract, a business need.
column-retention-reason = Motif
    .change = motif
column-retention-note = Note
    .change = note

## Step 4: where the copies go.
# The name of a place backup copies go to; .change names the destination's name.
column-destinations-name = Emplacement
    .change = nom
column-destinations-kind = Type
    .change = type
column-destinations-location = Lieu
    .change = lieu
# Whether the copies there cannot be changed or deleted until they expire (a checkbox).
column-destinations-immutable = Immuable
    .change = immuable

## Step 4: the procedure, one instruction a row.
column-procedure-instruction = Consigne
    .change = consigne

## Step 4: whom to call when something goes wrong.
column-contacts-name = Nom
    .change = nom
column-contacts-role = Rôle
    .change = rôle
column-contacts-phone = Téléphone
    .change = téléphone
column-contacts-email = E-mail
    .change = e-mail

## Step 5: the backup schedules.
column-schedules-frequency = Fréquence
    .change = fréquence
column-schedules-system = Système
    .change = système
column-schedules-start-time = Heure de début
    .change = heure de début
column-schedules-backup-type = Type de sauvegarde
    .change = type de sauvegarde
column-schedules-tool = Outil
    .change = outil
column-schedules-tested-on = Testée le
    .change = testée le

## Step 6: the encryption of each backup destination.
column-encryption-destination = Emplacement
    .change = emplacement
column-encryption-method = Méthode
    .change = méthode
# What the encryption protects: the copies in transit, at rest, or both.
column-encryption-scope = Protection
    .change = protection
column-encryption-key-holder = Qui a la clé
    .change = détenteur de la clé
# Where the encryption key (or its copy) is kept.
column-encryption-key-location = Où la clé est gardée
    .change = lieu de la clé
column-encryption-verified-on = Vérifié le
    .change = vérifié le

## Step 7: the first full backups.
column-initial-backups-system-type = Type de système
    .change = type de système
column-initial-backups-status = Statut
    .change = statut
column-initial-backups-date = Date
    .change = date
column-initial-backups-duration = Durée (h)
    .change = durée (h)
column-initial-backups-size = Taille (Go)
    .change = taille (Go)
column-initial-backups-notes = Problèmes et enseignements
    .change = problèmes et enseignements

## Step 8: the error log.
column-errors-date = Date
    .change = date
column-errors-system = Système
    .change = système
column-errors-error = Erreur
    .change = erreur
column-errors-action = Mesure prise
    .change = mesure prise

## Step 9: the restore tests.
column-restore-tests-date = Date
    .change = date
# What a restore test brought back: a file, a database, a whole system.
column-restore-tests-kind = Ce qui a été restauré
    .change = ce qui a été restauré
column-restore-tests-system = Système
    .change = système
# Where the restored data was put (never over the original).
column-restore-tests-restored-to = Restauré vers
    .change = restauré vers
column-restore-tests-result = Résultat
    .change = résultat
column-restore-tests-duration = Durée (h)
    .change = durée (h)
column-restore-tests-notes = Notes
    .change = notes

## Step 11: the readings of the backup logs.
column-log-reviews-date = Date
    .change = date
# The span of time whose logs a review read, e.g. "March".
column-log-reviews-period = Période couverte
    .change = période couverte
column-log-reviews-anomalies = Anomalies
    .change = anomalies
column-log-reviews-error-codes = Codes d'erreur
    .change = codes d'erreur
column-log-reviews-follow-up = Suites données
    .change = suites données

## Step 12: the revision history of the document.
column-revisions-version = Version
    .change = version
column-revisions-date = Date
    .change = date
column-revisions-author = Auteur
    .change = auteur
# What changed in a revision of the document.
column-revisions-change = Ce qui a changé
    .change = ce qui a changé

## Step 13: the people invited to a training session.
column-attendees-name = Nom
    .change = nom
column-attendees-email = E-mail
    .change = e-mail
# Whether the person came to the session (a checkbox).
column-attendees-attended = Présence
    .change = présence
