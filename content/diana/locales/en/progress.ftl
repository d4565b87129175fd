## Missions, achievements and Lucien's announcements.

missions-title = 🎯 Missions
missions-intro = Lucien keeps count, discreetly. This is what Miss Diana expects of you:
missions-section-once = Errands
missions-section-done = Done
missions-section-daily = Today · { $left } left
missions-section-weekly = This week · { $left } left
missions-none = No errands pending. Remarkable.
missions-line = { $status } { $name }
    { $bar } { $progress }/{ $target } · +{ $reward } 💋
    { $description }
missions-done = ✅
missions-open = ▫️
missions-locked = 🔒

achievements-title = 🏆 Achievements · { $unlocked }/{ $total }
achievements-page = Page { $page } of { $pages }
achievements-unlocked = 🏆 { $name } · { $date }
    { $description }
achievements-locked = 🔒 { $name }
    { $bar } { $progress }/{ $target } · +{ $reward } 💋
    { $description }
achievements-next = Next ▶️
achievements-previous = ◀️ Previous

time-left-hours = { $hours } h { $minutes } min
time-left-days = { $days } d { $hours } h

announce-header = 🎩 If I may, some news:
announce-missions =
    { $count ->
        [one] You have completed a mission:
       *[other] You have completed { $count } missions:
    }
announce-achievements =
    { $count ->
        [one] You have unlocked an achievement:
       *[other] You have unlocked { $count } achievements:
    }
announce-line = • { $name } (+{ $reward } besitos)
announce-level = 🌟 You have reached level { $level }. Duly noted.
announce-footer = You will find it all in /diana.

settings-notifications-on = 🔔 Announcements: on
settings-notifications-off = 🔕 Announcements: off
settings-notifications-changed-on = I shall keep you informed of your missions, achievements and levels.
settings-notifications-changed-off = Understood. I shall not interrupt you with announcements.
settings-quiet = 🌙 Quiet hours: { $hours }
settings-quiet-none = none
settings-quiet-title =
    🌙 Quiet hours
    Currently: { $hours }. During these hours of your day I do not write to you: my announcements wait until they end. Choose yours.
settings-quiet-off = 🔔 No quiet hours
settings-quiet-changed = Understood. Quiet hours: { $hours }.

mission-primera_conversacion-name = First conversation
mission-primera_conversacion-description = Complete 3 story fragments.
mission-exploradora_curiosa-name = Curious explorer
mission-exploradora_curiosa-description = Make 5 decisions in the story.
mission-devocion_diaria-name = Daily devotion
mission-devocion_diaria-description = Visit Miss Diana 3 days in a row.
mission-social_butterfly-name = Social butterfly
mission-social_butterfly-description = React to 10 channel posts.
mission-vip_experience-name = VIP experience
mission-vip_experience-description = Read a fragment of the VIP chapter.
mission-achievement_hunter-name = Achievement hunter
mission-achievement_hunter-description = Unlock 5 achievements.
mission-story_enthusiast-name = Story enthusiast
mission-story_enthusiast-description = Complete 30 story fragments.
mission-community_member-name = Community member
mission-community_member-description = Join 2 channels.
mission-besitos_collector-name = Besitos collector
mission-besitos_collector-description = Earn 500 besitos by reading, choosing and taking part.
mission-dianas_favorite-name = Diana's favourite
mission-dianas_favorite-description = Reach level 5.
mission-tres_noches_con_diana-name = Three nights with Diana
mission-tres_noches_con_diana-description = Write to Miss Diana on three different days.
mission-lectura_del_dia-name = Today's reading
mission-lectura_del_dia-description = Complete 2 fragments today.
mission-decisiones_del_dia-name = Today's decisions
mission-decisiones_del_dia-description = Make 3 decisions today.
mission-reacciones_del_dia-name = Seen in the channel
mission-reacciones_del_dia-description = React to 3 posts today.
mission-visita_del_dia-name = Today's visit
mission-visita_del_dia-description = Collect your daily gift.
mission-semana_de_lectura-name = A week of reading
mission-semana_de_lectura-description = Complete 8 fragments this week.
mission-semana_decidida-name = A decisive week
mission-semana_decidida-description = Make 12 decisions this week.
mission-semana_social-name = A social week
mission-semana_social-description = React to 15 posts this week.

achievement-first_steps-name = First steps
achievement-first_steps-description = Introduce yourself to Lucien.
achievement-dianas_interest-name = Diana's interest
achievement-dianas_interest-description = Come back on another day for the daily gift.
achievement-decision_maker-name = Decision maker
achievement-decision_maker-description = Make your first choice.
achievement-point_collector-name = Point collector
achievement-point_collector-description = Earn 350 besitos by reading, choosing and taking part.
achievement-level_up-name = Level up
achievement-level_up-description = Reach level 3.
achievement-daily_devotion-name = Devotion
achievement-daily_devotion-description = Visit seven days in a row.
achievement-story_explorer-name = Story explorer
achievement-story_explorer-description = Reach two different endings.
achievement-choice_master-name = Choice master
achievement-choice_master-description = Make 20 decisions.
achievement-first_reaction-name = First reaction
achievement-first_reaction-description = React in the channel for the first time.
achievement-mission_accomplished-name = Mission accomplished
achievement-mission_accomplished-description = Complete your first mission.
achievement-vip_access-name = VIP access
achievement-vip_access-description = Enter the VIP circle.
achievement-besitos_millionaire-name = Besitos millionaire
achievement-besitos_millionaire-description = Earn 1,000 besitos by reading, choosing and taking part.
achievement-high_achiever-name = High achiever
achievement-high_achiever-description = Unlock 10 achievements.
achievement-dianas_confidant-name = Diana's confidant
achievement-dianas_confidant-description = Reach level 10.
achievement-ultimate_explorer-name = Ultimate explorer
achievement-ultimate_explorer-description = Explore everything the story has to offer.

