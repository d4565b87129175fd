## VIP: the plans, the 💎 VIP screen, tokens, Telegram Stars, the invitation to the VIP channel, reminders and
## the farewell. Lucien speaks.

plan-vip_mensual-name = VIP · 30 nights
plan-vip_mensual-benefits =
    · Miss Diana's VIP channel
    · ×1.5 besitos on every award
    · The story's reserved chapters
plan-vip_trimestral-name = VIP · 90 nights
plan-vip_trimestral-benefits =
    · Miss Diana's VIP channel
    · ×1.5 besitos on every award
    · The story's reserved chapters
    · Ninety nights for less than the price of three single months

vip-title = 💎 VIP
vip-status-active = You are a VIP guest until { $until } ({ $days ->
    [one] { $days } day left
   *[other] { $days } days left
}).
vip-status-none = You are not a VIP guest yet. These are the doors Miss Diana is willing to open:
vip-invite-waiting = Your invitation to the VIP channel awaits you (valid until { $expires }).
vip-plan-line = { $name } · { $price } ⭐
vip-token-hint = If the house has given you an invitation link, open it and the VIP is yours.
vip-renew-hint = You may renew whenever you wish: the days are added to those you have left.
vip-buy-button = 💎 { $name } · { $price } ⭐
vip-renew-plan-button = 🔁 Renew: { $name } · { $price } ⭐
vip-renew-button = 💎 Renew VIP
vip-invite-button = 🚪 Enter the VIP channel
vip-invite-ask-button = 🔑 Ask for my invitation to the VIP channel
vip-invite-ready = Here is your invitation: it opens the door for you alone.
vip-invoice-sent = I have left the invoice in the chat.

vip-checkout-unknown_plan = That plan is no longer on sale. Open 💎 VIP to see the current ones.
vip-checkout-wrong_price = The price of that plan has changed. Open 💎 VIP and ask for a new invoice.
vip-sales-paused = The VIP doors are closed for now: Miss Diana is not taking new reservations at the moment. Please come back later; you will not lose your place.
vip-checkout-paused = The VIP doors are closed for now. You have not been charged; please come back later.
vip-checkout-wrong_currency = That payment is not in Telegram Stars.
vip-paid =
    ✅ Payment received. { $plan } is yours: you are a VIP guest until { $until }.
    In a moment I shall hand you the invitation to the VIP channel.
vip-paid-pending =
    ✅ Payment received: { $plan }. I am just finishing the preparations for your VIP access;
    I shall write the moment it is ready, and you need do nothing more.
vip-paid-unknown-plan = I have received your payment, but that plan no longer exists. An administrator will review it and refund your Stars.

vip-token-redeemed =
    ✅ Invitation accepted: { $plan }. You are a VIP guest until { $until }.
    In a moment I shall hand you the invitation to the VIP channel.
vip-token-unknown = I find no record of that invitation. Please check the link.
vip-token-expired = That invitation has expired. Ask whoever gave it to you for a new one.
vip-token-used = That invitation has already been used by someone else. Each one opens the door only once.
vip-token-revoked = The house has withdrawn that invitation.
vip-token-already_yours = You have already used that invitation; your VIP remains in place.
vip-token-plan_gone = That invitation was for a plan that no longer exists. Please ask for a new one.

vip-invite-message =
    🚪 Your invitation to Miss Diana's VIP channel. It is personal and works only once; it expires on { $expires }.
    Your VIP lasts until { $until }.
vip-reminder =
    🕯️ A discreet reminder: your VIP ends on { $until } ({ $days ->
        [one] { $days } day left
       *[other] { $days } days left
    }).
    Should you wish to stay on the other side of the door, you may renew it now.
vip-farewell =
    🕯️ Your VIP has ended and I have closed the door of the VIP channel behind you.
    Miss Diana does not forget those who were inside. Whenever you wish to return, renew it and I shall open the door once more.

## The admins' VIP section.

admin-section-vip = 💎 VIP
admin-vip-back = ⬅️ VIP
admin-vip-title = 💎 Active VIPs: { $count }
admin-vip-none = Nobody is VIP at the moment.
admin-vip-line = · { $name } · until { $until }
admin-vip-grant-button = ➕ Grant or extend VIP
admin-vip-tokens-button = 🎟️ Tokens
admin-vip-payments-button = ⭐ Payments
admin-vip-revoke-button = ❌ { $name }
admin-vip-grant-prompt =
    ➕ To whom shall I grant VIP, for how many days (1 to { $max }) and why?
    Send the @username or id, the days and the reason in one message, for example:
    @ana_luz 30 contest prize
    If they are already VIP, the days are added to the days they have left.
admin-vip-bad-format = Send the user, the days and the reason, for example: @ana_luz 30 contest prize
admin-vip-bad-user = The first item must be an id or a @username. For example: @ana_luz 30 contest prize
admin-vip-bad-days = The days must be a whole number between 1 and { $max }. For example: @ana_luz 30 contest prize
admin-vip-bad-reason = Add a reason of 3 to 200 characters after the days. For example: @ana_luz 30 contest prize
admin-vip-granted = ✅ VIP for { $name }: { $before } → { $after }. Entry #{ $audit }.
admin-vip-revoked = ✅ VIP revoked from { $name }: { $before } → { $after }. Entry #{ $audit }. They will leave the VIP channel in a moment.
admin-vip-unknown_user = That person is not registered.
admin-vip-ambiguous_user = More than one person is registered with that @username. Please give their Telegram id.
admin-vip-repeated = That grant has already been made; it will not be repeated.
admin-vip-not_vip = That person is no longer VIP.
admin-vip-revoke-confirm =
    Shall I revoke VIP for { $name } (until { $until })?
    It will end at once and they will leave the VIP channel.
admin-vip-revoke-yes = ❌ Yes, revoke the VIP

admin-tokens-title = 🎟️ Tokens (the latest { $count })
admin-tokens-none = None generated yet.
admin-token-unused = · { $token } · { $plan } · unused · expires { $expires }
admin-token-used = · { $token } · { $plan } · used by { $user }
admin-token-expired = · { $token } · { $plan } · expired
admin-token-revoked = · { $token } · { $plan } · revoked
admin-token-new-button = ➕ New token
admin-token-revoke-button = 🚫 Revoke { $token }
admin-token-plan-button = { $name }
admin-token-choose-plan = Which plan is the token for? It works once and expires in { $days ->
        [one] { $days } day
       *[other] { $days } days
    } if nobody uses it.
admin-token-created =
    ✅ Token for { $plan }, valid until { $expires }. Share this link with the invited person:
    { $link }
admin-token-toast-created = Token generated.
admin-token-revoke-done = Token { $token } revoked.
admin-token-not-revocable = Token { $token } can no longer be revoked (used, expired or revoked).

admin-payments-title = ⭐ Telegram Stars payments (the latest { $count })
admin-payments-none = No payments yet.
admin-payment-line = · #{ $id } · { $date } · { $name } · { $plan } · { $stars } ⭐
admin-payment-refunded-line = · #{ $id } · { $date } · { $name } · { $plan } · { $stars } ⭐ · refunded
admin-payment-refund-button = ↩️ Refund #{ $id } ({ $stars } ⭐)
admin-refund-confirm =
    Shall I refund payment #{ $id } ({ $stars } ⭐) to user { $user }?
    Telegram will return the Stars, and the VIP days from that payment will be withdrawn.
admin-refund-yes = ↩️ Yes, refund
admin-refund-done = ✅ Payment #{ $id } refunded ({ $stars } ⭐). Its VIP days have been withdrawn.
admin-refund-already_refunded = That payment has already been refunded.
admin-refund-unknown = I cannot find that payment.
admin-refund-telegram_refused = Telegram does not recognise that payment; nothing has changed.

admin-audit-vip-change = · VIP { $before } → { $after }
admin-action-vip-grant = VIP granted
admin-action-vip-revoke = VIP revoked
admin-action-vip-token = token generated
admin-action-vip-token-revoke = token revoked
admin-action-vip-channel-removal = removed from the VIP channel, not VIP (by Lucien)
admin-action-refund = payment refunded
vip-door-declined =
    That door is only for Miss Diana's VIP guests.
    If you wish to come in, write to me at @{ $bot } and open 💎 VIP: there I shall issue an invitation in your name.

