## The economy: My Besitos, the daily gift, the shop and the backpack. Lucien speaks.

besitos-level = Level { $level } · { $bar } { $into }/{ $cost }
besitos-to-next = { $missing } more besitos to reach level { $next }. Those earned by reading, choosing, the daily gift and the channel count.
besitos-badges = Badges: { $badges }
besitos-earn-title = How to earn more:
besitos-earn-line = · { $label }: +{ $amount }
besitos-earn-capped = · { $label }: +{ $amount } (up to { $cap } a day)
besitos-earn-vip = 💎 VIP guests receive ×{ $multiplier } on every credit.
besitos-earn-vip-active = 💎 As a VIP guest, you receive ×{ $multiplier } on every credit.
besitos-daily-button = 🎁 Daily gift
besitos-shop-button = 🛍️ Shop
besitos-backpack-button = 🎒 Backpack
besitos-back-button = ⬅️ My Besitos

daily-title = 🎁 Daily gift
daily-streak = Streak: { $streak ->
    [one] { $streak } day in a row
   *[other] { $streak } days in a row
}.
daily-available = { $bonus ->
    [0] Today's gift awaits you: { $base } besitos.
   *[other] Today's gift awaits you: { $base } besitos, and { $bonus } more for coming back day after day.
}
daily-claim-button = 🎁 Receive the gift
daily-claimed = I have credited { $amount } besitos to your account. Balance: 💋 { $balance }.
daily-already = You have already received today's gift. Miss Diana values devotion, not insistence.
daily-next = The next gift will be ready at { $time }, in { $hours ->
    [0] { $minutes } min
   *[other] { $hours } h { $minutes } min
}.
daily-toast-claimed = +{ $amount } besitos 💋
daily-toast-already = You have already received today's gift. Do come back tomorrow.

shop-title = 🛍️ The house shop
shop-intro = This is what Miss Diana allows me to offer. Balance: 💋 { $balance } besitos.
shop-offer = { $name } · { $price } 💋
shop-mark-sold-out = (sold out)
shop-kind-story_key = 🗝️ Opens a hidden path of the story.
shop-kind-badge = 🏅 Worn on your profile.
shop-kind-consumable = 🎒 Used from the backpack.
shop-item-price = Price: { $price } besitos · your balance: { $balance }
shop-item-stock = { $left } left.
shop-item-owned = You own { $owned } of { $limit } per person.
shop-item-vip = 💎 Reserved for VIP guests.
shop-buy-button = Buy for { $price } 💋
shop-back-button = ⬅️ Shop
shop-bought = ✅ It is yours. You will find it in your backpack. Balance: 💋 { $balance }.
shop-toast-bought = { $name }: bought.
shop-refused-not_for_sale = That item is not for sale.
shop-refused-unknown_item = That item is not for sale.
shop-refused-vip_only = This item is reserved for VIP guests.
shop-refused-sold_out = Sold out: none is left.
shop-refused-limit_reached = You already own as many as one person may.
shop-refused-insufficient = You need { $missing } more besitos for this item.
shop-refused-repeated = Already done: the purchase was recorded once.
shop-refused-stale = The shop has changed since then; here is what it holds now.

backpack-title = 🎒 Backpack
backpack-empty = Your backpack is empty. The shop can remedy that.
backpack-line = { $name } × { $quantity } { $note }
backpack-note-story_key = · opens a door in the story
backpack-note-badge = · on your profile
backpack-note-consumable = · used once
backpack-use-button = Use { $name }
backpack-used = Done: { $name } used. { $left } left.
backpack-toast-used = { $name }: used.
backpack-stale = Your backpack has changed since then; here is what it holds now.
