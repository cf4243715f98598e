## The columns of the tables the steps keep: each title (as the table and the document
## head it) and .change (how the change summary names the column, in lower case).

## Step 1: the critical systems.
column-systems-name = System
    .change = name
column-systems-department = Department
    .change = department
column-systems-kind-of-data = Kind of data
    .change = kind of data
column-systems-owner = Owner
    .change = owner
column-systems-system-type = System type
    .change = system type
# Where a system runs or is kept: a server room, a cloud service, a laptop.
column-systems-location = Where it lives
    .change = place
# The size of the system's data, in gigabytes.
column-systems-size = Size (GB)
    .change = size (GB)
# How much of the data changes on a normal day, as a percentage.
column-systems-daily-change = Daily change (%)
    .change = daily change (%)
# The recovery point objective (RPO), in hours.
column-systems-max-data-loss = Max data loss (h)
    .change = max data loss (h)
# The recovery time objective (RTO), in hours.
column-systems-max-downtime = Max downtime (h)
    .change = max downtime (h)
column-systems-redundancy = Redundancy in place
    .change = redundancy

## Step 3: how long each kind of data is kept.
column-retention-kind-of-data = Kind of data
    .change = kind of data
# How long the backups of a kind of data are kept.
column-retention-period = Keep backups for
    .change = retention
# Why they are kept that long: a law, a contract, a business need.
column-retention-reason = Reason
    .change = reason
column-retention-note = Note
    .change = note

## Step 4: where the copies go.
# The name of a place backup copies go to; .change names the destination's name.
column-destinations-name = Destination
    .change = name
column-destinations-kind = Kind
    .change = kind
column-destinations-location = Location
    .change = location
# Whether the copies there cannot be changed or deleted until they expire (a checkbox).
column-destinations-immutable = Immutable
    .change = immutable

## Step 4: the procedure, one instruction a row.
column-procedure-instruction = Instruction
    .change = instruction

## Step 4: whom to call when something goes wrong.
column-contacts-name = Name
    .change = name
column-contacts-role = Role
    .change = role
column-contacts-phone = Phone
    .change = phone
column-contacts-email = E-mail
    .change = e-mail

## Step 5: the backup schedules.
column-schedules-frequency = Frequency
    .change = frequency
column-schedules-system = System
    .change = system
column-schedules-start-time = Start time
    .change = start time
column-schedules-backup-type = Backup type
    .change = backup type
column-schedules-tool = Tool
    .change = tool
column-schedules-tested-on = Tested on
    .change = tested on

## Step 6: the encryption of each backup destination.
column-encryption-destination = Destination
    .change = destination
column-encryption-method = Method
    .change = method
# What the encryption protects: the copies in transit, at rest, or both.
column-encryption-scope = Protects
    .change = protects
column-encryption-key-holder = Key holder
    .change = key holder
# Where the encryption key (or its copy) is kept.
column-encryption-key-location = Where the key is kept
    .change = key kept in
column-encryption-verified-on = Verified on
    .change = verified on

## Step 7: the first full backups.
column-initial-backups-system-type = System type
    .change = system type
column-initial-backups-status = Status
    .change = status
column-initial-backups-date = Date
    .change = date
column-initial-backups-duration = Duration (h)
    .change = duration (h)
column-initial-backups-size = Size (GB)
    .change = size (GB)
column-initial-backups-notes = Problems and lessons learned
    .change = problems and lessons learned

## Step 8: the error log.
column-errors-date = Date
    .change = date
column-errors-system = System
    .change = system
column-errors-error = Error
    .change = error
column-errors-action = Action taken
    .change = action

## Step 9: the restore tests.
column-restore-tests-date = Date
    .change = date
# What a restore test brought back: a file, a database, a whole system.
column-restore-tests-kind = What was restored
    .change = what was restored
column-restore-tests-system = System
    .change = system
# Where the restored data was put (never over the original).
column-restore-tests-restored-to = Restored to
    .change = restored to
column-restore-tests-result = Result
    .change = result
column-restore-tests-duration = Time taken (h)
    .change = time taken (h)
column-restore-tests-notes = Notes
    .change = notes

## Step 11: the readings of the backup logs.
column-log-reviews-date = Date
    .change = date
# The span of time whose logs a review read, e.g. "March".
column-log-reviews-period = Period covered
    .change = period covered
column-log-reviews-anomalies = Anomalies
    .change = anomalies
column-log-reviews-error-codes = Error codes
    .change = error codes
column-log-reviews-follow-up = Follow-up
    .change = follow-up

## Step 12: the revision history of the document.
column-revisions-version = Version
    .change = version
column-revisions-date = Date
    .change = date
column-revisions-author = Author
    .change = author
# What changed in a revision of the document.
column-revisions-change = What changed
    .change = what changed

## Step 13: the people invited to a training session.
column-attendees-name = Name
    .change = name
column-attendees-email = E-mail
    .change = e-mail
# Whether the person came to the session (a checkbox).
column-attendees-attended = Attended
    .change = attended
