## The story screens: Lucien's voice around Diana's story (headers, buttons, notes and answers).

story-header = 📖 { $chapter }
story-speaker-diana = 💋 Diana
story-speaker-lucien = 🎩 Lucien
story-moved-note = 🎩 La historia ha cambiado un poco desde su última visita; le he llevado al punto más cercano a donde se quedó.
story-ending = 🌙 Aquí termina este camino. Puede volver a empezar: lo ya leído no se le abona dos veces, pero quedan puertas que aún no ha abierto.
story-stuck = 🎩 Por ahora ninguna elección de este fragmento está a su alcance. Puede volver a empezar la historia o regresar al menú.
story-earned = ✨ +{ $amount } besitos · Saldo: { $balance }
story-spent = 💸 −{ $amount } besitos · Saldo: { $balance }
story-restart = ↺ Volver a empezar

story-choice-cost = { $label } · 💋 { $cost }
story-choice-locked = { $lock } · { $label }
story-lock-vip = 🔒 VIP
story-lock-level = 🔒 nivel { $level }
story-lock-item = 🔒 { $item }
story-lock-besitos = 🔒 { $amount } besitos
story-lock-relationship = 🔒 afinidad { $value }
story-lock-other = 🔒

story-toast-earned = ✨ +{ $amount } besitos
story-stale = Ese botón pertenece a una página anterior de la historia. Permítame mostrarle dónde se quedó.
story-locked-vip = Esa puerta solo se abre para los invitados VIP. Encontrará los detalles en 💎 VIP.
story-locked-level = Esa elección requiere nivel { $level }. Los besitos que reúna le llevarán hasta él.
story-locked-item = Esa elección requiere { $item }. Puede encontrarla en la tienda.
story-locked-besitos = Esa elección cuesta { $amount } besitos y su saldo es de { $balance }.
story-locked-relationship = Esa elección requiere una afinidad de { $value } con la señorita Diana; la suya es de { $current }.
story-locked-other = Esa elección depende de algo que aún no ha ocurrido en esta historia.

reason-story_bonus = Regalo de la historia

diary-button = 📖 Diario
diary-title =
    📖 Diario · { $count ->
        [one] { $count } fragmento leído
       *[other] { $count } fragmentos leídos
    } · página { $page } de { $pages }
    Lo que ya ha leído, guardado para releerlo. Releer no da besitos ni cambia su historia.

diary-empty = 📖 Su diario está vacío: los fragmentos que lea se guardarán aquí.
diary-entry-header = 📖 Diario · { $chapter }
diary-back = ⬅️ Diario
diary-chapters = 🔖 Capítulos
diary-chapters-title =
    🔖 Capítulos
    Vuelva al comienzo de un capítulo que ya abrió. Empezará allí una nueva lectura: lo ya leído no vuelve a pagar, y su diario lo conserva todo.
diary-chapter-open = ↪️ { $chapter }
diary-chapter-locked = { story-lock-vip } · { $chapter }
