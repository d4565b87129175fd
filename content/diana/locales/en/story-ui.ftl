## The story screens: Lucien's voice around Diana's story (headers, buttons, notes and answers).

story-header = 📖 { $chapter }
story-speaker-diana = 💋 Diana
story-speaker-lucien = 🎩 Lucien
story-moved-note = 🎩 The story has changed a little since your last visit; I have taken you to the point nearest to where you left off.
story-ending = 🌙 This path ends here. You may begin again: what you have already read earns no besitos a second time, but there are doors you have not yet opened.
story-stuck = 🎩 For the moment, none of the choices in this fragment is within your reach. You may begin the story again or return to the menu.
story-earned = ✨ +{ $amount } besitos · Balance: { $balance }
story-spent = 💸 −{ $amount } besitos · Balance: { $balance }
story-restart = ↺ Begin again

story-choice-cost = { $label } · 💋 { $cost }
story-choice-locked = { $lock } · { $label }
story-lock-vip = 🔒 VIP
story-lock-level = 🔒 level { $level }
story-lock-item = 🔒 { $item }
story-lock-besitos = 🔒 { $amount } besitos
story-lock-relationship = 🔒 affinity { $value }
story-lock-other = 🔒

story-toast-earned = ✨ +{ $amount } besitos
story-stale = That button belongs to an earlier page of the story. Let me show you where you left off.
story-locked-vip = That door opens only for VIP guests. You will find the details under 💎 VIP.
story-locked-level = That choice requires level { $level }. The besitos you gather will take you there.
story-locked-item = That choice requires { $item }. You can find it in the shop.
story-locked-besitos = That choice costs { $amount } besitos and your balance is { $balance }.
story-locked-relationship = That choice requires an affinity of { $value } with Miss Diana; yours is { $current }.
story-locked-other = That choice depends on something that has not yet happened in this story.

reason-story_bonus = Gift from the story

diary-button = 📖 Diary
diary-title =
    📖 Diary · { $count ->
        [one] { $count } fragment read
       *[other] { $count } fragments read
    } · page { $page } of { $pages }
    Everything you have read, kept for rereading. Rereading earns no besitos and does not change your story.

diary-empty = 📖 Your diary is empty: the fragments you read will be kept here.
diary-entry-header = 📖 Diary · { $chapter }
diary-back = ⬅️ Diary
diary-chapters = 🔖 Chapters
diary-chapters-title =
    🔖 Chapters
    Go back to the beginning of a chapter you have opened. A new reading starts there: what you have read does not pay again, and your diary keeps it all.
diary-chapter-open = ↪️ { $chapter }
diary-chapter-locked = { story-lock-vip } · { $chapter }
