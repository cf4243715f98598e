## The window around the steps: the start screen, the file menu's work (open, save,
## recovery, the file chooser), the print and preview dialog, the import of backup logs,
## and every question and message the window asks or gives.

## Questions and messages over the window. A message's .tooltip says what its button does.

dialog-ok = OK
# Stands for the plan's title when no plan is open, as in dialog-unsaved-text.
dialog-this-plan = This plan

## Saving failed: the reason (from the program) shows between the heading and the rest.
dialog-save-failed = Could not save the plan
dialog-save-failed-nothing-lost = Nothing is lost: the plan stays open with all its changes.
dialog-save-failed-save-as = Save as...

## Unsaved work from a run that did not close properly.
dialog-recover = Restore unsaved work?
# $title is the plan's title, $file the plan's file (or dialog-recover-not-saved-yet),
# $date and $time when the copy was written.
dialog-recover-text = Backup Planner did not close properly last time. It kept the unsaved changes to "{ $title }" ({ $file }) as they were on { $date } at { $time }.
# Stands for the file in dialog-recover-text when the plan had none.
dialog-recover-not-saved-yet = a plan not saved yet
dialog-recover-restore = Restore
dialog-recover-discard = Discard
    .tooltip = Throw the unsaved changes away for good

## Unsaved changes, before the plan is put away (closed, another opened, the app quit).
dialog-unsaved = Save your changes?
# $title is the plan's title.
dialog-unsaved-text = "{ $title }" has changes that are not saved yet.
dialog-unsaved-save = Save
dialog-unsaved-discard = Discard changes
dialog-unsaved-cancel = Cancel

## What changed between two plan files.
dialog-comparison-same = The two plans say the same.

## A plan shared with others: open somewhere else, or changed by someone else.
dialog-show-differences = Show differences
    .tooltip = What differs between the file and this window's plan
dialog-reload-theirs = Reload theirs
    .tooltip = Put your unsaved changes away and show the file's version (Undo brings yours back)

dialog-in-use = This plan is open somewhere else
# Someone has the plan open in another window of this computer. $user is their user
# name, $name the plan file's name, $date and $time since when.
dialog-in-use-here = { $user } has "{ $name }" open in another Backup Planner window on this computer, since { $date } at { $time }.
# Someone has the plan open on another computer, called $computer. $user is their user
# name, $name the plan file's name, $date and $time since when.
dialog-in-use-elsewhere = { $user } has "{ $name }" open on the computer { $computer }, since { $date } at { $time }. If Backup Planner is no longer open there (it may have closed without tidying up), open it anyway.
dialog-in-use-read-only = Open read-only
    .tooltip = Read the plan; to keep changes, save them as a new file
dialog-in-use-anyway = Open anyway
    .tooltip = Open it to change it. If you both save, the second save asks before replacing the first.
dialog-in-use-cancel = Cancel
    .tooltip = Do not open it

dialog-conflict = Someone else changed this plan
# $title is the plan's title, $path its file.
dialog-conflict-text = "{ $title }" was changed by another window, another computer or another program since you opened or last saved it. Saving now would replace their changes, so nothing was saved yet. File: { $path }
dialog-conflict-save-as = Save as a new file...
    .tooltip = Keep both: yours goes to a new file
dialog-conflict-replace = Replace their version
    .tooltip = Save yours over the file; theirs is kept as the .bak beside it
dialog-conflict-cancel = Cancel
    .tooltip = Do nothing for now

dialog-changed-on-disk = This plan was changed on disk
# $title is the plan's title; this window has unsaved changes.
dialog-changed-on-disk-unsaved = "{ $title }" was changed by someone else while it is open here, and you have unsaved changes. When you save, you will be asked before their changes are replaced.
# $title is the plan's title; this window has no unsaved changes.
dialog-changed-on-disk-saved = "{ $title }" was changed by someone else while it is open here. Reload it to see and keep working on their version.
dialog-changed-on-disk-keep-working = Keep working
    .tooltip = Carry on with your changes
dialog-changed-on-disk-reload = Reload
    .tooltip = Show the file's new version
dialog-changed-on-disk-not-now = Not now
    .tooltip = Keep this version on screen

## A document the printer did not take. $details is the system's answer, in its own words.
dialog-print-failed-procedure = The procedure could not be printed
dialog-print-failed-procedure-text =
    This computer has no printer Backup Planner can reach, and no program to show the document in for printing. Save the procedure as a PDF where you can find it (on a USB stick, or to send by e-mail), and print it from another program or computer.

    For whoever looks after your computers: { $details }
dialog-print-failed-invitation = The invitation could not be printed
dialog-print-failed-invitation-text =
    This computer has no printer Backup Planner can reach, and no program to show the document in for printing. Save the invitation as a PDF where you can find it (on a USB stick, or to send by e-mail), and print it from another program or computer.

    For whoever looks after your computers: { $details }
dialog-print-failed-save-pdf = Save as PDF...
    .tooltip = Choose where to keep the document as a PDF
dialog-print-failed-not-now = Not now
    .tooltip = Close this message

## Signing off a review while some steps were not looked at.
dialog-unreviewed = Some steps are not reviewed yet
# $steps lists the steps, each as dialog-unreviewed-step, joined with "and".
dialog-unreviewed-text = Signing off says the whole plan was looked at again this year. Not reviewed yet: { $steps }.
# One step in the list of dialog-unreviewed-text: its number and title.
dialog-unreviewed-step = { $number }. { $title }
dialog-unreviewed-go-back = Go back to the review
    .tooltip = Look at those steps first
dialog-unreviewed-sign-off = Sign off anyway
    .tooltip = Record the revision as it is

## Making documents (the procedure, a training invitation, calendar files): saved,
## printed, or why not. $path is where the file was written.

making-preparing-procedure = Preparing the procedure…
making-preparing-invitation = Preparing the invitation…
making-saved-procedure = Procedure document saved
making-saved-invitation = Invitation saved
making-saved-calendar = Calendar file saved
making-saved-as = Saved as { $path }
making-not-saved-procedure = Could not save the procedure document
making-not-saved-invitation = Could not save the invitation
making-not-saved-calendar = Could not save the calendar file
making-not-made-procedure = Could not make the procedure
making-not-made-invitation = Could not make the invitation
# $error is the system's answer, in its own words.
making-not-started = The program could not start working on it: { $error }
making-went-wrong = Something went wrong while laying it out. Your plan is unchanged; please try again.
making-print-not-made = Could not make the document to print
making-calendar-not-made = Could not make the calendar file

# The titles of the dialogs that ask where to save a document.
making-ask-procedure = Export the backup procedure
making-ask-invitation = Save the training invitation
making-ask-calendar = Save the calendar file
making-ask-reminders = Save the reminders for your calendar
# The kinds of file the save dialogs name.
making-kind-pdf = PDF document
making-kind-calendar = Calendar file
# The ends of the file names suggested: "office-procedure.pdf". Letters, digits and
# dashes only, no spaces.
making-file-procedure = procedure
making-file-invitation = invitation
making-file-calendar = training
making-file-reminders = reminders

making-sent = Sent to the printer
# $printer is the printer's name as the system calls it.
making-sent-procedure = The procedure went to the printer { $printer }. A copy is at { $path }
making-sent-procedure-default = The procedure went to the default printer. A copy is at { $path }
# $printer is the printer's name as the system calls it.
making-sent-invitation = The invitation went to the printer { $printer }. A copy is at { $path }
making-sent-invitation-default = The invitation went to the default printer. A copy is at { $path }
making-opened = Opened for printing
making-opened-procedure = The procedure opened in your PDF viewer: print it from there. The file is at { $path }
making-opened-invitation = The invitation opened in your PDF viewer: print it from there. The file is at { $path }

making-reminders-saved = Reminders saved
# $count is how many recurring duties (reviews, restore tests, ...) the file holds.
making-reminders-saved-text = Saved as { $path }. Open this file with your calendar (Thunderbird, Outlook, Apple Calendar) to add { $count ->
        [one] { $count } repeating event, with a reminder before it. Adding a newer file later updates it rather than doubling it.
       *[other] { $count } repeating events, each with a reminder before it. Adding a newer file later updates them rather than doubling them.
    }
making-reminders-not-saved = Could not save the reminders

## The print and preview dialog of a document: the options on one side, the pages as
## they will print on the other.

print-title-procedure = Print the backup procedure
print-title-procedure-pdf = Save the backup procedure as a PDF
print-title-invitation = Print the training invitation
print-title-invitation-pdf = Save the training invitation as a PDF

# $problem is why the pages could not be drawn, in the program's words.
print-no-preview = No preview: { $problem }
print-preparing-preview = Preparing the preview…
# Which page of the preview shows: $page of $count pages.
print-page-of = Page { $page } of { $count }
# What a screen reader says of the page's picture: $page of $count pages.
print-preview-of-page = Preview of page { $page } of { $count }
print-previous-page = Previous page
print-next-page = Next page
print-smaller = Smaller
print-larger = Larger
# How large the page shows; $percent is a number.
print-zoom = { $percent }%

print-printer = Printer
# The default printer in the list of printers; $printer is its name.
print-printer-default = { $printer } (default)
print-copies = Copies
print-pages = Pages
print-pages-all = All
print-pages-some = Some pages
# What a screen reader calls the field for the pages to print (such as 1-3).
print-which-pages = Which pages
print-sides = Sides
print-both-sides = Print on both sides
print-paper = Paper
# $most is the most copies one print asks for.
print-copies-wrong = Copies: a number from 1 to { $most }
print-pages-wrong = Pages: a page such as 2, or a range such as 1-3
print-pages-too-many = Pages: the document has fewer pages than that

print-print = Print
print-cancel = Cancel
print-open-in-viewer = Open in PDF viewer...
    .tooltip = Open the document in your PDF viewer, to print it from there
print-save-pdf = Save as PDF...
print-to-print = Print...
    .tooltip = Print it instead
print-save-explained = The preview shows the document as it will be saved. Choose the paper, then where to keep the file.

print-no-printer = No printer is set up on this computer.
# $why is the print system's answer, in its own words.
print-no-print-system = No print system answered on this computer. { $why }
print-no-printer-explained = You can open the document in your PDF viewer and print it from there, or save it as a PDF to print elsewhere.

## The window's title, and messages of the window itself.

# The window's title while no plan is open: the program's name.
window-title = Backup Planner
# The window's title with a plan open: $title is the plan's title, $file its file (as
# window-title-file, or window-title-not-saved).
window-title-plan = { $title } ({ $file }) - Backup Planner
# As window-title-plan, for a plan opened to read only.
window-title-plan-read-only = { $title } ({ $file }, read-only) - Backup Planner
# The plan's file in the window's title: $name the file's name, $folder the folder it is in.
window-title-file = { $name } in { $folder }
window-title-not-saved = not saved yet

window-settings-not-read = Could not read the settings
# The settings file (where the app keeps the recent plans, the chosen language and the
# window's place) is not readable RON. $line and $column say where the mistake is, $reason
# is what is wrong there in the RON reader's words (English), $path is the settings file.
window-settings-mistake = The settings file has a mistake on line { $line }, column { $column }: { $reason }. Settings file: { $path }
# $size is the settings file's size in megabytes; $path is the settings file.
window-settings-too-large = The settings file is far too large to be Backup Planner's settings ({ $size } MB). Settings file: { $path }
# After window-settings-mistake (or another reason the settings file could not be read):
# the file was renamed to $kept (a full path), so that the recent plans it lists are not
# lost when the settings are saved again.
window-settings-kept-aside = The file was kept as { $kept }, with the list of recent plans in it, and Backup Planner starts with its usual settings.
# As window-settings-kept-aside, when the file could not be renamed either: $reason is why.
window-settings-left-alone = The file was left as it is, since it could not be kept aside ({ $reason }); settings changed now are not saved, so that nothing is written over it.
window-email-copied = E-mail text copied
window-email-copied-text = Paste it into a new e-mail to the attendees.
window-mail-not-opened = Could not open the mail program
# $error is the system's answer, in its own words.
window-mail-not-opened-text = { $error }. Use Copy e-mail text and paste it into an e-mail instead.
window-open-a-plan-first = Open a plan first
window-open-a-plan-first-text = Backup logs are read into a plan: open or start one, then drop the logs again.

## The right of the menu bar: the plan's state, and the button of the findings panel.

window-save = 💾 Save
window-unsaved-changes = Unsaved changes
window-all-saved = All changes saved
# Shown when unsaved work cannot be kept aside against a crash; the reason shows on hover.
window-no-recovery-copy = ⚠ No recovery copy
# Shown when others who open the plan will not be told it is open here; the reason
# shows on hover.
window-not-locked = ⚠ Not locked
# .tooltip: $user is the user name of whoever has the plan open.
window-read-only = Read-only
    .tooltip = { $user } has this plan open. To keep changes, save them as a new file.
# The button of the findings panel when the adviser found nothing.
window-findings-none = ✔ Findings
# The button of the findings panel when some findings are serious; $count is how many
# findings there are in all.
window-findings-high = ⚠ Findings ({ $count })
# The button of the findings panel; $count is how many findings there are. .panel is
# what a screen reader calls the button; in .panel and .tooltip, $summary counts the
# findings by severity.
window-findings = Findings ({ $count })
    .panel = Findings panel: { $summary }
    .tooltip = Show or hide what the adviser found: { $summary }

## Opening, saving and comparing plan files, and plans shared with others. The reason a
## file could not be read or written shows under these headings, in the program's words.

files-not-opened = Could not open the plan
files-example-not-opened = Could not open the example plan
files-not-reloaded = Could not read the plan again
files-not-read = Could not read the plan's file
files-recent-not-saved = Could not update the list of recent plans
files-compare-not-opened = Could not open the plan to compare with
# The title of the dialog that asks where to save the plan.
files-ask-save = Save the backup plan
# The kind of file the save dialog names.
files-kind-plan = Backup plan
files-saved-with-note = Saved, with a note

# The headings of what changed between two plans. $name is the other plan's file name.
files-compare-with-file = Changes from { $name } to this plan
files-compare-with-disk = From the file on disk to this window's plan

files-read-only = This plan is open read-only
# $user is the user name of whoever has the plan open.
files-read-only-text = { $user } has this plan open, and it is open here to read only. Save it as a new file: choose another name.
files-taken = That plan is open somewhere else
# $in_use says who has the plan open, where and since when (dialog-in-use-here or
# dialog-in-use-elsewhere).
files-taken-text = { $in_use } Saving over it would take it from under them: choose another name.
# Shown on hover over "Not locked" in the menu bar; $error is the system's answer.
files-not-locked = Others who open this plan will not be told that it is open here: { $error }. A save still asks before replacing their changes.
# Shown on hover over "Not locked" in the menu bar; $user is the user name of whoever
# opened the plan.
files-lock-taken = { $user } opened this plan as it was saved, so this window holds no lock.

## Signing off the yearly review.
# $revision is the number of the revision signed off.
files-signed-off = Revision { $revision } signed off
# $date is when the next review is due.
files-signed-off-text = The review is recorded with its changes. The next review is due by { $date }. Save the plan, then print the procedure again for signatures.
files-signed-off-text-no-date = The review is recorded with its changes. The next review date is not set. Save the plan, then print the procedure again for signatures.

## Importing backup logs: the preview of what each file holds, and which system each
## backup job is taken to back up.

import-heading = Import backup logs
import-nothing-read = No backup log could be read
# $problems lists why each file could not be read, a line each, in the program's words.
import-nothing-read-text =
    { $problems }

    The plan is unchanged.
# One file read: $name its name, $runs how many backup runs it holds, $jobs of how many
# backup jobs.
import-file = { $name }: { $runs ->
        [one] { $runs } run
       *[other] { $runs } runs
    } of { $jobs ->
        [one] { $jobs } job
       *[other] { $jobs } jobs
    }
# As import-file, and $skipped lines of the file could not be read.
import-file-skipped = { $name }: { $runs ->
        [one] { $runs } run
       *[other] { $runs } runs
    } of { $jobs ->
        [one] { $jobs } job
       *[other] { $jobs } jobs
    }; { $skipped ->
        [one] { $skipped } line could not be read and was skipped
       *[other] { $skipped } lines could not be read and were skipped
    }
import-systems = Which system each job backs up
# What a screen reader calls the list of systems beside a job; $job is the backup tool
# and the job's name, such as "restic nightly".
import-system-of = System of { $job }
import-no-system = choose its system: until then its runs show nowhere
# Beside a system the program guessed for a job.
import-guess = (a guess: check it)
import-explained = Nothing changes until you press Import. The runs are kept in the plan; failures and gaps go to step 8's error log, a review of the period to step 11. Undo takes the whole import back.
import-import = Import
import-cancel = Cancel
import-done = Backup logs imported

## The program's own file chooser, shown where the system's cannot be (the heading is
## that of the dialog it stands in for).

chooser-open-plan = Open a backup plan
chooser-import-log = Import a backup log
# .tooltip: $why is the system's answer when asked for its file chooser, in its own words.
chooser-explained = The system's file chooser could not be shown on this computer, so Backup Planner offers its own: type the file's full name.
    .tooltip = What the system said: { $why }
# .hint is an example of a file's full name, shown in the empty field.
chooser-file-name = File name
    .hint = /home/you/Documents/backup-plan.ron
chooser-files = Files in this folder:
chooser-files-to-save-over = Files of this kind already in this folder (saving over one replaces it):
chooser-save = Save
chooser-open = Open
chooser-cancel = Cancel

## Copies of unsaved work, kept aside against a crash. $error is the program's reason.

recovery-unreadable = A recovery copy could not be read
# $path is where the copy was set aside.
recovery-unreadable-text = { $error } It was set aside as { $path } and will not be offered again.
# Shown on hover over "No recovery copy" in the menu bar.
recovery-not-started = Unsaved work cannot be kept aside against a crash ({ $error }); save often.
# Shown on hover over "No recovery copy" in the menu bar.
recovery-not-written = Unsaved work could not be kept aside against a crash: { $error }. Save often.
recovery-without-file = Restored without its file
recovery-without-file-text = The work is back, but this copy does not say which folder its plan file was in. Use Save as... to choose where it goes.

## The start screen: begin a plan, open one, or pick up a recent one.

# The program's name, large at the top.
start-title = Backup Planner
start-what-it-does = Plan your office's backups step by step, print the procedure, and review it once a year.
start-recent = Recent plans
start-recent-none = Plans you open or save will be listed here.
# The headings of the columns of the recent plans.
start-plan = Plan
start-file = File
start-last-saved = Last saved
start-next-review = Next review
# A recent plan: $title is its title, $organisation the office it is for.
start-plan-of = { $title } ({ $organisation })
start-open = Open this plan
# A recent plan's file that is no longer there; $file is where it was.
start-missing = { $file } (missing)
    .tooltip = This file is no longer there: it was moved, renamed or deleted.
start-forget = Forget
    .tooltip = Take it off this list; no file is touched
# When a plan was last saved: $date the day, $time the hour and minute.
start-saved-at = { $date } { $time }
# $date is when the plan's next review is due.
start-review-overdue = { $date }, review overdue
# $date is when the plan's next review is due.
start-review-soon = { $date }, review due soon
start-review-not-set = not set
