## The pages of the 14 steps: labels, hints, buttons and notes of the step forms and
## their tables, and the fields' own messages.

## Plan details (the plan's own details, before step 1)
forms-details-organisation = Organisation
forms-details-title = Plan title
forms-details-created = Created on
# The plan's revision number, shown beside this label.
forms-details-revision = Revision
    .tooltip = Counts up each time the plan is approved again
# Also the label of the same date on the page of step 12.
forms-details-next-review = Next review date
# Label of a field holding a number of months, written after the field ("Review every [12] months").
forms-details-review-every = Review every
    .tooltip = After each sign-off, the next review is set this far ahead (12 when empty)
forms-details-country = Country
    .tooltip = Whose common record-keeping periods step 3 is compared with; general figures when not chosen
forms-details-time-zone = Time zone
    .tooltip = The office's time zone, for training times
# Said beside the time zone when what the plan holds is no time zone name the program knows.
# "Europe/London" is a time zone name and stays as it is.
forms-details-time-zone-unknown = Not a time zone this program knows: write it like Europe/London
# The language the plan's documents are printed in (a setting of the plan).
forms-details-document-language = Language of the documents
    .tooltip = The language the procedure, the invitations and the calendar files are written in. The window keeps its own language (the Language menu).

## Units written after a number field
forms-unit-months = months
forms-unit-minutes = minutes
# Gigabytes.
forms-unit-gb = GB

## Step 1: the critical systems
# The table's add button (the window puts "➕" before it).
forms-systems-add = Add system
forms-systems-empty = No systems yet. Add the first one: the accounts, the shared drive, e-mail...
# Below the table; "Max data loss" and "Max downtime" are the titles of two of its columns (column-systems-max-data-loss, column-systems-max-downtime).
forms-systems-note = Max data loss: how many hours of work you could afford to redo (RPO). Max downtime: how long you could manage without the system (RTO).

## Step 2: the current backup solution
forms-assessment-current-solution = Current solution
forms-assessment-what-works = What works
forms-assessment-gaps = Gaps found
# Who was consulted about how backups are made today.
forms-assessment-consulted = Who was asked

## Step 3: how long data is kept
forms-retention-add = Add retention rule
forms-retention-empty = No retention rules yet. Add one for each kind of data the office keeps.
# Heading of the list of the periods the law commonly asks records to be kept.
forms-legal-periods = Common legal minimums
# Above that list. $country is the country chosen in Plan details: united-kingdom, germany,
# united-states, other (another country), or none (no country chosen yet; "Plan details"
# is the page where it is chosen).
forms-legal-periods-intro = { $country ->
        [united-kingdom] Common minimum keeping periods in the United Kingdom:
        [germany] Common minimum keeping periods in Germany:
        [austria] Common minimum keeping periods in Austria:
        [switzerland] Common minimum keeping periods in Switzerland:
        [france] Common minimum keeping periods in France:
        [spain] Common minimum keeping periods in Spain:
        [united-states] Common minimum keeping periods in the United States:
        [none] Common minimum keeping periods in most countries (choose your country in Plan details):
       *[other] Common minimum keeping periods in most countries:
    }
# One line of that list (after a bullet). $kind is a kind of data ("Financial data"),
# $years how many years it is kept, $source the law or rule it comes from.
forms-legal-minimum = { $kind }: { $years ->
        [one] { $years } year
       *[other] { $years } years
    }. { $source }.

## Step 4: the backup procedures
forms-procedures-responsible = Responsible person
forms-procedures-deputy = Deputy
forms-procedures-destinations = Where the copies go
forms-procedures-destinations-add = Add destination
forms-procedures-destinations-empty = No destinations yet. Keep at least one copy away from the office and one offline.
forms-procedures-steps = The procedure, step by step
forms-procedures-steps-add = Add instruction
forms-procedures-steps-empty = No instructions yet. Write them so that the deputy could follow them alone.
forms-procedures-contacts = Whom to call when something goes wrong
forms-procedures-contacts-add = Add contact
forms-procedures-contacts-empty = No contacts yet.
forms-procedures-media = Backup media
# How the backup disks, tapes and the like are handled, kept and carried.
forms-procedures-media-handling = Media handling

## Step 5: the backup schedules
forms-schedules-no-systems = Add the systems in step 1 first: each schedule belongs to one.
forms-schedules-add = Add schedule
forms-schedules-empty = No schedules yet. Add one for each system; a system may have several.
# Heading of the storage estimate below the schedules.
forms-schedules-storage = Storage the backups need

## Step 6: encryption
forms-encryption-no-destinations = Add the backup destinations in step 4 first.
# A row of the table checks the encryption of one backup destination.
forms-encryption-add = Add destination check
forms-encryption-empty = Nothing checked yet. Add a row for each backup destination.

## Step 7: the first full backups
forms-initial-backups-add = Add initial backup
forms-initial-backups-empty = No initial backups recorded yet.

## Step 8: monitoring
forms-monitoring-checker = Who checks
# How the checker finds out whether backups ran (a dropdown: an alert e-mail, a dashboard...).
forms-monitoring-method = How
forms-monitoring-how-often = How often
forms-monitoring-errors = Error log
forms-monitoring-errors-add = Add error
forms-monitoring-errors-empty = No errors recorded.

## Step 9: restore tests
# Label of a field holding a number of months, written after the field ("Test a restore every [3] months").
forms-restore-tests-every = Test a restore every
    .tooltip = How often a restore is tried out; the calendar reminders use it (3 when empty)
forms-restore-tests-add = Add restore test
forms-restore-tests-empty = No restore tests yet. Until one is recorded, the plan cannot be approved.
forms-restore-tests-outdated = These tests changed after they were approved: ask for approval again in step 10.

## Step 10: the approval of the restore tests
# $status is where the approval stands: "Approved", "Not decided yet"...
forms-approval-status = Status: { $status }
forms-approval-no-tests = Step 9 has no restore test yet, so there is nothing to approve.
# Above the list of the restore tests the approval covers; $count is how many (1 or more).
forms-approval-covers = { $count ->
        [one] The approval covers the { $count } restore test recorded in step 9:
       *[other] The approval covers the { $count } restore tests recorded in step 9:
    }
# One line of that list, for a test with nothing recorded as to what was restored.
forms-approval-test-unnamed = Restore test
# Stands for the result of a test that has none yet.
forms-approval-test-no-result = no result recorded
# One line of that list. $test is what was restored ("Individual files"), $system the
# system's name, $date the day of the test, $result its result ("Success").
forms-approval-test = { $test }: { $result }
forms-approval-test-system = { $test }, { $system }: { $result }
forms-approval-test-date = { $test }, { $date }: { $result }
forms-approval-test-system-date = { $test }, { $system }, { $date }: { $result }
forms-approval-approver = Approver
# The approver's role in the office.
forms-approval-role = Role
forms-approval-decision = Decision
forms-approval-date = Date
forms-approval-comment = Comment
# Shown when a restore test changed after the approval.
forms-approval-approve-again = Approve the restore tests as they are now

## Step 11: reviews of the backup logs
forms-log-review-cadence = Review cadence
forms-log-review-reviewer = Reviewer
forms-log-review-entries = Reviews
forms-log-review-add = Add review
forms-log-review-empty = No reviews recorded yet.

## Step 12: the documentation
forms-documentation-version = Document version
forms-documentation-history = Revision history
forms-documentation-add = Add revision
forms-documentation-empty = No revisions recorded yet.

## Step 13: training sessions
forms-training-none = No training session planned yet.
# Heading of a session; $number is its place in the list.
forms-training-session = Session { $number }
forms-training-remove = Remove session
    .name = Remove session { $number }
forms-training-invite = Invite the staff
# The four buttons of a session. Their .numbered text is what a screen reader says of the
# buttons of the second session on; $number is the session's place in the list.
forms-training-save-invitation = Save invitation PDF...
    .numbered = Save invitation PDF... (session { $number })
forms-training-save-calendar = Save calendar file...
    .numbered = Save calendar file... (session { $number })
forms-training-copy-email = Copy e-mail text
    .numbered = Copy e-mail text (session { $number })
forms-training-open-mail = Open in mail program
    .numbered = Open in mail program (session { $number })
# A session just removed, as table-removed and table-undo.name name it ("Removed session 2.");
# $number is its place in the list, $title its title.
forms-training-removed-name = session { $number }
forms-training-removed-name-titled = session { $number } (“{ $title }”)
# The button adding a session (the window puts "➕" before it).
forms-training-add = Add training session
forms-session-title = Title
forms-session-date = Date
forms-session-start-time = Start time
# Label of a field holding a number of minutes, written after the field.
forms-session-duration = Duration
forms-session-place = Place or link
forms-session-trainer = Trainer
forms-session-trainer-email = Trainer's e-mail
forms-session-agenda = Agenda
forms-session-what-to-bring = What to bring
forms-session-attendees = Attendees
forms-session-attendees-add = Add attendee
forms-session-attendees-empty = No one invited yet.

## Step 14: the evaluation
forms-evaluation-evaluated-on = Evaluated on
forms-evaluation-backup-durations = Backup durations
forms-evaluation-success-rate = Success rate
# RTO: recovery time objective, the downtime the office accepted for a system.
forms-evaluation-restore-times = Restore times against the RTO
forms-evaluation-storage-used = Storage used
forms-evaluation-adjustments = What was adjusted
forms-evaluation-feedback = Feedback from staff
forms-evaluation-next = Next evaluation date

## The editable tables of the steps
# A backup destination of step 4 not named yet, by its place in the list.
table-destination-number = Destination { $number }
# A row not named by anything in it, inside a sentence ("Removed row 3."); $number is its place.
table-row-number = row { $number }
# A row named by what its first cell holds ($name), in quotation marks, inside a sentence.
table-quoted = “{ $name }”
# Said after a row was removed. $name names it: table-row-number, table-quoted or forms-training-removed-name.
table-removed = Removed { $name }.
# The button beside table-removed (the window puts "↩" before it). .name is what a
# screen reader says of it, $name as in table-removed.
table-undo = Undo
    .name = Put back { $name }
    .tooltip = Put it back where it was
# Said while a row out of sight holds text that is not understood. $number is the row's
# place, $name names it as table-removed does.
table-row-not-understood = row { $number } ({ $name }) holds something not understood: open its details
# The button of a row showing all its fields in a form below the table (when the table
# is too wide for the window). $number is the row's place.
table-details = Details
    .name = Details of row { $number }
    .tooltip = Show every field of this row below
    .tooltip-marked = This row holds something not understood: show every field of it below
# Heading of that form. $number is the row's place, $name names it as table-removed does.
table-details-heading = Row { $number }: { $name }
# The arrows moving a row: the text shows when hovered, .name is what a screen reader says.
table-move-up = Move up
    .name = Move row { $number } up
table-move-down = Move down
    .name = Move row { $number } down
table-remove = Remove this row (Undo puts it back)
    .name = Remove row { $number }
# What a screen reader says of a cell: $column is the column's title, $row the row's place.
table-cell-name = { $column }, row { $row }

## The fields of the forms and tables
# What a dropdown shows while nothing is chosen.
widgets-nothing-chosen = Choose...
# Said when a number field refuses what was typed. $min and $max are the range, $example
# an everyday value, all written as the language writes numbers.
widgets-problem-size-gb = Type a size in GB from { $min } to { $max }, such as { $example }
widgets-problem-percent = Type a percentage from { $min } to { $max }, such as { $example }
widgets-problem-hours = Type a number of hours from { $min } to { $max }, such as { $example }
widgets-problem-whole-minutes = Type a whole number of minutes from { $min } to { $max }, such as { $example }
widgets-problem-whole-days = Type a whole number of days from { $min } to { $max }, such as { $example }
widgets-problem-whole-months = Type a whole number of months from { $min } to { $max }, such as { $example }
# Said when a date field refuses what was typed. $first, $last and $example are dates
# written as the language writes dates; say here in words in which order a date is typed.
widgets-date-problem = Type a date from { $first } to { $last } as year-month-day, such as { $example }
# The grey hint in an empty time field: hours and minutes.
widgets-time-hint = HH:MM
widgets-time-problem = Type the time on the 24-hour clock, such as 22:30
# Said when a text field holds the most characters it takes; $most is that number, written
# as the language writes numbers.
widgets-field-full = This field is full: it holds { $most } characters, the most Backup Planner takes in one field. Anything beyond that was left out.
# Said by the add button of a full list; $most is the most rows, written as the language writes numbers.
widgets-list-full = This list holds { $most } rows, the most Backup Planner takes in one list.
# The calendar button beside a date field. .name is what a screen reader says of it;
# $field is the date field's label.
widgets-calendar = Pick from a calendar
    .name = Pick from a calendar: { $field }
# The search at the top of the list of time zones: the grey hint, and .name what a screen reader says.
widgets-time-zone-search = Type a city, e.g. Berlin
    .name = Search time zones
widgets-time-zone-none = No time zone has that in its name
# What a screen reader says of the "?" beside a term; $term is the term.
widgets-help-mark = What is meant by “{ $term }”

## The calendar beside a date field: a month at a time, the weeks from Monday.
# The month shown and its year, at the top of the calendar.
calendar-month-year = { $month } { $year }
calendar-previous-month = Previous month
calendar-next-month = Next month
# Picks today's date.
calendar-today = Today
# The months, as the top of the calendar names them.
calendar-month-1 = January
calendar-month-2 = February
calendar-month-3 = March
calendar-month-4 = April
calendar-month-5 = May
calendar-month-6 = June
calendar-month-7 = July
calendar-month-8 = August
calendar-month-9 = September
calendar-month-10 = October
calendar-month-11 = November
calendar-month-12 = December
# The days of the week, Monday first, shortened to head a column of days.
calendar-weekday-1 = Mo
calendar-weekday-2 = Tu
calendar-weekday-3 = We
calendar-weekday-4 = Th
calendar-weekday-5 = Fr
calendar-weekday-6 = Sa
calendar-weekday-7 = Su
