# LinkStar — English (United States). The source language and the fallback for every
# other language. Money, dates and long numbers arrive already formatted for the reader.

## Outbox notices to creators

notice-invite =
    You're invited to { $campaign }! Promote { $product } for a fee of { $fee }.
    Please reply by { $respond_by }.
notice-offer-revised =
    The offer for { $campaign } has changed: { $changed }. The fee is now { $fee }.
    Please review it and accept again by { $respond_by }.
notice-contract-confirmed =
    You're all set for { $campaign }: your acceptance is recorded and the terms are final. Your first draft is due { $draft_due }.
    Terms reference: { $terms_hash }
notice-changes-requested =
    The brand asked for changes to your draft for { $campaign } (revision { $round } of { $rounds }):
    { $notes }
notice-draft-approved = Great news: your draft for { $campaign } is approved! Please publish between { $publish_opens } and { $publish_closes }, and remember the ad disclosure.
notice-draft-approved-tracking = Use your tracking link in the post: { $link }
notice-draft-approved-discount = Your discount code for your audience: { $code }
notice-post-verified = Your post for { $campaign } is verified. Thank you!
notice-payment-scheduled = A payment of { $amount } is scheduled for { $due }.
notice-payment-paid = We've sent you { $amount }. Payment reference: { $reference }
notice-deal-cancelled = The brand has cancelled the collaboration for { $campaign }. Sorry for the change of plans.
notice-invite-expired = The offer for { $campaign } has expired because we didn't receive an answer in time.

## Outbox notices to operators

notice-counter-received = { $creator } proposed a fee of { $fee } for deal #{ $deal }.
notice-offer-declined = { $creator } declined the offer for deal #{ $deal }.
notice-draft-submitted = { $creator } submitted draft version { $version } for deal #{ $deal }. It is waiting for your review.
notice-post-submitted = { $creator } submitted the live post for deal #{ $deal }: { $url }
notice-draft-auto-approved = The draft for deal #{ $deal } by { $creator } was approved automatically: it waited longer than the { $hours }-hour review time.
notice-creator-unreachable = { $creator } can no longer be reached on { $platform }: they blocked the bot or closed their messages. Messages to them wait until they write again.

## The operators' daily digest

digest-title = Daily digest for { $day }
digest-quiet = Nothing needs your attention today.
digest-reviews-late = { $count ->
    [one] One draft waits past its review time:
   *[other] { $n } drafts wait past their review time:
}
digest-counters = { $count ->
    [one] One counter-offer waits for your answer:
   *[other] { $n } counter-offers wait for your answer:
}
digest-payments-overdue = { $count ->
    [one] One payment is overdue:
   *[other] { $n } payments are overdue:
}
digest-unreachable = { $count ->
    [one] One creator cannot be reached:
   *[other] { $n } creators cannot be reached:
}
digest-deadlines-overdue = { $count ->
    [one] One deal is past its draft or post deadline:
   *[other] { $n } deals are past their draft or post deadline:
}
digest-due-today = { $count ->
    [one] One thing falls due today:
   *[other] { $n } things fall due today:
}
digest-more = { $count ->
    [one] …and one more
   *[other] …and { $n } more
}
digest-item-review = #{ $deal } { $creator }: review was due { $due }
digest-item-counter = #{ $deal } { $creator }: proposes { $fee } (since { $since })
digest-item-payment = #{ $deal } { $creator }: { $amount }, due { $due }
digest-item-unreachable = { $creator } ({ $platform })
digest-item-respond-by = #{ $deal } { $creator }: answer to the offer due { $due }
digest-item-draft = #{ $deal } { $creator }: draft due { $due }
digest-item-post = #{ $deal } { $creator }: post due { $due }

## Terms that can change in a revised offer

term-deliverables = deliverables
term-fee = fee
term-payment_model = payment model
term-deposit_pct = deposit
term-usage_rights = usage rights
term-exclusivity_days = exclusivity
term-respond_by = reply deadline
term-draft_due = draft due date
term-publish_window = publish window
term-revision_rounds = revision rounds
term-review_sla_hours = brand review time
term-min_live_days = days the post stays live
term-other = other terms

## Errors, by stable code

error-review-note-time = A time in the notes isn't a moment of the video, or has nothing after it. Write times as m:ss or h:mm:ss followed by the change, like "0:12 show the label".
error-illegal-transition = That isn't possible at this stage of the deal.
error-revision-rounds-exhausted = All included revision rounds have been used.
error-payment-before-verification = This payment can only be made after the post is verified.
error-payments-open = Some payments for this deal are still open.
error-terms-changed = The terms changed after you saw them. Please review the new offer and accept again.
error-invalid-value = Something in that doesn't look right. Please check it and try again.
error-brief-template-invalid = The brief template has an error. Please check its placeholders.
error-post-link-not-a-url = That doesn't look like a link. Please send the full address of your post.
error-post-link-wrong-platform = That link is for a different platform than the one in your deal.
error-post-link-wrong-account = That post is from a different account. Please send the link to the post on your own account.
error-post-link-already-used = That post link was already submitted for another deal.
error-post-link-short = That is a short link, which doesn't show whose post it is. Please open your post in the app, tap Share → Copy link, and send me that full link (it looks like https://www.tiktok.com/@yourname/video/…).
error-not-found = We couldn't find that. It may have been removed.
error-not-your-deal = That deal belongs to someone else.
error-token-unknown = That invite link isn't valid. Please check that you copied all of it.
error-token-used = That invite link was already used. If it wasn't you, please contact the brand.
error-token-expired = That invite link has expired. Please ask the brand for a new one.
error-forbidden = You don't have permission to do that.
error-duplicate = That already exists.
error-storage = Something went wrong on our side. Please try again in a moment.
error-unknown = Sorry, something went wrong. Please try again.

## Automatic checks of drafts

check-missing-disclosure = Your caption has no ad disclosure: add { $accepted } before you post.
check-missing-hashtag = Your caption is missing the hashtag { $tag }.
check-missing-mention = Your caption doesn't mention { $handle } yet.
check-forbidden-claim = Your caption contains a claim the brand can't make: "{ $claim }". Please remove it.
check-caption-too-long = Your caption has { $chars } characters; the limit is { $max }.
check-file-empty = The file arrived empty. Please send it again.
check-file-too-large = This file is larger than the { $max } limit. Please send a smaller file, for example a shorter or lower-resolution export.
check-file-mib = { $size } MiB
check-file-type = This file type isn't accepted. Please send { $allowed }.
check-file-kind-video = videos
check-file-kind-image = images
check-file-kind-audio = audio files
check-file-kind-pdf = PDF files
check-file-kind-other = { $kind } files

## Deal stages

## Review pane: draft file, picture, save and open (issue 15)

action-view-file = Show the picture
action-save-file = Save the file to a folder
action-open-file = Open with the system viewer
dash-this-version = This version
dash-earlier-versions = Earlier versions and their notes
dash-first-version = This is the first version.
dash-file-type = Type
dash-file-size = Size
dash-file-picture = Picture
dash-save-to = Save the file in this folder
dash-file-saved = Saved as
dash-file-opened = Opened with the system viewer.
dash-file-missing = The file is not in the blob store: it never arrived here or was removed.
dash-file-unreadable = The file could not be read or written:
dash-open-remote = Opening needs the dashboard on this computer; over SSH, save the file instead.
dash-open-failed = The system viewer (xdg-open or open) could not be started.
dash-not-a-picture = Only pictures are shown here; save or open this file instead.
dash-no-file = This draft is text only: there is no file.
dash-notes-video-hint = one note per line, from the moment in the video: 0:12 show the label

stage-offered = Offered
stage-negotiating = Negotiating
stage-contracted = Contracted
stage-in_review = In review
stage-changes_requested = Changes requested
stage-approved = Approved
stage-published = Published
stage-verified = Verified
stage-completed = Completed
stage-removed = Removed early
stage-declined = Declined
stage-expired = Expired
stage-cancelled = Cancelled

## Reminders

time-left-days =
    { $days ->
        [one] { $days } day left
       *[other] { $days } days left
    }
time-left-hours =
    { $hours ->
        [one] { $hours } hour left
       *[other] { $hours } hours left
    }
time-left-overdue = overdue
reminder-respond-by = Reminder: please answer the offer for { $campaign } by { $due } ({ $left }).
reminder-draft-due = Reminder: your draft for { $campaign } is due { $due } ({ $left }).
reminder-publish-by = Reminder: please publish your post for { $campaign } by { $due } ({ $left }).

## Negotiation: the brand's answer to a counter-offer, its reminders and expiry

# Operator answers (issue 15): a declined counter-offer, a counter-back note, a refused post, timed review notes
notice-counter-declined = The brand can't meet the fee you proposed for { $campaign }. Its offer of { $fee } stands: you can accept it, decline it or propose another fee by { $due }.
notice-brand-note = Note from the brand: { $note }
notice-post-refused =
    The brand couldn't accept the post link you sent for { $campaign } ({ $url }): { $reason }
    Please fix it and send the link to your post again.
notice-review-note-at = • { $at } — { $text }
notice-review-note = • { $text }

notice-counter-pending = Deal #{ $deal }: { $creator } is waiting for your answer to their proposed fee of { $fee }. Take it or revise the offer by { $due } ({ $left }), or the offer expires.
notice-counter-expired = Deal #{ $deal }: nobody answered { $creator }'s proposed fee of { $fee } in time, so the offer has expired.
notice-negotiation-expired = The brand did not answer your proposed fee of { $fee } for { $campaign } in time, so the offer has expired.
deadline-counter_answer = answer to the counter-offer
scheduled-remind-counter = Team reminder: answer the counter-offer
bot-status-counter = Next: the brand is considering your proposed fee of { $fee } until { $due } ({ $left })

## Buttons, commands and screens

button-accept = Accept
button-decline = Decline
button-propose-fee = Propose a fee
button-read-brief = Read the full brief
command-link = Connect this chat to your LinkStar invite
command-status = Your deals, deadlines and payments
command-help = What to do next
command-language = Change the language
command-draft = Send a draft for review
command-post = Submit the link to your published post
option-token = The code from your invite
option-file = Your draft: a video, photo or document
option-caption = The caption you will post with it
option-url = The link to your published post
field-fee = Your fee, for example 600 EUR
discord-name-link = link
discord-name-deals = deals
discord-name-draft = draft
discord-name-post = post
discord-name-language = language
discord-name-help = help
discord-name-token = token
discord-name-file = file
discord-name-caption = caption
discord-name-url = url
screen-pipeline = Pipeline
screen-campaigns = Campaigns
screen-creators = Creators
screen-review = Review queue
screen-payments = Payments
screen-reports = Reports
screen-activity = Activity

## The Telegram bot outside a creator's own private chat

bot-private-chat-only = I only work in a private chat. Please write to me directly, one to one.
bot-not-your-button = This button isn't yours, so nothing was changed.

## Languages, each in its own words (the same in every file)

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
language-changed = Done! I'll write to you in { $language } from now on.

## The creator assistant in the chat

bot-welcome =
    { $platform ->
        [discord] Hello! I'm the assistant for your brand collaborations. To get started, send { $link } with the code from the invite the brand sent you.
       *[other] Hello! I'm the assistant for your brand collaborations. To get started, open the invite link the brand sent you.
    }
bot-not-linked =
    { $platform ->
        [discord] This chat isn't connected to an invite yet. Please send { $link } with the code from the invite the brand sent you.
       *[other] This chat isn't connected to an invite yet. Please open the invite link the brand sent you.
    }
bot-linked = Welcome, { $name }! This chat is now connected. Your offer for { $campaign } follows in a moment.
bot-unknown-command = I don't know that command. Send { $help } to see what I can do.
bot-nothing-expected = I'm not waiting for anything from you right now. Send { $status } to see your collaborations.
bot-button-stale = That button is no longer valid. Send { $status } to see where things stand.
bot-ask-fee = What fee would you like to propose for { $campaign }? Send the amount in { $currency }, for example { $example }. To keep the offer as it is, tap Cancel.
bot-fee-invalid = I couldn't read that as an amount. Please send just the number, for example { $example }, or tap Cancel.
bot-counter-sent = Thank you! I've sent your proposal of { $fee } to the brand. I'll tell you as soon as they answer.
bot-accepted = You accepted the offer for { $campaign }.
bot-declined = You declined the offer for { $campaign }. Thanks for letting us know!
bot-brief = Brief for { $campaign }:
bot-expect-file =
    { $platform ->
        [discord] Please send your draft for { $campaign } with { $draft }: attach the file and add your caption.
       *[other] Please send your draft for { $campaign } as a file, photo or video, with your caption in the same message.
    }
bot-which-deal = Which collaboration is this draft for?
bot-draft-received = Got it! Version { $version } of your draft for { $campaign } is now with the brand for review.
bot-checks-passed = Automatic checks: your caption has everything it needs.
bot-checks-found = Automatic checks found something to fix before you post:
bot-post-received = Thanks! Your post for { $campaign } is recorded. The brand will verify it shortly.
bot-language-choose = Choose your language:
bot-status-empty = You have no collaborations yet.
bot-status-title = Your collaborations:
bot-status-deal = { $campaign }: { $stage }
bot-status-deadline = Next: { $deadline }, { $due } ({ $left })
bot-status-payment-open = Payment: { $amount }, due { $due }
bot-status-payment-paid = Payment: { $amount }, paid
bot-help-not-linked =
    { $platform ->
        [discord] Send { $link } with the code from the invite the brand sent you to connect this chat. After that, I'll show you your offer here.
       *[other] Open the invite link the brand sent you to connect this chat. After that, I'll show you your offer here.
    }
bot-help-offered = Read the offer for { $campaign } and the brief, then answer with the buttons under the offer.
bot-help-negotiating = The brand is looking at the fee you proposed for { $campaign }. I'll tell you when they answer.
bot-help-contracted =
    { $platform ->
        [discord] Send your draft for { $campaign } with { $draft }: a video, photo or document, and the caption.
       *[other] Send your draft for { $campaign } here: a video, photo or document, with the caption in the same message.
    }
bot-help-in-review = The brand is reviewing your draft for { $campaign }. I'll send you their answer here.
bot-help-changes =
    { $platform ->
        [discord] The brand asked for changes for { $campaign }. Send the new version of your draft with { $draft }.
       *[other] The brand asked for changes for { $campaign }. Send the new version of your draft here.
    }
bot-help-approved = Publish your post for { $campaign } within the publish window, then send me its link.
bot-help-published = The brand is verifying your post for { $campaign }.
bot-help-done = Nothing to do right now. I'll write to you when something needs you.
bot-help-commands = Commands:
bot-expect-answer = Your offer for { $campaign } is waiting for your answer: accept it, decline it or propose another fee with the buttons below.
bot-already-linked = You're already connected: this chat is linked to your invite for { $campaign }, so there is nothing more to do with that link.
bot-already-accepted = You already accepted the offer for { $campaign } on { $date }.
bot-deal-unavailable = That collaboration isn't available in this chat. Send { $status } to see yours.
bot-fee-wrong-currency = The fee must be in { $currency }, the deal's currency, not { $found }. Please send the amount in { $currency }, for example { $example }, or tap Cancel.
bot-fee-cancelled = OK, no new fee proposed. The offer for { $campaign } stands as it is: answer it with the buttons below.
bot-nothing-to-cancel = There is nothing to cancel right now.
bot-post-early = The publish window for { $campaign } only opens on { $opens }. Is your post already live? Tap "Yes, it's live" to send the link to the brand, or Cancel.
bot-post-early-cancelled = OK, I didn't record the link. Send it again once your post is live, from { $opens }.
bot-post-link-expected = I'm waiting for the link to your published post for { $campaign }. Please send the full link from the app's Share → Copy link, for example https://www.tiktok.com/@yourname/video/…
bot-button-cancel = Cancel
bot-button-post-live = Yes, it's live
bot-format-video = video
bot-format-image = photo post
bot-format-story = story
bot-format-live = live stream
bot-payment-fixed = fixed fee, { $deposit } % paid on signing
bot-payment-cps = { $rate } % commission on sales
bot-payment-hybrid = fixed fee plus { $rate } % commission on sales, { $deposit } % of the fee paid on signing
bot-rights-organic = your own post only
bot-rights-paid-ads =
    { $days ->
        [one] the brand may run your post as an ad for { $days } day
       *[other] the brand may run your post as an ad for { $days } days
    }
bot-rights-perpetual = unlimited use by the brand
bot-card =
    { $campaign } · { $product }
    Deliverables: { $deliverables }
    Fee: { $fee } ({ $payment })
    Usage rights: { $rights }
    Exclusivity: { $exclusivity_days ->
        [one] { $exclusivity_days } day
       *[other] { $exclusivity_days } days
    }
    Draft due: { $draft_due }
    Publish between { $publish_opens } and { $publish_closes }
    Revision rounds included: { $rounds }
## Command line (operators)

pipeline-col-deliverables = Deliverables
pipeline-col-warnings = Warnings
pipeline-warn-risk = risk flags: { $flags }
pipeline-warn-market = outside the campaign's markets ({ $country })
pipeline-warn-budget = over the budget left ({ $left } left)
pipeline-dry-run = Dry run: { $count ->
        [one] 1 offer would go out
       *[other] { $count } offers would go out
    }, { $total } in total. Nothing was sent.
pipeline-confirm-offers = Send { $count ->
        [one] 1 offer
       *[other] { $count } offers
    } for { $campaign }, { $total } in total? [y/N]
pipeline-needs-yes = Nothing changed: not on a terminal, so nobody can confirm. Check first (offers send has --dry-run), then add { $flag } to go ahead.
pipeline-nothing-changed = Nothing changed.
pipeline-offers-sent = { $sent ->
        [one] 1 offer sent
       *[other] { $sent } offers sent
    }, { $refused } refused.
pipeline-offer-refused = { $creator }: not sent: { $reason }
pipeline-no-rate = { $creator } has no rate for { $format } in their rate card: pass --fee "AMOUNT CUR".
pipeline-no-recipients = No creators to send to: name them with --creator, --csv or --search.
pipeline-bad-search = “{ $term }” is not a search term. Use platform:, country:, language:, category:, audience:, tier:, min-followers:, max-followers:, min-engagement:, status:, no-risk, or plain words for the name or handle.
pipeline-counter-accepted = Deal { $deal }: { $creator }'s counter of { $fee } accepted; they confirm it in their chat.
pipeline-countered-back = Deal { $deal }: you offered { $fee } back; { $creator } answers by { $due }.
pipeline-counter-declined = Deal { $deal }: counter declined; the offer of { $fee } stands.
pipeline-cancel-heading = Cancelling deal { $deal } ({ $creator }, { $campaign }):
pipeline-cancel-payment = { $kind } { $amount }: { $fate ->
        [paid] stays paid
        [cancelled] was already cancelled
       *[voided] is cancelled
    }
pipeline-cancel-no-payments = No payments are affected.
pipeline-confirm-cancel = Cancel deal { $deal }? [y/N]
pipeline-cancelled = Deal { $deal } cancelled; the creator was told.
pipeline-approved = Deal { $deal }: draft { $version } approved; the creator was sent the publish window.
pipeline-changes-requested = Deal { $deal }: changes requested on draft { $version } (round { $round } of { $rounds }); the creator was sent your notes.
pipeline-post-verified = Deal { $deal }: post verified; the balance is scheduled.
pipeline-post-refused = Deal { $deal }: post link refused; the creator was asked for a corrected one.
pipeline-no-drafts = Deal { $deal } has no drafts yet.
pipeline-draft-version = Version { $version } · { $when } · { $kind ->
        [photo] photo
        [video] video
        [text] text only
       *[file] file
    }
pipeline-draft-file = File: { $name } ({ $mime }, { $size } bytes, SHA-256 { $sha })
pipeline-draft-review = { $decision ->
        [approved] Approved
       *[changes] Changes requested
    } { $when }: { $notes }
pipeline-draft-saved = Draft { $version } of deal { $deal } saved to { $path }
pipeline-draft-exists = { $path } already exists; nothing was overwritten. Remove it or choose another --out directory.
pipeline-draft-no-version = Deal { $deal } has no draft { $version }; the newest is { $versions }.
pipeline-draft-blob-missing = The file of draft { $version } is not in the blob store ({ $path }). Set blob_dir (LINKSTAR_BLOB_DIR) to the folder `linkstar serve` uses.
pipeline-yes-words = y, yes

console-database-ready = The database is up to date: { $url }
console-demo-reused = Using the existing demo database at { $url }
console-demo-seeded = Seeded the demo database at { $url }: { $campaigns } campaigns, { $creators } creators, { $deals } deals. Act as operator “{ $operator }”.
console-pipeline-total = { $deals ->
        [one] 1 deal
       *[other] { $deals } deals
    }, { $creators ->
        [one] 1 creator
       *[other] { $creators } creators
    } in the pool
console-audit-intact = Audit log intact: { $events ->
        [one] 1 event verified
       *[other] { $events } events verified
    }
console-audit-unlinked = Audit log BROKEN at event { $event }: it does not follow the event before it (an event was removed or changed).
console-audit-altered = Audit log BROKEN at event { $event }: it was altered after it was written.
console-import-progress = Imported { $imported } creators, refused { $refused }…
console-row-refused = Line { $line }: { $reason }
console-import-done = Imported { $imported ->
        [one] 1 creator
       *[other] { $imported } creators
    }; refused { $refused ->
        [one] 1 row
       *[other] { $refused } rows
    }.
console-exported = Exported { $count ->
        [one] 1 creator
       *[other] { $count } creators
    }.
console-offer-made = Offer { $deal } made to { $creator } for { $campaign }.
console-telegram-link-hint = Set telegram_bot_username in the settings to get a t.me link.
console-brand-created = Brand { $id } created: { $name }
console-operator-created = Operator { $id } created.
console-campaign-created = Campaign { $id } created.
console-failed = Error: { $message }
console-serve-running = linkstar serve: { $bots } running, with the delivery worker and the reminder scheduler. Stop with Ctrl-C.
console-serve-stopping = linkstar serve: stopping once the messages in hand are sent. Press Ctrl-C again to stop at once.
console-serve-stopped = linkstar serve: stopped.
console-serve-stopped-at-once = linkstar serve: stopped at once. Messages that were being sent may arrive again.

## Discord: buttons pressed in a server and edited messages

discord-not-your-button = These buttons belong to someone else's conversation with me. For your own collaborations, write to me in a direct message.
discord-edit-not-taken = You edited an earlier message. I only take an edit when it is the answer I am waiting for, so please send it again as a new message.

## Command line: results and money (operators). Amounts, dates, rates and percentages
## arrive formatted; $imported, $refused, $fetched, $failed, $count, $commissions and
## $completed are counts.

console-report-heading-open = { $campaign } (open) — amounts in { $currency } as of { $as_of }
console-report-heading-closed = { $campaign } (closed) — amounts in { $currency } as of { $as_of }
console-report-rates = Exchange rates: { $rates }
console-report-rates-none = Exchange rates: none needed
console-report-totals = deals { $deals } · committed { $committed } · paid { $paid }
console-report-reach = reach { $reach } · engagements { $engagements } · engagement rate { $engagement_rate } · CPM { $cpm } · CPE { $cpe } · CPC { $cpc }
console-report-sales = clicks { $clicks } · conversions { $conversions } · revenue { $revenue } · ROI { $roi }
console-report-delivery = on-time drafts { $on_time } · revisions per deal { $revisions }
console-report-creators-note = (right of | : each creator across all campaigns — deals, on-time drafts, revisions per deal, posts removed early)
console-hours = { $hours } h
console-metrics-imported = Imported { $imported ->
        [one] { $imported } snapshot
       *[other] { $imported } snapshots
    }; refused { $refused ->
        [one] { $refused } row
       *[other] { $refused } rows
    }.
console-metrics-recorded = Metrics recorded for deal { $deal }.
console-metrics-fetch-failed = Deal { $deal }: { $reason }
console-metrics-fetched = Fetched { $fetched ->
        [one] { $fetched } post
       *[other] { $fetched } posts
    }; { $failed } failed.
console-payment-deal = deal { $deal }
console-payment-due = due { $due }
console-payments-listed = { $count ->
        [one] { $count } payment
       *[other] { $count } payments
    }
console-payment-paid = Payment { $payment } of { $amount } marked paid ({ $reference }).
console-payments-now-due = { $count ->
        [one] { $count } payment is now due.
       *[other] { $count } payments are now due.
    }
console-bonus-scheduled = Bonus payment { $payment } scheduled for deal { $deal }.
console-payout-file = { $path }: { $count ->
        [one] { $count } payment
       *[other] { $count } payments
    }
console-fx-rate-set = 1 { $from } = { $rate } { $to } on { $date }
console-discount-code-set = Deal { $deal }: discount code { $code }
console-discount-code-removed = Deal { $deal }: discount code removed
console-attribution-exported = { $path }: { $count ->
        [one] { $count } deal
       *[other] { $count } deals
    }
console-commission-scheduled = Deal { $deal }: commission of { $amount } scheduled
console-campaign-closed = Closed { $campaign }: { $commissions ->
        [one] { $commissions } commission
       *[other] { $commissions } commissions
    } scheduled, { $completed ->
        [one] { $completed } deal
       *[other] { $completed } deals
    } completed.

## Words of the report table (short: they head aligned columns)

## Shell: creators search, campaigns edit, progress of long jobs (issue 16)
shell-pool-bad-filter = --{ $field } does not accept “{ $value }”.
shell-pool-empty = No creator matches these filters.
shell-pool-fit-for = Fit for { $campaign }
shell-campaign-file-unreadable = Cannot read { $file }: { $reason }
shell-campaign-file-kind = { $file }: a campaign file ends in .toml or .json.
shell-campaign-file-invalid = { $file }: { $field }: { $reason }. Nothing was changed.
shell-campaign-updated = Campaign “{ $name }” updated.
shell-progress = { $job }: { $done } so far…
shell-progress-of = { $job }: { $done } of { $total }
shell-progress-done = { $job }: done ({ $done }).
shell-job-import = Importing creators
shell-job-export = Exporting creators
shell-job-demo = Seeding the demo
shell-job-backfill = Planning reminders
shell-job-metrics = Fetching metrics
shell-job-payouts = Exporting payouts

report-campaign = Campaign
report-deal = deal
report-creator = creator
report-stage = stage
report-committed = committed
report-paid = paid
report-reach = reach
report-engagement-rate = ER
report-cpm = CPM
report-cpc = CPC
report-revenue = revenue
report-roi = ROI
report-on-time = on-time
report-deals = deals
report-revisions = revs
report-removals = rmvd
report-brand-speed = Brand speed
report-this-campaign = this campaign
report-all-campaigns = all campaigns
report-reviews = reviews
report-average-review = average review
report-within-review-sla = within review SLA
report-payments-made = payments made
report-average-delay = average payment delay
report-paid-on-time = paid on time (72 h)
report-overdue-now = overdue now

## First run, the active profile and `linkstar status` (operators). $path and $url are
## files and databases, $bot is "Telegram" or "Discord", $role and $action come as they are.

setup-missing-database = There is no database at { $path }. Set one up with `linkstar setup init` (your own brand) or `linkstar demo` (sample data), or name another with --db.
setup-unreadable-database = The database at { $path } cannot be opened: { $reason }. Check that it is a LinkStar database and that you may read and write it, or name another with --db.
setup-newer-schema = This database was written by a newer LinkStar (schema { $found }; this version knows up to { $known }). Install the newer linkstar to use it.
setup-unknown-campaign = There is no campaign “{ $name }”.
setup-unknown-creator = There is no creator “{ $name }” in the pool.
setup-unknown-operator = There is no operator “{ $name }” in this database. Pass --operator with an existing username, or add one with `linkstar setup operator`.
setup-did-you-mean = Did you mean “{ $name }”?
setup-forbidden = Your role ({ $role }) may not do this ({ $action }). Ask an admin of your brand to do it or to change your role.
setup-not-set-up = LinkStar is not set up yet: { $url } has no brand and no operator.
setup-set-up-with = To set up your own brand (you become its admin), run:
setup-or-try-the-demo = Or look around with sample data first:
setup-ask-brand = Brand name
setup-ask-legal-name = Legal name (for contracts)
setup-ask-currency = Currency (ISO code, such as EUR)
setup-ask-operator-name = Your name
setup-ask-token = { $bot } bot token (leave empty to skip)
setup-done = { $brand } is set up with you ({ $username }) as its admin, in { $url }. This database is now active; `linkstar` opens the dashboard.
setup-tokens-saved = Bot tokens saved in { $path }, readable only by you.
setup-demo-active = The demo database is now active: commands without --db use it, acting as “{ $operator }”. `linkstar setup init` sets up your own brand and makes it active instead.
setup-demo-not-active = Your own database stays active. To work on the demo, add --db { $url }.
status-database = Database: { $url } (from { $source })
status-no-file = The database file does not exist yet.
status-operator = Operator: { $name } (from { $source })
status-brand = Brand: { $brand }, role { $role }
status-language = Language: { $language } (from { $source })
status-bot-configured = { $bot } bot: configured
status-bot-not-configured = { $bot } bot: not configured
source-flag = the command line
source-environment = the environment variable { $name }
source-file = the settings file { $path }
source-profile = the active profile { $path }
source-os-user = your user name on this computer
source-default = the default
config-value = { $key } = { $value } (from { $source })
config-unset = { $key } is not set

## Payments (operators)

payment-kind-deposit = deposit
payment-kind-balance = balance
payment-kind-commission = commission
payment-kind-bonus = bonus
payment-status-scheduled = scheduled
payment-status-due = due
payment-status-paid = paid
payment-status-cancelled = cancelled
## Demo in the present
console-demo-stale = The demo database at { $url } was seeded for { $day }, so its deadlines have gone by. Run `linkstar demo --reseed` to seed it afresh for today.
console-demo-reseed-ask = The demo database at { $url } was seeded for { $day }. Seed it afresh for today? This replaces everything in it. [y/N]
console-demo-not-demo = The database at { $url } holds data that is not the demo's, so the demo leaves it alone. Point --db at a new file, or leave --db out to use the demo's own database.
console-demo-reseed-file-only = Only a demo in a SQLite file can be seeded afresh. Empty { $url } yourself, then run `linkstar demo` again.

## Operator dashboard (terminal)

# Dashboard workbench: negotiation, posts, cancelling, confirmations, form reasons
dash-act-accept-counter = Accept the counter-offer
dash-act-counter-back = Counter with your fee
dash-act-decline-counter = Decline the counter-offer
dash-act-verify-post = Verify the post
dash-act-refuse-post = Refuse the post link
dash-act-cancel-deal = Cancel the deal
dash-negotiation = Negotiation
dash-their-counter = Their counter
dash-your-offer = Your offer
dash-round = Round
dash-answer-by = Answer by
dash-history = History
dash-hist-offer = offer
dash-hist-counter = counter
dash-hist-counter-back = your counter
dash-hist-accepted = accepted
dash-hist-declined = declined
dash-hist-counter-accepted = counter accepted
dash-hist-counter-declined = counter declined
dash-hist-revised = offer revised
dash-post-link = Post link
dash-amount = Amount
dash-your-fee = Your fee
dash-note-optional = Note for the creator (optional)
dash-reason-creator = Reason (the creator reads it)
dash-cancel-payments = What happens to the payments
dash-pay-stays-paid = stays paid
dash-pay-already-cancelled = already cancelled
dash-pay-voided = voided
dash-no-payments = No payments yet.
dash-confirm-hint = y or Enter: do it · n or Esc: go back
dash-discard-title = Discard what you typed?
dash-discard-hint = y: discard · n or Esc: keep editing
dash-form-hint-editor = Tab next field · Ctrl-S save · Esc cancel
dash-still-loading = Still loading what you selected, so nothing was done.
dash-nothing-selected = Nothing is selected, so nothing was done.
dash-not-now = Not possible at this stage of the deal.
dash-done-counter-accepted = Counter-offer accepted. The creator will be told.
dash-done-counter-sent = Your fee was sent to the creator.
dash-done-counter-declined = Counter-offer declined. Your offer stands.
dash-done-post-verified = Post verified. The balance is scheduled.
dash-done-post-refused = Post link refused. The creator will be told why.
dash-done-deal-cancelled = Deal cancelled.
dash-why-amount = Write an amount with its currency, like 450 USD.
dash-why-currency = Use the offer's currency, { $currency }.
dash-why-date = Write a date like 2026-12-01.
dash-why-number = Write a whole number, like 2.
dash-why-percent = Write a percentage from 0.01 to 100.
dash-why-deposit = Write a deposit from 0 to 100 percent.
dash-why-ends-before-start = It ends before it starts.
dash-why-window = The publish window must open after the draft is due, and close after it opens.
dash-why-draft-due = The draft must be due after the answer date.
dash-why-countries = Two-letter country codes with commas, like US, DE.
dash-why-languages = Language tags with commas, like en-US, de-DE.
dash-why-hours = 1 to 8 different hours from -720 to 720, with commas, like 48, 24, -24.
dash-why-hour-range = From 1 to 720 hours.
dash-why-required = This can't be empty.
dash-why-positive = This must be more than zero.
dash-why-unknown = LinkStar doesn't know this value here.

dash-screen-deal = Deal
dash-needs-you = Needs you now
dash-all-clear = Nothing needs you right now.
dash-all-campaigns = All campaigns
dash-closed-stages = Closed
dash-loading = Loading…
dash-empty = Nothing to show.
dash-live = live
dash-help-title = Keys
dash-palette-title = Commands
dash-search = Search
dash-filters = Filters
dash-any = any
dash-yes = yes
dash-no = no
dash-caption = Caption
dash-checks = Automatic checks
dash-checks-passed = All automatic checks passed.
dash-file = File
dash-text-only = Text only, no file
dash-versions = Versions and notes
dash-notes = Notes for the creator
dash-reference = Payout reference
dash-terms = Terms
dash-timeline = Timeline
dash-conversation = Messages to the creator
dash-brief = Brief template
dash-product = Product
dash-markets = Markets
dash-languages = Languages
dash-spend = Spend by campaign
dash-events-per-day = Events per day, last 30 days
dash-outbox = Outbox
dash-delivery = Delivery
dash-delivery-ok = Messages are going out.
dash-delivery-behind = Messages have waited more than 5 minutes. Is `linkstar serve` running?
dash-delivery-idle = No message has been sent yet.
dash-editor-hint = Ctrl-S send · Esc cancel
dash-form-hint = Tab next field · Enter save · Esc cancel
dash-prompt-hint = Enter confirm · Esc cancel
dash-offer-title = Offer terms
dash-campaign-new = New campaign
dash-campaign-edit = Edit campaign
dash-saved = Saved.
dash-approved = Draft approved. The creator will be told.
dash-changes-sent = Changes requested. The creator will be told.
dash-paid = Payment marked paid.
dash-no-campaign = no campaign chosen
dash-due = Due
dash-overdue = Overdue
dash-paid-tab = Paid
dash-fit-for = Fit for
dash-publish-opens = Publish window opens
dash-publish-closes = Publish window closes
dash-offer-commission = Commission on sales, % (empty: none)
dash-offer-ads-days = Paid-ads usage, days (0: organic only)
dash-name = Name
dash-starts = Starts
dash-ends = Ends
dash-reminder-offsets = Reminders (hours before; negative = after)
dash-revision-hours = Revision time (hours)
dash-bad-value = Check this field.
dash-refresh-failed = Could not refresh. Retrying.
dash-actor-system = LinkStar (automatic)
dash-actor-team = Brand team
dash-event-draft = Draft uploaded
dash-event-payment-scheduled = Payment scheduled
dash-event-payment-paid = Payment made
dash-event-metrics = Metrics recorded
dash-event-chat-linked = Chat connected
dash-event-other = Other change
col-creator = Creator
col-campaign = Campaign
col-stage = Stage
col-fee = Fee
col-due = Due
col-updated = Updated
col-country = Country
col-followers = Followers
col-engagement = Engagement
col-tier = Tier
col-fit = Fit
col-handle = Handle
col-flags = Risks
col-status = Status
col-amount = Amount
col-kind = Kind
col-reference = Reference
col-budget = Budget
col-committed = Committed
col-paid = Paid
col-delivered = Delivered
col-dates = Dates
col-version = Version
col-sla = Review by
col-message = Message
col-recipient = To
col-deals = Deals
col-views = Views
col-clicks = Clicks
col-conversions = Sales
col-revenue = Revenue
col-when = When
col-who = Who
col-what = What
col-pending = Waiting
col-sent = Sent
col-failed = Failed
col-unreachable = Unreachable
filter-platform = Platform
filter-language = Language
filter-category = Category
filter-min-followers = Followers from
filter-max-followers = Followers up to
filter-min-engagement = Engagement from (%)
filter-exclude-risky = Hide risky creators
filter-pool-status = Pool status
filter-text = Name or handle
role-admin = admin
role-manager = manager
role-reviewer = reviewer
role-finance = finance
role-viewer = viewer
campaign-draft = in preparation
campaign-active = running
campaign-closed = closed
payment-deposit = deposit
payment-balance = balance
payment-commission = commission
payment-bonus = bonus
payment-scheduled = scheduled
payment-due = due
payment-paid = paid
payment-cancelled = cancelled
action-quit = Quit
action-help = Show the keys
action-palette = Command palette
action-search = Search
action-next-view = Next view
action-prev-view = Previous view
action-up = Up
action-down = Down
action-left = Left
action-right = Right
action-page-up = Page up
action-page-down = Page down
action-open = Open
action-back = Back
action-approve = Approve the draft
action-request-changes = Request changes
action-mark-paid = Mark paid
action-select = Select or unselect
action-make-offer = Make offers to the selected
action-campaign = Next campaign
action-filters = Filters
action-new-campaign = New campaign
action-edit-campaign = Edit the campaign
action-refresh = Refresh
action-go = Go to view
count-drafts-waiting = { $count ->
    [one] { $count } draft waiting
   *[other] { $count } drafts waiting
}
count-reviews-overdue = { $count ->
    [one] { $count } review past its deadline
   *[other] { $count } reviews past their deadline
}
count-counters = { $count ->
    [one] { $count } counter-offer
   *[other] { $count } counter-offers
}
count-payments-overdue = { $count ->
    [one] { $count } payment overdue
   *[other] { $count } payments overdue
}
count-selected = { $count } selected
count-offers-sent = { $count ->
    [one] { $count } offer sent.
   *[other] { $count } offers sent.
}
count-offers-refused = { $count ->
    [one] { $count } refused:
   *[other] { $count } refused:
}

## Deadlines: more reminders, operator alerts, scheduled rows and the reminders commands

time-now = now
reminder-revision-due = Reminder: your revised draft for { $campaign } is due { $due } ({ $left }).
reminder-publish-opens = Good news: the publish window for { $campaign } opens { $due } ({ $left }). From then on you can post your approved content.
notice-payment-due = Payment for deal #{ $deal } ({ $creator }): { $amount }, due { $due } ({ $left }).
notice-draft-overdue = Deal #{ $deal }: { $creator } has not sent the draft that was due { $due } ({ $left }).
notice-post-overdue = Deal #{ $deal }: { $creator } has not published the post; the publish window closed { $due } ({ $left }).
notice-review-overdue = The draft for deal #{ $deal } by { $creator } has waited longer than the { $hours }-hour review time. Please review it.
deadline-respond_by = answer to the offer
deadline-draft_due = draft due
deadline-revision_due = revised draft due
deadline-publish_opens = publish window opens
deadline-publish_by = publish by
deadline-payment_due = payment due
scheduled-remind = Reminder: { $deadline }
scheduled-remind-payment = Payment reminder to the team
scheduled-expire = Offer expires
scheduled-auto-approve = Automatic approval
scheduled-review-overdue = Team alert: review overdue
scheduled-overdue = Overdue flag: { $deadline }
cli-reminders-planned = { $deals ->
        [one] { $deals } deal without reminders checked
       *[other] { $deals } deals without reminders checked
    }; { $rows ->
        [one] { $rows } reminder planned.
       *[other] { $rows } reminders planned.
    }
cli-reminders-listed = { $count ->
        [one] { $count } pending reminder.
       *[other] { $count } pending reminders.
    }
cli-reminders-deal = Deal { $deal }
dash-reminders = Reminders
dash-event-overdue = Deadline missed
dash-event-reminder = Reminder sent
count-deals-overdue = { $count ->
    [one] { $count } deal overdue
   *[other] { $count } deals overdue
}
