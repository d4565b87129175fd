## The channels: Lucien's greeting to a join request, the toasts of the reaction buttons, and the admins'
## channel section. Lucien speaks ("usted").

channel-join-greeting =
    { $daypart ->
        [morning] Buenos días
        [afternoon] Buenas tardes
       *[night] Buenas noches
    }, { $name }.{ $known ->
        [yes] {""}
       *[no] {" "}Soy Lucien, mayordomo de la señorita Diana.
    }
    He recibido su solicitud para entrar en su canal. La casa se toma su tiempo: { $minutes ->
        [one] en un minuto
       *[other] en unos { $minutes } minutos
    } le abriré la puerta.
    { $known ->
        [yes] Mientras tanto, escriba /diana cuando quiera continuar.
       *[no] Mientras tanto, escriba /start y le presentaré la casa. Cada reacción suya en el canal le dará besitos.
    }
channel-rewards-credited = Por sus reacciones en el canal le he abonado { $amount } besitos.

reaction-toast-paid = +{ $amount } besitos 💋 Saldo: { $balance }
reaction-toast-capped = Reacción anotada. Por hoy ya ha recibido todos los besitos por reacciones.
reaction-toast-paused = Reacción anotada. Los besitos por reacciones están en pausa por ahora; gracias por estar aquí.
reaction-toast-already = Ya ha reaccionado a esta publicación con { $emoji }. Una vez basta.
reaction-toast-start = Reacción anotada. Abra el chat conmigo y pulse Iniciar: sus besitos le esperan allí.

## The admins' channel section.

admin-section-channels = 📣 Canales
admin-channels-back = ⬅️ Canales
admin-channels-title = 📣 Canales
admin-channels-none = No hay canales configurados (FREE_CHANNEL_ID, VIP_CHANNEL_ID).
admin-channels-free =
    🌹 Canal gratuito: { $members ->
        [one] { $members } miembro
       *[other] { $members } miembros
    } · { $reactions ->
        [one] { $reactions } reacción
       *[other] { $reactions } reacciones
    }
    Solicitudes: { $requests } · aprobadas { $approved } · pendientes { $pending } · retiradas { $withdrawn }
admin-channels-vip =
    💎 Canal VIP: { $members ->
        [one] { $members } miembro
       *[other] { $members } miembros
    } · { $reactions ->
        [one] { $reactions } reacción
       *[other] { $reactions } reacciones
    }
admin-channels-posts = Últimas publicaciones (reacciones):
admin-channels-no-posts = Aún no se ha publicado nada desde aquí.
admin-channels-post-line = · #{ $id } «{ $preview }» · { $reactions } ({ $byEmoji })
admin-post-photo = 📷 foto
admin-post-new-free = 📝 Publicar en el canal gratuito
admin-post-new-vip = 📝 Publicar en el canal VIP
admin-post-channel-free = el canal gratuito
admin-post-channel-vip = el canal VIP
admin-post-prompt =
    📝 Nueva publicación en { $channel }.
    Envíe el texto, o una foto con su pie. Le mostraré cómo queda antes de publicarla.
admin-post-empty = La publicación necesita un texto o una foto.
admin-post-preview = Vista previa para { $channel }, con los botones de reacción debajo:
admin-post-publish-button = ✅ Publicar
admin-post-published = ✅ Publicación #{ $id } publicada.
admin-post-toast-published = Publicada.
admin-post-already = Esa publicación ya se ha enviado.
admin-action-post-published = publicación
admin-action-post-drafted = borrador de publicación

## The sandbox's demo channels start with these posts (published once, with the reaction buttons).
demo-post-free-welcome =
    🕯️ Bienvenida al canal de Diana.
    Toque una reacción bajo esta publicación: su primera reacción a cada publicación le da besitos.

demo-post-free-tip = Lucien recomienda escribir /diana al bot para continuar la historia.
demo-post-vip-welcome = 💎 Bienvenida al círculo VIP. Aquí la señorita Diana comparte lo que no enseña a nadie más.
