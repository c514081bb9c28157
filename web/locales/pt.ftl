# Provisioning Planner: mensagens em português (do Brasil, como o guia em português).
# Termos do guia: "Modo de provisionamento", "Mapeamentos de grupo avançados", "nível de
# assento", "função" (role), "Provedor de Identidade", "Sincronização de diretório (SCIM)",
# "Salvar alterações", "Sincronizar agora". As funções aparecem como no produto: Owner, Admin,
# User, Developer, Billing, Claude Code User.

## The page

lang-name = Português
lang-label = Idioma
lang-failed = Não foi possível carregar { $lang }: o servidor não respondeu. A página continua em { $shown } e sua configuração foi mantida.
retry = Tentar de novo
app-title = Planejador de provisionamento
tagline = Planeje o provisionamento de usuários com SSO para o Claude e o Claude Console: veja, antes de salvar, o que acontecerá com cada usuário.
offline-note = Funciona inteiramente no seu navegador. Nada do que você digita é enviado a lugar nenhum; sua configuração fica salva apenas neste navegador.
offline-ready = Funciona offline
offline-not-kept = Este navegador não guardou o planejador para uso offline (a primeira visita foi interrompida ou o navegador não permite armazenar dados de sites). Ele funciona enquanto o servidor estiver acessível; recarregue a página para tentar de novo.
update-ready = Uma nova versão do planejador está pronta.
update-reload = Recarregar
skip-to-content = Ir para a etapa atual

# Between a label and what it labels: "Back: Plan".
label-sep = { ": " }
labelled = { $label }: { $value }
quoted = “{ $text }”

## Scenario menu

menu-label = Cenário
start-from = Começar a partir de
start-from-placeholder = Escolha um cenário…
empty-setup = Uma configuração vazia
load = Carregar
open-file = Abrir arquivo…
export = Exportar JSON
share = Compartilhar link
copy = Copiar
copied = Copiado
close = Fechar
dismiss = Dispensar
undo = Desfazer
share-link-label = Link para esta configuração
share-link-hint = A configuração inteira está dentro do link (depois do #), compactada. Abri-lo carrega a configuração no planejador; ela nunca é enviada a um servidor.
open-anyway = Abrir mesmo assim e corrigir aqui
example-title = { $example ->
    [enterprise-scim-group-mappings] Enterprise: SCIM com mapeamentos de grupo (Claude + Console)
    [enterprise-entra-lockout] Enterprise no Microsoft Entra: o administrador perderia o acesso
    [team-jit] Plano Team: provisionamento just-in-time
    [console-only-scim] Organização Console com organização pai própria, SCIM
   *[other] Exemplo
}

## Notices

loaded-example = O exemplo “{ $title }” foi carregado.
example-label = Isto é um exemplo: “{ $example }”. O que segue trata do exemplo, não da sua configuração. Comece pela sua com “Uma configuração vazia” ou “Abrir arquivo…” no menu Cenário, ou importe seu diretório na etapa 3.
loaded-empty = Uma configuração vazia foi iniciada.
imported = “{ $file }” foi aberto.
opened-shared = A configuração do link compartilhado foi aberta.
format-upgraded = Esta configuração foi escrita no formato de cenário { $from }; o planejador a atualizou para o formato { $to } (mesmo significado). Salvar, exportar e compartilhar gravam o formato { $to }.
undone = A configuração que você tinha antes foi restaurada.
import-failed = “{ $file }” não foi aberto; sua configuração atual não mudou.
import-too-large = “{ $file }” tem { $mb } MB; o planejador abre arquivos de até 48 MB. Sua configuração atual não mudou.
import-reading = Lendo o arquivo…
import-unreadable = Não foi possível ler o arquivo: { $reason }
storage-unreadable = Não foi possível ler a configuração salva neste navegador. Ela foi guardada à parte, sem alterações, com a chave de armazenamento “{ $key }”; o planejador começou pelo exemplo.
storage-unreadable-held = Não foi possível ler a configuração salva neste navegador, e não há espaço para guardar uma cópia. Ela continua salva como está: até você baixá-la como arquivo ou descartá-la, suas alterações aqui não são salvas neste navegador. O planejador começou pelo exemplo.
storage-unreadable-download = Baixar
storage-unreadable-discard = Descartar
storage-write-failed = Não foi possível salvar suas alterações neste navegador (o armazenamento está cheio ou desativado). Exporte a configuração para um arquivo para mantê-la.
storage-unavailable = Este navegador não permite salvar; exporte a configuração para um arquivo para manter seu trabalho.
share-invalid = Não foi possível abrir o link compartilhado: { $reason }. Sua configuração salva é exibida no lugar.
share-opening = Abrindo a configuração compartilhada…
share-too-large = Esta configuração é grande demais para um link ({ $chars } caracteres; um link comporta { $limit }). Exporte-a para um arquivo.
share-unavailable = Este navegador não consegue compactar um link. Exporte a configuração para um arquivo.
share-link-too-long = o link tem mais de { $limit } caracteres
share-not-base64 = o link está danificado (não é base64 válido)
share-not-deflate = o link está danificado (não pode ser descompactado)
share-no-decompressor = este navegador não consegue descompactá-lo
share-too-big-inflated = a configuração no link tem mais de { $mb } MB
share-not-utf8 = o link não contém texto
engine-error = { $kind }: { $detail }
pasted-none = Nenhum endereço de e-mail foi encontrado no texto colado.
pasted-added = { $added ->
    [0] Nenhum usuário foi adicionado.
    [one] { $added } usuário adicionado.
   *[other] { $added } usuários adicionados.
}
pasted-added-skipped = { $added ->
    [one] { $added } usuário adicionado
   *[other] { $added } usuários adicionados
}; { $skipped } ignorados por já estarem no diretório ou repetidos.
tiers-carried-over = Os níveis de assento foram transferidos de “{ $from }” para “{ $to }” (do mais alto para o mais alto). Confira os assentos e os mapeamentos de nível de assento.

## Input errors

input-errors-title = { $count ->
    [one] { $count } problema na configuração precisa ser corrigido
   *[other] { $count } problemas na configuração precisam ser corrigidos
}
input-errors-keep = Até lá, a revisão mostra a última configuração válida.
input-errors-no-valid = Ainda não há uma configuração válida para revisar.
go-to-field = Ir para o campo
not-a-seat-number = Digite um número inteiro de 0 a 4294967295.
input-error-kind = { $kind ->
    [syntax] Ilegível
    [type] Tipo errado
    [missing] Ausente
    [unknown_field] Campo desconhecido
    [unknown_id] Valor desconhecido
    [duplicate] Duplicado
    [invalid] Não permitido
    [version] Versão não suportada
   *[other] Problema
}

## Wizard

steps-label = Etapas da configuração
back = Voltar
next = Avançar
step-title = { $step ->
    [plan] Plano e organizações
    [modes] Modo de provisionamento
    [directory] Diretório
    [mappings] Mapeamentos de grupo
   *[review] Revisão
}
step-intro = { $step ->
    [plan] Seu plano, as organizações associadas à sua organização pai, os assentos comprados e quem configura o provisionamento.
    [modes] Como os usuários entram em cada organização: adicionados manualmente (Manual), no primeiro login (JIT) ou sincronizados a partir do seu provedor de identidade (SCIM).
    [directory] Os usuários que seu provedor de identidade conhece, seus grupos, se estão atribuídos ao aplicativo Anthropic e quem é membro de cada organização hoje.
    [mappings] Os mapeamentos de grupo avançados dão funções e níveis de assento a partir dos grupos do provedor de identidade. Vale a função mapeada mais alta.
   *[review] O que acontece com cada usuário quando você clica em “Salvar alterações”, por quê, e o que corrigir primeiro.
}

## Step 1: plan and organizations

plan = Plano
parent-org = Organização pai
plan-hint = O plano da sua organização pai, que detém o SSO, o domínio verificado e a conexão com o provedor de identidade.
actor = Quem configura o provisionamento (seu e-mail)
actor-hint = O planejador verifica se você mantém o acesso de Owner (Claude) ou Admin (Console) depois de salvar.
organizations = Organizações
org-id = Id
org-name = Nome
org-id-hint = Um nome curto seu para esta organização: aparece nos problemas, nas exportações e nos links compartilhados. Não é o ID da organização na Anthropic.
org-product = Produto
remove-org = Remover a organização { $org }
add-claude-org = Adicionar a organização Claude
add-console-org = Adicionar uma organização Console
seats = Assentos comprados
check-capacity = Verificar a capacidade de assentos
check-capacity-hint = Ative para informar os assentos comprados; os usuários que não encontrarem um assento livre aparecem como não adicionados.
no-seats-console = Organizações Console não têm níveis de assento.
one-claude-org = Uma organização pai tem no máximo uma organização Claude.
no-claude-on-console-only = Uma organização Console com organização pai própria não tem organização Claude.
product-name = { $product ->
    [claude] Claude
    [console] Claude Console
   *[other] { $product }
}
plan-name = { $plan ->
    [team] Plano Team
    [enterprise_seat_based] Plano Enterprise por assento
    [enterprise_usage_based] Plano Enterprise por uso (dois níveis de assento)
    [enterprise_usage_based_single_seat] Plano Enterprise por uso (um nível de assento)
    [console_only] Organização Console com organização pai própria
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

idp = Provedor de identidade
scim-connected = A sincronização de diretório (SCIM) está conectada
scim-connected-hint = Etapa 2 do guia: configure a sincronização de diretório no seu provedor de identidade antes de escolher SCIM.
mode = Modo de provisionamento
agm = Mapeamentos de grupo avançados
turn-on-agm = Ativar os mapeamentos de grupo
agm-hint = Funções e níveis de assento a partir dos grupos do provedor de identidade (somente JIT e SCIM).
not-available = Indisponível
available = Disponível
chosen-but-not-eligible = Escolhido, mas indisponível: esta organização é avaliada como Manual.
mode-not-stated = Nenhum modo escolhido ainda: vale o Manual.
agm-no-effect-here = Os mapeamentos de grupo não têm efeito no modo Manual.
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
mode-with-mappings = { $mode } + mapeamentos de grupo
mode-description = { $mode ->
    [manual] Você convida e remove os usuários manualmente. Ninguém é adicionado ou removido automaticamente.
    [jit] Os usuários atribuídos ao aplicativo entram no primeiro login. Membros que deixam de estar atribuídos ficam bloqueados (continuam na lista até serem removidos manualmente).
   *[scim] Seu provedor de identidade adiciona os usuários na hora e remove os membros que perdem o acesso ao aplicativo.
}
scim-unavailable-reason = { $product ->
    [claude] O SCIM exige um plano Enterprise; não está disponível no plano Team (R7).
   *[console] O SCIM não está disponível para uma organização Console associada a uma organização pai Team (R7).
}
idp-name = { $idp ->
    [okta] Okta
    [entra] Microsoft Entra ID
    [google] Google Workspace
    [jumpcloud] JumpCloud
    [onelogin] OneLogin
    [other] Outro
   *[unknown] { $idp }
}

## Step 3: directory

users = Usuários
email = E-mail
name = Nome
sso-email = E-mail do SSO
sso-email-same = O SSO envia: o mesmo
sso-email-hint = O endereço que o SSO envia para este usuário, se não for o e-mail acima (R26). Deixe vazio quando for o mesmo.
sign-in-provisioned = Provisionado como
sign-in-sends = O SSO envia
sign-in-differs = Diferença: { $provisioned } em vez de { $sends }.
assigned = Atribuído ao aplicativo
assigned-short = Atribuído
groups = Grupos
groups-hint = Cada grupo é uma etiqueta: digite um nome (os grupos da configuração são sugeridos) e pressione Enter, ou × para tirar o usuário. Os nomes são comparados exatamente; um grupo que mais ninguém tem é marcado como novo.
group-add = Adicionar um grupo…
group-add-label = Adicionar um grupo para { $who }
group-new = grupo novo
group-new-title = Nenhum outro usuário está neste grupo e nenhum mapeamento de grupos o menciona: verifique a grafia.
group-remove = Remover { $who } de { $group }
user-n = usuário { $n }
member-n = membro { $n }
field-of = { $field }, { $who }
add-user = Adicionar um usuário
remove = Remover
remove-who = Remover { $who }
paste-emails = Colar uma lista de endereços de e-mail
paste-hint = Um por linha, ou separados por vírgulas ou espaços. Endereços que já estão no diretório são ignorados.
add-pasted = Adicionar estes usuários
filter-users = Filtrar usuários
no-users = Ainda não há usuários. Adicione-os um a um ou cole uma lista de endereços de e-mail.
showing-of = Mostrando { $shown } de { $total }.
show-all = Mostrar todos
members-of = Membros atuais de { $org }
members-hint = Quem está na organização hoje, com sua função e seu assento. Uma organização sem membros listados é considerada nova, com você como Owner/Admin.
role = Função
seat-tier = Nível de assento
primary-owner = Primary Owner
primary-owner-not-owner = Somente um Owner pode ser o Primary Owner.
primary-owner-taken = { $who } já é o Primary Owner; desmarque primeiro essa opção para escolher outra pessoa.
unknown-tier = (não informado)
add-member = Adicionar um membro
no-members = Nenhum membro listado.

## Step 4: group mappings

roles-from-groups = Funções a partir de grupos
tiers-from-groups = Níveis de assento a partir de grupos
add-group = Adicionar
add-group-to = Adicionar um grupo para { $target }
remove-group = Remover { $group } de { $target }
no-groups-mapped = Nenhum grupo mapeado.
group-members = { $count ->
    [one] { $count } usuário
   *[other] { $count } usuários
}
group-empty = nenhum usuário no diretório
agm-off-note = Os mapeamentos de grupo avançados estão desativados nesta organização: os mapeamentos são mantidos, mas ignorados (R13). Ative-os na etapa 2.
agm-manual-note = Esta organização está no modo Manual: os mapeamentos não têm efeito (R6).
precedence = Precedência de funções
precedence-hint = Billing não pode ser classificada em relação a Developer, Limited Developer ou Claude Code User. Quando os grupos de um usuário atribuem as duas, vale a função mais alta desta lista.
precedence-claude = As funções do Claude são classificadas Owner > Admin > User: a função mapeada mais alta sempre vale.
move-up = Subir { $role }
move-down = Descer { $role }
reset-precedence = Usar a ordem padrão
precedence-custom = Ordem personalizada
interpretation = Suposição
from-the-guide = Segundo o guia:
interp-precedence = O guia não classifica Billing em relação a Developer, Limited Developer ou Claude Code User. O planejador supõe a ordem padrão Admin, Developer, Limited Developer, Billing, Claude Code User, User (R3); altere-a acima se a sua for outra.
interp-tier-group-scope = Um usuário em um grupo de nível de assento, mas em nenhum grupo de função, fica incluído, com a função User (R10, R11): o guia provisiona os usuários que estão em pelo menos um grupo mapeado, e um usuário sem grupo mapeado para uma função superior passa a User.
tiers-not-applicable-single = Enterprise com um só nível de assento: o mapeamento de nível de assento não se aplica e cada usuário provisionado recebe um assento Enterprise (R16).
tiers-not-applicable-console = Organizações Console não têm níveis de assento (R4, R16).
default-tier-note = Um usuário que não está em nenhum grupo de nível de assento recebe o nível mais alto que ainda tenha um assento livre, normalmente o mais caro (R15).

## Review

live-summary = Verificação ao vivo
open-review = Abrir a revisão completa
findings = O que corrigir
no-findings = Nada a corrigir.
what-to-do = O que fazer:
go-to-step = Ir para { $step }
on-save = O que acontece quando você clica em “Salvar alterações”
save-tile = { $kind ->
    [add] adicionados
    [update] atualizados
    [remove] removidos
    [blocked] bloqueados
    [not_added] não adicionados
    [later] mudam de função ou nível no login
   *[pending] entram no login
}
per-user = Cada usuário
search-users = Buscar: e-mail, nome, função, nível de assento, grupo, problema
status-filter = Mostrar
all-users = Todos os usuários
changes-only = Só usuários cujo acesso muda
organization = Organização
filter-any = Qualquer
rules-title = As regras citadas
rule-text = { $rule ->
    [R1] A organização principal controla o SSO, o domínio verificado e a conexão com seu provedor de identidade; o plano dela define os níveis de assento do Claude.
    [R2] Uma organização principal tem no máximo uma organização do Claude e qualquer número de organizações do Console.
    [R3] As funções têm uma ordem: Owner acima de Admin acima de User no Claude; no Console, Admin é a mais alta e User a mais baixa, e uma lista de precedência decide entre as demais.
    [R4] Só organizações do Claude têm níveis de assento: os do plano.
    [R5] Quem configura o provisionamento tem Owner (Claude) ou Admin (Console); o planejador verifica que a pessoa continue com essa função.
    [R6] Cada organização tem um modo (Manual, JIT ou SCIM); os mapeamentos de grupo só funcionam com JIT ou SCIM.
    [R7] O SCIM exige um plano Enterprise, ou uma organização do Console que seja a própria organização principal ou esteja vinculada a uma principal Enterprise.
    [R8] O SCIM só funciona depois que a sincronização de diretório estiver conectada no seu provedor de identidade.
    [R9] Um usuário atribuído ao aplicativo é provisionado em todas as organizações no modo SCIM.
    [R10] O Manual não adiciona ninguém; o JIT adiciona usuários quando eles fazem login; o SCIM os adiciona na hora e remove os membros fora do escopo.
    [R11] Com mapeamentos de grupo, o usuário recebe a função mais alta mapeada para qualquer um dos grupos dele.
    [R12] Salvar remove (SCIM) ou bloqueia (JIT) os membros que não estão atribuídos ao aplicativo ou, com mapeamentos de grupo, não estão em nenhum grupo mapeado.
    [R13] Os mapeamentos de grupo não fazem nada enquanto os mapeamentos de grupo avançados estiverem desativados.
    [R14] Com mapeamentos de grupo, o usuário recebe o nível de assento mais alto mapeado para qualquer um dos grupos dele.
    [R15] Um usuário novo sem grupo de nível de assento recebe o nível mais alto com assento livre, em geral o mais caro.
    [R16] No Enterprise de assento único, todos recebem o assento Enterprise; os mapeamentos de nível de assento não se aplicam.
    [R17] Um usuário que precisa de um assento de um nível lotado não é adicionado até você comprar mais; os assentos já ocupados são mantidos primeiro.
    [R18] Depois de comprar assentos, “Sincronizar agora” adiciona os usuários que ficaram de fora.
    [R19] Com mapeamentos de grupo, um grupo mapeado para Owner (Claude) ou Admin (Console) precisa ter pelo menos um usuário atribuído.
    [R20] Quem configura o provisionamento precisa manter Owner (Claude) ou Admin (Console) depois de salvar; caso contrário, perde o acesso.
    [R21] Um grupo mapeado sem nenhum usuário do diretório costuma estar com o nome errado: os nomes são comparados exatamente.
    [R22] Estar em um grupo não basta: os usuários também precisam estar atribuídos ao aplicativo no seu provedor de identidade.
    [R23] Nomes de grupo que começam com anthropic-claude- ou anthropic-console- são mais fáceis de encontrar; é opcional.
    [R24] O Microsoft Entra envia as alterações do SCIM só a cada 40 minutos.
    [R26] No SCIM, um usuário só consegue fazer login se o e-mail enviado pelo SSO for exatamente igual ao provisionado, incluindo maiúsculas e minúsculas.
    [R25] No JIT, uma alteração vale no próximo login do usuário; no SCIM, ao salvar e a cada sincronização.
    [R28] Salvar é interrompido se mais pessoas perderiam o acesso do que o seu limite permite (um número ou uma parte dos membros atuais).
   *[R27] O Primary Owner mantém a função e o assento em todos os modos: o provisionamento nunca o remove, bloqueia ou altera.
}
col-user = Usuário
col-status = Status
col-role = Função
col-seat = Nível de assento
col-change = Alteração
col-when = Entra em vigor
col-why = Por quê
no-matching-users = Nenhum usuário corresponde.
seats-title = Assentos
col-tier = Nível
col-purchased = Comprados
col-assigned = Atribuídos
col-shortfall = A comprar
seat-meter = { $tier }: { $assigned } de { $purchased }
capacity-not-checked = Nenhum assento comprado informado: a capacidade não é verificada.
was = antes
not-given = não informado
checklist = Lista de verificação da configuração
do-not-save-yet = Não salve ainda
do-not-save-detail = Salvar agora removeria, bloquearia ou deixaria usuários sem acesso, ou deixaria a organização sem um Owner/Admin. Corrija primeiro os problemas marcados abaixo e depois clique em “Salvar alterações”.
save-blocked = Corrija os erros antes de salvar
save-ready = Pronto para salvar
save-incomplete = Ainda não verificado
save-incomplete-detail = { $what ->
    [actor] Informe quem configura o provisionamento (etapa 1): até lá o planejador não pode verificar se você mantém o acesso de Owner/Admin.
   *[users] Adicione os usuários do seu provedor de identidade (etapa 3): até lá o planejador não tem ninguém para verificar.
}
compare = Comparar modos
compare-hint = A mesma configuração em cada modo, com todo o resto igual.
col-mode = Modo
col-eligible = Disponível
col-members = Membros
col-pending = No login
col-not-added = Não adicionados
col-removed = Removidos
col-blocked = Bloqueados
col-out = Fora do escopo
col-findings = Erros / avisos / informações
current = atual
use-this = Usar este
use-this-mode = Usar { $mode }
yes = Sim
no = Não
notes = Suposições e observações
no-notes = Nenhuma suposição foi necessária.
and-more = e mais { $count }
show-more = Mostrar mais { $count } ({ $left } ainda não exibidos)
severity-counts = Problemas encontrados
counts-line = { $errors ->
    [one] { $errors } erro
   *[other] { $errors } erros
}, { $warnings ->
    [one] { $warnings } aviso
   *[other] { $warnings } avisos
}, { $infos ->
    [one] { $infos } informação
   *[other] { $infos } informações
}
severity-count = { $severity ->
    [error] { $count ->
        [one] { $count } erro
       *[other] { $count } erros
    }
    [warning] { $count ->
        [one] { $count } aviso
       *[other] { $count } avisos
    }
   *[info] { $count ->
        [one] { $count } informação
       *[other] { $count } informações
    }
}
severity-name = { $severity ->
    [error] Erro
    [warning] Aviso
   *[info] Informação
}
status-name = { $status ->
    [member] Membro
    [pending_login] Entra no login
    [not_added] Não adicionado
    [removed] Removido
    [blocked] Bloqueado
    [out_of_scope] Fora do escopo
   *[other] { $status }
}
change-name = { $change ->
    [add] Adicionado
    [update] Atualizado
    [remove] Removido
    [none] Sem alteração
   *[other] { $change }
}
takes-effect = { $when ->
    [on_save] Ao salvar
    [next_sign_in] No próximo login
   *[none] —
}
all-organizations = Todas as organizações

## Setup checklist (guide §6)

check-step = { $step ->
    [prerequisites] Configurar o login único (SSO) e verificar seu domínio
    [choose_mode] Escolher o modo de provisionamento
    [connect_directory] Conectar a sincronização de diretório (SCIM) no seu provedor de identidade
    [match_sign_in_email] Verificar se o SSO e o SCIM enviam o mesmo atributo de e-mail
    [set_mode] Selecionar o modo e ativar os mapeamentos de grupo, sem clicar ainda em “Salvar alterações”
    [assign_groups] Criar grupos no seu provedor de identidade, adicionar usuários e incluir-se em um grupo Owner/Admin
    [map_groups] Mapear grupos para funções e níveis de assento
    [save] Clicar em “Salvar alterações”
   *[other] { $step }
}
check-status = { $status ->
    [done] Feito
    [todo] A fazer
    [skip] Não necessário
    [blocked] Bloqueado
    [ready] Pronto
   *[other] { $status }
}
check-detail = { $step ->
    [prerequisites] Um lembrete que o planejador não pode verificar: o login único está configurado com seu provedor de identidade, seu domínio está verificado e você tem a função Owner (Claude) ou Admin (Console).
    [choose_mode] { $status ->
        [done] Cada organização tem um modo de provisionamento.
       *[other] Escolha um modo para cada organização; até lá vale o Manual.
    }
    [connect_directory] { $status ->
        [skip] Necessário apenas para SCIM.
        [done] A sincronização de diretório está conectada.
       *[other] Configure o SCIM em Identidade e acesso seguindo o guia do WorkOS; pare na etapa de grupos do provedor de identidade.
    }
    [match_sign_in_email] { $status ->
        [skip] Necessário apenas para SCIM.
        [done] Todo usuário provisionado pelo SCIM faz login com o endereço com que foi provisionado.
        [blocked] Alguns usuários não conseguiriam fazer login: resolva primeiro { $codes }.
       *[other] Usuários aguardando um assento fazem login com um endereço diferente do enviado pelo SCIM; alinhe os atributos antes que sejam adicionados.
    }
    [set_mode] { $status ->
        [done] O modo pode ser definido sem que ninguém perca o acesso.
       *[other] Não clique em “Salvar alterações” ainda: resolva primeiro { $codes }.
    }
    [assign_groups] { $status ->
        [skip] Necessário apenas com mapeamentos de grupo avançados.
        [done] { $you ->
            [yes] Os grupos existem e incluem um Owner/Admin, você incluído.
           *[no] Os grupos existem e incluem um Owner/Admin.
        }
       *[other] Corrija no seu provedor de identidade: { $codes }.
    }
    [map_groups] { $status ->
        [skip] Necessário apenas com mapeamentos de grupo avançados.
       *[other] Os grupos estão mapeados para funções e níveis de assento.
    }
   *[save] { $status ->
        [ready] Nada impede salvar.
       *[other] Corrija primeiro os erros: { $codes }.
    }
}

## Findings: a title, a detail from the finding's parameters, and what to do

finding-title = { $code ->
    [SCIM_NOT_ELIGIBLE] O SCIM não está disponível para esta organização
    [SCIM_NOT_CONNECTED] A sincronização de diretório ainda não está conectada
    [SCIM_FANOUT] O SCIM provisiona em várias organizações
    [AGM_NO_EFFECT] Os mapeamentos de grupo não têm efeito no modo Manual
    [ROLE_DEFAULTED] Usuários recebem a função User por padrão
    [ROLE_AMBIGUOUS] Funções que não podem ser classificadas
    [MEMBERS_REMOVED_ON_SAVE] Salvar remove membros atuais
    [MEMBERS_BLOCKED] Salvar bloqueia membros atuais
    [MAPPINGS_IGNORED] Os mapeamentos de grupo são ignorados
    [DEFAULT_SEAT_TIER] Usuários recebem o nível de assento livre mais alto
    [SEAT_TIER_MAPPING_NOT_APPLICABLE] Os mapeamentos de nível de assento não se aplicam
    [SEAT_SHORTFALL] Assentos insuficientes
    [NO_PRIVILEGED_GROUP] Nenhum grupo Owner/Admin
    [ACTOR_LOSES_ACCESS] Você perderia seu acesso de Owner/Admin
    [UNKNOWN_GROUP] Um grupo mapeado não tem usuários
    [UNASSIGNED_IN_GROUP] Usuários de grupos mapeados não estão atribuídos ao aplicativo
    [GROUP_NAMING] Nomes de grupo sem o prefixo sugerido
    [ENTRA_SYNC_DELAY] O Microsoft Entra sincroniza a cada 40 minutos
    [LOOKALIKE_EMAILS] Endereços que parecem iguais
    [ACTOR_NOT_PRIVILEGED] Você pode não ter a função que o guia pressupõe
    [PRIMARY_OWNER_EXEMPT] O Primary Owner é mantido como está
    [SSO_EMAIL_MISMATCH] O SSO envia um e-mail diferente do SCIM
    [REMOVAL_THRESHOLD] Salvar tiraria o acesso de mais pessoas do que o seu limite permite
   *[other] { $code }
}
finding-advice = { $code ->
    [SCIM_NOT_ELIGIBLE] O SCIM exige um plano Enterprise (ou uma organização Console com organização pai própria ou associada a uma organização pai Enterprise). Escolha JIT ou Manual, ou mude de plano.
    [SCIM_NOT_CONNECTED] Conecte primeiro a sincronização de diretório (SCIM) no seu provedor de identidade (etapa 2 do guia) e depois volte para definir o modo.
    [SCIM_FANOUT] Um usuário atribuído ao aplicativo é provisionado em todas as organizações no modo SCIM. Use mapeamentos de grupo para que cada organização tenha apenas os próprios usuários.
    [AGM_NO_EFFECT] Os mapeamentos de grupo só funcionam com JIT ou SCIM. Escolha um desses modos ou desative os mapeamentos de grupo.
    [ROLE_DEFAULTED] Estes usuários estão em um grupo de nível de assento, mas em nenhum grupo de função, por isso recebem User. Adicione-os a um grupo de função se precisarem de uma função superior.
    [ROLE_AMBIGUOUS] As duas funções não podem ser classificadas, então a lista de precedência decide. Deixe o usuário em apenas um dos grupos ou defina a precedência desejada.
    [MEMBERS_REMOVED_ON_SAVE] Não salve ainda: primeiro atribua estas pessoas ao aplicativo (e, com mapeamentos de grupo, a um grupo mapeado), ou aceite que percam o acesso.
    [MEMBERS_BLOCKED] Não salve ainda: primeiro atribua estas pessoas ao aplicativo (e, com mapeamentos de grupo, a um grupo mapeado); caso contrário, elas não poderão fazer login e terão de ser removidas manualmente.
    [MAPPINGS_IGNORED] Ative os mapeamentos de grupo avançados para usar estes mapeamentos; até lá, funções e assentos só mudam manualmente.
    [DEFAULT_SEAT_TIER] Usuários que não estão em nenhum grupo de nível de assento recebem o nível mais alto com um assento livre, normalmente o mais caro. Adicione-os a um grupo de nível de assento para escolher.
    [SEAT_TIER_MAPPING_NOT_APPLICABLE] Remova estes mapeamentos de nível de assento: esta organização não tem níveis de assento para mapear (Enterprise com um só nível, ou Console).
    [SEAT_SHORTFALL] Compre os assentos que faltam em Configurações da organização > Faturamento (ou mova usuários para um nível com assentos livres). Com SCIM, depois clique em “Sincronizar agora” ou aguarde o próximo ciclo de sincronização; com JIT, um usuário em espera entra no próximo login, quando houver um assento livre.
    [NO_PRIVILEGED_GROUP] Mapeie um grupo para Owner (Claude) ou Admin (Console) e coloque nele pelo menos um usuário atribuído, incluindo você.
    [ACTOR_LOSES_ACCESS] Antes de salvar, coloque-se em um grupo mapeado para a função que você tem (Owner ou Admin) e atribua-se ao aplicativo. Depois, outro Owner ou Admin pode restaurar sua função em Configurações de Admin > Organização (Claude) ou Configurações > Membros (Console).
    [UNKNOWN_GROUP] Nenhum usuário do diretório está neste grupo: confira a grafia (os nomes são comparados exatamente) ou adicione os membros.
    [UNASSIGNED_IN_GROUP] Atribua estes usuários ao aplicativo Anthropic no seu provedor de identidade; pertencer ao grupo não basta para provisioná-los.
    [GROUP_NAMING] Opcional: comece os nomes de grupo com anthropic-claude- ou anthropic-console- para encontrá-los com facilidade.
    [ENTRA_SYNC_DELAY] O Microsoft Entra envia as alterações do SCIM apenas a cada 40 minutos: conte com esse atraso antes de conferir os resultados.
    [LOOKALIKE_EMAILS] Verifique esses endereços no seu provedor de identidade: o Claude associa cada conta pelo texto exato, então um endereço que só se parece com outro é outra pessoa, e um com um caractere oculto não corresponde a ninguém.
    [SEAT_SHORTFALL-scim] Compre os assentos que faltam em Configurações da organização > Faturamento (ou mova usuários para um nível com assentos livres). Depois clique em “Sincronizar agora”, ao lado de Sincronização de diretório (SCIM) em Identidade e acesso, ou aguarde o próximo ciclo de sincronização, para provisionar os usuários ainda não adicionados.
    [SEAT_SHORTFALL-jit] Compre os assentos que faltam em Configurações da organização > Faturamento (ou mova usuários para um nível com assentos livres). Um usuário que espera um assento entra no próximo login, quando houver um livre.
    [SEAT_SHORTFALL-manual] Há mais assentos ocupados do que comprados: compre os que faltam em Configurações da organização > Faturamento ou retire assentos manualmente.
    [ACTOR_LOSES_ACCESS-claude-jit] Antes de salvar, coloque-se em um grupo mapeado para a função que você tem (Owner ou Admin) e atribua-se ao aplicativo. Se já aconteceu: outro Owner ou Admin pode restaurar sua função em Configurações de Admin > Organização; ou corrija seu grupo no provedor de identidade e depois faça logout e login novamente.
    [ACTOR_LOSES_ACCESS-claude-scim] Antes de salvar, coloque-se em um grupo mapeado para a função que você tem (Owner ou Admin) e atribua-se ao aplicativo. Se já aconteceu: outro Owner ou Admin pode restaurar sua função em Configurações de Admin > Organização; ou corrija seu grupo no provedor de identidade e peça a outro Owner ou Admin que clique em “Sincronizar agora” em Identidade e acesso, ou aguarde o próximo ciclo de sincronização.
    [ACTOR_LOSES_ACCESS-console-jit] Antes de salvar, coloque-se em um grupo mapeado para Admin e atribua-se ao aplicativo. Se já aconteceu: outro Admin pode restaurar sua função em Configurações > Membros; ou corrija seu grupo no provedor de identidade e depois faça logout e login novamente.
    [ACTOR_LOSES_ACCESS-console-scim] Antes de salvar, coloque-se em um grupo mapeado para Admin e atribua-se ao aplicativo. Se já aconteceu: outro Admin pode restaurar sua função em Configurações > Membros; ou corrija seu grupo no provedor de identidade e peça a outro Admin que clique em “Sincronizar agora” em Identidade e acesso, ou aguarde o próximo ciclo de sincronização.
    [ACTOR_NOT_PRIVILEGED] O guia pressupõe que quem configura o provisionamento tem a função Owner (Claude) ou Admin (Console): peça a um que faça estas alterações ou que lhe dê essa função em Configurações de Admin > Organização (Claude) ou Configurações > Membros (Console). Se você a tem com outro e-mail, informe esse e-mail como o seu.
    [ACTOR_NOT_PRIVILEGED-claude] O guia pressupõe que quem configura o provisionamento tem a função Owner: peça a um Owner que faça estas alterações ou que lhe dê a função Owner em Configurações de Admin > Organização. Se você a tem com outro e-mail, informe esse e-mail como o seu.
    [ACTOR_NOT_PRIVILEGED-console] O guia pressupõe que quem configura o provisionamento tem a função Admin: peça a um Admin que faça estas alterações ou que lhe dê a função Admin em Configurações > Membros. Se você a tem com outro e-mail, informe esse e-mail como o seu.
    [ROLE_DEFAULTED-jit] Estes usuários estão em um grupo de nível de assento, mas em nenhum grupo de função, por isso recebem User. Adicione-os a um grupo de função se precisarem de uma função superior; um membro recebe então a nova função quando faz logout e login novamente.
    [ROLE_DEFAULTED-scim] Estes usuários estão em um grupo de nível de assento, mas em nenhum grupo de função, por isso recebem User. Adicione-os a um grupo de função se precisarem de uma função superior; os membros recebem então a nova função com “Sincronizar agora” ou no próximo ciclo de sincronização.
    [PRIMARY_OWNER_EXEMPT] Nada a fazer: o provisionamento deixa o Primary Owner como está. Para provisioná-lo como qualquer outro, transfira primeiro a função de Primary Owner para outro Owner.
    [SSO_EMAIL_MISMATCH] O Claude associa o endereço enviado pelo SSO à conta provisionada de forma exata, incluindo maiúsculas e minúsculas. No seu provedor de identidade, mapeie o userName do SCIM e a declaração de e-mail do SSO para o mesmo atributo (geralmente o e-mail principal) e depois execute uma sincronização completa: uma incremental não corrige as contas existentes.
    [SSO_EMAIL_MISMATCH-okta] No aplicativo do Okta, o SCIM (Provisioning > To App: userName, por padrão user.login) e o SSO (Sign On) são configurados separadamente. Mapeie ambos para user.email e depois force uma ressincronização completa: uma incremental não corrige as contas existentes.
    [SSO_EMAIL_MISMATCH-entra] No Microsoft Entra, o SCIM é configurado em Aplicativos empresariais (Provisionamento > Mapeamentos de atributos do aplicativo: userName, por padrão userPrincipalName) e o SSO nas declarações de logon único do aplicativo ou, para OIDC, em Registros de aplicativo. Mapeie ambos para o mesmo atributo (userPrincipalName ou mail) e reinicie o provisionamento para uma sincronização completa: um ciclo incremental não corrige as contas existentes.
    [SSO_EMAIL_MISMATCH-google] No Google Admin Console, o mapeamento de atributos SAML do aplicativo e o provisionamento automático (SCIM) ficam em guias separadas. Mapeie ambos para o e-mail principal (primaryEmail), não para um alias, e depois inicie uma ressincronização completa: uma incremental não corrige as contas existentes.
    [SSO_EMAIL_MISMATCH-onelogin] No aplicativo do OneLogin, os parâmetros de provisionamento SCIM e as declarações de atributos SAML ficam em guias separadas. Mapeie ambos para Email (não Username) e depois execute uma sincronização completa: uma incremental não corrige as contas existentes.
    [REMOVAL_THRESHOLD] Não salve ainda: confirme que cada uma destas pessoas deve mesmo perder o acesso (se não, atribua-a ao aplicativo ou a um grupo mapeado). Se a alteração estiver correta, aumente o limite para esta alteração.
   *[other] { $code }
}
finding-scim-not-eligible = O SCIM não está disponível para { $org } neste plano ({ $plan }), por isso é avaliado como Manual.
finding-scim-not-connected = O SCIM foi escolhido para { $orgs }, mas a sincronização de diretório ainda não está conectada; os resultados são mostrados como serão quando estiver.
finding-scim-fanout = Um usuário atribuído ao aplicativo é provisionado em cada uma destas { $count } organizações: { $orgs }.
finding-agm-no-effect = Os mapeamentos de grupo avançados estão ativados em { $org }, mas não têm efeito no modo Manual.
finding-role-defaulted = { $count ->
    [one] { $count } usuário está incluído apenas por um grupo de nível de assento e recebe
   *[other] { $count } usuários estão incluídos apenas por um grupo de nível de assento e recebem
} a função User (o guia provisiona os usuários que estão em pelo menos um grupo mapeado, e um usuário sem grupo mapeado para uma função superior passa a User).
finding-role-ambiguous = { $user } recebe ao mesmo tempo { $chosen } e { $rival }, que não podem ser classificadas; a lista de precedência escolhe { $chosen }.
finding-members-removed = { $count ->
    [one] Salvar agora remove { $count } membro atual de { $org }.
   *[other] Salvar agora remove { $count } membros atuais de { $org }.
}
finding-members-blocked = { $count ->
    [one] Salvar agora bloqueia { $count } membro atual de { $org }: ele não pode fazer login, mas continua na lista e mantém o assento.
   *[other] Salvar agora bloqueia { $count } membros atuais de { $org }: eles não podem fazer login, mas continuam na lista e mantêm os assentos.
}
finding-mappings-ignored = { $count ->
    [one] { $count } grupo mapeado de { $org } é ignorado enquanto os mapeamentos de grupo avançados estão desativados.
   *[other] { $count } grupos mapeados de { $org } são ignorados enquanto os mapeamentos de grupo avançados estão desativados.
}
finding-default-seat-tier = { $count ->
    [one] { $count } usuário sem grupo de nível de assento recebe o nível mais alto com um assento livre: { $tiers }.
   *[other] { $count } usuários sem grupo de nível de assento recebem o nível mais alto com um assento livre: { $tiers }.
}
tier-users = { $tier }: { $count ->
    [one] { $count } usuário
   *[other] { $count } usuários
}
finding-tier-mapping-not-applicable = { $product ->
    [claude] Os mapeamentos de nível de assento de { $org } não se aplicam (Enterprise com um só nível de assento) e são ignorados.
   *[console] Os mapeamentos de nível de assento de { $org } não se aplicam (organizações Console não têm níveis de assento) e são ignorados.
}
finding-seat-shortfall = Assentos insuficientes em { $org }: compre { $tiers }.
tier-seats = { $tier }: { $count ->
    [one] { $count } assento
   *[other] { $count } assentos
}
finding-no-privileged-group = { $count ->
    [0] Nenhum grupo de { $org } está mapeado para { $role }.
   *[other] Nenhum usuário atribuído está em um grupo mapeado para { $role } em { $org }.
}
finding-actor-demoted = Depois de salvar, você ({ $actor }) teria a função { $role } em { $org }, abaixo de { $privileged } (status: { $status }).
finding-actor-out = Depois de salvar, você ({ $actor }) perderia o acesso de { $privileged } a { $org } (status: { $status }).
finding-actor-not-privileged = Você ({ $actor }) tem { $role } em { $org }, não { $privileged }: o guia pressupõe que quem configura o provisionamento tem { $privileged }.
finding-actor-not-member = Você ({ $actor }) não consta como membro de { $org }: o guia pressupõe que quem configura o provisionamento tem { $privileged }.
finding-unknown-group = { $count ->
    [one] Nenhum usuário do diretório está no grupo mapeado { $groups }.
   *[other] Nenhum usuário do diretório está nos grupos mapeados { $groups }.
}
finding-case-mismatch = { $group } difere de { $other } apenas em maiúsculas e minúsculas; os nomes são comparados exatamente.
finding-unassigned-in-group = { $count ->
    [one] { $count } usuário está em grupos mapeados, mas não está atribuído ao aplicativo, por isso não é provisionado.
   *[other] { $count } usuários estão em grupos mapeados, mas não estão atribuídos ao aplicativo, por isso não são provisionados.
}
finding-group-naming = { $count ->
    [one] Opcional: { $count } grupo mapeado não começa com { $prefix }, o prefixo que o guia sugere.
   *[other] Opcional: { $count } grupos mapeados não começam com { $prefix }, o prefixo que o guia sugere.
}
finding-entra-sync-delay = O Microsoft Entra envia as alterações do SCIM apenas a cada { $minutes } minutos; as alterações podem levar esse tempo para aparecer.
finding-primary-owner-exempt = { $user } é o Primary Owner de { $org } e é mantido como está, embora o provisionamento { $would ->
    [removed] o removesse
    [blocked] o bloqueasse
   *[other] mudasse sua função ou nível de assento
}.
finding-sso-email-mismatch = { $count ->
    [one] { $count } usuário de { $org } não consegue fazer login: o SSO envia um e-mail diferente do provisionado pelo SCIM.
   *[other] { $count } usuários de { $org } não conseguem fazer login: o SSO envia um e-mail diferente do provisionado pelo SCIM.
}
finding-removal-threshold = { $count ->
    [one] Salvar tiraria o acesso de { $count } pessoa de { $org }, acima do seu limite de { $limit }.
   *[other] Salvar tiraria o acesso de { $count } pessoas de { $org }, acima do seu limite de { $limit }.
}
finding-lookalike-pairs = { $count ->
    [one] { $a } e { $b } parecem iguais, mas são duas pessoas diferentes ({ $marks }).
   *[other] { $count } pares de endereços parecem iguais, mas são pessoas diferentes, como { $a } e { $b } ({ $marks }).
}
finding-lookalike-hidden = { $count ->
    [one] { $count } endereço contém um caractere invisível: { $list }.
   *[other] { $count } endereços contêm um caractere invisível: { $list }.
}

## The planner's assumptions and notes, by id

note = { $note ->
    [scim_outcomes_once_connected] Os resultados são calculados como serão quando a sincronização de diretório estiver conectada.
    [no_actor] Não foi informado quem configura o provisionamento, então o planejador não pode verificar se você mantém o acesso de Owner/Admin. Informe seu e-mail na etapa 1.
    [seat_group_scope] Um usuário em um grupo de nível de assento, mas em nenhum grupo de função, fica incluído, com a função User: o guia provisiona os usuários que estão em pelo menos um grupo mapeado, e um usuário sem grupo mapeado para uma função superior passa a User.
    [default_precedence] Funções do Console que não podem ser classificadas são decididas pela ordem Admin, Developer, Limited Developer, Billing, Claude Code User, User; o guia não diz. Defina a precedência de funções na etapa 4 para escolher.
    [tier_changes_first] Os assentos vão primeiro para os membros atuais que mudam de nível (o assento que um libera fica livre para os outros), depois para os novos usuários cujos grupos indicam um nível e depois para os novos usuários que recebem o nível padrão, sempre na ordem do diretório; os membros atuais sem grupo de nível sobem para o nível padrão por último, quando ninguém espera; assim, comprar o que falta sempre basta.
    [capacity_not_checked] Nenhum assento comprado foi informado para { $org }, por isso a capacidade de assentos não é verificada.
    [members_keep_tiers] Nenhum grupo está mapeado para um nível de assento, então os membros atuais mantêm o nível que têm. O guia dá a um usuário que não está em nenhum grupo de nível de assento o nível mais alto disponível; o planejador aplica isso aos membros atuais somente quando algum grupo está mapeado para um nível de assento.
    [scim_connected_orgs] O guia diz que o SCIM provisiona os usuários atribuídos em todas as organizações conectadas à sua organização pai; o planejador os provisiona apenas nas organizações configuradas com SCIM.
    [jit_blocks_members] Com JIT, o planejador mostra os membros fora do escopo como bloqueados: não podem fazer login, mas continuam na lista até fazerem login ou serem removidos manualmente, como diz a tabela do guia, enquanto a etapa 3 diz que salvar cedo demais os remove.
    [new_organization] Esta organização não lista membros, então o planejador a considera nova, com você como único membro: Owner (Claude) ou Admin (Console), com um assento. Se ela não for nova, informe os membros atuais na etapa 3.
    [highest_free_tier] O guia dá a um usuário sem grupo de nível de assento o nível mais alto disponível; o planejador entende isso como o nível mais alto com um assento livre, então um usuário recebe um nível inferior quando o mais alto está cheio.
    [usage_tier_order] O guia não ordena os tipos de assento do plano por uso; o planejador considera Chat + Claude Code superior a Chat, para o nível padrão e quando os grupos de um usuário mapeiam os dois.
    [console_ranking] O guia dá a um usuário a permissão mais alta dos seus grupos, mas não ordena as funções do Console; o planejador coloca Admin acima de todas as funções, User abaixo de todas e Developer acima de Limited Developer, e este acima de Claude Code User.
    [primary_owner_exempt] O guia diz apenas que o SCIM remove todas as contas, exceto a do Primary Owner; o planejador mantém o Primary Owner como está em todos os modos: nunca removido nem bloqueado, e os mapeamentos de grupos nunca mudam sua função nem seu nível de assento.
   *[other] {""}
}

## Why a user ends as they do (R10–R25)

why-group-role = o grupo { $group } atribui { $role } (R11)
why-seat-group-only = só em um grupo de nível de assento: User por padrão (R11)
why-new-user-default = novos usuários recebem User sem mapeamentos de grupo (R10)
why-keeps-role = mantém { $role }: sem mapeamentos de grupo as funções só mudam manualmente (R10)
why-primary-owner = Primary Owner: mantido como está, independentemente dos seus grupos (R27)
why-manual-keeps = modo Manual: mantido como está (R10)
why-group-tier = o grupo { $group } atribui um assento { $tier } (R14)
why-default-tier = em nenhum grupo de nível de assento: o nível mais alto com assento livre, { $tier } (R15)
why-single-seat = um só nível de assento: { $tier } (R16)
why-keeps-tier = mantém o assento { $tier }
why-keeps-unknown-tier = mantém um assento de nível desconhecido (R17)
why-tier-full = o novo nível não tem assento livre: mantém o assento atual até você comprar mais (R17)
why-ambiguous = { $chosen } e { $rival } não podem ser classificadas: a lista de precedência escolhe { $chosen } (R3, R11)
why-joins-at-sign-in = entra no primeiro login (R10, R25)
why-manual = modo Manual: ninguém é adicionado automaticamente (R10)
why-manual-fallback = o SCIM não está disponível aqui, por isso vale o Manual (R7)
why-not-assigned = não atribuído ao aplicativo no provedor de identidade (R10)
why-no-mapped-group = em nenhum grupo mapeado nesta organização (R10)
why-removed-unassigned = membro atual não atribuído ao aplicativo: removido ao salvar (R12)
why-removed-no-group = membro atual sem grupo mapeado: removido ao salvar (R12)
why-blocked = fora do escopo com JIT: não pode fazer login, continua na lista e mantém o assento até ser removido manualmente (R10, R12)
why-not-added = nenhum assento livre do nível necessário: compre assentos e clique em “Sincronizar agora” (R17, R18)

## Views for embedding

scim-check-title = Esta organização pode usar SCIM?
scim-check-org = Organização
scim-check-claude = A organização Claude
scim-check-console = Uma organização Console associada a esta organização pai
scim-check-console-own = A organização Console (com organização pai própria)
open-planner = Abrir o planejador
compare-title = Comparação de modos: { $example }
unknown-example = Não há nenhum exemplo chamado “{ $name }”. Exemplos: { $known }.
unknown-view = Não há nenhuma visualização chamada “{ $name }”; o planejador é exibido.

## Importing users from an identity provider

import-title = Importar usuários do seu provedor de identidade
import-hint = Exportações do Okta, do Google Workspace ou do Microsoft Entra ID, SCIM 2.0 JSON ou um CSV simples (colunas email, name, groups). Escolha vários arquivos de uma vez, por exemplo, os usuários e as associações de grupo. Os arquivos são lidos neste navegador e nunca são enviados a lugar nenhum.
import-drop = Arraste os arquivos exportados até aqui ou
import-choose = Escolher arquivos…
import-paste = Colar uma exportação
import-paste-label = Texto exportado (CSV ou SCIM JSON)
import-paste-read = Ler o texto colado
# The name under which pasted text is listed, like a file name.
import-pasted-name = texto colado
import-sample = Ou experimente uma exportação de exemplo
import-sample-placeholder = Escolha um exemplo…
import-sample-read = Ler o exemplo
import-sample-title = { $sample ->
    [okta] Okta: usuários e associações de grupo (2 arquivos)
    [scim] SCIM 2.0 JSON: usuários e grupos
    [plain] CSV simples: email, name, groups
    [broken] Um arquivo com um erro (para ver como os erros são mostrados)
   *[other] Exemplo
}
import-reading-files = Lendo os arquivos…
import-preview-title = O que a importação carregaria
import-preview-hint = Nada mudou ainda. Substitua o diretório por estes usuários ou mescle-os nele: os usuários são identificados pelo e-mail, sem diferenciar maiúsculas de minúsculas, e seus grupos são combinados.
import-users = Usuários
import-groups = Grupos
import-memberships = Associações de grupo
import-warnings = Avisos
import-warnings-count = Avisos ({ $count })
import-known = { $known } já no diretório, { $new ->
    [0] nenhum novo
    [one] { $new } novo
   *[other] { $new } novos
}.
import-unassigned = { $count ->
    [one] { $count } usuário desativado: importado como não atribuído ao aplicativo.
   *[other] { $count } usuários desativados: importados como não atribuídos ao aplicativo.
}
# A file read and the export format recognised in it.
import-file-format = { $file }: { $format }
format-name = { $format ->
    [scim] SCIM 2.0 JSON
    [google-users] CSV de usuários do Google Workspace
    [google-members] CSV de membros de grupo do Google Workspace
    [entra-users] CSV de usuários do Microsoft Entra ID
    [okta-users] CSV de usuários do Okta
    [okta-groups] CSV de associações de grupo do Okta
    [plain] CSV simples
   *[other] { $format }
}
import-replace = Substituir o diretório
import-merge = Mesclar no diretório
cancel = Cancelar
import-failed-title = { $count ->
    [one] Nada foi carregado: { $count } problema a corrigir. Sua configuração não mudou.
   *[other] Nada foi carregado: { $count } problemas a corrigir. Sua configuração não mudou.
}
# Where a problem is in a file.
import-at = { $file }, linha { $line }, coluna { $column }
import-more = … e mais { $count }.
import-no-files = Nenhum arquivo foi fornecido.
import-too-many-files = { $count } arquivos foram escolhidos; o planejador lê até { $max } de uma vez.
import-file-too-large = O arquivo tem { $mb } MB; o planejador lê arquivos de até { $max } MB.
# The directory already in the planner, named like a file in problems of a merge.
current-directory = o diretório atual
import-applied-members = { $count ->
    [0] Nenhum membro atual de { $org } em { $files }: a lista de membros ficou vazia (antes havia { $before }).
    [one] { $count } membro atual de { $org } carregado de { $files } (antes havia { $before }).
   *[other] { $count } membros atuais de { $org } carregados de { $files } (antes havia { $before }).
}
import-applied-replace = { $count ->
    [one] O diretório foi substituído por { $count } usuário de { $files } (antes havia { $before }).
   *[other] O diretório foi substituído por { $count } usuários de { $files } (antes havia { $before }).
}
import-applied-merge = O conteúdo de { $files } foi mesclado ao diretório: { $count ->
    [one] { $count } usuário
   *[other] { $count } usuários
} ({ $new ->
    [0] nenhum novo
    [one] { $new } novo
   *[other] { $new } novos
}).
import-stopped = O importador parou ({ $reason }). Nada foi alterado; tente de novo ou recarregue a página.
demo-failed = Não foi possível criar a demonstração ({ $reason }). Nada foi alterado; escolha-a de novo para tentar outra vez.
import-not-loaded = não foi possível carregá-lo: o servidor não respondeu
import-garbled = não foi possível ler a resposta dele: { $detail }
import-request-unreadable = não foi possível ler a solicitação da página: { $detail }
import-stale = O diretório mudou desde que estes arquivos foram lidos: leia-os de novo para mesclar.
# Rows of an import that cannot be read: the import is refused unless the visitor leaves them out.
import-bad-rows-title = { $bad ->
    [one] { $bad } linha inválida: nada é carregado, a menos que você a deixe de fora.
   *[other] { $bad } linhas inválidas: nada é carregado, a menos que você as deixe de fora.
}
import-bad-rows-hint = Corrija o arquivo e leia-o novamente, ou importe apenas as linhas válidas. Nada muda até você aplicar a importação.
import-skip-bad = { $good ->
    [one] Importar { $good } linha válida
   *[other] Importar as { $good } linhas válidas
} e { $bad ->
    [one] deixar de fora { $bad } inválida
   *[other] deixar de fora as { $bad } inválidas
}
import-skipped = { $count ->
    [one] { $count } linha inválida deixada de fora
   *[other] { $count } linhas inválidas deixadas de fora
}
# Groups that the group mappings name but that no imported user is in.
import-missing-title = { $count ->
    [one] { $count } grupo mapeado não está nos grupos de nenhum usuário importado: seu mapeamento não encontraria ninguém.
   *[other] { $count } grupos mapeados não estão nos grupos de nenhum usuário importado: seus mapeamentos não encontrariam ninguém.
}
import-missing-none = nada parecido nos arquivos
import-looks-like = os arquivos têm
import-like = { $how ->
    [without_domain] o endereço de e-mail dele
    [case] outras maiúsculas e minúsculas
   *[prefix] outro prefixo
}
import-without-domains = Usar nomes de grupo sem o domínio
import-without-domains-hint = Lê os arquivos novamente e nomeia cada grupo pela parte do e-mail antes do @: anthropic-claude-owners@acme.com vira anthropic-claude-owners.
import-renamed = { $count ->
    [one] Os grupos são nomeados sem o domínio ({ $count } associação renomeada).
   *[other] Os grupos são nomeados sem o domínio ({ $count } associações renomeadas).
}
import-replace-drops = { $count ->
    [one] Substituir remove { $count } usuário do diretório que os arquivos não listam.
   *[other] Substituir remove { $count } usuários do diretório que os arquivos não listam.
}
import-merge-adds = { $count ->
    [one] Mesclar adiciona { $count } usuário e não remove ninguém.
   *[other] Mesclar adiciona { $count } usuários e não remove ninguém.
}
import-effect-title = A revisão se você aplicar a importação
import-effect-now = Agora
import-effect-replace = Após substituir
import-effect-merge = Após mesclar
import-effect-in-scope = Usuários no escopo
import-effect-errors = Erros
import-effect-invalid = { $count ->
    [one] { $count } erro de entrada
   *[other] { $count } erros de entrada
}
import-effect-large = Esta configuração é grande: a revisão é calculada quando você aplica a importação (Desfazer traz o diretório de volta).
# The kind of a warning of the importer; its own words (English) follow.
import-warning-kind = { $kind ->
    [case_variant] Mesma pessoa, maiúsculas e minúsculas diferentes
    [repeated] Listado duas vezes
    [sign_in_name_differs] O nome de login é diferente do e-mail
    [member_not_listed] Membro de grupo fora da lista de usuários
    [deactivated] Desativado
    [nested_group] Grupo dentro de um grupo
    [incomplete] Listagem incompleta
    [no_user_list] Sem lista de usuários
    [formula_like] Começa como uma fórmula de planilha
    [hidden_character] Um caractere invisível
    [lookalike_email] Parece outro endereço
   *[other] Aviso
}

## Current members from a file

members-load = Carregar membros de um CSV…
members-sample = Experimentar uma lista de membros de exemplo
members-load-hint = Colunas email, role e, opcionalmente, seat tier (ids ou rótulos, por exemplo, Owner, Chat + Claude Code).
members-preview = { $count ->
    [0] Nenhum membro lido. Nada mudou ainda: substituir os membros atuais de { $org } por uma lista vazia?
    [one] { $count } membro lido. Nada mudou ainda: substituir os membros atuais de { $org } por ele?
   *[other] { $count } membros lidos. Nada mudou ainda: substituir os membros atuais de { $org } por eles?
}
members-replace = Substituir os membros
members-one-file = Escolha um arquivo de membros por vez.
members-no-org = A organização não existe mais.
# A member of the file, by position and email, then the engine's words (English).
member-problem = membro { $n } ({ $email }): { $detail }

## Large directories

paste-cut = O texto colado era longo demais ({ $pasted } caracteres): só os primeiros { $kept } foram mantidos. Abra exportações grandes como arquivos.
showing-range = Mostrando { $first }–{ $last } de { $total }.
previous-page = Anterior
next-page = Próxima
updating = Atualizando…
updating-comparison = Comparando os modos…
large-demo = Demonstração grande
large-demo-title = Uma demonstração grande: { $users } usuários
loaded-demo = Uma demonstração gerada com { $users } usuários foi carregada (SCIM com mapeamentos de grupo).
demo-progress = Carregando uma demonstração com { $users } usuários
demo-phase = { $phase ->
    [generating] Gerando usuários e grupos…
    [checking] Verificando a configuração…
   *[evaluating] Calculando o que acontece com cada usuário…
}
export-users = Exportar usuários em CSV
export-failed = O navegador não permitiu o download; nada foi perdido.
storage-too-large = Esta configuração é grande demais para o armazenamento deste navegador (ele está cheio). Seu trabalho continua aqui até você fechar a página: exporte-o para um arquivo para mantê-lo. A última configuração que coube continua salva.
