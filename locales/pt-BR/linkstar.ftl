# LinkStar — Português (Brasil). Valores, datas e números grandes já chegam formatados
# para quem lê.

## Avisos para criadores

notice-invite =
    Você foi convidado(a) para { $campaign }! Divulgue { $product } por um cachê de { $fee }.
    Responda até { $respond_by }, por favor.
notice-offer-revised =
    A proposta de { $campaign } mudou: { $changed }. O cachê agora é de { $fee }.
    Revise e aceite novamente até { $respond_by }.
notice-contract-confirmed =
    Tudo certo com { $campaign }: seu aceite foi registrado e as condições estão fechadas. Seu primeiro rascunho vence em { $draft_due }.
    Referência das condições: { $terms_hash }
notice-changes-requested =
    A marca pediu ajustes no seu rascunho para { $campaign } (revisão { $round } de { $rounds }):
    { $notes }
notice-draft-approved = Boa notícia: seu rascunho para { $campaign } foi aprovado! Publique entre { $publish_opens } e { $publish_closes } e não esqueça de sinalizar a publicidade.
notice-draft-approved-tracking = Use seu link de rastreamento no post: { $link }
notice-draft-approved-discount = Seu cupom de desconto para o seu público: { $code }
notice-post-verified = Seu post para { $campaign } foi verificado. Obrigado!
notice-payment-scheduled = Um pagamento de { $amount } está agendado para { $due }.
notice-payment-paid = Enviamos { $amount } para você. Referência do pagamento: { $reference }
notice-deal-cancelled = A marca cancelou a parceria de { $campaign }. Sentimos muito pela mudança de planos.
notice-invite-expired = A proposta de { $campaign } expirou porque não recebemos sua resposta a tempo.

## Avisos para a equipe

notice-counter-received = { $creator } propôs um cachê de { $fee } para o acordo nº { $deal }.
notice-offer-declined = { $creator } recusou a proposta do acordo nº { $deal }.
notice-draft-submitted = { $creator } enviou a versão { $version } do rascunho para o acordo nº { $deal }. Aguardando sua revisão.
notice-post-submitted = { $creator } enviou o post publicado do acordo nº { $deal }: { $url }
notice-draft-auto-approved = O rascunho de { $creator } para o acordo #{ $deal } foi aprovado automaticamente porque esperou mais que o prazo de revisão de { $hours } horas.
notice-creator-unreachable = Não é mais possível falar com { $creator } no { $platform }: bloqueou o bot ou fechou as mensagens. As mensagens para essa pessoa aguardam até que ela escreva de novo.

## O resumo diário da equipe

digest-title = Resumo diário de { $day }
digest-quiet = Nada precisa da sua atenção hoje.
digest-reviews-late = { $count ->
    [one] Um rascunho está esperando além do prazo de revisão:
   *[other] { $n } rascunhos estão esperando além do prazo de revisão:
}
digest-counters = { $count ->
    [one] Uma contraproposta aguarda sua resposta:
   *[other] { $n } contrapropostas aguardam sua resposta:
}
digest-payments-overdue = { $count ->
    [one] Um pagamento está atrasado:
   *[other] { $n } pagamentos estão atrasados:
}
digest-unreachable = { $count ->
    [one] Não é possível falar com um criador:
   *[other] Não é possível falar com { $n } criadores:
}
digest-deadlines-overdue = { $count ->
    [one] Uma parceria passou do prazo do rascunho ou do post:
   *[other] { $n } parcerias passaram do prazo do rascunho ou do post:
}
digest-due-today = { $count ->
    [one] Uma coisa vence hoje:
   *[other] { $n } coisas vencem hoje:
}
digest-more = { $count ->
    [one] …e mais uma
   *[other] …e mais { $n }
}
digest-item-review = #{ $deal } { $creator }: a revisão venceu em { $due }
digest-item-counter = #{ $deal } { $creator }: propõe { $fee } (desde { $since })
digest-item-payment = #{ $deal } { $creator }: { $amount }, vence em { $due }
digest-item-unreachable = { $creator } (no { $platform })
digest-item-respond-by = #{ $deal } { $creator }: resposta à proposta até { $due }
digest-item-draft = #{ $deal } { $creator }: rascunho até { $due }
digest-item-post = #{ $deal } { $creator }: post até { $due }

## Condições que podem mudar numa proposta revisada

term-deliverables = entregas
term-fee = cachê
term-payment_model = modelo de pagamento
term-deposit_pct = sinal
term-usage_rights = direitos de uso
term-exclusivity_days = exclusividade
term-respond_by = prazo de resposta
term-draft_due = prazo do rascunho
term-publish_window = período de publicação
term-revision_rounds = rodadas de revisão
term-review_sla_hours = prazo de análise da marca
term-min_live_days = dias que o post fica no ar
term-other = outras condições

## Erros, por código fixo

error-review-note-time = Um tempo nas notas não é um momento do vídeo ou não tem nada depois dele. Escreva os tempos como m:ss ou h:mm:ss seguidos do ajuste, por exemplo "0:12 mostrar o rótulo".
error-illegal-transition = Isso não é possível nesta etapa do acordo.
error-revision-rounds-exhausted = Todas as rodadas de revisão incluídas já foram usadas.
error-payment-before-verification = Este pagamento só pode ser feito depois que o post for verificado.
error-payments-open = Ainda há pagamentos em aberto neste acordo.
error-terms-changed = As condições mudaram depois que você as viu. Revise a nova proposta e aceite novamente.
error-invalid-value = Algo não parece certo. Confira e tente de novo.
error-brief-template-invalid = O modelo de briefing tem um erro. Confira os campos variáveis.
error-post-link-not-a-url = Isso não parece um link. Envie o endereço completo do seu post.
error-post-link-wrong-platform = Esse link é de uma plataforma diferente da do seu acordo.
error-post-link-wrong-account = Esse post é de outra conta. Envie o link do post na sua própria conta.
error-post-link-already-used = Esse link de post já foi enviado para outro acordo.
error-post-link-short = Esse é um link curto, que não mostra de quem é o post. Abra seu post no app, toque em Compartilhar → Copiar link e me envie esse link completo (ele é assim: https://www.tiktok.com/@seunome/video/…).
error-not-found = Não encontramos isso. Talvez tenha sido removido.
error-not-your-deal = Esse acordo pertence a outra pessoa.
error-token-unknown = Esse link de convite não é válido. Confira se você copiou o link inteiro.
error-token-used = Esse link de convite já foi usado. Se não foi você, fale com a marca.
error-token-expired = Esse link de convite expirou. Peça um novo à marca.
error-forbidden = Você não tem permissão para fazer isso.
error-duplicate = Isso já existe.
error-storage = Algo deu errado do nosso lado. Tente de novo daqui a pouco.
error-unknown = Desculpe, algo deu errado. Tente de novo.

## Verificações automáticas de rascunhos

check-missing-disclosure = Sua legenda não sinaliza a publicidade: adicione { $accepted } antes de postar.
check-missing-hashtag = Falta a hashtag { $tag } na sua legenda.
check-missing-mention = Sua legenda ainda não menciona { $handle }.
check-forbidden-claim = Sua legenda traz uma afirmação que a marca não pode fazer: "{ $claim }". Remova-a, por favor.
check-caption-too-long = Sua legenda tem { $chars } caracteres; o limite é { $max }.
check-file-empty = O arquivo chegou vazio. Envie de novo, por favor.
check-file-too-large = Este arquivo é maior que o limite de { $max }. Envie um arquivo menor, por exemplo uma exportação mais curta ou com resolução menor.
check-file-mib = { $size } MiB
check-file-type = Este tipo de arquivo não é aceito. Envie { $allowed }.
check-file-kind-video = vídeos
check-file-kind-image = imagens
check-file-kind-audio = arquivos de áudio
check-file-kind-pdf = arquivos PDF
check-file-kind-other = arquivos { $kind }

## Etapas do acordo

## Review pane: draft file, picture, save and open (issue 15)

action-view-file = Mostrar a imagem
action-save-file = Salvar o arquivo em uma pasta
action-open-file = Abrir com o visualizador do sistema
dash-this-version = Esta versão
dash-earlier-versions = Versões anteriores e suas observações
dash-first-version = Esta é a primeira versão.
dash-file-type = Tipo
dash-file-size = Tamanho
dash-file-picture = Imagem
dash-save-to = Salvar o arquivo nesta pasta
dash-file-saved = Salvo como
dash-file-opened = Aberto com o visualizador do sistema.
dash-file-missing = O arquivo não está no armazenamento de arquivos: nunca chegou aqui ou foi removido.
dash-file-unreadable = Não foi possível ler ou gravar o arquivo:
dash-open-remote = Para abrir, o painel precisa rodar neste computador; via SSH, salve o arquivo.
dash-open-failed = Não foi possível iniciar o visualizador do sistema (xdg-open ou open).
dash-not-a-picture = Aqui só aparecem imagens; salve ou abra este arquivo.
dash-no-file = Este rascunho é só texto: não há arquivo.
dash-notes-video-hint = uma observação por linha, com o momento do vídeo: 0:12 mostre o rótulo

stage-offered = Proposta enviada
stage-negotiating = Em negociação
stage-contracted = Contratado
stage-in_review = Em análise
stage-changes_requested = Ajustes solicitados
stage-approved = Aprovado
stage-published = Publicado
stage-verified = Verificado
stage-completed = Concluído
stage-removed = Removido antes do prazo
stage-declined = Recusado
stage-expired = Expirado
stage-cancelled = Cancelado

## Lembretes

time-left-days =
    { $days ->
        [one] falta { $days } dia
       *[other] faltam { $days } dias
    }
time-left-hours =
    { $hours ->
        [one] falta { $hours } hora
       *[other] faltam { $hours } horas
    }
time-left-overdue = atrasado
reminder-respond-by = Lembrete: responda à proposta de { $campaign } até { $due } ({ $left }).
reminder-draft-due = Lembrete: seu rascunho para { $campaign } vence em { $due } ({ $left }).
reminder-publish-by = Lembrete: publique seu post para { $campaign } até { $due } ({ $left }).

## Negociação: a resposta da marca a uma contraproposta, seus lembretes e sua expiração

# Respostas da marca (issue 15): contraproposta recusada, nota da nova proposta, post recusado, notas com minutagem
notice-counter-declined = A marca não pode pagar o cachê que você propôs para { $campaign }. A oferta de { $fee } continua de pé: você pode aceitar, recusar ou propor outro cachê até { $due }.
notice-brand-note = Recado da marca: { $note }
notice-post-refused =
    A marca não pôde aceitar o link que você enviou para { $campaign } ({ $url }): { $reason }
    Corrija e envie de novo o link do seu post.
notice-review-note-at = • { $at } — { $text }
notice-review-note = • { $text }

notice-counter-pending = Acordo #{ $deal }: { $creator } aguarda a resposta de vocês ao cachê proposto de { $fee }. Aceitem ou revisem a oferta até { $due } ({ $left }); caso contrário, a oferta expira.
notice-counter-expired = Acordo #{ $deal }: ninguém respondeu a tempo ao cachê de { $fee } proposto por { $creator }, então a oferta expirou.
notice-negotiation-expired = A marca não respondeu a tempo ao cachê que você propôs de { $fee } para { $campaign }, então a oferta expirou.
deadline-counter_answer = resposta à contraproposta
scheduled-remind-counter = Lembrete para a equipe: responder à contraproposta
bot-status-counter = Próximo passo: a marca está avaliando o cachê que você propôs de { $fee } até { $due } ({ $left })

## Botões, comandos e telas

button-accept = Aceitar
button-decline = Recusar
button-propose-fee = Propor um cachê
button-read-brief = Ler o briefing completo
command-link = Conectar este chat ao seu convite do LinkStar
command-status = Seus acordos, prazos e pagamentos
command-help = O que fazer agora
command-language = Mudar o idioma
command-draft = Enviar um rascunho para revisão
command-post = Enviar o link do seu post publicado
option-token = O código do seu convite
option-file = Seu rascunho: um vídeo, foto ou documento
option-caption = A legenda que você vai publicar com ele
option-url = O link do seu post publicado
field-fee = Seu cachê, por exemplo 600 EUR
discord-name-link = vincular
discord-name-deals = acordos
discord-name-draft = rascunho
discord-name-post = publicação
discord-name-language = idioma
discord-name-help = ajuda
discord-name-token = código
discord-name-file = arquivo
discord-name-caption = legenda
discord-name-url = link
screen-pipeline = Funil
screen-campaigns = Campanhas
screen-creators = Criadores
screen-review = Fila de análise
screen-payments = Pagamentos
screen-reports = Relatórios
screen-activity = Atividade

## O bot do Telegram fora da conversa privada de um criador

bot-private-chat-only = Eu só funciono em conversa privada. Me mande uma mensagem direta, só entre nós.
bot-not-your-button = Este botão não é seu, então nada foi alterado.

## Idiomas, cada um com o próprio nome (igual em todos os arquivos)

language-en-US = English
language-zh-CN = 简体中文
language-es-ES = Español
language-pt-BR = Português (Brasil)
language-id-ID = Bahasa Indonesia
language-th-TH = ไทย
language-vi-VN = Tiếng Việt
language-de-DE = Deutsch
language-fr-FR = Français
language-ja-JP = 日本語
language-changed = Pronto! Idioma escolhido: { $language }. A partir de agora vou falar com você neste idioma.

## O assistente de criadores no chat

bot-welcome =
    { $platform ->
        [discord] Olá! Sou o assistente das suas parcerias com marcas. Para começar, envie { $link } com o código do convite que a marca te mandou.
       *[other] Olá! Sou o assistente das suas parcerias com marcas. Para começar, abra o link de convite que a marca enviou.
    }
bot-not-linked =
    { $platform ->
        [discord] Este chat ainda não está conectado a um convite. Envie { $link } com o código do convite que a marca te mandou.
       *[other] Este chat ainda não está conectado a um convite. Abra o link de convite que a marca enviou para você.
    }
bot-linked = Olá, { $name }! Este chat está conectado. A proposta de { $campaign } chega em instantes.
bot-unknown-command = Não conheço esse comando. Envie { $help } para ver o que posso fazer.
bot-nothing-expected = No momento não estou esperando nada de você. Envie { $status } para ver suas parcerias.
bot-button-stale = Esse botão não vale mais. Envie { $status } para ver como estão as coisas.
bot-ask-fee = Qual cachê você quer propor para { $campaign }? Envie o valor em { $currency }, por exemplo { $example }. Para manter a oferta como está, toque em Cancelar.
bot-fee-invalid = Não consegui entender esse valor. Envie só o número, por exemplo { $example }. Ou toque em Cancelar.
bot-counter-sent = Obrigado! Enviei sua proposta de { $fee } para a marca. Aviso assim que responderem.
bot-accepted = Você aceitou a proposta de { $campaign }.
bot-declined = Você recusou a proposta de { $campaign }. Obrigado por avisar!
bot-brief = Briefing de { $campaign }:
bot-expect-file =
    { $platform ->
        [discord] Envie seu rascunho para { $campaign } com { $draft }: anexe o arquivo e adicione sua legenda.
       *[other] Envie seu rascunho para { $campaign } como arquivo, foto ou vídeo, com a legenda na mesma mensagem.
    }
bot-which-deal = Para qual parceria é este rascunho?
bot-draft-received = Recebido! A versão { $version } do seu rascunho para { $campaign } está com a marca para revisão.
bot-checks-passed = Verificações automáticas: sua legenda tem tudo o que precisa.
bot-checks-found = As verificações automáticas encontraram algo para corrigir antes de publicar:
bot-post-received = Obrigado! Seu post para { $campaign } foi registrado. A marca vai verificá-lo em breve.
bot-language-choose = Escolha seu idioma:
bot-status-empty = Você ainda não tem parcerias.
bot-status-title = Suas parcerias:
bot-status-deal = { $campaign }: { $stage }
bot-status-deadline = Próximo: { $deadline }, { $due } ({ $left })
bot-status-payment-open = Pagamento: { $amount }, vence em { $due }
bot-status-payment-paid = Pagamento: { $amount }, pago
bot-help-not-linked =
    { $platform ->
        [discord] Envie { $link } com o código do convite da marca para conectar este chat. Depois disso, vou mostrar sua oferta aqui.
       *[other] Abra o link de convite que a marca enviou para conectar este chat. Depois disso, mostro sua proposta aqui.
    }
bot-help-offered = Leia a proposta de { $campaign } e o briefing e responda com os botões abaixo da proposta.
bot-help-negotiating = A marca está avaliando o cachê que você propôs para { $campaign }. Aviso quando responderem.
bot-help-contracted =
    { $platform ->
        [discord] Envie seu rascunho para { $campaign } com { $draft }: um vídeo, uma foto ou um documento, com a legenda.
       *[other] Envie aqui seu rascunho para { $campaign }: um vídeo, uma foto ou um documento, com a legenda na mesma mensagem.
    }
bot-help-in-review = A marca está revisando seu rascunho para { $campaign }. Mando a resposta aqui.
bot-help-changes =
    { $platform ->
        [discord] A marca pediu alterações para { $campaign }. Envie a nova versão do seu rascunho com { $draft }.
       *[other] A marca pediu alterações para { $campaign }. Envie aqui a nova versão do seu rascunho.
    }
bot-help-approved = Publique seu post para { $campaign } dentro do período de publicação e depois me envie o link.
bot-help-published = A marca está verificando seu post para { $campaign }.
bot-help-done = Nada a fazer por enquanto. Escrevo quando precisar de você.
bot-help-commands = Comandos:
bot-expect-answer = Sua oferta para { $campaign } está esperando sua resposta: aceite, recuse ou proponha outro cachê com os botões abaixo.
bot-already-linked = Você já está conectado: este chat está vinculado ao seu convite para { $campaign }, então não há mais nada a fazer com esse link.
bot-already-accepted = Você já aceitou a oferta para { $campaign } em { $date }.
bot-deal-unavailable = Essa parceria não está disponível neste chat. Envie { $status } para ver as suas.
bot-fee-wrong-currency = O cachê precisa estar em { $currency }, a moeda da parceria, e não em { $found }. Envie o valor em { $currency }, por exemplo { $example }, ou toque em Cancelar.
bot-fee-cancelled = Certo, nenhum cachê novo proposto. A oferta para { $campaign } continua como está: responda com os botões abaixo.
bot-nothing-to-cancel = Não há nada para cancelar agora.
bot-post-early = O período de publicação de { $campaign } só abre em { $opens }. Seu post já está no ar? Toque em "Sim, já está no ar" para enviar o link à marca, ou em Cancelar.
bot-post-early-cancelled = Certo, não registrei o link. Envie de novo quando seu post estiver no ar, a partir de { $opens }.
bot-post-link-expected = Estou esperando o link do seu post publicado para { $campaign }. Envie o link completo em Compartilhar → Copiar link no app, por exemplo https://www.tiktok.com/@seunome/video/…
bot-button-cancel = Cancelar
bot-button-post-live = Sim, já está no ar
bot-format-video = vídeo
bot-format-image = post com foto
bot-format-story = story
bot-format-live = live
bot-payment-fixed = cachê fixo, { $deposit } % na assinatura
bot-payment-cps = { $rate } % de comissão sobre as vendas
bot-payment-hybrid = cachê fixo mais { $rate } % de comissão sobre as vendas, { $deposit } % do cachê na assinatura
bot-rights-organic = apenas o seu próprio post
bot-rights-paid-ads =
    { $days ->
        [one] a marca pode usar seu post como anúncio por { $days } dia
       *[other] a marca pode usar seu post como anúncio por { $days } dias
    }
bot-rights-perpetual = uso ilimitado pela marca
bot-card =
    { $campaign } · { $product }
    Entregas: { $deliverables }
    Cachê: { $fee } ({ $payment })
    Direitos de uso: { $rights }
    Exclusividade: { $exclusivity_days ->
        [one] { $exclusivity_days } dia
       *[other] { $exclusivity_days } dias
    }
    Rascunho até: { $draft_due }
    Publicação entre { $publish_opens } e { $publish_closes }
    Rodadas de revisão incluídas: { $rounds }
## Command line (operators)

pipeline-col-deliverables = Entregas
pipeline-col-warnings = Alertas
pipeline-warn-risk = sinais de risco: { $flags }
pipeline-warn-market = fora dos mercados da campanha ({ $country })
pipeline-warn-budget = acima do orçamento restante (restam { $left })
pipeline-dry-run = Simulação: { $count ->
        [one] 1 proposta seria enviada
       *[other] { $count } propostas seriam enviadas
    }, { $total } no total. Nada foi enviado.
pipeline-confirm-offers = Enviar { $count ->
        [one] 1 proposta
       *[other] { $count } propostas
    } para { $campaign }, { $total } no total? [s/N]
pipeline-needs-yes = Nada mudou: sem terminal, ninguém pode confirmar. Confira antes (offers send tem --dry-run) e adicione { $flag } para seguir.
pipeline-nothing-changed = Nada mudou.
pipeline-offers-sent = { $sent ->
        [one] 1 proposta enviada
       *[other] { $sent } propostas enviadas
    }, { $refused } recusadas.
pipeline-offer-refused = { $creator }: não enviada: { $reason }
pipeline-no-rate = { $creator } não tem valor para { $format } na tabela de preços: informe --fee "VALOR MOEDA".
pipeline-no-recipients = Nenhum criador para enviar: indique com --creator, --csv ou --search.
pipeline-bad-search = “{ $term }” não é um termo de busca. Use platform:, country:, language:, category:, audience:, tier:, min-followers:, max-followers:, min-engagement:, status:, no-risk ou palavras livres para o nome ou o perfil.
pipeline-counter-accepted = Acordo { $deal }: contraproposta de { $creator } de { $fee } aceita; a confirmação vem pelo chat.
pipeline-countered-back = Acordo { $deal }: você ofereceu { $fee }; { $creator } responde até { $due }.
pipeline-counter-declined = Acordo { $deal }: contraproposta recusada; a proposta de { $fee } continua valendo.
pipeline-cancel-heading = Cancelar o acordo { $deal } ({ $creator }, { $campaign }):
pipeline-cancel-payment = { $kind } { $amount }: { $fate ->
        [paid] continua pago
        [cancelled] já estava cancelado
       *[voided] é cancelado
    }
pipeline-cancel-no-payments = Nenhum pagamento é afetado.
pipeline-confirm-cancel = Cancelar o acordo { $deal }? [s/N]
pipeline-cancelled = Acordo { $deal } cancelado; o criador foi avisado.
pipeline-approved = Acordo { $deal }: rascunho { $version } aprovado; o criador recebeu a janela de publicação.
pipeline-changes-requested = Acordo { $deal }: ajustes pedidos no rascunho { $version } (rodada { $round } de { $rounds }); o criador recebeu suas notas.
pipeline-post-verified = Acordo { $deal }: post verificado; o saldo está agendado.
pipeline-post-refused = Acordo { $deal }: link recusado; o criador foi chamado a enviar um corrigido.
pipeline-no-drafts = O acordo { $deal } ainda não tem rascunhos.
pipeline-draft-version = Versão { $version } · { $when } · { $kind ->
        [photo] foto
        [video] vídeo
        [text] só texto
       *[file] arquivo
    }
pipeline-draft-file = Arquivo: { $name } ({ $mime }, { $size } bytes, SHA-256 { $sha })
pipeline-draft-review = { $decision ->
        [approved] Aprovado
       *[changes] Ajustes pedidos
    } { $when }: { $notes }
pipeline-draft-saved = Rascunho { $version } do acordo { $deal } salvo em { $path }
pipeline-draft-exists = { $path } já existe; nada foi sobrescrito. Apague-o ou escolha outra pasta com --out.
pipeline-draft-no-version = O acordo { $deal } não tem rascunho { $version }; o mais recente é o { $versions }.
pipeline-draft-blob-missing = O arquivo do rascunho { $version } não está no armazenamento de arquivos ({ $path }). Ajuste blob_dir (LINKSTAR_BLOB_DIR) para a pasta que o `linkstar serve` usa.
pipeline-yes-words = s, sim, y, yes

console-database-ready = O banco de dados está atualizado: { $url }
console-demo-reused = Usando o banco de dados de demonstração existente em { $url }
console-demo-seeded = Banco de dados de demonstração criado em { $url }: { $campaigns } campanhas, { $creators } criadores, { $deals } parcerias. Entre como o operador “{ $operator }”.
console-pipeline-total = { $deals ->
        [one] 1 parceria
       *[other] { $deals } parcerias
    }, { $creators ->
        [one] 1 criador
       *[other] { $creators } criadores
    } na base
console-audit-intact = Registro de auditoria íntegro: { $events ->
        [one] 1 evento verificado
       *[other] { $events } eventos verificados
    }
console-audit-unlinked = Registro de auditoria CORROMPIDO no evento { $event }: ele não segue o evento anterior (um evento foi removido ou alterado).
console-audit-altered = Registro de auditoria CORROMPIDO no evento { $event }: ele foi alterado depois de gravado.
console-import-progress = { $imported } criadores importados, { $refused } recusados…
console-row-refused = Linha { $line }: { $reason }
console-import-done = { $imported ->
        [one] 1 criador importado
       *[other] { $imported } criadores importados
    }; { $refused ->
        [one] 1 linha recusada
       *[other] { $refused } linhas recusadas
    }.
console-exported = { $count ->
        [one] 1 criador exportado
       *[other] { $count } criadores exportados
    }.
console-offer-made = Proposta { $deal } enviada para { $creator } na campanha { $campaign }.
console-telegram-link-hint = Defina telegram_bot_username nas configurações para gerar um link t.me.
console-brand-created = Marca { $id } criada: { $name }
console-operator-created = Operador { $id } criado.
console-campaign-created = Campanha { $id } criada.
console-failed = Erro: { $message }
console-serve-running = linkstar serve: { $bots } em execução, com o envio de mensagens e o agendador de lembretes. Pare com Ctrl-C.
console-serve-stopping = linkstar serve: parando assim que as mensagens em andamento forem enviadas. Pressione Ctrl-C de novo para parar na hora.
console-serve-stopped = linkstar serve: parado.
console-serve-stopped-at-once = linkstar serve: parado na hora. Mensagens que estavam sendo enviadas podem chegar de novo.

## Discord: buttons pressed in a server and edited messages

discord-not-your-button = Estes botões pertencem à conversa de outra pessoa comigo. Para as suas próprias parcerias, me envie uma mensagem direta.
discord-edit-not-taken = Você editou uma mensagem anterior. Só aceito uma edição quando ela é a resposta que estou esperando; envie de novo como uma nova mensagem.

## Command line: results and money (operators)

console-report-heading-open = { $campaign } (aberta) — valores em { $currency } na data de { $as_of }
console-report-heading-closed = { $campaign } (encerrada) — valores em { $currency } na data de { $as_of }
console-report-rates = Câmbio: { $rates }
console-report-rates-none = Câmbio: nenhuma conversão necessária
console-report-totals = parcerias { $deals } · comprometido { $committed } · pago { $paid }
console-report-reach = alcance { $reach } · engajamentos { $engagements } · taxa de engajamento { $engagement_rate } · CPM { $cpm } · CPE { $cpe } · CPC { $cpc }
console-report-sales = cliques { $clicks } · conversões { $conversions } · receita { $revenue } · ROI { $roi }
console-report-delivery = rascunhos no prazo { $on_time } · revisões por parceria { $revisions }
console-report-creators-note = (à direita de | : cada criador em todas as campanhas — parcerias, rascunhos no prazo, revisões por parceria, posts removidos antes do prazo)
console-hours = { $hours } h
console-metrics-imported = { $imported ->
        [one] { $imported } registro de métricas importado
       *[other] { $imported } registros de métricas importados
    }; { $refused ->
        [one] { $refused } linha recusada
       *[other] { $refused } linhas recusadas
    }.
console-metrics-recorded = Métricas registradas para a parceria { $deal }.
console-metrics-fetch-failed = Parceria { $deal }: { $reason }
console-metrics-fetched = { $fetched ->
        [one] { $fetched } post consultado
       *[other] { $fetched } posts consultados
    }; { $failed } com falha.
console-payment-deal = parceria { $deal }
console-payment-due = vence em { $due }
console-payments-listed = { $count ->
        [one] { $count } pagamento
       *[other] { $count } pagamentos
    }
console-payment-paid = Pagamento { $payment } de { $amount } marcado como pago ({ $reference }).
console-payments-now-due = { $count ->
        [one] { $count } pagamento agora está pendente.
       *[other] { $count } pagamentos agora estão pendentes.
    }
console-bonus-scheduled = Pagamento de bônus { $payment } agendado para a parceria { $deal }.
console-payout-file = { $path }: { $count ->
        [one] { $count } pagamento
       *[other] { $count } pagamentos
    }
console-fx-rate-set = 1 { $from } = { $rate } { $to } em { $date }
console-discount-code-set = Parceria { $deal }: cupom de desconto { $code }
console-discount-code-removed = Parceria { $deal }: cupom de desconto removido
console-attribution-exported = { $path }: { $count ->
        [one] { $count } parceria
       *[other] { $count } parcerias
    }
console-commission-scheduled = Parceria { $deal }: comissão de { $amount } agendada
console-campaign-closed = Campanha { $campaign } encerrada: { $commissions ->
        [one] { $commissions } comissão agendada
       *[other] { $commissions } comissões agendadas
    }, { $completed ->
        [one] { $completed } parceria concluída
       *[other] { $completed } parcerias concluídas
    }.

## Palavras da tabela do relatório (curtas: são títulos de colunas)

## Shell: creators search, campaigns edit, progress of long jobs (issue 16)
shell-pool-bad-filter = --{ $field } não aceita “{ $value }”.
shell-pool-empty = Nenhum criador corresponde a estes filtros.
shell-pool-fit-for = Aderência a { $campaign }
shell-campaign-file-unreadable = Não foi possível ler { $file }: { $reason }
shell-campaign-file-kind = { $file }: um arquivo de campanha termina em .toml ou .json.
shell-campaign-file-invalid = { $file }: { $field }: { $reason }. Nada foi alterado.
shell-campaign-updated = Campanha “{ $name }” atualizada.
shell-progress = { $job }: { $done } até agora…
shell-progress-of = { $job }: { $done } de { $total }
shell-progress-done = { $job }: concluído ({ $done }).
shell-job-import = Importando criadores
shell-job-export = Exportando criadores
shell-job-demo = Criando a demonstração
shell-job-backfill = Planejando lembretes
shell-job-metrics = Buscando métricas
shell-job-payouts = Exportando pagamentos

report-campaign = Campanha
report-deal = parceria
report-creator = criador
report-stage = etapa
report-committed = comprometido
report-paid = pago
report-reach = alcance
report-engagement-rate = tx. engaj.
report-cpm = CPM
report-cpc = CPC
report-revenue = receita
report-roi = ROI
report-on-time = no prazo
report-deals = parcerias
report-revisions = revisões
report-removals = remoções
report-brand-speed = Agilidade da marca
report-this-campaign = esta campanha
report-all-campaigns = todas as campanhas
report-reviews = análises
report-average-review = tempo médio de análise
report-within-review-sla = análises no prazo
report-payments-made = pagamentos feitos
report-average-delay = atraso médio de pagamento
report-paid-on-time = pagos no prazo (72 h)
report-overdue-now = vencidos agora

## First run, the active profile and `linkstar status` (operators). $path and $url are
## files and databases, $bot is "Telegram" or "Discord", $role and $action come as they are.

setup-missing-database = Não há banco de dados em { $path }. Crie um com `linkstar setup init` (sua própria marca) ou `linkstar demo` (dados de exemplo), ou indique outro com --db.
setup-unreadable-database = Não foi possível abrir o banco de dados em { $path }: { $reason }. Verifique se é um banco de dados do LinkStar e se você pode lê-lo e gravá-lo, ou indique outro com --db.
setup-newer-schema = Este banco de dados foi gravado por uma versão mais nova do LinkStar (esquema { $found }; esta versão conhece até { $known }). Instale o linkstar mais novo para usá-lo.
setup-unknown-campaign = Não existe a campanha “{ $name }”.
setup-unknown-creator = Não há nenhum criador “{ $name }” na base.
setup-unknown-operator = Não há nenhum operador “{ $name }” neste banco de dados. Use --operator com um nome de usuário existente ou adicione um com `linkstar setup operator`.
setup-did-you-mean = Você quis dizer “{ $name }”?
setup-forbidden = Sua função ({ $role }) não permite fazer isso ({ $action }). Peça a um administrador da sua marca que faça isso ou que mude sua função.
setup-not-set-up = O LinkStar ainda não está configurado: { $url } não tem marca nem operador.
setup-set-up-with = Para configurar sua própria marca (você será o administrador), execute:
setup-or-try-the-demo = Ou explore primeiro com dados de exemplo:
setup-ask-brand = Nome da marca
setup-ask-legal-name = Razão social (para os contratos)
setup-ask-currency = Moeda (código ISO, como BRL)
setup-ask-operator-name = Seu nome
setup-ask-token = Token do bot do { $bot } (deixe vazio para pular)
setup-done = { $brand } está configurada com você ({ $username }) como administrador, em { $url }. Este banco de dados agora está ativo; `linkstar` abre o painel.
setup-tokens-saved = Tokens dos bots salvos em { $path }, legíveis só por você.
setup-demo-active = O banco de dados de demonstração agora está ativo: comandos sem --db o usam, agindo como “{ $operator }”. `linkstar setup init` configura sua própria marca e a ativa no lugar dele.
setup-demo-not-active = Seu próprio banco de dados continua ativo. Para trabalhar na demonstração, acrescente --db { $url }.
status-database = Banco de dados: { $url } (definido por { $source })
status-no-file = O arquivo do banco de dados ainda não existe.
status-operator = Operador: { $name } (definido por { $source })
status-brand = Marca: { $brand }, função { $role }
status-language = Idioma: { $language } (definido por { $source })
status-bot-configured = Bot do { $bot }: configurado
status-bot-not-configured = Bot do { $bot }: não configurado
source-flag = linha de comando
source-environment = variável de ambiente { $name }
source-file = arquivo de configurações { $path }
source-profile = perfil ativo { $path }
source-os-user = seu nome de usuário neste computador
source-default = padrão
config-value = { $key } = { $value } (definido por { $source })
config-unset = { $key } não está definido

## Pagamentos (operadores)

payment-kind-deposit = sinal
payment-kind-balance = saldo
payment-kind-commission = comissão
payment-kind-bonus = bônus
payment-status-scheduled = agendado
payment-status-due = pendente
payment-status-paid = pago
payment-status-cancelled = cancelado
## Demo in the present
console-demo-stale = O banco de dados de demonstração em { $url } foi criado para { $day }, então os prazos dele já passaram. Execute `linkstar demo --reseed` para recriá-lo para hoje.
console-demo-reseed-ask = O banco de dados de demonstração em { $url } foi criado para { $day }. Recriar para hoje? Todo o conteúdo dele será substituído. [y/N]
console-demo-not-demo = O banco de dados em { $url } contém dados que não são da demonstração, então a demonstração não mexe nele. Indique um arquivo novo com --db ou omita --db para usar o banco próprio da demonstração.
console-demo-reseed-file-only = Só uma demonstração guardada em um arquivo SQLite pode ser recriada. Esvazie { $url } você mesmo e execute `linkstar demo` de novo.

## Operator dashboard (terminal)

# Bancada do painel: negociação, posts, cancelamento, confirmações, motivos nos formulários
dash-act-accept-counter = Aceitar a contraproposta
dash-act-counter-back = Responder com o seu cachê
dash-act-decline-counter = Recusar a contraproposta
dash-act-verify-post = Verificar o post
dash-act-refuse-post = Recusar o link do post
dash-act-cancel-deal = Cancelar a parceria
dash-negotiation = Negociação
dash-their-counter = Contraproposta
dash-your-offer = Sua oferta
dash-round = Rodada
dash-answer-by = Responder até
dash-history = Histórico
dash-hist-offer = oferta
dash-hist-counter = contraproposta
dash-hist-counter-back = sua resposta
dash-hist-accepted = aceita
dash-hist-declined = recusada
dash-hist-counter-accepted = contraproposta aceita
dash-hist-counter-declined = contraproposta recusada
dash-hist-revised = oferta revisada
dash-post-link = Link do post
dash-amount = Valor
dash-your-fee = Seu cachê
dash-note-optional = Recado para o criador (opcional)
dash-reason-creator = Motivo (o criador vai ler)
dash-cancel-payments = O que acontece com os pagamentos
dash-pay-stays-paid = continua pago
dash-pay-already-cancelled = já estava cancelado
dash-pay-voided = é anulado
dash-no-payments = Ainda não há pagamentos.
dash-confirm-hint = y ou Enter: confirmar · n ou Esc: voltar
dash-discard-title = Descartar o que você digitou?
dash-discard-hint = y: descartar · n ou Esc: continuar editando
dash-form-hint-editor = Tab próximo campo · Ctrl-S salvar · Esc cancelar
dash-still-loading = O item selecionado ainda está carregando, então nada foi feito.
dash-nothing-selected = Nada está selecionado, então nada foi feito.
dash-not-now = Não é possível nesta etapa da parceria.
dash-done-counter-accepted = Contraproposta aceita. O criador será avisado.
dash-done-counter-sent = Seu cachê foi enviado ao criador.
dash-done-counter-declined = Contraproposta recusada. Sua oferta continua valendo.
dash-done-post-verified = Post verificado. O saldo foi agendado.
dash-done-post-refused = Link recusado. O criador saberá o motivo.
dash-done-deal-cancelled = Parceria cancelada.
dash-why-amount = Escreva um valor com a moeda, como 450 BRL.
dash-why-currency = Use a moeda da oferta, { $currency }.
dash-why-date = Escreva uma data como 2026-12-01.
dash-why-number = Escreva um número inteiro, como 2.
dash-why-percent = Escreva uma porcentagem de 0,01 a 100.
dash-why-deposit = Escreva um adiantamento de 0 a 100 por cento.
dash-why-ends-before-start = Termina antes de começar.
dash-why-window = A janela de publicação deve abrir depois do prazo do rascunho e fechar depois de abrir.
dash-why-draft-due = O rascunho deve vencer depois da data de resposta.
dash-why-countries = Códigos de país de duas letras separados por vírgulas, como BR, PT.
dash-why-languages = Códigos de idioma separados por vírgulas, como pt-BR, en-US.
dash-why-hours = De 1 a 8 horas diferentes entre -720 e 720, separadas por vírgulas, como 48, 24, -24.
dash-why-hour-range = De 1 a 720 horas.
dash-why-required = Este campo não pode ficar vazio.
dash-why-positive = O valor deve ser maior que zero.
dash-why-unknown = O LinkStar não conhece este valor aqui.

dash-screen-deal = Parceria
dash-needs-you = Precisa de você agora
dash-all-clear = Nada precisa de você agora.
dash-all-campaigns = Todas as campanhas
dash-closed-stages = Encerradas
dash-loading = Carregando…
dash-empty = Nada para mostrar.
dash-live = ao vivo
dash-help-title = Teclas
dash-palette-title = Comandos
dash-search = Busca
dash-filters = Filtros
dash-any = qualquer
dash-yes = sim
dash-no = não
dash-caption = Legenda
dash-checks = Verificações automáticas
dash-checks-passed = Todas as verificações automáticas passaram.
dash-file = Arquivo
dash-text-only = Só texto, sem arquivo
dash-versions = Versões e comentários
dash-notes = Comentários para o criador
dash-reference = Referência do pagamento
dash-terms = Condições
dash-timeline = Histórico
dash-conversation = Mensagens ao criador
dash-brief = Modelo de briefing
dash-product = Produto
dash-markets = Mercados
dash-languages = Idiomas
dash-spend = Gasto por campanha
dash-events-per-day = Eventos por dia, últimos 30 dias
dash-outbox = Caixa de saída
dash-delivery = Envio
dash-delivery-ok = As mensagens estão saindo.
dash-delivery-behind = Há mensagens esperando há mais de 5 minutos. O `linkstar serve` está rodando?
dash-delivery-idle = Nenhuma mensagem foi enviada ainda.
dash-editor-hint = Ctrl-S enviar · Esc cancelar
dash-form-hint = Tab próximo campo · Enter salvar · Esc cancelar
dash-prompt-hint = Enter confirmar · Esc cancelar
dash-offer-title = Condições da proposta
dash-campaign-new = Nova campanha
dash-campaign-edit = Editar campanha
dash-saved = Salvo.
dash-approved = Rascunho aprovado. O criador será avisado.
dash-changes-sent = Ajustes pedidos. O criador será avisado.
dash-paid = Pagamento marcado como pago.
dash-no-campaign = nenhuma campanha escolhida
dash-due = A pagar
dash-overdue = Atrasados
dash-paid-tab = Pagos
dash-fit-for = Aderência a
dash-publish-opens = Publicar a partir de
dash-publish-closes = Publicar até
dash-offer-commission = Comissão sobre vendas, % (vazio: nenhuma)
dash-offer-ads-days = Uso em anúncios pagos, dias (0: só orgânico)
dash-name = Nome
dash-starts = Início
dash-ends = Fim
dash-reminder-offsets = Lembretes (horas antes; negativo = depois)
dash-revision-hours = Prazo de revisão (horas)
dash-bad-value = Confira este campo.
dash-refresh-failed = Não foi possível atualizar; tentando de novo.
dash-actor-system = LinkStar (automático)
dash-actor-team = Equipe da marca
dash-event-draft = Rascunho enviado
dash-event-payment-scheduled = Pagamento agendado
dash-event-payment-paid = Pagamento feito
dash-event-metrics = Métricas registradas
dash-event-chat-linked = Chat conectado
dash-event-other = Outra alteração
col-creator = Criador
col-campaign = Campanha
col-stage = Etapa
col-fee = Cachê
col-due = Vence
col-updated = Atualizado
col-country = País
col-followers = Seguidores
col-engagement = Engajamento
col-tier = Porte
col-fit = Aderência
col-handle = Conta
col-flags = Riscos
col-status = Situação
col-amount = Valor
col-kind = Tipo
col-reference = Referência
col-budget = Orçamento
col-committed = Comprometido
col-paid = Pago
col-delivered = Entregue
col-dates = Datas
col-version = Versão
col-sla = Revisar até
col-message = Mensagem
col-recipient = Para
col-deals = Parcerias
col-views = Visualizações
col-clicks = Cliques
col-conversions = Vendas
col-revenue = Receita
col-when = Quando
col-who = Quem
col-what = O quê
col-pending = Aguardando
col-sent = Enviadas
col-failed = Falharam
col-unreachable = Inalcançáveis
filter-platform = Plataforma
filter-language = Idioma
filter-category = Categoria
filter-min-followers = Seguidores a partir de
filter-max-followers = Seguidores até
filter-min-engagement = Engajamento a partir de (%)
filter-exclude-risky = Ocultar criadores com riscos
filter-pool-status = Situação na base
filter-text = Nome ou conta
role-admin = administração
role-manager = gestão
role-reviewer = revisão
role-finance = financeiro
role-viewer = somente leitura
campaign-draft = em preparação
campaign-active = em andamento
campaign-closed = encerrada
payment-deposit = sinal
payment-balance = saldo
payment-commission = comissão
payment-bonus = bônus
payment-scheduled = agendado
payment-due = a pagar
payment-paid = pago
payment-cancelled = cancelado
action-quit = Sair
action-help = Ver as teclas
action-palette = Paleta de comandos
action-search = Buscar
action-next-view = Próxima tela
action-prev-view = Tela anterior
action-up = Para cima
action-down = Para baixo
action-left = Para a esquerda
action-right = Para a direita
action-page-up = Página anterior
action-page-down = Próxima página
action-open = Abrir
action-back = Voltar
action-approve = Aprovar o rascunho
action-request-changes = Pedir ajustes
action-mark-paid = Marcar como pago
action-select = Selecionar ou desmarcar
action-make-offer = Enviar propostas aos selecionados
action-campaign = Próxima campanha
action-filters = Filtrar
action-new-campaign = Nova campanha
action-edit-campaign = Editar a campanha
action-refresh = Atualizar
action-go = Ir para a tela
count-drafts-waiting = { $count ->
    [one] { $count } rascunho aguardando
   *[other] { $count } rascunhos aguardando
}
count-reviews-overdue = { $count ->
    [one] { $count } revisão atrasada
   *[other] { $count } revisões atrasadas
}
count-counters = { $count ->
    [one] { $count } contraproposta
   *[other] { $count } contrapropostas
}
count-payments-overdue = { $count ->
    [one] { $count } pagamento atrasado
   *[other] { $count } pagamentos atrasados
}
count-selected = { $count ->
    [one] { $count } selecionado
   *[other] { $count } selecionados
}
count-offers-sent = { $count ->
    [one] { $count } proposta enviada.
   *[other] { $count } propostas enviadas.
}
count-offers-refused = { $count ->
    [one] { $count } recusada:
   *[other] { $count } recusadas:
}

## Prazos: mais lembretes, avisos à equipe, tarefas agendadas e os comandos "reminders"

time-now = agora
reminder-revision-due = Lembrete: seu rascunho revisado para { $campaign } vence em { $due } ({ $left }).
reminder-publish-opens = Boa notícia: a janela de publicação de { $campaign } abre em { $due } ({ $left }). A partir daí você pode publicar o conteúdo aprovado.
notice-payment-due = Pagamento do acordo #{ $deal } ({ $creator }): { $amount }, vence em { $due } ({ $left }).
notice-draft-overdue = Acordo #{ $deal }: { $creator } não enviou o rascunho que vencia em { $due } ({ $left }).
notice-post-overdue = Acordo #{ $deal }: { $creator } não publicou o post; a janela de publicação fechou em { $due } ({ $left }).
notice-review-overdue = O rascunho de { $creator } para o acordo #{ $deal } está esperando há mais tempo que o prazo de revisão de { $hours } horas. Revise-o, por favor.
deadline-respond_by = resposta à oferta
deadline-draft_due = entrega do rascunho
deadline-revision_due = entrega do rascunho revisado
deadline-publish_opens = abertura da janela de publicação
deadline-publish_by = publicar até
deadline-payment_due = vencimento do pagamento
scheduled-remind = Lembrete: { $deadline }
scheduled-remind-payment = Lembrete de pagamento para a equipe
scheduled-expire = A oferta expira
scheduled-auto-approve = Aprovação automática
scheduled-review-overdue = Aviso à equipe: revisão atrasada
scheduled-overdue = Marcar como atrasado: { $deadline }
cli-reminders-planned = { $deals ->
        [one] { $deals } acordo sem lembretes verificado
       *[other] { $deals } acordos sem lembretes verificados
    }; { $rows ->
        [one] { $rows } lembrete agendado.
       *[other] { $rows } lembretes agendados.
    }
cli-reminders-listed = { $count ->
        [one] { $count } lembrete pendente.
       *[other] { $count } lembretes pendentes.
    }
cli-reminders-deal = Acordo { $deal }
dash-reminders = Lembretes
dash-event-overdue = Prazo perdido
dash-event-reminder = Lembrete enviado
count-deals-overdue = { $count ->
    [one] { $count } acordo atrasado
   *[other] { $count } acordos atrasados
}
