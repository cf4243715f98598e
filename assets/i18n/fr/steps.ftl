## The 14 steps: the seed workflow's titles to the letter (in English), and what to do in
## each, for someone who is not an IT specialist.

step-identify-systems = Identifier les systèmes et les données critiques
    .guidance = Dressez la liste de chaque système et de chaque ensemble de données sans lesquels le bureau ne peut pas travailler : comptabilité, dossiers clients, messagerie, lecteur partagé. Pour chacun, indiquez qui en est responsable, où il se trouve, quelle est sa taille, combien de données vous pourriez vous permettre de perdre (en heures depuis la dernière sauvegarde) et combien de temps vous pourriez vous en passer.
step-assess-current = Évaluer les solutions de sauvegarde actuelles
    .guidance = Notez comment les sauvegardes sont faites aujourd'hui, même si la réponse est « pas du tout ». Demandez aux personnes qui utilisent les systèmes ce qui a bien fonctionné et ce qui leur a fait défaut. Les manques que vous relevez ici sont ceux que le reste du plan corrige.
step-frequency-retention = Déterminer la fréquence des sauvegardes et la politique de conservation
    .guidance = Décidez, pour chaque type de données, combien de temps ses sauvegardes sont conservées, et notez pourquoi : une loi, un contrat ou un besoin du bureau. Les documents comme les factures doivent souvent être conservés pendant des années ; les données personnelles ne doivent pas être gardées plus longtemps que nécessaire. La fréquence de sauvegarde de chaque système se règle à l'étape 5, en fonction de la perte de données que vous avez acceptée à l'étape 1.
step-document-procedures = Documenter les procédures de sauvegarde
    .guidance = Désignez le responsable des sauvegardes et un suppléant qui le remplace pendant ses absences. Indiquez où vont les copies (gardez au moins une copie hors du bureau et une hors ligne), puis rédigez la routine sous forme de consignes courtes et numérotées qu'une autre personne pourrait suivre, en précisant qui appeler en cas de problème.
step-schedules = Configurer la planification automatique des sauvegardes
    .guidance = Réglez la sauvegarde de chaque système pour qu'elle se lance toute seule, à un moment où elle ne gêne personne, et au moins aussi souvent que l'exige la perte de données que vous pouvez accepter. Ensuite, regardez-en une se dérouler et notez la date : une planification que personne n'a vue fonctionner n'est qu'un espoir.
step-encryption = Vérifier les méthodes de chiffrement des sauvegardes
    .guidance = Pour chaque emplacement où des sauvegardes sont conservées, vérifiez comment les copies sont chiffrées et qui détient la clé. Gardez une copie de la clé en lieu sûr, à l'écart des sauvegardes : sans elle, une sauvegarde chiffrée ne peut pas être restaurée.
step-initial-backup = Effectuer la sauvegarde initiale des systèmes critiques
    .guidance = Lancez la première sauvegarde complète de chaque type de système et notez comment elle s'est passée : quand, combien de temps elle a pris, quelle était sa taille, et ce qui vous a surpris. Cette première copie est le point de départ sur lequel s'appuiera chaque restauration.
step-monitoring = Surveiller le processus de sauvegarde pour détecter les erreurs
    .guidance = Décidez qui vérifie que les sauvegardes ont bien eu lieu, comment cette personne s'en rend compte (un e-mail d'alerte, un tableau de bord, un coup d'œil à l'outil) et à quelle fréquence. Chaque erreur est notée dans le journal ci-dessous, avec ce qui a été fait pour la corriger, afin que les problèmes qui se répètent apparaissent.
step-restore-tests = Tester la restauration des données à partir des sauvegardes
    .guidance = Une sauvegarde n'a fait ses preuves que lorsqu'on a réussi à en restaurer quelque chose. Restaurez quelques fichiers, une base de données ou un système entier à un autre endroit (jamais par-dessus l'original), vérifiez que tout s'ouvre, et comparez le temps nécessaire à l'interruption que vous avez acceptée.
step-approval = Approbation : restauration des données
    .guidance = La personne qui répond des données du bureau prend connaissance des tests de restauration de l'étape 9, puis les approuve, demande des modifications ou les refuse. Modifier un test de restauration après coup oblige à redemander l'approbation.
step-log-review = Examiner les journaux de sauvegarde pour repérer les anomalies
    .guidance = De temps en temps, lisez les journaux de sauvegarde du début à la fin au lieu d'attendre une alerte : cherchez les tâches de sauvegarde qui ne se sont pas lancées sans rien signaler, les sauvegardes dont la taille a diminué, et les codes d'erreur qui reviennent sans cesse. Notez chaque examen et les suites qui lui ont été données.
step-documentation = Mettre à jour la documentation des sauvegardes
    .guidance = Mettez la procédure écrite à jour avec ce que les étapes précédentes vous ont appris, notez dans l'historique ce qui a changé, et fixez la date de la prochaine revue pour que le plan ne devienne pas obsolète sans que personne ne s'en aperçoive.
step-training = Former le personnel aux procédures de sauvegarde
    .guidance = Montrez au personnel ce que la procédure attend de lui : où enregistrer les fichiers pour qu'ils soient sauvegardés, comment demander une restauration, qui prévenir quand quelque chose semble anormal. Prévoyez une séance, invitez tout le monde et cochez les personnes présentes.
step-evaluation = Évaluer les performances des sauvegardes et ajuster les réglages si nécessaire
    .guidance = Faites le bilan de la période : combien de temps les sauvegardes ont pris, combien ont réussi, si les restaurations ont été assez rapides par rapport à vos besoins, et quel espace de stockage est utilisé. Notez ce que vous avez changé et quand vous referez le point.

## How far a step has got.
step-status-not-started = Non commencée
step-status-in-progress = En cours
step-status-complete = Terminée

## The controls of ISO/IEC 27002:2022 the steps follow, by their number.
control-5-9 = Inventaire des informations et autres actifs associés
control-5-30 = Préparation des TIC pour la continuité d'activité
control-5-33 = Protection des enregistrements
control-5-37 = Procédures d'exploitation documentées
control-6-3 = Sensibilisation, enseignement et formation en sécurité de l'information
control-8-10 = Suppression des informations
control-8-13 = Sauvegarde des informations
control-8-14 = Redondance des moyens de traitement de l'information
control-8-15 = Journalisation
control-8-16 = Activités de surveillance
control-8-24 = Utilisation de la cryptographie
