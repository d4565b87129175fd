## Broadcasts: the switch in ⚙️ Settings, and the admins' screen to compose and follow them.

settings-broadcasts-on = 📣 Broadcasts: on
settings-broadcasts-off = 🔇 Broadcasts: off
settings-broadcasts-changed-on = I shall pass the house's broadcasts on to you.
settings-broadcasts-changed-off = Understood. You will receive no more broadcasts from the house.

admin-section-broadcasts = 📢 Broadcasts
admin-bcast-back = ⬅️ Broadcasts
admin-bcast-title = 📢 Broadcasts
admin-bcast-none = No broadcast has been sent yet.
admin-bcast-line = #{ $id } · { $status } · { $sent }/{ $audience } · { $preview }
admin-bcast-new-button = ✍️ New broadcast
admin-bcast-prompt =
    ✍️ Type the broadcast's text (up to 4096 characters).
    Then you can add buttons, choose who receives it and send yourself a preview.
    With a photo? Send the photo with the text as its caption (up to 1024 characters).
admin-bcast-text-invalid = The text is empty or longer than 4096 characters. Type it again.
admin-bcast-caption-invalid = With a photo, the text is its caption: 1 to 1024 characters. Send the photo again with a shorter caption.
admin-bcast-with-photo = 🖼 With a photo; this text is its caption:
admin-bcast-draft-title = 📝 Draft #{ $id }
admin-bcast-segment = 🎯 Recipients:
admin-bcast-audience = 👥 Audience: { $audience ->
        [one] { $audience } person
       *[other] { $audience } people
    }
admin-bcast-seg-everyone = everyone
admin-bcast-seg-vip-yes = VIP only
admin-bcast-seg-vip-no = only those who are not VIP
admin-bcast-seg-lang = language: { $languages }
admin-bcast-seg-level = level ≥ { $level }
admin-bcast-seg-inactive = inactive for ≥ { $days } days
admin-bcast-seg-free-in = in the free channel
admin-bcast-seg-free-out = not in the free channel
admin-bcast-seg-ending = VIP ending within { $days } days
admin-bcast-seg-node = reached “{ $node }”
admin-bcast-seg-item = owns “{ $item }”
admin-bcast-target-story = 💋 Story
admin-bcast-target-vip = 💎 VIP
admin-bcast-target-shop = 🛍️ Shop
admin-bcast-cycle-vip = VIP: { $value ->
        [true] yes
        [false] no
       *[any] all
    }
admin-bcast-cycle-lang = Language: { $value ->
        [any] all
       *[other] { $value }
    }
admin-bcast-cycle-level = Level ≥ { $value }
admin-bcast-cycle-inactive = Inactive: { $value ->
        [0] no
       *[other] ≥ { $value } d
    }
admin-bcast-cycle-free = Free channel: { $value ->
        [true] in
        [false] out
       *[any] all
    }
admin-bcast-cycle-ending = VIP ends ≤ 7 d
admin-bcast-node-button = 📍 Node…
admin-bcast-item-button = 🎒 Item…
admin-bcast-node-prompt = 📍 Type the id of the story node or ending (for example c1_n2), or “-” to remove the condition.
admin-bcast-item-prompt = 🎒 Type the item's id (for example rose), or “-” to remove the condition.
admin-bcast-condition-invalid = That is not a valid id (letters, digits, “_”, “.” or “-”). Type it again.
admin-bcast-preview-button = 👁️ Send me a preview
admin-bcast-preview-sent = Preview sent.
admin-bcast-send-button = 📤 Send now
admin-bcast-later-button = ⏰ +{ $hours } h
admin-bcast-queued = ✅ Broadcast on its way.
admin-bcast-already = This broadcast has already been sent.
admin-bcast-paid-button = { $on ->
        [yes] ⚡ Paid broadcast: on
       *[no] ⚡ Paid broadcast: off
    }
admin-bcast-paid-warning =
    ⚡ Paid broadcast: Telegram delivers it at up to 1,000 messages a second instead of 30, and takes 0.1 ⭐ from the bot's Stars balance for each message beyond the free 30 a second.
    Cost: up to { $stars } ⭐ for { $audience ->
        [one] { $audience } person
       *[other] { $audience } people
    }.
admin-bcast-paid-confirm =
    Send this broadcast as a paid broadcast?
    Telegram will withdraw up to { $stars } ⭐ from the bot's balance. It cannot be undone once sent.
admin-bcast-paid-confirm-button = ⚡ Yes, send paying up to { $stars } ⭐
admin-bcast-paid-line = ⚡ Paid broadcast (up to 0.1 ⭐ a message)

admin-bcast-pause-button = ⏸️ Pause
admin-bcast-resume-button = ▶️ Resume
admin-bcast-cancel-button = ⏹️ Cancel sending
admin-bcast-moved-pause = Broadcast paused.
admin-bcast-moved-resume = Broadcast resumed.
admin-bcast-moved-cancel = Broadcast cancelled.
admin-bcast-unchanged = The broadcast is no longer in that state.
admin-bcast-status-draft = draft
admin-bcast-status-scheduled = scheduled
admin-bcast-status-sending = sending
admin-bcast-status-paused = paused
admin-bcast-status-cancelled = cancelled
admin-bcast-status-done = done
admin-bcast-progress =
    📢 Broadcast #{ $id } · { $status }
    🕐 Sending: { $sendAt } UTC
    👥 Audience: { $audience }
    ✅ Sent: { $sent }
    ⚠️ Failed: { $failed }
    🚫 Blocked: { $blocked }
    ⏭️ Skipped: { $skipped }
    ❔ Uncertain (on their way when sending crashed; never resent): { $uncertain }
    ⏳ Remaining: { $remaining } (~{ $eta } s)
