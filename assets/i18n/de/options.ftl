## The option lists of the dropdowns. Those of the seed workflow keep its labels to the letter;
## .note says what an option means where its label alone may not.


## Department: Department that owns a system (seed, step 1).
option-department-finance = Finanzen
option-department-human-resources = Personal
option-department-it = IT
option-department-sales = Vertrieb
option-department-operations = Betrieb

## CurrentSolution: The backup solution in place today (seed, step 2), or (ours) "Not sure".
option-current-solution-cloud-based = Cloudbasiert
    .note = Die Kopien werden an einen Dienst im Internet gesendet.
option-current-solution-on-premises = Vor Ort
    .note = Die Kopien werden auf Geräten im Büro aufbewahrt.
option-current-solution-hybrid = Hybrid
    .note = Einige Kopien werden im Büro aufbewahrt, andere in der Cloud.
option-current-solution-manual-process = Manuell
    .note = Jemand kopiert die Dateien von Hand, zum Beispiel auf eine USB-Festplatte.
option-current-solution-no-solution = Keine Lösung
option-current-solution-not-sure = Weiß nicht
    .note = Hier weiß es noch niemand: Fragen Sie die Person, die sich um die Computer kümmert.

## RetentionPeriod: How long backups of a kind of data are kept (seed, step 3). The seed's five, and (ours) the years the law commonly asks for records, so a plan can follow the law without keeping everything for ever.
option-retention-period-one-month = 1 Monat
option-retention-period-three-months = 3 Monate
option-retention-period-six-months = 6 Monate
option-retention-period-one-year = 1 Jahr
option-retention-period-two-years = 2 Jahre
option-retention-period-three-years = 3 Jahre
option-retention-period-six-years = 6 Jahre
option-retention-period-seven-years = 7 Jahre
option-retention-period-ten-years = 10 Jahre
option-retention-period-indefinitely = Unbegrenzt

## DataKind: Kind of data a system holds (seed, step 3).
option-data-kind-financial-data = Finanzdaten
option-data-kind-client-information = Kundendaten
option-data-kind-intellectual-property = Geistiges Eigentum
option-data-kind-operational-data = Betriebsdaten
option-data-kind-compliance-data = Compliance-Daten

## Frequency: How often a backup runs, or a check is made (seed, step 5).
option-frequency-hourly = Stündlich
option-frequency-daily = Täglich
option-frequency-weekly = Wöchentlich
option-frequency-bi-weekly = Zweiwöchentlich
    .note = Alle zwei Wochen, nicht zweimal pro Woche.
option-frequency-monthly = Monatlich

## Encryption: Encryption method of a backup destination (seed, step 6), and (ours) the answers a person gives who did not set the encryption up.
option-encryption-aes128 = AES-128
    .note = Stark und sicher, auch wenn AES-256 die üblichere Wahl ist.
option-encryption-aes256 = AES-256
    .note = Stark und die übliche Wahl.
option-encryption-rsa = RSA
    .note = Schützt Schlüssel, nicht die Sicherungen selbst; prüfen Sie also, was das Programm für die Daten verwendet.
option-encryption-blowfish = Blowfish
    .note = Ein altes Verfahren, das für die großen Datenmengen in Sicherungen nicht mehr sicher ist.
option-encryption-none = Keine
    .note = Wer eine Kopie in die Hände bekommt, kann sie lesen.
option-encryption-by-provider = Durch den Anbieter
    .note = Der Dienst oder das Gerät verschlüsselt die Kopien selbst; finden Sie heraus, wer den Schlüssel hat.
option-encryption-not-sure = Weiß nicht
    .note = { option-ask-who-set-it-up }

## SystemType: Kind of system (seed, step 7), and (ours) what small offices run most.
option-system-type-database-servers = Datenbankserver
    .note = Computer, auf denen eine Datenbank läuft, etwa die hinter dem Buchhaltungsprogramm.
option-system-type-file-servers = Dateiserver
    .note = Ein Computer, der die gemeinsamen Ordner des Büros bereithält.
option-system-type-application-servers = Anwendungsserver
    .note = Ein Computer, auf dem ein Programm läuft, das das ganze Büro nutzt, etwa die Lohnabrechnung.
option-system-type-virtual-machines = Virtuelle Maschinen
    .note = Computer, die in einem anderen Computer nachgebildet werden und oft als Ganzes gesichert werden.
option-system-type-network-devices = Netzwerkgeräte
    .note = Router, Switches und Firewalls, deren Einstellungen es wert sind, aufbewahrt zu werden.
option-system-type-pcs-and-laptops = PCs und Laptops
    .note = Die Computer, an denen gearbeitet wird, und die Dateien darauf.
option-system-type-nas = NAS (Netzwerkspeicher)
    .note = Ein Speichergerät im Büronetzwerk, das gemeinsame Dateien bereithält.
option-system-type-cloud-services = Cloud-Dienste (etwa Microsoft 365)
    .note = Programme, die über das Internet genutzt werden und deren Anbieter nicht immer Sicherungen für Sie anlegt.

## RestoreKind: What a restore test brought back (seed, step 9).
option-restore-kind-individual-files = Einzelne Dateien
option-restore-kind-whole-databases = Ganze Datenbanken
option-restore-kind-system-images = Systemabbilder
option-restore-kind-application-data = Anwendungsdaten
option-restore-kind-user-settings = Benutzereinstellungen

## RetentionReason: Why a retention period was chosen (ours, step 3).
option-retention-reason-law = Gesetz
option-retention-reason-contract = Vertrag
option-retention-reason-business = Eigener Bedarf

## DestinationKind: Where a backup copy is kept (ours, step 4).
option-destination-kind-on-site = Vor Ort
    .note = { term-on-site.explanation }
option-destination-kind-off-site = Außer Haus
    .note = { term-off-site.explanation }
option-destination-kind-offline = Offline-Kopie
    .note = { term-offline-copy.explanation }

## BackupType: What a backup run copies, or "Not sure" (ours, step 5).
option-backup-type-full = Vollständig
    .note = { term-full-backup.explanation }
option-backup-type-incremental = Inkrementell
    .note = { term-incremental.explanation }
option-backup-type-differential = Differenziell
    .note = { term-differential.explanation }
option-backup-type-not-sure = Weiß nicht
    .note = Die Schätzung des Speicherbedarfs rechnet hier mit einer Vollsicherung, bis Sie es wissen.

## EncryptionScope: Whether encryption protects stored copies, copies on the move, or both, or "Not sure" (ours, step 6).
option-encryption-scope-at-rest = Bei Speicherung
    .note = { term-at-rest.explanation }
option-encryption-scope-in-transit = Bei Übertragung
    .note = { term-in-transit.explanation }
option-encryption-scope-both = Bei Speicherung und Übertragung
    .note = Beim Speichern und beim Senden: die sicherste Wahl.
option-encryption-scope-not-sure = Weiß nicht
    .note = { option-ask-who-set-it-up }

## InitialStatus: State of an initial backup (ours, step 7).
option-initial-status-not-started = Nicht begonnen
option-initial-status-in-progress = Läuft
option-initial-status-succeeded = Erfolgreich
option-initial-status-failed = Fehlgeschlagen

## MonitorMethod: How backup jobs are watched (ours, step 8).
option-monitor-method-alert-mail = Warn-E-Mail
option-monitor-method-dashboard = Dashboard
option-monitor-method-manual-check = Manuelle Prüfung

## RestoreResult: Outcome of a restore test (ours, step 9).
option-restore-result-success = Erfolgreich
option-restore-result-partial = Teilweise erfolgreich
option-restore-result-failed = Fehlgeschlagen

## Decision: The approver's decision (ours, step 10).
option-decision-approved = Freigegeben
option-decision-changes-requested = Änderungen angefordert
option-decision-rejected = Abgelehnt

## Country: The country whose common record-keeping periods the adviser compares with (ours).
option-country-united-kingdom = Vereinigtes Königreich
option-country-germany = Deutschland
option-country-austria = Österreich
option-country-switzerland = Schweiz
option-country-france = Frankreich
option-country-spain = Spanien
option-country-united-states = Vereinigte Staaten
option-country-other = Anderes Land

# The note of "Not sure" about how a destination is protected.
option-ask-who-set-it-up = Fragen Sie die Person, die den Speicherort eingerichtet hat, oder den Anbieter.
