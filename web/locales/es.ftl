# Provisioning Planner: mensajes en español (trato de usted, como la guía en español).
# Términos de la guía: «Modo de aprovisionamiento», «Asignaciones de grupos avanzadas»,
# «nivel de asiento», «Proveedor de identidad», «Sincronización de directorios (SCIM)»,
# «Guardar cambios», «Sincronizar ahora», el botón «Agregar». Los roles se muestran como en
# el producto: Owner, Admin, User, Developer, Billing, Claude Code User.

## The page

lang-name = Español
lang-label = Idioma
lang-failed = No se pudo cargar { $lang }: el servidor no respondió. La página sigue en { $shown } y su configuración se conserva.
retry = Reintentar
app-title = Planificador de aprovisionamiento
tagline = Planifique el aprovisionamiento de usuarios con SSO para Claude y Claude Console: vea, antes de guardar, qué le ocurrirá a cada usuario.
offline-note = Funciona por completo en su navegador. Nada de lo que introduce se envía a ningún sitio; su configuración se guarda solo en este navegador.
offline-ready = Funciona sin conexión
offline-not-kept = Este navegador no ha guardado el planificador para usarlo sin conexión (la primera visita se interrumpió o el navegador no permite guardar datos de sitios). Funciona mientras se pueda acceder al servidor; vuelva a cargar la página para intentarlo de nuevo.
update-ready = Hay una nueva versión del planificador disponible.
update-reload = Volver a cargar
skip-to-content = Ir al paso actual

# Between a label and what it labels: "Back: Plan".
label-sep = { ": " }
labelled = { $label }: { $value }
quoted = «{ $text }»

## Scenario menu

menu-label = Escenario
start-from = Empezar desde
start-from-placeholder = Elija un escenario…
empty-setup = Una configuración vacía
load = Cargar
open-file = Abrir archivo…
export = Exportar JSON
share = Compartir enlace
copy = Copiar
copied = Copiado
close = Cerrar
dismiss = Descartar
undo = Deshacer
share-link-label = Enlace a esta configuración
share-link-hint = Toda la configuración va dentro del enlace (después de #), comprimida. Al abrirlo se carga en el planificador; nunca se envía a un servidor.
open-anyway = Abrirlo de todos modos y corregirlo aquí
example-title = { $example ->
    [enterprise-scim-group-mappings] Enterprise: SCIM con asignaciones de grupos (Claude + Console)
    [enterprise-entra-lockout] Enterprise con Microsoft Entra: el administrador perdería el acceso
    [team-jit] Plan Team: aprovisionamiento justo a tiempo (JIT)
    [console-only-scim] Organización Console con su propia organización principal, SCIM
   *[other] Ejemplo
}

## Notices

loaded-example = Se cargó el ejemplo «{ $title }».
example-label = Esto es un ejemplo: «{ $example }». Lo que sigue trata del ejemplo, no de su configuración. Empiece con la suya con «Una configuración vacía» o «Abrir archivo…» en el menú Escenario, o importe su directorio en el paso 3.
loaded-empty = Se empezó una configuración vacía.
imported = Se abrió «{ $file }».
opened-shared = Se abrió la configuración del enlace compartido.
format-upgraded = Esta configuración estaba escrita en el formato de escenario { $from }; el planificador la actualizó al formato { $to } (con el mismo significado). Al guardar, exportar y compartir se escribe el formato { $to }.
undone = Se restauró la configuración que tenía antes.
import-failed = «{ $file }» no se abrió; su configuración actual no ha cambiado.
import-too-large = «{ $file }» ocupa { $mb } MB; el planificador abre archivos de hasta 48 MB. Su configuración actual no ha cambiado.
import-reading = Leyendo el archivo…
import-unreadable = No se pudo leer el archivo: { $reason }
storage-unreadable = No se pudo leer la configuración guardada en este navegador. Se apartó, sin cambios, con la clave de almacenamiento «{ $key }»; el planificador empezó desde el ejemplo.
storage-unreadable-held = No se pudo leer la configuración guardada en este navegador y no hay espacio para guardar una copia. Sigue guardada tal cual: hasta que la descargue como archivo o la descarte, sus cambios aquí no se guardan en este navegador. El planificador empezó desde el ejemplo.
storage-unreadable-download = Descargarla
storage-unreadable-discard = Descartarla
storage-write-failed = Sus cambios no se pudieron guardar en este navegador (el almacenamiento está lleno o desactivado). Exporte la configuración a un archivo para conservarla.
storage-unavailable = Este navegador no permite guardar; exporte la configuración a un archivo para conservar su trabajo.
share-invalid = No se pudo abrir el enlace compartido: { $reason }. Se muestra su configuración guardada.
share-opening = Abriendo la configuración compartida…
share-too-large = Esta configuración es demasiado grande para un enlace ({ $chars } caracteres; un enlace admite { $limit }). Expórtela a un archivo.
share-unavailable = Este navegador no puede comprimir un enlace. Exporte la configuración a un archivo.
share-link-too-long = el enlace tiene más de { $limit } caracteres
share-not-base64 = el enlace está dañado (no es base64 válido)
share-not-deflate = el enlace está dañado (no se puede descomprimir)
share-no-decompressor = este navegador no puede descomprimirlo
share-too-big-inflated = la configuración del enlace ocupa más de { $mb } MB
share-not-utf8 = el enlace no contiene texto
engine-error = { $kind }: { $detail }
pasted-none = No se encontró ninguna dirección de correo en el texto pegado.
pasted-added = { $added ->
    [0] No se agregó ningún usuario.
    [one] Se agregó { $added } usuario.
   *[other] Se agregaron { $added } usuarios.
}
pasted-added-skipped = { $added ->
    [one] Se agregó { $added } usuario
   *[other] Se agregaron { $added } usuarios
}; se omitieron { $skipped } repetidos o ya presentes en el directorio.
tiers-carried-over = Los niveles de asiento se trasladaron de «{ $from }» a «{ $to }» (del más alto al más alto). Revise los asientos y las asignaciones de nivel de asiento.

## Input errors

input-errors-title = { $count ->
    [one] Hay que corregir { $count } problema de la configuración
   *[other] Hay que corregir { $count } problemas de la configuración
}
input-errors-keep = Mientras tanto, la revisión muestra la última configuración válida.
input-errors-no-valid = Aún no hay una configuración válida que revisar.
go-to-field = Ir al campo
not-a-seat-number = Introduzca un número entero de 0 a 4294967295.
input-error-kind = { $kind ->
    [syntax] Ilegible
    [type] Tipo incorrecto
    [missing] Falta
    [unknown_field] Campo desconocido
    [unknown_id] Valor desconocido
    [duplicate] Duplicado
    [invalid] No permitido
    [version] Versión no admitida
   *[other] Problema
}

## Wizard

steps-label = Pasos de la configuración
back = Atrás
next = Siguiente
step-title = { $step ->
    [plan] Plan y organizaciones
    [modes] Modo de aprovisionamiento
    [directory] Directorio
    [mappings] Asignaciones de grupos
   *[review] Revisión
}
step-intro = { $step ->
    [plan] Su plan, las organizaciones unidas a su organización principal, los asientos comprados y quién configura el aprovisionamiento.
    [modes] Cómo entran los usuarios en cada organización: agregados a mano (Manual), en su primer inicio de sesión (JIT) o sincronizados desde su proveedor de identidad (SCIM).
    [directory] Los usuarios que conoce su proveedor de identidad, sus grupos, si están asignados a la aplicación Anthropic y quién es miembro de cada organización hoy.
    [mappings] Las asignaciones de grupos avanzadas dan roles y niveles de asiento a partir de los grupos del proveedor de identidad. Gana el rol asignado más alto.
   *[review] Qué le ocurre a cada usuario cuando hace clic en «Guardar cambios», por qué y qué corregir primero.
}

## Step 1: plan and organizations

plan = Plan
parent-org = Organización principal
plan-hint = El plan de su organización principal, que tiene el SSO, el dominio verificado y la conexión con el proveedor de identidad.
actor = Quién configura el aprovisionamiento (su correo)
actor-hint = El planificador comprueba que usted conserva el acceso de Owner (Claude) o Admin (Console) después de guardar.
organizations = Organizaciones
org-id = Id
org-name = Nombre
org-id-hint = Un nombre corto propio para esta organización: lo usan los hallazgos, las exportaciones y los enlaces compartidos. No es el ID de la organización en Anthropic.
org-product = Producto
remove-org = Quitar la organización { $org }
add-claude-org = Agregar la organización Claude
add-console-org = Agregar una organización Console
seats = Asientos comprados
check-capacity = Comprobar la capacidad de asientos
check-capacity-hint = Actívelo para introducir los asientos comprados; los usuarios que no encuentren un asiento libre aparecerán como no agregados.
no-seats-console = Las organizaciones Console no tienen niveles de asiento.
one-claude-org = Una organización principal tiene como máximo una organización Claude.
no-claude-on-console-only = Una organización Console con su propia organización principal no tiene organización Claude.
product-name = { $product ->
    [claude] Claude
    [console] Claude Console
   *[other] { $product }
}
plan-name = { $plan ->
    [team] Plan Team
    [enterprise_seat_based] Plan Enterprise por asientos
    [enterprise_usage_based] Plan Enterprise por uso (dos niveles de asiento)
    [enterprise_usage_based_single_seat] Plan Enterprise por uso (un nivel de asiento)
    [console_only] Organización Console con su propia organización principal
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

idp = Proveedor de identidad
scim-connected = La sincronización de directorios (SCIM) está conectada
scim-connected-hint = Paso 2 de la guía: configure la sincronización de directorios en su proveedor de identidad antes de elegir SCIM.
mode = Modo de aprovisionamiento
agm = Asignaciones de grupos avanzadas
turn-on-agm = Activar las asignaciones de grupos
agm-hint = Roles y niveles de asiento a partir de los grupos del proveedor de identidad (solo JIT y SCIM).
not-available = No disponible
available = Disponible
chosen-but-not-eligible = Elegido, pero no disponible: esta organización se evalúa como Manual.
mode-not-stated = Aún no se ha elegido un modo: se aplica Manual.
agm-no-effect-here = Las asignaciones de grupos no tienen efecto en el modo Manual.
mode-name = { $mode ->
    [manual] Manual
    [jit] JIT (justo a tiempo)
   *[scim] SCIM
}
mode-short = { $mode ->
    [manual] Manual
    [jit] JIT
   *[scim] SCIM
}
mode-with-mappings = { $mode } + asignaciones de grupos
mode-description = { $mode ->
    [manual] Usted invita y elimina a los usuarios a mano. Nadie se agrega ni se elimina automáticamente.
    [jit] Los usuarios asignados a la aplicación entran en su primer inicio de sesión. Los miembros que dejan de estar asignados quedan bloqueados (siguen en la lista hasta que se eliminan a mano).
   *[scim] Su proveedor de identidad agrega a los usuarios de inmediato y elimina a los miembros que pierden el acceso a la aplicación.
}
scim-unavailable-reason = { $product ->
    [claude] SCIM requiere un plan Enterprise; no está disponible en el plan Team (R7).
   *[console] SCIM no está disponible para una organización Console unida a una organización principal Team (R7).
}
idp-name = { $idp ->
    [okta] Okta
    [entra] Microsoft Entra ID
    [google] Google Workspace
    [jumpcloud] JumpCloud
    [onelogin] OneLogin
    [other] Otro
   *[unknown] { $idp }
}

## Step 3: directory

users = Usuarios
email = Correo electrónico
name = Nombre
sso-email = Correo de SSO
sso-email-same = El SSO envía: el mismo
sso-email-hint = La dirección que envía el SSO de este usuario, si no es el correo de arriba (R26). Déjelo vacío si es la misma.
sign-in-provisioned = Aprovisionado como
sign-in-sends = El SSO envía
sign-in-differs = Diferencia: { $provisioned } frente a { $sends }.
assigned = Asignado a la aplicación
assigned-short = Asignado
groups = Grupos
groups-hint = Cada grupo es una etiqueta: escriba un nombre (se proponen los grupos de la configuración) y pulse Intro, o × para sacar al usuario. Los nombres se comparan exactamente; un grupo que nadie más tiene se marca como nuevo.
group-add = Agregar un grupo…
group-add-label = Agregar un grupo a { $who }
group-new = grupo nuevo
group-new-title = Ningún otro usuario está en este grupo y ninguna asignación de grupos lo nombra: revise la ortografía.
group-remove = Quitar a { $who } de { $group }
user-n = usuario { $n }
member-n = miembro { $n }
field-of = { $field }, { $who }
add-user = Agregar un usuario
remove = Quitar
remove-who = Quitar a { $who }
paste-emails = Pegar una lista de direcciones de correo
paste-hint = Una por línea, o separadas por comas o espacios. Se omiten las direcciones que ya están en el directorio.
add-pasted = Agregar estos usuarios
filter-users = Filtrar usuarios
no-users = Aún no hay usuarios. Agréguelos uno a uno o pegue una lista de direcciones de correo.
showing-of = Se muestran { $shown } de { $total }.
show-all = Mostrar todos
members-of = Miembros actuales de { $org }
members-hint = Quién está hoy en la organización, con su rol y su asiento. Una organización sin miembros se considera nueva, con usted como Owner/Admin.
role = Rol
seat-tier = Nivel de asiento
primary-owner = Primary Owner
primary-owner-not-owner = Solo un Owner puede ser el Primary Owner.
primary-owner-taken = { $who } ya es el Primary Owner; quite primero esa marca para elegir a otra persona.
unknown-tier = (sin indicar)
add-member = Agregar un miembro
no-members = No hay miembros.

## Step 4: group mappings

roles-from-groups = Roles a partir de grupos
tiers-from-groups = Niveles de asiento a partir de grupos
add-group = Agregar
add-group-to = Agregar un grupo para { $target }
remove-group = Quitar { $group } de { $target }
no-groups-mapped = Ningún grupo asignado.
group-members = { $count ->
    [one] { $count } usuario
   *[other] { $count } usuarios
}
group-empty = ningún usuario en el directorio
agm-off-note = Las asignaciones de grupos avanzadas están desactivadas en esta organización: las asignaciones se conservan pero se ignoran (R13). Actívelas en el paso 2.
agm-manual-note = Esta organización está en modo Manual: las asignaciones no tienen efecto (R6).
precedence = Precedencia de roles
precedence-hint = Billing no tiene un orden definido respecto a Developer, Limited Developer ni Claude Code User. Cuando los grupos de un usuario otorgan ambos, gana el rol más alto de esta lista.
precedence-claude = Los roles de Claude se ordenan Owner > Admin > User: siempre gana el rol asignado más alto.
move-up = Subir { $role }
move-down = Bajar { $role }
reset-precedence = Usar el orden predeterminado
precedence-custom = Orden personalizado
interpretation = Supuesto
from-the-guide = Según la guía:
interp-precedence = La guía no establece el orden entre Billing y Developer, Limited Developer o Claude Code User. El planificador supone el orden predeterminado Admin, Developer, Limited Developer, Billing, Claude Code User, User (R3); cámbielo arriba si el suyo es otro.
interp-tier-group-scope = Un usuario que está en un grupo de nivel de asiento pero en ningún grupo de rol queda incluido, con el rol User (R10, R11): la guía aprovisiona a los usuarios que están en al menos un grupo asignado, y un usuario sin grupo asignado a un rol superior pasa a User.
tiers-not-applicable-single = Enterprise con un solo nivel de asiento: la asignación de niveles de asiento no se aplica y cada usuario aprovisionado recibe un asiento Enterprise (R16).
tiers-not-applicable-console = Las organizaciones Console no tienen niveles de asiento (R4, R16).
default-tier-note = Un usuario que no está en ningún grupo de nivel de asiento recibe el nivel más alto que aún tenga un asiento libre, normalmente el más caro (R15).

## Review

live-summary = Comprobación en vivo
open-review = Abrir la revisión completa
findings = Qué corregir
no-findings = Nada que corregir.
what-to-do = Qué hacer:
go-to-step = Ir a { $step }
on-save = Qué ocurre cuando hace clic en «Guardar cambios»
save-tile = { $kind ->
    [add] agregados
    [update] actualizados
    [remove] eliminados
    [blocked] bloqueados
    [not_added] no agregados
    [later] cambian de rol o nivel al iniciar sesión
   *[pending] entran al iniciar sesión
}
per-user = Cada usuario
search-users = Buscar: correo, nombre, rol, nivel de asiento, grupo, hallazgo
status-filter = Mostrar
all-users = Todos los usuarios
changes-only = Solo usuarios cuyo acceso cambia
organization = Organización
filter-any = Cualquiera
rules-title = Las reglas citadas
rule-text = { $rule ->
    [R1] La organización principal controla el SSO, el dominio verificado y la conexión con su proveedor de identidad; su plan fija los niveles de asiento de Claude.
    [R2] Una organización principal tiene como máximo una organización de Claude y cualquier número de organizaciones de Console.
    [R3] Los roles tienen un orden: Owner sobre Admin sobre User en Claude; en Console, Admin es el más alto y User el más bajo, y una lista de precedencia decide entre los demás.
    [R4] Solo las organizaciones de Claude tienen niveles de asiento: los de su plan.
    [R5] Quien configura el aprovisionamiento tiene Owner (Claude) o Admin (Console); el planificador comprueba que lo conserve.
    [R6] Cada organización tiene un modo (Manual, JIT o SCIM); las asignaciones de grupos solo funcionan con JIT o SCIM.
    [R7] SCIM requiere un plan Enterprise, o una organización de Console que sea su propia organización principal o esté unida a una principal Enterprise.
    [R8] SCIM solo funciona cuando la sincronización del directorio está conectada en su proveedor de identidad.
    [R9] Un usuario asignado a la aplicación se aprovisiona en todas las organizaciones en modo SCIM.
    [R10] Manual no añade a nadie; JIT añade a los usuarios cuando inician sesión; SCIM los añade de inmediato y elimina a los miembros fuera de alcance.
    [R11] Con asignaciones de grupos, un usuario recibe el rol más alto asignado a cualquiera de sus grupos.
    [R12] Guardar elimina (SCIM) o bloquea (JIT) a los miembros no asignados a la aplicación o, con asignaciones de grupos, sin grupo asignado.
    [R13] Las asignaciones de grupos no hacen nada mientras las asignaciones avanzadas de grupos estén desactivadas.
    [R14] Con asignaciones de grupos, un usuario recibe el nivel de asiento más alto asignado a cualquiera de sus grupos.
    [R15] Un usuario nuevo sin grupo de nivel de asiento recibe el nivel más alto con un asiento libre, normalmente el más caro.
    [R16] En Enterprise de asiento único todos reciben el asiento Enterprise; las asignaciones de niveles de asiento no se aplican.
    [R17] Un usuario que necesita un asiento de un nivel lleno no se añade hasta que compre más; los asientos que ya se tienen se conservan primero.
    [R18] Después de comprar asientos, «Sincronizar ahora» añade a los usuarios que quedaron fuera.
    [R19] Con asignaciones de grupos, un grupo asignado a Owner (Claude) o Admin (Console) debe tener al menos un usuario asignado.
    [R20] Quien configura el aprovisionamiento debe conservar Owner (Claude) o Admin (Console) después de guardar; si no, pierde el acceso.
    [R21] Un grupo asignado al que no pertenece ningún usuario del directorio suele estar mal escrito: los nombres se comparan exactamente.
    [R22] Pertenecer a un grupo no basta: los usuarios también deben estar asignados a la aplicación en su proveedor de identidad.
    [R23] Los nombres de grupo que empiezan por anthropic-claude- o anthropic-console- son más fáciles de encontrar; es opcional.
    [R24] Microsoft Entra envía los cambios de SCIM solo cada 40 minutos.
    [R26] Con SCIM, un usuario solo puede iniciar sesión si el correo que envía el SSO coincide exactamente con el aprovisionado, incluidas mayúsculas y minúsculas.
    [R25] Con JIT, un cambio surte efecto en el siguiente inicio de sesión del usuario; con SCIM, al guardar y en cada sincronización.
    [R28] Guardar se detiene si más personas perderían el acceso de las que permite su límite (un número o una parte de los miembros actuales).
   *[R27] El Primary Owner conserva su rol y su asiento en todos los modos: el aprovisionamiento nunca lo elimina, bloquea ni cambia.
}
col-user = Usuario
col-status = Estado
col-role = Rol
col-seat = Nivel de asiento
col-change = Cambio
col-when = Surte efecto
col-why = Por qué
no-matching-users = Ningún usuario coincide.
seats-title = Asientos
col-tier = Nivel
col-purchased = Comprados
col-assigned = Asignados
col-shortfall = Por comprar
seat-meter = { $tier }: { $assigned } de { $purchased }
capacity-not-checked = No se indicaron asientos comprados: no se comprueba la capacidad.
was = antes
not-given = sin indicar
checklist = Lista de comprobación
do-not-save-yet = No guarde todavía
do-not-save-detail = Guardar ahora eliminaría, bloquearía o dejaría sin acceso a usuarios, o dejaría la organización sin Owner/Admin. Corrija primero los hallazgos marcados abajo y después haga clic en «Guardar cambios».
save-blocked = Corrija los errores antes de guardar
save-ready = Listo para guardar
save-incomplete = Aún sin comprobar
save-incomplete-detail = { $what ->
    [actor] Indique quién configura el aprovisionamiento (paso 1): hasta entonces el planificador no puede comprobar que usted conserve el acceso de Owner/Admin.
   *[users] Añada los usuarios de su proveedor de identidad (paso 3): hasta entonces el planificador no tiene a nadie que comprobar.
}
compare = Comparar modos
compare-hint = La misma configuración en cada modo, con todo lo demás igual.
col-mode = Modo
col-eligible = Disponible
col-members = Miembros
col-pending = Al iniciar sesión
col-not-added = No agregados
col-removed = Eliminados
col-blocked = Bloqueados
col-out = Fuera del alcance
col-findings = Errores / avisos / informaciones
current = actual
use-this = Usar este
use-this-mode = Usar { $mode }
yes = Sí
no = No
notes = Supuestos y notas
no-notes = No se necesitó ningún supuesto.
and-more = y { $count } más
show-more = Mostrar { $count } más ({ $left } aún sin mostrar)
severity-counts = Hallazgos
counts-line = { $errors ->
    [one] { $errors } error
   *[other] { $errors } errores
}, { $warnings ->
    [one] { $warnings } aviso
   *[other] { $warnings } avisos
}, { $infos ->
    [one] { $infos } información
   *[other] { $infos } informaciones
}
severity-count = { $severity ->
    [error] { $count ->
        [one] { $count } error
       *[other] { $count } errores
    }
    [warning] { $count ->
        [one] { $count } aviso
       *[other] { $count } avisos
    }
   *[info] { $count ->
        [one] { $count } información
       *[other] { $count } informaciones
    }
}
severity-name = { $severity ->
    [error] Error
    [warning] Aviso
   *[info] Información
}
status-name = { $status ->
    [member] Miembro
    [pending_login] Entra al iniciar sesión
    [not_added] No agregado
    [removed] Eliminado
    [blocked] Bloqueado
    [out_of_scope] Fuera del alcance
   *[other] { $status }
}
change-name = { $change ->
    [add] Agregado
    [update] Actualizado
    [remove] Eliminado
    [none] Sin cambios
   *[other] { $change }
}
takes-effect = { $when ->
    [on_save] Al guardar
    [next_sign_in] En el siguiente inicio de sesión
   *[none] —
}
all-organizations = Todas las organizaciones

## Setup checklist (guide §6)

check-step = { $step ->
    [prerequisites] Configurar el inicio de sesión único (SSO) y verificar su dominio
    [choose_mode] Elegir el modo de aprovisionamiento
    [connect_directory] Conectar la sincronización de directorios (SCIM) en su proveedor de identidad
    [match_sign_in_email] Comprobar que SSO y SCIM envían el mismo atributo de correo
    [set_mode] Seleccionar el modo y activar las asignaciones de grupos, sin hacer clic aún en «Guardar cambios»
    [assign_groups] Crear grupos en su proveedor de identidad, agregar usuarios e incluirse en un grupo Owner/Admin
    [map_groups] Asignar grupos a roles y niveles de asiento
    [save] Hacer clic en «Guardar cambios»
   *[other] { $step }
}
check-status = { $status ->
    [done] Hecho
    [todo] Pendiente
    [skip] No necesario
    [blocked] Bloqueado
    [ready] Listo
   *[other] { $status }
}
check-detail = { $step ->
    [prerequisites] Un recordatorio que el planificador no puede comprobar: el inicio de sesión único está configurado con su proveedor de identidad, su dominio está verificado y usted tiene el rol Owner (Claude) o Admin (Console).
    [choose_mode] { $status ->
        [done] Cada organización tiene un modo de aprovisionamiento.
       *[other] Elija un modo para cada organización; hasta entonces se aplica Manual.
    }
    [connect_directory] { $status ->
        [skip] Solo es necesario para SCIM.
        [done] La sincronización de directorios está conectada.
       *[other] Configure SCIM en Identidad y acceso siguiendo la guía de WorkOS; deténgase en el paso de grupos del proveedor de identidad.
    }
    [match_sign_in_email] { $status ->
        [skip] Solo es necesario para SCIM.
        [done] Todos los usuarios que aprovisiona SCIM inician sesión con la dirección con la que se aprovisionan.
        [blocked] Algunos usuarios no podrían iniciar sesión: resuelva primero { $codes }.
       *[other] Hay usuarios que esperan un asiento e inician sesión con una dirección distinta de la que envía SCIM; alinee los atributos antes de que se agreguen.
    }
    [set_mode] { $status ->
        [done] El modo se puede establecer sin que nadie pierda el acceso.
       *[other] No haga clic en «Guardar cambios» todavía: primero resuelva { $codes }.
    }
    [assign_groups] { $status ->
        [skip] Solo es necesario con asignaciones de grupos avanzadas.
        [done] { $you ->
            [yes] Los grupos existen e incluyen un Owner/Admin, usted incluido.
           *[no] Los grupos existen e incluyen un Owner/Admin.
        }
       *[other] Corrija en su proveedor de identidad: { $codes }.
    }
    [map_groups] { $status ->
        [skip] Solo es necesario con asignaciones de grupos avanzadas.
       *[other] Los grupos están asignados a roles y niveles de asiento.
    }
   *[save] { $status ->
        [ready] Nada impide guardar.
       *[other] Corrija primero los errores: { $codes }.
    }
}

## Findings: a title, a detail from the finding's parameters, and what to do

finding-title = { $code ->
    [SCIM_NOT_ELIGIBLE] SCIM no está disponible para esta organización
    [SCIM_NOT_CONNECTED] La sincronización de directorios aún no está conectada
    [SCIM_FANOUT] SCIM aprovisiona en varias organizaciones
    [AGM_NO_EFFECT] Las asignaciones de grupos no tienen efecto en el modo Manual
    [ROLE_DEFAULTED] Usuarios que reciben el rol User de forma predeterminada
    [ROLE_AMBIGUOUS] Roles que no se pueden ordenar
    [MEMBERS_REMOVED_ON_SAVE] Guardar elimina a miembros actuales
    [MEMBERS_BLOCKED] Guardar bloquea a miembros actuales
    [MAPPINGS_IGNORED] Las asignaciones de grupos se ignoran
    [DEFAULT_SEAT_TIER] Usuarios que reciben el nivel de asiento libre más alto
    [SEAT_TIER_MAPPING_NOT_APPLICABLE] Las asignaciones de nivel de asiento no se aplican
    [SEAT_SHORTFALL] No hay asientos suficientes
    [NO_PRIVILEGED_GROUP] Ningún grupo Owner/Admin
    [ACTOR_LOSES_ACCESS] Usted perdería su acceso de Owner/Admin
    [UNKNOWN_GROUP] Un grupo asignado no tiene usuarios
    [UNASSIGNED_IN_GROUP] Usuarios de grupos asignados que no están asignados a la aplicación
    [GROUP_NAMING] Nombres de grupo sin el prefijo sugerido
    [ENTRA_SYNC_DELAY] Microsoft Entra sincroniza cada 40 minutos
    [LOOKALIKE_EMAILS] Direcciones que parecen iguales
    [ACTOR_NOT_PRIVILEGED] Es posible que usted no tenga el rol que la guía supone
    [PRIMARY_OWNER_EXEMPT] El Primary Owner se mantiene como está
    [SSO_EMAIL_MISMATCH] El SSO envía un correo distinto del de SCIM
    [REMOVAL_THRESHOLD] Guardar quitaría el acceso a más personas de las que permite su límite
   *[other] { $code }
}
finding-advice = { $code ->
    [SCIM_NOT_ELIGIBLE] SCIM requiere un plan Enterprise (o una organización Console con su propia organización principal o unida a una organización principal Enterprise). Elija JIT o Manual, o cambie de plan.
    [SCIM_NOT_CONNECTED] Conecte primero la sincronización de directorios (SCIM) en su proveedor de identidad (paso 2 de la guía) y vuelva después para establecer el modo.
    [SCIM_FANOUT] Un usuario asignado a la aplicación se aprovisiona en todas las organizaciones en modo SCIM. Use asignaciones de grupos para que cada organización tenga solo a sus propios usuarios.
    [AGM_NO_EFFECT] Las asignaciones de grupos solo funcionan con JIT o SCIM. Elija uno de esos modos o desactive las asignaciones de grupos.
    [ROLE_DEFAULTED] Estos usuarios están en un grupo de nivel de asiento pero en ningún grupo de rol, así que reciben User. Agréguelos a un grupo de rol si necesitan un rol superior.
    [ROLE_AMBIGUOUS] Los dos roles no se pueden ordenar, así que decide la lista de precedencia. Deje al usuario en uno solo de los grupos o establezca la precedencia que desee.
    [MEMBERS_REMOVED_ON_SAVE] No guarde todavía: primero asigne a estas personas a la aplicación (y, con asignaciones de grupos, a un grupo asignado), o acepte que pierdan el acceso.
    [MEMBERS_BLOCKED] No guarde todavía: primero asigne a estas personas a la aplicación (y, con asignaciones de grupos, a un grupo asignado); si no, no podrán iniciar sesión y habrá que eliminarlas a mano.
    [MAPPINGS_IGNORED] Active las asignaciones de grupos avanzadas para usar estas asignaciones; hasta entonces, los roles y los asientos solo cambian a mano.
    [DEFAULT_SEAT_TIER] Los usuarios que no están en ningún grupo de nivel de asiento reciben el nivel más alto con un asiento libre, normalmente el más caro. Agréguelos a un grupo de nivel de asiento para elegir.
    [SEAT_TIER_MAPPING_NOT_APPLICABLE] Quite estas asignaciones de nivel de asiento: esta organización no tiene niveles de asiento que asignar (Enterprise con un solo nivel, o Console).
    [SEAT_SHORTFALL] Compre los asientos que faltan en Configuración de la organización > Facturación (o pase usuarios a un nivel con asientos libres). Con SCIM, después haga clic en «Sincronizar ahora» o espere el siguiente ciclo de sincronización; con JIT, un usuario en espera se une en su próximo inicio de sesión cuando haya un asiento libre.
    [NO_PRIVILEGED_GROUP] Asigne un grupo a Owner (Claude) o Admin (Console) e incluya en él al menos a un usuario asignado, usted incluido.
    [ACTOR_LOSES_ACCESS] Antes de guardar, inclúyase en un grupo asignado al rol que tiene (Owner o Admin) y asígnese a la aplicación. Después, otro Owner o Admin puede restablecer su rol en Configuración de administrador > Organización (Claude) o Configuración > Miembros (Console).
    [UNKNOWN_GROUP] Ningún usuario del directorio está en este grupo: revise cómo está escrito (los nombres se comparan exactamente) o agregue sus miembros.
    [UNASSIGNED_IN_GROUP] Asigne estos usuarios a la aplicación Anthropic en su proveedor de identidad; pertenecer al grupo no basta para aprovisionarlos.
    [GROUP_NAMING] Opcional: empiece los nombres de grupo por anthropic-claude- o anthropic-console- para encontrarlos fácilmente.
    [ENTRA_SYNC_DELAY] Microsoft Entra envía los cambios SCIM solo cada 40 minutos: cuente con ese retraso antes de comprobar los resultados.
    [LOOKALIKE_EMAILS] Revise estas direcciones en su proveedor de identidad: Claude asocia cada cuenta por su texto exacto, así que una dirección que solo se parece a otra es otra persona, y una con un carácter oculto no coincide con nadie.
    [SEAT_SHORTFALL-scim] Compre los asientos que faltan en Configuración de la organización > Facturación (o pase usuarios a un nivel con asientos libres). Después haga clic en «Sincronizar ahora», junto a Sincronización de directorios (SCIM) en Identidad y acceso, o espere el siguiente ciclo de sincronización, para aprovisionar a los usuarios aún no agregados.
    [SEAT_SHORTFALL-jit] Compre los asientos que faltan en Configuración de la organización > Facturación (o pase usuarios a un nivel con asientos libres). Un usuario que espera un asiento se une en su próximo inicio de sesión cuando haya uno libre.
    [SEAT_SHORTFALL-manual] Hay más asientos ocupados que comprados: compre los que faltan en Configuración de la organización > Facturación o retire asientos a mano.
    [ACTOR_LOSES_ACCESS-claude-jit] Antes de guardar, inclúyase en un grupo asignado al rol que tiene (Owner o Admin) y asígnese a la aplicación. Si ya ocurrió: otro Owner o Admin puede restablecer su rol en Configuración de administrador > Organización; o corrija su grupo en el proveedor de identidad y después cierre sesión e inicie sesión nuevamente.
    [ACTOR_LOSES_ACCESS-claude-scim] Antes de guardar, inclúyase en un grupo asignado al rol que tiene (Owner o Admin) y asígnese a la aplicación. Si ya ocurrió: otro Owner o Admin puede restablecer su rol en Configuración de administrador > Organización; o corrija su grupo en el proveedor de identidad y pida a otro Owner o Admin que haga clic en «Sincronizar ahora» en Identidad y acceso, o espere el siguiente ciclo de sincronización.
    [ACTOR_LOSES_ACCESS-console-jit] Antes de guardar, inclúyase en un grupo asignado a Admin y asígnese a la aplicación. Si ya ocurrió: otro Admin puede restablecer su rol en Configuración > Miembros; o corrija su grupo en el proveedor de identidad y después cierre sesión e inicie sesión nuevamente.
    [ACTOR_LOSES_ACCESS-console-scim] Antes de guardar, inclúyase en un grupo asignado a Admin y asígnese a la aplicación. Si ya ocurrió: otro Admin puede restablecer su rol en Configuración > Miembros; o corrija su grupo en el proveedor de identidad y pida a otro Admin que haga clic en «Sincronizar ahora» en Identidad y acceso, o espere el siguiente ciclo de sincronización.
    [ACTOR_NOT_PRIVILEGED] La guía supone que quien configura el aprovisionamiento tiene el rol Owner (Claude) o Admin (Console): pida a uno que haga estos cambios o que le dé ese rol en Configuración de administrador > Organización (Claude) o Configuración > Miembros (Console). Si lo tiene con otro correo, indique ese correo como el suyo.
    [ACTOR_NOT_PRIVILEGED-claude] La guía supone que quien configura el aprovisionamiento tiene el rol Owner: pida a un Owner que haga estos cambios o que le dé el rol Owner en Configuración de administrador > Organización. Si lo tiene con otro correo, indique ese correo como el suyo.
    [ACTOR_NOT_PRIVILEGED-console] La guía supone que quien configura el aprovisionamiento tiene el rol Admin: pida a un Admin que haga estos cambios o que le dé el rol Admin en Configuración > Miembros. Si lo tiene con otro correo, indique ese correo como el suyo.
    [ROLE_DEFAULTED-jit] Estos usuarios están en un grupo de nivel de asiento pero en ningún grupo de rol, así que reciben User. Agréguelos a un grupo de rol si necesitan un rol superior; un miembro recibe entonces el nuevo rol cuando cierra sesión e inicia sesión nuevamente.
    [ROLE_DEFAULTED-scim] Estos usuarios están en un grupo de nivel de asiento pero en ningún grupo de rol, así que reciben User. Agréguelos a un grupo de rol si necesitan un rol superior; los miembros reciben entonces el nuevo rol con «Sincronizar ahora» o en el siguiente ciclo de sincronización.
    [PRIMARY_OWNER_EXEMPT] Nada que hacer: el aprovisionamiento deja al Primary Owner como está. Para aprovisionarlo como a cualquier otro, transfiera primero el rol de Primary Owner a otro Owner.
    [SSO_EMAIL_MISMATCH] Claude asocia la dirección que envía el SSO a la cuenta aprovisionada de forma exacta, incluidas mayúsculas y minúsculas. En su proveedor de identidad, asigne el userName de SCIM y el claim de correo del SSO al mismo atributo (normalmente el correo principal) y ejecute después una sincronización completa: una incremental no repara las cuentas existentes.
    [SSO_EMAIL_MISMATCH-okta] En la aplicación de Okta, SCIM (Provisioning > To App: userName, por defecto user.login) y SSO (Sign On) se configuran por separado. Asigne ambos a user.email y fuerce después una resincronización completa: una incremental no repara las cuentas existentes.
    [SSO_EMAIL_MISMATCH-entra] En Microsoft Entra, SCIM se configura en Aplicaciones empresariales (Aprovisionamiento > Asignaciones de atributos de la aplicación: userName, por defecto userPrincipalName) y SSO en las notificaciones de inicio de sesión único de la aplicación o, para OIDC, en Registros de aplicaciones. Asigne ambos al mismo atributo (userPrincipalName o mail) y reinicie el aprovisionamiento para una sincronización completa: un ciclo incremental no repara las cuentas existentes.
    [SSO_EMAIL_MISMATCH-google] En la consola de administración de Google, la asignación de atributos SAML de la aplicación y su aprovisionamiento automático (SCIM) están en pestañas distintas. Asigne ambos al correo principal (primaryEmail), no a un alias, y lance después una resincronización completa: una incremental no repara las cuentas existentes.
    [SSO_EMAIL_MISMATCH-onelogin] En la aplicación de OneLogin, los parámetros de aprovisionamiento SCIM y las declaraciones de atributos SAML están en pestañas distintas. Asigne ambos a Email (no a Username) y ejecute después una sincronización completa: una incremental no repara las cuentas existentes.
    [REMOVAL_THRESHOLD] No guarde todavía: compruebe que cada una de estas personas deba perder el acceso (si no, asígnela a la aplicación o a un grupo asignado). Si el cambio es correcto, suba el límite para este cambio.
   *[other] { $code }
}
finding-scim-not-eligible = SCIM no está disponible para { $org } con este plan ({ $plan }), así que se evalúa como Manual.
finding-scim-not-connected = SCIM está elegido para { $orgs }, pero la sincronización de directorios aún no está conectada; los resultados se muestran como serán cuando lo esté.
finding-scim-fanout = Un usuario asignado a la aplicación se aprovisiona en cada una de estas { $count } organizaciones: { $orgs }.
finding-agm-no-effect = Las asignaciones de grupos avanzadas están activadas en { $org }, pero no tienen efecto en el modo Manual.
finding-role-defaulted = { $count ->
    [one] { $count } usuario está incluido solo por un grupo de nivel de asiento y recibe
   *[other] { $count } usuarios están incluidos solo por un grupo de nivel de asiento y reciben
} el rol User (la guía aprovisiona a los usuarios que están en al menos un grupo asignado, y un usuario sin grupo asignado a un rol superior pasa a User).
finding-role-ambiguous = { $user } recibe a la vez { $chosen } y { $rival }, que no se pueden ordenar; la lista de precedencia elige { $chosen }.
finding-members-removed = { $count ->
    [one] Guardar ahora elimina a { $count } miembro actual de { $org }.
   *[other] Guardar ahora elimina a { $count } miembros actuales de { $org }.
}
finding-members-blocked = { $count ->
    [one] Guardar ahora bloquea a { $count } miembro actual de { $org }: no puede iniciar sesión, pero sigue en la lista y conserva su asiento.
   *[other] Guardar ahora bloquea a { $count } miembros actuales de { $org }: no pueden iniciar sesión, pero siguen en la lista y conservan sus asientos.
}
finding-mappings-ignored = { $count ->
    [one] { $count } grupo asignado de { $org } se ignora mientras las asignaciones de grupos avanzadas estén desactivadas.
   *[other] { $count } grupos asignados de { $org } se ignoran mientras las asignaciones de grupos avanzadas estén desactivadas.
}
finding-default-seat-tier = { $count ->
    [one] { $count } usuario sin grupo de nivel de asiento recibe el nivel más alto con un asiento libre: { $tiers }.
   *[other] { $count } usuarios sin grupo de nivel de asiento reciben el nivel más alto con un asiento libre: { $tiers }.
}
tier-users = { $tier }: { $count ->
    [one] { $count } usuario
   *[other] { $count } usuarios
}
finding-tier-mapping-not-applicable = { $product ->
    [claude] Las asignaciones de nivel de asiento de { $org } no se aplican (Enterprise con un solo nivel de asiento) y se ignoran.
   *[console] Las asignaciones de nivel de asiento de { $org } no se aplican (las organizaciones Console no tienen niveles de asiento) y se ignoran.
}
finding-seat-shortfall = No hay asientos suficientes en { $org }: compre { $tiers }.
tier-seats = { $tier }: { $count ->
    [one] { $count } asiento
   *[other] { $count } asientos
}
finding-no-privileged-group = { $count ->
    [0] Ningún grupo de { $org } está asignado a { $role }.
   *[other] Ningún usuario asignado está en un grupo asignado a { $role } en { $org }.
}
finding-actor-demoted = Después de guardar, usted ({ $actor }) tendría el rol { $role } en { $org }, por debajo de { $privileged } (estado: { $status }).
finding-actor-out = Después de guardar, usted ({ $actor }) perdería el acceso de { $privileged } a { $org } (estado: { $status }).
finding-actor-not-privileged = Usted ({ $actor }) tiene { $role } en { $org }, no { $privileged }: la guía supone que quien configura el aprovisionamiento tiene { $privileged }.
finding-actor-not-member = Usted ({ $actor }) no figura como miembro de { $org }: la guía supone que quien configura el aprovisionamiento tiene { $privileged }.
finding-unknown-group = { $count ->
    [one] Ningún usuario del directorio está en el grupo asignado { $groups }.
   *[other] Ningún usuario del directorio está en los grupos asignados { $groups }.
}
finding-case-mismatch = { $group } solo se diferencia de { $other } en mayúsculas y minúsculas; los nombres se comparan exactamente.
finding-unassigned-in-group = { $count ->
    [one] { $count } usuario está en grupos asignados pero no asignado a la aplicación, así que no se aprovisiona.
   *[other] { $count } usuarios están en grupos asignados pero no asignados a la aplicación, así que no se aprovisionan.
}
finding-group-naming = { $count ->
    [one] Opcional: { $count } grupo asignado no empieza por { $prefix }, el prefijo que sugiere la guía.
   *[other] Opcional: { $count } grupos asignados no empiezan por { $prefix }, el prefijo que sugiere la guía.
}
finding-entra-sync-delay = Microsoft Entra envía los cambios SCIM solo cada { $minutes } minutos; los cambios pueden tardar ese tiempo en aparecer.
finding-primary-owner-exempt = { $user } es el Primary Owner de { $org } y se mantiene como está, aunque el aprovisionamiento { $would ->
    [removed] lo eliminaría
    [blocked] lo bloquearía
   *[other] cambiaría su rol o su nivel de asiento
}.
finding-sso-email-mismatch = { $count ->
    [one] { $count } usuario de { $org } no puede iniciar sesión: su SSO envía un correo distinto del que aprovisiona SCIM.
   *[other] { $count } usuarios de { $org } no pueden iniciar sesión: su SSO envía un correo distinto del que aprovisiona SCIM.
}
finding-removal-threshold = { $count ->
    [one] Guardar quitaría el acceso a { $count } persona de { $org }, por encima de su límite de { $limit }.
   *[other] Guardar quitaría el acceso a { $count } personas de { $org }, por encima de su límite de { $limit }.
}
finding-lookalike-pairs = { $count ->
    [one] { $a } y { $b } parecen iguales, pero son dos personas distintas ({ $marks }).
   *[other] { $count } pares de direcciones parecen iguales, pero son personas distintas, como { $a } y { $b } ({ $marks }).
}
finding-lookalike-hidden = { $count ->
    [one] { $count } dirección contiene un carácter que no se ve: { $list }.
   *[other] { $count } direcciones contienen un carácter que no se ve: { $list }.
}

## The planner's assumptions and notes, by id

note = { $note ->
    [scim_outcomes_once_connected] Los resultados se calculan como serán cuando la sincronización de directorios esté conectada.
    [no_actor] No se indica quién configura el aprovisionamiento, así que el planificador no puede comprobar que usted conserve el acceso de Owner/Admin. Introduzca su correo en el paso 1.
    [seat_group_scope] Un usuario que está en un grupo de nivel de asiento pero en ningún grupo de rol queda incluido, con el rol User: la guía aprovisiona a los usuarios que están en al menos un grupo asignado, y un usuario sin grupo asignado a un rol superior pasa a User.
    [default_precedence] Los roles de Console que no se pueden ordenar se deciden por el orden Admin, Developer, Limited Developer, Billing, Claude Code User, User; la guía no lo dice. Establezca la precedencia de roles en el paso 4 para elegir.
    [tier_changes_first] Los asientos van primero a los miembros actuales que cambian de nivel (el asiento que uno deja queda libre para los demás), después a los usuarios nuevos cuyos grupos indican un nivel y después a los usuarios nuevos que reciben el nivel predeterminado, en cada caso en el orden del directorio; los miembros actuales sin grupo de nivel suben al nivel predeterminado al final, cuando nadie espera; así, comprar lo que falta siempre basta.
    [capacity_not_checked] No se indicaron asientos comprados para { $org }, así que no se comprueba la capacidad de asientos.
    [members_keep_tiers] No hay ningún grupo asignado a un nivel de asiento, así que los miembros actuales conservan el nivel que tienen. La guía da a un usuario que no está en ningún grupo de nivel de asiento el nivel más alto disponible; el planificador lo aplica a los miembros actuales solo cuando hay algún grupo asignado a un nivel de asiento.
    [scim_connected_orgs] La guía dice que SCIM aprovisiona a los usuarios asignados en todas las organizaciones conectadas a su organización principal; el planificador los aprovisiona solo en las organizaciones configuradas con SCIM.
    [jit_blocks_members] Con JIT, el planificador muestra a los miembros fuera del alcance como bloqueados: no pueden iniciar sesión pero siguen en la lista hasta que inician sesión o se eliminan a mano, como dice la tabla de la guía, mientras que su paso 3 dice que guardar demasiado pronto los elimina.
    [new_organization] Esta organización no tiene miembros en la lista, así que el planificador la considera nueva, con usted como único miembro: Owner (Claude) o Admin (Console), con un asiento. Si no es nueva, indique sus miembros actuales en el paso 3.
    [highest_free_tier] La guía da a un usuario sin grupo de nivel de asiento el nivel más alto disponible; el planificador lo entiende como el nivel más alto con un asiento libre, así que un usuario recibe un nivel inferior cuando el más alto está lleno.
    [usage_tier_order] La guía no ordena los tipos de asiento del plan por uso; el planificador considera Chat + Claude Code superior a Chat, para el nivel predeterminado y cuando los grupos de un usuario asignan ambos.
    [console_ranking] La guía da a un usuario el permiso más alto de sus grupos, pero no ordena los roles de Console; el planificador sitúa Admin por encima de todos los roles, User por debajo de todos y Developer por encima de Limited Developer y este por encima de Claude Code User.
    [primary_owner_exempt] La guía solo dice que SCIM elimina todas las cuentas excepto la del Primary Owner; el planificador mantiene al Primary Owner como está en todos los modos: nunca se elimina ni se bloquea, y las asignaciones de grupos nunca cambian su rol ni su nivel de asiento.
   *[other] {""}
}

## Why a user ends as they do (R10–R25)

why-group-role = el grupo { $group } otorga { $role } (R11)
why-seat-group-only = solo en un grupo de nivel de asiento: User de forma predeterminada (R11)
why-new-user-default = los usuarios nuevos reciben User sin asignaciones de grupos (R10)
why-keeps-role = conserva { $role }: sin asignaciones de grupos los roles solo cambian a mano (R10)
why-primary-owner = Primary Owner: se mantiene como está, independientemente de sus grupos (R27)
why-manual-keeps = modo Manual: se conserva tal cual (R10)
why-group-tier = el grupo { $group } otorga un asiento { $tier } (R14)
why-default-tier = en ningún grupo de nivel de asiento: el nivel más alto con un asiento libre, { $tier } (R15)
why-single-seat = un solo nivel de asiento: { $tier } (R16)
why-keeps-tier = conserva el asiento { $tier }
why-keeps-unknown-tier = conserva un asiento de nivel desconocido (R17)
why-tier-full = el nuevo nivel no tiene asientos libres: conserva el asiento actual hasta que compre más (R17)
why-ambiguous = { $chosen } y { $rival } no se pueden ordenar: la lista de precedencia elige { $chosen } (R3, R11)
why-joins-at-sign-in = entra en su primer inicio de sesión (R10, R25)
why-manual = modo Manual: nadie se agrega automáticamente (R10)
why-manual-fallback = SCIM no está disponible aquí, así que se aplica Manual (R7)
why-not-assigned = no está asignado a la aplicación en el proveedor de identidad (R10)
why-no-mapped-group = no está en ningún grupo asignado en esta organización (R10)
why-removed-unassigned = miembro actual no asignado a la aplicación: se elimina al guardar (R12)
why-removed-no-group = miembro actual sin grupo asignado: se elimina al guardar (R12)
why-blocked = fuera del alcance con JIT: no puede iniciar sesión, sigue en la lista y conserva el asiento hasta que se elimine a mano (R10, R12)
why-not-added = no hay un asiento libre del nivel necesario: compre asientos y haga clic en «Sincronizar ahora» (R17, R18)

## Views for embedding

scim-check-title = ¿Puede esta organización usar SCIM?
scim-check-org = Organización
scim-check-claude = La organización Claude
scim-check-console = Una organización Console unida a esta organización principal
scim-check-console-own = La organización Console (con su propia organización principal)
open-planner = Abrir el planificador
compare-title = Comparación de modos: { $example }
unknown-example = No hay ningún ejemplo llamado «{ $name }». Ejemplos: { $known }.
unknown-view = No hay ninguna vista llamada «{ $name }»; se muestra el planificador.

## Importing users from an identity provider

import-title = Importar usuarios desde su proveedor de identidad
import-hint = Exportaciones de Okta, Google Workspace, Microsoft Entra ID, SCIM 2.0 JSON o un CSV simple (email, name, groups). Elija varios archivos a la vez, p. ej., los usuarios y las pertenencias a grupos. Los archivos se leen en este navegador y nunca se envían a ningún sitio.
import-drop = Suelte aquí los archivos exportados, o
import-choose = Elegir archivos…
import-paste = Pegar una exportación
import-paste-label = Texto exportado (CSV o SCIM JSON)
import-paste-read = Leer el texto pegado
# The name under which pasted text is listed, like a file name.
import-pasted-name = texto pegado
import-sample = O pruebe con una exportación de ejemplo
import-sample-placeholder = Elija un ejemplo…
import-sample-read = Leer el ejemplo
import-sample-title = { $sample ->
    [okta] Okta: usuarios y pertenencias a grupos (2 archivos)
    [scim] SCIM 2.0 JSON: usuarios y grupos
    [plain] CSV simple: email, name, groups
    [broken] Un archivo con un error (para ver cómo se muestran los errores)
   *[other] Ejemplo
}
import-reading-files = Leyendo los archivos…
import-preview-title = Lo que cargaría la importación
import-preview-hint = Aún no ha cambiado nada. Reemplace el directorio por estos usuarios o combínelos con él: los usuarios se emparejan por correo sin distinguir mayúsculas y minúsculas, y sus grupos se unen.
import-users = Usuarios
import-groups = Grupos
import-memberships = Pertenencias a grupos
import-warnings = Avisos
import-warnings-count = Avisos ({ $count })
import-known = { $known } ya en el directorio, { $new ->
    [one] { $new } nuevo
   *[other] { $new } nuevos
}.
import-unassigned = { $count ->
    [one] { $count } usuario desactivado: se importa como no asignado a la aplicación.
   *[other] { $count } usuarios desactivados: se importan como no asignados a la aplicación.
}
# A file read and the export format recognised in it.
import-file-format = { $file }: { $format }
format-name = { $format ->
    [scim] SCIM 2.0 JSON
    [google-users] CSV de usuarios de Google Workspace
    [google-members] CSV de miembros de grupos de Google Workspace
    [entra-users] CSV de usuarios de Microsoft Entra ID
    [okta-users] CSV de usuarios de Okta
    [okta-groups] CSV de pertenencia a grupos de Okta
    [plain] CSV simple
   *[other] { $format }
}
import-replace = Reemplazar el directorio
import-merge = Combinar con el directorio
cancel = Cancelar
import-failed-title = { $count ->
    [one] No se cargó nada: hay que corregir { $count } problema. Su configuración no ha cambiado.
   *[other] No se cargó nada: hay que corregir { $count } problemas. Su configuración no ha cambiado.
}
# Where a problem is in a file.
import-at = { $file }, línea { $line }, columna { $column }
import-more = … y { $count } más.
import-no-files = No se indicó ningún archivo.
import-too-many-files = Se eligieron { $count } archivos; el planificador lee hasta { $max } a la vez.
import-file-too-large = El archivo ocupa { $mb } MB; el planificador lee archivos de hasta { $max } MB.
# The directory already in the planner, named like a file in problems of a merge.
current-directory = el directorio actual
import-applied-members = { $count ->
    [one] Se cargó { $count } miembro actual de { $org } desde { $files } (antes había { $before }).
   *[other] Se cargaron { $count } miembros actuales de { $org } desde { $files } (antes había { $before }).
}
import-applied-replace = { $count ->
    [one] Se reemplazó el directorio por { $count } usuario de { $files } (antes había { $before }).
   *[other] Se reemplazó el directorio por { $count } usuarios de { $files } (antes había { $before }).
}
import-applied-merge = { $count ->
    [one] El directorio se combinó con { $files }: { $count } usuario
   *[other] El directorio se combinó con { $files }: { $count } usuarios
} ({ $new ->
    [one] { $new } nuevo
   *[other] { $new } nuevos
}).
import-stopped = El importador se detuvo ({ $reason }). No se cambió nada; inténtelo de nuevo o vuelva a cargar la página.
demo-failed = No se pudo crear la demostración ({ $reason }). No se cambió nada; vuelva a elegirla para reintentarlo.
import-not-loaded = no se pudo cargar: el servidor no respondió
import-garbled = no se pudo leer su respuesta: { $detail }
import-request-unreadable = no se pudo leer la solicitud de la página: { $detail }
import-stale = El directorio ha cambiado desde que se leyeron estos archivos: vuelva a leerlos para combinarlos.
# Rows of an import that cannot be read: the import is refused unless the visitor leaves them out.
import-bad-rows-title = { $bad ->
    [one] { $bad } fila incorrecta: no se carga nada salvo que la omita.
   *[other] { $bad } filas incorrectas: no se carga nada salvo que las omita.
}
import-bad-rows-hint = Corrija el archivo y vuelva a leerlo, o importe solo las filas correctas. Nada cambia hasta que aplique la importación.
import-skip-bad = { $good ->
    [one] Importar { $good } fila correcta
   *[other] Importar las { $good } filas correctas
} y { $bad ->
    [one] omitir { $bad } incorrecta
   *[other] omitir las { $bad } incorrectas
}
import-skipped = { $count ->
    [one] { $count } fila incorrecta omitida
   *[other] { $count } filas incorrectas omitidas
}
# Groups that the group mappings name but that no imported user is in.
import-missing-title = { $count ->
    [one] { $count } grupo asignado no figura en los grupos de ningún usuario importado: su asignación no encontraría a nadie.
   *[other] { $count } grupos asignados no figuran en los grupos de ningún usuario importado: sus asignaciones no encontrarían a nadie.
}
import-missing-none = nada parecido en los archivos
import-looks-like = los archivos tienen
import-like = { $how ->
    [without_domain] su dirección de correo
    [case] otras mayúsculas y minúsculas
   *[prefix] otro prefijo
}
import-without-domains = Usar los nombres de grupo sin el dominio
import-without-domains-hint = Vuelve a leer los archivos y nombra cada grupo por la parte de su correo antes de la @: anthropic-claude-owners@acme.com pasa a ser anthropic-claude-owners.
import-renamed = { $count ->
    [one] Los grupos se nombran sin su dominio ({ $count } pertenencia renombrada).
   *[other] Los grupos se nombran sin su dominio ({ $count } pertenencias renombradas).
}
import-replace-drops = { $count ->
    [one] Reemplazar quita { $count } usuario del directorio que los archivos no incluyen.
   *[other] Reemplazar quita { $count } usuarios del directorio que los archivos no incluyen.
}
import-merge-adds = { $count ->
    [one] Combinar agrega { $count } usuario y no quita a nadie.
   *[other] Combinar agrega { $count } usuarios y no quita a nadie.
}
import-effect-title = La revisión si aplica la importación
import-effect-now = Ahora
import-effect-replace = Tras reemplazar
import-effect-merge = Tras combinar
import-effect-in-scope = Usuarios dentro del alcance
import-effect-errors = Errores
import-effect-invalid = { $count ->
    [one] { $count } error de entrada
   *[other] { $count } errores de entrada
}
import-effect-large = Esta configuración es grande: su revisión se calcula al aplicar la importación (Deshacer recupera el directorio).
# The kind of a warning of the importer; its own words (English) follow.
import-warning-kind = { $kind ->
    [case_variant] Misma persona, distintas mayúsculas y minúsculas
    [repeated] Aparece dos veces
    [sign_in_name_differs] El nombre de inicio de sesión no coincide con el correo
    [member_not_listed] Miembro de un grupo que no está en la lista de usuarios
    [deactivated] Desactivado
    [nested_group] Grupo dentro de un grupo
    [incomplete] Lista incompleta
    [no_user_list] Sin lista de usuarios
    [formula_like] Empieza como una fórmula de hoja de cálculo
    [hidden_character] Un carácter que no se ve
    [lookalike_email] Se parece a otra dirección
   *[other] Aviso
}

## Current members from a file

members-load = Cargar miembros desde un CSV…
members-sample = Probar con una lista de miembros de ejemplo
members-load-hint = Columnas email, role y, opcionalmente, seat tier (identificadores o etiquetas, p. ej., Owner, Chat + Claude Code).
members-preview = { $count ->
    [one] Se leyó { $count } miembro. Aún no ha cambiado nada: ¿reemplazar los miembros actuales de { $org } por este?
   *[other] Se leyeron { $count } miembros. Aún no ha cambiado nada: ¿reemplazar los miembros actuales de { $org } por estos?
}
members-replace = Reemplazar los miembros
members-one-file = Elija un solo archivo de miembros cada vez.
members-no-org = La organización ya no existe.
# A member of the file, by position and email, then the engine's words (English).
member-problem = miembro { $n } ({ $email }): { $detail }

## Large directories

paste-cut = El texto pegado era demasiado largo ({ $pasted } caracteres): solo se conservaron los primeros { $kept }. Abra las exportaciones grandes como archivos.
showing-range = Se muestran { $first }–{ $last } de { $total }.
previous-page = Anterior
next-page = Siguiente
updating = Actualizando…
updating-comparison = Comparando los modos…
large-demo = Demostración grande
large-demo-title = Una demostración grande: { $users } usuarios
loaded-demo = Se cargó una demostración generada de { $users } usuarios (SCIM con asignaciones de grupos).
demo-progress = Cargando una demostración de { $users } usuarios
demo-phase = { $phase ->
    [generating] Generando usuarios y grupos…
    [checking] Comprobando la configuración…
   *[evaluating] Calculando qué le ocurre a cada usuario…
}
export-users = Exportar CSV de usuarios
export-failed = El navegador no permitió la descarga; no se perdió nada.
storage-too-large = Esta configuración es demasiado grande para guardarla en el almacenamiento de este navegador (está lleno). Su trabajo sigue aquí hasta que cierre la página: expórtelo a un archivo para conservarlo. La última configuración que cupo sigue guardada.
