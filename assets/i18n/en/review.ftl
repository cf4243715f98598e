## What the app works out from a plan, beyond the adviser's findings: the changes
## between two states of a plan (the yearly review), the recurring duties, step 5's
## storage estimate and what the imported backup logs show. Said in the window and in
## the documents alike.

## The changes between two states of a plan: last year's approved revision and today's,
## or two plan files. One line each; the lines of a signed-off review are kept in the
## plan and printed in the procedure's document control.

# What a value reads as when nothing was given: a number, date or option not chosen yet.
changes-not-set = not set
# What a text reads as when nothing was typed.
changes-empty = empty
# A yes-or-no value (a checkbox of a table).
changes-yes = yes
changes-no = no
# A field outside the tables changed: $field is its name (one of changes-field-...
# below, with a capital), $old and $new its values before and after.
changes-field = { $field } changed from { $old } to { $new }
# A cell of a table's row changed: $row names the row ("Accounts"), $field is the
# column's name in lower case ("owner"), $old and $new its values before and after.
changes-row-field = { $row }: { $field } changed from { $old } to { $new }
# A row added to one of the plan's tables: $table says which table, $name names the
# row; for an attendee, $session is the title of the training session.
changes-added = { $table ->
        [systems] System added: { $name }
        [retention] Retention rule added: { $name }
        [destinations] Destination added: { $name }
        [instructions] Instruction added: { $name }
        [contacts] Contact added: { $name }
        [schedules] Schedule added: { $name }
        [encryption] Encryption check added: { $name }
        [initial-backups] Initial backup added: { $name }
        [errors] Error added: { $name }
        [restore-tests] Restore test added: { $name }
        [log-reviews] Log review added: { $name }
        [sessions] Training session added: { $name }
       *[attendees] Attendee of { $session } added: { $name }
    }
# A row removed from one of the plan's tables; the variables as in changes-added.
changes-removed = { $table ->
        [systems] System removed: { $name }
        [retention] Retention rule removed: { $name }
        [destinations] Destination removed: { $name }
        [instructions] Instruction removed: { $name }
        [contacts] Contact removed: { $name }
        [schedules] Schedule removed: { $name }
        [encryption] Encryption check removed: { $name }
        [initial-backups] Initial backup removed: { $name }
        [errors] Error removed: { $name }
        [restore-tests] Restore test removed: { $name }
        [log-reviews] Log review removed: { $name }
        [sessions] Training session removed: { $name }
       *[attendees] Attendee of { $session } removed: { $name }
    }
# How a row is named when it is something on a day: an error ("destination unreachable
# on 2026-03-10"), a restore test, a training session. $date may be changes-not-set.
changes-on = { $what } on { $date }
# How a schedule is named: $system and its backup type in lower case ("incremental").
changes-schedule = { $system } ({ $kind })
# How a log review is named: its $date and the $period it covered, as typed.
changes-log-review = { $date } ({ $period })
# A schedule whose system is in neither plan.
changes-no-system = no system chosen
# An encryption check whose destination is in neither plan.
changes-unnamed-destination = an unnamed destination
# The names of the fields outside the tables, at the start of changes-field.
changes-field-organisation = Organisation
changes-field-plan-title = Plan title
changes-field-time-zone = Time zone
changes-field-current-solution = Current solution
changes-field-what-works = What works
changes-field-gaps = Gaps found
changes-field-consulted = Who was asked
changes-field-responsible = Responsible person
changes-field-deputy = Deputy
changes-field-media-handling = Media handling
changes-field-checker = Who checks
changes-field-check-method = How
changes-field-check-often = How often
changes-field-restore-test-every = Test a restore every (months)
changes-field-approver = Approver
changes-field-approver-role = Approver's role
changes-field-decision = Decision
changes-field-review-cadence = Review cadence
changes-field-reviewer = Reviewer
changes-field-document-version = Document version
changes-field-evaluated-on = Evaluated on
changes-field-success-rate = Success rate (%)
changes-field-storage-used = Storage used (GB)
changes-field-adjustments = What was adjusted
changes-field-next-evaluation = Next evaluation
# The fields of a training session, in lower case after the session's name, as in
# changes-row-field.
changes-session-title = title
changes-session-date = date
changes-session-place = place
changes-session-trainer = trainer
# What a review compares with: the last approved revision ($revision is its number), or
# the plan's start when none was approved yet. Put into "Changes since { $since }:".
changes-since-revision = revision { $revision }
changes-since-start = the start

## The plan's recurring duties, in the window's notice of what is overdue and in the
## calendar of reminders: what each is, and (.what) what to do. $every is how often it
## comes back (duties-every).

duties-review = Review the backup plan
    .what = Open the plan in Backup Planner and start the review: walk the 14 steps, confirm or change each, and sign it off. It comes back { $every }.
duties-restore-test = Test a restore from the backup
    .what = Restore a few files or a database to a separate place (never over the original), time it, and record the test in step 9.
duties-log-review = Review the backup logs
    .what = Look through the backup logs for failures, missed runs and anything unusual (Backup Planner can import them), and record the review in step 11.
duties-key-check = Check the encryption keys
    .what = Check that each backup's encryption key or password is where step 6 says, that its holder still has it, and that it opens the backup; record the date in step 6.
duties-training = Train the staff on the backup procedure
    .what = Plan this year's training on the backup procedure and invite the staff from step 13.
duties-evaluation = Evaluate how the backups perform
    .what = Look at how long the backups take, how many succeed, how fast restores are and how much storage is used, and record it in step 14.
# How often a duty comes back: $unit is days, months or years, $count how many.
duties-every = { $unit ->
        [days] { $count ->
            [1] every day
            [7] every week
            [14] every two weeks
           *[other] every { $count } days
        }
        [months] { $count ->
            [1] every month
            [12] every year
           *[other] every { $count } months
        }
       *[years] { $count ->
            [1] every year
           *[other] every { $count } years
        }
    }

## Step 5's storage estimate: how much space each backup destination needs, in the
## window and in the procedure.

# The columns of the estimate's table.
estimate-column-system = System
estimate-column-size = Size
estimate-column-backups = Backups
estimate-column-kept-for = Kept for
estimate-column-copies = Copies kept
estimate-column-storage = Storage
# Sizes of storage (1 TB = 1,000 GB, as disks are sold): $size is a number, written
# with its decimal ("5.0").
estimate-size-gb = { $size } GB
estimate-size-tb = { $size } TB
# How often a system's backups run, in the estimate's table.
estimate-every-hours = { $hours ->
        [1] every hour
       *[other] every { $hours } hours
    }
estimate-every-days = { $days ->
        [1] every day
       *[other] every { $days } days
    }
# How long the backups are kept, in the estimate's table.
estimate-kept-indefinitely = Indefinitely
estimate-kept-days = { $days ->
        [one] { $days } day
       *[other] { $days } days
    }
# The copies the estimate counts: $full full copies and $changes copies of what changed.
estimate-copies = { $full } full + { $changes }
# $size is a size of storage ("850 GB").
estimate-each = Each backup destination needs about { $size }.
# Follows estimate-each when step 4 lists more than one destination: $count is how many,
# $size what they need together.
estimate-all = Step 4 lists { $count ->
        [one] { $count } destination
       *[other] { $count } destinations
    }: { $size } in all.
# $systems lists systems by name ("A, B and C").
estimate-type-unknown = Counted as full backups, which need the most room, because the backup type is not known yet: { $systems }.
# $systems lists systems with what each needs (estimate-needs), separated by semicolons;
# $more is how many more systems there are (0 when none).
estimate-unestimated = { $more ->
        [0] Not estimated for lack of figures: { $systems }.
       *[other] Not estimated for lack of figures: { $systems } and { $more } more.
    }
# A system the estimate leaves out, and what it lacks ($missing lists the words below).
estimate-needs = { $system } (needs { $missing })
estimate-missing-size = size
estimate-missing-retention = retention of its kind of data
estimate-missing-schedule = backup schedule
# How the estimate is worked out, under "How this is worked out". "Full" and "Not sure"
# are the names of backup types; "Indefinitely" is a retention period.
estimate-method = How this is worked out, for each system: backups come in chains. A chain starts with a full copy of the system and adds, at each backup run of step 5, a copy of what changed: with incremental backups each run holds what changed since the run before (the daily change of step 1, shared over the runs of a day), with differential backups everything changed since the full copy. A new chain starts with each full backup: as often as a Full schedule in step 5 says, or else as often as set below. The copies kept reach back over the retention of the system's kind of data (step 3), plus the chain being built, since the oldest chain can only go once the newest is complete. So: storage = number of chains x (size + changes per chain) x (100% - saving). "Indefinitely" is counted as one year, and grows each year after. A schedule whose backup type is "Not sure" is counted as full, which needs the most room. A month counts as 30 days. Each backup destination of step 4 keeps its own copies, so each needs this much; leave room to grow.

## What the backup logs read into the plan show for a system: in step 14, in the
## procedure's chapter "Backup health", and after an import.

# What is wrong with a system's backups, a short phrase each: $count is how many.
runs-anomaly-failed = { $count ->
        [one] { $count } failed backup
       *[other] { $count } failed backups
    }
runs-anomaly-missed = { $count ->
        [one] { $count } gap without backups
       *[other] { $count } gaps without backups
    }
runs-anomaly-shrunk = { $count ->
        [one] { $count } backup much smaller than usual
       *[other] { $count } backups much smaller than usual
    }
runs-anomaly-surges = { $count ->
        [one] { $count } run with far more changed data than usual
       *[other] { $count } runs with far more changed data than usual
    }
runs-anomaly-overruns = { $count ->
        [one] { $count } backup still running when the next was due
       *[other] { $count } backups still running when the next was due
    }
runs-anomaly-slow-restores = { $count ->
        [one] { $count } restore slower than the RTO
       *[other] { $count } restores slower than the RTO
    }
runs-anomaly-beyond-rpo = no good backup within its RPO
# What a system's runs show, in one sentence of parts (below) in step 14: "28 backups
# from 2026-03-01 to 2026-03-28; 96% succeeded; usually 1 hour, the longest 1.3 hours;
# 10 GB to 10.4 GB; the last good one 2026-03-28 23:00." $parts are the parts, joined
# by runs-figures-and.
runs-figures = { $parts }.
# Joins two parts of runs-figures: $first is a part, $rest the parts after it.
runs-figures-and = { $first }; { $rest }
# $count backups, the first on $first and the last on $last (dates).
runs-figures-backups = { $count ->
        [one] { $count } backup from { $first } to { $last }
       *[other] { $count } backups from { $first } to { $last }
    }
runs-figures-no-backups = no backups in the logs
# $percent is a whole number.
runs-figures-succeeded = { $percent }% succeeded
# $usual and $longest are spans of time ("1 hour", "40 minutes").
runs-figures-durations = usually { $usual }, the longest { $longest }
# $first and $last are sizes in gigabytes: of the first backup and of the last.
runs-figures-sizes = { $first } GB to { $last } GB
# $at is the date and time the last good backup ended.
runs-figures-last-good = the last good one { $at }
# A system's figures in the evaluation of step 14, a line each: $system is its name,
# $figures what its runs show (runs-figures).
runs-figures-of = { $system }: { $figures }
# The note of a restore test recorded from a backup log: $tool is the backup program
# ("restic"), $job the name of its job as the log gives it.
runs-restore-note = From the log of { $tool } { $job }
