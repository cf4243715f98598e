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
doc-no-system = kein System ausgewählt
doc-untitled-plan = Unbenannter Plan
# A step of the workflow: $number is its number, $title its title.
doc-step = Schritt { $number }. { $title }
# A date and a time of day: $date written the language's way, $time as 22:30.
doc-date-time = { $date } { $time }
# A yes-or-no cell of a table.
doc-yes = Ja
doc-no = Nein
# Whether an option's label is written in lower case inside a sentence ("file servers",
# "financial data"): yes, or no where nouns keep their capitals (German).
doc-labels-lowercase = no

## The backup procedure: the words its pages print around the plan's answers.

procedure-cover-kind = Sicherungsablauf
procedure-label-revision = Fassung
procedure-label-version = Dokumentversion
procedure-label-approval = Freigabe
procedure-label-next-review = Nächste Überprüfung
procedure-label-printed-on = Gedruckt am
procedure-label-comment = Kommentar
procedure-cover-note = Dieser Sicherungsablauf folgt den 14 Schritten eines an ISO/IEC 27002:2022 ausgerichteten Sicherungsprozesses. Der Anhang ordnet jedem Schritt seine Maßnahmen zu.
# At the foot of every page: $revision is the plan's revision number, $date the day
# the document was printed.
procedure-footer = Fassung { $revision }, gedruckt am { $date }
# At the foot of every page: $page is the page's number, $pages the number of pages.
procedure-page = Seite { $page } von { $pages }
procedure-heading-control = Angaben zum Dokument
procedure-no-revisions = Es sind noch keine Änderungen im Änderungsverlauf eingetragen.
procedure-heading-systems = Kritische Systeme
procedure-systems-note = RPO (maximaler Datenverlust): wie viele Stunden Arbeit seit der letzten Sicherung höchstens verloren gehen dürfen. RTO (maximale Ausfallzeit): wie lange das System höchstens ausfallen darf.
procedure-no-systems = Es sind noch keine Systeme eingetragen.
procedure-heading-duties = Wer was wann tut
procedure-no-duties = Es sind noch keine Aufgaben verteilt.
procedure-heading-steps = Der Ablauf, Schritt für Schritt
procedure-heading-restore-tests = Wiederherstellungstests
procedure-no-restore-tests = Es sind noch keine Wiederherstellungstests eingetragen.
procedure-heading-health = Zustand der Sicherungen
procedure-heading-findings = Offene Hinweise
procedure-heading-sign-off = Unterschriften
procedure-sign-off = Mit unserer Unterschrift bestätigen wir, dass dieser Sicherungsablauf beschreibt, wie die Sicherungen des Büros erstellt, geprüft und wiederhergestellt werden, und dass wir ihn befolgen.
# Above the lines to sign on: who signs.
procedure-signature-prepared = Erstellt von (verantwortlich für die Sicherungen)
procedure-signature-approved = Freigegeben von
# Beside the lines to sign on.
procedure-signature-name = Name
procedure-signature-signature = Unterschrift
procedure-signature-date = Datum
procedure-heading-appendix = Anhang: Schritte und Maßnahmen nach ISO/IEC 27002:2022
procedure-appendix-column-step = Schritt
procedure-appendix-column-title = Titel
procedure-appendix-column-controls = Maßnahmen nach ISO/IEC 27002:2022
# The heading of a step's section: $number is the step's number, $title its title.
procedure-section-heading = { $number }. { $title }
# Under a step's heading and a finding: $controls lists the controls ("8.13 Information backup, ...").
procedure-controls = ISO/IEC 27002:2022: { $controls }
# Said in a step's section when nothing is recorded for the step.
procedure-not-recorded = Für diesen Schritt ist noch nichts eingetragen.

## The procedure's tables.

procedure-systems-column-retention = Aufbewahrung
procedure-systems-column-encryption = Verschlüsselung
procedure-systems-column-rpo = RPO
procedure-systems-column-rto = RTO
# A number of hours in a table cell: $hours is a number.
procedure-hours = { $hours } h
procedure-duties-column-who = Wer
procedure-duties-column-what = Was
procedure-duties-column-when = Wann
procedure-duty-responsible = Ist für die Sicherungen verantwortlich und befolgt diesen Ablauf
procedure-duty-always = Immer
procedure-duty-deputy = Vertritt die verantwortliche Person
procedure-duty-deputy-when = Bei deren Abwesenheit
# Who runs a backup when the plan names no tool.
procedure-duty-software = Das Sicherungsprogramm
# A schedule in the table of duties: $system is backed up; $kind is full, incremental,
# differential, not-sure or none; $label is the backup type's name in lower case.
procedure-duty-backs-up = Sichert { $system } ({ $kind ->
        [full] Vollsicherung
        [incremental] inkrementell
        [differential] differenziell
        [not-sure] Sicherungsart noch unbekannt
        [none] Sicherungsart nicht angegeben
       *[other] { $label }
    })
# When a schedule runs: $when is how often ("Daily"), $time the time it starts (22:30).
procedure-duty-when-from = { $when }, ab { $time } Uhr
# What the person checking the backups does: $method is how they check, in lower case
# ("e-mail reports from the backup software").
procedure-duty-checks = { $known ->
        [yes] Prüft, ob die Sicherungen gelaufen sind (Art der Prüfung: { $method })
       *[no] Prüft durch Nachsehen, ob die Sicherungen gelaufen sind
    }
procedure-duty-reads-logs = Liest die Sicherungsprotokolle und achtet auf Auffälligkeiten

## The procedure's approval.

# The approver with their role: "Margaret O'Neill (Managing partner)".
procedure-approver-role = { $approver } ({ $role })
# The state of the approval, on the cover and in step 10: $who approved (with their
# role), on $date.
procedure-approval-approved = { $dated ->
        [yes] Freigegeben von { $who } am { $date }
       *[no] Freigegeben von { $who }
    }
procedure-approval-outdated = { $dated ->
        [yes] Freigegeben von { $who } am { $date }, aber die Wiederherstellungstests wurden seither geändert: erneute Freigabe nötig
       *[no] Freigegeben von { $who }, aber die Wiederherstellungstests wurden seither geändert: erneute Freigabe nötig
    }
procedure-approval-changes-requested = { $dated ->
        [yes] Änderungen angefordert von { $who } am { $date }
       *[no] Änderungen angefordert von { $who }
    }
procedure-approval-rejected = { $dated ->
        [yes] Abgelehnt von { $who } am { $date }
       *[no] Abgelehnt von { $who }
    }
procedure-approval-none = Nicht freigegeben
# The state of the approval (one of the above) as a sentence in step 10.
procedure-approval-sentence = { $approval }.
procedure-approval-comment = Kommentar: { $comment }

## The changes since the last approved revision, in the document control.

# $revision is the number of the last approved revision.
procedure-changes-in = Änderungen in Fassung { $revision }
procedure-changes-since = Änderungen seit Fassung { $revision } (noch nicht abgezeichnet)

## Step 1: the critical systems.

procedure-systems-count = { $count ->
        [one] Das Büro ist auf { $count } kritisches System angewiesen.
       *[other] Das Büro ist auf { $count } kritische Systeme angewiesen.
    }
# A system and what it is: $about lists its department, kind of data and type
# ("Accounts (Finance, financial data, servers)").
procedure-system-about = { $system } ({ $about })
# $system is the system (as above); $owner and $location are typed by the person.
procedure-system-owner = { $owned ->
        [yes] { $placed ->
            [yes] Für { $system } ist { $owner } zuständig; Standort: { $location }.
           *[no] Für { $system } ist { $owner } zuständig.
        }
       *[no] { $placed ->
            [yes] Für { $system } ist noch keine zuständige Person benannt; Standort: { $location }.
           *[no] Für { $system } ist noch keine zuständige Person benannt.
        }
    }
# $size is in gigabytes, $change a percentage; both are numbers.
procedure-system-size = { $changing ->
        [yes] Das System umfasst etwa { $size } GB, davon ändern sich täglich { $change } %.
       *[no] Das System umfasst etwa { $size } GB.
    }
# $hours is a number.
procedure-system-rpo = { $hours ->
        [one] Höchstens { $hours } Stunde Arbeit darf verloren gehen.
       *[other] Höchstens { $hours } Stunden Arbeit dürfen verloren gehen.
    }
procedure-system-rto = { $hours ->
        [one] Das System darf höchstens { $hours } Stunde ausfallen.
       *[other] Das System darf höchstens { $hours } Stunden ausfallen.
    }
procedure-system-redundancy = Vorhandene Redundanz: { $redundancy }.

## Step 2: the backups before the plan.

procedure-assessment-unknown = Bisher weiß niemand, wie vor diesem Plan gesichert wurde: Das muss noch herausgefunden werden.
# $solution is the option chosen ("Manual copies to a USB drive").
procedure-assessment-solution = Sicherungslösung vor diesem Plan: { $solution }.
# $text is what the person wrote.
procedure-assessment-works = Was funktioniert: { $text }
procedure-assessment-gaps = Gefundene Lücken: { $text }
procedure-assessment-consulted = Befragte Personen: { $text }

## Step 3: how long backups are kept.

procedure-retention-unnamed-kind = Daten einer unbenannten Art
# $kind is a kind of data ("Financial data"), at the start of the sentence; $period is
# indefinitely, set or none; $time the period chosen ("1 year"); $reason is law,
# contract, business or none.
procedure-retention = { $period ->
        [indefinitely] Für { $kind } ist die Aufbewahrung unbegrenzt
        [none] Für { $kind } ist noch keine Aufbewahrungsfrist festgelegt
       *[set] Für { $kind } beträgt die Aufbewahrungsfrist { $time }
    }{ $reason ->
        [law] , wie es das Gesetz verlangt
        [contract] , wie es ein Vertrag verlangt
        [business] , für den eigenen Bedarf des Büros
       *[none] {""}
    }.

## Step 4: who does the backups and where the copies go.

# $who is the person responsible, $deputy the person standing in.
procedure-responsible = { $who } ist für die Sicherungen verantwortlich.
procedure-deputy-only = { $deputy } ist die Vertretung; eine verantwortliche Person ist noch nicht benannt.
procedure-responsible-and-deputy = { $who } ist für die Sicherungen verantwortlich; { $deputy } übernimmt die Vertretung, wenn { $who } abwesend ist.
procedure-destinations-intro = Die Sicherungskopien werden an diesen Orten aufbewahrt:
# A place backup copies go: $name as typed; $kind is on-site, off-site, offline or none;
# $location is where it is, as typed.
procedure-destination = { $name } ({ $kind ->
        [on-site] vor Ort
        [off-site] außer Haus
        [offline] offline, vom Netz getrennt
       *[none] Art nicht gewählt
    }){ $placed ->
        [yes] : { $location }
       *[no] {""}
    }
# Where a sentence or a table names a destination that has no name or was removed.
procedure-destination-unnamed = ohne Namen
procedure-routine-intro = Der Ablauf, der Reihe nach:
procedure-escalation-intro = Wenn etwas schiefgeht, wenden Sie sich an:
procedure-media = Sicherungsmedien: { $text }

## Step 5: the backup schedules and the storage they need.

# One schedule: $system is backed up; $kind is full, incremental, differential,
# not-sure or none; $often is hourly, daily, weekly, biweekly, monthly or none;
# $start is the time it starts (22:30); $tool the program that runs it, as typed.
procedure-schedule = { $system } erhält{ $often ->
        [hourly] {" "}stündlich
        [daily] {" "}täglich
        [weekly] {" "}wöchentlich
        [biweekly] {" "}alle zwei Wochen
        [monthly] {" "}monatlich
       *[none] {""}
    }{ $kind ->
        [full] {" "}eine Vollsicherung
        [incremental] {" "}eine inkrementelle Sicherung
        [differential] {" "}eine differenzielle Sicherung
        [not-sure] {" "}eine Sicherung (deren Art noch herauszufinden ist)
       *[none] {" "}eine Sicherung
    }{ $started ->
        [yes] , Beginn um { $start } Uhr
       *[no] {""}
    }{ $run ->
        [yes] , ausgeführt von { $tool }
       *[no] {""}
    }.
procedure-schedule-tested = Dieser Zeitplan hat am { $date } nachweislich funktioniert.
procedure-schedule-untested = Noch niemand hat gesehen, dass dieser Zeitplan funktioniert.
procedure-estimate-intro = Speicherbedarf der Sicherungen (eine Schätzung):
# $days is a number of days; $percent a percentage.
procedure-estimate-assumed = Angenommen wird eine Vollsicherung { $days ->
        [one] jeden Tag
       *[other] alle { $days } Tage
    }, wo kein Zeitplan mit der Sicherungsart „Vollständig“ festgelegt ist, und eine Ersparnis von { $percent } % durch Komprimierung und Deduplizierung.
procedure-estimate-grows = Einige Daten werden unbegrenzt aufbewahrt: Der Bedarf wächst jedes Jahr.

## Step 6: encryption.

# Copies at $place (a destination's name); $method is none, provider, not-sure, unset
# or other (then $label names it: "AES-256"); $scope is at-rest, in-transit, both,
# not-sure or none.
procedure-encryption = { $method ->
        [none] Die Kopien am Speicherort { $place } sind nicht verschlüsselt
        [provider] Die Kopien am Speicherort { $place } werden vom Anbieter verschlüsselt
        [not-sure] Bisher weiß niemand, ob die Kopien am Speicherort { $place } verschlüsselt sind: Das muss noch herausgefunden werden
        [unset] Die Verschlüsselung der Kopien am Speicherort { $place } ist noch nicht eingetragen
       *[other] Die Kopien am Speicherort { $place } werden mit { $label } verschlüsselt
    }{ $scope ->
        [at-rest] , und zwar bei der Speicherung
        [in-transit] , und zwar bei der Übertragung
        [both] , und zwar bei der Speicherung und bei der Übertragung
        [not-sure] ; ob bei der Speicherung, bei der Übertragung oder bei beidem, ist noch herauszufinden
       *[none] {""}
    }.
# $holder is who holds the key, $place where it is kept, as typed.
procedure-encryption-key-holder = Den Schlüssel hat { $holder }.
procedure-encryption-key-holder-place = Den Schlüssel hat { $holder }; aufbewahrt wird er hier: { $place }.
procedure-encryption-key-place = Der Schlüssel wird hier aufbewahrt: { $place }.
procedure-encryption-checked = Geprüft am { $date }.

## Step 7: the first full backups.

procedure-initial-unnamed-kind = eine unbenannte Systemart
# $what is a kind of system in lower case ("file servers"); $status is succeeded,
# failed, in-progress or not-started.
procedure-initial = { $status ->
        [succeeded] Die erste Vollsicherung für { $what } war{ $dated ->
            [yes] {" "}am { $date }
           *[no] {""}
        } erfolgreich
        [failed] Die erste Vollsicherung für { $what } ist{ $dated ->
            [yes] {" "}am { $date }
           *[no] {""}
        } fehlgeschlagen
        [in-progress] Die erste Vollsicherung für { $what } läuft{ $dated ->
            [yes] {" "}seit dem { $date }
           *[no] {""}
        }
       *[not-started] Die erste Vollsicherung für { $what } hat noch nicht begonnen{ $dated ->
            [yes] {" "}(Datum: { $date })
           *[no] {""}
        }
    }.
# $hours and $size (in gigabytes) are numbers.
procedure-initial-facts = { $timed ->
        [yes] { $sized ->
            [yes] { $hours ->
                [one] Sie dauerte { $hours } Stunde und umfasste { $size } GB.
               *[other] Sie dauerte { $hours } Stunden und umfasste { $size } GB.
            }
           *[no] { $hours ->
                [one] Sie dauerte { $hours } Stunde.
               *[other] Sie dauerte { $hours } Stunden.
            }
        }
       *[no] Sie umfasste { $size } GB.
    }
procedure-initial-lessons = Erkenntnisse: { $notes }

## Step 8: monitoring.

# $who checks (as typed); $often as in procedure-schedule; $method is how, in lower case.
procedure-monitoring = { $named ->
        [yes] { $who }
       *[no] Eine noch zu benennende Person
    } prüft{ $often ->
        [hourly] {" "}stündlich
        [daily] {" "}täglich
        [weekly] {" "}wöchentlich
        [biweekly] {" "}alle zwei Wochen
        [monthly] {" "}monatlich
       *[none] {""}
    }, ob die Sicherungen gelaufen sind{ $known ->
        [yes] {" "}(Art der Prüfung: { $method })
       *[no] {""}
    }.
procedure-monitoring-no-errors = Es sind keine Sicherungsfehler eingetragen.
procedure-monitoring-errors = Eingetragene Fehler und ergriffene Maßnahmen:

## Step 9: restore tests.

procedure-restore-cadence = { $months ->
        [one] Eine Wiederherstellung wird jeden Monat getestet.
       *[other] Eine Wiederherstellung wird alle { $months } Monate getestet.
    }
procedure-restore-recorded = { $count ->
        [one] { $count } Wiederherstellungstest ist eingetragen; die Aufzeichnungen stehen unten im Abschnitt „{ procedure-heading-restore-tests }“. Daten werden immer an einem separaten Ort wiederhergestellt, nie über dem Original.
       *[other] { $count } Wiederherstellungstests sind eingetragen; die Aufzeichnungen stehen unten im Abschnitt „{ procedure-heading-restore-tests }“. Daten werden immer an einem separaten Ort wiederhergestellt, nie über dem Original.
    }

## Step 11: log reviews.

# $who reviews (as typed); $often as in procedure-schedule.
procedure-log-review = { $named ->
        [yes] { $who }
       *[no] Eine noch zu benennende Person
    } liest{ $often ->
        [hourly] {" "}stündlich
        [daily] {" "}täglich
        [weekly] {" "}wöchentlich
        [biweekly] {" "}alle zwei Wochen
        [monthly] {" "}monatlich
       *[none] {""}
    } die Sicherungsprotokolle von Anfang bis Ende.

## Step 12: the documentation.

# $version is the document's version, as typed.
procedure-documentation-version = Dies ist die Version { $version } des Sicherungsablaufs.
procedure-documentation-next-review = Er wird spätestens am { $date } erneut überprüft.
procedure-documentation-history = Sein Änderungsverlauf steht am Anfang unter „{ procedure-heading-control }“.

## Step 13: training.

# A training session: $title as typed; $date, $time (14:00), $minutes (a number),
# $place and $trainer are each said only when known.
procedure-training-session = „{ $title }“{ $dated ->
        [yes] {" "}am { $date }
       *[no] {""}
    }{ $timed ->
        [yes] {" "}um { $time } Uhr
       *[no] {""}
    }{ $lasting ->
        [yes] , Dauer: { $minutes ->
            [one] { $minutes } Minute
           *[other] { $minutes } Minuten
        }
       *[no] {""}
    }{ $placed ->
        [yes] , Ort: { $place }
       *[no] {""}
    }{ $given ->
        [yes] , Leitung: { $trainer }
       *[no] {""}
    }.
procedure-training-agenda = Tagesordnung: { $agenda }
# $people lists people by name ("A, B and C").
procedure-training-invited = Eingeladen: { $people }.
procedure-training-no-attendance = Die Teilnahme wurde nicht festgehalten.
procedure-training-attended = Teilgenommen haben: { $people }.

## Step 14: evaluation.

procedure-evaluation-date = Die Sicherungen wurden zuletzt am { $date } bewertet.
# $percent is a number.
procedure-evaluation-success = { $percent } % der Sicherungsläufe waren erfolgreich.
# $size is a number of gigabytes.
procedure-evaluation-storage = Die Sicherungen belegen { $size } GB Speicherplatz.
# $text is what the person wrote.
procedure-evaluation-durations = Dauer der Sicherungen: { $text }
procedure-evaluation-restore-times = Wiederherstellungszeiten im Vergleich zur maximalen Ausfallzeit (RTO): { $text }
procedure-evaluation-adjustments = Was angepasst wurde: { $text }
procedure-evaluation-feedback = Rückmeldungen der Mitarbeitenden: { $text }
procedure-evaluation-next = Die nächste Bewertung ist bis zum { $date } fällig.

## The adviser's open findings.

# The first line of the chapter: $date is the day of the check.
procedure-findings-none = Geprüft am { $date }: Der Plan erfüllt alle Prüfpunkte bewährter Praxis.
# $summary counts the findings by severity ("1 high, 3 medium").
procedure-findings-some = Geprüft am { $date }: { $summary }. Jeder Hinweis wird unten mit den nötigen Schritten erläutert; behoben wird er durch eine Änderung am Plan.
# A finding's first line: $severity is its severity ("High"), $title says what is wrong.
procedure-finding-heading = { $severity }: { $title }
# $advice says what to do about a finding.
procedure-finding-advice = Was zu tun ist: { $advice }
# The last line of a finding's list when it has more lines than are printed.
procedure-finding-more = … und { $count } weitere

## The procedure's chapter "Backup health": what the imported backup logs show.

health-no-logs = In diesen Plan wurden noch keine Sicherungsprotokolle eingelesen, daher kann dieses Kapitel nicht sagen, wie die Sicherungen tatsächlich gelaufen sind. Die Protokolle der Sicherungsprogramme lassen sich in Backup Planner importieren („Datei > Sicherungsprotokolle importieren...“).
health-no-match = Die in diesen Plan eingelesenen Sicherungsprotokolle nennen kein System aus der Liste der kritischen Systeme, daher lassen sich die Sicherungen noch keines Systems beurteilen.
# $date is the day the document is made.
health-intro = Was die Protokolle der Sicherungsprogramme selbst aufgezeichnet haben, verglichen mit diesem Plan: mit dem Zeitplan, dem maximalen Datenverlust (RPO) und der maximalen Ausfallzeit (RTO) jedes Systems. Stand: { $date }.
# $jobs lists the names of the backup jobs no system is matched to.
health-unmatched = Keinem System zugeordnet und daher nicht berücksichtigt: { $jobs }.
# The labels of a system's facts, and the facts.
health-fact-last-good = Letzte erfolgreiche Sicherung
health-last-good-none = keine in den Protokollen
# $at is the date and time of the last good backup; $since how long before the
# document's date ("9 hours"); $rpo the most the system's RPO allows ("24 hours").
health-last-good = { $at }{ $aged ->
        [yes] , { $since } vor dem Stand dieses Dokuments
       *[no] {""}
    }{ $bounded ->
        [yes] ; laut RPO zulässig: höchstens { $rpo }
       *[no] {""}
    }
health-fact-backups = Sicherungen in den Protokollen
# $count backups, the first on $first and the last on $last.
health-backups = { $count } vom { $first } bis zum { $last }
health-fact-succeeded = Erfolgreich
# $percent is a number; $good of $count backups worked.
health-succeeded = { $percent } % ({ $good } von { $count })
health-fact-failed = Fehlgeschlagen
# $count backups failed, the last at $at; $message is what the backup tool said.
health-failed = { $said ->
        [yes] { $count }; die letzte am { $at }: { $message }
       *[no] { $count }; die letzte am { $at }
    }
health-fact-warnings = Mit Warnungen abgeschlossen
health-fact-missed = Ausgeblieben
# $count gaps without a backup; the longest from $from to $to (dates and times).
health-missed = { $count ->
        [one] { $count } Lücke
       *[other] { $count } Lücken
    } ohne Sicherung; die längste vom { $from } bis { $to }
health-fact-duration = Dauer einer Sicherung
# $usual and $longest are spans of time ("1 hour").
health-duration = üblicherweise { $usual }, am längsten { $longest }
health-fact-size = Größe der Sicherung
# $first and $last are numbers of gigabytes.
health-size = anfangs { $first } GB, bei der letzten Sicherung { $last } GB
health-fact-restores = Wiederherstellungen
# $count restores; the slowest took $slowest ("2 hours"); $rto is the RTO ("4 hours").
health-restores = { $bounded ->
        [yes] { $count }; die langsamste dauerte { $slowest } (laut RTO zulässig: höchstens { $rto })
       *[no] { $count }; die langsamste dauerte { $slowest }
    }
# Said under a system's facts.
health-verdict-fine = In den Läufen dieses Systems wurde nichts Auffälliges gefunden.
health-verdict-rpo = Sehen Sie sich dieses System zuerst an: Es hat keine erfolgreiche Sicherung, die so aktuell ist, wie es der maximale Datenverlust (RPO) verlangt.
health-verdict-look = Was die Läufe zeigen, sollte angesehen werden; die offenen Hinweise sagen, was zu tun ist.
# Above a system's chart of backups: $period is day, week, month or days (then $days
# is the number of days in each bar); $first and $last are dates.
health-chart-caption = Sicherungen pro { $period ->
        [day] Tag
        [week] Woche
        [month] Monat
       *[days] { $days ->
            [one] { $days } Tag
           *[other] { $days } Tage
        }
    }, { $first } bis { $last }
# What the top of the chart stands for.
health-chart-top = { $count ->
        [one] { $count } Sicherung
       *[other] { $count } Sicherungen
    }
# Under the chart: $period as in health-chart-caption.
health-chart-legend = Grün: erfolgreiche Sicherungen. Rot: fehlgeschlagene Sicherungen. Grau: keine Sicherung { $period ->
        [day] an diesem Tag
        [week] in dieser Woche
        [month] in diesem Monat
       *[days] in diesen Tagen
    }.

## The training invitation: a page for each person invited.

invitation-heading = Einladung zur Schulung zu den Sicherungsabläufen
# The greeting: $name is the person invited.
invitation-dear = Guten Tag { $name },
# The greeting of the page for everyone.
invitation-all-staff = An alle Mitarbeitenden,
# $title is the session's title, printed in bold.
invitation-invited = Sie sind herzlich eingeladen zu { $title }: einer kurzen Schulung darüber, wie das Büro seine Daten sichert und was das von uns allen verlangt. Technische Vorkenntnisse sind nicht nötig.
invitation-when = Wann
invitation-duration = Dauer
invitation-where = Ort
invitation-trainer = Schulungsleitung
invitation-bring = Bitte mitbringen
invitation-agenda = Tagesordnung
invitation-cannot-come = Falls Sie nicht teilnehmen können, geben Sie bitte der Schulungsleitung Bescheid, damit ein anderer Termin gefunden werden kann.
# Where the session's title, place or trainer is not known yet.
invitation-to-be-announced = Wird noch bekannt gegeben
invitation-date-to-be-announced = Termin wird noch bekannt gegeben
# How long the session lasts: $minutes is a number.
invitation-minutes = { $minutes ->
        [one] { $minutes } Minute
       *[other] { $minutes } Minuten
    }
invitation-about-an-hour = Etwa eine Stunde
invitation-bring-nothing = Nur Ihre Fragen.
# When the session is: $date is a long date ("Thursday 2 April 2026"); $times is span,
# start or none; $start and $end are times (14:00); $zone is the office's time zone
# (Europe/London).
invitation-when-text = { $times ->
        [span] { $date }, { $start } bis { $end } Uhr
        [start] { $date }, { $start } Uhr
       *[none] { $date }
    }{ $zoned ->
        [yes] {" "}({ $zone })
       *[no] {""}
    }
# A long date: $weekday and $month are the names below, $day and $year numbers.
invitation-long-date = { $weekday }, { $day }. { $month } { $year }
invitation-weekday-1 = Montag
invitation-weekday-2 = Dienstag
invitation-weekday-3 = Mittwoch
invitation-weekday-4 = Donnerstag
invitation-weekday-5 = Freitag
invitation-weekday-6 = Samstag
invitation-weekday-7 = Sonntag
invitation-month-1 = Januar
invitation-month-2 = Februar
invitation-month-3 = März
invitation-month-4 = April
invitation-month-5 = Mai
invitation-month-6 = Juni
invitation-month-7 = Juli
invitation-month-8 = August
invitation-month-9 = September
invitation-month-10 = Oktober
invitation-month-11 = November
invitation-month-12 = Dezember

## The e-mail that goes with the invitation (also the description of its calendar
## event). Each message is one line of the e-mail.

# The subject: $title is the session's; $dated is date-time, date or none; $date and
# $time (14:00) are the session's.
email-subject = { $dated ->
        [date-time] Einladung: { $title } am { $date } um { $time } Uhr
        [date] Einladung: { $title } am { $date }
       *[none] Einladung: { $title }
    }
email-greeting = Guten Tag,
email-invited = Sie sind herzlich eingeladen zu „{ $title }“: einer kurzen Schulung darüber, wie das Büro seine Daten sichert und was das von uns allen verlangt.
# $when is said as in invitation-when-text.
email-when = Wann: { $when }
email-where = Ort: { $place }
email-trainer = Schulungsleitung: { $trainer }
email-bring = Bitte mitbringen: { $bring }
email-agenda = Tagesordnung:
email-calendar = Mit der angehängten Kalenderdatei tragen Sie die Schulung in Ihren Kalender ein.
email-regards = Viele Grüße
# The head of the e-mail when it is copied as text: $addresses lists e-mail addresses.
email-to-line = An: { $addresses }
email-subject-line = Betreff: { $subject }

## The calendar of recurring duties (reminders), one event each.

# The calendar's name: $organisation is the office's, when known.
reminders-calendar-name = { $named ->
        [yes] Sicherungen von { $organisation }: wiederkehrende Aufgaben
       *[no] Sicherungen: wiederkehrende Aufgaben
    }
# An event's title: $duty is the duty (below), $organisation the office's.
reminders-summary = { $named ->
        [yes] { $duty } ({ $organisation })
       *[no] { $duty }
    }
# Under what to do: $every is how often it comes back (below); $step is the step of
# the plan it belongs to ("Step 9. Test data restoration from backup").
reminders-comes-back = Diese Aufgabe wiederholt sich { $every }. Im Sicherungsplan: { $step }.
# The category the events are filed under in the calendar.
reminders-category = Datensicherung

## When a document cannot be made.
# Typst could not lay the document out: a fault of the program; $details is typst's own
# (English) report, for whoever looks into it.
doc-error-typeset = Die Seiten des Dokuments konnten nicht aufgebaut werden: { $details }
# The document's data could not be put together: a fault of the program; $details says why.
doc-error-data = Die Daten für das Dokument konnten nicht zusammengestellt werden: { $details }
# The document would be too long. $document is "procedure" or "invitation"; $chars the
# characters it would come to, $most the most a document is made of.
doc-error-too-long = { $document ->
        [invitation] Die Einladung
       *[procedure] Der Sicherungsablauf
    } kann nicht erstellt werden: Das Dokument käme auf etwa { $chars } Zeichen, für ein Dokument sind aber höchstens { $most } möglich. Lang wird es durch Texte, die sich wiederholen: Der Name eines Systems steht zum Beispiel in jeder Zeile, die das System betrifft. Kürzen Sie die längsten Namen und Texte.
doc-error-invitation-text = Die Einladung kann nicht erstellt werden: { $pages ->
        [one] Ihre { $pages } Seite, eine für jede eingeladene Person, enthielte
       *[other] Ihre { $pages } Seiten, eine für jede eingeladene Person, enthielten
    } zusammen { $chars } Zeichen Text, für ein Dokument sind aber höchstens { $most } möglich. Jede Seite wiederholt die Angaben und die Tagesordnung der Schulung: Kürzen Sie diese, oder laden Sie mit jeder Einladung weniger Personen ein.
doc-error-invitation-lines = Die Einladung kann nicht erstellt werden: { $pages ->
        [one] Ihre { $pages } Seite, eine für jede eingeladene Person, enthielte
       *[other] Ihre { $pages } Seiten, eine für jede eingeladene Person, enthielten
    } zusammen { $lines ->
        [one] { $lines } Zeile
       *[other] { $lines } Zeilen
    } Tagesordnung, für eine Einladung sind aber höchstens { $most } möglich. Jede Seite wiederholt die Tagesordnung: Schreiben Sie sie auf weniger Zeilen, oder laden Sie mit jeder Einladung weniger Personen ein.
doc-error-calendar-no-time = Die Schulung braucht ein Datum und eine Uhrzeit für den Beginn, bevor sie in einen Kalender eingetragen werden kann.
# $zone is the time zone the plan names (as written in Plan details).
doc-error-calendar-time-zone = „{ $zone }“ ist keine Zeitzone, die dieses Programm kennt. Schreiben Sie sie in den Plandetails in der Form Europe/Berlin oder America/New_York.
# $date is the training's date; $first and $last the first and last dates a calendar holds.
doc-error-calendar-date = Das Schulungsdatum { $date } liegt außerhalb der Jahre, die eine Kalenderdatei aufnehmen kann: Wählen Sie in Schritt 13 ein Datum vom { $first } bis zum { $last }.
# $minutes is how long the session lasts; $most the longest a calendar file holds (a week).
doc-error-calendar-minutes = Die Schulung dauert { $minutes ->
        [one] { $minutes } Minute
       *[other] { $minutes } Minuten
    } und damit länger, als eine Kalenderdatei von Backup Planner aufnehmen kann: höchstens { $most ->
        [one] { $most } Minute
       *[other] { $most } Minuten
    } (eine Woche).
