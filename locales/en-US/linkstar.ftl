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
check-file-too-large = This file is { $size } MB; the limit is { $max } MB.
check-file-type = This file type isn't accepted. Please send { $allowed }.

## Deal stages

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

## Buttons, commands and screens

button-accept = Accept
button-decline = Decline
button-propose-fee = Propose a fee
button-read-brief = Read the full brief
command-link = Connect this chat to your LinkStar invite
command-status = Your deals, deadlines and payments
command-help = What to do next
command-language = Change the language
screen-pipeline = Pipeline
screen-campaigns = Campaigns
screen-creators = Creators
screen-review = Review queue
screen-payments = Payments
screen-reports = Reports
screen-activity = Activity

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

## Operator dashboard (terminal)

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
dash-name = Name
dash-starts = Starts
dash-ends = Ends
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
