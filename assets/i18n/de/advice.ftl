## The adviser: each rule's title and advice, and what a finding says about the plan.

## How much a finding matters: the word, what it means (.meaning), and a count of
## findings of it (.counted, in "2 high, 1 medium").
advice-severity-high = Hoch
    .meaning = Daten könnten verloren gehen oder in falsche Hände geraten: Beheben Sie dies zuerst.
    .counted = { $count }× hoch
advice-severity-medium = Mittel
    .meaning = Eine Schwachstelle, die bald behoben werden sollte.
    .counted = { $count }× mittel
advice-severity-low = Niedrig
    .meaning = Eine bewährte Praxis, die sich zu ergänzen lohnt.
    .counted = { $count }× niedrig
# The summary of findings when there are none.
advice-summary-none = keine

## Each rule: what is wrong, in one line, and (.advice) what to do about it and why.
advice-system-incomplete = Bei einigen Systemen fehlen zuständige Person, Größe, maximaler Datenverlust oder maximale Ausfallzeit
    .advice = Geben Sie für jedes System eine zuständige Person an, die dafür geradesteht, seine Größe (für die Schätzung des Speicherbedarfs), den höchsten Datenverlust, den das Büro verkraften kann, und die längste Zeit, die es ausfallen darf: Die anderen Prüfungen messen die Zeitpläne und Wiederherstellungstests daran.
advice-no-solution = Das Büro hat heute keine Datensicherung
    .advice = Solange die Zeitpläne aus Schritt 5 nicht laufen, bedeutet eine defekte Festplatte oder ein Ransomware-Angriff, dass die Daten verloren sind. Richten Sie jetzt mindestens eine automatische Sicherung des wichtigsten Systems ein, und tragen Sie die neue Lösung hier ein, sobald sie läuft.
advice-manual-backups = Sicherungen werden von Hand erstellt
    .advice = Kopien von Hand werden in hektischen Wochen und im Urlaub vergessen. Lassen Sie ein Programm sie nach Zeitplan erstellen (Schritt 5), und tragen Sie die neue Lösung hier ein, sobald sie läuft.
advice-current-solution-unknown = Niemand weiß, wie das Büro heute gesichert wird
    .advice = Fragen Sie die Person, die sich um die Computer kümmert, oder den IT-Dienstleister, womit die Sicherungen heute erstellt werden, wohin die Kopien gehen und wann zuletzt eine davon zurückgeholt wurde. Planen Sie, solange Sie es nicht wissen, so, als gäbe es keine Sicherung.
advice-retention-missing = Für einige Arten von Daten ist keine Aufbewahrungsfrist festgelegt
    .advice = Legen Sie für jede Art von Daten in den Systemen fest, wie lange ihre Sicherungen aufbewahrt werden, damit niemand löscht, was das Gesetz verlangt, oder aufbewahrt, was es verbietet. Auch die Schätzung des Speicherbedarfs braucht diese Angabe.
advice-retention-below-legal = Unterlagen werden kürzer aufbewahrt, als das Gesetz üblicherweise verlangt
    .advice = Bewahren Sie die Sicherungen dieser Unterlagen so lange auf, wie das Gesetz es verlangt (die Liste bietet 2, 3, 6, 7 und 10 Jahre), oder stellen Sie sicher, dass die Unterlagen selbst so lange anderswo archiviert werden, und geben Sie in der Notiz an, wo.
advice-retention-indefinite-personal = Personenbezogene Daten werden unbegrenzt aufbewahrt
    .advice = Daten über Personen sollten nicht länger aufbewahrt werden, als sie gebraucht werden (Speicherbegrenzung). Wählen Sie eine Frist, die zum Vertrag oder zum Gesetz passt, und löschen Sie ältere Kopien, wenn sie abgelaufen ist.
advice-no-offsite = Es wird keine Sicherungskopie außer Haus aufbewahrt
    .advice = Ein Brand, ein Hochwasser oder ein Einbruch trifft das Büro und jede Kopie darin. Bewahren Sie eine Kopie außer Haus auf (die 1 in der 3-2-1-Regel): bei einem Cloud-Sicherungsdienst oder auf einer Festplatte, die mit nach Hause genommen und jede Woche ausgetauscht wird.
advice-no-offline = Keine Offline-Kopie und keine unveränderbare Kopie
    .advice = Ransomware verschlüsselt jede Sicherung, die sie über das Netzwerk erreichen kann. Bewahren Sie eine Kopie auf, die sie weder erreichen noch verändern kann (die zusätzliche 1 in der 3-2-1-1-0-Regel): eine Festplatte, die nach jeder Sicherung abgesteckt wird, oder Cloud-Speicher mit Objektsperre. Kennzeichnen Sie solche Speicherorte als offline oder unveränderbar.
advice-single-copy = Die Sicherungen liegen an weniger als zwei Speicherorten
    .advice = Die 3-2-1-Regel: drei Kopien der Daten (das Original und zwei Sicherungen), auf zwei verschiedenen Arten von Speicher, davon eine außer Haus. Eine einzelne Sicherung versagt öfter, als man denkt, genau dann, wenn man sie braucht.
advice-procedure-gaps = Der Sicherungsablauf hängt an einer Person oder ist nicht aufgeschrieben
    .advice = Benennen Sie eine verantwortliche Person und eine Vertretung, und schreiben Sie den Ablauf als kurze Anleitung auf, damit die Sicherungen weiterlaufen, wenn jemand krank ist oder das Büro verlässt.
advice-unscheduled-system = Für einige Systeme gibt es keinen Sicherungszeitplan
    .advice = Ein System ohne Zeitplan wird nur gesichert, wenn jemand daran denkt. Legen Sie für jedes einen Zeitplan an, mindestens so häufig, wie es der tragbare Datenverlust verlangt.
advice-frequency-below-rpo = Einige Systeme werden seltener gesichert, als es ihr tragbarer Datenverlust erlaubt
    .advice = Die Zeit zwischen zwei Sicherungen bestimmt, wie viel Arbeit höchstens verloren gehen kann. Sichern Sie diese Systeme mindestens so oft, wie es der in Schritt 1 festgelegte maximale Datenverlust verlangt, oder vereinbaren Sie mit der zuständigen Person einen größeren Verlust und ändern Sie ihn dort.
advice-schedule-untested = Bei einigen Zeitplänen hat noch niemand einen Lauf gesehen
    .advice = Verfolgen Sie bei jedem neuen Zeitplan einen Lauf, prüfen Sie das Ergebnis und notieren Sie das Datum: Ein Zeitplan, dessen Funktionieren noch niemand gesehen hat, ist vielleicht nie gelaufen.
advice-backup-type-unknown = Niemand weiß, was einige Sicherungen kopieren
    .advice = Sehen Sie im Sicherungsprogramm nach oder fragen Sie die Person, die es eingerichtet hat, ob jeder Lauf alles kopiert (vollständig) oder nur das Geänderte (inkrementell oder differenziell). Die Wiederherstellung läuft jeweils anders ab, und die Schätzung des Speicherbedarfs rechnet eine unbekannte Art als Vollsicherung, was weit mehr Platz sein kann als nötig.
advice-encryption-none = Kunden-, Finanz- oder Personaldaten werden unverschlüsselt gesichert
    .advice = Wer eine Kopie findet, stiehlt oder zugeschickt bekommt, kann sie lesen. Schalten Sie die Verschlüsselung des Sicherungsprogramms mit AES-256 ein, und bewahren Sie den Schlüssel (oder eine Kopie davon) an einem sicheren Ort getrennt von den Sicherungen auf.
advice-encryption-rsa = Als Verschlüsselungsverfahren der Sicherungen ist RSA angegeben
    .advice = RSA schützt nur Schlüssel; die Daten selbst werden mit einem symmetrischen Verfahren verschlüsselt. Sehen Sie im Sicherungsprogramm nach, welches es für die Daten verwendet (AES-256 ist die übliche Wahl), und tragen Sie dieses ein.
advice-encryption-blowfish = Blowfish verschlüsselt die Sicherungen
    .advice = Blowfish arbeitet mit 64-Bit-Blöcken, was unsicher wird, sobald Gigabytes mit demselben Schlüssel verschlüsselt werden, wie es bei Sicherungen der Fall ist. Wechseln Sie zu AES-256.
advice-encryption-unknown = Bei einigen Sicherungen weiß noch niemand, wie sie verschlüsselt sind
    .advice = Fragen Sie die Person, die den Speicherort eingerichtet hat, oder den Anbieter (seine Website oder sein Support gibt Auskunft), ob die Kopien verschlüsselt sind, wie, ob bei der Speicherung, bei der Übertragung oder bei beidem, und wer den Schlüssel hat. Tragen Sie die Antwort dann hier ein.
advice-encryption-by-provider = Der Anbieter verschlüsselt einige Kopien, aber es ist nicht eingetragen, wer den Schlüssel hat
    .advice = Bitten Sie den Anbieter, schriftlich zu bestätigen, wie die Kopien verschlüsselt sind und wer den Schlüssel hat. Hat ihn nur der Anbieter, könnten seine Mitarbeitenden (oder wer dort einbricht) die Daten lesen; hat ihn das Büro, gehen mit dem Schlüssel auch die Sicherungen verloren. Tragen Sie hier ein, wer den Schlüssel hat.
advice-encryption-unchecked = Einige Verschlüsselungen wurden in den letzten 12 Monaten nicht geprüft
    .advice = Prüfen Sie einmal im Jahr, ob die Kopien an jedem Speicherort noch verschlüsselt sind und ob der Schlüssel dort liegt, wo der Plan es angibt: Versuchen Sie, eine Kopie damit zu öffnen.
advice-encryption-unrecorded = Für einige Speicherorte ist keine Verschlüsselung eingetragen
    .advice = Prüfen Sie, wie die Kopien an jedem Speicherort verschlüsselt sind und wer den Schlüssel hat, und tragen Sie es hier ein.
advice-no-monitoring = Niemand ist für die Überwachung der Sicherungen eingeteilt
    .advice = Sicherungen schlagen unbemerkt fehl: eine volle Festplatte, ein abgelaufenes Passwort, ein geänderter Ordner. Legen Sie fest, wer die Ergebnisse prüft, wie diese Person von einem Fehler erfährt (eine Warn-E-Mail ist am einfachsten) und wie oft sie nachsieht.
advice-restore-test-missing = Es ist kein Wiederherstellungstest eingetragen
    .advice = Eine Sicherung ist nur so gut wie ihre Wiederherstellung. Holen Sie eine Datei, eine Datenbank oder ein ganzes System an einen separaten Ort zurück (nie über das Original), prüfen Sie, ob es sich öffnen lässt, und notieren Sie, wie lange es gedauert hat.
advice-restore-test-stale = Der letzte Wiederherstellungstest liegt mehr als 12 Monate zurück
    .advice = In einem Jahr ändern sich Systeme, Programme und Menschen. Testen Sie erneut eine Wiederherstellung, mindestens einmal im Jahr und nach jeder größeren Änderung.
advice-restore-untested-systems = Einige Systeme hatten in den letzten 12 Monaten keinen Wiederherstellungstest
    .advice = Jedes kritische System wird anders wiederhergestellt. Testen Sie jedes davon mindestens einmal im Jahr, beginnend mit dem, das das Büro als Erstes zurück braucht.
advice-restore-failed = Der letzte Wiederherstellungstest einiger Systeme war nicht ganz erfolgreich
    .advice = Finden Sie heraus, was schiefgelaufen ist, beheben Sie es und testen Sie erneut, bis die Wiederherstellung gelingt: Bis dahin kann sich das Büro nicht auf diese Sicherungen verlassen.
advice-restore-slower-than-rto = Eine Wiederherstellung dauerte länger, als das System ausfallen darf
    .advice = Im Ernstfall wäre das Büro länger ohne diese Systeme, als es verkraften kann. Beschleunigen Sie die Wiederherstellung (eine Kopie vor Ort, ein Ersatzgerät, ein eingeübter Ablauf), oder vereinbaren Sie in Schritt 1 mit der zuständigen Person eine längere Ausfallzeit.
advice-not-approved = Die Wiederherstellungstests sind nicht freigegeben
    .advice = Bitten Sie die Person, die für das Büro verantwortlich ist (etwa eine Partnerin, einen Partner oder die Geschäftsführung), sich die Wiederherstellungstests anzusehen und sie freizugeben, damit der Plan an der Spitze bekannt ist und mitgetragen wird.
advice-evaluation-overdue = Die Bewertung der Sicherungen ist überfällig
    .advice = Sehen Sie sich an, wie die Sicherungen seit der letzten Bewertung gelaufen sind: wie lange sie dauerten, wie oft sie fehlschlugen, wie schnell Wiederherstellungen waren und wie voll der Speicher ist. Passen Sie an, was nötig ist, und legen Sie den nächsten Termin fest.
advice-training-stale = Keine Schulung der Mitarbeitenden in den letzten 12 Monaten
    .advice = Wer weiß, wo Dateien gespeichert werden, wie man eine Wiederherstellung anfordert und wie eine verdächtige E-Mail aussieht, verhindert die meisten Datenverluste. Halten Sie mindestens einmal im Jahr eine kurze Schulung ab.
advice-runs-beyond-rpo = Die Sicherungsprotokolle zeigen keine erfolgreiche Sicherung innerhalb der Zeit, deren Verlust das Büro verkraften kann
    .advice = Die letzte erfolgreiche Sicherung ist älter als der maximale Datenverlust des Systems (Schritt 1): Ein Ausfall jetzt würde mehr Arbeit kosten, als das Büro nach eigener Angabe nachholen kann. Finden Sie heraus, warum die Sicherungen aufgehört haben oder fehlschlagen (das Fehlerprotokoll in Schritt 8 zeigt, was in den Protokollen stand), starten Sie eine Sicherung von Hand und importieren Sie zur Kontrolle das neue Protokoll.
advice-runs-failed = Sicherungen sind fehlgeschlagen, wie die Sicherungsprotokolle zeigen
    .advice = Jeder fehlgeschlagene Lauf steht im Fehlerprotokoll von Schritt 8, mit den Worten des Sicherungsprogramms. Notieren Sie, was dagegen unternommen wurde; kommt derselbe Fehler wieder, fragen Sie mit dem Fehlertext die Person, die die Sicherung eingerichtet hat.
advice-runs-missed = Sicherungen liefen nicht so oft, wie Schritt 5 es vorsieht
    .advice = Die Protokolle haben Lücken, die länger sind, als der Zeitplan erlaubt: Der Computer war aus, der Auftrag war angehalten, oder das Programm hat ohne Meldung aufgehört. Prüfen Sie, ob der Auftrag eingeschaltet ist und zu einer Zeit läuft, in der der Computer an ist, oder passen Sie den Zeitplan an das an, was wirklich geschieht.
advice-runs-size-changed = Eine Sicherung war viel kleiner als üblich, oder es haben sich weit mehr Daten geändert als üblich
    .advice = Eine Sicherung, die auf die Hälfte schrumpft, hat vielleicht einen Ordner ausgelassen; eine plötzliche Flut geänderter Daten sieht genau so aus, wie wenn Ransomware Dateien verschlüsselt. Sehen Sie sich das System jetzt an: Sind die Dateien da und lesbar? Behalten Sie die älteren Sicherungen, bis Sie es wissen.
advice-runs-restore-slow = Eine Wiederherstellung dauerte länger, als das System ausfallen darf
    .advice = Das System zurückzuholen dauerte länger als seine maximale Ausfallzeit (Schritt 1). Finden Sie heraus, was langsam war (der Download, die Größe, die Suche nach dem Schlüssel), oder vereinbaren Sie eine längere Ausfallzeit mit denen, die auf das System angewiesen sind.

## The lines of a finding, naming what is concerned.
# A system without a name, by its place in the list.
advice-system-number = System { $number }
advice-no-system-chosen = Kein System ausgewählt
advice-removed-system = Ein entferntes System
# A schedule: its system, and how often it runs in lower case ("Accounts, daily").
advice-schedule-name = { $system }, { $frequency }
advice-a-destination = Ein Speicherort
advice-destination-number = Speicherort { $number }
# Sizes of backups: $size is a number.
advice-size-tb = { $size } TB
advice-size-gb = { $size } GB
advice-size-mb = { $size } MB
advice-size-kb = { $size } KB
advice-size-bytes = { $size } Byte
# Up to four names, then how many more: "A, B, C, D and 12 more".
advice-names-and-more = { $names } und { $more } weitere
advice-hours = { $hours ->
    [one] { $hours } Stunde
   *[other] { $hours } Stunden
}
advice-under-a-minute = unter einer Minute
advice-minutes = { $minutes ->
    [one] { $minutes } Minute
   *[other] { $minutes } Minuten
}
advice-days = { $days ->
    [one] { $days } Tag
   *[other] { $days } Tage
}
# What a system lacks, in "Accounts: no owner and size".
advice-missing-owner = zuständige Person
advice-missing-size = Größe
advice-missing-max-data-loss = maximaler Datenverlust
advice-missing-max-downtime = maximale Ausfallzeit
advice-system-incomplete-line = { $name }: { $missing } nicht angegeben
# $kind is a kind of data, $names the systems that hold it.
advice-retention-missing-line = { $kind }, enthalten in { $names }
# $kind a kind of data, $period how long it is kept, $where "in Germany", $years the
# legal period, $source the law, $choose the period of the list to choose instead.
advice-retention-below-legal-line = { $kind }: Aufbewahrung { $period }; die übliche Mindestfrist { $where } beträgt { $years ->
        [one] 1 Jahr
       *[other] { $years } Jahre
    } ({ $source }): Wählen Sie { $choose }
advice-kept-indefinitely = { $kind }: unbegrenzt aufbewahrt
advice-kept-indefinitely-staff = { $kind }: unbegrenzt aufbewahrt, und die Abteilung Personal bewahrt Personalunterlagen dieser Art auf
advice-no-responsible = Es ist keine verantwortliche Person benannt
advice-no-deputy = Es ist keine Vertretung benannt
advice-no-instructions = Für den Ablauf gibt es keine schriftliche Anleitung
# $frequency is how often in lower case ("weekly"); $every and $rpo are spans of hours.
advice-frequency-below-rpo-line = { $name }: { $frequency } gesichert (alle { $every }), aber der tragbare Datenverlust beträgt höchstens { $rpo }
# $place is a backup destination.
advice-not-encrypted = { $place }: nicht verschlüsselt
advice-data-at-risk = Die gefährdeten Daten: { $names }
advice-encryption-unknown-line = { $place }: ob die Kopien dort verschlüsselt sind
advice-encryption-scope-unknown-line = { $place }: ob die Kopien bei der Speicherung, bei der Übertragung oder bei beidem verschlüsselt sind
advice-no-key-holder = { $place }: nicht eingetragen, wer den Schlüssel hat
advice-last-checked = { $place }: zuletzt geprüft am { $date }
advice-not-checked = { $place }: noch nicht geprüft
advice-no-checker = Niemand ist benannt, der die Sicherungen prüft
advice-no-monitor-method = Es ist nicht eingetragen, wie Fehler bemerkt werden
advice-no-check-interval = Es ist nicht eingetragen, wie oft die Ergebnisse geprüft werden
advice-last-test = Letzter Test: { $date }
advice-restore-partly = { $name }: am { $date } teilweise wiederhergestellt
advice-restore-failed-line = { $name }: am { $date } fehlgeschlagen
# $took and $rto are spans of hours.
advice-restore-slower-line = { $name }: Die Wiederherstellung dauerte { $took }, aber das System darf höchstens { $rto } ausfallen
advice-was-due = Sie war am { $date } fällig
advice-no-session-yet = Es hat noch keine Schulung stattgefunden
advice-last-session = Letzte Schulung: { $date }

## Lines from the backup logs.
# $last is a date and time, $ago how long ago ("3 days"), $rpo a span of hours.
advice-runs-beyond-rpo-line = { $name }: letzte erfolgreiche Sicherung am { $last }, das ist { $ago } her; der tragbare Datenverlust beträgt höchstens { $rpo }
advice-runs-no-good-backup = { $name }: keine erfolgreiche Sicherung in den Protokollen; der tragbare Datenverlust beträgt höchstens { $rpo }
# $failed of $runs backups failed; $date the last failure.
advice-runs-failed-line = { $name }: { $failed } von { $runs ->
        [one] { $runs } Lauf
       *[other] { $runs } Läufen
    } fehlgeschlagen, der letzte am { $date }
# The same, with the backup tool's own words ($words) about the last failure.
advice-runs-failed-line-saying = { $name }: { $failed } von { $runs ->
        [one] { $runs } Lauf
       *[other] { $runs } Läufen
    } fehlgeschlagen, der letzte am { $date }: { $words }
# $from and $to are dates with times.
advice-runs-missed-line = { $name }: { $gaps ->
        [one] 1 Lücke
       *[other] { $gaps } Lücken
    }, die letzte vom { $from } bis { $to }
# A backup much smaller than usual ($size on $date against $usual).
advice-size-shrunk = { $size } am { $date } statt üblicherweise { $usual }
# Much more data changed than usual.
advice-size-surge = { $size } geänderte Daten am { $date } statt üblicherweise { $usual }
advice-size-changed-line = { $name }: { $change }
advice-size-changed-both = { $name }: { $shrunk }; { $surge }
# $took is how long the restore took, $rto the longest the system may be down.
advice-runs-restore-slow-line = { $name }: { $took } statt höchstens { $rto }

## Where the plan's approval stands.
approval-state-not-decided = Noch nicht entschieden
approval-state-approved = Freigegeben
approval-state-outdated = Freigabe veraltet: Wiederherstellungstests seither geändert
approval-state-changes-requested = Änderungen angefordert
approval-state-rejected = Abgelehnt

## The periods the law commonly asks records to be kept, by country: a default to
## confirm, not legal advice. Each names the law and what it asks.
advice-legal-note = Die gesetzlichen Fristen sind übliche Mindestfristen für das in den Plandetails gewählte Land. Sie sind ein Ausgangspunkt, den Sie mit Ihrer Steuerberatung oder Rechtsberatung abstimmen sollten, und keine Rechtsberatung. Sie gelten für die Unterlagen selbst: Werden die Unterlagen so lange anderswo archiviert, kann eine kürzere Aufbewahrung der Sicherungen richtig sein.
advice-in-united-kingdom = im Vereinigten Königreich
advice-in-germany = in Deutschland
advice-in-austria = in Österreich
advice-in-switzerland = in der Schweiz
advice-in-france = in Frankreich
advice-in-spain = in Spanien
advice-in-united-states = in den Vereinigten Staaten
advice-in-most-countries = in den meisten Ländern
advice-legal-uk-financial = Companies Act 2006 s.388 (3 Jahre für eine Private Company, 6 für eine Public Company); HMRC verlangt 6 Jahre für Geschäfts- und Umsatzsteuerunterlagen
advice-legal-uk-compliance = Limitation Act 1980: Die meisten Ansprüche können 6 Jahre lang geltend gemacht werden; HMRC verlangt 3 Jahre für Lohnunterlagen
advice-legal-de-financial = § 257 HGB und § 147 AO: Bücher, Inventare und Jahresabschlüsse 10 Jahre (Buchungsbelege seit 2025: 8 Jahre)
advice-legal-de-compliance = § 257 HGB und § 147 AO: Geschäftsbriefe und sonstige steuerlich bedeutsame Unterlagen 6 Jahre
advice-legal-at-financial = § 132 BAO und § 212 UGB: Bücher, Aufzeichnungen und Belege 7 Jahre ab Ende des Jahres
advice-legal-at-compliance = § 132 BAO: steuerlich bedeutsame Geschäftspapiere 7 Jahre
advice-legal-ch-financial = Art. 958f OR (Obligationenrecht): Geschäftsbücher, Buchungsbelege, Geschäftsbericht und Revisionsbericht 10 Jahre
advice-legal-ch-compliance = Art. 958f OR: Unterlagen, die als Buchungsbelege dienen, 10 Jahre; Art. 127 OR: Die meisten Forderungen können 10 Jahre lang geltend gemacht werden
advice-legal-fr-financial = Code de commerce art. L123-22: Buchhaltungsunterlagen und Belege 10 Jahre; Livre des procédures fiscales art. L102 B: 6 Jahre für steuerliche Zwecke
advice-legal-fr-compliance = Livre des procédures fiscales art. L102 B: steuerlich bedeutsame Unterlagen 6 Jahre; Code du travail art. L3243-4: Lohnabrechnungen 5 Jahre
advice-legal-es-financial = Código de Comercio art. 30: Bücher, Korrespondenz und Belege 6 Jahre ab der letzten Eintragung
advice-legal-es-compliance = Ley General Tributaria art. 66: Steuern können 4 Jahre lang überprüft werden; Unterlagen zu Arbeit und Sozialversicherung 4 Jahre (LISOS art. 21)
advice-legal-us-financial = IRS Publication 583: je nach Fall 3 bis 7 Jahre; 7 Jahre decken alle Fälle ab
advice-legal-us-compliance = IRS: Unterlagen zu Lohnsteuern mindestens 4 Jahre; FLSA: Lohnunterlagen 3 Jahre
advice-legal-other-financial = Die meisten Länder verlangen 5 bis 10 Jahre für Buchhaltungsunterlagen
advice-legal-other-compliance = Hängt von der geltenden Vorschrift ab; 5 Jahre sind eine übliche Untergrenze
