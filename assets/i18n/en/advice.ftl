## The adviser: each rule's title and advice, and what a finding says about the plan.

## How much a finding matters: the word, what it means (.meaning), and a count of
## findings of it (.counted, in "2 high, 1 medium").
advice-severity-high = High
    .meaning = Data could be lost or exposed: fix this first.
    .counted = { $count } high
advice-severity-medium = Medium
    .meaning = A weakness worth fixing soon.
    .counted = { $count } medium
advice-severity-low = Low
    .meaning = Good practice worth adding.
    .counted = { $count } low
# The summary of findings when there are none.
advice-summary-none = none

## Each rule: what is wrong, in one line, and (.advice) what to do about it and why.
advice-system-incomplete = Some systems lack an owner, a size or a recovery target
    .advice = Give every system an owner who answers for it, its size (for the storage estimate), the most data the office may lose and the longest it may be down: the other checks measure the schedules and restore tests against these.
advice-no-solution = The office has no backup today
    .advice = Until the schedules of step 5 run, a broken disk or a ransomware attack means the data is gone. Set up at least one automatic backup of the most important system now, and record the new solution here once it runs.
advice-manual-backups = Backups are made by hand
    .advice = Copies made by hand are forgotten in busy weeks and on holidays. Let a program make them on a schedule (step 5), and record the new solution here once it runs.
advice-current-solution-unknown = Nobody knows how the office is backed up today
    .advice = Ask whoever looks after the computers, or the IT provider, what makes the backups now, where the copies go and when one was last brought back. Until you know, plan as if there were no backup.
advice-retention-missing = Some kinds of data have no retention period
    .advice = Decide how long the backups of each kind of data the systems hold are kept, so that nobody deletes what the law needs, or keeps what it forbids. The storage estimate needs it too.
advice-retention-below-legal = Records are kept for less than the law commonly asks
    .advice = Keep the backups of these records for the period the law asks (the list offers 2, 3, 6, 7 and 10 years), or make sure the records themselves are archived elsewhere for that long and say where in the note.
advice-retention-indefinite-personal = Personal data is kept for ever
    .advice = Data about people should be kept no longer than it is needed (storage limitation). Choose a period that matches the contract or the law, and delete older copies when it passes.
advice-no-offsite = No backup copy is kept away from the office
    .advice = A fire, a flood or a burglary takes the office and every copy in it. Keep one copy off-site (the 1 in the 3-2-1 rule): a cloud backup service, or a disk taken home and swapped each week.
advice-no-offline = No offline or immutable copy
    .advice = Ransomware encrypts every backup it can reach over the network. Keep one copy it cannot reach or change (the extra 1 in the 3-2-1-1-0 rule): a disk unplugged after each backup, or cloud storage with object lock. Mark such destinations as offline or immutable.
advice-single-copy = Backups go to fewer than two places
    .advice = The 3-2-1 rule: three copies of the data (the original and two backups), on two different kinds of storage, one of them off-site. A single backup fails exactly when it is needed more often than one would think.
advice-procedure-gaps = The backup routine hangs on one person or is not written down
    .advice = Name a responsible person and a deputy, and write the routine down as short instructions, so that the backups go on when someone is ill or leaves.
advice-unscheduled-system = Some systems have no backup schedule
    .advice = A system without a schedule is only backed up when someone remembers. Add a schedule for each, at least as often as the data loss it may suffer.
advice-frequency-below-rpo = Some systems are backed up less often than their data may be lost
    .advice = The time between two backups is the most work that can be lost. Back these systems up at least as often as the maximum data loss set in step 1, or agree a larger loss with the owner and change it there.
advice-schedule-untested = Some schedules have not been seen to run
    .advice = Watch each new schedule run once, check the result, and note the date: a schedule nobody has seen work may never have run.
advice-backup-type-unknown = Nobody knows what some backups copy
    .advice = Look in the backup program, or ask whoever set it up, whether each run copies everything (full) or only what changed (incremental or differential). A restore works differently for each, and the storage estimate counts an unknown type as full, which may be far more room than is needed.
advice-encryption-none = Client, financial or staff data is backed up without encryption
    .advice = Anyone who finds, steals or is sent a copy can read it. Turn on the backup program's encryption with AES-256, and keep the key (or its recovery copy) somewhere safe away from the backups.
advice-encryption-rsa = RSA is named as the backup cipher
    .advice = RSA only protects keys; the data itself is encrypted with a symmetric cipher. Check in the backup program which one it uses for the data (AES-256 is the usual choice) and record that.
advice-encryption-blowfish = Blowfish encrypts the backups
    .advice = Blowfish works on 64-bit blocks, which becomes unsafe once gigabytes are encrypted under one key, as backups are. Switch to AES-256.
advice-encryption-unknown = Nobody knows yet how some backups are encrypted
    .advice = Ask whoever set the destination up, or the provider (its website or support can tell you), whether the copies are encrypted, how, whether while stored, while being sent or both, and who holds the key. Then record the answer here.
advice-encryption-by-provider = The provider encrypts some copies, but nobody is named as holding the key
    .advice = Ask the provider to confirm in writing how the copies are encrypted and who holds the key. If only the provider does, its staff (or anyone who breaks in there) could read the data; if the office does, losing the key loses the backups. Record the key holder here.
advice-encryption-unchecked = Some encryption has not been checked in the last 12 months
    .advice = Once a year, check that each destination's copies are still encrypted and that the key is where the plan says: try to open a copy with it.
advice-encryption-unrecorded = Some backup destinations have no encryption record
    .advice = Check how the copies in each destination are encrypted and who holds the key, and record it here.
advice-no-monitoring = Nobody is set to watch the backups
    .advice = Backups fail quietly: a full disk, an expired password, a changed folder. Name who checks the results, how they learn of a failure (an alert e-mail is easiest) and how often they look.
advice-restore-test-missing = No restore test is recorded
    .advice = A backup is only as good as the restore. Bring back a file, a database or a whole system to a spare place (never over the original), check it opens, and record how long it took.
advice-restore-test-stale = The last restore test is more than 12 months old
    .advice = Systems, programs and people change in a year. Test a restore again, at least once a year and after every big change.
advice-restore-untested-systems = Some systems have not had a restore test in the last 12 months
    .advice = Each critical system restores differently. Test each of them at least once a year, starting with the one the office needs back first.
advice-restore-failed = The last restore test of some systems did not fully succeed
    .advice = Find out what went wrong, fix it, and test again until the restore succeeds: until then, the office cannot count on these backups.
advice-restore-slower-than-rto = A restore took longer than the system may be down
    .advice = When the real day comes, the office would be without these systems for longer than it can bear. Make the restore faster (a local copy, a spare machine, a practised routine), or agree a longer downtime with the owner in step 1.
advice-not-approved = The restore tests are not approved
    .advice = Ask the person who answers for the office (a partner, the director) to look at the restore tests and approve them, so that the plan is known and backed at the top.
advice-evaluation-overdue = The evaluation of the backups is overdue
    .advice = Look at how the backups did since the last evaluation: how long they took, how often they failed, how fast restores were, how full the storage is. Adjust what needs it and set the next date.
advice-training-stale = No staff training in the last 12 months
    .advice = People who know where to save files, how to ask for a restore and what a suspicious e-mail looks like prevent most data loss. Hold a short session at least once a year.
advice-runs-beyond-rpo = The backup logs show no good backup within the time the office can afford to lose
    .advice = The last backup that worked is older than the system's maximum data loss (step 1): a failure now would lose more work than the office said it could redo. Find out why the backups stopped or fail (the error log of step 8 lists what the logs said), run one by hand, and import the new log to check.
advice-runs-failed = Backups failed, as the backup logs show
    .advice = Each failed run is in step 8's error log with the tool's own words. Write down what was done about it; if the same error comes back, ask whoever set the backup up, with the error text.
advice-runs-missed = Backups did not run as often as step 5 plans
    .advice = The logs have gaps longer than the schedule allows: the computer was off, the job was paused, or the tool stopped without a word. Check that the job is on and runs at a time the computer is on, or change the schedule to what really happens.
advice-runs-size-changed = A backup was much smaller than usual, or far more data changed than usual
    .advice = A backup that shrinks by half may have left a folder out; a sudden flood of changed data is what ransomware encrypting files looks like. Look at the system now: are the files there and readable? Keep the older backups until you know.
advice-runs-restore-slow = A restore took longer than the system may be down
    .advice = Bringing the system back took longer than its maximum downtime (step 1). Find what was slow (the download, the size, finding the key), or agree a longer downtime with whoever depends on the system.

## The lines of a finding, naming what is concerned.
# A system without a name, by its place in the list.
advice-system-number = System { $number }
advice-no-system-chosen = No system chosen
advice-removed-system = A removed system
# A schedule: its system, and how often it runs in lower case ("Accounts, daily").
advice-schedule-name = { $system }, { $frequency }
advice-a-destination = A destination
advice-destination-number = Destination { $number }
# Sizes of backups: $size is a number.
advice-size-tb = { $size } TB
advice-size-gb = { $size } GB
advice-size-mb = { $size } MB
advice-size-kb = { $size } KB
advice-size-bytes = { $size ->
        [one] { $size } byte
       *[other] { $size } bytes
    }
# Up to four names, then how many more: "A, B, C, D and 12 more".
advice-names-and-more = { $names } and { $more } more
advice-hours = { $hours ->
    [one] { $hours } hour
   *[other] { $hours } hours
}
advice-under-a-minute = under a minute
advice-minutes = { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}
advice-days = { $days ->
    [one] { $days } day
   *[other] { $days } days
}
# What a system lacks, in "Accounts: no owner and size".
advice-missing-owner = owner
advice-missing-size = size
advice-missing-max-data-loss = maximum data loss
advice-missing-max-downtime = maximum downtime
advice-system-incomplete-line = { $name }: no { $missing }
# $kind is a kind of data, $names the systems that hold it.
advice-retention-missing-line = { $kind }, held by { $names }
# $kind a kind of data, $period how long it is kept, $where "in Germany", $years the
# legal period, $source the law, $choose the period of the list to choose instead.
advice-retention-below-legal-line = { $kind }: kept for { $period }; the common minimum { $where } is { $years ->
        [one] 1 year
       *[other] { $years } years
    } ({ $source }): choose { $choose }
advice-kept-indefinitely = { $kind }: kept indefinitely
advice-kept-indefinitely-staff = { $kind }: kept indefinitely, and Human Resources keeps staff records of this kind
advice-no-responsible = No responsible person is named
advice-no-deputy = No deputy is named
advice-no-instructions = The routine has no written instructions
# $frequency is how often in lower case ("weekly"); $every and $rpo are spans of hours.
advice-frequency-below-rpo-line = { $name }: backed up { $frequency } (every { $every }), but at most { $rpo } of data may be lost
# $place is a backup destination.
advice-not-encrypted = { $place }: not encrypted
advice-data-at-risk = The data at risk: { $names }
advice-encryption-unknown-line = { $place }: whether its copies are encrypted
advice-encryption-scope-unknown-line = { $place }: whether the copies are encrypted while stored, while being sent, or both
advice-no-key-holder = { $place }: no key holder recorded
advice-last-checked = { $place }: last checked on { $date }
advice-not-checked = { $place }: not checked yet
advice-no-checker = No one is named to check the backups
advice-no-monitor-method = How failures are noticed is not recorded
advice-no-check-interval = How often the results are checked is not recorded
advice-last-test = Last test: { $date }
advice-restore-partly = { $name }: partly restored on { $date }
advice-restore-failed-line = { $name }: failed on { $date }
# $took and $rto are spans of hours.
advice-restore-slower-line = { $name }: the restore took { $took }, but it may be down for at most { $rto }
advice-was-due = It was due on { $date }
advice-no-session-yet = No session has taken place yet
advice-last-session = Last session: { $date }

## Lines from the backup logs.
# $last is a date and time, $ago how long ago ("3 days"), $rpo a span of hours.
advice-runs-beyond-rpo-line = { $name }: last good backup { $last }, { $ago } ago; it may lose at most { $rpo }
advice-runs-no-good-backup = { $name }: no good backup in the logs; it may lose at most { $rpo }
# $failed of $runs backups failed; $date the last failure.
advice-runs-failed-line = { $name }: { $failed } of { $runs ->
        [one] { $runs } run
       *[other] { $runs } runs
    } failed, the last on { $date }
# The same, with the backup tool's own words ($words) about the last failure.
advice-runs-failed-line-saying = { $name }: { $failed } of { $runs ->
        [one] { $runs } run
       *[other] { $runs } runs
    } failed, the last on { $date }: { $words }
# $from and $to are dates with times.
advice-runs-missed-line = { $name }: { $gaps ->
        [one] 1 gap
       *[other] { $gaps } gaps
    }, the last from { $from } to { $to }
# A backup much smaller than usual ($size on $date against $usual).
advice-size-shrunk = { $size } on { $date } against { $usual } usually
# Much more data changed than usual.
advice-size-surge = { $size } changed on { $date } against { $usual } usually
advice-size-changed-line = { $name }: { $change }
advice-size-changed-both = { $name }: { $shrunk }; { $surge }
# $took is how long the restore took, $rto the longest the system may be down.
advice-runs-restore-slow-line = { $name }: { $took } against at most { $rto }

## Where the plan's approval stands.
approval-state-not-decided = Not decided yet
approval-state-approved = Approved
approval-state-outdated = Approval outdated: restore tests changed since
approval-state-changes-requested = Changes requested
approval-state-rejected = Rejected

## The periods the law commonly asks records to be kept, by country: a default to
## confirm, not legal advice. Each names the law and what it asks.
advice-legal-note = The legal periods are common minimums for the country chosen in Plan details, given as a starting point to confirm with your accountant or lawyer; they are not legal advice. They apply to the records themselves: where the records are archived elsewhere for that long, a shorter backup retention can be right.
advice-in-united-kingdom = in the United Kingdom
advice-in-germany = in Germany
advice-in-austria = in Austria
advice-in-switzerland = in Switzerland
advice-in-france = in France
advice-in-spain = in Spain
advice-in-united-states = in the United States
advice-in-most-countries = in most countries
advice-legal-uk-financial = Companies Act 2006 s.388 (3 years for a private company, 6 for a public one); HMRC asks for 6 years of business and VAT records
advice-legal-uk-compliance = Limitation Act 1980: most claims can be brought for 6 years; HMRC asks for 3 years of payroll records
advice-legal-de-financial = § 257 HGB and § 147 AO: books, inventories and annual accounts 10 years (accounting vouchers 8 years since 2025)
advice-legal-de-compliance = § 257 HGB and § 147 AO: business letters and other records that matter for tax 6 years
advice-legal-at-financial = § 132 BAO and § 212 UGB: books, records and vouchers 7 years from the end of the year
advice-legal-at-compliance = § 132 BAO: business papers that matter for tax 7 years
advice-legal-ch-financial = Art. 958f OR (Code of Obligations): account books, vouchers, annual report and audit report 10 years
advice-legal-ch-compliance = Art. 958f OR: records that serve as vouchers 10 years; Art. 127 OR: most claims can be brought for 10 years
advice-legal-fr-financial = Code de commerce art. L123-22: accounting documents and vouchers 10 years; Livre des procédures fiscales art. L102 B: 6 years for tax
advice-legal-fr-compliance = Livre des procédures fiscales art. L102 B: records that matter for tax 6 years; Code du travail art. L3243-4: payslips 5 years
advice-legal-es-financial = Código de Comercio art. 30: books, correspondence and vouchers 6 years from the last entry
advice-legal-es-compliance = Ley General Tributaria art. 66: tax can be reviewed for 4 years; labour and social security records 4 years (LISOS art. 21)
advice-legal-us-financial = IRS Publication 583: 3 to 7 years depending on the case; 7 years covers them all
advice-legal-us-compliance = IRS: employment tax records at least 4 years; FLSA: payroll records 3 years
advice-legal-other-financial = Most countries ask for 5 to 10 years of accounting records
advice-legal-other-compliance = Depends on the rule that applies; 5 years is a common floor
