## 🌙 Every day: the nightly visit, the riddle of the day, the game of chance and the weekly standing. Lucien
## presents them; Diana's scenes and riddles are in diana-dailies.ftl.

menu-dailies = 🌙 Every day
dailies-title =
    🌙 Every day
    The house has its customs, and Miss Diana has hers. This is what awaits you today:
dailies-nightly-ready = 🕯️ Nightly visit: Miss Diana will receive you tonight.
dailies-nightly-done = 🕯️ Nightly visit: you have already been with her tonight.
dailies-nightly-closed = 🕯️ Nightly visit: Miss Diana receives from { $opens }.
dailies-riddle-open = 🧩 Riddle of the day: { $left ->
        [one] one attempt left.
       *[other] { $left } attempts left.
    }
dailies-riddle-solved = 🧩 Riddle of the day: solved.
dailies-riddle-out = 🧩 Riddle of the day: come back tomorrow for another.
dailies-chance-left = 🎲 Game of chance: you may stake { $left } more besitos today.
dailies-nightly-button = 🕯️ Nightly visit
dailies-riddle-button = 🧩 Riddle
dailies-chance-button = 🎲 Game of chance
dailies-standing-button = 🏅 Standing
dailies-back-button = ⬅️ Every day

nightly-title = 🕯️ Nightly visit
nightly-closed =
    Miss Diana does not receive at this hour. Come back tonight, from { $opens } (your time zone); I shall announce you.
nightly-paid = For tonight's visit: +{ $amount } besitos. Balance: 💋 { $balance }.
nightly-seen = You have already been with her tonight; I repeat her words, but today's visit has been paid.
nightly-toast-paid = +{ $amount } besitos 💋

riddle-title = 🧩 Riddle of the day
riddle-intro = Miss Diana puts this to you, and pays { $amount } besitos for the answer:
riddle-left = { $left ->
        [one] One attempt left today.
       *[other] { $left } attempts left today.
    }
riddle-answer-button = ✍️ Answer
riddle-cancel-button = ✖️ Not now
riddle-waiting = Type your answer in a message. I shall wait { $minutes } minutes for it; whatever you write afterwards goes to Miss Diana.
riddle-hint = A hint: { $hint }
riddle-solved = Correct. Miss Diana smiles: +{ $amount } besitos. Balance: 💋 { $balance }.
riddle-wrong = That is not it. { $left ->
        [one] One attempt left.
       *[other] { $left } attempts left.
    }
riddle-out = No attempts left today. The answer was: { $answer }. There will be another riddle tomorrow.
riddle-done-solved = You have already solved today's riddle. There will be another tomorrow.
riddle-toast-waiting = I am listening.
riddle-toast-solved = +{ $amount } besitos 💋

chance-title = 🎲 Game of chance
chance-rules = Choose your stake. With a { $percent } % chance, the house pays you { $payout } times what you staked. You may stake up to { $cap } besitos a day.
chance-left = You may stake { $left } more besitos today. Balance: 💋 { $balance }.
chance-stake-button = Stake { $stake }
chance-won = You won: you staked { $stake } and receive { $amount } besitos. Balance: 💋 { $balance }.
chance-lost = Not this time: the { $stake } besitos you staked are lost. Balance: 💋 { $balance }.
chance-over-cap = That stake is more than you have left today ({ $left } besitos). The house lets no one ruin themselves.
chance-short = Your balance does not cover that stake. Balance: 💋 { $balance }.
chance-toast-won = +{ $amount } besitos 💋
chance-toast-lost = −{ $stake } besitos

standing-title = 🏅 This week's standing
standing-note = What counts is the besitos earned since Monday by reading, choosing and the customs of the house; not rewards. You may hide your name in ⚙️ Settings.
standing-line = { $rank }. { $name } · { $activity } besitos
standing-anonymous = A discreet guest
standing-you = You are number { $rank } of { $total }, with { $activity } besitos this week.
standing-you-none = You are not in this week's standing yet.
standing-empty = No one is in the standing yet this week.

settings-standing-on = 🏅 Name in the standing: shown
settings-standing-off = 🏅 Name in the standing: hidden
settings-standing-changed-on = Your name will appear in the standing.
settings-standing-changed-off = Understood. In the standing you will appear as a discreet guest.

reason-nightly = Nightly visit
reason-riddle = Riddle of the day
reason-chance = Game of chance
