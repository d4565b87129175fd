## Items a user can own.

item-llave_jardin_secreto-name = 🗝️ Key to the secret garden
item-llave_jardin_secreto-description = A small key, cold to the touch. It opens a door Miss Diana never mentions.
item-insignia_rosa_negra-name = 🥀 Black rose badge
item-insignia_rosa_negra-description = Worn on the profile. Those who recognise it do not ask.
item-carta_perfumada-name = 💌 Scented letter
item-carta_perfumada-description = A letter to leave on the lady's desk. Sometimes she answers.
item-insignia_terciopelo-name = 🎭 Velvet badge
item-insignia_terciopelo-description = Reserved for VIP guests. Few exist.
item-carta_perfumada-used = I have left your letter on the lady's desk. Should she answer, I shall let you know.
