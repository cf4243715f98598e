## The wizard: the step list, the findings panel, the plan at a glance, the yearly
## review, and step 14's charts of what the backups did.

## Around every page of the wizard: the step list, Back and Next, the notes above a page.

# A step in the step list, a page's heading and a link: its number, a full stop, its
# title ("3. Determine backup frequency and retention policy").
wizard-step-numbered = { $number }. { $title }
# The first page of the wizard, before step 1: in the step list, the bar at the bottom
# and the page's heading; also the heading of its changes in a review.
wizard-plan-details = Plan details
wizard-plan-details-intro = Whose plan this is, and when it is looked at again. The date of the next review appears on the start screen, so the plan does not go stale.
# The page after step 14, in the step list and the bar at the bottom.
wizard-plan-at-a-glance = Plan at a glance
# Hover text of the red mark beside a step in the step list.
wizard-high-findings =
    { $count ->
        [one] { $count } high finding
       *[other] { $count } high findings
    }
# What a screen reader says for the red mark beside a step in the step list.
wizard-step-has-high-findings = Step { $number } has high findings
# A link's hover text or accessible name: $number is the step's number.
wizard-go-to-step = Go to step { $number }
# Where the bottom bar says the person is.
wizard-step-of = Step { $number } of { $count }
wizard-review-summary = Review summary
wizard-back = ⬅ Back
wizard-next = Next ➡
# In the bottom bar, when one field holds text the app cannot read; $problem is that
# field's own message, such as "Not a date".
wizard-field-not-understood = ⚠ A field marked in red: { $problem }
# In the bottom bar, when several fields hold text the app cannot read.
wizard-fields-not-understood =
    ⚠ { $count ->
        [one] { $count } field marked in red holds something not understood
       *[other] { $count } fields marked in red hold something not understood
    }
# Above the page, when a colleague has the plan open; $user is their user name.
wizard-read-only = Read-only: { $user } has this plan open. You can read it here; to make changes, save a copy as a new file.
wizard-save-copy = Save a copy as...
# Above the page: the recurring duties (the review, a restore test...) that are due.
wizard-due-now = Due now:
# One duty that is due: $duty is what to do ("Yearly review"), $date when it was due.
wizard-due-duty = { $duty } (due { $date })
wizard-remind-me = Remind me in my calendar...
wizard-not-now = Not now
    .tooltip = Put this note away until the plan is opened again
# Under a step's title and a finding: the controls of the standard it answers to;
# $controls is their list ("5.30 ICT readiness, 8.13 Information backup").
wizard-controls = ISO/IEC 27002:2022: { $controls }

## The adviser's findings: in a step, and in the panel on the right.

# Under a finding's details, when some are not shown.
findings-more-details = … and { $count } more
# The adviser's advice on a finding; $advice is its text.
findings-what-to-do = What to do: { $advice }
findings-heading = Findings
findings-intro = The plan's choices, checked against good practice as you edit. Click a finding to go to its step.
findings-none = ✔ Nothing to point out.
findings-not-started = Nothing to check yet: the adviser starts once step 1 lists a system.
# A heading in the findings panel: $severity is the word for how serious ("High",
# "Medium"), $count how many findings have it.
findings-severity-count = { $severity } ({ $count })
# A finding in the panel: $number is its step's number, $title the finding's title.
findings-step-finding = Step { $number }: { $title }

## Step 5's storage estimate.

# A field: the number of days between full backups, followed by findings-days.
findings-full-every = Full backup every
    .tooltip = Where step 5 has no Full schedule for a system; { $days } when empty
# The unit after the field findings-full-every.
findings-days = days
findings-saving = Saved by compression and deduplication
    .tooltip = The share of the raw size the backup program saves; { $percent }% when empty
findings-nothing-to-estimate = Nothing to estimate yet: a system needs a size (step 1), a retention for its kind of data (step 3) and a schedule here.
findings-grows = Some data is kept indefinitely: this is the need after one year, and it grows each year after.
findings-how-worked-out = How this is worked out
# Hover text of a system's backup schedule in the estimate table: $every is how often
# ("every week"); $between is "none", "differential" or "incremental".
findings-schedule =
    A full copy { $every }; { $between ->
        [none] no copies of changes between
        [differential] differential copies between
       *[incremental] incremental copies between
    }
# Hover text of the number of copies kept in the estimate table: $chains is the number
# of chains, $changes the copies of changes in each.
findings-chains =
    { $chains ->
        [one] { $chains } chain
       *[other] { $chains } chains
    }, each a full copy and { $changes ->
        [one] { $changes } copy
       *[other] { $changes } copies
    } of changes

## The plan at a glance, after step 14.

finish-heading = Your plan at a glance
# $count is the number of steps (14).
finish-all-complete = { $count ->
        [one] { $count } step is complete.
       *[other] All { $count } steps are complete.
    } Save the plan, print the procedure for the folder by the backup drive, and invite the staff to the training.
# $complete is the number of complete steps, $count the number of all steps (14).
finish-some-complete = { $complete } of { $count ->
        [one] { $count } step is complete.
       *[other] { $count } steps are complete.
    } The ones still open are listed below: each link takes you back to its step. You can save and print at any time.
finish-still-open = Still open
finish-open-step = Open this step
# Beside a step still open: $status is how far it is ("In progress"), $count its high
# findings.
finish-status-high-findings =
    { $count ->
        [one] { $status }, { $count } high finding
       *[other] { $status }, { $count } high findings
    }
finish-complete = Complete
finish-save = Save the plan
finish-save-as = Save the plan as...
finish-print = Print the procedure...
finish-export = Export the procedure as PDF...
finish-training-invitations = Training invitations
finish-no-session = No training session is planned yet.
# A link to the step of the training; $number is its number (13).
finish-plan-session = Plan one in step { $number }
# A training session without a title; $number counts the sessions from 1.
finish-session-untitled = Session { $number }
# A training session's title and date.
finish-session-on = { $title }, { $date }
finish-save-invitation = Save invitation PDF...
finish-save-calendar = Save calendar file...
finish-open-mail = Open in mail program
# What a screen reader says for a session's button: $action is the button's words
# (finish-save-invitation...), $number the session's number.
finish-session-action = { $action } (session { $number })

## The yearly review.

# How a step stands in the review, in the step list.
review-mark-to-review = To review
review-mark-confirmed = Confirmed as still valid
review-mark-changed = Changed in this review
review-mark-needs-attention = Needs attention
# The box over a step's form during a review.
review-yearly = Yearly review
# $since is "revision 3" or "the start".
review-no-changes-here = No changes since { $since }.
# $since is "revision 3" or "the start"; the changes follow.
review-changed-since = Changed since { $since }:
review-confirmed = ✔ Confirmed as still valid
review-undo-confirmation = Undo confirmation
review-confirm = Confirm: still valid
    .tooltip = This step still matches the office
# The last page of a review: in the step list and as its heading.
review-summary-and-sign-off = Review summary and sign-off
# $since is "revision 3" or "the start".
review-nothing-changed = Nothing has changed since { $since }.
# $since is "revision 3" or "the start"; the changes follow.
review-changes-since = Changes since { $since }:
# $steps is the steps' numbers ("3, 9, 10"), $count how many there are.
review-not-confirmed =
    Not yet confirmed or changed: { $count ->
        [one] step { $steps }.
       *[other] steps { $steps }.
    }
# $steps is the steps' numbers ("3, 9, 10"), $count how many there are.
review-needing-attention =
    Needing attention: { $count ->
        [one] step { $steps }.
       *[other] steps { $steps }.
    }
review-sign-off = Sign-off
review-approver = Approver
review-role = Role
review-date = Date
review-comment = Comment
# The button that ends the review; $revision is the number of the new revision.
review-sign-off-revision = Sign off revision { $revision }
    .disabled = Name the approver first

## Step 14's figures from the backup logs, and step 9's restores found in them.

evidence-heading = What the backup logs show
evidence-use-figures = Use these figures in the evaluation
    .tooltip = Fills in the success rate, the durations and the storage used from the logs
# $good of $count backups; $rate is a percentage already written as a number ("98.5").
evidence-succeeded = { $good } of { $count ->
        [one] { $count } backup
       *[other] { $count } backups
    } succeeded ({ $rate }%).
# The titles of a system's three charts.
evidence-chart-per-day = Backups per day
evidence-chart-per-week = Backups per week
evidence-chart-per-month = Backups per month
evidence-chart-longest = Longest backup (hours)
evidence-chart-size = Size of the backup (GB)
# The two kinds of bars of the first chart.
evidence-worked = Worked
evidence-failed = Failed
# A chart's summary: $percent of $count backups worked, $failed failed, the last of
# them on $date.
evidence-outcomes = { $percent }% of { $count ->
        [one] { $count } backup
       *[other] { $count } backups
    } worked; { $failed } failed, the last on { $date }.
evidence-outcomes-none-failed = { $percent }% of { $count ->
        [one] { $count } backup
       *[other] { $count } backups
    } worked; none failed.
evidence-no-backups = No backups in the logs.
# The summary of the first chart ($outcomes, one of the three above), and how many gaps
# without backups the logs show.
evidence-outcomes-gaps =
    { $outcomes } { $count ->
        [one] { $count } gap without backups.
       *[other] { $count } gaps without backups.
    }
# $usual and $longest are spans of time ("59 minutes", "2 hours").
evidence-durations = Usually { $usual }, the longest { $longest }.
evidence-no-durations = The logs do not say how long the backups took.
# $first and $last are sizes in gigabytes, already written as numbers.
evidence-sizes = From { $first } GB to { $last } GB.
evidence-no-sizes = The logs do not say the size of the backups.
# What a screen reader says for a chart: its title, the system, its summary.
evidence-chart-label = { $title }, { $system }: { $summary }
evidence-restores-found = Restores found in the backup logs
# A restore found in the logs: the system, the date, and what came of it.
evidence-restore = { $system }, { $date }: { $result }
# A restore found in the logs with how long it took: $hours is the number of hours (for
# the plural), $duration the same number as written.
evidence-restore-took =
    { $system }, { $date }, { $hours ->
        [one] { $duration } hour
       *[other] { $duration } hours
    }: { $result }
evidence-record-restore = Record as a restore test
# What a screen reader says for the button: the system and the date of the restore.
evidence-record-restore-of = Record the restore of { $system } on { $date }

# The estimate of one system in a narrow window, where its table would not fit: $system
# its name, $size its size ("40 GB"), $every how often it is backed up ("daily"), $kept
# how long ("365 days"), $copies the copies kept ("14 full + 58"), $storage the space.
findings-estimate-line = { $system }: { $size }, backed up { $every }, kept { $kept }, { $copies } copies kept, { $storage } of storage
