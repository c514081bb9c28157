# Provisioning Planner: deutsche Meldungen (Sie-Form, wie die deutsche Anleitung, neueste
# Fassung). Begriffe der Anleitung: „Bereitstellungsmodus“, „Gruppenzuordnungen“, das
# Kontrollkästchen „Gruppenzuordnungen aktivieren“, „Sitztyp“, „Identity Provider (IdP)“,
# „Verzeichnissynchronisierung (SCIM)“, „Identität und Zugriff“, „Organisationseinstellungen“,
# „Änderungen speichern“, „Jetzt synchronisieren“, Manuell. Die Rollen heißen wie im Produkt:
# Owner, Admin, User, Developer, Billing, Claude Code User. Für das Setup steht durchgehend
# „Einrichtung“.

## The page

lang-name = Deutsch
lang-label = Sprache
lang-failed = { $lang } konnte nicht geladen werden: Der Server hat nicht geantwortet. Die Seite bleibt auf { $shown }, Ihre Einrichtung bleibt erhalten.
retry = Erneut versuchen
app-title = Bereitstellungsplaner
tagline = Planen Sie die SSO-Benutzerbereitstellung für Claude und die Claude Console: Sehen Sie vor dem Speichern, was mit jedem Benutzer geschieht.
offline-note = Läuft vollständig in Ihrem Browser. Ihre Eingaben werden nirgendwohin gesendet; Ihre Einrichtung wird nur in diesem Browser gespeichert.
offline-ready = Funktioniert offline
offline-not-kept = Dieser Browser hat den Planer nicht für die Offline-Nutzung gespeichert (der erste Besuch wurde unterbrochen, oder der Browser erlaubt das Speichern von Websitedaten nicht). Er funktioniert, solange der Server erreichbar ist; laden Sie die Seite neu, um es erneut zu versuchen.
update-ready = Eine neue Version des Planers ist bereit.
update-reload = Neu laden
skip-to-content = Zum aktuellen Schritt springen

# Between a label and what it labels: "Back: Plan".
label-sep = { ": " }
labelled = { $label }: { $value }
quoted = „{ $text }“

## Scenario menu

menu-label = Szenario
start-from = Ausgangspunkt
start-from-placeholder = Szenario auswählen…
empty-setup = Leere Einrichtung
load = Laden
open-file = Datei öffnen…
export = JSON exportieren
share = Link teilen
copy = Kopieren
copied = Kopiert
close = Schließen
dismiss = Ausblenden
undo = Rückgängig
share-link-label = Link zu dieser Einrichtung
share-link-hint = Die ganze Einrichtung steckt komprimiert im Link (nach dem #). Beim Öffnen wird sie in den Planer geladen; sie wird nie an einen Server gesendet.
open-anyway = Trotzdem öffnen und hier korrigieren
example-title = { $example ->
    [enterprise-scim-group-mappings] Enterprise: SCIM mit Gruppenzuordnungen (Claude + Console)
    [enterprise-entra-lockout] Enterprise mit Microsoft Entra: Der Admin würde den Zugriff verlieren
    [team-jit] Team-Plan: Just-in-Time-Bereitstellung
    [console-only-scim] Console-Organisation mit eigener übergeordneter Organisation, SCIM
   *[other] Beispiel
}

## Notices

loaded-example = Das Beispiel „{ $title }“ wurde geladen.
example-label = Ein Beispiel: „{ $example }“, nicht Ihre Einrichtung. Für Ihre eigene wählen Sie „Leere Einrichtung“ oder „Datei öffnen…“ im Menü „Szenario“ oder importieren Ihr Verzeichnis in Schritt 3.
loaded-empty = Eine leere Einrichtung wurde begonnen.
imported = „{ $file }“ wurde geöffnet.
opened-shared = Die Einrichtung aus dem geteilten Link wurde geöffnet.
format-upgraded = Diese Einrichtung wurde im Szenarioformat { $from } geschrieben; der Planer hat sie auf Format { $to } aktualisiert (mit gleicher Bedeutung). Speichern, Exportieren und Teilen schreiben Format { $to }.
undone = Ihre vorherige Einrichtung wurde wiederhergestellt.
import-failed = „{ $file }“ wurde nicht geöffnet; Ihre aktuelle Einrichtung ist unverändert.
import-too-large = „{ $file }“ ist { $mb } MB groß; der Planer öffnet Dateien bis 48 MB. Ihre aktuelle Einrichtung ist unverändert.
import-reading = Datei wird gelesen…
import-unreadable = Die Datei konnte nicht gelesen werden: { $reason }
storage-unreadable = Die in diesem Browser gespeicherte Einrichtung konnte nicht gelesen werden. Sie wurde unverändert unter dem Speicherschlüssel „{ $key }“ beiseitegelegt; der Planer hat stattdessen mit dem Beispiel begonnen.
storage-unreadable-held = Die in diesem Browser gespeicherte Einrichtung konnte nicht gelesen werden, und für eine Kopie ist kein Platz. Sie bleibt unverändert gespeichert: Bis Sie sie als Datei herunterladen oder verwerfen, werden Ihre Änderungen hier nicht in diesem Browser gespeichert. Der Planer hat mit dem Beispiel begonnen.
storage-unreadable-download = Herunterladen
storage-unreadable-discard = Verwerfen
storage-write-failed = Ihre Änderungen konnten in diesem Browser nicht gespeichert werden (Speicher voll oder deaktiviert). Exportieren Sie die Einrichtung in eine Datei, um sie zu behalten.
storage-unavailable = Dieser Browser erlaubt kein Speichern; exportieren Sie die Einrichtung in eine Datei, um Ihre Arbeit zu behalten.
share-invalid = Der geteilte Link konnte nicht geöffnet werden: { $reason }. Stattdessen wird Ihre gespeicherte Einrichtung angezeigt.
share-opening = Geteilte Einrichtung wird geöffnet…
share-too-large = Diese Einrichtung ist zu groß für einen Link ({ $chars } Zeichen; ein Link fasst { $limit }). Exportieren Sie sie stattdessen in eine Datei.
share-unavailable = Dieser Browser kann keinen Link komprimieren. Exportieren Sie die Einrichtung stattdessen in eine Datei.
share-link-too-long = der Link ist länger als { $limit } Zeichen
share-not-base64 = der Link ist beschädigt (kein gültiges Base64)
share-not-deflate = der Link ist beschädigt (er lässt sich nicht entpacken)
share-no-decompressor = dieser Browser kann ihn nicht entpacken
share-too-big-inflated = die Einrichtung im Link ist größer als { $mb } MB
share-not-utf8 = der Link enthält keinen Text
engine-error = { $kind }: { $detail }
pasted-none = Im eingefügten Text wurden keine E-Mail-Adressen gefunden.
pasted-added = { $added ->
    [0] Es wurde kein Benutzer hinzugefügt.
    [one] { $added } Benutzer hinzugefügt.
   *[other] { $added } Benutzer hinzugefügt.
}
pasted-added-skipped = { $added ->
    [one] { $added } Benutzer hinzugefügt
   *[other] { $added } Benutzer hinzugefügt
}; { $skipped } übersprungen, da schon im Verzeichnis oder doppelt.
tiers-carried-over = Die Sitztypen wurden von „{ $from }“ nach „{ $to }“ übernommen (vom höchsten zum höchsten). Prüfen Sie die Sitze und die Sitztyp-Zuordnungen.

## Input errors

input-errors-title = { $count ->
    [one] { $count } Problem in der Einrichtung muss behoben werden
   *[other] { $count } Probleme in der Einrichtung müssen behoben werden
}
input-errors-keep = Bis dahin zeigt die Prüfung die letzte gültige Einrichtung.
input-errors-no-valid = Es gibt noch keine gültige Einrichtung zum Prüfen.
go-to-field = Zum Feld
not-a-seat-number = Geben Sie eine ganze Zahl von 0 bis 4294967295 ein.
input-error-kind = { $kind ->
    [syntax] Nicht lesbar
    [type] Falscher Typ
    [missing] Fehlt
    [unknown_field] Unbekanntes Feld
    [unknown_id] Unbekannter Wert
    [duplicate] Doppelt
    [invalid] Nicht zulässig
    [version] Nicht unterstützte Version
   *[other] Problem
}

## Wizard

steps-label = Schritte der Einrichtung
back = Zurück
next = Weiter
step-title = { $step ->
    [plan] Plan und Organisationen
    [modes] Bereitstellungsmodus
    [directory] Verzeichnis
    [mappings] Gruppenzuordnungen
   *[review] Prüfung
}
step-intro = { $step ->
    [plan] Ihr Plan, die mit Ihrer übergeordneten Organisation verbundenen Organisationen, die gekauften Sitze und wer die Bereitstellung konfiguriert.
    [modes] Wie Benutzer in jede Organisation kommen: von Hand hinzugefügt (Manuell), bei der ersten Anmeldung (JIT) oder aus Ihrem Identity Provider synchronisiert (SCIM).
    [directory] Die Benutzer, die Ihr Identity Provider kennt, ihre Gruppen, ob sie der Anthropic-App zugewiesen sind und wer heute Mitglied jeder Organisation ist.
    [mappings] Gruppenzuordnungen vergeben Rollen und Sitztypen anhand der Gruppen im Identity Provider. Die höchste zugeordnete Rolle gewinnt.
   *[review] Was mit jedem Benutzer geschieht, wenn Sie auf „Änderungen speichern“ klicken, warum, und was zuerst zu beheben ist.
}

## Step 1: plan and organizations

plan = Plan
parent-org = Übergeordnete Organisation
plan-hint = Der Plan Ihrer übergeordneten Organisation, zu der SSO, die verifizierte Domäne und die Verbindung zum Identity Provider gehören.
actor = Wer die Bereitstellung konfiguriert (Ihre E-Mail-Adresse)
actor-hint = Der Planer prüft, dass Sie nach dem Speichern den Owner- (Claude) oder Admin-Zugriff (Console) behalten.
organizations = Organisationen
org-id = ID
org-name = Name
org-id-hint = Ihr eigener Kurzname für diese Organisation: Befunde, Exporte und geteilte Links verwenden ihn. Er ist nicht die Organisations-ID bei Anthropic.
org-product = Produkt
remove-org = Organisation { $org } entfernen
add-claude-org = Claude-Organisation hinzufügen
add-console-org = Console-Organisation hinzufügen
seats = Gekaufte Sitze
check-capacity = Sitzkapazität prüfen
check-capacity-hint = Aktivieren, um die gekauften Sitze einzugeben; Benutzer ohne freien Sitz werden dann als nicht hinzugefügt angezeigt.
no-seats-console = Console-Organisationen haben keine Sitztypen.
one-claude-org = Eine übergeordnete Organisation hat höchstens eine Claude-Organisation.
no-claude-on-console-only = Eine Console-Organisation mit eigener übergeordneter Organisation hat keine Claude-Organisation.
product-name = { $product ->
    [claude] Claude
    [console] Claude Console
   *[other] { $product }
}
plan-name = { $plan ->
    [team] Team-Plan
    [enterprise_seat_based] Sitzbasierter Enterprise-Plan
    [enterprise_usage_based] Nutzungsbasierter Enterprise-Plan (zwei Sitztypen)
    [enterprise_usage_based_single_seat] Nutzungsbasierter Enterprise-Plan (einzelner Sitztyp)
    [console_only] Console-Organisation mit eigener übergeordneter Organisation
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

idp = Identity Provider
scim-connected = Die Verzeichnissynchronisierung (SCIM) ist verbunden
scim-connected-hint = Schritt 2 der Anleitung: Richten Sie die Verzeichnissynchronisierung in Ihrem Identity Provider ein, bevor Sie SCIM wählen.
mode = Bereitstellungsmodus
agm = Gruppenzuordnungen
turn-on-agm = Gruppenzuordnungen aktivieren
agm-hint = Rollen und Sitztypen aus Gruppen des Identity Providers (nur JIT und SCIM).
not-available = Nicht verfügbar
available = Verfügbar
chosen-but-not-eligible = Gewählt, aber nicht verfügbar: Diese Organisation wird als Manuell ausgewertet.
mode-not-stated = Noch kein Modus gewählt: Es gilt Manuell.
agm-no-effect-here = Gruppenzuordnungen haben im Modus Manuell keine Wirkung.
mode-name = { $mode ->
    [manual] Manuell
    [jit] JIT (Just-in-Time)
   *[scim] SCIM
}
mode-short = { $mode ->
    [manual] Manuell
    [jit] JIT
   *[scim] SCIM
}
mode-with-mappings = { $mode } + Gruppenzuordnungen
mode-description = { $mode ->
    [manual] Sie laden Benutzer von Hand ein und entfernen sie auch von Hand. Niemand wird automatisch hinzugefügt oder entfernt.
    [jit] Der App zugewiesene Benutzer kommen bei ihrer ersten Anmeldung hinzu. Nicht mehr zugewiesene Mitglieder werden gesperrt (sie bleiben in der Liste, bis sie von Hand entfernt werden).
   *[scim] Ihr Identity Provider fügt Benutzer sofort hinzu und entfernt Mitglieder, die den Zugriff auf die App verlieren.
}
scim-unavailable-reason = { $product ->
    [claude] SCIM setzt einen Enterprise-Plan voraus; im Team-Plan ist es nicht verfügbar (R7).
   *[console] SCIM ist für eine Console-Organisation, die mit einer übergeordneten Organisation im Team-Plan verbunden ist, nicht verfügbar (R7).
}
idp-name = { $idp ->
    [okta] Okta
    [entra] Microsoft Entra ID
    [google] Google Workspace
    [jumpcloud] JumpCloud
    [onelogin] OneLogin
    [other] Andere
   *[unknown] { $idp }
}

## Step 3: directory

users = Benutzer
email = E-Mail
name = Name
sso-email = SSO-E-Mail
sso-email-same = SSO sendet: dieselbe
sso-email-hint = Die Adresse, die SSO für diesen Benutzer sendet, falls sie nicht die obige E-Mail ist (R26). Leer lassen, wenn sie gleich ist.
sign-in-provisioned = Bereitgestellt als
sign-in-sends = SSO sendet
sign-in-differs = Abweichung: { $provisioned } gegenüber { $sends }.
assigned = Der App zugewiesen
assigned-short = Zugewiesen
groups = Gruppen
groups-hint = Jede Gruppe ist ein Chip: Namen eingeben (die Gruppen der Einrichtung werden vorgeschlagen) und Eingabe drücken, oder ×, um den Benutzer herauszunehmen. Namen werden exakt verglichen; eine Gruppe, die sonst niemand hat, ist als neu markiert.
group-add = Gruppe hinzufügen…
group-add-label = Gruppe für { $who } hinzufügen
group-new = neue Gruppe
group-new-title = Kein anderer Benutzer ist in dieser Gruppe, und keine Gruppenzuordnung nennt sie: Schreibweise prüfen.
group-remove = { $who } aus { $group } entfernen
user-n = Benutzer { $n }
member-n = Mitglied { $n }
field-of = { $field }, { $who }
add-user = Benutzer hinzufügen
remove = Entfernen
remove-who = { $who } entfernen
paste-emails = Liste von E-Mail-Adressen einfügen
paste-hint = Eine pro Zeile oder durch Kommas oder Leerzeichen getrennt. Adressen, die schon im Verzeichnis sind, werden übersprungen.
add-pasted = Diese Benutzer hinzufügen
filter-users = Benutzer filtern
no-users = Noch keine Benutzer. Fügen Sie sie einzeln hinzu oder fügen Sie eine Liste von E-Mail-Adressen ein.
showing-of = { $shown } von { $total } angezeigt.
show-all = Alle anzeigen
members-of = Aktuelle Mitglieder von { $org }
members-hint = Wer heute in der Organisation ist, mit Rolle und Sitz. Eine Organisation ohne aufgeführte Mitglieder gilt als neu, mit Ihnen als Owner/Admin.
role = Rolle
seat-tier = Sitztyp
primary-owner = Primary Owner
primary-owner-not-owner = Nur ein Owner kann Primary Owner sein.
primary-owner-taken = { $who } ist bereits Primary Owner; entfernen Sie dort zuerst die Markierung, um jemand anderen zu wählen.
unknown-tier = (nicht angegeben)
add-member = Mitglied hinzufügen
no-members = Keine Mitglieder aufgeführt.

## Step 4: group mappings

roles-from-groups = Rollen aus Gruppen
tiers-from-groups = Sitztypen aus Gruppen
add-group = Hinzufügen
add-group-to = Gruppe für { $target } hinzufügen
remove-group = { $group } von { $target } entfernen
no-groups-mapped = Keine Gruppe zugeordnet.
group-members = { $count ->
    [one] { $count } Benutzer
   *[other] { $count } Benutzer
}
group-empty = kein Benutzer im Verzeichnis
agm-off-note = Die Gruppenzuordnungen sind für diese Organisation deaktiviert: Zuordnungen bleiben erhalten, werden aber ignoriert (R13). Setzen Sie in Schritt 2 das Häkchen bei „Gruppenzuordnungen aktivieren“.
agm-manual-note = Diese Organisation ist im Modus Manuell: Zuordnungen haben keine Wirkung (R6).
precedence = Rangfolge der Rollen
precedence-hint = Billing lässt sich gegenüber Developer, Limited Developer oder Claude Code User nicht einordnen. Wenn die Gruppen eines Benutzers beide ergeben, gewinnt die Rolle, die in dieser Liste höher steht.
precedence-claude = Claude-Rollen sind als Owner > Admin > User geordnet: Die höchste zugeordnete Rolle gewinnt immer.
move-up = { $role } nach oben
move-down = { $role } nach unten
reset-precedence = Standardreihenfolge verwenden
precedence-custom = Eigene Reihenfolge
interpretation = Annahme
from-the-guide = Laut Anleitung:
interp-precedence = Die Anleitung legt keine Rangfolge zwischen Billing und Developer, Limited Developer oder Claude Code User fest. Der Planer nimmt die Standardreihenfolge Admin, Developer, Limited Developer, Billing, Claude Code User, User an (R3); ändern Sie sie oben bei Bedarf.
interp-tier-group-scope = Ein Benutzer in einer Sitztyp-Gruppe, aber in keiner Rollengruppe, ist erfasst, mit der Rolle User (R10, R11): Die Anleitung stellt Benutzer in mindestens einer zugeordneten Gruppe bereit, und ein Benutzer ohne Gruppe für eine höhere Rolle wird auf User herabgestuft.
tiers-not-applicable-single = Single-Seat Enterprise hat einen einzigen Sitztyp: Die Sitztyp-Zuordnung gilt nicht, und jeder bereitgestellte Benutzer erhält einen Enterprise-Sitz (R16).
tiers-not-applicable-console = Console-Organisationen haben keine Sitztypen (R4, R16).
default-tier-note = Ein Benutzer in keiner Sitztyp-Gruppe erhält den höchsten Typ, der noch einen freien Sitz hat, meist den teuersten (R15).

## Review

live-summary = Live-Prüfung
open-review = Vollständige Prüfung öffnen
findings = Was zu beheben ist
no-findings = Nichts zu beheben.
what-to-do = Was zu tun ist:
go-to-step = Zu { $step }
on-save = Was passiert, wenn Sie auf „Änderungen speichern“ klicken
save-tile = { $kind ->
    [add] hinzugefügt
    [update] aktualisiert
    [remove] entfernt
    [blocked] gesperrt
    [not_added] nicht hinzugefügt
    [later] ändern sich bei Anmeldung
   *[pending] kommen bei Anmeldung
}
per-user = Jeder Benutzer
search-users = Suchen: E-Mail, Name, Rolle, Sitztyp, Gruppe, Befund
status-filter = Anzeigen
all-users = Alle Benutzer
changes-only = Nur Benutzer, deren Zugriff sich ändert
organization = Organisation
filter-any = Alle
rules-title = Die genannten Regeln
rule-text = { $rule ->
    [R1] Die übergeordnete Organisation verwaltet SSO, die verifizierte Domain und die Verbindung zu Ihrem Identity Provider; ihr Plan bestimmt die Sitztypen von Claude.
    [R2] Eine übergeordnete Organisation hat höchstens eine Claude-Organisation und beliebig viele Console-Organisationen.
    [R3] Rollen sind geordnet: Owner über Admin über User in Claude; in der Console ist Admin die höchste und User die niedrigste, zwischen den übrigen entscheidet eine Rangfolge.
    [R4] Nur Claude-Organisationen haben Sitztypen: die des Plans.
    [R5] Wer die Bereitstellung einrichtet, hat Owner (Claude) oder Admin (Console); der Planer prüft, dass diese Rolle erhalten bleibt.
    [R6] Jede Organisation hat einen Modus (Manuell, JIT oder SCIM); Gruppenzuordnungen wirken nur mit JIT oder SCIM.
    [R7] SCIM erfordert einen Enterprise-Plan oder eine Console-Organisation, die ihre eigene übergeordnete Organisation ist oder zu einer Enterprise-Organisation gehört.
    [R8] SCIM funktioniert erst, wenn die Verzeichnissynchronisierung in Ihrem Identity Provider verbunden ist.
    [R9] Ein der App zugewiesener Benutzer wird in jede Organisation im SCIM-Modus bereitgestellt.
    [R10] Manuell fügt niemanden hinzu; JIT fügt Benutzer bei der Anmeldung hinzu; SCIM fügt sie sofort hinzu und entfernt Mitglieder außerhalb des Bereichs.
    [R11] Mit Gruppenzuordnungen erhält ein Benutzer die höchste Rolle, die einer seiner Gruppen zugeordnet ist.
    [R12] Speichern entfernt (SCIM) oder sperrt (JIT) Mitglieder, die der App nicht zugewiesen sind oder mit Gruppenzuordnungen in keiner zugeordneten Gruppe sind.
    [R13] Gruppenzuordnungen wirken nicht, solange die Gruppenzuordnungen ausgeschaltet sind.
    [R14] Mit Gruppenzuordnungen erhält ein Benutzer den höchsten Sitztyp, der einer seiner Gruppen zugeordnet ist.
    [R15] Ein neuer Benutzer ohne Sitztyp-Gruppe erhält den höchsten Sitztyp mit freiem Sitz, meist den teuersten.
    [R16] Bei Enterprise mit nur einem Sitztyp erhält jeder den Enterprise-Sitz; Sitztyp-Zuordnungen gelten nicht.
    [R17] Wer einen Sitz eines vollen Typs braucht, wird erst hinzugefügt, wenn Sie mehr kaufen; vorhandene Sitze werden zuerst behalten.
    [R18] Nach dem Kauf von Sitzen fügt „Jetzt synchronisieren“ die übrigen Benutzer hinzu.
    [R19] Mit Gruppenzuordnungen muss eine Owner-Gruppe (Claude) oder Admin-Gruppe (Console) mindestens einen zugewiesenen Benutzer enthalten.
    [R20] Wer die Bereitstellung einrichtet, muss nach dem Speichern Owner (Claude) oder Admin (Console) bleiben, sonst sperrt er sich aus.
    [R21] Eine zugeordnete Gruppe ohne Benutzer im Verzeichnis ist oft falsch geschrieben: Namen werden exakt verglichen.
    [R22] Eine Gruppenmitgliedschaft genügt nicht: Benutzer müssen der App auch in Ihrem Identity Provider zugewiesen sein.
    [R23] Gruppennamen mit anthropic-claude- oder anthropic-console- am Anfang sind leichter zu finden; das ist freiwillig.
    [R24] Microsoft Entra überträgt SCIM-Änderungen nur alle 40 Minuten.
    [R26] Bei SCIM kann sich ein Benutzer nur anmelden, wenn die per SSO gesendete E-Mail-Adresse exakt der bereitgestellten entspricht, auch in der Groß-/Kleinschreibung.
    [R25] Bei JIT wirkt eine Änderung bei der nächsten Anmeldung; bei SCIM beim Speichern und bei jeder Synchronisierung.
    [R28] Speichern wird gestoppt, wenn mehr Personen den Zugriff verlieren würden, als Ihr Limit erlaubt (eine Anzahl oder ein Anteil der aktuellen Mitglieder).
   *[R27] Der Primary Owner behält in jedem Modus Rolle und Sitz: Die Bereitstellung entfernt, sperrt oder ändert ihn nie.
}
col-user = Benutzer
col-status = Status
col-role = Rolle
col-seat = Sitztyp
col-change = Änderung
col-when = Wirksam
col-why = Warum
no-matching-users = Kein Benutzer passt.
seats-title = Sitze
col-tier = Typ
col-purchased = Gekauft
col-assigned = Vergeben
col-shortfall = Zu kaufen
seat-meter = { $tier }: { $assigned } von { $purchased }
capacity-not-checked = Keine gekauften Sitze angegeben: Die Kapazität wird nicht geprüft.
was = vorher
not-given = nicht angegeben
checklist = Checkliste der Einrichtung
do-not-save-yet = Noch nicht speichern
do-not-save-detail = Jetzt zu speichern würde Benutzer entfernen, sperren oder aussperren oder die Organisation ohne Owner/Admin lassen. Beheben Sie zuerst die unten markierten Befunde und klicken Sie dann auf „Änderungen speichern“.
save-blocked = Beheben Sie vor dem Speichern die Fehler
save-ready = Bereit zum Speichern
save-incomplete = Noch nicht geprüft
save-incomplete-detail = { $what ->
    [actor] Geben Sie in Schritt 1 an, wer die Bereitstellung einrichtet: Erst dann prüft der Planer, ob Sie Owner/Admin bleiben.
   *[users] Fügen Sie in Schritt 3 die Benutzer Ihres Identity Providers hinzu: Erst dann hat der Planer jemanden zu prüfen.
}
compare = Modi vergleichen
compare-hint = Dieselbe Einrichtung in jedem Modus, alles andere unverändert.
col-mode = Modus
col-eligible = Verfügbar
col-members = Mitglieder
col-pending = Bei Anmeldung
col-not-added = Nicht hinzugefügt
col-removed = Entfernt
col-blocked = Gesperrt
col-out = Nicht erfasst
col-findings = Fehler / Warnungen / Hinweise
current = aktuell
use-this = Verwenden
use-this-mode = { $mode } verwenden
yes = Ja
no = Nein
notes = Annahmen und Hinweise
no-notes = Es waren keine Annahmen nötig.
and-more = und { $count } weitere
show-more = { $count } weitere anzeigen ({ $left } noch nicht angezeigt)
severity-counts = Befunde
counts-line = { $errors ->
    [one] { $errors } Fehler
   *[other] { $errors } Fehler
}, { $warnings ->
    [one] { $warnings } Warnung
   *[other] { $warnings } Warnungen
}, { $infos ->
    [one] { $infos } Hinweis
   *[other] { $infos } Hinweise
}
severity-count = { $severity ->
    [error] { $count ->
        [one] { $count } Fehler
       *[other] { $count } Fehler
    }
    [warning] { $count ->
        [one] { $count } Warnung
       *[other] { $count } Warnungen
    }
   *[info] { $count ->
        [one] { $count } Hinweis
       *[other] { $count } Hinweise
    }
}
severity-name = { $severity ->
    [error] Fehler
    [warning] Warnung
   *[info] Hinweis
}
status-name = { $status ->
    [member] Mitglied
    [pending_login] Kommt bei Anmeldung
    [not_added] Nicht hinzugefügt
    [removed] Entfernt
    [blocked] Gesperrt
    [out_of_scope] Nicht erfasst
   *[other] { $status }
}
change-name = { $change ->
    [add] Hinzugefügt
    [update] Aktualisiert
    [remove] Entfernt
    [none] Keine Änderung
   *[other] { $change }
}
takes-effect = { $when ->
    [on_save] Beim Speichern
    [next_sign_in] Bei der nächsten Anmeldung
   *[none] —
}
all-organizations = Alle Organisationen

## Setup checklist (guide §6)

check-step = { $step ->
    [prerequisites] Single Sign-On (SSO) einrichten und Ihre Domäne verifizieren
    [choose_mode] Bereitstellungsmodus wählen
    [connect_directory] Verzeichnissynchronisierung (SCIM) in Ihrem Identity Provider verbinden
    [match_sign_in_email] Prüfen, dass SSO und SCIM dasselbe E-Mail-Attribut senden
    [set_mode] Modus auswählen und Gruppenzuordnungen aktivieren – noch nicht auf „Änderungen speichern“ klicken
    [assign_groups] Gruppen in Ihrem Identity Provider anlegen, Benutzer hinzufügen, sich selbst in eine Owner-/Admin-Gruppe aufnehmen
    [map_groups] Gruppen Rollen und Sitztypen zuordnen
    [save] Auf „Änderungen speichern“ klicken
   *[other] { $step }
}
check-status = { $status ->
    [done] Erledigt
    [todo] Offen
    [skip] Nicht nötig
    [blocked] Blockiert
    [ready] Bereit
   *[other] { $status }
}
check-detail = { $step ->
    [prerequisites] Eine Erinnerung, die der Planer nicht prüfen kann: Single Sign-On ist mit Ihrem Identity Provider eingerichtet, Ihre Domäne ist verifiziert, und Sie haben die Rolle Owner (Claude) oder Admin (Console).
    [choose_mode] { $status ->
        [done] Jede Organisation hat einen Bereitstellungsmodus.
       *[other] Wählen Sie für jede Organisation einen Modus; bis dahin gilt Manuell.
    }
    [connect_directory] { $status ->
        [skip] Nur für SCIM nötig.
        [done] Die Verzeichnissynchronisierung ist verbunden.
       *[other] Richten Sie SCIM unter „Identität und Zugriff“ nach der WorkOS-Anleitung ein; halten Sie beim IdP-Gruppenschritt an.
    }
    [match_sign_in_email] { $status ->
        [skip] Nur für SCIM nötig.
        [done] Alle per SCIM bereitgestellten Benutzer melden sich mit ihrer bereitgestellten Adresse an.
        [blocked] Einige Benutzer könnten sich nicht anmelden: Beheben Sie zuerst { $codes }.
       *[other] Auf einen Sitz wartende Benutzer melden sich mit einer anderen Adresse an, als SCIM sendet. Gleichen Sie die Attribute an, bevor sie hinzugefügt werden.
    }
    [set_mode] { $status ->
        [done] Der Modus lässt sich setzen, ohne dass jemand den Zugriff verliert.
       *[other] Noch nicht auf „Änderungen speichern“ klicken: Beheben Sie zuerst { $codes }.
    }
    [assign_groups] { $status ->
        [skip] Nur mit Gruppenzuordnungen nötig.
        [done] { $you ->
            [yes] Die Gruppen existieren und enthalten einen Owner/Admin, Sie eingeschlossen.
           *[no] Die Gruppen existieren und enthalten einen Owner/Admin.
        }
       *[other] In Ihrem Identity Provider beheben: { $codes }.
    }
    [map_groups] { $status ->
        [skip] Nur mit Gruppenzuordnungen nötig.
       *[other] Die Gruppen sind Rollen und Sitztypen zugeordnet.
    }
   *[save] { $status ->
        [ready] Nichts verhindert das Speichern.
       *[other] Beheben Sie zuerst die Fehler: { $codes }.
    }
}

## Findings: a title, a detail from the finding's parameters, and what to do

finding-title = { $code ->
    [SCIM_NOT_ELIGIBLE] SCIM ist für diese Organisation nicht verfügbar
    [SCIM_NOT_CONNECTED] Die Verzeichnissynchronisierung ist noch nicht verbunden
    [SCIM_FANOUT] SCIM stellt in mehreren Organisationen bereit
    [AGM_NO_EFFECT] Gruppenzuordnungen haben im Modus Manuell keine Wirkung
    [ROLE_DEFAULTED] Benutzer erhalten standardmäßig die Rolle User
    [ROLE_AMBIGUOUS] Rollen, die sich nicht einordnen lassen
    [MEMBERS_REMOVED_ON_SAVE] Speichern entfernt aktuelle Mitglieder
    [MEMBERS_BLOCKED] Speichern sperrt aktuelle Mitglieder
    [MAPPINGS_IGNORED] Gruppenzuordnungen werden ignoriert
    [DEFAULT_SEAT_TIER] Benutzer erhalten den höchsten freien Sitztyp
    [SEAT_TIER_MAPPING_NOT_APPLICABLE] Sitztyp-Zuordnungen gelten nicht
    [SEAT_SHORTFALL] Nicht genug Sitze
    [NO_PRIVILEGED_GROUP] Keine Owner-/Admin-Gruppe
    [ACTOR_LOSES_ACCESS] Sie würden Ihren Owner-/Admin-Zugriff verlieren
    [UNKNOWN_GROUP] Eine zugeordnete Gruppe hat keine Benutzer
    [UNASSIGNED_IN_GROUP] Benutzer in zugeordneten Gruppen sind der App nicht zugewiesen
    [GROUP_NAMING] Gruppennamen ohne das empfohlene Präfix
    [ENTRA_SYNC_DELAY] Microsoft Entra synchronisiert alle 40 Minuten
    [LOOKALIKE_EMAILS] Adressen, die gleich aussehen
    [ACTOR_NOT_PRIVILEGED] Sie haben möglicherweise nicht die Rolle, die die Anleitung voraussetzt
    [PRIMARY_OWNER_EXEMPT] Der Primary Owner bleibt, wie er ist
    [SSO_EMAIL_MISMATCH] SSO sendet eine andere E-Mail-Adresse als SCIM
    [REMOVAL_THRESHOLD] Speichern würde mehr Personen den Zugriff entziehen als Ihr Limit erlaubt
   *[other] { $code }
}
finding-advice = { $code ->
    [SCIM_NOT_ELIGIBLE] SCIM setzt einen Enterprise-Plan voraus (oder eine Console-Organisation mit eigener übergeordneter Organisation oder unter einer im Enterprise-Plan). Wählen Sie JIT oder Manuell, oder wechseln Sie den Plan.
    [SCIM_NOT_CONNECTED] Verbinden Sie zuerst die Verzeichnissynchronisierung (SCIM) in Ihrem Identity Provider (Schritt 2 der Anleitung) und legen Sie danach den Modus fest.
    [SCIM_FANOUT] Ein der App zugewiesener Benutzer wird in jeder Organisation im SCIM-Modus bereitgestellt. Verwenden Sie Gruppenzuordnungen, damit jede Organisation nur ihre eigenen Leute erhält.
    [AGM_NO_EFFECT] Gruppenzuordnungen wirken nur mit JIT oder SCIM. Wählen Sie einen dieser Modi oder entfernen Sie das Häkchen bei „Gruppenzuordnungen aktivieren“.
    [ROLE_DEFAULTED] Diese Benutzer sind in einer Sitztyp-Gruppe, aber in keiner Rollengruppe, und erhalten daher User. Nehmen Sie sie in eine Rollengruppe auf, wenn sie mehr brauchen.
    [ROLE_AMBIGUOUS] Die beiden Rollen lassen sich nicht einordnen, daher entscheidet die Rangfolge. Belassen Sie den Benutzer in nur einer der Gruppen oder legen Sie die gewünschte Rangfolge fest.
    [MEMBERS_REMOVED_ON_SAVE] Noch nicht speichern: Weisen Sie diese Personen zuerst der App zu (und, mit Gruppenzuordnungen, einer zugeordneten Gruppe), oder nehmen Sie in Kauf, dass sie den Zugriff verlieren.
    [MEMBERS_BLOCKED] Noch nicht speichern: Weisen Sie diese Personen zuerst der App zu (und, mit Gruppenzuordnungen, einer zugeordneten Gruppe); sonst können sie sich nicht anmelden und müssen von Hand entfernt werden.
    [MAPPINGS_IGNORED] Setzen Sie das Häkchen bei „Gruppenzuordnungen aktivieren“, um diese Zuordnungen zu nutzen; bis dahin ändern sich Rollen und Sitze nur von Hand.
    [DEFAULT_SEAT_TIER] Benutzer in keiner Sitztyp-Gruppe erhalten den höchsten Typ mit freiem Sitz, meist den teuersten. Nehmen Sie sie in eine Sitztyp-Gruppe auf, um zu wählen.
    [SEAT_TIER_MAPPING_NOT_APPLICABLE] Entfernen Sie diese Sitztyp-Zuordnungen: Diese Organisation hat keine Sitztypen zum Zuordnen (Single-Seat Enterprise oder Console).
    [SEAT_SHORTFALL] Kaufen Sie die fehlenden Sitze unter Organisationseinstellungen > Abrechnung (oder verschieben Sie Benutzer auf einen Typ mit freien Sitzen). Bei SCIM klicken Sie dann auf „Jetzt synchronisieren“ oder warten auf die nächste Synchronisierung; bei JIT tritt ein wartender Benutzer bei seiner nächsten Anmeldung bei, sobald ein Sitz frei ist.
    [NO_PRIVILEGED_GROUP] Ordnen Sie eine Gruppe Owner (Claude) oder Admin (Console) zu und nehmen Sie mindestens einen zugewiesenen Benutzer auf, Sie selbst eingeschlossen.
    [ACTOR_LOSES_ACCESS] Nehmen Sie sich vor dem Speichern in eine Gruppe auf, die Ihrer Rolle (Owner oder Admin) zugeordnet ist, und weisen Sie sich der App zu. Danach kann ein anderer Owner oder Admin Ihre Rolle unter Organisationseinstellungen > Organisation (Claude) oder Einstellungen > Mitglieder (Console) wiederherstellen.
    [UNKNOWN_GROUP] Kein Benutzer im Verzeichnis ist in dieser Gruppe: Prüfen Sie die Schreibweise (Namen werden exakt verglichen) oder fügen Sie die Mitglieder hinzu.
    [UNASSIGNED_IN_GROUP] Weisen Sie diese Benutzer in Ihrem Identity Provider der Anthropic-App zu; die Gruppenmitgliedschaft allein stellt sie nicht bereit.
    [GROUP_NAMING] Optional: Beginnen Sie Gruppennamen mit anthropic-claude- oder anthropic-console-, damit sie leicht zu finden sind.
    [ENTRA_SYNC_DELAY] Microsoft Entra überträgt SCIM-Änderungen nur alle 40 Minuten: Rechnen Sie mit dieser Verzögerung, bevor Sie die Ergebnisse prüfen.
    [LOOKALIKE_EMAILS] Prüfen Sie diese Adressen in Ihrem Identity Provider: Claude ordnet jedes Konto über den genauen Text zu. Eine Adresse, die einer anderen nur ähnelt, ist eine andere Person, und eine mit einem unsichtbaren Zeichen passt zu niemandem.
    [SEAT_SHORTFALL-scim] Kaufen Sie die fehlenden Sitze unter Organisationseinstellungen > Abrechnung (oder verschieben Sie Benutzer auf einen Typ mit freien Sitzen). Klicken Sie dann unter Identität und Zugriff neben Verzeichnissynchronisierung (SCIM) auf „Jetzt synchronisieren“ oder warten Sie auf die nächste Synchronisierung, um die noch nicht hinzugefügten Benutzer bereitzustellen.
    [SEAT_SHORTFALL-jit] Kaufen Sie die fehlenden Sitze unter Organisationseinstellungen > Abrechnung (oder verschieben Sie Benutzer auf einen Typ mit freien Sitzen). Ein Benutzer, der auf einen Sitz wartet, tritt bei seiner nächsten Anmeldung bei, sobald einer frei ist.
    [SEAT_SHORTFALL-manual] Es sind mehr Sitze belegt als gekauft: Kaufen Sie die fehlenden Sitze unter Organisationseinstellungen > Abrechnung oder nehmen Sie Sitze von Hand zurück.
    [ACTOR_LOSES_ACCESS-claude-jit] Nehmen Sie sich vor dem Speichern in eine Gruppe auf, die Ihrer Rolle (Owner oder Admin) zugeordnet ist, und weisen Sie sich der App zu. Falls schon geschehen: Ein anderer Owner oder Admin kann Ihre Rolle unter Organisationseinstellungen > Organisation wiederherstellen; oder korrigieren Sie Ihre Gruppe im Identity Provider, melden Sie sich dann ab und wieder an.
    [ACTOR_LOSES_ACCESS-claude-scim] Nehmen Sie sich vor dem Speichern in eine Gruppe auf, die Ihrer Rolle (Owner oder Admin) zugeordnet ist, und weisen Sie sich der App zu. Falls schon geschehen: Ein anderer Owner oder Admin kann Ihre Rolle unter Organisationseinstellungen > Organisation wiederherstellen; oder korrigieren Sie Ihre Gruppe im Identity Provider und bitten Sie einen anderen Owner oder Admin, unter Identität und Zugriff auf „Jetzt synchronisieren“ zu klicken, oder warten Sie auf die nächste Synchronisierung.
    [ACTOR_LOSES_ACCESS-console-jit] Nehmen Sie sich vor dem Speichern in eine Gruppe auf, die Admin zugeordnet ist, und weisen Sie sich der App zu. Falls schon geschehen: Ein anderer Admin kann Ihre Rolle unter Einstellungen > Mitglieder wiederherstellen; oder korrigieren Sie Ihre Gruppe im Identity Provider, melden Sie sich dann ab und wieder an.
    [ACTOR_LOSES_ACCESS-console-scim] Nehmen Sie sich vor dem Speichern in eine Gruppe auf, die Admin zugeordnet ist, und weisen Sie sich der App zu. Falls schon geschehen: Ein anderer Admin kann Ihre Rolle unter Einstellungen > Mitglieder wiederherstellen; oder korrigieren Sie Ihre Gruppe im Identity Provider und bitten Sie einen anderen Admin, unter Identität und Zugriff auf „Jetzt synchronisieren“ zu klicken, oder warten Sie auf die nächste Synchronisierung.
    [ACTOR_NOT_PRIVILEGED] Die Anleitung setzt voraus, dass, wer die Bereitstellung konfiguriert, die Rolle Owner (Claude) oder Admin (Console) hat: Bitten Sie eine solche Person, diese Änderungen vorzunehmen oder Ihnen die Rolle unter Organisationseinstellungen > Organisation (Claude) oder Einstellungen > Mitglieder (Console) zu geben. Haben Sie sie unter einer anderen E-Mail-Adresse, geben Sie diese als Ihre an.
    [ACTOR_NOT_PRIVILEGED-claude] Die Anleitung setzt voraus, dass, wer die Bereitstellung konfiguriert, die Rolle Owner hat: Bitten Sie einen Owner, diese Änderungen vorzunehmen oder Ihnen die Rolle Owner unter Organisationseinstellungen > Organisation zu geben. Haben Sie sie unter einer anderen E-Mail-Adresse, geben Sie diese als Ihre an.
    [ACTOR_NOT_PRIVILEGED-console] Die Anleitung setzt voraus, dass, wer die Bereitstellung konfiguriert, die Rolle Admin hat: Bitten Sie einen Admin, diese Änderungen vorzunehmen oder Ihnen die Rolle Admin unter Einstellungen > Mitglieder zu geben. Haben Sie sie unter einer anderen E-Mail-Adresse, geben Sie diese als Ihre an.
    [ROLE_DEFAULTED-jit] Diese Benutzer sind in einer Sitztyp-Gruppe, aber in keiner Rollengruppe, und erhalten daher User. Nehmen Sie sie in eine Rollengruppe auf, wenn sie mehr brauchen; ein Mitglied erhält die neue Rolle, sobald es sich ab- und wieder anmeldet.
    [ROLE_DEFAULTED-scim] Diese Benutzer sind in einer Sitztyp-Gruppe, aber in keiner Rollengruppe, und erhalten daher User. Nehmen Sie sie in eine Rollengruppe auf, wenn sie mehr brauchen; Mitglieder erhalten die neue Rolle mit „Jetzt synchronisieren“ oder beim nächsten Synchronisierungszyklus.
    [PRIMARY_OWNER_EXEMPT] Nichts zu tun. Soll der Primary Owner wie alle anderen bereitgestellt werden, übertragen Sie seine Rolle zuerst an einen anderen Owner.
    [SSO_EMAIL_MISMATCH] Claude ordnet die per SSO gesendete Adresse exakt dem bereitgestellten Konto zu, auch in der Groß-/Kleinschreibung. Ordnen Sie im Identity Provider den SCIM-userName und den SSO-E-Mail-Claim demselben Attribut zu (meist der primären E-Mail-Adresse) und starten Sie dann eine vollständige Synchronisierung: Eine inkrementelle repariert bestehende Konten nicht.
    [SSO_EMAIL_MISMATCH-okta] In der Okta-App sind SCIM (Provisioning > To App: userName, standardmäßig user.login) und SSO (Sign On) getrennt. Ordnen Sie beide user.email zu und erzwingen Sie eine vollständige Neusynchronisierung: Eine inkrementelle repariert bestehende Konten nicht.
    [SSO_EMAIL_MISMATCH-entra] In Microsoft Entra liegt SCIM unter Unternehmensanwendungen (Bereitstellung > Attributzuordnungen der App: userName, standardmäßig userPrincipalName), SSO in den Single Sign-On-Ansprüchen der App oder bei OIDC unter App-Registrierungen. Ordnen Sie beide demselben Attribut zu (userPrincipalName oder mail) und starten Sie die Bereitstellung neu: Ein inkrementeller Zyklus repariert bestehende Konten nicht.
    [SSO_EMAIL_MISMATCH-google] In der Google Admin-Konsole sind die SAML-Attributzuordnung der App und die automatische Bereitstellung (SCIM) getrennte Tabs. Ordnen Sie beide der primären E-Mail-Adresse (primaryEmail) zu, nicht einem Alias, und starten Sie eine vollständige Neusynchronisierung: Eine inkrementelle repariert bestehende Konten nicht.
    [SSO_EMAIL_MISMATCH-onelogin] In der OneLogin-App sind die SCIM-Bereitstellungsparameter und die SAML-Attributanweisungen getrennte Tabs. Ordnen Sie beide Email zu (nicht Username) und starten Sie eine vollständige Synchronisierung: Eine inkrementelle repariert bestehende Konten nicht.
    [REMOVAL_THRESHOLD] Noch nicht speichern: Prüfen Sie, ob jede dieser Personen den Zugriff wirklich verlieren soll (sonst weisen Sie sie der App oder einer zugeordneten Gruppe zu). Ist die Änderung richtig, erhöhen Sie das Limit für diese Änderung.
   *[other] { $code }
}
finding-scim-not-eligible = SCIM ist für { $org } in diesem Plan ({ $plan }) nicht verfügbar; die Organisation wird daher als Manuell ausgewertet.
finding-scim-not-connected = SCIM ist für { $orgs } gewählt, aber die Verzeichnissynchronisierung ist noch nicht verbunden; die Ergebnisse werden so gezeigt, wie sie nach dem Verbinden sein werden.
finding-scim-fanout = Ein der App zugewiesener Benutzer wird in jeder dieser { $count } Organisationen bereitgestellt: { $orgs }.
finding-agm-no-effect = Die Gruppenzuordnungen sind für { $org } aktiviert, haben im Modus Manuell aber keine Wirkung.
finding-role-defaulted = { $count ->
    [one] { $count } Benutzer ist nur über eine Sitztyp-Gruppe erfasst und erhält
   *[other] { $count } Benutzer sind nur über eine Sitztyp-Gruppe erfasst und erhalten
} die Rolle User (die Anleitung stellt Benutzer in mindestens einer zugeordneten Gruppe bereit, und ein Benutzer ohne Gruppe für eine höhere Rolle wird auf User herabgestuft).
finding-role-ambiguous = { $user } erhält sowohl { $chosen } als auch { $rival }, die sich nicht einordnen lassen; die Rangfolge wählt { $chosen }.
finding-members-removed = { $count ->
    [one] Speichern entfernt jetzt { $count } aktuelles Mitglied aus { $org }.
   *[other] Speichern entfernt jetzt { $count } aktuelle Mitglieder aus { $org }.
}
finding-members-blocked = { $count ->
    [one] Speichern sperrt jetzt { $count } aktuelles Mitglied von { $org }: Es kann sich nicht anmelden, bleibt aber in der Liste und behält seinen Sitz.
   *[other] Speichern sperrt jetzt { $count } aktuelle Mitglieder von { $org }: Sie können sich nicht anmelden, bleiben aber in der Liste und behalten ihre Sitze.
}
finding-mappings-ignored = { $count ->
    [one] { $count } zugeordnete Gruppe von { $org } wird ignoriert, solange die Gruppenzuordnungen deaktiviert sind.
   *[other] { $count } zugeordnete Gruppen von { $org } werden ignoriert, solange die Gruppenzuordnungen deaktiviert sind.
}
finding-default-seat-tier = { $count ->
    [one] { $count } Benutzer ohne Sitztyp-Gruppe erhält den höchsten Typ mit freiem Sitz: { $tiers }.
   *[other] { $count } Benutzer ohne Sitztyp-Gruppe erhalten den höchsten Typ mit freiem Sitz: { $tiers }.
}
tier-users = { $tier }: { $count ->
    [one] { $count } Benutzer
   *[other] { $count } Benutzer
}
finding-tier-mapping-not-applicable = { $product ->
    [claude] Die Sitztyp-Zuordnungen von { $org } gelten nicht (Single-Seat Enterprise hat einen einzigen Sitztyp) und werden ignoriert.
   *[console] Die Sitztyp-Zuordnungen von { $org } gelten nicht (Console-Organisationen haben keine Sitztypen) und werden ignoriert.
}
finding-seat-shortfall = Nicht genug Sitze in { $org }: Kaufen Sie { $tiers }.
tier-seats = { $tier }: { $count ->
    [one] { $count } Sitz
   *[other] { $count } Sitze
}
finding-no-privileged-group = { $count ->
    [0] Keine Gruppe von { $org } ist { $role } zugeordnet.
   *[other] Kein zugewiesener Benutzer ist in einer Gruppe, die in { $org } { $role } zugeordnet ist.
}
finding-actor-demoted = Nach dem Speichern hätten Sie ({ $actor }) in { $org } die Rolle { $role }, unterhalb von { $privileged } (Status: { $status }).
finding-actor-out = Nach dem Speichern würden Sie ({ $actor }) den { $privileged }-Zugriff auf { $org } verlieren (Status: { $status }).
finding-actor-not-privileged = Sie ({ $actor }) haben in { $org } die Rolle { $role }, nicht { $privileged }: Die Anleitung setzt voraus, dass die Person, die die Bereitstellung konfiguriert, { $privileged } hat.
finding-actor-not-member = Sie ({ $actor }) sind nicht als Mitglied von { $org } aufgeführt: Die Anleitung setzt voraus, dass die Person, die die Bereitstellung konfiguriert, { $privileged } hat.
finding-unknown-group = { $count ->
    [one] Kein Benutzer im Verzeichnis ist in der zugeordneten Gruppe { $groups }.
   *[other] Kein Benutzer im Verzeichnis ist in den zugeordneten Gruppen { $groups }.
}
finding-case-mismatch = { $group } unterscheidet sich von { $other } nur in der Groß- und Kleinschreibung; Namen werden exakt verglichen.
finding-unassigned-in-group = { $count ->
    [one] { $count } Benutzer ist in zugeordneten Gruppen, aber der App nicht zugewiesen, und wird daher nicht bereitgestellt.
   *[other] { $count } Benutzer sind in zugeordneten Gruppen, aber der App nicht zugewiesen, und werden daher nicht bereitgestellt.
}
finding-group-naming = { $count ->
    [one] Optional: { $count } zugeordnete Gruppe beginnt nicht mit { $prefix }, dem von der Anleitung empfohlenen Präfix.
   *[other] Optional: { $count } zugeordnete Gruppen beginnen nicht mit { $prefix }, dem von der Anleitung empfohlenen Präfix.
}
finding-entra-sync-delay = Microsoft Entra überträgt SCIM-Änderungen nur alle { $minutes } Minuten; so lange kann es dauern, bis Änderungen erscheinen.
finding-primary-owner-exempt = { $user } ist der Primary Owner von { $org } und bleibt, wie er ist, obwohl die Bereitstellung { $would ->
    [removed] ihn entfernen
    [blocked] ihn sperren
   *[other] seine Rolle oder seinen Sitztyp ändern
} würde.
finding-sso-email-mismatch = { $count ->
    [one] { $count } Benutzer von { $org } kann sich nicht anmelden: SSO sendet eine andere E-Mail-Adresse als die per SCIM bereitgestellte.
   *[other] { $count } Benutzer von { $org } können sich nicht anmelden: SSO sendet eine andere E-Mail-Adresse als die per SCIM bereitgestellte.
}
finding-removal-threshold = { $count ->
    [one] Speichern würde { $count } Person in { $org } den Zugriff entziehen, mehr als Ihr Limit von { $limit }.
   *[other] Speichern würde { $count } Personen in { $org } den Zugriff entziehen, mehr als Ihr Limit von { $limit }.
}
finding-lookalike-pairs = { $count ->
    [one] { $a } und { $b } sehen gleich aus, sind aber zwei verschiedene Personen ({ $marks }).
   *[other] { $count } Adresspaare sehen gleich aus, sind aber verschiedene Personen, etwa { $a } und { $b } ({ $marks }).
}
finding-lookalike-hidden = { $count ->
    [one] { $count } Adresse enthält ein unsichtbares Zeichen: { $list }.
   *[other] { $count } Adressen enthalten ein unsichtbares Zeichen: { $list }.
}

## The planner's assumptions and notes, by id

note = { $note ->
    [scim_outcomes_once_connected] Die Ergebnisse werden so berechnet, wie sie nach dem Verbinden der Verzeichnissynchronisierung sein werden.
    [no_actor] Es ist nicht angegeben, wer die Bereitstellung konfiguriert; der Planer kann daher nicht prüfen, ob Sie den Owner-/Admin-Zugriff behalten. Geben Sie Ihre E-Mail-Adresse in Schritt 1 ein.
    [seat_group_scope] Ein Benutzer in einer Sitztyp-Gruppe, aber in keiner Rollengruppe, ist erfasst, mit der Rolle User: Die Anleitung stellt Benutzer in mindestens einer zugeordneten Gruppe bereit, und ein Benutzer ohne Gruppe für eine höhere Rolle wird auf User herabgestuft.
    [default_precedence] Console-Rollen, die sich nicht einordnen lassen, werden nach der Reihenfolge Admin, Developer, Limited Developer, Billing, Claude Code User, User entschieden; die Anleitung sagt dazu nichts. Legen Sie die Rangfolge der Rollen in Schritt 4 fest, um zu wählen.
    [tier_changes_first] Sitze gehen zuerst an aktuelle Mitglieder, die den Typ wechseln (ein freigegebener Sitz ist für andere frei), dann an neue Benutzer, deren Gruppen einen Typ nennen, dann an neue Benutzer mit dem Standardtyp, jeweils in Verzeichnisreihenfolge; aktuelle Mitglieder ohne Sitztyp-Gruppe steigen zuletzt zum Standardtyp auf, sobald niemand mehr wartet; der Kauf der fehlenden Sitze reicht daher immer.
    [capacity_not_checked] Für { $org } sind keine gekauften Sitze angegeben; die Sitzkapazität wird daher nicht geprüft.
    [members_keep_tiers] Keiner Gruppe ist ein Sitztyp zugeordnet; aktuelle Mitglieder behalten daher ihren Sitztyp. Die Anleitung weist einem Benutzer ohne Sitztyp-Gruppe den höchsten verfügbaren Typ zu; der Planer wendet das auf aktuelle Mitglieder erst an, wenn eine Sitztyp-Gruppe zugeordnet ist.
    [scim_connected_orgs] Laut Anleitung stellt SCIM zugewiesene Benutzer für alle Organisationen bereit, die mit Ihrer übergeordneten Organisation verbunden sind; der Planer stellt sie nur in den auf SCIM eingestellten Organisationen bereit.
    [jit_blocks_members] Bei JIT zeigt der Planer Mitglieder außerhalb des Geltungsbereichs als gesperrt: Sie können sich nicht anmelden, bleiben aber in der Liste, bis sie sich anmelden oder von Hand entfernt werden, wie die Tabelle der Anleitung sagt, während ihr Schritt 3 sagt, dass zu frühes Speichern sie entfernt.
    [new_organization] Ohne aufgeführte Mitglieder gilt diese Organisation als neu, mit Ihnen als einzigem Mitglied: Owner (Claude) oder Admin (Console), mit einem Sitz. Sonst tragen Sie ihre Mitglieder in Schritt 3 ein.
    [highest_free_tier] Die Anleitung weist einem Benutzer ohne Sitztyp-Gruppe den höchsten verfügbaren Typ zu; der Planer versteht darunter den höchsten Typ mit einem freien Sitz, sodass ein Benutzer einen niedrigeren Typ erhält, wenn der höchste voll ist.
    [usage_tier_order] Die Anleitung ordnet die Sitztypen des nutzungsbasierten Plans nicht; der Planer sieht Chat + Claude Code als höher als Chat an, für den Standardtyp und wenn die Gruppen eines Benutzers beide zuordnen.
    [console_ranking] Die Anleitung gibt einem Benutzer die höchste Berechtigung seiner Gruppen, ordnet die Console-Rollen aber nicht; der Planer stellt Admin über jede Rolle, User unter jede Rolle und Developer über Limited Developer über Claude Code User.
    [primary_owner_exempt] Die Anleitung sagt nur, dass SCIM jedes Konto außer dem des Primary Owner entfernt; der Planer lässt ihn in jedem Modus, wie er ist: nie entfernt oder gesperrt, Rolle und Sitztyp unberührt von Gruppenzuordnungen.
   *[other] {""}
}

## Why a user ends as they do (R10–R25)

why-group-role = Gruppe { $group } ergab { $role } (R11)
why-seat-group-only = nur in einer Sitztyp-Gruppe: standardmäßig User (R11)
why-new-user-default = neue Benutzer erhalten ohne Gruppenzuordnungen User (R10)
why-keeps-role = behält { $role }: Ohne Gruppenzuordnungen ändern sich Rollen nur von Hand (R10)
why-primary-owner = Primary Owner: bleibt, wie er ist, unabhängig von seinen Gruppen (R27)
why-manual-keeps = Modus Manuell: bleibt unverändert (R10)
why-group-tier = Gruppe { $group } ergab einen { $tier }-Sitz (R14)
why-default-tier = in keiner Sitztyp-Gruppe: der höchste Typ mit freiem Sitz, { $tier } (R15)
why-single-seat = einziger Sitztyp: { $tier } (R16)
why-keeps-tier = behält den { $tier }-Sitz
why-keeps-unknown-tier = behält einen Sitz unbekannten Typs (R17)
why-tier-full = der neue Typ hat keinen freien Sitz: behält den aktuellen Sitz, bis Sie weitere kaufen (R17)
why-ambiguous = { $chosen } und { $rival } lassen sich nicht einordnen: Die Rangfolge wählte { $chosen } (R3, R11)
why-joins-at-sign-in = kommt bei der ersten Anmeldung hinzu (R10, R25)
why-manual = Modus Manuell: Niemand wird automatisch hinzugefügt (R10)
why-manual-fallback = SCIM ist hier nicht verfügbar, daher gilt Manuell (R7)
why-not-assigned = im Identity Provider nicht der App zugewiesen (R10)
why-no-mapped-group = in keiner Gruppe, die in dieser Organisation zugeordnet ist (R10)
why-removed-unassigned = aktuelles Mitglied, nicht der App zugewiesen: wird beim Speichern entfernt (R12)
why-removed-no-group = aktuelles Mitglied in keiner zugeordneten Gruppe: wird beim Speichern entfernt (R12)
why-blocked = unter JIT nicht erfasst: kann sich nicht anmelden, bleibt bis zur manuellen Entfernung in der Liste und behält den Sitz (R10, R12)
why-not-added = kein freier Sitz des nötigen Typs: Sitze kaufen, dann auf „Jetzt synchronisieren“ klicken (R17, R18)

## Views for embedding

scim-check-title = Kann diese Organisation SCIM verwenden?
scim-check-org = Organisation
scim-check-claude = Die Claude-Organisation
scim-check-console = Eine mit dieser übergeordneten Organisation verbundene Console-Organisation
scim-check-console-own = Die Console-Organisation (mit eigener übergeordneter Organisation)
open-planner = Planer öffnen
compare-title = Modusvergleich: { $example }
unknown-example = Es gibt kein Beispiel namens „{ $name }“. Beispiele: { $known }.
unknown-view = Es gibt keine Ansicht namens „{ $name }“; der Planer wird angezeigt.

## Importing users from an identity provider

import-title = Benutzer aus Ihrem Identity Provider importieren
import-hint = Exporte aus Okta, Google Workspace, Microsoft Entra ID, SCIM 2.0 JSON oder eine einfache CSV-Datei (Spalten „email“, „name“, „groups“). Mehrere Dateien auf einmal sind möglich, z. B. Benutzer und Gruppenmitgliedschaften. Die Dateien werden nur in diesem Browser gelesen, nie gesendet.
import-drop = Exportdateien hierher ziehen oder
import-choose = Dateien auswählen…
import-paste = Export einfügen
import-paste-label = Exportierter Text (CSV oder SCIM JSON)
import-paste-read = Eingefügten Text lesen
# The name under which pasted text is listed, like a file name.
import-pasted-name = eingefügter Text
import-sample = Oder probieren Sie einen Beispielexport aus
import-sample-placeholder = Beispiel auswählen…
import-sample-read = Beispiel lesen
import-sample-title = { $sample ->
    [okta] Okta: Benutzer und Gruppenmitgliedschaften (2 Dateien)
    [scim] SCIM 2.0 JSON: Benutzer und Gruppen
    [plain] Einfache CSV-Datei: email, name, groups
    [broken] Eine Datei mit einem Fehler (um zu sehen, wie Fehler angezeigt werden)
   *[other] Beispiel
}
import-reading-files = Dateien werden gelesen…
import-preview-title = Was der Import laden würde
import-preview-hint = Noch ist nichts geändert. Ersetzen Sie das Verzeichnis durch diese Benutzer oder führen Sie beides zusammen: Benutzer werden per E-Mail-Adresse abgeglichen (Groß-/Kleinschreibung egal), ihre Gruppen vereinigt.
import-users = Benutzer
import-groups = Gruppen
import-memberships = Gruppenmitgliedschaften
import-warnings = Warnungen
import-warnings-count = Warnungen ({ $count })
import-known = { $known } bereits im Verzeichnis, { $new } neu.
import-unassigned = { $count ->
    [one] { $count } deaktivierter Benutzer: als der App nicht zugewiesen importiert.
   *[other] { $count } deaktivierte Benutzer: als der App nicht zugewiesen importiert.
}
# A file read and the export format recognised in it.
import-file-format = { $file }: { $format }
format-name = { $format ->
    [scim] SCIM 2.0 JSON
    [google-users] CSV der Benutzer aus Google Workspace
    [google-members] CSV der Gruppenmitglieder aus Google Workspace
    [entra-users] CSV der Benutzer aus Microsoft Entra ID
    [okta-users] CSV der Benutzer aus Okta
    [okta-groups] CSV der Gruppenmitgliedschaften aus Okta
    [plain] einfache CSV-Datei
   *[other] { $format }
}
import-replace = Verzeichnis ersetzen
import-merge = Mit dem Verzeichnis zusammenführen
cancel = Abbrechen
import-failed-title = { $count ->
    [one] Es wurde nichts geladen: { $count } Problem muss behoben werden. Ihre Einrichtung ist unverändert.
   *[other] Es wurde nichts geladen: { $count } Probleme müssen behoben werden. Ihre Einrichtung ist unverändert.
}
# Where a problem is in a file.
import-at = { $file }, Zeile { $line }, Spalte { $column }
import-more = … und { $count } weitere.
import-no-files = Es wurde keine Datei angegeben.
import-too-many-files = Es wurden { $count } Dateien ausgewählt; der Planer liest höchstens { $max } auf einmal.
import-file-too-large = Die Datei ist { $mb } MB groß; der Planer liest Dateien bis { $max } MB.
# The directory already in the planner, named like a file in problems of a merge.
current-directory = das aktuelle Verzeichnis
import-applied-members = { $count ->
    [one] { $count } aktuelles Mitglied von { $org } aus { $files } geladen (vorher waren es { $before }).
   *[other] { $count } aktuelle Mitglieder von { $org } aus { $files } geladen (vorher waren es { $before }).
}
import-applied-replace = { $count ->
    [one] Das Verzeichnis wurde durch { $count } Benutzer aus { $files } ersetzt (vorher waren es { $before }).
   *[other] Das Verzeichnis wurde durch { $count } Benutzer aus { $files } ersetzt (vorher waren es { $before }).
}
import-applied-merge = { $count ->
    [one] { $files } mit dem Verzeichnis zusammengeführt: { $count } Benutzer ({ $new } neu).
   *[other] { $files } mit dem Verzeichnis zusammengeführt: { $count } Benutzer ({ $new } neu).
}
import-stopped = Der Import wurde abgebrochen ({ $reason }). Es wurde nichts geändert; versuchen Sie es erneut oder laden Sie die Seite neu.
demo-failed = Die Demo konnte nicht erstellt werden ({ $reason }). Es wurde nichts geändert; wählen Sie sie erneut, um es nochmals zu versuchen.
import-not-loaded = er konnte nicht geladen werden: Der Server hat nicht geantwortet
import-garbled = die Antwort war nicht lesbar: { $detail }
import-request-unreadable = die Anfrage der Seite war nicht lesbar: { $detail }
import-stale = Das Verzeichnis hat sich geändert, seit diese Dateien gelesen wurden: Lesen Sie sie erneut, um sie zusammenzuführen.
# Rows of an import that cannot be read: the import is refused unless the visitor leaves them out.
import-bad-rows-title = { $bad ->
    [one] { $bad } fehlerhafte Zeile: Es wird nichts geladen, es sei denn, Sie lassen sie weg.
   *[other] { $bad } fehlerhafte Zeilen: Es wird nichts geladen, es sei denn, Sie lassen sie weg.
}
import-bad-rows-hint = Korrigieren Sie die Datei und lesen Sie sie erneut ein, oder importieren Sie nur die fehlerfreien Zeilen. Bis Sie den Import übernehmen, ändert sich nichts.
import-skip-bad = { $good ->
    [one] { $good } fehlerfreie Zeile importieren
   *[other] Die { $good } fehlerfreien Zeilen importieren
}, { $bad ->
    [one] { $bad } fehlerhafte weglassen
   *[other] die { $bad } fehlerhaften weglassen
}
import-skipped = { $count ->
    [one] { $count } fehlerhafte Zeile weggelassen
   *[other] { $count } fehlerhafte Zeilen weggelassen
}
# Groups that the group mappings name but that no imported user is in.
import-missing-title = { $count ->
    [one] { $count } zugeordnete Gruppe kommt bei keinem importierten Benutzer vor: Die Zuordnung fände niemanden.
   *[other] { $count } zugeordnete Gruppen kommen bei keinem importierten Benutzer vor: Die Zuordnungen fänden niemanden.
}
import-missing-none = nichts Ähnliches in den Dateien
import-looks-like = in den Dateien steht
import-like = { $how ->
    [without_domain] ihre E-Mail-Adresse
    [case] andere Groß- und Kleinschreibung
   *[prefix] ein anderes Präfix
}
import-without-domains = Gruppennamen ohne Domain verwenden
import-without-domains-hint = Liest die Dateien erneut ein und benennt jede Gruppe nach dem Teil ihrer E-Mail-Adresse vor dem @: aus anthropic-claude-owners@acme.com wird anthropic-claude-owners.
import-renamed = { $count ->
    [one] Gruppen werden ohne ihre Domain benannt ({ $count } Mitgliedschaft umbenannt).
   *[other] Gruppen werden ohne ihre Domain benannt ({ $count } Mitgliedschaften umbenannt).
}
import-replace-drops = { $count ->
    [one] Ersetzen entfernt { $count } Benutzer des Verzeichnisses, den die Dateien nicht enthalten.
   *[other] Ersetzen entfernt { $count } Benutzer des Verzeichnisses, die die Dateien nicht enthalten.
}
import-merge-adds = { $count ->
    [one] Zusammenführen fügt { $count } Benutzer hinzu und entfernt niemanden.
   *[other] Zusammenführen fügt { $count } Benutzer hinzu und entfernt niemanden.
}
import-effect-title = Die Prüfung, wenn Sie den Import übernehmen
import-effect-now = Jetzt
import-effect-replace = Nach Ersetzen
import-effect-merge = Nach Zusammenführen
import-effect-in-scope = Benutzer im Geltungsbereich
import-effect-errors = Fehler
import-effect-invalid = { $count ->
    [one] { $count } Eingabefehler
   *[other] { $count } Eingabefehler
}
import-effect-large = Diese Einrichtung ist groß: Die Prüfung wird erst berechnet, wenn Sie den Import übernehmen (Rückgängig stellt das Verzeichnis wieder her).
# The kind of a warning of the importer; its own words (English) follow.
import-warning-kind = { $kind ->
    [case_variant] Dieselbe Person, andere Groß-/Kleinschreibung
    [repeated] Doppelt aufgeführt
    [sign_in_name_differs] Anmeldename weicht von der E-Mail-Adresse ab
    [member_not_listed] Gruppenmitglied nicht in der Benutzerliste
    [deactivated] Deaktiviert
    [nested_group] Gruppe innerhalb einer Gruppe
    [incomplete] Unvollständige Liste
    [no_user_list] Keine Benutzerliste
    [formula_like] Beginnt wie eine Tabellenformel
    [hidden_character] Ein unsichtbares Zeichen
    [lookalike_email] Sieht aus wie eine andere Adresse
   *[other] Warnung
}

## Current members from a file

members-load = Mitglieder aus einer CSV-Datei laden…
members-sample = Beispielliste von Mitgliedern ausprobieren
members-load-hint = Spalten „email“, „role“ und optional „seat tier“ (IDs oder Bezeichnungen, z. B. Owner, Chat + Claude Code).
members-preview = { $count ->
    [one] { $count } Mitglied gelesen. Bisher wurde nichts geändert: Die aktuellen Mitglieder von { $org } durch dieses ersetzen?
   *[other] { $count } Mitglieder gelesen. Bisher wurde nichts geändert: Die aktuellen Mitglieder von { $org } durch diese ersetzen?
}
members-replace = Mitglieder ersetzen
members-one-file = Wählen Sie jeweils nur eine Datei mit Mitgliedern.
members-no-org = Die Organisation existiert nicht mehr.
# A member of the file, by position and email, then the engine's words (English).
member-problem = Mitglied { $n } ({ $email }): { $detail }

## Large directories

paste-cut = Der eingefügte Text war zu lang ({ $pasted } Zeichen): Nur die ersten { $kept } wurden behalten. Öffnen Sie große Exporte stattdessen als Dateien.
showing-range = { $first }–{ $last } von { $total } angezeigt.
previous-page = Vorherige
next-page = Nächste
updating = Wird aktualisiert…
updating-comparison = Die Modi werden verglichen…
large-demo = Große Demo
large-demo-title = Eine große Demo: { $users } Benutzer
loaded-demo = { $users ->
    [one] Eine generierte Demo mit { $users } Benutzer wurde geladen (SCIM mit Gruppenzuordnungen).
   *[other] Eine generierte Demo mit { $users } Benutzern wurde geladen (SCIM mit Gruppenzuordnungen).
}
demo-progress = { $users ->
    [one] Demo mit { $users } Benutzer wird geladen
   *[other] Demo mit { $users } Benutzern wird geladen
}
demo-phase = { $phase ->
    [generating] Benutzer und Gruppen werden erzeugt…
    [checking] Die Einrichtung wird geprüft…
   *[evaluating] Es wird ermittelt, was mit jedem Benutzer geschieht…
}
export-users = Benutzer als CSV exportieren
export-failed = Der Browser hat den Download nicht zugelassen; es ist nichts verloren gegangen.
storage-too-large = Diese Einrichtung ist zu groß für den Speicher dieses Browsers (er ist voll). Ihre Arbeit bleibt hier erhalten, bis Sie die Seite schließen: Exportieren Sie sie in eine Datei, um sie zu behalten. Die letzte Einrichtung, die hineingepasst hat, bleibt gespeichert.
