## Privacy notice, terms, and the 🔒 Privacidad screen.

settings-privacy = 🔒 Privacidad
command-privacy = Aviso de privacidad y sus datos
privacy-back = ⬅️ Volver a Configuración

privacy-title =
    🔒 Privacidad
    Guardo lo justo para servirle: su nombre de Telegram, su idioma, sus besitos y movimientos, su lugar en la historia, sus misiones, su VIP y sus pagos.
    Puede llevarse una copia de todo, o pedirme que le olvide. El aviso completo y las condiciones: /privacy
privacy-export = 📄 Descargar mis datos
privacy-export-caption = Todo lo que la casa guarda sobre usted, en un solo documento.
privacy-export-sent = Le he entregado su expediente.
privacy-forget = 🗑️ Olvidarme
privacy-forget-confirm =
    ¿Desea que la casa le olvide?
    Borraré su perfil, su historia, sus misiones y su inventario, y no volverá a recibir avisos. Perderá sus besitos y su VIP.
    Las cuentas se conservan sin su nombre, bajo un número que no conduce hasta usted. Esto no se puede deshacer.
privacy-forget-yes = Sí, olvídeme
privacy-forget-no = No, volver
privacy-forgotten =
    Hecho. La casa ya no sabe quién es usted.
    Si algún día vuelve, escriba /start y le recibiré como a un invitado nuevo.

privacy-notice =
    🔒 Aviso de privacidad y condiciones

    Quién: el equipo de la señorita Diana gestiona este bot y es responsable de sus datos.

    Qué guardamos: su identificador, nombre y usuario de Telegram, su idioma y zona horaria; sus besitos y cada movimiento; su avance en la historia, misiones y logros; su inventario; su VIP, invitaciones y pagos con Stars; sus reacciones y su pertenencia a los canales. No guardamos sus conversaciones.

    Para qué: para que el bot funcione (historia, economía, VIP) y para llevar las cuentas. No vendemos ni cedemos sus datos; Telegram procesa los mensajes y los pagos según sus propias condiciones.

    Cuánto tiempo: mientras use el bot. Los registros técnicos se borran a los 90 días y las copias de seguridad rotan.

    Sus derechos: en ⚙️ Configuración → 🔒 Privacidad puede descargar sus datos en un archivo y pedir que le olvidemos. Olvidarle borra su perfil y su actividad al momento; las cuentas (movimientos y pagos) se conservan sin su identidad, bajo un número anónimo, y el resto de rastros desaparece en 30 días. También puede pedirlo a un administrador.

    Condiciones: los besitos no tienen valor monetario ni pueden canjearse por dinero. El VIP da acceso al canal privado durante el tiempo pagado; las Stars se rigen por las condiciones de Telegram. El contenido es para mayores de 18 años. Podemos cambiar estas condiciones; se lo avisaremos en el bot.

admin-forget-button = 🗑️ Olvidar (a petición suya)
admin-forget-prompt =
    Va a olvidar a { $name } a petición suya: perfil y actividad se borran, las cuentas quedan bajo un número anónimo. No se puede deshacer.
    Escriba la petición (p. ej. «correo del 3 de mayo»), o cancele.
admin-forget-bad-reason = Escriba la petición en una línea de 3 a 200 caracteres, o cancele con /admin.
admin-forgotten = Hecho: la persona está olvidada; sus cuentas siguen bajo el número { $pseudonym }. Registro #{ $audit }.

admin-action-forget = olvido a petición
