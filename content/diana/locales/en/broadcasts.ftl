## Broadcasts: the switch in ⚙️ Settings, and the admins' screen to compose and follow them.

settings-broadcasts-on = 📣 Broadcasts: on
settings-broadcasts-off = 🔇 Broadcasts: off
settings-broadcasts-changed-on = I shall pass on the house's broadcasts to you.
settings-broadcasts-changed-off = Understood. You will receive no more broadcasts from the house.
