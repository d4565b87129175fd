## The admins' menu (/admin). Only ADMIN_TELEGRAM_IDS ever see these strings.

admin-title =
    🗝️ Administración
    Elija una sección.
admin-section-users = 👤 Usuarios
admin-section-stats = 📊 Economía
admin-section-audit = 📜 Registro
admin-back = ⬅️ Administración
admin-refresh-button = 🔄 Actualizar

admin-users-title = 👤 Usuarios
admin-users-prompt = Envíe el id numérico o el @usuario de la persona que busca.
admin-lookup-button = 🔎 Buscar a otra persona
admin-not-found = No encuentro a nadie con «{ $query }». Envíe otro id o @usuario, o /admin para volver al menú.
admin-bad-query = «{ $query }» no es un id ni un @usuario. Envíe, por ejemplo, 123456789 o @ana.
admin-card =
    👤 { $name }
    Idioma: { $language } · alta: { $since }
    💋 { $balance } besitos · total obtenido { $total } · nivel { $level }
    VIP: { $vip }
    Objetos: { $items }
admin-card-vip-until = hasta el { $until }
admin-card-vip-none = no
admin-card-items-none = ninguno
admin-card-recent = Últimos movimientos:
admin-grant-button = ➕ Abonar
admin-revoke-button = ➖ Retirar
admin-cancel-button = ✖️ Cancelar
admin-grant-prompt =
    ➕ ¿Cuántos besitos abono a { $name }, y por qué?
    Envíe la cantidad y el motivo en un mensaje, por ejemplo:
    50 compensación por el fallo del martes
admin-revoke-prompt =
    ➖ ¿Cuántos besitos retiro a { $name } (saldo { $balance }), y por qué?
    Envíe la cantidad y el motivo en un mensaje, por ejemplo:
    20 abono duplicado
admin-bad-format = Envíe la cantidad y el motivo, por ejemplo: 50 compensación
admin-bad-amount = La cantidad debe ser un número entero entre 1 y { $max }. Por ejemplo: 50 compensación
admin-bad-reason = Añada tras la cantidad un motivo de 3 a 200 caracteres. Por ejemplo: 50 compensación
admin-granted = ✅ Abonados { $amount } besitos a { $name }. Saldo: { $before } → { $after }. Registro #{ $audit }.
admin-revoked = ✅ Retirados { $amount } besitos a { $name }. Saldo: { $before } → { $after }. Registro #{ $audit }.
admin-below-zero = ❌ No puedo retirar { $amount } besitos a { $name }: su saldo es { $balance } y nunca baja de cero. Nada ha cambiado.
admin-repeated = Esa operación ya se realizó; no se repetirá.
admin-not_undoable = Esa entrada del registro no se puede deshacer.
admin-unknown_user = Esa persona no está registrada.
admin-ambiguous = Hay más de una persona registrada como { $query } (alguien cambió de nombre). Búsquela por su id de Telegram, por favor.
admin-undo-button = ↩️ Deshacer #{ $audit }
admin-undone = Deshecho #{ $audit }.

admin-stats =
    📊 Economía
    Usuarios: { $users }
    Emitidos: { $issued } · gastados: { $spent } · retirados: { $revoked }
    En circulación: { $circulating }
admin-stats-top = Quienes más han obtenido:
admin-stats-top-line = { $rank }. { $name } · { $total } obtenidos · saldo { $balance }
admin-stats-none = Nadie todavía.
admin-stats-volume = { $days ->
    [one] Último día
   *[other] Últimos { $days } días
} (emitidos / gastados / movimientos):
admin-stats-experiments = 🧪 Experimentos de la historia (vieron / siguieron):
admin-stats-experiment-line = { $node } · { $variant }: { $exposed } / { $converted } ({ $percent } %)
admin-stats-volume-line = { $day }: +{ $issued } / −{ $spent } / { $movements }

admin-audit-title = 📜 Registro ({ $count ->
    [one] la última acción
   *[other] las últimas { $count } acciones
})
admin-audit-empty = Aún no hay acciones registradas.
admin-audit-line = #{ $id } · { $date } · admin { $admin } · { $action } · usuario { $target }
admin-audit-change = · saldo { $before } → { $after }
admin-action-lookup = consulta
admin-action-grant = abono
admin-action-revoke = retirada
admin-action-undo = deshacer
admin-action-grant-refused = abono rechazado
admin-action-revoke-refused = retirada rechazada
admin-action-undo-refused = deshacer rechazado

admin-section-events = 🧯 Eventos
admin-events-title = 🧯 Eventos en segundo plano
admin-events-stats = Pendientes: { $pending } · Fallidos: { $dead } · Procesados: { $done }
admin-events-dead-line = #{ $id } { $type } · usuario { $user } · { $attempts ->
    [one] { $attempts } intento
   *[other] { $attempts } intentos
}
    { $error }
admin-events-no-dead = Ningún evento fallido. Todo en orden.
admin-events-retry = 🔁 Reintentar #{ $id }
admin-events-retried = Devuelto a la cola.
admin-events-not-dead = Ese evento ya no está entre los fallidos.
admin-updates-stats = Mensajes de Telegram por reintentar: { $waiting } · Fallidos: { $dead }
admin-updates-dead-line = Actualización { $id } ({ $kind }) · { $attempts ->
    [one] { $attempts } intento
   *[other] { $attempts } intentos
}
    { $error }
admin-updates-retry = 🔁 Reintentar actualización { $id }
admin-action-event-retry = reintento de evento
admin-action-update-retry = reintento de mensaje de Telegram

chat-budget-warning-daily = 🕯️ Una advertencia discreta: las conversaciones con la señorita Diana llevan gastados { $spent } $ de los { $cap } $ de hoy ({ $percent } %). Al llegar al límite, ella responderá con sus frases preparadas hasta mañana.
chat-budget-warning-monthly = 🕯️ Una advertencia discreta: las conversaciones con la señorita Diana llevan gastados { $spent } $ de los { $cap } $ del mes ({ $percent } %). Al llegar al límite, ella responderá con sus frases preparadas hasta el mes próximo.

admin-section-chat = 💬 Conversaciones
admin-chat-title = 💬 Conversaciones con la señorita Diana
admin-chat-model-on = Responde a través del modelo configurado (LLM_BASE_URL).
admin-chat-model-off = Sin modelo configurado: responde con sus frases preparadas.
admin-chat-today = Hoy: { $spent } $ de { $cap } $ ({ $percent } %).
admin-chat-today-unlimited = Hoy: { $spent } $ (sin límite diario).
admin-chat-month = Este mes: { $spent } $ de { $cap } $ ({ $percent } %).
admin-chat-month-unlimited = Este mes: { $spent } $ (sin límite mensual).
admin-chat-gate = Filtro de coherencia, últimos { $days } días: { $judged } respuestas juzgadas, { $refused } rechazadas ({ $refusedPercent } %).
admin-chat-usage = Uso de los últimos { $days } días (día · modelo · personas · mensajes · tokens · coste):
admin-chat-usage-line = { $day } · { $model } · { $people } · { $messages } · { $tokens } · { $cost } $
admin-chat-usage-none = Nadie le ha escrito todavía.
admin-section-console = 🖥️ Consola
admin-console-link =
    🖥️ Consola
    Este enlace abre la consola con su sesión iniciada. Sirve una sola vez y caduca en { $minutes ->
        [one] un minuto
       *[other] { $minutes } minutos
    }; no lo comparta:
    { $link }
admin-console-again = 🔄 Otro enlace
admin-console-off = 🖥️ La consola no está disponible en este servidor.
admin-inbox-button = 📨 Buzón ({ $open })
admin-inbox-title = 📨 Mensajes anónimos para la señorita Diana: { $open } sin responder.
admin-inbox-empty = No hay mensajes por responder.
admin-inbox-message =
    «{ $text }»
    — recibido el { $date } (UTC)
admin-inbox-answer-button = ✍️ Responder como Diana
admin-inbox-prompt = Escriba la respuesta de la señorita Diana; se la entregaré a quien escribió, sin que usted sepa quién es.
admin-inbox-draft = Una sugerencia, si le sirve:
admin-inbox-sent = ✅ Respuesta entregada.
admin-inbox-gone = Ese mensaje ya tiene respuesta.
admin-inbox-undelivered = La respuesta quedó registrada, pero Telegram no la entregó: quien escribió quizá haya bloqueado el bot.
admin-section-flags = 🚦 Interruptores
admin-flags-title = 🚦 Interruptores: qué funciona y para quién. Un cambio surte efecto al instante, sin reiniciar.

admin-flags-back = ⬅️ Interruptores
admin-flag-line = { $name }: { $rule } ({ $source })
admin-flag-source-pack = del paquete
admin-flag-source-admin = puesto por un administrador
admin-flag-about-vip_sales = Venta de VIP: los planes en 💎 VIP, sus facturas y sus cobros.
admin-flag-about-channel_rewards = Besitos por reaccionar en los canales.
admin-flag-about-conversation = Conversación con Diana: sus respuestas al texto libre (el modelo y las réplicas del paquete).
admin-flag-on-button = ✅ Encender
admin-flag-off-button = ⛔ Apagar
admin-flag-percent-button = 📊 Porcentaje
admin-flag-segment-button = 👥 Segmento
admin-flag-pack-button = ↩️ Volver al paquete
admin-flag-changed = Hecho.
admin-flag-percent-prompt = ¿Para qué porcentaje de personas queda encendido { $name }? Escriba un número de 0 a 100.
admin-flag-segment-prompt = ¿Para quién queda encendido { $name }? Escriba «all» (todos), «vip», «novip» y/o idiomas («es en»), p. ej. «vip es».
admin-flag-bad-percent = Eso no es un porcentaje: escriba un número de 0 a 100.
admin-flag-bad-segment = No entiendo ese segmento: escriba «all», «vip», «novip» y/o códigos de idioma de dos letras.
admin-action-flag-set = cambio de interruptor

# 📈 Analítica (desde 📊): la semana de un vistazo, y el resumen diario de Lucien.
admin-analytics-button = 📈 Analítica
admin-analytics-back = ⬅️ Economía
admin-analytics-summary-on = 🔔 Resumen diario: usted lo recibe cada mañana a las 9:00.
admin-analytics-summary-off = 🔕 Resumen diario: no lo recibe.
admin-analytics-subscribe-button = 🔔 Recibir el resumen diario
admin-analytics-unsubscribe-button = 🔕 Dejar de recibir el resumen
analytics-summary-intro = Buenos días. Le dejo el resumen de la comunidad hasta ayer.
analytics-title = 📈 Analítica · { $from } → { $to }
analytics-funnel = Embudo de quienes llegaron: /start { $started } → fragmento { $firstFragment } → decisión { $firstDecision } → cap. 2 { $chapter2 } → cap. 3 { $chapter3 } → VIP { $vip }
analytics-active = Activos el { $day }: { $people } · media diaria { $average }
analytics-vip = 💎 VIP: { $active } · +{ $started } nuevos · −{ $ended } bajas
analytics-stars = ⭐ Stars: { $net } ({ $payments } pagos)
analytics-besitos = 💋 Besitos: +{ $issued } emitidos · −{ $spent } gastados
analytics-dropoff = Donde se detienen: { $nodes }
analytics-none = nadie todavía
analytics-retention = Retención (semana del { $week }, { $people } llegadas): D1 { $d1 } % · D7 { $d7 } % · D30 { $d30 } %
analytics-retention-none = Retención: aún no hay llegadas recientes.
