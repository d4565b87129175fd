## Items a user can own.

item-llave_jardin_secreto-name = 🗝️ Llave del jardín secreto
item-llave_jardin_secreto-description = Una llave pequeña, fría al tacto. Abre una puerta que la señorita Diana no menciona.
item-insignia_rosa_negra-name = 🥀 Insignia de la rosa negra
item-insignia_rosa_negra-description = Se luce en el perfil. Quien la reconoce, no pregunta.
item-carta_perfumada-name = 💌 Carta perfumada
item-carta_perfumada-description = Una carta para dejar sobre el escritorio de la señorita. A veces responde.
item-insignia_terciopelo-name = 🎭 Insignia de terciopelo
item-insignia_terciopelo-description = Reservada a los invitados VIP. Pocas existen.
item-carta_perfumada-used = He dejado su carta sobre el escritorio de la señorita. Si responde, se lo haré saber.
