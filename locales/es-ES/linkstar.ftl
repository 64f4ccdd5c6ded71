# LinkStar — Español (España). Los importes, las fechas y los números grandes llegan ya
# formateados para quien lee.

## Avisos para creadores

notice-invite =
    ¡Te invitamos a { $campaign }! Promociona { $product } por unos honorarios de { $fee }.
    Por favor, responde antes del { $respond_by }.
notice-offer-revised =
    La oferta de { $campaign } ha cambiado: { $changed }. Los honorarios ahora son de { $fee }.
    Revísala y vuelve a aceptarla antes del { $respond_by }.
notice-contract-confirmed =
    Todo listo para { $campaign }: hemos registrado tu aceptación y las condiciones son definitivas. Tu primer borrador vence el { $draft_due }.
    Referencia de las condiciones: { $terms_hash }
notice-changes-requested =
    La marca ha pedido cambios en tu borrador para { $campaign } (revisión { $round } de { $rounds }):
    { $notes }
notice-draft-approved = ¡Buenas noticias! Tu borrador para { $campaign } está aprobado. Publícalo entre el { $publish_opens } y el { $publish_closes }, y recuerda indicar que es publicidad.
notice-draft-approved-tracking = Usa tu enlace de seguimiento en la publicación: { $link }
notice-draft-approved-discount = Tu código de descuento para tu audiencia: { $code }
notice-post-verified = Hemos verificado tu publicación para { $campaign }. ¡Gracias!
notice-payment-scheduled = Hay un pago de { $amount } programado para el { $due }.
notice-payment-paid = Te hemos enviado { $amount }. Referencia del pago: { $reference }
notice-deal-cancelled = La marca ha cancelado la colaboración de { $campaign }. Sentimos el cambio de planes.
notice-invite-expired = La oferta de { $campaign } ha caducado porque no recibimos respuesta a tiempo.

## Avisos para el equipo

notice-counter-received = { $creator } ha propuesto unos honorarios de { $fee } para el acuerdo n.º { $deal }.
notice-offer-declined = { $creator } ha rechazado la oferta del acuerdo n.º { $deal }.
notice-draft-submitted = { $creator } ha enviado la versión { $version } del borrador para el acuerdo n.º { $deal }. Está pendiente de tu revisión.
notice-post-submitted = { $creator } ha enviado la publicación en directo del acuerdo n.º { $deal }: { $url }
notice-draft-auto-approved = El borrador de { $creator } para el acuerdo #{ $deal } se aprobó automáticamente porque esperó más que el plazo de revisión de { $hours } horas.
notice-creator-unreachable = Ya no se puede contactar con { $creator } en { $platform }: ha bloqueado el bot o ha cerrado sus mensajes. Sus mensajes esperarán hasta que vuelva a escribir.

## El resumen diario del equipo

digest-title = Resumen diario del { $day }
digest-quiet = Hoy no hay nada que requiera tu atención.
digest-reviews-late = { $count ->
    [one] Un borrador lleva esperando más del plazo de revisión:
   *[other] { $n } borradores llevan esperando más del plazo de revisión:
}
digest-counters = { $count ->
    [one] Una contraoferta espera tu respuesta:
   *[other] { $n } contraofertas esperan tu respuesta:
}
digest-payments-overdue = { $count ->
    [one] Un pago está vencido:
   *[other] { $n } pagos están vencidos:
}
digest-unreachable = { $count ->
    [one] No se puede contactar con un creador:
   *[other] No se puede contactar con { $n } creadores:
}
digest-deadlines-overdue = { $count ->
    [one] Un acuerdo ha superado su plazo de borrador o publicación:
   *[other] { $n } acuerdos han superado su plazo de borrador o publicación:
}
digest-due-today = { $count ->
    [one] Hoy vence una cosa:
   *[other] Hoy vencen { $n } cosas:
}
digest-more = { $count ->
    [one] …y una más
   *[other] …y { $n } más
}
digest-item-review = #{ $deal } { $creator }: la revisión vencía el { $due }
digest-item-counter = #{ $deal } { $creator }: propone { $fee } (desde el { $since })
digest-item-payment = #{ $deal } { $creator }: { $amount }, vence el { $due }
digest-item-unreachable = { $creator } (en { $platform })
digest-item-respond-by = #{ $deal } { $creator }: respuesta a la oferta antes del { $due }
digest-item-draft = #{ $deal } { $creator }: borrador antes del { $due }
digest-item-post = #{ $deal } { $creator }: publicación antes del { $due }

## Condiciones que pueden cambiar en una oferta revisada

term-deliverables = entregables
term-fee = honorarios
term-payment_model = modelo de pago
term-deposit_pct = anticipo
term-usage_rights = derechos de uso
term-exclusivity_days = exclusividad
term-respond_by = plazo de respuesta
term-draft_due = fecha de entrega del borrador
term-publish_window = periodo de publicación
term-revision_rounds = rondas de revisión
term-review_sla_hours = tiempo de revisión de la marca
term-min_live_days = días que la publicación sigue activa
term-other = otras condiciones

## Errores, por código fijo

error-review-note-time = Un tiempo de las notas no es un momento del vídeo o no va seguido de nada. Escribe los tiempos como m:ss o h:mm:ss seguidos del cambio, por ejemplo «0:12 mostrar la etiqueta».
error-illegal-transition = Eso no es posible en esta fase del acuerdo.
error-revision-rounds-exhausted = Ya se han usado todas las rondas de revisión incluidas.
error-payment-before-verification = Este pago solo puede hacerse cuando la publicación esté verificada.
error-payments-open = Este acuerdo todavía tiene pagos pendientes.
error-terms-changed = Las condiciones han cambiado desde que las viste. Revisa la nueva oferta y vuelve a aceptarla.
error-invalid-value = Algo no parece correcto. Revísalo e inténtalo de nuevo.
error-brief-template-invalid = La plantilla del brief tiene un error. Revisa sus marcadores.
error-post-link-not-a-url = Eso no parece un enlace. Envía la dirección completa de tu publicación.
error-post-link-wrong-platform = Ese enlace es de una plataforma distinta a la de tu acuerdo.
error-post-link-wrong-account = Esa publicación es de otra cuenta. Envía el enlace de la publicación en tu propia cuenta.
error-post-link-already-used = Ese enlace ya se envió para otro acuerdo.
error-post-link-short = Es un enlace corto, que no muestra de quién es la publicación. Abre tu publicación en la app, pulsa Compartir → Copiar enlace y envíame ese enlace completo (tiene este aspecto: https://www.tiktok.com/@tunombre/video/…).
error-not-found = No lo hemos encontrado. Puede que se haya eliminado.
error-not-your-deal = Ese acuerdo pertenece a otra persona.
error-token-unknown = Ese enlace de invitación no es válido. Comprueba que lo has copiado entero.
error-token-used = Ese enlace de invitación ya se ha usado. Si no has sido tú, contacta con la marca.
error-token-expired = Ese enlace de invitación ha caducado. Pide uno nuevo a la marca.
error-forbidden = No tienes permiso para hacer eso.
error-duplicate = Eso ya existe.
error-storage = Algo ha fallado por nuestra parte. Inténtalo de nuevo en un momento.
error-unknown = Lo sentimos, algo ha fallado. Inténtalo de nuevo.

## Comprobaciones automáticas de borradores

check-missing-disclosure = Tu texto no indica que es publicidad: añade { $accepted } antes de publicar.
check-missing-hashtag = A tu texto le falta el hashtag { $tag }.
check-missing-mention = Tu texto todavía no menciona a { $handle }.
check-forbidden-claim = Tu texto incluye una afirmación que la marca no puede hacer: «{ $claim }». Elimínala, por favor.
check-caption-too-long = Tu texto tiene { $chars } caracteres; el límite es { $max }.
check-file-empty = El archivo ha llegado vacío. Envíalo de nuevo, por favor.
check-file-too-large = Este archivo supera el límite de { $max }. Envía un archivo más pequeño, por ejemplo una exportación más corta o de menor resolución.
check-file-mib = { $size } MiB
check-file-type = No se acepta este tipo de archivo. Envía { $allowed }.
check-file-kind-video = vídeos
check-file-kind-image = imágenes
check-file-kind-audio = archivos de audio
check-file-kind-pdf = archivos PDF
check-file-kind-other = archivos { $kind }

## Fases del acuerdo

## Review pane: draft file, picture, save and open (issue 15)

action-view-file = Ver la imagen
action-save-file = Guardar el archivo en una carpeta
action-open-file = Abrir con el visor del sistema
dash-this-version = Esta versión
dash-earlier-versions = Versiones anteriores y sus notas
dash-first-version = Es la primera versión.
dash-file-type = Tipo
dash-file-size = Tamaño
dash-file-picture = Imagen
dash-save-to = Guardar el archivo en esta carpeta
dash-file-saved = Guardado como
dash-file-opened = Abierto con el visor del sistema.
dash-file-missing = El archivo no está en el almacén de archivos: nunca llegó aquí o se eliminó.
dash-file-unreadable = No se pudo leer ni escribir el archivo:
dash-open-remote = Para abrirlo, el panel debe ejecutarse en este equipo; por SSH, guarda el archivo.
dash-open-failed = No se pudo iniciar el visor del sistema (xdg-open u open).
dash-not-a-picture = Aquí solo se muestran imágenes; guarda o abre este archivo.
dash-no-file = Este borrador es solo texto: no hay archivo.
dash-notes-video-hint = una nota por línea, con el momento del vídeo: 0:12 muestra la etiqueta

stage-offered = Ofertado
stage-negotiating = En negociación
stage-contracted = Contratado
stage-in_review = En revisión
stage-changes_requested = Cambios solicitados
stage-approved = Aprobado
stage-published = Publicado
stage-verified = Verificado
stage-completed = Completado
stage-removed = Retirado antes de tiempo
stage-declined = Rechazado
stage-expired = Caducado
stage-cancelled = Cancelado

## Recordatorios

time-left-days =
    { $days ->
        [one] queda { $days } día
       *[other] quedan { $days } días
    }
time-left-hours =
    { $hours ->
        [one] queda { $hours } hora
       *[other] quedan { $hours } horas
    }
time-left-overdue = vencido
reminder-respond-by = Recordatorio: responde a la oferta de { $campaign } antes del { $due } ({ $left }).
reminder-draft-due = Recordatorio: tu borrador para { $campaign } vence el { $due } ({ $left }).
reminder-publish-by = Recordatorio: publica tu contenido para { $campaign } antes del { $due } ({ $left }).

## Negociación: la respuesta de la marca a una contraoferta, sus recordatorios y su vencimiento

# Respuestas de la marca (issue 15): contraoferta rechazada, nota de la contrapropuesta, publicación rechazada, notas con minuto
notice-counter-declined = La marca no puede aceptar los honorarios que propusiste para { $campaign }. Su oferta de { $fee } sigue en pie: puedes aceptarla, rechazarla o proponer otros honorarios antes del { $due }.
notice-brand-note = Nota de la marca: { $note }
notice-post-refused =
    La marca no ha podido aceptar el enlace que enviaste para { $campaign } ({ $url }): { $reason }
    Corrígelo y vuelve a enviar el enlace de tu publicación.
notice-review-note-at = • { $at } — { $text }
notice-review-note = • { $text }

notice-counter-pending = Acuerdo #{ $deal }: { $creator } espera vuestra respuesta a la tarifa que propuso de { $fee }. Aceptadla o revisad la oferta antes del { $due } ({ $left }); si no, la oferta caduca.
notice-counter-expired = Acuerdo #{ $deal }: nadie respondió a tiempo a la tarifa de { $fee } que propuso { $creator }, así que la oferta ha caducado.
notice-negotiation-expired = La marca no respondió a tiempo a la tarifa que propusiste de { $fee } para { $campaign }, así que la oferta ha caducado.
deadline-counter_answer = respuesta a la contraoferta
scheduled-remind-counter = Recordatorio al equipo: responder a la contraoferta
bot-status-counter = Siguiente: la marca está valorando la tarifa que propusiste de { $fee } hasta el { $due } ({ $left })

## Botones, comandos y pantallas

button-accept = Aceptar
button-decline = Rechazar
button-propose-fee = Proponer honorarios
button-read-brief = Leer el brief completo
command-link = Vincular este chat con tu invitación de LinkStar
command-status = Tus acuerdos, plazos y pagos
command-help = Qué hacer a continuación
command-language = Cambiar de idioma
command-draft = Enviar un borrador para revisión
command-post = Enviar el enlace de tu publicación
option-token = El código de tu invitación
option-file = Tu borrador: un vídeo, una foto o un documento
option-caption = El texto con el que lo publicarás
option-url = El enlace de tu publicación
field-fee = Tu tarifa, por ejemplo 600 EUR
discord-name-link = vincular
discord-name-deals = acuerdos
discord-name-draft = borrador
discord-name-post = publicación
discord-name-language = idioma
discord-name-help = ayuda
discord-name-token = código
discord-name-file = archivo
discord-name-caption = texto
discord-name-url = enlace
screen-pipeline = Embudo
screen-campaigns = Campañas
screen-creators = Creadores
screen-review = Revisiones
screen-payments = Pagos
screen-reports = Informes
screen-activity = Actividad

## El bot de Telegram fuera del chat privado de un creador

bot-private-chat-only = Solo funciono en un chat privado. Escríbeme directamente, de tú a tú.
bot-not-your-button = Este botón no es tuyo, así que no se ha cambiado nada.

## Idiomas, cada uno con su propio nombre (igual en todos los archivos)

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
language-changed = ¡Hecho! Idioma elegido: { $language }. A partir de ahora te escribiré en este idioma.

## El asistente de creadores en el chat

bot-welcome =
    { $platform ->
        [discord] ¡Hola! Soy el asistente de tus colaboraciones con marcas. Para empezar, envía { $link } con el código de la invitación que te mandó la marca.
       *[other] ¡Hola! Soy el asistente de tus colaboraciones con marcas. Para empezar, abre el enlace de invitación que te envió la marca.
    }
bot-not-linked =
    { $platform ->
        [discord] Este chat aún no está conectado a ninguna invitación. Envía { $link } con el código de la invitación que te mandó la marca.
       *[other] Este chat aún no está conectado a ninguna invitación. Abre el enlace de invitación que te envió la marca.
    }
bot-linked = ¡Hola, { $name }! Este chat ya está conectado. En un momento te llega la oferta de { $campaign }.
bot-unknown-command = No conozco ese comando. Envía { $help } para ver lo que puedo hacer.
bot-nothing-expected = Ahora mismo no estoy esperando nada de tu parte. Envía { $status } para ver tus colaboraciones.
bot-button-stale = Ese botón ya no es válido. Envía { $status } para ver cómo va todo.
bot-ask-fee = ¿Qué honorarios quieres proponer para { $campaign }? Envía el importe en { $currency }, por ejemplo { $example }. Para dejar la oferta como está, pulsa Cancelar.
bot-fee-invalid = No he podido leer eso como un importe. Envía solo el número, por ejemplo { $example }. O pulsa Cancelar.
bot-counter-sent = ¡Gracias! He enviado tu propuesta de { $fee } a la marca. Te aviso en cuanto respondan.
bot-accepted = Has aceptado la oferta de { $campaign }.
bot-declined = Has rechazado la oferta de { $campaign }. ¡Gracias por avisarnos!
bot-brief = Brief de { $campaign }:
bot-expect-file =
    { $platform ->
        [discord] Envía tu borrador para { $campaign } con { $draft }: adjunta el archivo y añade tu texto.
       *[other] Envía tu borrador para { $campaign } como archivo, foto o vídeo, con el texto de la publicación en el mismo mensaje.
    }
bot-which-deal = ¿Para qué colaboración es este borrador?
bot-draft-received = ¡Recibido! La versión { $version } de tu borrador para { $campaign } ya está con la marca para su revisión.
bot-checks-passed = Comprobaciones automáticas: tu texto tiene todo lo necesario.
bot-checks-found = Las comprobaciones automáticas encontraron algo que corregir antes de publicar:
bot-post-received = ¡Gracias! Hemos registrado tu publicación para { $campaign }. La marca la verificará en breve.
bot-language-choose = Elige tu idioma:
bot-status-empty = Todavía no tienes colaboraciones.
bot-status-title = Tus colaboraciones:
bot-status-deal = { $campaign }: { $stage }
bot-status-deadline = Siguiente: { $deadline }, { $due } ({ $left })
bot-status-payment-open = Pago: { $amount }, vence el { $due }
bot-status-payment-paid = Pago: { $amount }, pagado
bot-help-not-linked =
    { $platform ->
        [discord] Envía { $link } con el código de la invitación de la marca para conectar este chat. Después te mostraré aquí tu oferta.
       *[other] Abre el enlace de invitación que te envió la marca para conectar este chat. Después te mostraré aquí tu oferta.
    }
bot-help-offered = Lee la oferta de { $campaign } y el brief, y responde con los botones de la oferta.
bot-help-negotiating = La marca está estudiando los honorarios que propusiste para { $campaign }. Te aviso cuando respondan.
bot-help-contracted =
    { $platform ->
        [discord] Envía tu borrador para { $campaign } con { $draft }: un vídeo, una foto o un documento, con el texto.
       *[other] Envía aquí tu borrador para { $campaign }: un vídeo, una foto o un documento, con el texto en el mismo mensaje.
    }
bot-help-in-review = La marca está revisando tu borrador para { $campaign }. Te enviaré su respuesta aquí.
bot-help-changes =
    { $platform ->
        [discord] La marca ha pedido cambios para { $campaign }. Envía la nueva versión de tu borrador con { $draft }.
       *[other] La marca ha pedido cambios para { $campaign }. Envía aquí la nueva versión de tu borrador.
    }
bot-help-approved = Publica tu post para { $campaign } dentro del periodo de publicación y después envíame el enlace.
bot-help-published = La marca está verificando tu publicación para { $campaign }.
bot-help-done = Por ahora no tienes nada pendiente. Te escribiré cuando te necesite.
bot-help-commands = Comandos:
bot-expect-answer = Tu oferta para { $campaign } espera tu respuesta: acéptala, recházala o propón otros honorarios con los botones de abajo.
bot-already-linked = Ya estás conectado: este chat está vinculado a tu invitación para { $campaign }, así que no hace falta nada más con ese enlace.
bot-already-accepted = Ya aceptaste la oferta para { $campaign } el { $date }.
bot-deal-unavailable = Esa colaboración no está disponible en este chat. Envía { $status } para ver las tuyas.
bot-fee-wrong-currency = Los honorarios deben estar en { $currency }, la moneda de la colaboración, no en { $found }. Envía el importe en { $currency }, por ejemplo { $example }, o pulsa Cancelar.
bot-fee-cancelled = De acuerdo, no se proponen honorarios nuevos. La oferta para { $campaign } sigue igual: respóndela con los botones de abajo.
bot-nothing-to-cancel = Ahora mismo no hay nada que cancelar.
bot-post-early = El periodo de publicación de { $campaign } no se abre hasta el { $opens }. ¿Tu publicación ya está en línea? Pulsa "Sí, ya está publicada" para enviar el enlace a la marca, o Cancelar.
bot-post-early-cancelled = De acuerdo, no he guardado el enlace. Envíalo de nuevo cuando tu publicación esté en línea, a partir del { $opens }.
bot-post-link-expected = Estoy esperando el enlace de tu publicación para { $campaign }. Envía el enlace completo desde Compartir → Copiar enlace en la app, por ejemplo https://www.tiktok.com/@tunombre/video/…
bot-button-cancel = Cancelar
bot-button-post-live = Sí, ya está publicada
bot-format-video = vídeo
bot-format-image = publicación con foto
bot-format-story = historia
bot-format-live = directo
bot-payment-fixed = honorarios fijos, { $deposit } % a la firma
bot-payment-cps = { $rate } % de comisión sobre ventas
bot-payment-hybrid = honorarios fijos más { $rate } % de comisión sobre ventas, { $deposit } % de los honorarios a la firma
bot-rights-organic = solo tu propia publicación
bot-rights-paid-ads =
    { $days ->
        [one] la marca puede usar tu publicación como anuncio durante { $days } día
       *[other] la marca puede usar tu publicación como anuncio durante { $days } días
    }
bot-rights-perpetual = uso ilimitado por parte de la marca
bot-card =
    { $campaign } · { $product }
    Entregables: { $deliverables }
    Honorarios: { $fee } ({ $payment })
    Derechos de uso: { $rights }
    Exclusividad: { $exclusivity_days ->
        [one] { $exclusivity_days } día
       *[other] { $exclusivity_days } días
    }
    Borrador para el: { $draft_due }
    Publicación entre el { $publish_opens } y el { $publish_closes }
    Rondas de revisión incluidas: { $rounds }
## Command line (operators)

pipeline-col-deliverables = Entregables
pipeline-col-warnings = Avisos
pipeline-warn-risk = señales de riesgo: { $flags }
pipeline-warn-market = fuera de los mercados de la campaña ({ $country })
pipeline-warn-budget = supera el presupuesto restante (quedan { $left })
pipeline-dry-run = Simulación: { $count ->
        [one] saldría 1 oferta
       *[other] saldrían { $count } ofertas
    }, { $total } en total. No se ha enviado nada.
pipeline-confirm-offers = ¿Enviar { $count ->
        [one] 1 oferta
       *[other] { $count } ofertas
    } para { $campaign }, { $total } en total? [s/N]
pipeline-needs-yes = No ha cambiado nada: no hay terminal, así que nadie puede confirmar. Compruébalo antes (offers send tiene --dry-run) y añade { $flag } para seguir.
pipeline-nothing-changed = No ha cambiado nada.
pipeline-offers-sent = { $sent ->
        [one] 1 oferta enviada
       *[other] { $sent } ofertas enviadas
    }, { $refused } rechazadas.
pipeline-offer-refused = { $creator }: no enviada: { $reason }
pipeline-no-rate = { $creator } no tiene tarifa para { $format }: indica --fee "IMPORTE MONEDA".
pipeline-no-recipients = No hay creadores a quienes enviar: indícalos con --creator, --csv o --search.
pipeline-bad-search = «{ $term }» no es un término de búsqueda. Usa platform:, country:, language:, category:, audience:, tier:, min-followers:, max-followers:, min-engagement:, status:, no-risk o palabras sueltas para el nombre o el usuario.
pipeline-counter-accepted = Acuerdo { $deal }: contraoferta de { $creator } de { $fee } aceptada; la confirmará en su chat.
pipeline-countered-back = Acuerdo { $deal }: has ofrecido { $fee }; { $creator } responde antes de { $due }.
pipeline-counter-declined = Acuerdo { $deal }: contraoferta rechazada; la oferta de { $fee } se mantiene.
pipeline-cancel-heading = Cancelar el acuerdo { $deal } ({ $creator }, { $campaign }):
pipeline-cancel-payment = { $kind } { $amount }: { $fate ->
        [paid] sigue pagado
        [cancelled] ya estaba cancelado
       *[voided] se cancela
    }
pipeline-cancel-no-payments = No afecta a ningún pago.
pipeline-confirm-cancel = ¿Cancelar el acuerdo { $deal }? [s/N]
pipeline-cancelled = Acuerdo { $deal } cancelado; se ha avisado al creador.
pipeline-approved = Acuerdo { $deal }: borrador { $version } aprobado; el creador ha recibido la ventana de publicación.
pipeline-changes-requested = Acuerdo { $deal }: cambios pedidos en el borrador { $version } (ronda { $round } de { $rounds }); el creador ha recibido tus notas.
pipeline-post-verified = Acuerdo { $deal }: publicación verificada; el pago final está programado.
pipeline-post-refused = Acuerdo { $deal }: enlace rechazado; se ha pedido al creador uno corregido.
pipeline-no-drafts = El acuerdo { $deal } aún no tiene borradores.
pipeline-draft-version = Versión { $version } · { $when } · { $kind ->
        [photo] foto
        [video] vídeo
        [text] solo texto
       *[file] archivo
    }
pipeline-draft-file = Archivo: { $name } ({ $mime }, { $size } bytes, SHA-256 { $sha })
pipeline-draft-review = { $decision ->
        [approved] Aprobado
       *[changes] Cambios pedidos
    } { $when }: { $notes }
pipeline-draft-saved = Borrador { $version } del acuerdo { $deal } guardado en { $path }
pipeline-draft-exists = { $path } ya existe; no se ha sobrescrito nada. Bórralo o elige otra carpeta con --out.
pipeline-draft-no-version = El acuerdo { $deal } no tiene borrador { $version }; el más reciente es el { $versions }.
pipeline-draft-blob-missing = El archivo del borrador { $version } no está en el almacén de archivos ({ $path }). Ajusta blob_dir (LINKSTAR_BLOB_DIR) a la carpeta que usa `linkstar serve`.
pipeline-yes-words = s, sí, si, y, yes

console-database-ready = La base de datos está al día: { $url }
console-demo-reused = Usando la base de datos de demostración existente en { $url }
console-demo-seeded = Base de datos de demostración creada en { $url }: { $campaigns } campañas, { $creators } creadores, { $deals } colaboraciones. Entra como el operador «{ $operator }».
console-pipeline-total = { $deals ->
        [one] 1 colaboración
       *[other] { $deals } colaboraciones
    }, { $creators ->
        [one] 1 creador
       *[other] { $creators } creadores
    } en la cartera
console-audit-intact = Registro de auditoría intacto: { $events ->
        [one] 1 evento verificado
       *[other] { $events } eventos verificados
    }
console-audit-unlinked = Registro de auditoría DAÑADO en el evento { $event }: no enlaza con el evento anterior (se eliminó o modificó un evento).
console-audit-altered = Registro de auditoría DAÑADO en el evento { $event }: se modificó después de escribirse.
console-import-progress = Importados { $imported } creadores, rechazadas { $refused }…
console-row-refused = Línea { $line }: { $reason }
console-import-done = { $imported ->
        [one] 1 creador importado
       *[other] { $imported } creadores importados
    }; { $refused ->
        [one] 1 fila rechazada
       *[other] { $refused } filas rechazadas
    }.
console-exported = { $count ->
        [one] 1 creador exportado
       *[other] { $count } creadores exportados
    }.
console-offer-made = Oferta { $deal } enviada a { $creator } para { $campaign }.
console-telegram-link-hint = Configura telegram_bot_username en los ajustes para obtener un enlace t.me.
console-brand-created = Marca { $id } creada: { $name }
console-operator-created = Operador { $id } creado.
console-campaign-created = Campaña { $id } creada.
console-failed = Error: { $message }
console-serve-running = linkstar serve: { $bots } en marcha, con el envío de mensajes y el planificador de recordatorios. Detén con Ctrl-C.
console-serve-stopping = linkstar serve: se detendrá cuando se envíen los mensajes en curso. Pulsa Ctrl-C otra vez para detenerlo ya.
console-serve-stopped = linkstar serve: detenido.
console-serve-stopped-at-once = linkstar serve: detenido de inmediato. Los mensajes que se estaban enviando pueden llegar de nuevo.

## Discord: buttons pressed in a server and edited messages

discord-not-your-button = Estos botones pertenecen a la conversación de otra persona conmigo. Para tus propias colaboraciones, escríbeme por mensaje directo.
discord-edit-not-taken = Has editado un mensaje anterior. Solo acepto una edición cuando es la respuesta que estoy esperando, así que envíalo de nuevo como un mensaje nuevo.

## Command line: results and money (operators)

console-report-heading-open = { $campaign } (abierta) — importes en { $currency } a fecha de { $as_of }
console-report-heading-closed = { $campaign } (cerrada) — importes en { $currency } a fecha de { $as_of }
console-report-rates = Tipos de cambio: { $rates }
console-report-rates-none = Tipos de cambio: no hace falta ninguno
console-report-totals = colaboraciones { $deals } · comprometido { $committed } · pagado { $paid }
console-report-reach = alcance { $reach } · interacciones { $engagements } · tasa de interacción { $engagement_rate } · CPM { $cpm } · CPE { $cpe } · CPC { $cpc }
console-report-sales = clics { $clicks } · conversiones { $conversions } · ingresos { $revenue } · ROI { $roi }
console-report-delivery = borradores a tiempo { $on_time } · revisiones por colaboración { $revisions }
console-report-creators-note = (a la derecha de | : cada creador en todas las campañas — colaboraciones, borradores a tiempo, revisiones por colaboración, publicaciones retiradas antes de tiempo)
console-hours = { $hours } h
console-metrics-imported = { $imported ->
        [one] { $imported } registro de métricas importado
       *[other] { $imported } registros de métricas importados
    }; { $refused ->
        [one] { $refused } fila rechazada
       *[other] { $refused } filas rechazadas
    }.
console-metrics-recorded = Métricas registradas para la colaboración { $deal }.
console-metrics-fetch-failed = Colaboración { $deal }: { $reason }
console-metrics-fetched = { $fetched ->
        [one] { $fetched } publicación consultada
       *[other] { $fetched } publicaciones consultadas
    }; { $failed } con error.
console-payment-deal = colab. { $deal }
console-payment-due = vence el { $due }
console-payments-listed = { $count ->
        [one] { $count } pago
       *[other] { $count } pagos
    }
console-payment-paid = Pago { $payment } de { $amount } marcado como pagado ({ $reference }).
console-payments-now-due = { $count ->
        [one] { $count } pago pasa a estar pendiente.
       *[other] { $count } pagos pasan a estar pendientes.
    }
console-bonus-scheduled = Bonificación { $payment } programada para la colaboración { $deal }.
console-payout-file = { $path }: { $count ->
        [one] { $count } pago
       *[other] { $count } pagos
    }
console-fx-rate-set = 1 { $from } = { $rate } { $to } el { $date }
console-discount-code-set = Colaboración { $deal }: código de descuento { $code }
console-discount-code-removed = Colaboración { $deal }: código de descuento eliminado
console-attribution-exported = { $path }: { $count ->
        [one] { $count } colaboración
       *[other] { $count } colaboraciones
    }
console-commission-scheduled = Colaboración { $deal }: comisión de { $amount } programada
console-campaign-closed = { $campaign } cerrada: { $commissions ->
        [one] { $commissions } comisión programada
       *[other] { $commissions } comisiones programadas
    }, { $completed ->
        [one] { $completed } colaboración completada
       *[other] { $completed } colaboraciones completadas
    }.

## Palabras de la tabla del informe (cortas: encabezan columnas)

## Shell: creators search, campaigns edit, progress of long jobs (issue 16)
shell-pool-bad-filter = --{ $field } no acepta «{ $value }».
shell-pool-empty = Ningún creador coincide con estos filtros.
shell-pool-fit-for = Encaje con { $campaign }
shell-campaign-file-unreadable = No se puede leer { $file }: { $reason }
shell-campaign-file-kind = { $file }: un archivo de campaña termina en .toml o .json.
shell-campaign-file-invalid = { $file }: { $field }: { $reason }. No se ha cambiado nada.
shell-campaign-updated = Campaña «{ $name }» actualizada.
shell-progress = { $job }: { $done } hasta ahora…
shell-progress-of = { $job }: { $done } de { $total }
shell-progress-done = { $job }: terminado ({ $done }).
shell-job-import = Importando creadores
shell-job-export = Exportando creadores
shell-job-demo = Creando la demo
shell-job-backfill = Planificando recordatorios
shell-job-metrics = Obteniendo métricas
shell-job-payouts = Exportando pagos

report-campaign = Campaña
report-deal = colab.
report-creator = creador
report-stage = fase
report-committed = comprometido
report-paid = pagado
report-reach = alcance
report-engagement-rate = % interac.
report-cpm = CPM
report-cpc = CPC
report-revenue = ingresos
report-roi = ROI
report-on-time = a tiempo
report-deals = colab.
report-revisions = revis.
report-removals = retir.
report-brand-speed = Rapidez de la marca
report-this-campaign = esta campaña
report-all-campaigns = todas las campañas
report-reviews = revisiones
report-average-review = tiempo medio de revisión
report-within-review-sla = revisiones en plazo
report-payments-made = pagos realizados
report-average-delay = retraso medio de pago
report-paid-on-time = pagado a tiempo (72 h)
report-overdue-now = vencidos ahora

## First run, the active profile and `linkstar status` (operators). $path and $url are
## files and databases, $bot is "Telegram" or "Discord", $role and $action come as they are.

setup-missing-database = No hay ninguna base de datos en { $path }. Crea una con `linkstar setup init` (tu propia marca) o `linkstar demo` (datos de ejemplo), o indica otra con --db.
setup-unreadable-database = No se puede abrir la base de datos de { $path }: { $reason }. Comprueba que sea una base de datos de LinkStar y que puedas leerla y escribirla, o indica otra con --db.
setup-newer-schema = Esta base de datos la escribió una versión más reciente de LinkStar (esquema { $found }; esta versión conoce hasta { $known }). Instala el linkstar más reciente para usarla.
setup-unknown-campaign = No existe la campaña «{ $name }».
setup-unknown-creator = No hay ningún creador «{ $name }» en la cantera.
setup-unknown-operator = No hay ningún operador «{ $name }» en esta base de datos. Usa --operator con un nombre de usuario existente o añade uno con `linkstar setup operator`.
setup-did-you-mean = ¿Querías decir «{ $name }»?
setup-forbidden = Tu rol ({ $role }) no permite hacer esto ({ $action }). Pide a un administrador de tu marca que lo haga o que cambie tu rol.
setup-not-set-up = LinkStar aún no está configurado: { $url } no tiene marca ni operador.
setup-set-up-with = Para configurar tu propia marca (serás su administrador), ejecuta:
setup-or-try-the-demo = O explora primero con datos de ejemplo:
setup-ask-brand = Nombre de la marca
setup-ask-legal-name = Razón social (para los contratos)
setup-ask-currency = Moneda (código ISO, como EUR)
setup-ask-operator-name = Tu nombre
setup-ask-token = Token del bot de { $bot } (déjalo vacío para omitirlo)
setup-done = { $brand } está configurada contigo ({ $username }) como administrador, en { $url }. Esta base de datos ya está activa; `linkstar` abre el panel.
setup-tokens-saved = Tokens de los bots guardados en { $path }, legibles solo por ti.
setup-demo-active = La base de datos de demostración ya está activa: los comandos sin --db la usan, actuando como «{ $operator }». `linkstar setup init` configura tu propia marca y la activa en su lugar.
setup-demo-not-active = Tu propia base de datos sigue activa. Para trabajar con la demostración, añade --db { $url }.
status-database = Base de datos: { $url } (según { $source })
status-no-file = El archivo de la base de datos aún no existe.
status-operator = Operador: { $name } (según { $source })
status-brand = Marca: { $brand }, rol { $role }
status-language = Idioma: { $language } (según { $source })
status-bot-configured = Bot de { $bot }: configurado
status-bot-not-configured = Bot de { $bot }: sin configurar
source-flag = la línea de comandos
source-environment = la variable de entorno { $name }
source-file = el archivo de ajustes { $path }
source-profile = el perfil activo { $path }
source-os-user = tu nombre de usuario en este ordenador
source-default = el valor predeterminado
config-value = { $key } = { $value } (según { $source })
config-unset = { $key } no está definido

## Pagos (operadores)

payment-kind-deposit = anticipo
payment-kind-balance = saldo
payment-kind-commission = comisión
payment-kind-bonus = bonificación
payment-status-scheduled = programado
payment-status-due = pendiente
payment-status-paid = pagado
payment-status-cancelled = cancelado
## Demo in the present
console-demo-stale = La base de datos de demostración en { $url } se creó para el { $day }, así que sus plazos ya han pasado. Ejecuta `linkstar demo --reseed` para volver a crearla para hoy.
console-demo-reseed-ask = La base de datos de demostración en { $url } se creó para el { $day }. ¿Volver a crearla para hoy? Se sustituirá todo su contenido. [y/N]
console-demo-not-demo = La base de datos en { $url } contiene datos que no son de la demostración, así que la demostración no la toca. Indica un archivo nuevo con --db u omite --db para usar la base de datos propia de la demostración.
console-demo-reseed-file-only = Solo se puede volver a crear una demostración guardada en un archivo SQLite. Vacía { $url } tú mismo y vuelve a ejecutar `linkstar demo`.

## Operator dashboard (terminal)

# Panel de trabajo: negociación, publicaciones, cancelaciones, confirmaciones, motivos en formularios
dash-act-accept-counter = Aceptar la contraoferta
dash-act-counter-back = Responder con tu tarifa
dash-act-decline-counter = Rechazar la contraoferta
dash-act-verify-post = Verificar la publicación
dash-act-refuse-post = Rechazar el enlace de la publicación
dash-act-cancel-deal = Cancelar la colaboración
dash-negotiation = Negociación
dash-their-counter = Su contraoferta
dash-your-offer = Tu oferta
dash-round = Ronda
dash-answer-by = Responder antes de
dash-history = Historial
dash-hist-offer = oferta
dash-hist-counter = contraoferta
dash-hist-counter-back = tu respuesta
dash-hist-accepted = aceptada
dash-hist-declined = rechazada
dash-hist-counter-accepted = contraoferta aceptada
dash-hist-counter-declined = contraoferta rechazada
dash-hist-revised = oferta modificada
dash-post-link = Enlace de la publicación
dash-amount = Importe
dash-your-fee = Tu tarifa
dash-note-optional = Nota para el creador (opcional)
dash-reason-creator = Motivo (el creador lo leerá)
dash-cancel-payments = Qué pasa con los pagos
dash-pay-stays-paid = sigue pagado
dash-pay-already-cancelled = ya estaba anulado
dash-pay-voided = se anula
dash-no-payments = Aún no hay pagos.
dash-confirm-hint = y o Enter: hacerlo · n o Esc: volver
dash-discard-title = ¿Descartar lo que escribiste?
dash-discard-hint = y: descartar · n o Esc: seguir editando
dash-form-hint-editor = Tab campo siguiente · Ctrl-S guardar · Esc cancelar
dash-still-loading = Lo que seleccionaste aún se está cargando, así que no se hizo nada.
dash-nothing-selected = No hay nada seleccionado, así que no se hizo nada.
dash-not-now = No es posible en esta etapa de la colaboración.
dash-done-counter-accepted = Contraoferta aceptada. Se avisará al creador.
dash-done-counter-sent = Tu tarifa se envió al creador.
dash-done-counter-declined = Contraoferta rechazada. Tu oferta se mantiene.
dash-done-post-verified = Publicación verificada. El saldo queda programado.
dash-done-post-refused = Enlace rechazado. Se avisará al creador del motivo.
dash-done-deal-cancelled = Colaboración cancelada.
dash-why-amount = Escribe un importe con su moneda, como 450 EUR.
dash-why-currency = Usa la moneda de la oferta, { $currency }.
dash-why-date = Escribe una fecha como 2026-12-01.
dash-why-number = Escribe un número entero, como 2.
dash-why-percent = Escribe un porcentaje de 0,01 a 100.
dash-why-deposit = Escribe un anticipo de 0 a 100 por ciento.
dash-why-ends-before-start = Termina antes de empezar.
dash-why-window = La ventana de publicación debe abrirse después de la entrega del borrador y cerrarse después de abrirse.
dash-why-draft-due = El borrador debe entregarse después de la fecha de respuesta.
dash-why-countries = Códigos de país de dos letras separados por comas, como ES, MX.
dash-why-languages = Etiquetas de idioma separadas por comas, como es-ES, en-US.
dash-why-hours = De 1 a 8 horas distintas entre -720 y 720, separadas por comas, como 48, 24, -24.
dash-why-hour-range = De 1 a 720 horas.
dash-why-required = Este campo no puede estar vacío.
dash-why-positive = Debe ser mayor que cero.
dash-why-unknown = LinkStar no conoce este valor aquí.

dash-screen-deal = Colaboración
dash-needs-you = Te necesita ahora
dash-all-clear = Ahora mismo no hay nada pendiente para ti.
dash-all-campaigns = Todas las campañas
dash-closed-stages = Cerradas
dash-loading = Cargando…
dash-empty = No hay nada que mostrar.
dash-live = en directo
dash-help-title = Teclas
dash-palette-title = Comandos
dash-search = Búsqueda
dash-filters = Filtros
dash-any = cualquiera
dash-yes = sí
dash-no = no
dash-caption = Texto de la publicación
dash-checks = Comprobaciones automáticas
dash-checks-passed = Todas las comprobaciones automáticas están bien.
dash-file = Archivo
dash-text-only = Solo texto, sin archivo
dash-versions = Versiones y comentarios
dash-notes = Comentarios para el creador
dash-reference = Referencia del pago
dash-terms = Condiciones
dash-timeline = Historial
dash-conversation = Mensajes al creador
dash-brief = Plantilla del brief
dash-product = Producto
dash-markets = Mercados
dash-languages = Idiomas
dash-spend = Gasto por campaña
dash-events-per-day = Eventos por día, últimos 30 días
dash-outbox = Bandeja de salida
dash-delivery = Envío
dash-delivery-ok = Los mensajes están saliendo.
dash-delivery-behind = Hay mensajes esperando más de 5 minutos. ¿Está en marcha `linkstar serve`?
dash-delivery-idle = Todavía no se ha enviado ningún mensaje.
dash-editor-hint = Ctrl-S enviar · Esc cancelar
dash-form-hint = Tab siguiente campo · Intro guardar · Esc cancelar
dash-prompt-hint = Intro confirmar · Esc cancelar
dash-offer-title = Condiciones de la oferta
dash-campaign-new = Nueva campaña
dash-campaign-edit = Editar campaña
dash-saved = Guardado.
dash-approved = Borrador aprobado. Se avisará al creador.
dash-changes-sent = Cambios solicitados. Se avisará al creador.
dash-paid = Pago marcado como pagado.
dash-no-campaign = ninguna campaña elegida
dash-due = Pendientes
dash-overdue = Vencidos
dash-paid-tab = Pagados
dash-fit-for = Afinidad con
dash-publish-opens = Publicar desde
dash-publish-closes = Publicar hasta
dash-offer-commission = Comisión sobre ventas, % (vacío: ninguna)
dash-offer-ads-days = Uso en anuncios pagados, días (0: solo orgánico)
dash-name = Nombre
dash-starts = Inicio
dash-ends = Fin
dash-reminder-offsets = Recordatorios (horas antes; negativo = después)
dash-revision-hours = Plazo de revisión (horas)
dash-bad-value = Revisa este campo.
dash-refresh-failed = No se pudo actualizar; se volverá a intentar.
dash-actor-system = LinkStar (automático)
dash-actor-team = Equipo de la marca
dash-event-draft = Borrador subido
dash-event-payment-scheduled = Pago programado
dash-event-payment-paid = Pago realizado
dash-event-metrics = Métricas registradas
dash-event-chat-linked = Chat conectado
dash-event-other = Otro cambio
col-creator = Creador
col-campaign = Campaña
col-stage = Etapa
col-fee = Tarifa
col-due = Vence
col-updated = Actualizado
col-country = País
col-followers = Seguidores
col-engagement = Interacción
col-tier = Nivel
col-fit = Afinidad
col-handle = Cuenta
col-flags = Riesgos
col-status = Estado
col-amount = Importe
col-kind = Tipo
col-reference = Referencia
col-budget = Presupuesto
col-committed = Comprometido
col-paid = Pagado
col-delivered = Entregado
col-dates = Fechas
col-version = Versión
col-sla = Revisar antes de
col-message = Mensaje
col-recipient = Para
col-deals = Colaboraciones
col-views = Vistas
col-clicks = Clics
col-conversions = Ventas
col-revenue = Ingresos
col-when = Cuándo
col-who = Quién
col-what = Qué
col-pending = En espera
col-sent = Enviados
col-failed = Fallidos
col-unreachable = Inalcanzables
filter-platform = Plataforma
filter-language = Idioma
filter-category = Categoría
filter-min-followers = Seguidores desde
filter-max-followers = Seguidores hasta
filter-min-engagement = Interacción desde (%)
filter-exclude-risky = Ocultar creadores con riesgos
filter-pool-status = Estado en la cantera
filter-text = Nombre o cuenta
role-admin = administración
role-manager = gestión
role-reviewer = revisión
role-finance = finanzas
role-viewer = solo lectura
campaign-draft = en preparación
campaign-active = en curso
campaign-closed = cerrada
payment-deposit = anticipo
payment-balance = resto
payment-commission = comisión
payment-bonus = bonificación
payment-scheduled = programado
payment-due = pendiente
payment-paid = pagado
payment-cancelled = cancelado
action-quit = Salir
action-help = Ver las teclas
action-palette = Paleta de comandos
action-search = Buscar
action-next-view = Vista siguiente
action-prev-view = Vista anterior
action-up = Arriba
action-down = Abajo
action-left = Izquierda
action-right = Derecha
action-page-up = Página anterior
action-page-down = Página siguiente
action-open = Abrir
action-back = Volver
action-approve = Aprobar el borrador
action-request-changes = Pedir cambios
action-mark-paid = Marcar como pagado
action-select = Seleccionar o quitar
action-make-offer = Hacer ofertas a los seleccionados
action-campaign = Campaña siguiente
action-filters = Filtrar
action-new-campaign = Nueva campaña
action-edit-campaign = Editar la campaña
action-refresh = Actualizar
action-go = Ir a la vista
count-drafts-waiting = { $count ->
    [one] { $count } borrador esperando
   *[other] { $count } borradores esperando
}
count-reviews-overdue = { $count ->
    [one] { $count } revisión fuera de plazo
   *[other] { $count } revisiones fuera de plazo
}
count-counters = { $count ->
    [one] { $count } contraoferta
   *[other] { $count } contraofertas
}
count-payments-overdue = { $count ->
    [one] { $count } pago vencido
   *[other] { $count } pagos vencidos
}
count-selected = { $count ->
    [one] { $count } seleccionado
   *[other] { $count } seleccionados
}
count-offers-sent = { $count ->
    [one] { $count } oferta enviada.
   *[other] { $count } ofertas enviadas.
}
count-offers-refused = { $count ->
    [one] { $count } rechazada:
   *[other] { $count } rechazadas:
}

## Plazos: más recordatorios, avisos al equipo, tareas programadas y los comandos «reminders»

time-now = ahora
reminder-revision-due = Recordatorio: tu borrador revisado para { $campaign } vence el { $due } ({ $left }).
reminder-publish-opens = Buenas noticias: el periodo de publicación de { $campaign } se abre el { $due } ({ $left }). A partir de entonces puedes publicar tu contenido aprobado.
notice-payment-due = Pago del acuerdo #{ $deal } ({ $creator }): { $amount }, vence el { $due } ({ $left }).
notice-draft-overdue = Acuerdo #{ $deal }: { $creator } no ha enviado el borrador que vencía el { $due } ({ $left }).
notice-post-overdue = Acuerdo #{ $deal }: { $creator } no ha publicado el contenido; el periodo de publicación se cerró el { $due } ({ $left }).
notice-review-overdue = El borrador de { $creator } para el acuerdo #{ $deal } lleva esperando más que el plazo de revisión de { $hours } horas. Revisadlo, por favor.
deadline-respond_by = respuesta a la oferta
deadline-draft_due = entrega del borrador
deadline-revision_due = entrega del borrador revisado
deadline-publish_opens = apertura del periodo de publicación
deadline-publish_by = publicar antes de
deadline-payment_due = vencimiento del pago
scheduled-remind = Recordatorio: { $deadline }
scheduled-remind-payment = Recordatorio de pago al equipo
scheduled-expire = La oferta caduca
scheduled-auto-approve = Aprobación automática
scheduled-review-overdue = Aviso al equipo: revisión vencida
scheduled-overdue = Marcar como vencido: { $deadline }
cli-reminders-planned = { $deals ->
        [one] { $deals } acuerdo sin recordatorios revisado
       *[other] { $deals } acuerdos sin recordatorios revisados
    }; { $rows ->
        [one] { $rows } recordatorio programado.
       *[other] { $rows } recordatorios programados.
    }
cli-reminders-listed = { $count ->
        [one] { $count } recordatorio pendiente.
       *[other] { $count } recordatorios pendientes.
    }
cli-reminders-deal = Acuerdo { $deal }
dash-reminders = Recordatorios
dash-event-overdue = Plazo incumplido
dash-event-reminder = Recordatorio enviado
count-deals-overdue = { $count ->
    [one] { $count } acuerdo vencido
   *[other] { $count } acuerdos vencidos
}
