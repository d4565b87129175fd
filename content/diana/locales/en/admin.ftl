## The admins' menu (/admin). Only ADMIN_TELEGRAM_IDS ever see these strings.

admin-title =
    🗝️ Administration
    Choose a section.
admin-section-users = 👤 Users
admin-section-stats = 📊 Economy
admin-section-audit = 📜 Audit log
admin-back = ⬅️ Administration
admin-refresh-button = 🔄 Refresh

admin-users-title = 👤 Users
admin-users-prompt = Send the numeric id or the @username of the person you are looking for.
admin-lookup-button = 🔎 Look up someone else
admin-not-found = I can find no one under “{ $query }”. Send another id or @username, or /admin to return to the menu.
admin-bad-query = “{ $query }” is neither an id nor a @username. Send, for example, 123456789 or @ana.
admin-card =
    👤 { $name }
    Language: { $language } · joined: { $since }
    💋 { $balance } besitos · total earned { $total } · level { $level }
    VIP: { $vip }
    Items: { $items }
admin-card-vip-until = until { $until }
admin-card-vip-none = no
admin-card-items-none = none
admin-card-recent = Latest transactions:
admin-grant-button = ➕ Grant
admin-revoke-button = ➖ Revoke
admin-cancel-button = ✖️ Cancel
admin-grant-prompt =
    ➕ How many besitos shall I grant { $name }, and why?
    Send the amount and the reason in one message, for example:
    50 compensation for Tuesday's outage
admin-revoke-prompt =
    ➖ How many besitos shall I revoke from { $name } (balance { $balance }), and why?
    Send the amount and the reason in one message, for example:
    20 duplicate credit
admin-bad-format = Send the amount and the reason, for example: 50 compensation
admin-bad-amount = The amount must be a whole number between 1 and { $max }. For example: 50 compensation
admin-bad-reason = Add a reason of 3 to 200 characters after the amount. For example: 50 compensation
admin-granted = ✅ Granted { $amount } besitos to { $name }. Balance: { $before } → { $after }. Entry #{ $audit }.
admin-revoked = ✅ Revoked { $amount } besitos from { $name }. Balance: { $before } → { $after }. Entry #{ $audit }.
admin-below-zero = ❌ I cannot revoke { $amount } besitos from { $name }: the balance is { $balance } and never goes below zero. Nothing has changed.
admin-repeated = That operation has already been carried out; it will not be repeated.
admin-not_undoable = That audit entry cannot be undone.
admin-unknown_user = That person is not registered.
admin-ambiguous = More than one person is registered as { $query } (someone changed their name). Please look them up by their Telegram id.
admin-undo-button = ↩️ Undo #{ $audit }
admin-undone = Entry #{ $audit } undone.

admin-stats =
    📊 Economy
    Users: { $users }
    Issued: { $issued } · spent: { $spent } · revoked: { $revoked }
    In circulation: { $circulating }
admin-stats-top = Top earners:
admin-stats-top-line = { $rank }. { $name } · { $total } earned · balance { $balance }
admin-stats-none = No one yet.
admin-stats-volume = { $days ->
    [one] Last day
   *[other] Last { $days } days
} (issued / spent / transactions):
admin-stats-experiments = 🧪 Story experiments (shown / continued):
admin-stats-experiment-line = { $node } · { $variant }: { $exposed } / { $converted } ({ $percent }%)
admin-stats-volume-line = { $day }: +{ $issued } / −{ $spent } / { $movements }

admin-audit-title = 📜 Audit log ({ $count ->
    [one] the latest action
   *[other] the latest { $count } actions
})
admin-audit-empty = No actions recorded yet.
admin-audit-line = #{ $id } · { $date } · admin { $admin } · { $action } · user { $target }
admin-audit-change = · balance { $before } → { $after }
admin-action-lookup = lookup
admin-action-grant = grant
admin-action-revoke = revoke
admin-action-undo = undo
admin-action-grant-refused = grant refused
admin-action-revoke-refused = revoke refused
admin-action-undo-refused = undo refused

admin-section-events = 🧯 Events
admin-events-title = 🧯 Background events
admin-events-stats = Pending: { $pending } · Failed: { $dead } · Processed: { $done }
admin-events-dead-line = #{ $id } { $type } · user { $user } · { $attempts ->
    [one] { $attempts } attempt
   *[other] { $attempts } attempts
}
    { $error }
admin-events-no-dead = No failed events. All in order.
admin-events-retry = 🔁 Retry #{ $id }
admin-events-retried = Sent back to the queue.
admin-events-not-dead = That event is no longer among the failed ones.
admin-updates-stats = Telegram updates awaiting retry: { $waiting } · Failed: { $dead }
admin-updates-dead-line = Update { $id } ({ $kind }) · { $attempts ->
    [one] { $attempts } attempt
   *[other] { $attempts } attempts
}
    { $error }
admin-updates-retry = 🔁 Retry update { $id }
admin-action-event-retry = event retry
admin-action-update-retry = Telegram update retry

chat-budget-warning-daily = 🕯️ A discreet warning: conversations with Miss Diana have spent ${ $spent } of today's ${ $cap } ({ $percent }%). Once the limit is reached, she will answer with her scripted lines until tomorrow.
chat-budget-warning-monthly = 🕯️ A discreet warning: conversations with Miss Diana have spent ${ $spent } of this month's ${ $cap } ({ $percent }%). Once the limit is reached, she will answer with her scripted lines until next month.

admin-section-chat = 💬 Conversations
admin-chat-title = 💬 Conversations with Miss Diana
admin-chat-model-on = She answers through the configured model (LLM_BASE_URL).
admin-chat-model-off = No model configured: she answers with her scripted lines.
admin-chat-today = Today: ${ $spent } of ${ $cap } ({ $percent }%).
admin-chat-today-unlimited = Today: ${ $spent } (no daily limit).
admin-chat-month = This month: ${ $spent } of ${ $cap } ({ $percent }%).
admin-chat-month-unlimited = This month: ${ $spent } (no monthly limit).
admin-chat-gate = Consistency gate, last { $days } days: { $judged } replies judged, { $refused } refused ({ $refusedPercent }%).
admin-chat-usage = Usage of the last { $days } days (day · model · people · messages · tokens · cost):
admin-chat-usage-line = { $day } · { $model } · { $people } · { $messages } · { $tokens } · ${ $cost }
admin-chat-usage-none = Nobody has written to her yet.
admin-section-console = 🖥️ Console
admin-console-link =
    🖥️ Console
    This link opens the console already signed in. It works once and expires in { $minutes ->
        [one] a minute
       *[other] { $minutes } minutes
    }; do not share it:
    { $link }
admin-console-again = 🔄 Another link
admin-console-off = 🖥️ The console is not available on this server.
admin-inbox-button = 📨 Inbox ({ $open })
admin-inbox-title = 📨 Anonymous messages for Miss Diana: { $open } unanswered.
admin-inbox-empty = No messages waiting for an answer.
admin-inbox-message =
    “{ $text }”
    — received { $date } (UTC)
admin-inbox-answer-button = ✍️ Answer as Diana
admin-inbox-prompt = Write Miss Diana's answer; I shall deliver it to the writer without revealing to you who they are.
admin-inbox-draft = A suggestion, should it help:
admin-inbox-sent = ✅ Answer delivered.
admin-inbox-gone = That message has already been answered.
admin-inbox-undelivered = The answer is recorded, but Telegram did not deliver it: the writer may have blocked the bot.
admin-section-flags = 🚦 Flags
admin-flags-title = 🚦 Flags: what runs, and for whom. A change takes effect at once, with no restart.

admin-flags-back = ⬅️ Flags
admin-flag-line = { $name }: { $rule } ({ $source })
admin-flag-source-pack = from the pack
admin-flag-source-admin = set by an admin
admin-flag-about-vip_sales = VIP sales: the plans in 💎 VIP, their invoices and their payments.
admin-flag-about-channel_rewards = Besitos for reacting in the channels.
admin-flag-about-conversation = Conversation with Diana: her answers to free text (the model and the pack's replies).
admin-flag-on-button = ✅ Turn on
admin-flag-off-button = ⛔ Turn off
admin-flag-percent-button = 📊 Percentage
admin-flag-segment-button = 👥 Segment
admin-flag-pack-button = ↩️ Back to the pack
admin-flag-changed = Done.
admin-flag-percent-prompt = For what percentage of people is { $name } on? Type a number from 0 to 100.
admin-flag-segment-prompt = Who is { $name } on for? Type "all", "vip", "novip" and/or languages ("es en"), e.g. "vip es".
admin-flag-bad-percent = That is not a percentage: type a number from 0 to 100.
admin-flag-bad-segment = I do not understand that segment: type "all", "vip", "novip" and/or two-letter language codes.
admin-action-flag-set = flag change

# 📈 Analytics (from 📊): the week at a glance, and Lucien's daily summary.
admin-analytics-button = 📈 Analytics
admin-analytics-back = ⬅️ Economy
admin-analytics-summary-on = 🔔 Daily summary: you receive it every morning at 9:00.
admin-analytics-summary-off = 🔕 Daily summary: you do not receive it.
admin-analytics-subscribe-button = 🔔 Receive the daily summary
admin-analytics-unsubscribe-button = 🔕 Stop the daily summary
analytics-summary-intro = Good morning. Here is the community's summary up to yesterday.
analytics-title = 📈 Analytics · { $from } → { $to }
analytics-funnel = Funnel of those who arrived: /start { $started } → fragment { $firstFragment } → decision { $firstDecision } → ch. 2 { $chapter2 } → ch. 3 { $chapter3 } → VIP { $vip }
analytics-active = Active on { $day }: { $people } · daily average { $average }
analytics-vip = 💎 VIP: { $active } · +{ $started } new · −{ $ended } left
analytics-stars = ⭐ Stars: { $net } ({ $payments } payments)
analytics-besitos = 💋 Besitos: +{ $issued } issued · −{ $spent } spent
analytics-dropoff = Where people stop: { $nodes }
analytics-none = no one yet
analytics-retention = Retention (week of { $week }, { $people } arrivals): D1 { $d1 }% · D7 { $d7 }% · D30 { $d30 }%
analytics-retention-none = Retention: no recent arrivals yet.
