## 🌙 Cada día: la visita nocturna, el acertijo del día, el juego de azar y la clasificación semanal. Lucien
## presenta; las escenas y los acertijos de Diana están en diana-dailies.ftl.

menu-dailies = 🌙 Cada día
dailies-title =
    🌙 Cada día
    La casa tiene sus costumbres, y la señorita Diana las suyas. Esto es lo que le espera hoy:
dailies-nightly-ready = 🕯️ Visita nocturna: la señorita Diana le recibe esta noche.
dailies-nightly-done = 🕯️ Visita nocturna: ya estuvo con ella esta noche.
dailies-nightly-closed = 🕯️ Visita nocturna: la señorita Diana recibe a partir de las { $opens }.
dailies-riddle-open = 🧩 Acertijo del día: { $left ->
        [one] le queda un intento.
       *[other] le quedan { $left } intentos.
    }
dailies-riddle-solved = 🧩 Acertijo del día: resuelto.
dailies-riddle-out = 🧩 Acertijo del día: vuelva mañana por otro.
dailies-chance-left = 🎲 Juego de azar: puede apostar { $left } besitos más hoy.
dailies-nightly-button = 🕯️ Visita nocturna
dailies-riddle-button = 🧩 Acertijo
dailies-chance-button = 🎲 Juego de azar
dailies-standing-button = 🏅 Clasificación
dailies-back-button = ⬅️ Cada día

nightly-title = 🕯️ Visita nocturna
nightly-closed =
    La señorita Diana no recibe a estas horas. Vuelva esta noche, a partir de las { $opens } (hora de su zona); yo le anunciaré.
nightly-paid = Por su visita de esta noche: +{ $amount } besitos. Saldo: 💋 { $balance }.
nightly-seen = Ya estuvo con ella esta noche; le repito sus palabras, pero la visita de hoy ya está abonada.
nightly-toast-paid = +{ $amount } besitos 💋

riddle-title = 🧩 Acertijo del día
riddle-intro = La señorita Diana le propone esto, y paga { $amount } besitos por la respuesta:
riddle-left = { $left ->
        [one] Le queda un intento hoy.
       *[other] Le quedan { $left } intentos hoy.
    }
riddle-answer-button = ✍️ Responder
riddle-cancel-button = ✖️ Ahora no
riddle-waiting = Escriba su respuesta en un mensaje. La espero durante { $minutes } minutos; lo que escriba después irá a la señorita Diana.
riddle-hint = Una pista: { $hint }
riddle-solved = Correcto. La señorita Diana sonríe: +{ $amount } besitos. Saldo: 💋 { $balance }.
riddle-wrong = No es eso. { $left ->
        [one] Le queda un intento.
       *[other] Le quedan { $left } intentos.
    }
riddle-out = Se acabaron los intentos de hoy. La respuesta era: { $answer }. Mañana habrá otro acertijo.
riddle-done-solved = Ya resolvió el acertijo de hoy. Mañana habrá otro.
riddle-toast-waiting = Le escucho.
riddle-toast-solved = +{ $amount } besitos 💋

chance-title = 🎲 Juego de azar
chance-rules = Elija cuánto apuesta. Con { $percent } % de probabilidad, la casa le devuelve { $payout } veces lo apostado. Puede apostar hasta { $cap } besitos al día.
chance-left = Hoy puede apostar { $left } besitos más. Saldo: 💋 { $balance }.
chance-stake-button = Apostar { $stake }
chance-won = Ha ganado: apostó { $stake } y recibe { $amount } besitos. Saldo: 💋 { $balance }.
chance-lost = Esta vez no: pierde los { $stake } besitos apostados. Saldo: 💋 { $balance }.
chance-over-cap = Esa apuesta supera lo que le queda hoy ({ $left } besitos). La casa no deja que nadie se arruine.
chance-short = No le alcanza el saldo para esa apuesta. Saldo: 💋 { $balance }.
chance-toast-won = +{ $amount } besitos 💋
chance-toast-lost = −{ $stake } besitos

standing-title = 🏅 Clasificación de la semana
standing-note = Cuentan los besitos ganados leyendo, eligiendo y con las costumbres de la casa desde el lunes; no las recompensas. Puede ocultar su nombre en ⚙️ Configuración.
standing-line = { $rank }. { $name } · { $activity } besitos
standing-anonymous = Una visita discreta
standing-you = Usted va en el puesto { $rank } de { $total }, con { $activity } besitos esta semana.
standing-you-none = Usted aún no figura esta semana.
standing-empty = Nadie figura todavía esta semana.

settings-standing-on = 🏅 Nombre en la clasificación: visible
settings-standing-off = 🏅 Nombre en la clasificación: oculto
settings-standing-changed-on = Su nombre figurará en la clasificación.
settings-standing-changed-off = Entendido. En la clasificación figurará como una visita discreta.

reason-nightly = Visita nocturna
reason-riddle = Acertijo del día
reason-chance = Juego de azar
