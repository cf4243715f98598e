## Help: the guide inside the app, the keyboard shortcuts and About.

## The Help menu's items, which are also the titles of their windows.
help-guide = Guide
help-shortcuts = Raccourcis clavier
help-about = À propos de Backup Planner

## The guide. The names of menus and commands in it ("New plan", "File > Print
## procedure...", "Start yearly review") are written as the menus say them.
help-guide-intro = Backup Planner vous aide à planifier, consigner et tenir à jour les sauvegardes de votre bureau. Il ne fait pas lui-même les sauvegardes : il en est le plan, le registre et la procédure imprimée.
help-first-plan = Votre premier plan
help-first-plan-text = Choisissez « Nouveau plan » et parcourez les 14 étapes de la liste de gauche ; une coche signale une étape terminée. Une fois les tests de restauration notés (étape 9), demandez l'approbation (étape 10), puis imprimez la procédure (Fichier > Imprimer la procédure...) et envoyez les invitations à la formation depuis l'étape 13. Enregistrez le plan là où le bureau range ses documents.
help-review = La revue annuelle
help-review-text = L'écran d'accueil indique la date de la prochaine revue de chaque plan et signale celles qui sont dépassées. Ouvrez le plan et choisissez « Commencer la revue annuelle » : chaque étape montre ce qui a été décidé la dernière fois ; confirmez-le ou modifiez-le, puis validez la revue. Le plan passe à une nouvelle version, et la procédure peut être imprimée de nouveau.
help-between = Entre deux revues
help-between-text = Notez un test de restauration, un examen des journaux, une séance de formation ou un résultat de sauvegarde dans son étape, au moment où il a lieu. Fichier > Importer les journaux... lit ce qu'ont noté les outils de sauvegarde et indique ce qui n'a pas fonctionné ; Fichier > Ajouter des rappels au calendrier... place chaque rendez-vous régulier dans votre propre calendrier.
# A heading, above the title and guidance of each of the 14 steps.
help-steps = Les 14 étapes
help-adviser = Le conseiller
help-adviser-text = Pendant que vous remplissez le plan, le panneau des constats compare vos choix aux bonnes pratiques (ISO/IEC 27002) et indique en termes simples ce qu'il faut améliorer, en commençant par le plus grave. Cliquez sur un constat pour aller à son étape. Les durées de conservation légales sont proposées comme valeurs par défaut à confirmer, et non comme des conseils juridiques.
help-files = Les fichiers qu'il enregistre
# ".ron", ".ron.bak" and ".~lock.NAME#" are the endings of the files' names: keep them
# as they are.
help-files-text = Le plan est un seul fichier dont le nom se termine par .ron, conservé là où vous l'enregistrez ; le fichier tel qu'il était avant chaque enregistrement est gardé à côté, en .ron.bak. Tant qu'un plan est ouvert, un petit fichier placé à côté (.~lock.NAME#) indique aux collègues qui l'a ouvert. Une copie du travail non enregistré est faite toutes les quelques secondes, si bien que rien n'est perdu si l'ordinateur s'arrête.

## The keyboard shortcuts.

# Two keys that do the same ("Ctrl+Z or Alt+Backspace").
help-keys-either = { $first } ou { $second }
help-keys-text = Tab passe au champ suivant et Maj+Tab revient au précédent ; Entrée ouvre une liste déroulante, et les touches fléchées permettent d'y faire un choix. Dans un champ de texte, les raccourcis des commandes « Annuler » et « Rétablir » agissent d'abord sur ce que vous avez tapé dans ce champ.

## About.

# The program's name and $version, its version number ("1.2.0").
help-about-version = Backup Planner { $version }
help-about-description = Planifier, documenter et passer en revue les sauvegardes d'un petit bureau en suivant 14 étapes alignées sur l'ISO/IEC 27002
help-licences = Licences
# The names of the licences and fonts stay as they are.
help-licences-text = Backup Planner est un logiciel libre, sous licence MIT ou sous licence Apache 2.0, au choix. Les documents imprimés utilisent les polices Noto Sans (latin, grec, cyrillique, arabe, hébreu ; copyright Google), sous SIL Open Font License 1.1. La fenêtre utilise les polices d'egui : Ubuntu Light (Ubuntu Font Licence 1.0), Hack (licences MIT et Bitstream Vera) et Noto Emoji (SIL Open Font License 1.1). Les documents sont composés avec typst (Apache 2.0). Chacune des autres bibliothèques garde sa propre licence, indiquée avec le code source.
# The heading of a list of the app's own folders, each with its path beside it (in the
# guide and in About).
help-places = Où les fichiers sont conservés
# In place of a folder's path, when the computer has no folder for it.
help-place-not-kept = non conservé : le système n'a pas de dossier pour cela
help-place-settings = Réglages et plans récents
help-place-recovery = Copies du travail non enregistré
help-place-print = Documents envoyés à l'impression
