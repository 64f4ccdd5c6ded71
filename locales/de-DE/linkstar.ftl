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
check-file-too-large = Diese Datei ist { $size } MB groß; erlaubt sind { $max } MB.
check-file-type = Dieser Dateityp wird nicht angenommen. Bitte sende { $allowed }.

## Phasen eines Deals

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

## Schaltflächen, Befehle und Ansichten

button-accept = Annehmen
button-decline = Ablehnen
button-propose-fee = Honorar vorschlagen
button-read-brief = Ganzes Briefing lesen
command-link = Diesen Chat mit deiner LinkStar-Einladung verbinden
command-status = Deine Deals, Fristen und Zahlungen
command-help = Was als Nächstes zu tun ist
command-language = Sprache ändern
screen-pipeline = Pipeline
screen-campaigns = Kampagnen
screen-creators = Creator
screen-review = Prüfungen
screen-payments = Zahlungen
screen-reports = Berichte
screen-activity = Aktivität

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

## Operator dashboard (terminal)

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
dash-name = Bezeichnung
dash-starts = Beginn
dash-ends = Ende
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
