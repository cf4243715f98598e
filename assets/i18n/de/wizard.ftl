## The wizard: the step list, the findings panel, the plan at a glance, the yearly
## review, and step 14's charts of what the backups did.

## Around every page of the wizard: the step list, Back and Next, the notes above a page.

# A step in the step list, a page's heading and a link: its number, a full stop, its
# title ("3. Determine backup frequency and retention policy").
wizard-step-numbered = { $number }. { $title }
# The first page of the wizard, before step 1: in the step list, the bar at the bottom
# and the page's heading; also the heading of its changes in a review.
wizard-plan-details = Plandetails
wizard-plan-details-intro = Wem dieser Plan gehört und wann er wieder angesehen wird. Das Datum der nächsten Überprüfung erscheint auf der Startseite, damit der Plan nicht unbemerkt veraltet.
# The page after step 14, in the step list and the bar at the bottom.
wizard-plan-at-a-glance = Plan im Überblick
# Hover text of the red mark beside a step in the step list.
wizard-high-findings =
    { $count ->
        [one] { $count } hoch eingestufter Hinweis
       *[other] { $count } hoch eingestufte Hinweise
    }
# What a screen reader says for the red mark beside a step in the step list.
wizard-step-has-high-findings = Schritt { $number } hat hoch eingestufte Hinweise
# A link's hover text or accessible name: $number is the step's number.
wizard-go-to-step = Zu Schritt { $number } gehen
# Where the bottom bar says the person is.
wizard-step-of = Schritt { $number } von { $count }
wizard-review-summary = Zusammenfassung der Überprüfung
wizard-back = ⬅ Zurück
wizard-next = Weiter ➡
# In the bottom bar, when one field holds text the app cannot read; $problem is that
# field's own message, such as "Not a date".
wizard-field-not-understood = ⚠ Ein rot markiertes Feld: { $problem }
# In the bottom bar, when several fields hold text the app cannot read.
wizard-fields-not-understood =
    ⚠ { $count ->
        [one] { $count } rot markiertes Feld enthält eine Angabe, die nicht verstanden wird
       *[other] { $count } rot markierte Felder enthalten Angaben, die nicht verstanden werden
    }
# Above the page, when a colleague has the plan open; $user is their user name.
wizard-read-only = Schreibgeschützt: { $user } hat diesen Plan geöffnet. Sie können ihn hier lesen; um etwas zu ändern, speichern Sie eine Kopie als neue Datei.
wizard-save-copy = Kopie speichern unter...
# Above the page: the recurring duties (the review, a restore test...) that are due.
wizard-due-now = Jetzt fällig:
# One duty that is due: $duty is what to do ("Yearly review"), $date when it was due.
wizard-due-duty = { $duty } (fällig am { $date })
wizard-remind-me = Erinnerung in meinem Kalender anlegen...
wizard-not-now = Nicht jetzt
    .tooltip = Diese Meldung ausblenden, bis der Plan wieder geöffnet wird
# Under a step's title and a finding: the controls of the standard it answers to;
# $controls is their list ("5.30 ICT readiness, 8.13 Information backup").
wizard-controls = ISO/IEC 27002:2022: { $controls }

## The adviser's findings: in a step, and in the panel on the right.

# Under a finding's details, when some are not shown.
findings-more-details = … und { $count } weitere
# The adviser's advice on a finding; $advice is its text.
findings-what-to-do = Was zu tun ist: { $advice }
findings-heading = Hinweise
findings-intro = Die Entscheidungen des Plans, schon während der Bearbeitung mit bewährter Praxis abgeglichen. Klicken Sie auf einen Hinweis, um zu seinem Schritt zu gelangen.
findings-none = ✔ Nichts zu beanstanden.
findings-not-started = Noch nichts zu prüfen: Der Berater beginnt, sobald in Schritt 1 ein System eingetragen ist.
# A heading in the findings panel: $severity is the word for how serious ("High",
# "Medium"), $count how many findings have it.
findings-severity-count = { $severity } ({ $count })
# A finding in the panel: $number is its step's number, $title the finding's title.
findings-step-finding = Schritt { $number }: { $title }

## Step 5's storage estimate.

# A field: the number of days between full backups, followed by findings-days.
findings-full-every = Vollsicherung alle
    .tooltip = Gilt, wo Schritt 5 für ein System keinen Zeitplan mit der Sicherungsart „Vollständig“ hat; ohne Eingabe { $days }
# The unit after the field findings-full-every.
findings-days = Tage
findings-saving = Ersparnis durch Komprimierung und Deduplizierung
    .tooltip = Der Anteil der ursprünglichen Größe, den das Sicherungsprogramm einspart; ohne Eingabe { $percent } %
findings-nothing-to-estimate = Noch nichts zu schätzen: Ein System braucht eine Größe (Schritt 1), eine Aufbewahrungsfrist für seine Art von Daten (Schritt 3) und hier einen Zeitplan.
findings-grows = Einige Daten werden unbegrenzt aufbewahrt: Dies ist der Bedarf nach einem Jahr, und er wächst mit jedem weiteren Jahr.
findings-how-worked-out = So wird gerechnet
# Hover text of a system's backup schedule in the estimate table: $every is how often
# ("every week"); $between is "none", "differential" or "incremental".
findings-schedule =
    Eine vollständige Kopie { $every }; { $between ->
        [none] dazwischen keine Kopien der Änderungen
        [differential] dazwischen differenzielle Kopien
       *[incremental] dazwischen inkrementelle Kopien
    }
# Hover text of the number of copies kept in the estimate table: $chains is the number
# of chains, $changes the copies of changes in each.
findings-chains =
    { $chains ->
        [one] { $chains } Kette
       *[other] { $chains } Ketten
    }, jede aus einer vollständigen Kopie und { $changes ->
        [one] { $changes } Kopie
       *[other] { $changes } Kopien
    } der Änderungen

## The plan at a glance, after step 14.

finish-heading = Ihr Plan im Überblick
# $count is the number of steps (14).
finish-all-complete = { $count ->
        [one] { $count } Schritt ist erledigt.
       *[other] Alle { $count } Schritte sind erledigt.
    } Speichern Sie den Plan, drucken Sie den Sicherungsablauf für den Ordner neben dem Sicherungslaufwerk aus und laden Sie die Mitarbeitenden zur Schulung ein.
# $complete is the number of complete steps, $count the number of all steps (14).
finish-some-complete = { $complete } von { $count ->
        [one] { $count } Schritt ist erledigt.
       *[other] { $count } Schritten sind erledigt.
    } Die noch offenen sind unten aufgeführt: Jeder Link führt Sie zurück zu seinem Schritt. Sie können jederzeit speichern und drucken.
finish-still-open = Noch offen
finish-open-step = Diesen Schritt öffnen
# Beside a step still open: $status is how far it is ("In progress"), $count its high
# findings.
finish-status-high-findings =
    { $count ->
        [one] { $status }, { $count } hoch eingestufter Hinweis
       *[other] { $status }, { $count } hoch eingestufte Hinweise
    }
finish-complete = Erledigt
finish-save = Plan speichern
finish-save-as = Plan speichern unter...
finish-print = Sicherungsablauf drucken...
finish-export = Sicherungsablauf als PDF speichern...
finish-training-invitations = Einladungen zur Schulung
finish-no-session = Es ist noch keine Schulung geplant.
# A link to the step of the training; $number is its number (13).
finish-plan-session = Schulung in Schritt { $number } planen
# A training session without a title; $number counts the sessions from 1.
finish-session-untitled = Schulung { $number }
# A training session's title and date.
finish-session-on = { $title }, { $date }
finish-save-invitation = Einladung als PDF speichern...
finish-save-calendar = Kalenderdatei speichern...
finish-open-mail = Im E-Mail-Programm öffnen
# What a screen reader says for a session's button: $action is the button's words
# (finish-save-invitation...), $number the session's number.
finish-session-action = { $action } (Schulung { $number })

## The yearly review.

# How a step stands in the review, in the step list.
review-mark-to-review = Zu überprüfen
review-mark-confirmed = Als weiterhin gültig bestätigt
review-mark-changed = In dieser Überprüfung geändert
review-mark-needs-attention = Handlungsbedarf
# The box over a step's form during a review.
review-yearly = Jährliche Überprüfung
# $since is "revision 3" or "the start".
review-no-changes-here = Keine Änderungen seit { $since }.
# $since is "revision 3" or "the start"; the changes follow.
review-changed-since = Geändert seit { $since }:
review-confirmed = ✔ Als weiterhin gültig bestätigt
review-undo-confirmation = Bestätigung zurücknehmen
review-confirm = Bestätigen: weiterhin gültig
    .tooltip = Dieser Schritt passt noch zum Büro
# The last page of a review: in the step list and as its heading.
review-summary-and-sign-off = Zusammenfassung und Abzeichnen
# $since is "revision 3" or "the start".
review-nothing-changed = Seit { $since } hat sich nichts geändert.
# $since is "revision 3" or "the start"; the changes follow.
review-changes-since = Änderungen seit { $since }:
# $steps is the steps' numbers ("3, 9, 10"), $count how many there are.
review-not-confirmed =
    Noch nicht bestätigt oder geändert: { $count ->
        [one] Schritt { $steps }.
       *[other] Schritte { $steps }.
    }
# $steps is the steps' numbers ("3, 9, 10"), $count how many there are.
review-needing-attention =
    Handlungsbedarf: { $count ->
        [one] Schritt { $steps }.
       *[other] Schritte { $steps }.
    }
review-sign-off = Abzeichnen
review-approver = Abgezeichnet von
review-role = Funktion
review-date = Datum
review-comment = Kommentar
# The button that ends the review; $revision is the number of the new revision.
review-sign-off-revision = Fassung { $revision } abzeichnen
    .disabled = Tragen Sie zuerst ein, wer abzeichnet

## Step 14's figures from the backup logs, and step 9's restores found in them.

evidence-heading = Was die Sicherungsprotokolle zeigen
evidence-use-figures = Diese Zahlen für die Bewertung übernehmen
    .tooltip = Trägt die Erfolgsquote, die Dauer und den belegten Speicherplatz aus den Protokollen ein
# $good of $count backups; $rate is a percentage already written as a number ("98.5").
evidence-succeeded = { $good } von { $count ->
        [one] { $count } Sicherung
       *[other] { $count } Sicherungen
    } erfolgreich ({ $rate } %).
# The titles of a system's three charts.
evidence-chart-per-day = Sicherungen pro Tag
evidence-chart-per-week = Sicherungen pro Woche
evidence-chart-per-month = Sicherungen pro Monat
evidence-chart-longest = Längste Sicherung (Stunden)
evidence-chart-size = Größe der Sicherung (GB)
# The two kinds of bars of the first chart.
evidence-worked = Erfolgreich
evidence-failed = Fehlgeschlagen
# A chart's summary: $percent of $count backups worked, $failed failed, the last of
# them on $date.
evidence-outcomes = { $percent } % von { $count ->
        [one] { $count } Sicherung
       *[other] { $count } Sicherungen
    } erfolgreich; { $failed } fehlgeschlagen, die letzte am { $date }.
evidence-outcomes-none-failed = { $percent } % von { $count ->
        [one] { $count } Sicherung
       *[other] { $count } Sicherungen
    } erfolgreich; keine fehlgeschlagen.
evidence-no-backups = Keine Sicherungen in den Protokollen.
# The summary of the first chart ($outcomes, one of the three above), and how many gaps
# without backups the logs show.
evidence-outcomes-gaps =
    { $outcomes } { $count ->
        [one] { $count } Lücke ohne Sicherungen.
       *[other] { $count } Lücken ohne Sicherungen.
    }
# $usual and $longest are spans of time ("59 minutes", "2 hours").
evidence-durations = Üblicherweise { $usual }, am längsten { $longest }.
evidence-no-durations = Die Protokolle geben nicht an, wie lange die Sicherungen dauerten.
# $first and $last are sizes in gigabytes, already written as numbers.
evidence-sizes = Von { $first } GB bis { $last } GB.
evidence-no-sizes = Die Protokolle geben die Größe der Sicherungen nicht an.
# What a screen reader says for a chart: its title, the system, its summary.
evidence-chart-label = { $title }, { $system }: { $summary }
evidence-restores-found = In den Sicherungsprotokollen gefundene Wiederherstellungen
# A restore found in the logs: the system, the date, and what came of it.
evidence-restore = { $system }, { $date }: { $result }
# A restore found in the logs with how long it took: $hours is the number of hours (for
# the plural), $duration the same number as written.
evidence-restore-took =
    { $system }, { $date }, { $hours ->
        [one] { $duration } Stunde
       *[other] { $duration } Stunden
    }: { $result }
evidence-record-restore = Als Wiederherstellungstest eintragen
# What a screen reader says for the button: the system and the date of the restore.
evidence-record-restore-of = Die Wiederherstellung von { $system } am { $date } eintragen

# The estimate of one system in a narrow window, where its table would not fit: $system
# its name, $size its size ("40 GB"), $every how often it is backed up ("daily"), $kept
# how long ("365 days"), $copies the copies kept ("14 full + 58"), $storage the space.
findings-estimate-line = { $system }: { $size }, gesichert { $every }, aufbewahrt { $kept }, { $copies } aufbewahrte Kopien, { $storage } Speicherbedarf
