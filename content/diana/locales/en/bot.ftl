## Lucien, the butler: the voice of the system. Formal, dry, discreet, loyal to Diana.

welcome-new =
    { $daypart ->
        [morning] Good morning
        [afternoon] Good afternoon
       *[night] Good evening
    }, { $name }. I am Lucien, Miss Diana's butler.
    She has noticed your arrival; I shall see that you want for nothing in the meantime.
    As a token of welcome, { $bonus } besitos have been credited to you.
    Whenever you wish to come in, type /diana and I shall open the door. First, though: how would you like to be addressed?
    Your privacy and the house terms: /privacy
welcome-back =
    Welcome back, { $name }. The house is still standing, and so, it seems, are you.
    Type /diana whenever you wish to continue.

menu-home =
    🕯️ Lucien receives you in the hall.
    Balance: 💋 { $balance } besitos. Where would you like to go?
menu-story = 💋 Continue Story
menu-besitos = 🌟 My Besitos
menu-missions = 🎯 Missions
menu-achievements = 🏆 Achievements
menu-vip = 💎 VIP
menu-settings = ⚙️ Settings
menu-back = ⬅️ Back
menu-home-button = 🏠 Main menu

coming-soon =
    { $section }
    This room is still being prepared. Miss Diana never opens a door before its time; I shall let you know when it is ready.

besitos-title = 🌟 My Besitos
besitos-balance = 💋 { $balance } besitos
besitos-total = Total earned: { $total }
besitos-recent = Recent activity:
besitos-none = No activity yet.
besitos-line = { $sign }{ $amount } · { $reason } · { $date }

reason-welcome = Welcome
reason-fragment = Story fragment
reason-decision = Decision made
reason-daily_gift = Daily gift
reason-mission = Mission completed
reason-achievement = Achievement unlocked
reason-reaction = Channel reaction
reason-purchase = Shop purchase
reason-admin_grant = Credited by the staff
reason-admin_revoke = Withdrawn by the staff
reason-story_cost = Price of a choice
reason-other = Other

settings-title =
    ⚙️ Settings
    Current language: { $language }.
settings-language-es = 🇪🇸 Español
settings-language-en = 🇬🇧 English
settings-language-changed = Very well. From now on I shall address you in English.
settings-zone = 🕰️ Time zone: { $zone }
settings-zone-title =
    🕰️ Time zone
    Currently: { $zone }. Your days, my greetings and my quiet hours all follow it. Choose yours, or its offset from UTC.
settings-zone-offsets = 🌐 By offset from UTC
settings-zone-changed = Understood: { $zone }.
settings-zone-location = 📍 By my location
settings-zone-location-ask = Tap “📍 Share location” below. I take only your time zone from it; the location itself is not kept.
settings-zone-location-share = 📍 Share location
settings-zone-location-cancel = ✖️ Cancel
settings-zone-location-cancelled = Understood. Your time zone is still { $zone }.
settings-zone-location-changed = Understood: { $zone }. Your location has not been kept.
settings-zone-location-unknown = I do not recognise the time zone of that place. You can choose it in ⚙️ Settings.
address-senor = 🎩 Sir
address-senora = 🎩 Madam
address-neutral = 🎩 No title
address-changed = { $address ->
        [senor] Very well, sir. Sir it shall be.
        [senora] Very well, madam. Madam it shall be.
       *[neutral] Very well. I shall address you without a title.
    }
language-name-es = Spanish
language-name-en = English

fallback-text = Forgive me, I am not sure what to do with that. Type /diana to open the menu.
fallback-media = I shall keep it, discreetly, though I confess I would not know what to do with it. Type /diana to open the menu.
fallback-command = I am not familiar with that command. Type /diana to open the menu.
button-unknown = That button no longer opens any door. Type /diana to return.
button-expired = That button belongs to another moment. Let me show you where you are now.
error-apology = I do beg your pardon: something went wrong on my side. I shall try again myself in a few moments; nothing of yours has been lost.
error-not-recorded = I do beg your pardon: I was unable to attend to your message, and nothing has changed. Please try again in a moment.
error-payment-not-recorded =
    I do beg your pardon: Telegram has informed me of your payment, but I have not yet been able to record it.
    Your reference is { $reference }; with it, an administrator will grant your VIP access or refund your Stars.
start-first = We have not been introduced yet. Please type /start.

command-start = Introduce yourself to Lucien
command-diana = Open Diana's menu

chat-paced = Miss Diana reads slowly. Kindly allow her { $seconds ->
        [one] a second
       *[other] { $seconds } seconds
    } before your next message.
chat-resting = Miss Diana is resting from conversation for a while. Kindly write to her again later; meanwhile, the story remains open to you.

memory-button = 🧠 What Diana remembers
memory-title = 🧠 What Miss Diana remembers of you
memory-empty = Nothing, as yet. When you write to her, she will keep what you tell her.
memory-facts = What you have told her:
memory-summary = What you have spoken of lately:
memory-forget = 🗑 Have her forget everything
memory-forgotten = Done. Miss Diana has forgotten everything; nothing is kept.

chat-anon-sent = ✉️ Your message has reached Miss Diana, without your name. Should she answer, I shall bring her reply to you here.
chat-anon-not-vip = Anonymous messages to Miss Diana are a privilege of her VIP guests. Under 💎 VIP, in /diana, you will find how to become one.
chat-anon-empty = Kindly write your message after the command: /anonimo, followed by whatever you wish to tell her.
chat-anon-too-long = Your message is rather too long; Miss Diana reads no more than { $max } characters. Kindly shorten it.

chat-anon-answer =
    💌 Miss Diana answers your anonymous message:

    { $answer }

chat-unpaid =
    Miss Diana has already given you all of today's words that cost nothing. Each further message costs { $price ->
        [one] one besito
       *[other] { $price } besitos
    }, and you have { $balance }.
    Under 🌟 My Besitos you will see how to earn more; under 💎 VIP, how to talk with her far more often.
reason-chat_message = Message to Diana
reason-chat_refund = Message to Diana, given back
