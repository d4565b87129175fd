## The economy: Mis Besitos, the daily gift, the shop and the backpack. Lucien speaks ("usted").

besitos-level = Nivel { $level } · { $bar } { $into }/{ $cost }
besitos-to-next = Le faltan { $missing } besitos para el nivel { $next }. Cuentan los que gana leyendo, decidiendo, con el regalo diario y en el canal.
besitos-badges = Insignias: { $badges }
besitos-earn-title = Cómo ganar más:
besitos-earn-line = · { $label }: +{ $amount }
besitos-earn-capped = · { $label }: +{ $amount } (hasta { $cap } al día)
besitos-earn-vip = 💎 Los invitados VIP reciben ×{ $multiplier } en cada abono.
besitos-earn-vip-active = 💎 Como { $address ->
        [senor] invitado VIP
        [senora] invitada VIP
       *[neutral] parte del círculo VIP
    }, usted recibe ×{ $multiplier } en cada abono.
besitos-daily-button = 🎁 Regalo diario
besitos-shop-button = 🛍️ Tienda
besitos-backpack-button = 🎒 Mochila
besitos-back-button = ⬅️ Mis Besitos

daily-title = 🎁 Regalo diario
daily-streak = Racha: { $streak ->
    [one] { $streak } día seguido
   *[other] { $streak } días seguidos
}.
daily-available = { $bonus ->
    [0] Su regalo de hoy le espera: { $base } besitos.
   *[other] Su regalo de hoy le espera: { $base } besitos, y { $bonus } más por su constancia.
}
daily-claim-button = 🎁 Recibir el regalo
daily-claimed = Le he abonado { $amount } besitos. Saldo: 💋 { $balance }.
daily-already = Ya recibió el regalo de hoy. La señorita Diana aprecia la constancia, no la insistencia.
daily-next = El próximo regalo estará listo a las { $time }, dentro de { $hours ->
    [0] { $minutes } min
   *[other] { $hours } h { $minutes } min
}.
daily-toast-claimed = +{ $amount } besitos 💋
daily-toast-already = Ya recibió el regalo de hoy. Vuelva mañana, se lo ruego.

shop-title = 🛍️ Tienda de la casa
shop-intro = Esto es lo que la señorita Diana permite ofrecer. Saldo: 💋 { $balance } besitos.
shop-offer = { $name } · { $price } 💋
shop-mark-sold-out = (agotado)
shop-kind-story_key = 🗝️ Abre un camino escondido de la historia.
shop-kind-badge = 🏅 Se luce en su perfil.
shop-kind-consumable = 🎒 Se usa desde la mochila.
shop-item-price = Precio: { $price } besitos · su saldo: { $balance }
shop-item-stock = Quedan { $left }.
shop-item-owned = Tiene { $owned } de { $limit } por persona.
shop-item-vip = 💎 Reservado a los invitados VIP.
shop-buy-button = Comprar por { $price } 💋
shop-back-button = ⬅️ Tienda
shop-bought = ✅ Es suyo. Lo encontrará en su mochila. Saldo: 💋 { $balance }.
shop-toast-bought = { $name }: comprado.
shop-refused-not_for_sale = Ese objeto no está a la venta.
shop-refused-unknown_item = Ese objeto no está a la venta.
shop-refused-vip_only = Este objeto está reservado a los invitados VIP.
shop-refused-sold_out = Agotado: no queda ninguno.
shop-refused-limit_reached = Ya tiene todos los que se permiten por persona.
shop-refused-insufficient = Le faltan { $missing } besitos para este objeto.
shop-refused-repeated = Ya estaba hecho: la compra se registró una sola vez.
shop-refused-stale = La tienda ha cambiado desde entonces; le muestro lo que hay ahora.

backpack-title = 🎒 Mochila
backpack-empty = Su mochila está vacía. La tienda puede remediarlo.
backpack-line = { $name } × { $quantity } { $note }
backpack-note-story_key = · abre una puerta en la historia
backpack-note-badge = · en su perfil
backpack-note-consumable = · se usa una vez
backpack-use-button = Usar { $name }
backpack-used = Hecho: { $name } usado. Le quedan { $left }.
backpack-toast-used = { $name }: usado.
backpack-stale = Su mochila ha cambiado desde entonces; le muestro lo que contiene ahora.
