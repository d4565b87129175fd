## VIP: the plans, the 💎 VIP screen, tokens, Telegram Stars, the invitation to the VIP channel, reminders and
## the farewell. Lucien speaks ("usted").

plan-vip_mensual-name = VIP · 30 noches
plan-vip_mensual-benefits =
    · El canal VIP de la señorita Diana
    · ×1,5 besitos en cada abono
    · Los capítulos reservados de la historia
plan-vip_trimestral-name = VIP · 90 noches
plan-vip_trimestral-benefits =
    · El canal VIP de la señorita Diana
    · ×1,5 besitos en cada abono
    · Los capítulos reservados de la historia
    · Noventa noches por menos de lo que cuestan tres meses sueltos

vip-title = 💎 VIP
vip-status-active = Es usted { $address ->
        [senor] invitado VIP
        [senora] invitada VIP
       *[neutral] del círculo VIP
    } hasta el { $until } ({ $days ->
    [one] queda { $days } día
   *[other] quedan { $days } días
}).
vip-status-none = Aún no es usted { $address ->
        [senor] invitado VIP
        [senora] invitada VIP
       *[neutral] del círculo VIP
    }. Estas son las puertas que la señorita Diana está dispuesta a abrir:
vip-invite-waiting = Su invitación al canal VIP le espera (válida hasta el { $expires }).
vip-plan-line = { $name } · { $price } ⭐
vip-token-hint = Si la casa le ha dado un enlace de invitación, ábralo y el VIP será suyo.
vip-renew-hint = Puede renovar cuando guste: los días se suman a los que le quedan.
vip-buy-button = 💎 { $name } · { $price } ⭐
vip-renew-plan-button = 🔁 Renovar: { $name } · { $price } ⭐
vip-renew-button = 💎 Renovar VIP
vip-invite-button = 🚪 Entrar al canal VIP
vip-invite-ask-button = 🔑 Pedir mi invitación al canal VIP
vip-invite-ready = Aquí tiene su invitación: solo le abre la puerta a usted.
vip-invoice-sent = Le he dejado la factura en el chat.

vip-checkout-unknown_plan = Ese plan ya no está a la venta. Abra 💎 VIP para ver los vigentes.
vip-checkout-wrong_price = El precio de ese plan ha cambiado. Abra 💎 VIP y pida una factura nueva.
vip-sales-paused = Las puertas del VIP están cerradas por ahora: la señorita Diana no acepta nuevas reservas en este momento. Le ruego que vuelva más tarde; no perderá su sitio.
vip-checkout-paused = Las puertas del VIP están cerradas por ahora. No se le ha cobrado nada; vuelva más tarde, se lo ruego.
vip-checkout-wrong_currency = Ese pago no está en Telegram Stars.
vip-paid =
    ✅ Pago recibido. { $plan } es suyo: es usted { $address ->
        [senor] invitado VIP
        [senora] invitada VIP
       *[neutral] del círculo VIP
    } hasta el { $until }.
    En un momento le entrego la invitación al canal VIP.
vip-paid-pending =
    ✅ Pago recibido: { $plan }. Estoy terminando de preparar su acceso VIP;
    le escribiré en cuanto esté listo; no tiene que hacer nada más.
vip-paid-unknown-plan = He recibido su pago, pero ese plan ya no existe. Un administrador lo revisará y le devolverá sus Stars.

vip-token-redeemed =
    ✅ Invitación aceptada: { $plan }. Es usted { $address ->
        [senor] invitado VIP
        [senora] invitada VIP
       *[neutral] del círculo VIP
    } hasta el { $until }.
    En un momento le entrego la invitación al canal VIP.
vip-token-unknown = Esa invitación no figura en mis libros. Revise el enlace, se lo ruego.
vip-token-expired = Esa invitación ha caducado. Pida una nueva a quien se la dio.
vip-token-used = Esa invitación ya la ha utilizado otra persona. Cada una abre la puerta una sola vez.
vip-token-revoked = La casa ha anulado esa invitación.
vip-token-already_yours = Ya ha utilizado usted esa invitación; su VIP sigue vigente.
vip-token-plan_gone = Esa invitación era para un plan que ya no existe. Pida una nueva, se lo ruego.

vip-invite-message =
    🚪 Su invitación al canal VIP de la señorita Diana. Es personal y sirve una sola vez; caduca el { $expires }.
    Su VIP dura hasta el { $until }.
vip-reminder =
    🕯️ Un recordatorio discreto: su VIP termina el { $until } ({ $days ->
        [one] queda { $days } día
       *[other] quedan { $days } días
    }).
    Si desea seguir al otro lado de la puerta, puede renovarlo ahora.
vip-farewell =
    🕯️ Su VIP ha terminado y he cerrado tras usted la puerta del canal VIP.
    La señorita Diana no olvida a quien estuvo dentro. Cuando desee volver, renuévelo y le abriré de nuevo.

## The admins' VIP section.

admin-section-vip = 💎 VIP
admin-vip-back = ⬅️ VIP
admin-vip-title = 💎 VIP activos: { $count }
admin-vip-none = Nadie es VIP en este momento.
admin-vip-line = · { $name } · hasta el { $until }
admin-vip-grant-button = ➕ Conceder o ampliar VIP
admin-vip-tokens-button = 🎟️ Tokens
admin-vip-payments-button = ⭐ Pagos
admin-vip-revoke-button = ❌ { $name }
admin-vip-grant-prompt =
    ➕ ¿A quién concedo VIP, cuántos días (1 a { $max }) y por qué?
    Envíe el @usuario o id, los días y el motivo en un mensaje, por ejemplo:
    @ana_luz 30 premio del concurso
    Si ya es VIP, los días se suman a los que le quedan.
admin-vip-bad-format = Envíe el usuario, los días y el motivo, por ejemplo: @ana_luz 30 premio del concurso
admin-vip-bad-user = El primer dato debe ser un id o un @usuario. Por ejemplo: @ana_luz 30 premio del concurso
admin-vip-bad-days = Los días deben ser un número entero entre 1 y { $max }. Por ejemplo: @ana_luz 30 premio del concurso
admin-vip-bad-reason = Añada tras los días un motivo de 3 a 200 caracteres. Por ejemplo: @ana_luz 30 premio del concurso
admin-vip-granted = ✅ VIP para { $name }: { $before } → { $after }. Registro #{ $audit }.
admin-vip-revoked = ✅ VIP retirado a { $name }: { $before } → { $after }. Registro #{ $audit }. Saldrá del canal VIP en un momento.
admin-vip-unknown_user = Esa persona no está registrada.
admin-vip-ambiguous_user = Hay más de una persona registrada con ese @usuario. Indique su número de Telegram, por favor.
admin-vip-repeated = Esa concesión ya se hizo; no se repetirá.
admin-vip-not_vip = Esa persona ya no es VIP.
admin-vip-revoke-confirm =
    ¿Retiro el VIP a { $name } (hasta el { $until })?
    Terminará ahora y saldrá del canal VIP.
admin-vip-revoke-yes = ❌ Sí, retirar el VIP

admin-tokens-title = 🎟️ Tokens (los últimos { $count })
admin-tokens-none = Aún no se ha generado ninguno.
admin-token-unused = · { $token } · { $plan } · sin usar · caduca el { $expires }
admin-token-used = · { $token } · { $plan } · usado por { $user }
admin-token-expired = · { $token } · { $plan } · caducado
admin-token-revoked = · { $token } · { $plan } · anulado
admin-token-new-button = ➕ Nuevo token
admin-token-revoke-button = 🚫 Anular { $token }
admin-token-plan-button = { $name }
admin-token-choose-plan = ¿Para qué plan es el token? Servirá una vez y caducará en { $days ->
        [one] { $days } día
       *[other] { $days } días
    } si nadie lo usa.
admin-token-created =
    ✅ Token para { $plan }, válido hasta el { $expires }. Comparta este enlace con la persona invitada:
    { $link }
admin-token-toast-created = Token generado.
admin-token-revoke-done = Token { $token } anulado.
admin-token-not-revocable = El token { $token } ya no se puede anular (usado, caducado o anulado).

admin-payments-title = ⭐ Pagos con Telegram Stars (los últimos { $count })
admin-payments-none = Aún no hay pagos.
admin-payment-line = · #{ $id } · { $date } · { $name } · { $plan } · { $stars } ⭐
admin-payment-refunded-line = · #{ $id } · { $date } · { $name } · { $plan } · { $stars } ⭐ · devuelto
admin-payment-refund-button = ↩️ Devolver #{ $id } ({ $stars } ⭐)
admin-refund-confirm =
    ¿Devuelvo el pago #{ $id } ({ $stars } ⭐) al usuario { $user }?
    Telegram le devolverá las Stars y perderá los días de VIP de ese pago.
admin-refund-yes = ↩️ Sí, devolver
admin-refund-done = ✅ Pago #{ $id } devuelto ({ $stars } ⭐). Sus días de VIP se han retirado.
admin-refund-already_refunded = Ese pago ya estaba devuelto.
admin-refund-unknown = No encuentro ese pago.
admin-refund-telegram_refused = Telegram no reconoce ese pago; nada ha cambiado.

admin-audit-vip-change = · VIP { $before } → { $after }
admin-action-vip-grant = VIP concedido
admin-action-vip-revoke = VIP retirado
admin-action-vip-token = token generado
admin-action-vip-token-revoke = token anulado
admin-action-vip-channel-removal = retirada del canal VIP por no ser VIP (por Lucien)
admin-action-refund = pago devuelto
vip-door-declined =
    Esa puerta es solo para los invitados VIP de la señorita Diana.
    Si desea entrar, escríbame a @{ $bot } y consulte 💎 VIP: allí le daré una invitación a su nombre.

