# LinkStar — Deutsch (Deutschland). Beträge, Datumsangaben und große Zahlen kommen schon
# im Format der Leserin oder des Lesers an.

## Benachrichtigungen an Creator

notice-invite =
    Du bist zu { $campaign } eingeladen! Bewirb { $product } für ein Honorar von { $fee }.
    Bitte antworte bis { $respond_by }.
notice-offer-revised =
    Das Angebot für { $campaign } wurde geändert: { $changed }. Das Honorar beträgt jetzt { $fee }.
    Bitte prüfe es und stimme bis { $respond_by } erneut zu.
notice-contract-confirmed =
    Alles klar für { $campaign }: Deine Zusage ist gespeichert und die Konditionen stehen fest. Dein erster Entwurf ist fällig am { $draft_due }.
    Referenz der Konditionen: { $terms_hash }
notice-changes-requested =
    Die Marke wünscht Änderungen an deinem Entwurf für { $campaign } (Überarbeitung { $round } von { $rounds }):
    { $notes }
notice-draft-approved = Gute Nachrichten: Dein Entwurf für { $campaign } ist freigegeben! Bitte veröffentliche ihn zwischen { $publish_opens } und { $publish_closes } und denk an die Werbekennzeichnung.
notice-draft-approved-tracking = Verwende in deinem Beitrag diesen Tracking-Link: { $link }
notice-draft-approved-discount = Dein Rabattcode für deine Community: { $code }
notice-post-verified = Dein Beitrag für { $campaign } wurde bestätigt. Vielen Dank!
notice-payment-scheduled = Eine Zahlung über { $amount } ist für den { $due } geplant.
notice-payment-paid = Wir haben dir { $amount } überwiesen. Zahlungsreferenz: { $reference }
notice-deal-cancelled = Die Marke hat die Zusammenarbeit für { $campaign } abgesagt. Entschuldige die Planänderung.
notice-invite-expired = Das Angebot für { $campaign } ist abgelaufen, weil wir keine rechtzeitige Antwort erhalten haben.

## Benachrichtigungen an das Team

notice-counter-received = { $creator } hat für Deal #{ $deal } ein Honorar von { $fee } vorgeschlagen.
notice-offer-declined = { $creator } hat das Angebot für Deal #{ $deal } abgelehnt.
notice-draft-submitted = { $creator } hat Entwurfsversion { $version } für Deal #{ $deal } eingereicht. Sie wartet auf deine Prüfung.
notice-post-submitted = { $creator } hat den veröffentlichten Beitrag für Deal #{ $deal } eingereicht: { $url }
notice-draft-auto-approved = Der Entwurf von { $creator } für Deal #{ $deal } wurde automatisch freigegeben, weil er länger als die Prüfzeit von { $hours } Stunden gewartet hat.
notice-creator-unreachable = { $creator } ist auf { $platform } nicht mehr erreichbar: Der Bot wurde blockiert oder Nachrichten wurden geschlossen. Nachrichten an { $creator } warten, bis wieder geschrieben wird.

## Die tägliche Übersicht für das Team

digest-title = Tägliche Übersicht für { $day }
digest-quiet = Heute braucht nichts deine Aufmerksamkeit.
digest-reviews-late = { $count ->
    [one] Ein Entwurf wartet länger als die Prüfzeit:
   *[other] { $n } Entwürfe warten länger als die Prüfzeit:
}
digest-counters = { $count ->
    [one] Ein Gegenangebot wartet auf deine Antwort:
   *[other] { $n } Gegenangebote warten auf deine Antwort:
}
digest-payments-overdue = { $count ->
    [one] Eine Zahlung ist überfällig:
   *[other] { $n } Zahlungen sind überfällig:
}
digest-unreachable = { $count ->
    [one] Ein Creator ist nicht erreichbar:
   *[other] { $n } Creator sind nicht erreichbar:
}
digest-deadlines-overdue = { $count ->
    [one] Ein Deal hat seine Entwurfs- oder Beitragsfrist überschritten:
   *[other] { $n } Deals haben ihre Entwurfs- oder Beitragsfrist überschritten:
}
digest-due-today = { $count ->
    [one] Heute wird eine Sache fällig:
   *[other] Heute werden { $n } Sachen fällig:
}
digest-more = { $count ->
    [one] …und eine weitere
   *[other] …und { $n } weitere
}
digest-item-review = #{ $deal } { $creator }: Prüfung war fällig am { $due }
digest-item-counter = #{ $deal } { $creator }: schlägt { $fee } vor (seit { $since })
digest-item-payment = #{ $deal } { $creator }: { $amount }, fällig am { $due }
digest-item-unreachable = { $creator } (über { $platform })
digest-item-respond-by = #{ $deal } { $creator }: Antwort auf das Angebot fällig am { $due }
digest-item-draft = #{ $deal } { $creator }: Entwurf fällig am { $due }
digest-item-post = #{ $deal } { $creator }: Beitrag fällig am { $due }

## Konditionen, die sich in einem geänderten Angebot ändern können

term-deliverables = Leistungen
term-fee = Honorar
term-payment_model = Vergütungsmodell
term-deposit_pct = Anzahlung
term-usage_rights = Nutzungsrechte
term-exclusivity_days = Exklusivität
term-respond_by = Antwortfrist
term-draft_due = Abgabetermin für den Entwurf
term-publish_window = Veröffentlichungszeitraum
term-revision_rounds = Überarbeitungsrunden
term-review_sla_hours = Prüfzeit der Marke
term-min_live_days = Mindestdauer online
term-other = weitere Konditionen

## Fehler, nach festem Code

error-review-note-time = Eine Zeitangabe in den Anmerkungen ist kein Zeitpunkt im Video oder es folgt nichts darauf. Schreibe Zeiten als m:ss oder h:mm:ss, gefolgt von der Änderung, z. B. „0:12 Etikett zeigen“.
error-illegal-transition = Das ist in dieser Phase des Deals nicht möglich.
error-revision-rounds-exhausted = Alle enthaltenen Überarbeitungsrunden sind aufgebraucht.
error-payment-before-verification = Diese Zahlung ist erst möglich, wenn der Beitrag bestätigt ist.
error-payments-open = Für diesen Deal sind noch Zahlungen offen.
error-terms-changed = Die Konditionen haben sich geändert, seit du sie gesehen hast. Bitte prüfe das neue Angebot und stimme erneut zu.
error-invalid-value = Da stimmt etwas nicht. Bitte prüfe deine Eingabe und versuche es noch einmal.
error-brief-template-invalid = Die Briefing-Vorlage enthält einen Fehler. Bitte prüfe die Platzhalter.
error-post-link-not-a-url = Das sieht nicht nach einem Link aus. Bitte sende die vollständige Adresse deines Beitrags.
error-post-link-wrong-platform = Dieser Link gehört zu einer anderen Plattform als der in deinem Deal.
error-post-link-wrong-account = Dieser Beitrag stammt von einem anderen Konto. Bitte sende den Link zum Beitrag auf deinem eigenen Konto.
error-post-link-already-used = Dieser Beitragslink wurde bereits für einen anderen Deal eingereicht.
error-post-link-short = Das ist ein Kurzlink, der nicht zeigt, wessen Beitrag es ist. Bitte öffne deinen Beitrag in der App, tippe auf Teilen → Link kopieren und sende mir diesen vollständigen Link (er sieht aus wie https://www.tiktok.com/@deinname/video/…).
error-not-found = Das haben wir nicht gefunden. Vielleicht wurde es entfernt.
error-not-your-deal = Dieser Deal gehört jemand anderem.
error-token-unknown = Dieser Einladungslink ist ungültig. Bitte prüfe, ob du ihn vollständig kopiert hast.
error-token-used = Dieser Einladungslink wurde bereits verwendet. Falls du das nicht warst, wende dich bitte an die Marke.
error-token-expired = Dieser Einladungslink ist abgelaufen. Bitte die Marke um einen neuen.
error-forbidden = Dazu fehlt dir die Berechtigung.
error-duplicate = Das gibt es bereits.
error-storage = Bei uns ist etwas schiefgelaufen. Bitte versuche es gleich noch einmal.
error-unknown = Entschuldige, da ist etwas schiefgelaufen. Bitte versuche es noch einmal.

## Automatische Prüfungen von Entwürfen

check-missing-disclosure = In deiner Bildunterschrift fehlt die Werbekennzeichnung: Füge vor dem Posten { $accepted } hinzu.
check-missing-hashtag = In deiner Bildunterschrift fehlt der Hashtag { $tag }.
check-missing-mention = Deine Bildunterschrift erwähnt { $handle } noch nicht.
check-forbidden-claim = Deine Bildunterschrift enthält eine Aussage, die die Marke nicht machen darf: „{ $claim }“. Bitte entferne sie.
check-caption-too-long = Deine Bildunterschrift hat { $chars } Zeichen; erlaubt sind { $max }.
check-file-empty = Die Datei ist leer angekommen. Bitte sende sie noch einmal.
check-file-too-large = Diese Datei ist größer als die erlaubten { $max }. Bitte sende eine kleinere Datei, zum Beispiel einen kürzeren Export oder einen mit geringerer Auflösung.
check-file-mib = { $size } MiB
check-file-type = Dieser Dateityp wird nicht angenommen. Bitte sende { $allowed }.
check-file-kind-video = Videos
check-file-kind-image = Bilder
check-file-kind-audio = Audiodateien
check-file-kind-pdf = PDF-Dateien
check-file-kind-other = { $kind }-Dateien

## Phasen eines Deals

## Review pane: draft file, picture, save and open (issue 15)

action-view-file = Bild anzeigen
action-save-file = Datei in einem Ordner speichern
action-open-file = Mit dem Systemprogramm öffnen
dash-this-version = Diese Version
dash-earlier-versions = Frühere Versionen und ihre Anmerkungen
dash-first-version = Das ist die erste Version.
dash-file-type = Typ
dash-file-size = Größe
dash-file-picture = Bild
dash-save-to = Datei in diesem Ordner speichern
dash-file-saved = Gespeichert als
dash-file-opened = Mit dem Systemprogramm geöffnet.
dash-file-missing = Die Datei liegt nicht im Dateispeicher: Sie ist hier nie angekommen oder wurde entfernt.
dash-file-unreadable = Die Datei konnte nicht gelesen oder geschrieben werden:
dash-open-remote = Öffnen geht nur, wenn das Dashboard auf diesem Rechner läuft; über SSH die Datei stattdessen speichern.
dash-open-failed = Das Systemprogramm (xdg-open oder open) konnte nicht gestartet werden.
dash-not-a-picture = Hier werden nur Bilder angezeigt; diese Datei stattdessen speichern oder öffnen.
dash-no-file = Dieser Entwurf ist nur Text: Es gibt keine Datei.
dash-notes-video-hint = eine Anmerkung pro Zeile, mit der Stelle im Video: 0:12 Etikett zeigen

stage-offered = Angeboten
stage-negotiating = In Verhandlung
stage-contracted = Vereinbart
stage-in_review = In Prüfung
stage-changes_requested = Änderungen angefragt
stage-approved = Freigegeben
stage-published = Veröffentlicht
stage-verified = Bestätigt
stage-completed = Abgeschlossen
stage-removed = Vorzeitig entfernt
stage-declined = Abgelehnt
stage-expired = Abgelaufen
stage-cancelled = Abgesagt

## Erinnerungen

time-left-days =
    { $days ->
        [one] noch { $days } Tag
       *[other] noch { $days } Tage
    }
time-left-hours =
    { $hours ->
        [one] noch { $hours } Stunde
       *[other] noch { $hours } Stunden
    }
time-left-overdue = überfällig
reminder-respond-by = Erinnerung: Bitte antworte bis { $due } auf das Angebot für { $campaign } ({ $left }).
reminder-draft-due = Erinnerung: Dein Entwurf für { $campaign } ist fällig am { $due } ({ $left }).
reminder-publish-by = Erinnerung: Bitte veröffentliche deinen Beitrag für { $campaign } bis { $due } ({ $left }).

## Verhandlung: die Antwort der Marke auf ein Gegenangebot, ihre Erinnerungen und ihr Ablauf

# Antworten der Marke (Issue 15): abgelehntes Gegenangebot, Notiz zum Gegenvorschlag, abgelehnter Beitrag, Anmerkungen mit Zeitangabe

notice-counter-declined = Die Marke kann das von dir vorgeschlagene Honorar für { $campaign } nicht zahlen. Ihr Angebot von { $fee } bleibt bestehen: Du kannst es bis { $due } annehmen, ablehnen oder ein anderes Honorar vorschlagen.
notice-brand-note = Nachricht der Marke: { $note }
notice-post-refused =
    Die Marke konnte den Link, den du für { $campaign } geschickt hast, nicht annehmen ({ $url }): { $reason }
    Bitte korrigiere das und schick den Link zu deinem Beitrag noch einmal.
notice-review-note-at = • { $at } – { $text }
notice-review-note = • { $text }

notice-counter-pending = Deal #{ $deal }: { $creator } wartet auf eure Antwort auf das vorgeschlagene Honorar von { $fee }. Nehmt es an oder überarbeitet das Angebot bis { $due } ({ $left }), sonst läuft das Angebot ab.
notice-counter-expired = Deal #{ $deal }: Niemand hat rechtzeitig auf das von { $creator } vorgeschlagene Honorar von { $fee } geantwortet, daher ist das Angebot abgelaufen.
notice-negotiation-expired = Die Marke hat nicht rechtzeitig auf dein vorgeschlagenes Honorar von { $fee } für { $campaign } geantwortet, daher ist das Angebot abgelaufen.
deadline-counter_answer = Antwort auf das Gegenangebot
scheduled-remind-counter = Team-Erinnerung: Gegenangebot beantworten
bot-status-counter = Als Nächstes: Die Marke prüft dein vorgeschlagenes Honorar von { $fee } bis { $due } ({ $left })

## Schaltflächen, Befehle und Ansichten

button-accept = Annehmen
button-decline = Ablehnen
button-propose-fee = Honorar vorschlagen
button-read-brief = Ganzes Briefing lesen
command-link = Diesen Chat mit deiner LinkStar-Einladung verbinden
command-status = Deine Deals, Fristen und Zahlungen
command-help = Was als Nächstes zu tun ist
command-language = Sprache ändern
command-draft = Einen Entwurf zur Prüfung senden
command-post = Den Link zu deinem veröffentlichten Beitrag senden
option-token = Der Code aus deiner Einladung
option-file = Dein Entwurf: ein Video, Foto oder Dokument
option-caption = Die Bildunterschrift, mit der du ihn postest
option-url = Der Link zu deinem veröffentlichten Beitrag
field-fee = Dein Honorar, zum Beispiel 600 EUR
discord-name-link = verbinden
discord-name-deals = kooperationen
discord-name-draft = entwurf
discord-name-post = beitrag
discord-name-language = sprache
discord-name-help = hilfe
discord-name-token = code
discord-name-file = datei
discord-name-caption = bildunterschrift
discord-name-url = link
screen-pipeline = Pipeline
screen-campaigns = Kampagnen
screen-creators = Creator
screen-review = Prüfungen
screen-payments = Zahlungen
screen-reports = Berichte
screen-activity = Aktivität

## Der Telegram-Bot außerhalb des privaten Chats eines Creators

bot-private-chat-only = Ich arbeite nur in einem privaten Chat. Bitte schreib mir direkt, unter vier Augen.
bot-not-your-button = Diese Schaltfläche gehört nicht dir, deshalb wurde nichts geändert.

## Sprachen, jede in ihren eigenen Worten (in jeder Datei gleich)

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
language-changed = Erledigt! Ab jetzt schreibe ich dir auf { $language }.

## Der Creator-Assistent im Chat

bot-welcome =
    { $platform ->
        [discord] Hallo! Ich bin der Assistent für deine Markenkooperationen. Sende zum Start { $link } mit dem Code aus der Einladung, die dir die Marke geschickt hat.
       *[other] Hallo! Ich bin der Assistent für deine Markenkooperationen. Öffne zum Start den Einladungslink, den dir die Marke geschickt hat.
    }
bot-not-linked =
    { $platform ->
        [discord] Dieser Chat ist noch mit keiner Einladung verbunden. Bitte sende { $link } mit dem Code aus der Einladung, die dir die Marke geschickt hat.
       *[other] Dieser Chat ist noch mit keiner Einladung verbunden. Bitte öffne den Einladungslink, den dir die Marke geschickt hat.
    }
bot-linked = Willkommen, { $name }! Dieser Chat ist jetzt verbunden. Dein Angebot für { $campaign } folgt gleich.
bot-unknown-command = Diesen Befehl kenne ich nicht. Sende { $help }, um zu sehen, was ich kann.
bot-nothing-expected = Im Moment erwarte ich nichts von dir. Sende { $status }, um deine Kooperationen zu sehen.
bot-button-stale = Dieser Button gilt nicht mehr. Sende { $status }, um den aktuellen Stand zu sehen.
bot-ask-fee = Welches Honorar möchtest du für { $campaign } vorschlagen? Sende den Betrag in { $currency }, zum Beispiel { $example }. Um das Angebot so zu lassen, wie es ist, tippe auf Abbrechen.
bot-fee-invalid = Das konnte ich nicht als Betrag lesen. Bitte sende nur die Zahl, zum Beispiel { $example }. Oder tippe auf Abbrechen.
bot-counter-sent = Danke! Ich habe deinen Vorschlag von { $fee } an die Marke geschickt. Ich melde mich, sobald sie antwortet.
bot-accepted = Du hast das Angebot für { $campaign } angenommen.
bot-declined = Du hast das Angebot für { $campaign } abgelehnt. Danke für deine Rückmeldung!
bot-brief = Briefing für { $campaign }:
bot-expect-file =
    { $platform ->
        [discord] Bitte sende deinen Entwurf für { $campaign } mit { $draft }: Datei anhängen und deine Caption dazuschreiben.
       *[other] Bitte sende deinen Entwurf für { $campaign } als Datei, Foto oder Video, mit der Caption in derselben Nachricht.
    }
bot-which-deal = Für welche Kooperation ist dieser Entwurf?
bot-draft-received = Erhalten! Version { $version } deines Entwurfs für { $campaign } liegt jetzt bei der Marke zur Prüfung.
bot-checks-passed = Automatische Prüfung: Deine Caption enthält alles Nötige.
bot-checks-found = Die automatische Prüfung hat etwas gefunden, das du vor dem Posten korrigieren solltest:
bot-post-received = Danke! Dein Post für { $campaign } ist erfasst. Die Marke prüft ihn in Kürze.
bot-language-choose = Wähle deine Sprache:
bot-status-empty = Du hast noch keine Kooperationen.
bot-status-title = Deine Kooperationen:
bot-status-deal = { $campaign }: { $stage }
bot-status-deadline = Als Nächstes: { $deadline }, { $due } ({ $left })
bot-status-payment-open = Zahlung: { $amount }, fällig am { $due }
bot-status-payment-paid = Zahlung: { $amount }, bezahlt
bot-help-not-linked =
    { $platform ->
        [discord] Sende { $link } mit dem Code aus der Einladung der Marke, um diesen Chat zu verbinden. Danach zeige ich dir hier dein Angebot.
       *[other] Öffne den Einladungslink der Marke, um diesen Chat zu verbinden. Danach zeige ich dir hier dein Angebot.
    }
bot-help-offered = Lies das Angebot für { $campaign } und das Briefing und antworte dann mit den Buttons unter dem Angebot.
bot-help-negotiating = Die Marke prüft das Honorar, das du für { $campaign } vorgeschlagen hast. Ich melde mich, sobald sie antwortet.
bot-help-contracted =
    { $platform ->
        [discord] Sende deinen Entwurf für { $campaign } mit { $draft }: ein Video, ein Foto oder ein Dokument, dazu die Caption.
       *[other] Sende deinen Entwurf für { $campaign } hier: ein Video, ein Foto oder ein Dokument, mit der Caption in derselben Nachricht.
    }
bot-help-in-review = Die Marke prüft deinen Entwurf für { $campaign }. Ihre Antwort schicke ich dir hier.
bot-help-changes =
    { $platform ->
        [discord] Die Marke wünscht Änderungen für { $campaign }. Sende die neue Version deines Entwurfs mit { $draft }.
       *[other] Die Marke wünscht Änderungen für { $campaign }. Sende die neue Version deines Entwurfs hier.
    }
bot-help-approved = Veröffentliche deinen Post für { $campaign } im Veröffentlichungszeitraum und schick mir dann den Link.
bot-help-published = Die Marke prüft deinen Post für { $campaign }.
bot-help-done = Gerade gibt es nichts zu tun. Ich melde mich, wenn du gebraucht wirst.
bot-help-commands = Befehle:
bot-expect-answer = Dein Angebot für { $campaign } wartet auf deine Antwort: Nimm es an, lehne es ab oder schlage mit den Buttons unten ein anderes Honorar vor.
bot-already-linked = Du bist schon verbunden: Dieser Chat ist mit deiner Einladung für { $campaign } verknüpft, mit dem Link ist nichts mehr zu tun.
bot-already-accepted = Du hast das Angebot für { $campaign } bereits am { $date } angenommen.
bot-deal-unavailable = Diese Kooperation ist in diesem Chat nicht verfügbar. Sende { $status }, um deine zu sehen.
bot-fee-wrong-currency = Das Honorar muss in { $currency } sein, der Währung der Kooperation, nicht in { $found }. Bitte sende den Betrag in { $currency }, zum Beispiel { $example }, oder tippe auf Abbrechen.
bot-fee-cancelled = Okay, kein neues Honorar vorgeschlagen. Das Angebot für { $campaign } bleibt, wie es ist: Antworte mit den Buttons unten.
bot-nothing-to-cancel = Gerade gibt es nichts abzubrechen.
bot-post-early = Das Veröffentlichungsfenster für { $campaign } öffnet erst am { $opens }. Ist dein Beitrag schon online? Tippe auf "Ja, er ist online", um den Link an die Marke zu senden, oder auf Abbrechen.
bot-post-early-cancelled = Okay, ich habe den Link nicht gespeichert. Sende ihn noch einmal, sobald dein Beitrag online ist, ab { $opens }.
bot-post-link-expected = Ich warte auf den Link zu deinem veröffentlichten Beitrag für { $campaign }. Bitte sende den vollständigen Link aus Teilen → Link kopieren in der App, zum Beispiel https://www.tiktok.com/@deinname/video/…
bot-button-cancel = Abbrechen
bot-button-post-live = Ja, er ist online
bot-format-video = Video
bot-format-image = Fotopost
bot-format-story = Story
bot-format-live = Livestream
bot-payment-fixed = Festhonorar, { $deposit } % bei Vertragsschluss
bot-payment-cps = { $rate } % Provision auf Verkäufe
bot-payment-hybrid = Festhonorar plus { $rate } % Provision auf Verkäufe, { $deposit } % des Honorars bei Vertragsschluss
bot-rights-organic = nur dein eigener Post
bot-rights-paid-ads =
    { $days ->
        [one] die Marke darf deinen Post { $days } Tag lang als Anzeige schalten
       *[other] die Marke darf deinen Post { $days } Tage lang als Anzeige schalten
    }
bot-rights-perpetual = unbegrenzte Nutzung durch die Marke
bot-card =
    { $campaign } · { $product }
    Leistungen: { $deliverables }
    Honorar: { $fee } ({ $payment })
    Nutzungsrechte: { $rights }
    Exklusivität: { $exclusivity_days ->
        [one] { $exclusivity_days } Tag
       *[other] { $exclusivity_days } Tage
    }
    Entwurf fällig: { $draft_due }
    Veröffentlichung zwischen { $publish_opens } und { $publish_closes }
    Enthaltene Korrekturrunden: { $rounds }
## Command line (operators)

pipeline-col-deliverables = Leistungen
pipeline-col-warnings = Hinweise
pipeline-warn-risk = Risikomerkmale: { $flags }
pipeline-warn-market = außerhalb der Märkte der Kampagne ({ $country })
pipeline-warn-budget = über dem restlichen Budget ({ $left } übrig)
pipeline-dry-run = Probelauf: { $count ->
        [one] 1 Angebot würde verschickt
       *[other] { $count } Angebote würden verschickt
    }, insgesamt { $total }. Nichts wurde gesendet.
pipeline-confirm-offers = { $count ->
        [one] 1 Angebot
       *[other] { $count } Angebote
    } für { $campaign } verschicken, insgesamt { $total }? [j/N]
pipeline-needs-yes = Nichts geändert: kein Terminal, also kann niemand bestätigen. Erst prüfen (offers send hat --dry-run), dann { $flag } anhängen.
pipeline-nothing-changed = Nichts geändert.
pipeline-offers-sent = { $sent ->
        [one] 1 Angebot verschickt
       *[other] { $sent } Angebote verschickt
    }, { $refused } abgelehnt.
pipeline-offer-refused = { $creator }: nicht verschickt: { $reason }
pipeline-no-rate = { $creator } hat keinen Preis für { $format } in der Preisliste: --fee "BETRAG WÄHRUNG" angeben.
pipeline-no-recipients = Keine Creator zum Anschreiben: mit --creator, --csv oder --search angeben.
pipeline-bad-search = „{ $term }“ ist kein Suchbegriff. Möglich sind platform:, country:, language:, category:, audience:, tier:, min-followers:, max-followers:, min-engagement:, status:, no-risk oder freie Wörter für Name oder Handle.
pipeline-counter-accepted = Deal { $deal }: Gegenangebot von { $creator } über { $fee } angenommen; die Bestätigung folgt im Chat.
pipeline-countered-back = Deal { $deal }: Sie haben { $fee } zurückgeboten; { $creator } antwortet bis { $due }.
pipeline-counter-declined = Deal { $deal }: Gegenangebot abgelehnt; das Angebot über { $fee } bleibt bestehen.
pipeline-cancel-heading = Stornierung von Deal { $deal } ({ $creator }, { $campaign }):
pipeline-cancel-payment = { $kind } { $amount }: { $fate ->
        [paid] bleibt bezahlt
        [cancelled] war bereits storniert
       *[voided] wird storniert
    }
pipeline-cancel-no-payments = Keine Zahlungen sind betroffen.
pipeline-confirm-cancel = Deal { $deal } stornieren? [j/N]
pipeline-cancelled = Deal { $deal } storniert; der Creator wurde informiert.
pipeline-approved = Deal { $deal }: Entwurf { $version } freigegeben; der Creator hat das Veröffentlichungsfenster erhalten.
pipeline-changes-requested = Deal { $deal }: Änderungen an Entwurf { $version } angefordert (Runde { $round } von { $rounds }); der Creator hat Ihre Hinweise erhalten.
pipeline-post-verified = Deal { $deal }: Beitrag geprüft; die Restzahlung ist eingeplant.
pipeline-post-refused = Deal { $deal }: Beitragslink abgelehnt; der Creator wurde um einen korrigierten gebeten.
pipeline-no-drafts = Deal { $deal } hat noch keine Entwürfe.
pipeline-draft-version = Version { $version } · { $when } · { $kind ->
        [photo] Foto
        [video] Video
        [text] nur Text
       *[file] Datei
    }
pipeline-draft-file = Datei: { $name } ({ $mime }, { $size } Bytes, SHA-256 { $sha })
pipeline-draft-review = { $decision ->
        [approved] Freigegeben
       *[changes] Änderungen angefordert
    } { $when }: { $notes }
pipeline-draft-saved = Entwurf { $version } von Deal { $deal } gespeichert unter { $path }
pipeline-draft-exists = { $path } existiert bereits; nichts wurde überschrieben. Datei entfernen oder ein anderes --out-Verzeichnis wählen.
pipeline-draft-no-version = Deal { $deal } hat keinen Entwurf { $version }; der neueste ist { $versions }.
pipeline-draft-blob-missing = Die Datei von Entwurf { $version } liegt nicht im Dateispeicher ({ $path }). blob_dir (LINKSTAR_BLOB_DIR) auf den Ordner setzen, den `linkstar serve` nutzt.
pipeline-yes-words = j, ja, y, yes

console-database-ready = Die Datenbank ist auf dem neuesten Stand: { $url }
console-demo-reused = Vorhandene Demo-Datenbank wird verwendet: { $url }
console-demo-seeded = Demo-Datenbank unter { $url } angelegt: { $campaigns } Kampagnen, { $creators } Creator, { $deals } Kooperationen. Melde dich als Operator „{ $operator }“ an.
console-pipeline-total = { $deals ->
        [one] 1 Kooperation
       *[other] { $deals } Kooperationen
    }, { $creators } Creator im Pool
console-audit-intact = Audit-Protokoll intakt: { $events ->
        [one] 1 Ereignis geprüft
       *[other] { $events } Ereignisse geprüft
    }
console-audit-unlinked = Audit-Protokoll BESCHÄDIGT bei Ereignis { $event }: Es schließt nicht an das vorige Ereignis an (ein Ereignis wurde entfernt oder geändert).
console-audit-altered = Audit-Protokoll BESCHÄDIGT bei Ereignis { $event }: Es wurde nach dem Schreiben verändert.
console-import-progress = { $imported } Creator importiert, { $refused } abgelehnt…
console-row-refused = Zeile { $line }: { $reason }
console-import-done = { $imported } Creator importiert; { $refused ->
        [one] 1 Zeile abgelehnt
       *[other] { $refused } Zeilen abgelehnt
    }.
console-exported = { $count } Creator exportiert.
console-offer-made = Angebot { $deal } an { $creator } für { $campaign } verschickt.
console-telegram-link-hint = Trage telegram_bot_username in den Einstellungen ein, um einen t.me-Link zu erhalten.
console-brand-created = Marke { $id } angelegt: { $name }
console-operator-created = Operator { $id } angelegt.
console-campaign-created = Kampagne { $id } angelegt.
console-failed = Fehler: { $message }
console-serve-running = linkstar serve: { $bots } läuft, mit Zustellung und Erinnerungsplaner. Beenden mit Strg+C.
console-serve-stopping = linkstar serve: wird beendet, sobald die laufenden Nachrichten gesendet sind. Erneut Strg+C drücken, um sofort zu beenden.
console-serve-stopped = linkstar serve: beendet.
console-serve-stopped-at-once = linkstar serve: sofort beendet. Nachrichten, die gerade gesendet wurden, können erneut ankommen.

## Discord: buttons pressed in a server and edited messages

discord-not-your-button = Diese Schaltflächen gehören zu der Unterhaltung einer anderen Person mit mir. Für deine eigenen Kooperationen schreib mir eine Direktnachricht.
discord-edit-not-taken = Du hast eine frühere Nachricht bearbeitet. Eine Bearbeitung nehme ich nur an, wenn sie die Antwort ist, auf die ich warte. Bitte schick sie noch einmal als neue Nachricht.

## Command line: results and money (operators)

console-report-heading-open = { $campaign } (offen) — Beträge in { $currency }, Stand { $as_of }
console-report-heading-closed = { $campaign } (abgeschlossen) — Beträge in { $currency }, Stand { $as_of }
console-report-rates = Wechselkurse: { $rates }
console-report-rates-none = Wechselkurse: nicht nötig
console-report-totals = Kooperationen { $deals } · zugesagt { $committed } · bezahlt { $paid }
console-report-reach = Reichweite { $reach } · Interaktionen { $engagements } · Engagement-Rate { $engagement_rate } · TKP { $cpm } · CPE { $cpe } · CPC { $cpc }
console-report-sales = Klicks { $clicks } · Conversions { $conversions } · Umsatz { $revenue } · ROI { $roi }
console-report-delivery = pünktliche Entwürfe { $on_time } · Überarbeitungen pro Kooperation { $revisions }
console-report-creators-note = (rechts von | : jeder Creator über alle Kampagnen — Kooperationen, pünktliche Entwürfe, Überarbeitungen pro Kooperation, vorzeitig entfernte Posts)
console-hours = { $hours } Std.
console-metrics-imported = { $imported ->
        [one] { $imported } Messpunkt importiert
       *[other] { $imported } Messpunkte importiert
    }; { $refused ->
        [one] { $refused } Zeile abgelehnt
       *[other] { $refused } Zeilen abgelehnt
    }.
console-metrics-recorded = Kennzahlen für Kooperation { $deal } erfasst.
console-metrics-fetch-failed = Kooperation { $deal }: { $reason }
console-metrics-fetched = { $fetched ->
        [one] { $fetched } Post abgerufen
       *[other] { $fetched } Posts abgerufen
    }; { $failed } fehlgeschlagen.
console-payment-deal = Koop. { $deal }
console-payment-due = fällig { $due }
console-payments-listed = { $count ->
        [one] { $count } Zahlung
       *[other] { $count } Zahlungen
    }
console-payment-paid = Zahlung { $payment } über { $amount } als bezahlt markiert ({ $reference }).
console-payments-now-due = { $count ->
        [one] { $count } Zahlung ist jetzt fällig.
       *[other] { $count } Zahlungen sind jetzt fällig.
    }
console-bonus-scheduled = Bonuszahlung { $payment } für Kooperation { $deal } eingeplant.
console-payout-file = { $path }: { $count ->
        [one] { $count } Zahlung
       *[other] { $count } Zahlungen
    }
console-fx-rate-set = 1 { $from } = { $rate } { $to } am { $date }
console-discount-code-set = Kooperation { $deal }: Rabattcode { $code }
console-discount-code-removed = Kooperation { $deal }: Rabattcode entfernt
console-attribution-exported = { $path }: { $count ->
        [one] { $count } Kooperation
       *[other] { $count } Kooperationen
    }
console-commission-scheduled = Kooperation { $deal }: Provision von { $amount } eingeplant
console-campaign-closed = { $campaign } abgeschlossen: { $commissions ->
        [one] { $commissions } Provision
       *[other] { $commissions } Provisionen
    } eingeplant, { $completed ->
        [one] { $completed } Kooperation
       *[other] { $completed } Kooperationen
    } abgeschlossen.

## Wörter der Berichtstabelle (kurz: sie stehen über Spalten)

## Shell: creators search, campaigns edit, progress of long jobs (issue 16)
shell-pool-bad-filter = --{ $field } akzeptiert „{ $value }“ nicht.
shell-pool-empty = Keine Creator passen zu diesen Filtern.
shell-pool-fit-for = Passung für { $campaign }
shell-campaign-file-unreadable = { $file } kann nicht gelesen werden: { $reason }
shell-campaign-file-kind = { $file }: Eine Kampagnendatei endet auf .toml oder .json.
shell-campaign-file-invalid = { $file }: { $field }: { $reason }. Nichts wurde geändert.
shell-campaign-updated = Kampagne „{ $name }“ aktualisiert.
shell-progress = { $job }: bisher { $done }…
shell-progress-of = { $job }: { $done } von { $total }
shell-progress-done = { $job }: fertig ({ $done }).
shell-job-import = Creator werden importiert
shell-job-export = Creator werden exportiert
shell-job-demo = Demo wird angelegt
shell-job-backfill = Erinnerungen werden geplant
shell-job-metrics = Kennzahlen werden abgerufen
shell-job-payouts = Auszahlungen werden exportiert

report-campaign = Kampagne
report-deal = Koop.
report-creator = Creator
report-stage = Phase
report-committed = zugesagt
report-paid = bezahlt
report-reach = Reichweite
report-engagement-rate = ER
report-cpm = TKP
report-cpc = CPC
report-revenue = Umsatz
report-roi = ROI
report-on-time = pünktlich
report-deals = Koop.
report-revisions = Überarb.
report-removals = entfernt
report-brand-speed = Tempo der Marke
report-this-campaign = diese Kampagne
report-all-campaigns = alle Kampagnen
report-reviews = Prüfungen
report-average-review = Prüfdauer im Schnitt
report-within-review-sla = innerhalb der Prüffrist
report-payments-made = geleistete Zahlungen
report-average-delay = Zahlungsverzug im Schnitt
report-paid-on-time = pünktlich bezahlt (72 Std.)
report-overdue-now = derzeit überfällig

## First run, the active profile and `linkstar status` (operators). $path and $url are
## files and databases, $bot is "Telegram" or "Discord", $role and $action come as they are.

setup-missing-database = Unter { $path } gibt es keine Datenbank. Richte eine mit `linkstar setup init` (deine eigene Marke) oder `linkstar demo` (Beispieldaten) ein oder gib mit --db eine andere an.
setup-unreadable-database = Die Datenbank unter { $path } lässt sich nicht öffnen: { $reason }. Prüfe, ob es eine LinkStar-Datenbank ist und ob du sie lesen und schreiben darfst, oder gib mit --db eine andere an.
setup-newer-schema = Diese Datenbank wurde von einer neueren LinkStar-Version geschrieben (Schema { $found }; diese Version kennt bis { $known }). Installiere das neuere linkstar, um sie zu nutzen.
setup-unknown-campaign = Es gibt keine Kampagne „{ $name }“.
setup-unknown-creator = Im Pool gibt es keinen Creator „{ $name }“.
setup-unknown-operator = In dieser Datenbank gibt es keinen Operator „{ $name }“. Gib mit --operator einen vorhandenen Benutzernamen an oder lege einen mit `linkstar setup operator` an.
setup-did-you-mean = Meintest du „{ $name }“?
setup-forbidden = Deine Rolle ({ $role }) darf das nicht ({ $action }). Bitte einen Admin deiner Marke, es zu tun oder deine Rolle zu ändern.
setup-not-set-up = LinkStar ist noch nicht eingerichtet: { $url } hat keine Marke und keinen Operator.
setup-set-up-with = Um deine eigene Marke einzurichten (du wirst ihr Admin), führe aus:
setup-or-try-the-demo = Oder sieh dich zuerst mit Beispieldaten um:
setup-ask-brand = Name der Marke
setup-ask-legal-name = Firmenname (für Verträge)
setup-ask-currency = Währung (ISO-Code, etwa EUR)
setup-ask-operator-name = Dein Name
setup-ask-token = Token des { $bot }-Bots (leer lassen zum Überspringen)
setup-done = { $brand } ist eingerichtet, mit dir ({ $username }) als Admin, in { $url }. Diese Datenbank ist jetzt aktiv; `linkstar` öffnet das Dashboard.
setup-tokens-saved = Bot-Tokens in { $path } gespeichert, nur für dich lesbar.
setup-demo-active = Die Demo-Datenbank ist jetzt aktiv: Befehle ohne --db nutzen sie, als „{ $operator }“. `linkstar setup init` richtet deine eigene Marke ein und macht sie stattdessen aktiv.
setup-demo-not-active = Deine eigene Datenbank bleibt aktiv. Um mit der Demo zu arbeiten, ergänze --db { $url }.
status-database = Datenbank: { $url } (aus { $source })
status-no-file = Die Datenbankdatei existiert noch nicht.
status-operator = Operator: { $name } (aus { $source })
status-brand = Marke: { $brand }, Rolle { $role }
status-language = Sprache: { $language } (aus { $source })
status-bot-configured = { $bot }-Bot: eingerichtet
status-bot-not-configured = { $bot }-Bot: nicht eingerichtet
source-flag = der Befehlszeile
source-environment = der Umgebungsvariable { $name }
source-file = der Einstellungsdatei { $path }
source-profile = dem aktiven Profil { $path }
source-os-user = deinem Benutzernamen auf diesem Computer
source-default = der Voreinstellung
config-value = { $key } = { $value } (aus { $source })
config-unset = { $key } ist nicht gesetzt

## Zahlungen (Operatoren)

payment-kind-deposit = Anzahlung
payment-kind-balance = Restzahlung
payment-kind-commission = Provision
payment-kind-bonus = Bonus
payment-status-scheduled = geplant
payment-status-due = fällig
payment-status-paid = bezahlt
payment-status-cancelled = storniert
## Demo in the present
console-demo-stale = Die Demo-Datenbank unter { $url } wurde für den { $day } angelegt; ihre Fristen sind inzwischen verstrichen. Mit `linkstar demo --reseed` wird sie für heute neu angelegt.
console-demo-reseed-ask = Die Demo-Datenbank unter { $url } wurde für den { $day } angelegt. Für heute neu anlegen? Dabei wird ihr gesamter Inhalt ersetzt. [y/N]
console-demo-not-demo = Die Datenbank unter { $url } enthält Daten, die nicht zur Demo gehören; die Demo lässt sie unangetastet. Gib mit --db eine neue Datei an oder lass --db weg, um die eigene Demo-Datenbank zu verwenden.
console-demo-reseed-file-only = Nur eine Demo in einer SQLite-Datei kann neu angelegt werden. Leere { $url } selbst und starte dann `linkstar demo` erneut.

## Operator dashboard (terminal)

# Dashboard-Werkbank: Verhandlung, Beiträge, Stornieren, Bestätigungen, Gründe in Formularen
dash-act-accept-counter = Gegenangebot annehmen
dash-act-counter-back = Mit eigenem Honorar antworten
dash-act-decline-counter = Gegenangebot ablehnen
dash-act-verify-post = Beitrag bestätigen
dash-act-refuse-post = Beitragslink zurückweisen
dash-act-cancel-deal = Kooperation stornieren
dash-negotiation = Verhandlung
dash-their-counter = Ihr Gegenangebot
dash-your-offer = Dein Angebot
dash-round = Runde
dash-answer-by = Antwort bis
dash-history = Verlauf
dash-hist-offer = Angebot
dash-hist-counter = Gegenangebot
dash-hist-counter-back = deine Antwort
dash-hist-accepted = angenommen
dash-hist-declined = abgelehnt
dash-hist-counter-accepted = Gegenangebot angenommen
dash-hist-counter-declined = Gegenangebot abgelehnt
dash-hist-revised = Angebot geändert
dash-post-link = Beitragslink
dash-amount = Betrag
dash-your-fee = Dein Honorar
dash-note-optional = Nachricht an die Creator:in (optional)
dash-reason-creator = Grund (die Creator:in liest ihn)
dash-cancel-payments = Was mit den Zahlungen passiert
dash-pay-stays-paid = bleibt bezahlt
dash-pay-already-cancelled = bereits storniert
dash-pay-voided = entfällt
dash-no-payments = Noch keine Zahlungen.
dash-confirm-hint = y oder Enter: ausführen · n oder Esc: zurück
dash-discard-title = Eingaben verwerfen?
dash-discard-hint = y: verwerfen · n oder Esc: weiter bearbeiten
dash-form-hint-editor = Tab nächstes Feld · Strg-S speichern · Esc abbrechen
dash-still-loading = Die Auswahl wird noch geladen, daher wurde nichts getan.
dash-nothing-selected = Nichts ausgewählt, daher wurde nichts getan.
dash-not-now = In dieser Phase der Kooperation nicht möglich.
dash-done-counter-accepted = Gegenangebot angenommen. Die Creator:in wird informiert.
dash-done-counter-sent = Dein Honorar wurde an die Creator:in geschickt.
dash-done-counter-declined = Gegenangebot abgelehnt. Dein Angebot gilt weiter.
dash-done-post-verified = Beitrag bestätigt. Die Restzahlung ist geplant.
dash-done-post-refused = Beitragslink zurückgewiesen. Die Creator:in erfährt den Grund.
dash-done-deal-cancelled = Kooperation storniert.
dash-why-amount = Gib einen Betrag mit Währung an, etwa 450 EUR.
dash-why-currency = Nutze die Währung des Angebots, { $currency }.
dash-why-date = Gib ein Datum wie 2026-12-01 an.
dash-why-number = Gib eine ganze Zahl an, etwa 2.
dash-why-percent = Gib einen Prozentsatz von 0,01 bis 100 an.
dash-why-deposit = Gib eine Anzahlung von 0 bis 100 Prozent an.
dash-why-ends-before-start = Das Ende liegt vor dem Beginn.
dash-why-window = Das Veröffentlichungsfenster muss nach der Entwurfsfrist öffnen und nach dem Öffnen schließen.
dash-why-draft-due = Die Entwurfsfrist muss nach der Antwortfrist liegen.
dash-why-countries = Ländercodes aus zwei Buchstaben, mit Kommas getrennt, etwa DE, AT.
dash-why-languages = Sprachkennungen, mit Kommas getrennt, etwa de-DE, en-US.
dash-why-hours = 1 bis 8 verschiedene Stunden von -720 bis 720, mit Kommas getrennt, etwa 48, 24, -24.
dash-why-hour-range = Von 1 bis 720 Stunden.
dash-why-required = Dieses Feld darf nicht leer sein.
dash-why-positive = Der Wert muss größer als null sein.
dash-why-unknown = Diesen Wert kennt LinkStar hier nicht.

dash-screen-deal = Kooperation
dash-needs-you = Braucht dich jetzt
dash-all-clear = Gerade wartet nichts auf dich.
dash-all-campaigns = Alle Kampagnen
dash-closed-stages = Abgeschlossen
dash-loading = Wird geladen …
dash-empty = Nichts anzuzeigen.
dash-live = aktuell
dash-help-title = Tasten
dash-palette-title = Befehle
dash-search = Suche
dash-filters = Filter
dash-any = beliebig
dash-yes = ja
dash-no = nein
dash-caption = Bildunterschrift
dash-checks = Automatische Prüfungen
dash-checks-passed = Alle automatischen Prüfungen bestanden.
dash-file = Datei
dash-text-only = Nur Text, keine Datei
dash-versions = Fassungen und Anmerkungen
dash-notes = Anmerkungen für die Creator:in
dash-reference = Zahlungsreferenz
dash-terms = Konditionen
dash-timeline = Verlauf
dash-conversation = Nachrichten an die Creator:in
dash-brief = Briefing-Vorlage
dash-product = Produkt
dash-markets = Märkte
dash-languages = Sprachen
dash-spend = Ausgaben je Kampagne
dash-events-per-day = Ereignisse pro Tag, letzte 30 Tage
dash-outbox = Postausgang
dash-delivery = Zustellung
dash-delivery-ok = Nachrichten werden verschickt.
dash-delivery-behind = Nachrichten warten seit über 5 Minuten. Läuft `linkstar serve`?
dash-delivery-idle = Noch keine Nachricht verschickt.
dash-editor-hint = Strg-S senden · Esc abbrechen
dash-form-hint = Tab nächstes Feld · Enter speichern · Esc abbrechen
dash-prompt-hint = Enter bestätigen · Esc abbrechen
dash-offer-title = Angebotskonditionen
dash-campaign-new = Neue Kampagne
dash-campaign-edit = Kampagne bearbeiten
dash-saved = Gespeichert.
dash-approved = Entwurf freigegeben. Die Creator:in wird benachrichtigt.
dash-changes-sent = Änderungen angefragt. Die Creator:in wird benachrichtigt.
dash-paid = Zahlung als bezahlt markiert.
dash-no-campaign = keine Kampagne gewählt
dash-due = Fällig
dash-overdue = Überfällig
dash-paid-tab = Bezahlt
dash-fit-for = Passung für
dash-publish-opens = Veröffentlichung ab
dash-publish-closes = Veröffentlichung bis
dash-offer-commission = Provision auf Verkäufe, % (leer: keine)
dash-offer-ads-days = Nutzung in bezahlter Werbung, Tage (0: nur organisch)
dash-name = Bezeichnung
dash-starts = Beginn
dash-ends = Ende
dash-reminder-offsets = Erinnerungen (Stunden vorher; negativ = danach)
dash-revision-hours = Zeit für Überarbeitung (Stunden)
dash-bad-value = Bitte dieses Feld prüfen.
dash-refresh-failed = Aktualisierung fehlgeschlagen, neuer Versuch folgt.
dash-actor-system = LinkStar (automatisch)
dash-actor-team = Markenteam
dash-event-draft = Entwurf hochgeladen
dash-event-payment-scheduled = Zahlung geplant
dash-event-payment-paid = Zahlung geleistet
dash-event-metrics = Kennzahlen erfasst
dash-event-chat-linked = Chat verbunden
dash-event-other = Andere Änderung
col-creator = Creator:in
col-campaign = Kampagne
col-stage = Phase
col-fee = Honorar
col-due = Fällig
col-updated = Geändert
col-country = Land
col-followers = Follower:innen
col-engagement = Interaktionsrate
col-tier = Größenklasse
col-fit = Passung
col-handle = Konto
col-flags = Risiken
col-status = Zustand
col-amount = Betrag
col-kind = Art
col-reference = Referenz
col-budget = Budgetrahmen
col-committed = Zugesagt
col-paid = Bezahlt
col-delivered = Geliefert
col-dates = Zeitraum
col-version = Fassung
col-sla = Prüfen bis
col-message = Nachricht
col-recipient = An
col-deals = Kooperationen
col-views = Aufrufe
col-clicks = Klicks
col-conversions = Verkäufe
col-revenue = Umsatz
col-when = Wann
col-who = Wer
col-what = Was
col-pending = Wartend
col-sent = Gesendet
col-failed = Fehlgeschlagen
col-unreachable = Nicht erreichbar
filter-platform = Plattform
filter-language = Sprache
filter-category = Kategorie
filter-min-followers = Follower ab
filter-max-followers = Follower bis
filter-min-engagement = Interaktionsrate ab (%)
filter-exclude-risky = Riskante Creator ausblenden
filter-pool-status = Pool-Zustand
filter-text = Name oder Konto
role-admin = Administration
role-manager = Leitung
role-reviewer = Prüfung
role-finance = Buchhaltung
role-viewer = nur lesen
campaign-draft = in Vorbereitung
campaign-active = läuft
campaign-closed = beendet
payment-deposit = Anzahlung
payment-balance = Restzahlung
payment-commission = Provision
payment-bonus = Prämie
payment-scheduled = geplant
payment-due = fällig
payment-paid = bezahlt
payment-cancelled = storniert
action-quit = Beenden
action-help = Tasten anzeigen
action-palette = Befehlspalette
action-search = Suchen
action-next-view = Nächste Ansicht
action-prev-view = Vorherige Ansicht
action-up = Nach oben
action-down = Nach unten
action-left = Nach links
action-right = Nach rechts
action-page-up = Seite zurück
action-page-down = Seite weiter
action-open = Öffnen
action-back = Zurück
action-approve = Entwurf freigeben
action-request-changes = Änderungen anfragen
action-mark-paid = Als bezahlt markieren
action-select = Auswählen oder abwählen
action-make-offer = Den Ausgewählten Angebote machen
action-campaign = Nächste Kampagne
action-filters = Filter setzen
action-new-campaign = Neue Kampagne anlegen
action-edit-campaign = Kampagne bearbeiten
action-refresh = Aktualisieren
action-go = Zur Ansicht
count-drafts-waiting = { $count ->
    [one] { $count } Entwurf wartet
   *[other] { $count } Entwürfe warten
}
count-reviews-overdue = { $count ->
    [one] { $count } Prüfung überfällig
   *[other] { $count } Prüfungen überfällig
}
count-counters = { $count ->
    [one] { $count } Gegenangebot
   *[other] { $count } Gegenangebote
}
count-payments-overdue = { $count ->
    [one] { $count } Zahlung überfällig
   *[other] { $count } Zahlungen überfällig
}
count-selected = { $count } ausgewählt
count-offers-sent = { $count ->
    [one] { $count } Angebot verschickt.
   *[other] { $count } Angebote verschickt.
}
count-offers-refused = { $count ->
    [one] { $count } abgelehnt:
   *[other] { $count } abgelehnt:
}

## Fristen: weitere Erinnerungen, Hinweise ans Team, geplante Schritte und die Befehle „reminders“

time-now = jetzt
reminder-revision-due = Erinnerung: Dein überarbeiteter Entwurf für { $campaign } ist fällig am { $due } ({ $left }).
reminder-publish-opens = Gute Nachricht: Das Veröffentlichungsfenster für { $campaign } öffnet am { $due } ({ $left }). Ab dann kannst du deinen freigegebenen Beitrag posten.
notice-payment-due = Zahlung für Deal #{ $deal } ({ $creator }): { $amount }, fällig am { $due } ({ $left }).
notice-draft-overdue = Deal #{ $deal }: { $creator } hat den Entwurf, der am { $due } fällig war, nicht geschickt ({ $left }).
notice-post-overdue = Deal #{ $deal }: { $creator } hat den Beitrag nicht veröffentlicht; das Veröffentlichungsfenster hat sich am { $due } geschlossen ({ $left }).
notice-review-overdue = Der Entwurf von { $creator } für Deal #{ $deal } wartet schon länger als die Prüfzeit von { $hours } Stunden. Bitte prüft ihn.
deadline-respond_by = Antwort auf das Angebot
deadline-draft_due = Entwurf fällig
deadline-revision_due = Überarbeitung fällig
deadline-publish_opens = Veröffentlichungsfenster öffnet
deadline-publish_by = Veröffentlichen bis
deadline-payment_due = Zahlung fällig
scheduled-remind = Erinnerung: { $deadline }
scheduled-remind-payment = Zahlungserinnerung ans Team
scheduled-expire = Angebot läuft ab
scheduled-auto-approve = Automatische Freigabe
scheduled-review-overdue = Hinweis ans Team: Prüfung überfällig
scheduled-overdue = Als überfällig markieren: { $deadline }
cli-reminders-planned = { $deals ->
        [one] { $deals } Deal ohne Erinnerungen geprüft
       *[other] { $deals } Deals ohne Erinnerungen geprüft
    }; { $rows ->
        [one] { $rows } Erinnerung geplant.
       *[other] { $rows } Erinnerungen geplant.
    }
cli-reminders-listed = { $count ->
        [one] { $count } ausstehende Erinnerung.
       *[other] { $count } ausstehende Erinnerungen.
    }
cli-reminders-deal = Koop. { $deal }
dash-reminders = Erinnerungen
dash-event-overdue = Frist verpasst
dash-event-reminder = Erinnerung gesendet
count-deals-overdue = { $count ->
    [one] { $count } Deal überfällig
   *[other] { $count } Deals überfällig
}
