## Broadcasts: the switch in ⚙️ Configuración, and the admins' screen to compose and follow them.

settings-broadcasts-on = 📣 Comunicados: activados
settings-broadcasts-off = 🔇 Comunicados: desactivados
settings-broadcasts-changed-on = Le haré llegar los comunicados de la casa.
settings-broadcasts-changed-off = Entendido. No recibirá más comunicados de la casa.

admin-section-broadcasts = 📢 Comunicados
admin-bcast-back = ⬅️ Comunicados
admin-bcast-title = 📢 Comunicados
admin-bcast-none = Aún no se ha enviado ningún comunicado.
admin-bcast-line = #{ $id } · { $status } · { $sent }/{ $audience } · { $preview }
admin-bcast-new-button = ✍️ Nuevo comunicado
admin-bcast-prompt =
    ✍️ Escriba el texto del comunicado (hasta 4096 caracteres).
    Después podrá añadir botones, elegir a quién llega y enviarse una vista previa.
    ¿Con una foto? Envíe la foto con el texto como pie (hasta 1024 caracteres).
admin-bcast-text-invalid = El texto está vacío o supera los 4096 caracteres. Escríbalo de nuevo.
admin-bcast-caption-invalid = Con una foto, el texto va como su pie: entre 1 y 1024 caracteres. Envíe la foto de nuevo con un pie más corto.
admin-bcast-with-photo = 🖼 Con foto; este texto va como su pie:
admin-bcast-draft-title = 📝 Borrador #{ $id }
admin-bcast-segment = 🎯 Destinatarios:
admin-bcast-audience = 👥 Audiencia: { $audience ->
        [one] { $audience } persona
       *[other] { $audience } personas
    }
admin-bcast-seg-everyone = todos
admin-bcast-seg-vip-yes = solo VIP
admin-bcast-seg-vip-no = solo quienes no son VIP
admin-bcast-seg-lang = idioma: { $languages }
admin-bcast-seg-level = nivel ≥ { $level }
admin-bcast-seg-inactive = sin actividad desde hace ≥ { $days } días
admin-bcast-seg-free-in = dentro del canal gratuito
admin-bcast-seg-free-out = fuera del canal gratuito
admin-bcast-seg-ending = VIP que termina en ≤ { $days } días
admin-bcast-seg-node = llegó a «{ $node }»
admin-bcast-seg-item = tiene «{ $item }»
admin-bcast-target-story = 💋 Historia
admin-bcast-target-vip = 💎 VIP
admin-bcast-target-shop = 🛍️ Tienda
admin-bcast-cycle-vip = VIP: { $value ->
        [true] sí
        [false] no
       *[any] todos
    }
admin-bcast-cycle-lang = Idioma: { $value ->
        [any] todos
       *[other] { $value }
    }
admin-bcast-cycle-level = Nivel ≥ { $value }
admin-bcast-cycle-inactive = Inactivos: { $value ->
        [0] no
       *[other] ≥ { $value } d
    }
admin-bcast-cycle-free = Canal gratuito: { $value ->
        [true] dentro
        [false] fuera
       *[any] todos
    }
admin-bcast-cycle-ending = VIP acaba ≤ 7 d
admin-bcast-node-button = 📍 Nodo…
admin-bcast-item-button = 🎒 Objeto…
admin-bcast-node-prompt = 📍 Escriba el id del nodo o final de la historia (por ejemplo c1_n2), o «-» para quitar la condición.
admin-bcast-item-prompt = 🎒 Escriba el id del objeto (por ejemplo rose), o «-» para quitar la condición.
admin-bcast-condition-invalid = Eso no es un id válido (letras, números, «_», «.» o «-»). Escríbalo de nuevo.
admin-bcast-preview-button = 👁️ Vista previa para mí
admin-bcast-preview-sent = Vista previa enviada.
admin-bcast-send-button = 📤 Enviar ya
admin-bcast-later-button = ⏰ +{ $hours } h
admin-bcast-queued = ✅ Comunicado en marcha.
admin-bcast-already = Este comunicado ya se ha enviado.
admin-bcast-paid-button = { $on ->
        [yes] ⚡ Envío de pago: sí
       *[no] ⚡ Envío de pago: no
    }
admin-bcast-paid-warning =
    ⚡ Envío de pago: Telegram lo entrega hasta a 1000 mensajes por segundo en lugar de 30, y cobra 0,1 ⭐ del saldo de Estrellas del bot por cada mensaje que pase de los 30 por segundo gratuitos.
    Coste: hasta { $stars } ⭐ para { $audience ->
        [one] { $audience } persona
       *[other] { $audience } personas
    }.
admin-bcast-paid-confirm =
    ¿Enviar este comunicado como envío de pago?
    Telegram retirará hasta { $stars } ⭐ del saldo del bot. No se puede deshacer una vez enviado.
admin-bcast-paid-confirm-button = ⚡ Sí, enviar pagando hasta { $stars } ⭐
admin-bcast-paid-line = ⚡ Envío de pago (hasta 0,1 ⭐ por mensaje)

admin-bcast-pause-button = ⏸️ Pausar
admin-bcast-resume-button = ▶️ Reanudar
admin-bcast-cancel-button = ⏹️ Cancelar envío
admin-bcast-moved-pause = Comunicado en pausa.
admin-bcast-moved-resume = Comunicado reanudado.
admin-bcast-moved-cancel = Comunicado cancelado.
admin-bcast-unchanged = El comunicado ya no está en ese estado.
admin-bcast-status-draft = borrador
admin-bcast-status-scheduled = programado
admin-bcast-status-sending = enviándose
admin-bcast-status-paused = en pausa
admin-bcast-status-cancelled = cancelado
admin-bcast-status-done = terminado
admin-bcast-progress =
    📢 Comunicado #{ $id } · { $status }
    🕐 Envío: { $sendAt } UTC
    👥 Audiencia: { $audience }
    ✅ Enviados: { $sent }
    ⚠️ Fallidos: { $failed }
    🚫 Bloqueados: { $blocked }
    ⏭️ Omitidos: { $skipped }
    ❔ Inciertos (en camino al caerse el envío; no se reenvían): { $uncertain }
    ⏳ Pendientes: { $remaining } (~{ $eta } s)
