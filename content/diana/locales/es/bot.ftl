## Lucien, the butler: the voice of the system. Formal ("usted"), dry, discreet, loyal to Diana.

welcome-new =
    { $daypart ->
        [morning] Buenos días
        [afternoon] Buenas tardes
       *[night] Buenas noches
    }, { $name }. Soy Lucien, mayordomo de la señorita Diana.
    Ella ha notado su llegada; yo me encargo de que nada le falte mientras tanto.
    Como muestra de bienvenida, se le han abonado { $bonus } besitos.
    Cuando desee entrar, escriba /diana y le abriré la puerta. Pero antes, dígame cómo prefiere que me dirija a usted.
    Su privacidad y las condiciones de la casa: /privacy
welcome-back =
    { $address ->
        [senor] Bienvenido de nuevo
        [senora] Bienvenida de nuevo
       *[neutral] Qué gusto verle de nuevo
    }, { $name }. La casa sigue en su sitio, y usted también, por lo visto.
    Escriba /diana cuando quiera continuar.

menu-home =
    🕯️ Lucien le recibe en el vestíbulo.
    Saldo: 💋 { $balance } besitos. ¿Adónde desea ir?
menu-story = 💋 Continuar Historia
menu-besitos = 🌟 Mis Besitos
menu-missions = 🎯 Misiones
menu-achievements = 🏆 Logros
menu-vip = 💎 VIP
menu-settings = ⚙️ Configuración
menu-back = ⬅️ Volver
menu-home-button = 🏠 Menú principal

coming-soon =
    { $section }
    Esta sala aún se está preparando. La señorita Diana no abre una puerta antes de tiempo; le avisaré cuando esté lista.

besitos-title = 🌟 Mis Besitos
besitos-balance = 💋 { $balance } besitos
besitos-total = Total obtenido: { $total }
besitos-recent = Movimientos recientes:
besitos-none = Aún no hay movimientos.
besitos-line = { $sign }{ $amount } · { $reason } · { $date }

reason-welcome = Bienvenida
reason-fragment = Fragmento de la historia
reason-decision = Decisión tomada
reason-daily_gift = Regalo diario
reason-mission = Misión completada
reason-achievement = Logro desbloqueado
reason-reaction = Reacción en el canal
reason-purchase = Compra en la tienda
reason-admin_grant = Abono de la administración
reason-admin_revoke = Retirada de la administración
reason-story_cost = Precio de una elección
reason-other = Movimiento

settings-title =
    ⚙️ Configuración
    Idioma actual: { $language }.
settings-language-es = 🇪🇸 Español
settings-language-en = 🇬🇧 English
settings-language-changed = Entendido. A partir de ahora le hablaré en español.
settings-zone = 🕰️ Zona horaria: { $zone }
settings-zone-title =
    🕰️ Zona horaria
    Actual: { $zone }. Sus días, mis saludos y mis horas de silencio se rigen por ella. Elija la suya, o su diferencia con UTC.
settings-zone-offsets = 🌐 Por diferencia con UTC
settings-zone-changed = Entendido: { $zone }.
settings-zone-location = 📍 Por mi ubicación
settings-zone-location-ask = Toque «📍 Compartir ubicación», abajo. De ella tomo solo su zona horaria; la ubicación no la guardo.
settings-zone-location-share = 📍 Compartir ubicación
settings-zone-location-cancel = ✖️ Cancelar
settings-zone-location-cancelled = Entendido. Su zona horaria sigue siendo { $zone }.
settings-zone-location-changed = Entendido: { $zone }. Su ubicación no queda guardada.
settings-zone-location-unknown = No reconozco la zona horaria de ese lugar. Puede elegirla en ⚙️ Configuración.
address-senor = 🎩 Señor
address-senora = 🎩 Señora
address-neutral = 🎩 Sin tratamiento
address-changed = { $address ->
        [senor] Entendido, señor. Así me dirigiré a usted.
        [senora] Entendido, señora. Así me dirigiré a usted.
       *[neutral] Entendido. Me dirigiré a usted sin tratamiento.
    }
language-name-es = español
language-name-en = inglés

fallback-text = Disculpe, no sé qué hacer con eso. Escriba /diana para abrir el menú.
fallback-media = Lo guardaré con discreción, aunque no sabría qué hacer con ello. Escriba /diana para abrir el menú.
fallback-command = No conozco esa instrucción. Escriba /diana para abrir el menú.
button-unknown = Ese botón ya no abre ninguna puerta. Escriba /diana para volver.
button-expired = Ese botón pertenece a otro momento. Permítame mostrarle dónde se encuentra ahora.
error-apology = Le ruego me disculpe: algo ha fallado por mi parte. Volveré a intentarlo yo mismo dentro de unos instantes; no se ha perdido nada de lo suyo.
error-not-recorded = Le ruego me disculpe: no he podido atender su mensaje y nada ha cambiado. Inténtelo de nuevo en un momento, por favor.
error-payment-not-recorded =
    Le ruego me disculpe: Telegram me ha avisado de su pago, pero todavía no he podido registrarlo.
    Su referencia es { $reference }; con ella, un administrador le dará su acceso VIP o le devolverá sus Stars.
start-first = Aún no nos han presentado. Escriba /start, por favor.

command-start = Presentarse ante Lucien
command-diana = Abrir el menú de Diana

chat-paced = La señorita Diana lee despacio. Concédale { $seconds ->
        [one] un segundo
       *[other] { $seconds } segundos
    } antes de su próximo mensaje, se lo ruego.
chat-resting = La señorita Diana descansa de las conversaciones por un rato. Le ruego que vuelva a escribirle más tarde; mientras tanto, la historia sigue abierta para usted.

memory-button = 🧠 Lo que Diana recuerda
memory-title = 🧠 Lo que la señorita Diana recuerda de usted
memory-empty = Nada, por ahora. Cuando usted le escriba, ella guardará lo que le cuente.
memory-facts = Lo que usted le ha contado:
memory-summary = De lo que han hablado últimamente:
memory-forget = 🗑 Que lo olvide todo
memory-forgotten = Hecho. La señorita Diana lo ha olvidado todo; nada queda guardado.

chat-anon-sent = ✉️ Su mensaje ha llegado a la señorita Diana, sin su nombre. Si ella decide responder, le traeré su respuesta aquí mismo.
chat-anon-not-vip = Los mensajes anónimos a la señorita Diana son un privilegio de los invitados VIP. En 💎 VIP, desde /diana, encontrará cómo serlo.
chat-anon-empty = Escriba su mensaje después de la instrucción, por favor: /anonimo y lo que desee decirle.
chat-anon-too-long = Su mensaje es demasiado largo; la señorita Diana no lee más de { $max } caracteres. Abrévielo, se lo ruego.

chat-anon-answer =
    💌 La señorita Diana responde a su mensaje anónimo:

    { $answer }

chat-unpaid =
    La señorita Diana ya le ha dedicado hoy todas sus palabras sin precio. Cada mensaje más le cuesta { $price ->
        [one] un besito
       *[other] { $price } besitos
    }, y usted tiene { $balance }.
    En 🌟 Mis Besitos verá cómo ganar más; en 💎 VIP, cómo conversar con ella mucho más a menudo.
reason-chat_message = Mensaje a Diana
reason-chat_refund = Devolución de un mensaje a Diana
