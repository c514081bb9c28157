# Provisioning Planner: messaggi in italiano (dando del tu, come la guida in italiano).
# Termini della guida: "modalità di provisioning", "mappature di gruppo avanzate", "livello di
# posto", "ruolo", "Identity Provider (IdP)". Le impostazioni e i pulsanti del prodotto in
# italiano restano in inglese ("Provisioning mode", "Save changes", "Sync now", "Directory
# sync (SCIM)", "Identity and access") e sono citati così. I ruoli come nel prodotto: Owner,
# Admin, User, Developer, Billing, Claude Code User. Per il provisioning degli utenti si dice
# "provisioning" ("eseguire il provisioning"), non "fornire". Virgolette: «…».

## The page

lang-name = Italiano
lang-label = Lingua
lang-failed = Impossibile caricare { $lang }: il server non ha risposto. La pagina resta in { $shown } e la tua configurazione è conservata.
retry = Riprova
app-title = Pianificatore del provisioning
tagline = Pianifica il provisioning degli utenti con SSO per Claude e Claude Console: scopri, prima di salvare, cosa succederà a ogni utente.
offline-note = Funziona interamente nel tuo browser. Nulla di ciò che inserisci viene inviato altrove; la configurazione è salvata solo in questo browser.
offline-ready = Funziona offline
offline-not-kept = Questo browser non ha conservato il pianificatore per l'uso offline (la prima visita è stata interrotta, oppure il browser non consente di memorizzare i dati dei siti). Funziona finché il server è raggiungibile; ricarica la pagina per riprovare.
update-ready = È pronta una nuova versione del pianificatore.
update-reload = Ricarica
skip-to-content = Vai al passaggio corrente

# Between a label and what it labels: "Back: Plan".
label-sep = { ": " }
labelled = { $label }: { $value }
quoted = «{ $text }»

## Scenario menu

menu-label = Scenario
start-from = Parti da
start-from-placeholder = Scegli uno scenario…
empty-setup = Una configurazione vuota
load = Carica
open-file = Apri file…
export = Esporta JSON
share = Condividi link
copy = Copia
copied = Copiato
close = Chiudi
dismiss = Ignora
undo = Annulla
share-link-label = Link a questa configurazione
share-link-hint = L'intera configurazione è nel link (dopo il #), compressa. Aprendolo la configurazione si carica nel pianificatore; non viene mai inviata a un server.
open-anyway = Aprilo comunque e correggilo qui
example-title = { $example ->
    [enterprise-scim-group-mappings] Enterprise: SCIM con mappature di gruppo (Claude + Console)
    [enterprise-entra-lockout] Enterprise su Microsoft Entra: l'amministratore perderebbe l'accesso
    [team-jit] Piano Team: provisioning just-in-time
    [console-only-scim] Organizzazione Console con la propria organizzazione padre, SCIM
   *[other] Esempio
}

## Notices

loaded-example = Caricato l'esempio «{ $title }».
example-label = Questo è un esempio: «{ $example }». Quanto segue riguarda l'esempio, non la tua configurazione. Parti dalla tua con «Una configurazione vuota» o «Apri file…» nel menu Scenario, oppure importa la tua directory nel passaggio 3.
loaded-empty = Iniziata una configurazione vuota.
imported = Aperto «{ $file }».
opened-shared = Aperta la configurazione dal link condiviso.
format-upgraded = Questa configurazione era scritta nel formato di scenario { $from }; il pianificatore l'ha aggiornata al formato { $to } (stesso significato). Salvataggio, esportazione e condivisione scrivono il formato { $to }.
undone = Ripristinata la configurazione che avevi prima.
import-failed = «{ $file }» non è stato aperto; la configurazione attuale non è cambiata.
import-too-large = «{ $file }» è di { $mb } MB; il pianificatore apre file fino a 48 MB. La configurazione attuale non è cambiata.
import-reading = Lettura del file…
import-unreadable = Impossibile leggere il file: { $reason }
storage-unreadable = Impossibile leggere la configurazione salvata in questo browser. È stata messa da parte, invariata, con la chiave di archiviazione «{ $key }»; il pianificatore è ripartito dall'esempio.
storage-unreadable-held = Impossibile leggere la configurazione salvata in questo browser, e non c'è spazio per conservarne una copia. Resta salvata così com'è: finché non la scarichi come file o la scarti, le tue modifiche qui non vengono salvate in questo browser. Il pianificatore è ripartito dall'esempio.
storage-unreadable-download = Scaricala
storage-unreadable-discard = Scartala
storage-write-failed = Impossibile salvare le modifiche in questo browser (l'archiviazione è piena o disattivata). Esporta la configurazione in un file per conservarla.
storage-unavailable = Questo browser non consente di salvare; esporta la configurazione in un file per conservare il tuo lavoro.
share-invalid = Impossibile aprire il link condiviso: { $reason }. Viene mostrata la configurazione salvata.
share-opening = Apertura della configurazione condivisa…
share-too-large = Questa configurazione è troppo grande per un link ({ $chars } caratteri; un link ne può contenere { $limit }). Esportala in un file.
share-unavailable = Questo browser non può comprimere un link. Esporta invece la configurazione in un file.
share-link-too-long = il link supera i { $limit } caratteri
share-not-base64 = il link è danneggiato (non è base64 valido)
share-not-deflate = il link è danneggiato (non si decomprime)
share-no-decompressor = questo browser non può decomprimerlo
share-too-big-inflated = la configurazione nel link supera i { $mb } MB
share-not-utf8 = il link non contiene testo
engine-error = { $kind }: { $detail }
pasted-none = Nessun indirizzo email trovato nel testo incollato.
pasted-added = { $added ->
    [0] Nessun utente aggiunto.
    [one] Aggiunto { $added } utente.
   *[other] Aggiunti { $added } utenti.
}
pasted-added-skipped = { $added ->
    [one] Aggiunto { $added } utente
   *[other] Aggiunti { $added } utenti
}; ignorati { $skipped } già presenti nella directory o ripetuti.
tiers-carried-over = I livelli di posto sono stati riportati da «{ $from }» a «{ $to }» (dal più alto al più alto). Controlla i posti e le mappature dei livelli di posto.

## Input errors

input-errors-title = { $count ->
    [one] { $count } problema nella configurazione da correggere
   *[other] { $count } problemi nella configurazione da correggere
}
input-errors-keep = Nel frattempo la revisione mostra l'ultima configurazione valida.
input-errors-no-valid = Non c'è ancora una configurazione valida da rivedere.
go-to-field = Vai al campo
not-a-seat-number = Inserisci un numero intero da 0 a 4294967295.
input-error-kind = { $kind ->
    [syntax] Illeggibile
    [type] Tipo errato
    [missing] Mancante
    [unknown_field] Campo sconosciuto
    [unknown_id] Valore sconosciuto
    [duplicate] Duplicato
    [invalid] Non consentito
    [version] Versione non supportata
   *[other] Problema
}

## Wizard

steps-label = Passaggi della configurazione
back = Indietro
next = Avanti
step-title = { $step ->
    [plan] Piano e organizzazioni
    [modes] Modalità di provisioning
    [directory] Directory
    [mappings] Mappature di gruppo
   *[review] Revisione
}
step-intro = { $step ->
    [plan] Il tuo piano, le organizzazioni unite alla tua organizzazione padre, i posti acquistati e chi configura il provisioning.
    [modes] Come gli utenti entrano in ogni organizzazione: aggiunti a mano (Manual), al primo accesso (JIT) o sincronizzati dal tuo Identity Provider (SCIM).
    [directory] Gli utenti che il tuo Identity Provider conosce, i loro gruppi, se sono assegnati all'app Anthropic e chi è membro di ogni organizzazione oggi.
    [mappings] Le mappature di gruppo avanzate assegnano ruoli e livelli di posto in base ai gruppi dell'Identity Provider. Vince il ruolo mappato più alto.
   *[review] Cosa succede a ogni utente quando fai clic su «Save changes», perché e cosa correggere prima.
}

## Step 1: plan and organizations

plan = Piano
parent-org = Organizzazione padre
plan-hint = Il piano della tua organizzazione padre, a cui appartengono l'SSO, il dominio verificato e la connessione con l'Identity Provider.
actor = Chi configura il provisioning (la tua email)
actor-hint = Il pianificatore verifica che tu mantenga l'accesso Owner (Claude) o Admin (Console) dopo il salvataggio.
organizations = Organizzazioni
org-id = Id
org-name = Nome
org-id-hint = Un nome breve a tua scelta per questa organizzazione: lo usano i problemi, le esportazioni e i link condivisi. Non è l’ID dell’organizzazione in Anthropic.
org-product = Prodotto
remove-org = Rimuovi l'organizzazione { $org }
add-claude-org = Aggiungi l'organizzazione Claude
add-console-org = Aggiungi un'organizzazione Console
seats = Posti acquistati
check-capacity = Verifica la capienza dei posti
check-capacity-hint = Attiva per inserire i posti acquistati; gli utenti che non trovano un posto libero risultano non aggiunti.
no-seats-console = Le organizzazioni Console non hanno livelli di posto.
one-claude-org = Un'organizzazione padre ha al massimo un'organizzazione Claude.
no-claude-on-console-only = Un'organizzazione Console con la propria organizzazione padre non ha un'organizzazione Claude.
product-name = { $product ->
    [claude] Claude
    [console] Claude Console
   *[other] { $product }
}
plan-name = { $plan ->
    [team] Piano Team
    [enterprise_seat_based] Piano Enterprise a posti
    [enterprise_usage_based] Piano Enterprise a consumo (due livelli di posto)
    [enterprise_usage_based_single_seat] Piano Enterprise a consumo (un livello di posto)
    [console_only] Organizzazione Console con la propria organizzazione padre
   *[other] { $plan }
}
role-name = { $role ->
    [owner] Owner
    [admin] Admin
    [developer] Developer
    [limited_developer] Sviluppatore limitato
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
scim-connected = La sincronizzazione della directory SCIM è connessa
scim-connected-hint = Passaggio 2 della guida: configura la sincronizzazione della directory nel tuo Identity Provider prima di scegliere SCIM.
mode = Modalità di provisioning
agm = Mappature di gruppo avanzate
turn-on-agm = Attiva le mappature di gruppo
agm-hint = Ruoli e livelli di posto dai gruppi dell'Identity Provider (solo JIT e SCIM).
not-available = Non disponibile
available = Disponibile
chosen-but-not-eligible = Scelta, ma non disponibile: questa organizzazione è valutata come Manual.
mode-not-stated = Nessuna modalità ancora scelta: vale Manual.
agm-no-effect-here = Le mappature di gruppo non hanno effetto in modalità Manual.
mode-name = { $mode ->
    [manual] Manual
    [jit] JIT (just-in-time)
   *[scim] SCIM
}
mode-short = { $mode ->
    [manual] Manual
    [jit] JIT
   *[scim] SCIM
}
mode-with-mappings = { $mode } + mappature di gruppo
mode-description = { $mode ->
    [manual] Inviti e rimuovi gli utenti a mano. Nessuno viene aggiunto o rimosso automaticamente.
    [jit] Gli utenti assegnati all'app entrano al primo accesso. I membri non più assegnati vengono bloccati (restano nell'elenco finché non li rimuovi a mano).
   *[scim] Il tuo Identity Provider aggiunge subito gli utenti e rimuove i membri che perdono l'accesso all'app.
}
scim-unavailable-reason = { $product ->
    [claude] SCIM richiede un piano Enterprise; non è disponibile con il piano Team (R7).
   *[console] SCIM non è disponibile per un'organizzazione Console unita a un'organizzazione padre Team (R7).
}
idp-name = { $idp ->
    [okta] Okta
    [entra] Microsoft Entra ID
    [google] Google Workspace
    [jumpcloud] JumpCloud
    [onelogin] OneLogin
    [other] Altro
   *[unknown] { $idp }
}

## Step 3: directory

users = Utenti
email = Email
name = Nome
sso-email = Email SSO
sso-email-same = L'SSO invia: la stessa
sso-email-hint = L'indirizzo che l'SSO invia per questo utente, se non è l'email qui sopra (R26). Lascia vuoto se è lo stesso.
sign-in-provisioned = Creato come
sign-in-sends = L'SSO invia
sign-in-differs = Differenza: { $provisioned } rispetto a { $sends }.
assigned = Assegnato all'app
assigned-short = Assegnato
groups = Gruppi
groups-hint = Ogni gruppo è un'etichetta: digita un nome (vengono proposti i gruppi della configurazione) e premi Invio, oppure × per togliere l'utente. I nomi sono confrontati esattamente; un gruppo che nessun altro ha è segnato come nuovo.
group-add = Aggiungi un gruppo…
group-add-label = Aggiungi un gruppo per { $who }
group-new = gruppo nuovo
group-new-title = Nessun altro utente è in questo gruppo e nessuna mappatura dei gruppi lo nomina: controlla l'ortografia.
group-remove = Togli { $who } da { $group }
user-n = utente { $n }
member-n = membro { $n }
field-of = { $field }, { $who }
add-user = Aggiungi un utente
remove = Rimuovi
remove-who = Rimuovi { $who }
paste-emails = Incolla un elenco di indirizzi email
paste-hint = Uno per riga, oppure separati da virgole o spazi. Gli indirizzi già presenti nella directory vengono ignorati.
add-pasted = Aggiungi questi utenti
filter-users = Filtra gli utenti
no-users = Ancora nessun utente. Aggiungili uno alla volta o incolla un elenco di indirizzi email.
showing-of = Mostrati { $shown } di { $total }.
show-all = Mostra tutti
members-of = Membri attuali di { $org }
members-hint = Chi fa parte dell'organizzazione oggi, con ruolo e posto. Un'organizzazione senza membri elencati è considerata nuova, con te come Owner/Admin.
role = Ruolo
seat-tier = Livello di posto
primary-owner = Primary Owner
primary-owner-not-owner = Solo un Owner può essere il Primary Owner.
primary-owner-taken = { $who } è già il Primary Owner; togli prima quel segno di spunta per scegliere qualcun altro.
unknown-tier = (non indicato)
add-member = Aggiungi un membro
no-members = Nessun membro elencato.

## Step 4: group mappings

roles-from-groups = Ruoli dai gruppi
tiers-from-groups = Livelli di posto dai gruppi
add-group = Aggiungi
add-group-to = Aggiungi un gruppo per { $target }
remove-group = Rimuovi { $group } da { $target }
no-groups-mapped = Nessun gruppo mappato.
group-members = { $count ->
    [one] { $count } utente
   *[other] { $count } utenti
}
group-empty = nessun utente nella directory
agm-off-note = Le mappature di gruppo avanzate sono disattivate per questa organizzazione: le mappature sono conservate ma ignorate (R13). Attivale nel passaggio 2.
agm-manual-note = Questa organizzazione è in modalità Manual: le mappature non hanno effetto (R6).
precedence = Precedenza dei ruoli
precedence-hint = Billing non può essere ordinato rispetto a Developer, Sviluppatore limitato o Claude Code User. Quando i gruppi di un utente assegnano entrambi, vince il ruolo più in alto in questo elenco.
precedence-claude = I ruoli di Claude sono ordinati Owner > Admin > User: vince sempre il ruolo mappato più alto.
move-up = Sposta { $role } in alto
move-down = Sposta { $role } in basso
reset-precedence = Usa l'ordine predefinito
precedence-custom = Ordine personalizzato
interpretation = Ipotesi
from-the-guide = Dalla guida:
interp-precedence = La guida non ordina Billing rispetto a Developer, Sviluppatore limitato o Claude Code User. Il pianificatore presuppone l'ordine predefinito Admin, Developer, Sviluppatore limitato, Billing, Claude Code User, User (R3); cambialo qui sopra se il tuo è diverso.
interp-tier-group-scope = Un utente in un gruppo di livello di posto ma in nessun gruppo di ruolo è incluso, con il ruolo User (R10, R11): la guida esegue il provisioning degli utenti che sono in almeno un gruppo mappato, e un utente senza un gruppo mappato a un ruolo superiore viene declassato a User.
tiers-not-applicable-single = Enterprise con un solo livello di posto: la mappatura dei livelli di posto non si applica e ogni utente aggiunto riceve un posto Enterprise (R16).
tiers-not-applicable-console = Le organizzazioni Console non hanno livelli di posto (R4, R16).
default-tier-note = Un utente che non è in alcun gruppo di livello di posto riceve il livello più alto che ha ancora un posto libero, di solito il più costoso (R15).

## Review

live-summary = Controllo in tempo reale
open-review = Apri la revisione completa
findings = Cosa correggere
no-findings = Niente da correggere.
what-to-do = Cosa fare:
go-to-step = Vai a { $step }
on-save = Cosa succede quando fai clic su «Save changes»
save-tile = { $kind ->
    [add] aggiunti
    [update] aggiornati
    [remove] rimossi
    [blocked] bloccati
    [not_added] non aggiunti
    [later] cambiano ruolo o livello all'accesso
   *[pending] entrano all'accesso
}
per-user = Ogni utente
search-users = Cerca: email, nome, ruolo, livello di posto, gruppo, problema
status-filter = Mostra
all-users = Tutti gli utenti
changes-only = Solo gli utenti il cui accesso cambia
organization = Organizzazione
filter-any = Qualsiasi
rules-title = Le regole citate
rule-text = { $rule ->
    [R1] L'organizzazione principale gestisce l'SSO, il dominio verificato e la connessione con il tuo Identity Provider; il suo piano stabilisce i livelli di posto di Claude.
    [R2] Un'organizzazione principale ha al massimo un'organizzazione Claude e un numero qualsiasi di organizzazioni Console.
    [R3] I ruoli hanno un ordine: Owner sopra Admin sopra User in Claude; in Console Admin è il più alto e User il più basso, e tra gli altri decide un elenco di precedenza.
    [R4] Solo le organizzazioni Claude hanno livelli di posto: quelli del piano.
    [R5] Chi configura il provisioning ha Owner (Claude) o Admin (Console); il pianificatore verifica che lo mantenga.
    [R6] Ogni organizzazione ha una modalità (Manuale, JIT o SCIM); le mappature di gruppo funzionano solo con JIT o SCIM.
    [R7] SCIM richiede un piano Enterprise, oppure un'organizzazione Console che sia la propria organizzazione principale o collegata a una principale Enterprise.
    [R8] SCIM funziona solo dopo aver collegato la sincronizzazione della directory nel tuo Identity Provider.
    [R9] Un utente assegnato all'app viene aggiunto a tutte le organizzazioni in modalità SCIM.
    [R10] Manuale non aggiunge nessuno; JIT aggiunge gli utenti quando accedono; SCIM li aggiunge subito e rimuove i membri fuori ambito.
    [R11] Con le mappature di gruppo, un utente riceve il ruolo più alto mappato a uno qualsiasi dei suoi gruppi.
    [R12] Salvare rimuove (SCIM) o blocca (JIT) i membri non assegnati all'app o, con le mappature di gruppo, in nessun gruppo mappato.
    [R13] Le mappature di gruppo non hanno effetto finché le mappature di gruppo avanzate sono disattivate.
    [R14] Con le mappature di gruppo, un utente riceve il livello di posto più alto mappato a uno qualsiasi dei suoi gruppi.
    [R15] Un nuovo utente in nessun gruppo di livello di posto riceve il livello più alto con un posto libero, di solito il più costoso.
    [R16] Con Enterprise a posto unico tutti ricevono il posto Enterprise; le mappature dei livelli di posto non si applicano.
    [R17] Un utente che ha bisogno di un posto di un livello pieno non viene aggiunto finché non ne acquisti altri; i posti già occupati restano per primi.
    [R18] Dopo aver acquistato posti, “Sync now” aggiunge gli utenti rimasti fuori.
    [R19] Con le mappature di gruppo, un gruppo mappato a Owner (Claude) o Admin (Console) deve contenere almeno un utente assegnato.
    [R20] Chi configura il provisioning deve mantenere Owner (Claude) o Admin (Console) dopo il salvataggio, altrimenti perde l'accesso.
    [R21] Un gruppo mappato a cui non appartiene nessun utente della directory spesso ha un nome sbagliato: i nomi sono confrontati esattamente.
    [R22] Essere in un gruppo non basta: gli utenti devono anche essere assegnati all'app nel tuo Identity Provider.
    [R23] I nomi di gruppo che iniziano con anthropic-claude- o anthropic-console- sono più facili da trovare; è facoltativo.
    [R24] Microsoft Entra invia le modifiche SCIM solo ogni 40 minuti.
    [R26] Con SCIM un utente può accedere solo se l'email inviata dall'SSO corrisponde esattamente a quella con cui è stato fatto il provisioning, maiuscole comprese.
    [R25] Con JIT una modifica ha effetto al prossimo accesso dell'utente; con SCIM al salvataggio e a ogni sincronizzazione.
    [R28] Il salvataggio si ferma se più persone perderebbero l'accesso di quante ne consente il tuo limite (un numero o una quota dei membri attuali).
   *[R27] Il Primary Owner mantiene ruolo e posto in ogni modalità: il provisioning non lo rimuove, non lo blocca e non lo modifica mai.
}
col-user = Utente
col-status = Stato
col-role = Ruolo
col-seat = Livello di posto
col-change = Modifica
col-when = Decorrenza
col-why = Perché
no-matching-users = Nessun utente corrisponde.
seats-title = Posti
col-tier = Livello
col-purchased = Acquistati
col-assigned = Assegnati
col-shortfall = Da acquistare
seat-meter = { $tier }: { $assigned } su { $purchased }
capacity-not-checked = Nessun posto acquistato indicato: la capienza non viene verificata.
was = prima
not-given = non indicato
checklist = Checklist della configurazione
do-not-save-yet = Non salvare ancora
do-not-save-detail = Salvare ora rimuoverebbe, bloccherebbe o lascerebbe senza accesso degli utenti, o lascerebbe l'organizzazione senza un Owner/Admin. Correggi prima i problemi segnalati qui sotto, poi fai clic su «Save changes».
save-blocked = Correggi gli errori prima di salvare
save-ready = Pronto per il salvataggio
save-incomplete = Non ancora verificato
save-incomplete-detail = { $what ->
    [actor] Indica chi configura il provisioning (passaggio 1): fino ad allora il pianificatore non può verificare che tu mantenga l'accesso Owner/Admin.
   *[users] Aggiungi gli utenti del tuo Identity Provider (passaggio 3): fino ad allora il pianificatore non ha nessuno da verificare.
}
compare = Confronta le modalità
compare-hint = La stessa configurazione in ogni modalità, con tutto il resto invariato.
col-mode = Modalità
col-eligible = Disponibile
col-members = Membri
col-pending = All'accesso
col-not-added = Non aggiunti
col-removed = Rimossi
col-blocked = Bloccati
col-out = Fuori ambito
col-findings = Errori / avvisi / informazioni
current = attuale
use-this = Usa questa
use-this-mode = Usa { $mode }
yes = Sì
no = No
notes = Ipotesi e note
no-notes = Non è stata necessaria alcuna ipotesi.
and-more = e altri { $count }
show-more = Mostra altri { $count } ({ $left } non ancora mostrati)
severity-counts = Problemi rilevati
counts-line = { $errors ->
    [one] { $errors } errore
   *[other] { $errors } errori
}, { $warnings ->
    [one] { $warnings } avviso
   *[other] { $warnings } avvisi
}, { $infos ->
    [one] { $infos } informazione
   *[other] { $infos } informazioni
}
severity-count = { $severity ->
    [error] { $count ->
        [one] { $count } errore
       *[other] { $count } errori
    }
    [warning] { $count ->
        [one] { $count } avviso
       *[other] { $count } avvisi
    }
   *[info] { $count ->
        [one] { $count } informazione
       *[other] { $count } informazioni
    }
}
severity-name = { $severity ->
    [error] Errore
    [warning] Avviso
   *[info] Informazione
}
status-name = { $status ->
    [member] Membro
    [pending_login] Entra all'accesso
    [not_added] Non aggiunto
    [removed] Rimosso
    [blocked] Bloccato
    [out_of_scope] Fuori ambito
   *[other] { $status }
}
change-name = { $change ->
    [add] Aggiunto
    [update] Aggiornato
    [remove] Rimosso
    [none] Nessuna modifica
   *[other] { $change }
}
takes-effect = { $when ->
    [on_save] Al salvataggio
    [next_sign_in] Al prossimo accesso
   *[none] —
}
all-organizations = Tutte le organizzazioni

## Setup checklist (guide §6)

check-step = { $step ->
    [prerequisites] Configurare il Single Sign-On (SSO) e verificare il dominio
    [choose_mode] Scegliere la modalità di provisioning
    [connect_directory] Connettere la sincronizzazione della directory SCIM nel tuo Identity Provider
    [match_sign_in_email] Verificare che SSO e SCIM inviino lo stesso attributo email
    [set_mode] Selezionare la modalità e attivare le mappature di gruppo, senza fare ancora clic su «Save changes»
    [assign_groups] Creare i gruppi nel tuo Identity Provider, aggiungere gli utenti e includerti in un gruppo Owner/Admin
    [map_groups] Mappare i gruppi a ruoli e livelli di posto
    [save] Fare clic su «Save changes»
   *[other] { $step }
}
check-status = { $status ->
    [done] Fatto
    [todo] Da fare
    [skip] Non necessario
    [blocked] Bloccato
    [ready] Pronto
   *[other] { $status }
}
check-detail = { $step ->
    [prerequisites] Un promemoria che il pianificatore non può verificare: il Single Sign-On è configurato con il tuo Identity Provider, il dominio è verificato e hai il ruolo Owner (Claude) o Admin (Console).
    [choose_mode] { $status ->
        [done] Ogni organizzazione ha una modalità di provisioning.
       *[other] Scegli una modalità per ogni organizzazione; fino ad allora vale Manual.
    }
    [connect_directory] { $status ->
        [skip] Necessario solo per SCIM.
        [done] La sincronizzazione della directory è connessa.
       *[other] Configura SCIM in «Identity and access» seguendo la guida di WorkOS; fermati al passaggio dei gruppi dell'Identity Provider.
    }
    [match_sign_in_email] { $status ->
        [skip] Necessario solo per SCIM.
        [done] Ogni utente aggiunto tramite SCIM accede con l'indirizzo con cui è stato aggiunto.
        [blocked] Alcuni utenti non potrebbero accedere: risolvi prima { $codes }.
       *[other] Alcuni utenti in attesa di un posto accedono con un indirizzo diverso da quello inviato da SCIM; allinea gli attributi prima che vengano aggiunti.
    }
    [set_mode] { $status ->
        [done] La modalità si può impostare senza che nessuno perda l'accesso.
       *[other] Non fare ancora clic su «Save changes»: risolvi prima { $codes }.
    }
    [assign_groups] { $status ->
        [skip] Necessario solo con le mappature di gruppo avanzate.
        [done] { $you ->
            [yes] I gruppi esistono e includono un Owner/Admin, te compreso.
           *[no] I gruppi esistono e includono un Owner/Admin.
        }
       *[other] Correggi nel tuo Identity Provider: { $codes }.
    }
    [map_groups] { $status ->
        [skip] Necessario solo con le mappature di gruppo avanzate.
       *[other] I gruppi sono mappati a ruoli e livelli di posto.
    }
   *[save] { $status ->
        [ready] Nulla impedisce il salvataggio.
       *[other] Correggi prima gli errori: { $codes }.
    }
}

## Findings: a title, a detail from the finding's parameters, and what to do

finding-title = { $code ->
    [SCIM_NOT_ELIGIBLE] SCIM non è disponibile per questa organizzazione
    [SCIM_NOT_CONNECTED] La sincronizzazione della directory non è ancora connessa
    [SCIM_FANOUT] SCIM esegue il provisioning in più organizzazioni
    [AGM_NO_EFFECT] Le mappature di gruppo non hanno effetto in modalità Manual
    [ROLE_DEFAULTED] Utenti con il ruolo User per impostazione predefinita
    [ROLE_AMBIGUOUS] Ruoli che non si possono ordinare
    [MEMBERS_REMOVED_ON_SAVE] Il salvataggio rimuove membri attuali
    [MEMBERS_BLOCKED] Il salvataggio blocca membri attuali
    [MAPPINGS_IGNORED] Le mappature di gruppo vengono ignorate
    [DEFAULT_SEAT_TIER] Utenti con il livello di posto libero più alto
    [SEAT_TIER_MAPPING_NOT_APPLICABLE] Le mappature dei livelli di posto non si applicano
    [SEAT_SHORTFALL] Posti insufficienti
    [NO_PRIVILEGED_GROUP] Nessun gruppo Owner/Admin
    [ACTOR_LOSES_ACCESS] Perderesti il tuo accesso Owner/Admin
    [UNKNOWN_GROUP] Un gruppo mappato non ha utenti
    [UNASSIGNED_IN_GROUP] Utenti dei gruppi mappati non assegnati all'app
    [GROUP_NAMING] Nomi di gruppo senza il prefisso suggerito
    [ENTRA_SYNC_DELAY] Microsoft Entra sincronizza ogni 40 minuti
    [LOOKALIKE_EMAILS] Indirizzi che sembrano uguali
    [ACTOR_NOT_PRIVILEGED] Potresti non avere il ruolo che la guida presuppone
    [PRIMARY_OWNER_EXEMPT] Il Primary Owner resta com’è
    [SSO_EMAIL_MISMATCH] L'SSO invia un'email diversa da SCIM
    [REMOVAL_THRESHOLD] Il salvataggio toglierebbe l'accesso a più persone del tuo limite
   *[other] { $code }
}
finding-advice = { $code ->
    [SCIM_NOT_ELIGIBLE] SCIM richiede un piano Enterprise (o un'organizzazione Console con la propria organizzazione padre o unita a un'organizzazione padre Enterprise). Scegli JIT o Manual, oppure cambia piano.
    [SCIM_NOT_CONNECTED] Connetti prima la sincronizzazione della directory (SCIM) nel tuo Identity Provider (passaggio 2 della guida), poi torna a impostare la modalità.
    [SCIM_FANOUT] Un utente assegnato all'app viene aggiunto a ogni organizzazione in modalità SCIM. Usa le mappature di gruppo perché ogni organizzazione abbia solo le proprie persone.
    [AGM_NO_EFFECT] Le mappature di gruppo funzionano solo con JIT o SCIM. Scegli una di queste modalità o disattiva le mappature di gruppo.
    [ROLE_DEFAULTED] Questi utenti sono in un gruppo di livello di posto ma in nessun gruppo di ruolo, quindi ricevono User. Aggiungili a un gruppo di ruolo se serve un ruolo superiore.
    [ROLE_AMBIGUOUS] I due ruoli non si possono ordinare, quindi decide l'elenco di precedenza. Lascia l'utente in uno solo dei gruppi o imposta la precedenza che vuoi.
    [MEMBERS_REMOVED_ON_SAVE] Non salvare ancora: prima assegna queste persone all'app (e, con le mappature di gruppo, a un gruppo mappato), oppure accetta che perdano l'accesso.
    [MEMBERS_BLOCKED] Non salvare ancora: prima assegna queste persone all'app (e, con le mappature di gruppo, a un gruppo mappato); altrimenti non potranno accedere e dovranno essere rimosse a mano.
    [MAPPINGS_IGNORED] Attiva le mappature di gruppo avanzate per usare queste mappature; fino ad allora ruoli e posti cambiano solo a mano.
    [DEFAULT_SEAT_TIER] Gli utenti che non sono in alcun gruppo di livello di posto ricevono il livello più alto con un posto libero, di solito il più costoso. Aggiungili a un gruppo di livello di posto per scegliere.
    [SEAT_TIER_MAPPING_NOT_APPLICABLE] Rimuovi queste mappature dei livelli di posto: questa organizzazione non ha livelli di posto da mappare (Enterprise con un solo livello, o Console).
    [SEAT_SHORTFALL] Acquista i posti mancanti in Organization settings > Billing (o sposta degli utenti su un livello con posti liberi). Con SCIM, poi fai clic su «Sync now» o attendi il prossimo ciclo di sincronizzazione; con JIT, un utente in attesa entra al prossimo accesso, appena c'è un posto libero.
    [NO_PRIVILEGED_GROUP] Mappa un gruppo a Owner (Claude) o Admin (Console) e inseriscici almeno un utente assegnato, te compreso.
    [ACTOR_LOSES_ACCESS] Prima di salvare, inserisciti in un gruppo mappato al ruolo che hai (Owner o Admin) e assegnati all'app. In seguito, un altro Owner o Admin può ripristinare il tuo ruolo in Admin settings > Organization (Claude) o Settings > Members (Console).
    [UNKNOWN_GROUP] Nessun utente della directory è in questo gruppo: controlla come è scritto (i nomi sono confrontati esattamente) o aggiungine i membri.
    [UNASSIGNED_IN_GROUP] Assegna questi utenti all'app Anthropic nel tuo Identity Provider; l'appartenenza al gruppo da sola non basta per il provisioning.
    [GROUP_NAMING] Facoltativo: fai iniziare i nomi dei gruppi con anthropic-claude- o anthropic-console- per trovarli facilmente.
    [ENTRA_SYNC_DELAY] Microsoft Entra invia le modifiche SCIM solo ogni 40 minuti: tieni conto del ritardo prima di controllare i risultati.
    [LOOKALIKE_EMAILS] Controlla questi indirizzi nel tuo Identity Provider: Claude associa ogni account al suo testo esatto, quindi un indirizzo che solo somiglia a un altro è un'altra persona, e uno con un carattere nascosto non corrisponde a nessuno.
    [SEAT_SHORTFALL-scim] Acquista i posti mancanti in Organization settings > Billing (o sposta degli utenti su un livello con posti liberi). Poi fai clic su «Sync now» accanto a Directory sync (SCIM) in Identity and access, o attendi il prossimo ciclo di sincronizzazione, per eseguire il provisioning degli utenti non ancora aggiunti.
    [SEAT_SHORTFALL-jit] Acquista i posti mancanti in Organization settings > Billing (o sposta degli utenti su un livello con posti liberi). Un utente in attesa di un posto entra al prossimo accesso, appena ce n'è uno libero.
    [SEAT_SHORTFALL-manual] Ci sono più posti occupati che acquistati: acquista quelli mancanti in Organization settings > Billing o togli dei posti a mano.
    [ACTOR_LOSES_ACCESS-claude-jit] Prima di salvare, inserisciti in un gruppo mappato al ruolo che hai (Owner o Admin) e assegnati all'app. Se è già successo: un altro Owner o Admin può ripristinare il tuo ruolo in Admin settings > Organization; oppure correggi il tuo gruppo nell'Identity Provider, poi disconnettiti e accedi di nuovo.
    [ACTOR_LOSES_ACCESS-claude-scim] Prima di salvare, inserisciti in un gruppo mappato al ruolo che hai (Owner o Admin) e assegnati all'app. Se è già successo: un altro Owner o Admin può ripristinare il tuo ruolo in Admin settings > Organization; oppure correggi il tuo gruppo nell'Identity Provider e chiedi a un altro Owner o Admin di fare clic su «Sync now» in Identity and access, o attendi il prossimo ciclo di sincronizzazione.
    [ACTOR_LOSES_ACCESS-console-jit] Prima di salvare, inserisciti in un gruppo mappato ad Admin e assegnati all'app. Se è già successo: un altro Admin può ripristinare il tuo ruolo in Settings > Members; oppure correggi il tuo gruppo nell'Identity Provider, poi disconnettiti e accedi di nuovo.
    [ACTOR_LOSES_ACCESS-console-scim] Prima di salvare, inserisciti in un gruppo mappato ad Admin e assegnati all'app. Se è già successo: un altro Admin può ripristinare il tuo ruolo in Settings > Members; oppure correggi il tuo gruppo nell'Identity Provider e chiedi a un altro Admin di fare clic su «Sync now» in Identity and access, o attendi il prossimo ciclo di sincronizzazione.
    [ACTOR_NOT_PRIVILEGED] La guida presuppone che chi configura il provisioning abbia il ruolo Owner (Claude) o Admin (Console): chiedi a uno di loro di fare queste modifiche o di darti quel ruolo in Admin settings > Organization (Claude) o Settings > Members (Console). Se lo hai con un'altra email, indica quella email come tua.
    [ACTOR_NOT_PRIVILEGED-claude] La guida presuppone che chi configura il provisioning abbia il ruolo Owner: chiedi a un Owner di fare queste modifiche o di darti il ruolo Owner in Admin settings > Organization. Se lo hai con un'altra email, indica quella email come tua.
    [ACTOR_NOT_PRIVILEGED-console] La guida presuppone che chi configura il provisioning abbia il ruolo Admin: chiedi a un Admin di fare queste modifiche o di darti il ruolo Admin in Settings > Members. Se lo hai con un'altra email, indica quella email come tua.
    [ROLE_DEFAULTED-jit] Questi utenti sono in un gruppo di livello di posto ma in nessun gruppo di ruolo, quindi ricevono User. Aggiungili a un gruppo di ruolo se serve un ruolo superiore; un membro riceve poi il nuovo ruolo quando si disconnette e accede di nuovo.
    [ROLE_DEFAULTED-scim] Questi utenti sono in un gruppo di livello di posto ma in nessun gruppo di ruolo, quindi ricevono User. Aggiungili a un gruppo di ruolo se serve un ruolo superiore; i membri ricevono poi il nuovo ruolo con «Sync now» o al prossimo ciclo di sincronizzazione.
    [PRIMARY_OWNER_EXEMPT] Nulla da fare: il provisioning lascia il Primary Owner com’è. Per gestirlo come chiunque altro, trasferisci prima il ruolo di Primary Owner a un altro Owner.
    [SSO_EMAIL_MISMATCH] Claude associa l'indirizzo inviato dall'SSO all'account creato in modo esatto, maiuscole comprese. Nel tuo Identity Provider mappa lo userName SCIM e il claim email dell'SSO allo stesso attributo (di solito l'email principale), poi esegui una sincronizzazione completa: una incrementale non corregge gli account esistenti.
    [SSO_EMAIL_MISMATCH-okta] Nell'app Okta, SCIM (Provisioning > To App: userName, per impostazione predefinita user.login) e SSO (Sign On) si configurano separatamente. Mappa entrambi a user.email, poi forza una risincronizzazione completa: una incrementale non corregge gli account esistenti.
    [SSO_EMAIL_MISMATCH-entra] In Microsoft Entra, SCIM si configura in Applicazioni aziendali (Provisioning > Mapping degli attributi dell'app: userName, per impostazione predefinita userPrincipalName) e l'SSO nelle attestazioni Single Sign-On dell'app o, per OIDC, in Registrazioni app. Mappa entrambi allo stesso attributo (userPrincipalName o mail), poi riavvia il provisioning per una sincronizzazione completa: un ciclo incrementale non corregge gli account esistenti.
    [SSO_EMAIL_MISMATCH-google] Nella Console di amministrazione Google, la mappatura degli attributi SAML dell'app e il suo provisioning automatico (SCIM) sono schede separate. Mappa entrambi all'email principale (primaryEmail), non a un alias, poi avvia una risincronizzazione completa: una incrementale non corregge gli account esistenti.
    [SSO_EMAIL_MISMATCH-onelogin] Nell'app OneLogin, i parametri di provisioning SCIM e le istruzioni degli attributi SAML sono schede separate. Mappa entrambi a Email (non Username), poi esegui una sincronizzazione completa: una incrementale non corregge gli account esistenti.
    [REMOVAL_THRESHOLD] Non salvare ancora: verifica che ciascuna di queste persone debba davvero perdere l'accesso (altrimenti assegnala all'app o a un gruppo mappato). Se la modifica è corretta, alza il limite per questa modifica.
   *[other] { $code }
}
finding-scim-not-eligible = SCIM non è disponibile per { $org } con questo piano ({ $plan }), quindi è valutata come Manual.
finding-scim-not-connected = SCIM è scelto per { $orgs }, ma la sincronizzazione della directory non è ancora connessa; i risultati sono mostrati come saranno a connessione avvenuta.
finding-scim-fanout = Un utente assegnato all'app viene aggiunto a ciascuna di queste { $count } organizzazioni: { $orgs }.
finding-agm-no-effect = Le mappature di gruppo avanzate sono attive per { $org } ma non hanno effetto in modalità Manual.
finding-role-defaulted = { $count ->
    [one] { $count } utente è incluso solo tramite un gruppo di livello di posto e riceve
   *[other] { $count } utenti sono inclusi solo tramite un gruppo di livello di posto e ricevono
} il ruolo User (la guida esegue il provisioning degli utenti che sono in almeno un gruppo mappato, e un utente senza un gruppo mappato a un ruolo superiore viene declassato a User).
finding-role-ambiguous = { $user } riceve sia { $chosen } sia { $rival }, che non si possono ordinare; l'elenco di precedenza sceglie { $chosen }.
finding-members-removed = { $count ->
    [one] Salvare ora rimuove { $count } membro attuale da { $org }.
   *[other] Salvare ora rimuove { $count } membri attuali da { $org }.
}
finding-members-blocked = { $count ->
    [one] Salvare ora blocca { $count } membro attuale di { $org }: non può accedere ma resta nell'elenco e mantiene il posto.
   *[other] Salvare ora blocca { $count } membri attuali di { $org }: non possono accedere ma restano nell'elenco e mantengono i posti.
}
finding-mappings-ignored = { $count ->
    [one] { $count } gruppo mappato di { $org } è ignorato finché le mappature di gruppo avanzate sono disattivate.
   *[other] { $count } gruppi mappati di { $org } sono ignorati finché le mappature di gruppo avanzate sono disattivate.
}
finding-default-seat-tier = { $count ->
    [one] { $count } utente senza gruppo di livello di posto riceve il livello più alto con un posto libero: { $tiers }.
   *[other] { $count } utenti senza gruppo di livello di posto ricevono il livello più alto con un posto libero: { $tiers }.
}
tier-users = { $tier }: { $count ->
    [one] { $count } utente
   *[other] { $count } utenti
}
finding-tier-mapping-not-applicable = { $product ->
    [claude] Le mappature dei livelli di posto di { $org } non si applicano (Enterprise con un solo livello di posto) e sono ignorate.
   *[console] Le mappature dei livelli di posto di { $org } non si applicano (le organizzazioni Console non hanno livelli di posto) e sono ignorate.
}
finding-seat-shortfall = Posti insufficienti in { $org }: acquista { $tiers }.
tier-seats = { $tier }: { $count ->
    [one] { $count } posto
   *[other] { $count } posti
}
finding-no-privileged-group = { $count ->
    [0] Nessun gruppo di { $org } è mappato a { $role }.
   *[other] Nessun utente assegnato è in un gruppo mappato a { $role } in { $org }.
}
finding-actor-demoted = Dopo il salvataggio tu ({ $actor }) avresti il ruolo { $role } in { $org }, sotto { $privileged } (stato: { $status }).
finding-actor-out = Dopo il salvataggio tu ({ $actor }) perderesti l'accesso { $privileged } a { $org } (stato: { $status }).
finding-actor-not-privileged = Tu ({ $actor }) hai { $role } in { $org }, non { $privileged }: la guida presuppone che chi configura il provisioning abbia { $privileged }.
finding-actor-not-member = Tu ({ $actor }) non risulti tra i membri di { $org }: la guida presuppone che chi configura il provisioning abbia { $privileged }.
finding-unknown-group = { $count ->
    [one] Nessun utente della directory è nel gruppo mappato { $groups }.
   *[other] Nessun utente della directory è nei gruppi mappati { $groups }.
}
finding-case-mismatch = { $group } differisce da { $other } solo per maiuscole e minuscole; i nomi sono confrontati esattamente.
finding-unassigned-in-group = { $count ->
    [one] { $count } utente è in gruppi mappati ma non è assegnato all'app, quindi non viene aggiunto.
   *[other] { $count } utenti sono in gruppi mappati ma non sono assegnati all'app, quindi non vengono aggiunti.
}
finding-group-naming = { $count ->
    [one] Facoltativo: { $count } gruppo mappato non inizia con { $prefix }, il prefisso suggerito dalla guida.
   *[other] Facoltativo: { $count } gruppi mappati non iniziano con { $prefix }, il prefisso suggerito dalla guida.
}
finding-entra-sync-delay = Microsoft Entra invia le modifiche SCIM solo ogni { $minutes } minuti; le modifiche possono impiegare questo tempo per comparire.
finding-primary-owner-exempt = { $user } è il Primary Owner di { $org } e resta com’è, anche se il provisioning { $would ->
    [removed] lo rimuoverebbe
    [blocked] lo bloccherebbe
   *[other] cambierebbe il suo ruolo o livello di posto
}.
finding-sso-email-mismatch = { $count ->
    [one] { $count } utente di { $org } non può accedere: il suo SSO invia un'email diversa da quella fornita tramite SCIM.
   *[other] { $count } utenti di { $org } non possono accedere: il loro SSO invia un'email diversa da quella fornita tramite SCIM.
}
finding-removal-threshold = { $count ->
    [one] Il salvataggio toglierebbe l'accesso a { $count } persona di { $org }, oltre il tuo limite di { $limit }.
   *[other] Il salvataggio toglierebbe l'accesso a { $count } persone di { $org }, oltre il tuo limite di { $limit }.
}
finding-lookalike-pairs = { $count ->
    [one] { $a } e { $b } sembrano uguali, ma sono due persone diverse ({ $marks }).
   *[other] { $count } coppie di indirizzi sembrano uguali, ma sono persone diverse, per esempio { $a } e { $b } ({ $marks }).
}
finding-lookalike-hidden = { $count ->
    [one] { $count } indirizzo contiene un carattere invisibile: { $list }.
   *[other] { $count } indirizzi contengono un carattere invisibile: { $list }.
}

## The planner's assumptions and notes, by id

note = { $note ->
    [scim_outcomes_once_connected] I risultati sono calcolati come saranno quando la sincronizzazione della directory sarà connessa.
    [no_actor] Non è indicato chi configura il provisioning, quindi il pianificatore non può verificare che tu mantenga l'accesso Owner/Admin. Inserisci la tua email nel passaggio 1.
    [seat_group_scope] Un utente in un gruppo di livello di posto ma in nessun gruppo di ruolo è incluso, con il ruolo User: la guida esegue il provisioning degli utenti che sono in almeno un gruppo mappato, e un utente senza un gruppo mappato a un ruolo superiore viene declassato a User.
    [default_precedence] I ruoli di Console che non si possono ordinare sono decisi dall'ordine Admin, Developer, Sviluppatore limitato, Billing, Claude Code User, User; la guida non lo dice. Imposta la precedenza dei ruoli nel passaggio 4 per scegliere.
    [tier_changes_first] I posti vanno prima ai membri attuali che cambiano livello (il posto che uno lascia è libero per gli altri), poi ai nuovi utenti i cui gruppi indicano un livello, poi ai nuovi utenti con il livello predefinito, ogni volta nell'ordine della directory; i membri attuali senza gruppo di livello salgono al livello predefinito per ultimi, quando nessuno è in attesa; così acquistare i posti mancanti basta sempre.
    [capacity_not_checked] Nessun posto acquistato indicato per { $org }, quindi la capienza dei posti non viene verificata.
    [members_keep_tiers] Nessun gruppo è associato a un livello di posto, quindi i membri attuali mantengono il livello che hanno. La guida assegna a un utente che non è in alcun gruppo di livello il livello più alto disponibile; il pianificatore lo applica ai membri attuali solo quando almeno un gruppo è associato a un livello di posto.
    [scim_connected_orgs] La guida dice che SCIM esegue il provisioning degli utenti assegnati in tutte le organizzazioni collegate alla tua organizzazione padre; il pianificatore lo esegue solo nelle organizzazioni impostate su SCIM.
    [jit_blocks_members] Con JIT il pianificatore mostra i membri fuori ambito come bloccati: non possono accedere ma restano nell'elenco finché non accedono o vengono rimossi a mano, come dice la tabella della guida, mentre il suo passaggio 3 dice che salvare troppo presto li rimuove.
    [new_organization] Questa organizzazione non elenca membri, quindi il pianificatore la considera nuova, con te come unico membro: Owner (Claude) o Admin (Console), con un posto. Se non è nuova, inserisci i suoi membri attuali nel passaggio 3.
    [highest_free_tier] La guida assegna a un utente senza gruppo di livello il livello più alto disponibile; il pianificatore lo intende come il livello più alto con un posto libero, quindi un utente riceve un livello inferiore quando il più alto è pieno.
    [usage_tier_order] La guida non ordina i tipi di posto del piano a consumo; il pianificatore considera Chat + Claude Code superiore a Chat, per il livello predefinito e quando i gruppi di un utente li mappano entrambi.
    [console_ranking] La guida assegna a un utente il permesso più alto dei suoi gruppi ma non ordina i ruoli di Console; il pianificatore mette Admin sopra ogni ruolo, User sotto ogni ruolo e Developer sopra Sviluppatore limitato, e questo sopra Claude Code User.
    [primary_owner_exempt] La guida dice solo che SCIM rimuove ogni account tranne quello del Primary Owner; il pianificatore lascia il Primary Owner com’è in ogni modalità: mai rimosso o bloccato, e le mappature dei gruppi non cambiano mai il suo ruolo o livello di posto.
   *[other] {""}
}

## Why a user ends as they do (R10–R25)

why-group-role = il gruppo { $group } assegna { $role } (R11)
why-seat-group-only = solo in un gruppo di livello di posto: User per impostazione predefinita (R11)
why-new-user-default = i nuovi utenti ricevono User senza mappature di gruppo (R10)
why-keeps-role = mantiene { $role }: senza mappature di gruppo i ruoli cambiano solo a mano (R10)
why-primary-owner = Primary Owner: resta com’è, indipendentemente dai suoi gruppi (R27)
why-manual-keeps = modalità Manual: mantenuto com'è (R10)
why-group-tier = il gruppo { $group } assegna un posto { $tier } (R14)
why-default-tier = in nessun gruppo di livello di posto: il livello più alto con un posto libero, { $tier } (R15)
why-single-seat = un solo livello di posto: { $tier } (R16)
why-keeps-tier = mantiene il posto { $tier }
why-keeps-unknown-tier = mantiene un posto di livello sconosciuto (R17)
why-tier-full = il nuovo livello non ha posti liberi: mantiene il posto attuale finché non ne acquisti altri (R17)
why-ambiguous = { $chosen } e { $rival } non si possono ordinare: l'elenco di precedenza sceglie { $chosen } (R3, R11)
why-joins-at-sign-in = entra al primo accesso (R10, R25)
why-manual = modalità Manual: nessuno viene aggiunto automaticamente (R10)
why-manual-fallback = SCIM non è disponibile qui, quindi vale Manual (R7)
why-not-assigned = non assegnato all'app nell'Identity Provider (R10)
why-no-mapped-group = in nessun gruppo mappato in questa organizzazione (R10)
why-removed-unassigned = membro attuale non assegnato all'app: rimosso al salvataggio (R12)
why-removed-no-group = membro attuale senza gruppo mappato: rimosso al salvataggio (R12)
why-blocked = fuori ambito con JIT: non può accedere, resta nell'elenco e mantiene il posto finché non viene rimosso a mano (R10, R12)
why-not-added = nessun posto libero del livello richiesto: acquista posti, poi fai clic su «Sync now» (R17, R18)

## Views for embedding

scim-check-title = Questa organizzazione può usare SCIM?
scim-check-org = Organizzazione
scim-check-claude = L'organizzazione Claude
scim-check-console = Un'organizzazione Console unita a questa organizzazione padre
scim-check-console-own = L'organizzazione Console (con la propria organizzazione padre)
open-planner = Apri il pianificatore
compare-title = Confronto delle modalità: { $example }
unknown-example = Non esiste un esempio chiamato «{ $name }». Esempi: { $known }.
unknown-view = Non esiste una vista chiamata «{ $name }»; viene mostrato il pianificatore.

## Importing users from an identity provider

import-title = Importa gli utenti dal tuo Identity Provider
import-hint = Esportazioni di Okta, Google Workspace, Microsoft Entra ID, SCIM 2.0 JSON o un CSV semplice (colonne email, name, groups). Puoi scegliere più file insieme, ad es. gli utenti e le appartenenze ai gruppi. I file vengono letti in questo browser e non vengono mai inviati altrove.
import-drop = Trascina qui i file esportati, oppure
import-choose = Scegli i file…
import-paste = Incolla un'esportazione
import-paste-label = Testo esportato (CSV o SCIM JSON)
import-paste-read = Leggi il testo incollato
# The name under which pasted text is listed, like a file name.
import-pasted-name = testo incollato
import-sample = Oppure prova un'esportazione di esempio
import-sample-placeholder = Scegli un esempio…
import-sample-read = Leggi l'esempio
import-sample-title = { $sample ->
    [okta] Okta: utenti e appartenenze ai gruppi (2 file)
    [scim] SCIM 2.0 JSON: utenti e gruppi
    [plain] CSV semplice: email, nome, gruppi
    [broken] Un file con un errore (per vedere come vengono mostrati gli errori)
   *[other] Esempio
}
import-reading-files = Lettura dei file…
import-preview-title = Cosa caricherebbe l'importazione
import-preview-hint = Per ora non è cambiato nulla. Sostituisci la directory con questi utenti o uniscili a quelli già presenti: gli utenti sono associati per email senza distinguere tra maiuscole e minuscole, e i loro gruppi vengono uniti.
import-users = Utenti
import-groups = Gruppi
import-memberships = Appartenenze ai gruppi
import-warnings = Avvisi
import-warnings-count = Avvisi ({ $count })
import-known = { $known ->
    [one] { $known } già presente
   *[other] { $known } già presenti
} nella directory, { $new ->
    [one] { $new } nuovo
   *[other] { $new } nuovi
}.
import-unassigned = { $count ->
    [one] { $count } utente disattivato: importato come non assegnato all'app.
   *[other] { $count } utenti disattivati: importati come non assegnati all'app.
}
# A file read and the export format recognised in it.
import-file-format = { $file }: { $format }
format-name = { $format ->
    [scim] SCIM 2.0 JSON
    [google-users] CSV degli utenti di Google Workspace
    [google-members] CSV dei membri dei gruppi di Google Workspace
    [entra-users] CSV degli utenti di Microsoft Entra ID
    [okta-users] CSV degli utenti di Okta
    [okta-groups] CSV delle appartenenze ai gruppi di Okta
    [plain] CSV semplice
   *[other] { $format }
}
import-replace = Sostituisci la directory
import-merge = Unisci alla directory
cancel = Annulla
import-failed-title = { $count ->
    [one] Non è stato caricato nulla: { $count } problema da correggere. La configurazione non è cambiata.
   *[other] Non è stato caricato nulla: { $count } problemi da correggere. La configurazione non è cambiata.
}
# Where a problem is in a file.
import-at = { $file }, riga { $line }, colonna { $column }
import-more = { $count ->
    [one] … e { $count } altro.
   *[other] … e altri { $count }.
}
import-no-files = Nessun file indicato.
import-too-many-files = Hai scelto { $count } file; il pianificatore ne legge al massimo { $max } alla volta.
import-file-too-large = Il file è di { $mb } MB; il pianificatore legge file fino a { $max } MB.
# The directory already in the planner, named like a file in problems of a merge.
current-directory = la directory attuale
import-applied-members = { $count ->
    [one] Caricato { $count } membro attuale di { $org } da { $files } (prima: { $before }).
   *[other] Caricati { $count } membri attuali di { $org } da { $files } (prima: { $before }).
}
import-applied-replace = { $count ->
    [one] Sostituita la directory con { $count } utente da { $files } (prima: { $before }).
   *[other] Sostituita la directory con { $count } utenti da { $files } (prima: { $before }).
}
import-applied-merge = { $count ->
    [one] Uniti alla directory i dati di { $files }: { $count } utente ({ $new ->
        [one] { $new } nuovo
       *[other] { $new } nuovi
    }).
   *[other] Uniti alla directory i dati di { $files }: { $count } utenti ({ $new ->
        [one] { $new } nuovo
       *[other] { $new } nuovi
    }).
}
import-stopped = L'importazione si è interrotta ({ $reason }). Non è cambiato nulla; riprova o ricarica la pagina.
demo-failed = Non è stato possibile creare la demo ({ $reason }). Non è cambiato nulla; sceglila di nuovo per riprovare.
import-not-loaded = non è stato possibile caricarlo: il server non ha risposto
import-garbled = non è stato possibile leggerne la risposta: { $detail }
import-request-unreadable = non è stato possibile leggere la richiesta della pagina: { $detail }
import-stale = La directory è cambiata da quando questi file sono stati letti: rileggili per unirli.
# Rows of an import that cannot be read: the import is refused unless the visitor leaves them out.
import-bad-rows-title = { $bad ->
    [one] { $bad } riga non valida: non viene caricato nulla, a meno che tu non la escluda.
   *[other] { $bad } righe non valide: non viene caricato nulla, a meno che tu non le escluda.
}
import-bad-rows-hint = Correggi il file e rileggilo, oppure importa solo le righe valide. Nulla cambia finché non applichi l'importazione.
import-skip-bad = { $good ->
    [one] Importa { $good } riga valida
   *[other] Importa le { $good } righe valide
} ed { $bad ->
    [one] escludi { $bad } non valida
   *[other] escludi le { $bad } non valide
}
import-skipped = { $count ->
    [one] { $count } riga non valida esclusa
   *[other] { $count } righe non valide escluse
}
# Groups that the group mappings name but that no imported user is in.
import-missing-title = { $count ->
    [one] { $count } gruppo mappato non compare tra i gruppi di nessun utente importato: la sua mappatura non troverebbe nessuno.
   *[other] { $count } gruppi mappati non compaiono tra i gruppi di nessun utente importato: le loro mappature non troverebbero nessuno.
}
import-missing-none = niente di simile nei file
import-looks-like = nei file c'è
import-like = { $how ->
    [without_domain] il suo indirizzo email
    [case] maiuscole e minuscole diverse
   *[prefix] un altro prefisso
}
import-without-domains = Usa i nomi dei gruppi senza dominio
import-without-domains-hint = Rilegge i file e chiama ogni gruppo con la parte della sua email prima di @: anthropic-claude-owners@acme.com diventa anthropic-claude-owners.
import-renamed = { $count ->
    [one] I gruppi sono chiamati senza dominio ({ $count } appartenenza rinominata).
   *[other] I gruppi sono chiamati senza dominio ({ $count } appartenenze rinominate).
}
import-replace-drops = { $count ->
    [one] Sostituisci toglie { $count } utente della directory che i file non elencano.
   *[other] Sostituisci toglie { $count } utenti della directory che i file non elencano.
}
import-merge-adds = { $count ->
    [one] Unisci aggiunge { $count } utente e non toglie nessuno.
   *[other] Unisci aggiunge { $count } utenti e non toglie nessuno.
}
import-effect-title = La revisione se applichi l'importazione
import-effect-now = Ora
import-effect-replace = Dopo Sostituisci
import-effect-merge = Dopo Unisci
import-effect-in-scope = Utenti nell'ambito
import-effect-errors = Errori
import-effect-invalid = { $count ->
    [one] { $count } errore di input
   *[other] { $count } errori di input
}
import-effect-large = Questa configurazione è grande: la revisione viene calcolata quando applichi l'importazione (Annulla ripristina la directory).
# The kind of a warning of the importer; its own words (English) follow.
import-warning-kind = { $kind ->
    [case_variant] Stessa persona, maiuscole e minuscole diverse
    [repeated] Elencato due volte
    [sign_in_name_differs] Il nome di accesso è diverso dall'email
    [member_not_listed] Membro del gruppo assente dall'elenco degli utenti
    [deactivated] Disattivato
    [nested_group] Gruppo all'interno di un gruppo
    [incomplete] Elenco incompleto
    [no_user_list] Nessun elenco di utenti
    [formula_like] Inizia come una formula di foglio di calcolo
    [hidden_character] Un carattere invisibile
    [lookalike_email] Sembra un altro indirizzo
   *[other] Avviso
}

## Current members from a file

members-load = Carica i membri da un CSV…
members-sample = Prova un elenco di membri di esempio
members-load-hint = Colonne email, role e, facoltativa, seat tier (id o etichette, ad es. Owner, Chat + Claude Code).
members-preview = { $count ->
    [one] Letto { $count } membro. Per ora non è cambiato nulla: vuoi sostituire con questo i membri attuali di { $org }?
   *[other] Letti { $count } membri. Per ora non è cambiato nulla: vuoi sostituire con questi i membri attuali di { $org }?
}
members-replace = Sostituisci i membri
members-one-file = Scegli un solo file di membri alla volta.
members-no-org = L'organizzazione non esiste più.
# A member of the file, by position and email, then the engine's words (English).
member-problem = membro { $n } ({ $email }): { $detail }

## Large directories

paste-cut = Il testo incollato era troppo lungo ({ $pasted } caratteri): sono stati conservati solo i primi { $kept }. Apri invece come file le esportazioni di grandi dimensioni.
showing-range = Mostrati { $first }–{ $last } di { $total }.
previous-page = Precedente
next-page = Successiva
updating = Aggiornamento…
updating-comparison = Confronto delle modalità…
large-demo = Demo di grandi dimensioni
large-demo-title = Una demo di grandi dimensioni: { $users } utenti
loaded-demo = Caricata una demo generata di { $users } utenti (SCIM con mappature di gruppo).
demo-progress = Caricamento di una demo di { $users } utenti
demo-phase = { $phase ->
    [generating] Generazione di utenti e gruppi…
    [checking] Verifica della configurazione…
   *[evaluating] Calcolo di cosa succede a ogni utente…
}
export-users = Esporta gli utenti in CSV
export-failed = Il browser non ha consentito il download; non è andato perso nulla.
storage-too-large = Questa configurazione è troppo grande per l'archiviazione di questo browser (è piena). Il tuo lavoro resta qui finché non chiudi la pagina: esportalo in un file per conservarlo. Resta salvata l'ultima configurazione che ci stava.
