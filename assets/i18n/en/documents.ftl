## The documents a plan prints: the backup procedure, the training invitation, its
## calendar file and e-mail, and the calendar of recurring duties. They are written in
## the plan's document language (chosen in Plan details), which may differ from the
## window's. A variable that chooses between yes and no ($named, $dated...) is "yes"
## or "no".

## Shared by every document.

# Put where a value is missing: in a table cell, or for a name nobody typed.
doc-none = –
# A system without a name, by its place in the list of critical systems (1, 2, 3...).
doc-system-unnamed = System { $number }
# Where a row of a table names no system.
doc-no-system = no system chosen
doc-untitled-plan = Untitled plan
# A step of the workflow: $number is its number, $title its title.
doc-step = Step { $number }. { $title }
# A date and a time of day: $date written the language's way, $time as 22:30.
doc-date-time = { $date } { $time }
# A yes-or-no cell of a table.
doc-yes = Yes
doc-no = No
# Whether an option's label is written in lower case inside a sentence ("file servers",
# "financial data"): yes, or no where nouns keep their capitals (German).
doc-labels-lowercase = yes

## The backup procedure: the words its pages print around the plan's answers.

procedure-cover-kind = Backup procedure
procedure-label-revision = Revision
procedure-label-version = Document version
procedure-label-approval = Approval
procedure-label-next-review = Next review
procedure-label-printed-on = Printed on
procedure-label-comment = Comment
procedure-cover-note = This procedure follows the 14 steps of a backup workflow aligned with ISO/IEC 27002:2022. The appendix maps each step to its controls.
# At the foot of every page: $revision is the plan's revision number, $date the day
# the document was printed.
procedure-footer = Revision { $revision }, printed on { $date }
# At the foot of every page: $page is the page's number, $pages the number of pages.
procedure-page = Page { $page } of { $pages }
procedure-heading-control = Document control
procedure-no-revisions = No revisions have been recorded yet.
procedure-heading-systems = Critical systems
procedure-systems-note = RPO: the most work that may be lost, in hours since the last backup. RTO: the longest the system may be down.
procedure-no-systems = No systems have been recorded yet.
procedure-heading-duties = Who does what and when
procedure-no-duties = No duties have been assigned yet.
procedure-heading-steps = The procedure, step by step
procedure-heading-restore-tests = Restore tests
procedure-no-restore-tests = No restore tests have been recorded yet.
procedure-heading-health = Backup health
procedure-heading-findings = Open findings
procedure-heading-sign-off = Sign-off
procedure-sign-off = By signing, we confirm that this procedure describes how the office’s backups are made, checked and restored, and that we will follow it.
# Above the lines to sign on: who signs.
procedure-signature-prepared = Prepared by (responsible for backups)
procedure-signature-approved = Approved by
# Beside the lines to sign on.
procedure-signature-name = Name
procedure-signature-signature = Signature
procedure-signature-date = Date
procedure-heading-appendix = Appendix: steps and ISO/IEC 27002:2022 controls
procedure-appendix-column-step = Step
procedure-appendix-column-title = Title
procedure-appendix-column-controls = ISO/IEC 27002:2022 controls
# The heading of a step's section: $number is the step's number, $title its title.
procedure-section-heading = { $number }. { $title }
# Under a step's heading and a finding: $controls lists the controls ("8.13 Information backup, ...").
procedure-controls = ISO/IEC 27002:2022: { $controls }
# Said in a step's section when nothing is recorded for the step.
procedure-not-recorded = Nothing has been recorded for this step yet.

## The procedure's tables.

procedure-systems-column-retention = Retention
procedure-systems-column-encryption = Encryption
procedure-systems-column-rpo = RPO
procedure-systems-column-rto = RTO
# A number of hours in a table cell: $hours is a number.
procedure-hours = { $hours } h
procedure-duties-column-who = Who
procedure-duties-column-what = What
procedure-duties-column-when = When
procedure-duty-responsible = Is responsible for the backups and follows this procedure
procedure-duty-always = Always
procedure-duty-deputy = Stands in for the person responsible
procedure-duty-deputy-when = When they are away
# Who runs a backup when the plan names no tool.
procedure-duty-software = The backup software
# A schedule in the table of duties: $system is backed up; $kind is full, incremental,
# differential, not-sure or none; $label is the backup type's name in lower case.
procedure-duty-backs-up = Backs up { $system } ({ $kind ->
        [not-sure] type not known yet
        [none] backup
       *[other] { $label }
    })
# When a schedule runs: $when is how often ("Daily"), $time the time it starts (22:30).
procedure-duty-when-from = { $when }, from { $time }
# What the person checking the backups does: $method is how they check, in lower case
# ("e-mail reports from the backup software").
procedure-duty-checks = Checks that backups ran, by { $known ->
        [yes] { $method }
       *[no] looking at them
    }
procedure-duty-reads-logs = Reads the backup logs for anything unusual

## The procedure's approval.

# The approver with their role: "Margaret O'Neill (Managing partner)".
procedure-approver-role = { $approver } ({ $role })
# The state of the approval, on the cover and in step 10: $who approved (with their
# role), on $date.
procedure-approval-approved = { $dated ->
        [yes] Approved by { $who } on { $date }
       *[no] Approved by { $who }
    }
procedure-approval-outdated = { $dated ->
        [yes] Approved by { $who } on { $date }, but the restore tests have changed since: approval needed again
       *[no] Approved by { $who }, but the restore tests have changed since: approval needed again
    }
procedure-approval-changes-requested = { $dated ->
        [yes] Changes requested by { $who } on { $date }
       *[no] Changes requested by { $who }
    }
procedure-approval-rejected = { $dated ->
        [yes] Rejected by { $who } on { $date }
       *[no] Rejected by { $who }
    }
procedure-approval-none = Not approved
# The state of the approval (one of the above) as a sentence in step 10.
procedure-approval-sentence = { $approval }.
procedure-approval-comment = Comment: { $comment }

## The changes since the last approved revision, in the document control.

# $revision is the number of the last approved revision.
procedure-changes-in = Changes in revision { $revision }
procedure-changes-since = Changes since revision { $revision } (not yet approved)

## Step 1: the critical systems.

procedure-systems-count = { $count ->
        [one] The office depends on one critical system.
       *[other] The office depends on { $count } critical systems.
    }
# A system and what it is: $about lists its department, kind of data and type
# ("Accounts (Finance, financial data, servers)").
procedure-system-about = { $system } ({ $about })
# $system is the system (as above); $owner and $location are typed by the person.
procedure-system-owner = { $owned ->
        [yes] { $placed ->
            [yes] { $system } is owned by { $owner } and lives in { $location }.
           *[no] { $system } is owned by { $owner }.
        }
       *[no] { $placed ->
            [yes] { $system } has no owner named yet and lives in { $location }.
           *[no] { $system } has no owner named yet.
        }
    }
# $size is in gigabytes, $change a percentage; both are numbers.
procedure-system-size = { $changing ->
        [yes] It holds about { $size } GB, of which { $change }% changes each day.
       *[no] It holds about { $size } GB.
    }
# $hours is a number.
procedure-system-rpo = At most { $hours ->
        [one] { $hours } hour
       *[other] { $hours } hours
    } of work may be lost.
procedure-system-rto = It may be down for at most { $hours ->
        [one] { $hours } hour
       *[other] { $hours } hours
    }.
procedure-system-redundancy = Redundancy in place: { $redundancy }.

## Step 2: the backups before the plan.

procedure-assessment-unknown = Nobody knows yet how backups were made before this plan: this must be found out.
# $solution is the option chosen ("Manual copies to a USB drive").
procedure-assessment-solution = Before this plan, backups were made by: { $solution }.
# $text is what the person wrote.
procedure-assessment-works = What works: { $text }
procedure-assessment-gaps = Gaps found: { $text }
procedure-assessment-consulted = People asked: { $text }

## Step 3: how long backups are kept.

procedure-retention-unnamed-kind = Data of an unnamed kind
# $kind is a kind of data ("Financial data"), at the start of the sentence; $period is
# indefinitely, set or none; $time the period chosen ("1 year"); $reason is law,
# contract, business or none.
procedure-retention = { $period ->
        [indefinitely] { $kind } is kept indefinitely
        [none] { $kind } has no retention period set yet
       *[set] { $kind } is kept for { $time }
    }{ $reason ->
        [law] , as the law requires
        [contract] , as a contract requires
        [business] , for the office's own needs
       *[none] {""}
    }.

## Step 4: who does the backups and where the copies go.

# $who is the person responsible, $deputy the person standing in.
procedure-responsible = { $who } is responsible for the backups.
procedure-deputy-only = { $deputy } is the deputy; nobody is named as responsible yet.
procedure-responsible-and-deputy = { $who } is responsible for the backups; { $deputy } stands in when { $who } is away.
procedure-destinations-intro = Backup copies are kept in these places:
# A place backup copies go: $name as typed; $kind is on-site, off-site, offline or none;
# $location is where it is, as typed.
procedure-destination = { $name } ({ $kind ->
        [on-site] on site
        [off-site] away from the office
        [offline] offline, disconnected
       *[none] kind not chosen
    }){ $placed ->
        [yes] : { $location }
       *[no] {""}
    }
# Where a sentence or a table names a destination that has no name or was removed.
procedure-destination-unnamed = an unnamed destination
procedure-routine-intro = The routine, in order:
procedure-escalation-intro = When something goes wrong, call:
procedure-media = Backup media: { $text }

## Step 5: the backup schedules and the storage they need.

# One schedule: $system is backed up; $kind is full, incremental, differential,
# not-sure or none; $often is hourly, daily, weekly, biweekly, monthly or none;
# $start is the time it starts (22:30); $tool the program that runs it, as typed.
procedure-schedule = { $system } gets { $kind ->
        [full] a full backup
        [incremental] an incremental backup
        [differential] a differential backup
        [not-sure] a backup (of a type still to be found out)
       *[none] a backup
    }{ $often ->
        [hourly] {" "}every hour
        [daily] {" "}every day
        [weekly] {" "}every week
        [biweekly] {" "}every two weeks
        [monthly] {" "}every month
       *[none] {""}
    }{ $started ->
        [yes] , starting at { $start }
       *[no] {""}
    }{ $run ->
        [yes] , run by { $tool }
       *[no] {""}
    }.
procedure-schedule-tested = It was seen working on { $date }.
procedure-schedule-untested = It has not been seen working yet.
procedure-estimate-intro = Storage the backups need (an estimate):
# $days is a number of days; $percent a percentage.
procedure-estimate-assumed = Assumed: a full backup every { $days ->
        [one] day
       *[other] { $days } days
    } where no Full schedule is set, and { $percent }% saved by compression and deduplication.
procedure-estimate-grows = Some data is kept indefinitely: the need grows each year.

## Step 6: encryption.

# Copies at $place (a destination's name); $method is none, provider, not-sure, unset
# or other (then $label names it: "AES-256"); $scope is at-rest, in-transit, both,
# not-sure or none.
procedure-encryption = { $method ->
        [none] Copies at { $place } are not encrypted
        [provider] Copies at { $place } are encrypted by the provider
        [not-sure] Nobody knows yet whether copies at { $place } are encrypted: this must be found out
        [unset] The encryption of copies at { $place } is not recorded yet
       *[other] Copies at { $place } are encrypted with { $label }
    }{ $scope ->
        [at-rest] {" "}while stored
        [in-transit] {" "}while being sent
        [both] {" "}while stored and while being sent
        [not-sure] ; whether while stored, while being sent or both is still to be found out
       *[none] {""}
    }.
# $holder is who holds the key, $place where it is kept, as typed.
procedure-encryption-key-holder = The key is held by { $holder }.
procedure-encryption-key-holder-place = The key is held by { $holder } and kept in { $place }.
procedure-encryption-key-place = The key is kept in { $place }.
procedure-encryption-checked = Checked on { $date }.

## Step 7: the first full backups.

procedure-initial-unnamed-kind = an unnamed kind of system
# $what is a kind of system in lower case ("file servers"); $status is succeeded,
# failed, in-progress or not-started.
procedure-initial = { $status ->
        [succeeded] The first full backup of { $what } succeeded
        [failed] The first full backup of { $what } failed
        [in-progress] The first full backup of { $what } is under way
       *[not-started] The first full backup of { $what } has not started yet
    }{ $dated ->
        [yes] {" "}on { $date }
       *[no] {""}
    }.
# $hours and $size (in gigabytes) are numbers.
procedure-initial-facts = { $timed ->
        [yes] { $sized ->
            [yes] It took { $hours ->
                [one] { $hours } hour
               *[other] { $hours } hours
            } and came to { $size } GB.
           *[no] It took { $hours ->
                [one] { $hours } hour
               *[other] { $hours } hours
            }.
        }
       *[no] It came to { $size } GB.
    }
procedure-initial-lessons = Lessons learned: { $notes }

## Step 8: monitoring.

# $who checks (as typed); $often as in procedure-schedule; $method is how, in lower case.
procedure-monitoring = { $named ->
        [yes] { $who }
       *[no] Someone still to be named
    } checks that the backups ran{ $often ->
        [hourly] {" "}every hour
        [daily] {" "}every day
        [weekly] {" "}every week
        [biweekly] {" "}every two weeks
        [monthly] {" "}every month
       *[none] {""}
    }{ $known ->
        [yes] , by { $method }
       *[no] {""}
    }.
procedure-monitoring-no-errors = No backup errors are recorded.
procedure-monitoring-errors = Errors recorded and what was done:

## Step 9: restore tests.

procedure-restore-cadence = { $months ->
        [one] A restore is tested every month.
       *[other] A restore is tested every { $months } months.
    }
procedure-restore-recorded = { $count ->
        [one] One restore test is recorded; the records are in the section "{ procedure-heading-restore-tests }" below. Data is always restored to a separate place, never over the original.
       *[other] { $count } restore tests are recorded; the records are in the section "{ procedure-heading-restore-tests }" below. Data is always restored to a separate place, never over the original.
    }

## Step 11: log reviews.

# $who reviews (as typed); $often as in procedure-schedule.
procedure-log-review = { $named ->
        [yes] { $who }
       *[no] Someone still to be named
    } reads the backup logs from end to end{ $often ->
        [hourly] {" "}every hour
        [daily] {" "}every day
        [weekly] {" "}every week
        [biweekly] {" "}every two weeks
        [monthly] {" "}every month
       *[none] {""}
    }.

## Step 12: the documentation.

# $version is the document's version, as typed.
procedure-documentation-version = This is version { $version } of the procedure.
procedure-documentation-next-review = It is reviewed again by { $date }.
procedure-documentation-history = Its revision history is in the document control at the start.

## Step 13: training.

# A training session: $title as typed; $date, $time (14:00), $minutes (a number),
# $place and $trainer are each said only when known.
procedure-training-session = "{ $title }"{ $dated ->
        [yes] {" "}on { $date }
       *[no] {""}
    }{ $timed ->
        [yes] {" "}at { $time }
       *[no] {""}
    }{ $lasting ->
        [yes] {" "}for { $minutes ->
            [one] { $minutes } minute
           *[other] { $minutes } minutes
        }
       *[no] {""}
    }{ $placed ->
        [yes] , in { $place }
       *[no] {""}
    }{ $given ->
        [yes] , given by { $trainer }
       *[no] {""}
    }.
procedure-training-agenda = Agenda: { $agenda }
# $people lists people by name ("A, B and C").
procedure-training-invited = Invited: { $people }.
procedure-training-no-attendance = Attendance has not been recorded.
procedure-training-attended = Attended: { $people }.

## Step 14: evaluation.

procedure-evaluation-date = The backups were last evaluated on { $date }.
# $percent is a number.
procedure-evaluation-success = { $percent }% of backup runs succeeded.
# $size is a number of gigabytes.
procedure-evaluation-storage = The backups use { $size } GB of storage.
# $text is what the person wrote.
procedure-evaluation-durations = Backup durations: { $text }
procedure-evaluation-restore-times = Restore times against the RTO: { $text }
procedure-evaluation-adjustments = What was adjusted: { $text }
procedure-evaluation-feedback = Feedback from staff: { $text }
procedure-evaluation-next = The next evaluation is due by { $date }.

## The adviser's open findings.

# The first line of the chapter: $date is the day of the check.
procedure-findings-none = Checked on { $date }: the plan keeps to every check of good practice.
# $summary counts the findings by severity ("1 high, 3 medium").
procedure-findings-some = Checked on { $date }: { $summary }. Each is explained below with what to do; they are settled by changing the plan.
# A finding's first line: $severity is its severity ("High"), $title says what is wrong.
procedure-finding-heading = { $severity }: { $title }
# $advice says what to do about a finding.
procedure-finding-advice = What to do: { $advice }
# The last line of a finding's list when it has more lines than are printed.
procedure-finding-more = … and { $count } more

## The procedure's chapter "Backup health": what the imported backup logs show.

health-no-logs = No backup logs have been read into this plan yet, so this chapter cannot say how the backups really ran. The backup tools' logs can be imported in Backup Planner (File > Import backup logs...).
health-no-match = The backup logs read into this plan name no system of the critical systems list, so no system's backups can be judged yet.
# $date is the day the document is made.
health-intro = What the backup tools' own logs recorded, held against this plan: each system's schedule, its RPO and its RTO. As of { $date }.
# $jobs lists the names of the backup jobs no system is matched to.
health-unmatched = Not matched to a system and left out: { $jobs }.
# The labels of a system's facts, and the facts.
health-fact-last-good = Last good backup
health-last-good-none = none in the logs
# $at is the date and time of the last good backup; $since how long before the
# document's date ("9 hours"); $rpo the most the system's RPO allows ("24 hours").
health-last-good = { $at }{ $aged ->
        [yes] , { $since } before this date
       *[no] {""}
    }{ $bounded ->
        [yes] ; its RPO allows { $rpo }
       *[no] {""}
    }
health-fact-backups = Backups in the logs
# $count backups, the first on $first and the last on $last.
health-backups = { $count } from { $first } to { $last }
health-fact-succeeded = Succeeded
# $percent is a number; $good of $count backups worked.
health-succeeded = { $percent }% ({ $good } of { $count })
health-fact-failed = Failed
# $count backups failed, the last at $at; $message is what the backup tool said.
health-failed = { $said ->
        [yes] { $count }; the last on { $at }: { $message }
       *[no] { $count }; the last on { $at }
    }
health-fact-warnings = Finished with warnings
health-fact-missed = Missed
# $count gaps without a backup; the longest from $from to $to (dates and times).
health-missed = { $count ->
        [one] { $count } gap
       *[other] { $count } gaps
    } without a backup; the longest from { $from } to { $to }
health-fact-duration = How long a backup takes
# $usual and $longest are spans of time ("1 hour").
health-duration = usually { $usual }, the longest { $longest }
health-fact-size = Size of the backup
# $first and $last are numbers of gigabytes.
health-size = { $first } GB at first, { $last } GB at the last backup
health-fact-restores = Restores
# $count restores; the slowest took $slowest ("2 hours"); $rto is the RTO ("4 hours").
health-restores = { $bounded ->
        [yes] { $count }; the slowest took { $slowest }, against an RTO of { $rto }
       *[no] { $count }; the slowest took { $slowest }
    }
# Said under a system's facts.
health-verdict-fine = Nothing wrong was found in its runs.
health-verdict-rpo = Look at this system first: it has no good backup as recent as its RPO asks.
health-verdict-look = What the runs show needs a look; the open findings say what to do.
# Above a system's chart of backups: $period is day, week, month or days (then $days
# is the number of days in each bar); $first and $last are dates.
health-chart-caption = Backups per { $period ->
        [day] day
        [week] week
        [month] month
       *[days] { $days ->
            [one] { $days } day
           *[other] { $days } days
        }
    }, { $first } to { $last }
# What the top of the chart stands for.
health-chart-top = { $count ->
        [one] { $count } backup
       *[other] { $count } backups
    }
# Under the chart: $period as in health-chart-caption.
health-chart-legend = Green: backups that worked. Red: backups that failed. Grey: no backup { $period ->
        [day] that day
        [week] that week
        [month] that month
       *[days] in those days
    }.

## The training invitation: a page for each person invited.

invitation-heading = Backup Procedures Training Invitation
# The greeting: $name is the person invited.
invitation-dear = Dear { $name },
# The greeting of the page for everyone.
invitation-all-staff = To all staff,
# $title is the session's title, printed in bold.
invitation-invited = You are invited to { $title }: a short session on how the office backs up its data, and what that asks of each of us. No technical knowledge is needed.
invitation-when = When
invitation-duration = Duration
invitation-where = Where
invitation-trainer = Trainer
invitation-bring = Please bring
invitation-agenda = Agenda
invitation-cannot-come = If you cannot come, please tell the trainer so another date can be found.
# Where the session's title, place or trainer is not known yet.
invitation-to-be-announced = To be announced
invitation-date-to-be-announced = Date to be announced
# How long the session lasts: $minutes is a number.
invitation-minutes = { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }
invitation-about-an-hour = About an hour
invitation-bring-nothing = Nothing but your questions.
# When the session is: $date is a long date ("Thursday 2 April 2026"); $times is span,
# start or none; $start and $end are times (14:00); $zone is the office's time zone
# (Europe/London).
invitation-when-text = { $times ->
        [span] { $date }, { $start } to { $end }
        [start] { $date }, { $start }
       *[none] { $date }
    }{ $zoned ->
        [yes] {" "}({ $zone })
       *[no] {""}
    }
# A long date: $weekday and $month are the names below, $day and $year numbers.
invitation-long-date = { $weekday } { $day } { $month } { $year }
invitation-weekday-1 = Monday
invitation-weekday-2 = Tuesday
invitation-weekday-3 = Wednesday
invitation-weekday-4 = Thursday
invitation-weekday-5 = Friday
invitation-weekday-6 = Saturday
invitation-weekday-7 = Sunday
invitation-month-1 = January
invitation-month-2 = February
invitation-month-3 = March
invitation-month-4 = April
invitation-month-5 = May
invitation-month-6 = June
invitation-month-7 = July
invitation-month-8 = August
invitation-month-9 = September
invitation-month-10 = October
invitation-month-11 = November
invitation-month-12 = December

## The e-mail that goes with the invitation (also the description of its calendar
## event). Each message is one line of the e-mail.

# The subject: $title is the session's; $dated is date-time, date or none; $date and
# $time (14:00) are the session's.
email-subject = { $dated ->
        [date-time] Invitation: { $title } on { $date } at { $time }
        [date] Invitation: { $title } on { $date }
       *[none] Invitation: { $title }
    }
email-greeting = Hello,
email-invited = you are invited to "{ $title }": a short session on how the office backs up its data, and what that asks of each of us.
# $when is said as in invitation-when-text.
email-when = When: { $when }
email-where = Where: { $place }
email-trainer = Trainer: { $trainer }
email-bring = Please bring: { $bring }
email-agenda = Agenda:
email-calendar = The attached calendar file adds the session to your calendar.
email-regards = Best regards,
# The head of the e-mail when it is copied as text: $addresses lists e-mail addresses.
email-to-line = To: { $addresses }
email-subject-line = Subject: { $subject }

## The calendar of recurring duties (reminders), one event each.

# The calendar's name: $organisation is the office's, when known.
reminders-calendar-name = { $named ->
        [yes] Backups of { $organisation }: recurring duties
       *[no] Backups: recurring duties
    }
# An event's title: $duty is the duty (below), $organisation the office's.
reminders-summary = { $named ->
        [yes] { $duty } ({ $organisation })
       *[no] { $duty }
    }
# Under what to do: $every is how often it comes back (below); $step is the step of
# the plan it belongs to ("Step 9. Test data restoration from backup").
reminders-comes-back = It comes back { $every }. In the backup plan: { $step }.
# The category the events are filed under in the calendar.
reminders-category = Backups

## When a document cannot be made.
# Typst could not lay the document out: a fault of the program; $details is typst's own
# (English) report, for whoever looks into it.
doc-error-typeset = Could not lay out the document: { $details }
# The document's data could not be put together: a fault of the program; $details says why.
doc-error-data = Could not prepare the document's data: { $details }
# The document would be too long. $document is "procedure" or "invitation"; $chars the
# characters it would come to, $most the most a document is made of.
doc-error-too-long = { $document ->
        [invitation] The invitation
       *[procedure] The procedure
    } cannot be made: it would come to { $chars ->
        [one] { $chars } character
       *[other] some { $chars } characters
    }, where a document is made of at most { $most }. Texts it repeats make it long: a long name of a system is printed in every row about it. Shorten the longest names and texts.
doc-error-invitation-text = The invitation cannot be made: its { $pages ->
        [one] { $pages } page
       *[other] { $pages } pages
    }, one for each person invited, would hold { $chars ->
        [one] { $chars } character
       *[other] { $chars } characters
    } of text in all, where a document is made of at most { $most }. Each page repeats the session's details and agenda: shorten them, or invite fewer people with each invitation.
doc-error-invitation-lines = The invitation cannot be made: its { $pages ->
        [one] { $pages } page
       *[other] { $pages } pages
    }, one for each person invited, would print { $lines ->
        [one] { $lines } line
       *[other] { $lines } lines
    } of agenda in all, where an invitation prints at most { $most }. Each page repeats the agenda: put it on fewer lines, or invite fewer people with each invitation.
doc-error-calendar-no-time = The training session needs a date and a start time before it can go in a calendar.
# $zone is the time zone the plan names (as written in Plan details).
doc-error-calendar-time-zone = "{ $zone }" is not a time zone this program knows. Write it like Europe/London or America/New_York in Plan details.
# $date is the training's date; $first and $last the first and last dates a calendar holds.
doc-error-calendar-date = The training date { $date } is outside the years a calendar file can hold: choose a date from { $first } to { $last } in step 13.
# $minutes is how long the session lasts; $most the longest a calendar file holds (a week).
doc-error-calendar-minutes = The training session lasts { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }, longer than a calendar file of Backup Planner holds: at most { $most ->
        [one] { $most } minute
       *[other] { $most } minutes
    } (a week).
