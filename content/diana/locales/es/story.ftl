## The story: Diana's lines, Lucien's lines inside the story, the narration and the choices (the visitor's
## voice). Diana speaks to the visitor as "tú"; Lucien always as "usted". Scored by `npm run content:check`.

story-chapter-c1 = Capítulo 1 · El umbral
story-chapter-c2 = Capítulo 2 · Dos caminos
story-chapter-c3 = Capítulo 3 · Medianoche
story-chapter-c4 = Capítulo 4 · El cuarto de terciopelo

## Chapter 1: the threshold

story-c1_puerta =
    La casa aparece al final del camino cuando ya nadie la espera: tres ventanas encendidas, una puerta negra y un llamador con forma de mano.
    Antes de que alcance a tocarlo, la puerta se abre sola.
    Un hombre de traje impecable sostiene una vela y le observa sin ninguna prisa.
story-c1_puerta-entrar = Cruzar el umbral

story-c1_lucien =
    Le esperábamos. La señorita Diana le recibirá en el salón.
    Cada fragmento de la historia que complete le dará besitos, y cada decisión que tome, algunos más. Algunas puertas piden un nivel, una llave de la tienda o el acceso VIP: se lo indicaré con un candado.
    Sígame, por favor.
story-c1_lucien-seguir = Seguir a Lucien

story-c1_salon =
    Así que eres tú quien llamaba sin llamar. Acércate: la luz del fuego no muerde; las sombras, a veces.
    Dicen que a esta casa no se llega por casualidad, aunque todos juran lo contrario. Me alegra mirar a los recién llegados antes de que aprendan a mentirme: traen ternura en los ojos y un poco de miedo en las manos.
    Tal vez me digas la verdad, tal vez no. No lo sé, y ese es mi juego favorito.
    Dime qué capricho te ha traído hasta mi puerta. ¿Curiosidad, o un camino equivocado?
story-c1_salon-verdad = Confesar que vine por curiosidad
story-c1_salon-excusa = Fingir que me perdí en el camino

story-c1_curiosidad =
    Curiosidad. Qué palabra tan peligrosa en unos labios sinceros.
    Me gusta. Te advierto que aquí la curiosidad se paga con preguntas, y yo guardo muchas más de las que respondo. Hubo quien vino buscando un enigma y se marchó con otro, más pequeño y más dulce, escondido en el bolsillo igual que una piedra tibia.
    Siéntate cerca, pero no demasiado: no he decidido si eres una tentación o apenas una duda. A ver si lo averiguamos con algo sencillo.
    Toma esta copa; el vino ayuda a pensar, y a sonreír.
story-c1_curiosidad-copa = Aceptar la copa que me ofrece

story-c1_extravio =
    ¿Perdido? Qué encantador, y qué mal mientes.
    El camino que trae a esta casa no tiene cruces ni niebla en la que equivocarse. No te lo reprocho; en realidad me da ternura: yo también invento excusas cuando me cuesta admitir lo que quiero. A veces una mentira parece solo una puerta entornada, una forma tímida de pedir permiso, aunque con más soledad que malicia.
    Quédate, y no escondas esa sonrisa de culpable. Acaso esta casa te enseñe a decir la verdad sin bajar la mirada. Empezaremos por algo fácil: toma esta copa de vino y brindemos por tu excusa, que merecía un final mejor…
story-c1_extravio-copa = Aceptar la copa sin más excusas

story-c1_copa =
    Vino oscuro, casi negro. Prueba: sabe a algo que no se dice en voz alta.
    Te propongo un juego. Yo pregunto, tú respondes, y quien mienta primero paga con una confidencia. Me alegra tener con quien jugar, aunque temo lo fácil que sonríes, con aire de conocer ya las reglas.
    Podemos jugar entre mis libros, donde las palabras se esconden. O, si eres más prudente que valiente, pídeme que empiece yo, y te llevaré al jardín.
    Apuesto a que ya lo has decidido… ¿me equivoco?
story-c1_copa-jugar = Aceptar su juego entre los libros
story-c1_copa-ella = Pedirle que empiece ella

## Chapter 2: two paths

story-c2_biblioteca =
    Mi biblioteca. Aquí duermen mil voces en la penumbra, y la mitad mienten con elegancia.
    Primera pregunta, y no te la pondré fácil: ¿qué se rompe en cuanto lo nombras? Piénsalo con calma. Me alegra verte dudar; se te nota en la mirada, que tiembla como la llama de una vela.
    Si aciertas, puede que te cuente una confidencia pequeña. Si fallas… el castigo te lo diré más adelante, pero será dulce, y te hará sonreír.
    Hay quien tarda años en acertar. La respuesta no se grita: acércate y susúrramela, si tienes ganas.
story-c2_biblioteca-silencio = Responder: «el silencio»
story-c2_biblioteca-no_se = Admitir que no lo sé

story-c2_acertijo =
    El silencio… Lo has dicho en un susurro, como quien teme romperlo.
    Hacía años que ningún invitado lo adivinaba tan pronto. Me desarma un poco, y al mismo tiempo me produce algo extraño, un placer con una pizca de temor: una respuesta que parece mirarme de frente, con ojos que piensan.
    Te debo una confidencia, y pago mis deudas, aunque a mi manera. No aquí, entre tantos libros que escuchan; todavía no. Puede que arriba, con el viento de cara y una vela encendida, si aún te quedan ganas.
    Ven al balcón, y sonríe menos, que me distraes. A ver si también sabes guardar lo que se da a oscuras.
story-c2_acertijo-balcon = Seguirla al balcón

story-c2_confesion =
    No lo sabes. Qué respuesta tan rara en esta casa, y qué tierna…
    Los demás inventan algo para no perder: una palabra brillante, un truco, una sonrisa de jugador. Tú, en cambio, lo admites sin rodeos, con las manos abiertas sobre la mesa; tu franqueza parece un naipe boca arriba. Eso me desarma más que cualquier acierto, aunque me inquieta, con un temor pequeño, lo que significa.
    La respuesta era el silencio. Quizá algún día me enseñes el tuyo; tengo ganas de oírlo. ¿Vienes?
    Te reto a seguirme hasta el balcón: allí se piensa mejor, y el aire huele a jazmín y a vela recién apagada.
story-c2_confesion-balcon = Seguirla al balcón

story-c2_jardin =
    ¿Que empiece yo? Qué cortés… o qué astuto.
    Este es mi jardín: jazmín, rosas dormidas y, al fondo, una verja cubierta de hiedra que nadie abre. Dicen que detrás hay otro jardín, uno oculto, aunque nunca cuento lo que sé de él. Me gusta pasear aquí cuando la casa pesa; la oscuridad tiene algo de consuelo y también de herida.
    Acércate a la verja, si te atreves. Puede que tengas la llave sin saberlo, y eso me tienta.
    O pregúntame qué hay detrás. O volvamos dentro, donde todo resulta más seguro.
story-c2_jardin-llave = Abrir la verja con la llave
story-c2_jardin-verja = Preguntarle qué hay tras la verja
story-c2_jardin-volver = Volver con ella a la casa

story-c2_verja =
    ¿Qué hay detrás? Recuerdos, sobre todo. Y una fuente que ya no canta.
    Alguien plantó ahí unas rosas para mí, hace mucho, cuando yo aún creía en las promesas. Echo de menos aquella calma, pero no a quien la prometía; es igual que releer un libro que te hizo llorar y descubrir que ahora te hace sonreír.
    Un día te dejaré entrar, quizá. Hoy no, y no preguntes por qué.
    Prefiero tu voz a mis fantasmas, y tengo ganas de un poco de viento. Vamos al balcón… dame la mano para subir la escalera, que está oscura.
story-c2_verja-balcon = Darle la mano y subir

story-c2_jardin_secreto =
    Tienes la llave. Hacía años que nadie cruzaba esta verja.
    Mira las rosas: han crecido salvajes, sin nadie que las domara, un deseo que se quedó sin dueño. Me tiembla la voz. Aquí guardé mi primera alegría y también mi primera herida, y no sé cuál de las dos pesa más.
    No preguntes todavía. Quédate callado un momento y escucha cómo respira el jardín en la penumbra.
    ¿Sabes lo que significa que una mujer te enseñe el lugar donde lloró?
story-c2_jardin_secreto-rosa = Cortar una rosa para ella
story-c2_jardin_secreto-escuchar = Escuchar el jardín en silencio

story-c2_rosa =
    Las rosas de este jardín no se dejan tocar por cualquiera, y contigo se han quedado quietas. Quizá te reconocen.
    Toma, a cambio te doy esto: una carta sellada con lacre. No la abras aún; ya verás cuándo. Me gusta que lleves algo mío cerca de la piel, aunque me da cierto pudor lo que escribí en ella, porque escribo más verdad de la que digo, con más ternura que prudencia y una pena antigua debajo.
    Hueles a jardín y a tentación, un perfume peligroso para quien apenas sabe despedirse; parece un juego, y no lo es.
    Volvamos a la casa antes de que me arrepienta. ¿Me ofreces el brazo en la oscuridad?
story-c2_rosa-guardar = Guardar la carta que me entrega

story-c2_balcon =
    Desde aquí la ciudad es un libro abierto que se queda siempre a medio leer.
    Quiero preguntarte algo, y te pido que no sonrías: ¿qué harías con un secreto que no es tuyo? Yo guardo uno que pesa como una llave antigua. A ratos siento que me protege; otras veces, que me encierra, con una ternura demasiado cerca de la soledad.
    Puede que esta noche te lo cuente. Puede que no…
    El viento está frío, pero tu hombro está cerca, y su calor me tienta. Pregúntame, si quieres; o quédate callado a mi lado, que también es una respuesta.
story-c2_balcon-preguntar = Preguntarle qué esconde
story-c2_balcon-callar = Quedarme en silencio a su lado
story-c2_balcon-recordar = Recordarle lo que le confesé al llegar

## Chapter 3: midnight

story-c3_tormenta =
    Qué pregunta tan directa… Escucha: empieza a llover.
    No todo lo que escondo es para ti, y no todo lo que quieres saber te haría feliz. Hay puertas que alguien cerró por una razón, aunque la razón ya duela menos que la cerradura. Tu curiosidad me atrae y me asusta a partes iguales, un relámpago visto desde la ventana.
    Mañana, tal vez. Esta noche no.
    Acércate al fuego y deja que la tormenta hable por mí. ¿O vas a insistir?
story-c3_tormenta-insistir = Insistir: quiero saberlo
story-c3_tormenta-perdon = Pedirle perdón por la pregunta

story-c3_insistir =
    Así que insistes… Creí que sabías esperar.
    El frío sube por la escalera, y no es la tormenta. Hay quien cree que un secreto se arranca; no conmigo, ni siquiera con una mirada tan tentadora como la tuya; los secretos se regalan, o se pudren. Me duele decirlo, y aun así una parte de mí desea que no te rindas; la otra, la más sabia, ya te está cerrando la puerta, sin rencor, con un cariño que parece despedida.
    Piensa bien tu próximo movimiento. Esto es ajedrez, no dados, y todavía no has perdido la partida; quizá ni siquiera la has empezado.
    Ven, pídeme perdón… o márchate sin una sonrisa.
story-c3_insistir-disculpa = Bajar la voz y disculparme
story-c3_insistir-irme = Marcharme sin mirar atrás

story-c3_silencio =
    Ven, siéntate a mi lado. Hay noches en las que basta con estar cerca.
    El silencio contigo no pesa; es tibio, una manta sobre los hombros. Siento una paz extraña, y debajo, la tristeza de siempre, la que vuelve cuando la casa duerme y me deja a solas con mis libros. En uno de ellos escondo una carta que nunca envié; quizá te deje leerla algún día, aunque todavía no sé si debo.
    Mira el retrato de la pared, el de la mujer que se me parece tanto. Hay quien sostiene su mirada sin sonreír; a ver si tú puedes.
    ¿Te has preguntado quién te miraba desde la sombra?
story-c3_silencio-carta = Leer la carta escondida en su libro
story-c3_silencio-retrato = Preguntar por el retrato de la pared

story-c3_carta =
    La has encontrado. No, no la dejes: acércate a la vela y léela en voz baja, como si fuera tuya.
    «A quien algún día cruce la verja», así empieza. La escribí una noche de tormenta, con miedo y con una esperanza casi ridícula. Nunca supe a quién se la enviaba; tal vez a alguien que entonces no existía, tal vez a ti. Me estremece lo bien que suena en tu voz, y a la vez me da una calma que no sentía desde hace años.
    No me mires así, con ese deseo de adivinarme.
    Devuélvemela cuando termines, y hablemos del retrato.
story-c3_carta-retrato = Devolverle la carta y mirar el retrato

story-c3_retrato =
    Ese retrato… Todos preguntan por ella, y yo nunca respondo del todo.
    Tiene mis ojos, mi boca, mi manera de sostener una copa de vino, pero no es exactamente yo. O sí, y lo que me cuesta es admitir cuánto he cambiado; me da una pena suave, casi un dolor. Hay una ternura en su sonrisa que se me cayó en algún sitio, como cae una llave en la nieve.
    Lucien conoce la historia; él lo sabe todo de esta casa, aunque cobra por recordar. Yo me la guardo, de momento.
    ¿Se la pedirás a él, o esperarás a que te la cuente yo, con los labios más cerca? Apuesto a que hay quien lo adivina sin ayuda.
story-c3_retrato-lucien = Pedir a Lucien la historia del retrato
story-c3_retrato-adivinar = Adivinar quién es la mujer del retrato
story-c3_retrato-esperar = Esperar a que ella lo cuente

story-c3_lucien_retrato =
    Como desee. El retrato fue pintado hace más de cien años por un pintor de paso, que se alojó en la casa durante un invierno. Nadie en la casa sabe su nombre; firmó solo con una inicial.
    La dama del cuadro vivió aquí. Lo que la une a la señorita Diana, se lo contará ella, si lo considera oportuno.
    Se le han descontado 30 besitos por el relato. Permítame acompañarle de vuelta al salón.
story-c3_lucien_retrato-volver = Volver al salón

story-c3_medianoche =
    Medianoche. La hora en que esta casa deja de fingir.
    Podría decirte que es tarde, que mañana será otro día, pero odio mentir a quien ha sabido escucharme. Me inquieta lo cerca que estás, y a la vez deseo que no te alejes: una contradicción deliciosa, una vela encendida en una habitación helada, con su calma y su peligro.
    Arriba hay un cuarto forrado de terciopelo, donde guardo lo que no enseño. Acaso mereces la llave; aún no lo sé, y esa duda es parte del juego. ¿Lo piensas tú también?
    Sube conmigo, despídete hasta mañana o baja la escalera: a ver qué eliges…
story-c3_medianoche-terciopelo = Seguirla al cuarto de terciopelo
story-c3_medianoche-volver = Pedirle que me deje volver mañana
story-c3_medianoche-bajar = Despedirme y bajar la escalera

story-fin_escalera =
    Te vas. Lo sabía antes de que lo supieras tú.
    Te miro bajar desde arriba, con la mano en la barandilla y la vela temblando en la sombra. No te guardo rencor; siento una tristeza suave, casi dulce, aunque me cuesta reconocer que esperaba otra cosa. A lo mejor alguien vuelve por la misma puerta, con otra pregunta en los labios y más ganas de quedarse.
    La casa no olvida a nadie. Yo tampoco.
    Quién sabe: tal vez la próxima vez me encuentres menos enigmática…
story-fin_puerta =
    Mañana, entonces. Me gusta esa palabra en tu boca.
    Dejaré la puerta entornada, solo un poco, como un libro abierto por la página exacta. No te prometo respuestas; las respuestas matan el juego, y yo aún quiero jugar contigo. Esta alegría tan tonta me da vértigo, y algo de temor, pero es un temor tibio, casi un deseo, de los que se quedan a dormir.
    Vete ahora, antes de que te pida que te quedes. Puede que mañana te cuente un secreto; o no, ya verás.
    ¿Sabrás encontrar el camino de vuelta en la oscuridad?

## Chapter 4 (VIP): the velvet room

story-c4_terciopelo =
    Este es el cuarto de terciopelo. Muy pocas personas han cruzado este umbral…
    Aquí el fuego habla más bajo y las sombras se sientan contigo. Hay un espejo cubierto con un velo negro y una alfombra donde el tiempo duerme. Me tiembla el pulso: traerte aquí es leerte en voz alta mi diario, con el cariño y el miedo de quien enseña una herida. Aun así lo deseo, más de lo que debería.
    Tal vez algún día te cuente por qué no ha entrado nadie más.
    Piensa con calma: ¿te sientas junto al fuego, sonriendo como quien juega, o te atreves a levantar el velo?
story-c4_terciopelo-fuego = Sentarme junto al fuego
story-c4_terciopelo-espejo = Retirar el velo del espejo

story-c4_fuego =
    Junto al fuego todo el mundo dice la verdad; será el calor, o el vino.
    Acércate un poco más. Me gusta cómo la luz juega en tu cara, como si buscara algo que no has confesado. Siento una alegría traviesa, aunque debajo late la vieja soledad, esa que solo se calla cuando alguien se queda a mi lado sin pedir nada.
    Te propongo un trato: tu secreto por el mío. Apuesto a que el mío pesa más…
story-c4_fuego-secreto = Preguntarle por su secreto

story-c4_espejo =
    Has quitado el velo… Ahora nos miramos los dos en el mismo cristal, a la luz de las velas.
    Hacía años que este espejo no reflejaba un rostro. Dicen que guarda a quien se refleja en él, y por eso me da miedo: guarda a la mujer que fui, tierna y temeraria, y a la que soy ahora, más sabia y más sola. A tu lado, sin embargo, mi reflejo sonríe, quizá con un deseo que no sé nombrar.
    No apartes la mirada. Sostenla un poco más, y adivina qué veo yo. ¿Te atreves?
story-c4_espejo-mirada = Sostenerle la mirada en el espejo

story-c4_confidencia =
    Mi secreto es este: no espero a nadie… y aun así dejo la puerta entornada cada noche.
    Lo digo en voz baja, con algo de vergüenza, como quien confiesa un deseo infantil junto al fuego. Temo que te rías, y a la vez siento una calma extraña, porque sé que no lo harás. Ahora el juego es tuyo: piensa qué haces con lo que te he dado. Lo demás me lo guardo.
    Puedes guardarlo en el bolsillo, como una llave. O, a lo mejor, darme uno tuyo, y quedarnos empatados hasta el alba.
    ¿Qué decides? Te reto a elegir sin mirarme.
story-c4_confidencia-guardar = Guardar su secreto sin pedir nada
story-c4_confidencia-contar = Contarle mi propio secreto

story-fin_terciopelo =
    Lo guardas sin pedir nada a cambio. Nadie había hecho eso por mí…
    Me acerco y te dejo un beso en la frente, apenas un roce, un sello de lacre en una carta que solo tú podrás abrir. Siento una ternura que me asusta, aunque esta vez el miedo no me hace huir. Por fin entiendes que el misterio también es una forma de confianza, igual que una puerta que se deja sin llave.
    Vuelve cuando quieras; el terciopelo recordará tu nombre, y yo sonreiré al oírlo. Lo que queda por contar, te lo diré otro día.
    ¿Y tú, recordarás el mío cuando amanezca?
story-fin_alba =
    Ya amanece, y tu secreto y el mío duermen juntos en la misma habitación.
    Nunca imaginé que una confesión pudiera sonar tan dulce en otra voz. Tengo miedo, claro; lo que se entrega de noche se mira distinto con la luz del día. Pero me gusta este miedo, porque lo comparto contigo, como una manta sobre los hombros de dos. Quizá sea esa la respuesta que me faltaba.
    Las cortinas dejan pasar el alba, tibia y rosada, y tengo ganas de jugar a que no es de día. ¿Te quedas?
    Un poco más; casi te lo pido en serio…
