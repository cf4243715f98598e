## What the lower layers say when something cannot be done: reading and writing plan
## files, the limits of what a plan holds, who has a plan open, printing, and the
## system's file dialogs. Most of these appear in an error message of the window, and
## some on the command line too.
##
## $path is always the full path of a file. $reason is the words of the operating system
## or of another program (in the computer's language, or in English), put in as they are.

## Reading and writing plan files. Each message ends with the file it is about.

error-read = Could not read the file: { $reason }. File: { $path }
# $size is the file's size in megabytes.
error-too-large = This file is too large to be a backup plan ({ $size } MB). File: { $path }
# $what says what the path leads to instead: one of the error-not-a-file-... messages.
error-not-a-file = This is not an ordinary file: { $what }. File: { $path }
error-changed-on-disk = The file was changed by someone else (another program or another computer) since it was read, so it was not replaced. File: { $path }
error-not-text = This file is not a backup plan: it is not text. File: { $path }
error-empty = This file is empty: it holds no plan. File: { $path }
# RON is the kind of text plan files are written in; format_version is a word of that
# text, so it stays as it is.
error-not-a-plan = This file is not a backup plan: it has the shape of a RON file, but not of a plan (it names no format_version). File: { $path }
# $line and $column say where in the file's text the mistake is; $reason is what is wrong
# there: one of the limits-... refusals below, or the words of the RON reader.
error-parse = This file is not a readable backup plan. Line { $line }, column { $column }: { $reason }. File: { $path }
# $reason is a limits-over-text or limits-over-rows message.
error-over-limit = This file holds more than a backup plan can: { $reason }. File: { $path }
# $found and $supported are numbers of versions of the file format.
error-newer-format = This plan was saved by a newer version of Backup Planner (file format { $found }; this version reads up to { $supported }). Please update Backup Planner to open it. File: { $path }
error-write = Could not save: { $reason }. File: { $path }
error-serialize = Could not turn the plan into text: { $reason }

## What a path leads to when it is not an ordinary file (in error-not-a-file).

error-not-a-file-folder = it is a folder
error-not-a-file-special = it is a pipe, a device or another special file, not a file
# Such as /dev/stdout: whatever a program writes to or reads from at the moment.
error-not-a-file-stream = it is a program's input or output, not a file of its own

## Reading and writing any file (backup logs too), in the middle of a longer message.

# $limit is a number of bytes.
error-disk-too-large = the file is larger than { $limit ->
        [one] { $limit } byte
       *[other] { $limit } bytes
    }
error-disk-changed = the file was changed by someone else since it was read

## What a save could not keep as it was, said after the plan was saved.

# $backup is the full path of the file that keeps the previous version (PLAN.ron.bak).
error-backup-not-kept = The version it replaced could not be kept as { $backup } ({ $reason }).
error-group-not-kept = The file's group could not be kept, so colleagues of that group may no longer be able to open it. Ask whoever looks after the shared folder to set its group again.
error-permissions-not-kept = The file's permissions could not be kept.

## Opening a file or a link with the program the computer uses for it.

# $program is the name of a command of the system, such as xdg-open or lpstat.
error-program-not-installed = { $program } is not installed
# $status is the system's words for how the program ended, such as "exit status: 4".
error-program-stopped = it stopped with { $status }

## The system's file dialogs: their titles and the names of the kinds of file offered.

error-dialog-open-plan = Open a backup plan
error-dialog-plan-files = Backup plan
error-dialog-import-logs = Import backup logs
error-dialog-log-files = Backup logs
error-dialog-every-file = Every file

## Step 10.

error-approval-refused = Record at least one restore test in step 9 before approving.

## Who has a plan open (the lock file beside it).

# $user is a login name, $host the name of a computer.
lock-held = { $user } has the plan open on { $host }
lock-not-written = the lock file could not be written: { $reason }

## Printing through the computer's print system (CUPS).

# $reason is one of the print-system-... reasons below, or the system's words.
print-system-none = No print system answered on this computer ({ $reason }).
print-system-windows = Backup Planner prints through CUPS, which Windows does not have
print-system-not-running = its scheduler is not running
# $name is the printer asked for; $printers the names of the printers there are, with
# commas between.
print-system-unknown-printer = There is no printer called "{ $name }" on this computer. The printers are: { $printers }.
print-system-no-printer = No printer is set up on this computer.
# $said is what the print system answered, in its own words.
print-system-refused = The printer did not take the document: { $said }

## The limits of what a plan holds. A plan file with a value beyond them is refused with
## one of these, after "Line 12, column 3:". $min and $max are the range; $value is the
## value refused, as the file writes it (or one of the limits-value-... words).
## A quantity's .hint is what its field says when it refuses what was typed ($example
## is an everyday value); .hint-whole the same for whole numbers only.

limits-value-nan = NaN (not a number)
limits-value-infinity = infinity

# The size of data or of storage, in gigabytes.
limits-size-gb = the size in GB must be between { $min } and { $max }, not { $value }
    .hint = Type a size in GB from { $min } to { $max }, such as { $example }
    .hint-whole = Type a whole size in GB from { $min } to { $max }, such as { $example }
limits-percent = the percentage must be between { $min } and { $max }, not { $value }
    .hint = Type a percentage from { $min } to { $max }, such as { $example }
    .hint-whole = Type a whole percentage from { $min } to { $max }, such as { $example }
limits-hours = the number of hours must be between { $min } and { $max }, not { $value }
    .hint = Type a number of hours from { $min } to { $max }, such as { $example }
    .hint-whole = Type a whole number of hours from { $min } to { $max }, such as { $example }
limits-minutes = the number of minutes must be between { $min } and { $max }, not { $value }
    .hint = Type a number of minutes from { $min } to { $max }, such as { $example }
    .hint-whole = Type a whole number of minutes from { $min } to { $max }, such as { $example }
limits-days = the number of days must be between { $min } and { $max }, not { $value }
    .hint = Type a number of days from { $min } to { $max }, such as { $example }
    .hint-whole = Type a whole number of days from { $min } to { $max }, such as { $example }
limits-months = the number of months must be between { $min } and { $max }, not { $value }
    .hint = Type a number of months from { $min } to { $max }, such as { $example }
    .hint-whole = Type a whole number of months from { $min } to { $max }, such as { $example }
# The number of a revision of the plan (1, 2, 3...).
limits-revision = the revision number must be between { $min } and { $max }, not { $value }
    .hint = Type a revision number from { $min } to { $max }, such as { $example }
    .hint-whole = Type a whole revision number from { $min } to { $max }, such as { $example }
# The numbers the plan file gives systems and backup destinations, to refer to them.
limits-id = the number that identifies a row must be between { $min } and { $max }, not { $value }
    .hint = Type a number that identifies a row from { $min } to { $max }, such as { $example }
    .hint-whole = Type a whole number that identifies a row from { $min } to { $max }, such as { $example }
# $first and $last are the first and last date a plan may hold; $date the date refused.
limits-date = the date must be between { $first } and { $last }, not { $date }
    .hint = Type a date from { $first } to { $last } as year-month-day, such as { $example }
# $time is a time of day (23:59) that the file gives with a 60th second.
limits-time = the time of day must be between 00:00 and 23:59, not { $time }:60

## Too much text in one field, or too many rows in one list, in a plan file. $place and
## $list say where, in the words of the limits-place-... messages below.

# $chars is a number of characters; $most the most one field takes.
limits-over-text = { $chars ->
        [one] { $chars } character
       *[other] { $chars } characters
    } in { $place }, where a field takes at most { $most }
# $rows is a number of rows; $most the most one list takes.
limits-over-rows = { $rows ->
        [one] { $rows } row
       *[other] { $rows } rows
    } in { $list }, where a list takes at most { $most }

## Too much for a document to be made of. $document is "procedure" (the backup procedure,
## made of the whole plan) or "calendar" (a training session's calendar file).

limits-document-text = { $document ->
        [calendar]
            The calendar file cannot be made: the training session holds { $chars ->
                [one] { $chars } character
               *[other] { $chars } characters
            } of text, where a document is made of at most { $most }.
       *[procedure]
            The procedure cannot be made: the plan holds { $chars ->
                [one] { $chars } character
               *[other] { $chars } characters
            } of text, where a document is made of at most { $most }.
    }
limits-document-rows = { $document ->
        [calendar]
            The calendar file cannot be made: the training session holds { $rows ->
                [one] { $rows } row
               *[other] { $rows } rows
            } in its lists, where a document is made of at most { $most }.
       *[procedure]
            The procedure cannot be made: the plan holds { $rows ->
                [one] { $rows } row
               *[other] { $rows } rows
            } in its lists, where a document is made of at most { $most }.
    }
# Said after limits-document-text: $place is where the longest text is.
limits-document-longest-text = The longest text is { $place } ({ $chars ->
        [one] { $chars } character
       *[other] { $chars } characters
    }).
# Said after limits-document-rows: $list is the longest list.
limits-document-longest-list = The longest is { $list } ({ $rows ->
        [one] { $rows } row
       *[other] { $rows } rows
    }).
# Two sentences one after the other, as the language writes them.
limits-two-sentences = { $first } { $second }

## Where something is in a plan, in words, built from the inside out: "the notes" of
## "system 4" in "step 8", in the copy of the plan kept with "revision 1". $number is the
## row's place in its list, counted from 1.

limits-place-plan = the plan
# A row of a list without a name of its own.
limits-place-row = row { $number }
# $thing is what is inside $owner: "the notes" of "system 4".
limits-place-of = { $thing } of { $owner }
# $thing is inside $part of the plan: "step 4" or "the plan details".
limits-place-in = { $thing } in { $part }
# $thing is in the copy of the whole plan that $owner ("revision 1") keeps.
limits-place-in-copy = { $thing }, in the copy of the plan kept with { $owner }
limits-place-in-a-copy = { $thing }, in a copy of the plan
# A field without words of its own: $field is its name in the plan file.
limits-place-field = the { $field }
# A row of a list without words of its own: $list is the list's name in the plan file.
limits-place-item = { $list } { $number }
# A list without words of its own: $list is its name in the plan file.
limits-place-list = the list of { $list }
# $place is where a list without a name of its own is.
limits-place-list-in = the list in { $place }

## The parts of the plan.

limits-part-plan-details = the plan details
limits-part-step = step { $number }

## A row of each list of the plan, and (.list) the list itself.

limits-row-systems = system { $number }
    .list = the list of systems
limits-row-retention = retention rule { $number }
    .list = the list of retention rules
limits-row-destinations = destination { $number }
    .list = the list of destinations
# One instruction of the backup procedure of step 4.
limits-row-steps = instruction { $number }
    .list = the list of instructions
# A person to call when something goes wrong.
limits-row-escalation = contact { $number }
    .list = the list of contacts
limits-row-schedules = schedule { $number }
    .list = the list of schedules
limits-row-encryption = encryption check { $number }
    .list = the list of encryption checks
limits-row-initial-backups = initial backup { $number }
    .list = the list of initial backups
limits-row-errors = error { $number }
    .list = the list of errors
limits-row-restore-tests = restore test { $number }
    .list = the list of restore tests
limits-row-approved-tests = approved restore test { $number }
    .list = the list of approved restore tests
limits-row-entries = log review { $number }
    .list = the list of log reviews
limits-row-history = revision history line { $number }
    .list = the list of revision history lines
limits-row-sessions = training session { $number }
    .list = the list of training sessions
limits-row-attendees = attendee { $number }
    .list = the list of attendees
limits-row-revisions = revision { $number }
    .list = the list of revisions
# A line of what changed since the revision before.
limits-row-changes = change { $number }
    .list = the list of changes

## The fields of the plan that hold text, as a thing in a sentence: "the notes".

limits-field-action = the action
limits-field-adjustments = the adjustments
limits-field-agenda = the agenda
limits-field-anomalies = the anomalies
limits-field-approver = the approver
limits-field-author = the author
limits-field-backup-durations = the backup durations
limits-field-change = the change
limits-field-checker = the checker
limits-field-comment = the comment
limits-field-consulted = the consulted
limits-field-deputy = the deputy
limits-field-email = the email
limits-field-error = the error
limits-field-error-codes = the error codes
limits-field-feedback = the feedback
limits-field-follow-up = the follow up
limits-field-gaps = the gaps
limits-field-id = the id
limits-field-key-holder = the key holder
limits-field-key-location = the key location
limits-field-location = the location
limits-field-media-handling = the media handling
limits-field-message = the message
limits-field-name = the name
limits-field-note = the note
limits-field-notes = the notes
limits-field-organisation = the organisation
limits-field-owner = the owner
limits-field-period = the period
limits-field-phone = the phone
limits-field-place = the place
limits-field-redundancy = the redundancy
limits-field-responsible = the responsible
limits-field-restore-times = the restore times
limits-field-restored-to = the restored to
limits-field-reviewer = the reviewer
limits-field-role = the role
limits-field-time-zone = the time zone
limits-field-title = the title
limits-field-tool = the tool
limits-field-trainer = the trainer
limits-field-trainer-email = the trainer email
limits-field-version = the version
limits-field-what-to-bring = the what to bring
# A field of step 14 headed "What works".
limits-field-what-works = the "what works"
# The identity of a training session in calendars (its UID).
limits-field-uid = the calendar identity
