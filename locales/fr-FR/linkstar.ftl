# LinkStar — Français (France). Les montants, dates et grands nombres arrivent déjà mis en
# forme pour le lecteur.

## Notifications aux créateurs

notice-invite =
    Vous êtes invité(e) à { $campaign } ! Faites la promotion de { $product } pour une rémunération de { $fee }.
    Merci de répondre avant le { $respond_by }.
notice-offer-revised =
    L’offre pour { $campaign } a été modifiée : { $changed }. La rémunération est désormais de { $fee }.
    Merci de la relire et de l’accepter à nouveau avant le { $respond_by }.
notice-contract-confirmed =
    C’est confirmé pour { $campaign } : votre acceptation est enregistrée et les conditions sont définitives. Votre premier brouillon est attendu pour le { $draft_due }.
    Référence des conditions : { $terms_hash }
notice-changes-requested =
    La marque demande des modifications sur votre brouillon pour { $campaign } (révision { $round } sur { $rounds }) :
    { $notes }
notice-draft-approved = Bonne nouvelle : votre brouillon pour { $campaign } est validé ! Merci de publier entre le { $publish_opens } et le { $publish_closes }, sans oublier la mention de partenariat.
notice-draft-approved-tracking = Utilisez votre lien de suivi dans la publication : { $link }
notice-draft-approved-discount = Votre code promo pour votre communauté : { $code }
notice-post-verified = Votre publication pour { $campaign } est vérifiée. Merci beaucoup !
notice-payment-scheduled = Un paiement de { $amount } est prévu le { $due }.
notice-payment-paid = Nous vous avons versé { $amount }. Référence du paiement : { $reference }
notice-deal-cancelled = La marque a annulé la collaboration pour { $campaign }. Désolés pour ce changement de programme.
notice-invite-expired = L’offre pour { $campaign } a expiré, faute de réponse dans les délais.

## Notifications à l’équipe

notice-counter-received = { $creator } propose une rémunération de { $fee } pour le deal n° { $deal }.
notice-offer-declined = { $creator } a décliné l’offre pour le deal n° { $deal }.
notice-draft-submitted = { $creator } a envoyé la version { $version } du brouillon pour le deal n° { $deal }. Elle attend votre relecture.
notice-post-submitted = { $creator } a envoyé la publication en ligne pour le deal n° { $deal } : { $url }
notice-draft-auto-approved = Le brouillon de { $creator } pour le contrat n° { $deal } a été approuvé automatiquement : il a attendu plus longtemps que le délai de relecture de { $hours } heures.
notice-creator-unreachable = { $creator } n’est plus joignable sur { $platform } : le bot a été bloqué ou les messages ont été fermés. Ses messages attendent jusqu’à ce qu’il ou elle écrive à nouveau.

## Le récapitulatif quotidien de l’équipe

digest-title = Récapitulatif du { $day }
digest-quiet = Rien ne demande votre attention aujourd’hui.
digest-reviews-late = { $count ->
    [one] Un brouillon attend au-delà du délai de relecture :
   *[other] { $n } brouillons attendent au-delà du délai de relecture :
}
digest-counters = { $count ->
    [one] Une contre-proposition attend votre réponse :
   *[other] { $n } contre-propositions attendent votre réponse :
}
digest-payments-overdue = { $count ->
    [one] Un paiement est en retard :
   *[other] { $n } paiements sont en retard :
}
digest-unreachable = { $count ->
    [one] Un créateur est injoignable :
   *[other] { $n } créateurs sont injoignables :
}
digest-deadlines-overdue = { $count ->
    [one] Une collaboration a dépassé son échéance de brouillon ou de publication :
   *[other] { $n } collaborations ont dépassé leur échéance de brouillon ou de publication :
}
digest-due-today = { $count ->
    [one] Une échéance tombe aujourd’hui :
   *[other] { $n } échéances tombent aujourd’hui :
}
digest-more = { $count ->
    [one] …et une autre
   *[other] …et { $n } autres
}
digest-item-review = #{ $deal } { $creator } : relecture attendue le { $due }
digest-item-counter = #{ $deal } { $creator } : propose { $fee } (depuis le { $since })
digest-item-payment = #{ $deal } { $creator } : { $amount }, échéance le { $due }
digest-item-unreachable = { $creator } (sur { $platform })
digest-item-respond-by = #{ $deal } { $creator } : réponse à l’offre attendue le { $due }
digest-item-draft = #{ $deal } { $creator } : brouillon attendu le { $due }
digest-item-post = #{ $deal } { $creator } : publication attendue le { $due }

## Conditions pouvant changer dans une offre modifiée

term-deliverables = livrables
term-fee = rémunération
term-payment_model = mode de rémunération
term-deposit_pct = acompte
term-usage_rights = droits d’utilisation
term-exclusivity_days = exclusivité
term-respond_by = date limite de réponse
term-draft_due = date de remise du brouillon
term-publish_window = période de publication
term-revision_rounds = nombre de révisions
term-review_sla_hours = délai de relecture de la marque
term-min_live_days = durée de mise en ligne
term-other = autres conditions

## Erreurs, par code stable

error-review-note-time = Un horodatage des notes ne correspond à aucun moment de la vidéo, ou n’est suivi d’aucune remarque. Écrivez les temps en m:ss ou h:mm:ss suivis de la modification, par exemple « 0:12 montrer l’étiquette ».
error-illegal-transition = Ce n’est pas possible à ce stade du deal.
error-revision-rounds-exhausted = Toutes les révisions incluses ont été utilisées.
error-payment-before-verification = Ce paiement n’est possible qu’une fois la publication vérifiée.
error-payments-open = Des paiements sont encore en attente pour ce deal.
error-terms-changed = Les conditions ont changé depuis votre lecture. Merci de relire la nouvelle offre et de l’accepter à nouveau.
error-invalid-value = Quelque chose ne semble pas correct. Merci de vérifier et de réessayer.
error-brief-template-invalid = Le modèle de brief contient une erreur. Merci de vérifier ses champs variables.
error-post-link-not-a-url = Cela ne ressemble pas à un lien. Merci d’envoyer l’adresse complète de votre publication.
error-post-link-wrong-platform = Ce lien renvoie vers une autre plateforme que celle prévue dans votre deal.
error-post-link-wrong-account = Cette publication provient d’un autre compte. Merci d’envoyer le lien de la publication sur votre propre compte.
error-post-link-already-used = Ce lien de publication a déjà été envoyé pour un autre deal.
error-post-link-short = C’est un lien court, qui ne montre pas à qui est la publication. Ouvrez votre publication dans l’appli, appuyez sur Partager → Copier le lien et envoyez-moi ce lien complet (il ressemble à https://www.tiktok.com/@votrenom/video/…).
error-not-found = Introuvable. L’élément a peut-être été supprimé.
error-not-your-deal = Ce deal appartient à quelqu’un d’autre.
error-token-unknown = Ce lien d’invitation n’est pas valide. Vérifiez que vous l’avez copié en entier.
error-token-used = Ce lien d’invitation a déjà été utilisé. Si ce n’était pas vous, contactez la marque.
error-token-expired = Ce lien d’invitation a expiré. Demandez-en un nouveau à la marque.
error-forbidden = Vous n’avez pas l’autorisation de faire cela.
error-duplicate = Cela existe déjà.
error-storage = Un problème est survenu de notre côté. Merci de réessayer dans un instant.
error-unknown = Désolés, un problème est survenu. Merci de réessayer.

## Vérifications automatiques des brouillons

check-missing-disclosure = Votre légende n’indique pas le partenariat : ajoutez { $accepted } avant de publier.
check-missing-hashtag = Il manque le hashtag { $tag } dans votre légende.
check-missing-mention = Votre légende ne mentionne pas encore { $handle }.
check-forbidden-claim = Votre légende contient une affirmation que la marque ne peut pas faire : « { $claim } ». Merci de la retirer.
check-caption-too-long = Votre légende compte { $chars } caractères ; la limite est de { $max }.
check-file-empty = Le fichier est arrivé vide. Merci de le renvoyer.
check-file-too-large = Ce fichier dépasse la limite de { $max }. Envoyez un fichier plus petit, par exemple un export plus court ou en plus basse résolution.
check-file-mib = { $size } Mio
check-file-type = Ce type de fichier n’est pas accepté. Merci d’envoyer { $allowed }.
check-file-kind-video = des vidéos
check-file-kind-image = des images
check-file-kind-audio = des fichiers audio
check-file-kind-pdf = des fichiers PDF
check-file-kind-other = des fichiers { $kind }

## Étapes d’un deal

## Review pane: draft file, picture, save and open (issue 15)

action-view-file = Afficher l’image
action-save-file = Enregistrer le fichier dans un dossier
action-open-file = Ouvrir avec la visionneuse du système
dash-this-version = Cette version
dash-earlier-versions = Versions précédentes et leurs remarques
dash-first-version = C’est la première version.
dash-file-type = Format
dash-file-size = Taille
dash-file-picture = Image
dash-save-to = Enregistrer le fichier dans ce dossier
dash-file-saved = Enregistré sous
dash-file-opened = Ouvert avec la visionneuse du système.
dash-file-missing = Le fichier n’est pas dans le stockage des fichiers : il n’est jamais arrivé ici ou a été supprimé.
dash-file-unreadable = Impossible de lire ou d’écrire le fichier :
dash-open-remote = L’ouverture demande que le tableau de bord tourne sur cet ordinateur ; via SSH, enregistrez plutôt le fichier.
dash-open-failed = Impossible de lancer la visionneuse du système (xdg-open ou open).
dash-not-a-picture = Seules les images s’affichent ici ; enregistrez ou ouvrez plutôt ce fichier.
dash-no-file = Ce brouillon n’est que du texte : il n’y a pas de fichier.
dash-notes-video-hint = une remarque par ligne, avec le moment de la vidéo : 0:12 montrer l’étiquette

stage-offered = Proposé
stage-negotiating = En négociation
stage-contracted = Contractualisé
stage-in_review = En relecture
stage-changes_requested = Modifications demandées
stage-approved = Validé
stage-published = Publié
stage-verified = Vérifié
stage-completed = Terminé
stage-removed = Retiré trop tôt
stage-declined = Décliné
stage-expired = Expiré
stage-cancelled = Annulé

## Rappels

time-left-days =
    { $days ->
        [one] { $days } jour restant
       *[other] { $days } jours restants
    }
time-left-hours =
    { $hours ->
        [one] { $hours } heure restante
       *[other] { $hours } heures restantes
    }
time-left-overdue = en retard
reminder-respond-by = Rappel : merci de répondre à l’offre pour { $campaign } avant le { $due } ({ $left }).
reminder-draft-due = Rappel : votre brouillon pour { $campaign } est attendu pour le { $due } ({ $left }).
reminder-publish-by = Rappel : merci de publier votre contenu pour { $campaign } avant le { $due } ({ $left }).

## Négociation : la réponse de la marque à une contre-proposition, ses rappels et son expiration

# Réponses de la marque (issue 15) : contre-offre refusée, note de contre-proposition, publication refusée, notes horodatées
notice-counter-declined = La marque ne peut pas retenir la rémunération que vous avez proposée pour { $campaign }. Son offre de { $fee } reste valable : vous pouvez l’accepter, la refuser ou proposer une autre rémunération avant le { $due }.
notice-brand-note = Message de la marque : { $note }
notice-post-refused =
    La marque n’a pas pu accepter le lien envoyé pour { $campaign } ({ $url }) : { $reason }
    Merci de corriger cela et de renvoyer le lien de votre publication.
notice-review-note-at = • { $at } — { $text }
notice-review-note = • { $text }

notice-counter-pending = Deal n° { $deal } : { $creator } attend votre réponse au tarif proposé de { $fee }. Acceptez-le ou révisez l’offre avant le { $due } ({ $left }), sinon l’offre expire.
notice-counter-expired = Deal n° { $deal } : personne n’a répondu à temps au tarif de { $fee } proposé par { $creator } ; l’offre a donc expiré.
notice-negotiation-expired = La marque n’a pas répondu à temps au tarif de { $fee } que tu as proposé pour { $campaign } ; l’offre a donc expiré.
deadline-counter_answer = réponse à la contre-proposition
scheduled-remind-counter = Rappel à l’équipe : répondre à la contre-proposition
bot-status-counter = Prochaine étape : la marque étudie ton tarif proposé de { $fee } jusqu’au { $due } ({ $left })

## Boutons, commandes et écrans

button-accept = Accepter
button-decline = Décliner
button-propose-fee = Proposer une rémunération
button-read-brief = Lire le brief complet
command-link = Relier cette discussion à votre invitation LinkStar
command-status = Vos deals, échéances et paiements
command-help = Que faire ensuite
command-language = Changer de langue
command-draft = Envoyer un brouillon à valider
command-post = Envoyer le lien de ta publication
option-token = Le code de ton invitation
option-file = Ton brouillon : une vidéo, une photo ou un document
option-caption = La légende que tu publieras avec
option-url = Le lien de ta publication
field-fee = Ton tarif, par exemple 600 EUR
discord-name-link = lier
discord-name-deals = partenariats
discord-name-draft = brouillon
discord-name-post = publication
discord-name-language = langue
discord-name-help = aide
discord-name-token = code
discord-name-file = fichier
discord-name-caption = légende
discord-name-url = lien
screen-pipeline = Suivi des deals
screen-campaigns = Campagnes
screen-creators = Créateurs
screen-review = À relire
screen-payments = Paiements
screen-reports = Rapports
screen-activity = Activité

## Le bot Telegram hors de la conversation privée d'un créateur

bot-private-chat-only = Je fonctionne uniquement en conversation privée. Écris-moi directement, en tête-à-tête.
bot-not-your-button = Ce bouton ne t'est pas destiné : rien n'a été modifié.

## Langues, chacune dans ses propres mots (identiques dans chaque fichier)

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
language-changed = C’est fait ! Langue choisie : { $language }. Je vous écrirai désormais dans cette langue.

## L’assistant des créateurs dans le chat

bot-welcome =
    { $platform ->
        [discord] Bonjour ! Je suis l’assistant de vos collaborations avec les marques. Pour commencer, envoyez { $link } avec le code de l’invitation que la marque vous a envoyée.
       *[other] Bonjour ! Je suis l’assistant de vos collaborations avec les marques. Pour commencer, ouvrez le lien d’invitation que la marque vous a envoyé.
    }
bot-not-linked =
    { $platform ->
        [discord] Ce chat n’est encore relié à aucune invitation. Envoyez { $link } avec le code de l’invitation que la marque vous a envoyée.
       *[other] Ce chat n’est encore relié à aucune invitation. Ouvrez le lien d’invitation que la marque vous a envoyé.
    }
bot-linked = Bienvenue, { $name } ! Ce chat est maintenant relié. Votre offre pour { $campaign } arrive dans un instant.
bot-unknown-command = Je ne connais pas cette commande. Envoyez { $help } pour voir ce que je sais faire.
bot-nothing-expected = Je n’attends rien de votre part pour le moment. Envoyez { $status } pour voir vos collaborations.
bot-button-stale = Ce bouton n’est plus valable. Envoyez { $status } pour voir où en sont les choses.
bot-ask-fee = Quelle rémunération souhaitez-vous proposer pour { $campaign } ? Envoyez le montant en { $currency }, par exemple { $example }. Pour garder l’offre telle quelle, appuyez sur Annuler.
bot-fee-invalid = Je n’ai pas pu lire ce montant. Envoyez seulement le nombre, par exemple { $example }. Ou appuyez sur Annuler.
bot-counter-sent = Merci ! J’ai transmis votre proposition de { $fee } à la marque. Je vous préviens dès qu’elle répond.
bot-accepted = Vous avez accepté l’offre pour { $campaign }.
bot-declined = Vous avez décliné l’offre pour { $campaign }. Merci de nous avoir prévenus !
bot-brief = Brief de { $campaign } :
bot-expect-file =
    { $platform ->
        [discord] Envoyez votre brouillon pour { $campaign } avec { $draft } : joignez le fichier et ajoutez votre légende.
       *[other] Envoyez votre brouillon pour { $campaign } sous forme de fichier, photo ou vidéo, avec la légende dans le même message.
    }
bot-which-deal = Pour quelle collaboration est ce brouillon ?
bot-draft-received = Bien reçu ! La version { $version } de votre brouillon pour { $campaign } est maintenant en relecture chez la marque.
bot-checks-passed = Vérifications automatiques : votre légende contient tout ce qu’il faut.
bot-checks-found = Les vérifications automatiques ont trouvé des points à corriger avant de publier :
bot-post-received = Merci ! Votre publication pour { $campaign } est enregistrée. La marque va la vérifier rapidement.
bot-language-choose = Choisissez votre langue :
bot-status-empty = Vous n’avez pas encore de collaboration.
bot-status-title = Vos collaborations :
bot-status-deal = { $campaign } : { $stage }
bot-status-deadline = Prochaine étape : { $deadline }, { $due } ({ $left })
bot-status-payment-open = Paiement : { $amount }, dû le { $due }
bot-status-payment-paid = Paiement : { $amount }, payé
bot-help-not-linked =
    { $platform ->
        [discord] Envoyez { $link } avec le code de l’invitation de la marque pour relier ce chat. Je vous montrerai ensuite votre offre ici.
       *[other] Ouvrez le lien d’invitation de la marque pour relier ce chat. Je vous montrerai ensuite votre offre ici.
    }
bot-help-offered = Lisez l’offre pour { $campaign } et le brief, puis répondez avec les boutons sous l’offre.
bot-help-negotiating = La marque étudie la rémunération que vous avez proposée pour { $campaign }. Je vous préviens dès qu’elle répond.
bot-help-contracted =
    { $platform ->
        [discord] Envoyez votre brouillon pour { $campaign } avec { $draft } : une vidéo, une photo ou un document, avec la légende.
       *[other] Envoyez ici votre brouillon pour { $campaign } : une vidéo, une photo ou un document, avec la légende dans le même message.
    }
bot-help-in-review = La marque relit votre brouillon pour { $campaign }. Je vous transmettrai sa réponse ici.
bot-help-changes =
    { $platform ->
        [discord] La marque demande des modifications pour { $campaign }. Envoyez la nouvelle version de votre brouillon avec { $draft }.
       *[other] La marque demande des modifications pour { $campaign }. Envoyez ici la nouvelle version de votre brouillon.
    }
bot-help-approved = Publiez votre post pour { $campaign } pendant la période de publication, puis envoyez-moi son lien.
bot-help-published = La marque vérifie votre publication pour { $campaign }.
bot-help-done = Rien à faire pour l’instant. Je vous écrirai quand on aura besoin de vous.
bot-help-commands = Commandes :
bot-expect-answer = Votre offre pour { $campaign } attend votre réponse : acceptez-la, refusez-la ou proposez une autre rémunération avec les boutons ci-dessous.
bot-already-linked = Vous êtes déjà connecté : ce chat est relié à votre invitation pour { $campaign }, il n’y a plus rien à faire avec ce lien.
bot-already-accepted = Vous avez déjà accepté l’offre pour { $campaign } le { $date }.
bot-deal-unavailable = Cette collaboration n’est pas disponible dans ce chat. Envoyez { $status } pour voir les vôtres.
bot-fee-wrong-currency = La rémunération doit être en { $currency }, la devise de la collaboration, et non en { $found }. Envoyez le montant en { $currency }, par exemple { $example }, ou appuyez sur Annuler.
bot-fee-cancelled = D’accord, aucune nouvelle rémunération proposée. L’offre pour { $campaign } reste telle quelle : répondez avec les boutons ci-dessous.
bot-nothing-to-cancel = Il n’y a rien à annuler pour le moment.
bot-post-early = La période de publication de { $campaign } ne commence que le { $opens }. Votre publication est-elle déjà en ligne ? Appuyez sur « Oui, elle est en ligne » pour envoyer le lien à la marque, ou sur Annuler.
bot-post-early-cancelled = D’accord, je n’ai pas enregistré le lien. Renvoyez-le quand votre publication sera en ligne, à partir du { $opens }.
bot-post-link-expected = J’attends le lien de votre publication pour { $campaign }. Envoyez le lien complet depuis Partager → Copier le lien dans l’appli, par exemple https://www.tiktok.com/@votrenom/video/…
bot-button-cancel = Annuler
bot-button-post-live = Oui, elle est en ligne
bot-format-video = vidéo
bot-format-image = post photo
bot-format-story = story
bot-format-live = live
bot-payment-fixed = rémunération fixe, { $deposit } % à la signature
bot-payment-cps = { $rate } % de commission sur les ventes
bot-payment-hybrid = rémunération fixe plus { $rate } % de commission sur les ventes, { $deposit } % de la rémunération à la signature
bot-rights-organic = votre propre publication uniquement
bot-rights-paid-ads =
    { $days ->
        [one] la marque peut diffuser votre publication en publicité pendant { $days } jour
       *[other] la marque peut diffuser votre publication en publicité pendant { $days } jours
    }
bot-rights-perpetual = utilisation illimitée par la marque
bot-card =
    { $campaign } · { $product }
    Livrables : { $deliverables }
    Rémunération : { $fee } ({ $payment })
    Droits d’utilisation : { $rights }
    Exclusivité : { $exclusivity_days ->
        [one] { $exclusivity_days } jour
       *[other] { $exclusivity_days } jours
    }
    Brouillon attendu le : { $draft_due }
    Publication entre le { $publish_opens } et le { $publish_closes }
    Séries de révisions incluses : { $rounds }
## Command line (operators)

pipeline-col-deliverables = Livrables
pipeline-col-warnings = Alertes
pipeline-warn-risk = signaux de risque : { $flags }
pipeline-warn-market = hors des marchés de la campagne ({ $country })
pipeline-warn-budget = au-delà du budget restant ({ $left } restants)
pipeline-dry-run = Simulation : { $count ->
        [one] 1 offre partirait
       *[other] { $count } offres partiraient
    }, { $total } au total. Rien n'a été envoyé.
pipeline-confirm-offers = Envoyer { $count ->
        [one] 1 offre
       *[other] { $count } offres
    } pour { $campaign }, { $total } au total ? [o/N]
pipeline-needs-yes = Rien n'a changé : pas de terminal, donc personne pour confirmer. Vérifiez d'abord (offers send a --dry-run), puis ajoutez { $flag } pour continuer.
pipeline-nothing-changed = Rien n'a changé.
pipeline-offers-sent = { $sent ->
        [one] 1 offre envoyée
       *[other] { $sent } offres envoyées
    }, { $refused } refusées.
pipeline-offer-refused = { $creator } : non envoyée : { $reason }
pipeline-no-rate = { $creator } n'a pas de tarif pour { $format } : indiquez --fee "MONTANT DEVISE".
pipeline-no-recipients = Aucun créateur destinataire : indiquez-les avec --creator, --csv ou --search.
pipeline-bad-search = « { $term } » n'est pas un critère de recherche. Utilisez platform:, country:, language:, category:, audience:, tier:, min-followers:, max-followers:, min-engagement:, status:, no-risk ou des mots libres pour le nom ou l'identifiant.
pipeline-counter-accepted = Accord { $deal } : contre-proposition de { $creator } à { $fee } acceptée ; confirmation dans son chat.
pipeline-countered-back = Accord { $deal } : vous avez proposé { $fee } ; { $creator } répond avant le { $due }.
pipeline-counter-declined = Accord { $deal } : contre-proposition refusée ; l'offre de { $fee } reste valable.
pipeline-cancel-heading = Annulation de l'accord { $deal } ({ $creator }, { $campaign }) :
pipeline-cancel-payment = { $kind } { $amount } : { $fate ->
        [paid] reste payé
        [cancelled] était déjà annulé
       *[voided] est annulé
    }
pipeline-cancel-no-payments = Aucun paiement n'est concerné.
pipeline-confirm-cancel = Annuler l'accord { $deal } ? [o/N]
pipeline-cancelled = Accord { $deal } annulé ; le créateur a été prévenu.
pipeline-approved = Accord { $deal } : brouillon { $version } approuvé ; le créateur a reçu la période de publication.
pipeline-changes-requested = Accord { $deal } : modifications demandées sur le brouillon { $version } (tour { $round } sur { $rounds }) ; le créateur a reçu vos notes.
pipeline-post-verified = Accord { $deal } : publication vérifiée ; le solde est planifié.
pipeline-post-refused = Accord { $deal } : lien refusé ; le créateur doit en envoyer un corrigé.
pipeline-no-drafts = L'accord { $deal } n'a pas encore de brouillon.
pipeline-draft-version = Version { $version } · { $when } · { $kind ->
        [photo] photo
        [video] vidéo
        [text] texte seul
       *[file] fichier
    }
pipeline-draft-file = Fichier : { $name } ({ $mime }, { $size } octets, SHA-256 { $sha })
pipeline-draft-review = { $decision ->
        [approved] Approuvé
       *[changes] Modifications demandées
    } { $when } : { $notes }
pipeline-draft-saved = Brouillon { $version } de l'accord { $deal } enregistré dans { $path }
pipeline-draft-exists = { $path } existe déjà ; rien n'a été écrasé. Supprimez-le ou choisissez un autre dossier avec --out.
pipeline-draft-no-version = L'accord { $deal } n'a pas de brouillon { $version } ; le plus récent est le { $versions }.
pipeline-draft-blob-missing = Le fichier du brouillon { $version } n'est pas dans le stockage de fichiers ({ $path }). Réglez blob_dir (LINKSTAR_BLOB_DIR) sur le dossier qu'utilise `linkstar serve`.
pipeline-yes-words = o, oui, y, yes

console-database-ready = La base de données est à jour : { $url }
console-demo-reused = Utilisation de la base de démonstration existante : { $url }
console-demo-seeded = Base de démonstration créée dans { $url } : { $campaigns } campagnes, { $creators } créateurs, { $deals } collaborations. Connectez-vous en tant qu’opérateur « { $operator } ».
console-pipeline-total = { $deals ->
        [one] { $deals } collaboration
       *[other] { $deals } collaborations
    }, { $creators ->
        [one] { $creators } créateur
       *[other] { $creators } créateurs
    } dans le vivier
console-audit-intact = Journal d’audit intact : { $events ->
        [one] { $events } événement vérifié
       *[other] { $events } événements vérifiés
    }
console-audit-unlinked = Journal d’audit ENDOMMAGÉ à l’événement { $event } : il ne suit pas l’événement précédent (un événement a été supprimé ou modifié).
console-audit-altered = Journal d’audit ENDOMMAGÉ à l’événement { $event } : il a été modifié après son écriture.
console-import-progress = { $imported } créateurs importés, { $refused } refusés…
console-row-refused = Ligne { $line } : { $reason }
console-import-done = { $imported ->
        [one] { $imported } créateur importé
       *[other] { $imported } créateurs importés
    } ; { $refused ->
        [one] { $refused } ligne refusée
       *[other] { $refused } lignes refusées
    }.
console-exported = { $count ->
        [one] { $count } créateur exporté
       *[other] { $count } créateurs exportés
    }.
console-offer-made = Offre { $deal } envoyée à { $creator } pour { $campaign }.
console-telegram-link-hint = Renseignez telegram_bot_username dans les réglages pour obtenir un lien t.me.
console-brand-created = Marque { $id } créée : { $name }
console-operator-created = Opérateur { $id } créé.
console-campaign-created = Campagne { $id } créée.
console-failed = Erreur : { $message }
console-serve-running = linkstar serve : { $bots } en marche, avec l’envoi des messages et le planificateur de rappels. Arrêt avec Ctrl-C.
console-serve-stopping = linkstar serve : arrêt dès que les messages en cours sont envoyés. Appuyez de nouveau sur Ctrl-C pour arrêter immédiatement.
console-serve-stopped = linkstar serve : arrêté.
console-serve-stopped-at-once = linkstar serve : arrêté immédiatement. Les messages en cours d’envoi peuvent arriver une seconde fois.

## Discord: buttons pressed in a server and edited messages

discord-not-your-button = Ces boutons appartiennent à la conversation d’une autre personne avec moi. Pour vos propres collaborations, écrivez-moi en message privé.
discord-edit-not-taken = Vous avez modifié un message précédent. Je ne prends en compte une modification que si c’est la réponse que j’attends : renvoyez-le plutôt comme un nouveau message.

## Command line: results and money (operators)

console-report-heading-open = { $campaign } (en cours) — montants en { $currency } au { $as_of }
console-report-heading-closed = { $campaign } (clôturée) — montants en { $currency } au { $as_of }
console-report-rates = Taux de change : { $rates }
console-report-rates-none = Taux de change : aucune conversion nécessaire
console-report-totals = collaborations { $deals } · engagé { $committed } · payé { $paid }
console-report-reach = portée { $reach } · interactions { $engagements } · taux d’engagement { $engagement_rate } · CPM { $cpm } · CPE { $cpe } · CPC { $cpc }
console-report-sales = clics { $clicks } · conversions { $conversions } · chiffre d’affaires { $revenue } · ROI { $roi }
console-report-delivery = brouillons à l’heure { $on_time } · révisions par collaboration { $revisions }
console-report-creators-note = (à droite de | : chaque créateur sur toutes les campagnes — collaborations, brouillons à l’heure, révisions par collaboration, publications retirées trop tôt)
console-hours = { $hours } h
console-metrics-imported = { $imported ->
        [one] { $imported } relevé importé
       *[other] { $imported } relevés importés
    } ; { $refused ->
        [one] { $refused } ligne refusée
       *[other] { $refused } lignes refusées
    }.
console-metrics-recorded = Statistiques enregistrées pour la collaboration { $deal }.
console-metrics-fetch-failed = Collaboration { $deal } : { $reason }
console-metrics-fetched = { $fetched ->
        [one] { $fetched } publication récupérée
       *[other] { $fetched } publications récupérées
    } ; { $failed ->
        [one] { $failed } échec
       *[other] { $failed } échecs
    }.
console-payment-deal = collab. { $deal }
console-payment-due = échéance { $due }
console-payments-listed = { $count ->
        [one] { $count } paiement
       *[other] { $count } paiements
    }
console-payment-paid = Paiement { $payment } de { $amount } marqué comme payé ({ $reference }).
console-payments-now-due = { $count ->
        [one] { $count } paiement est désormais exigible.
       *[other] { $count } paiements sont désormais exigibles.
    }
console-bonus-scheduled = Prime { $payment } programmée pour la collaboration { $deal }.
console-payout-file = { $path } : { $count ->
        [one] { $count } paiement
       *[other] { $count } paiements
    }
console-fx-rate-set = 1 { $from } = { $rate } { $to } au { $date }
console-discount-code-set = Collaboration { $deal } : code promo { $code }
console-discount-code-removed = Collaboration { $deal } : code promo supprimé
console-attribution-exported = { $path } : { $count ->
        [one] { $count } collaboration
       *[other] { $count } collaborations
    }
console-commission-scheduled = Collaboration { $deal } : commission de { $amount } programmée
console-campaign-closed = { $campaign } clôturée : { $commissions ->
        [one] { $commissions } commission programmée
       *[other] { $commissions } commissions programmées
    }, { $completed ->
        [one] { $completed } collaboration terminée
       *[other] { $completed } collaborations terminées
    }.

## Mots du tableau du rapport (courts : ils titrent des colonnes)

## Shell: creators search, campaigns edit, progress of long jobs (issue 16)
shell-pool-bad-filter = --{ $field } n’accepte pas « { $value } ».
shell-pool-empty = Aucun créateur ne correspond à ces filtres.
shell-pool-fit-for = Adéquation avec { $campaign }
shell-campaign-file-unreadable = Impossible de lire { $file } : { $reason }
shell-campaign-file-kind = { $file } : un fichier de campagne se termine par .toml ou .json.
shell-campaign-file-invalid = { $file } : { $field } : { $reason }. Rien n’a été modifié.
shell-campaign-updated = Campagne « { $name } » mise à jour.
shell-progress = { $job } : { $done } pour l’instant…
shell-progress-of = { $job } : { $done } sur { $total }
shell-progress-done = { $job } : terminé ({ $done }).
shell-job-import = Import des créateurs
shell-job-export = Export des créateurs
shell-job-demo = Création de la démo
shell-job-backfill = Planification des rappels
shell-job-metrics = Récupération des statistiques
shell-job-payouts = Export des paiements

report-campaign = Campagne
report-deal = collab.
report-creator = créateur
report-stage = étape
report-committed = engagé
report-paid = payé
report-reach = portée
report-engagement-rate = TE
report-cpm = CPM
report-cpc = CPC
report-revenue = CA
report-roi = ROI
report-on-time = à l’heure
report-deals = collab.
report-revisions = révis.
report-removals = retraits
report-brand-speed = Réactivité de la marque
report-this-campaign = cette campagne
report-all-campaigns = toutes les campagnes
report-reviews = relectures
report-average-review = durée moyenne de relecture
report-within-review-sla = relectures dans les délais
report-payments-made = paiements effectués
report-average-delay = retard de paiement moyen
report-paid-on-time = payés à temps (72 h)
report-overdue-now = en retard actuellement

## First run, the active profile and `linkstar status` (operators). $path and $url are
## files and databases, $bot is "Telegram" or "Discord", $role and $action come as they are.

setup-missing-database = Il n’y a pas de base de données à { $path }. Créez-en une avec `linkstar setup init` (votre propre marque) ou `linkstar demo` (données d’exemple), ou indiquez-en une autre avec --db.
setup-unreadable-database = Impossible d’ouvrir la base de données { $path } : { $reason }. Vérifiez qu’il s’agit d’une base LinkStar et que vous pouvez la lire et l’écrire, ou indiquez-en une autre avec --db.
setup-newer-schema = Cette base de données a été écrite par une version plus récente de LinkStar (schéma { $found } ; cette version connaît jusqu’à { $known }). Installez le linkstar plus récent pour l’utiliser.
setup-unknown-campaign = Il n’y a pas de campagne « { $name } ».
setup-unknown-creator = Il n’y a pas de créateur « { $name } » dans le vivier.
setup-unknown-operator = Il n’y a pas d’opérateur « { $name } » dans cette base. Passez --operator avec un nom d’utilisateur existant, ou ajoutez-en un avec `linkstar setup operator`.
setup-did-you-mean = Vouliez-vous dire « { $name } » ?
setup-forbidden = Votre rôle ({ $role }) ne permet pas cela ({ $action }). Demandez à un administrateur de votre marque de le faire ou de changer votre rôle.
setup-not-set-up = LinkStar n’est pas encore configuré : { $url } n’a ni marque ni opérateur.
setup-set-up-with = Pour configurer votre propre marque (vous en devenez l’administrateur), lancez :
setup-or-try-the-demo = Ou découvrez d’abord avec des données d’exemple :
setup-ask-brand = Nom de la marque
setup-ask-legal-name = Raison sociale (pour les contrats)
setup-ask-currency = Devise (code ISO, par exemple EUR)
setup-ask-operator-name = Votre nom
setup-ask-token = Jeton du bot { $bot } (laisser vide pour passer)
setup-done = { $brand } est configurée avec vous ({ $username }) comme administrateur, dans { $url }. Cette base est désormais active ; `linkstar` ouvre le tableau de bord.
setup-tokens-saved = Jetons des bots enregistrés dans { $path }, lisibles par vous seul.
setup-demo-active = La base de démonstration est désormais active : les commandes sans --db l’utilisent, en tant que « { $operator } ». `linkstar setup init` configure votre propre marque et l’active à la place.
setup-demo-not-active = Votre propre base reste active. Pour travailler sur la démonstration, ajoutez --db { $url }.
status-database = Base de données : { $url } (d’après { $source })
status-no-file = Le fichier de la base de données n’existe pas encore.
status-operator = Opérateur : { $name } (d’après { $source })
status-brand = Marque : { $brand }, rôle { $role }
status-language = Langue : { $language } (d’après { $source })
status-bot-configured = Bot { $bot } : configuré
status-bot-not-configured = Bot { $bot } : non configuré
source-flag = la ligne de commande
source-environment = la variable d’environnement { $name }
source-file = le fichier de réglages { $path }
source-profile = le profil actif { $path }
source-os-user = votre nom d’utilisateur sur cet ordinateur
source-default = la valeur par défaut
config-value = { $key } = { $value } (d’après { $source })
config-unset = { $key } n’est pas défini

## Paiements (opérateurs)

payment-kind-deposit = acompte
payment-kind-balance = solde
payment-kind-commission = commission
payment-kind-bonus = prime
payment-status-scheduled = programmé
payment-status-due = exigible
payment-status-paid = payé
payment-status-cancelled = annulé
## Demo in the present
console-demo-stale = La base de démonstration { $url } a été créée pour le { $day } : ses échéances sont passées. Lancez `linkstar demo --reseed` pour la recréer pour aujourd’hui.
console-demo-reseed-ask = La base de démonstration { $url } a été créée pour le { $day }. La recréer pour aujourd’hui ? Tout son contenu sera remplacé. [y/N]
console-demo-not-demo = La base { $url } contient des données qui n’appartiennent pas à la démonstration ; la démonstration n’y touche pas. Indiquez un nouveau fichier avec --db, ou omettez --db pour utiliser la base propre à la démonstration.
console-demo-reseed-file-only = Seule une démonstration stockée dans un fichier SQLite peut être recréée. Videz { $url } vous-même, puis relancez `linkstar demo`.

## Operator dashboard (terminal)

# Atelier du tableau de bord : négociation, publications, annulation, confirmations, motifs des formulaires
dash-act-accept-counter = Accepter la contre-proposition
dash-act-counter-back = Répondre avec votre tarif
dash-act-decline-counter = Refuser la contre-proposition
dash-act-verify-post = Valider la publication
dash-act-refuse-post = Refuser le lien de publication
dash-act-cancel-deal = Annuler la collaboration
dash-negotiation = Négociation
dash-their-counter = Sa contre-proposition
dash-your-offer = Votre offre
dash-round = Tour
dash-answer-by = Répondre avant le
dash-history = Historique
dash-hist-offer = offre
dash-hist-counter = contre-proposition
dash-hist-counter-back = votre réponse
dash-hist-accepted = acceptée
dash-hist-declined = refusée
dash-hist-counter-accepted = contre-proposition acceptée
dash-hist-counter-declined = contre-proposition refusée
dash-hist-revised = offre modifiée
dash-post-link = Lien de publication
dash-amount = Montant
dash-your-fee = Votre tarif
dash-note-optional = Note pour le créateur (facultatif)
dash-reason-creator = Motif (le créateur le lira)
dash-cancel-payments = Ce que deviennent les paiements
dash-pay-stays-paid = reste payé
dash-pay-already-cancelled = déjà annulé
dash-pay-voided = annulé
dash-no-payments = Aucun paiement pour l’instant.
dash-confirm-hint = y ou Entrée : valider · n ou Échap : revenir
dash-discard-title = Abandonner la saisie ?
dash-discard-hint = y : abandonner · n ou Échap : continuer la saisie
dash-form-hint-editor = Tab champ suivant · Ctrl-S enregistrer · Échap annuler
dash-still-loading = Votre sélection est encore en cours de chargement ; rien n’a été fait.
dash-nothing-selected = Rien n’est sélectionné ; rien n’a été fait.
dash-not-now = Impossible à cette étape de la collaboration.
dash-done-counter-accepted = Contre-proposition acceptée. Le créateur sera prévenu.
dash-done-counter-sent = Votre tarif a été envoyé au créateur.
dash-done-counter-declined = Contre-proposition refusée. Votre offre reste valable.
dash-done-post-verified = Publication validée. Le solde est programmé.
dash-done-post-refused = Lien refusé. Le créateur saura pourquoi.
dash-done-deal-cancelled = Collaboration annulée.
dash-why-amount = Indiquez un montant avec sa devise, par exemple 450 EUR.
dash-why-currency = Utilisez la devise de l’offre, { $currency }.
dash-why-date = Indiquez une date comme 2026-12-01.
dash-why-number = Indiquez un nombre entier, par exemple 2.
dash-why-percent = Indiquez un pourcentage de 0,01 à 100.
dash-why-deposit = Indiquez un acompte de 0 à 100 pour cent.
dash-why-ends-before-start = La fin est avant le début.
dash-why-window = La fenêtre de publication doit s’ouvrir après la remise du brouillon et se fermer après son ouverture.
dash-why-draft-due = Le brouillon doit être dû après la date de réponse.
dash-why-countries = Codes pays à deux lettres séparés par des virgules, par exemple FR, BE.
dash-why-languages = Codes de langue séparés par des virgules, par exemple fr-FR, en-US.
dash-why-hours = De 1 à 8 heures différentes entre -720 et 720, séparées par des virgules, par exemple 48, 24, -24.
dash-why-hour-range = De 1 à 720 heures.
dash-why-required = Ce champ ne peut pas être vide.
dash-why-positive = La valeur doit être supérieure à zéro.
dash-why-unknown = LinkStar ne connaît pas cette valeur ici.

dash-screen-deal = Collaboration
dash-needs-you = À traiter maintenant
dash-all-clear = Rien ne vous attend pour l’instant.
dash-all-campaigns = Toutes les campagnes
dash-closed-stages = Terminées
dash-loading = Chargement…
dash-empty = Rien à afficher.
dash-live = en direct
dash-help-title = Touches
dash-palette-title = Commandes
dash-search = Recherche
dash-filters = Filtres
dash-any = tous
dash-yes = oui
dash-no = non
dash-caption = Légende
dash-checks = Vérifications automatiques
dash-checks-passed = Toutes les vérifications automatiques sont passées.
dash-file = Fichier
dash-text-only = Texte seul, sans fichier
dash-versions = Versions et remarques
dash-notes = Remarques pour le créateur
dash-reference = Référence du paiement
dash-terms = Conditions
dash-timeline = Historique
dash-conversation = Messages au créateur
dash-brief = Modèle de brief
dash-product = Produit
dash-markets = Marchés
dash-languages = Langues
dash-spend = Dépenses par campagne
dash-events-per-day = Événements par jour, 30 derniers jours
dash-outbox = Boîte d’envoi
dash-delivery = Envoi
dash-delivery-ok = Les messages partent.
dash-delivery-behind = Des messages attendent depuis plus de 5 minutes. `linkstar serve` tourne-t-il ?
dash-delivery-idle = Aucun message n’a encore été envoyé.
dash-editor-hint = Ctrl-S envoyer · Échap annuler
dash-form-hint = Tab champ suivant · Entrée enregistrer · Échap annuler
dash-prompt-hint = Entrée valider · Échap annuler
dash-offer-title = Conditions de l’offre
dash-campaign-new = Nouvelle campagne
dash-campaign-edit = Modifier la campagne
dash-saved = Enregistré.
dash-approved = Brouillon validé. Le créateur sera prévenu.
dash-changes-sent = Modifications demandées. Le créateur sera prévenu.
dash-paid = Paiement marqué comme payé.
dash-no-campaign = aucune campagne choisie
dash-due = À payer
dash-overdue = En retard
dash-paid-tab = Payés
dash-fit-for = Adéquation pour
dash-publish-opens = Publication à partir du
dash-publish-closes = Publication jusqu’au
dash-offer-commission = Commission sur les ventes, % (vide : aucune)
dash-offer-ads-days = Usage en publicité payante, jours (0 : organique uniquement)
dash-name = Nom
dash-starts = Début
dash-ends = Fin
dash-reminder-offsets = Rappels (heures avant ; négatif = après)
dash-revision-hours = Délai de révision (heures)
dash-bad-value = Vérifiez ce champ.
dash-refresh-failed = Actualisation impossible, nouvel essai bientôt.
dash-actor-system = LinkStar (automatique)
dash-actor-team = Équipe de la marque
dash-event-draft = Brouillon envoyé
dash-event-payment-scheduled = Paiement planifié
dash-event-payment-paid = Paiement effectué
dash-event-metrics = Statistiques enregistrées
dash-event-chat-linked = Discussion reliée
dash-event-other = Autre changement
col-creator = Créateur
col-campaign = Campagne
col-stage = Étape
col-fee = Rémunération
col-due = Échéance
col-updated = Mis à jour
col-country = Pays
col-followers = Abonnés
col-engagement = Taux d’engagement
col-tier = Niveau
col-fit = Adéquation
col-handle = Compte
col-flags = Risques
col-status = Statut
col-amount = Montant
col-kind = Type
col-reference = Référence
col-budget = Enveloppe
col-committed = Engagé
col-paid = Payé
col-delivered = Livré
col-dates = Période
col-version = Révision
col-sla = À relire avant
col-message = Message envoyé
col-recipient = À
col-deals = Collaborations
col-views = Vues
col-clicks = Clics
col-conversions = Ventes
col-revenue = Revenus
col-when = Quand
col-who = Qui
col-what = Quoi
col-pending = En attente
col-sent = Envoyés
col-failed = Échecs
col-unreachable = Injoignables
filter-platform = Plateforme
filter-language = Langue
filter-category = Catégorie
filter-min-followers = Abonnés à partir de
filter-max-followers = Abonnés jusqu’à
filter-min-engagement = Engagement à partir de (%)
filter-exclude-risky = Masquer les créateurs à risque
filter-pool-status = Statut dans le vivier
filter-text = Nom ou compte
role-admin = administrateur
role-manager = responsable
role-reviewer = relecteur
role-finance = comptabilité
role-viewer = lecture seule
campaign-draft = en préparation
campaign-active = en cours
campaign-closed = terminée
payment-deposit = acompte
payment-balance = solde
payment-commission = commission sur ventes
payment-bonus = prime
payment-scheduled = planifié
payment-due = à payer
payment-paid = payé
payment-cancelled = annulé
action-quit = Quitter
action-help = Afficher les touches
action-palette = Palette de commandes
action-search = Rechercher
action-next-view = Vue suivante
action-prev-view = Vue précédente
action-up = Monter
action-down = Descendre
action-left = À gauche
action-right = À droite
action-page-up = Page précédente
action-page-down = Page suivante
action-open = Ouvrir
action-back = Retour
action-approve = Valider le brouillon
action-request-changes = Demander des modifications
action-mark-paid = Marquer comme payé
action-select = Sélectionner ou désélectionner
action-make-offer = Faire une offre aux sélectionnés
action-campaign = Campagne suivante
action-filters = Filtrer
action-new-campaign = Créer une campagne
action-edit-campaign = Modifier la campagne
action-refresh = Actualiser
action-go = Aller à la vue
count-drafts-waiting = { $count ->
    [one] { $count } brouillon en attente
   *[other] { $count } brouillons en attente
}
count-reviews-overdue = { $count ->
    [one] { $count } relecture en retard
   *[other] { $count } relectures en retard
}
count-counters = { $count ->
    [one] { $count } contre-proposition
   *[other] { $count } contre-propositions
}
count-payments-overdue = { $count ->
    [one] { $count } paiement en retard
   *[other] { $count } paiements en retard
}
count-selected = { $count ->
    [one] { $count } sélectionné
   *[other] { $count } sélectionnés
}
count-offers-sent = { $count ->
    [one] { $count } offre envoyée.
   *[other] { $count } offres envoyées.
}
count-offers-refused = { $count ->
    [one] { $count } refusée :
   *[other] { $count } refusées :
}

## Échéances : autres rappels, alertes à l’équipe, tâches planifiées et les commandes « reminders »

time-now = maintenant
reminder-revision-due = Rappel : votre brouillon révisé pour { $campaign } est attendu pour le { $due } ({ $left }).
reminder-publish-opens = Bonne nouvelle : la période de publication de { $campaign } s’ouvre le { $due } ({ $left }). Dès lors, vous pourrez publier votre contenu approuvé.
notice-payment-due = Paiement du contrat n° { $deal } ({ $creator }) : { $amount }, dû le { $due } ({ $left }).
notice-draft-overdue = Contrat n° { $deal } : { $creator } n’a pas envoyé le brouillon attendu pour le { $due } ({ $left }).
notice-post-overdue = Contrat n° { $deal } : { $creator } n’a pas publié le contenu ; la période de publication s’est fermée le { $due } ({ $left }).
notice-review-overdue = Le brouillon de { $creator } pour le contrat n° { $deal } attend depuis plus longtemps que le délai de relecture de { $hours } heures. Merci de le relire.
deadline-respond_by = réponse à l’offre
deadline-draft_due = remise du brouillon
deadline-revision_due = remise du brouillon révisé
deadline-publish_opens = ouverture de la période de publication
deadline-publish_by = publication au plus tard
deadline-payment_due = échéance du paiement
scheduled-remind = Rappel : { $deadline }
scheduled-remind-payment = Rappel de paiement à l’équipe
scheduled-expire = L’offre expire
scheduled-auto-approve = Approbation automatique
scheduled-review-overdue = Alerte à l’équipe : relecture en retard
scheduled-overdue = Signaler le retard : { $deadline }
cli-reminders-planned = { $deals ->
        [one] { $deals } contrat sans rappels examiné
       *[other] { $deals } contrats sans rappels examinés
    } ; { $rows ->
        [one] { $rows } rappel planifié.
       *[other] { $rows } rappels planifiés.
    }
cli-reminders-listed = { $count ->
        [one] { $count } rappel en attente.
       *[other] { $count } rappels en attente.
    }
cli-reminders-deal = Contrat { $deal }
dash-reminders = Rappels
dash-event-overdue = Échéance manquée
dash-event-reminder = Rappel envoyé
count-deals-overdue = { $count ->
    [one] { $count } contrat en retard
   *[other] { $count } contrats en retard
}
