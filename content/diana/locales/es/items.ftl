## Items a user can own.

item-llave_jardin_secreto-name = 🗝️ Llave del jardín secreto
item-llave_jardin_secreto-description = Una llave pequeña, fría al tacto. Abre una puerta que la señorita Diana no menciona.
item-insignia_rosa_negra-name = 🥀 Insignia de la rosa negra
item-insignia_rosa_negra-description = Se luce en el perfil. Quien la reconoce, no pregunta.
item-carta_perfumada-name = 💌 Carta perfumada
item-carta_perfumada-description = Una carta para dejar sobre el escritorio de la señorita. Ella las contesta todas.
item-insignia_terciopelo-name = 🎭 Insignia de terciopelo
item-insignia_terciopelo-description = Reservada a los invitados VIP. Existen muy pocas.

item-carta_perfumada-used = He dejado su carta sobre el escritorio de la señorita. Suele contestar en unas horas; le traeré su respuesta en cuanto llegue.
item-carta_jardin-name = ✉️ Carta del jardín
item-carta_jardin-description = Sellada con lacre negro. La señorita le pidió que no la abriera aún.
item-carta_perfumada-reply =
    He leído tu carta dos veces esta noche: una deprisa, como se abre un regalo, y otra despacio, a la luz de una vela, buscando lo que no escribiste.
    Me gusta tu letra; tiembla un poco en las mayúsculas, igual que una voz que se atreve. No voy a contestarte a todo: guardo algunas respuestas para cuando vuelvas a mi salón, y alguna sonrisa también.
    Pero te confieso esto: desde que llegó, el escritorio huele a ti, y apenas consigo pensar en mis libros. Me dio una alegría tonta, y luego un poco de soledad, porque el papel no contesta… Quizá sea el perfume, quizá no.
    ¿Me escribirás otra vez? Tengo ganas de leerte. — D.
letter-intro = 🎩 La señorita ha dejado esto en la bandeja de plata, a su nombre. No lo he leído, naturalmente.
