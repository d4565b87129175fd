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
    Dicen que a esta casa no se llega por casualidad, aunque todos juran lo contrario. Me alegra observar a los recién llegados antes de que aprendan a mentirme: traen ternura en los ojos y un poco de miedo en las manos.
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
    Quédate, y no escondas esa sonrisa de culpable. Acaso esta casa te enseñe a decir la verdad sin bajar la mirada. Empezaremos por algo fácil: toma este vino y brindemos por tu excusa, que merecía un final mejor…
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
    Hacía años que ningún invitado lo adivinaba tan pronto. Me desarma un poco, y a la par me produce algo extraño, un placer con una pizca de temor: una respuesta que parece mirarme de frente, con ojos que piensan.
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
    Tiene mis ojos, mi boca, mi manera de sostener una copa de vino, pero no es exactamente yo. O sí, y lo que me cuesta es admitir cuánto he cambiado; me da una pena suave, un dolor antiguo. Hay una ternura en su sonrisa que se me cayó en algún sitio, como cae una llave en la nieve.
    Lucien conoce la historia; él lo sabe todo de esta casa, aunque cobra por recordar. Yo me la guardo, de momento.
    ¿Se la pedirás a él, o esperarás a que te la cuente yo, con los labios más cerca? Apuesto algo: hay quien lo adivina sin ayuda.
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
    Podría decirte que es tarde, que mañana será otro día, pero odio mentir a quien ha sabido escucharme. Me inquieta lo cerca que estás, y a la vez deseo que no te alejes: una contradicción deliciosa, un pabilo encendido en una habitación helada, con su calma y su peligro.
    Arriba hay un cuarto forrado de terciopelo, donde guardo lo que no enseño. Acaso mereces la llave; aún no lo sé, y esa duda es parte del juego. ¿Lo piensas tú también?
    Sube conmigo, despídete hasta mañana o baja la escalera: a ver qué eliges…
story-c3_medianoche-terciopelo = Seguirla al cuarto de terciopelo
story-c3_medianoche-volver = Pedirle que me deje volver mañana
story-c3_medianoche-bajar = Despedirme y bajar la escalera

story-fin_escalera =
    Te vas. Lo sabía antes de que lo supieras tú.
    Te miro bajar desde arriba, con la mano en la barandilla y la vela temblando en la sombra. No te guardo rencor; siento una tristeza suave, dulce incluso, aunque me cuesta reconocer que esperaba otra cosa. A lo mejor alguien vuelve por la misma puerta, con otra pregunta en los labios y más ganas de quedarse.
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
    Este espejo lleva años sin reflejar un rostro. Dicen que guarda a quien se refleja en él, y por eso me da miedo: guarda a la muchacha que fui, tierna y temeraria, y a la que soy ahora, más sabia y más sola. A tu lado, sin embargo, mi reflejo sonríe, quizá con un deseo que no sé nombrar.
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
story-chapter-c5 = Capítulo 5 · Lo que guarda la casa
story-chapter-c6 = Capítulo 6 · El estudio

story-c1_salon-por_ella = Decirle que vine por ella
story-c1_atrevido =
    ¿Por mí? Qué atrevimiento tan bien vestido…
    Otros tardan semanas en decir algo así, y tú lo sueltas en el umbral, con el abrigo puesto. Me halaga, aunque me pone en guardia: los que vienen por mí suelen marcharse con miedo en cuanto me conocen. Tu sonrisa, en cambio, parece quedarse, y eso me da una alegría prudente, casi curiosa.
    No te daré las gracias todavía. A ver si sostienes esa frase cuando sepas la verdad sobre esta casa y sus sombras.
    Toma, empecemos por un vino tinto; la mirada, de momento, te la guardo yo.
story-c1_atrevido-copa = Aceptar la copa y sostenerle la mirada

story-c2_escucha =
    Lo oyes, ¿verdad? El agua que ya no corre, las hojas, mi respiración entre las sombras.
    Pocos saben escuchar un jardín; casi todos lo miran y se van. Tú te has quedado quieto, con los brazos a la espalda, y eso me conmueve más de lo que querría admitir. Aquí la calma sabe a un recuerdo dulce, pero también a una pérdida antigua que no te contaré todavía.
    Acércate a las rosas; parecen fieras y solo pinchan a quien tiene prisa.
    Quizá te regale algo antes de volver, si me das ganas de sonreír…
story-c2_escucha-rosas = Acercarme a las rosas con ella

story-c3_lluvia =
    La lluvia golpea los cristales. Diana no responde a su disculpa; se sienta en el banco de la ventana y deja libre el otro extremo.
    Durante un largo rato solo se oye el agua y el fuego. Luego ella apoya la cabeza en el marco y cierra los ojos.
story-c3_lluvia-sentarme = Acercarme a ella sin decir nada

story-c3_medianoche-preguntar = Preguntarle, por fin, qué guarda la casa
story-c4_confidencia-otra_puerta = Preguntarle qué hay tras la otra puerta

## Chapter 5: what the house keeps

story-c5_umbral =
    El reloj del vestíbulo da la una. Diana toma un candelabro y recorre el pasillo sin prisa, rozando con los dedos los marcos de los cuadros.
    Al fondo, Lucien cierra una ventana y desaparece con una leve inclinación.
    Ella se detiene junto a la escalera y le mira como quien decide cuánto contar.
story-c5_umbral-seguir = Seguirla por el pasillo

story-c5_pregunta =
    ¿Lo que guarda la casa? Muchas cosas, y no todas caben en una noche…
    Te ofrezco elegir una: el retrato del salón, la verja del jardín, la carta que te di entre las rosas, si aún la tienes, o mi secreto, que es el más pequeño y pesa más que los otros. Me cuesta ofrecértelo, aunque lo deseo: me produce un vértigo dulce y algo de temor, igual que enseñar un cajón cerrado con llave.
    Piénsalo bien, tal vez con la copa en la mano; a ver si eliges lo que menos espero. Lo demás seguirá esperando otro día.
    Dime, ¿por dónde empezamos? Acércate, que esto se dice en susurros.
story-c5_pregunta-retrato = Preguntar quién es la mujer del retrato
story-c5_pregunta-verja = Pedirle que abra la verja del jardín
story-c5_pregunta-carta = Abrir por fin la carta del jardín
story-c5_pregunta-secreto = Pedirle su secreto

story-c5_retrato =
    Se llamaba Elena. Era mi bisabuela, y vivió en esta casa toda su vida, esperando… acaso demasiado.
    El pintor que firmó con una inicial se llamaba Damián; pasó aquí un invierno, le pintó ese retrato y prometió volver en primavera por la verja del jardín. Nunca volvió. Ella plantó rosas para recibirlo, y dicen que la fuente dejó de cantar el día en que comprendió que no vendría.
    Me parezco a ella, te habrás dado cuenta: los ojos, la costumbre de esperar con una copa en la mano. Eso es lo que me asusta de ese cuadro, no su belleza, aunque también siento ternura por ella.
    Sus cartas siguen escondidas en la biblioteca, atadas con una cinta azul; otro día te contaré cómo las encontré. ¿Quieres verlas? Ven, te desafío a leerlas sin sonreír.
story-c5_retrato-cartas = Pedirle que me enseñe las cartas de Damián
story-c5_retrato-lucien = Preguntar a Lucien qué sabe del pintor
story-c5_retrato-fuente = Ir al jardín donde Elena lo esperaba

story-c5_lucien =
    Con gusto, y esta vez sin cargo alguno: la señorita ya le ha contado lo principal.
    El pintor se llamaba Damián Ferrer. Se alojó en la casa el invierno de 1898 y se marchó en marzo. Sus cartas, once en total, llegaron durante un año; la última tiene fecha de abril y no menciona ningún regreso.
    Las guardamos en la biblioteca. Si lo desea, le acompaño hasta ellas.
story-c5_lucien-cartas = Ir a la biblioteca con Lucien

story-c5_cartas_d =
    Once cartas, y una cinta que nadie se atrevió a desatar del todo.
    Las leí a los quince años, a escondidas, y desde entonces escribo como escribía él: frases largas, promesas cortas. Aquella carta que encontraste en mi libro, la de «a quien algún día cruce la verja», es mía, pero la aprendí aquí. Me avergüenza un poco, y al mismo tiempo me consuela, con una dulzura rara, saber que la tinta también hereda, igual que los ojos o la tristeza.
    La última nunca la he leído con mi propia voz. Puede que tú te atrevas; tu voz me tienta más que la mía.
    Toma, acércala a la vela. Léela, guárdala en su sitio o devuélvemela sin abrir; apenas importa cuál, con tal de que sonrías. ¿Qué prefieres?
story-c5_cartas_d-leer = Leer en voz alta la última carta
story-c5_cartas_d-guardar = Guardarla y bajar al jardín
story-c5_cartas_d-devolver = Devolvérsela sin abrir

story-c5_ultima =
    «Volveré por la verja cuando la fuente vuelva a cantar.» Eso escribió, con una letra que tiembla al final.
    Fíjate en la trampa: la fuente dejó de cantar porque él no volvió, y él no podía volver hasta que cantara. Elena se pasó la vida dentro de esa frase, como un pájaro en una jaula de palabras. Me duele por ella, y siento una ternura inmensa, y cierto miedo a repetirla; no es que lo crea, sino que lo temo, aunque eso ya no sea ningún secreto.
    Tu voz la ha leído mejor que la mía, en un susurro que me dan ganas de guardar. Gracias; más adelante te diré cuánto.
    Ven conmigo, con la vela. ¿Bajamos a ver si esa fuente todavía recuerda cómo se canta? Tal vez sí…
story-c5_ultima-fuente = Bajar con ella a la fuente
story-c5_ultima-quedarme = Quedarme con ella en la biblioteca

story-c5_verja =
    Esta vez la abro yo. La llave estaba en mi bolsillo, tibia, desde la primera noche.
    Detrás está lo que Elena plantó para un hombre que no volvió: rosas negras, una blanca que no sé explicar y la fuente de piedra, seca, con el musgo en los labios. Vengo poco; me entristece y me asusta, aunque cada vez que entro encuentro una paz extraña, parecida a la de una iglesia vacía. Puede que por eso te haya traído…
    Mira la rosa blanca. Dicen que apareció el año en que nací, y no te diré qué pienso de eso.
    Ve hasta la fuente, corta la rosa si te tienta, o vuelve conmigo a la casa. A ver qué eliges.
story-c5_verja-fuente = Acercarme a la fuente seca
story-c5_verja-rosa = Cortar la rosa blanca
story-c5_verja-volver = Volver con ella a la casa

story-c5_rosa_blanca =
    La has cortado sin pedir permiso… Me gusta tu descaro, y me asusta un poco.
    Es la única rosa blanca entre cien negras, la única que no recuerda a nada de lo que Elena esperaba. A veces pienso que es mía: la parte de esta casa que no aguarda a nadie y aun así florece en la oscuridad. Tenerla en tus manos me despierta una alegría pícara y una punzada de celos, casi de deseo.
    Ahora te toca decidir su destino, y te advierto que te observo desde la sombra; tal vez ya lo sepas.
    Hagamos una apuesta: no te atreverás a regalármela. ¿O sí?
story-c5_rosa_blanca-ofrecer = Ofrecérsela
story-c5_rosa_blanca-guardar = Guardarla en el abrigo

story-c5_carta =
    La has guardado todo este tiempo. Ábrela; ahora sí es el momento.
    «Si estás leyendo esto, has vuelto. No te ruego que te quedes: solo que respondas.» Eso es todo, tres líneas y mi inicial. La escribí la misma tarde en que te vi entrar, con el miedo de que fueras otro Damián, y la esperanza tonta de que no. Oírla en tu boca me hace temblar, como si alguien hubiera abierto una ventana dentro de mí.
    Ahora sabes lo que pedía. Me gusta que la tengas tú; acaso ya sepas la respuesta. ¿La sabes?
    Puedes contestarme, buscar conmigo la fuente o guardar silencio. Cualquiera de las tres cosas será una respuesta, pero la primera me tienta más, te lo advierto con una sonrisa.
story-c5_carta-responder = Responderle a ella, aquí mismo
story-c5_carta-fuente = Ir con ella a la fuente
story-c5_carta-callar = Doblar la carta sin decir nada

story-c5_secreto =
    Lo que escondo es ridículo, y por eso me cuesta tanto: contesto cartas que nadie me envía.
    Cada noche me siento en el estudio y respondo a alguien que no existe, un visitante que a lo mejor llega algún día, o no. Lo hago desde niña. Temo haberme convertido en Elena, esperando a un pintor con otro nombre; y, sin embargo, escribir me serena más que cualquier otra cosa, más incluso que sentarme cerca del fuego.
    Ya está. Lo he dicho, y la casa no se ha caído; parece increíble. Me entra la risa. Mírame, no te rías de mí, o ríete un poco, con esa sonrisa tuya.
    ¿Qué haces ahora con una mujer que se escribe con fantasmas? Dime la verdad.
story-c5_secreto-mano = Tomarle la mano sin decir nada
story-c5_secreto-prometer = Prometerle que le escribiré de verdad
story-c5_secreto-retrato = Preguntarle por Elena

story-c5_fuente =
    Aquí está: la fuente muda, dormida entre sombras.
    Dicen en el pueblo que vuelve a sonar cuando regresa la persona esperada. Yo no lo creo, o eso me repito; aun así, cada primavera bajo a mirarla con una esperanza que me avergüenza y una nostalgia que me sienta bien. Me gusta cómo miras la piedra, casi como si supieras un truco que todavía no quieres contarme.
    Prueba algo, si te atreves, con la mano cerca del agua que no hay. Una moneda, mi nombre pronunciado claro, o nada: el silencio también es una ofrenda, y a veces la mejor respuesta.
    Quizá conteste. A ver qué pasa… ¿Juegas?
story-c5_fuente-moneda = Lanzar una moneda a la fuente
story-c5_fuente-nombre = Decir su nombre en voz alta
story-c5_fuente-silencio = Quedarme en silencio junto a la piedra

story-c5_alba =
    El cielo empieza a aclararse por el lado del jardín; la noche se despide sin ruido.
    Es la hora más honesta: ya no hay oscuridad donde esconderse y todavía no hay día que nos obligue a fingir. Me siento ligera, feliz, pero con ese cansancio triste de quien ha hablado demasiado. Nunca había contado tanto en una sola velada, y me parece un milagro pequeño que sigas cerca, con los ojos abiertos y el vino todavía tibio en la copa.
    No te pido nada; solo que me mires un poco más, como alguien que recuerda una palabra. Me tienta pedirte que no te marches, pero no lo haré… Demuéstrame que sabes adivinar por qué.
    ¿Te quedas a ver amanecer, me prometes volver mañana, o te vas ahora, mientras la casa duerme?
story-c5_alba-quedarme = Quedarme a ver amanecer con ella
story-c5_alba-manana = Prometerle que volveré mañana
story-c5_alba-irme = Marcharme antes de que salga el sol

story-fin_carta =
    Me has respondido. Sin papel de por medio, mirándome a los ojos, con tu propia voz…
    Nadie lo había hecho en cien años de cartas en esta casa. Siento una alegría tan grande que me estremece, aunque esta vez no pienso huir de ella; quizá ya no hace falta guardar secretos. Guarda mi carta; la tuya, la de verdad, déjamela algún día sobre el escritorio, con tu perfume, y te prometo contestarla. Será un juego nuevo para las dos casas, la tuya y la mía.
    Elena esperó a que alguien le escribiera. Yo acabo de descubrir que prefiero que me respondan, igual que prefiero tu voz al papel. Ven mañana; te lo propongo como apuesta. ¿Sabes por qué?
story-fin_promesa =
    Una promesa. En esta casa son peligrosas; tú lo sabes ya, después de leer a Damián.
    Aun así la acepto, con todo su riesgo, como un brindis que ofrece una persona amable y cercana, mirándome a los ojos. Tu seriedad me enternece, y la mía me asusta un poco. Si algún día me escribes, pondré tu carta junto a las suyas, pero no en la misma cinta: la tuya tendrá respuesta, y tal vez un beso de lacre. Te lo juego.
    Ve con cuidado por el camino oscuro; no es que me preocupe, en realidad sí. ¿Me escribirás pronto? Sé que volverás; lo que no sé es cuándo, y eso, por primera vez, no me duele…
story-fin_fuente =
    ¿La oyes? No es posible… y sin embargo suena.
    Un hilo de agua, apenas, entre el musgo, parecido a una risa que alguien hubiera guardado cien años en secreto. Me río yo también, sin vergüenza, con los dedos mojados y el corazón un poco asustado. No sé si ha sido tu moneda, la primavera o una tubería que por fin se rindió, y te confieso que no quiero saberlo; algunas respuestas estropean el juego.
    Elena estaría furiosa, o encantada. Yo solo tengo una alegría tonta y enorme, y ganas de travesuras.
    Ven, dame las manos mojadas y sonríe. Regresa cuando te apetezca; la próxima vez te tocará a ti pedir un deseo junto a las rosas.
story-fin_silencio =
    No has dicho nada, y la fuente tampoco.
    Me parece justo. Hay esperas que no se arreglan con monedas ni con nombres; se acompañan, sin más. Me has acompañado, y en ese silencio he sentido menos soledad que en años de cartas, una paz que me conmueve. Guardo ese momento para mí; no te lo devolveré. Sigue seca la piedra, pero yo no, y eso es una pequeña victoria que no pienso contarle a nadie.
    Dame la mano un momento antes de irte, junto a la rosa, y sonríe aunque sea por cortesía; me gusta verte así… Demuéstrame que volverás.
    Mañana la oiremos juntos. ¿Quién sabe?
story-fin_amanecer =
    Te has quedado. El sol trepa por los barrotes y pinta de rosa la piedra de la fuente…
    Nunca había visto amanecer acompañada en este jardín; alguien lo habrá soñado antes que yo, en secreto, pero no lo contaré. Tengo frío en los pies y calor en la cara, y una felicidad tan sencilla que me avergüenza nombrarla; no es que no la quiera, sino que temo perderla. Elena esperó toda la vida una mañana así; yo la he tenido sin esperarla, y a lo mejor ese era el truco, aunque todavía no lo entiendo del todo.
    Ven, apóyate en mí, cerca del hombro; juguemos a que el sol no existe. El día puede esperar; por una vez, que espere él, ¿no te parece?
story-fin_rosa =
    Me la regalas. Una rosa que yo misma no me atrevía a cortar.
    Eres imposible, y me encanta. La pongo en el pelo, torcida, y te desafío a decirme que no me queda bien. Me invade un júbilo travieso, como si la casa entera hubiera dejado de vigilarme, y me gusta, aunque sé que mañana volverá la nostalgia de siempre, con su sombra larga.
    Que vuelva. Tal vez otro día te cuente lo que significa; esta noche tengo una rosa blanca, el perfume del jardín en las manos y a quien me la dio sin esperar nada, cosa que deseaba sin saberlo, y eso da que pensar.
    ¿Te acompaño hasta la verja, o prefieres guardar el secreto del camino?

## Chapter 6 (VIP): the study

story-c6_escalera =
    Detrás del cortinaje de terciopelo hay una puerta baja y una escalera de caracol que sube en la penumbra.
    Diana va delante, descalza, con el candelabro en alto. Huele a tinta y a cera.
story-c6_escalera-subir = Subir tras ella

story-c6_lucien =
    Disculpe que le detenga un instante en el rellano. Es el estudio de la señorita: muy pocos invitados VIP llegan hasta aquí.
    Lo que vea sobre el escritorio son las cartas que los visitantes le dejan desde la tienda. Le ruego discreción con ellas.
    Puede pasar; le espera.
story-c6_lucien-entrar = Entrar en el estudio

story-c6_estudio =
    Mi estudio. Aquí contesto las cartas, las que llegan y las que no… Nadie más entra.
    Mira el escritorio: papeles con perfume, lacre de tres colores, una pluma que fue de Elena. Enseñártelo me deja más expuesta que el cuarto de terciopelo, con un miedo suave, y a la vez extrañamente tranquila, casi feliz. Tu presencia aquí parece un atrevimiento autorizado, un juego que quizá no debería permitir.
    Puedes curiosear los sobres, tomar la pluma o mirar por el cristal.
    Decide tú: ¿por dónde entra hoy la luz?
story-c6_estudio-cartas = Mirar las cartas del escritorio
story-c6_estudio-pluma = Tomar la pluma de Elena
story-c6_estudio-ventana = Asomarme a la ventana

story-c6_cartas =
    Son de visitantes como tú. Algunas tímidas, otras atrevidas, una escrita con faltas adorables…
    Las contesto todas, una por una, aunque tarde unas horas; me gusta hacerlas esperar lo justo, como un juego. Hay quien pregunta por el retrato, quien me pide un beso por escrito, quien solo dice «buenas noches». Me conmueven más las últimas, con un cariño callado, aunque me entristece pensar que Elena nunca tuvo un escritorio así, apenas una ventana.
    Puede que tú también me escribas algún día, desde la tienda, con tu perfume en el sobre; sería un buen reto. Siéntate.
    ¿Quieres verme responder una ahora, delante de ti, a la luz de la vela?
story-c6_cartas-respuesta = Pedirle que responda una delante de mí
story-c6_cartas-pluma = Tomar la pluma yo
story-c6_cartas-ventana = Dejar las cartas y asomarme a la ventana

story-c6_respuesta =
    Mira cómo lo hago: primero leo dos veces, luego espero a que se enfríe la vela…
    «Querido desconocido», escribo, y ya sonrío. No copio a Damián: le contesto a esta persona, con su letra torcida y su miedo a parecer ridícula. Siento con ella una complicidad dulce, y celos de que no seas tú quien la escribió; alguien tendría que explicármelo. Acaso un día lo seas; todavía no lo sé, y no me pidas que lo adivine.
    Sello con lacre rojo, como si firmara un secreto. Lucien la entregará antes del mediodía.
    Y ahora, ¿sigo yo con la pluma o prefieres tomarla tú? Acércate; sé que te tienta.
story-c6_respuesta-ventana = Asomarme con ella a la ventana
story-c6_respuesta-pluma = Pedirle la pluma

story-c6_pluma =
    La pluma de Elena en tu mano. Qué extraño, y qué bien te sienta…
    Juguemos a algo: escribe una sola línea para mí, la que quieras, y yo la leeré despacio sin saber de antemano qué dice. Me hace gracia tu cara de examen, aunque también me intimida lo que puedas poner; confieso que las palabras ajenas me dejan sin defensas, casi con deseo, con una mezcla de placer y temor. Nadie me ha escrito aquí todavía.
    Toma la vela más cerca. Escribe un verso, mi nombre o nada en absoluto; parece que el silencio sea lo más difícil.
    Es un reto pequeño, y sospecho que eliges lo más arriesgado. ¿Me equivoco?
story-c6_pluma-verso = Escribirle un verso
story-c6_pluma-nombre = Escribir solo su nombre
story-c6_pluma-nada = Devolverle la pluma sin escribir

story-c6_verso =
    Lo leo despacio, con la voz que uso para las cosas que no quiero romper.
    No voy a repetirlo aquí; es tuyo y ya es mío, y esa es la clase de secreto que prefiero guardar. Quizá te lo devuelva otro año, en otra carta. Me arde la cara, lo notas, y me entra una risa nerviosa que no consigo esconder, mezcla de alegría y de un miedo antiguo, aunque me gusta sentirlo como un juego al calor del fuego. Hacía mucho que no me escribían algo que pareciera pensado para mí y no para la mujer del retrato.
    A ver si te ruborizas tú también. Ven. ¿Me dejas guardarlo en el cajón de Elena, o lo leemos otra vez junto a la ventana, tú y yo, con ganas de más?
story-c6_verso-guardar = Dejar que lo guarde en el cajón de Elena
story-c6_verso-ventana = Leerlo otra vez junto a la ventana

story-c6_ventana =
    Desde aquí se ve todo el jardín: la verja, las rosas, la fuente dormida bajo la luna.
    Cuando era niña subía a esta ventana para vigilar si alguien llegaba, como hacía Elena, y nunca llegaba ningún visitante. Esta noche miro hacia abajo y no aguardo a nadie, porque quien podría llegar ya está conmigo. Me da una paz que no sé manejar, pero también un temor dulce a que se acabe; confieso que quisiera alargarla todavía, y lo deseo. Parece que eso es querer…
    Amanece por el lado de la fuente. Quédate un poco, cerca.
    ¿Nos quedamos aquí arriba, bajamos corriendo a la fuente o prefieres despedirte ya? A ver qué me dices, con esa sonrisa.
story-c6_ventana-quedarme = Quedarme con ella en la ventana
story-c6_ventana-jardin = Bajar corriendo a la fuente
story-c6_ventana-irme = Despedirme y bajar la escalera

story-fin_pluma =
    Lo guardo en el cajón de Elena, junto a sus cintas azules.
    Es lo más justo que se me ocurre: que la casa tenga por fin un papel que no espera respuesta porque ya la ha recibido. Me siento tranquila, con una alegría seria, y un poco de pena por todas las mujeres que escribieron aquí sin suerte. Tú has cambiado eso con una línea, como quien enciende un candil en un pasillo largo.
    Quizá lo lea una desconocida dentro de cien años. Vuelve a este estudio cuando quieras, acércate a la mano que escribe; la pluma te esperará, y yo también, con ganas de juego, aunque nunca lo admita delante de Lucien. Te reto a guardarme el secreto. ¿Podrás?
story-fin_ventana =
    Nos quedamos en la ventana hasta que el sol toca la fuente.
    No hablamos. Sobran las palabras; el silencio aquí arriba tiene otra textura, más tibia, como una manta compartida. Noto tu hombro contra el mío y una ternura que no me asusta, y me pregunto cómo habría vivido Elena si alguien se hubiera quedado así con ella una sola mañana, sin promesas ni cartas.
    Ese es, tal vez, el final que esta casa llevaba un siglo escribiendo, y que yo guardaré sin contárselo a nadie; lo deseo tanto que me da vértigo, pero también risa, un juego de niños. ¿Será apenas el principio?
