## Help: the guide inside the app, the keyboard shortcuts and About.

## The Help menu's items, which are also the titles of their windows.
help-guide = Guide
help-shortcuts = Keyboard shortcuts
help-about = About Backup Planner

## The guide. The names of menus and commands in it ("New plan", "File > Print
## procedure...", "Start yearly review") are written as the menus say them.
help-guide-intro = Backup Planner helps you plan, write down and keep up your office's backups. It does not make backups itself: it is the plan, the record and the printed procedure around them.
help-first-plan = Your first plan
help-first-plan-text = Choose New plan and walk through the 14 steps in the list on the left; a tick shows a step that is complete. When the restore tests are recorded (step 9), ask for the approval (step 10), then print the procedure (File > Print procedure...) and send the training invitations from step 13. Save the plan where the office keeps its documents.
help-review = The yearly review
help-review-text = The start screen shows each plan's next review date, overdue ones marked. Open the plan and choose Start yearly review: each step shows what was decided last time; confirm it or change it, then sign the review off. The plan gets a new revision, and the procedure can be printed again.
help-between = In between
help-between-text = Record a restore test, a log review, a training session or a backup result in its step whenever it happens. File > Import backup logs... reads what the backup tools wrote and says what went wrong; File > Add reminders to calendar... puts every recurring duty into your own calendar.
# A heading, above the title and guidance of each of the 14 steps.
help-steps = The 14 steps
help-adviser = The adviser
help-adviser-text = While you fill in the plan, the findings panel compares your choices with good practice (ISO/IEC 27002) and says in plain words what to improve, most serious first. Click a finding to go to its step. Legal retention periods are given as defaults to confirm, not as legal advice.
help-files = The files it writes
# ".ron", ".ron.bak" and ".~lock.NAME#" are the endings of the files' names: keep them
# as they are.
help-files-text = The plan is one file that ends in .ron, kept wherever you save it; the version before each save is kept beside it as .ron.bak. While a plan is open, a small file beside it (.~lock.NAME#) tells colleagues who has it open. A copy of unsaved work is kept every few seconds, so nothing is lost if the computer stops.

## The keyboard shortcuts.

# Two keys that do the same ("Ctrl+Z or Alt+Backspace").
help-keys-either = { $first } or { $second }
help-keys-text = Tab moves to the next field and Shift+Tab back; Enter opens a dropdown, and the arrow keys choose in it. In a text field, the shortcuts for Undo and Redo take back typing in that field first.

## About.

# The program's name and $version, its version number ("1.2.0").
help-about-version = Backup Planner { $version }
help-about-description = Plan, document and review a small office's backups along a 14-step workflow aligned with ISO/IEC 27002
help-licences = Licences
# The names of the licences and fonts stay as they are.
help-licences-text = Backup Planner is free software under the MIT licence or the Apache licence 2.0, at your choice. The printed documents use the Noto Sans fonts (Latin, Greek, Cyrillic, Arabic, Hebrew; copyright Google), under the SIL Open Font License 1.1. The window uses egui's fonts: Ubuntu Light (Ubuntu Font Licence 1.0), Hack (MIT and Bitstream Vera licences) and Noto Emoji (SIL Open Font License 1.1). Documents are typeset with typst (Apache 2.0). Every other library keeps its own licence, listed with the source code.
# The heading of a list of the app's own folders, each with its path beside it (in the
# guide and in About).
help-places = Where things are kept
# In place of a folder's path, when the computer has no folder for it.
help-place-not-kept = not kept: the system has no folder for it
help-place-settings = Settings and recent plans
help-place-recovery = Copies of unsaved work
help-place-print = Documents sent to print
