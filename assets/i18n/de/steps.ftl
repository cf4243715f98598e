## The 14 steps: the seed workflow's titles to the letter (in English), and what to do in
## each, for someone who is not an IT specialist.

step-identify-systems = Kritische Systeme und Daten ermitteln
    .guidance = Listen Sie alle Systeme und Datenbestände auf, ohne die das Büro nicht arbeiten kann: Buchhaltung, Kundenakten, E-Mail, das gemeinsame Laufwerk. Geben Sie für jeden Eintrag an, wer dafür zuständig ist, wo er liegt, wie groß er ist, wie viel Datenverlust Sie verkraften könnten (Stunden seit der letzten Sicherung) und wie lange Sie ohne ihn auskommen könnten.
step-assess-current = Bestehende Sicherungslösungen bewerten
    .guidance = Schreiben Sie auf, wie heute gesichert wird, auch wenn die Antwort „gar nicht“ lautet. Fragen Sie die Menschen, die mit den Systemen arbeiten, was gut funktioniert hat und wo es sie im Stich gelassen hat. Die Lücken, die Sie hier finden, schließt der Rest des Plans.
step-frequency-retention = Sicherungshäufigkeit und Aufbewahrungsregeln festlegen
    .guidance = Legen Sie für jede Art von Daten fest, wie lange ihre Sicherungen aufbewahrt werden, und notieren Sie den Grund: ein Gesetz, ein Vertrag oder ein geschäftlicher Bedarf. Unterlagen wie Rechnungen müssen oft jahrelang aufbewahrt werden; personenbezogene Daten sollten nicht länger als nötig gespeichert bleiben. Wie oft jedes System gesichert wird, folgt in Schritt 5, ausgehend von dem Datenverlust, den Sie in Schritt 1 als tragbar angegeben haben.
step-document-procedures = Sicherungsabläufe dokumentieren
    .guidance = Benennen Sie die Person, die für die Sicherungen verantwortlich ist, und eine Vertretung für ihre Abwesenheit. Listen Sie auf, wohin die Kopien gehen (bewahren Sie mindestens eine Kopie außer Haus und eine offline auf), und schreiben Sie den Ablauf dann als kurze, nummerierte Anleitung auf, der auch jemand anderes folgen kann, samt der Angabe, wen man anruft, wenn etwas schiefgeht.
step-schedules = Automatische Sicherungszeitpläne einrichten
    .guidance = Stellen Sie die Sicherung jedes Systems so ein, dass sie von selbst läuft, zu einer Zeit, in der sie niemanden stört, und mindestens so oft, wie es der tragbare Datenverlust verlangt. Verfolgen Sie dann einen Sicherungslauf und notieren Sie das Datum: Ein Zeitplan, dessen Funktionieren noch niemand gesehen hat, ist nur eine Hoffnung.
step-encryption = Verschlüsselung der Sicherungen prüfen
    .guidance = Prüfen Sie für jeden Ort, an dem Sicherungen aufbewahrt werden, wie die Kopien verschlüsselt sind und wer den Schlüssel hat. Bewahren Sie eine Kopie des Schlüssels an einem sicheren Ort getrennt von den Sicherungen auf: Ohne ihn lässt sich eine verschlüsselte Sicherung nicht wiederherstellen.
step-initial-backup = Erstsicherung der kritischen Systeme durchführen
    .guidance = Führen Sie für jede Art von System die erste Vollsicherung durch und halten Sie fest, wie sie verlief: wann, wie lange sie dauerte, wie groß sie war und was Sie überrascht hat. Diese erste Kopie ist der Ausgangspunkt, auf dem jede spätere Wiederherstellung aufbaut.
step-monitoring = Sicherungen auf Fehler überwachen
    .guidance = Legen Sie fest, wer prüft, ob die Sicherungen gelaufen sind, wie diese Person davon erfährt (eine Warn-E-Mail, ein Dashboard, ein Blick in das Programm) und wie oft. Jeder Fehler kommt mit der ergriffenen Maßnahme in das Protokoll unten, damit wiederkehrende Muster sichtbar werden.
step-restore-tests = Datenwiederherstellung aus der Sicherung testen
    .guidance = Eine Sicherung hat sich erst bewährt, wenn etwas aus ihr zurückgeholt wurde. Stellen Sie einige Dateien, eine Datenbank oder ein ganzes System an einem separaten Ort wieder her (nie über dem Original), prüfen Sie, ob sich alles öffnen lässt, und vergleichen Sie die benötigte Zeit mit der Ausfallzeit, die Sie als tragbar angegeben haben.
step-approval = Freigabe: Datenwiederherstellung
    .guidance = Die Person, die für die Daten des Büros verantwortlich ist, sieht sich die Wiederherstellungstests aus Schritt 9 an und gibt sie frei, fordert Änderungen an oder lehnt sie ab. Wer einen Wiederherstellungstest danach ändert, muss erneut um Freigabe bitten.
step-log-review = Sicherungsprotokolle auf Auffälligkeiten prüfen
    .guidance = Lesen Sie die Sicherungsprotokolle ab und zu von Anfang bis Ende, statt auf eine Warnung zu warten: Achten Sie auf Sicherungsaufträge, die unbemerkt nicht gelaufen sind, auf Sicherungen, die kleiner geworden sind, und auf Fehlercodes, die immer wiederkehren. Halten Sie jede Prüfung fest und was daraus folgte.
step-documentation = Sicherungsdokumentation aktualisieren
    .guidance = Bringen Sie den schriftlichen Sicherungsablauf mit dem auf den neuesten Stand, was Sie in den vorigen Schritten gelernt haben, halten Sie die Änderungen im Verlauf fest und legen Sie das Datum der nächsten Überprüfung fest, damit der Plan nicht unbemerkt veraltet.
step-training = Mitarbeitende in den Sicherungsabläufen schulen
    .guidance = Zeigen Sie den Mitarbeitenden, was der Sicherungsablauf von ihnen verlangt: wo sie Dateien speichern, damit diese gesichert werden, wie sie eine Wiederherstellung anfordern und wem sie Bescheid geben, wenn etwas nicht stimmt. Planen Sie eine Schulung, laden Sie alle ein und haken Sie ab, wer teilgenommen hat.
step-evaluation = Sicherungsleistung bewerten und Einstellungen bei Bedarf anpassen
    .guidance = Blicken Sie auf den Zeitraum zurück: wie lange die Sicherungen gedauert haben, wie viele erfolgreich waren, wie schnell Wiederherstellungen im Vergleich zu Ihrem Bedarf waren und wie viel Speicherplatz belegt ist. Schreiben Sie auf, was Sie geändert haben und wann Sie das nächste Mal nachsehen.

## How far a step has got.
step-status-not-started = Nicht begonnen
step-status-in-progress = In Bearbeitung
step-status-complete = Erledigt

## The controls of ISO/IEC 27002:2022 the steps follow, by their number.
control-5-9 = Inventar der Informationen und anderen damit verbundenen Werten
control-5-30 = IKT-Bereitschaft für Business-Continuity
control-5-33 = Schutz von Aufzeichnungen
control-5-37 = Dokumentierte Betriebsabläufe
control-6-3 = Informationssicherheitsbewusstsein, -ausbildung und -schulung
control-8-10 = Löschung von Informationen
control-8-13 = Sicherung von Information
control-8-14 = Redundanz von informationsverarbeitenden Einrichtungen
control-8-15 = Protokollierung
control-8-16 = Überwachung von Aktivitäten
control-8-24 = Verwendung von Kryptographie
