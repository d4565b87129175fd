## Missions, achievements and Lucien's announcements.

missions-title = 🎯 Misiones
missions-intro = Lucien lleva la cuenta con discreción. Esto es lo que la señorita Diana espera de usted:
missions-section-once = Encargos
missions-section-done = Cumplidos
missions-section-daily = Hoy · quedan { $left }
missions-section-weekly = Esta semana · quedan { $left }
missions-none = No hay encargos pendientes. Notable.
missions-line = { $status } { $name }
    { $bar } { $progress }/{ $target } · +{ $reward } 💋
    { $description }
missions-done = ✅
missions-open = ▫️
missions-locked = 🔒

achievements-title = 🏆 Logros · { $unlocked }/{ $total }
achievements-page = Página { $page } de { $pages }
achievements-unlocked = 🏆 { $name } · { $date }
    { $description }
achievements-locked = 🔒 { $name }
    { $bar } { $progress }/{ $target } · +{ $reward } 💋
    { $description }
achievements-next = Siguiente ▶️
achievements-previous = ◀️ Anterior

time-left-hours = { $hours } h { $minutes } min
time-left-days = { $days } d { $hours } h

announce-header = 🎩 Con su permiso, una noticia:
announce-missions =
    { $count ->
        [one] Ha completado una misión:
       *[other] Ha completado { $count } misiones:
    }
announce-achievements =
    { $count ->
        [one] Ha desbloqueado un logro:
       *[other] Ha desbloqueado { $count } logros:
    }
announce-line = • { $name } (+{ $reward } besitos)
announce-level = 🌟 Ha alcanzado el nivel { $level }. Tomo nota.
announce-footer = Puede verlo todo en /diana.

settings-notifications-on = 🔔 Avisos: activados
settings-notifications-off = 🔕 Avisos: desactivados
settings-notifications-changed-on = Entendido. Le tendré al corriente de sus misiones, logros y niveles.

settings-notifications-changed-off = Entendido. No le interrumpiré más con avisos.
settings-quiet = 🌙 Horas de silencio: { $hours }
settings-quiet-none = ninguna
settings-quiet-title =
    🌙 Horas de silencio
    Actuales: { $hours }. En esas horas de su día no le escribo: mis avisos esperan a que terminen. Elija las suyas.
settings-quiet-off = 🔔 Sin horas de silencio
settings-quiet-changed = Entendido. Horas de silencio: { $hours }.

mission-primera_conversacion-name = Primera conversación
mission-primera_conversacion-description = Complete 3 fragmentos de la historia.
mission-exploradora_curiosa-name = Exploradora curiosa
mission-exploradora_curiosa-description = Tome 5 decisiones en la historia.
mission-devocion_diaria-name = Devoción diaria
mission-devocion_diaria-description = Visite a la señorita Diana 3 días seguidos.
mission-social_butterfly-name = Mariposa social
mission-social_butterfly-description = Reaccione a 10 publicaciones del canal.
mission-vip_experience-name = Experiencia VIP
mission-vip_experience-description = Lea un fragmento del capítulo VIP.
mission-achievement_hunter-name = Cazador de logros
mission-achievement_hunter-description = Desbloquee 5 logros.
mission-story_enthusiast-name = Entusiasta de la historia
mission-story_enthusiast-description = Complete 30 fragmentos de la historia.
mission-community_member-name = Miembro de la comunidad
mission-community_member-description = Únase a 2 canales.
mission-besitos_collector-name = Coleccionista de besitos
mission-besitos_collector-description = Gane 500 besitos leyendo, decidiendo y participando.
mission-dianas_favorite-name = La favorita de Diana
mission-dianas_favorite-description = Alcance el nivel 5.
mission-tres_noches_con_diana-name = Tres noches con Diana
mission-tres_noches_con_diana-description = Escriba a la señorita Diana en tres días distintos.
mission-lectura_del_dia-name = Lectura del día
mission-lectura_del_dia-description = Complete 2 fragmentos hoy.
mission-decisiones_del_dia-name = Decisiones del día
mission-decisiones_del_dia-description = Tome 3 decisiones hoy.
mission-reacciones_del_dia-name = Presencia en el canal
mission-reacciones_del_dia-description = Reaccione a 3 publicaciones hoy.
mission-visita_del_dia-name = Visita del día
mission-visita_del_dia-description = Recoja su regalo diario.
mission-semana_de_lectura-name = Semana de lectura
mission-semana_de_lectura-description = Complete 8 fragmentos esta semana.
mission-semana_decidida-name = Semana decidida
mission-semana_decidida-description = Tome 12 decisiones esta semana.
mission-semana_social-name = Semana social
mission-semana_social-description = Reaccione a 15 publicaciones esta semana.

achievement-first_steps-name = Primeros pasos
achievement-first_steps-description = Presentarse ante Lucien.
achievement-dianas_interest-name = El interés de Diana
achievement-dianas_interest-description = Volver otro día a recoger el regalo diario.
achievement-decision_maker-name = Quien decide
achievement-decision_maker-description = Tomar la primera decisión.
achievement-point_collector-name = Coleccionista
achievement-point_collector-description = Ganar 350 besitos leyendo, decidiendo y participando.
achievement-level_up-name = Un peldaño más
achievement-level_up-description = Alcanzar el nivel 3.
achievement-daily_devotion-name = Devoción
achievement-daily_devotion-description = Visitar la casa siete días seguidos.
achievement-story_explorer-name = Exploración
achievement-story_explorer-description = Llegar a dos finales distintos.
achievement-choice_master-name = Maestría en decisiones
achievement-choice_master-description = Tomar 20 decisiones.
achievement-first_reaction-name = Primera reacción
achievement-first_reaction-description = Reaccionar por primera vez en el canal.
achievement-mission_accomplished-name = Misión cumplida
achievement-mission_accomplished-description = Completar la primera misión.
achievement-vip_access-name = Acceso VIP
achievement-vip_access-description = Entrar en el círculo VIP.
achievement-besitos_millionaire-name = Millonario de besitos
achievement-besitos_millionaire-description = Ganar 1.000 besitos leyendo, decidiendo y participando.
achievement-high_achiever-name = Gran coleccionista de logros
achievement-high_achiever-description = Desbloquear 10 logros.
achievement-dianas_confidant-name = Confidente de Diana
achievement-dianas_confidant-description = Alcanzar el nivel 10.
achievement-ultimate_explorer-name = Exploración total
achievement-ultimate_explorer-description = Recorrer todo lo que la historia le ofrece.
