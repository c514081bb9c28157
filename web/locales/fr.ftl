# Provisioning Planner : messages en français (vouvoiement, comme le guide en français).
# Termes du guide : « Mappages de groupes avancés », « niveau de siège », « fournisseur
# d'identité », « Synchronisation du répertoire (SCIM) », Manuel. Dans le texte courant, on
# dit « provisionnement » et « provisionner », les mots usuels des administrateurs ; le
# réglage du produit garde le libellé du guide, « Mode d'approvisionnement » : c'est le
# libellé du champ et de l'étape qui le reflètent, et une phrase qui le nomme le cite entre
# guillemets. Le guide s'arrête à l'étape 2 : « Enregistrer les modifications » et
# « Synchroniser maintenant » sont traduits dans le même registre. Les rôles restent ceux du
# produit : Owner, Admin, User, Developer, Billing, Claude Code User. Typographie : espace
# insécable avant le deux-points et dans les guillemets, espace fine insécable avant le
# point-virgule, le point d'exclamation et le point d'interrogation.

## The page

lang-name = Français
lang-label = Langue
lang-failed = Impossible de charger { $lang } : le serveur n’a pas répondu. La page reste en { $shown } et votre configuration est conservée.
retry = Réessayer
app-title = Planificateur de provisionnement
tagline = Planifiez le provisionnement SSO des utilisateurs de Claude et de Claude Console : voyez, avant d'enregistrer, ce qui arrivera à chaque utilisateur.
offline-note = Fonctionne entièrement dans votre navigateur. Rien de ce que vous saisissez n'est envoyé nulle part ; votre configuration est enregistrée uniquement dans ce navigateur.
offline-ready = Fonctionne hors ligne
offline-not-kept = Ce navigateur n'a pas conservé le planificateur pour une utilisation hors ligne (la première visite a été interrompue, ou le navigateur n'autorise pas l'enregistrement des données de site). Il fonctionne tant que le serveur est accessible ; rechargez la page pour réessayer.
update-ready = Une nouvelle version du planificateur est prête.
update-reload = Recharger
skip-to-content = Aller à l'étape en cours

# Between a label and what it labels: "Back: Plan".
label-sep = { "\u00A0: " }
labelled = { $label } : { $value }
quoted = « { $text } »

## Scenario menu

menu-label = Scénario
start-from = Partir de
start-from-placeholder = Choisissez un scénario…
empty-setup = Une configuration vide
load = Charger
open-file = Ouvrir un fichier…
export = Exporter en JSON
share = Partager le lien
copy = Copier
copied = Copié
close = Fermer
dismiss = Ignorer
undo = Annuler
share-link-label = Lien vers cette configuration
share-link-hint = Toute la configuration est dans le lien (après le #), compressée. L'ouvrir charge la configuration dans le planificateur ; elle n'est jamais envoyée à un serveur.
open-anyway = L'ouvrir quand même et la corriger ici
example-title = { $example ->
    [enterprise-scim-group-mappings] Enterprise : SCIM avec mappages de groupes (Claude + Console)
    [enterprise-entra-lockout] Enterprise sur Microsoft Entra : l'administrateur perdrait l'accès
    [team-jit] Plan Team : provisionnement juste-à-temps
    [console-only-scim] Organisation Console avec sa propre organisation parente, SCIM
   *[other] Exemple
}

## Notices

loaded-example = L'exemple « { $title } » a été chargé.
example-label = Ceci est un exemple : « { $example } ». Ce qui suit porte sur l'exemple, pas sur votre configuration. Partez de la vôtre avec « Une configuration vide » ou « Ouvrir un fichier… » dans le menu Scénario, ou importez votre annuaire à l'étape 3.
loaded-empty = Une configuration vide a été commencée.
imported = « { $file } » a été ouvert.
opened-shared = La configuration du lien partagé a été ouverte.
format-upgraded = Cette configuration était écrite au format de scénario { $from } ; le planificateur l'a mise à jour au format { $to } (même signification). L'enregistrement, l'export et le partage écrivent le format { $to }.
undone = La configuration que vous aviez avant a été restaurée.
import-failed = « { $file } » n'a pas été ouvert ; votre configuration actuelle n'a pas changé.
import-too-large = « { $file } » fait { $mb } Mo ; le planificateur ouvre les fichiers jusqu'à 48 Mo. Votre configuration actuelle n'a pas changé.
import-reading = Lecture du fichier…
import-unreadable = Le fichier n'a pas pu être lu : { $reason }
storage-unreadable = La configuration enregistrée dans ce navigateur n'a pas pu être lue. Elle a été mise de côté, inchangée, sous la clé de stockage « { $key } » ; le planificateur est reparti de l'exemple.
storage-unreadable-held = La configuration enregistrée dans ce navigateur n'a pas pu être lue, et il n'y a pas la place d'en garder une copie. Elle reste enregistrée telle quelle : tant que vous ne l'avez pas téléchargée comme fichier ou abandonnée, vos modifications ici ne sont pas enregistrées dans ce navigateur. Le planificateur est reparti de l'exemple.
storage-unreadable-download = La télécharger
storage-unreadable-discard = L'abandonner
storage-write-failed = Vos modifications n'ont pas pu être enregistrées dans ce navigateur (stockage plein ou désactivé). Exportez la configuration dans un fichier pour la conserver.
storage-unavailable = Ce navigateur ne permet pas d'enregistrer ; exportez la configuration dans un fichier pour conserver votre travail.
share-invalid = Le lien partagé n'a pas pu être ouvert : { $reason }. Votre configuration enregistrée est affichée à la place.
share-opening = Ouverture de la configuration partagée…
share-too-large = Cette configuration est trop grande pour un lien ({ $chars } caractères ; un lien peut en contenir { $limit }). Exportez-la plutôt dans un fichier.
share-unavailable = Ce navigateur ne peut pas compresser un lien. Exportez plutôt la configuration dans un fichier.
share-link-too-long = le lien dépasse { $limit } caractères
share-not-base64 = le lien est endommagé (ce n'est pas du base64 valide)
share-not-deflate = le lien est endommagé (il ne se décompresse pas)
share-no-decompressor = ce navigateur ne peut pas le décompresser
share-too-big-inflated = la configuration du lien dépasse { $mb } Mo
share-not-utf8 = le lien ne contient pas de texte
engine-error = { $kind } : { $detail }
pasted-none = Aucune adresse e-mail n'a été trouvée dans le texte collé.
pasted-added = { $added ->
    [0] Aucun utilisateur n'a été ajouté.
    [one] { $added } utilisateur ajouté.
   *[other] { $added } utilisateurs ajoutés.
}
pasted-added-skipped = { $added ->
    [one] { $added } utilisateur ajouté
   *[other] { $added } utilisateurs ajoutés
} ; { $skipped } ignorés, déjà dans l'annuaire ou en double.
tiers-carried-over = Les niveaux de siège ont été reportés de « { $from } » vers « { $to } » (du plus élevé au plus élevé). Vérifiez les sièges et les mappages de niveaux de siège.

## Input errors

input-errors-title = { $count ->
    [one] { $count } problème de la configuration doit être corrigé
   *[other] { $count } problèmes de la configuration doivent être corrigés
}
input-errors-keep = En attendant, le bilan affiche la dernière configuration valide.
input-errors-no-valid = Il n'y a pas encore de configuration valide à examiner.
go-to-field = Aller au champ
not-a-seat-number = Saisissez un nombre entier de 0 à 4294967295.
input-error-kind = { $kind ->
    [syntax] Illisible
    [type] Type incorrect
    [missing] Manquant
    [unknown_field] Champ inconnu
    [unknown_id] Valeur inconnue
    [duplicate] En double
    [invalid] Non autorisé
    [version] Version non prise en charge
   *[other] Problème
}

## Wizard

steps-label = Étapes de la configuration
back = Retour
next = Suivant
step-title = { $step ->
    [plan] Plan et organisations
    [modes] Mode d'approvisionnement
    [directory] Annuaire
    [mappings] Mappages de groupes
   *[review] Bilan
}
step-intro = { $step ->
    [plan] Votre plan, les organisations rattachées à votre organisation parente, les sièges achetés et qui configure le provisionnement.
    [modes] Comment les utilisateurs entrent dans chaque organisation : ajoutés à la main (Manuel), à leur première connexion (JIT) ou synchronisés depuis votre fournisseur d'identité (SCIM).
    [directory] Les utilisateurs que connaît votre fournisseur d'identité, leurs groupes, s'ils sont assignés à l'application Anthropic et qui est membre de chaque organisation aujourd'hui.
    [mappings] Les mappages de groupes avancés attribuent rôles et niveaux de siège à partir des groupes du fournisseur d'identité. Le rôle mappé le plus élevé l'emporte.
   *[review] Ce qui arrive à chaque utilisateur quand vous cliquez sur « Enregistrer les modifications », pourquoi, et quoi corriger d'abord.
}

## Step 1: plan and organizations

plan = Plan
parent-org = Organisation parente
plan-hint = Le plan de votre organisation parente, qui détient le SSO, le domaine vérifié et la connexion au fournisseur d'identité.
actor = Qui configure le provisionnement (votre e-mail)
actor-hint = Le planificateur vérifie que vous gardez l'accès Owner (Claude) ou Admin (Console) après l'enregistrement.
organizations = Organisations
org-id = Id
org-name = Nom
org-id-hint = Un nom court de votre choix pour cette organisation : les points à corriger, les exports et les liens de partage l’utilisent. Ce n’est pas l’identifiant de l’organisation chez Anthropic.
org-product = Produit
remove-org = Supprimer l'organisation { $org }
add-claude-org = Ajouter l'organisation Claude
add-console-org = Ajouter une organisation Console
seats = Sièges achetés
check-capacity = Vérifier la capacité en sièges
check-capacity-hint = Activez cette option pour saisir les sièges achetés ; les utilisateurs qui ne trouvent pas de siège libre apparaissent alors comme non ajoutés.
no-seats-console = Les organisations Console n'ont pas de niveaux de siège.
one-claude-org = Une organisation parente a au plus une organisation Claude.
no-claude-on-console-only = Une organisation Console avec sa propre organisation parente n'a pas d'organisation Claude.
product-name = { $product ->
    [claude] Claude
    [console] Claude Console
   *[other] { $product }
}
plan-name = { $plan ->
    [team] Plan Team
    [enterprise_seat_based] Plan Enterprise par siège
    [enterprise_usage_based] Plan Enterprise à l'usage (deux niveaux de siège)
    [enterprise_usage_based_single_seat] Plan Enterprise à l'usage (un niveau de siège)
    [console_only] Organisation Console avec sa propre organisation parente
   *[other] { $plan }
}
role-name = { $role ->
    [owner] Owner
    [admin] Admin
    [developer] Developer
    [limited_developer] Limited Developer
    [billing] Billing
    [claude_code_user] Claude Code User
    [user] User
   *[other] { $role }
}
tier-name = { $tier ->
    [premium] Premium
    [standard] Standard
    [chat_claude_code] Chat + Claude Code
    [chat] Chat
    [enterprise] Enterprise
   *[other] { $tier }
}

## Step 2: provisioning mode

idp = Fournisseur d'identité
scim-connected = La synchronisation du répertoire (SCIM) est connectée
scim-connected-hint = Étape 2 du guide : configurez la synchronisation du répertoire dans votre fournisseur d'identité avant de choisir SCIM.
mode = Mode d'approvisionnement
agm = Mappages de groupes avancés
turn-on-agm = Activer les mappages de groupes
agm-hint = Rôles et niveaux de siège à partir des groupes du fournisseur d'identité (JIT et SCIM uniquement).
not-available = Non disponible
available = Disponible
chosen-but-not-eligible = Choisi, mais non disponible : cette organisation est évaluée en mode Manuel.
mode-not-stated = Aucun mode choisi pour l'instant : le mode Manuel s'applique.
agm-no-effect-here = Les mappages de groupes n'ont aucun effet en mode Manuel.
mode-name = { $mode ->
    [manual] Manuel
    [jit] JIT (juste-à-temps)
   *[scim] SCIM
}
mode-short = { $mode ->
    [manual] Manuel
    [jit] JIT
   *[scim] SCIM
}
mode-with-mappings = { $mode } + mappages de groupes
mode-description = { $mode ->
    [manual] Vous invitez et supprimez les utilisateurs à la main. Personne n'est ajouté ni supprimé automatiquement.
    [jit] Les utilisateurs assignés à l'application rejoignent l'organisation à leur première connexion. Les membres qui ne sont plus assignés sont bloqués (ils restent dans la liste jusqu'à leur suppression manuelle).
   *[scim] Votre fournisseur d'identité ajoute les utilisateurs aussitôt et supprime les membres qui perdent l'accès à l'application.
}
scim-unavailable-reason = { $product ->
    [claude] SCIM nécessite un plan Enterprise ; il n'est pas disponible avec le plan Team (R7).
   *[console] SCIM n'est pas disponible pour une organisation Console rattachée à une organisation parente Team (R7).
}
idp-name = { $idp ->
    [okta] Okta
    [entra] Microsoft Entra ID
    [google] Google Workspace
    [jumpcloud] JumpCloud
    [onelogin] OneLogin
    [other] Autre
   *[unknown] { $idp }
}

## Step 3: directory

users = Utilisateurs
email = E-mail
name = Nom
sso-email = E-mail SSO
sso-email-same = Le SSO envoie : la même
sso-email-hint = L'adresse que le SSO envoie pour cet utilisateur, si ce n'est pas l'e-mail ci-dessus (R26). Laissez vide si c'est la même.
sign-in-provisioned = Provisionné comme
sign-in-sends = Le SSO envoie
sign-in-differs = Différence : { $provisioned } contre { $sends }.
assigned = Assigné à l'application
assigned-short = Assigné
groups = Groupes
groups-hint = Chaque groupe est une étiquette : saisissez un nom (les groupes de la configuration sont proposés) et appuyez sur Entrée, ou sur × pour retirer l'utilisateur. Les noms sont comparés à l'identique, casse comprise ; un groupe que personne d'autre n'a est marqué comme nouveau.
group-add = Ajouter un groupe…
group-add-label = Ajouter un groupe pour { $who }
group-new = nouveau groupe
group-new-title = Aucun autre utilisateur n'est dans ce groupe et aucun mappage de groupes ne le nomme : vérifiez l'orthographe.
group-remove = Retirer { $who } de { $group }
user-n = utilisateur { $n }
member-n = membre { $n }
field-of = { $field }, { $who }
add-user = Ajouter un utilisateur
remove = Supprimer
remove-who = Supprimer { $who }
paste-emails = Coller une liste d'adresses e-mail
paste-hint = Une par ligne, ou séparées par des virgules ou des espaces. Les adresses déjà dans l'annuaire sont ignorées.
add-pasted = Ajouter ces utilisateurs
filter-users = Filtrer les utilisateurs
no-users = Aucun utilisateur pour l'instant. Ajoutez-les un par un ou collez une liste d'adresses e-mail.
showing-of = { $shown } sur { $total } affichés.
show-all = Tout afficher
members-of = Membres actuels de { $org }
members-hint = Qui fait partie de l'organisation aujourd'hui, avec son rôle et son siège. Une organisation sans membres listés est considérée comme nouvelle, avec vous comme Owner/Admin.
role = Rôle
seat-tier = Niveau de siège
primary-owner = Primary Owner
primary-owner-not-owner = Seul un Owner peut être le Primary Owner.
primary-owner-taken = { $who } est déjà le Primary Owner ; décochez d'abord cette case pour choisir quelqu'un d'autre.
unknown-tier = (non indiqué)
add-member = Ajouter un membre
no-members = Aucun membre listé.

## Step 4: group mappings

roles-from-groups = Rôles à partir des groupes
tiers-from-groups = Niveaux de siège à partir des groupes
add-group = Ajouter
add-group-to = Ajouter un groupe pour { $target }
remove-group = Retirer { $group } de { $target }
no-groups-mapped = Aucun groupe mappé.
group-members = { $count ->
    [one] { $count } utilisateur
   *[other] { $count } utilisateurs
}
group-empty = aucun utilisateur dans l'annuaire
agm-off-note = Les mappages de groupes avancés sont désactivés pour cette organisation : les mappages sont conservés mais ignorés (R13). Activez-les à l'étape 2.
agm-manual-note = Cette organisation est en mode Manuel : les mappages n'ont aucun effet (R6).
precedence = Priorité des rôles
precedence-hint = Billing ne peut pas être classé par rapport à Developer, Limited Developer ou Claude Code User. Quand les groupes d'un utilisateur donnent les deux, le rôle le plus haut dans cette liste l'emporte.
precedence-claude = Les rôles Claude sont classés Owner > Admin > User : le rôle mappé le plus élevé l'emporte toujours.
move-up = Monter { $role }
move-down = Descendre { $role }
reset-precedence = Utiliser l'ordre par défaut
precedence-custom = Ordre personnalisé
interpretation = Hypothèse
from-the-guide = D'après le guide :
interp-precedence = Le guide ne classe pas Billing par rapport à Developer, Limited Developer ou Claude Code User. Le planificateur suppose l'ordre par défaut Admin, Developer, Limited Developer, Billing, Claude Code User, User (R3) ; modifiez-le ci-dessus si le vôtre diffère.
interp-tier-group-scope = Un utilisateur dans un groupe de niveau de siège mais dans aucun groupe de rôle est inclus, avec le rôle User (R10, R11) : le guide provisionne les utilisateurs présents dans au moins un groupe mappé, et un utilisateur sans groupe mappé à un rôle supérieur est rétrogradé à User.
tiers-not-applicable-single = Enterprise à un seul niveau de siège : le mappage des niveaux de siège ne s'applique pas et chaque utilisateur provisionné reçoit un siège Enterprise (R16).
tiers-not-applicable-console = Les organisations Console n'ont pas de niveaux de siège (R4, R16).
default-tier-note = Un utilisateur qui n'est dans aucun groupe de niveau de siège reçoit le niveau le plus élevé qui a encore un siège libre, en général le plus cher (R15).

## Review

live-summary = Vérification en direct
open-review = Ouvrir le bilan complet
findings = À corriger
no-findings = Rien à corriger.
what-to-do = Que faire :
go-to-step = Aller à { $step }
on-save = Ce qui se passe quand vous cliquez sur « Enregistrer les modifications »
save-tile = { $kind ->
    [add] ajoutés
    [update] mis à jour
    [remove] supprimés
    [blocked] bloqués
    [not_added] non ajoutés
    [later] changent de rôle ou de niveau à la connexion
   *[pending] entrent à la connexion
}
per-user = Chaque utilisateur
search-users = Rechercher : e-mail, nom, rôle, niveau de siège, groupe, point à corriger
status-filter = Afficher
all-users = Tous les utilisateurs
changes-only = Seulement les utilisateurs dont l'accès change
organization = Organisation
filter-any = Indifférent
rules-title = Les règles citées
rule-text = { $rule ->
    [R1] L'organisation parente gère le SSO, le domaine vérifié et la connexion à votre fournisseur d'identité ; son plan fixe les niveaux de siège de Claude.
    [R2] Une organisation parente a au plus une organisation Claude et autant d'organisations Console que nécessaire.
    [R3] Les rôles sont classés : Owner, puis Admin, puis User dans Claude ; dans Console, Admin est le plus haut et User le plus bas, et une liste de priorité tranche entre les autres.
    [R4] Seules les organisations Claude ont des niveaux de siège : ceux du plan.
    [R5] La personne qui configure le provisionnement a le rôle Owner (Claude) ou Admin (Console) ; le planificateur vérifie qu'elle le garde.
    [R6] Chaque organisation a un mode (Manuel, JIT ou SCIM) ; les mappages de groupes ne fonctionnent qu'avec JIT ou SCIM.
    [R7] SCIM exige un plan Enterprise, ou une organisation Console qui est sa propre parente ou rattachée à une parente Enterprise.
    [R8] SCIM ne fonctionne qu'une fois la synchronisation du répertoire connectée dans votre fournisseur d'identité.
    [R9] Un utilisateur affecté à l'application est provisionné dans toutes les organisations en mode SCIM.
    [R10] Manuel n'ajoute personne ; JIT ajoute les utilisateurs à leur connexion ; SCIM les ajoute aussitôt et retire les membres hors périmètre.
    [R11] Avec les mappages de groupes, un utilisateur reçoit le rôle le plus élevé mappé à l'un de ses groupes.
    [R12] L'enregistrement retire (SCIM) ou bloque (JIT) les membres non affectés à l'application ou, avec les mappages de groupes, dans aucun groupe mappé.
    [R13] Les mappages de groupes sont sans effet tant que les mappages de groupes avancés sont désactivés.
    [R14] Avec les mappages de groupes, un utilisateur reçoit le niveau de siège le plus élevé mappé à l'un de ses groupes.
    [R15] Un nouvel utilisateur dans aucun groupe de niveau de siège reçoit le niveau le plus élevé qui a un siège libre, souvent le plus cher.
    [R16] Sur Enterprise à siège unique, chacun reçoit le siège Enterprise ; les mappages de niveaux de siège ne s'appliquent pas.
    [R17] Un utilisateur qui a besoin d'un siège d'un niveau complet n'est pas ajouté tant que vous n'en achetez pas d'autres ; les sièges déjà attribués sont conservés en premier.
    [R18] Après l'achat de sièges, « Synchroniser maintenant » ajoute les utilisateurs restés à l'écart.
    [R19] Avec les mappages de groupes, un groupe mappé à Owner (Claude) ou Admin (Console) doit contenir au moins un utilisateur affecté.
    [R20] La personne qui configure le provisionnement doit garder Owner (Claude) ou Admin (Console) après l'enregistrement, sinon elle perd l'accès.
    [R21] Un groupe mappé qui ne contient aucun utilisateur du répertoire est souvent mal orthographié : les noms sont comparés à l'identique.
    [R22] Être dans un groupe ne suffit pas : les utilisateurs doivent aussi être affectés à l'application dans votre fournisseur d'identité.
    [R23] Les noms de groupe commençant par anthropic-claude- ou anthropic-console- sont plus faciles à repérer ; c'est facultatif.
    [R24] Microsoft Entra n'envoie les modifications SCIM que toutes les 40 minutes.
    [R26] Avec SCIM, un utilisateur ne peut se connecter que si l'adresse envoyée par le SSO correspond exactement à l'adresse provisionnée, casse comprise.
    [R25] Avec JIT, une modification prend effet à la prochaine connexion de l'utilisateur ; avec SCIM, à l'enregistrement et à chaque synchronisation.
    [R28] L'enregistrement est arrêté si plus de personnes perdraient l'accès que votre limite ne le permet (un nombre ou une part des membres actuels).
   *[R27] Le Primary Owner garde son rôle et son siège dans tous les modes : le provisionnement ne le retire, ne le bloque ni ne le modifie jamais.
}
col-user = Utilisateur
col-status = Statut
col-role = Rôle
col-seat = Niveau de siège
col-change = Modification
col-when = Prend effet
col-why = Pourquoi
no-matching-users = Aucun utilisateur ne correspond.
seats-title = Sièges
col-tier = Niveau
col-purchased = Achetés
col-assigned = Attribués
col-shortfall = À acheter
seat-meter = { $tier } : { $assigned } sur { $purchased }
capacity-not-checked = Aucun siège acheté indiqué : la capacité n'est pas vérifiée.
was = avant
not-given = non indiqué
checklist = Liste de contrôle de la configuration
do-not-save-yet = N'enregistrez pas encore
do-not-save-detail = Enregistrer maintenant supprimerait, bloquerait ou priverait d'accès des utilisateurs, ou laisserait l'organisation sans Owner/Admin. Corrigez d'abord les points signalés ci-dessous, puis cliquez sur « Enregistrer les modifications ».
save-blocked = Corrigez les erreurs avant d'enregistrer
save-ready = Prêt à enregistrer
save-incomplete = Pas encore vérifié
save-incomplete-detail = { $what ->
    [actor] Indiquez qui configure le provisionnement (étape 1) : d'ici là, le planificateur ne peut pas vérifier que vous gardez l'accès Owner/Admin.
   *[users] Ajoutez les utilisateurs de votre fournisseur d'identité (étape 3) : d'ici là, le planificateur n'a personne à vérifier.
}
compare = Comparer les modes
compare-hint = La même configuration dans chaque mode, tout le reste inchangé.
col-mode = Mode
col-eligible = Disponible
col-members = Membres
col-pending = À la connexion
col-not-added = Non ajoutés
col-removed = Supprimés
col-blocked = Bloqués
col-out = Hors périmètre
col-findings = Erreurs / avertissements / infos
current = actuel
use-this = Utiliser
use-this-mode = Utiliser { $mode }
yes = Oui
no = Non
notes = Hypothèses et remarques
no-notes = Aucune hypothèse n'a été nécessaire.
and-more = et { $count } de plus
show-more = Afficher { $count } de plus ({ $left } pas encore affichés)
severity-counts = Constats
counts-line = { $errors ->
    [one] { $errors } erreur
   *[other] { $errors } erreurs
}, { $warnings ->
    [one] { $warnings } avertissement
   *[other] { $warnings } avertissements
}, { $infos ->
    [one] { $infos } info
   *[other] { $infos } infos
}
severity-count = { $severity ->
    [error] { $count ->
        [one] { $count } erreur
       *[other] { $count } erreurs
    }
    [warning] { $count ->
        [one] { $count } avertissement
       *[other] { $count } avertissements
    }
   *[info] { $count ->
        [one] { $count } info
       *[other] { $count } infos
    }
}
severity-name = { $severity ->
    [error] Erreur
    [warning] Avertissement
   *[info] Info
}
status-name = { $status ->
    [member] Membre
    [pending_login] Entre à la connexion
    [not_added] Non ajouté
    [removed] Supprimé
    [blocked] Bloqué
    [out_of_scope] Hors périmètre
   *[other] { $status }
}
change-name = { $change ->
    [add] Ajouté
    [update] Mis à jour
    [remove] Supprimé
    [none] Aucune modification
   *[other] { $change }
}
takes-effect = { $when ->
    [on_save] À l'enregistrement
    [next_sign_in] À la prochaine connexion
   *[none] —
}
all-organizations = Toutes les organisations

## Setup checklist (guide §6)

check-step = { $step ->
    [prerequisites] Configurer l'authentification unique (SSO) et vérifier votre domaine
    [choose_mode] Choisir le « Mode d'approvisionnement »
    [connect_directory] Connecter la synchronisation du répertoire (SCIM) dans votre fournisseur d'identité
    [match_sign_in_email] Vérifier que le SSO et SCIM envoient le même attribut d'e-mail
    [set_mode] Sélectionner le mode et activer les mappages de groupes ; ne cliquez pas encore sur « Enregistrer les modifications »
    [assign_groups] Créer les groupes dans votre fournisseur d'identité, y ajouter les utilisateurs et vous inclure dans un groupe Owner/Admin
    [map_groups] Mapper les groupes aux rôles et aux niveaux de siège
    [save] Cliquer sur « Enregistrer les modifications »
   *[other] { $step }
}
check-status = { $status ->
    [done] Fait
    [todo] À faire
    [skip] Inutile
    [blocked] Bloqué
    [ready] Prêt
   *[other] { $status }
}
check-detail = { $step ->
    [prerequisites] Un rappel que le planificateur ne peut pas vérifier : l'authentification unique est configurée avec votre fournisseur d'identité, votre domaine est vérifié et vous avez le rôle Owner (Claude) ou Admin (Console).
    [choose_mode] { $status ->
        [done] Un mode est choisi pour chaque organisation.
       *[other] Choisissez un mode pour chaque organisation ; d'ici là, le mode Manuel s'applique.
    }
    [connect_directory] { $status ->
        [skip] Nécessaire seulement pour SCIM.
        [done] La synchronisation du répertoire est connectée.
       *[other] Configurez SCIM dans les paramètres d'identité et d'accès en suivant le guide WorkOS ; arrêtez-vous à l'étape des groupes du fournisseur d'identité.
    }
    [match_sign_in_email] { $status ->
        [skip] Nécessaire seulement pour SCIM.
        [done] Chaque utilisateur provisionné par SCIM se connecte avec l'adresse sous laquelle il est provisionné.
        [blocked] Des utilisateurs ne pourraient pas se connecter : résolvez d'abord { $codes }.
       *[other] Des utilisateurs en attente d'un siège se connectent avec une autre adresse que celle envoyée par SCIM. Alignez les attributs avant leur ajout.
    }
    [set_mode] { $status ->
        [done] Le mode peut être défini sans que personne ne perde l'accès.
       *[other] Ne cliquez pas encore sur « Enregistrer les modifications » : réglez d'abord { $codes }.
    }
    [assign_groups] { $status ->
        [skip] Nécessaire seulement avec les mappages de groupes avancés.
        [done] { $you ->
            [yes] Les groupes existent et comptent un Owner/Admin, vous compris.
           *[no] Les groupes existent et comptent un Owner/Admin.
        }
       *[other] À corriger dans votre fournisseur d'identité : { $codes }.
    }
    [map_groups] { $status ->
        [skip] Nécessaire seulement avec les mappages de groupes avancés.
       *[other] Les groupes sont mappés aux rôles et aux niveaux de siège.
    }
   *[save] { $status ->
        [ready] Rien n'empêche d'enregistrer.
       *[other] Corrigez d'abord les erreurs : { $codes }.
    }
}

## Findings: a title, a detail from the finding's parameters, and what to do

finding-title = { $code ->
    [SCIM_NOT_ELIGIBLE] SCIM n'est pas disponible pour cette organisation
    [SCIM_NOT_CONNECTED] La synchronisation du répertoire n'est pas encore connectée
    [SCIM_FANOUT] SCIM provisionne plusieurs organisations
    [AGM_NO_EFFECT] Les mappages de groupes n'ont aucun effet en mode Manuel
    [ROLE_DEFAULTED] Des utilisateurs reçoivent le rôle User par défaut
    [ROLE_AMBIGUOUS] Des rôles impossibles à classer
    [MEMBERS_REMOVED_ON_SAVE] L'enregistrement supprime des membres actuels
    [MEMBERS_BLOCKED] L'enregistrement bloque des membres actuels
    [MAPPINGS_IGNORED] Les mappages de groupes sont ignorés
    [DEFAULT_SEAT_TIER] Des utilisateurs reçoivent le niveau de siège libre le plus élevé
    [SEAT_TIER_MAPPING_NOT_APPLICABLE] Les mappages de niveaux de siège ne s'appliquent pas
    [SEAT_SHORTFALL] Pas assez de sièges
    [NO_PRIVILEGED_GROUP] Aucun groupe Owner/Admin
    [ACTOR_LOSES_ACCESS] Vous perdriez votre accès Owner/Admin
    [UNKNOWN_GROUP] Un groupe mappé n'a aucun utilisateur
    [UNASSIGNED_IN_GROUP] Des utilisateurs de groupes mappés ne sont pas assignés à l'application
    [GROUP_NAMING] Noms de groupe sans le préfixe suggéré
    [ENTRA_SYNC_DELAY] Microsoft Entra synchronise toutes les 40 minutes
    [LOOKALIKE_EMAILS] Adresses qui se ressemblent
    [ACTOR_NOT_PRIVILEGED] Vous n'avez peut-être pas le rôle que le guide suppose
    [PRIMARY_OWNER_EXEMPT] Le Primary Owner reste tel quel
    [SSO_EMAIL_MISMATCH] Le SSO envoie un autre e-mail que SCIM
    [REMOVAL_THRESHOLD] L'enregistrement retirerait l'accès à plus de personnes que votre limite
   *[other] { $code }
}
finding-advice = { $code ->
    [SCIM_NOT_ELIGIBLE] SCIM nécessite un plan Enterprise (ou une organisation Console avec sa propre organisation parente, ou rattachée à une organisation parente Enterprise). Choisissez JIT ou Manuel, ou changez de plan.
    [SCIM_NOT_CONNECTED] Connectez d'abord la synchronisation du répertoire (SCIM) dans votre fournisseur d'identité (étape 2 du guide), puis revenez définir le mode.
    [SCIM_FANOUT] Un utilisateur assigné à l'application est provisionné dans toutes les organisations en mode SCIM. Utilisez les mappages de groupes pour que chaque organisation n'ait que ses propres membres.
    [AGM_NO_EFFECT] Les mappages de groupes ne fonctionnent qu'avec JIT ou SCIM. Choisissez l'un de ces modes ou désactivez les mappages de groupes.
    [ROLE_DEFAULTED] Ces utilisateurs sont dans un groupe de niveau de siège mais dans aucun groupe de rôle : ils reçoivent donc User. Ajoutez-les à un groupe de rôle s'il leur faut un rôle plus élevé.
    [ROLE_AMBIGUOUS] Les deux rôles ne peuvent pas être classés : c'est donc la liste de priorité qui décide. Laissez l'utilisateur dans un seul des groupes, ou définissez la priorité voulue.
    [MEMBERS_REMOVED_ON_SAVE] N'enregistrez pas encore : assignez d'abord ces personnes à l'application (et, avec les mappages de groupes, à un groupe mappé), ou acceptez qu'elles perdent l'accès.
    [MEMBERS_BLOCKED] N'enregistrez pas encore : assignez d'abord ces personnes à l'application (et, avec les mappages de groupes, à un groupe mappé) ; sinon elles ne pourront plus se connecter et devront être supprimées à la main.
    [MAPPINGS_IGNORED] Activez les mappages de groupes avancés pour utiliser ces mappages ; d'ici là, rôles et sièges ne changent qu'à la main.
    [DEFAULT_SEAT_TIER] Les utilisateurs qui ne sont dans aucun groupe de niveau de siège reçoivent le niveau le plus élevé ayant un siège libre, en général le plus cher. Ajoutez-les à un groupe de niveau de siège pour choisir.
    [SEAT_TIER_MAPPING_NOT_APPLICABLE] Retirez ces mappages de niveaux de siège : cette organisation n'a pas de niveaux de siège à mapper (Enterprise à un seul niveau, ou Console).
    [SEAT_SHORTFALL] Achetez les sièges manquants dans Paramètres de l'organisation > Facturation (ou déplacez des utilisateurs vers un niveau ayant des sièges libres). Avec SCIM, cliquez ensuite sur « Synchroniser maintenant » ou attendez le prochain cycle de synchronisation ; avec JIT, un utilisateur en attente rejoint l'organisation à sa prochaine connexion, dès qu'un siège est libre.
    [NO_PRIVILEGED_GROUP] Mappez un groupe à Owner (Claude) ou Admin (Console) et mettez-y au moins un utilisateur assigné, vous compris.
    [ACTOR_LOSES_ACCESS] Avant d'enregistrer, ajoutez-vous à un groupe mappé au rôle que vous avez (Owner ou Admin) et assignez-vous à l'application. Ensuite, un autre Owner ou Admin peut rétablir votre rôle dans Paramètres de l'organisation > Organisation (Claude) ou Paramètres > Membres (Console).
    [UNKNOWN_GROUP] Aucun utilisateur de l'annuaire n'est dans ce groupe : vérifiez son orthographe (les noms sont comparés à l'identique) ou ajoutez-y ses membres.
    [UNASSIGNED_IN_GROUP] Assignez ces utilisateurs à l'application Anthropic dans votre fournisseur d'identité ; l'appartenance au groupe ne suffit pas à les provisionner.
    [GROUP_NAMING] Facultatif : faites commencer les noms de groupe par anthropic-claude- ou anthropic-console- pour les retrouver facilement.
    [ENTRA_SYNC_DELAY] Microsoft Entra n'envoie les modifications SCIM que toutes les 40 minutes : tenez compte de ce délai avant de vérifier les résultats.
    [LOOKALIKE_EMAILS] Vérifiez ces adresses dans votre fournisseur d'identité : Claude rattache chaque compte à son texte exact ; une adresse qui ressemble seulement à une autre est donc une autre personne, et une adresse avec un caractère caché ne correspond à personne.
    [SEAT_SHORTFALL-scim] Achetez les sièges manquants dans Paramètres de l'organisation > Facturation (ou déplacez des utilisateurs vers un niveau ayant des sièges libres). Cliquez ensuite sur « Synchroniser maintenant » à côté de « Synchronisation du répertoire (SCIM) » dans les paramètres d'identité et d'accès, ou attendez le prochain cycle de synchronisation, pour provisionner les utilisateurs qui n'ont pas encore été ajoutés.
    [SEAT_SHORTFALL-jit] Achetez les sièges manquants dans Paramètres de l'organisation > Facturation (ou déplacez des utilisateurs vers un niveau ayant des sièges libres). Un utilisateur qui attend un siège rejoint l'organisation à sa prochaine connexion, dès qu'un siège est libre.
    [SEAT_SHORTFALL-manual] Plus de sièges sont occupés qu'achetés : achetez les sièges manquants dans Paramètres de l'organisation > Facturation, ou reprenez des sièges à la main.
    [ACTOR_LOSES_ACCESS-claude-jit] Avant d'enregistrer, ajoutez-vous à un groupe mappé au rôle que vous avez (Owner ou Admin) et assignez-vous à l'application. Si c'est déjà arrivé : un autre Owner ou Admin peut rétablir votre rôle dans Paramètres de l'organisation > Organisation ; ou corrigez votre groupe dans le fournisseur d'identité, puis déconnectez-vous et reconnectez-vous.
    [ACTOR_LOSES_ACCESS-claude-scim] Avant d'enregistrer, ajoutez-vous à un groupe mappé au rôle que vous avez (Owner ou Admin) et assignez-vous à l'application. Si c'est déjà arrivé : un autre Owner ou Admin peut rétablir votre rôle dans Paramètres de l'organisation > Organisation ; ou corrigez votre groupe dans le fournisseur d'identité et demandez à un autre Owner ou Admin de cliquer sur « Synchroniser maintenant » dans les paramètres d'identité et d'accès, ou attendez le prochain cycle de synchronisation.
    [ACTOR_LOSES_ACCESS-console-jit] Avant d'enregistrer, ajoutez-vous à un groupe mappé à Admin et assignez-vous à l'application. Si c'est déjà arrivé : un autre Admin peut rétablir votre rôle dans Paramètres > Membres ; ou corrigez votre groupe dans le fournisseur d'identité, puis déconnectez-vous et reconnectez-vous.
    [ACTOR_LOSES_ACCESS-console-scim] Avant d'enregistrer, ajoutez-vous à un groupe mappé à Admin et assignez-vous à l'application. Si c'est déjà arrivé : un autre Admin peut rétablir votre rôle dans Paramètres > Membres ; ou corrigez votre groupe dans le fournisseur d'identité et demandez à un autre Admin de cliquer sur « Synchroniser maintenant » dans les paramètres d'identité et d'accès, ou attendez le prochain cycle de synchronisation.
    [ACTOR_NOT_PRIVILEGED] Le guide suppose que la personne qui configure le provisionnement a le rôle Owner (Claude) ou Admin (Console) : demandez à une personne qui a ce rôle de faire ces modifications, ou de vous donner ce rôle dans Paramètres de l'organisation > Organisation (Claude) ou Paramètres > Membres (Console). Si vous l'avez sous une autre adresse, indiquez cette adresse comme la vôtre.
    [ACTOR_NOT_PRIVILEGED-claude] Le guide suppose que la personne qui configure le provisionnement a le rôle Owner : demandez à un Owner de faire ces modifications, ou de vous donner le rôle Owner dans Paramètres de l'organisation > Organisation. Si vous l'avez sous une autre adresse, indiquez cette adresse comme la vôtre.
    [ACTOR_NOT_PRIVILEGED-console] Le guide suppose que la personne qui configure le provisionnement a le rôle Admin : demandez à un Admin de faire ces modifications, ou de vous donner le rôle Admin dans Paramètres > Membres. Si vous l'avez sous une autre adresse, indiquez cette adresse comme la vôtre.
    [ROLE_DEFAULTED-jit] Ces utilisateurs sont dans un groupe de niveau de siège mais dans aucun groupe de rôle : ils reçoivent donc User. Ajoutez-les à un groupe de rôle s'il leur faut un rôle plus élevé ; un membre reçoit alors le nouveau rôle quand il se déconnecte et se reconnecte.
    [ROLE_DEFAULTED-scim] Ces utilisateurs sont dans un groupe de niveau de siège mais dans aucun groupe de rôle : ils reçoivent donc User. Ajoutez-les à un groupe de rôle s'il leur faut un rôle plus élevé ; les membres reçoivent alors le nouveau rôle avec « Synchroniser maintenant » ou au prochain cycle de synchronisation.
    [PRIMARY_OWNER_EXEMPT] Rien à faire : le provisionnement laisse le Primary Owner tel quel. Pour le provisionner comme les autres, transférez d'abord le rôle de Primary Owner à un autre Owner.
    [SSO_EMAIL_MISMATCH] Claude rattache l'adresse envoyée par le SSO au compte provisionné de façon exacte, casse comprise. Dans votre fournisseur d'identité, mappez le userName SCIM et la revendication e-mail du SSO au même attribut (en général l'e-mail principal), puis lancez une synchronisation complète : une synchronisation incrémentielle ne répare pas les comptes existants.
    [SSO_EMAIL_MISMATCH-okta] Dans l'application Okta, SCIM (Provisioning > To App : userName, par défaut user.login) et le SSO (Sign On) se configurent séparément. Mappez les deux à user.email, puis forcez une resynchronisation complète : une synchronisation incrémentielle ne répare pas les comptes existants.
    [SSO_EMAIL_MISMATCH-entra] Dans Microsoft Entra, SCIM se configure dans Applications d'entreprise (Approvisionnement > Mappages d'attributs de l'application : userName, par défaut userPrincipalName) et le SSO dans les revendications d'authentification unique de l'application ou, pour OIDC, dans Inscriptions d'applications. Mappez les deux au même attribut (userPrincipalName ou mail), puis redémarrez l'approvisionnement pour une synchronisation complète : un cycle incrémentiel ne répare pas les comptes existants.
    [SSO_EMAIL_MISMATCH-google] Dans la console d'administration Google, le mappage d'attributs SAML de l'application et son provisionnement automatique (SCIM) sont des onglets distincts. Mappez les deux à l'adresse e-mail principale (primaryEmail), pas à un alias, puis lancez une resynchronisation complète : une synchronisation incrémentielle ne répare pas les comptes existants.
    [SSO_EMAIL_MISMATCH-onelogin] Dans l'application OneLogin, les paramètres de provisionnement SCIM et les instructions d'attributs SAML sont des onglets distincts. Mappez les deux à Email (et non Username), puis lancez une synchronisation complète : une synchronisation incrémentielle ne répare pas les comptes existants.
    [REMOVAL_THRESHOLD] N'enregistrez pas encore : vérifiez que chacune de ces personnes doit bien perdre l'accès (sinon, assignez-la à l'application ou à un groupe mappé). Si la modification est correcte, relevez la limite pour cette modification.
   *[other] { $code }
}
finding-scim-not-eligible = SCIM n'est pas disponible pour { $org } avec ce plan ({ $plan }) : l'organisation est donc évaluée en mode Manuel.
finding-scim-not-connected = SCIM est choisi pour { $orgs }, mais la synchronisation du répertoire n'est pas encore connectée ; les résultats sont affichés tels qu'ils seront une fois connectée.
finding-scim-fanout = Un utilisateur assigné à l'application est provisionné dans chacune de ces { $count } organisations : { $orgs }.
finding-agm-no-effect = Les mappages de groupes avancés sont activés pour { $org } mais n'ont aucun effet en mode Manuel.
finding-role-defaulted = { $count ->
    [one] { $count } utilisateur est inclus uniquement par un groupe de niveau de siège et reçoit
   *[other] { $count } utilisateurs sont inclus uniquement par un groupe de niveau de siège et reçoivent
} le rôle User (le guide provisionne les utilisateurs présents dans au moins un groupe mappé, et un utilisateur sans groupe mappé à un rôle supérieur est rétrogradé à User).
finding-role-ambiguous = { $user } reçoit à la fois { $chosen } et { $rival }, impossibles à classer ; la liste de priorité retient { $chosen }.
finding-members-removed = { $count ->
    [one] Enregistrer maintenant supprime { $count } membre actuel de { $org }.
   *[other] Enregistrer maintenant supprime { $count } membres actuels de { $org }.
}
finding-members-blocked = { $count ->
    [one] Enregistrer maintenant bloque { $count } membre actuel de { $org } : il ne peut plus se connecter mais reste dans la liste et garde son siège.
   *[other] Enregistrer maintenant bloque { $count } membres actuels de { $org } : ils ne peuvent plus se connecter mais restent dans la liste et gardent leurs sièges.
}
finding-mappings-ignored = { $count ->
    [one] { $count } groupe mappé de { $org } est ignoré tant que les mappages de groupes avancés sont désactivés.
   *[other] { $count } groupes mappés de { $org } sont ignorés tant que les mappages de groupes avancés sont désactivés.
}
finding-default-seat-tier = { $count ->
    [one] { $count } utilisateur sans groupe de niveau de siège reçoit le niveau le plus élevé ayant un siège libre : { $tiers }.
   *[other] { $count } utilisateurs sans groupe de niveau de siège reçoivent le niveau le plus élevé ayant un siège libre : { $tiers }.
}
tier-users = { $tier } : { $count ->
    [one] { $count } utilisateur
   *[other] { $count } utilisateurs
}
finding-tier-mapping-not-applicable = { $product ->
    [claude] Les mappages de niveaux de siège de { $org } ne s'appliquent pas (Enterprise à un seul niveau de siège) et sont ignorés.
   *[console] Les mappages de niveaux de siège de { $org } ne s'appliquent pas (les organisations Console n'ont pas de niveaux de siège) et sont ignorés.
}
finding-seat-shortfall = Pas assez de sièges dans { $org } : achetez { $tiers }.
tier-seats = { $tier } : { $count ->
    [one] { $count } siège
   *[other] { $count } sièges
}
finding-no-privileged-group = { $count ->
    [0] Aucun groupe de { $org } n'est mappé à { $role }.
   *[other] Aucun utilisateur assigné n'est dans un groupe mappé à { $role } dans { $org }.
}
finding-actor-demoted = Après l'enregistrement, vous ({ $actor }) auriez le rôle { $role } dans { $org }, en dessous de { $privileged } (statut : { $status }).
finding-actor-out = Après l'enregistrement, vous ({ $actor }) perdriez l'accès { $privileged } à { $org } (statut : { $status }).
finding-actor-not-privileged = Vous ({ $actor }) avez { $role } dans { $org }, pas { $privileged } : le guide suppose que la personne qui configure le provisionnement a { $privileged }.
finding-actor-not-member = Vous ({ $actor }) ne figurez pas parmi les membres de { $org } : le guide suppose que la personne qui configure le provisionnement a { $privileged }.
finding-unknown-group = { $count ->
    [one] Aucun utilisateur de l'annuaire n'est dans le groupe mappé { $groups }.
   *[other] Aucun utilisateur de l'annuaire n'est dans les groupes mappés { $groups }.
}
finding-case-mismatch = { $group } ne diffère de { $other } que par la casse, qui compte dans les noms.
finding-unassigned-in-group = { $count ->
    [one] { $count } utilisateur est dans des groupes mappés mais n'est pas assigné à l'application : il n'est donc pas provisionné.
   *[other] { $count } utilisateurs sont dans des groupes mappés mais ne sont pas assignés à l'application : ils ne sont donc pas provisionnés.
}
finding-group-naming = { $count ->
    [one] Facultatif : { $count } groupe mappé ne commence pas par { $prefix }, le préfixe suggéré par le guide.
   *[other] Facultatif : { $count } groupes mappés ne commencent pas par { $prefix }, le préfixe suggéré par le guide.
}
finding-entra-sync-delay = Microsoft Entra n'envoie les modifications SCIM que toutes les { $minutes } minutes ; elles peuvent mettre ce temps à apparaître.
finding-primary-owner-exempt = { $user } est le Primary Owner de { $org } et reste tel quel, alors que le provisionnement { $would ->
    [removed] le supprimerait
    [blocked] le bloquerait
   *[other] changerait son rôle ou son niveau de siège
}.
finding-sso-email-mismatch = { $count ->
    [one] { $count } utilisateur de { $org } ne peut pas se connecter : son SSO envoie un autre e-mail que celui provisionné par SCIM.
   *[other] { $count } utilisateurs de { $org } ne peuvent pas se connecter : leur SSO envoie un autre e-mail que celui provisionné par SCIM.
}
finding-removal-threshold = { $count ->
    [one] L'enregistrement retirerait l'accès à { $count } personne de { $org }, au-delà de votre limite de { $limit }.
   *[other] L'enregistrement retirerait l'accès à { $count } personnes de { $org }, au-delà de votre limite de { $limit }.
}
finding-lookalike-pairs = { $count ->
    [one] { $a } et { $b } se ressemblent mais sont deux personnes différentes ({ $marks }).
   *[other] { $count } paires d'adresses se ressemblent mais sont des personnes différentes, par exemple { $a } et { $b } ({ $marks }).
}
finding-lookalike-hidden = { $count ->
    [one] { $count } adresse contient un caractère invisible : { $list }.
   *[other] { $count } adresses contiennent un caractère invisible : { $list }.
}

## The planner's assumptions and notes, by id

note = { $note ->
    [scim_outcomes_once_connected] Les résultats sont calculés tels qu'ils seront une fois la synchronisation du répertoire connectée.
    [no_actor] Personne n'est indiqué comme configurant le provisionnement : le planificateur ne peut donc pas vérifier que vous gardez l'accès Owner/Admin. Saisissez votre e-mail à l'étape 1.
    [seat_group_scope] Un utilisateur dans un groupe de niveau de siège mais dans aucun groupe de rôle est inclus, avec le rôle User : le guide provisionne les utilisateurs présents dans au moins un groupe mappé, et un utilisateur sans groupe mappé à un rôle supérieur est rétrogradé à User.
    [default_precedence] Les rôles Console impossibles à classer sont départagés par l'ordre Admin, Developer, Limited Developer, Billing, Claude Code User, User ; le guide ne le dit pas. Définissez la priorité des rôles à l'étape 4 pour choisir.
    [tier_changes_first] Les sièges vont d'abord aux membres actuels qui changent de niveau (le siège que l'un libère est libre pour les autres), puis aux nouveaux utilisateurs dont les groupes indiquent un niveau, puis aux nouveaux utilisateurs qui reçoivent le niveau par défaut, chaque fois dans l'ordre de l'annuaire ; les membres actuels sans groupe de niveau montent au niveau par défaut en dernier, quand plus personne n'attend ; acheter les sièges manquants suffit donc toujours.
    [capacity_not_checked] Aucun siège acheté n'est indiqué pour { $org } : la capacité en sièges n'est donc pas vérifiée.
    [members_keep_tiers] Aucun groupe n'est mappé à un niveau de siège : les membres actuels gardent donc leur niveau. Le guide attribue à un utilisateur qui n'est dans aucun groupe de niveau le niveau disponible le plus élevé ; le planificateur ne l'applique aux membres actuels qu'une fois un groupe mappé à un niveau de siège.
    [scim_connected_orgs] Le guide dit que SCIM provisionne les utilisateurs assignés dans toutes les organisations connectées à votre organisation parente ; le planificateur ne les provisionne que dans les organisations réglées sur SCIM.
    [jit_blocks_members] Avec JIT, le planificateur montre les membres hors du périmètre comme bloqués : ils ne peuvent pas se connecter mais restent dans la liste jusqu'à leur connexion ou leur suppression à la main, comme le dit le tableau du guide, alors que son étape 3 dit qu'enregistrer trop tôt les supprime.
    [new_organization] Cette organisation ne liste aucun membre : le planificateur la considère donc comme nouvelle, avec vous pour seul membre, Owner (Claude) ou Admin (Console), avec un siège. Si elle n'est pas nouvelle, indiquez ses membres actuels à l'étape 3.
    [highest_free_tier] Le guide attribue à un utilisateur sans groupe de niveau le niveau disponible le plus élevé ; le planificateur l'entend comme le niveau le plus élevé ayant un siège libre : un utilisateur reçoit donc un niveau inférieur quand le plus élevé est complet.
    [usage_tier_order] Le guide ne classe pas les types de siège du plan à l'usage ; le planificateur considère Chat + Claude Code comme supérieur à Chat, pour le niveau par défaut et quand les groupes d'un utilisateur mappent les deux.
    [console_ranking] Le guide donne à un utilisateur la permission la plus élevée de ses groupes mais ne classe pas les rôles Console ; le planificateur place Admin au-dessus de tous les rôles, User en dessous de tous, et Developer au-dessus de Limited Developer, lui-même au-dessus de Claude Code User.
    [primary_owner_exempt] Le guide dit seulement que SCIM supprime tous les comptes sauf celui du Primary Owner ; le planificateur laisse le Primary Owner tel quel dans tous les modes : jamais supprimé ni bloqué, et les mappages de groupes ne changent jamais son rôle ni son niveau de siège.
   *[other] {""}
}

## Why a user ends as they do (R10–R25)

why-group-role = le groupe { $group } attribue { $role } (R11)
why-seat-group-only = seulement dans un groupe de niveau de siège : User par défaut (R11)
why-new-user-default = les nouveaux utilisateurs reçoivent User sans mappages de groupes (R10)
why-keeps-role = garde { $role } : sans mappages de groupes, les rôles ne changent qu'à la main (R10)
why-primary-owner = Primary Owner : reste tel quel, quels que soient ses groupes (R27)
why-manual-keeps = mode Manuel : conservé tel quel (R10)
why-group-tier = le groupe { $group } attribue un siège { $tier } (R14)
why-default-tier = dans aucun groupe de niveau de siège : le niveau le plus élevé ayant un siège libre, { $tier } (R15)
why-single-seat = un seul niveau de siège : { $tier } (R16)
why-keeps-tier = garde le siège { $tier }
why-keeps-unknown-tier = garde un siège de niveau inconnu (R17)
why-tier-full = le nouveau niveau n'a pas de siège libre : garde le siège actuel jusqu'à ce que vous en achetiez d'autres (R17)
why-ambiguous = { $chosen } et { $rival } ne peuvent pas être classés : la liste de priorité retient { $chosen } (R3, R11)
why-joins-at-sign-in = rejoint l'organisation à sa première connexion (R10, R25)
why-manual = mode Manuel : personne n'est ajouté automatiquement (R10)
why-manual-fallback = SCIM n'est pas disponible ici : le mode Manuel s'applique (R7)
why-not-assigned = non assigné à l'application dans le fournisseur d'identité (R10)
why-no-mapped-group = dans aucun groupe mappé dans cette organisation (R10)
why-removed-unassigned = membre actuel non assigné à l'application : supprimé à l'enregistrement (R12)
why-removed-no-group = membre actuel sans groupe mappé : supprimé à l'enregistrement (R12)
why-blocked = hors périmètre en JIT : ne peut plus se connecter, reste dans la liste et garde son siège jusqu'à sa suppression manuelle (R10, R12)
why-not-added = aucun siège libre du niveau requis : achetez des sièges, puis cliquez sur « Synchroniser maintenant » (R17, R18)

## Views for embedding

scim-check-title = Cette organisation peut-elle utiliser SCIM ?
scim-check-org = Organisation
scim-check-claude = L'organisation Claude
scim-check-console = Une organisation Console rattachée à cette organisation parente
scim-check-console-own = L'organisation Console (avec sa propre organisation parente)
open-planner = Ouvrir le planificateur
compare-title = Comparaison des modes : { $example }
unknown-example = Il n'existe aucun exemple nommé « { $name } ». Exemples : { $known }.
unknown-view = Il n'existe aucune vue nommée « { $name } » ; le planificateur est affiché.

## Importing users from an identity provider

import-title = Importer les utilisateurs depuis votre fournisseur d'identité
import-hint = Exports d'Okta, de Google Workspace, de Microsoft Entra ID, en SCIM 2.0 JSON ou en CSV simple (e-mail, nom, groupes). Choisissez plusieurs fichiers à la fois, par exemple les utilisateurs et les appartenances aux groupes. Les fichiers sont lus dans ce navigateur et ne sont jamais envoyés nulle part.
import-drop = Déposez les fichiers d'export ici, ou
import-choose = Choisir des fichiers…
import-paste = Coller un export
import-paste-label = Texte exporté (CSV ou SCIM JSON)
import-paste-read = Lire le texte collé
# The name under which pasted text is listed, like a file name.
import-pasted-name = texte collé
import-sample = Ou essayez un exemple d'export
import-sample-placeholder = Choisissez un exemple…
import-sample-read = Lire l'exemple
import-sample-title = { $sample ->
    [okta] Okta : utilisateurs et appartenances aux groupes (2 fichiers)
    [scim] SCIM 2.0 JSON : utilisateurs et groupes
    [plain] CSV simple : e-mail, nom, groupes
    [broken] Un fichier avec une erreur (pour voir comment les erreurs sont affichées)
   *[other] Exemple
}
import-reading-files = Lecture des fichiers…
import-preview-title = Ce que l'import chargerait
import-preview-hint = Rien n'a encore changé. Remplacez l'annuaire par ces utilisateurs, ou fusionnez-les dans l'annuaire : les utilisateurs sont rapprochés par e-mail sans tenir compte de la casse, et leurs groupes sont réunis.
import-users = Utilisateurs
import-groups = Groupes
import-memberships = Appartenances aux groupes
import-warnings = Avertissements
import-warnings-count = Avertissements ({ $count })
import-known = { $known } déjà dans l'annuaire, { $new ->
    [one] { $new } nouveau
   *[other] { $new } nouveaux
}.
import-unassigned = { $count ->
    [one] { $count } utilisateur désactivé : importé comme non assigné à l'application.
   *[other] { $count } utilisateurs désactivés : importés comme non assignés à l'application.
}
# A file read and the export format recognised in it.
import-file-format = { $file } : { $format }
format-name = { $format ->
    [scim] SCIM 2.0 JSON
    [google-users] CSV des utilisateurs Google Workspace
    [google-members] CSV des membres de groupe Google Workspace
    [entra-users] CSV des utilisateurs Microsoft Entra ID
    [okta-users] CSV des utilisateurs Okta
    [okta-groups] CSV des appartenances aux groupes Okta
    [plain] CSV simple
   *[other] { $format }
}
import-replace = Remplacer l'annuaire
import-merge = Fusionner dans l'annuaire
cancel = Annuler
import-failed-title = { $count ->
    [one] Rien n'a été chargé : { $count } problème à corriger. Votre configuration n'a pas changé.
   *[other] Rien n'a été chargé : { $count } problèmes à corriger. Votre configuration n'a pas changé.
}
# Where a problem is in a file.
import-at = { $file }, ligne { $line }, colonne { $column }
import-more = … et { $count } de plus.
import-no-files = Aucun fichier n'a été fourni.
import-too-many-files = { $count } fichiers ont été choisis ; le planificateur en lit jusqu'à { $max } à la fois.
import-file-too-large = Le fichier fait { $mb } Mo ; le planificateur lit les fichiers jusqu'à { $max } Mo.
# The directory already in the planner, named like a file in problems of a merge.
current-directory = l'annuaire actuel
import-applied-members = { $count ->
    [one] { $count } membre actuel de { $org } a été chargé depuis { $files } (il y en avait { $before }).
   *[other] { $count } membres actuels de { $org } ont été chargés depuis { $files } (il y en avait { $before }).
}
import-applied-replace = { $count ->
    [one] L'annuaire a été remplacé par { $count } utilisateur de { $files } (il y en avait { $before }).
   *[other] L'annuaire a été remplacé par { $count } utilisateurs de { $files } (il y en avait { $before }).
}
import-applied-merge = { $count ->
    [one] Les utilisateurs de { $files } ont été fusionnés dans l'annuaire : { $count } utilisateur ({ $new } nouveau).
   *[other] Les utilisateurs de { $files } ont été fusionnés dans l'annuaire : { $count } utilisateurs ({ $new ->
        [one] { $new } nouveau
       *[other] { $new } nouveaux
    }).
}
import-stopped = L'outil d'import s'est arrêté ({ $reason }). Rien n'a été modifié ; réessayez ou rechargez la page.
demo-failed = La démo n'a pas pu être créée ({ $reason }). Rien n'a été modifié ; choisissez-la de nouveau pour réessayer.
import-not-loaded = impossible de le charger : le serveur n’a pas répondu
import-garbled = sa réponse n'a pas pu être lue : { $detail }
import-request-unreadable = la demande de la page n'a pas pu être lue : { $detail }
import-stale = L'annuaire a changé depuis la lecture de ces fichiers : relisez-les pour les fusionner.
# Rows of an import that cannot be read: the import is refused unless the visitor leaves them out.
import-bad-rows-title = { $bad ->
    [one] { $bad } ligne invalide : rien n'est chargé, sauf si vous l'écartez.
   *[other] { $bad } lignes invalides : rien n'est chargé, sauf si vous les écartez.
}
import-bad-rows-hint = Corrigez le fichier et relisez-le, ou importez seulement les lignes valides. Rien ne change tant que vous n'appliquez pas l'import.
import-skip-bad = { $good ->
    [one] Importer { $good } ligne valide
   *[other] Importer les { $good } lignes valides
} et { $bad ->
    [one] écarter { $bad } ligne invalide
   *[other] écarter les { $bad } lignes invalides
}
import-skipped = { $count ->
    [one] { $count } ligne invalide écartée
   *[other] { $count } lignes invalides écartées
}
# Groups that the group mappings name but that no imported user is in.
import-missing-title = { $count ->
    [one] { $count } groupe mappé ne figure dans les groupes d'aucun utilisateur importé : son mappage ne trouverait personne.
   *[other] { $count } groupes mappés ne figurent dans les groupes d'aucun utilisateur importé : leurs mappages ne trouveraient personne.
}
import-missing-none = rien d'approchant dans les fichiers
import-looks-like = les fichiers ont
import-like = { $how ->
    [without_domain] son adresse e-mail
    [case] une autre casse
   *[prefix] un autre préfixe
}
import-without-domains = Utiliser les noms de groupe sans le domaine
import-without-domains-hint = Relit les fichiers et nomme chaque groupe par la partie de son adresse avant le @ : anthropic-claude-owners@acme.com devient anthropic-claude-owners.
import-renamed = { $count ->
    [one] Les groupes sont nommés sans leur domaine ({ $count } appartenance renommée).
   *[other] Les groupes sont nommés sans leur domaine ({ $count } appartenances renommées).
}
import-replace-drops = { $count ->
    [one] Remplacer retire { $count } utilisateur de l'annuaire que les fichiers ne contiennent pas.
   *[other] Remplacer retire { $count } utilisateurs de l'annuaire que les fichiers ne contiennent pas.
}
import-merge-adds = { $count ->
    [one] Fusionner ajoute { $count } utilisateur et ne retire personne.
   *[other] Fusionner ajoute { $count } utilisateurs et ne retire personne.
}
import-effect-title = Le bilan si vous appliquez l'import
import-effect-now = Maintenant
import-effect-replace = Après Remplacer
import-effect-merge = Après Fusionner
import-effect-in-scope = Utilisateurs dans le périmètre
import-effect-errors = Erreurs
import-effect-invalid = { $count ->
    [one] { $count } erreur de saisie
   *[other] { $count } erreurs de saisie
}
import-effect-large = Cette configuration est volumineuse : son bilan est calculé quand vous appliquez l'import (Annuler rétablit l'annuaire).
# The kind of a warning of the importer; its own words (English) follow.
import-warning-kind = { $kind ->
    [case_variant] Même personne, casse différente
    [repeated] Listé deux fois
    [sign_in_name_differs] Le nom de connexion diffère de l'e-mail
    [member_not_listed] Membre de groupe absent de la liste des utilisateurs
    [deactivated] Désactivé
    [nested_group] Groupe dans un groupe
    [incomplete] Liste incomplète
    [no_user_list] Aucune liste d'utilisateurs
    [formula_like] Commence comme une formule de tableur
    [hidden_character] Un caractère invisible
    [lookalike_email] Ressemble à une autre adresse
   *[other] Avertissement
}

## Current members from a file

members-load = Charger les membres depuis un CSV…
members-sample = Essayer un exemple de liste de membres
members-load-hint = Colonnes e-mail, rôle et, en option, niveau de siège (identifiants ou libellés, par exemple Owner, Chat + Claude Code).
members-preview = { $count ->
    [one] { $count } membre lu. Rien n'a encore changé : remplacer les membres actuels de { $org } par celui-ci ?
   *[other] { $count } membres lus. Rien n'a encore changé : remplacer les membres actuels de { $org } par ceux-ci ?
}
members-replace = Remplacer les membres
members-one-file = Choisissez un seul fichier de membres à la fois.
members-no-org = L'organisation n'existe plus.
# A member of the file, by position and email, then the engine's words (English).
member-problem = membre { $n } ({ $email }) : { $detail }

## Large directories

paste-cut = Le texte collé était trop long ({ $pasted } caractères) : seuls les { $kept } premiers ont été conservés. Ouvrez plutôt les gros exports comme fichiers.
showing-range = { $first }–{ $last } sur { $total } affichés.
previous-page = Précédent
next-page = Suivant
updating = Mise à jour…
updating-comparison = Comparaison des modes…
large-demo = Grande démo
large-demo-title = Une grande démo : { $users } utilisateurs
loaded-demo = Une démo générée de { $users } utilisateurs a été chargée (SCIM avec mappages de groupes).
demo-progress = Chargement d'une démo de { $users } utilisateurs
demo-phase = { $phase ->
    [generating] Génération des utilisateurs et des groupes…
    [checking] Vérification de la configuration…
   *[evaluating] Calcul de ce qui arrive à chaque utilisateur…
}
export-users = Exporter les utilisateurs en CSV
export-failed = Le navigateur n'a pas autorisé le téléchargement ; rien n'a été perdu.
storage-too-large = Cette configuration est trop grande pour le stockage de ce navigateur (il est plein). Votre travail reste ici jusqu'à ce que vous fermiez la page : exportez-le dans un fichier pour le conserver. La dernière configuration qui y tenait reste enregistrée.
