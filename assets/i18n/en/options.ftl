## The option lists of the dropdowns. Those of the seed workflow keep its labels to the letter;
## .note says what an option means where its label alone may not.


## Department: Department that owns a system (seed, step 1).
option-department-finance = Finance
option-department-human-resources = Human Resources
option-department-it = IT
option-department-sales = Sales
option-department-operations = Operations

## CurrentSolution: The backup solution in place today (seed, step 2), or (ours) "Not sure".
option-current-solution-cloud-based = Cloud-based
    .note = Copies are sent to a service on the internet.
option-current-solution-on-premises = On-premises
    .note = Copies are kept on equipment in the office.
option-current-solution-hybrid = Hybrid
    .note = Some copies are kept in the office and some in the cloud.
option-current-solution-manual-process = Manual process
    .note = Someone copies the files by hand, for example to a USB disk.
option-current-solution-no-solution = No solution
option-current-solution-not-sure = Not sure
    .note = Nobody here knows yet: ask whoever looks after the computers.

## RetentionPeriod: How long backups of a kind of data are kept (seed, step 3). The seed's five, and (ours) the years the law commonly asks for records, so a plan can follow the law without keeping everything for ever.
option-retention-period-one-month = 1 month
option-retention-period-three-months = 3 months
option-retention-period-six-months = 6 months
option-retention-period-one-year = 1 year
option-retention-period-two-years = 2 years
option-retention-period-three-years = 3 years
option-retention-period-six-years = 6 years
option-retention-period-seven-years = 7 years
option-retention-period-ten-years = 10 years
option-retention-period-indefinitely = Indefinitely

## DataKind: Kind of data a system holds (seed, step 3).
option-data-kind-financial-data = Financial data
option-data-kind-client-information = Client information
option-data-kind-intellectual-property = Intellectual property
option-data-kind-operational-data = Operational data
option-data-kind-compliance-data = Compliance data

## Frequency: How often a backup runs, or a check is made (seed, step 5).
option-frequency-hourly = Hourly
option-frequency-daily = Daily
option-frequency-weekly = Weekly
option-frequency-bi-weekly = Bi-weekly
    .note = Every two weeks, not twice a week.
option-frequency-monthly = Monthly

## Encryption: Encryption method of a backup destination (seed, step 6), and (ours) the answers a person gives who did not set the encryption up.
option-encryption-aes128 = AES-128
    .note = Strong and safe, though AES-256 is the more usual choice.
option-encryption-aes256 = AES-256
    .note = Strong, and the usual choice.
option-encryption-rsa = RSA
    .note = Protects keys, not the backups themselves, so check what the program uses for the data.
option-encryption-blowfish = Blowfish
    .note = An old method, no longer safe for the large amounts of data backups hold.
option-encryption-none = None
    .note = Anyone who gets hold of a copy can read it.
option-encryption-by-provider = Done by the provider
    .note = The service or device encrypts the copies itself; find out who holds the key.
option-encryption-not-sure = Not sure
    .note = { option-ask-who-set-it-up }

## SystemType: Kind of system (seed, step 7), and (ours) what small offices run most.
option-system-type-database-servers = Database servers
    .note = Computers running a database, such as the one behind the accounts program.
option-system-type-file-servers = File servers
    .note = A computer that holds the office's shared folders.
option-system-type-application-servers = Application servers
    .note = A computer running a program the whole office uses, such as payroll.
option-system-type-virtual-machines = Virtual machines
    .note = Computers simulated inside another computer, often backed up whole.
option-system-type-network-devices = Network devices
    .note = Routers, switches and firewalls, whose settings are worth keeping.
option-system-type-pcs-and-laptops = PCs and laptops
    .note = The computers people work on, and the files kept on them.
option-system-type-nas = NAS (network storage)
    .note = A storage box on the office network that holds shared files.
option-system-type-cloud-services = Cloud services (such as Microsoft 365)
    .note = Programs used over the internet, whose provider does not always keep backups for you.

## RestoreKind: What a restore test brought back (seed, step 9).
option-restore-kind-individual-files = Individual files
option-restore-kind-whole-databases = Whole databases
option-restore-kind-system-images = System images
option-restore-kind-application-data = Application data
option-restore-kind-user-settings = User settings

## RetentionReason: Why a retention period was chosen (ours, step 3).
option-retention-reason-law = Law
option-retention-reason-contract = Contract
option-retention-reason-business = Business need

## DestinationKind: Where a backup copy is kept (ours, step 4).
option-destination-kind-on-site = On-site
    .note = { term-on-site.explanation }
option-destination-kind-off-site = Off-site
    .note = { term-off-site.explanation }
option-destination-kind-offline = Offline copy
    .note = { term-offline-copy.explanation }

## BackupType: What a backup run copies, or "Not sure" (ours, step 5).
option-backup-type-full = Full
    .note = { term-full-backup.explanation }
option-backup-type-incremental = Incremental
    .note = { term-incremental.explanation }
option-backup-type-differential = Differential
    .note = { term-differential.explanation }
option-backup-type-not-sure = Not sure
    .note = The storage estimate counts it as full until you find out.

## EncryptionScope: Whether encryption protects stored copies, copies on the move, or both, or "Not sure" (ours, step 6).
option-encryption-scope-at-rest = At rest
    .note = { term-at-rest.explanation }
option-encryption-scope-in-transit = In transit
    .note = { term-in-transit.explanation }
option-encryption-scope-both = At rest and in transit
    .note = While stored and while sent: the safest choice.
option-encryption-scope-not-sure = Not sure
    .note = { option-ask-who-set-it-up }

## InitialStatus: State of an initial backup (ours, step 7).
option-initial-status-not-started = Not started
option-initial-status-in-progress = In progress
option-initial-status-succeeded = Succeeded
option-initial-status-failed = Failed

## MonitorMethod: How backup jobs are watched (ours, step 8).
option-monitor-method-alert-mail = Alert e-mail
option-monitor-method-dashboard = Dashboard
option-monitor-method-manual-check = Manual check

## RestoreResult: Outcome of a restore test (ours, step 9).
option-restore-result-success = Success
option-restore-result-partial = Partly restored
option-restore-result-failed = Failed

## Decision: The approver's decision (ours, step 10).
option-decision-approved = Approved
option-decision-changes-requested = Changes requested
option-decision-rejected = Rejected

## Country: The country whose common record-keeping periods the adviser compares with (ours).
option-country-united-kingdom = United Kingdom
option-country-germany = Germany
option-country-austria = Austria
option-country-switzerland = Switzerland
option-country-france = France
option-country-spain = Spain
option-country-united-states = United States
option-country-other = Another country

# The note of "Not sure" about how a destination is protected.
option-ask-who-set-it-up = Ask whoever set the destination up, or the provider.
