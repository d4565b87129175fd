## Broadcasts: the switch in ⚙️ Configuración, and the admins' screen to compose and follow them.

settings-broadcasts-on = 📣 Comunicados: activados
settings-broadcasts-off = 🔇 Comunicados: desactivados
settings-broadcasts-changed-on = Le haré llegar los comunicados de la casa.
settings-broadcasts-changed-off = Entendido. No recibirá más comunicados de la casa.
