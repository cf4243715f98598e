## The 14 steps: the seed workflow's titles to the letter (in English), and what to do in
## each, for someone who is not an IT specialist.

step-identify-systems = Identify critical systems and data
    .guidance = List every system and store of data the office cannot work without: accounts, client files, e-mail, the shared drive. For each, say who owns it, where it lives, how big it is, how much data you could afford to lose (hours since the last backup) and how long you could manage without it.
step-assess-current = Assess current backup solutions
    .guidance = Write down how backups are made today, even if the answer is "not at all". Ask the people who use the systems what has worked and what has failed them. The gaps you find here are what the rest of the plan fixes.
step-frequency-retention = Determine backup frequency and retention policy
    .guidance = Decide for each kind of data how long its backups are kept, and note why: a law, a contract or a business need. Records such as invoices often must be kept for years; personal data should not be kept longer than needed. How often each system is backed up follows in step 5, guided by the data loss you accepted in step 1.
step-document-procedures = Document backup procedures
    .guidance = Name the person responsible for backups and a deputy for when they are away. List where copies go (keep at least one copy away from the office and one offline), then write the routine as short numbered instructions someone else could follow, and whom to call when something goes wrong.
step-schedules = Configure automated backup schedules
    .guidance = Set each system's backup to run by itself, at a time when it disturbs no one, and at least as often as the data loss you can accept. Then watch one run happen and note the date: a schedule nobody has seen work is only a hope.
step-encryption = Verify backup encryption methods
    .guidance = For every place backups are kept, check how the copies are encrypted and who holds the key. Keep a copy of the key somewhere safe and separate from the backups: without it, an encrypted backup cannot be restored.
step-initial-backup = Perform initial backup of critical systems
    .guidance = Run the first full backup of each kind of system and record how it went: when, how long it took, how big it was, and anything that surprised you. This first copy is the starting point every later restore builds on.
step-monitoring = Monitor backup process for errors
    .guidance = Decide who checks that backups ran, how they find out (an alert e-mail, a dashboard, a look at the tool) and how often. Every error goes in the log below with what was done about it, so that patterns show.
step-restore-tests = Test data restoration from backup
    .guidance = A backup is only proven when something has been brought back from it. Restore a few files, a database or a whole system to a separate place (never over the original), check it opens, and time it against the downtime you accepted.
step-approval = Approval: Data Restoration
    .guidance = The person accountable for the office's data looks at the restore tests of step 9 and approves them, asks for changes, or rejects them. Changing a restore test afterwards means asking for approval again.
step-log-review = Review backup logs for anomalies
    .guidance = Now and then, read the backup logs from end to end rather than waiting for an alert: look for jobs that silently did not run, backups that shrank, and error codes that keep coming back. Note each review and what followed from it.
step-documentation = Update backup documentation
    .guidance = Bring the written procedure up to date with what the earlier steps taught you, record what changed in the history, and set the date of the next review so the plan does not quietly go stale.
step-training = Conduct training for staff on backup procedures
    .guidance = Show the staff what the procedure asks of them: where to save files so they are backed up, how to ask for a restore, whom to tell when something looks wrong. Plan a session, invite everyone, and tick who came.
step-evaluation = Evaluate backup performance and adjust settings as needed
    .guidance = Look back over the period: how long backups took, how many succeeded, how fast restores were compared with what you need, and how much storage is used. Write down what you changed and when you will look again.

## How far a step has got.
step-status-not-started = Not started
step-status-in-progress = In progress
step-status-complete = Complete

## The controls of ISO/IEC 27002:2022 the steps follow, by their number.
control-5-9 = Inventory of information and other associated assets
control-5-30 = ICT readiness for business continuity
control-5-33 = Protection of records
control-5-37 = Documented operating procedures
control-6-3 = Information security awareness, education and training
control-8-10 = Information deletion
control-8-13 = Information backup
control-8-14 = Redundancy of information processing facilities
control-8-15 = Logging
control-8-16 = Monitoring activities
control-8-24 = Use of cryptography
