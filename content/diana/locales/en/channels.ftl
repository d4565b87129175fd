## The channels: Lucien's greeting to a join request, the toasts of the reaction buttons, and the admins'
## channel section. Lucien speaks.

channel-join-greeting =
    { $daypart ->
        [morning] Good morning
        [afternoon] Good afternoon
       *[night] Good evening
    }, { $name }.{ $known ->
        [yes] {""}
       *[no] {" "}I am Lucien, Miss Diana's butler.
    }
    I have received your request to join her channel. The house takes its time: { $minutes ->
        [one] in a minute
       *[other] in about { $minutes } minutes
    } I shall open the door.
    { $known ->
        [yes] Meanwhile, type /diana whenever you wish to continue.
       *[no] Meanwhile, type /start and I shall show you the house. Each of your reactions in the channel earns besitos.
    }
channel-rewards-credited = I have credited you { $amount } besitos for your reactions in the channel.

reaction-toast-paid = +{ $amount } besitos 💋 Balance: { $balance }
reaction-toast-capped = Reaction noted. You have received all of today's besitos for reactions.
reaction-toast-paused = Reaction noted. Besitos for reactions are paused for now; thank you for being here.
reaction-toast-already = You have already reacted to this post with { $emoji }. Once is enough.
reaction-toast-start = Reaction noted. Open a chat with me and tap Start: your besitos await you there.

## The admins' channel section.

admin-section-channels = 📣 Channels
admin-channels-back = ⬅️ Channels
admin-channels-title = 📣 Channels
admin-channels-none = No channels are configured (FREE_CHANNEL_ID, VIP_CHANNEL_ID).
admin-channels-free =
    🌹 Free channel: { $members ->
        [one] { $members } member
       *[other] { $members } members
    } · { $reactions ->
        [one] { $reactions } reaction
       *[other] { $reactions } reactions
    }
    Requests: { $requests } · approved { $approved } · pending { $pending } · withdrawn { $withdrawn }
admin-channels-vip =
    💎 VIP channel: { $members ->
        [one] { $members } member
       *[other] { $members } members
    } · { $reactions ->
        [one] { $reactions } reaction
       *[other] { $reactions } reactions
    }
admin-channels-posts = Latest posts (reactions):
admin-channels-no-posts = Nothing has been published from here yet.
admin-channels-post-line = · #{ $id } «{ $preview }» · { $reactions } ({ $byEmoji })
admin-post-photo = 📷 photo
admin-post-new-free = 📝 Post to the free channel
admin-post-new-vip = 📝 Post to the VIP channel
admin-post-channel-free = the free channel
admin-post-channel-vip = the VIP channel
admin-post-prompt =
    📝 New post in { $channel }.
    Send the text, or a photo with its caption. I shall show you how it will look before it is published.
admin-post-empty = A post needs text or a photo.
admin-post-preview = Preview for { $channel }, with the reaction buttons underneath:
admin-post-publish-button = ✅ Publish
admin-post-published = ✅ Post #{ $id } published.
admin-post-toast-published = Published.
admin-post-already = That post has already gone out.
admin-action-post-published = post
admin-action-post-drafted = post draft

## The sandbox's demo channels start with these posts (published once, with the reaction buttons).
demo-post-free-welcome =
    🕯️ Welcome to Diana's channel.
    Tap a reaction under this post: your first reaction to each post earns besitos.
demo-post-free-tip = Lucien suggests sending /diana to the bot to continue the story.

demo-post-vip-welcome = 💎 Welcome to the VIP circle. Here Miss Diana shares what she shows no one else.
