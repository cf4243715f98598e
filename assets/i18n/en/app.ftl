## The window's own words: menus, commands, buttons and messages.
## Write for an office manager, not for an IT specialist: plain and calm.

## The menu bar.
menu-file = File
menu-edit = Edit
menu-help = Help
menu-paper-size = Paper size
menu-language = Language
    .tooltip = The language of the window. The language of a plan's documents is chosen in its Plan details.
language-of-system = As the computer ({ $language })

## The commands of the menus, buttons and keys: the words, and .tooltip what each does.

command-new-plan = New plan
    .tooltip = Start a plan from the first step
command-open-plan = Open plan...
    .tooltip = Open a plan file you saved before
command-open-example = Open the example plan
    .tooltip = A small office's plan with every step filled in, to look around
command-save = Save
    .tooltip = Save the plan to its file
command-save-as = Save as...
    .tooltip = Save the plan to a file you choose
command-close-plan = Close plan
    .tooltip = Put the plan away and go back to the start screen
command-print-procedure = Print procedure...
    .tooltip = Make the backup procedure and print it
command-compare-with-file = Compare with another plan file...
    .tooltip = See what changed between another plan file, such as last year's, and this plan
command-export-procedure = Export procedure PDF...
    .tooltip = Save the backup procedure as a PDF file
command-save-reminders = Add reminders to calendar...
    .tooltip = Save the review, restore tests, log reviews and other recurring duties as repeating events with reminders, to open in your calendar
command-import-logs = Import backup logs...
    .tooltip = Read what the backup tools wrote (restic, Borg, a CSV) and hold the plan against it
command-quit = Quit
    .tooltip = Close Backup Planner
command-undo = Undo
    .tooltip = Take back the last change to the plan
command-redo = Redo
    .tooltip = Make the change you took back again
command-start-review = Start yearly review
    .tooltip = Walk the 14 steps again against the last approved revision
command-end-review = End review
    .tooltip = Stop reviewing; your edits stay

## Progress through the steps.
steps-complete = { $done } of { $all ->
        [one] { $all } step
       *[other] { $all } steps
    } complete

## Paper sizes.
paper-a4 = A4
paper-letter = US Letter

## Phrases.
# Text said as it is: a name a person typed, or a list of names.
phrase-verbatim = { $text }

## The plan.
# What a plan without a title is called (in the title bar, the recent list, file names).
plan-untitled = Untitled plan
